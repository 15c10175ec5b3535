//! Mailing lists: CSV import with good and bad rows, export round trip.

use serde_json::json;
use vizpost_tests::setup;
use vizpost_tests::{TestApp, error_of, on_both_databases};

const IMPORT: &str = "mutation($l: ID!, $csv: String!, $m: ImportMode) {
    importMailingListCsv(listId: $l, csv: $csv, mode: $m) { added updated removed rejected { line reason } } }";

async fn csv_import_keeps_good_rows_and_reports_bad_ones_by_line(app: TestApp) {
    let list = setup::mailing_list(&app, "Managers").await;
    let csv = "email;name;filter_Region;placeholder_CITY\n\
               ann@example.com;Ann;West,East;Denver\n\
               not-an-email;Bob;North;Oslo\n\
               cy@example.com;Cy;;\n\
               ann@example.com;Ann again;South;Rome\n\
               dee@example.com;Dee\n";
    let report =
        app.admin(IMPORT, json!({ "l": list, "csv": csv })).await["importMailingListCsv"].clone();
    assert_eq!(report["added"], 2);
    let rejected = report["rejected"].as_array().unwrap();
    let lines: Vec<i64> = rejected
        .iter()
        .map(|r| r["line"].as_i64().unwrap())
        .collect();
    assert_eq!(lines, [3, 5, 6], "{report}");
    assert!(
        rejected[0]["reason"]
            .as_str()
            .unwrap()
            .contains("not-an-email")
    );
    assert!(rejected[1]["reason"].as_str().unwrap().contains("line 2"));
    assert!(rejected[2]["reason"].as_str().unwrap().contains("fields"));

    let exported = app
        .admin(
            "query($l: ID!) { mailingListCsv(id: $l) }",
            json!({ "l": list }),
        )
        .await;
    assert_eq!(
        exported["mailingListCsv"],
        "email;name;filter_Region;placeholder_CITY\nann@example.com;Ann;West,East;Denver\ncy@example.com;Cy;;\n"
    );

    let replace = "email,name\ncy@example.com,Cy Young\nzed@example.com,Zed\n";
    let report = app
        .admin(IMPORT, json!({ "l": list, "csv": replace, "m": "REPLACE" }))
        .await;
    assert_eq!(
        report["importMailingListCsv"],
        json!({ "added": 1, "updated": 1, "removed": 1, "rejected": [] })
    );
}

async fn a_csv_with_an_unknown_column_is_refused_whole(app: TestApp) {
    let list = setup::mailing_list(&app, "Managers").await;
    let token = app.admin_token().await;
    let resp = app
        .gql(
            Some(&token),
            IMPORT,
            json!({ "l": list, "csv": "email;region\na@example.com;West\n" }),
        )
        .await;
    assert_eq!(
        error_of(&resp),
        ("VALIDATION_FAILED".into(), Some("csv".into()))
    );
    assert!(
        resp["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("'region'")
    );
    let members = app
        .admin(
            "query($l: ID!) { members(listId: $l) { totalCount } }",
            json!({ "l": list }),
        )
        .await;
    assert_eq!(members["members"]["totalCount"], 0);
}

async fn text_with_a_nul_character_is_refused_before_anything_is_saved(app: TestApp) {
    let token = app.admin_token().await;
    let resp = app
        .gql(
            Some(&token),
            "mutation($i: MailingListInput!) { createMailingList(input: $i) { id } }",
            json!({ "i": { "name": "Sales\u{0}West" } }),
        )
        .await;
    assert_eq!(
        error_of(&resp),
        ("VALIDATION_FAILED".into(), Some("input".into()))
    );
    let lists = app
        .admin("{ mailingLists { totalCount } }", json!({}))
        .await;
    assert_eq!(lists["mailingLists"]["totalCount"], 0);
}

on_both_databases!(
    text_with_a_nul_character_is_refused_before_anything_is_saved,
    csv_import_keeps_good_rows_and_reports_bad_ones_by_line,
    a_csv_with_an_unknown_column_is_refused_whole
);

//! Tasks: a complete setup, recipient rules and template checks.

use serde_json::json;
use vizpost_tests::setup::{self, VIEW_A, VIEW_B, WORKBOOK};
use vizpost_tests::{TestApp, error_of, on_both_databases};

const CREATE_TASK: &str =
    "mutation($s: ID!, $i: TaskInput!) { createTask(scheduleId: $s, input: $i) { id } }";

async fn a_full_setup_reads_back_as_it_was_written(app: TestApp) {
    let (_, site) = setup::server_and_site(&app, &[]).await;
    let list = setup::mailing_list(&app, "Regional managers").await;
    app.admin(
        "mutation($l: ID!, $i: MemberInput!) { addMember(listId: $l, input: $i) { id } }",
        json!({ "l": list, "i": { "email": "west@example.com", "name": "West lead",
            "filters": [{ "field": "Region", "values": ["West"] }], "placeholders": [{ "name": "CITY", "value": "Denver" }] } }),
    )
    .await;
    let schedule = setup::schedule(&app, &site, "After refresh", "TRIGGER").await;
    app.admin(
        CREATE_TASK,
        json!({ "s": schedule, "i": setup::task_input(&["boss@example.com"], &[&list]) }),
    )
    .await;
    app.admin(
        "mutation($s: ID!, $t: [TriggerInput!]!) { saveTriggers(scheduleId: $s, triggers: $t) { triggers { id } } }",
        json!({ "s": schedule, "t": [{ "kind": "WORKBOOK_REFRESHED", "resourceLuid": WORKBOOK, "resourceName": "Sales" }] }),
    )
    .await;

    let got = app
        .admin(
            "query($id: ID!) { schedule(id: $id) { kind site { name } triggers { kind resourceLuid resourceName enabled }
               tasks { name recipients filters { field values } parameters { name value } subjectTemplate
                 views { viewLuid viewName format pageType orientation inline }
                 mailingLists { name members { email filters { field values } placeholders { name value } } } } } }",
            json!({ "id": schedule }),
        )
        .await;
    let s = &got["schedule"];
    assert_eq!(s["kind"], "TRIGGER");
    assert_eq!(
        s["triggers"],
        json!([{ "kind": "WORKBOOK_REFRESHED", "resourceLuid": WORKBOOK, "resourceName": "Sales", "enabled": true }])
    );
    let task = &s["tasks"][0];
    assert_eq!(task["recipients"], json!(["boss@example.com"]));
    assert_eq!(
        task["filters"],
        json!([{ "field": "Region", "values": ["West", "East"] }])
    );
    assert_eq!(
        task["parameters"],
        json!([{ "name": "Year", "value": "2026" }])
    );
    assert_eq!(
        task["views"],
        json!([
            { "viewLuid": VIEW_A, "viewName": "Overview", "format": "PDF", "pageType": "A4", "orientation": "LANDSCAPE", "inline": false },
            { "viewLuid": VIEW_B, "viewName": "By Region", "format": "PNG", "pageType": null, "orientation": null, "inline": true },
        ])
    );
    assert_eq!(
        task["mailingLists"][0]["members"][0],
        json!({ "email": "west@example.com", "filters": [{ "field": "Region", "values": ["West"] }],
            "placeholders": [{ "name": "CITY", "value": "Denver" }] })
    );
}

async fn recipients_outside_the_sites_domains_are_refused(app: TestApp) {
    let (_, site) = setup::server_and_site(&app, &["example.com"]).await;
    let schedule = setup::schedule(&app, &site, "Daily", "TIME").await;
    let token = app.admin_token().await;
    let resp = app
        .gql(Some(&token), CREATE_TASK, json!({ "s": schedule, "i": setup::task_input(&["ann@example.com", "eve@evil.test"], &[]) }))
        .await;
    assert_eq!(
        error_of(&resp),
        (
            "VALIDATION_FAILED".into(),
            Some("input.recipients.1".into())
        )
    );
    assert!(
        resp["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("outside the domains")
    );

    let bad = app
        .gql(
            Some(&token),
            CREATE_TASK,
            json!({ "s": schedule, "i": setup::task_input(&["not-an-address"], &[]) }),
        )
        .await;
    assert_eq!(error_of(&bad).1.as_deref(), Some("input.recipients.0"));

    let list = setup::mailing_list(&app, "Mixed").await;
    app.admin(
        "mutation($l: ID!) { addMember(listId: $l, input: { email: \"eve@evil.test\" }) { id } }",
        json!({ "l": list }),
    )
    .await;
    let via_list = app
        .gql(
            Some(&token),
            CREATE_TASK,
            json!({ "s": schedule, "i": setup::task_input(&[], &[&list]) }),
        )
        .await;
    assert_eq!(
        error_of(&via_list).1.as_deref(),
        Some("input.mailingListIds.0")
    );

    let mut typo = setup::task_input(&["ann@example.com"], &[]);
    typo["subjectTemplate"] = json!("Report for {{recipient.nmae}}");
    let resp = app
        .gql(
            Some(&token),
            CREATE_TASK,
            json!({ "s": schedule, "i": typo }),
        )
        .await;
    assert_eq!(error_of(&resp).1.as_deref(), Some("input.subjectTemplate"));
    assert!(
        resp["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("unknown placeholder {{recipient.nmae}}")
    );

    let tasks = app
        .admin(
            "query($id: ID!) { schedule(id: $id) { tasks { id } } }",
            json!({ "id": schedule }),
        )
        .await;
    assert_eq!(
        tasks["schedule"]["tasks"],
        json!([]),
        "no task was stored half-way"
    );

    // Once a list feeds a restricted site, its new members must fit too.
    let clean = setup::mailing_list(&app, "Clean").await;
    app.admin(
        CREATE_TASK,
        json!({ "s": schedule, "i": setup::task_input(&[], &[&clean]) }),
    )
    .await;
    let resp = app
        .gql(Some(&token), "mutation($l: ID!) { addMember(listId: $l, input: { email: \"eve@evil.test\" }) { id } }", json!({ "l": clean }))
        .await;
    assert_eq!(error_of(&resp).1.as_deref(), Some("input.email"));
}

async fn tasks_keep_the_order_they_are_given(app: TestApp) {
    let (_, site) = setup::server_and_site(&app, &[]).await;
    let schedule = setup::schedule(&app, &site, "Daily", "TIME").await;
    let first = setup::task(&app, &schedule, &["a@example.com"]).await;
    let second = setup::task(&app, &schedule, &["b@example.com"]).await;
    app.admin(
        "mutation($s: ID!, $t: [ID!]!) { reorderTasks(scheduleId: $s, taskIds: $t) }",
        json!({ "s": schedule, "t": [second, first] }),
    )
    .await;
    let got = app
        .admin(
            "query($id: ID!) { schedule(id: $id) { tasks { id } } }",
            json!({ "id": schedule }),
        )
        .await;
    assert_eq!(
        got["schedule"]["tasks"],
        json!([{ "id": second }, { "id": first }])
    );
}

on_both_databases!(
    a_full_setup_reads_back_as_it_was_written,
    recipients_outside_the_sites_domains_are_refused,
    tasks_keep_the_order_they_are_given,
);

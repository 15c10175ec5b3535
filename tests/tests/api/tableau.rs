//! What the console's pickers and "Test connection" get from Tableau.

use serde_json::json;
use vizpost_sims::tableau as sim;
use vizpost_tests::Backend;
use vizpost_tests::engine::spawn_engine;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pickers_list_the_sites_views_workbooks_and_data_sources() {
    let e = spawn_engine(Backend::Sqlite, &[]).await;
    let views = e
        .app
        .admin(
            "query($s: ID!) { tableauViews(siteId: $s, search: \"region\") { id name workbookName } }",
            json!({ "s": e.site_id }),
        )
        .await;
    assert_eq!(
        views["tableauViews"],
        json!([{ "id": sim::DEMO_VIEW_BY_REGION_LUID, "name": "By Region", "workbookName": "Sales" }])
    );
    let books = e
        .app
        .admin("query($s: ID!) { tableauWorkbooks(siteId: $s) { name } tableauDataSources(siteId: $s) { name } }", json!({ "s": e.site_id }))
        .await;
    assert_eq!(books["tableauWorkbooks"].as_array().unwrap().len(), 2);
    assert_eq!(books["tableauDataSources"].as_array().unwrap().len(), 2);
    let thumb = e
        .app
        .admin(
            "query($s: ID!, $w: String!, $v: String!) { tableauViewThumbnail(siteId: $s, workbookId: $w, viewId: $v) }",
            json!({ "s": e.site_id, "w": sim::DEMO_WB_SALES_LUID, "v": sim::DEMO_VIEW_BY_REGION_LUID }),
        )
        .await;
    assert!(
        thumb["tableauViewThumbnail"]
            .as_str()
            .unwrap()
            .starts_with("data:image/png;base64,iVBORw0KGgo")
    );
    let preview = e
        .sim
        .requests()
        .into_iter()
        .find(|r| r.path.ends_with("/previewImage"))
        .unwrap();
    assert!(preview.path.contains(&format!(
        "/workbooks/{}/views/{}/",
        sim::DEMO_WB_SALES_LUID,
        sim::DEMO_VIEW_BY_REGION_LUID
    )));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn testing_a_connection_says_what_failed_in_words() {
    let e = spawn_engine(Backend::Sqlite, &[]).await;
    let test = "mutation { testTableauConnection(serverId: \"1\") { ok sites { ok message } } }";
    let ok = e.app.admin(test, json!({})).await;
    assert_eq!(ok["testTableauConnection"]["ok"], true, "{ok}");

    e.app
        .admin(
            "mutation($i: TableauServerInput!) { updateTableauServer(id: \"1\", input: $i) { id } }",
            json!({ "i": { "name": "Simulated", "baseUrl": e.sim.base_url(),
                "auth": { "personalAccessToken": { "name": sim::DEMO_PAT_NAME, "secret": "wrong" } } } }),
        )
        .await;
    let bad = e.app.admin(test, json!({})).await;
    let site = &bad["testTableauConnection"]["sites"][0];
    assert_eq!(site["ok"], false);
    let message = site["message"].as_str().unwrap();
    assert!(
        message.contains("sign") || message.contains("Sign"),
        "{message}"
    );

    e.app
        .admin(
            "mutation($i: TableauServerInput!) { updateTableauServer(id: \"1\", input: $i) { id } }",
            json!({ "i": { "name": "Simulated", "baseUrl": "http://127.0.0.1:9" } }),
        )
        .await;
    let down = e.app.admin(test, json!({})).await;
    let message = down["testTableauConnection"]["sites"][0]["message"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(
        message.contains("cannot reach http://127.0.0.1:9"),
        "{message}"
    );
}

//! What the console's pickers and "Test connection" get from Tableau, and
//! how hard Vizpost may press a Tableau server.

use std::time::Duration;

use serde_json::json;
use vizpost::tableau::{ExportKind, ExportRequest};
use vizpost_sims::tableau as sim;
use vizpost_tests::engine::{register_demo_site, spawn_engine, use_connected_app};
use vizpost_tests::{Backend, spawn_app_with};

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
    // Each test signs in anew: a session held since proves nothing about
    // the credential today.
    let sign_ins = || {
        e.sim
            .requests()
            .iter()
            .filter(|r| r.path.ends_with("/auth/signin"))
            .count()
    };
    let before = sign_ins();
    let again = e.app.admin(test, json!({})).await;
    assert_eq!(again["testTableauConnection"]["ok"], true, "{again}");
    assert_eq!(sign_ins(), before + 1);

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

/// The export limit protects the Tableau server: two sites of one server
/// together keep within it.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn sites_of_one_server_share_its_export_limit() {
    let mut config = sim::SimConfig::demo();
    let mut marketing = config.sites[0].clone();
    marketing.content_url = "marketing".into();
    marketing.luid = "5b1f3c2a-8d4e-4f6a-9c1b-2e3d4f5a6b02".into();
    marketing.name = "Marketing".into();
    config.sites.push(marketing.clone());
    let tableau = sim::TableauSim::start(config).await.unwrap();
    let app = spawn_app_with(
        Backend::Sqlite,
        &[("VIZPOST_TABLEAU_MAX_CONCURRENT_EXPORTS", "2")],
    )
    .await;
    let finance = register_demo_site(&app, &tableau.base_url()).await;
    // A Connected App: each site signs in on its own without ending the
    // other's session, as one personal access token would.
    use_connected_app(&app, &tableau.base_url()).await;
    let second = app
        .admin(
            "mutation($i: SiteInput!) { createSite(input: $i) { id } }",
            json!({ "i": { "serverId": "1", "name": "Marketing", "contentUrl": marketing.content_url,
                "siteLuid": marketing.luid } }),
        )
        .await["createSite"]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let mut clients = Vec::new();
    for site in [&finance, &second] {
        let client = app
            .state
            .clients
            .for_site(&app.state, site.parse().unwrap())
            .await
            .unwrap();
        client.check().await.unwrap();
        clients.push(client);
    }
    let delay = Duration::from_millis(300);
    tableau.inject(sim::Fault::latency("/image", delay, 6));
    let exports: Vec<_> = (0..6)
        .map(|i| {
            let client = clients[i % 2].clone();
            tokio::spawn(async move {
                client
                    .export(&ExportRequest {
                        view_id: sim::DEMO_VIEW_OVERVIEW_LUID.into(),
                        kind: ExportKind::Image,
                        filters: Vec::new(),
                        parameters: Vec::new(),
                        max_age_minutes: None,
                    })
                    .await
            })
        })
        .collect();
    for export in exports {
        export.await.unwrap().unwrap();
    }
    let mut arrivals: Vec<_> = tableau
        .requests()
        .iter()
        .filter(|r| r.path.ends_with("/image"))
        .map(|r| r.time)
        .collect();
    assert_eq!(arrivals.len(), 6);
    arrivals.sort();
    // A third export may only start once one of the two before it ended.
    for window in arrivals.windows(3) {
        let gap = (window[2] - window[0]).to_std().unwrap();
        assert!(
            gap >= Duration::from_millis(250),
            "3 exports within {gap:?}"
        );
    }
}

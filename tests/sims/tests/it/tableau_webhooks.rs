use serde_json::{Value, json};
use vizpost_sims::tableau::*;

use crate::helpers::*;

async fn post(
    sim: &TableauSim,
    token: &str,
    path: &str,
    body: String,
    ct: &str,
) -> reqwest::Response {
    client()
        .post(url(sim, path))
        .header("x-tableau-auth", token)
        .header("accept", "application/json")
        .header("content-type", ct)
        .body(body)
        .send()
        .await
        .unwrap()
}

#[tokio::test]
async fn webhooks_are_managed_tested_and_fired() {
    let sim = sim().await;
    let token = admin_token(&sim).await;
    let (hook_url, received) = receiver(200).await;
    let hooks = format!("/sites/{DEMO_SITE_LUID}/webhooks");

    let create = json!({"webhook": {"webhook-destination": {"webhook-destination-http":
        {"method": "POST", "url": hook_url}}, "event": "WorkbookRefreshSucceeded", "name": "vizpost-wb"}});
    let resp = post(&sim, &token, &hooks, create.to_string(), "application/json").await;
    assert_eq!(resp.status(), 201);
    assert!(
        resp.headers()["location"]
            .to_str()
            .unwrap()
            .contains("/webhooks/")
    );
    let created: Value = resp.json().await.unwrap();
    let id = created["webhook"]["id"].as_str().unwrap().to_string();
    assert_eq!(created["webhook"]["event"], "WorkbookRefreshSucceeded");
    assert_eq!(
        created["webhook"]["webhook-destination"]["webhook-destination-http"]["url"],
        hook_url
    );

    // The legacy XML form with a webhook-source element.
    let xml = format!(
        "<tsRequest><webhook name=\"vizpost-ds\"><webhook-source>\
         <webhook-source-event-datasource-refresh-succeeded /></webhook-source><webhook-destination>\
         <webhook-destination-http method=\"POST\" url=\"{hook_url}\" /></webhook-destination></webhook></tsRequest>"
    );
    assert_eq!(
        post(&sim, &token, &hooks, xml, "application/xml")
            .await
            .status(),
        201
    );
    let listed: Value = get(&sim, &token, &hooks).await.json().await.unwrap();
    assert_eq!(listed["webhooks"]["webhook"].as_array().unwrap().len(), 2);
    assert_eq!(
        sim.webhooks(DEMO_SITE_LUID)[1].event,
        "DatasourceRefreshSucceeded"
    );
    let one: Value = get(&sim, &token, &format!("{hooks}/{id}"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(one["webhook"]["name"], "vizpost-wb");

    let tested: Value = get(&sim, &token, &format!("{hooks}/{id}/test"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(tested["webhookTestResult"]["id"], id.as_str());
    assert_eq!(tested["webhookTestResult"]["status"], 200);
    assert_eq!(tested["webhookTestResult"]["body"], "ok");

    received.lock().clear();
    assert_eq!(
        sim.emit_refresh_succeeded(DEMO_SITE_LUID, DEMO_WB_SALES_LUID)
            .await
            .unwrap(),
        vec![200]
    );
    assert_eq!(
        sim.emit_refresh_succeeded(DEMO_SITE_LUID, DEMO_DS_SALES_LUID)
            .await
            .unwrap(),
        vec![200]
    );
    let got = received.lock().clone();
    assert_eq!(got[0].0, "application/json");
    let payload: Value = serde_json::from_str(&got[0].1).unwrap();
    assert_eq!(payload["resource"], "WORKBOOK");
    assert_eq!(payload["event_type"], "WorkbookRefreshSucceeded");
    assert_eq!(payload["resource_name"], "Sales");
    assert_eq!(payload["site_luid"], DEMO_SITE_LUID);
    assert_eq!(payload["resource_luid"], DEMO_WB_SALES_LUID);
    assert!(payload["created_at"].as_str().unwrap().ends_with('Z'));
    assert_eq!(payload.as_object().unwrap().len(), 6);
    let ds: Value = serde_json::from_str(&got[1].1).unwrap();
    assert_eq!(ds["event_type"], "DatasourceRefreshSucceeded");

    let del = client()
        .delete(url(&sim, &format!("{hooks}/{id}")))
        .header("x-tableau-auth", &token)
        .send()
        .await
        .unwrap();
    assert_eq!(del.status(), 204);
    assert_eq!(sim.webhooks(DEMO_SITE_LUID).len(), 1);
    assert_eq!(
        get(&sim, &token, &format!("{hooks}/{id}")).await.status(),
        404
    );
}

#[tokio::test]
async fn webhooks_need_a_site_admin_and_a_reachable_destination() {
    let sim = sim().await;
    let viewer = sign_in_pat(&sim, DEMO_VIEWER_PAT_NAME, DEMO_VIEWER_PAT_SECRET).await;
    let hooks = format!("/sites/{DEMO_SITE_LUID}/webhooks");
    let body = json!({"webhook": {"webhook-destination": {"webhook-destination-http":
        {"method": "POST", "url": "http://127.0.0.1:9/unreachable"}}, "event": "WorkbookRefreshSucceeded", "name": "x"}});
    let denied = post(&sim, &viewer, &hooks, body.to_string(), "application/json").await;
    assert_eq!(denied.status(), 403);

    let admin = admin_token(&sim).await;
    let created: Value = post(&sim, &admin, &hooks, body.to_string(), "application/json")
        .await
        .json()
        .await
        .unwrap();
    let id = created["webhook"]["id"].as_str().unwrap();
    let test = get(&sim, &admin, &format!("{hooks}/{id}/test")).await;
    assert_eq!(test.status(), 400);
    assert_eq!(
        sim.emit_refresh_succeeded(DEMO_SITE_LUID, DEMO_WB_OPS_LUID)
            .await
            .unwrap(),
        vec![0]
    );
    assert!(
        sim.emit_refresh_succeeded(DEMO_SITE_LUID, "not-a-resource")
            .await
            .is_err()
    );
}

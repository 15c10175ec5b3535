use serde_json::Value;
use vizpost_sims::tableau::*;

use crate::helpers::*;

#[tokio::test]
async fn views_paginate_and_filter_like_tableau() {
    let sim = sim().await;
    let token = admin_token(&sim).await;
    let base = format!("/sites/{DEMO_SITE_LUID}");
    let page: Value = get(
        &sim,
        &token,
        &format!("{base}/views?pageSize=2&pageNumber=1"),
    )
    .await
    .json()
    .await
    .unwrap();
    assert_eq!(page["pagination"]["pageNumber"], "1");
    assert_eq!(page["pagination"]["pageSize"], "2");
    assert_eq!(page["pagination"]["totalAvailable"], "3");
    let views = page["views"]["view"].as_array().unwrap();
    assert_eq!(views.len(), 2);
    assert_eq!(views[0]["id"], DEMO_VIEW_OVERVIEW_LUID);
    assert_eq!(views[0]["workbook"]["id"], DEMO_WB_SALES_LUID);
    assert!(views[0]["owner"]["id"].is_string() && views[0]["project"]["id"].is_string());

    let last: Value = get(
        &sim,
        &token,
        &format!("{base}/views?pageSize=2&pageNumber=2"),
    )
    .await
    .json()
    .await
    .unwrap();
    assert_eq!(last["views"]["view"][0]["id"], DEMO_VIEW_BACKLOG_LUID);

    let filtered: Value = get(
        &sim,
        &token,
        &format!("{base}/views?filter=name:eq:By%20Region"),
    )
    .await
    .json()
    .await
    .unwrap();
    assert_eq!(filtered["pagination"]["totalAvailable"], "1");
    assert_eq!(filtered["views"]["view"][0]["id"], DEMO_VIEW_BY_REGION_LUID);

    let wbs: Value = get(&sim, &token, &format!("{base}/workbooks"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(wbs["workbooks"]["workbook"].as_array().unwrap().len(), 2);
    let wb_views: Value = get(
        &sim,
        &token,
        &format!("{base}/workbooks/{DEMO_WB_SALES_LUID}/views"),
    )
    .await
    .json()
    .await
    .unwrap();
    assert_eq!(wb_views["views"]["view"].as_array().unwrap().len(), 2);
    let ds: Value = get(&sim, &token, &format!("{base}/datasources"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(ds["datasources"]["datasource"][1]["id"], DEMO_DS_OPS_LUID);

    let other_site = get(
        &sim,
        &token,
        &format!("/sites/{DEMO_DEFAULT_SITE_LUID}/views"),
    )
    .await;
    assert_eq!(other_site.status(), 403);
    let no_site = get(
        &sim,
        &token,
        "/sites/00000000-0000-0000-0000-000000000000/views",
    )
    .await;
    assert_eq!(no_site.status(), 404);
    assert_eq!(error_code(no_site).await, "404000");
    let bad_page = get(&sim, &token, &format!("{base}/views?pageNumber=0")).await;
    assert_eq!(bad_page.status(), 400);
}

#[tokio::test]
async fn faults_apply_before_handling_and_requests_are_recorded() {
    let sim = sim().await;
    let token = admin_token(&sim).await;
    let views = format!("/sites/{DEMO_SITE_LUID}/views");
    sim.inject(Fault::rate_limited("/views", 7, 1));
    let limited = get(&sim, &token, &views).await;
    assert_eq!(limited.status(), 429);
    assert_eq!(limited.headers()["retry-after"], "7");
    assert_eq!(error_code(limited).await, "429000");
    assert_eq!(get(&sim, &token, &views).await.status(), 200);

    // The same through the control routes used by browser tests.
    let faults = format!("{}/_sim/faults", sim.base_url());
    let body = serde_json::json!({"path_contains": "/views", "status": 500, "times": 1});
    client().post(&faults).json(&body).send().await.unwrap();
    assert_eq!(get(&sim, &token, &views).await.status(), 500);

    let recorded = sim.requests();
    let last = recorded.last().unwrap();
    assert_eq!(last.method, "GET");
    assert_eq!(last.path, format!("{API}{views}"));
    assert_eq!(last.header("X-Tableau-Auth"), Some(token.as_str()));
    let over_http: Value = client()
        .get(format!("{}/_sim/requests", sim.base_url()))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(over_http.as_array().unwrap().len(), recorded.len());
    sim.clear_requests();
    assert!(sim.requests().is_empty());
}

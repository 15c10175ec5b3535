use poem::Response;
use poem::endpoint::make_sync;
use serde_json::json;
use vizpost_sims::tableau::*;

use super::*;
use crate::tableau::TableauError;

#[tokio::test]
async fn webhooks_are_created_listed_tested_and_deleted() {
    let sim = sim().await;
    let client = client(&sim);
    let receiver = serve(make_sync(|_| Response::builder().body("ok"))).await;
    let hook_url = format!("{receiver}/hook");

    let created = client
        .create_webhook("vizpost-1", "WorkbookRefreshSucceeded", &hook_url)
        .await
        .unwrap();
    assert_eq!(created.name, "vizpost-1");
    assert_eq!(created.event, "WorkbookRefreshSucceeded");
    assert_eq!(created.url, hook_url);
    let post = calls(&sim, "/webhooks").pop().unwrap();
    assert_eq!(post.method, "POST");
    assert_eq!(
        post.body_json().unwrap(),
        json!({"webhook": {"webhook-destination": {"webhook-destination-http":
            {"method": "POST", "url": hook_url}}, "event": "WorkbookRefreshSucceeded",
            "name": "vizpost-1"}})
    );

    assert_eq!(client.list_webhooks().await.unwrap(), vec![created.clone()]);
    let tested = client.test_webhook(&created.id).await.unwrap();
    assert_eq!((tested.status, tested.body.as_str()), (200, "ok"));

    client.delete_webhook(&created.id).await.unwrap();
    assert!(client.list_webhooks().await.unwrap().is_empty());
    assert!(sim.webhooks(DEMO_SITE_LUID).is_empty());
    let err = client.delete_webhook(&created.id).await.unwrap_err();
    assert!(matches!(err, TableauError::NotFound { .. }), "{err:?}");
}

#[tokio::test]
async fn a_viewer_token_is_told_it_needs_a_site_administrator() {
    let sim = sim().await;
    let viewer = SignIn::PersonalAccessToken {
        name: DEMO_VIEWER_PAT_NAME.into(),
        secret: DEMO_VIEWER_PAT_SECRET.into(),
    };
    let client = TableauClient::new(config(&sim.base_url(), viewer));
    for err in [
        client.list_webhooks().await.unwrap_err(),
        client
            .create_webhook("x", "WorkbookRefreshSucceeded", "https://example.com/hook")
            .await
            .unwrap_err(),
    ] {
        assert!(matches!(err, TableauError::Forbidden { .. }), "{err:?}");
        let message = err.to_string();
        assert!(
            message.contains("must be a site administrator"),
            "{message}"
        );
        assert!(!err.is_transient());
    }
}

#[tokio::test]
async fn creating_a_webhook_is_not_repeated_after_a_server_error() {
    let sim = sim().await;
    let client = client(&sim);
    sim.inject(Fault::status("/webhooks", 502, 1));
    let err = client
        .create_webhook("x", "WorkbookRefreshSucceeded", "https://example.com/hook")
        .await
        .unwrap_err();
    assert!(
        matches!(
            err,
            TableauError::Server {
                status: 502,
                attempts: 1,
                ..
            }
        ),
        "{err:?}"
    );
    assert_eq!(
        calls(&sim, "/webhooks").len(),
        1,
        "Tableau may have created it"
    );
    assert!(sim.webhooks(DEMO_SITE_LUID).is_empty());
}

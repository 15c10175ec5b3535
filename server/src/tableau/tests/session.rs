use std::sync::Arc;

use base64::Engine as _;
use serde_json::{Value, json};
use vizpost_sims::tableau::*;

use super::*;
use crate::tableau::{ExportKind, ExportRequest, TableauError};

fn image_of(view_id: &str) -> ExportRequest {
    ExportRequest {
        view_id: view_id.into(),
        kind: ExportKind::Image,
        filters: Vec::new(),
        parameters: Vec::new(),
        max_age_minutes: None,
    }
}

fn jwt_part(jwt: &str, index: usize) -> Value {
    let part = jwt.split('.').nth(index).unwrap();
    let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(part)
        .unwrap();
    serde_json::from_slice(&bytes).unwrap()
}

#[tokio::test]
async fn pat_sign_in_sends_the_documented_request_and_later_calls_use_its_site() {
    let sim = sim().await;
    let client = client(&sim);
    let site = client.check().await.unwrap();
    assert_eq!(site.site_id, DEMO_SITE_LUID);
    assert_eq!(site.site_content_url, DEMO_SITE_CONTENT_URL);
    assert!(!site.user_id.is_empty());

    let signin = &calls(&sim, "/auth/signin")[0];
    assert_eq!(signin.method, "POST");
    assert_eq!(signin.path, "/api/3.24/auth/signin");
    assert_eq!(signin.header("accept"), Some("application/json"));
    assert_eq!(signin.header("content-type"), Some("application/json"));
    assert_eq!(
        signin.body_json().unwrap(),
        json!({"credentials": {"personalAccessTokenName": DEMO_PAT_NAME,
            "personalAccessTokenSecret": DEMO_PAT_SECRET, "site": {"contentUrl": "finance"}}})
    );

    client.workbooks(None).await.unwrap();
    let listed = &calls(&sim, "/workbooks")[0];
    assert_eq!(
        listed.path,
        format!("/api/3.24/sites/{DEMO_SITE_LUID}/workbooks")
    );
    assert!(
        listed
            .header("x-tableau-auth")
            .is_some_and(|t| !t.is_empty())
    );
    assert_eq!(sign_ins(&sim), 1, "the session is reused");
}

#[tokio::test]
async fn connected_app_signs_a_fresh_documented_jwt_for_each_sign_in() {
    let sim = sim().await;
    let scopes = ["tableau:content:read", "tableau:views:download"];
    let client = TableauClient::new(config(&sim.base_url(), connected_app(&scopes)));
    client.check().await.unwrap();
    sim.expire_sessions();
    assert_eq!(client.views(None).await.unwrap().len(), 3);

    let jwts: Vec<String> = calls(&sim, "/auth/signin")
        .iter()
        .map(|r| {
            let body = r.body_json().unwrap();
            assert_eq!(body["credentials"]["site"]["contentUrl"], "finance");
            body["credentials"]["jwt"].as_str().unwrap().to_string()
        })
        .collect();
    assert_eq!(jwts.len(), 2);
    let header = jwt_part(&jwts[0], 0);
    assert_eq!(header["alg"], "HS256");
    assert_eq!(header["kid"], DEMO_CA_SECRET_ID);
    assert_eq!(header["iss"], DEMO_CA_CLIENT_ID);
    let claims = jwt_part(&jwts[0], 1);
    assert_eq!(claims["iss"], DEMO_CA_CLIENT_ID);
    assert_eq!(claims["sub"], "reports@example.com");
    assert_eq!(claims["aud"], "tableau");
    assert_eq!(claims["scp"], json!(scopes));
    let ahead = claims["exp"].as_i64().unwrap() - chrono::Utc::now().timestamp();
    assert!((1..=600).contains(&ahead), "exp is {ahead} s ahead");
    assert!(uuid::Uuid::parse_str(claims["jti"].as_str().unwrap()).is_ok());
    assert_ne!(claims["jti"], jwt_part(&jwts[1], 1)["jti"]);

    let key = jsonwebtoken::DecodingKey::from_secret(DEMO_CA_SECRET_VALUE.as_bytes()).unwrap();
    let mut validation = jsonwebtoken::Validation::new(jsonwebtoken::Algorithm::HS256);
    validation.set_audience(&["tableau"]);
    jsonwebtoken::decode::<Value>(&jwts[0], &key, &validation).unwrap();
}

#[tokio::test]
async fn concurrent_calls_on_an_expired_session_sign_in_once() {
    let sim = sim().await;
    let mut cfg = config(&sim.base_url(), pat());
    cfg.max_concurrent_exports = 10;
    let client = Arc::new(TableauClient::new(cfg));
    client.check().await.unwrap();
    sim.expire_sessions();
    sim.clear_requests();

    let views = [
        DEMO_VIEW_OVERVIEW_LUID,
        DEMO_VIEW_BY_REGION_LUID,
        DEMO_VIEW_BACKLOG_LUID,
    ];
    let tasks: Vec<_> = (0..10)
        .map(|i| {
            let client = client.clone();
            let view = views[i % views.len()];
            tokio::spawn(async move { client.export(&image_of(view)).await })
        })
        .collect();
    for task in tasks {
        task.await.unwrap().unwrap();
    }
    assert_eq!(sign_ins(&sim), 1);
}

#[tokio::test]
async fn callers_queued_behind_a_refused_sign_in_share_its_failure() {
    let sim = sim().await;
    let wrong = SignIn::PersonalAccessToken {
        name: DEMO_PAT_NAME.into(),
        secret: "wrong".into(),
    };
    let client = Arc::new(TableauClient::new(config(&sim.base_url(), wrong)));
    let results = futures_util::future::join_all((0..5).map(|_| client.datasources(None))).await;
    assert!(
        results
            .iter()
            .all(|r| matches!(r, Err(TableauError::SignIn { .. })))
    );
    assert_eq!(sign_ins(&sim), 1);
    // A later call tries again: the credential may have been fixed.
    assert!(client.datasources(None).await.is_err());
    assert_eq!(sign_ins(&sim), 2);
}

#[tokio::test]
async fn a_missing_connected_app_scope_is_named_after_one_renewal() {
    let sim = sim().await;
    let client = TableauClient::new(config(
        &sim.base_url(),
        connected_app(&["tableau:content:read"]),
    ));
    let err = client
        .export(&image_of(DEMO_VIEW_OVERVIEW_LUID))
        .await
        .unwrap_err();
    assert!(matches!(err, TableauError::SignIn { .. }), "{err:?}");
    assert!(err.to_string().contains("scopes"), "{err}");
    assert_eq!(sign_ins(&sim), 2);
}

#[test]
fn debug_output_hides_secrets() {
    let shown = format!("{:?}", config("https://t.example", pat()));
    assert!(shown.contains(DEMO_PAT_NAME) && !shown.contains(DEMO_PAT_SECRET));
    let shown = format!("{:?}", connected_app(&["tableau:views:download"]));
    assert!(shown.contains(DEMO_CA_CLIENT_ID) && !shown.contains(DEMO_CA_SECRET_VALUE));
}

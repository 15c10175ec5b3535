use serde_json::{Value, json};
use vizpost_sims::tableau::*;

use crate::helpers::*;

#[tokio::test]
async fn pat_sign_in_expiry_and_single_session() {
    let sim = sim().await;
    let resp = sign_in_body(
        &sim,
        json!({"credentials": {"personalAccessTokenName": DEMO_PAT_NAME,
        "personalAccessTokenSecret": DEMO_PAT_SECRET, "site": {"contentUrl": "finance"}}}),
    )
    .await;
    assert_eq!(resp.status(), 200);
    let v: Value = resp.json().await.unwrap();
    let creds = &v["credentials"];
    assert_eq!(creds["site"]["id"], DEMO_SITE_LUID);
    assert_eq!(creds["site"]["contentUrl"], "finance");
    assert!(creds["user"]["id"].is_string());
    assert_eq!(creds["estimatedTimeToExpiration"], "4:00:00");
    let token = creds["token"].as_str().unwrap().to_string();
    let views = format!("/sites/{DEMO_SITE_LUID}/views");
    assert_eq!(get(&sim, &token, &views).await.status(), 200);

    // Tableau ends a PAT's previous session when it signs in again.
    let second = admin_token(&sim).await;
    let stale = get(&sim, &token, &views).await;
    assert_eq!(stale.status(), 401);
    assert_eq!(error_code(stale).await, "401002");
    assert_eq!(get(&sim, &second, &views).await.status(), 200);

    sim.expire_sessions();
    let expired = get(&sim, &second, &views).await;
    assert_eq!(expired.status(), 401);
    assert_eq!(error_code(expired).await, "401002");

    let missing = client().get(url(&sim, &views)).send().await.unwrap();
    assert_eq!(missing.status(), 401);
    assert!(
        missing
            .text()
            .await
            .unwrap()
            .contains("<error code=\"401000\">")
    );
    sim.shutdown().await;
}

#[tokio::test]
async fn xml_sign_in_and_wrong_secret() {
    let sim = sim().await;
    let xml = format!(
        "<tsRequest><credentials personalAccessTokenName=\"{DEMO_PAT_NAME}\" \
         personalAccessTokenSecret=\"{DEMO_PAT_SECRET}\"><site contentUrl=\"\" /></credentials></tsRequest>"
    );
    let resp = client()
        .post(url(&sim, "/auth/signin"))
        .body(xml)
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 200);
    assert!(
        resp.headers()["content-type"]
            .to_str()
            .unwrap()
            .contains("xml")
    );
    let text = resp.text().await.unwrap();
    assert!(text.contains("<credentials "), "{text}");
    assert!(
        text.contains(&format!("id=\"{DEMO_DEFAULT_SITE_LUID}\"")),
        "{text}"
    );
    assert!(
        text.contains("<site ") && text.contains("contentUrl=\"\""),
        "{text}"
    );

    let bad = sign_in_body(
        &sim,
        json!({"credentials": {"personalAccessTokenName": DEMO_PAT_NAME,
        "personalAccessTokenSecret": "nope", "site": {"contentUrl": "finance"}}}),
    )
    .await;
    assert_eq!(bad.status(), 401);
    let v: Value = bad.json().await.unwrap();
    assert_eq!(v["error"]["code"], "401001");
    assert_eq!(v["error"]["summary"], "Signin Error");
}

#[tokio::test]
async fn connected_app_jwt_is_validated_and_scoped() {
    let sim = sim().await;
    let ok = sign_in_jwt(
        &sim,
        &jwt(
            &["tableau:content:read", "tableau:views:download"],
            |_, _| {},
        ),
    )
    .await;
    assert_eq!(ok.status(), 200);
    let v: Value = ok.json().await.unwrap();
    let token = v["credentials"]["token"].as_str().unwrap();
    assert_eq!(
        get(&sim, token, &format!("/sites/{DEMO_SITE_LUID}/views"))
            .await
            .status(),
        200
    );
    // Calls outside the granted scopes are refused like an invalid token.
    let hooks = get(&sim, token, &format!("/sites/{DEMO_SITE_LUID}/webhooks")).await;
    assert_eq!(hooks.status(), 401);
    assert_eq!(error_code(hooks).await, "401002");

    let scopes = ["tableau:content:read"];
    let cases = [
        jwt(&scopes, |h, _| h.kid = Some("wrong-secret-id".into())),
        jwt(&scopes, |_, c| c["aud"] = json!("tableau-cloud")),
        jwt(&scopes, |_, c| {
            c["exp"] = json!(chrono::Utc::now().timestamp() + 15 * 60)
        }),
        jwt(&scopes, |_, c| {
            c["exp"] = json!(chrono::Utc::now().timestamp() - 5)
        }),
        jwt(&scopes, |_, c| c["iss"] = json!("unknown-client")),
        jwt(&scopes, |_, c| {
            c.as_object_mut().unwrap().remove("jti");
        }),
        jwt(&[], |_, _| {}),
    ];
    for bad in cases {
        let resp = sign_in_jwt(&sim, &bad).await;
        assert_eq!(resp.status(), 401);
        assert_eq!(error_code(resp).await, "401001");
    }
}

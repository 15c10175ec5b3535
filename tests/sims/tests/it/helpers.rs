use std::sync::Arc;

use parking_lot::Mutex;
use poem::listener::TcpAcceptor;
use poem::{Request, endpoint::make};
use serde_json::{Value, json};
use vizpost_sims::tableau::*;

pub const API: &str = "/api/3.24";

pub fn client() -> reqwest::Client {
    reqwest::Client::new()
}

pub async fn sim() -> TableauSim {
    TableauSim::start(SimConfig::demo()).await.unwrap()
}

pub fn url(sim: &TableauSim, path: &str) -> String {
    format!("{}{API}{path}", sim.base_url())
}

pub async fn sign_in_body(sim: &TableauSim, body: Value) -> reqwest::Response {
    client()
        .post(url(sim, "/auth/signin"))
        .header("accept", "application/json")
        .json(&body)
        .send()
        .await
        .unwrap()
}

/// Signs in with a PAT on the finance site; returns the token.
pub async fn sign_in_pat(sim: &TableauSim, name: &str, secret: &str) -> String {
    let body = json!({"credentials": {"personalAccessTokenName": name,
        "personalAccessTokenSecret": secret, "site": {"contentUrl": DEMO_SITE_CONTENT_URL}}});
    let resp = sign_in_body(sim, body).await;
    assert_eq!(resp.status(), 200);
    let v: Value = resp.json().await.unwrap();
    v["credentials"]["token"].as_str().unwrap().to_string()
}

pub async fn admin_token(sim: &TableauSim) -> String {
    sign_in_pat(sim, DEMO_PAT_NAME, DEMO_PAT_SECRET).await
}

pub async fn get(sim: &TableauSim, token: &str, path: &str) -> reqwest::Response {
    client()
        .get(url(sim, path))
        .header("x-tableau-auth", token)
        .header("accept", "application/json")
        .send()
        .await
        .unwrap()
}

pub async fn error_code(resp: reqwest::Response) -> String {
    let v: Value = resp.json().await.unwrap();
    v["error"]["code"].as_str().unwrap().to_string()
}

/// A connected-app JWT; `tweak` edits header and claims before signing.
pub fn jwt(scopes: &[&str], tweak: impl FnOnce(&mut jsonwebtoken::Header, &mut Value)) -> String {
    let now = chrono::Utc::now().timestamp();
    let mut header = jsonwebtoken::Header::new(jsonwebtoken::Algorithm::HS256);
    header.kid = Some(DEMO_CA_SECRET_ID.into());
    let mut claims = json!({"iss": DEMO_CA_CLIENT_ID, "sub": "reports@example.com",
        "aud": "tableau", "exp": now + 300, "jti": uuid::Uuid::new_v4().to_string(), "scp": scopes});
    tweak(&mut header, &mut claims);
    let key = jsonwebtoken::EncodingKey::from_secret(DEMO_CA_SECRET_VALUE.as_bytes()).unwrap();
    jsonwebtoken::encode(&header, &claims, &key).unwrap()
}

pub async fn sign_in_jwt(sim: &TableauSim, jwt: &str) -> reqwest::Response {
    sign_in_body(
        sim,
        json!({"credentials": {"jwt": jwt, "site": {"contentUrl": DEMO_SITE_CONTENT_URL}}}),
    )
    .await
}

/// What an HTTP receiver got: (content-type, body).
pub type Received = Arc<Mutex<Vec<(String, String)>>>;

/// A loopback HTTP server answering every POST with `status` and "ok".
pub async fn receiver(status: u16) -> (String, Received) {
    let got: Received = Arc::default();
    let store = got.clone();
    let ep = make(move |req: Request| {
        let store = store.clone();
        async move {
            let ct = req.header("content-type").unwrap_or_default().to_string();
            let body = req.into_body().into_string().await.unwrap_or_default();
            store.lock().push((ct, body));
            poem::Response::builder()
                .status(poem::http::StatusCode::from_u16(status).unwrap())
                .body("ok")
        }
    });
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let acceptor = TcpAcceptor::from_tokio(listener).unwrap();
    tokio::spawn(poem::Server::new_with_acceptor(acceptor).run(ep));
    (format!("http://{addr}/hook"), got)
}

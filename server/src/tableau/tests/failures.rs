use std::time::{Duration, Instant};

use vizpost_sims::tableau::*;

use super::*;
use crate::tableau::TableauError;

fn with(sim: &TableauSim, edit: impl FnOnce(&mut ClientConfig)) -> TableauClient {
    let mut cfg = config(&sim.base_url(), pat());
    edit(&mut cfg);
    TableauClient::new(cfg)
}

#[tokio::test]
async fn an_unreachable_address_is_named() {
    let port = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        listener.local_addr().unwrap().port()
    };
    let base = format!("http://127.0.0.1:{port}");
    let client = TableauClient::new(config(&base, pat()));
    let err = client.check().await.unwrap_err();
    assert!(matches!(err, TableauError::Unreachable { .. }), "{err:?}");
    assert_eq!(
        err.to_string(),
        format!("cannot reach {base} (connection refused)")
    );
    assert!(err.is_transient());
}

#[tokio::test]
async fn https_to_a_plain_http_port_is_a_tls_error() {
    let sim = sim().await;
    let base = sim.base_url().replace("http://", "https://");
    let client = TableauClient::new(config(&base, pat()));
    let err = client.check().await.unwrap_err();
    assert!(matches!(err, TableauError::Tls { .. }), "{err:?}");
    let message = err.to_string();
    assert!(message.starts_with(&format!("cannot open a secure connection to {base}")));
    assert!(message.contains("plain HTTP"), "{message}");
    assert!(!err.is_transient());
}

#[tokio::test]
async fn a_wrong_token_secret_is_a_sign_in_error() {
    let sim = sim().await;
    let client = with(&sim, |c| {
        c.sign_in = SignIn::PersonalAccessToken {
            name: DEMO_PAT_NAME.into(),
            secret: "not-the-secret".into(),
        }
    });
    let err = client.check().await.unwrap_err();
    assert!(
        matches!(&err, TableauError::SignIn { code, .. } if code == "401001"),
        "{err:?}"
    );
    let message = err.to_string();
    assert!(
        message.contains("personal access token \"vizpost\""),
        "{message}"
    );
    assert!(message.contains("name or secret is wrong"), "{message}");
    assert!(!message.contains("not-the-secret"));
    assert!(!err.is_transient());
}

#[tokio::test]
async fn an_unknown_site_is_a_sign_in_error() {
    let sim = sim().await;
    let client = with(&sim, |c| c.content_url = "nosuch".into());
    let err = client.check().await.unwrap_err();
    assert!(matches!(err, TableauError::SignIn { .. }), "{err:?}");
    let message = err.to_string();
    assert!(message.contains("site \"nosuch\""), "{message}");
    assert!(
        message.contains("no site has the content URL \"nosuch\""),
        "{message}"
    );
}

#[tokio::test]
async fn an_unknown_connected_app_is_named() {
    let sim = sim().await;
    let mut app = connected_app(&["tableau:content:read"]);
    if let SignIn::ConnectedApp { client_id, .. } = &mut app {
        *client_id = "11111111-2222-4333-8444-555555555555".into();
    }
    let client = TableauClient::new(config(&sim.base_url(), app));
    let message = client.check().await.unwrap_err().to_string();
    assert!(
        message.contains("no enabled connected app has the client ID 11111111"),
        "{message}"
    );
}

#[tokio::test]
async fn server_errors_are_retried() {
    let sim = sim().await;
    let client = client(&sim);
    sim.inject(Fault::status("/datasources", 503, 2));
    assert_eq!(client.datasources(None).await.unwrap().len(), 2);
    assert_eq!(calls(&sim, "/datasources").len(), 3);
}

#[tokio::test]
async fn server_errors_that_outlast_the_retries_are_reported() {
    let sim = sim().await;
    let client = with(&sim, |c| c.max_retries = 1);
    sim.inject(Fault::status("/workbooks", 500, 5));
    let err = client.workbooks(None).await.unwrap_err();
    assert!(
        matches!(
            err,
            TableauError::Server {
                status: 500,
                attempts: 2,
                ..
            }
        ),
        "{err:?}"
    );
    assert!(err.is_transient());
    assert!(
        err.to_string()
            .contains("Listing workbooks on site \"finance\""),
        "{err}"
    );
    assert_eq!(calls(&sim, "/workbooks").len(), 2);
}

#[tokio::test]
async fn rate_limits_honour_retry_after() {
    let sim = sim().await;
    let client = client(&sim);
    client.check().await.unwrap();
    sim.inject(Fault::rate_limited("/datasources", 1, 1));
    let started = Instant::now();
    client.datasources(None).await.unwrap();
    assert!(started.elapsed() >= Duration::from_secs(1));
    let times: Vec<_> = calls(&sim, "/datasources").iter().map(|r| r.time).collect();
    assert_eq!(times.len(), 2);
    assert!((times[1] - times[0]).num_milliseconds() >= 1000);

    let client = with(&sim, |c| c.max_retries = 0);
    sim.inject(Fault::rate_limited("/datasources", 1, 1));
    let err = client.datasources(None).await.unwrap_err();
    assert!(
        matches!(err, TableauError::RateLimited { attempts: 1, .. }),
        "{err:?}"
    );
}

#[tokio::test]
async fn timeouts_are_retried_then_reported() {
    let sim = sim().await;
    let client = with(&sim, |c| {
        c.timeout = Duration::from_millis(300);
        c.max_retries = 1;
    });
    client.check().await.unwrap();
    sim.inject(Fault::latency("/workbooks", Duration::from_secs(1), 1));
    assert_eq!(client.workbooks(None).await.unwrap().len(), 2);

    sim.inject(Fault::latency("/workbooks", Duration::from_secs(1), 2));
    let err = client.workbooks(None).await.unwrap_err();
    assert!(matches!(err, TableauError::Timeout { .. }), "{err:?}");
    assert!(err.to_string().contains("did not answer in time"));
    assert!(err.is_transient());
    assert_eq!(calls(&sim, "/workbooks").len(), 4);
}

#[tokio::test]
async fn other_client_errors_fail_at_once_with_tableaus_code() {
    let sim = sim().await;
    let client = client(&sim);
    sim.inject(Fault::status("/datasources", 400, 3));
    let err = client.datasources(None).await.unwrap_err();
    assert!(
        matches!(&err, TableauError::Api { status: 400, code, .. } if code == "400000"),
        "{err:?}"
    );
    let message = err.to_string();
    assert!(
        message.contains("400000") && message.contains("Bad Request"),
        "{message}"
    );
    assert_eq!(calls(&sim, "/datasources").len(), 1);
}

#[tokio::test]
async fn an_ended_session_is_renewed_transparently() {
    let sim = sim().await;
    let client = client(&sim);
    client.check().await.unwrap();
    sim.expire_sessions();
    assert_eq!(client.workbooks(None).await.unwrap().len(), 2);
    assert_eq!(sign_ins(&sim), 2);
}

//! The client against the Tableau simulator (`vizpost-sims`), which follows
//! Tableau's documented REST API and records every request it receives.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod content;
mod export;
mod failures;
mod session;
mod webhook;

use std::time::Duration;

use poem::listener::TcpAcceptor;
use poem::{Endpoint, Response};
use vizpost_sims::tableau::*;

use super::{ClientConfig, SignIn, TableauClient};

pub(super) async fn sim() -> TableauSim {
    TableauSim::start(SimConfig::demo()).await.unwrap()
}

pub(super) fn pat() -> SignIn {
    SignIn::PersonalAccessToken {
        name: DEMO_PAT_NAME.into(),
        secret: DEMO_PAT_SECRET.into(),
    }
}

pub(super) fn connected_app(scopes: &[&str]) -> SignIn {
    SignIn::ConnectedApp {
        client_id: DEMO_CA_CLIENT_ID.into(),
        secret_id: DEMO_CA_SECRET_ID.into(),
        secret_value: DEMO_CA_SECRET_VALUE.into(),
        username: "reports@example.com".into(),
        scopes: scopes.iter().map(|s| s.to_string()).collect(),
    }
}

pub(super) fn config(base_url: &str, sign_in: SignIn) -> ClientConfig {
    ClientConfig {
        base_url: base_url.into(),
        api_version: DEMO_API_VERSION.into(),
        content_url: DEMO_SITE_CONTENT_URL.into(),
        sign_in,
        max_concurrent_exports: 4,
        timeout: Duration::from_secs(5),
        max_retries: 3,
    }
}

pub(super) fn client(sim: &TableauSim) -> TableauClient {
    TableauClient::new(config(&sim.base_url(), pat()))
}

pub(super) fn sign_ins(sim: &TableauSim) -> usize {
    sim.requests()
        .iter()
        .filter(|r| r.path.ends_with("/auth/signin"))
        .count()
}

/// Recorded requests whose path ends with `suffix`.
pub(super) fn calls(sim: &TableauSim, suffix: &str) -> Vec<RecordedRequest> {
    sim.requests()
        .into_iter()
        .filter(|r| r.path.ends_with(suffix))
        .collect()
}

/// Serves `endpoint` on a loopback port; returns `http://127.0.0.1:PORT`.
pub(super) async fn serve(endpoint: impl Endpoint<Output = Response> + 'static) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let acceptor = TcpAcceptor::from_tokio(listener).unwrap();
    tokio::spawn(poem::Server::new_with_acceptor(acceptor).run(endpoint));
    format!("http://{addr}")
}

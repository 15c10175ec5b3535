//! A Tableau Server / Tableau Cloud REST API simulator on loopback HTTP.
//!
//! It follows Tableau's documented REST API for the calls Vizpost makes:
//! sign in (PAT and connected-app JWT), content queries, view exports and
//! webhooks, and records every request so tests can assert on what was sent.

mod auth;
pub mod config;
mod content;
mod control;
mod events;
mod exports;
mod query;
mod render;
mod router;
mod state;
mod webhooks;
mod wire;

use std::sync::Arc;
use std::time::Duration;

use anyhow::Context as _;
use parking_lot::Mutex;
use poem::listener::TcpAcceptor;
use poem::{Endpoint, Request, Response};
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

pub use config::*;
pub use state::{Fault, FaultKind, RecordedRequest, SimWebhook};

pub(crate) use router::Call;
use state::Inner;

/// How to stop the HTTP server, and the task to await once told to.
type ServerTask = (oneshot::Sender<()>, JoinHandle<()>);

/// Handle to a running simulator. Clones share the same server.
#[derive(Clone)]
pub struct TableauSim {
    inner: Arc<Inner>,
    server: Arc<Mutex<Option<ServerTask>>>,
}

impl TableauSim {
    /// Starts the simulator on an ephemeral loopback port.
    pub async fn start(config: SimConfig) -> anyhow::Result<Self> {
        Self::start_on(config, 0).await
    }

    /// Starts the simulator on `127.0.0.1:port` (0 picks a free port).
    pub async fn start_on(config: SimConfig, port: u16) -> anyhow::Result<Self> {
        let listener = tokio::net::TcpListener::bind(("127.0.0.1", port))
            .await
            .context("binding the Tableau simulator")?;
        let addr = listener.local_addr()?;
        let acceptor = TcpAcceptor::from_tokio(listener)?;
        let inner = Arc::new(Inner {
            config,
            base_url: format!("http://{addr}"),
            http: reqwest::Client::builder()
                .timeout(Duration::from_secs(10))
                .build()?,
            sessions: Default::default(),
            webhooks: Default::default(),
            requests: Default::default(),
            faults: Default::default(),
            mail: Default::default(),
        });
        let (tx, rx) = oneshot::channel::<()>();
        let endpoint = SimEndpoint(inner.clone());
        let task = tokio::spawn(async move {
            let server = poem::Server::new_with_acceptor(acceptor);
            let stop = async {
                let _ = rx.await;
            };
            if let Err(e) = server
                .run_with_graceful_shutdown(endpoint, stop, Some(Duration::from_secs(1)))
                .await
            {
                tracing::warn!("tableau simulator stopped: {e}");
            }
        });
        Ok(TableauSim {
            inner,
            server: Arc::new(Mutex::new(Some((tx, task)))),
        })
    }

    /// `http://127.0.0.1:PORT`, without a trailing slash.
    pub fn base_url(&self) -> String {
        self.inner.base_url.clone()
    }

    pub fn config(&self) -> SimConfig {
        self.inner.config.clone()
    }

    /// Every request received so far, oldest first (control routes excluded).
    pub fn requests(&self) -> Vec<RecordedRequest> {
        self.inner.requests.lock().clone()
    }

    pub fn clear_requests(&self) {
        self.inner.requests.lock().clear();
    }

    pub fn inject(&self, fault: Fault) {
        self.inner.faults.lock().push(fault);
    }

    /// Ends every session issued so far; their tokens now get 401002.
    pub fn expire_sessions(&self) {
        self.inner.expire_sessions();
    }

    pub fn webhooks(&self, site_luid: &str) -> Vec<SimWebhook> {
        self.inner
            .webhooks
            .lock()
            .iter()
            .filter(|w| w.site_luid.eq_ignore_ascii_case(site_luid))
            .cloned()
            .collect()
    }

    /// Fires the refresh-succeeded event for a workbook or data source,
    /// POSTing Tableau's payload to every matching webhook. Returns the
    /// status each destination answered (0 when it could not be reached).
    pub async fn emit_refresh_succeeded(
        &self,
        site_luid: &str,
        resource_luid: &str,
    ) -> anyhow::Result<Vec<u16>> {
        events::emit_refresh_succeeded(&self.inner, site_luid, resource_luid).await
    }

    /// Serves the sink's messages at `GET /_sim/mail`.
    pub fn attach_mail_sink(&self, sink: crate::smtp::SmtpSink) {
        *self.inner.mail.lock() = Some(sink);
    }

    pub async fn shutdown(self) {
        let server = self.server.lock().take();
        if let Some((tx, task)) = server {
            let _ = tx.send(());
            let _ = task.await;
        }
    }
}

struct SimEndpoint(Arc<Inner>);

impl Endpoint for SimEndpoint {
    type Output = Response;

    async fn call(&self, req: Request) -> poem::Result<Response> {
        Ok(router::dispatch(self.0.clone(), req).await)
    }
}

//! Tableau's REST API: signing in, listing content, exporting views and
//! managing webhooks. Knows nothing of Vizpost's domain.
//!
//! One [`TableauClient`] serves one site with one credential and is shared
//! (as an `Arc`) by everything that talks to that site, because Tableau
//! keeps a single session per personal access token.
//!
//! - [`config`]: the site address and credential.
//! - `http`: one exchange, with retries for 429, 5xx and timeouts.
//! - `session` and `signin`: the shared session and its renewal.
//! - [`content`], [`export`], [`webhook`]: the calls Vizpost makes.
//! - [`error`]: failures worded for whoever has to fix them.

pub mod config;
pub mod content;
pub mod error;
pub mod export;
mod http;
mod session;
mod signin;
mod transport;
pub mod webhook;
mod wire;

#[cfg(test)]
mod tests;

use std::sync::atomic::AtomicU64;

use tokio::sync::{Mutex, Semaphore};

pub use config::{ClientConfig, SignIn};
pub use content::{Datasource, View, Workbook};
pub use error::TableauError;
pub use export::{Export, ExportKind, ExportRequest};
pub use session::{Boxed, KeptSession, SessionKeeper, SiteSession};
pub use webhook::{Webhook, WebhookTest};

use http::Http;
use session::SessionState;

/// A client for one Tableau site and credential. `Send + Sync`; share it.
pub struct TableauClient {
    config: ClientConfig,
    http: Http,
    sessions: Mutex<SessionState>,
    /// Sign-in attempts finished, so that callers that queued behind a
    /// failed sign-in share its failure instead of repeating it.
    sign_ins: AtomicU64,
    /// Sign-ins Tableau accepted from this client (not sessions reused).
    accepted_sign_ins: AtomicU64,
    /// Export slots; shared by the clients of one server's sites.
    exports: std::sync::Arc<Semaphore>,
    /// Shares the session with other processes; `None` keeps it here only.
    keeper: Option<std::sync::Arc<dyn SessionKeeper>>,
}

impl TableauClient {
    /// Builds the client; nothing is sent until the first call.
    pub fn new(config: ClientConfig) -> Self {
        TableauClient {
            http: Http::new(&config),
            sessions: Mutex::new(SessionState::default()),
            sign_ins: AtomicU64::new(0),
            accepted_sign_ins: AtomicU64::new(0),
            exports: std::sync::Arc::new(Semaphore::new(config.max_concurrent_exports.max(1))),
            config,
            keeper: None,
        }
    }

    /// Takes export slots from `slots` instead of its own, so that every
    /// site of one Tableau server together stays within one limit.
    pub fn with_export_slots(mut self, slots: std::sync::Arc<Semaphore>) -> Self {
        self.exports = slots;
        self
    }

    /// Shares the session through `keeper` instead of keeping it here.
    pub fn with_keeper(mut self, keeper: std::sync::Arc<dyn SessionKeeper>) -> Self {
        self.keeper = Some(keeper);
        self
    }

    pub fn config(&self) -> &ClientConfig {
        &self.config
    }
}

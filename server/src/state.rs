//! What every request handler and background loop shares.

use std::sync::Arc;

use sea_orm::DatabaseConnection;
use tokio::sync::Notify;

use crate::auth::LoginLimiter;
use crate::clock::Clock;
use crate::config::Settings;
use crate::connection::TableauClients;
use crate::db::QueryCounter;
use crate::mail::Mailer;
use crate::run::RunEvents;
use crate::secret::Keys;

#[derive(Clone)]
pub struct AppState {
    pub db: DatabaseConnection,
    pub keys: Keys,
    pub settings: Arc<Settings>,
    pub limiter: LoginLimiter,
    pub queries: QueryCounter,
    pub clock: Clock,
    pub events: RunEvents,
    pub clients: TableauClients,
    pub mailer: Mailer,
    /// Wakes idle workers when a run is queued in this process.
    pub wake: Arc<Notify>,
    /// Names this process in run leases: host, process id and a random tag.
    pub instance: String,
}

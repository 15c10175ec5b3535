//! What every request handler and background loop shares.

use std::sync::Arc;

use sea_orm::DatabaseConnection;

use crate::auth::LoginLimiter;
use crate::clock::Clock;
use crate::config::Settings;
use crate::db::QueryCounter;
use crate::secret::Keys;

#[derive(Clone)]
pub struct AppState {
    pub db: DatabaseConnection,
    pub keys: Keys,
    pub settings: Arc<Settings>,
    pub limiter: LoginLimiter,
    pub queries: QueryCounter,
    pub clock: Clock,
}

//! Building the application: database, migrations, keys, the first admin,
//! the HTTP listener. The listener is bound here, before running, so
//! callers (tests included) can ask for port 0 and read the real port.

use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use anyhow::Context as _;
use poem::Server;
use poem::listener::{Acceptor, Listener, TcpAcceptor, TcpListener};

use crate::auth::{LoginLimiter, users};
use crate::clock::Clock;
use crate::config::Settings;
use crate::secret::{Keys, load_or_create_key};
use crate::state::AppState;
use crate::{db, graphql, http};

pub struct Application {
    state: AppState,
    acceptor: TcpAcceptor,
    port: u16,
}

impl Application {
    pub async fn build(settings: Settings, clock: Clock) -> anyhow::Result<Self> {
        let state = prepare(settings, clock).await?;
        users::ensure_first_admin(&state).await?;
        let listen = state.settings.listen;
        let acceptor = TcpListener::bind(listen.to_string())
            .into_acceptor()
            .await
            .with_context(|| format!("cannot listen on {listen} (VIZPOST_LISTEN)"))?;
        let port = acceptor
            .local_addr()
            .first()
            .and_then(|a| a.as_socket_addr().map(|s| s.port()))
            .unwrap_or(listen.port());
        Ok(Self {
            state,
            acceptor,
            port,
        })
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    pub fn state(&self) -> &AppState {
        &self.state
    }

    /// Serves until `shutdown` completes, then lets requests in flight finish.
    pub async fn run_until(self, shutdown: impl Future<Output = ()> + Send) -> anyhow::Result<()> {
        let schema = graphql::build_schema(Some(self.state.clone()));
        let app = http::routes(self.state.clone(), schema);
        tracing::info!(port = self.port, public_url = %self.state.settings.public_url, "Vizpost is listening");
        Server::new_with_acceptor(self.acceptor)
            .run_with_graceful_shutdown(app, shutdown, Some(Duration::from_secs(20)))
            .await
            .context("the HTTP server stopped with an error")
    }
}

/// Connects, migrates and derives keys: everything but listening. Used by
/// `serve` and by the `migrate` and `create-admin` commands.
pub async fn prepare(settings: Settings, clock: Clock) -> anyhow::Result<AppState> {
    let (key, created) = load_or_create_key(settings.secret_key.as_ref(), &settings.data_dir)?;
    if created {
        tracing::warn!(
            path = %settings.data_dir.join("secret.key").display(),
            "no VIZPOST_SECRET_KEY given: generated one and stored it (mode 0600); keep it, stored Tableau secrets need it"
        );
    }
    let (db, queries) = db::connect(&settings.database_url).await?;
    db::migrate(&db).await?;
    Ok(AppState {
        db,
        keys: Keys::derive(key.expose()),
        settings: Arc::new(settings),
        limiter: LoginLimiter::default(),
        queries,
        clock,
    })
}

//! Building the application: database, migrations, keys, the first admin,
//! the HTTP listener. The listener is bound here, before running, so
//! callers (tests included) can ask for port 0 and read the real port.

use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use anyhow::Context as _;
use poem::Server;
use poem::listener::{Acceptor, Listener, TcpAcceptor, TcpListener};

use std::sync::atomic::{AtomicBool, Ordering};

use crate::auth::{LoginLimiter, users};
use crate::clock::Clock;
use crate::config::Settings;
use crate::connection::TableauClients;
use crate::mail::{Mailer, SmtpSettings};
use crate::run::RunEvents;
use crate::run::worker::run_workers;
use crate::schedule::ticker::run_ticker;
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
        crate::connection::backfill_webhook_hashes(&state)
            .await
            .map_err(|e| anyhow::anyhow!("{e}"))?;
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

    /// Serves, schedules and executes runs until `shutdown` completes; then
    /// requests in flight finish and runs in progress go back to the queue.
    pub async fn run_until(self, shutdown: impl Future<Output = ()> + Send) -> anyhow::Result<()> {
        let stopping = Arc::new(AtomicBool::new(false));
        let engine = &self.state.settings.engine;
        let workers = tokio::spawn(run_workers(
            self.state.clone(),
            engine.workers,
            stopping.clone(),
        ));
        let ticker = tokio::spawn(run_ticker(self.state.clone(), stopping.clone()));
        let schema = graphql::build_schema(Some(self.state.clone()));
        let app = http::routes(self.state.clone(), schema);
        tracing::info!(port = self.port, public_url = %self.state.settings.public_url, "Vizpost is listening");
        let served = Server::new_with_acceptor(self.acceptor)
            .run_with_graceful_shutdown(app, shutdown, Some(Duration::from_secs(20)))
            .await
            .context("the HTTP server stopped with an error");
        stopping.store(true, Ordering::SeqCst);
        self.state.wake.notify_waiters();
        let _ = tokio::join!(workers, ticker);
        tracing::info!("workers and scheduler stopped");
        served
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
    let smtp = match &settings.smtp_url {
        Some(url) => Some(
            SmtpSettings::parse(url.expose())
                .map_err(|e| anyhow::anyhow!("invalid setting VIZPOST_SMTP_URL: {e}"))?,
        ),
        None => None,
    };
    let host = settings
        .public_url
        .host_str()
        .filter(|h| h.contains('.') && h.parse::<std::net::IpAddr>().is_err());
    let default_from = format!("vizpost@{}", host.unwrap_or("localhost.localdomain"));
    let mailer = Mailer::new(smtp.as_ref(), &settings.data_dir, default_from)
        .map_err(|e| anyhow::anyhow!(e))?;
    let events = RunEvents::start(&db)
        .await
        .context("cannot listen for events on the database")?;
    let instance = format!(
        "{}-{}",
        std::process::id(),
        &uuid::Uuid::new_v4().simple().to_string()[..8]
    );
    Ok(AppState {
        events,
        clients: TableauClients::default(),
        mailer,
        wake: Arc::new(tokio::sync::Notify::new()),
        instance,
        db,
        keys: Keys::derive(key.expose()),
        settings: Arc::new(settings),
        limiter: LoginLimiter::default(),
        queries,
        clock,
    })
}

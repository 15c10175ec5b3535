//! Live updates about runs (and received webhooks), fanned out to
//! subscriptions. On PostgreSQL every replica publishes with `NOTIFY` and
//! listens with `LISTEN`, so a browser connected to one replica sees runs
//! executed by another; on SQLite (one process) a local channel suffices.

use sea_orm::{ConnectionTrait, DatabaseConnection, DbBackend, Statement};
use serde::{Deserialize, Serialize};
use tokio::sync::broadcast;

use crate::db::entity::run;

const CHANNEL: &str = "vizpost_events";

/// A run's state at one moment.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RunEvent {
    pub run_id: i32,
    pub schedule_id: i32,
    pub status: String,
    pub total: i32,
    pub sent: i32,
    pub failed: i32,
    pub current_task_id: Option<i32>,
    pub error: Option<String>,
}

impl RunEvent {
    pub fn of(r: &run::Model) -> Self {
        Self {
            run_id: r.id,
            schedule_id: r.schedule_id,
            status: r.status.clone(),
            total: r.total,
            sent: r.sent,
            failed: r.failed,
            current_task_id: r.current_task_id,
            error: r.error.clone(),
        }
    }
}

/// Everything that travels on the event channel.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Event {
    Run(RunEvent),
    /// A webhook was received; the id of its stored record.
    Webhook {
        event_id: i32,
        site_id: Option<i32>,
    },
}

#[derive(Clone)]
pub struct RunEvents {
    tx: broadcast::Sender<Event>,
    postgres: Option<DatabaseConnection>,
}

impl RunEvents {
    /// Starts listening on PostgreSQL before returning, so no event
    /// published after start-up is missed.
    pub async fn start(db: &DatabaseConnection) -> anyhow::Result<Self> {
        let (tx, _) = broadcast::channel(1024);
        if db.get_database_backend() != DbBackend::Postgres {
            return Ok(Self { tx, postgres: None });
        }
        let pool = db.get_postgres_connection_pool().clone();
        let mut listener = sea_orm::sqlx::postgres::PgListener::connect_with(&pool).await?;
        listener.listen(CHANNEL).await?;
        let forward = tx.clone();
        tokio::spawn(async move {
            loop {
                // `recv` reconnects by itself after a dropped connection;
                // notifications sent meanwhile are lost, which a subscriber
                // sees as a gap it can fill by querying the run.
                match listener.recv().await {
                    Ok(n) => match serde_json::from_str::<Event>(n.payload()) {
                        Ok(ev) => {
                            let _ = forward.send(ev);
                        }
                        Err(e) => tracing::warn!(error = %e, "unreadable event notification"),
                    },
                    Err(e) => {
                        tracing::warn!(error = %e, "event listener lost its connection; retrying");
                        tokio::time::sleep(std::time::Duration::from_secs(1)).await;
                    }
                }
            }
        });
        Ok(Self {
            tx,
            postgres: Some(db.clone()),
        })
    }

    pub async fn publish(&self, event: RunEvent) {
        self.send(Event::Run(event)).await;
    }

    pub async fn send(&self, event: Event) {
        match &self.postgres {
            None => {
                let _ = self.tx.send(event);
            }
            Some(db) => {
                let payload = serde_json::to_string(&event).unwrap_or_default();
                let stmt = Statement::from_sql_and_values(
                    DbBackend::Postgres,
                    "SELECT pg_notify($1, $2)",
                    [CHANNEL.into(), payload.into()],
                );
                if let Err(e) = db.execute_raw(stmt).await {
                    tracing::warn!(error = %e, "could not publish an event");
                }
            }
        }
    }

    pub fn subscribe(&self) -> broadcast::Receiver<Event> {
        self.tx.subscribe()
    }
}

//! Live updates about runs (and received webhooks), fanned out to
//! subscriptions. On PostgreSQL every replica publishes with `NOTIFY` and
//! listens with `LISTEN`, so a browser connected to one replica sees runs
//! executed by another; on SQLite (one process) a local channel suffices.
//!
//! `NOTIFY` is fire-and-forget: what is sent while a listener reconnects
//! never reaches it. So after reconnecting, a replica announces the
//! current state of recent runs again; subscribers may see a state twice,
//! never a stale one last.

use sea_orm::sqlx::postgres::PgListener;
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, DbBackend, EntityTrait, QueryFilter,
    QueryOrder, QuerySelect, Statement,
};
use serde::{Deserialize, Serialize};
use tokio::sync::broadcast;

use super::Status;
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

/// A connection of its own, listening on the event channel.
async fn listen(pool: &sea_orm::sqlx::PgPool) -> Result<PgListener, sea_orm::sqlx::Error> {
    let mut listener = PgListener::connect_with(pool).await?;
    listener.listen(CHANNEL).await?;
    Ok(listener)
}

/// How many of the latest runs are announced again after the listener
/// reconnects: a gap lasts a moment, so the runs that ended in it are
/// among the last few.
const CATCH_UP_RUNS: u64 = 100;

/// The runs whose state a subscriber may have missed: every queued or
/// running one, and the latest others.
async fn recent_runs(db: &DatabaseConnection) -> Result<Vec<run::Model>, sea_orm::DbErr> {
    let unfinished = [Status::Queued.as_str(), Status::Running.as_str()];
    let mut runs = run::Entity::find()
        .filter(run::Column::Status.is_in(unfinished))
        .all(db)
        .await?;
    let latest = run::Entity::find()
        .filter(run::Column::Status.is_not_in(unfinished))
        .order_by_desc(run::Column::Id)
        .limit(CATCH_UP_RUNS)
        .all(db)
        .await?;
    runs.extend(latest.into_iter().rev());
    Ok(runs)
}

/// Passes each notification on to the subscribers of this process.
///
/// When the connection is gone, notifications sent until a new one listens
/// are lost for good: listen again, then announce the runs that may have
/// changed meanwhile, so a page watching one does not stay on its old state.
async fn forward_notifications(
    mut listener: PgListener,
    pool: sea_orm::sqlx::PgPool,
    db: DatabaseConnection,
    forward: broadcast::Sender<Event>,
) {
    loop {
        match listener.try_recv().await {
            Ok(Some(n)) => match serde_json::from_str::<Event>(n.payload()) {
                Ok(ev) => {
                    let _ = forward.send(ev);
                }
                Err(e) => tracing::warn!(error = %e, "unreadable event notification"),
            },
            lost => {
                if let Err(e) = lost {
                    tracing::warn!(error = %e, "event listener failed");
                }
                tracing::warn!("event listener lost its connection; listening again");
                listener = listen_again(&pool).await;
                announce_recent_runs(&db, &forward).await;
            }
        }
    }
}

/// A new listening connection, retried once a second until PostgreSQL
/// takes it.
async fn listen_again(pool: &sea_orm::sqlx::PgPool) -> PgListener {
    loop {
        match listen(pool).await {
            Ok(listener) => return listener,
            Err(e) => {
                tracing::warn!(error = %e, "event listener cannot reconnect yet");
                tokio::time::sleep(std::time::Duration::from_secs(1)).await;
            }
        }
    }
}

async fn announce_recent_runs(db: &DatabaseConnection, forward: &broadcast::Sender<Event>) {
    match recent_runs(db).await {
        Ok(runs) => {
            tracing::info!(
                runs = runs.len(),
                "event listener back; runs announced again"
            );
            for r in &runs {
                let _ = forward.send(Event::Run(RunEvent::of(r)));
            }
        }
        Err(e) => tracing::warn!(error = %e, "cannot re-read runs after reconnecting"),
    }
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
        let listener = listen(&pool).await?;
        tokio::spawn(forward_notifications(
            listener,
            pool,
            db.clone(),
            tx.clone(),
        ));
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

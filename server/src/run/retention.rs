//! Deleting what is past the retention period: finished runs (their
//! deliveries go with them) and received webhook events.

use chrono::Duration;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

use crate::db::entity::{run, webhook_event};
use crate::error::AppResult;
use crate::state::AppState;

/// What one pruning pass deleted.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Pruned {
    pub runs: u64,
    pub webhook_events: u64,
}

pub async fn prune(state: &AppState) -> AppResult<Pruned> {
    let cutoff = state.clock.now() - Duration::days(state.settings.engine.retention_days as i64);
    // A queued or running run is kept however old: it still owes email.
    let runs = run::Entity::delete_many()
        .filter(run::Column::FinishedAt.lt(cutoff))
        .filter(run::Column::Status.is_not_in(["QUEUED", "RUNNING"]))
        .exec(&state.db)
        .await?
        .rows_affected;
    let webhook_events = webhook_event::Entity::delete_many()
        .filter(webhook_event::Column::ReceivedAt.lt(cutoff))
        .exec(&state.db)
        .await?
        .rows_affected;
    if runs + webhook_events > 0 {
        tracing::info!(runs, webhook_events, %cutoff, "deleted what is past retention");
    }
    Ok(Pruned {
        runs,
        webhook_events,
    })
}

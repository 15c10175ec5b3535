//! Deleting finished runs (and their deliveries) past the retention period.

use chrono::{Duration, Utc};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

use crate::db::entity::run;
use crate::error::AppResult;
use crate::state::AppState;

pub async fn prune(state: &AppState) -> AppResult<u64> {
    let cutoff = Utc::now() - Duration::days(state.settings.engine.retention_days as i64);
    let res = run::Entity::delete_many()
        .filter(run::Column::FinishedAt.lt(cutoff))
        .filter(run::Column::Status.is_not_in(["QUEUED", "RUNNING"]))
        .exec(&state.db)
        .await?;
    if res.rows_affected > 0 {
        tracing::info!(deleted = res.rows_affected, "old runs deleted");
    }
    Ok(res.rows_affected)
}

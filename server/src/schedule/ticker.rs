//! The scheduler: finds due `TIME` schedules with one indexed query on the
//! stored next fire time, queues one run per fire time, and moves the
//! schedule on. Fire times missed while Vizpost was down run once if they
//! are recent enough, and are recorded as skipped otherwise.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use chrono::{DateTime, Utc};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbBackend, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
    TransactionTrait,
};

use super::store::next_fire_time;
use crate::db::entity::schedule;
use crate::error::AppResult;
use crate::run::{self, Cause, Enqueue, RunEvent, Status};
use crate::state::AppState;

/// Schedules handled per tick; the rest wait for the next one.
const BATCH: u64 = 100;

/// Queues runs for every due schedule; returns how many runs were queued.
pub async fn tick(state: &AppState) -> AppResult<usize> {
    let now = state.clock.now();
    let due = schedule::Entity::find()
        .filter(schedule::Column::Enabled.eq(true))
        .filter(schedule::Column::NextFireAt.lte(now))
        .order_by_asc(schedule::Column::NextFireAt)
        .limit(BATCH)
        .all(&state.db)
        .await?;
    let mut queued = 0;
    for s in due {
        match fire(state, s, now).await {
            Ok(n) => queued += n,
            // One broken schedule must not stop the others.
            Err(e) => tracing::error!(error = ?e, "scheduling a due schedule failed"),
        }
    }
    if queued > 0 {
        state.wake.notify_waiters();
    }
    Ok(queued)
}

async fn fire(state: &AppState, s: schedule::Model, now: DateTime<Utc>) -> AppResult<usize> {
    let Some(first_due) = s.next_fire_at else {
        return Ok(0);
    };
    let txn = state.db.begin().await?;
    // Another replica may be handling this schedule: skip it if its row is
    // locked, and re-check that nobody moved it on meanwhile.
    let mut q =
        schedule::Entity::find_by_id(s.id).filter(schedule::Column::NextFireAt.eq(first_due));
    if txn.get_database_backend() == DbBackend::Postgres {
        q = q.lock_with_behavior(
            sea_orm::sea_query::LockType::Update,
            sea_orm::sea_query::LockBehavior::SkipLocked,
        );
    }
    let Some(locked) = q.one(&txn).await? else {
        return Ok(0);
    };
    // The most recent fire time that has passed; earlier ones were missed.
    let mut latest = first_due;
    let mut missed = 0u32;
    let mut probe = locked.clone();
    while let Some(next) = next_fire_time(&probe, latest) {
        if next > now {
            break;
        }
        probe.next_fire_at = Some(next);
        latest = next;
        missed += 1;
    }
    let grace = chrono::Duration::seconds(state.settings.engine.misfire_grace_seconds as i64);
    let mut entry = Enqueue::new(s.id, Cause::Time);
    entry.fire_time = Some(latest);
    if now - latest > grace {
        entry.status = Status::Skipped;
        entry.error = Some(format!(
            "missed {} fire time(s) while Vizpost was not running; the last was {} ago, beyond the grace period",
            missed + 1,
            humanize(now - latest)
        ));
    }
    let skipped = entry.status == Status::Skipped;
    let created = run::enqueue(&txn, now, entry).await?;
    let next = next_fire_time(&locked, now);
    schedule::Entity::update_many()
        .col_expr(
            schedule::Column::NextFireAt,
            sea_orm::sea_query::Expr::value(next),
        )
        .filter(schedule::Column::Id.eq(s.id))
        .exec(&txn)
        .await?;
    txn.commit().await?;
    if let Some(r) = created {
        tracing::info!(run_id = r.id, schedule_id = s.id, fire_time = %latest, skipped, "time rule fired");
        state.events.publish(RunEvent::of(&r)).await;
        return Ok(usize::from(!skipped));
    }
    Ok(0)
}

fn humanize(d: chrono::Duration) -> String {
    let mins = d.num_minutes();
    if mins < 120 {
        format!("{mins} minutes")
    } else {
        format!("{} hours", mins / 60)
    }
}

/// Ticks until `stopping` is set; prunes old runs about once an hour.
pub async fn run_ticker(state: AppState, stopping: Arc<AtomicBool>) {
    let every = Duration::from_millis(state.settings.engine.tick_millis);
    let mut ticks: u64 = 0;
    while !stopping.load(Ordering::SeqCst) {
        if let Err(e) = tick(&state).await {
            tracing::error!(error = ?e, "scheduler tick failed");
        }
        if ticks.is_multiple_of((3_600_000 / state.settings.engine.tick_millis).max(1))
            && let Err(e) = run::retention::prune(&state).await
        {
            tracing::error!(error = ?e, "pruning old runs failed");
        }
        ticks += 1;
        tokio::time::sleep(every).await;
    }
}

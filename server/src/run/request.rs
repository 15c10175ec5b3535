//! Runs asked for by a person: "run now" and "send a test to me".

use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};

use super::{Cause, Enqueue, RunEvent, enqueue};
use crate::db::entity::{run, schedule, task};
use crate::error::{AppError, AppResult};
use crate::state::AppState;

/// Queues a manual run of every enabled task. Disabled schedules may be run
/// by hand: that is how a new schedule is tried before it is switched on.
pub async fn run_now(state: &AppState, schedule_id: i32, user_id: i32) -> AppResult<run::Model> {
    let s = schedule::Entity::find_by_id(schedule_id)
        .one(&state.db)
        .await?
        .ok_or_else(|| AppError::not_found("schedule", schedule_id))?;
    let tasks = task::Entity::find()
        .filter(task::Column::ScheduleId.eq(s.id))
        .filter(task::Column::Enabled.eq(true))
        .count(&state.db)
        .await?;
    if tasks == 0 {
        return Err(AppError::invalid(
            "id",
            format!("'{}' has no enabled task to deliver", s.name),
        ));
    }
    let mut e = Enqueue::new(s.id, Cause::Manual);
    e.requested_by = Some(user_id);
    queue(state, e).await
}

/// Queues a run of one task whose only recipient is the caller.
pub async fn send_test(state: &AppState, task_id: i32, user_id: i32) -> AppResult<run::Model> {
    let t = task::Entity::find_by_id(task_id)
        .one(&state.db)
        .await?
        .ok_or_else(|| AppError::not_found("task", task_id))?;
    let mut e = Enqueue::new(t.schedule_id, Cause::Test);
    e.requested_by = Some(user_id);
    e.test_task_id = Some(t.id);
    queue(state, e).await
}

async fn queue(state: &AppState, e: Enqueue) -> AppResult<run::Model> {
    let cause = e.cause;
    let r = enqueue(&state.db, state.clock.now(), e)
        .await?
        .ok_or_else(|| AppError::Conflict("the run was already queued".into()))?;
    tracing::info!(
        run_id = r.id,
        schedule_id = r.schedule_id,
        cause = cause.as_str(),
        "run queued"
    );
    state.events.publish(RunEvent::of(&r)).await;
    state.wake.notify_waiters();
    Ok(r)
}

//! Putting runs in the queue and taking them out.
//!
//! Claiming is one statement that picks the oldest queued run, or a running
//! one whose lease has expired, and stamps it with this worker's lease. On
//! PostgreSQL the pick uses `FOR UPDATE SKIP LOCKED`, so replicas sharing a
//! database never claim the same run; SQLite has a single writer anyway.

use chrono::{DateTime, Duration, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbBackend, EntityTrait, FromQueryResult,
    QueryFilter, Set, Statement,
};

use super::{Cause, RunEvent, Status};
use crate::db::entity::run;
use crate::error::{AppError, AppResult};
use crate::state::AppState;

pub struct Enqueue {
    pub schedule_id: i32,
    pub cause: Cause,
    /// For time-based runs: the fire time, unique per schedule.
    pub fire_time: Option<DateTime<Utc>>,
    pub requested_by: Option<i32>,
    pub test_task_id: Option<i32>,
    pub webhook_event_id: Option<i32>,
    /// `Skipped` records a missed fire time without running it.
    pub status: Status,
    pub error: Option<String>,
}

impl Enqueue {
    pub fn new(schedule_id: i32, cause: Cause) -> Self {
        Self {
            schedule_id,
            cause,
            fire_time: None,
            requested_by: None,
            test_task_id: None,
            webhook_event_id: None,
            status: Status::Queued,
            error: None,
        }
    }
}

/// Inserts a run. Returns `None` when this schedule already has a run for
/// the same fire time (another replica got there first).
pub async fn enqueue(
    db: &impl ConnectionTrait,
    now: DateTime<Utc>,
    e: Enqueue,
) -> AppResult<Option<run::Model>> {
    if let Some(fire_time) = e.fire_time {
        let exists = run::Entity::find()
            .filter(run::Column::ScheduleId.eq(e.schedule_id))
            .filter(run::Column::FireTime.eq(fire_time))
            .one(db)
            .await?;
        if exists.is_some() {
            return Ok(None);
        }
    }
    let finished = (e.status != Status::Queued).then_some(now);
    let model = run::ActiveModel {
        schedule_id: Set(e.schedule_id),
        cause: Set(e.cause.as_str().into()),
        status: Set(e.status.as_str().into()),
        fire_time: Set(e.fire_time),
        queued_at: Set(now),
        finished_at: Set(finished),
        total: Set(0),
        sent: Set(0),
        failed: Set(0),
        error: Set(e.error),
        requested_by: Set(e.requested_by),
        webhook_event_id: Set(e.webhook_event_id),
        test_task_id: Set(e.test_task_id),
        ..Default::default()
    };
    match model.insert(db).await {
        Ok(saved) => Ok(Some(saved)),
        // The unique (schedule, fire time) index caught a concurrent insert.
        Err(e) if is_unique_violation(&e) => Ok(None),
        Err(e) => Err(e.into()),
    }
}

fn is_unique_violation(e: &sea_orm::DbErr) -> bool {
    matches!(
        e.sql_err(),
        Some(sea_orm::SqlErr::UniqueConstraintViolation(_))
    )
}

#[derive(FromQueryResult)]
struct Claimed {
    id: i32,
}

/// Claims one run for `owner` until `now + lease`.
pub async fn claim(
    state: &AppState,
    owner: &str,
    lease: Duration,
) -> AppResult<Option<run::Model>> {
    let db = &state.db;
    let now = Utc::now();
    let until = now + lease;
    let backend = db.get_database_backend();
    let lock = if backend == DbBackend::Postgres {
        "FOR UPDATE SKIP LOCKED"
    } else {
        ""
    };
    let (p1, p2, p3, p4) = placeholders(backend);
    let sql = format!(
        "UPDATE runs SET status = 'RUNNING', lease_owner = {p1}, lease_until = {p2}, \
         started_at = COALESCE(started_at, {p3}) \
         WHERE id = (SELECT id FROM runs WHERE status = 'QUEUED' \
            OR (status = 'RUNNING' AND lease_until < {p4}) ORDER BY id LIMIT 1 {lock}) \
         RETURNING id"
    );
    let stmt = Statement::from_sql_and_values(
        backend,
        sql,
        [owner.into(), until.into(), now.into(), now.into()],
    );
    let Some(claimed) = Claimed::find_by_statement(stmt).one(db).await? else {
        return Ok(None);
    };
    let found = run::Entity::find_by_id(claimed.id).one(db).await?;
    Ok(found)
}

fn placeholders(backend: DbBackend) -> (&'static str, &'static str, &'static str, &'static str) {
    if backend == DbBackend::Postgres {
        ("$1", "$2", "$3", "$4")
    } else {
        ("?", "?", "?", "?")
    }
}

/// Extends the lease; `false` when the run is no longer ours (cancelled,
/// finished, or taken over after our lease lapsed).
pub async fn renew(
    db: &impl ConnectionTrait,
    run_id: i32,
    owner: &str,
    lease: Duration,
) -> AppResult<bool> {
    let res = run::Entity::update_many()
        .col_expr(
            run::Column::LeaseUntil,
            sea_orm::sea_query::Expr::value(Utc::now() + lease),
        )
        .filter(run::Column::Id.eq(run_id))
        .filter(run::Column::LeaseOwner.eq(owner))
        .filter(run::Column::Status.eq(Status::Running.as_str()))
        .exec(db)
        .await?;
    Ok(res.rows_affected == 1)
}

/// A running run's counts and the task it is on.
pub struct Progress {
    pub run_id: i32,
    pub schedule_id: i32,
    pub total: i32,
    pub sent: i32,
    pub failed: i32,
    pub current_task: Option<i32>,
}

impl Progress {
    /// The event subscribers get, without reading the row back.
    pub fn event(&self) -> RunEvent {
        RunEvent {
            run_id: self.run_id,
            schedule_id: self.schedule_id,
            status: Status::Running.as_str().into(),
            total: self.total,
            sent: self.sent,
            failed: self.failed,
            current_task_id: self.current_task,
            error: None,
        }
    }
}

/// Records progress. Returns `false` when the run is no longer running (a
/// user cancelled it), so the executor learns that from the same statement.
pub async fn set_progress(db: &impl ConnectionTrait, p: &Progress) -> AppResult<bool> {
    use sea_orm::sea_query::Expr;
    let res = run::Entity::update_many()
        .col_expr(run::Column::Total, Expr::value(p.total))
        .col_expr(run::Column::Sent, Expr::value(p.sent))
        .col_expr(run::Column::Failed, Expr::value(p.failed))
        .col_expr(run::Column::CurrentTaskId, Expr::value(p.current_task))
        .filter(run::Column::Id.eq(p.run_id))
        .filter(run::Column::Status.eq(Status::Running.as_str()))
        .exec(db)
        .await?;
    Ok(res.rows_affected == 1)
}

/// Moves a run to a final status, unless it already has one (a cancel won).
pub async fn finish(
    state: &AppState,
    run_id: i32,
    status: Status,
    error: Option<String>,
) -> AppResult<Option<run::Model>> {
    use sea_orm::sea_query::Expr;
    run::Entity::update_many()
        .col_expr(run::Column::Status, Expr::value(status.as_str()))
        .col_expr(run::Column::Error, Expr::value(error))
        .col_expr(
            run::Column::FinishedAt,
            Expr::value(Some(state.clock.now())),
        )
        .col_expr(run::Column::LeaseOwner, Expr::value(Option::<String>::None))
        .col_expr(
            run::Column::LeaseUntil,
            Expr::value(Option::<DateTime<Utc>>::None),
        )
        .col_expr(run::Column::CurrentTaskId, Expr::value(Option::<i32>::None))
        .filter(run::Column::Id.eq(run_id))
        .filter(run::Column::Status.is_in([Status::Queued.as_str(), Status::Running.as_str()]))
        .exec(&state.db)
        .await?;
    let found = run::Entity::find_by_id(run_id).one(&state.db).await?;
    if let Some(r) = &found {
        state.events.publish(RunEvent::of(r)).await;
    }
    Ok(found)
}

/// Cancels a queued or running run; a running one stops before its next email.
pub async fn cancel(state: &AppState, run_id: i32) -> AppResult<run::Model> {
    let found = run::Entity::find_by_id(run_id)
        .one(&state.db)
        .await?
        .ok_or_else(|| AppError::not_found("run", run_id))?;
    if super::Status::is_final(&found.status) {
        return Err(AppError::Conflict(format!(
            "run {run_id} has already ended ({})",
            found.status
        )));
    }
    let updated = finish(
        state,
        run_id,
        Status::Cancelled,
        Some("cancelled by a user".into()),
    )
    .await?;
    tracing::info!(run_id, schedule_id = found.schedule_id, "run cancelled");
    updated.ok_or_else(|| AppError::not_found("run", run_id))
}

//! Executing a claimed run: plan its deliveries, make the exports they need,
//! and send each email once. A delivery is marked sent right after the mail
//! server accepts it and is never sent again; a run picked up after a crash
//! continues with the deliveries still pending.

mod exports;
mod message;
mod plan;

use std::collections::HashMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use chrono::Utc;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
use tracing::Instrument as _;

use self::exports::{ExportCache, ViewFile, key_for, merged_filters};
use crate::db::entity::{
    delivery, run as run_entity, schedule, site, tableau_server, task, task_view,
};
use crate::error::AppResult;
use crate::mail::SendError;
use crate::run::{self, Progress, Status, delivery_status};
use crate::state::AppState;

pub use message::message_id;

/// Attempts per delivery before it is marked failed.
pub const MAX_ATTEMPTS: i32 = 3;

/// How a worker's turn with a run ended.
#[derive(Debug, PartialEq, Eq)]
pub enum Outcome {
    Finished(Status),
    /// Shutting down: the run was put back in the queue for another worker.
    HandedBack,
    /// Cancelled, or the lease was lost to another worker.
    Abandoned,
}

pub async fn execute(
    state: &AppState,
    r: run_entity::Model,
    owner: &str,
    stopping: &AtomicBool,
) -> AppResult<Outcome> {
    let span = tracing::info_span!(
        "run",
        run_id = r.id,
        schedule_id = r.schedule_id,
        site_id = tracing::field::Empty
    );
    let lost = Arc::new(AtomicBool::new(false));
    let renewal = spawn_renewal(state.clone(), r.id, owner.to_string(), lost.clone());
    let result = execute_inner(state, &r, stopping, &lost)
        .instrument(span)
        .await;
    renewal.abort();
    match result {
        Ok(Outcome::HandedBack) => {
            release(state, r.id, owner).await?;
            Ok(Outcome::HandedBack)
        }
        Err(e) => {
            tracing::error!(run_id = r.id, error = ?e, "run failed with an internal error");
            run::finish(
                state,
                r.id,
                Status::Failed,
                Some("internal error; see the server log".into()),
            )
            .await?;
            Ok(Outcome::Finished(Status::Failed))
        }
        other => other,
    }
}

fn spawn_renewal(
    state: AppState,
    run_id: i32,
    owner: String,
    lost: Arc<AtomicBool>,
) -> tokio::task::JoinHandle<()> {
    let lease = chrono::Duration::seconds(state.settings.engine.lease_seconds as i64);
    let every = Duration::from_millis((state.settings.engine.lease_seconds * 1000 / 3).max(200));
    tokio::spawn(async move {
        loop {
            tokio::time::sleep(every).await;
            match run::renew(&state.db, run_id, &owner, lease).await {
                Ok(true) => {}
                Ok(false) => {
                    lost.store(true, Ordering::SeqCst);
                    return;
                }
                Err(e) => tracing::warn!(run_id, error = ?e, "could not renew the run's lease"),
            }
        }
    })
}

async fn release(state: &AppState, run_id: i32, owner: &str) -> AppResult<()> {
    use sea_orm::sea_query::Expr;
    run_entity::Entity::update_many()
        .col_expr(
            run_entity::Column::Status,
            Expr::value(Status::Queued.as_str()),
        )
        .col_expr(
            run_entity::Column::LeaseOwner,
            Expr::value(Option::<String>::None),
        )
        .col_expr(
            run_entity::Column::LeaseUntil,
            Expr::value(Option::<chrono::DateTime<Utc>>::None),
        )
        .filter(run_entity::Column::Id.eq(run_id))
        .filter(run_entity::Column::LeaseOwner.eq(owner))
        .filter(run_entity::Column::Status.eq(Status::Running.as_str()))
        .exec(&state.db)
        .await?;
    tracing::info!(run_id, "run handed back for another worker");
    Ok(())
}

async fn execute_inner(
    state: &AppState,
    r: &run_entity::Model,
    stopping: &AtomicBool,
    lost: &AtomicBool,
) -> AppResult<Outcome> {
    let Some(sched) = schedule::Entity::find_by_id(r.schedule_id)
        .one(&state.db)
        .await?
    else {
        return finish(
            state,
            r.id,
            Status::Failed,
            Some("the schedule no longer exists".into()),
        )
        .await;
    };
    let site = site::Entity::find_by_id(sched.site_id)
        .one(&state.db)
        .await?;
    let server = match &site {
        Some(s) => {
            tableau_server::Entity::find_by_id(s.server_id)
                .one(&state.db)
                .await?
        }
        None => None,
    };
    let (Some(site), Some(server)) = (site, server) else {
        return finish(
            state,
            r.id,
            Status::Failed,
            Some("the schedule's Tableau site no longer exists".into()),
        )
        .await;
    };
    tracing::Span::current().record("site_id", site.id);
    let tasks = plan::tasks_of(state, r).await?;
    let total = plan::plan(state, r, &tasks).await?;
    tracing::info!(recipients = total, tasks = tasks.len(), cause = %r.cause, "run started");
    if total == 0 {
        return finish(
            state,
            r.id,
            Status::Failed,
            Some("no enabled task has recipients".into()),
        )
        .await;
    }
    let client = state.clients.for_rows(state, &site, &server)?;
    let task_ids: Vec<i32> = tasks.iter().map(|t| t.id).collect();
    let mut views: HashMap<i32, Vec<task_view::Model>> = HashMap::new();
    for v in task_view::Entity::find()
        .filter(task_view::Column::TaskId.is_in(task_ids))
        .order_by_asc(task_view::Column::Position)
        .all(&state.db)
        .await?
    {
        views.entry(v.task_id).or_default().push(v);
    }
    let tasks: HashMap<i32, task::Model> = tasks.into_iter().map(|t| (t.id, t)).collect();
    let all = delivery::Entity::find()
        .filter(delivery::Column::RunId.eq(r.id))
        .all(&state.db)
        .await?;
    let first_task = all
        .iter()
        .find(|d| d.status == delivery_status::PENDING)
        .map(|d| d.task_id);
    let (sent, failed) = (
        all.iter()
            .filter(|d| d.status == delivery_status::SENT)
            .count() as i32,
        all.iter()
            .filter(|d| d.status == delivery_status::FAILED)
            .count() as i32,
    );
    let mut progress = Progress {
        run_id: r.id,
        schedule_id: r.schedule_id,
        total,
        sent,
        failed,
        current_task: first_task,
    };
    // Subscribers learn the size of the run before the first (slow) export.
    let mut running = report(state, &progress).await?;
    let host = state
        .settings
        .public_url
        .host_str()
        .unwrap_or("localhost")
        .to_string();
    let from = state.mailer.from_address().to_string();
    let run_time = r.fire_time.unwrap_or(r.queued_at);
    let mut cache = ExportCache::default();
    for pass in 0..MAX_ATTEMPTS {
        let pending: Vec<delivery::Model> = delivery::Entity::find()
            .filter(delivery::Column::RunId.eq(r.id))
            .filter(delivery::Column::Status.eq(delivery_status::PENDING))
            .order_by_asc(delivery::Column::Id)
            .all(&state.db)
            .await?;
        if pending.is_empty() {
            break;
        }
        if pass > 0 {
            // Give a struggling Tableau or mail server a moment.
            tokio::time::sleep(Duration::from_secs(2 * pass as u64)).await;
            cache.new_pass();
        }
        if pass > 0 {
            running = report(state, &progress).await?;
        }
        for d in pending {
            if let Some(outcome) = interrupted(r.id, running, stopping, lost) {
                return Ok(outcome);
            }
            let Some(t) = tasks.get(&d.task_id) else {
                mark(
                    state,
                    &d,
                    delivery_status::FAILED,
                    Some("the task was deleted".into()),
                    None,
                )
                .await?;
                progress.failed += 1;
                continue;
            };
            progress.current_task = Some(t.id);
            let ctx = message::Context {
                schedule: &sched,
                site: &site,
                task: t,
                run_time,
                from: &from,
                host: &host,
                run_id: r.id,
            };
            let task_views = views.get(&t.id).map(Vec::as_slice).unwrap_or_default();
            let status = deliver(state, &client, &mut cache, &ctx, &d, task_views, pass).await?;
            match status {
                delivery_status::SENT => progress.sent += 1,
                delivery_status::FAILED => progress.failed += 1,
                _ => {}
            }
            running = report(state, &progress).await?;
        }
    }
    // Whatever is still pending ran out of attempts in the last pass.
    let final_status = if progress.sent == progress.total {
        Status::Succeeded
    } else if progress.sent == 0 {
        Status::Failed
    } else {
        Status::PartiallyFailed
    };
    let error = (progress.failed > 0).then(|| {
        format!(
            "{} of {} deliveries failed",
            progress.failed, progress.total
        )
    });
    tracing::info!(
        recipients = progress.total,
        sent = progress.sent,
        failed = progress.failed,
        status = final_status.as_str(),
        "run finished"
    );
    finish(state, r.id, final_status, error).await
}

async fn finish(
    state: &AppState,
    run_id: i32,
    status: Status,
    error: Option<String>,
) -> AppResult<Outcome> {
    run::finish(state, run_id, status, error).await?;
    Ok(Outcome::Finished(status))
}

/// Stops between deliveries when the process is shutting down, the lease
/// was lost, or a user cancelled the run.
fn interrupted(
    run_id: i32,
    running: bool,
    stopping: &AtomicBool,
    lost: &AtomicBool,
) -> Option<Outcome> {
    if stopping.load(Ordering::SeqCst) {
        return Some(Outcome::HandedBack);
    }
    if lost.load(Ordering::SeqCst) {
        tracing::warn!(run_id, "lease lost; another worker owns this run now");
        return Some(Outcome::Abandoned);
    }
    if !running {
        tracing::info!(run_id, "run stopped: cancelled or removed");
        return Some(Outcome::Abandoned);
    }
    None
}

/// Stores and announces progress; `false` once the run was cancelled.
async fn report(state: &AppState, progress: &Progress) -> AppResult<bool> {
    let running = run::set_progress(&state.db, progress).await?;
    if running {
        state.events.publish(progress.event()).await;
    }
    Ok(running)
}

/// One delivery: exports, message, send. Returns its new status.
async fn deliver(
    state: &AppState,
    client: &crate::tableau::TableauClient,
    cache: &mut ExportCache,
    ctx: &message::Context<'_>,
    d: &delivery::Model,
    views: &[task_view::Model],
    pass: i32,
) -> AppResult<&'static str> {
    let started = std::time::Instant::now();
    let last_pass = pass + 1 >= MAX_ATTEMPTS;
    let filters = merged_filters(ctx.task, d.filters.as_ref());
    let mut files = Vec::new();
    for v in views {
        let (key, request, format) = key_for(v, &filters, ctx.task);
        match cache.get(client, key, &request, ctx.run_id).await {
            Ok(bytes) => files.push(ViewFile {
                view_name: display_name(v),
                format,
                bytes,
            }),
            Err((reason, transient)) => {
                // Never send with an attachment missing: wait or fail.
                let status = if transient && !last_pass {
                    delivery_status::PENDING
                } else {
                    delivery_status::FAILED
                };
                mark(state, d, status, Some(reason), None).await?;
                return Ok(status);
            }
        }
    }
    let email = message::build(ctx, d, files);
    // Kept on the delivery so the console can show what was sent.
    let sent = Sent {
        message_id: email.message_id.clone(),
        subject: email.subject.clone(),
        html: email.html.clone(),
    };
    let composed = match crate::mail::compose(email) {
        Ok(m) => m,
        Err(reason) => {
            mark(state, d, delivery_status::FAILED, Some(reason), None).await?;
            return Ok(delivery_status::FAILED);
        }
    };
    let formatted = composed.formatted();
    let size = formatted.len();
    let limit = state.settings.engine.max_message_bytes;
    if size > limit {
        let reason = format!(
            "the message is {} bytes, over the limit of {limit} bytes",
            size
        );
        mark(state, d, delivery_status::FAILED, Some(reason), None).await?;
        return Ok(delivery_status::FAILED);
    }
    let stem = format!("{:08}-{:010}", ctx.run_id, d.id);
    let (status, error) = match state.mailer.send(&composed, &formatted, &stem).await {
        Ok(()) => (delivery_status::SENT, None),
        Err(SendError::Permanent(reason)) => (delivery_status::FAILED, Some(reason)),
        Err(SendError::Transient(reason)) if last_pass => (delivery_status::FAILED, Some(reason)),
        Err(SendError::Transient(reason)) => (delivery_status::PENDING, Some(reason)),
    };
    mark(
        state,
        d,
        status,
        error.clone(),
        (status == delivery_status::SENT).then_some(sent),
    )
    .await?;
    tracing::info!(
        task_id = d.task_id,
        delivery_id = d.id,
        status,
        bytes = size,
        millis = started.elapsed().as_millis() as u64,
        error = error.as_deref().unwrap_or(""),
        "delivery attempted"
    );
    Ok(status)
}

fn display_name(v: &task_view::Model) -> String {
    if v.view_name.is_empty() {
        v.view_luid.clone()
    } else {
        v.view_name.clone()
    }
}

struct Sent {
    message_id: String,
    subject: String,
    html: String,
}

async fn mark(
    state: &AppState,
    d: &delivery::Model,
    status: &str,
    error: Option<String>,
    sent: Option<Sent>,
) -> AppResult<()> {
    use sea_orm::sea_query::{Expr, ExprTrait};
    let now = Utc::now();
    let mut q = delivery::Entity::update_many()
        .col_expr(delivery::Column::Status, Expr::value(status))
        .col_expr(
            delivery::Column::Attempts,
            Expr::col(delivery::Column::Attempts).add(1),
        )
        .col_expr(delivery::Column::Error, Expr::value(error))
        .col_expr(delivery::Column::UpdatedAt, Expr::value(now));
    if let Some(sent) = sent {
        q = q
            .col_expr(delivery::Column::MessageId, Expr::value(sent.message_id))
            .col_expr(delivery::Column::Subject, Expr::value(sent.subject))
            .col_expr(delivery::Column::Html, Expr::value(sent.html))
            .col_expr(delivery::Column::SentAt, Expr::value(Some(now)));
    }
    // Only a pending delivery changes: a sent one stays sent whatever happens.
    q.filter(delivery::Column::Id.eq(d.id))
        .filter(delivery::Column::Status.eq(delivery_status::PENDING))
        .exec(&state.db)
        .await?;
    Ok(())
}

//! Runs and deliveries: what happened when a schedule fired.

use async_graphql::{Context, Enum, ID, InputObject, Object};
use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};

use super::error::{GqlResult, id_of, require, state, to_gql};
use super::page::{Page, PageInput, fetch};
use super::stored::{from_stored, to_stored};
use crate::auth::Permission;
use crate::db::entity::{delivery, run};
use crate::error::AppError;

#[derive(Enum, Clone, Copy, PartialEq, Eq)]
pub enum RunStatus {
    Queued,
    Running,
    Succeeded,
    PartiallyFailed,
    Failed,
    Cancelled,
    /// A fire time missed while Vizpost was down, longer ago than the grace period.
    Skipped,
}

#[derive(Enum, Clone, Copy, PartialEq, Eq)]
pub enum RunCause {
    Time,
    TableauWebhook,
    CustomWebhook,
    Manual,
    Test,
}

/// One execution of a schedule.
pub struct Run(pub run::Model);

#[Object]
impl Run {
    async fn id(&self) -> ID {
        self.0.id.into()
    }
    async fn schedule_id(&self) -> ID {
        self.0.schedule_id.into()
    }
    async fn status(&self) -> RunStatus {
        from_stored(&self.0.status).unwrap_or(RunStatus::Failed)
    }
    async fn cause(&self) -> RunCause {
        from_stored(&self.0.cause).unwrap_or(RunCause::Manual)
    }
    /// The scheduled time this run is for (time-based runs).
    async fn fire_time(&self) -> Option<DateTime<Utc>> {
        self.0.fire_time
    }
    async fn queued_at(&self) -> DateTime<Utc> {
        self.0.queued_at
    }
    async fn started_at(&self) -> Option<DateTime<Utc>> {
        self.0.started_at
    }
    async fn finished_at(&self) -> Option<DateTime<Utc>> {
        self.0.finished_at
    }
    /// Deliveries planned.
    async fn total(&self) -> i32 {
        self.0.total
    }
    async fn sent(&self) -> i32 {
        self.0.sent
    }
    async fn failed(&self) -> i32 {
        self.0.failed
    }
    async fn error(&self) -> Option<&str> {
        self.0.error.as_deref()
    }
    /// The task being delivered while the run is running.
    async fn current_task_id(&self) -> Option<ID> {
        self.0.current_task_id.map(Into::into)
    }
}

#[derive(Enum, Clone, Copy, PartialEq, Eq)]
pub enum DeliveryStatus {
    Pending,
    Sent,
    Failed,
}

/// One email of a run: a task to one recipient.
pub struct Delivery(pub delivery::Model);

#[Object]
impl Delivery {
    async fn id(&self) -> ID {
        self.0.id.into()
    }
    async fn run_id(&self) -> ID {
        self.0.run_id.into()
    }
    async fn task_id(&self) -> ID {
        self.0.task_id.into()
    }
    async fn recipient_email(&self) -> &str {
        &self.0.recipient_email
    }
    async fn recipient_name(&self) -> &str {
        &self.0.recipient_name
    }
    async fn status(&self) -> DeliveryStatus {
        from_stored(&self.0.status).unwrap_or(DeliveryStatus::Pending)
    }
    async fn attempts(&self) -> i32 {
        self.0.attempts
    }
    async fn error(&self) -> Option<&str> {
        self.0.error.as_deref()
    }
    /// The Message-ID header of the sent email.
    async fn message_id(&self) -> Option<&str> {
        self.0.message_id.as_deref()
    }
    async fn sent_at(&self) -> Option<DateTime<Utc>> {
        self.0.sent_at
    }
    /// The subject of the sent email.
    async fn subject(&self) -> Option<&str> {
        self.0.subject.as_deref()
    }
    /// The HTML body of the sent email (inline images are not kept).
    async fn html(&self) -> Option<&str> {
        self.0.html.as_deref()
    }
}

#[derive(InputObject, Default)]
pub struct RunFilter {
    pub schedule_id: Option<ID>,
    pub status: Option<RunStatus>,
    pub cause: Option<RunCause>,
    /// Runs queued at or after this time.
    pub since: Option<DateTime<Utc>>,
}

#[derive(Default)]
pub struct RunQuery;

#[Object]
impl RunQuery {
    /// Runs, newest first.
    async fn runs(
        &self,
        ctx: &Context<'_>,
        filter: Option<RunFilter>,
        page: Option<PageInput>,
    ) -> GqlResult<Page<Run>> {
        require(ctx, Permission::Read)?;
        let filter = filter.unwrap_or_default();
        let mut q = run::Entity::find().order_by_desc(run::Column::Id);
        if let Some(id) = filter.schedule_id {
            q = q.filter(run::Column::ScheduleId.eq(id_of(&id, "filter.scheduleId")?));
        }
        if let Some(status) = filter.status {
            q = q.filter(run::Column::Status.eq(to_stored(status)));
        }
        if let Some(cause) = filter.cause {
            q = q.filter(run::Column::Cause.eq(to_stored(cause)));
        }
        if let Some(since) = filter.since {
            q = q.filter(run::Column::QueuedAt.gte(since));
        }
        fetch(&state(ctx).db, q, page, Run).await
    }

    async fn run(&self, ctx: &Context<'_>, id: ID) -> GqlResult<Run> {
        require(ctx, Permission::Read)?;
        let id = id_of(&id, "id")?;
        let found = run::Entity::find_by_id(id)
            .one(&state(ctx).db)
            .await
            .map_err(|e| to_gql(e.into()))?;
        found
            .map(Run)
            .ok_or_else(|| to_gql(AppError::not_found("run", id)))
    }

    /// A run's deliveries, by recipient.
    async fn deliveries(
        &self,
        ctx: &Context<'_>,
        run_id: ID,
        status: Option<DeliveryStatus>,
        page: Option<PageInput>,
    ) -> GqlResult<Page<Delivery>> {
        require(ctx, Permission::Read)?;
        let mut q = delivery::Entity::find()
            .filter(delivery::Column::RunId.eq(id_of(&run_id, "runId")?))
            .order_by_asc(delivery::Column::TaskId)
            .order_by_asc(delivery::Column::RecipientEmail);
        if let Some(s) = status {
            q = q.filter(delivery::Column::Status.eq(to_stored(s)));
        }
        fetch(&state(ctx).db, q, page, Delivery).await
    }
}

#[derive(Default)]
pub struct RunMutation;

#[Object]
impl RunMutation {
    /// Queues a run of the schedule's enabled tasks now.
    async fn run_schedule_now(&self, ctx: &Context<'_>, id: ID) -> GqlResult<Run> {
        let me = require(ctx, Permission::ManageSchedules)?;
        let id = id_of(&id, "id")?;
        Ok(Run(crate::run::request::run_now(
            state(ctx),
            id,
            me.user_id(),
        )
        .await
        .map_err(to_gql)?))
    }

    /// Sends one task's email to the caller only.
    async fn send_test_email(&self, ctx: &Context<'_>, task_id: ID) -> GqlResult<Run> {
        let me = require(ctx, Permission::ManageSchedules)?;
        let task_id = id_of(&task_id, "taskId")?;
        Ok(Run(crate::run::request::send_test(
            state(ctx),
            task_id,
            me.user_id(),
        )
        .await
        .map_err(to_gql)?))
    }

    /// Cancels a queued or running run; a running one stops before its next email.
    async fn cancel_run(&self, ctx: &Context<'_>, id: ID) -> GqlResult<Run> {
        require(ctx, Permission::ManageSchedules)?;
        let id = id_of(&id, "id")?;
        Ok(Run(crate::run::cancel(state(ctx), id)
            .await
            .map_err(to_gql)?))
    }
}

/// A run's state as it changes.
#[derive(async_graphql::SimpleObject, Clone)]
pub struct RunUpdate {
    pub run_id: ID,
    pub schedule_id: ID,
    pub status: RunStatus,
    /// Deliveries planned, sent and failed so far.
    pub total: i32,
    pub sent: i32,
    pub failed: i32,
    /// The task being delivered.
    pub current_task_id: Option<ID>,
    pub error: Option<String>,
}

impl From<crate::run::RunEvent> for RunUpdate {
    fn from(e: crate::run::RunEvent) -> Self {
        Self {
            run_id: e.run_id.into(),
            schedule_id: e.schedule_id.into(),
            status: from_stored(&e.status).unwrap_or(RunStatus::Failed),
            total: e.total,
            sent: e.sent,
            failed: e.failed,
            current_task_id: e.current_task_id.map(Into::into),
            error: e.error,
        }
    }
}

#[derive(Default)]
pub struct RunSubscription;

#[async_graphql::Subscription]
impl RunSubscription {
    /// Each run's status changes and progress, for one schedule or all.
    async fn run_updates(
        &self,
        ctx: &Context<'_>,
        schedule_id: Option<ID>,
    ) -> async_graphql::Result<impl futures_util::Stream<Item = RunUpdate> + use<>> {
        use futures_util::StreamExt as _;
        require(ctx, Permission::Read)?;
        let only = schedule_id.map(|id| id_of(&id, "scheduleId")).transpose()?;
        let rx = state(ctx).events.subscribe();
        Ok(
            tokio_stream::wrappers::BroadcastStream::new(rx).filter_map(move |ev| async move {
                match ev {
                    Ok(crate::run::events::Event::Run(r))
                        if only.is_none_or(|s| s == r.schedule_id) =>
                    {
                        Some(r.into())
                    }
                    _ => None,
                }
            }),
        )
    }
}

/// An email written to the outbox (when no SMTP server is configured).
#[derive(async_graphql::SimpleObject)]
pub struct OutboxEmail {
    pub id: String,
    pub to: String,
    pub subject: String,
    pub date: Option<String>,
    pub message_id: Option<String>,
    pub html: Option<String>,
    pub text: Option<String>,
    pub attachments: Vec<OutboxAttachment>,
    /// The whole message as written (RFC 5322).
    pub raw: String,
}

#[derive(async_graphql::SimpleObject)]
pub struct OutboxAttachment {
    pub filename: String,
    pub content_type: String,
    pub size: i32,
}

#[derive(async_graphql::SimpleObject)]
pub struct OutboxPage {
    pub items: Vec<OutboxEmail>,
    pub total_count: i64,
    pub offset: i32,
    pub limit: i32,
    pub has_more: bool,
    /// False when messages go to an SMTP server; the outbox then stays empty.
    pub enabled: bool,
}

#[derive(Default)]
pub struct OutboxQuery;

#[Object]
impl OutboxQuery {
    /// Emails in the file outbox, newest first.
    async fn outbox(&self, ctx: &Context<'_>, page: Option<PageInput>) -> GqlResult<OutboxPage> {
        require(ctx, Permission::Read)?;
        let (offset, limit) = PageInput::checked(page)?;
        let st = state(ctx);
        let dir = st.settings.data_dir.join("outbox");
        let (items, total) = crate::mail::outbox::list(&dir, offset as usize, limit as usize)
            .await
            .map_err(|e| to_gql(AppError::Internal(e.into())))?;
        let n = items.len() as u64;
        Ok(OutboxPage {
            items: items
                .into_iter()
                .map(|m| OutboxEmail {
                    id: m.id,
                    to: m.to,
                    subject: m.subject,
                    date: m.date,
                    message_id: m.message_id,
                    html: m.html,
                    text: m.text,
                    attachments: m
                        .attachments
                        .into_iter()
                        .map(|(filename, content_type, size)| OutboxAttachment {
                            filename,
                            content_type,
                            size: size as i32,
                        })
                        .collect(),
                    raw: m.raw,
                })
                .collect(),
            total_count: total as i64,
            offset: offset as i32,
            limit: limit as i32,
            has_more: offset + n < total as u64,
            enabled: st.mailer.is_outbox(),
        })
    }
}

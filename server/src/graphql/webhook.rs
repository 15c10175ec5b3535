//! Received webhooks, Tableau webhook registration and its round-trip test.

use async_graphql::{Context, Enum, ID, InputObject, Object, SimpleObject};
use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};

use super::error::{GqlResult, id_of, require, state, to_gql};
use super::page::{Page, PageInput, fetch};
use super::stored::{from_stored, to_stored};
use crate::auth::Permission;
use crate::db::entity::{site, webhook_event};

use crate::trigger::registration;

#[derive(Enum, Clone, Copy, PartialEq, Eq)]
pub enum WebhookKind {
    /// An event posted by Tableau.
    Tableau,
    /// A custom trigger.
    Custom,
    /// Tableau's "test webhook" call.
    TestPing,
    /// A body that could not be read.
    Invalid,
}

#[derive(Enum, Clone, Copy, PartialEq, Eq)]
pub enum WebhookOutcome {
    /// Runs were queued.
    Queued,
    /// A repeat of an event already handled: nothing queued.
    Duplicate,
    /// No enabled trigger matched.
    NoMatch,
    /// Matched only disabled schedules.
    Skipped,
    /// An event type Vizpost does not act on.
    Ignored,
    /// Refused: bad token, signature or body, unknown site or schedules.
    Rejected,
    TestPing,
}

/// A schedule an event matched but did not run, and why.
#[derive(SimpleObject)]
pub struct SkippedSchedule {
    pub schedule_id: ID,
    pub reason: String,
}

/// One request received on `/api/webhooks`.
pub struct WebhookEvent(pub webhook_event::Model);

#[Object]
impl WebhookEvent {
    async fn id(&self) -> ID {
        self.0.id.into()
    }
    async fn received_at(&self) -> DateTime<Utc> {
        self.0.received_at
    }
    /// The caller's address.
    async fn source(&self) -> &str {
        &self.0.source
    }
    async fn kind(&self) -> WebhookKind {
        from_stored(&self.0.kind).unwrap_or(WebhookKind::Invalid)
    }
    async fn site_id(&self) -> Option<ID> {
        self.0.site_id.map(Into::into)
    }
    async fn event_type(&self) -> Option<&str> {
        self.0.event_type.as_deref()
    }
    async fn resource_luid(&self) -> Option<&str> {
        self.0.resource_luid.as_deref()
    }
    /// The body as received (cut at 16 KiB).
    async fn body(&self) -> &str {
        &self.0.body
    }
    async fn duplicate(&self) -> bool {
        self.0.duplicate
    }
    async fn outcome(&self) -> WebhookOutcome {
        from_stored(&self.0.outcome).unwrap_or(WebhookOutcome::Rejected)
    }
    /// Why nothing (or not everything) ran.
    async fn reason(&self) -> Option<&str> {
        self.0.reason.as_deref()
    }
    async fn matched_schedule_ids(&self) -> Vec<ID> {
        let ids: Vec<i32> =
            serde_json::from_value(self.0.matched_schedule_ids.clone()).unwrap_or_default();
        ids.into_iter().map(Into::into).collect()
    }
    async fn run_ids(&self) -> Vec<ID> {
        let ids: Vec<i32> = serde_json::from_value(self.0.run_ids.clone()).unwrap_or_default();
        ids.into_iter().map(Into::into).collect()
    }
    async fn skipped(&self) -> Vec<SkippedSchedule> {
        let list: Vec<serde_json::Value> =
            serde_json::from_value(self.0.skipped.clone()).unwrap_or_default();
        list.iter()
            .map(|v| SkippedSchedule {
                schedule_id: v["schedule_id"]
                    .as_i64()
                    .unwrap_or_default()
                    .to_string()
                    .into(),
                reason: v["reason"].as_str().unwrap_or_default().to_string(),
            })
            .collect()
    }
}

#[derive(InputObject, Default)]
pub struct WebhookEventFilter {
    pub site_id: Option<ID>,
    pub kind: Option<WebhookKind>,
    pub outcome: Option<WebhookOutcome>,
    pub since: Option<DateTime<Utc>>,
    pub until: Option<DateTime<Utc>>,
}

/// The result of making Tableau's webhooks match the site's triggers.
#[derive(SimpleObject)]
pub struct WebhookRegistration {
    pub ok: bool,
    pub message: String,
    pub created: Vec<String>,
    pub removed: Vec<String>,
}

impl From<registration::SyncReport> for WebhookRegistration {
    fn from(r: registration::SyncReport) -> Self {
        Self {
            ok: r.ok,
            message: r.message,
            created: r.created,
            removed: r.removed,
        }
    }
}

/// One webhook's round trip from Tableau to Vizpost.
#[derive(SimpleObject)]
pub struct WebhookRoundTrip {
    pub webhook_id: String,
    pub event: String,
    /// The destination, with the secret hidden.
    pub url: String,
    /// The HTTP status Tableau saw when it posted the test.
    pub tableau_status: Option<i32>,
    /// Whether the test ping arrived at Vizpost.
    pub reached_vizpost: bool,
    pub message: String,
}

#[derive(Default)]
pub struct WebhookQuery;

#[Object]
impl WebhookQuery {
    /// Received webhooks, newest first.
    async fn webhook_events(
        &self,
        ctx: &Context<'_>,
        filter: Option<WebhookEventFilter>,
        page: Option<PageInput>,
    ) -> GqlResult<Page<WebhookEvent>> {
        require(ctx, Permission::Read)?;
        let f = filter.unwrap_or_default();
        let mut q = webhook_event::Entity::find().order_by_desc(webhook_event::Column::Id);
        if let Some(id) = f.site_id {
            q = q.filter(webhook_event::Column::SiteId.eq(id_of(&id, "filter.siteId")?));
        }
        if let Some(k) = f.kind {
            q = q.filter(webhook_event::Column::Kind.eq(to_stored(k)));
        }
        if let Some(o) = f.outcome {
            q = q.filter(webhook_event::Column::Outcome.eq(to_stored(o)));
        }
        if let Some(t) = f.since {
            q = q.filter(webhook_event::Column::ReceivedAt.gte(t));
        }
        if let Some(t) = f.until {
            q = q.filter(webhook_event::Column::ReceivedAt.lt(t));
        }
        fetch(&state(ctx).db, q, page, WebhookEvent).await
    }
}

#[derive(Default)]
pub struct WebhookMutation;

#[Object]
impl WebhookMutation {
    /// Makes the site's webhooks on Tableau match its enabled triggers.
    async fn sync_tableau_webhooks(
        &self,
        ctx: &Context<'_>,
        site_id: ID,
    ) -> GqlResult<WebhookRegistration> {
        require(ctx, Permission::ManageSchedules)?;
        let id = id_of(&site_id, "siteId")?;
        Ok(registration::sync_site(state(ctx), id)
            .await
            .map_err(to_gql)?
            .into())
    }

    /// Has Tableau test each of the site's Vizpost webhooks and reports,
    /// per webhook, whether the test reached Vizpost.
    async fn test_tableau_webhooks(
        &self,
        ctx: &Context<'_>,
        site_id: ID,
    ) -> GqlResult<Vec<WebhookRoundTrip>> {
        require(ctx, Permission::ManageSchedules)?;
        let id = id_of(&site_id, "siteId")?;
        let trips = registration::test_site(state(ctx), id)
            .await
            .map_err(to_gql)?;
        Ok(trips
            .into_iter()
            .map(|t| WebhookRoundTrip {
                webhook_id: t.webhook_id,
                event: t.event,
                url: t.url,
                tableau_status: t.tableau_status.map(i32::from),
                reached_vizpost: t.reached_vizpost,
                message: t.message,
            })
            .collect())
    }

    /// Replaces the site's webhook secret; webhooks on Tableau are
    /// re-registered with the new one.
    async fn rotate_webhook_secret(
        &self,
        ctx: &Context<'_>,
        site_id: ID,
    ) -> GqlResult<WebhookRegistration> {
        require(ctx, Permission::ManageConnections)?;
        let id = id_of(&site_id, "siteId")?;
        let st = state(ctx);
        crate::connection::rotate_webhook_secret(st, id)
            .await
            .map_err(to_gql)?;
        Ok(registration::sync_site(st, id)
            .await
            .map_err(to_gql)?
            .into())
    }
}

#[derive(Default)]
pub struct WebhookSubscription;

#[async_graphql::Subscription]
impl WebhookSubscription {
    /// Each webhook as it is received, optionally for one site.
    async fn trigger_fired(
        &self,
        ctx: &Context<'_>,
        site_id: Option<ID>,
    ) -> async_graphql::Result<impl futures_util::Stream<Item = WebhookEvent> + use<>> {
        use futures_util::StreamExt as _;
        require(ctx, Permission::Read)?;
        let only = site_id.map(|id| id_of(&id, "siteId")).transpose()?;
        let db = state(ctx).db.clone();
        let rx = state(ctx).events.subscribe();
        Ok(
            tokio_stream::wrappers::BroadcastStream::new(rx).filter_map(move |ev| {
                let db = db.clone();
                async move {
                    let Ok(crate::run::events::Event::Webhook { event_id, site_id }) = ev else {
                        return None;
                    };
                    if only.is_some() && only != site_id {
                        return None;
                    }
                    webhook_event::Entity::find_by_id(event_id)
                        .one(&db)
                        .await
                        .ok()
                        .flatten()
                        .map(WebhookEvent)
                }
            }),
        )
    }
}

/// Admin-only webhook details of a site: they contain its secret.
pub async fn site_webhook_url(ctx: &Context<'_>, s: &site::Model) -> GqlResult<String> {
    require(ctx, Permission::ManageConnections)?;
    registration::webhook_url(state(ctx), s).map_err(to_gql)
}

pub async fn site_signing_secret(ctx: &Context<'_>, s: &site::Model) -> GqlResult<String> {
    require(ctx, Permission::ManageConnections)?;
    let token = crate::connection::webhook_secret(state(ctx), s).map_err(to_gql)?;
    Ok(crate::trigger::signature::display_secret(&token))
}

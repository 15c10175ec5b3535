//! Triggers of `TRIGGER` schedules.

use async_graphql::{Context, Enum, ID, InputObject, Object};
use chrono::{DateTime, Utc};

use super::error::{GqlResult, ResultExt, id_of, require, state};
use crate::auth::Permission;
use crate::db::entity::trigger;
use crate::trigger as domain;

#[derive(Enum, Clone, Copy, PartialEq, Eq)]
pub enum TriggerKind {
    /// Tableau reports a workbook's extract refresh succeeded.
    WorkbookRefreshed,
    /// Tableau reports a data source's extract refresh succeeded.
    DatasourceRefreshed,
    /// A call to `POST /api/webhooks` naming the schedule.
    Custom,
}

impl From<TriggerKind> for domain::Kind {
    fn from(k: TriggerKind) -> Self {
        match k {
            TriggerKind::WorkbookRefreshed => domain::Kind::WorkbookRefreshed,
            TriggerKind::DatasourceRefreshed => domain::Kind::DatasourceRefreshed,
            TriggerKind::Custom => domain::Kind::Custom,
        }
    }
}

/// What makes a `TRIGGER` schedule run.
pub struct Trigger(pub trigger::Model);

#[Object]
impl Trigger {
    async fn id(&self) -> ID {
        self.0.id.into()
    }
    async fn schedule_id(&self) -> ID {
        self.0.schedule_id.into()
    }
    async fn kind(&self) -> TriggerKind {
        match domain::Kind::parse(&self.0.kind) {
            Some(domain::Kind::WorkbookRefreshed) => TriggerKind::WorkbookRefreshed,
            Some(domain::Kind::DatasourceRefreshed) => TriggerKind::DatasourceRefreshed,
            _ => TriggerKind::Custom,
        }
    }
    /// The workbook or data source LUID; empty for custom triggers.
    async fn resource_luid(&self) -> Option<&str> {
        self.0.resource_luid.as_deref()
    }
    async fn resource_name(&self) -> Option<&str> {
        self.0.resource_name.as_deref()
    }
    async fn enabled(&self) -> bool {
        self.0.enabled
    }
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
}

#[derive(InputObject)]
pub struct TriggerInput {
    pub kind: TriggerKind,
    /// Required for workbook and data source triggers.
    pub resource_luid: Option<String>,
    pub resource_name: Option<String>,
    #[graphql(default = true)]
    pub enabled: bool,
}

fn trigger_input(input: TriggerInput) -> domain::TriggerInput {
    domain::TriggerInput {
        kind: input.kind.into(),
        resource_luid: input.resource_luid,
        resource_name: input.resource_name,
        enabled: input.enabled,
    }
}

#[derive(Default)]
pub struct TriggerMutation;

#[Object]
impl TriggerMutation {
    /// Adds a trigger to a `TRIGGER` schedule that has at least one task.
    async fn create_trigger(
        &self,
        ctx: &Context<'_>,
        schedule_id: ID,
        input: TriggerInput,
    ) -> GqlResult<Trigger> {
        require(ctx, Permission::ManageSchedules)?;
        let schedule_id = id_of(&schedule_id, "scheduleId")?;
        let saved = domain::create_trigger(state(ctx), schedule_id, trigger_input(input))
            .await
            .map_err(|e| match e {
                crate::error::AppError::Validation { ref field, .. } if field == "scheduleId" => e,
                other => other.within("input"),
            })
            .gql()?;
        sync_later(state(ctx), schedule_id).await;
        Ok(Trigger(saved))
    }

    /// Replaces all of a schedule's triggers at once, then makes sure the
    /// site's webhooks on Tableau match (the result says whether they do).
    async fn save_triggers(
        &self,
        ctx: &Context<'_>,
        schedule_id: ID,
        triggers: Vec<TriggerInput>,
    ) -> GqlResult<TriggerSave> {
        require(ctx, Permission::ManageSchedules)?;
        let schedule_id = id_of(&schedule_id, "scheduleId")?;
        let inputs = triggers.into_iter().map(trigger_input).collect();
        let st = state(ctx);
        let saved = domain::save_triggers(st, schedule_id, inputs).await.gql()?;
        let site_id = site_of(st, schedule_id).await?;
        let registration = crate::trigger::registration::sync_site(st, site_id)
            .await
            .gql()?;
        Ok(TriggerSave {
            triggers: saved.into_iter().map(Trigger).collect(),
            registration: registration.into(),
        })
    }

    async fn set_trigger_enabled(
        &self,
        ctx: &Context<'_>,
        id: ID,
        enabled: bool,
    ) -> GqlResult<Trigger> {
        require(ctx, Permission::ManageSchedules)?;
        let saved = domain::set_trigger_enabled(state(ctx), id_of(&id, "id")?, enabled)
            .await
            .gql()?;
        sync_later(state(ctx), saved.schedule_id).await;
        Ok(Trigger(saved))
    }

    async fn delete_trigger(&self, ctx: &Context<'_>, id: ID) -> GqlResult<bool> {
        require(ctx, Permission::ManageSchedules)?;
        let schedule_id = domain::delete_trigger(state(ctx), id_of(&id, "id")?)
            .await
            .gql()?;
        sync_later(state(ctx), schedule_id).await;
        Ok(true)
    }
}

/// Saved triggers and the state of their webhooks on Tableau.
#[derive(async_graphql::SimpleObject)]
pub struct TriggerSave {
    pub triggers: Vec<Trigger>,
    pub registration: super::webhook::WebhookRegistration,
}

async fn site_of(st: &crate::state::AppState, schedule_id: i32) -> GqlResult<i32> {
    use sea_orm::EntityTrait as _;
    let s = crate::db::entity::schedule::Entity::find_by_id(schedule_id)
        .one(&st.db)
        .await
        .map_err(|e| super::error::to_gql(e.into()))?;
    s.map(|s| s.site_id).ok_or_else(|| {
        super::error::to_gql(crate::error::AppError::not_found("schedule", schedule_id))
    })
}

/// Re-registers the site's webhooks in the background; the outcome is
/// logged (and visible through `syncTableauWebhooks`).
async fn sync_later(st: &crate::state::AppState, schedule_id: i32) {
    let Ok(site_id) = site_of(st, schedule_id).await else {
        return;
    };
    let st = st.clone();
    tokio::spawn(async move {
        if let Err(e) = crate::trigger::registration::sync_site(&st, site_id).await {
            tracing::warn!(site_id, error = ?e, "webhook registration failed");
        }
    });
}

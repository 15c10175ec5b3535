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
        let saved = domain::create_trigger(state(ctx), schedule_id, trigger_input(input)).await;
        Ok(Trigger(
            saved
                .map_err(|e| match e {
                    crate::error::AppError::Validation { ref field, .. }
                        if field == "scheduleId" =>
                    {
                        e
                    }
                    other => other.within("input"),
                })
                .gql()?,
        ))
    }

    /// Replaces all of a schedule's triggers at once.
    async fn save_triggers(
        &self,
        ctx: &Context<'_>,
        schedule_id: ID,
        triggers: Vec<TriggerInput>,
    ) -> GqlResult<Vec<Trigger>> {
        require(ctx, Permission::ManageSchedules)?;
        let schedule_id = id_of(&schedule_id, "scheduleId")?;
        let inputs = triggers.into_iter().map(trigger_input).collect();
        Ok(domain::save_triggers(state(ctx), schedule_id, inputs)
            .await
            .gql()?
            .into_iter()
            .map(Trigger)
            .collect())
    }

    async fn set_trigger_enabled(
        &self,
        ctx: &Context<'_>,
        id: ID,
        enabled: bool,
    ) -> GqlResult<Trigger> {
        require(ctx, Permission::ManageSchedules)?;
        Ok(Trigger(
            domain::set_trigger_enabled(state(ctx), id_of(&id, "id")?, enabled)
                .await
                .gql()?,
        ))
    }

    async fn delete_trigger(&self, ctx: &Context<'_>, id: ID) -> GqlResult<bool> {
        require(ctx, Permission::ManageSchedules)?;
        domain::delete_trigger(state(ctx), id_of(&id, "id")?)
            .await
            .gql()?;
        Ok(true)
    }
}

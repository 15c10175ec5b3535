//! Saving triggers: what makes a `TRIGGER` schedule run.

use chrono::Utc;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, Set,
    TransactionTrait,
};

use crate::db::entity::{schedule, task, trigger};
use crate::error::{AppError, AppResult};
use crate::schedule::Kind as ScheduleKind;
use crate::state::AppState;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    WorkbookRefreshed,
    DatasourceRefreshed,
    Custom,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::WorkbookRefreshed => "WORKBOOK_REFRESHED",
            Kind::DatasourceRefreshed => "DATASOURCE_REFRESHED",
            Kind::Custom => "CUSTOM",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        [
            Kind::WorkbookRefreshed,
            Kind::DatasourceRefreshed,
            Kind::Custom,
        ]
        .into_iter()
        .find(|k| k.as_str() == text)
    }
}

#[derive(Clone, Debug)]
pub struct TriggerInput {
    pub kind: Kind,
    pub resource_luid: Option<String>,
    pub resource_name: Option<String>,
    pub enabled: bool,
}

/// The schedule must exist, be a `TRIGGER` schedule, and have a task:
/// a trigger on a schedule that delivers nothing would fire into the void.
async fn check_schedule(db: &impl ConnectionTrait, schedule_id: i32) -> AppResult<schedule::Model> {
    let found = schedule::Entity::find_by_id(schedule_id)
        .one(db)
        .await?
        .ok_or_else(|| {
            AppError::invalid(
                "scheduleId",
                format!("schedule {schedule_id} does not exist"),
            )
        })?;
    if ScheduleKind::of(&found) != ScheduleKind::Trigger {
        return Err(AppError::invalid(
            "scheduleId",
            format!(
                "'{}' is a TIME schedule; only TRIGGER schedules have triggers",
                found.name
            ),
        ));
    }
    let tasks = task::Entity::find()
        .filter(task::Column::ScheduleId.eq(schedule_id))
        .count(db)
        .await?;
    if tasks == 0 {
        return Err(AppError::invalid(
            "scheduleId",
            format!(
                "'{}' has no task yet; add a task before its triggers",
                found.name
            ),
        ));
    }
    Ok(found)
}

fn check(input: &TriggerInput) -> AppResult<Option<String>> {
    match (input.kind, input.resource_luid.as_deref().map(str::trim)) {
        (Kind::Custom, None | Some("")) => Ok(None),
        (Kind::Custom, Some(_)) => Err(AppError::invalid(
            "resourceLuid",
            "a custom trigger names no Tableau resource",
        )),
        (_, None | Some("")) => Err(AppError::invalid(
            "resourceLuid",
            "name the workbook or data source (its LUID)",
        )),
        (_, Some(luid)) => uuid::Uuid::parse_str(luid)
            .map(|u| Some(u.hyphenated().to_string()))
            .map_err(|_| {
                AppError::invalid(
                    "resourceLuid",
                    format!("'{luid}' is not a Tableau LUID (a UUID)"),
                )
            }),
    }
}

fn model(schedule_id: i32, input: &TriggerInput, luid: Option<String>) -> trigger::ActiveModel {
    trigger::ActiveModel {
        schedule_id: Set(schedule_id),
        kind: Set(input.kind.as_str().into()),
        resource_luid: Set(luid),
        resource_name: Set(input
            .resource_name
            .as_ref()
            .map(|n| n.trim().to_string())
            .filter(|n| !n.is_empty())),
        enabled: Set(input.enabled),
        created_at: Set(Utc::now()),
        ..Default::default()
    }
}

pub async fn create_trigger(
    state: &AppState,
    schedule_id: i32,
    input: TriggerInput,
) -> AppResult<trigger::Model> {
    let txn = state.db.begin().await?;
    check_schedule(&txn, schedule_id).await?;
    let luid = check(&input)?;
    let mut same = trigger::Entity::find()
        .filter(trigger::Column::ScheduleId.eq(schedule_id))
        .filter(trigger::Column::Kind.eq(input.kind.as_str()));
    same = match &luid {
        Some(l) => same.filter(trigger::Column::ResourceLuid.eq(l.clone())),
        None => same.filter(trigger::Column::ResourceLuid.is_null()),
    };
    if same.count(&txn).await? > 0 {
        return Err(AppError::Conflict(
            "the schedule already has this trigger".into(),
        ));
    }
    let saved = model(schedule_id, &input, luid).insert(&txn).await?;
    txn.commit().await?;
    tracing::info!(trigger_id = saved.id, schedule_id, kind = %saved.kind, "trigger created");
    Ok(saved)
}

/// Replaces a schedule's triggers with `inputs`, all or nothing.
pub async fn save_triggers(
    state: &AppState,
    schedule_id: i32,
    inputs: Vec<TriggerInput>,
) -> AppResult<Vec<trigger::Model>> {
    let txn = state.db.begin().await?;
    check_schedule(&txn, schedule_id).await?;
    let mut checked = Vec::new();
    for (i, input) in inputs.iter().enumerate() {
        let luid = check(input).map_err(|e| e.within(&format!("triggers.{i}")))?;
        if checked
            .iter()
            .any(|(k, l, _): &(Kind, Option<String>, _)| *k == input.kind && *l == luid)
        {
            return Err(AppError::invalid(format!("triggers.{i}"), "appears twice"));
        }
        checked.push((input.kind, luid, input));
    }
    trigger::Entity::delete_many()
        .filter(trigger::Column::ScheduleId.eq(schedule_id))
        .exec(&txn)
        .await?;
    let mut saved = Vec::new();
    for (_, luid, input) in checked {
        saved.push(model(schedule_id, input, luid).insert(&txn).await?);
    }
    txn.commit().await?;
    tracing::info!(schedule_id, count = saved.len(), "triggers saved");
    Ok(saved)
}

pub async fn set_trigger_enabled(
    state: &AppState,
    id: i32,
    enabled: bool,
) -> AppResult<trigger::Model> {
    let found = trigger::Entity::find_by_id(id)
        .one(&state.db)
        .await?
        .ok_or_else(|| AppError::not_found("trigger", id))?;
    let mut active: trigger::ActiveModel = found.into();
    active.enabled = Set(enabled);
    Ok(active.update(&state.db).await?)
}

/// Deletes a trigger; returns its schedule's id.
pub async fn delete_trigger(state: &AppState, id: i32) -> AppResult<i32> {
    let found = trigger::Entity::find_by_id(id)
        .one(&state.db)
        .await?
        .ok_or_else(|| AppError::not_found("trigger", id))?;
    trigger::Entity::delete_by_id(id).exec(&state.db).await?;
    Ok(found.schedule_id)
}

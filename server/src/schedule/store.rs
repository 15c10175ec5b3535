//! Saving schedules and keeping their stored next fire time right.

use chrono::{DateTime, NaiveDate, NaiveTime, Utc};
use chrono_tz::Tz;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, Set,
    TransactionTrait,
};

use super::rule::{self, TimeRule};
use crate::db::entity::{schedule, site, task, task_mailing_list, task_view, trigger};
use crate::error::{AppError, AppResult};
use crate::state::AppState;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Time,
    Trigger,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Time => "TIME",
            Kind::Trigger => "TRIGGER",
        }
    }

    pub fn of(model: &schedule::Model) -> Kind {
        if model.kind == "TRIGGER" {
            Kind::Trigger
        } else {
            Kind::Time
        }
    }
}

pub struct ScheduleInput {
    pub site_id: i32,
    pub name: String,
    pub description: String,
    pub kind: Kind,
    pub enabled: bool,
    pub timezone: String,
    pub start_date: Option<NaiveDate>,
    pub end_date: Option<NaiveDate>,
    /// Required for `TIME`, refused for `TRIGGER`.
    pub rule: Option<Result<TimeRule, AppError>>,
}

/// The next time a `TIME` schedule fires after `now`, within its dates.
pub fn next_fire_time(model: &schedule::Model, now: DateTime<Utc>) -> Option<DateTime<Utc>> {
    if !model.enabled || Kind::of(model) != Kind::Time {
        return None;
    }
    let tz: Tz = model.timezone.parse().ok()?;
    let rule: TimeRule = serde_json::from_value(model.rule.clone()?).ok()?;
    compute_next(&rule, tz, model.start_date, model.end_date, now)
}

fn compute_next(
    rule: &TimeRule,
    tz: Tz,
    start: Option<NaiveDate>,
    end: Option<NaiveDate>,
    now: DateTime<Utc>,
) -> Option<DateTime<Utc>> {
    let mut after = now;
    if let Some(start) = start {
        // Just before local midnight of the start date, so a time at 00:00 counts.
        let begin =
            rule::resolve(tz, start.and_time(NaiveTime::MIN)) - chrono::Duration::seconds(1);
        after = after.max(begin);
    }
    let next = rule.next_after(tz, after)?;
    if let Some(end) = end
        && next.with_timezone(&tz).date_naive() > end
    {
        return None;
    }
    Some(next)
}

struct Checked {
    name: String,
    timezone: Tz,
    rule: Option<TimeRule>,
}

async fn check(
    db: &impl ConnectionTrait,
    input: ScheduleInput,
) -> AppResult<(Checked, ScheduleInput)> {
    let name = input.name.trim().to_string();
    if name.is_empty() {
        return Err(AppError::invalid("name", "must not be empty"));
    }
    if name.chars().count() > 200 {
        return Err(AppError::invalid("name", "must be at most 200 characters"));
    }
    site::Entity::find_by_id(input.site_id)
        .one(db)
        .await?
        .ok_or_else(|| {
            AppError::invalid("siteId", format!("site {} does not exist", input.site_id))
        })?;
    let timezone =
        rule::parse_timezone(&input.timezone).map_err(|r| AppError::invalid("timezone", r))?;
    if let (Some(start), Some(end)) = (input.start_date, input.end_date)
        && end < start
    {
        return Err(AppError::invalid(
            "endDate",
            format!("{end} is before the start date {start}"),
        ));
    }
    let mut input = input;
    let rule = match (input.kind, input.rule.take()) {
        (Kind::Time, None) => {
            return Err(AppError::invalid(
                "rule",
                "a TIME schedule needs a time rule",
            ));
        }
        (Kind::Time, Some(rule)) => Some(rule?),
        (Kind::Trigger, None) => None,
        (Kind::Trigger, Some(_)) => {
            return Err(AppError::invalid(
                "rule",
                "a TRIGGER schedule runs on triggers, not on a time rule; remove the rule or use kind TIME",
            ));
        }
    };
    Ok((
        Checked {
            name,
            timezone,
            rule,
        },
        input,
    ))
}

fn apply(
    active: &mut schedule::ActiveModel,
    c: Checked,
    input: &ScheduleInput,
    now: DateTime<Utc>,
) -> AppResult<()> {
    let next = match (&c.rule, input.enabled) {
        (Some(rule), true) => compute_next(rule, c.timezone, input.start_date, input.end_date, now),
        _ => None,
    };
    active.site_id = Set(input.site_id);
    active.name = Set(c.name);
    active.description = Set(input.description.trim().to_string());
    active.kind = Set(input.kind.as_str().into());
    active.enabled = Set(input.enabled);
    active.timezone = Set(c.timezone.name().to_string());
    active.start_date = Set(input.start_date);
    active.end_date = Set(input.end_date);
    active.rule = Set(c.rule.map(serde_json::to_value).transpose()?);
    active.next_fire_at = Set(next);
    active.updated_at = Set(now);
    Ok(())
}

pub async fn create_schedule(state: &AppState, input: ScheduleInput) -> AppResult<schedule::Model> {
    let (checked, input) = check(&state.db, input).await?;
    let now = state.clock.now();
    let mut active = schedule::ActiveModel {
        created_at: Set(now),
        ..Default::default()
    };
    apply(&mut active, checked, &input, now)?;
    let saved = active.insert(&state.db).await?;
    tracing::info!(schedule_id = saved.id, kind = %saved.kind, "schedule created");
    Ok(saved)
}

pub async fn update_schedule(
    state: &AppState,
    id: i32,
    input: ScheduleInput,
) -> AppResult<schedule::Model> {
    let txn = state.db.begin().await?;
    let found = schedule::Entity::find_by_id(id)
        .one(&txn)
        .await?
        .ok_or_else(|| AppError::not_found("schedule", id))?;
    if input.kind == Kind::Time {
        let triggers = trigger::Entity::find()
            .filter(trigger::Column::ScheduleId.eq(id))
            .count(&txn)
            .await?;
        if triggers > 0 {
            return Err(AppError::invalid(
                "kind",
                format!(
                    "the schedule has {triggers} trigger(s); remove them before making it a TIME schedule"
                ),
            ));
        }
    }
    let (checked, input) = check(&txn, input).await?;
    let mut active: schedule::ActiveModel = found.into();
    apply(&mut active, checked, &input, state.clock.now())?;
    let saved = active.update(&txn).await?;
    txn.commit().await?;
    Ok(saved)
}

pub async fn set_enabled(state: &AppState, id: i32, enabled: bool) -> AppResult<schedule::Model> {
    let found = schedule::Entity::find_by_id(id)
        .one(&state.db)
        .await?
        .ok_or_else(|| AppError::not_found("schedule", id))?;
    let mut model = found.clone();
    model.enabled = enabled;
    let next = next_fire_time(&model, state.clock.now());
    let mut active: schedule::ActiveModel = found.into();
    active.enabled = Set(enabled);
    active.next_fire_at = Set(next);
    active.updated_at = Set(state.clock.now());
    let saved = active.update(&state.db).await?;
    tracing::info!(schedule_id = id, enabled, "schedule switched");
    Ok(saved)
}

pub async fn delete_schedule(state: &AppState, id: i32) -> AppResult<()> {
    let res = schedule::Entity::delete_by_id(id).exec(&state.db).await?;
    if res.rows_affected == 0 {
        return Err(AppError::not_found("schedule", id));
    }
    Ok(())
}

/// Copies a schedule with its tasks, views, lists and triggers. The copy
/// starts disabled, so it cannot send anything before someone looks at it.
pub async fn duplicate_schedule(state: &AppState, id: i32) -> AppResult<schedule::Model> {
    let txn = state.db.begin().await?;
    let original = schedule::Entity::find_by_id(id)
        .one(&txn)
        .await?
        .ok_or_else(|| AppError::not_found("schedule", id))?;
    let now = state.clock.now();
    let mut copy = original.clone();
    copy.name = format!("{} (copy)", original.name);
    copy.enabled = false;
    copy.next_fire_at = None;
    copy.created_at = now;
    copy.updated_at = now;
    let mut active: schedule::ActiveModel = copy.into();
    active.id = sea_orm::ActiveValue::NotSet;
    let saved = active.insert(&txn).await?;
    let tasks = task::Entity::find()
        .filter(task::Column::ScheduleId.eq(id))
        .all(&txn)
        .await?;
    for t in tasks {
        let old_id = t.id;
        let mut new_task: task::ActiveModel = task::Model {
            schedule_id: saved.id,
            created_at: now,
            updated_at: now,
            ..t
        }
        .into();
        new_task.id = sea_orm::ActiveValue::NotSet;
        let new_task = new_task.insert(&txn).await?;
        for v in task_view::Entity::find()
            .filter(task_view::Column::TaskId.eq(old_id))
            .all(&txn)
            .await?
        {
            let mut nv: task_view::ActiveModel = task_view::Model {
                task_id: new_task.id,
                ..v
            }
            .into();
            nv.id = sea_orm::ActiveValue::NotSet;
            nv.insert(&txn).await?;
        }
        for l in task_mailing_list::Entity::find()
            .filter(task_mailing_list::Column::TaskId.eq(old_id))
            .all(&txn)
            .await?
        {
            task_mailing_list::ActiveModel {
                task_id: Set(new_task.id),
                list_id: Set(l.list_id),
            }
            .insert(&txn)
            .await?;
        }
    }
    for tr in trigger::Entity::find()
        .filter(trigger::Column::ScheduleId.eq(id))
        .all(&txn)
        .await?
    {
        let mut nt: trigger::ActiveModel = trigger::Model {
            schedule_id: saved.id,
            created_at: now,
            ..tr
        }
        .into();
        nt.id = sea_orm::ActiveValue::NotSet;
        nt.insert(&txn).await?;
    }
    txn.commit().await?;
    tracing::info!(schedule_id = saved.id, from = id, "schedule duplicated");
    Ok(saved)
}

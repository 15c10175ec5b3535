//! Schedules and their time rules.

use async_graphql::{Context, Enum, ID, InputObject, Object, SimpleObject, dataloader::DataLoader};
use chrono::{DateTime, NaiveDate, Utc};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};

use super::connection::Site;
use super::error::{GqlResult, ResultExt, id_of, loader_err, require, state, to_gql};
use super::loaders::{Db, LastRunOf, SiteId, TasksOf, TriggersOf};
use super::page::{Page, PageInput, SortDirection, fetch, name_contains};
use super::rule::{TimeRuleInput, TimeRuleValue, rule_of, rule_value, stored_rule};
use super::run::Run;
use super::task::Task;
use super::trigger::Trigger;
use crate::auth::Permission;
use crate::db::entity::schedule;
use crate::error::AppError;
use crate::schedule as domain;

#[derive(Enum, Clone, Copy, PartialEq, Eq)]
pub enum ScheduleKind {
    /// Runs on a time rule.
    Time,
    /// Runs when a trigger fires.
    Trigger,
}

/// When and how deliveries happen.
pub struct Schedule(pub schedule::Model);

#[Object]
impl Schedule {
    async fn id(&self) -> ID {
        self.0.id.into()
    }
    async fn name(&self) -> &str {
        &self.0.name
    }
    async fn description(&self) -> &str {
        &self.0.description
    }
    async fn kind(&self) -> ScheduleKind {
        match domain::Kind::of(&self.0) {
            domain::Kind::Time => ScheduleKind::Time,
            domain::Kind::Trigger => ScheduleKind::Trigger,
        }
    }
    async fn enabled(&self) -> bool {
        self.0.enabled
    }
    /// IANA timezone the rule is read in.
    async fn timezone(&self) -> &str {
        &self.0.timezone
    }
    async fn start_date(&self) -> Option<NaiveDate> {
        self.0.start_date
    }
    async fn end_date(&self) -> Option<NaiveDate> {
        self.0.end_date
    }
    /// The time rule of a `TIME` schedule.
    async fn rule(&self) -> Option<TimeRuleValue> {
        stored_rule(&self.0).map(rule_value)
    }
    /// The rule in words.
    async fn rule_description(&self) -> Option<String> {
        stored_rule(&self.0).map(|r| format!("{} ({})", r.describe(), self.0.timezone))
    }
    /// When it fires next; empty when disabled, ended or trigger-based.
    async fn next_fire_at(&self) -> Option<DateTime<Utc>> {
        self.0.next_fire_at
    }
    async fn site(&self, ctx: &Context<'_>) -> GqlResult<Site> {
        let loader = ctx.data_unchecked::<DataLoader<Db>>();
        let found = loader
            .load_one(SiteId(self.0.site_id))
            .await
            .map_err(loader_err)?;
        found
            .map(Site)
            .ok_or_else(|| to_gql(AppError::not_found("site", self.0.site_id)))
    }
    /// Tasks in delivery order.
    async fn tasks(&self, ctx: &Context<'_>) -> GqlResult<Vec<Task>> {
        let loader = ctx.data_unchecked::<DataLoader<Db>>();
        let rows = loader
            .load_one(TasksOf(self.0.id))
            .await
            .map_err(loader_err)?
            .unwrap_or_default();
        Ok(rows.into_iter().map(Task).collect())
    }
    async fn triggers(&self, ctx: &Context<'_>) -> GqlResult<Vec<Trigger>> {
        let loader = ctx.data_unchecked::<DataLoader<Db>>();
        let rows = loader
            .load_one(TriggersOf(self.0.id))
            .await
            .map_err(loader_err)?
            .unwrap_or_default();
        Ok(rows.into_iter().map(Trigger).collect())
    }
    /// The most recent run, if any.
    async fn last_run(&self, ctx: &Context<'_>) -> GqlResult<Option<Run>> {
        let loader = ctx.data_unchecked::<DataLoader<Db>>();
        Ok(loader
            .load_one(LastRunOf(self.0.id))
            .await
            .map_err(loader_err)?
            .map(Run))
    }
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
    async fn updated_at(&self) -> DateTime<Utc> {
        self.0.updated_at
    }
}

#[derive(InputObject)]
pub struct ScheduleInput {
    pub site_id: ID,
    pub name: String,
    #[graphql(default)]
    pub description: String,
    pub kind: ScheduleKind,
    #[graphql(default = true)]
    pub enabled: bool,
    /// IANA name such as Europe/Amsterdam.
    #[graphql(default = "UTC")]
    pub timezone: String,
    pub start_date: Option<NaiveDate>,
    pub end_date: Option<NaiveDate>,
    /// Required for `TIME` schedules; leave out for `TRIGGER`.
    pub rule: Option<TimeRuleInput>,
}

fn schedule_input(input: ScheduleInput) -> GqlResult<domain::ScheduleInput> {
    Ok(domain::ScheduleInput {
        site_id: id_of(&input.site_id, "input.siteId")?,
        name: input.name,
        description: input.description,
        kind: match input.kind {
            ScheduleKind::Time => domain::Kind::Time,
            ScheduleKind::Trigger => domain::Kind::Trigger,
        },
        enabled: input.enabled,
        timezone: input.timezone,
        start_date: input.start_date,
        end_date: input.end_date,
        rule: input.rule.map(|r| rule_of(r).map_err(|e| e.within("rule"))),
    })
}

#[derive(InputObject, Default)]
pub struct ScheduleFilter {
    /// Part of the name, any case.
    pub search: Option<String>,
    pub site_id: Option<ID>,
    pub enabled: Option<bool>,
    pub kind: Option<ScheduleKind>,
}

#[derive(Enum, Clone, Copy, PartialEq, Eq)]
pub enum ScheduleSortField {
    Name,
    NextFireAt,
    CreatedAt,
    UpdatedAt,
}

#[derive(InputObject)]
pub struct ScheduleOrder {
    pub field: ScheduleSortField,
    #[graphql(default)]
    pub direction: SortDirection,
}

/// One upcoming fire time, in UTC and on the schedule's clock.
#[derive(SimpleObject)]
pub struct FireTime {
    pub at: DateTime<Utc>,
    /// The same instant as local wall-clock time with its offset.
    pub local: String,
}

/// The next fire times of a rule, before it is saved.
#[derive(SimpleObject)]
pub struct RulePreview {
    pub description: String,
    pub times: Vec<FireTime>,
}

#[derive(Default)]
pub struct ScheduleQuery;

#[Object]
impl ScheduleQuery {
    async fn schedules(
        &self,
        ctx: &Context<'_>,
        filter: Option<ScheduleFilter>,
        order_by: Option<ScheduleOrder>,
        page: Option<PageInput>,
    ) -> GqlResult<Page<Schedule>> {
        require(ctx, Permission::Read)?;
        let filter = filter.unwrap_or_default();
        let mut q = schedule::Entity::find();
        if let Some(s) = filter.search.filter(|s| !s.is_empty()) {
            q = q.filter(name_contains(schedule::Column::Name, &s));
        }
        if let Some(id) = filter.site_id {
            q = q.filter(schedule::Column::SiteId.eq(id_of(&id, "filter.siteId")?));
        }
        if let Some(enabled) = filter.enabled {
            q = q.filter(schedule::Column::Enabled.eq(enabled));
        }
        if let Some(kind) = filter.kind {
            q = q.filter(schedule::Column::Kind.eq(if kind == ScheduleKind::Time {
                "TIME"
            } else {
                "TRIGGER"
            }));
        }
        let order = order_by.unwrap_or(ScheduleOrder {
            field: ScheduleSortField::Name,
            direction: SortDirection::Asc,
        });
        let column = match order.field {
            ScheduleSortField::Name => schedule::Column::Name,
            ScheduleSortField::NextFireAt => schedule::Column::NextFireAt,
            ScheduleSortField::CreatedAt => schedule::Column::CreatedAt,
            ScheduleSortField::UpdatedAt => schedule::Column::UpdatedAt,
        };
        q = q
            .order_by(column, order.direction.order())
            .order_by_asc(schedule::Column::Id);
        fetch(&state(ctx).db, q, page, Schedule).await
    }

    async fn schedule(&self, ctx: &Context<'_>, id: ID) -> GqlResult<Schedule> {
        require(ctx, Permission::Read)?;
        let id = id_of(&id, "id")?;
        let found = schedule::Entity::find_by_id(id)
            .one(&state(ctx).db)
            .await
            .map_err(|e| to_gql(e.into()))?;
        found
            .map(Schedule)
            .ok_or_else(|| to_gql(AppError::not_found("schedule", id)))
    }

    /// The next `count` fire times of a rule (at most 50), so a form can
    /// show them before saving. `after` defaults to now.
    async fn preview_time_rule(
        &self,
        ctx: &Context<'_>,
        rule: TimeRuleInput,
        timezone: String,
        #[graphql(default = 5)] count: i32,
        after: Option<DateTime<Utc>>,
    ) -> GqlResult<RulePreview> {
        require(ctx, Permission::Read)?;
        if !(1..=50).contains(&count) {
            return Err(to_gql(AppError::invalid(
                "count",
                "must be between 1 and 50",
            )));
        }
        let rule = rule_of(rule).gql_at("rule")?;
        let tz = domain::rule::parse_timezone(&timezone)
            .map_err(|r| to_gql(AppError::invalid("timezone", r)))?;
        let after = after.unwrap_or_else(|| state(ctx).clock.now());
        let times = rule
            .preview(tz, after, count as usize)
            .into_iter()
            .map(|at| FireTime {
                at,
                local: at.with_timezone(&tz).to_rfc3339(),
            })
            .collect();
        Ok(RulePreview {
            description: format!("{} ({timezone})", rule.describe()),
            times,
        })
    }
}

#[derive(Default)]
pub struct ScheduleMutation;

#[Object]
impl ScheduleMutation {
    async fn create_schedule(
        &self,
        ctx: &Context<'_>,
        input: ScheduleInput,
    ) -> GqlResult<Schedule> {
        require(ctx, Permission::ManageSchedules)?;
        let input = schedule_input(input)?;
        Ok(Schedule(
            domain::create_schedule(state(ctx), input)
                .await
                .gql_at("input")?,
        ))
    }

    async fn update_schedule(
        &self,
        ctx: &Context<'_>,
        id: ID,
        input: ScheduleInput,
    ) -> GqlResult<Schedule> {
        require(ctx, Permission::ManageSchedules)?;
        let id = id_of(&id, "id")?;
        let input = schedule_input(input)?;
        Ok(Schedule(
            domain::update_schedule(state(ctx), id, input)
                .await
                .gql_at("input")?,
        ))
    }

    /// Deletes a schedule with its tasks, triggers and run history.
    async fn delete_schedule(&self, ctx: &Context<'_>, id: ID) -> GqlResult<bool> {
        require(ctx, Permission::ManageSchedules)?;
        domain::delete_schedule(state(ctx), id_of(&id, "id")?)
            .await
            .gql()?;
        Ok(true)
    }

    async fn enable_schedule(&self, ctx: &Context<'_>, id: ID) -> GqlResult<Schedule> {
        require(ctx, Permission::ManageSchedules)?;
        Ok(Schedule(
            domain::set_enabled(state(ctx), id_of(&id, "id")?, true)
                .await
                .gql()?,
        ))
    }

    async fn disable_schedule(&self, ctx: &Context<'_>, id: ID) -> GqlResult<Schedule> {
        require(ctx, Permission::ManageSchedules)?;
        Ok(Schedule(
            domain::set_enabled(state(ctx), id_of(&id, "id")?, false)
                .await
                .gql()?,
        ))
    }

    /// Copies a schedule with its tasks and triggers; the copy is disabled.
    async fn duplicate_schedule(&self, ctx: &Context<'_>, id: ID) -> GqlResult<Schedule> {
        require(ctx, Permission::ManageSchedules)?;
        Ok(Schedule(
            domain::duplicate_schedule(state(ctx), id_of(&id, "id")?)
                .await
                .gql()?,
        ))
    }
}

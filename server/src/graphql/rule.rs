//! Time rules in the API: presets and cron, as input (exactly one kind) and
//! as stored, converted to and from the domain's validated `TimeRule`.

use async_graphql::{Enum, InputObject, OneofObject, SimpleObject, Union};

use crate::db::entity::schedule;
use crate::error::AppError;
use crate::schedule::{self as domain, DaySet, MonthDay, TimeRule};

#[derive(Enum, Clone, Copy, PartialEq, Eq)]
pub enum Days {
    Weekdays,
    Weekends,
    All,
}

#[derive(Enum, Clone, Copy, PartialEq, Eq)]
pub enum Weekday {
    Mon,
    Tue,
    Wed,
    Thu,
    Fri,
    Sat,
    Sun,
}

const WEEKDAYS: [(Weekday, chrono::Weekday); 7] = [
    (Weekday::Mon, chrono::Weekday::Mon),
    (Weekday::Tue, chrono::Weekday::Tue),
    (Weekday::Wed, chrono::Weekday::Wed),
    (Weekday::Thu, chrono::Weekday::Thu),
    (Weekday::Fri, chrono::Weekday::Fri),
    (Weekday::Sat, chrono::Weekday::Sat),
    (Weekday::Sun, chrono::Weekday::Sun),
];

/// Every hour at a minute, between two hours, on some days.
#[derive(SimpleObject, InputObject, Clone)]
#[graphql(input_name = "HourlyRuleInput")]
pub struct HourlyRule {
    pub minute: i32,
    pub from_hour: i32,
    pub to_hour: i32,
    pub days: Days,
}

/// On some days of the week at a time.
#[derive(SimpleObject, InputObject, Clone)]
#[graphql(input_name = "WeeklyRuleInput")]
pub struct WeeklyRule {
    pub weekdays: Vec<Weekday>,
    /// HH:MM, 24-hour clock, in the schedule's timezone.
    pub time: String,
}

/// Monthly (or quarterly) on day N, or on the first workday (Monday–Friday).
#[derive(SimpleObject, InputObject, Clone)]
#[graphql(input_name = "MonthlyRuleInput")]
#[graphql(name = "MonthlyRule")]
pub struct MonthlyRule {
    /// 1–31; in shorter months the last day. Leave out for the first workday.
    pub day_of_month: Option<i32>,
    #[graphql(default)]
    pub first_workday: bool,
    pub time: String,
}

/// In January, April, July and October, as a monthly rule would.
#[derive(SimpleObject, InputObject, Clone)]
#[graphql(input_name = "QuarterlyRuleInput")]
pub struct QuarterlyRule {
    pub day_of_month: Option<i32>,
    #[graphql(default)]
    pub first_workday: bool,
    pub time: String,
}

/// A standard five-field cron expression (minute hour day month weekday).
#[derive(SimpleObject, InputObject, Clone)]
#[graphql(input_name = "CronRuleInput")]
pub struct CronRule {
    pub expression: String,
}

/// A time rule, as stored.
#[derive(Union)]
pub enum TimeRuleValue {
    Hourly(HourlyRule),
    Weekly(WeeklyRule),
    Monthly(MonthlyRule),
    Quarterly(QuarterlyRule),
    Cron(CronRule),
}

/// Exactly one kind of time rule.
#[derive(OneofObject, Clone)]
pub enum TimeRuleInput {
    Hourly(HourlyRule),
    Weekly(WeeklyRule),
    Monthly(MonthlyRule),
    Quarterly(QuarterlyRule),
    Cron(CronRule),
}

fn month_day(day: Option<i32>, first_workday: bool) -> Result<MonthDay, AppError> {
    match (day, first_workday) {
        (None, true) => Ok(MonthDay::FirstWorkday),
        (Some(d), false) => Ok(MonthDay::Day(u32::try_from(d).unwrap_or(0))),
        (Some(_), true) => Err(AppError::invalid(
            "dayOfMonth",
            "give a day of the month or firstWorkday, not both",
        )),
        (None, false) => Err(AppError::invalid(
            "dayOfMonth",
            "give a day of the month or set firstWorkday",
        )),
    }
}

fn time(text: &str) -> Result<chrono::NaiveTime, AppError> {
    domain::rule::parse_time(text).map_err(|r| AppError::invalid("time", r))
}

/// Turns an input into a validated rule; errors carry `rule.<kind>.<field>`.
pub fn rule_of(input: TimeRuleInput) -> Result<TimeRule, AppError> {
    let u = |v: i32| u32::try_from(v).unwrap_or(u32::MAX);
    let (kind, built) = match input {
        TimeRuleInput::Hourly(h) => {
            let days = match h.days {
                Days::Weekdays => DaySet::Weekdays,
                Days::Weekends => DaySet::Weekends,
                Days::All => DaySet::All,
            };
            (
                "hourly",
                Ok(TimeRule::Hourly {
                    minute: u(h.minute),
                    from_hour: u(h.from_hour),
                    to_hour: u(h.to_hour),
                    days,
                }),
            )
        }
        TimeRuleInput::Weekly(w) => {
            let days = w
                .weekdays
                .iter()
                .filter_map(|d| WEEKDAYS.iter().find(|(g, _)| g == d).map(|(_, c)| *c))
                .collect();
            (
                "weekly",
                time(&w.time).map(|time| TimeRule::Weekly { days, time }),
            )
        }
        TimeRuleInput::Monthly(m) => (
            "monthly",
            month_day(m.day_of_month, m.first_workday).and_then(|day| {
                Ok(TimeRule::Monthly {
                    day,
                    time: time(&m.time)?,
                })
            }),
        ),
        TimeRuleInput::Quarterly(q) => (
            "quarterly",
            month_day(q.day_of_month, q.first_workday).and_then(|day| {
                Ok(TimeRule::Quarterly {
                    day,
                    time: time(&q.time)?,
                })
            }),
        ),
        TimeRuleInput::Cron(c) => (
            "cron",
            Ok(TimeRule::Cron {
                expression: c.expression.trim().to_string(),
            }),
        ),
    };
    let rule = built.map_err(|e| e.within(kind))?;
    rule.validated().map_err(|e| {
        let field = if e.field == "days" && kind == "weekly" {
            "weekdays"
        } else if e.field == "day" {
            "dayOfMonth"
        } else {
            e.field
        };
        AppError::invalid(format!("{kind}.{field}"), e.reason)
    })
}

pub fn rule_value(rule: TimeRule) -> TimeRuleValue {
    let hhmm = |t: chrono::NaiveTime| t.format("%H:%M").to_string();
    let md = |d: MonthDay| match d {
        MonthDay::Day(n) => (Some(n as i32), false),
        MonthDay::FirstWorkday => (None, true),
    };
    match rule {
        TimeRule::Hourly {
            minute,
            from_hour,
            to_hour,
            days,
        } => TimeRuleValue::Hourly(HourlyRule {
            minute: minute as i32,
            from_hour: from_hour as i32,
            to_hour: to_hour as i32,
            days: match days {
                DaySet::Weekdays => Days::Weekdays,
                DaySet::Weekends => Days::Weekends,
                DaySet::All => Days::All,
            },
        }),
        TimeRule::Weekly { days, time } => TimeRuleValue::Weekly(WeeklyRule {
            weekdays: days
                .iter()
                .filter_map(|d| WEEKDAYS.iter().find(|(_, c)| c == d).map(|(g, _)| *g))
                .collect(),
            time: hhmm(time),
        }),
        TimeRule::Monthly { day, time } => {
            let (day_of_month, first_workday) = md(day);
            TimeRuleValue::Monthly(MonthlyRule {
                day_of_month,
                first_workday,
                time: hhmm(time),
            })
        }
        TimeRule::Quarterly { day, time } => {
            let (day_of_month, first_workday) = md(day);
            TimeRuleValue::Quarterly(QuarterlyRule {
                day_of_month,
                first_workday,
                time: hhmm(time),
            })
        }
        TimeRule::Cron { expression } => TimeRuleValue::Cron(CronRule { expression }),
    }
}

pub fn stored_rule(model: &schedule::Model) -> Option<TimeRule> {
    model
        .rule
        .clone()
        .and_then(|r| serde_json::from_value(r).ok())
}

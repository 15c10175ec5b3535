//! Time rules and their fire times, computed on the schedule's local clock
//! and converted to UTC with the IANA rules of its timezone.
//!
//! Daylight saving: a local time that does not exist (the hour skipped in
//! spring) fires when the clock jumps forward; a local time that happens
//! twice (the hour repeated in autumn) fires once, at its first occurrence.

use chrono::{
    DateTime, Datelike, Duration, LocalResult, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Utc,
    Weekday,
};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

use super::cron::CronExpr;

/// Which days an hourly rule runs on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DaySet {
    Weekdays,
    Weekends,
    All,
}

/// The day of the month a monthly or quarterly rule runs on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MonthDay {
    /// Day N; in shorter months, the last day.
    Day(u32),
    /// The first Monday–Friday of the month.
    FirstWorkday,
}

/// A validated rule, stored as JSON on the schedule.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum TimeRule {
    Hourly {
        minute: u32,
        from_hour: u32,
        to_hour: u32,
        days: DaySet,
    },
    Weekly {
        days: Vec<Weekday>,
        time: NaiveTime,
    },
    Monthly {
        day: MonthDay,
        time: NaiveTime,
    },
    Quarterly {
        day: MonthDay,
        time: NaiveTime,
    },
    Cron {
        expression: String,
    },
}

/// Why a rule was refused: the field (relative to the rule) and the reason.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{field}: {reason}")]
pub struct RuleError {
    pub field: &'static str,
    pub reason: String,
}

fn err(field: &'static str, reason: impl Into<String>) -> RuleError {
    RuleError {
        field,
        reason: reason.into(),
    }
}

/// Parses "HH:MM" (24-hour clock).
pub fn parse_time(text: &str) -> Result<NaiveTime, String> {
    NaiveTime::parse_from_str(text, "%H:%M")
        .map_err(|_| format!("'{text}' is not a time of day as HH:MM (00:00 to 23:59)"))
}

/// Parses an IANA timezone name such as "Europe/Amsterdam".
pub fn parse_timezone(name: &str) -> Result<Tz, String> {
    name.parse::<Tz>()
        .map_err(|_| format!("'{name}' is not an IANA timezone such as Europe/Amsterdam"))
}

impl TimeRule {
    /// Checks the values a rule was built with; the only way rules are made
    /// from user input.
    pub fn validated(self) -> Result<Self, RuleError> {
        match &self {
            TimeRule::Hourly {
                minute,
                from_hour,
                to_hour,
                ..
            } => {
                if *minute > 59 {
                    return Err(err("minute", format!("{minute} is outside 0-59")));
                }
                if *from_hour > 23 {
                    return Err(err("fromHour", format!("{from_hour} is outside 0-23")));
                }
                if *to_hour > 23 {
                    return Err(err("toHour", format!("{to_hour} is outside 0-23")));
                }
                if from_hour > to_hour {
                    return Err(err("toHour", "must not be before fromHour"));
                }
            }
            TimeRule::Weekly { days, .. } if days.is_empty() => {
                return Err(err("days", "choose at least one day of the week"));
            }
            TimeRule::Monthly {
                day: MonthDay::Day(d),
                ..
            }
            | TimeRule::Quarterly {
                day: MonthDay::Day(d),
                ..
            } if !(1..=31).contains(d) => {
                return Err(err("day", format!("{d} is outside 1-31")));
            }
            TimeRule::Cron { expression } => {
                CronExpr::parse(expression).map_err(|reason| err("expression", reason))?;
            }
            _ => {}
        }
        Ok(self)
    }

    /// The first fire time strictly after `after`.
    pub fn next_after(&self, tz: Tz, after: DateTime<Utc>) -> Option<DateTime<Utc>> {
        let cron = match self {
            TimeRule::Cron { expression } => Some(CronExpr::parse(expression).ok()?),
            _ => None,
        };
        // Start a day early: a local time on the previous date can still lie
        // after `after` in UTC when the zone is behind UTC.
        let start = after.with_timezone(&tz).date_naive().pred_opt()?;
        // Eight years covers the rarest rule (29 February on a given weekday).
        for date in start.iter_days().take(366 * 8) {
            let mut best: Option<DateTime<Utc>> = None;
            for time in self.times_on(date, cron.as_ref()) {
                let at = resolve(tz, date.and_time(time));
                if at > after && best.is_none_or(|b| at < b) {
                    best = Some(at);
                }
            }
            if best.is_some() {
                return best;
            }
        }
        None
    }

    /// The next `count` fire times after `after`.
    pub fn preview(&self, tz: Tz, after: DateTime<Utc>, count: usize) -> Vec<DateTime<Utc>> {
        let mut out = Vec::with_capacity(count);
        let mut cursor = after;
        while out.len() < count {
            match self.next_after(tz, cursor) {
                Some(t) => {
                    out.push(t);
                    cursor = t;
                }
                None => break,
            }
        }
        out
    }

    fn times_on(&self, date: NaiveDate, cron: Option<&CronExpr>) -> Vec<NaiveTime> {
        let hm = |h: u32, m: u32| NaiveTime::from_hms_opt(h, m, 0);
        match self {
            TimeRule::Hourly {
                minute,
                from_hour,
                to_hour,
                days,
            } => {
                let weekend = matches!(date.weekday(), Weekday::Sat | Weekday::Sun);
                let on = match days {
                    DaySet::All => true,
                    DaySet::Weekdays => !weekend,
                    DaySet::Weekends => weekend,
                };
                if !on {
                    return vec![];
                }
                (*from_hour..=*to_hour)
                    .filter_map(|h| hm(h, *minute))
                    .collect()
            }
            TimeRule::Weekly { days, time } => {
                if days.contains(&date.weekday()) {
                    vec![*time]
                } else {
                    vec![]
                }
            }
            TimeRule::Monthly { day, time } => {
                if day_matches(*day, date) {
                    vec![*time]
                } else {
                    vec![]
                }
            }
            TimeRule::Quarterly { day, time } => {
                if date.month() % 3 == 1 && day_matches(*day, date) {
                    vec![*time]
                } else {
                    vec![]
                }
            }
            TimeRule::Cron { .. } => match cron {
                Some(expr) if expr.matches_date(date) => {
                    expr.times().filter_map(|(h, m)| hm(h, m)).collect()
                }
                _ => vec![],
            },
        }
    }

    /// A sentence a person can check the rule against.
    pub fn describe(&self) -> String {
        let hhmm = |t: &NaiveTime| t.format("%H:%M").to_string();
        let month_day = |d: &MonthDay| match d {
            MonthDay::Day(n) => format!("on day {n}"),
            MonthDay::FirstWorkday => "on the first workday".to_string(),
        };
        match self {
            TimeRule::Hourly {
                minute,
                from_hour,
                to_hour,
                days,
            } => {
                let days = match days {
                    DaySet::All => "every day",
                    DaySet::Weekdays => "on weekdays",
                    DaySet::Weekends => "on weekends",
                };
                format!(
                    "Every hour at minute {minute} from {from_hour:02}:00 to {to_hour:02}:59, {days}"
                )
            }
            TimeRule::Weekly { days, time } => {
                let names: Vec<String> = days.iter().map(|d| format!("{d:?}")).collect();
                format!("Every {} at {}", names.join(", "), hhmm(time))
            }
            TimeRule::Monthly { day, time } => {
                format!("Monthly {} at {}", month_day(day), hhmm(time))
            }
            TimeRule::Quarterly { day, time } => format!(
                "Quarterly (January, April, July, October) {} at {}",
                month_day(day),
                hhmm(time)
            ),
            TimeRule::Cron { expression } => format!("Cron expression '{expression}'"),
        }
    }
}

fn day_matches(day: MonthDay, date: NaiveDate) -> bool {
    match day {
        MonthDay::Day(n) => date.day() == n.min(days_in_month(date)),
        MonthDay::FirstWorkday => {
            let first = date.with_day(1).unwrap_or(date);
            let first_workday = first
                .iter_days()
                .find(|d| !matches!(d.weekday(), Weekday::Sat | Weekday::Sun))
                .unwrap_or(first);
            date == first_workday
        }
    }
}

fn days_in_month(date: NaiveDate) -> u32 {
    let (y, m) = if date.month() == 12 {
        (date.year() + 1, 1)
    } else {
        (date.year(), date.month() + 1)
    };
    NaiveDate::from_ymd_opt(y, m, 1)
        .and_then(|d| d.pred_opt())
        .map_or(31, |d| d.day())
}

/// Maps a local wall-clock time to UTC under the module's DST policy.
pub fn resolve(tz: Tz, local: NaiveDateTime) -> DateTime<Utc> {
    match tz.from_local_datetime(&local) {
        LocalResult::Single(t) => t.with_timezone(&Utc),
        LocalResult::Ambiguous(first, _) => first.with_timezone(&Utc),
        LocalResult::None => {
            // Walk forward to the first minute that exists: the moment of the jump.
            (1..=24 * 60)
                .find_map(|m| {
                    tz.from_local_datetime(&(local + Duration::minutes(m)))
                        .earliest()
                })
                .map_or_else(|| Utc.from_utc_datetime(&local), |t| t.with_timezone(&Utc))
        }
    }
}

#[cfg(test)]
#[path = "rule_tests.rs"]
mod tests;

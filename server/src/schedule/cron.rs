//! Standard five-field cron expressions (minute hour day-of-month month
//! day-of-week), evaluated on local wall-clock time.
//!
//! Hand-written rather than borrowed: common crates number weekdays from
//! Sunday = 1 and require a seconds field, which would silently shift
//! `1-5` from Monday–Friday to Sunday–Thursday for anyone used to crontab.

use chrono::{Datelike, NaiveDate};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CronExpr {
    minutes: Vec<u32>,
    hours: Vec<u32>,
    days: Vec<u32>,
    months: Vec<u32>,
    weekdays: Vec<u32>,
    days_restricted: bool,
    weekdays_restricted: bool,
}

const MONTHS: [&str; 12] = [
    "JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC",
];
const WEEKDAYS: [&str; 7] = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"];

impl CronExpr {
    pub fn parse(text: &str) -> Result<Self, String> {
        let fields: Vec<&str> = text.split_whitespace().collect();
        if fields.len() != 5 {
            return Err(format!(
                "expected 5 fields (minute hour day-of-month month day-of-week), got {}",
                fields.len()
            ));
        }
        let minutes = field(fields[0], "minute", 0, 59, &[])?;
        let hours = field(fields[1], "hour", 0, 23, &[])?;
        let days = field(fields[2], "day-of-month", 1, 31, &[])?;
        let months = field(fields[3], "month", 1, 12, &MONTHS)?;
        // 7 is accepted as a second name for Sunday, as crontab does.
        let mut weekdays: Vec<u32> = field(fields[4], "day-of-week", 0, 7, &WEEKDAYS)?
            .into_iter()
            .map(|d| d % 7)
            .collect();
        weekdays.sort_unstable();
        weekdays.dedup();
        Ok(Self {
            minutes,
            hours,
            days,
            months,
            weekdays,
            days_restricted: !fields[2].starts_with('*'),
            weekdays_restricted: !fields[4].starts_with('*'),
        })
    }

    /// Whether the expression fires on this date (times are checked apart).
    /// When both day fields are restricted either may match, as in crontab.
    pub fn matches_date(&self, date: NaiveDate) -> bool {
        if !self.months.contains(&date.month()) {
            return false;
        }
        let dom = self.days.contains(&date.day());
        let dow = self
            .weekdays
            .contains(&date.weekday().num_days_from_sunday());
        match (self.days_restricted, self.weekdays_restricted) {
            (true, true) => dom || dow,
            (true, false) => dom,
            (false, true) => dow,
            (false, false) => true,
        }
    }

    /// The (hour, minute) pairs of a matching day, in order.
    pub fn times(&self) -> impl Iterator<Item = (u32, u32)> + '_ {
        self.hours
            .iter()
            .flat_map(move |h| self.minutes.iter().map(move |m| (*h, *m)))
    }
}

fn field(text: &str, name: &str, min: u32, max: u32, names: &[&str]) -> Result<Vec<u32>, String> {
    let mut out = Vec::new();
    for part in text.split(',') {
        let (range, step) = match part.split_once('/') {
            Some((range, step)) => {
                let step: u32 = step
                    .parse()
                    .ok()
                    .filter(|s| *s > 0)
                    .ok_or_else(|| format!("{name}: step '{step}' is not a positive number"))?;
                (range, step)
            }
            None => (part, 1),
        };
        let (lo, hi) = if range == "*" {
            (min, max)
        } else if let Some((a, b)) = range.split_once('-') {
            (
                value(a, name, min, max, names)?,
                value(b, name, min, max, names)?,
            )
        } else {
            let v = value(range, name, min, max, names)?;
            // "5/15" means from 5 to the end in steps of 15.
            (v, if part.contains('/') { max } else { v })
        };
        if lo > hi {
            return Err(format!("{name}: range {lo}-{hi} runs backwards"));
        }
        out.extend((lo..=hi).step_by(step as usize));
    }
    out.sort_unstable();
    out.dedup();
    Ok(out)
}

fn value(text: &str, name: &str, min: u32, max: u32, names: &[&str]) -> Result<u32, String> {
    let upper = text.to_ascii_uppercase();
    if let Some(i) = names.iter().position(|n| *n == upper) {
        // Month names start at 1, weekday names at 0 (Sunday).
        return Ok(i as u32 + min);
    }
    let v: u32 = text
        .parse()
        .map_err(|_| format!("{name}: '{text}' is not a number"))?;
    if v < min || v > max {
        return Err(format!("{name}: {v} is outside {min}-{max}"));
    }
    Ok(v)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn weekdays_count_from_sunday_zero_like_crontab() {
        let expr = CronExpr::parse("0 8 * * 1-5").unwrap();
        assert!(expr.matches_date(date(2026, 12, 7))); // Monday
        assert!(!expr.matches_date(date(2026, 12, 6))); // Sunday
        assert!(
            CronExpr::parse("0 8 * * 7")
                .unwrap()
                .matches_date(date(2026, 12, 6))
        );
    }

    #[test]
    fn steps_lists_and_names_expand() {
        let expr = CronExpr::parse("*/20 9,17 1 JAN-mar *").unwrap();
        let times: Vec<_> = expr.times().collect();
        assert_eq!(
            times,
            vec![(9, 0), (9, 20), (9, 40), (17, 0), (17, 20), (17, 40)]
        );
        assert!(expr.matches_date(date(2027, 2, 1)));
        assert!(!expr.matches_date(date(2027, 4, 1)));
    }

    #[test]
    fn restricted_day_fields_match_either() {
        let expr = CronExpr::parse("0 0 13 * FRI").unwrap();
        assert!(expr.matches_date(date(2026, 12, 13))); // the 13th, a Sunday
        assert!(expr.matches_date(date(2026, 12, 4))); // a Friday
        assert!(!expr.matches_date(date(2026, 12, 5)));
    }

    #[test]
    fn errors_say_which_field_is_wrong() {
        assert_eq!(
            CronExpr::parse("61 * * * *").unwrap_err(),
            "minute: 61 is outside 0-59"
        );
        assert!(CronExpr::parse("* * *").unwrap_err().contains("got 3"));
        assert!(
            CronExpr::parse("* * * * MOO")
                .unwrap_err()
                .starts_with("day-of-week")
        );
        assert!(CronExpr::parse("*/0 * * * *").unwrap_err().contains("step"));
    }
}

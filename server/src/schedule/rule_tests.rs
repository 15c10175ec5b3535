#![allow(clippy::unwrap_used)]
use super::*;

fn utc(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
}

fn t(s: &str) -> NaiveTime {
    parse_time(s).unwrap()
}

fn rfc(times: &[DateTime<Utc>]) -> Vec<String> {
    times.iter().map(|t| t.to_rfc3339()).collect()
}

const AMS: Tz = chrono_tz::Europe::Amsterdam;

#[test]
fn daily_0230_in_amsterdam_fires_at_the_jump_in_spring_and_once_in_autumn() {
    let all = vec![
        Weekday::Mon,
        Weekday::Tue,
        Weekday::Wed,
        Weekday::Thu,
        Weekday::Fri,
        Weekday::Sat,
        Weekday::Sun,
    ];
    let rule = TimeRule::Weekly {
        days: all,
        time: t("02:30"),
    };
    // 2027-03-28: clocks go 02:00 -> 03:00, so 02:30 does not exist.
    let spring = rule.preview(AMS, utc("2027-03-26T12:00:00Z"), 3);
    assert_eq!(
        rfc(&spring),
        [
            "2027-03-27T01:30:00+00:00",
            "2027-03-28T01:00:00+00:00",
            "2027-03-29T00:30:00+00:00"
        ]
    );
    // 2027-10-31: clocks go 03:00 -> 02:00, so 02:30 happens twice; fire once.
    let autumn = rule.preview(AMS, utc("2027-10-29T12:00:00Z"), 3);
    assert_eq!(
        rfc(&autumn),
        [
            "2027-10-30T00:30:00+00:00",
            "2027-10-31T00:30:00+00:00",
            "2027-11-01T01:30:00+00:00"
        ]
    );
}

#[test]
fn monthly_first_workday_skips_weekends() {
    let rule = TimeRule::Monthly {
        day: MonthDay::FirstWorkday,
        time: t("07:00"),
    };
    let times = rule.preview(chrono_tz::UTC, utc("2027-04-15T00:00:00Z"), 3);
    // 1 May 2027 is a Saturday, 1 June a Tuesday, 1 August a Sunday.
    assert_eq!(
        rfc(&times),
        [
            "2027-05-03T07:00:00+00:00",
            "2027-06-01T07:00:00+00:00",
            "2027-07-01T07:00:00+00:00"
        ]
    );
}

#[test]
fn monthly_day_31_falls_on_the_last_day_of_short_months() {
    let rule = TimeRule::Monthly {
        day: MonthDay::Day(31),
        time: t("09:00"),
    };
    let times = rule.preview(chrono_tz::UTC, utc("2027-01-31T10:00:00Z"), 2);
    assert_eq!(
        rfc(&times),
        ["2027-02-28T09:00:00+00:00", "2027-03-31T09:00:00+00:00"]
    );
}

#[test]
fn quarterly_runs_in_the_first_month_of_each_quarter() {
    let rule = TimeRule::Quarterly {
        day: MonthDay::Day(2),
        time: t("06:00"),
    };
    let times = rule.preview(chrono_tz::UTC, utc("2027-02-01T00:00:00Z"), 2);
    assert_eq!(
        rfc(&times),
        ["2027-04-02T06:00:00+00:00", "2027-07-02T06:00:00+00:00"]
    );
}

#[test]
fn hourly_on_weekdays_stays_within_its_hours() {
    let rule = TimeRule::Hourly {
        minute: 15,
        from_hour: 8,
        to_hour: 9,
        days: DaySet::Weekdays,
    };
    // Friday 2027-01-01 evening: next are Monday 08:15 and 09:15.
    let times = rule.preview(chrono_tz::UTC, utc("2027-01-01T20:00:00Z"), 3);
    assert_eq!(
        rfc(&times),
        [
            "2027-01-04T08:15:00+00:00",
            "2027-01-04T09:15:00+00:00",
            "2027-01-05T08:15:00+00:00"
        ]
    );
}

#[test]
fn cron_runs_in_the_schedule_timezone() {
    let rule = TimeRule::Cron {
        expression: "0 8 * * 1-5".into(),
    };
    let ny = chrono_tz::America::New_York;
    let times = rule.preview(ny, utc("2027-01-01T00:00:00Z"), 1);
    assert_eq!(rfc(&times), ["2027-01-01T13:00:00+00:00"]);
}

#[test]
fn invalid_rules_name_the_field() {
    let e = TimeRule::Hourly {
        minute: 5,
        from_hour: 10,
        to_hour: 9,
        days: DaySet::All,
    }
    .validated()
    .unwrap_err();
    assert_eq!(e.field, "toHour");
    let e = TimeRule::Cron {
        expression: "0 25 * * *".into(),
    }
    .validated()
    .unwrap_err();
    assert_eq!(e.to_string(), "expression: hour: 25 is outside 0-23");
    assert!(parse_timezone("Mars/Olympus").unwrap_err().contains("IANA"));
    assert!(parse_time("25:00").is_err());
}

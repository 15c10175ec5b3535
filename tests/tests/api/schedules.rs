//! Schedules: validation, stored next fire times, DST-correct previews,
//! enabling, duplicating, and the cost of a page.

use serde_json::{Value, json};
use vizpost_tests::setup;
use vizpost_tests::{TestApp, data, error_of, on_both_databases};

const CREATE: &str = "mutation($i: ScheduleInput!) { createSchedule(input: $i) { id nextFireAt } }";

async fn refused(app: &TestApp, input: Value) -> (String, Option<String>, String) {
    let token = app.admin_token().await;
    let resp = app.gql(Some(&token), CREATE, json!({ "i": input })).await;
    let (code, field) = error_of(&resp);
    (
        code,
        field,
        resp["errors"][0]["message"]
            .as_str()
            .unwrap_or_default()
            .to_string(),
    )
}

async fn invalid_schedules_are_refused_with_the_field_and_reason(app: TestApp) {
    let (_, site) = setup::server_and_site(&app, &[]).await;
    let base = setup::schedule_input(&site, "Daily", "TIME");

    let mut cron = base.clone();
    cron["rule"] = json!({ "cron": { "expression": "0 25 * * *" } });
    let (code, field, message) = refused(&app, cron).await;
    assert_eq!(
        (code.as_str(), field.as_deref()),
        ("VALIDATION_FAILED", Some("input.rule.cron.expression"))
    );
    assert!(message.contains("hour: 25 is outside 0-23"), "{message}");

    let mut tz = base.clone();
    tz["timezone"] = json!("Europe/Amsterdamm");
    let (_, field, message) = refused(&app, tz).await;
    assert_eq!(field.as_deref(), Some("input.timezone"));
    assert!(message.contains("not an IANA timezone"), "{message}");

    let mut dates = base.clone();
    dates["startDate"] = json!("2027-03-01");
    dates["endDate"] = json!("2027-02-01");
    let (_, field, message) = refused(&app, dates).await;
    assert_eq!(field.as_deref(), Some("input.endDate"));
    assert!(message.contains("before the start date"), "{message}");

    let mut hours = base.clone();
    hours["rule"] =
        json!({ "hourly": { "minute": 0, "fromHour": 18, "toHour": 8, "days": "WEEKDAYS" } });
    assert_eq!(
        refused(&app, hours).await.1.as_deref(),
        Some("input.rule.hourly.toHour")
    );

    let mut no_rule = base.clone();
    no_rule.as_object_mut().unwrap().remove("rule");
    assert_eq!(
        refused(&app, no_rule).await.1.as_deref(),
        Some("input.rule")
    );

    let mut trigger_with_rule = base.clone();
    trigger_with_rule["kind"] = json!("TRIGGER");
    assert_eq!(
        refused(&app, trigger_with_rule).await.1.as_deref(),
        Some("input.rule")
    );

    let listed = app.admin("{ schedules { totalCount } }", json!({})).await;
    assert_eq!(
        listed["schedules"]["totalCount"], 0,
        "a refused schedule leaves nothing behind"
    );
}

async fn triggers_need_a_trigger_schedule_with_a_task(app: TestApp) {
    let (_, site) = setup::server_and_site(&app, &[]).await;
    let token = app.admin_token().await;
    let add = "mutation($s: ID!, $i: TriggerInput!) { createTrigger(scheduleId: $s, input: $i) { id kind resourceLuid } }";
    let workbook = json!({ "kind": "WORKBOOK_REFRESHED", "resourceLuid": setup::WORKBOOK, "resourceName": "Sales" });

    let timed = setup::schedule(&app, &site, "Timed", "TIME").await;
    setup::task(&app, &timed, &["ann@example.com"]).await;
    let resp = app
        .gql(Some(&token), add, json!({ "s": timed, "i": workbook }))
        .await;
    assert_eq!(
        error_of(&resp),
        ("VALIDATION_FAILED".into(), Some("scheduleId".into()))
    );
    assert!(
        resp["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("TIME schedule")
    );

    let triggered = setup::schedule(&app, &site, "On refresh", "TRIGGER").await;
    let resp = app
        .gql(Some(&token), add, json!({ "s": triggered, "i": workbook }))
        .await;
    assert!(
        resp["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("no task yet"),
        "{resp}"
    );

    setup::task(&app, &triggered, &["ann@example.com"]).await;
    let no_luid = app
        .gql(
            Some(&token),
            add,
            json!({ "s": triggered, "i": { "kind": "DATASOURCE_REFRESHED" } }),
        )
        .await;
    assert_eq!(error_of(&no_luid).1.as_deref(), Some("input.resourceLuid"));
    data(
        app.gql(Some(&token), add, json!({ "s": triggered, "i": workbook }))
            .await,
    );
    let saved = app
        .admin(
            "mutation($s: ID!, $t: [TriggerInput!]!) { saveTriggers(scheduleId: $s, triggers: $t) { triggers { kind } registration { ok message } } }",
            json!({ "s": triggered, "t": [workbook, { "kind": "CUSTOM" }] }),
        )
        .await;
    assert_eq!(
        saved["saveTriggers"]["triggers"],
        json!([{ "kind": "WORKBOOK_REFRESHED" }, { "kind": "CUSTOM" }])
    );
    // Tableau is unreachable here: the triggers are saved, and the answer says
    // why their webhooks are not.
    let registration = &saved["saveTriggers"]["registration"];
    assert_eq!(registration["ok"], false);
    assert!(
        registration["message"]
            .as_str()
            .unwrap()
            .contains("connection refused")
    );
    let made_time = app
        .gql(
            Some(&token),
            "mutation($id: ID!, $i: ScheduleInput!) { updateSchedule(id: $id, input: $i) { id } }",
            json!({ "id": triggered, "i": setup::schedule_input(&site, "On refresh", "TIME") }),
        )
        .await;
    assert_eq!(error_of(&made_time).1.as_deref(), Some("input.kind"));
}

fn times(resp: &Value) -> Vec<String> {
    resp["previewTimeRule"]["times"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["at"].as_str().unwrap().to_string())
        .collect()
}

const PREVIEW: &str = "query($r: TimeRuleInput!, $tz: String!, $after: DateTime) {
    previewTimeRule(rule: $r, timezone: $tz, count: 3, after: $after) { description times { at local } } }";

async fn previews_follow_daylight_saving_time(app: TestApp) {
    let daily = json!({ "weekly": { "weekdays": ["MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"], "time": "02:30" } });
    let spring = app
        .admin(
            PREVIEW,
            json!({ "r": daily, "tz": "Europe/Amsterdam", "after": "2027-03-26T12:00:00Z" }),
        )
        .await;
    // 28 March 2027: 02:00 jumps to 03:00, so 02:30 fires at the jump (01:00 UTC).
    assert_eq!(
        times(&spring),
        [
            "2027-03-27T01:30:00+00:00",
            "2027-03-28T01:00:00+00:00",
            "2027-03-29T00:30:00+00:00"
        ]
    );
    assert_eq!(
        spring["previewTimeRule"]["times"][2]["local"],
        "2027-03-29T02:30:00+02:00"
    );
    let autumn = app
        .admin(
            PREVIEW,
            json!({ "r": daily, "tz": "Europe/Amsterdam", "after": "2027-10-29T12:00:00Z" }),
        )
        .await;
    // 31 October 2027: 02:30 happens twice; the schedule fires once.
    assert_eq!(
        times(&autumn),
        [
            "2027-10-30T00:30:00+00:00",
            "2027-10-31T00:30:00+00:00",
            "2027-11-01T01:30:00+00:00"
        ]
    );

    let first_workday = json!({ "monthly": { "firstWorkday": true, "time": "07:00" } });
    let monthly = app.admin(PREVIEW, json!({ "r": first_workday, "tz": "Europe/Amsterdam", "after": "2027-04-15T00:00:00Z" })).await;
    // 1 May 2027 is a Saturday: the first workday is Monday 3 May.
    assert_eq!(
        times(&monthly),
        [
            "2027-05-03T05:00:00+00:00",
            "2027-06-01T05:00:00+00:00",
            "2027-07-01T05:00:00+00:00"
        ]
    );
    assert!(
        monthly["previewTimeRule"]["description"]
            .as_str()
            .unwrap()
            .contains("first workday")
    );

    let token = app.admin_token().await;
    let bad = app
        .gql(
            Some(&token),
            PREVIEW,
            json!({ "r": { "monthly": { "time": "07:00" } }, "tz": "UTC" }),
        )
        .await;
    assert_eq!(error_of(&bad).1.as_deref(), Some("rule.monthly.dayOfMonth"));
}

async fn the_next_fire_time_is_stored_and_follows_enabling(app: TestApp) {
    let (_, site) = setup::server_and_site(&app, &[]).await;
    // The test clock stands at Monday 2027-01-04 09:00 UTC (10:00 in Amsterdam).
    let created = app
        .admin(
            CREATE,
            json!({ "i": setup::schedule_input(&site, "Daily", "TIME") }),
        )
        .await;
    let id = created["createSchedule"]["id"]
        .as_str()
        .unwrap()
        .to_string();
    assert_eq!(
        created["createSchedule"]["nextFireAt"],
        "2027-01-06T07:30:00+00:00"
    );
    let off = app
        .admin(
            "mutation($id: ID!) { disableSchedule(id: $id) { enabled nextFireAt } }",
            json!({ "id": id }),
        )
        .await;
    assert_eq!(
        off["disableSchedule"],
        json!({ "enabled": false, "nextFireAt": null })
    );
    let on = app
        .admin(
            "mutation($id: ID!) { enableSchedule(id: $id) { nextFireAt } }",
            json!({ "id": id }),
        )
        .await;
    assert_eq!(
        on["enableSchedule"]["nextFireAt"],
        "2027-01-06T07:30:00+00:00"
    );

    setup::task(&app, &id, &["ann@example.com"]).await;
    let copy = app
        .admin("mutation($id: ID!) { duplicateSchedule(id: $id) { name enabled tasks { name views { viewName } } } }", json!({ "id": id }))
        .await;
    assert_eq!(copy["duplicateSchedule"]["name"], "Daily (copy)");
    assert_eq!(copy["duplicateSchedule"]["enabled"], false);
    assert_eq!(
        copy["duplicateSchedule"]["tasks"][0]["views"]
            .as_array()
            .unwrap()
            .len(),
        2
    );

    let found = app
        .admin(
            "{ schedules(filter: { search: \"COPY\" }, orderBy: { field: NAME, direction: DESC }) { totalCount items { name } } }",
            json!({}),
        )
        .await;
    assert_eq!(found["schedules"]["totalCount"], 1);
}

async fn start_and_end_dates_bound_the_fire_times(app: TestApp) {
    let (_, site) = setup::server_and_site(&app, &[]).await;
    let mut later = setup::schedule_input(&site, "Later", "TIME");
    later["startDate"] = json!("2027-02-01");
    let created = app.admin(CREATE, json!({ "i": later })).await;
    // 1 February 2027 is a Monday: the first fire is that day at 08:30.
    assert_eq!(
        created["createSchedule"]["nextFireAt"],
        "2027-02-01T07:30:00+00:00"
    );
    let mut ended = setup::schedule_input(&site, "Ended", "TIME");
    ended["endDate"] = json!("2027-01-05");
    let created = app.admin(CREATE, json!({ "i": ended })).await;
    assert_eq!(
        created["createSchedule"]["nextFireAt"],
        json!(null),
        "Wednesday is past the end date"
    );
}

async fn queries_nested_too_deep_are_refused(app: TestApp) {
    let token = app.admin_token().await;
    let deep = "{ sites { items { server { sites { server { sites { server { sites { server { sites { server { sites { server { name } } } } } } } } } } } } } }";
    let resp = app.gql(Some(&token), deep, json!({})).await;
    let message = resp["errors"][0]["message"].as_str().unwrap_or_default();
    assert!(message.contains("nested too deep"), "{resp}");
}

const PAGE: &str = "query($limit: Int!) { schedules(page: { limit: $limit }, orderBy: { field: NEXT_FIRE_AT }) {
    totalCount items { id name nextFireAt ruleDescription site { name server { name } }
      tasks { name recipients views { viewName format } mailingLists { name } } triggers { kind } lastRun { status } } } }";

async fn a_page_of_schedules_costs_the_same_queries_for_ten_or_a_hundred(app: TestApp) {
    let (_, site) = setup::server_and_site(&app, &[]).await;
    for i in 0..100 {
        let id = setup::schedule(&app, &site, &format!("Schedule {i:03}"), "TIME").await;
        setup::task(&app, &id, &["ann@example.com"]).await;
    }
    let token = app.admin_token().await;
    let mut cost = Vec::new();
    for limit in [10, 100] {
        // The scheduler and workers poll the same database once a second, so
        // one try can count their queries too; the least of several tries is
        // the page's own cost.
        let mut least = u64::MAX;
        for _ in 0..5 {
            let before = app.queries();
            let resp = data(app.gql(Some(&token), PAGE, json!({ "limit": limit })).await);
            least = least.min(app.queries() - before);
            assert_eq!(
                resp["schedules"]["items"].as_array().unwrap().len(),
                limit as usize
            );
            assert_eq!(
                resp["schedules"]["items"][0]["tasks"][0]["views"]
                    .as_array()
                    .unwrap()
                    .len(),
                2
            );
        }
        cost.push(least);
    }
    // One query per nested level, whatever the page size. A slow machine can
    // split a level's batch in two, hence the small allowance; without
    // batching, 100 schedules would cost hundreds of queries.
    assert!(
        cost[1] <= cost[0] + 2,
        "queries for 10 vs 100 schedules: {cost:?}"
    );
    assert!(cost[1] <= 13, "a page costs {} queries", cost[1]);
}

on_both_databases!(
    start_and_end_dates_bound_the_fire_times,
    queries_nested_too_deep_are_refused,
    invalid_schedules_are_refused_with_the_field_and_reason,
    triggers_need_a_trigger_schedule_with_a_task,
    previews_follow_daylight_saving_time,
    the_next_fire_time_is_stored_and_follows_enabling,
    a_page_of_schedules_costs_the_same_queries_for_ten_or_a_hundred,
);

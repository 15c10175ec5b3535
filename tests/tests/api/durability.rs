//! Crashes, replicas and live status: runs survive a killed process, two
//! replicas never execute a run twice, and subscribers see progress.

use std::collections::BTreeMap;
use std::time::Duration;

use futures_util::{SinkExt, StreamExt};
use serde_json::{Value, json};
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;
use vizpost_sims::smtp::SmtpSink;
use vizpost_sims::tableau::{self as sim, Fault, SimConfig, TableauSim};
use vizpost_tests::engine::{EngineApp, spawn_engine, two_view_task, use_connected_app};
use vizpost_tests::process::{VizpostProcess, demo_pat};
use vizpost_tests::{Backend, TestApp, data, fresh_database, spawn_app_on, test_env};

async fn killed_mid_run_then_restarted_every_recipient_gets_exactly_one_email(backend: Backend) {
    let sim = TableauSim::start(SimConfig::demo()).await.unwrap();
    let sink = SmtpSink::start().await.unwrap();
    let data_dir = std::env::temp_dir().join(format!("vizpost-kill-{}", uuid::Uuid::new_v4()));
    std::fs::create_dir_all(&data_dir).unwrap();
    let db = fresh_database(backend, &data_dir).await;
    let env = test_env(
        &db,
        &data_dir,
        &[
            ("VIZPOST_SMTP_URL", &sink.url()),
            ("VIZPOST_RUN_LEASE_SECONDS", "2"),
            ("VIZPOST_WORKERS", "1"),
        ],
    );
    let first = VizpostProcess::start(&env, &data_dir);
    let token = first.login().await;
    let q = |query: &'static str, vars: Value| {
        let (p, t) = (&first, token.clone());
        async move { data(p.gql(Some(&t), query, vars).await) }
    };
    let site_id = first
        .register_demo_site(&token, &sim.base_url(), demo_pat())
        .await;
    let list = q(
        "mutation { createMailingList(input: { name: \"Everyone\" }) { id } }",
        json!({}),
    )
    .await;
    let list_id = list["createMailingList"]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let csv: String = std::iter::once("email;name;filter_Region".to_string())
        .chain((0..200).map(|i| format!("m{i:03}@example.com;Member {i};R{i}")))
        .collect::<Vec<_>>()
        .join("\n");
    let imported = q(
        "mutation($l: ID!, $c: String!) { importMailingListCsv(listId: $l, csv: $c) { added } }",
        json!({ "l": list_id, "c": csv }),
    )
    .await;
    assert_eq!(imported["importMailingListCsv"]["added"], 200);
    let schedule = q(
        "mutation($i: ScheduleInput!) { createSchedule(input: $i) { id } }",
        json!({ "i": { "siteId": site_id, "name": "Big", "kind": "TRIGGER" } }),
    )
    .await;
    let schedule_id = schedule["createSchedule"]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let mut task = two_view_task(&[], &[&list_id]);
    task["views"] = json!([task["views"][1].clone()]);
    q(
        "mutation($s: ID!, $i: TaskInput!) { createTask(scheduleId: $s, input: $i) { id } }",
        json!({ "s": schedule_id, "i": task }),
    )
    .await;

    // Every member needs their own export; slow them down so the kill lands mid-run.
    sim.inject(Fault::latency("/image", Duration::from_millis(25), 10_000));
    let run = q(
        "mutation($id: ID!) { runScheduleNow(id: $id) { id } }",
        json!({ "id": schedule_id }),
    )
    .await;
    let run_id = run["runScheduleNow"]["id"].as_str().unwrap().to_string();
    let deadline = tokio::time::Instant::now() + Duration::from_secs(60);
    while sim
        .requests()
        .iter()
        .filter(|r| r.path.ends_with("/image"))
        .count()
        < 60
    {
        assert!(
            tokio::time::Instant::now() < deadline,
            "the run did not get going"
        );
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    first.kill();
    let before = sink.messages().len();
    assert!(
        (50..200).contains(&before),
        "killed mid-run after {before} emails"
    );

    let second = VizpostProcess::start(&env, &data_dir);
    let token = second.login().await;
    let deadline = tokio::time::Instant::now() + Duration::from_secs(90);
    let finished = loop {
        let r = data(
            second
                .gql(
                    Some(&token),
                    "query($id: ID!) { run(id: $id) { status sent total } }",
                    json!({ "id": run_id }),
                )
                .await,
        );
        if r["run"]["status"] == "SUCCEEDED"
            || r["run"]["status"] == "FAILED"
            || r["run"]["status"] == "PARTIALLY_FAILED"
        {
            break r;
        }
        assert!(
            tokio::time::Instant::now() < deadline,
            "the run was not resumed: {r}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    assert_eq!(
        finished["run"],
        json!({ "status": "SUCCEEDED", "sent": 200, "total": 200 })
    );
    let mut per_rcpt: BTreeMap<String, usize> = BTreeMap::new();
    for m in sink.messages() {
        *per_rcpt.entry(m.rcpt_to[0].clone()).or_default() += 1;
    }
    assert_eq!(per_rcpt.len(), 200);
    let repeated: Vec<_> = per_rcpt.iter().filter(|(_, n)| **n != 1).collect();
    assert!(
        repeated.is_empty(),
        "recipients with more than one email: {repeated:?}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sqlite_killed_mid_run_then_restarted_every_recipient_gets_exactly_one_email() {
    killed_mid_run_then_restarted_every_recipient_gets_exactly_one_email(Backend::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn postgres_killed_mid_run_then_restarted_every_recipient_gets_exactly_one_email() {
    killed_mid_run_then_restarted_every_recipient_gets_exactly_one_email(Backend::Postgres).await;
}

/// Another application on the same PostgreSQL database: a replica.
async fn second_replica(e: &EngineApp) -> TestApp {
    spawn_app_on(
        &e.app.database_url,
        &e.app.data_dir,
        &[
            ("VIZPOST_SMTP_URL", &e.sink.url()),
            ("VIZPOST_TICK_MILLIS", "60000"),
        ],
    )
    .await
}

/// Creates `n` schedules due at 10:30 in Amsterdam (09:30 UTC), one
/// recipient each, and lets both replicas tick at once; returns how many
/// runs they queued between them.
async fn due_on_both(e: &EngineApp, peer: &TestApp, n: usize) -> usize {
    let rule = json!({ "cron": { "expression": "30 10 * * *" } });
    for i in 0..n {
        let mut task = two_view_task(&[&format!("r{i:02}@example.com")], &[]);
        task["views"] = json!([task["views"][1].clone()]);
        e.schedule_with_task("TIME", Some(rule.clone()), task).await;
    }
    e.app.set_time("2027-01-04T09:30:05Z");
    peer.set_time("2027-01-04T09:30:05Z");
    let (a, b) = tokio::join!(
        vizpost::schedule::ticker::tick(&e.app.state),
        vizpost::schedule::ticker::tick(&peer.state)
    );
    a.unwrap() + b.unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn two_replicas_on_one_postgres_run_fifty_due_schedules_once_each() {
    let e = spawn_engine(Backend::Postgres, &[]).await;
    let peer = second_replica(&e).await;
    // Each replica signs in on its own: a Connected App allows that.
    use_connected_app(&e.app, &e.sim.base_url()).await;
    assert_eq!(
        due_on_both(&e, &peer, 50).await,
        50,
        "each fire time queued once"
    );
    e.sink
        .wait_for_messages(50, Duration::from_secs(60))
        .await
        .unwrap();
    tokio::time::sleep(Duration::from_millis(500)).await;
    let runs = e
        .app
        .admin(
            "{ runs(page: { limit: 200 }) { totalCount items { status } } }",
            json!({}),
        )
        .await;
    assert_eq!(runs["runs"]["totalCount"], 50);
    let mut per_rcpt: BTreeMap<String, usize> = BTreeMap::new();
    for m in e.sink.messages() {
        *per_rcpt.entry(m.rcpt_to[0].clone()).or_default() += 1;
    }
    assert_eq!(per_rcpt.len(), 50);
    assert!(per_rcpt.values().all(|n| *n == 1), "{per_rcpt:?}");
}

async fn view_count(app: &TestApp, site: &str) -> usize {
    let listed = app
        .admin(
            "query($s: ID!) { tableauViews(siteId: $s) { id } }",
            json!({ "s": site }),
        )
        .await;
    listed["tableauViews"].as_array().unwrap().len()
}

/// Tableau allows one session per personal access token; replicas that
/// each signed in would end each other's sessions.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn replicas_sharing_one_personal_access_token_share_one_tableau_session() {
    let e = spawn_engine(Backend::Postgres, &[]).await;
    let peer = second_replica(&e).await;
    let sign_ins = || {
        e.sim
            .requests()
            .iter()
            .filter(|r| r.method == "POST" && r.path.ends_with("/auth/signin"))
            .count()
    };
    // Both replicas call Tableau at the same moment, then once more each.
    let site = e.site_id.as_str();
    let (a, b) = tokio::join!(view_count(&e.app, site), view_count(&peer, site));
    assert!(a > 0 && a == b, "{a} and {b} views");
    assert_eq!(
        (
            view_count(&e.app, site).await,
            view_count(&peer, site).await
        ),
        (a, b)
    );

    assert_eq!(due_on_both(&e, &peer, 20).await, 20);
    e.sink
        .wait_for_messages(20, Duration::from_secs(60))
        .await
        .unwrap();
    assert_eq!(sign_ins(), 1, "one sign-in served both replicas");

    // When Tableau ends the session, the first replica to notice signs in
    // again and the other takes up the new session.
    e.sim.expire_sessions();
    assert_eq!(
        (
            view_count(&e.app, site).await,
            view_count(&peer, site).await
        ),
        (a, b)
    );
    assert_eq!(sign_ins(), 2);
    let failed = e
        .app
        .admin(
            "{ runs(filter: { status: SUCCEEDED }) { totalCount } }",
            json!({}),
        )
        .await;
    assert_eq!(failed["runs"]["totalCount"], 20);
}

type Socket =
    tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>>;

/// An admin's `runUpdates` subscription for one schedule, over the
/// `graphql-transport-ws` protocol, acknowledged and ready.
async fn run_updates(app: &TestApp, schedule: &str) -> Socket {
    let url = app.address.replace("http://", "ws://") + "/graphql/ws";
    let mut request = url.into_client_request().unwrap();
    request.headers_mut().insert(
        "Sec-WebSocket-Protocol",
        "graphql-transport-ws".parse().unwrap(),
    );
    let (mut ws, _) = tokio_tungstenite::connect_async(request).await.unwrap();
    let token = app.admin_token().await;
    ws.send(Message::text(json!({ "type": "connection_init", "payload": { "authorization": format!("Bearer {token}") } }).to_string())).await.unwrap();
    let ack: Value =
        serde_json::from_str(ws.next().await.unwrap().unwrap().to_text().unwrap()).unwrap();
    assert_eq!(ack["type"], "connection_ack");
    let sub = json!({ "id": "1", "type": "subscribe", "payload": {
        "query": "subscription($s: ID) { runUpdates(scheduleId: $s) { runId status total sent } }", "variables": { "s": schedule } } });
    ws.send(Message::text(sub.to_string())).await.unwrap();
    // The server registers the subscription after reading the message.
    tokio::time::sleep(Duration::from_millis(200)).await;
    ws
}

/// The next update, or `None` when none came within `wait`.
async fn next_update(ws: &mut Socket, wait: Duration) -> Option<Value> {
    loop {
        let msg = tokio::time::timeout(wait, ws.next()).await.ok()??;
        let v: Value = serde_json::from_str(msg.unwrap().to_text().unwrap()).unwrap();
        if v["type"] == "next" {
            return Some(v["payload"]["data"]["runUpdates"].clone());
        }
    }
}

async fn subscribers_see_queued_running_progress_and_succeeded_in_order(backend: Backend) {
    let e = spawn_engine(backend, &[]).await;
    let (schedule, _) = e
        .schedule_with_task(
            "TRIGGER",
            None,
            two_view_task(&["a@example.com", "b@example.com", "c@example.com"], &[]),
        )
        .await;
    let mut ws = run_updates(&e.app, &schedule).await;
    e.run_now(&schedule).await;
    let mut seen = Vec::new();
    while let Some(u) = next_update(&mut ws, Duration::from_secs(30)).await {
        let done = u["status"] == "SUCCEEDED";
        seen.push(u);
        if done {
            break;
        }
    }
    let statuses: Vec<&str> = seen.iter().map(|u| u["status"].as_str().unwrap()).collect();
    assert_eq!(statuses.first(), Some(&"QUEUED"), "{seen:?}");
    assert_eq!(statuses.last(), Some(&"SUCCEEDED"), "{seen:?}");
    assert!(statuses.contains(&"RUNNING"));
    let sent: Vec<i64> = seen
        .iter()
        .filter(|u| u["status"] == "RUNNING")
        .map(|u| u["sent"].as_i64().unwrap())
        .collect();
    assert!(
        sent.windows(2).all(|w| w[0] <= w[1]) && sent.contains(&3),
        "progress counts up: {sent:?}"
    );
    let running_at = statuses.iter().position(|s| *s == "RUNNING").unwrap();
    assert!(
        statuses[running_at..statuses.len() - 1]
            .iter()
            .all(|s| *s == "RUNNING")
    );

    // Without a token the connection is refused.
    let url = e.app.address.replace("http://", "ws://") + "/graphql/ws";
    let mut request = url.into_client_request().unwrap();
    request.headers_mut().insert(
        "Sec-WebSocket-Protocol",
        "graphql-transport-ws".parse().unwrap(),
    );
    let (mut anon, _) = tokio_tungstenite::connect_async(request).await.unwrap();
    anon.send(Message::text(
        json!({ "type": "connection_init", "payload": {} }).to_string(),
    ))
    .await
    .unwrap();
    let reply = tokio::time::timeout(Duration::from_secs(5), anon.next())
        .await
        .unwrap();
    assert!(
        !matches!(reply, Some(Ok(Message::Text(ref t))) if t.contains("connection_ack")),
        "{reply:?}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sqlite_subscribers_see_queued_running_progress_and_succeeded_in_order() {
    subscribers_see_queued_running_progress_and_succeeded_in_order(Backend::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn postgres_subscribers_see_queued_running_progress_and_succeeded_in_order() {
    subscribers_see_queued_running_progress_and_succeeded_in_order(Backend::Postgres).await;
}

/// Notifications sent while a replica's listening connection is down are
/// lost; once it listens again, it announces the state of recent runs, so
/// a page watching a run that ended in the gap does not stay stuck.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn after_the_event_listener_reconnects_subscribers_get_the_runs_current_state() {
    let e = spawn_engine(Backend::Postgres, &[]).await;
    let (schedule, _) = e
        .schedule_with_task("TRIGGER", None, two_view_task(&["a@example.com"], &[]))
        .await;
    let mut ws = run_updates(&e.app, &schedule).await;
    let run = e.run_now(&schedule).await;
    while let Some(u) = next_update(&mut ws, Duration::from_secs(30)).await {
        if u["status"] == "SUCCEEDED" {
            break;
        }
    }
    // The run has ended and nothing more is said about it...
    assert_eq!(next_update(&mut ws, Duration::from_millis(500)).await, None);

    // ...until the listening connection is cut, as a network failover or
    // a connection reaper would.
    use sea_orm::ConnectionTrait as _;
    let cut = e
        .app
        .state
        .db
        .query_all_raw(sea_orm::Statement::from_string(
            sea_orm::DbBackend::Postgres,
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity \
             WHERE datname = current_database() AND query LIKE 'LISTEN %'",
        ))
        .await
        .unwrap();
    assert_eq!(cut.len(), 1, "one listening connection");

    let again = next_update(&mut ws, Duration::from_secs(10))
        .await
        .expect("the run is announced again once the listener is back");
    assert_eq!(
        (
            again["runId"].as_str(),
            again["status"].as_str(),
            again["sent"].as_i64()
        ),
        (Some(run.as_str()), Some("SUCCEEDED"), Some(1))
    );
}

async fn a_webhook_accepted_before_a_crash_still_runs_after_restart(backend: Backend) {
    let sim = TableauSim::start(SimConfig::demo()).await.unwrap();
    let sink = SmtpSink::start().await.unwrap();
    let data_dir = std::env::temp_dir().join(format!("vizpost-crash-{}", uuid::Uuid::new_v4()));
    std::fs::create_dir_all(&data_dir).unwrap();
    let db = fresh_database(backend, &data_dir).await;
    let env = test_env(
        &db,
        &data_dir,
        &[
            ("VIZPOST_SMTP_URL", &sink.url()),
            ("VIZPOST_RUN_LEASE_SECONDS", "2"),
        ],
    );
    let first = VizpostProcess::start(&env, &data_dir);
    let token = first.login().await;
    let q = |query: &'static str, vars: Value| {
        let (p, t) = (&first, token.clone());
        async move { data(p.gql(Some(&t), query, vars).await) }
    };
    let site_id = first
        .register_demo_site(&token, &sim.base_url(), demo_pat())
        .await;
    let schedule = q(
        "mutation($i: ScheduleInput!) { createSchedule(input: $i) { id } }",
        json!({ "i": { "siteId": site_id, "name": "On call", "kind": "TRIGGER" } }),
    )
    .await;
    let id = schedule["createSchedule"]["id"]
        .as_str()
        .unwrap()
        .parse::<i64>()
        .unwrap();
    let mut task = two_view_task(&["ops@example.com"], &[]);
    task["views"] = json!([task["views"][1].clone()]);
    q(
        "mutation($s: ID!, $i: TaskInput!) { createTask(scheduleId: $s, input: $i) { id } }",
        json!({ "s": id.to_string(), "i": task }),
    )
    .await;

    // Tableau is slow to sign in, so the process dies before it can send anything.
    sim.inject(Fault::latency("/auth/signin", Duration::from_secs(3), 1));
    let body =
        json!({ "site_luid": sim::DEMO_SITE_LUID, "event_type": "custom", "schedule_ids": [id] });
    let resp = reqwest::Client::new()
        .post(format!("{}/api/webhooks", first.address))
        .bearer_auth(&token)
        .json(&body)
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status().as_u16(), 202);
    first.kill();
    assert!(sink.messages().is_empty());

    let _second = VizpostProcess::start(&env, &data_dir);
    let got = sink
        .wait_for_messages(1, Duration::from_secs(60))
        .await
        .unwrap();
    assert_eq!(got[0].rcpt_to, ["ops@example.com"]);
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert_eq!(sink.messages().len(), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sqlite_a_webhook_accepted_before_a_crash_still_runs_after_restart() {
    a_webhook_accepted_before_a_crash_still_runs_after_restart(Backend::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn postgres_a_webhook_accepted_before_a_crash_still_runs_after_restart() {
    a_webhook_accepted_before_a_crash_still_runs_after_restart(Backend::Postgres).await;
}

/// Two real `vizpost serve` processes on one PostgreSQL database, their
/// schedulers driven by the real clock: fifty schedules due in the same
/// minute run once each. They sign in with a Connected App: each sign-in
/// is its own session, where a shared PAT would end the other's.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_processes_on_one_postgres_run_fifty_schedules_due_together_once_each() {
    use chrono::{Timelike, Utc};
    let sim = TableauSim::start(SimConfig::demo()).await.unwrap();
    let sink = SmtpSink::start().await.unwrap();
    let data_dir = std::env::temp_dir().join(format!("vizpost-pair-{}", uuid::Uuid::new_v4()));
    std::fs::create_dir_all(&data_dir).unwrap();
    let db = fresh_database(Backend::Postgres, &data_dir).await;
    let env = test_env(&db, &data_dir, &[("VIZPOST_SMTP_URL", &sink.url())]);
    let a = VizpostProcess::start(&env, &data_dir);
    let b = VizpostProcess::start(&env, &data_dir);
    let token = a.login().await;
    let q = |query: &'static str, vars: Value| {
        let (p, t) = (&a, token.clone());
        async move { data(p.gql(Some(&t), query, vars).await) }
    };
    let app_auth = json!({ "connectedApp": { "clientId": sim::DEMO_CA_CLIENT_ID, "secretId": sim::DEMO_CA_SECRET_ID,
        "secretValue": sim::DEMO_CA_SECRET_VALUE, "username": "svc@example.com" } });
    let site_id = a
        .register_demo_site(&token, &sim.base_url(), app_auth)
        .await;
    let mut schedules = Vec::new();
    for i in 0..50 {
        let mut task = two_view_task(&[&format!("p{i:02}@example.com")], &[]);
        task["views"] = json!([task["views"][1].clone()]);
        let input = json!({ "siteId": site_id, "name": format!("Due {i}"), "kind": "TIME",
            "timezone": "UTC", "rule": { "cron": { "expression": "0 0 1 1 *" } } });
        let s = q(
            "mutation($i: ScheduleInput!) { createSchedule(input: $i) { id } }",
            json!({ "i": input }),
        )
        .await;
        let id = s["createSchedule"]["id"].as_str().unwrap().to_string();
        q(
            "mutation($s: ID!, $i: TaskInput!) { createTask(scheduleId: $s, input: $i) { id } }",
            json!({ "s": id, "i": task }),
        )
        .await;
        schedules.push((id, input));
    }
    // Then move all fifty to the same minute, 30 to 90 seconds ahead.
    let at = Utc::now() + chrono::Duration::seconds(90);
    let cron = format!("{} {} * * *", at.minute(), at.hour());
    for (id, mut input) in schedules {
        input["rule"] = json!({ "cron": { "expression": cron } });
        let updated = q(
            "mutation($id: ID!, $i: ScheduleInput!) { updateSchedule(id: $id, input: $i) { nextFireAt } }",
            json!({ "id": id, "i": input }),
        )
        .await;
        let next: chrono::DateTime<Utc> = updated["updateSchedule"]["nextFireAt"]
            .as_str()
            .unwrap()
            .parse()
            .unwrap();
        assert!(
            next - Utc::now() < chrono::Duration::seconds(100),
            "due at {next}, cron {cron}"
        );
    }
    if let Err(e) = sink.wait_for_messages(50, Duration::from_secs(180)).await {
        let runs = b
            .gql(
                Some(&token),
                "{ runs(page: { limit: 200 }) { items { status error scheduleId } } }",
                json!({}),
            )
            .await;
        panic!("{e}; runs: {runs}");
    }
    tokio::time::sleep(Duration::from_secs(3)).await;
    let runs = data(
        b.gql(
            Some(&token),
            "{ runs(page: { limit: 200 }) { totalCount items { status } } }",
            json!({}),
        )
        .await,
    );
    assert_eq!(runs["runs"]["totalCount"], 50);
    assert!(
        runs["runs"]["items"]
            .as_array()
            .unwrap()
            .iter()
            .all(|r| r["status"] == "SUCCEEDED")
    );
    let mut per_rcpt: BTreeMap<String, usize> = BTreeMap::new();
    for m in sink.messages() {
        *per_rcpt.entry(m.rcpt_to[0].clone()).or_default() += 1;
    }
    assert_eq!(per_rcpt.len(), 50);
    assert!(per_rcpt.values().all(|n| *n == 1), "{per_rcpt:?}");
}

//! The execution engine end to end: the scheduler fires, Vizpost signs in
//! to the Tableau simulator, exports, and emails arrive in a real SMTP sink.

use std::collections::BTreeMap;
use std::time::Duration;

use mail_parser::{MessageParser, MimeHeaders};
use serde_json::json;
use vizpost_sims::smtp::{SmtpOptions, SmtpReject, SmtpSink, Stage};
use vizpost_sims::tableau::{self as sim, Fault, TableauSim};
use vizpost_tests::engine::{
    EngineApp, deliveries, run_once_on, spawn_engine, two_view_task, wait_for_run,
};
use vizpost_tests::{Backend, TestApp, data};

const WAIT: Duration = Duration::from_secs(30);

async fn list_with_members(e: &EngineApp, members: &[(&str, &str, &str, &str)]) -> String {
    let list = e
        .app
        .admin(
            "mutation { createMailingList(input: { name: \"Leads\" }) { id } }",
            json!({}),
        )
        .await["createMailingList"]["id"]
        .as_str()
        .unwrap()
        .to_string();
    for (email, name, region, city) in members {
        e.app
            .admin(
                "mutation($l: ID!, $i: MemberInput!) { addMember(listId: $l, input: $i) { id } }",
                json!({ "l": list, "i": { "email": email, "name": name,
                    "filters": [{ "field": "Region", "values": [region] }],
                    "placeholders": [{ "name": "CITY", "value": city }] } }),
            )
            .await;
    }
    list
}

fn export_requests(e: &EngineApp, kind: &str) -> Vec<vizpost_sims::tableau::RecordedRequest> {
    e.sim
        .requests()
        .into_iter()
        .filter(|r| r.path.ends_with(kind))
        .collect()
}

async fn a_cron_schedule_fires_at_its_time_and_each_member_gets_their_own_views(backend: Backend) {
    let e = spawn_engine(backend, &[]).await;
    let list = list_with_members(
        &e,
        &[
            ("west@example.com", "Wes", "West", "Denver"),
            ("east@example.com", "Eve", "East", "Boston"),
        ],
    )
    .await;
    let rule = json!({ "cron": { "expression": "0 8 * * 1-5" } });
    let (schedule, _) = e
        .schedule_with_task(
            "TIME",
            Some(rule),
            two_view_task(&["boss@example.com"], &[&list]),
        )
        .await;

    // The clock stands at Monday 10:00 in Amsterdam; the next fire is Tuesday 08:00.
    let next = e
        .app
        .admin(
            "query($id: ID!) { schedule(id: $id) { nextFireAt } }",
            json!({ "id": schedule }),
        )
        .await;
    assert_eq!(next["schedule"]["nextFireAt"], "2027-01-05T07:00:00+00:00");
    assert_eq!(
        vizpost::schedule::ticker::tick(&e.app.state).await.unwrap(),
        0,
        "not due yet"
    );
    e.app.set_time("2027-01-05T07:00:20Z");
    assert_eq!(
        vizpost::schedule::ticker::tick(&e.app.state).await.unwrap(),
        1
    );
    assert_eq!(
        vizpost::schedule::ticker::tick(&e.app.state).await.unwrap(),
        0,
        "one run per fire time"
    );

    let runs = e
        .app
        .admin(
            "query($s: ID!) { runs(filter: { scheduleId: $s }) { items { id cause fireTime } } }",
            json!({ "s": schedule }),
        )
        .await;
    let run = &runs["runs"]["items"][0];
    assert_eq!(run["cause"], "TIME");
    assert_eq!(run["fireTime"], "2027-01-05T07:00:00+00:00");
    let done = wait_for_run(&e.app, run["id"].as_str().unwrap(), WAIT).await;
    assert_eq!(done["status"], "SUCCEEDED", "{done}");
    assert_eq!(
        (done["total"].as_i64(), done["sent"].as_i64()),
        (Some(3), Some(3))
    );

    let mut by_rcpt = BTreeMap::new();
    for m in e.sink.messages() {
        assert_eq!(m.rcpt_to.len(), 1);
        by_rcpt.insert(m.rcpt_to[0].clone(), m.data.clone());
    }
    assert_eq!(
        by_rcpt.keys().collect::<Vec<_>>(),
        ["boss@example.com", "east@example.com", "west@example.com"]
    );
    let raw = &by_rcpt["west@example.com"];
    let msg = MessageParser::default().parse(raw).unwrap();
    assert_eq!(msg.subject(), Some("Sales daily for Wes"));
    let html = msg.body_html(0).unwrap().to_string();
    assert!(html.contains("Hello Wes in Denver"), "{html}");
    assert!(html.contains("Overview, By Region of 2027-01-05"), "{html}");
    let attachments: Vec<_> = msg.attachments().collect();
    let pdf = attachments
        .iter()
        .find(|a| a.attachment_name() == Some("Overview 2027-01-05.pdf"))
        .expect("the PDF");
    assert!(pdf.contents().starts_with(b"%PDF"));
    let png = attachments
        .iter()
        .find(|a| a.content_id().is_some())
        .expect("the inline image");
    assert!(png.contents().starts_with(b"\x89PNG"));
    let cid = png.content_id().unwrap().trim_matches(['<', '>']);
    assert!(
        html.contains(&format!("cid:{cid}")),
        "the body shows the inline image"
    );
    assert!(msg.message_id().unwrap().starts_with("vizpost.r"));

    // Each member's filter reached Tableau; the boss got the unfiltered view.
    let images = export_requests(&e, "/image");
    let regions: Vec<Option<&str>> = images.iter().map(|r| r.query_param("vf_Region")).collect();
    assert_eq!(images.len(), 3, "one image per distinct filter set");
    for region in [Some("West"), Some("East"), None] {
        assert!(regions.contains(&region), "{regions:?}");
    }
    assert!(
        images
            .iter()
            .all(|r| r.query_param("resolution") == Some("high"))
    );
    let pdfs = export_requests(&e, "/pdf");
    assert!(pdfs.iter().all(|r| r.query_param("type") == Some("A4")
        && r.query_param("orientation") == Some("Landscape")));
    let list = deliveries(&e.app, run["id"].as_str().unwrap()).await;
    assert!(
        list.iter()
            .all(|d| d["status"] == "SENT" && d["messageId"].is_string())
    );
    let west = list
        .iter()
        .find(|d| d["recipientEmail"] == "west@example.com")
        .unwrap();
    assert_eq!(
        west["subject"], "Sales daily for Wes",
        "what was sent is kept"
    );
    assert!(
        west["html"]
            .as_str()
            .unwrap()
            .contains("Hello Wes in Denver")
    );
}

/// A schedule sending both views to three recipients, run once: returns
/// the schedule once its three emails are in the sink.
async fn three_recipients_sent(e: &EngineApp) -> String {
    let (schedule, _) = e
        .schedule_with_task(
            "TRIGGER",
            None,
            two_view_task(&["a@example.com", "b@example.com", "c@example.com"], &[]),
        )
        .await;
    let run = e.run_now(&schedule).await;
    assert_eq!(
        wait_for_run(&e.app, &run, WAIT).await["status"],
        "SUCCEEDED"
    );
    assert_eq!(e.sink.messages().len(), 3);
    schedule
}

async fn identical_exports_are_requested_once_per_run(backend: Backend) {
    let e = spawn_engine(backend, &[]).await;
    three_recipients_sent(&e).await;
    assert_eq!(export_requests(&e, "/image").len(), 1);
    assert_eq!(export_requests(&e, "/pdf").len(), 1);
}

async fn tableau_and_smtp_hiccups_still_end_in_delivered_email(backend: Backend) {
    let e = spawn_engine(backend, &[]).await;
    let (schedule, _) = e
        .schedule_with_task(
            "TRIGGER",
            None,
            two_view_task(&["a@example.com", "b@example.com"], &[]),
        )
        .await;
    // Sign in once, then let Tableau forget the session mid-run.
    let warm = e.run_now(&schedule).await;
    assert_eq!(
        wait_for_run(&e.app, &warm, WAIT).await["status"],
        "SUCCEEDED"
    );
    e.sink.clear_messages();
    e.sim.clear_requests();
    e.sim.expire_sessions();
    e.sim.inject(Fault::rate_limited("/image", 1, 1));
    e.sim.inject(Fault::status("/pdf", 500, 1));
    e.sink.reject(SmtpReject {
        recipient: Some("b@example.com".into()),
        at: Stage::Rcpt,
        code: 451,
        times: 1,
    });

    let run = e.run_now(&schedule).await;
    let done = wait_for_run(&e.app, &run, WAIT).await;
    assert_eq!(done["status"], "SUCCEEDED", "{done}");
    let rcpts: Vec<String> = e
        .sink
        .messages()
        .iter()
        .map(|m| m.rcpt_to[0].clone())
        .collect();
    assert_eq!(rcpts.len(), 2, "{rcpts:?}");
    let signins = e
        .sim
        .requests()
        .iter()
        .filter(|r| r.path.ends_with("/auth/signin"))
        .count();
    assert_eq!(signins, 1, "one sign-in after the session expired");
    let list = deliveries(&e.app, &run).await;
    let b = list
        .iter()
        .find(|d| d["recipientEmail"] == "b@example.com")
        .unwrap();
    assert_eq!(b["attempts"], 2, "the 451 was retried: {b}");
}

async fn a_permanent_rejection_fails_one_delivery_and_the_run_goes_on(backend: Backend) {
    let e = spawn_engine(backend, &[]).await;
    let (schedule, _) = e
        .schedule_with_task(
            "TRIGGER",
            None,
            two_view_task(&["a@example.com", "gone@example.com", "c@example.com"], &[]),
        )
        .await;
    e.sink.reject(SmtpReject {
        recipient: Some("gone@example.com".into()),
        at: Stage::Rcpt,
        code: 550,
        times: 10,
    });
    let run = e.run_now(&schedule).await;
    let done = wait_for_run(&e.app, &run, WAIT).await;
    assert_eq!(done["status"], "PARTIALLY_FAILED");
    assert_eq!(
        (done["sent"].as_i64(), done["failed"].as_i64()),
        (Some(2), Some(1))
    );
    let list = deliveries(&e.app, &run).await;
    let gone = list
        .iter()
        .find(|d| d["recipientEmail"] == "gone@example.com")
        .unwrap();
    assert_eq!(gone["status"], "FAILED");
    assert_eq!(gone["attempts"], 1, "a 5xx is not retried");
    assert!(gone["error"].as_str().unwrap().contains("550"), "{gone}");
}

async fn a_view_that_cannot_be_exported_never_yields_a_broken_email(backend: Backend) {
    let e = spawn_engine(backend, &[]).await;
    let mut task = two_view_task(&["a@example.com"], &[]);
    task["views"][1]["viewLuid"] = json!("00000000-0000-4000-8000-000000000000");
    let (schedule, _) = e.schedule_with_task("TRIGGER", None, task).await;
    let run = e.run_now(&schedule).await;
    let done = wait_for_run(&e.app, &run, WAIT).await;
    assert_eq!(done["status"], "FAILED");
    assert!(
        e.sink.messages().is_empty(),
        "nothing was sent with a view missing"
    );
    let d = &deliveries(&e.app, &run).await[0];
    assert!(
        d["error"]
            .as_str()
            .unwrap()
            .contains("00000000-0000-4000-8000-000000000000"),
        "{d}"
    );
}

async fn a_message_over_the_size_limit_fails_with_its_size(backend: Backend) {
    let e = spawn_engine(backend, &[("VIZPOST_MAX_MESSAGE_BYTES", "2048")]).await;
    let (schedule, _) = e
        .schedule_with_task("TRIGGER", None, two_view_task(&["a@example.com"], &[]))
        .await;
    let run = e.run_now(&schedule).await;
    assert_eq!(wait_for_run(&e.app, &run, WAIT).await["status"], "FAILED");
    let d = &deliveries(&e.app, &run).await[0];
    assert!(
        d["error"]
            .as_str()
            .unwrap()
            .contains("over the limit of 2048 bytes"),
        "{d}"
    );
    assert!(e.sink.messages().is_empty());
}

async fn a_test_email_goes_to_the_caller_only(backend: Backend) {
    let e = spawn_engine(backend, &[]).await;
    let (_, task) = e
        .schedule_with_task(
            "TRIGGER",
            None,
            two_view_task(&["a@example.com", "b@example.com"], &[]),
        )
        .await;
    let run = e
        .app
        .admin(
            "mutation($t: ID!) { sendTestEmail(taskId: $t) { id cause } }",
            json!({ "t": task }),
        )
        .await;
    assert_eq!(run["sendTestEmail"]["cause"], "TEST");
    let id = run["sendTestEmail"]["id"].as_str().unwrap();
    assert_eq!(wait_for_run(&e.app, id, WAIT).await["status"], "SUCCEEDED");
    let rcpts: Vec<String> = e
        .sink
        .messages()
        .iter()
        .flat_map(|m| m.rcpt_to.clone())
        .collect();
    assert_eq!(rcpts, [vizpost_tests::ADMIN_EMAIL]);
}

async fn missed_fire_times_run_once_within_the_grace_period_and_are_skipped_beyond_it(
    backend: Backend,
) {
    let e = spawn_engine(backend, &[("VIZPOST_MISFIRE_GRACE_SECONDS", "600")]).await;
    let hourly = json!({ "hourly": { "minute": 0, "fromHour": 0, "toHour": 23, "days": "ALL" } });
    let (schedule, _) = e
        .schedule_with_task("TIME", Some(hourly), two_view_task(&["a@example.com"], &[]))
        .await;
    // Down from 10:00 to 13:05 (UTC+1): 11:00, 12:00 and 13:00 were missed; 13:00 is within grace.
    e.app.set_time("2027-01-04T12:05:00Z");
    assert_eq!(
        vizpost::schedule::ticker::tick(&e.app.state).await.unwrap(),
        1
    );
    let runs = e
        .app
        .admin(
            "query($s: ID!) { runs(filter: { scheduleId: $s }) { items { id status fireTime } } }",
            json!({ "s": schedule }),
        )
        .await;
    let items = runs["runs"]["items"].as_array().unwrap();
    assert_eq!(items.len(), 1, "no burst of missed runs: {items:?}");
    assert_eq!(items[0]["fireTime"], "2027-01-04T12:00:00+00:00");
    wait_for_run(&e.app, items[0]["id"].as_str().unwrap(), WAIT).await;

    // Down for two hours: the latest fire time is 50 minutes old, beyond grace.
    e.app.set_time("2027-01-04T14:50:00Z");
    vizpost::schedule::ticker::tick(&e.app.state).await.unwrap();
    let runs = e.app.admin("query($s: ID!) { runs(filter: { scheduleId: $s }) { items { status fireTime error } } }", json!({ "s": schedule })).await;
    let newest = &runs["runs"]["items"][0];
    assert_eq!(newest["status"], "SKIPPED");
    assert_eq!(newest["fireTime"], "2027-01-04T14:00:00+00:00");
    assert!(
        newest["error"]
            .as_str()
            .unwrap()
            .contains("missed 2 fire time(s)"),
        "{newest}"
    );
    let next = e
        .app
        .admin(
            "query($id: ID!) { schedule(id: $id) { nextFireAt } }",
            json!({ "id": schedule }),
        )
        .await;
    assert_eq!(next["schedule"]["nextFireAt"], "2027-01-04T15:00:00+00:00");
    assert_eq!(e.sink.messages().len(), 1, "the skipped time sent nothing");
}

async fn the_outbox_keeps_a_valid_eml_that_the_outbox_query_returns(backend: Backend) {
    let sim = vizpost_sims::tableau::TableauSim::start(sim::SimConfig::demo())
        .await
        .unwrap();
    let app = vizpost_tests::spawn_app_with(backend, &[("VIZPOST_TICK_MILLIS", "60000")]).await;
    run_once_on(&app, &sim.base_url(), "Outbox", &["a@example.com"]).await;
    let outbox = app
        .admin("{ outbox { enabled totalCount items { to subject html attachments { filename contentType size } raw } } }", json!({}))
        .await;
    let o = &outbox["outbox"];
    assert_eq!(
        (o["enabled"].as_bool(), o["totalCount"].as_i64()),
        (Some(true), Some(1))
    );
    let item = &o["items"][0];
    assert_eq!(item["to"], "a@example.com");
    assert_eq!(item["subject"], "Outbox for a@example.com");
    let parsed = MessageParser::default()
        .parse(item["raw"].as_str().unwrap().as_bytes())
        .unwrap();
    assert_eq!(parsed.attachments().count(), 2);
    // The message refers to its inline image by cid:; the outbox shows the
    // image itself, the PNG that was exported.
    assert!(parsed.body_html(0).unwrap().contains("src=\"cid:"));
    let html = item["html"].as_str().unwrap();
    assert!(!html.contains("cid:"), "{html}");
    let png = parsed
        .attachments()
        .find(|a| a.content_type().is_some_and(|c| c.subtype() == Some("png")))
        .unwrap();
    use base64::Engine as _;
    let inline = format!(
        "src=\"data:image/png;base64,{}\"",
        base64::engine::general_purpose::STANDARD.encode(png.contents())
    );
    assert!(html.contains(&inline));
    let files = std::fs::read_dir(app.data_dir.join("outbox"))
        .unwrap()
        .count();
    assert_eq!(files, 1);
}

async fn runs_and_webhook_events_past_retention_are_deleted(backend: Backend) {
    let e = spawn_engine(backend, &[("VIZPOST_RUN_RETENTION_DAYS", "30")]).await;
    let (schedule, _) = e
        .schedule_with_task("TRIGGER", None, two_view_task(&["a@example.com"], &[]))
        .await;
    let run = e.run_now(&schedule).await;
    assert_eq!(
        wait_for_run(&e.app, &run, WAIT).await["status"],
        "SUCCEEDED"
    );
    let token = e.app.admin_token().await;
    let resp = e
        .app
        .client
        .post(format!("{}/api/webhooks", e.app.address))
        .bearer_auth(&token)
        .json(
            &json!({ "site_luid": sim::DEMO_SITE_LUID, "event_type": "custom",
            "schedule_ids": [schedule.parse::<i64>().unwrap()] }),
        )
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status().as_u16(), 202);
    let reply: serde_json::Value = resp.json().await.unwrap();
    let triggered = reply["queued"][0]["run_id"].to_string();
    assert_eq!(
        wait_for_run(&e.app, &triggered, WAIT).await["status"],
        "SUCCEEDED"
    );
    let counts = || async {
        let d = e
            .app
            .admin(
                "{ runs { totalCount } webhookEvents { totalCount } }",
                json!({}),
            )
            .await;
        (
            d["runs"]["totalCount"].as_i64().unwrap(),
            d["webhookEvents"]["totalCount"].as_i64().unwrap(),
        )
    };
    assert_eq!(counts().await, (2, 1));

    // 29 days on, everything is still inside the period.
    e.app.set_time("2027-02-02T09:00:00Z");
    let pruned = vizpost::run::retention::prune(&e.app.state).await.unwrap();
    assert_eq!((pruned.runs, pruned.webhook_events), (0, 0));
    assert_eq!(counts().await, (2, 1));

    // Two days later the first day's run and event are past it.
    e.app.set_time("2027-02-04T09:00:00Z");
    let pruned = vizpost::run::retention::prune(&e.app.state).await.unwrap();
    assert_eq!((pruned.runs, pruned.webhook_events), (2, 1));
    assert_eq!(counts().await, (0, 0));
    let token = e.app.admin_token().await;
    let gone = e
        .app
        .gql(
            Some(&token),
            "query($r: ID!) { run(id: $r) { id } }",
            json!({ "r": run }),
        )
        .await;
    assert_eq!(
        gone["errors"][0]["extensions"]["code"], "NOT_FOUND",
        "{gone}"
    );
    // Deliveries go with their run, on SQLite as on PostgreSQL.
    use sea_orm::{EntityTrait, PaginatorTrait};
    let deliveries = vizpost::db::entity::delivery::Entity::find()
        .count(&e.app.state.db)
        .await
        .unwrap();
    assert_eq!(deliveries, 0);
}

async fn messages_share_smtp_connections_and_one_the_server_closed_is_replaced(backend: Backend) {
    let e = spawn_engine(backend, &[]).await;
    let schedule = three_recipients_sent(&e).await;
    assert_eq!(e.sink.connections(), 1, "one connection for three messages");

    // The server closes idle connections; the next run notices and opens
    // a new one instead of failing its deliveries.
    e.sink.hang_up_all();
    let run = e.run_now(&schedule).await;
    let ended = wait_for_run(&e.app, &run, WAIT).await;
    assert_eq!(
        (ended["status"].as_str(), ended["sent"].as_i64()),
        (Some("SUCCEEDED"), Some(3))
    );
    assert_eq!(e.sink.messages().len(), 6);
    assert_eq!(e.sink.connections(), 2);
}

/// A relay with TLS and AUTH (user `vizpost`, password `relay-pass`), and
/// the file of the private authority that signed its certificate.
async fn tls_relay(opts: SmtpOptions) -> (SmtpSink, std::path::PathBuf) {
    let sink = SmtpSink::start_with(SmtpOptions {
        auth: Some(("vizpost".into(), "relay-pass".into())),
        ..opts
    })
    .await
    .unwrap();
    let dir = std::env::temp_dir().join(format!("vizpost-ca-{}", uuid::Uuid::new_v4()));
    std::fs::create_dir_all(&dir).unwrap();
    let ca_file = dir.join("relay-ca.pem");
    std::fs::write(&ca_file, sink.ca_pem().unwrap()).unwrap();
    (sink, ca_file)
}

/// An app that sends through `smtp_url`, with the scheduler out of the way.
async fn app_sending_to(backend: Backend, smtp_url: &str) -> TestApp {
    vizpost_tests::spawn_app_with(
        backend,
        &[
            ("VIZPOST_SMTP_URL", smtp_url),
            ("VIZPOST_TICK_MILLIS", "60000"),
        ],
    )
    .await
}

async fn mail_goes_over_starttls_to_a_relay_a_private_authority_signed(backend: Backend) {
    let (sink, ca_file) = tls_relay(SmtpOptions {
        starttls: true,
        ..SmtpOptions::default()
    })
    .await;
    let url = format!(
        "smtp://vizpost:relay-pass@localhost:{}?tls=starttls&ca_file={}&from=reports@vizpost.example",
        sink.port(),
        ca_file.display()
    );
    let sim = TableauSim::start(sim::SimConfig::demo()).await.unwrap();
    let app = app_sending_to(backend, &url).await;
    let site_id = vizpost_tests::engine::register_demo_site(&app, &sim.base_url()).await;
    let e = EngineApp {
        app,
        sim,
        sink,
        site_id,
    };
    three_recipients_sent(&e).await;
    // The sink refuses mail before STARTTLS; each message says it came
    // over the upgraded connection.
    assert!(e.sink.messages().iter().all(|m| m.tls));

    // Without the authority the relay's certificate is not trusted: the
    // delivery fails, saying why, and nothing is sent in the clear.
    let untrusting = url.replace(&format!("&ca_file={}", ca_file.display()), "");
    let app = app_sending_to(backend, &untrusting).await;
    let run = run_once_on(&app, &e.sim.base_url(), "Untrusted", &["a@example.com"]).await;
    assert_eq!(run["status"], "FAILED");
    let run = run["id"].as_str().unwrap();
    let error = deliveries(&app, run).await[0]["error"].to_string();
    assert!(error.contains("certificate"), "{error}");
    assert_eq!(e.sink.messages().len(), 3);
}

async fn mail_goes_over_tls_from_the_first_byte_as_on_port_465(backend: Backend) {
    let (sink, ca_file) = tls_relay(SmtpOptions {
        implicit_tls: true,
        ..SmtpOptions::default()
    })
    .await;
    let url = format!(
        "smtps://vizpost:relay-pass@localhost:{}?ca_file={}&from=reports@vizpost.example",
        sink.port(),
        ca_file.display()
    );
    let sim = TableauSim::start(sim::SimConfig::demo()).await.unwrap();
    let app = app_sending_to(backend, &url).await;
    let recipients = ["a@example.com", "b@example.com"];
    let run = run_once_on(&app, &sim.base_url(), "Over TLS", &recipients).await;
    assert_eq!(run["status"], "SUCCEEDED", "{run}");
    let messages = sink.messages();
    assert_eq!(messages.len(), 2);
    assert!(messages.iter().all(|m| m.tls));
    // Both messages travelled over one connection.
    assert_eq!(sink.connections(), 1);

    // Pointed at a relay that speaks plain SMTP, the client refuses to go
    // on without TLS: the delivery fails and nothing is sent in the clear.
    let plain_sink = SmtpSink::start().await.unwrap();
    let misconfigured = url.replace(
        &format!("localhost:{}", sink.port()),
        &format!("localhost:{}", plain_sink.port()),
    );
    let app = app_sending_to(backend, &misconfigured).await;
    let run = run_once_on(&app, &sim.base_url(), "Not TLS", &["c@example.com"]).await;
    assert_eq!(run["status"], "FAILED", "{run}");
    let error = deliveries(&app, run["id"].as_str().unwrap()).await[0]["error"].to_string();
    assert!(error.contains("cannot connect"), "{error}");
    assert!(plain_sink.messages().is_empty());
}

async fn a_running_run_can_be_cancelled(backend: Backend) {
    let e = spawn_engine(backend, &[]).await;
    let recipients: Vec<String> = (0..30).map(|i| format!("r{i}@example.com")).collect();
    let refs: Vec<&str> = recipients.iter().map(String::as_str).collect();
    let (schedule, _) = e
        .schedule_with_task("TRIGGER", None, two_view_task(&refs, &[]))
        .await;
    e.sink.reject(SmtpReject {
        recipient: None,
        at: Stage::Rcpt,
        code: 451,
        times: 1000,
    });
    let run = e.run_now(&schedule).await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    let cancelled = e
        .app
        .admin(
            "mutation($id: ID!) { cancelRun(id: $id) { status } }",
            json!({ "id": run }),
        )
        .await;
    assert_eq!(cancelled["cancelRun"]["status"], "CANCELLED");
    let token = e.app.admin_token().await;
    let again = e
        .app
        .gql(
            Some(&token),
            "mutation($id: ID!) { cancelRun(id: $id) { status } }",
            json!({ "id": run }),
        )
        .await;
    assert_eq!(vizpost_tests::error_of(&again).0, "CONFLICT");
    tokio::time::sleep(Duration::from_millis(500)).await;
    let r = data(
        e.app
            .gql(
                Some(&token),
                "query($id: ID!) { run(id: $id) { status } }",
                json!({ "id": run }),
            )
            .await,
    );
    assert_eq!(
        r["run"]["status"], "CANCELLED",
        "a cancelled run stays cancelled"
    );
}

vizpost_tests::for_each_backend!(
    a_cron_schedule_fires_at_its_time_and_each_member_gets_their_own_views,
    identical_exports_are_requested_once_per_run,
    tableau_and_smtp_hiccups_still_end_in_delivered_email,
    a_permanent_rejection_fails_one_delivery_and_the_run_goes_on,
    a_view_that_cannot_be_exported_never_yields_a_broken_email,
    a_message_over_the_size_limit_fails_with_its_size,
    a_test_email_goes_to_the_caller_only,
    missed_fire_times_run_once_within_the_grace_period_and_are_skipped_beyond_it,
    the_outbox_keeps_a_valid_eml_that_the_outbox_query_returns,
    a_running_run_can_be_cancelled,
    runs_and_webhook_events_past_retention_are_deleted,
    messages_share_smtp_connections_and_one_the_server_closed_is_replaced,
    mail_goes_over_starttls_to_a_relay_a_private_authority_signed,
    mail_goes_over_tls_from_the_first_byte_as_on_port_465,
);

//! `POST /api/webhooks` through real HTTP: Tableau's events, custom
//! triggers, their errors, duplicates, registration on Tableau.

use std::time::Duration;

use serde_json::{Value, json};
use vizpost_sims::tableau as sim;
use vizpost_tests::Backend;
use vizpost_tests::engine::{EngineApp, spawn_engine, two_view_task, wait_for_run};

const WAIT: Duration = Duration::from_secs(30);

async fn webhook_url(e: &EngineApp) -> String {
    let r = e
        .app
        .admin(
            "query($id: ID!) { site(id: $id) { webhookUrl } }",
            json!({ "id": e.site_id }),
        )
        .await;
    r["site"]["webhookUrl"].as_str().unwrap().to_string()
}

async fn post(e: &EngineApp, url: &str, body: &str, headers: &[(&str, &str)]) -> (u16, Value) {
    let mut req = e
        .app
        .client
        .post(url)
        .header("content-type", "application/json")
        .body(body.to_string());
    for (k, v) in headers {
        req = req.header(*k, *v);
    }
    let resp = req.send().await.unwrap();
    let status = resp.status().as_u16();
    let text = resp.text().await.unwrap();
    (
        status,
        serde_json::from_str(&text).unwrap_or(json!({ "raw": text })),
    )
}

fn tableau_event(resource: &str) -> String {
    json!({ "resource": "WORKBOOK", "event_type": "WorkbookRefreshSucceeded", "resource_name": "Sales",
        "site_luid": sim::DEMO_SITE_LUID, "resource_luid": resource, "created_at": "2027-01-04T09:00:00Z" })
    .to_string()
}

async fn trigger_schedule(e: &EngineApp, name: &str, rcpt: &str, triggers: Value) -> String {
    let mut task = two_view_task(&[rcpt], &[]);
    task["views"] = json!([task["views"][1].clone()]);
    let (schedule, _) = e.schedule_with_task("TRIGGER", None, task).await;
    e.app
        .admin(
            "mutation($id: ID!, $i: ScheduleInput!) { updateSchedule(id: $id, input: $i) { id } }",
            json!({ "id": schedule, "i": { "siteId": e.site_id, "name": name, "kind": "TRIGGER" } }),
        )
        .await;
    e.app
        .admin(
            "mutation($s: ID!, $t: [TriggerInput!]!) { saveTriggers(scheduleId: $s, triggers: $t) { registration { ok message created } } }",
            json!({ "s": schedule, "t": triggers }),
        )
        .await;
    schedule
}

fn workbook_trigger() -> Value {
    json!([{ "kind": "WORKBOOK_REFRESHED", "resourceLuid": sim::DEMO_WB_SALES_LUID, "resourceName": "Sales" }])
}

async fn tableau_refresh_runs_every_matching_schedule_once_per_event(backend: Backend) {
    let e = spawn_engine(backend, &[]).await;
    trigger_schedule(&e, "First", "one@example.com", workbook_trigger()).await;
    trigger_schedule(&e, "Second", "two@example.com", workbook_trigger()).await;
    // Saving triggers registered one webhook on Tableau, pointing at Vizpost.
    let hooks = e.sim.webhooks(sim::DEMO_SITE_LUID);
    assert_eq!(hooks.len(), 1, "{hooks:?}");
    assert_eq!(hooks[0].event, "WorkbookRefreshSucceeded");
    assert!(
        hooks[0]
            .url
            .starts_with(&format!("{}/api/webhooks?token=", e.app.address))
    );

    // Tableau refreshes the workbook: the real webhook POST arrives.
    let statuses = e
        .sim
        .emit_refresh_succeeded(sim::DEMO_SITE_LUID, sim::DEMO_WB_SALES_LUID)
        .await
        .unwrap();
    assert_eq!(statuses, [202]);
    let messages = e.sink.wait_for_messages(2, WAIT).await.unwrap();
    let mut rcpts: Vec<String> = messages.iter().map(|m| m.rcpt_to[0].clone()).collect();
    rcpts.sort();
    assert_eq!(rcpts, ["one@example.com", "two@example.com"]);

    // The same payload three times queues once.
    let url = webhook_url(&e).await;
    let body = tableau_event(sim::DEMO_WB_SALES_LUID);
    let (first, reply) = post(&e, &url, &body, &[]).await;
    assert_eq!(first, 202, "{reply}");
    assert_eq!(reply["queued"].as_array().unwrap().len(), 2);
    for _ in 0..2 {
        let (status, again) = post(&e, &url, &body, &[]).await;
        assert_eq!(
            (status, again["duplicate"].as_bool()),
            (200, Some(true)),
            "{again}"
        );
        assert_eq!(again["original_event_id"], reply["event_id"]);
    }
    let runs = e
        .app
        .admin(
            "{ runs(filter: { cause: TABLEAU_WEBHOOK }) { totalCount } }",
            json!({}),
        )
        .await;
    assert_eq!(
        runs["runs"]["totalCount"], 4,
        "two from the emitted event, two from the first post"
    );

    let events = e.app.admin("{ webhookEvents(filter: { kind: TABLEAU }) { items { outcome duplicate runIds matchedScheduleIds source } } }", json!({})).await;
    let items = events["webhookEvents"]["items"].as_array().unwrap();
    assert_eq!(items.len(), 4);
    assert_eq!(items.iter().filter(|i| i["duplicate"] == true).count(), 2);
    assert!(items.iter().all(|i| i["source"] == "127.0.0.1"));

    // An event for a workbook nobody watches is recorded with the reason.
    let (status, reply) = post(&e, &url, &tableau_event(sim::DEMO_WB_OPS_LUID), &[]).await;
    assert_eq!(status, 200);
    assert!(
        reply["reason"]
            .as_str()
            .unwrap()
            .contains("no enabled trigger"),
        "{reply}"
    );
}

async fn custom_triggers_queue_all_or_nothing_and_skip_disabled_schedules(backend: Backend) {
    let e = spawn_engine(backend, &[]).await;
    let a = trigger_schedule(&e, "A", "a@example.com", json!([{ "kind": "CUSTOM" }])).await;
    let b = trigger_schedule(&e, "B", "b@example.com", json!([{ "kind": "CUSTOM" }])).await;
    e.app
        .admin(
            "mutation($id: ID!) { disableSchedule(id: $id) { id } }",
            json!({ "id": b }),
        )
        .await;
    let token = e.app.admin("mutation { createApiToken(input: { name: \"ci\", scopes: [\"triggers:fire\"] }) { token } }", json!({})).await
        ["createApiToken"]["token"]
        .as_str()
        .unwrap()
        .to_string();
    let bearer = format!("Bearer {token}");
    let url = format!("{}/api/webhooks", e.app.address);
    let body = |ids: Value| {
        json!({ "site_luid": sim::DEMO_SITE_LUID, "event_type": "custom", "schedule_ids": ids })
            .to_string()
    };

    let (status, reply) = post(
        &e,
        &url,
        &body(json!([a.parse::<i64>().unwrap(), 999])),
        &[("authorization", &bearer)],
    )
    .await;
    assert_eq!(status, 422, "{reply}");
    assert_eq!(reply["error"]["missing_schedule_ids"], json!([999]));
    assert!(reply["error"]["message"].as_str().unwrap().contains("999"));
    let runs = e.app.admin("{ runs { totalCount } }", json!({})).await;
    assert_eq!(runs["runs"]["totalCount"], 0, "nothing queued");

    let ids = json!([a.parse::<i64>().unwrap(), b.parse::<i64>().unwrap()]);
    let (status, reply) = post(
        &e,
        &url,
        &body(ids.clone()),
        &[("authorization", &bearer), ("idempotency-key", "job-42")],
    )
    .await;
    assert_eq!(status, 202, "{reply}");
    assert_eq!(reply["queued"].as_array().unwrap().len(), 1);
    assert_eq!(
        reply["skipped"],
        json!([{ "schedule_id": b.parse::<i64>().unwrap(), "reason": "the schedule is disabled" }])
    );
    let run = reply["queued"][0]["run_id"].to_string();
    assert_eq!(
        wait_for_run(&e.app, &run, WAIT).await["status"],
        "SUCCEEDED"
    );
    let (status, again) = post(
        &e,
        &url,
        &body(ids),
        &[("authorization", &bearer), ("idempotency-key", "job-42")],
    )
    .await;
    assert_eq!((status, again["duplicate"].as_bool()), (200, Some(true)));
    // A caller whose first answer was lost learns the same runs and skips.
    assert_eq!(
        (&again["queued"], &again["skipped"]),
        (&reply["queued"], &reply["skipped"])
    );
    assert_eq!(e.sink.messages().len(), 1);
}

async fn who_may_trigger_and_what_bad_requests_get(backend: Backend) {
    let e = spawn_engine(backend, &[]).await;
    let a = trigger_schedule(&e, "A", "a@example.com", json!([{ "kind": "CUSTOM" }])).await;
    let url = format!("{}/api/webhooks", e.app.address);
    let custom = json!({ "site_luid": sim::DEMO_SITE_LUID, "event_type": "custom", "schedule_ids": [a.parse::<i64>().unwrap()] }).to_string();

    // Tableau's path needs the site's token in the URL.
    assert_eq!(
        post(&e, &url, &tableau_event(sim::DEMO_WB_SALES_LUID), &[])
            .await
            .0,
        401
    );
    assert_eq!(
        post(
            &e,
            &format!("{url}?token=nope"),
            &tableau_event(sim::DEMO_WB_SALES_LUID),
            &[]
        )
        .await
        .0,
        401
    );
    let good = webhook_url(&e).await;
    let other_site = tableau_event(sim::DEMO_WB_SALES_LUID)
        .replace(sim::DEMO_SITE_LUID, sim::DEMO_DEFAULT_SITE_LUID);
    let (status, reply) = post(&e, &good, &other_site, &[]).await;
    assert_eq!(status, 401, "a token used for another site: {reply}");

    // Custom triggers need a scoped token or a signature.
    assert_eq!(post(&e, &url, &custom, &[]).await.0, 401);
    let read_only = e
        .app
        .admin(
            "mutation { createApiToken(input: { name: \"r\", scopes: [\"read\"] }) { token } }",
            json!({}),
        )
        .await["createApiToken"]["token"]
        .as_str()
        .unwrap()
        .to_string();
    assert_eq!(
        post(
            &e,
            &url,
            &custom,
            &[("authorization", &format!("Bearer {read_only}"))]
        )
        .await
        .0,
        403
    );
    assert_eq!(
        post(
            &e,
            &url,
            &custom,
            &[("authorization", "Bearer vzp_revoked_or_made_up")]
        )
        .await
        .0,
        401
    );

    let secret = e
        .app
        .admin(
            "query($id: ID!) { site(id: $id) { webhookSigningSecret } }",
            json!({ "id": e.site_id }),
        )
        .await["site"]["webhookSigningSecret"]
        .as_str()
        .unwrap()
        .to_string();
    use base64::Engine as _;
    let key = base64::engine::general_purpose::STANDARD
        .decode(secret.trim_start_matches("whsec_"))
        .unwrap();
    let now = chrono::Utc::now().timestamp();
    let sign = |ts: i64| vizpost::trigger::signature::sign(&key, "msg_1", ts, custom.as_bytes());
    let stale = sign(now - 600);
    let (status, reply) = post(
        &e,
        &url,
        &custom,
        &[
            ("webhook-id", "msg_1"),
            ("webhook-timestamp", &(now - 600).to_string()),
            ("webhook-signature", &stale),
        ],
    )
    .await;
    assert_eq!(status, 401);
    assert!(
        reply["error"]["message"]
            .as_str()
            .unwrap()
            .contains("5 minutes"),
        "{reply}"
    );
    let wrong = vizpost::trigger::signature::sign(b"not the key", "msg_1", now, custom.as_bytes());
    assert_eq!(
        post(
            &e,
            &url,
            &custom,
            &[
                ("webhook-id", "msg_1"),
                ("webhook-timestamp", &now.to_string()),
                ("webhook-signature", &wrong)
            ]
        )
        .await
        .0,
        401
    );
    let right = sign(now);
    let (status, reply) = post(
        &e,
        &url,
        &custom,
        &[
            ("webhook-id", "msg_1"),
            ("webhook-timestamp", &now.to_string()),
            ("webhook-signature", &right),
        ],
    )
    .await;
    assert_eq!(status, 202, "{reply}");

    // Bad bodies: each error names what is wrong.
    let admin = format!("Bearer {}", e.app.admin_token().await);
    let auth = [("authorization", admin.as_str())];
    let (status, reply) = post(&e, &url, "{\"site_luid\": \"x\", \"event_type\": ", &auth).await;
    assert_eq!(status, 400);
    assert!(
        reply["error"]["message"]
            .as_str()
            .unwrap()
            .starts_with("malformed JSON at line 1, column"),
        "{reply}"
    );
    let (status, reply) = post(
        &e,
        &url,
        r#"{"event_type":"custom","schedule_ids":[1]}"#,
        &auth,
    )
    .await;
    assert_eq!(
        (status, reply["error"]["field"].as_str()),
        (400, Some("site_luid"))
    );
    let (status, reply) = post(
        &e,
        &url,
        r#"{"event_type":"custom","site_luid":"x","schedule_ids":"1"}"#,
        &auth,
    )
    .await;
    assert_eq!(
        (status, reply["error"]["field"].as_str()),
        (400, Some("schedule_ids"))
    );
    let (status, reply) = post(&e, &url, r#"{"event_type":"custom","site_luid":"00000000-0000-4000-8000-000000000001","schedule_ids":[1]}"#, &auth).await;
    assert_eq!(
        (status, reply["error"]["code"].as_str()),
        (404, Some("UNKNOWN_SITE"))
    );
    let big = format!("{{\"pad\": \"{}\"}}", "x".repeat(70 * 1024));
    let mut req = e
        .app
        .client
        .post(&url)
        .header("content-type", "application/json");
    for (k, v) in &auth {
        req = req.header(*k, *v);
    }
    let resp = req.body(big).send().await.unwrap();
    assert_eq!(resp.status().as_u16(), 413);
    // The unread rest of the body makes the connection unusable; a client
    // that reused it would see its next request fail.
    assert_eq!(resp.headers()["connection"], "close");
    let resp = e
        .app
        .client
        .post(&url)
        .header("content-type", "text/plain")
        .body(custom.clone())
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status().as_u16(), 415);

    let rejected = e
        .app
        .admin(
            "{ webhookEvents(filter: { outcome: REJECTED }) { totalCount items { reason } } }",
            json!({}),
        )
        .await;
    assert!(rejected["webhookEvents"]["totalCount"].as_i64().unwrap() >= 8);
}

async fn saved_triggers_are_registered_on_tableau_and_the_round_trip_is_tested(backend: Backend) {
    let e = spawn_engine(backend, &[]).await;
    let wb = trigger_schedule(&e, "WB", "a@example.com", workbook_trigger()).await;
    let ds = json!([{ "kind": "DATASOURCE_REFRESHED", "resourceLuid": sim::DEMO_DS_SALES_LUID }]);
    let saved = e.app
        .admin("mutation($s: ID!, $t: [TriggerInput!]!) { saveTriggers(scheduleId: $s, triggers: $t) { registration { ok created removed } } }",
            json!({ "s": wb, "t": ds }))
        .await;
    assert_eq!(
        saved["saveTriggers"]["registration"],
        json!({ "ok": true, "created": ["DatasourceRefreshSucceeded"], "removed": ["WorkbookRefreshSucceeded"] })
    );
    let events: Vec<String> = e
        .sim
        .webhooks(sim::DEMO_SITE_LUID)
        .iter()
        .map(|w| w.event.clone())
        .collect();
    assert_eq!(events, ["DatasourceRefreshSucceeded"]);

    let trips = e.app.admin("mutation($id: ID!) { testTableauWebhooks(siteId: $id) { event reachedVizpost tableauStatus message url } }", json!({ "id": e.site_id })).await;
    let trip = &trips["testTableauWebhooks"][0];
    assert_eq!(trip["reachedVizpost"], true, "{trip}");
    assert_eq!(trip["tableauStatus"], 200);
    assert!(
        trip["url"].as_str().unwrap().ends_with("token=…"),
        "the secret is not shown"
    );
    let pings = e
        .app
        .admin(
            "{ webhookEvents(filter: { kind: TEST_PING }) { totalCount } }",
            json!({}),
        )
        .await;
    assert_eq!(pings["webhookEvents"]["totalCount"], 1);

    // A rotated secret replaces the registered webhook; the old URL stops working.
    let old = webhook_url(&e).await;
    let rotated = e
        .app
        .admin(
            "mutation($id: ID!) { rotateWebhookSecret(siteId: $id) { ok } }",
            json!({ "id": e.site_id }),
        )
        .await;
    assert_eq!(rotated["rotateWebhookSecret"]["ok"], true);
    assert_eq!(
        post(&e, &old, &tableau_event(sim::DEMO_WB_SALES_LUID), &[])
            .await
            .0,
        401
    );
    let hooks = e.sim.webhooks(sim::DEMO_SITE_LUID);
    assert_eq!(hooks.len(), 1);
    assert_eq!(hooks[0].url, webhook_url(&e).await);
}

async fn random_and_mutated_bodies_get_4xx_or_2xx_never_5xx(backend: Backend) {
    use rand::{Rng, SeedableRng};
    let e = spawn_engine(backend, &[]).await;
    let url = webhook_url(&e).await;
    let seeds = [
        tableau_event(sim::DEMO_WB_SALES_LUID),
        json!({ "site_luid": sim::DEMO_SITE_LUID, "event_type": "custom", "schedule_ids": [1] })
            .to_string(),
    ];
    let mut rng = rand::rngs::StdRng::seed_from_u64(11);
    for round in 0..250 {
        let mut body: Vec<u8> = seeds[round % 2].clone().into_bytes();
        for _ in 0..rng.gen_range(1..8) {
            let at = rng.gen_range(0..body.len());
            match rng.gen_range(0..3) {
                0 => body[at] = rng.r#gen(),
                1 => {
                    body.remove(at);
                }
                _ => body.insert(at, b"{}[]\",:0"[rng.gen_range(0..8)]),
            }
        }
        let resp = e
            .app
            .client
            .post(&url)
            .header("content-type", "application/json")
            .body(body.clone())
            .send()
            .await
            .unwrap();
        let status = resp.status().as_u16();
        assert!(
            status < 500,
            "{status} for {:?}",
            String::from_utf8_lossy(&body)
        );
    }
}

vizpost_tests::for_each_backend!(
    tableau_refresh_runs_every_matching_schedule_once_per_event,
    custom_triggers_queue_all_or_nothing_and_skip_disabled_schedules,
    who_may_trigger_and_what_bad_requests_get,
    saved_triggers_are_registered_on_tableau_and_the_round_trip_is_tested,
    random_and_mutated_bodies_get_4xx_or_2xx_never_5xx,
);

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_flood_from_one_address_is_rate_limited() {
    let e = spawn_engine(Backend::Sqlite, &[]).await;
    let url = format!("{}/api/webhooks", e.app.address);
    let mut limited = None;
    for i in 0..400 {
        let resp = e
            .app
            .client
            .post(&url)
            .header("content-type", "application/json")
            .body("{}")
            .send()
            .await
            .unwrap();
        if resp.status().as_u16() == 429 {
            limited = Some((i, resp.headers().get("retry-after").cloned()));
            break;
        }
    }
    let (at, retry_after) = limited.expect("the flood was limited");
    assert_eq!(at, 300, "the 301st call in a minute is refused");
    assert!(retry_after.is_some());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn trigger_fired_streams_each_received_webhook() {
    use futures_util::{SinkExt, StreamExt};
    use tokio_tungstenite::tungstenite::{Message, client::IntoClientRequest};
    let e = spawn_engine(Backend::Sqlite, &[]).await;
    let url = e.app.address.replace("http://", "ws://") + "/graphql/ws";
    let mut request = url.into_client_request().unwrap();
    request.headers_mut().insert(
        "Sec-WebSocket-Protocol",
        "graphql-transport-ws".parse().unwrap(),
    );
    let (mut ws, _) = tokio_tungstenite::connect_async(request).await.unwrap();
    let token = e.app.admin_token().await;
    ws.send(Message::text(
        json!({ "type": "connection_init", "payload": { "token": token } }).to_string(),
    ))
    .await
    .unwrap();
    ws.next().await.unwrap().unwrap();
    let sub = json!({ "id": "1", "type": "subscribe", "payload": { "query": "subscription { triggerFired { kind outcome reason } }" } });
    ws.send(Message::text(sub.to_string())).await.unwrap();
    tokio::time::sleep(Duration::from_millis(200)).await;
    let hook = webhook_url(&e).await;
    post(&e, &hook, &tableau_event(sim::DEMO_WB_OPS_LUID), &[]).await;
    let msg = tokio::time::timeout(WAIT, ws.next())
        .await
        .unwrap()
        .unwrap()
        .unwrap();
    let v: Value = serde_json::from_str(msg.to_text().unwrap()).unwrap();
    assert_eq!(
        v["payload"]["data"]["triggerFired"]["kind"], "TABLEAU",
        "{v}"
    );
    assert_eq!(v["payload"]["data"]["triggerFired"]["outcome"], "NO_MATCH");
}

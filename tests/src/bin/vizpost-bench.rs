//! Benchmarks of what users wait for: how fast a large run delivers, how
//! fast webhooks are accepted, and how fast a rule preview answers. Runs the
//! real application on SQLite with the Tableau simulator and an SMTP sink.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::time::{Duration, Instant};

use serde_json::json;
use vizpost_sims::tableau as sim;
use vizpost_tests::Backend;
use vizpost_tests::engine::{spawn_engine, two_view_task, wait_for_run};

#[tokio::main(flavor = "multi_thread")]
async fn main() {
    let backend = match std::env::args().nth(1).as_deref() {
        Some("postgres") => Backend::Postgres,
        _ => Backend::Sqlite,
    };
    println!("backend: {backend:?}");
    let e = spawn_engine(backend, &[("VIZPOST_WORKERS", "2")]).await;

    // A run to 500 mailing-list members, each with their own filter.
    let list = e
        .app
        .admin(
            "mutation { createMailingList(input: { name: \"All\" }) { id } }",
            json!({}),
        )
        .await["createMailingList"]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let csv: String = std::iter::once("email;name;filter_Region".to_string())
        .chain((0..500).map(|i| format!("m{i}@example.com;M {i};R{}", i % 50)))
        .collect::<Vec<_>>()
        .join("\n");
    e.app.admin("mutation($l: ID!, $c: String!) { importMailingListCsv(listId: $l, csv: $c) { added } }", json!({ "l": list, "c": csv })).await;
    let (schedule, _) = e
        .schedule_with_task("TRIGGER", None, two_view_task(&[], &[&list]))
        .await;
    let started = Instant::now();
    let run = e.run_now(&schedule).await;
    let done = wait_for_run(&e.app, &run, Duration::from_secs(600)).await;
    let secs = started.elapsed().as_secs_f64();
    println!(
        "delivery: 500 emails (50 distinct filter sets, 2 views each) in {secs:.2} s = {:.0} emails/s ({})",
        500.0 / secs,
        done["status"]
    );

    // Webhook ingest: custom triggers, one after another.
    e.app
        .admin(
            "mutation($s: ID!) { disableSchedule(id: $s) { id } }",
            json!({ "s": schedule }),
        )
        .await;
    let token = e.app.admin_token().await;
    let url = format!("{}/api/webhooks", e.app.address);
    let body = json!({ "site_luid": sim::DEMO_SITE_LUID, "event_type": "custom", "schedule_ids": [schedule.parse::<i64>().unwrap()] });
    let n = 300;
    let mut latencies = Vec::with_capacity(n);
    for _ in 0..n {
        let t = Instant::now();
        let resp = e
            .app
            .client
            .post(&url)
            .bearer_auth(&token)
            .json(&body)
            .send()
            .await
            .unwrap();
        assert!(resp.status().is_success());
        latencies.push(t.elapsed());
    }
    latencies.sort();
    println!(
        "webhooks: {n} custom triggers, median {:.1} ms, p95 {:.1} ms",
        latencies[n / 2].as_secs_f64() * 1000.0,
        latencies[n * 95 / 100].as_secs_f64() * 1000.0
    );

    // Rule previews, as the schedule editor asks for them while typing.
    let q = "query { previewTimeRule(rule: { cron: { expression: \"*/15 8-18 * * 1-5\" } }, timezone: \"Europe/Amsterdam\", count: 50) { times { at } } }";
    let t = Instant::now();
    for _ in 0..200 {
        e.app.gql(Some(&token), q, json!({})).await;
    }
    println!(
        "previews: 200 × 50 fire times, {:.2} ms each",
        t.elapsed().as_secs_f64() * 1000.0 / 200.0
    );
}

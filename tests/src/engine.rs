//! An application wired to the Tableau simulator and an SMTP sink, with a
//! site, for tests of the execution engine.

use std::time::Duration;

use serde_json::{Value, json};
use vizpost_sims::smtp::SmtpSink;
use vizpost_sims::tableau::{self as sim, SimConfig, TableauSim};

use crate::{Backend, TestApp, data, spawn_app_with};

pub struct EngineApp {
    pub app: TestApp,
    pub sim: TableauSim,
    pub sink: SmtpSink,
    pub site_id: String,
}

/// Starts the simulator, the sink and the application (SMTP delivery,
/// scheduler ticks left to the test), and registers the demo site.
pub async fn spawn_engine(backend: Backend, extra: &[(&str, &str)]) -> EngineApp {
    let sim = TableauSim::start(SimConfig::demo()).await.unwrap();
    let sink = SmtpSink::start().await.unwrap();
    let smtp = format!("{}&from=reports@vizpost.example", sink.url());
    // Tableau must be told where Vizpost listens: pick the port up front.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let listen = format!("127.0.0.1:{port}");
    let public = format!("http://127.0.0.1:{port}");
    let mut env: Vec<(&str, &str)> = vec![
        ("VIZPOST_SMTP_URL", smtp.as_str()),
        ("VIZPOST_TICK_MILLIS", "60000"),
        ("VIZPOST_LISTEN", listen.as_str()),
        ("VIZPOST_PUBLIC_URL", public.as_str()),
    ];
    env.extend_from_slice(extra);
    let app = spawn_app_with(backend, &env).await;
    let site_id = register_demo_site(&app, &sim.base_url()).await;
    EngineApp {
        app,
        sim,
        sink,
        site_id,
    }
}

pub async fn register_demo_site(app: &TestApp, base_url: &str) -> String {
    let server = app
        .admin(
            "mutation($i: TableauServerInput!) { createTableauServer(input: $i) { id } }",
            json!({ "i": { "name": "Simulated", "baseUrl": base_url, "apiVersion": "3.24",
                "auth": { "personalAccessToken": { "name": sim::DEMO_PAT_NAME, "secret": sim::DEMO_PAT_SECRET } } } }),
        )
        .await["createTableauServer"]["id"]
        .as_str()
        .unwrap()
        .to_string();
    app.admin(
        "mutation($i: SiteInput!) { createSite(input: $i) { id } }",
        json!({ "i": { "serverId": server, "name": "Finance", "contentUrl": sim::DEMO_SITE_CONTENT_URL,
            "siteLuid": sim::DEMO_SITE_LUID } }),
    )
    .await["createSite"]["id"]
    .as_str()
    .unwrap()
    .to_string()
}

/// Switches the first server to the demo Connected App, with which every
/// sign-in is a session of its own.
pub async fn use_connected_app(app: &TestApp, base_url: &str) {
    app.admin(
        "mutation($i: TableauServerInput!) { updateTableauServer(id: \"1\", input: $i) { id } }",
        json!({ "i": { "name": "Simulated", "baseUrl": base_url, "auth": { "connectedApp": {
            "clientId": sim::DEMO_CA_CLIENT_ID, "secretId": sim::DEMO_CA_SECRET_ID,
            "secretValue": sim::DEMO_CA_SECRET_VALUE, "username": "svc@example.com" } } } }),
    )
    .await;
}

/// A task delivering the Overview as PDF and By Region as an inline PNG.
pub fn two_view_task(recipients: &[&str], lists: &[&str]) -> Value {
    json!({
        "name": "Sales pack",
        "views": [
            { "viewLuid": sim::DEMO_VIEW_OVERVIEW_LUID, "viewName": "Overview", "workbookName": "Sales",
              "format": "PDF", "pageType": "A4", "orientation": "LANDSCAPE" },
            { "viewLuid": sim::DEMO_VIEW_BY_REGION_LUID, "viewName": "By Region", "workbookName": "Sales",
              "format": "PNG", "inline": true },
        ],
        "recipients": recipients,
        "mailingListIds": lists,
        "subjectTemplate": "{{schedule}} for {{recipient.name}}",
        "bodyTemplate": "<p>Hello {{recipient.name}} in {{member.CITY}},</p><p>{{views}} of {{date}}.</p>",
        "filenameTemplate": "{{view}} {{date}}",
    })
}

impl EngineApp {
    pub async fn schedule_with_task(
        &self,
        kind: &str,
        rule: Option<Value>,
        task: Value,
    ) -> (String, String) {
        let mut input = json!({ "siteId": self.site_id, "name": "Sales daily", "kind": kind, "timezone": "Europe/Amsterdam" });
        if let Some(rule) = rule {
            input["rule"] = rule;
        }
        let schedule = self
            .app
            .admin(
                "mutation($i: ScheduleInput!) { createSchedule(input: $i) { id } }",
                json!({ "i": input }),
            )
            .await["createSchedule"]["id"]
            .as_str()
            .unwrap()
            .to_string();
        let task = self
            .app
            .admin(
                "mutation($s: ID!, $i: TaskInput!) { createTask(scheduleId: $s, input: $i) { id } }",
                json!({ "s": schedule, "i": task }),
            )
            .await["createTask"]["id"]
            .as_str()
            .unwrap()
            .to_string();
        (schedule, task)
    }

    pub async fn run_now(&self, schedule: &str) -> String {
        self.app
            .admin(
                "mutation($id: ID!) { runScheduleNow(id: $id) { id status } }",
                json!({ "id": schedule }),
            )
            .await["runScheduleNow"]["id"]
            .as_str()
            .unwrap()
            .to_string()
    }
}

/// On an application without [`spawn_engine`]'s set-up: registers the
/// demo site, runs a schedule named `name` once with [`two_view_task`] for
/// `recipients`, and returns the run when it has ended.
pub async fn run_once_on(
    app: &TestApp,
    sim_base_url: &str,
    name: &str,
    recipients: &[&str],
) -> Value {
    let site = register_demo_site(app, sim_base_url).await;
    let schedule = app
        .admin(
            "mutation($i: ScheduleInput!) { createSchedule(input: $i) { id } }",
            json!({ "i": { "siteId": site, "name": name, "kind": "TRIGGER" } }),
        )
        .await["createSchedule"]["id"]
        .as_str()
        .unwrap()
        .to_string();
    app.admin(
        "mutation($s: ID!, $i: TaskInput!) { createTask(scheduleId: $s, input: $i) { id } }",
        json!({ "s": schedule, "i": two_view_task(recipients, &[]) }),
    )
    .await;
    let run = app
        .admin(
            "mutation($id: ID!) { runScheduleNow(id: $id) { id } }",
            json!({ "id": schedule }),
        )
        .await;
    wait_for_run(
        app,
        run["runScheduleNow"]["id"].as_str().unwrap(),
        Duration::from_secs(30),
    )
    .await
}

const RUN: &str = "query($id: ID!) { run(id: $id) { id status total sent failed error } }";

/// Waits until the run has ended and returns it.
pub async fn wait_for_run(app: &TestApp, run: &str, timeout: Duration) -> Value {
    let token = app.admin_token().await;
    let deadline = tokio::time::Instant::now() + timeout;
    loop {
        let r = data(app.gql(Some(&token), RUN, json!({ "id": run })).await)["run"].clone();
        let status = r["status"].as_str().unwrap_or_default().to_string();
        if !matches!(status.as_str(), "QUEUED" | "RUNNING") {
            return r;
        }
        assert!(
            tokio::time::Instant::now() < deadline,
            "run {run} still {status} after {timeout:?}: {r}"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// The deliveries of a run, ordered by recipient.
pub async fn deliveries(app: &TestApp, run: &str) -> Vec<Value> {
    let resp = app
        .admin(
            "query($id: ID!) { deliveries(runId: $id, page: { limit: 200 }) { items { recipientEmail status attempts error messageId subject html } } }",
            json!({ "id": run }),
        )
        .await;
    resp["deliveries"]["items"].as_array().unwrap().clone()
}

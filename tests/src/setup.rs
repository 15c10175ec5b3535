//! Building blocks for tests: a server and site, schedules, tasks, lists,
//! each created through the public GraphQL API like a client would.

use serde_json::{Value, json};

use crate::TestApp;

pub const SITE_LUID: &str = "0b9a3c4e-1f2d-4e5f-8a9b-0c1d2e3f4a5b";
pub const PAT_SECRET: &str = "pat-secret-Zq8Vw3kLm9";
/// Nothing listens on the discard port: Tableau calls fail at once.
pub const TABLEAU_URL: &str = "http://127.0.0.1:9";
pub const VIEW_A: &str = "9f8e7d6c-5b4a-4321-8765-43210fedcba9";
pub const VIEW_B: &str = "1a2b3c4d-5e6f-4a8b-9c0d-1e2f3a4b5c6d";
pub const WORKBOOK: &str = "7c6b5a49-3827-4165-9483-726150493827";

pub async fn server_and_site(app: &TestApp, domains: &[&str]) -> (String, String) {
    let server = app
        .admin(
            "mutation($i: TableauServerInput!) { createTableauServer(input: $i) { id } }",
            json!({ "i": { "name": "Production", "baseUrl": TABLEAU_URL,
                "auth": { "personalAccessToken": { "name": "vizpost", "secret": PAT_SECRET } } } }),
        )
        .await["createTableauServer"]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let site = app
        .admin(
            "mutation($i: SiteInput!) { createSite(input: $i) { id } }",
            json!({ "i": { "serverId": server, "name": "Finance", "contentUrl": "finance",
                "siteLuid": SITE_LUID, "allowedDomains": domains } }),
        )
        .await["createSite"]["id"]
        .as_str()
        .unwrap()
        .to_string();
    (server, site)
}

pub fn schedule_input(site: &str, name: &str, kind: &str) -> Value {
    let mut input =
        json!({ "siteId": site, "name": name, "kind": kind, "timezone": "Europe/Amsterdam" });
    if kind == "TIME" {
        input["rule"] = json!({ "weekly": { "weekdays": ["MON", "WED"], "time": "08:30" } });
    }
    input
}

pub async fn schedule(app: &TestApp, site: &str, name: &str, kind: &str) -> String {
    app.admin(
        "mutation($i: ScheduleInput!) { createSchedule(input: $i) { id } }",
        json!({ "i": schedule_input(site, name, kind) }),
    )
    .await["createSchedule"]["id"]
        .as_str()
        .unwrap()
        .to_string()
}

pub fn task_input(recipients: &[&str], lists: &[&str]) -> Value {
    json!({
        "name": "Weekly sales",
        "views": [
            { "viewLuid": VIEW_A, "viewName": "Overview", "workbookName": "Sales", "format": "PDF",
              "pageType": "A4", "orientation": "LANDSCAPE" },
            { "viewLuid": VIEW_B, "viewName": "By Region", "workbookName": "Sales", "format": "PNG", "inline": true },
        ],
        "filters": [{ "field": "Region", "values": ["West", "East"] }],
        "parameters": [{ "name": "Year", "value": "2026" }],
        "recipients": recipients,
        "mailingListIds": lists,
        "subjectTemplate": "{{schedule}}: {{views}} for {{recipient.name}}",
    })
}

pub async fn task(app: &TestApp, schedule: &str, recipients: &[&str]) -> String {
    app.admin(
        "mutation($s: ID!, $i: TaskInput!) { createTask(scheduleId: $s, input: $i) { id } }",
        json!({ "s": schedule, "i": task_input(recipients, &[]) }),
    )
    .await["createTask"]["id"]
        .as_str()
        .unwrap()
        .to_string()
}

pub async fn mailing_list(app: &TestApp, name: &str) -> String {
    app.admin(
        "mutation($i: MailingListInput!) { createMailingList(input: $i) { id } }",
        json!({ "i": { "name": name } }),
    )
    .await["createMailingList"]["id"]
        .as_str()
        .unwrap()
        .to_string()
}

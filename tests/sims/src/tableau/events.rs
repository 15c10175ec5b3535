//! Tableau's webhook event catalog and the payload it POSTs when an
//! event fires.

use anyhow::{Context as _, bail};
use chrono::Utc;
use serde_json::Value;

use super::state::{Inner, SimWebhook};

/// `event` names and their legacy `webhook-source` element names.
const EVENTS: [(&str, &str); 22] = [
    ("AdminPromoted", "webhook-event-user-promoted-admin"),
    ("AdminDemoted", "webhook-event-user-demoted-admin"),
    (
        "DatasourceUpdated",
        "webhook-source-event-datasource-updated",
    ),
    (
        "DatasourceCreated",
        "webhook-source-event-datasource-created",
    ),
    (
        "DatasourceDeleted",
        "webhook-source-event-datasource-deleted",
    ),
    (
        "DatasourceRefreshStarted",
        "webhook-source-event-datasource-refresh-started",
    ),
    (
        "DatasourceRefreshSucceeded",
        "webhook-source-event-datasource-refresh-succeeded",
    ),
    (
        "DatasourceRefreshFailed",
        "webhook-source-event-datasource-refresh-failed",
    ),
    ("LabelCreated", "webhook-source-event-label-created"),
    ("LabelUpdated", "webhook-source-event-label-updated"),
    ("LabelDeleted", "webhook-source-event-label-LabelDeleted"),
    ("SiteCreated", "webhook-source-event-site-created"),
    ("SiteUpdated", "webhook-source-event-site-updated"),
    ("SiteDeleted", "webhook-source-event-site-deleted"),
    ("UserDeleted", "webhook-source-event-user-deleted"),
    ("ViewDeleted", "webhook-source-event-view-deleted"),
    ("WorkbookUpdated", "webhook-source-event-workbook-updated"),
    ("WorkbookCreated", "webhook-source-event-workbook-created"),
    ("WorkbookDeleted", "webhook-source-event-workbook-deleted"),
    (
        "WorkbookRefreshStarted",
        "webhook-source-event-workbook-refresh-started",
    ),
    (
        "WorkbookRefreshSucceeded",
        "webhook-source-event-workbook-refresh-succeeded",
    ),
    (
        "WorkbookRefreshFailed",
        "webhook-source-event-workbook-refresh-failed",
    ),
];

/// Canonical `event` name for either naming style.
pub(crate) fn canonical_event(name: &str) -> Option<&'static str> {
    EVENTS
        .iter()
        .find(|(e, legacy)| e.eq_ignore_ascii_case(name) || legacy.eq_ignore_ascii_case(name))
        .map(|(e, _)| *e)
}

pub(crate) fn legacy_event(event: &str) -> &'static str {
    EVENTS
        .iter()
        .find(|(e, _)| *e == event)
        .map(|(_, legacy)| *legacy)
        .unwrap_or_default()
}

pub(crate) async fn emit_refresh_succeeded(
    inner: &Inner,
    site_luid: &str,
    resource_luid: &str,
) -> anyhow::Result<Vec<u16>> {
    let site = inner
        .config
        .site_by_luid(site_luid)
        .with_context(|| format!("no site with LUID {site_luid}"))?;
    let (resource, event, name) = if let Some(wb) = site.workbook(resource_luid) {
        ("WORKBOOK", "WorkbookRefreshSucceeded", wb.name.as_str())
    } else if let Some(ds) = site.datasource(resource_luid) {
        ("DATASOURCE", "DatasourceRefreshSucceeded", ds.name.as_str())
    } else {
        bail!("no workbook or data source {resource_luid} on site {site_luid}");
    };
    // Built by hand to keep Tableau's documented key order.
    let q = |s: &str| Value::from(s).to_string();
    let payload = format!(
        "{{\"resource\":{},\"event_type\":{},\"resource_name\":{},\"site_luid\":{},\"resource_luid\":{},\"created_at\":{}}}",
        q(resource),
        q(event),
        q(name),
        q(&site.luid),
        q(resource_luid),
        q(&Utc::now().format("%Y-%m-%dT%H:%M:%SZ").to_string()),
    );
    let targets: Vec<SimWebhook> = inner
        .webhooks
        .lock()
        .iter()
        .filter(|w| {
            w.is_enabled && w.event == event && w.site_luid.eq_ignore_ascii_case(&site.luid)
        })
        .cloned()
        .collect();
    let mut statuses = Vec::with_capacity(targets.len());
    for hook in targets {
        let sent = inner
            .http
            .post(&hook.url)
            .header("content-type", "application/json")
            .body(payload.clone())
            .send()
            .await;
        statuses.push(sent.map(|r| r.status().as_u16()).unwrap_or(0));
    }
    Ok(statuses)
}

//! Keeping Vizpost's webhooks registered on Tableau: one per event that an
//! enabled trigger of the site needs, pointing at `VIZPOST_PUBLIC_URL` with
//! the site's secret; webhooks no longer needed are removed.

use std::collections::BTreeSet;
use std::time::Duration;

use chrono::Utc;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

use super::payload::{DATASOURCE_REFRESH_SUCCEEDED, WORKBOOK_REFRESH_SUCCEEDED};
use crate::connection::webhook_secret;
use crate::db::entity::{schedule, site, trigger, webhook_event};
use crate::error::{AppError, AppResult};
use crate::state::AppState;

/// What a sync did, or why it could not.
#[derive(Debug, Clone, Default)]
pub struct SyncReport {
    pub ok: bool,
    pub created: Vec<String>,
    pub removed: Vec<String>,
    pub kept: Vec<String>,
    pub message: String,
}

/// The URL Tableau posts to for this site.
pub fn webhook_url(state: &AppState, s: &site::Model) -> AppResult<String> {
    let token = webhook_secret(state, s)?;
    let base = state.settings.public_url.as_str().trim_end_matches('/');
    Ok(format!("{base}/api/webhooks?token={token}"))
}

fn ours(url: &str, state: &AppState) -> bool {
    let base = state.settings.public_url.as_str().trim_end_matches('/');
    url.starts_with(&format!("{base}/api/webhooks"))
}

async fn needed_events(state: &AppState, site_id: i32) -> AppResult<BTreeSet<&'static str>> {
    let schedules: Vec<i32> = schedule::Entity::find()
        .filter(schedule::Column::SiteId.eq(site_id))
        .filter(schedule::Column::Kind.eq("TRIGGER"))
        .filter(schedule::Column::Enabled.eq(true))
        .all(&state.db)
        .await?
        .into_iter()
        .map(|s| s.id)
        .collect();
    let triggers = trigger::Entity::find()
        .filter(trigger::Column::ScheduleId.is_in(schedules))
        .filter(trigger::Column::Enabled.eq(true))
        .all(&state.db)
        .await?;
    Ok(triggers
        .iter()
        .filter_map(|t| match t.kind.as_str() {
            "WORKBOOK_REFRESHED" => Some(WORKBOOK_REFRESH_SUCCEEDED),
            "DATASOURCE_REFRESHED" => Some(DATASOURCE_REFRESH_SUCCEEDED),
            _ => None,
        })
        .collect())
}

/// Makes Tableau's webhooks for the site match its triggers. Tableau
/// failures are reported in the result, not raised: the triggers are saved
/// either way, and the user needs to know what to fix.
pub async fn sync_site(state: &AppState, site_id: i32) -> AppResult<SyncReport> {
    let s = site::Entity::find_by_id(site_id)
        .one(&state.db)
        .await?
        .ok_or_else(|| AppError::not_found("site", site_id))?;
    let needed = needed_events(state, site_id).await?;
    let url = webhook_url(state, &s)?;
    let client = state.clients.for_site(state, site_id).await?;
    let mut report = SyncReport::default();
    let existing = match client.list_webhooks().await {
        Ok(list) => list,
        Err(e) => {
            report.message = format!("could not list the site's webhooks on Tableau: {e}");
            tracing::warn!(site_id, error = %e, "webhook sync failed");
            return Ok(report);
        }
    };
    let mut present = BTreeSet::new();
    for w in existing.iter().filter(|w| ours(&w.url, state)) {
        let wanted = w.url == url
            && needed.contains(w.event.as_str())
            && !present.contains(w.event.as_str());
        if wanted {
            present.insert(w.event.clone());
            report.kept.push(w.event.clone());
            continue;
        }
        if let Err(e) = client.delete_webhook(&w.id).await {
            report.message = format!("could not remove webhook {} from Tableau: {e}", w.name);
            return Ok(report);
        }
        report.removed.push(w.event.clone());
    }
    for event in needed.iter().filter(|e| !present.contains(**e)) {
        let name = format!("Vizpost {} ({})", event, s.name);
        match client.create_webhook(&name, event, &url).await {
            Ok(_) => report.created.push(event.to_string()),
            Err(e) => {
                report.message = format!("could not create the {event} webhook on Tableau: {e}");
                tracing::warn!(site_id, error = %e, "webhook sync failed");
                return Ok(report);
            }
        }
    }
    report.ok = true;
    report.message = format!(
        "{} webhook(s) registered on Tableau ({} created, {} removed)",
        needed.len(),
        report.created.len(),
        report.removed.len()
    );
    if state.settings.public_url.scheme() != "https" && !needed.is_empty() {
        // Tableau Server and Cloud only post to https destinations with a
        // valid certificate; say so before the user wonders why nothing arrives.
        report.message.push_str(
            "; note: Tableau delivers webhooks only to https:// addresses, and VIZPOST_PUBLIC_URL is not one",
        );
    }
    tracing::info!(
        site_id,
        created = report.created.len(),
        removed = report.removed.len(),
        "webhooks synced"
    );
    Ok(report)
}

/// One webhook's round trip: Tableau's test call and whether it reached us.
#[derive(Debug, Clone)]
pub struct RoundTrip {
    pub webhook_id: String,
    pub event: String,
    pub url: String,
    pub tableau_status: Option<u16>,
    pub reached_vizpost: bool,
    pub message: String,
}

/// Asks Tableau to test each of the site's Vizpost webhooks and checks that
/// the test ping arrived here.
pub async fn test_site(state: &AppState, site_id: i32) -> AppResult<Vec<RoundTrip>> {
    let s = site::Entity::find_by_id(site_id)
        .one(&state.db)
        .await?
        .ok_or_else(|| AppError::not_found("site", site_id))?;
    let client = state.clients.for_site(state, site_id).await?;
    let url = webhook_url(state, &s)?;
    let hooks = client
        .list_webhooks()
        .await
        .map_err(|e| AppError::invalid("siteId", format!("Tableau: {e}")))?;
    let mut out = Vec::new();
    for w in hooks.into_iter().filter(|w| ours(&w.url, state)) {
        let started = Utc::now() - chrono::Duration::seconds(1);
        let result = client.test_webhook(&w.id).await;
        // Tableau answers once it has posted; give our own insert a moment.
        let mut reached = false;
        for _ in 0..20 {
            reached = webhook_event::Entity::find()
                .filter(webhook_event::Column::SiteId.eq(site_id))
                .filter(webhook_event::Column::Kind.eq("TEST_PING"))
                .filter(webhook_event::Column::ReceivedAt.gte(started))
                .one(&state.db)
                .await?
                .is_some();
            if reached {
                break;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        let stale = w.url != url;
        let (status, message) = match &result {
            Ok(t) if reached && (200..300).contains(&t.status) => (
                Some(t.status),
                "Tableau reached Vizpost and got a success answer".to_string(),
            ),
            Ok(t) if reached => (
                Some(t.status),
                format!("Tableau reached Vizpost but saw status {}", t.status),
            ),
            Ok(t) if stale => (
                Some(t.status),
                "this webhook carries an old secret; save the triggers again to replace it"
                    .to_string(),
            ),
            Ok(t) => (
                Some(t.status),
                format!(
                    "Tableau could not reach Vizpost at {} (it saw status {}); check that VIZPOST_PUBLIC_URL is reachable from Tableau",
                    state.settings.public_url, t.status
                ),
            ),
            Err(e) => (None, format!("Tableau could not test the webhook: {e}")),
        };
        out.push(RoundTrip {
            webhook_id: w.id,
            event: w.event,
            url: redact(&w.url),
            tableau_status: status,
            reached_vizpost: reached,
            message,
        });
    }
    Ok(out)
}

/// The token stays out of what the console shows.
fn redact(url: &str) -> String {
    match url.split_once("token=") {
        Some((head, _)) => format!("{head}token=…"),
        None => url.to_string(),
    }
}

//! Receiving a webhook: authenticate it, match it to schedules, and store
//! the event together with the runs it queued in one transaction, so the
//! caller's 2xx means the runs are durable (and a 5xx means nothing was
//! kept, so Tableau retries).

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseTransaction, EntityTrait, QueryFilter, QueryOrder, Set,
    TransactionTrait,
};
use serde_json::{Value, json};
use sha2::{Digest, Sha256};

use super::payload::{
    self, DATASOURCE_REFRESH_SUCCEEDED, Payload, TableauEvent, WORKBOOK_REFRESH_SUCCEEDED,
};
use super::signature::Signed;
use crate::connection::webhook_token_hash;
use crate::db::entity::{run as run_row, schedule, site, trigger, webhook_event};
use crate::error::AppResult;
use crate::run::{self, Cause, Enqueue, RunEvent, events::Event};
use crate::state::AppState;

/// Repeated deliveries of one event within this window queue runs once.
pub const DEDUPE_WINDOW_SECONDS: i64 = 600;

/// What arrived, as the HTTP layer saw it.
pub struct Incoming<'a> {
    pub body: &'a [u8],
    pub source: String,
    /// `?token=` from the URL Vizpost registered on Tableau.
    pub token: Option<&'a str>,
    /// Who called, when an `Authorization` header was sent and checked.
    pub caller: Option<crate::auth::Principal>,
    pub signature: Option<Signed<'a>>,
    pub idempotency_key: Option<&'a str>,
    /// Read from the application clock, the same one schedules and
    /// retention use.
    pub received_at: DateTime<Utc>,
}

/// The HTTP answer: a status and a JSON body.
pub struct Reply {
    pub status: u16,
    pub body: Value,
}

pub(super) fn error(
    status: u16,
    code: &str,
    message: impl Into<String>,
    field: Option<String>,
) -> Reply {
    let mut err = json!({ "code": code, "message": message.into() });
    if let Some(f) = field {
        err["field"] = json!(f);
    }
    Reply {
        status,
        body: json!({ "error": err }),
    }
}

pub(super) struct Record {
    pub(super) kind: &'static str,
    pub(super) site_id: Option<i32>,
    pub(super) event_type: Option<String>,
    pub(super) resource_luid: Option<String>,
    pub(super) outcome: &'static str,
    pub(super) reason: Option<String>,
    pub(super) duplicate: bool,
    pub(super) matched: Vec<i32>,
    pub(super) runs: Vec<i32>,
    pub(super) skipped: Vec<Value>,
    pub(super) dedupe_key: Option<String>,
}

impl Record {
    pub(super) fn new(kind: &'static str, outcome: &'static str) -> Self {
        Self {
            kind,
            site_id: None,
            event_type: None,
            resource_luid: None,
            outcome,
            reason: None,
            duplicate: false,
            matched: vec![],
            runs: vec![],
            skipped: vec![],
            dedupe_key: None,
        }
    }
}

/// Bodies are kept for the event log, cut to a size that keeps the table small.
const KEPT_BODY: usize = 16 * 1024;

/// PostgreSQL text cannot hold NUL; a caller can send one, so it is replaced.
fn storable(text: &str) -> String {
    text.replace('\0', "\u{FFFD}")
}

pub(super) async fn store(
    db: &impl sea_orm::ConnectionTrait,
    incoming: &Incoming<'_>,
    r: &Record,
) -> AppResult<webhook_event::Model> {
    let mut body = storable(&String::from_utf8_lossy(incoming.body));
    if body.len() > KEPT_BODY {
        let mut cut = KEPT_BODY;
        while !body.is_char_boundary(cut) {
            cut -= 1;
        }
        body.truncate(cut);
    }
    Ok(webhook_event::ActiveModel {
        received_at: Set(incoming.received_at),
        source: Set(incoming.source.clone()),
        kind: Set(r.kind.into()),
        site_id: Set(r.site_id),
        event_type: Set(r.event_type.as_deref().map(storable)),
        resource_luid: Set(r.resource_luid.as_deref().map(storable)),
        body: Set(body),
        duplicate: Set(r.duplicate),
        outcome: Set(r.outcome.into()),
        reason: Set(r.reason.as_deref().map(storable)),
        matched_schedule_ids: Set(json!(r.matched)),
        run_ids: Set(json!(r.runs)),
        skipped: Set(json!(r.skipped)),
        dedupe_key: Set(r.dedupe_key.clone()),
        ..Default::default()
    }
    .insert(db)
    .await?)
}

/// Stores a refused or unmatched event outside any transaction and answers.
pub(super) async fn refuse(
    state: &AppState,
    incoming: &Incoming<'_>,
    mut r: Record,
    reply: Reply,
) -> AppResult<Reply> {
    if r.reason.is_none() {
        r.reason = reply.body["error"]["message"].as_str().map(String::from);
    }
    let saved = store(&state.db, incoming, &r).await?;
    announce(state, &saved).await;
    tracing::info!(
        event_id = saved.id,
        outcome = r.outcome,
        status = reply.status,
        "webhook refused"
    );
    Ok(reply)
}

async fn announce(state: &AppState, e: &webhook_event::Model) {
    state
        .events
        .send(Event::Webhook {
            event_id: e.id,
            site_id: e.site_id,
        })
        .await;
}

pub async fn receive(state: &AppState, incoming: Incoming<'_>) -> AppResult<Reply> {
    let payload = match payload::parse(incoming.body) {
        Ok(p) => p,
        Err(e) => {
            let reply = error(400, "INVALID_BODY", e.message.clone(), e.field.clone());
            return refuse(state, &incoming, Record::new("INVALID", "REJECTED"), reply).await;
        }
    };
    match payload {
        Payload::TestPing => test_ping(state, &incoming).await,
        Payload::Tableau(event) => tableau_event(state, &incoming, event).await,
        Payload::Custom {
            site_luid,
            schedule_ids,
        } => super::custom::custom(state, &incoming, &site_luid, schedule_ids).await,
    }
}

async fn site_by_token(state: &AppState, token: Option<&str>) -> AppResult<Option<site::Model>> {
    let Some(token) = token.filter(|t| !t.is_empty()) else {
        return Ok(None);
    };
    let found = site::Entity::find()
        .filter(site::Column::WebhookTokenHash.eq(webhook_token_hash(token)))
        .one(&state.db)
        .await?;
    Ok(found)
}

async fn test_ping(state: &AppState, incoming: &Incoming<'_>) -> AppResult<Reply> {
    let Some(site) = site_by_token(state, incoming.token).await? else {
        let reply = error(
            401,
            "UNAUTHORIZED",
            "the webhook token is missing or unknown",
            Some("token".into()),
        );
        return refuse(state, incoming, Record::new("TEST_PING", "REJECTED"), reply).await;
    };
    let mut r = Record::new("TEST_PING", "TEST_PING");
    r.site_id = Some(site.id);
    let saved = store(&state.db, incoming, &r).await?;
    announce(state, &saved).await;
    tracing::info!(
        event_id = saved.id,
        site_id = site.id,
        "webhook test ping received"
    );
    Ok(Reply {
        status: 200,
        body: json!({ "event_id": saved.id, "test": true }),
    })
}

fn trigger_kind(event_type: &str) -> Option<&'static str> {
    match event_type {
        WORKBOOK_REFRESH_SUCCEEDED => Some("WORKBOOK_REFRESHED"),
        DATASOURCE_REFRESH_SUCCEEDED => Some("DATASOURCE_REFRESHED"),
        _ => None,
    }
}

pub(super) fn hash(parts: &[&[u8]]) -> String {
    let mut h = Sha256::new();
    for p in parts {
        h.update((p.len() as u64).to_le_bytes());
        h.update(p);
    }
    hex::encode(h.finalize())
}

/// The earlier event with this key inside the window, if any.
async fn original(
    txn: &DatabaseTransaction,
    key: &str,
    now: DateTime<Utc>,
) -> AppResult<Option<webhook_event::Model>> {
    let since = now - chrono::Duration::seconds(DEDUPE_WINDOW_SECONDS);
    Ok(webhook_event::Entity::find()
        .filter(webhook_event::Column::DedupeKey.eq(key))
        .filter(webhook_event::Column::Duplicate.eq(false))
        .filter(webhook_event::Column::ReceivedAt.gte(since))
        .one(txn)
        .await?)
}

async fn tableau_event(
    state: &AppState,
    incoming: &Incoming<'_>,
    event: TableauEvent,
) -> AppResult<Reply> {
    let mut r = Record::new("TABLEAU", "REJECTED");
    r.event_type = Some(event.event_type.clone());
    r.resource_luid = Some(event.resource_luid.clone());
    let Some(site) = site_by_token(state, incoming.token).await? else {
        let reply = error(
            401,
            "UNAUTHORIZED",
            "the webhook token is missing or unknown; use the URL Vizpost registered",
            Some("token".into()),
        );
        return refuse(state, incoming, r, reply).await;
    };
    r.site_id = Some(site.id);
    if !site.site_luid.eq_ignore_ascii_case(&event.site_luid) {
        let reply = error(
            401,
            "UNAUTHORIZED",
            format!(
                "the webhook token does not belong to site {}",
                event.site_luid
            ),
            Some("site_luid".into()),
        );
        return refuse(state, incoming, r, reply).await;
    }
    let Some(kind) = trigger_kind(&event.event_type) else {
        r.outcome = "IGNORED";
        let reason = format!(
            "event type '{}' is not one Vizpost acts on",
            event.event_type
        );
        r.reason = Some(reason.clone());
        let saved = store(&state.db, incoming, &r).await?;
        announce(state, &saved).await;
        return Ok(Reply {
            status: 200,
            body: json!({ "event_id": saved.id, "queued": [], "skipped": [], "ignored": reason }),
        });
    };
    let key = hash(&[b"tableau", site.id.to_string().as_bytes(), incoming.body]);
    let schedules = matching_schedules(state, &site, kind, &event.resource_luid).await?;
    let ids: Vec<i32> = schedules.iter().map(|s| s.id).collect();
    queue_for(
        state,
        incoming,
        r,
        key,
        schedules,
        Cause::TableauWebhook,
        if ids.is_empty() {
            Some(format!(
                "no enabled trigger on site '{}' watches {} {}",
                site.name,
                kind_noun(kind),
                event.resource_luid
            ))
        } else {
            None
        },
    )
    .await
}

fn kind_noun(kind: &str) -> &'static str {
    if kind == "WORKBOOK_REFRESHED" {
        "workbook"
    } else {
        "data source"
    }
}

async fn matching_schedules(
    state: &AppState,
    site: &site::Model,
    kind: &str,
    resource: &str,
) -> AppResult<Vec<schedule::Model>> {
    let triggers = trigger::Entity::find()
        .filter(trigger::Column::Kind.eq(kind))
        .filter(trigger::Column::Enabled.eq(true))
        .filter(trigger::Column::ResourceLuid.eq(resource.to_ascii_lowercase()))
        .all(&state.db)
        .await?;
    let ids: Vec<i32> = triggers.iter().map(|t| t.schedule_id).collect();
    Ok(schedule::Entity::find()
        .filter(schedule::Column::Id.is_in(ids))
        .filter(schedule::Column::SiteId.eq(site.id))
        .filter(schedule::Column::Kind.eq("TRIGGER"))
        .all(&state.db)
        .await?)
}

/// Stores the event and queues a run per enabled schedule, all or nothing.
pub(super) async fn queue_for(
    state: &AppState,
    incoming: &Incoming<'_>,
    mut r: Record,
    key: String,
    schedules: Vec<schedule::Model>,
    cause: Cause,
    no_match: Option<String>,
) -> AppResult<Reply> {
    let now = incoming.received_at;
    let txn = state.db.begin().await?;
    if let Some(first) = original(&txn, &key, now).await? {
        r.duplicate = true;
        r.outcome = "DUPLICATE";
        r.reason = Some(format!(
            "same event as {} received at {}",
            first.id,
            first.received_at.to_rfc3339()
        ));
        r.runs = serde_json::from_value(first.run_ids.clone()).unwrap_or_default();
        let saved = store(&txn, incoming, &r).await?;
        txn.commit().await?;
        announce(state, &saved).await;
        tracing::info!(
            event_id = saved.id,
            original = first.id,
            "duplicate webhook: nothing queued"
        );
        // The same shape as the first answer, so a caller retrying after a
        // lost reply learns which runs its call queued.
        let queued: Vec<Value> = run_row::Entity::find()
            .filter(run_row::Column::Id.is_in(r.runs.clone()))
            .order_by_asc(run_row::Column::Id)
            .all(&state.db)
            .await?
            .iter()
            .map(|q| json!({ "schedule_id": q.schedule_id, "run_id": q.id }))
            .collect();
        return Ok(Reply {
            status: 200,
            body: json!({ "event_id": saved.id, "duplicate": true, "original_event_id": first.id,
                "queued": queued, "skipped": first.skipped }),
        });
    }
    r.dedupe_key = Some(key);
    r.matched = schedules.iter().map(|s| s.id).collect();
    let mut queued = Vec::new();
    let event_row = store(&txn, incoming, &r).await?;
    for s in &schedules {
        if !s.enabled {
            r.skipped
                .push(json!({ "schedule_id": s.id, "reason": "the schedule is disabled" }));
            continue;
        }
        let mut e = Enqueue::new(s.id, cause);
        e.webhook_event_id = Some(event_row.id);
        if let Some(run) = run::enqueue(&txn, state.clock.now(), e).await? {
            r.runs.push(run.id);
            queued.push(run);
        }
    }
    r.outcome = if !queued.is_empty() {
        "QUEUED"
    } else if schedules.is_empty() {
        "NO_MATCH"
    } else {
        "SKIPPED"
    };
    r.reason = no_match
        .or_else(|| (queued.is_empty()).then(|| "every matching schedule is disabled".to_string()));
    let mut active: webhook_event::ActiveModel = event_row.into();
    active.outcome = Set(r.outcome.into());
    active.reason = Set(r.reason.clone());
    active.run_ids = Set(json!(r.runs));
    active.skipped = Set(json!(r.skipped));
    let saved = active.update(&txn).await?;
    txn.commit().await?;
    for run in &queued {
        state.events.publish(RunEvent::of(run)).await;
    }
    announce(state, &saved).await;
    state.wake.notify_waiters();
    tracing::info!(
        event_id = saved.id,
        runs = queued.len(),
        skipped = r.skipped.len(),
        outcome = r.outcome,
        "webhook handled"
    );
    let queued_json: Vec<Value> = queued
        .iter()
        .map(|q| json!({ "schedule_id": q.schedule_id, "run_id": q.id }))
        .collect();
    let status = if queued.is_empty() { 200 } else { 202 };
    let mut body = json!({ "event_id": saved.id, "duplicate": false, "queued": queued_json, "skipped": r.skipped });
    if let Some(reason) = &r.reason {
        body["reason"] = json!(reason);
    }
    Ok(Reply { status, body })
}

/// The signature headers of a request, for [`Incoming::signature`].
pub fn signed<'a>(id: &'a str, timestamp: &'a str, signatures: &'a str) -> Signed<'a> {
    Signed {
        id,
        timestamp,
        signatures,
    }
}

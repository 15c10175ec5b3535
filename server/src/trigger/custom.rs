//! Custom triggers: a caller names schedules of a site to run now. The
//! caller proves itself with an API token carrying `triggers:fire` or a
//! Standard Webhooks signature; every named schedule must exist on the site
//! or nothing is queued.

use chrono::Utc;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use serde_json::json;

use super::receive::{Incoming, Record, Reply, error, hash, queue_for, refuse};
use super::signature;
use crate::auth::Permission;
use crate::connection::webhook_secret;
use crate::db::entity::{schedule, site};
use crate::error::AppResult;
use crate::run::Cause;
use crate::state::AppState;

pub(super) async fn custom(
    state: &AppState,
    incoming: &Incoming<'_>,
    site_luid: &str,
    ids: Vec<i32>,
) -> AppResult<Reply> {
    let mut r = Record::new("CUSTOM", "REJECTED");
    r.event_type = Some("custom".into());
    let sites = site::Entity::find()
        .filter(site::Column::SiteLuid.eq(site_luid.to_ascii_lowercase()))
        .all(&state.db)
        .await?;
    // Authentication first, so an unauthenticated caller learns nothing about sites.
    let signed_site = match &incoming.signature {
        Some(sig) => {
            let mut verdict = Err(signature::SignatureError::Mismatch);
            for s in &sites {
                let key = webhook_secret(state, s)?;
                verdict =
                    signature::verify(key.as_bytes(), sig, incoming.body, Utc::now().timestamp());
                if verdict.is_ok() {
                    break;
                }
                if verdict == Err(signature::SignatureError::Stale)
                    || verdict == Err(signature::SignatureError::Timestamp)
                {
                    break;
                }
            }
            if let Err(e) = verdict {
                return refuse(
                    state,
                    incoming,
                    r,
                    error(
                        401,
                        "UNAUTHORIZED",
                        e.message(),
                        Some("webhook-signature".into()),
                    ),
                )
                .await;
            }
            true
        }
        None => false,
    };
    if !signed_site {
        match &incoming.caller {
            Some(p) if p.can(Permission::FireTriggers) => {}
            Some(_) => {
                let reply = error(
                    403,
                    "FORBIDDEN",
                    "the token lacks the triggers:fire scope (or its user may not fire triggers)",
                    None,
                );
                return refuse(state, incoming, r, reply).await;
            }
            None => {
                let reply = error(
                    401,
                    "UNAUTHORIZED",
                    "custom triggers need an API token with the triggers:fire scope (Authorization: Bearer …) or a webhook signature",
                    None,
                );
                return refuse(state, incoming, r, reply).await;
            }
        }
    }
    let Some(site) = sites.first() else {
        let reply = error(
            404,
            "UNKNOWN_SITE",
            format!("no site with LUID {site_luid} is configured"),
            Some("site_luid".into()),
        );
        return refuse(state, incoming, r, reply).await;
    };
    r.site_id = Some(site.id);
    let site_ids: Vec<i32> = sites.iter().map(|s| s.id).collect();
    let found = schedule::Entity::find()
        .filter(schedule::Column::Id.is_in(ids.clone()))
        .filter(schedule::Column::SiteId.is_in(site_ids))
        .all(&state.db)
        .await?;
    let missing: Vec<i32> = ids
        .iter()
        .copied()
        .filter(|id| !found.iter().any(|s| s.id == *id))
        .collect();
    if !missing.is_empty() {
        let list: Vec<String> = missing.iter().map(i32::to_string).collect();
        let mut reply = error(
            422,
            "UNKNOWN_SCHEDULES",
            format!(
                "no schedule {} on site {site_luid}; nothing was queued",
                list.join(", ")
            ),
            Some("schedule_ids".into()),
        );
        reply.body["error"]["missing_schedule_ids"] = json!(missing);
        return refuse(state, incoming, r, reply).await;
    }
    let mut ordered = Vec::new();
    for id in &ids {
        if let Some(s) = found.iter().find(|s| s.id == *id) {
            ordered.push(s.clone());
        }
    }
    // Only an explicit Idempotency-Key makes two custom calls the same event:
    // firing the same schedules twice on purpose is a normal thing to do.
    let key = match incoming.idempotency_key {
        Some(k) if !k.is_empty() => {
            hash(&[b"custom", site.id.to_string().as_bytes(), k.as_bytes()])
        }
        _ => hash(&[b"custom-unique", uuid::Uuid::new_v4().as_bytes()]),
    };
    queue_for(state, incoming, r, key, ordered, Cause::CustomWebhook, None).await
}

//! Webhooks methods (create, list, get, delete, test) and delivery of
//! Tableau's event payload to registered destinations.

use serde_json::{Value, json};

use super::Call;
use super::auth::authorize;
use super::events::{canonical_event, legacy_event};
use super::state::{Inner, Session, SimWebhook};
use super::wire::{self, ApiError, ApiResult, xml_attr, xml_first_child};

/// Webhooks are managed by site (or server) administrators only.
fn admin(inner: &Inner, call: &Call, site_id: &str, scope: &str) -> Result<Session, ApiError> {
    let wildcard = "tableau:webhooks:*";
    let session = authorize(inner, call, site_id, &[scope, wildcard])?;
    if !session.site_admin {
        return Err(ApiError::new(
            403,
            "403000",
            "Forbidden",
            "Only site administrators can manage webhooks.",
        ));
    }
    Ok(session)
}

fn webhook_json(w: &SimWebhook) -> Value {
    let mut source = serde_json::Map::new();
    source.insert(legacy_event(&w.event).to_string(), json!({}));
    json!({
        "id": w.id,
        "name": w.name,
        "isEnabled": w.is_enabled,
        "statusChangeReason": "",
        "event": w.event,
        "webhook-source": source,
        "webhook-destination": {"webhook-destination-http": {"method": w.method, "url": w.url}},
        "owner": {"id": w.owner_id, "name": w.owner_name},
    })
}

struct CreateRequest {
    name: Option<String>,
    event: Option<String>,
    source: Option<String>,
    method: Option<String>,
    url: Option<String>,
}

fn parse_create(body: &[u8]) -> Option<CreateRequest> {
    let text = std::str::from_utf8(body).ok()?.trim();
    if text.starts_with('{') {
        let v: Value = serde_json::from_str(text).ok()?;
        let w = v.get("webhook")?;
        let s = |p: &str| w.pointer(p).and_then(Value::as_str).map(str::to_string);
        let source = w
            .get("webhook-source")
            .and_then(Value::as_object)
            .and_then(|m| m.keys().next().cloned());
        return Some(CreateRequest {
            name: s("/name"),
            event: s("/event"),
            source,
            method: s("/webhook-destination/webhook-destination-http/method"),
            url: s("/webhook-destination/webhook-destination-http/url"),
        });
    }
    Some(CreateRequest {
        name: xml_attr(text, "webhook", "name"),
        event: xml_attr(text, "webhook", "event"),
        source: xml_first_child(text, "webhook-source"),
        method: xml_attr(text, "webhook-destination-http", "method"),
        url: xml_attr(text, "webhook-destination-http", "url"),
    })
}

pub(crate) fn create(inner: &Inner, call: &Call, site_id: &str) -> ApiResult {
    let session = admin(inner, call, site_id, "tableau:webhooks:create")?;
    let bad = |detail: &str| ApiError::bad_request("400000", detail);
    let req =
        parse_create(&call.body).ok_or_else(|| bad("The webhook request body is malformed."))?;
    let resolve = |n: &Option<String>| -> Result<Option<&'static str>, ApiError> {
        n.as_deref()
            .map(|n| {
                canonical_event(n).ok_or_else(|| bad(&format!("Unknown webhook event '{n}'.")))
            })
            .transpose()
    };
    let event = match (resolve(&req.event)?, resolve(&req.source)?) {
        (Some(a), Some(b)) if a != b => {
            return Err(bad(
                "The event and webhook-source elements name different events.",
            ));
        }
        (Some(e), _) | (None, Some(e)) => e,
        (None, None) => return Err(bad("A webhook event is required.")),
    };
    let name = req
        .name
        .filter(|n| !n.is_empty())
        .ok_or_else(|| bad("A webhook name is required."))?;
    let url = req
        .url
        .filter(|u| !u.is_empty())
        .ok_or_else(|| bad("A destination url is required."))?;
    let method = req.method.unwrap_or_else(|| "POST".into());
    if !method.eq_ignore_ascii_case("POST") {
        return Err(bad("The webhook destination method must be POST."));
    }
    let hook = SimWebhook {
        id: uuid::Uuid::new_v4().to_string(),
        site_luid: session.site_luid.clone(),
        name,
        event: event.to_string(),
        url,
        method: "POST".into(),
        is_enabled: true,
        owner_id: session.user_luid.clone(),
        owner_name: session.user_name.clone(),
    };
    let mut resp = wire::document(call.fmt, 201, &json!({"webhook": webhook_json(&hook)}));
    let location = format!(
        "/api/{}/sites/{}/webhooks/{}",
        call.version, hook.site_luid, hook.id
    );
    if let Ok(v) = location.parse() {
        resp.headers_mut().insert("location", v);
    }
    inner.webhooks.lock().push(hook);
    Ok(resp)
}

fn find(inner: &Inner, site_id: &str, id: &str) -> Result<SimWebhook, ApiError> {
    inner
        .webhooks
        .lock()
        .iter()
        .find(|w| w.site_luid.eq_ignore_ascii_case(site_id) && w.id.eq_ignore_ascii_case(id))
        .cloned()
        .ok_or_else(|| ApiError::not_found("404000", format!("Webhook '{id}' could not be found.")))
}

pub(crate) fn list(inner: &Inner, call: &Call, site_id: &str) -> ApiResult {
    admin(inner, call, site_id, "tableau:webhooks:read")?;
    let hooks: Vec<Value> = inner
        .webhooks
        .lock()
        .iter()
        .filter(|w| w.site_luid.eq_ignore_ascii_case(site_id))
        .map(webhook_json)
        .collect();
    Ok(wire::document(
        call.fmt,
        200,
        &json!({"webhooks": {"webhook": hooks}}),
    ))
}

pub(crate) fn get(inner: &Inner, call: &Call, site_id: &str, id: &str) -> ApiResult {
    admin(inner, call, site_id, "tableau:webhooks:read")?;
    let hook = find(inner, site_id, id)?;
    Ok(wire::document(
        call.fmt,
        200,
        &json!({"webhook": webhook_json(&hook)}),
    ))
}

pub(crate) fn delete(inner: &Inner, call: &Call, site_id: &str, id: &str) -> ApiResult {
    admin(inner, call, site_id, "tableau:webhooks:delete")?;
    let hook = find(inner, site_id, id)?;
    inner.webhooks.lock().retain(|w| w.id != hook.id);
    Ok(wire::empty(204))
}

/// Sends the empty test payload to the destination and reports what the
/// destination answered.
pub(crate) async fn test(inner: &Inner, call: &Call, site_id: &str, id: &str) -> ApiResult {
    admin(inner, call, site_id, "tableau:webhooks:read")?;
    let hook = find(inner, site_id, id)?;
    let sent = inner
        .http
        .post(&hook.url)
        .header("content-type", "application/json")
        .body(Vec::new())
        .send()
        .await;
    match sent {
        Ok(resp) => {
            let status = resp.status().as_u16();
            let body = resp.text().await.unwrap_or_default();
            let result =
                json!({"webhookTestResult": {"id": hook.id, "status": status, "body": body}});
            Ok(wire::document(call.fmt, 200, &result))
        }
        Err(e) => Err(ApiError::bad_request(
            "400113",
            format!("The webhook test could not reach '{}': {e}", hook.url),
        )),
    }
}

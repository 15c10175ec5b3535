//! Control routes under `/_sim/` for tests that drive the simulator over
//! HTTP (browser tests written in Node). They are not part of Tableau's API
//! and are not recorded.

use std::time::Duration;

use poem::Response;
use poem::http::Method;
use serde_json::{Value, json};

use super::events;
use super::state::{Fault, FaultKind, Inner};

fn json_response(status: u16, value: &Value) -> Response {
    Response::builder()
        .status(poem::http::StatusCode::from_u16(status).unwrap_or_default())
        .content_type("application/json")
        .body(value.to_string())
}

fn bad(msg: &str) -> Response {
    json_response(400, &json!({"error": msg}))
}

fn parse_fault(body: &Value) -> Option<Fault> {
    let path_contains = body.get("path_contains")?.as_str()?.to_string();
    let times = body.get("times").and_then(Value::as_u64).unwrap_or(1) as usize;
    let kind = if let Some(status) = body.get("status").and_then(Value::as_u64) {
        FaultKind::Status {
            status: u16::try_from(status).ok()?,
            retry_after_secs: body.get("retry_after_secs").and_then(Value::as_u64),
        }
    } else {
        FaultKind::Latency(Duration::from_millis(body.get("latency_ms")?.as_u64()?))
    };
    Some(Fault {
        path_contains,
        kind,
        times,
    })
}

pub(crate) async fn handle(
    inner: &Inner,
    method: &Method,
    route: &str,
    query: &[(String, String)],
    body: &[u8],
) -> Response {
    let body: Value = serde_json::from_slice(body).unwrap_or(Value::Null);
    let ok = || json_response(200, &json!({"ok": true}));
    match (method.as_str(), route.trim_end_matches('/')) {
        ("GET", "requests") => {
            let all: Vec<Value> = inner.requests.lock().iter().map(|r| r.to_json()).collect();
            json_response(200, &Value::Array(all))
        }
        ("DELETE", "requests") => {
            inner.requests.lock().clear();
            ok()
        }
        ("POST", "emit") => {
            let field = |k: &str| body.get(k).and_then(Value::as_str).unwrap_or_default();
            match events::emit_refresh_succeeded(inner, field("site_luid"), field("resource_luid"))
                .await
            {
                Ok(statuses) => json_response(200, &json!({"statuses": statuses})),
                Err(e) => bad(&e.to_string()),
            }
        }
        ("POST", "faults") => match parse_fault(&body) {
            Some(fault) => {
                inner.faults.lock().push(fault);
                ok()
            }
            None => bad("expected {path_contains, status[, retry_after_secs] | latency_ms, times}"),
        },
        ("DELETE", "faults") => {
            inner.faults.lock().clear();
            ok()
        }
        ("POST", "expire-sessions") => {
            inner.expire_sessions();
            ok()
        }
        ("GET", "webhooks") => {
            let site = query
                .iter()
                .find(|(k, _)| k == "site_luid")
                .map(|(_, v)| v.as_str());
            let hooks: Vec<Value> = inner
                .webhooks
                .lock()
                .iter()
                .filter(|w| site.is_none_or(|s| w.site_luid.eq_ignore_ascii_case(s)))
                .map(|w| {
                    json!({"id": w.id, "site_luid": w.site_luid, "name": w.name,
                           "event": w.event, "url": w.url, "is_enabled": w.is_enabled})
                })
                .collect();
            json_response(200, &Value::Array(hooks))
        }
        ("GET", "mail") => {
            let sink = inner.mail.lock().clone();
            let messages: Vec<Value> = sink
                .map(|s| s.messages().iter().map(|m| m.to_json()).collect())
                .unwrap_or_default();
            json_response(200, &Value::Array(messages))
        }
        _ => json_response(
            404,
            &json!({"error": format!("unknown control route /_sim/{route}")}),
        ),
    }
}

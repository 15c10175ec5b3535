//! `POST /api/webhooks`: events from Tableau and custom triggers. Plain
//! REST with JSON answers; the domain work happens in `trigger::receive`.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use poem::http::StatusCode;
use poem::web::{Data, Path, Query};
use poem::{Body, Request, Response, handler};
use serde::Deserialize;
use serde_json::json;
use tokio::io::AsyncReadExt;

use super::graphql::caller_of;
use crate::graphql::error::Caller;
use crate::state::AppState;
use crate::trigger::receive::{Incoming, Reply, receive};

/// Webhook bodies are small; anything larger is refused unread.
pub const MAX_BODY: usize = 64 * 1024;

/// Requests per source address per minute.
const RATE_PER_MINUTE: usize = 300;

#[derive(Clone, Default)]
pub struct RateLimiter {
    seen: Arc<Mutex<HashMap<IpAddr, Vec<Instant>>>>,
}

impl RateLimiter {
    /// Seconds to wait, when `addr` is over its budget.
    fn check(&self, addr: IpAddr) -> Option<u64> {
        let now = Instant::now();
        let window = Duration::from_secs(60);
        let mut map = self.seen.lock().unwrap_or_else(|e| e.into_inner());
        let list = map.entry(addr).or_default();
        list.retain(|t| now.duration_since(*t) < window);
        if list.len() >= RATE_PER_MINUTE {
            let oldest = list.first().copied().unwrap_or(now);
            return Some((window - now.duration_since(oldest)).as_secs().max(1));
        }
        list.push(now);
        None
    }
}

#[derive(Deserialize)]
pub struct TokenQuery {
    token: Option<String>,
}

fn json_reply(status: u16, body: serde_json::Value) -> Response {
    Response::builder()
        .status(StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR))
        .content_type("application/json")
        .body(body.to_string())
}

fn problem(status: u16, code: &str, message: &str) -> Response {
    json_reply(
        status,
        json!({ "error": { "code": code, "message": message } }),
    )
}

/// The rest of an oversized body is never read, so the connection cannot
/// carry another request; saying so stops a client from reusing it and
/// failing its next request.
fn too_large(message: &str) -> Response {
    let mut resp = problem(413, "BODY_TOO_LARGE", message);
    resp.headers_mut().insert(
        poem::http::header::CONNECTION,
        poem::http::HeaderValue::from_static("close"),
    );
    resp
}

async fn read_limited(body: Body) -> Result<Vec<u8>, Response> {
    let mut reader = body.into_async_read();
    let mut buf = Vec::new();
    let mut chunk = [0u8; 8192];
    loop {
        let n = reader
            .read(&mut chunk)
            .await
            .map_err(|_| problem(400, "INVALID_BODY", "the body could not be read"))?;
        if n == 0 {
            return Ok(buf);
        }
        buf.extend_from_slice(&chunk[..n]);
        if buf.len() > MAX_BODY {
            return Err(too_large(&format!(
                "the body is over the limit of {MAX_BODY} bytes"
            )));
        }
    }
}

#[handler]
pub async fn post_with_query(
    state: Data<&AppState>,
    limiter: Data<&RateLimiter>,
    req: &Request,
    query: Query<TokenQuery>,
    body: Body,
) -> Response {
    handle(&state, &limiter, req, query.0.token, body).await
}

#[handler]
pub async fn post_with_path(
    state: Data<&AppState>,
    limiter: Data<&RateLimiter>,
    req: &Request,
    token: Path<String>,
    body: Body,
) -> Response {
    handle(&state, &limiter, req, Some(token.0), body).await
}

async fn handle(
    state: &AppState,
    limiter: &RateLimiter,
    req: &Request,
    token: Option<String>,
    body: Body,
) -> Response {
    let addr = req.remote_addr().as_socket_addr().map(|a| a.ip());
    if let Some(ip) = addr
        && let Some(wait) = limiter.check(ip)
    {
        let mut resp = problem(
            429,
            "RATE_LIMITED",
            &format!("too many webhook calls from {ip}; retry in {wait} seconds"),
        );
        resp.headers_mut().insert("retry-after", wait.into());
        return resp;
    }
    if let Some(len) = req
        .header("content-length")
        .and_then(|l| l.parse::<usize>().ok())
        && len > MAX_BODY
    {
        return too_large(&format!(
            "the body is {len} bytes, over the limit of {MAX_BODY}"
        ));
    }
    let bytes = match read_limited(body).await {
        Ok(b) => b,
        Err(resp) => return resp,
    };
    let content_type = req
        .header("content-type")
        .unwrap_or("")
        .to_ascii_lowercase();
    let is_json = content_type.starts_with("application/json") || content_type.contains("+json");
    if !bytes.iter().all(u8::is_ascii_whitespace) && !is_json {
        return problem(
            415,
            "UNSUPPORTED_MEDIA_TYPE",
            "send the body as Content-Type: application/json",
        );
    }
    let caller = match req.header("authorization") {
        None => None,
        Some(h) => match caller_of(state, Some(h)).await {
            Caller::Known(p) => Some(p),
            Caller::Invalid(reason) => return problem(401, "UNAUTHORIZED", &reason),
            Caller::Anonymous => None,
        },
    };
    let signature = match (
        req.header("webhook-id"),
        req.header("webhook-timestamp"),
        req.header("webhook-signature"),
    ) {
        (Some(id), Some(timestamp), Some(signatures)) => {
            Some(crate::trigger::receive::signed(id, timestamp, signatures))
        }
        _ => None,
    };
    let incoming = Incoming {
        body: &bytes,
        source: addr.map_or_else(|| "unknown".to_string(), |a| a.to_string()),
        token: token.as_deref(),
        caller,
        signature,
        idempotency_key: req.header("idempotency-key"),
        received_at: state.clock.now(),
    };
    match receive(state, incoming).await {
        Ok(Reply { status, body }) => json_reply(status, body),
        Err(e) => {
            // Nothing was committed: a 5xx makes Tableau deliver the event again.
            tracing::error!(error = ?e, "a webhook could not be stored");
            problem(
                500,
                "INTERNAL",
                "the event could not be stored; deliver it again",
            )
        }
    }
}

//! Mutable simulator state shared by every request handler.

use std::collections::HashMap;
use std::time::Duration;

use chrono::{DateTime, Utc};
use parking_lot::Mutex;
use serde_json::{Value, json};

use super::config::SimConfig;
use crate::smtp::SmtpSink;

/// One HTTP request as the simulator received it.
#[derive(Clone, Debug)]
pub struct RecordedRequest {
    pub method: String,
    pub path: String,
    /// The raw query string, without `?`.
    pub query: String,
    /// Decoded query pairs in order; repeated keys stay repeated.
    pub query_pairs: Vec<(String, String)>,
    /// Header names are lower-case.
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
    pub time: DateTime<Utc>,
}

impl RecordedRequest {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    pub fn query_param(&self, name: &str) -> Option<&str> {
        self.query_pairs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    pub fn body_text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }

    pub fn body_json(&self) -> Option<Value> {
        serde_json::from_slice(&self.body).ok()
    }

    pub(crate) fn to_json(&self) -> Value {
        use base64::Engine as _;
        json!({
            "method": self.method,
            "path": self.path,
            "query": self.query,
            "query_pairs": self.query_pairs,
            "headers": self.headers,
            "body_text": self.body_text(),
            "body_base64": base64::engine::general_purpose::STANDARD.encode(&self.body),
            "time": self.time.to_rfc3339_opts(chrono::SecondsFormat::Millis, true),
        })
    }
}

/// A misbehaviour to apply to the next `times` requests whose path
/// contains `path_contains`, before any normal handling.
#[derive(Clone, Debug)]
pub struct Fault {
    pub path_contains: String,
    pub kind: FaultKind,
    pub times: usize,
}

#[derive(Clone, Debug)]
pub enum FaultKind {
    /// Answer with this status and a Tableau error body.
    Status {
        status: u16,
        retry_after_secs: Option<u64>,
    },
    /// Delay the answer, then handle the request normally.
    Latency(Duration),
}

impl Fault {
    pub fn status(path_contains: &str, status: u16, times: usize) -> Self {
        Fault {
            path_contains: path_contains.into(),
            kind: FaultKind::Status {
                status,
                retry_after_secs: None,
            },
            times,
        }
    }

    pub fn rate_limited(path_contains: &str, retry_after_secs: u64, times: usize) -> Self {
        Fault {
            path_contains: path_contains.into(),
            kind: FaultKind::Status {
                status: 429,
                retry_after_secs: Some(retry_after_secs),
            },
            times,
        }
    }

    pub fn latency(path_contains: &str, delay: Duration, times: usize) -> Self {
        Fault {
            path_contains: path_contains.into(),
            kind: FaultKind::Latency(delay),
            times,
        }
    }
}

/// A webhook registered through the REST API.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SimWebhook {
    pub id: String,
    pub site_luid: String,
    pub name: String,
    /// The `event` name, e.g. `WorkbookRefreshSucceeded`, even when the
    /// webhook was created with the legacy `webhook-source` form.
    pub event: String,
    pub url: String,
    pub method: String,
    pub is_enabled: bool,
    pub owner_id: String,
    pub owner_name: String,
}

/// Who a credentials token belongs to.
#[derive(Clone, Debug)]
pub(crate) struct Session {
    pub site_luid: String,
    pub user_luid: String,
    pub user_name: String,
    pub site_admin: bool,
    /// Set for PAT sessions: a later sign-in with the same PAT ends this one.
    pub pat_name: Option<String>,
    /// Set for connected-app sessions: only these scopes are usable.
    pub scopes: Option<Vec<String>>,
    pub expires_at: DateTime<Utc>,
    pub revoked: bool,
}

pub(crate) struct Inner {
    pub config: SimConfig,
    pub base_url: String,
    pub http: reqwest::Client,
    pub sessions: Mutex<HashMap<String, Session>>,
    pub webhooks: Mutex<Vec<SimWebhook>>,
    pub requests: Mutex<Vec<RecordedRequest>>,
    pub faults: Mutex<Vec<Fault>>,
    pub mail: Mutex<Option<SmtpSink>>,
}

impl Inner {
    pub fn expire_sessions(&self) {
        let now = Utc::now();
        for s in self.sessions.lock().values_mut() {
            s.expires_at = now;
        }
    }

    /// Takes one use of the first fault matching `path`.
    pub fn take_fault(&self, path: &str) -> Option<FaultKind> {
        let mut faults = self.faults.lock();
        let idx = faults
            .iter()
            .position(|f| f.times > 0 && path.contains(&f.path_contains))?;
        let fault = &mut faults[idx];
        fault.times -= 1;
        let kind = fault.kind.clone();
        if fault.times == 0 {
            faults.remove(idx);
        }
        Some(kind)
    }
}

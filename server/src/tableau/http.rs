//! One HTTP exchange with Tableau, repeated when Tableau or the network
//! says "later": 429 (after its Retry-After), 5xx and timeouts. Anything
//! else is handed back at once for the caller to judge.

use std::time::{Duration, Instant};

use rand::Rng as _;
use reqwest::Method;
use reqwest::header::{ACCEPT, CONTENT_TYPE, HeaderValue, RETRY_AFTER};
use serde_json::Value;
use tracing::Instrument as _;
use url::Url;

use super::config::ClientConfig;
use super::error::TableauError;
use super::transport;

/// A Retry-After longer than this is treated as this: a scheduled
/// delivery should fail visibly rather than hang for an hour.
const MAX_RETRY_AFTER: Duration = Duration::from_secs(60);
const FIRST_BACKOFF: Duration = Duration::from_millis(250);
const MAX_BACKOFF: Duration = Duration::from_secs(15);

/// Tableau's answer, read completely.
#[derive(Debug)]
pub(crate) struct Answer {
    pub status: u16,
    pub content_type: Option<String>,
    pub body: Vec<u8>,
    pub retry_after: Option<Duration>,
    /// How many exchanges it took, retries included.
    pub attempts: u32,
}

impl Answer {
    pub fn is_success(&self) -> bool {
        (200..300).contains(&self.status)
    }
}

pub(crate) struct Outgoing<'a> {
    pub method: Method,
    pub url: Url,
    pub token: Option<&'a str>,
    pub body: Option<&'a Value>,
    /// Ask for JSON. Exports must not: their answer is a file.
    pub json: bool,
    /// Whether repeating the request after a 5xx or a timeout is harmless.
    /// A 429 is always retried: Tableau did not act on the request.
    pub idempotent: bool,
}

pub(crate) struct Http {
    client: reqwest::Client,
    base_url: String,
    api_version: String,
    max_retries: u32,
}

impl Http {
    pub fn new(config: &ClientConfig) -> Self {
        let client = reqwest::Client::builder()
            .timeout(config.timeout)
            .build()
            .unwrap_or_default();
        Http {
            client,
            base_url: config.base_url.trim_end_matches('/').to_string(),
            api_version: config.api_version.clone(),
            max_retries: config.max_retries,
        }
    }

    /// `{base}/api/{version}/{segments…}?{query}`, every part encoded.
    pub fn url(&self, segments: &[&str], query: &[(String, String)]) -> Result<Url, TableauError> {
        let invalid = |reason: &str| TableauError::Unreachable {
            url: self.base_url.clone(),
            reason: reason.to_string(),
        };
        let mut url =
            Url::parse(&self.base_url).map_err(|_| invalid("the address is not a valid URL"))?;
        if !matches!(url.scheme(), "http" | "https") {
            return Err(invalid("the address must start with https:// or http://"));
        }
        url.path_segments_mut()
            .map_err(|_| invalid("the address is not a valid URL"))?
            .pop_if_empty()
            .push("api")
            .push(&self.api_version)
            .extend(segments);
        if !query.is_empty() {
            let pairs: Vec<String> = query
                .iter()
                .map(|(k, v)| format!("{}={}", encode(k), encode(v)))
                .collect();
            url.set_query(Some(&pairs.join("&")));
        }
        Ok(url)
    }

    pub async fn send(&self, out: &Outgoing<'_>) -> Result<Answer, TableauError> {
        // Path only: the query may hold filter values, never the token.
        let span = tracing::info_span!("tableau", method = %out.method, path = %out.url.path());
        self.send_with_retries(out).instrument(span).await
    }

    async fn send_with_retries(&self, out: &Outgoing<'_>) -> Result<Answer, TableauError> {
        let mut retries = 0;
        loop {
            let started = Instant::now();
            let outcome = self.exchange(out).await;
            let millis = u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX);
            let (reason, delay) = match outcome {
                Ok(mut answer) => {
                    answer.attempts = retries + 1;
                    tracing::debug!(status = answer.status, millis, "Tableau answered");
                    match retry_reason(&answer, retries) {
                        Some(retry)
                            if retries < self.max_retries
                                && (out.idempotent || answer.status == 429) =>
                        {
                            retry
                        }
                        _ => return Ok(answer),
                    }
                }
                Err(TableauError::Timeout { .. })
                    if retries < self.max_retries && out.idempotent =>
                {
                    ("the request timed out".to_string(), backoff(retries))
                }
                Err(e) => return Err(e),
            };
            tracing::warn!(
                attempt = retries + 1,
                %reason,
                delay_ms = u64::try_from(delay.as_millis()).unwrap_or(u64::MAX),
                "retrying Tableau request"
            );
            tokio::time::sleep(delay).await;
            retries += 1;
        }
    }

    async fn exchange(&self, out: &Outgoing<'_>) -> Result<Answer, TableauError> {
        let mut request = self.client.request(out.method.clone(), out.url.clone());
        if out.json {
            request = request.header(ACCEPT, "application/json");
        }
        if let Some(token) = out.token {
            let mut value = HeaderValue::from_str(token).map_err(|_| {
                TableauError::Protocol("the credentials token is not a valid header value".into())
            })?;
            value.set_sensitive(true);
            request = request.header("X-Tableau-Auth", value);
        }
        if let Some(body) = out.body {
            request = request
                .header(CONTENT_TYPE, "application/json")
                .body(body.to_string());
        }
        let response = request
            .send()
            .await
            .map_err(|e| transport::failure(&e, &self.base_url))?;
        let status = response.status().as_u16();
        let headers = response.headers();
        let content_type = headers
            .get(CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .map(str::to_string);
        let retry_after = headers.get(RETRY_AFTER).and_then(parse_retry_after);
        let body = response
            .bytes()
            .await
            .map_err(|e| transport::failure(&e, &self.base_url))?;
        Ok(Answer {
            status,
            content_type,
            body: body.to_vec(),
            retry_after,
            attempts: 1,
        })
    }
}

/// Why and how long to wait before repeating, or `None` when the answer
/// is final.
fn retry_reason(answer: &Answer, retries: u32) -> Option<(String, Duration)> {
    match answer.status {
        429 => Some((
            "Tableau answered 429 Too Many Requests".to_string(),
            answer
                .retry_after
                .map(|d| d.min(MAX_RETRY_AFTER))
                .unwrap_or_else(|| backoff(retries)),
        )),
        status @ 500..=599 => Some((format!("Tableau answered {status}"), backoff(retries))),
        _ => None,
    }
}

/// Exponential backoff with jitter, so that clients that failed together
/// do not come back together.
fn backoff(retries: u32) -> Duration {
    let base = FIRST_BACKOFF
        .saturating_mul(1 << retries.min(10))
        .min(MAX_BACKOFF);
    let half = u64::try_from(base.as_millis() / 2).unwrap_or(0);
    base + Duration::from_millis(rand::thread_rng().gen_range(0..=half))
}

/// Retry-After is either delay-seconds or an HTTP date (RFC 9110 §10.2.3).
fn parse_retry_after(value: &HeaderValue) -> Option<Duration> {
    let text = value.to_str().ok()?.trim();
    if let Ok(secs) = text.parse::<u64>() {
        return Some(Duration::from_secs(secs));
    }
    let at = chrono::DateTime::parse_from_rfc2822(text).ok()?;
    let wait = at.with_timezone(&chrono::Utc) - chrono::Utc::now();
    Some(wait.to_std().unwrap_or(Duration::ZERO))
}

/// Percent-encodes all but RFC 3986 unreserved characters. Spaces become
/// `%20`, as Tableau's view-URL docs show, never `+`.
pub(crate) fn encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn retry_after_is_read_as_seconds_or_as_an_http_date() {
        let secs = HeaderValue::from_static("7");
        assert_eq!(parse_retry_after(&secs), Some(Duration::from_secs(7)));

        let at = chrono::Utc::now() + chrono::Duration::seconds(30);
        let date =
            HeaderValue::from_str(&at.format("%a, %d %b %Y %H:%M:%S GMT").to_string()).unwrap();
        let wait = parse_retry_after(&date).unwrap();
        assert!(
            wait > Duration::from_secs(25) && wait <= Duration::from_secs(30),
            "{wait:?}"
        );

        // A date already past means "now", not an error.
        let past = HeaderValue::from_static("Sun, 06 Nov 1994 08:49:37 GMT");
        assert_eq!(parse_retry_after(&past), Some(Duration::ZERO));
        assert_eq!(parse_retry_after(&HeaderValue::from_static("soon")), None);
    }
}

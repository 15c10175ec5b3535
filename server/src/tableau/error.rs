//! What can go wrong talking to Tableau, each worded for the person who
//! has to fix it: the address, the certificate, the credential, the site,
//! or the item asked for.

use std::fmt;

use super::http::Answer;
use super::wire::{ErrorBody, parse_error_body};

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum TableauError {
    /// No HTTP exchange happened: DNS, refused or reset connections.
    Unreachable {
        url: String,
        reason: String,
    },
    /// The TLS handshake failed, usually because of the certificate.
    Tls {
        url: String,
        reason: String,
    },
    Timeout {
        url: String,
    },
    /// Tableau refused the credential, or the site does not exist (Tableau
    /// answers both with the same error, so `reason` names both).
    SignIn {
        /// `sign in to site "finance" with personal access token "vizpost"`
        what: String,
        reason: String,
        code: String,
        summary: String,
        detail: String,
    },
    Forbidden {
        what: String,
        hint: String,
        code: String,
        summary: String,
        detail: String,
    },
    NotFound {
        what: String,
        code: String,
        summary: String,
        detail: String,
    },
    /// Any other 4xx, failed at once: retrying would get the same answer.
    Api {
        what: String,
        status: u16,
        code: String,
        summary: String,
        detail: String,
    },
    /// A 5xx that outlasted the retries.
    Server {
        what: String,
        status: u16,
        attempts: u32,
        code: String,
        summary: String,
    },
    /// A 429 that outlasted the retries.
    RateLimited {
        what: String,
        attempts: u32,
    },
    /// Tableau answered, but not with what its API documents.
    Protocol(String),
    /// The session shared through the database could not be read or kept.
    SessionStore(String),
}

impl TableauError {
    /// Whether the same call may succeed later without anyone changing
    /// Vizpost's or Tableau's configuration.
    pub fn is_transient(&self) -> bool {
        matches!(
            self,
            TableauError::Unreachable { .. }
                | TableauError::Timeout { .. }
                | TableauError::Server { .. }
                | TableauError::RateLimited { .. }
                | TableauError::SessionStore(_)
        )
    }
}

/// ` (Tableau error 404011 "Resource Not Found": View … not found.)`
fn tableau_says(code: &str, summary: &str, detail: &str) -> String {
    let mut out = String::from(" (Tableau error");
    if !code.is_empty() {
        out.push_str(&format!(" {code}"));
    }
    if !summary.is_empty() {
        out.push_str(&format!(" \"{summary}\""));
    }
    if !detail.is_empty() {
        out.push_str(&format!(": {detail}"));
    }
    if code.is_empty() && summary.is_empty() && detail.is_empty() {
        return String::new();
    }
    out.push(')');
    out
}

fn capitalized(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

impl fmt::Display for TableauError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TableauError::Unreachable { url, reason } => write!(f, "cannot reach {url} ({reason})"),
            TableauError::Tls { url, reason } => {
                write!(f, "cannot open a secure connection to {url}: {reason}")
            }
            TableauError::Timeout { url } => write!(f, "{url} did not answer in time"),
            TableauError::SignIn {
                what,
                reason,
                code,
                summary,
                detail,
            } => write!(
                f,
                "Tableau refused to {what}: {reason}{}",
                tableau_says(code, summary, detail)
            ),
            TableauError::Forbidden {
                what,
                hint,
                code,
                summary,
                detail,
            } => write!(
                f,
                "{} was refused: {hint}{}",
                capitalized(what),
                tableau_says(code, summary, detail)
            ),
            TableauError::NotFound {
                what,
                code,
                summary,
                detail,
            } => write!(
                f,
                "{} failed: Tableau has no such item{}",
                capitalized(what),
                tableau_says(code, summary, detail)
            ),
            TableauError::Api {
                what,
                status,
                code,
                summary,
                detail,
            } => write!(
                f,
                "{} failed: Tableau answered HTTP {status}{}",
                capitalized(what),
                tableau_says(code, summary, detail)
            ),
            TableauError::Server {
                what,
                status,
                attempts,
                code,
                summary,
            } => write!(
                f,
                "{} failed: Tableau answered with server error {status} on all {attempts} attempts{}",
                capitalized(what),
                tableau_says(code, summary, "")
            ),
            TableauError::RateLimited { what, attempts } => write!(
                f,
                "{} failed: Tableau kept answering \"too many requests\" (429) on all {attempts} attempts",
                capitalized(what)
            ),
            TableauError::Protocol(what) => {
                write!(
                    f,
                    "Tableau answered in a way Vizpost does not understand: {what}"
                )
            }
            TableauError::SessionStore(reason) => write!(
                f,
                "the Tableau session shared through the database could not be read or kept: {reason}"
            ),
        }
    }
}

/// Maps a failed answer (anything but 2xx and 401, which the session layer
/// handles) to an error describing `what` was being done.
pub(crate) fn from_answer(answer: &Answer, what: &str) -> TableauError {
    let body = parse_error_body(&answer.body).unwrap_or_default();
    let what = what.to_string();
    let ErrorBody {
        code,
        summary,
        detail,
    } = body;
    match answer.status {
        403 => TableauError::Forbidden {
            what,
            hint: "the signed-in user lacks the permission it needs".into(),
            code,
            summary,
            detail,
        },
        404 => TableauError::NotFound {
            what,
            code,
            summary,
            detail,
        },
        429 => TableauError::RateLimited {
            what,
            attempts: answer.attempts,
        },
        status @ 500..=599 => TableauError::Server {
            what,
            status,
            attempts: answer.attempts,
            code,
            summary,
        },
        status => TableauError::Api {
            what,
            status,
            code,
            summary,
            detail,
        },
    }
}

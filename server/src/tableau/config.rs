//! How to reach one Tableau site and which credential signs in to it.

use std::fmt;
use std::time::Duration;

/// A credential Tableau's REST API accepts for a non-interactive sign-in.
#[derive(Clone, PartialEq, Eq)]
pub enum SignIn {
    PersonalAccessToken {
        name: String,
        secret: String,
    },
    /// A direct-trust connected app; Vizpost signs a short-lived JWT for
    /// `username` at every sign-in.
    ConnectedApp {
        client_id: String,
        secret_id: String,
        secret_value: String,
        username: String,
        scopes: Vec<String>,
    },
}

impl SignIn {
    /// Names the credential for messages, without anything secret.
    pub(crate) fn describe(&self) -> String {
        match self {
            SignIn::PersonalAccessToken { name, .. } => {
                format!("personal access token \"{name}\"")
            }
            SignIn::ConnectedApp {
                client_id,
                username,
                ..
            } => format!("connected app {client_id} acting as \"{username}\""),
        }
    }
}

// Written by hand so that secrets never reach logs or error reports.
impl fmt::Debug for SignIn {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SignIn::PersonalAccessToken { name, .. } => f
                .debug_struct("PersonalAccessToken")
                .field("name", name)
                .field("secret", &"<redacted>")
                .finish(),
            SignIn::ConnectedApp {
                client_id,
                secret_id,
                username,
                scopes,
                ..
            } => f
                .debug_struct("ConnectedApp")
                .field("client_id", client_id)
                .field("secret_id", secret_id)
                .field("secret_value", &"<redacted>")
                .field("username", username)
                .field("scopes", scopes)
                .finish(),
        }
    }
}

#[derive(Clone, Debug)]
pub struct ClientConfig {
    /// `https://tableau.example.com`, without a trailing slash.
    pub base_url: String,
    /// REST API version used in every path, e.g. "3.24".
    pub api_version: String,
    /// The site's content URL; `""` is the default site.
    pub content_url: String,
    pub sign_in: SignIn,
    /// Exports this client runs at once; Tableau renders each on a
    /// VizQL process, so an unbounded fan-out hurts the whole server.
    pub max_concurrent_exports: usize,
    /// Limit for one HTTP exchange (connect, send, read the answer).
    pub timeout: Duration,
    /// Extra attempts after a 429, a 5xx or a timeout.
    pub max_retries: u32,
}

impl ClientConfig {
    /// "site \"finance\"" or "the default site", for messages.
    pub(crate) fn site_label(&self) -> String {
        if self.content_url.is_empty() {
            "the default site".to_string()
        } else {
            format!("site \"{}\"", self.content_url)
        }
    }
}

//! Credentials for signing in to Tableau: a Personal Access Token or a
//! Connected App. The public half is stored as JSON, the secret half sealed.

use serde::{Deserialize, Serialize};
use serde_json::json;

use crate::error::{AppError, AppResult};
use crate::secret::{Keys, Sensitive};

#[derive(Clone, Debug)]
pub enum Credentials {
    PersonalAccessToken {
        name: String,
        secret: Sensitive<String>,
    },
    ConnectedApp {
        client_id: String,
        secret_id: String,
        secret_value: Sensitive<String>,
        username: String,
        scopes: Vec<String>,
    },
}

/// What may be shown about credentials: everything but the secret.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct PublicAuth {
    pub kind: String,
    pub token_name: Option<String>,
    pub client_id: Option<String>,
    pub secret_id: Option<String>,
    pub username: Option<String>,
    #[serde(default)]
    pub scopes: Vec<String>,
}

pub const PAT: &str = "PERSONAL_ACCESS_TOKEN";
pub const CONNECTED_APP: &str = "CONNECTED_APP";

/// The scopes Vizpost needs when none are given: reading content,
/// downloading views, and managing webhooks for triggers.
pub fn default_scopes() -> Vec<String> {
    [
        "tableau:content:read",
        "tableau:views:download",
        "tableau:webhooks:*",
    ]
    .map(String::from)
    .to_vec()
}

impl Credentials {
    pub fn validate(&self) -> AppResult<()> {
        let required = |field: &str, value: &str| {
            if value.trim().is_empty() {
                Err(AppError::invalid(field.to_string(), "must not be empty"))
            } else {
                Ok(())
            }
        };
        match self {
            Credentials::PersonalAccessToken { name, secret } => {
                required("personalAccessToken.name", name)?;
                required("personalAccessToken.secret", secret.expose())
            }
            Credentials::ConnectedApp {
                client_id,
                secret_id,
                secret_value,
                username,
                ..
            } => {
                required("connectedApp.clientId", client_id)?;
                required("connectedApp.secretId", secret_id)?;
                required("connectedApp.secretValue", secret_value.expose())?;
                required("connectedApp.username", username)
            }
        }
    }

    /// Splits into (kind, public JSON, sealed secret) for storage.
    pub fn seal(&self, keys: &Keys) -> (String, serde_json::Value, String) {
        match self {
            Credentials::PersonalAccessToken { name, secret } => (
                PAT.into(),
                json!({ "kind": PAT, "token_name": name.trim() }),
                keys.seal(secret.expose().as_bytes()),
            ),
            Credentials::ConnectedApp {
                client_id,
                secret_id,
                secret_value,
                username,
                scopes,
            } => {
                let scopes = if scopes.is_empty() {
                    default_scopes()
                } else {
                    scopes.clone()
                };
                (
                    CONNECTED_APP.into(),
                    json!({ "kind": CONNECTED_APP, "client_id": client_id.trim(),
                        "secret_id": secret_id.trim(), "username": username.trim(), "scopes": scopes }),
                    keys.seal(secret_value.expose().as_bytes()),
                )
            }
        }
    }

    /// Rebuilds credentials from storage, opening the sealed secret.
    pub fn unseal(keys: &Keys, public: &serde_json::Value, sealed: &str) -> AppResult<Self> {
        let public: PublicAuth = serde_json::from_value(public.clone())?;
        let secret =
            String::from_utf8(keys.open(sealed)?).map_err(|e| AppError::Internal(e.into()))?;
        Ok(match public.kind.as_str() {
            CONNECTED_APP => Credentials::ConnectedApp {
                client_id: public.client_id.unwrap_or_default(),
                secret_id: public.secret_id.unwrap_or_default(),
                secret_value: Sensitive(secret),
                username: public.username.unwrap_or_default(),
                scopes: public.scopes,
            },
            _ => Credentials::PersonalAccessToken {
                name: public.token_name.unwrap_or_default(),
                secret: Sensitive(secret),
            },
        })
    }
}

pub fn public_of(value: &serde_json::Value) -> PublicAuth {
    serde_json::from_value(value.clone()).unwrap_or_default()
}

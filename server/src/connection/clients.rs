//! One Tableau client per site, shared by every run and request, so they
//! share one Tableau session (a second PAT sign-in would end the first).
//! On PostgreSQL the session is also shared with the other replicas
//! (see [`super::shared_session`]). A client is rebuilt when the site or
//! its server changes.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::sync::Semaphore;

use sea_orm::{DbBackend, EntityTrait};

use super::Credentials;
use super::shared_session::DbSessionKeeper;
use crate::db::entity::{site, tableau_server};
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::tableau::{ClientConfig, SignIn, TableauClient};

type Entry = (String, Arc<TableauClient>);

#[derive(Clone, Default)]
pub struct TableauClients {
    by_site: Arc<Mutex<HashMap<i32, Entry>>>,
    /// Export slots per Tableau server, shared by the clients of its sites:
    /// the limit protects the server, whichever site asks.
    export_slots: Arc<Mutex<HashMap<i32, Arc<Semaphore>>>>,
}

fn sign_in_of(c: Credentials) -> SignIn {
    match c {
        Credentials::PersonalAccessToken { name, secret } => SignIn::PersonalAccessToken {
            name,
            secret: secret.0,
        },
        Credentials::ConnectedApp {
            client_id,
            secret_id,
            secret_value,
            username,
            scopes,
        } => SignIn::ConnectedApp {
            client_id,
            secret_id,
            secret_value: secret_value.0,
            username,
            scopes,
        },
    }
}

impl TableauClients {
    pub async fn for_site(&self, state: &AppState, site_id: i32) -> AppResult<Arc<TableauClient>> {
        let site = site::Entity::find_by_id(site_id)
            .one(&state.db)
            .await?
            .ok_or_else(|| AppError::not_found("site", site_id))?;
        let server = tableau_server::Entity::find_by_id(site.server_id)
            .one(&state.db)
            .await?
            .ok_or_else(|| AppError::not_found("Tableau server", site.server_id))?;
        self.for_rows(state, &site, &server)
    }

    pub fn for_rows(
        &self,
        state: &AppState,
        site: &site::Model,
        server: &tableau_server::Model,
    ) -> AppResult<Arc<TableauClient>> {
        let stamp = format!(
            "{}|{}",
            site.updated_at.timestamp_micros(),
            server.updated_at.timestamp_micros()
        );
        let mut map = self.by_site.lock().unwrap_or_else(|e| e.into_inner());
        if let Some((s, client)) = map.get(&site.id)
            && *s == stamp
        {
            return Ok(client.clone());
        }
        let credentials = match (&site.auth_public, &site.auth_secret) {
            (Some(public), Some(sealed)) => Credentials::unseal(&state.keys, public, sealed)?,
            _ => Credentials::unseal(&state.keys, &server.auth_public, &server.auth_secret)?,
        };
        let client = TableauClient::new(ClientConfig {
            base_url: server.base_url.clone(),
            api_version: server.api_version.clone(),
            content_url: site.content_url.clone(),
            sign_in: sign_in_of(credentials),
            max_concurrent_exports: state.settings.engine.max_concurrent_exports,
            timeout: Duration::from_secs(120),
            max_retries: 4,
        });
        let slots = self
            .export_slots
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .entry(server.id)
            .or_insert_with(|| {
                Arc::new(Semaphore::new(
                    state.settings.engine.max_concurrent_exports.max(1),
                ))
            })
            .clone();
        let client = client.with_export_slots(slots);
        let client = Arc::new(if state.db.get_database_backend() == DbBackend::Postgres {
            client.with_keeper(Arc::new(DbSessionKeeper {
                db: state.db.clone(),
                keys: state.keys.clone(),
                site_id: site.id,
                credentials_stamp: stamp.clone(),
            }))
        } else {
            client
        });
        map.insert(site.id, (stamp, client.clone()));
        Ok(client)
    }
}

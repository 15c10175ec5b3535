//! The Tableau session of a site, kept in PostgreSQL for every replica.
//!
//! Tableau allows one session per personal access token: a second sign-in
//! ends the first. Replicas that each signed in on their own would end each
//! other's sessions over and over. Instead a replica that needs a session
//! takes a PostgreSQL advisory lock for the site, reuses the session kept
//! there unless Tableau has just rejected it, and otherwise signs in and
//! keeps the new one, all before releasing the lock.
//!
//! SQLite serves one process, so it keeps sessions in memory only.

use chrono::Utc;
use sea_orm::sea_query::OnConflict;
use sea_orm::{
    ConnectionTrait, DatabaseConnection, DbBackend, EntityTrait, Set, Statement, TransactionTrait,
};

use crate::db::entity::tableau_session;
use crate::secret::Keys;
use crate::tableau::{Boxed, KeptSession, SessionKeeper, SiteSession, TableauError};

/// Separates these advisory locks from any other user of the database.
const LOCK_NAMESPACE: i32 = 0x5649_5a50; // "VIZP"

pub struct DbSessionKeeper {
    pub db: DatabaseConnection,
    pub keys: Keys,
    pub site_id: i32,
    /// Identifies the credentials: a session kept for others is not reused.
    pub credentials_stamp: String,
}

fn store_error(e: impl std::fmt::Display) -> TableauError {
    TableauError::SessionStore(e.to_string())
}

impl DbSessionKeeper {
    async fn exchange_locked(
        &self,
        rejected: Option<&str>,
        sign_in: Boxed<'_, Result<KeptSession, TableauError>>,
    ) -> Result<KeptSession, TableauError> {
        let txn = self.db.begin().await.map_err(store_error)?;
        txn.execute_raw(Statement::from_sql_and_values(
            DbBackend::Postgres,
            "SELECT pg_advisory_xact_lock($1, $2)",
            [LOCK_NAMESPACE.into(), self.site_id.into()],
        ))
        .await
        .map_err(store_error)?;
        let kept = tableau_session::Entity::find_by_id(self.site_id)
            .one(&txn)
            .await
            .map_err(store_error)?;
        if let Some(row) = kept
            && row.credentials_stamp == self.credentials_stamp
            && let Some(token) = self
                .keys
                .open(&row.token_sealed)
                .ok()
                .and_then(|t| String::from_utf8(t).ok())
            && rejected != Some(token.as_str())
        {
            txn.commit().await.map_err(store_error)?;
            tracing::debug!(site_id = self.site_id, "reusing the kept Tableau session");
            return Ok(KeptSession {
                token,
                site: SiteSession {
                    site_id: row.site_luid,
                    user_id: row.user_luid,
                    site_content_url: row.site_content_url,
                },
            });
        }
        // Dropping the transaction on a failed sign-in releases the lock.
        let fresh = sign_in.await?;
        let row = tableau_session::ActiveModel {
            site_id: Set(self.site_id),
            credentials_stamp: Set(self.credentials_stamp.clone()),
            token_sealed: Set(self.keys.seal(fresh.token.as_bytes())),
            site_luid: Set(fresh.site.site_id.clone()),
            user_luid: Set(fresh.site.user_id.clone()),
            site_content_url: Set(fresh.site.site_content_url.clone()),
            signed_in_at: Set(Utc::now()),
        };
        tableau_session::Entity::insert(row)
            .on_conflict(
                OnConflict::column(tableau_session::Column::SiteId)
                    .update_columns([
                        tableau_session::Column::CredentialsStamp,
                        tableau_session::Column::TokenSealed,
                        tableau_session::Column::SiteLuid,
                        tableau_session::Column::UserLuid,
                        tableau_session::Column::SiteContentUrl,
                        tableau_session::Column::SignedInAt,
                    ])
                    .to_owned(),
            )
            .exec(&txn)
            .await
            .map_err(store_error)?;
        txn.commit().await.map_err(store_error)?;
        Ok(fresh)
    }
}

impl SessionKeeper for DbSessionKeeper {
    fn exchange<'a>(
        &'a self,
        rejected: Option<&'a str>,
        sign_in: Boxed<'a, Result<KeptSession, TableauError>>,
    ) -> Boxed<'a, Result<KeptSession, TableauError>> {
        Box::pin(self.exchange_locked(rejected, sign_in))
    }
}

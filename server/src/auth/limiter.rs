//! Login rate limiting: failures are counted per account and per client
//! address within a sliding window; past the limit, logins are refused
//! (even with the right password) until old failures age out.
//!
//! Failures live in the database, so replicas share the count and a
//! restart does not reset it.

use std::net::IpAddr;
use std::time::Duration;

use chrono::{DateTime, Utc};
use sea_orm::{
    ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect, Set,
};

use crate::db::entity::login_failure;
use crate::error::AppResult;

#[derive(Clone, Debug)]
pub struct LoginLimiter {
    window: chrono::Duration,
    per_account: usize,
    per_address: usize,
}

impl Default for LoginLimiter {
    fn default() -> Self {
        Self::new(Duration::from_secs(15 * 60), 5, 20)
    }
}

fn account_key(email: &str) -> String {
    format!("account:{}", email.trim().to_lowercase())
}

fn address_key(addr: Option<IpAddr>) -> String {
    format!(
        "address:{}",
        addr.map_or_else(|| "unknown".to_string(), |a| a.to_string())
    )
}

impl LoginLimiter {
    pub fn new(window: Duration, per_account: usize, per_address: usize) -> Self {
        Self {
            window: chrono::Duration::from_std(window).unwrap_or(chrono::Duration::days(1)),
            per_account,
            per_address,
        }
    }

    fn since(&self, now: DateTime<Utc>) -> DateTime<Utc> {
        now - self.window
    }

    /// Seconds until another attempt is allowed, if the caller is blocked.
    pub async fn blocked_for(
        &self,
        db: &impl ConnectionTrait,
        now: DateTime<Utc>,
        email: &str,
        addr: Option<IpAddr>,
    ) -> AppResult<Option<u64>> {
        let mut wait = None;
        for (key, limit) in [
            (account_key(email), self.per_account),
            (address_key(addr), self.per_address),
        ] {
            let recent = login_failure::Entity::find()
                .filter(login_failure::Column::Key.eq(key))
                .filter(login_failure::Column::FailedAt.gt(self.since(now)))
                .order_by_asc(login_failure::Column::FailedAt)
                .limit(limit as u64)
                .all(db)
                .await?;
            // Blocked until the oldest of the last `limit` failures ages out.
            if recent.len() >= limit
                && let Some(oldest) = recent.first()
            {
                let free_at = oldest.failed_at + self.window;
                let secs = (free_at - now).num_seconds().max(1) as u64;
                wait = Some(wait.map_or(secs, |w: u64| w.max(secs)));
            }
        }
        Ok(wait)
    }

    pub async fn record_failure(
        &self,
        db: &impl ConnectionTrait,
        now: DateTime<Utc>,
        email: &str,
        addr: Option<IpAddr>,
    ) -> AppResult<()> {
        // What has aged out counts for nothing; keep the table small.
        login_failure::Entity::delete_many()
            .filter(login_failure::Column::FailedAt.lte(self.since(now)))
            .exec(db)
            .await?;
        login_failure::Entity::insert_many([account_key(email), address_key(addr)].map(|key| {
            login_failure::ActiveModel {
                key: Set(key),
                failed_at: Set(now),
                ..Default::default()
            }
        }))
        .exec(db)
        .await?;
        Ok(())
    }

    /// A good sign-in forgives the account's failures (not the address's:
    /// one right password must not reopen an address spraying others).
    pub async fn record_success(&self, db: &impl ConnectionTrait, email: &str) -> AppResult<()> {
        login_failure::Entity::delete_many()
            .filter(login_failure::Column::Key.eq(account_key(email)))
            .exec(db)
            .await?;
        Ok(())
    }
}

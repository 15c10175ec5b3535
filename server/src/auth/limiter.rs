//! Login rate limiting: failures are counted per account and per client
//! address within a sliding window; past the limit, logins are refused
//! (even with the right password) until old failures age out.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

#[derive(Clone, Debug)]
pub struct LoginLimiter {
    failures: Arc<Mutex<HashMap<String, Vec<Instant>>>>,
    window: Duration,
    per_account: usize,
    per_address: usize,
}

impl Default for LoginLimiter {
    fn default() -> Self {
        Self::new(Duration::from_secs(15 * 60), 5, 20)
    }
}

impl LoginLimiter {
    pub fn new(window: Duration, per_account: usize, per_address: usize) -> Self {
        Self {
            failures: Arc::default(),
            window,
            per_account,
            per_address,
        }
    }

    fn keys(email: &str, addr: Option<IpAddr>) -> [(String, bool); 2] {
        let addr = addr.map_or_else(|| "unknown".to_string(), |a| a.to_string());
        [
            (format!("account:{}", email.to_lowercase()), true),
            (format!("address:{addr}"), false),
        ]
    }

    /// Seconds until another attempt is allowed, if the caller is blocked.
    pub fn blocked_for(&self, email: &str, addr: Option<IpAddr>) -> Option<u64> {
        let now = Instant::now();
        let mut map = self.failures.lock().unwrap_or_else(|e| e.into_inner());
        let mut wait = None;
        for (key, is_account) in Self::keys(email, addr) {
            let list = map.entry(key).or_default();
            list.retain(|t| now.duration_since(*t) < self.window);
            let limit = if is_account {
                self.per_account
            } else {
                self.per_address
            };
            if list.len() >= limit
                && let Some(oldest) = list.first()
            {
                let secs = (self.window - now.duration_since(*oldest)).as_secs().max(1);
                wait = Some(wait.map_or(secs, |w: u64| w.max(secs)));
            }
        }
        wait
    }

    pub fn record_failure(&self, email: &str, addr: Option<IpAddr>) {
        let mut map = self.failures.lock().unwrap_or_else(|e| e.into_inner());
        for (key, _) in Self::keys(email, addr) {
            map.entry(key).or_default().push(Instant::now());
        }
    }

    pub fn record_success(&self, email: &str) {
        let mut map = self.failures.lock().unwrap_or_else(|e| e.into_inner());
        map.remove(&format!("account:{}", email.to_lowercase()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_an_account_after_its_failures_whatever_the_address() {
        let limiter = LoginLimiter::new(Duration::from_secs(60), 3, 100);
        let a = Some("10.0.0.1".parse().unwrap_or(IpAddr::from([0, 0, 0, 0])));
        for _ in 0..3 {
            assert!(limiter.blocked_for("Ann@x.io", a).is_none());
            limiter.record_failure("Ann@x.io", a);
        }
        assert!(limiter.blocked_for("ann@x.io", None).is_some());
        assert!(limiter.blocked_for("bob@x.io", None).is_none());
    }

    #[test]
    fn blocks_an_address_spraying_many_accounts() {
        let limiter = LoginLimiter::new(Duration::from_secs(60), 100, 3);
        let a = Some(IpAddr::from([10, 0, 0, 2]));
        for i in 0..3 {
            limiter.record_failure(&format!("u{i}@x.io"), a);
        }
        assert!(limiter.blocked_for("new@x.io", a).is_some());
    }
}

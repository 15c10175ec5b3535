//! API tokens for automation: random, shown once, stored as a SHA-256 hash.

use rand::Rng;
use sha2::{Digest, Sha256};

use super::Permission;

/// Recognisable prefix, so a leaked token is easy to spot in a scanner.
pub const PREFIX: &str = "vzp_";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    /// Read everything a viewer can.
    Read,
    /// Manage schedules, tasks, triggers, mailing lists; implies `read`.
    SchedulesWrite,
    /// Fire custom triggers through `POST /api/webhooks`.
    TriggersFire,
    /// Everything, including connections, users and tokens.
    Admin,
}

impl Scope {
    pub const ALL: [Scope; 4] = [
        Scope::Read,
        Scope::SchedulesWrite,
        Scope::TriggersFire,
        Scope::Admin,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Scope::Read => "read",
            Scope::SchedulesWrite => "schedules:write",
            Scope::TriggersFire => "triggers:fire",
            Scope::Admin => "admin",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Scope::ALL.into_iter().find(|s| s.as_str() == text)
    }

    pub fn grants(self, permission: Permission) -> bool {
        match self {
            Scope::Admin => true,
            Scope::Read => permission == Permission::Read,
            Scope::SchedulesWrite => {
                matches!(permission, Permission::Read | Permission::ManageSchedules)
            }
            Scope::TriggersFire => permission == Permission::FireTriggers,
        }
    }
}

/// A new random token: 40 characters of base62 after the prefix (238 bits).
pub fn generate() -> String {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    let mut rng = rand::thread_rng();
    let body: String = (0..40)
        .map(|_| ALPHABET[rng.gen_range(0..ALPHABET.len())] as char)
        .collect();
    format!("{PREFIX}{body}")
}

/// Tokens are long and random, so a fast hash is enough: guessing is
/// hopeless, and the lookup by hash stays a single indexed query.
pub fn hash(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

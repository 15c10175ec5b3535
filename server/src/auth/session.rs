//! Session tokens: HS256 JWTs signed with a key derived from the secret key.

use chrono::Utc;
use jsonwebtoken::{Algorithm, DecodingKey, EncodingKey, Header, Validation};
use serde::{Deserialize, Serialize};

use crate::error::AppError;

/// How long a login lasts.
pub const LIFETIME_HOURS: i64 = 12;

#[derive(Debug, Serialize, Deserialize)]
pub struct Claims {
    /// The user id.
    pub sub: String,
    pub exp: i64,
    pub iat: i64,
    /// Marks the token as ours, so a JWT minted for Tableau is never accepted.
    pub aud: String,
}

const AUDIENCE: &str = "vizpost";

pub fn issue(key: &[u8], user_id: i32) -> Result<(String, chrono::DateTime<Utc>), AppError> {
    let now = Utc::now();
    let expires = now + chrono::Duration::hours(LIFETIME_HOURS);
    let claims = Claims {
        sub: user_id.to_string(),
        exp: expires.timestamp(),
        iat: now.timestamp(),
        aud: AUDIENCE.into(),
    };
    let key = EncodingKey::from_secret(key).map_err(|e| AppError::Internal(e.into()))?;
    let token = jsonwebtoken::encode(&Header::new(Algorithm::HS256), &claims, &key)
        .map_err(|e| AppError::Internal(e.into()))?;
    Ok((token, expires))
}

/// Returns the user id of a valid, unexpired token.
pub fn verify(key: &[u8], token: &str) -> Option<i32> {
    let mut validation = Validation::new(Algorithm::HS256);
    validation.set_audience(&[AUDIENCE]);
    let key = DecodingKey::from_secret(key).ok()?;
    jsonwebtoken::decode::<Claims>(token, &key, &validation)
        .ok()
        .and_then(|data| data.claims.sub.parse().ok())
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn a_token_verifies_only_with_its_key() {
        let (token, _) = issue(b"key-one-key-one-key-one-key-one!", 7).unwrap();
        assert_eq!(verify(b"key-one-key-one-key-one-key-one!", &token), Some(7));
        assert_eq!(verify(b"key-two-key-two-key-two-key-two!", &token), None);
        assert_eq!(verify(b"key-one-key-one-key-one-key-one!", "garbage"), None);
    }
}

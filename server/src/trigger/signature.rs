//! Signed custom triggers, in the manner of Standard Webhooks: the caller
//! sends `webhook-id`, `webhook-timestamp` (Unix seconds) and
//! `webhook-signature: v1,<base64 HMAC-SHA256 of "id.timestamp.body">`,
//! keyed with the site's webhook secret. A stale timestamp is refused so a
//! captured request cannot be replayed later.

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as B64;
use hmac::{Hmac, Mac};
use sha2::Sha256;

/// How far a signature's timestamp may be from now.
pub const TOLERANCE_SECONDS: i64 = 5 * 60;

pub struct Signed<'a> {
    pub id: &'a str,
    pub timestamp: &'a str,
    pub signatures: &'a str,
}

#[derive(Debug, PartialEq, Eq)]
pub enum SignatureError {
    Timestamp,
    Stale,
    Mismatch,
}

impl SignatureError {
    pub fn message(&self) -> &'static str {
        match self {
            SignatureError::Timestamp => "webhook-timestamp is not a Unix time in seconds",
            SignatureError::Stale => {
                "webhook-timestamp is more than 5 minutes away from now; sign the request again"
            }
            SignatureError::Mismatch => {
                "webhook-signature does not match the body (HMAC-SHA256 of id.timestamp.body with the site's secret)"
            }
        }
    }
}

/// The secret as Standard Webhooks libraries expect it.
pub fn display_secret(token: &str) -> String {
    format!("whsec_{}", B64.encode(token.as_bytes()))
}

pub fn verify(
    key: &[u8],
    signed: &Signed<'_>,
    body: &[u8],
    now_unix: i64,
) -> Result<(), SignatureError> {
    let ts: i64 = signed
        .timestamp
        .trim()
        .parse()
        .map_err(|_| SignatureError::Timestamp)?;
    if (now_unix - ts).abs() > TOLERANCE_SECONDS {
        return Err(SignatureError::Stale);
    }
    for candidate in signed.signatures.split_whitespace() {
        let Some(encoded) = candidate.strip_prefix("v1,") else {
            continue;
        };
        let Ok(given) = B64.decode(encoded) else {
            continue;
        };
        let Ok(mut mac) = Hmac::<Sha256>::new_from_slice(key) else {
            continue;
        };
        mac.update(format!("{}.{}.", signed.id, signed.timestamp.trim()).as_bytes());
        mac.update(body);
        // `verify_slice` compares in constant time.
        if mac.verify_slice(&given).is_ok() {
            return Ok(());
        }
    }
    Err(SignatureError::Mismatch)
}

/// Signs a body the way callers should; used by tests and documentation.
pub fn sign(key: &[u8], id: &str, timestamp: i64, body: &[u8]) -> String {
    let mut mac = match Hmac::<Sha256>::new_from_slice(key) {
        Ok(m) => m,
        Err(_) => return String::new(),
    };
    mac.update(format!("{id}.{timestamp}.").as_bytes());
    mac.update(body);
    format!("v1,{}", B64.encode(mac.finalize().into_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_signature_verifies_only_for_its_body_key_and_time() {
        let body = br#"{"event_type":"custom"}"#;
        let sig = sign(b"k1", "msg_1", 1_000, body);
        let ok = Signed {
            id: "msg_1",
            timestamp: "1000",
            signatures: &sig,
        };
        assert_eq!(verify(b"k1", &ok, body, 1_100), Ok(()));
        assert_eq!(
            verify(b"k2", &ok, body, 1_100),
            Err(SignatureError::Mismatch)
        );
        assert_eq!(
            verify(b"k1", &ok, b"{}", 1_100),
            Err(SignatureError::Mismatch)
        );
        assert_eq!(
            verify(b"k1", &ok, body, 1_000 + 301),
            Err(SignatureError::Stale)
        );
        let several = format!("v1,AAAA {sig}");
        let multi = Signed {
            id: "msg_1",
            timestamp: "1000",
            signatures: &several,
        };
        assert_eq!(verify(b"k1", &multi, body, 1_000), Ok(()));
    }
}

//! Secrets: a wrapper that never prints, the application key and what is
//! derived from it (the AEAD that seals stored credentials, the JWT key).

use std::fmt;
use std::path::Path;

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as B64;
use chacha20poly1305::aead::{Aead, KeyInit};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use hkdf::Hkdf;
use rand::RngCore;
use sha2::Sha256;

/// A value that must not reach logs: `Debug` and `Display` print a placeholder.
#[derive(Clone, PartialEq, Eq)]
pub struct Sensitive<T>(pub T);

impl<T> fmt::Debug for Sensitive<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("[redacted]")
    }
}

impl<T> Sensitive<T> {
    pub fn expose(&self) -> &T {
        &self.0
    }
}

#[derive(Debug, thiserror::Error)]
pub enum SecretError {
    #[error("stored secret is not valid base64")]
    Encoding,
    #[error("stored secret cannot be opened with the current secret key")]
    Decrypt,
    #[error("cannot read or write the key file {path}: {source}")]
    KeyFile {
        path: String,
        source: std::io::Error,
    },
}

/// Keys derived from the one application secret. Each purpose gets its own
/// HKDF output so a leak of one (say a JWT key) reveals nothing of the others.
#[derive(Clone)]
pub struct Keys {
    aead: XChaCha20Poly1305,
    jwt: Vec<u8>,
    webhook: Vec<u8>,
}

impl fmt::Debug for Keys {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Keys([redacted])")
    }
}

impl Keys {
    pub fn derive(secret: &str) -> Self {
        let hk = Hkdf::<Sha256>::new(Some(b"vizpost"), secret.as_bytes());
        let expand = |info: &[u8]| {
            let mut out = [0u8; 32];
            // 32 bytes is far below HKDF-SHA256's output limit, so this cannot fail.
            let _ = hk.expand(info, &mut out);
            out
        };
        let aead_key = expand(b"credential encryption");
        Self {
            aead: XChaCha20Poly1305::new((&aead_key).into()),
            jwt: expand(b"session tokens").to_vec(),
            webhook: expand(b"webhook secrets").to_vec(),
        }
    }

    pub fn jwt_key(&self) -> &[u8] {
        &self.jwt
    }

    pub fn webhook_key(&self) -> &[u8] {
        &self.webhook
    }

    /// Encrypts with a random 192-bit nonce, stored in front of the ciphertext.
    pub fn seal(&self, plaintext: &[u8]) -> String {
        let mut nonce = [0u8; 24];
        rand::thread_rng().fill_bytes(&mut nonce);
        // Encryption only fails for inputs over 256 GiB.
        let ciphertext = self
            .aead
            .encrypt(XNonce::from_slice(&nonce), plaintext)
            .unwrap_or_default();
        let mut out = nonce.to_vec();
        out.extend(ciphertext);
        B64.encode(out)
    }

    pub fn open(&self, sealed: &str) -> Result<Vec<u8>, SecretError> {
        let bytes = B64.decode(sealed).map_err(|_| SecretError::Encoding)?;
        if bytes.len() < 24 {
            return Err(SecretError::Decrypt);
        }
        let (nonce, ciphertext) = bytes.split_at(24);
        self.aead
            .decrypt(XNonce::from_slice(nonce), ciphertext)
            .map_err(|_| SecretError::Decrypt)
    }
}

/// Returns the configured key, or the one kept in `data_dir/secret.key`,
/// creating it (mode 0600) on first start. The boolean says it was created.
pub fn load_or_create_key(
    configured: Option<&Sensitive<String>>,
    data_dir: &Path,
) -> Result<(Sensitive<String>, bool), SecretError> {
    if let Some(key) = configured {
        return Ok((key.clone(), false));
    }
    let path = data_dir.join("secret.key");
    let io_err = |source| SecretError::KeyFile {
        path: path.display().to_string(),
        source,
    };
    match std::fs::read_to_string(&path) {
        Ok(text) => return Ok((Sensitive(text.trim().to_string()), false)),
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(io_err(e)),
        Err(_) => {}
    }
    std::fs::create_dir_all(data_dir).map_err(io_err)?;
    let mut bytes = [0u8; 32];
    rand::thread_rng().fill_bytes(&mut bytes);
    let key = hex::encode(bytes);
    write_private(&path, &key).map_err(io_err)?;
    Ok((Sensitive(key), true))
}

#[cfg(unix)]
fn write_private(path: &Path, text: &str) -> std::io::Result<()> {
    use std::io::Write;
    use std::os::unix::fs::OpenOptionsExt;
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)?;
    file.write_all(text.as_bytes())
}

#[cfg(not(unix))]
fn write_private(path: &Path, text: &str) -> std::io::Result<()> {
    std::fs::write(path, text)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn sealed_values_open_with_the_same_key_only() {
        let keys = Keys::derive("a-secret-key-that-is-long-enough-000");
        let sealed = keys.seal(b"pat-secret");
        assert!(!sealed.contains("pat-secret"));
        assert_eq!(keys.open(&sealed).unwrap(), b"pat-secret");
        let other = Keys::derive("another-secret-key-that-is-long-enough");
        assert!(matches!(other.open(&sealed), Err(SecretError::Decrypt)));
    }

    #[test]
    fn a_generated_key_file_is_private_and_reused() {
        let dir = std::env::temp_dir().join(format!("vizpost-key-{}", uuid::Uuid::new_v4()));
        let (first, created) = load_or_create_key(None, &dir).unwrap();
        assert!(created);
        let (second, created) = load_or_create_key(None, &dir).unwrap();
        assert!(!created);
        assert_eq!(first, second);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(dir.join("secret.key"))
                .unwrap()
                .permissions()
                .mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        std::fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn sensitive_values_do_not_print() {
        assert_eq!(format!("{:?}", Sensitive("hunter2")), "[redacted]");
    }
}

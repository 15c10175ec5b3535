//! Where messages go: an SMTP server through pooled connections, or
//! `.eml` files in the data folder's outbox.

use std::path::PathBuf;
use std::sync::Arc;

use lettre::Message;

use super::SmtpSettings;
use super::smtp::SmtpPool;

#[derive(Clone)]
pub enum Mailer {
    Smtp { pool: Arc<SmtpPool>, from: String },
    Outbox { dir: PathBuf, from: String },
}

#[derive(Debug, thiserror::Error)]
pub enum SendError {
    /// Worth retrying later: a 4xx answer or a lost connection.
    #[error("{0}")]
    Transient(String),
    /// The server refused for good (5xx); retrying would not help.
    #[error("{0}")]
    Permanent(String),
}

impl Mailer {
    pub fn new(
        smtp: Option<&SmtpSettings>,
        data_dir: &std::path::Path,
        default_from: String,
    ) -> Result<Self, String> {
        let Some(s) = smtp else {
            return Ok(Mailer::Outbox {
                dir: data_dir.join("outbox"),
                from: default_from,
            });
        };
        let from = s.from.clone().unwrap_or(default_from);
        Ok(Mailer::Smtp {
            pool: Arc::new(SmtpPool::new(s.clone())?),
            from,
        })
    }

    pub fn from_address(&self) -> &str {
        match self {
            Mailer::Smtp { from, .. } | Mailer::Outbox { from, .. } => from,
        }
    }

    pub fn is_outbox(&self) -> bool {
        matches!(self, Mailer::Outbox { .. })
    }

    /// Sends one message, already formatted (the caller measured it), so
    /// it is not formatted or copied again. `file_stem` names the outbox
    /// file; writing the same stem twice replaces the file, so a retried
    /// delivery never leaves two copies.
    pub async fn send(
        &self,
        message: &Message,
        formatted: &[u8],
        file_stem: &str,
    ) -> Result<(), SendError> {
        match self {
            Mailer::Smtp { pool, .. } => pool.send(message.envelope(), formatted).await,
            Mailer::Outbox { dir, .. } => {
                let io = |e: std::io::Error| {
                    SendError::Transient(format!(
                        "cannot write to the outbox {}: {e}",
                        dir.display()
                    ))
                };
                tokio::fs::create_dir_all(dir).await.map_err(io)?;
                let tmp = dir.join(format!(".{file_stem}.tmp"));
                tokio::fs::write(&tmp, formatted).await.map_err(io)?;
                tokio::fs::rename(&tmp, dir.join(format!("{file_stem}.eml")))
                    .await
                    .map_err(io)
            }
        }
    }
}

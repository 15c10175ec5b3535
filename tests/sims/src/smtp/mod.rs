//! An SMTP sink on loopback: a real SMTP server (plain, STARTTLS or TLS
//! from the first byte) that accepts whatever Vizpost sends and keeps it
//! for inspection, with knobs for rejections and dropped connections.

mod session;
mod tls;

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use anyhow::{Context as _, bail};
use chrono::{DateTime, Utc};
use parking_lot::Mutex;
use serde_json::{Value, json};
use tokio::task::AbortHandle;

/// Largest message accepted, advertised through the SIZE extension.
pub(crate) const MAX_MESSAGE_SIZE: usize = 50 * 1024 * 1024;

#[derive(Clone, Debug, Default)]
pub struct SmtpOptions {
    /// When set, AUTH PLAIN/LOGIN is advertised and required before MAIL.
    pub auth: Option<(String, String)>,
    /// STARTTLS is offered, with a certificate for `localhost` signed by
    /// [`SmtpSink::ca_pem`], and required before MAIL.
    pub starttls: bool,
    /// TLS from the first byte, as on port 465, with the same certificate
    /// as for STARTTLS.
    pub implicit_tls: bool,
}

#[derive(Clone, Debug)]
pub struct ReceivedMessage {
    pub mail_from: String,
    pub rcpt_to: Vec<String>,
    /// The RFC 5322 message as transmitted, dot-unstuffed.
    pub data: Vec<u8>,
    pub received_at: DateTime<Utc>,
    /// Whether the message came over TLS (STARTTLS or implicit).
    pub tls: bool,
}

impl ReceivedMessage {
    pub fn data_text(&self) -> String {
        String::from_utf8_lossy(&self.data).into_owned()
    }

    pub fn to_json(&self) -> Value {
        use base64::Engine as _;
        json!({
            "mail_from": self.mail_from,
            "rcpt_to": self.rcpt_to,
            "data_base64": base64::engine::general_purpose::STANDARD.encode(&self.data),
            "received_at": self.received_at.to_rfc3339_opts(chrono::SecondsFormat::Millis, true),
            "tls": self.tls,
        })
    }
}

/// Where a rejection applies.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stage {
    /// Answer the matching RCPT TO with `code`.
    Rcpt,
    /// Accept the data, then answer the final dot with `code`.
    Data,
}

/// Answer `code` (e.g. 451 or 550) `times` times for `recipient`
/// (any recipient when `None`).
#[derive(Clone, Debug)]
pub struct SmtpReject {
    pub recipient: Option<String>,
    pub at: Stage,
    pub code: u16,
    pub times: usize,
}

pub(crate) struct Shared {
    pub opts: SmtpOptions,
    pub messages: Mutex<Vec<ReceivedMessage>>,
    pub rejects: Mutex<Vec<SmtpReject>>,
    pub drops_after_data: Mutex<usize>,
    /// Connections accepted so far.
    pub connections: AtomicUsize,
    /// Bumped to make every open connection say 421 and close, as a server
    /// does to clients idle too long or when it shuts down.
    pub hang_up: tokio::sync::watch::Sender<u64>,
    pub tls: Option<tls::SinkTls>,
}

impl Shared {
    /// Takes one use of the first matching rejection rule.
    pub fn take_reject(&self, stage: Stage, recipients: &[String]) -> Option<u16> {
        let mut rules = self.rejects.lock();
        let idx = rules.iter().position(|r| {
            r.at == stage
                && r.times > 0
                && r.recipient
                    .as_ref()
                    .is_none_or(|want| recipients.iter().any(|got| got.eq_ignore_ascii_case(want)))
        })?;
        rules[idx].times -= 1;
        let code = rules[idx].code;
        if rules[idx].times == 0 {
            rules.remove(idx);
        }
        Some(code)
    }

    pub fn take_drop(&self) -> bool {
        let mut n = self.drops_after_data.lock();
        let drop = *n > 0;
        *n = n.saturating_sub(1);
        drop
    }
}

struct Handle {
    shared: Arc<Shared>,
    port: u16,
    accept: AbortHandle,
}

impl Drop for Handle {
    fn drop(&mut self) {
        self.accept.abort();
    }
}

/// Handle to a running sink; clones share it. The server stops when the
/// last clone is dropped.
#[derive(Clone)]
pub struct SmtpSink {
    handle: Arc<Handle>,
}

impl SmtpSink {
    pub async fn start() -> anyhow::Result<Self> {
        Self::start_on(0, SmtpOptions::default()).await
    }

    pub async fn start_with(opts: SmtpOptions) -> anyhow::Result<Self> {
        Self::start_on(0, opts).await
    }

    /// Listens on `127.0.0.1:port` (0 picks a free port).
    pub async fn start_on(port: u16, opts: SmtpOptions) -> anyhow::Result<Self> {
        let listener = tokio::net::TcpListener::bind(("127.0.0.1", port))
            .await
            .context("binding the SMTP sink")?;
        let port = listener.local_addr()?.port();
        let tls = if opts.starttls || opts.implicit_tls {
            Some(tls::make().context("making the SMTP sink's certificate")?)
        } else {
            None
        };
        let shared = Arc::new(Shared {
            tls,
            opts,
            messages: Mutex::default(),
            rejects: Mutex::default(),
            drops_after_data: Mutex::default(),
            connections: AtomicUsize::new(0),
            hang_up: tokio::sync::watch::Sender::new(0),
        });
        let accept_shared = shared.clone();
        let accept = tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                // Replies go out a line at a time; without this, Nagle's
                // algorithm holds each multi-line reply for a delayed ACK.
                let _ = stream.set_nodelay(true);
                let shared = accept_shared.clone();
                shared.connections.fetch_add(1, Ordering::SeqCst);
                tokio::spawn(async move {
                    if let Err(e) = session::serve(shared, stream).await {
                        tracing::debug!("smtp sink connection ended: {e}");
                    }
                });
            }
        });
        Ok(SmtpSink {
            handle: Arc::new(Handle {
                shared,
                port,
                accept: accept.abort_handle(),
            }),
        })
    }

    pub fn port(&self) -> u16 {
        self.handle.port
    }

    /// A `VIZPOST_SMTP_URL` for this sink; with TLS, the host is
    /// `localhost` (the name on its certificate) and the authority that
    /// signed it must also be given (see [`Self::ca_pem`]).
    pub fn url(&self) -> String {
        if self.handle.shared.opts.implicit_tls {
            format!("smtps://localhost:{}", self.handle.port)
        } else if self.handle.shared.tls.is_some() {
            format!("smtp://localhost:{}?tls=starttls", self.handle.port)
        } else {
            format!("smtp://127.0.0.1:{}?tls=none", self.handle.port)
        }
    }

    /// The certificate authority to trust for TLS, PEM-encoded.
    pub fn ca_pem(&self) -> Option<String> {
        self.handle.shared.tls.as_ref().map(|t| t.ca_pem.clone())
    }

    pub fn messages(&self) -> Vec<ReceivedMessage> {
        self.handle.shared.messages.lock().clone()
    }

    pub fn clear_messages(&self) {
        self.handle.shared.messages.lock().clear();
    }

    /// Waits until at least `n` messages arrived and returns all of them.
    pub async fn wait_for_messages(
        &self,
        n: usize,
        timeout: Duration,
    ) -> anyhow::Result<Vec<ReceivedMessage>> {
        let deadline = tokio::time::Instant::now() + timeout;
        loop {
            let messages = self.messages();
            if messages.len() >= n {
                return Ok(messages);
            }
            if tokio::time::Instant::now() >= deadline {
                bail!(
                    "expected {n} messages within {timeout:?}, got {}",
                    messages.len()
                );
            }
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
    }

    pub fn reject(&self, rule: SmtpReject) {
        self.handle.shared.rejects.lock().push(rule);
    }

    /// How many connections clients have opened.
    pub fn connections(&self) -> usize {
        self.handle.shared.connections.load(Ordering::SeqCst)
    }

    /// Every open connection is answered `421` and closed, as servers do
    /// to clients that stay idle too long.
    pub fn hang_up_all(&self) {
        self.handle.shared.hang_up.send_modify(|n| *n += 1);
    }

    /// The next `times` DATA transfers end with the connection closed
    /// instead of a reply, and the message is not kept.
    pub fn drop_connection_after_data(&self, times: usize) {
        *self.handle.shared.drops_after_data.lock() += times;
    }
}

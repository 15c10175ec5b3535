//! SMTP connections, opened by Vizpost and kept for reuse.
//!
//! The mail library writes the end-of-data marker of each message as a
//! separate small packet. With Nagle's algorithm on, that packet waits for
//! the server to acknowledge the previous one, and servers delay that
//! acknowledgement by up to 40 ms: every message would cost 40 ms of
//! waiting. So the TCP connection is opened here with `TCP_NODELAY` and
//! handed to the library, which still speaks the protocol (EHLO, STARTTLS,
//! AUTH, MAIL, RCPT, DATA).
//!
//! Connections with TLS from the first byte (port 465) are opened by the
//! library itself, without that option.
//!
//! Every step has a time limit, so a relay that stops answering costs a
//! delivery attempt, never a worker.

use std::sync::Mutex;
use std::time::{Duration, Instant};

use lettre::address::Envelope;
use lettre::transport::smtp::authentication::{Credentials, DEFAULT_MECHANISMS};
use lettre::transport::smtp::client::{AsyncSmtpConnection, Certificate, TlsParameters};
use lettre::transport::smtp::extension::ClientId;

use super::{SendError, SmtpSettings, TlsMode};

/// How long an unused connection is kept before it is closed; mail servers
/// drop idle clients after a few minutes anyway.
const IDLE_FOR: Duration = Duration::from_secs(60);
/// At most this many unused connections are kept.
const MAX_IDLE: usize = 16;
/// From opening the TCP connection to being ready for the first message.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(30);
/// The longest one message may take from MAIL FROM to the server's answer.
const SEND_TIMEOUT: Duration = Duration::from_secs(120);
/// The longest a check of an idle connection (NOOP) or a goodbye (QUIT)
/// may take: a server that stopped answering must not hold a worker.
const SHORT_TIMEOUT: Duration = Duration::from_secs(10);
const CERTIFICATE_PEM: &[u8] = b"-----BEGIN CERTIFICATE-----";

pub struct SmtpPool {
    settings: SmtpSettings,
    /// Built once: reading `ca_file` and parsing its certificates.
    tls: Option<TlsParameters>,
    hello: ClientId,
    idle: Mutex<Vec<(AsyncSmtpConnection, Instant)>>,
    connect_timeout: Duration,
}

fn transient(what: &str, e: impl std::fmt::Display) -> SendError {
    SendError::Transient(format!("SMTP: {what}: {e}"))
}

fn tls_parameters(s: &SmtpSettings) -> Result<TlsParameters, String> {
    let mut builder = TlsParameters::builder(s.host.clone());
    if let Some(path) = &s.ca_file {
        let pem = std::fs::read(path)
            .map_err(|e| format!("ca_file {}: cannot read it ({e})", path.display()))?;
        // The parser skips what is not a certificate, so a file of anything
        // else would silently trust nothing.
        let has_certificate = pem
            .windows(CERTIFICATE_PEM.len())
            .any(|w| w == CERTIFICATE_PEM);
        let cert = Certificate::from_pem(&pem)
            .ok()
            .filter(|_| has_certificate)
            .ok_or_else(|| format!("ca_file {}: not a PEM certificate", path.display()))?;
        builder = builder.add_root_certificate(cert);
    }
    builder
        .build()
        .map_err(|e| format!("TLS for SMTP host {}: {e}", s.host))
}

/// Says goodbye if the server still listens, then drops the connection.
async fn close(mut conn: AsyncSmtpConnection) {
    let _ = tokio::time::timeout(SHORT_TIMEOUT, conn.abort()).await;
}

fn classify(e: lettre::transport::smtp::Error) -> SendError {
    if e.is_permanent() {
        SendError::Permanent(format!("the SMTP server refused the message: {e}"))
    } else {
        SendError::Transient(format!("SMTP: {e}"))
    }
}

impl SmtpPool {
    /// Checks what can be checked before the first message: a host name
    /// that TLS can verify and a readable `ca_file`.
    pub fn new(settings: SmtpSettings) -> Result<Self, String> {
        let tls = match settings.tls {
            TlsMode::None => None,
            TlsMode::StartTls | TlsMode::Tls => Some(tls_parameters(&settings)?),
        };
        Ok(SmtpPool {
            settings,
            tls,
            hello: ClientId::default(),
            idle: Mutex::new(Vec::new()),
            connect_timeout: CONNECT_TIMEOUT,
        })
    }

    /// Sends one message; the connection goes back to the pool unless the
    /// exchange failed, in which case it is closed.
    pub async fn send(&self, envelope: &Envelope, message: &[u8]) -> Result<(), SendError> {
        let mut conn = match self.reuse().await {
            Some(conn) => conn,
            None => self.connect().await?,
        };
        match tokio::time::timeout(SEND_TIMEOUT, conn.send(envelope, message)).await {
            Ok(Ok(_)) => {
                self.park(conn);
                Ok(())
            }
            Ok(Err(e)) => {
                close(conn).await;
                Err(classify(e))
            }
            Err(_) => {
                close(conn).await;
                Err(SendError::Transient(format!(
                    "SMTP: no answer from {}:{} within {} seconds",
                    self.settings.host,
                    self.settings.port,
                    SEND_TIMEOUT.as_secs()
                )))
            }
        }
    }

    /// An idle connection that still answers, if there is one.
    async fn reuse(&self) -> Option<AsyncSmtpConnection> {
        loop {
            let (mut conn, since) = self.idle.lock().unwrap_or_else(|e| e.into_inner()).pop()?;
            if since.elapsed() < IDLE_FOR
                && tokio::time::timeout(SHORT_TIMEOUT, conn.test_connected())
                    .await
                    .unwrap_or(false)
            {
                return Some(conn);
            }
            close(conn).await;
        }
    }

    fn park(&self, conn: AsyncSmtpConnection) {
        let mut idle = self.idle.lock().unwrap_or_else(|e| e.into_inner());
        if idle.len() < MAX_IDLE {
            idle.push((conn, Instant::now()));
        }
    }

    /// A connection that greeted, secured itself as configured and logged
    /// in, all within the connect timeout: a relay that accepts the TCP
    /// connection and then says nothing must not hold a worker.
    async fn connect(&self) -> Result<AsyncSmtpConnection, SendError> {
        let address = format!("{}:{}", self.settings.host, self.settings.port);
        tokio::time::timeout(self.connect_timeout, self.open(&address))
            .await
            .unwrap_or_else(|_| {
                Err(transient(
                    &format!("cannot connect to {address}"),
                    format!(
                        "no greeting, TLS handshake or login within {} seconds",
                        self.connect_timeout.as_secs()
                    ),
                ))
            })
    }

    async fn open(&self, address: &str) -> Result<AsyncSmtpConnection, SendError> {
        let s = &self.settings;
        let tls = || {
            self.tls
                .clone()
                .ok_or_else(|| transient("TLS settings", "missing"))
        };
        let mut conn = if s.tls == TlsMode::Tls {
            AsyncSmtpConnection::connect_tokio1(
                (s.host.as_str(), s.port),
                None,
                &self.hello,
                Some(tls()?),
                None,
            )
            .await
            .map_err(|e| transient(&format!("cannot connect to {address}"), e))?
        } else {
            let tcp = tokio::net::TcpStream::connect((s.host.as_str(), s.port))
                .await
                .map_err(|e| transient(&format!("cannot connect to {address}"), e))?;
            tcp.set_nodelay(true)
                .map_err(|e| transient("cannot set TCP_NODELAY", e))?;
            let mut conn = AsyncSmtpConnection::connect_with_transport(Box::new(tcp), &self.hello)
                .await
                .map_err(|e| transient(&format!("greeting from {address}"), e))?;
            if s.tls == TlsMode::StartTls {
                conn.starttls(tls()?, &self.hello)
                    .await
                    .map_err(|e| transient(&format!("STARTTLS with {address}"), e))?;
            }
            conn
        };
        if let (Some(user), Some(pass)) = (&s.username, &s.password) {
            let credentials = Credentials::new(user.clone(), pass.expose().clone());
            if let Err(e) = conn.auth(DEFAULT_MECHANISMS, &credentials).await {
                close(conn).await;
                return Err(classify(e));
            }
        }
        Ok(conn)
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn with_ca(path: &std::path::Path) -> Result<SmtpPool, String> {
        let url = format!(
            "smtp://relay.example.com?tls=starttls&ca_file={}",
            path.display()
        );
        SmtpPool::new(SmtpSettings::parse(&url).unwrap())
    }

    #[tokio::test]
    async fn a_relay_that_accepts_and_never_greets_fails_the_attempt_in_time() {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let port = listener.local_addr().unwrap().port();
        // Accepts and holds each connection without a word.
        let silent = tokio::spawn(async move {
            let mut held = Vec::new();
            while let Ok((stream, _)) = listener.accept().await {
                held.push(stream);
            }
        });
        let url = format!("smtp://127.0.0.1:{port}?tls=none");
        let mut pool = SmtpPool::new(SmtpSettings::parse(&url).unwrap()).unwrap();
        pool.connect_timeout = Duration::from_millis(300);
        let envelope = Envelope::new(
            Some("from@example.com".parse().unwrap()),
            vec!["to@example.com".parse().unwrap()],
        )
        .unwrap();
        let err = pool.send(&envelope, b"Subject: x\r\n\r\nx\r\n").await;
        silent.abort();
        match err {
            Err(SendError::Transient(reason)) => assert!(
                reason.contains(&format!("cannot connect to 127.0.0.1:{port}"))
                    && reason.contains("no greeting"),
                "{reason}"
            ),
            other => panic!("expected a transient failure, got {other:?}"),
        }
    }

    #[test]
    fn a_missing_or_unreadable_ca_file_stops_start_up_naming_it() {
        let dir = std::env::temp_dir().join(format!("vizpost-ca-{}", uuid::Uuid::new_v4()));
        std::fs::create_dir_all(&dir).unwrap();
        let missing = dir.join("missing.pem");
        let err = with_ca(&missing).err().unwrap();
        assert!(err.starts_with(&format!("ca_file {}: cannot read it", missing.display())));

        let garbage = dir.join("garbage.pem");
        std::fs::write(&garbage, "not a certificate").unwrap();
        let err = with_ca(&garbage).err().unwrap();
        assert!(err.contains("not a PEM certificate"), "{err}");
    }
}

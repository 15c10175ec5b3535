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

use std::sync::Mutex;
use std::time::{Duration, Instant};

use lettre::address::Envelope;
use lettre::transport::smtp::authentication::{Credentials, DEFAULT_MECHANISMS};
use lettre::transport::smtp::client::{AsyncSmtpConnection, TlsParameters};
use lettre::transport::smtp::extension::ClientId;

use super::{SendError, SmtpSettings, TlsMode};

/// How long an unused connection is kept before it is closed; mail servers
/// drop idle clients after a few minutes anyway.
const IDLE_FOR: Duration = Duration::from_secs(60);
/// At most this many unused connections are kept.
const MAX_IDLE: usize = 16;
const CONNECT_TIMEOUT: Duration = Duration::from_secs(30);
/// The longest one message may take from MAIL FROM to the server's answer.
const SEND_TIMEOUT: Duration = Duration::from_secs(120);

pub struct SmtpPool {
    settings: SmtpSettings,
    hello: ClientId,
    idle: Mutex<Vec<(AsyncSmtpConnection, Instant)>>,
}

fn transient(what: &str, e: impl std::fmt::Display) -> SendError {
    SendError::Transient(format!("SMTP: {what}: {e}"))
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
    /// that TLS can verify.
    pub fn new(settings: SmtpSettings) -> Result<Self, String> {
        if settings.tls != TlsMode::None {
            TlsParameters::new(settings.host.clone())
                .map_err(|e| format!("SMTP host {}: {e}", settings.host))?;
        }
        Ok(SmtpPool {
            settings,
            hello: ClientId::default(),
            idle: Mutex::new(Vec::new()),
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
                conn.abort().await;
                Err(classify(e))
            }
            Err(_) => {
                conn.abort().await;
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
            if since.elapsed() < IDLE_FOR && conn.test_connected().await {
                return Some(conn);
            }
            conn.abort().await;
        }
    }

    fn park(&self, conn: AsyncSmtpConnection) {
        let mut idle = self.idle.lock().unwrap_or_else(|e| e.into_inner());
        if idle.len() < MAX_IDLE {
            idle.push((conn, Instant::now()));
        }
    }

    async fn connect(&self) -> Result<AsyncSmtpConnection, SendError> {
        let s = &self.settings;
        let address = format!("{}:{}", s.host, s.port);
        let tls = || TlsParameters::new(s.host.clone()).map_err(|e| transient("TLS settings", e));
        let mut conn = if s.tls == TlsMode::Tls {
            AsyncSmtpConnection::connect_tokio1(
                (s.host.as_str(), s.port),
                Some(CONNECT_TIMEOUT),
                &self.hello,
                Some(tls()?),
                None,
            )
            .await
            .map_err(|e| transient(&format!("cannot connect to {address}"), e))?
        } else {
            let tcp = tokio::time::timeout(
                CONNECT_TIMEOUT,
                tokio::net::TcpStream::connect((s.host.as_str(), s.port)),
            )
            .await
            .map_err(|_| transient(&format!("cannot connect to {address}"), "timed out"))?
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
                conn.abort().await;
                return Err(classify(e));
            }
        }
        Ok(conn)
    }
}

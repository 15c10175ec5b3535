//! One SMTP conversation (RFC 5321), upgraded by STARTTLS (RFC 3207)
//! when the sink offers it, or in TLS from the first byte (RFC 8314).

use std::sync::Arc;

use base64::Engine as _;
use chrono::Utc;
use tokio::io::{AsyncBufReadExt, AsyncRead, AsyncWrite, AsyncWriteExt, BufStream};
use tokio::net::TcpStream;

use super::{MAX_MESSAGE_SIZE, ReceivedMessage, Shared, Stage};

const HOSTNAME: &str = "vizpost-sims";

#[derive(Default)]
struct Transaction {
    from: Option<String>,
    rcpts: Vec<String>,
}

/// A plain or TLS stream.
trait Io: AsyncRead + AsyncWrite + Unpin + Send {}
impl<T: AsyncRead + AsyncWrite + Unpin + Send> Io for T {}

struct Conn {
    stream: BufStream<Box<dyn Io>>,
    /// Whether STARTTLS has upgraded the connection.
    tls: bool,
}

impl Conn {
    async fn reply(&mut self, line: &str) -> std::io::Result<()> {
        self.stream
            .write_all(format!("{line}\r\n").as_bytes())
            .await?;
        self.stream.flush().await
    }

    /// The TLS handshake; after STARTTLS the conversation starts over
    /// (RFC 3207 4.2).
    async fn start_tls(self, acceptor: &tokio_rustls::TlsAcceptor) -> std::io::Result<Conn> {
        let plain = self.stream.into_inner();
        let secured = acceptor.accept(plain).await?;
        Ok(Conn {
            stream: BufStream::new(Box::new(secured)),
            tls: true,
        })
    }

    /// One line including its terminator; `None` at end of stream.
    async fn raw_line(&mut self) -> std::io::Result<Option<Vec<u8>>> {
        let mut buf = Vec::new();
        let n = self.stream.read_until(b'\n', &mut buf).await?;
        Ok((n > 0).then_some(buf))
    }

    async fn line(&mut self) -> std::io::Result<Option<String>> {
        Ok(self.raw_line().await?.map(|b| {
            String::from_utf8_lossy(&b)
                .trim_end_matches(['\r', '\n'])
                .to_string()
        }))
    }
}

fn reject_text(code: u16) -> String {
    match code {
        451 => "451 4.3.0 Requested action aborted: local error in processing".into(),
        550 => "550 5.1.1 Requested action not taken: mailbox unavailable".into(),
        c => format!("{c} {}.0.0 Rejected by the SMTP sink", c / 100),
    }
}

/// The address inside `FROM:<…>` / `TO:<…>`, and the parameters after it.
fn parse_path<'a>(arg: &'a str, prefix: &str) -> Option<(String, &'a str)> {
    let head = arg.get(..prefix.len())?;
    if !head.eq_ignore_ascii_case(prefix) {
        return None;
    }
    let rest = arg[prefix.len()..].trim_start();
    if let Some(inner) = rest.strip_prefix('<') {
        let end = inner.find('>')?;
        Some((inner[..end].to_string(), inner[end + 1..].trim()))
    } else {
        let (addr, params) = rest.split_once(' ').unwrap_or((rest, ""));
        Some((addr.to_string(), params.trim()))
    }
}

/// A 334 challenge and the client's answer; `None` if it cancelled with `*`.
async fn prompt(conn: &mut Conn, text: &str) -> std::io::Result<Option<String>> {
    conn.reply(&format!("334 {text}")).await?;
    Ok(conn.line().await?.filter(|l| l != "*"))
}

fn b64(s: &str) -> Option<String> {
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(s.trim())
        .ok()?;
    String::from_utf8(bytes).ok()
}

pub(crate) async fn serve(shared: Arc<Shared>, stream: TcpStream) -> std::io::Result<()> {
    let mut conn = Conn {
        stream: BufStream::new(Box::new(stream)),
        tls: false,
    };
    if let Some(tls) = shared.tls.as_ref().filter(|_| shared.opts.implicit_tls) {
        conn = conn.start_tls(&tls.acceptor).await?;
    }
    conn.reply(&format!("220 {HOSTNAME} ESMTP ready")).await?;
    let mut greeted = false;
    let mut authed = shared.opts.auth.is_none();
    let mut tx = Transaction::default();
    let mut hang_up = shared.hang_up.subscribe();
    loop {
        let next = tokio::select! {
            line = conn.line() => Some(line?),
            _ = hang_up.changed() => None,
        };
        let Some(line) = next else {
            conn.reply(&format!("421 4.4.2 {HOSTNAME} closing the connection"))
                .await?;
            return Ok(());
        };
        let Some(line) = line else { break };
        let (verb, arg) = line.split_once(' ').unwrap_or((line.as_str(), ""));
        let arg = arg.trim();
        match verb.to_ascii_uppercase().as_str() {
            "EHLO" | "HELO" if arg.is_empty() => {
                conn.reply("501 5.5.4 Syntax: EHLO hostname").await?
            }
            "EHLO" => {
                greeted = true;
                tx = Transaction::default();
                let mut lines = vec![
                    format!("{HOSTNAME} greets {arg}"),
                    format!("SIZE {MAX_MESSAGE_SIZE}"),
                    "8BITMIME".into(),
                    "PIPELINING".into(),
                ];
                if shared.tls.is_some() && !conn.tls {
                    lines.push("STARTTLS".into());
                }
                if shared.opts.auth.is_some() {
                    lines.push("AUTH PLAIN LOGIN".into());
                }
                let last = lines.len() - 1;
                for (i, l) in lines.iter().enumerate() {
                    let sep = if i == last { ' ' } else { '-' };
                    conn.reply(&format!("250{sep}{l}")).await?;
                }
            }
            "HELO" => {
                greeted = true;
                tx = Transaction::default();
                conn.reply(&format!("250 {HOSTNAME}")).await?;
            }
            "STARTTLS" => match &shared.tls {
                None => conn.reply("502 5.5.1 STARTTLS not offered").await?,
                Some(_) if conn.tls => conn.reply("503 5.5.1 TLS already active").await?,
                Some(tls) => {
                    conn.reply("220 2.0.0 Ready to start TLS").await?;
                    conn = conn.start_tls(&tls.acceptor).await?;
                    greeted = false;
                    authed = shared.opts.auth.is_none();
                    tx = Transaction::default();
                }
            },
            "AUTH" => {
                let reply = authenticate(&shared, &mut conn, greeted, authed, arg).await?;
                authed |= reply.starts_with("235");
                conn.reply(&reply).await?;
            }
            "MAIL" => {
                let reply = if !greeted {
                    "503 5.5.1 Send EHLO or HELO first".to_string()
                } else if shared.tls.is_some() && !conn.tls {
                    "530 5.7.0 Must issue a STARTTLS command first".to_string()
                } else if !authed {
                    "530 5.7.0 Authentication required".to_string()
                } else if tx.from.is_some() {
                    "503 5.5.1 Nested MAIL command".to_string()
                } else {
                    match parse_path(arg, "FROM:") {
                        None => "501 5.5.4 Syntax: MAIL FROM:<address>".to_string(),
                        Some((_, params)) if declared_size(params) > MAX_MESSAGE_SIZE => {
                            "552 5.3.4 Message size exceeds fixed maximum message size".to_string()
                        }
                        Some((from, _)) => {
                            tx.from = Some(from);
                            "250 2.1.0 Ok".to_string()
                        }
                    }
                };
                conn.reply(&reply).await?;
            }
            "RCPT" => {
                let reply = match (&tx.from, parse_path(arg, "TO:")) {
                    (None, _) => "503 5.5.1 Need MAIL before RCPT".to_string(),
                    (_, None) => "501 5.5.4 Syntax: RCPT TO:<address>".to_string(),
                    (_, Some((to, _))) if to.is_empty() => {
                        "501 5.1.3 Bad recipient address syntax".to_string()
                    }
                    (_, Some((to, _))) => {
                        match shared.take_reject(Stage::Rcpt, std::slice::from_ref(&to)) {
                            Some(code) => reject_text(code),
                            None => {
                                tx.rcpts.push(to);
                                "250 2.1.5 Ok".to_string()
                            }
                        }
                    }
                };
                conn.reply(&reply).await?;
            }
            "DATA" => {
                if tx.rcpts.is_empty() {
                    conn.reply("503 5.5.1 Need RCPT before DATA").await?;
                    continue;
                }
                conn.reply("354 End data with <CR><LF>.<CR><LF>").await?;
                let Some(data) = read_data(&mut conn).await? else {
                    return Ok(());
                };
                let done = std::mem::take(&mut tx);
                if shared.take_drop() {
                    return Ok(()); // connection lost before the final reply
                }
                let reply = if data.len() > MAX_MESSAGE_SIZE {
                    "552 5.3.4 Message size exceeds fixed maximum message size".to_string()
                } else if let Some(code) = shared.take_reject(Stage::Data, &done.rcpts) {
                    reject_text(code)
                } else {
                    let id = uuid::Uuid::new_v4().simple().to_string();
                    shared.messages.lock().push(ReceivedMessage {
                        mail_from: done.from.unwrap_or_default(),
                        rcpt_to: done.rcpts,
                        data,
                        received_at: Utc::now(),
                        tls: conn.tls,
                    });
                    format!("250 2.0.0 Ok: queued as {}", &id[..12])
                };
                conn.reply(&reply).await?;
            }
            "RSET" => {
                tx = Transaction::default();
                conn.reply("250 2.0.0 Ok").await?;
            }
            "NOOP" => conn.reply("250 2.0.0 Ok").await?,
            "VRFY" => conn.reply("252 2.0.0 Cannot VRFY user").await?,
            "QUIT" => {
                conn.reply("221 2.0.0 Bye").await?;
                return Ok(());
            }
            _ => conn.reply("500 5.5.2 Command not recognized").await?,
        }
    }
    Ok(())
}

fn declared_size(params: &str) -> usize {
    params
        .split_whitespace()
        .find_map(|p| {
            p.get(..5)
                .filter(|k| k.eq_ignore_ascii_case("SIZE="))
                .and(p.get(5..))
        })
        .and_then(|v| v.parse().ok())
        .unwrap_or(0)
}

/// Message content up to the lone dot, dot-unstuffed; `None` if the client
/// went away first.
async fn read_data(conn: &mut Conn) -> std::io::Result<Option<Vec<u8>>> {
    let mut data = Vec::new();
    loop {
        let Some(line) = conn.raw_line().await? else {
            return Ok(None);
        };
        let content = line.strip_suffix(b"\n").unwrap_or(&line);
        let content = content.strip_suffix(b"\r").unwrap_or(content);
        if content == b"." {
            return Ok(Some(data));
        }
        let unstuffed = if line.starts_with(b".") {
            &line[1..]
        } else {
            &line[..]
        };
        data.extend_from_slice(unstuffed);
    }
}

async fn authenticate(
    shared: &Shared,
    conn: &mut Conn,
    greeted: bool,
    authed: bool,
    arg: &str,
) -> std::io::Result<String> {
    let Some((user, pass)) = shared.opts.auth.clone() else {
        return Ok("502 5.5.1 AUTH not supported".into());
    };
    if !greeted {
        return Ok("503 5.5.1 Send EHLO first".into());
    }
    if authed {
        return Ok("503 5.5.1 Already authenticated".into());
    }
    let (mech, initial) = arg.split_once(' ').unwrap_or((arg, ""));
    let creds = match mech.to_ascii_uppercase().as_str() {
        "PLAIN" => {
            let response = if initial.is_empty() {
                prompt(conn, "").await?
            } else {
                Some(initial.to_string())
            };
            response.and_then(|r| b64(&r)).and_then(|decoded| {
                let mut parts = decoded.split('\0').skip(1);
                Some((parts.next()?.to_string(), parts.next()?.to_string()))
            })
        }
        "LOGIN" => {
            let login = if initial.is_empty() {
                prompt(conn, "VXNlcm5hbWU6").await?.and_then(|l| b64(&l))
            } else {
                b64(initial)
            };
            match login {
                Some(u) => prompt(conn, "UGFzc3dvcmQ6")
                    .await?
                    .and_then(|p| b64(&p))
                    .map(|p| (u, p)),
                None => None,
            }
        }
        _ => return Ok("504 5.5.4 Unrecognized authentication type".into()),
    };
    Ok(match creds {
        Some((u, p)) if u == user && p == pass => "235 2.7.0 Authentication successful".into(),
        _ => "535 5.7.8 Authentication credentials invalid".into(),
    })
}

use std::time::Duration;

use base64::Engine as _;
use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpStream;
use tokio::net::tcp::{OwnedReadHalf, OwnedWriteHalf};
use vizpost_sims::smtp::*;

struct Client {
    r: BufReader<OwnedReadHalf>,
    w: OwnedWriteHalf,
}

impl Client {
    async fn connect(sink: &SmtpSink) -> Client {
        let (r, w) = TcpStream::connect(("127.0.0.1", sink.port()))
            .await
            .unwrap()
            .into_split();
        let mut c = Client {
            r: BufReader::new(r),
            w,
        };
        assert!(c.reply().await.starts_with("220 "));
        c
    }

    /// A full (possibly multi-line) reply.
    async fn reply(&mut self) -> String {
        let mut all = String::new();
        loop {
            let mut line = String::new();
            self.r.read_line(&mut line).await.unwrap();
            all.push_str(&line);
            if line.len() < 4 || line.as_bytes()[3] == b' ' {
                return all;
            }
        }
    }

    async fn cmd(&mut self, line: &str) -> String {
        self.w
            .write_all(format!("{line}\r\n").as_bytes())
            .await
            .unwrap();
        self.reply().await
    }

    async fn send_data(&mut self, body: &str) -> String {
        assert!(self.cmd("DATA").await.starts_with("354"));
        self.w.write_all(body.as_bytes()).await.unwrap();
        self.w.write_all(b".\r\n").await.unwrap();
        self.reply().await
    }
}

#[tokio::test]
async fn conversation_delivers_dot_unstuffed_data() {
    let sink = SmtpSink::start().await.unwrap();
    assert_eq!(
        sink.url(),
        format!("smtp://127.0.0.1:{}?tls=none", sink.port())
    );
    let mut c = Client::connect(&sink).await;
    let ehlo = c.cmd("EHLO client.test").await;
    for ext in ["250-SIZE ", "8BITMIME", "PIPELINING"] {
        assert!(ehlo.contains(ext), "{ehlo}");
    }
    assert!(!ehlo.contains("AUTH"));
    assert!(c.cmd("RCPT TO:<a@x.test>").await.starts_with("503"));
    assert!(
        c.cmd("MAIL FROM:<vizpost@x.test> SIZE=1000")
            .await
            .starts_with("250")
    );
    assert!(c.cmd("RCPT TO:<a@x.test>").await.starts_with("250"));
    assert!(c.cmd("RCPT TO:<b@x.test>").await.starts_with("250"));
    let body = "Subject: Hi\r\n\r\n..leading dot\r\nplain\r\n";
    assert!(c.send_data(body).await.starts_with("250"));
    assert!(c.cmd("NOOP").await.starts_with("250"));
    assert!(c.cmd("QUIT").await.starts_with("221"));

    let got = sink
        .wait_for_messages(1, Duration::from_secs(2))
        .await
        .unwrap();
    assert_eq!(got[0].mail_from, "vizpost@x.test");
    assert_eq!(got[0].rcpt_to, vec!["a@x.test", "b@x.test"]);
    assert_eq!(
        got[0].data_text(),
        "Subject: Hi\r\n\r\n.leading dot\r\nplain\r\n"
    );
}

#[tokio::test]
async fn rejections_connection_loss_and_auth() {
    let sink = SmtpSink::start_with(SmtpOptions {
        auth: Some(("user".into(), "pw".into())),
        ..SmtpOptions::default()
    })
    .await
    .unwrap();
    sink.reject(SmtpReject {
        recipient: Some("bad@x.test".into()),
        at: Stage::Rcpt,
        code: 550,
        times: 1,
    });
    sink.reject(SmtpReject {
        recipient: None,
        at: Stage::Data,
        code: 451,
        times: 1,
    });
    let mut c = Client::connect(&sink).await;
    assert!(c.cmd("EHLO client.test").await.contains("AUTH PLAIN LOGIN"));
    assert!(c.cmd("MAIL FROM:<v@x.test>").await.starts_with("530"));
    let wrong = base64::engine::general_purpose::STANDARD.encode("\0user\0nope");
    assert!(
        c.cmd(&format!("AUTH PLAIN {wrong}"))
            .await
            .starts_with("535")
    );
    let creds = base64::engine::general_purpose::STANDARD.encode("\0user\0pw");
    assert!(
        c.cmd(&format!("AUTH PLAIN {creds}"))
            .await
            .starts_with("235")
    );

    c.cmd("MAIL FROM:<v@x.test>").await;
    assert!(c.cmd("RCPT TO:<bad@x.test>").await.starts_with("550"));
    assert!(c.cmd("RCPT TO:<good@x.test>").await.starts_with("250"));
    assert!(
        c.send_data("Subject: one\r\n\r\nx\r\n")
            .await
            .starts_with("451")
    );
    // Both rules are used up: the retry goes through.
    c.cmd("MAIL FROM:<v@x.test>").await;
    assert!(c.cmd("RCPT TO:<bad@x.test>").await.starts_with("250"));
    assert!(
        c.send_data("Subject: two\r\n\r\nx\r\n")
            .await
            .starts_with("250")
    );

    sink.drop_connection_after_data(1);
    c.cmd("MAIL FROM:<v@x.test>").await;
    c.cmd("RCPT TO:<good@x.test>").await;
    assert!(c.cmd("DATA").await.starts_with("354"));
    c.w.write_all(b"Subject: three\r\n\r\nx\r\n.\r\n")
        .await
        .unwrap();
    let mut rest = Vec::new();
    let n = c.r.read_to_end(&mut rest).await.unwrap();
    assert_eq!(n, 0, "connection should close without a reply");
    assert_eq!(sink.messages().len(), 1);
    assert!(sink.messages()[0].data_text().contains("Subject: two"));
}

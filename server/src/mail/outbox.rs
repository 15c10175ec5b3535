//! Reading the file outbox back, newest first, for the `outbox` query.

use std::path::Path;

use mail_parser::MimeHeaders;

pub struct OutboxMessage {
    pub id: String,
    pub raw: String,
    pub to: String,
    pub subject: String,
    pub date: Option<String>,
    pub message_id: Option<String>,
    pub html: Option<String>,
    pub text: Option<String>,
    pub attachments: Vec<(String, String, usize)>,
}

/// Lists `.eml` files; returns one page and the total count.
pub async fn list(
    dir: &Path,
    offset: usize,
    limit: usize,
) -> std::io::Result<(Vec<OutboxMessage>, usize)> {
    let mut names = Vec::new();
    match tokio::fs::read_dir(dir).await {
        Ok(mut entries) => {
            while let Some(e) = entries.next_entry().await? {
                let name = e.file_name().to_string_lossy().to_string();
                if name.ends_with(".eml") {
                    names.push(name);
                }
            }
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => return Err(e),
    }
    // Names start with zero-padded run and delivery ids: newest sorts last.
    names.sort();
    names.reverse();
    let total = names.len();
    let mut out = Vec::new();
    for name in names.into_iter().skip(offset).take(limit) {
        let raw = tokio::fs::read(dir.join(&name)).await?;
        out.push(parse(name.trim_end_matches(".eml"), &raw));
    }
    Ok((out, total))
}

fn parse(id: &str, raw: &[u8]) -> OutboxMessage {
    let parsed = mail_parser::MessageParser::default().parse(raw);
    let text_raw = String::from_utf8_lossy(raw).into_owned();
    let Some(m) = parsed else {
        return OutboxMessage {
            id: id.into(),
            raw: text_raw,
            to: String::new(),
            subject: String::new(),
            date: None,
            message_id: None,
            html: None,
            text: None,
            attachments: vec![],
        };
    };
    let to = m
        .to()
        .and_then(|a| a.first())
        .and_then(|a| a.address())
        .map(String::from)
        .unwrap_or_default();
    let attachments = m
        .attachments()
        .map(|a| {
            let name = a.attachment_name().unwrap_or("").to_string();
            let ct = a
                .content_type()
                .map(|c| format!("{}/{}", c.ctype(), c.subtype().unwrap_or("")))
                .unwrap_or_default();
            (name, ct, a.contents().len())
        })
        .collect();
    OutboxMessage {
        id: id.into(),
        to,
        subject: m.subject().unwrap_or("").to_string(),
        date: m.date().map(|d| d.to_rfc3339()),
        message_id: m.message_id().map(String::from),
        html: m.body_html(0).map(|h| h.into_owned()),
        text: m.body_text(0).map(|t| t.into_owned()),
        attachments,
        raw: text_raw,
    }
}

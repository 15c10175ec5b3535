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

/// The HTML with each `cid:` reference replaced by the image itself as a
/// `data:` URI: the console shows emails in a frame that loads nothing
/// else, and a reader of the outbox should see what the recipient sees.
fn with_inline_images(m: &mail_parser::Message<'_>, html: &str) -> String {
    use base64::Engine as _;
    let mut html = html.to_string();
    for part in &m.parts {
        let Some(cid) = part.content_id() else {
            continue;
        };
        let reference = format!("cid:{}", cid.trim_start_matches('<').trim_end_matches('>'));
        if !html.contains(&reference) {
            continue;
        }
        let content_type = part
            .content_type()
            .map(|c| format!("{}/{}", c.ctype(), c.subtype().unwrap_or("")))
            .unwrap_or_else(|| "application/octet-stream".into());
        let data = format!(
            "data:{content_type};base64,{}",
            base64::engine::general_purpose::STANDARD.encode(part.contents())
        );
        html = html.replace(&reference, &data);
    }
    html
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
        html: m.body_html(0).map(|h| with_inline_images(&m, &h)),
        text: m.body_text(0).map(|t| t.into_owned()),
        attachments,
        raw: text_raw,
    }
}

//! A message with an HTML body and its plain-text twin, inline images
//! referenced by `cid:`, and attachments.

use lettre::Message;
use lettre::message::header::ContentType;
use lettre::message::{Attachment as Part, Mailbox, MultiPart, SinglePart};

pub struct Attachment {
    pub filename: String,
    pub content_type: String,
    pub bytes: Vec<u8>,
    /// Shown in the body through `cid:<content_id>` instead of attached.
    pub content_id: Option<String>,
}

pub struct Email {
    pub from: String,
    pub to_name: String,
    pub to_email: String,
    pub subject: String,
    pub html: String,
    pub text: String,
    /// Without angle brackets; stable across retries of one delivery.
    pub message_id: String,
    pub attachments: Vec<Attachment>,
}

pub fn compose(email: Email) -> Result<Message, String> {
    let from: Mailbox = email
        .from
        .parse()
        .map_err(|e| format!("sender '{}': {e}", email.from))?;
    let to_name = (!email.to_name.is_empty() && email.to_name != email.to_email)
        .then(|| email.to_name.clone());
    let address = email
        .to_email
        .parse()
        .map_err(|e| format!("recipient '{}': {e}", email.to_email))?;
    let to = Mailbox::new(to_name, address);
    let mut related = MultiPart::related().singlepart(SinglePart::html(email.html));
    let mut attached = Vec::new();
    for a in email.attachments {
        let content_type = ContentType::parse(&a.content_type)
            .map_err(|e| format!("content type {}: {e}", a.content_type))?;
        match a.content_id {
            Some(cid) => {
                related = related.singlepart(Part::new_inline(cid).body(a.bytes, content_type))
            }
            None => attached.push(Part::new(a.filename).body(a.bytes, content_type)),
        }
    }
    let alternative = MultiPart::alternative()
        .singlepart(SinglePart::plain(email.text))
        .multipart(related);
    let mut mixed = MultiPart::mixed().multipart(alternative);
    for part in attached {
        mixed = mixed.singlepart(part);
    }
    Message::builder()
        .from(from)
        .to(to)
        .subject(email.subject)
        .message_id(Some(format!("<{}>", email.message_id)))
        .date_now()
        .multipart(mixed)
        .map_err(|e| format!("cannot build the message: {e}"))
}

//! The email one recipient gets from one task: templates filled in with
//! their values, the views attached (or inline) under file-name templates.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use sha2::{Digest, Sha256};

use super::exports::ViewFile;
use crate::db::entity::{delivery, schedule, site, task};
use crate::mail::{Attachment, Email};
use crate::task::ViewFormat;
use crate::task::template::{self, escape_html, file_safe, plain};

pub struct Context<'a> {
    pub schedule: &'a schedule::Model,
    pub site: &'a site::Model,
    pub task: &'a task::Model,
    pub run_time: DateTime<Utc>,
    pub from: &'a str,
    pub host: &'a str,
    pub run_id: i32,
}

/// Stable for a delivery: a retried send carries the same id, so mail
/// systems that see a copy can recognise it.
pub fn message_id(run_id: i32, d: &delivery::Model, host: &str) -> String {
    let digest = hex::encode(Sha256::digest(d.recipient_email.to_lowercase().as_bytes()));
    format!("vizpost.r{run_id}.t{}.{}@{host}", d.task_id, &digest[..16])
}

fn values(ctx: &Context<'_>, d: &delivery::Model, views: &[ViewFile]) -> BTreeMap<String, String> {
    let tz: Tz = ctx.schedule.timezone.parse().unwrap_or(chrono_tz::UTC);
    let local = ctx.run_time.with_timezone(&tz);
    let names: Vec<&str> = views.iter().map(|v| v.view_name.as_str()).collect();
    let mut map = BTreeMap::from([
        ("schedule".to_string(), ctx.schedule.name.clone()),
        ("task".to_string(), ctx.task.name.clone()),
        ("site".to_string(), ctx.site.name.clone()),
        ("views".to_string(), names.join(", ")),
        (
            "view".to_string(),
            names.first().map(|s| s.to_string()).unwrap_or_default(),
        ),
        ("date".to_string(), local.format("%Y-%m-%d").to_string()),
        ("time".to_string(), local.format("%H:%M").to_string()),
        ("recipient.email".to_string(), d.recipient_email.clone()),
        (
            "recipient.name".to_string(),
            if d.recipient_name.is_empty() {
                d.recipient_email.clone()
            } else {
                d.recipient_name.clone()
            },
        ),
    ]);
    let placeholders: BTreeMap<String, String> = d
        .placeholders
        .clone()
        .and_then(|p| serde_json::from_value(p).ok())
        .unwrap_or_default();
    for (k, v) in placeholders {
        map.insert(format!("member.{k}"), v);
    }
    map
}

fn extension(format: &ViewFormat) -> (&'static str, &'static str) {
    match format {
        ViewFormat::Pdf { .. } => ("pdf", "application/pdf"),
        ViewFormat::Png { .. } => ("png", "image/png"),
        ViewFormat::Csv => ("csv", "text/csv"),
        ViewFormat::Excel => (
            "xlsx",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ),
    }
}

/// Builds the email; `views` are in the task's order with their bytes.
pub fn build(ctx: &Context<'_>, d: &delivery::Model, views: Vec<ViewFile>) -> Email {
    let mut values = values(ctx, d, &views);
    let subject =
        template::render(&ctx.task.subject_template, &values, plain).replace(['\r', '\n'], " ");
    let mut html = template::render(&ctx.task.body_template, &values, escape_html);
    let mut attachments = Vec::new();
    let mut used_names: Vec<String> = Vec::new();
    let mut listed = Vec::new();
    for (i, v) in views.into_iter().enumerate() {
        let (ext, content_type) = extension(&v.format);
        values.insert("view".into(), v.view_name.clone());
        let mut stem = template::render(&ctx.task.filename_template, &values, file_safe)
            .trim()
            .to_string();
        if stem.is_empty() {
            stem = file_safe(&v.view_name);
        }
        let mut filename = format!("{stem}.{ext}");
        let mut n = 2;
        while used_names.contains(&filename) {
            filename = format!("{stem} ({n}).{ext}");
            n += 1;
        }
        used_names.push(filename.clone());
        let inline = matches!(v.format, ViewFormat::Png { inline: true });
        let content_id = inline.then(|| format!("view{i}.r{}@{}", ctx.run_id, ctx.host));
        if let Some(cid) = &content_id {
            html.push_str(&format!(
                "\n<p><img src=\"cid:{cid}\" alt=\"{}\" style=\"max-width:100%\"></p>",
                escape_html(&v.view_name)
            ));
        } else {
            listed.push(filename.clone());
        }
        attachments.push(Attachment {
            filename,
            content_type: content_type.into(),
            bytes: v.bytes.to_vec(),
            content_id,
        });
    }
    let mut text = html_to_text(&html);
    if !listed.is_empty() {
        text.push_str(&format!("\n\nAttached: {}\n", listed.join(", ")));
    }
    Email {
        from: ctx.from.to_string(),
        to_name: d.recipient_name.clone(),
        to_email: d.recipient_email.clone(),
        subject,
        html: format!("<!doctype html><html><body>{html}</body></html>"),
        text,
        message_id: message_id(ctx.run_id, d, ctx.host),
        attachments,
    }
}

/// A readable plain-text twin of the HTML body: tags dropped, paragraphs
/// and line breaks kept, entities decoded.
fn html_to_text(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    let mut tag = String::new();
    for c in html.chars() {
        match (in_tag, c) {
            (false, '<') => {
                in_tag = true;
                tag.clear();
            }
            (true, '>') => {
                in_tag = false;
                let name = tag
                    .trim_start_matches('/')
                    .split_whitespace()
                    .next()
                    .unwrap_or("")
                    .to_lowercase();
                if matches!(
                    name.as_str(),
                    "p" | "br" | "div" | "tr" | "li" | "h1" | "h2" | "h3"
                ) {
                    out.push('\n');
                }
            }
            (true, c) => tag.push(c),
            (false, c) => out.push(c),
        }
    }
    let decoded = out
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
    decoded
        .lines()
        .map(str::trim)
        .collect::<Vec<_>>()
        .join("\n")
        .trim()
        .to_string()
}

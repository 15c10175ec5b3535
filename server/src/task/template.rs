//! Subject, body and file-name templates: text with `{{placeholder}}`s.
//!
//! Checked when saved, so a typo is caught at the form rather than in a
//! recipient's inbox; rendered per recipient with values escaped for where
//! they land (HTML in the body, nothing unsafe in a file name).

use std::collections::BTreeMap;

/// The placeholders every template may use; `member.NAME` comes on top,
/// from mailing-list members' own placeholder columns.
pub const KNOWN: [(&str, &str); 9] = [
    ("schedule", "the schedule's name"),
    ("task", "the task's name"),
    ("site", "the Tableau site's name"),
    ("views", "the names of the task's views, comma separated"),
    (
        "view",
        "the view's name (file names only; elsewhere the first view)",
    ),
    (
        "date",
        "the run date in the schedule's timezone (YYYY-MM-DD)",
    ),
    ("time", "the run time in the schedule's timezone (HH:MM)"),
    ("recipient.name", "the recipient's name (or email if none)"),
    ("recipient.email", "the recipient's email address"),
];

#[derive(Debug, Clone, PartialEq, Eq)]
enum Part {
    Text(String),
    Placeholder(String),
}

fn parse(template: &str) -> Result<Vec<Part>, String> {
    let mut parts = Vec::new();
    let mut rest = template;
    while let Some(start) = rest.find("{{") {
        parts.push(Part::Text(rest[..start].to_string()));
        let after = &rest[start + 2..];
        let end = after.find("}}").ok_or_else(|| {
            format!(
                "'{{{{' at character {} is never closed with '}}}}'",
                template.len() - rest.len() + start + 1
            )
        })?;
        parts.push(Part::Placeholder(after[..end].trim().to_string()));
        rest = &after[end + 2..];
    }
    parts.push(Part::Text(rest.to_string()));
    Ok(parts)
}

/// Checks a template: every placeholder must be known.
pub fn validate(template: &str) -> Result<(), String> {
    for part in parse(template)? {
        if let Part::Placeholder(name) = part {
            let known = KNOWN.iter().any(|(k, _)| *k == name)
                || name.strip_prefix("member.").is_some_and(|m| !m.is_empty());
            if !known {
                let names: Vec<&str> = KNOWN.iter().map(|(k, _)| *k).collect();
                return Err(format!(
                    "unknown placeholder {{{{{name}}}}}; known: {}, member.<column>",
                    names.join(", ")
                ));
            }
        }
    }
    Ok(())
}

/// Fills a template. Unknown member placeholders render empty: the member
/// simply has no value for that column.
pub fn render(
    template: &str,
    values: &BTreeMap<String, String>,
    escape: fn(&str) -> String,
) -> String {
    let Ok(parts) = parse(template) else {
        return template.to_string();
    };
    parts
        .into_iter()
        .map(|p| match p {
            Part::Text(t) => t,
            Part::Placeholder(name) => values.get(&name).map(|v| escape(v)).unwrap_or_default(),
        })
        .collect()
}

pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

pub fn plain(text: &str) -> String {
    text.to_string()
}

/// Keeps file names portable: no path separators or control characters.
pub fn file_safe(text: &str) -> String {
    text.chars()
        .map(|c| {
            if c.is_control() || "/\\:*?\"<>|".contains(c) {
                '_'
            } else {
                c
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn unknown_and_unclosed_placeholders_are_refused() {
        assert!(validate("Report {{schedule}} for {{member.CITY}}").is_ok());
        assert!(
            validate("{{shedule}}")
                .unwrap_err()
                .contains("unknown placeholder {{shedule}}")
        );
        assert!(
            validate("Hello {{task")
                .unwrap_err()
                .contains("never closed")
        );
    }

    #[test]
    fn rendering_escapes_values_for_the_body() {
        let values = BTreeMap::from([("recipient.name".to_string(), "<Ann & Co>".to_string())]);
        let html = render("Dear {{ recipient.name }}", &values, escape_html);
        assert_eq!(html, "Dear &lt;Ann &amp; Co&gt;");
        assert_eq!(
            render("{{recipient.name}}.pdf", &values, file_safe),
            "_Ann & Co_.pdf"
        );
    }
}

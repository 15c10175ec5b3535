//! Tableau's wire formats. Responses are built once as JSON values in the
//! shape Tableau's JSON uses and converted to `tsResponse` XML when the
//! client did not ask for JSON, because Tableau answers XML by default.

use poem::Response;
use poem::http::StatusCode;
use serde_json::{Map, Value, json};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Format {
    Json,
    Xml,
}

impl Format {
    pub fn from_accept(accept: Option<&str>) -> Self {
        match accept {
            Some(a) if a.to_ascii_lowercase().contains("application/json") => Format::Json,
            _ => Format::Xml,
        }
    }
}

/// A Tableau error: HTTP status plus the six-digit code, summary and detail
/// Tableau puts in its `error` element.
#[derive(Clone, Debug)]
pub(crate) struct ApiError {
    pub status: u16,
    pub code: String,
    pub summary: String,
    pub detail: String,
}

impl ApiError {
    pub fn new(status: u16, code: &str, summary: &str, detail: impl Into<String>) -> Self {
        ApiError {
            status,
            code: code.into(),
            summary: summary.into(),
            detail: detail.into(),
        }
    }

    pub fn bad_request(code: &str, detail: impl Into<String>) -> Self {
        Self::new(400, code, "Bad Request", detail)
    }

    pub fn not_found(code: &str, detail: impl Into<String>) -> Self {
        Self::new(404, code, "Resource Not Found", detail)
    }

    pub fn into_response(self, fmt: Format) -> Response {
        let body = json!({"error": {
            "code": self.code,
            "summary": self.summary,
            "detail": self.detail,
        }});
        document(fmt, self.status, &body)
    }
}

pub(crate) type ApiResult = Result<Response, ApiError>;

fn status_code(status: u16) -> StatusCode {
    StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
}

/// A `tsResponse` document in the requested format.
pub(crate) fn document(fmt: Format, status: u16, value: &Value) -> Response {
    let (content_type, body) = match fmt {
        Format::Json => ("application/json;charset=UTF-8", value.to_string()),
        Format::Xml => ("application/xml;charset=UTF-8", to_xml(value)),
    };
    Response::builder()
        .status(status_code(status))
        .content_type(content_type)
        .body(body)
}

pub(crate) fn empty(status: u16) -> Response {
    Response::builder().status(status_code(status)).finish()
}

pub(crate) fn binary(content_type: &str, body: Vec<u8>) -> Response {
    Response::builder()
        .status(StatusCode::OK)
        .content_type(content_type)
        .body(body)
}

/// Keys whose values Tableau writes as element text rather than attributes.
const TEXT_ELEMENTS: [&str; 3] = ["summary", "detail", "body"];

pub(crate) fn to_xml(value: &Value) -> String {
    let mut out = String::from(
        "<?xml version='1.0' encoding='UTF-8'?><tsResponse xmlns=\"http://tableau.com/api\" \
         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" \
         xsi:schemaLocation=\"http://tableau.com/api \
         https://help.tableau.com/samples/en-us/rest_api/ts-api_3_24.xsd\">",
    );
    if let Value::Object(map) = value {
        for (k, v) in map {
            write_element(&mut out, k, v);
        }
    }
    out.push_str("</tsResponse>");
    out
}

fn write_element(out: &mut String, name: &str, value: &Value) {
    match value {
        Value::Array(items) => items.iter().for_each(|i| write_element(out, name, i)),
        Value::Object(map) => write_object(out, name, map),
        scalar => {
            out.push_str(&format!(
                "<{name}>{}</{name}>",
                escape(&scalar_text(scalar))
            ));
        }
    }
}

fn write_object(out: &mut String, name: &str, map: &Map<String, Value>) {
    out.push('<');
    out.push_str(name);
    let is_child = |k: &str, v: &Value| v.is_object() || v.is_array() || TEXT_ELEMENTS.contains(&k);
    for (k, v) in map.iter().filter(|(k, v)| !is_child(k, v)) {
        if !v.is_null() {
            out.push_str(&format!(" {k}=\"{}\"", escape(&scalar_text(v))));
        }
    }
    // Text elements first and in Tableau's order (summary before detail),
    // whatever order the map keeps its keys in.
    let mut children: Vec<_> = map.iter().filter(|(k, v)| is_child(k, v)).collect();
    children.sort_by_key(|(k, _)| {
        TEXT_ELEMENTS
            .iter()
            .position(|t| t == k)
            .unwrap_or(TEXT_ELEMENTS.len())
    });
    if children.is_empty() {
        out.push_str("/>");
        return;
    }
    out.push('>');
    for (k, v) in children {
        write_element(out, k, v);
    }
    out.push_str(&format!("</{name}>"));
}

fn scalar_text(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Null => String::new(),
        other => other.to_string(),
    }
}

pub(crate) fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&apos;")
}

fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

/// Start index of the first `<tag` that is a whole element name.
fn find_tag(xml: &str, tag: &str, from: usize) -> Option<usize> {
    let needle = format!("<{tag}");
    let mut at = from;
    while let Some(rel) = xml.get(at..)?.find(&needle) {
        let start = at + rel;
        let next = xml[start + needle.len()..].chars().next();
        if matches!(next, Some(c) if c.is_whitespace() || c == '>' || c == '/') {
            return Some(start);
        }
        at = start + needle.len();
    }
    None
}

/// Attributes of the first `<tag …>` in an XML request body.
pub(crate) fn xml_attrs(xml: &str, tag: &str) -> Option<Vec<(String, String)>> {
    let start = find_tag(xml, tag, 0)? + tag.len() + 1;
    let end = start + xml[start..].find('>')?;
    let mut rest = xml[start..end].trim_end_matches('/');
    let mut attrs = Vec::new();
    while let Some(eq) = rest.find('=') {
        let name = rest[..eq].trim().to_string();
        let after = rest[eq + 1..].trim_start();
        let quote = after.chars().next()?;
        let close = after[1..].find(quote)? + 1;
        attrs.push((name, unescape(&after[1..close])));
        rest = &after[close + 1..];
    }
    Some(attrs)
}

pub(crate) fn xml_attr(xml: &str, tag: &str, name: &str) -> Option<String> {
    xml_attrs(xml, tag)?
        .into_iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v)
}

/// Name of the first element nested in `<parent>`, e.g. the legacy event
/// element inside `<webhook-source>`.
pub(crate) fn xml_first_child(xml: &str, parent: &str) -> Option<String> {
    let start = find_tag(xml, parent, 0)?;
    let open_end = start + xml[start..].find('>')?;
    let inner = &xml[open_end + 1..];
    let lt = inner.find('<')?;
    let name: String = inner[lt + 1..]
        .chars()
        .take_while(|c| !c.is_whitespace() && *c != '/' && *c != '>')
        .collect();
    (!name.is_empty() && !name.starts_with('/')).then_some(name)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn json_becomes_tableau_xml() {
        let v = json!({"pagination": {"pageNumber": "1"}, "views": {"view": [
            {"id": "a", "name": "A&B", "workbook": {"id": "w"}}, {"id": "b", "name": "B"}
        ]}, "error": {"code": "1", "summary": "S", "detail": "D"}});
        let xml = to_xml(&v);
        assert!(xml.contains("<pagination pageNumber=\"1\"/>"));
        assert!(xml.contains("<views><view id=\"a\" name=\"A&amp;B\"><workbook id=\"w\"/></view><view id=\"b\" name=\"B\"/></views>"));
        assert!(xml.contains("<error code=\"1\"><summary>S</summary><detail>D</detail></error>"));
    }

    #[test]
    fn reads_request_attributes() {
        let xml = "<tsRequest><credentials personalAccessTokenName=\"n\" \
                   personalAccessTokenSecret='s&amp;t'><site contentUrl=\"\"/></credentials>\
                   <webhook-source><webhook-source-event-workbook-created /></webhook-source></tsRequest>";
        assert_eq!(
            xml_attr(xml, "credentials", "personalAccessTokenSecret").unwrap(),
            "s&t"
        );
        assert_eq!(xml_attr(xml, "site", "contentUrl").unwrap(), "");
        assert_eq!(
            xml_first_child(xml, "webhook-source").unwrap(),
            "webhook-source-event-workbook-created"
        );
    }
}

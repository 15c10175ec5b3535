//! Reading Tableau's response documents: JSON for the calls that ask for
//! it, and the XML error documents Tableau sends when a call did not.

use serde_json::Value;

use super::error::TableauError;
use super::http::Answer;

/// The `error` element Tableau puts in failed responses.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct ErrorBody {
    pub code: String,
    pub summary: String,
    pub detail: String,
}

/// Reads `{"error":{"code","summary","detail"}}` or its `tsResponse` XML
/// form, which Tableau sends whenever the request did not ask for JSON.
pub(crate) fn parse_error_body(body: &[u8]) -> Option<ErrorBody> {
    let text = std::str::from_utf8(body).ok()?.trim();
    if text.starts_with('{') {
        let v: Value = serde_json::from_str(text).ok()?;
        let e = v.get("error")?;
        let field = |k: &str| match e.get(k) {
            Some(Value::String(s)) => s.clone(),
            Some(Value::Number(n)) => n.to_string(),
            _ => String::new(),
        };
        return Some(ErrorBody {
            code: field("code"),
            summary: field("summary"),
            detail: field("detail"),
        });
    }
    let start = text.find("<error")?;
    let element = &text[start..];
    let open_end = element.find('>')?;
    let code = xml_attr(&element[..open_end], "code").unwrap_or_default();
    Some(ErrorBody {
        code,
        summary: xml_text(element, "summary").unwrap_or_default(),
        detail: xml_text(element, "detail").unwrap_or_default(),
    })
}

fn xml_attr(open_tag: &str, name: &str) -> Option<String> {
    let at = open_tag.find(&format!(" {name}="))? + name.len() + 2;
    let quote = open_tag[at..].chars().next()?;
    let rest = &open_tag[at + 1..];
    Some(xml_unescape(&rest[..rest.find(quote)?]))
}

fn xml_text(xml: &str, tag: &str) -> Option<String> {
    let open = xml.find(&format!("<{tag}>"))? + tag.len() + 2;
    let close = xml[open..].find(&format!("</{tag}>"))?;
    Some(xml_unescape(xml[open..open + close].trim()))
}

fn xml_unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

/// A scalar as text: Tableau's JSON writes numbers (page counts, sizes,
/// status codes) as strings in some versions and as numbers in others.
pub(crate) fn text(v: &Value, pointer: &str) -> String {
    match v.pointer(pointer) {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Number(n)) => n.to_string(),
        Some(Value::Bool(b)) => b.to_string(),
        _ => String::new(),
    }
}

/// The elements of a collection such as `{"views":{"view":[…]}}`. Tableau
/// sends `"views":{}` for an empty page, and a single object is accepted
/// as well so that an unusual serializer does not lose items.
pub(crate) fn items<'a>(v: &'a Value, outer: &str, inner: &str) -> Vec<&'a Value> {
    match v.get(outer).and_then(|o| o.get(inner)) {
        Some(Value::Array(list)) => list.iter().collect(),
        Some(one @ Value::Object(_)) => vec![one],
        _ => Vec::new(),
    }
}

/// The JSON document of a successful answer.
pub(crate) fn json(answer: &Answer, what: &str) -> Result<Value, TableauError> {
    serde_json::from_slice(&answer.body).map_err(|e| {
        TableauError::Protocol(format!(
            "the answer to {what} is not the JSON document Tableau documents ({e})"
        ))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_json_and_xml_error_documents() {
        let json = br#"{"error":{"code":"404011","summary":"Resource Not Found","detail":"View 'x' could not be found."}}"#;
        let xml =
            b"<?xml version='1.0' encoding='UTF-8'?><tsResponse xmlns=\"http://tableau.com/api\">\
            <error code=\"404011\"><summary>Resource Not Found</summary>\
            <detail>View &apos;x&apos; could not be found.</detail></error></tsResponse>";
        let expected = ErrorBody {
            code: "404011".into(),
            summary: "Resource Not Found".into(),
            detail: "View 'x' could not be found.".into(),
        };
        assert_eq!(parse_error_body(json), Some(expected.clone()));
        assert_eq!(parse_error_body(xml), Some(expected));
        assert_eq!(parse_error_body(b"<html>Bad gateway</html>"), None);
    }

    #[test]
    fn reads_numbers_written_either_way_and_empty_collections() {
        let v: Value = serde_json::from_str(
            r#"{"pagination":{"totalAvailable":"3","pageSize":100},"views":{}}"#,
        )
        .unwrap_or_default();
        assert_eq!(text(&v, "/pagination/totalAvailable"), "3");
        assert_eq!(text(&v, "/pagination/pageSize"), "100");
        assert!(items(&v, "views", "view").is_empty());
    }
}

//! Reading a body posted to `/api/webhooks`: Tableau's event payload, a
//! custom trigger, or Tableau's empty test ping. Every failure names the
//! field or the position in the JSON, so the caller can fix their request.

use serde_json::Value;

/// Event types Vizpost acts on, as Tableau names them.
pub const WORKBOOK_REFRESH_SUCCEEDED: &str = "WorkbookRefreshSucceeded";
pub const DATASOURCE_REFRESH_SUCCEEDED: &str = "DatasourceRefreshSucceeded";

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Payload {
    /// Tableau's "test webhook" posts no body.
    TestPing,
    Tableau(TableauEvent),
    Custom {
        site_luid: String,
        schedule_ids: Vec<i32>,
    },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TableauEvent {
    pub event_type: String,
    pub site_luid: String,
    pub resource_luid: String,
    pub resource_name: Option<String>,
    pub resource: Option<String>,
    pub created_at: Option<String>,
}

/// Why a body was refused: a 400 (or 422) with the field at fault.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Invalid {
    pub field: Option<String>,
    pub message: String,
}

fn invalid(field: &str, message: impl Into<String>) -> Invalid {
    Invalid {
        field: Some(field.to_string()),
        message: message.into(),
    }
}

fn text(
    obj: &serde_json::Map<String, Value>,
    field: &str,
    required: bool,
) -> Result<Option<String>, Invalid> {
    match obj.get(field) {
        None | Some(Value::Null) if required => {
            Err(invalid(field, format!("'{field}' is missing")))
        }
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) if required && s.trim().is_empty() => {
            Err(invalid(field, format!("'{field}' is empty")))
        }
        Some(Value::String(s)) => Ok(Some(s.trim().to_string())),
        Some(other) => Err(invalid(
            field,
            format!("'{field}' must be a string, not {}", kind(other)),
        )),
    }
}

fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

pub fn parse(body: &[u8]) -> Result<Payload, Invalid> {
    if body.iter().all(u8::is_ascii_whitespace) {
        return Ok(Payload::TestPing);
    }
    let value: Value = serde_json::from_slice(body).map_err(|e| Invalid {
        field: None,
        message: format!(
            "malformed JSON at line {}, column {}: {e}",
            e.line(),
            e.column()
        ),
    })?;
    let Value::Object(obj) = value else {
        return Err(Invalid {
            field: None,
            message: format!("the body must be a JSON object, not {}", kind(&value)),
        });
    };
    let event_type = text(&obj, "event_type", true)?.unwrap_or_default();
    let site_luid = text(&obj, "site_luid", true)?.unwrap_or_default();
    if event_type.eq_ignore_ascii_case("custom") {
        let ids = match obj.get("schedule_ids") {
            None | Some(Value::Null) => {
                return Err(invalid("schedule_ids", "'schedule_ids' is missing"));
            }
            Some(Value::Array(items)) => items,
            Some(other) => {
                return Err(invalid(
                    "schedule_ids",
                    format!(
                        "'schedule_ids' must be an array of ids, not {}",
                        kind(other)
                    ),
                ));
            }
        };
        if ids.is_empty() {
            return Err(invalid("schedule_ids", "'schedule_ids' lists no schedule"));
        }
        if ids.len() > 100 {
            return Err(invalid(
                "schedule_ids",
                "'schedule_ids' lists more than 100 schedules",
            ));
        }
        let mut schedule_ids = Vec::new();
        for (i, id) in ids.iter().enumerate() {
            let parsed = match id {
                Value::Number(n) => n.as_i64(),
                Value::String(s) => s.trim().parse::<i64>().ok(),
                _ => None,
            };
            match parsed
                .and_then(|n| i32::try_from(n).ok())
                .filter(|n| *n > 0)
            {
                Some(n) if !schedule_ids.contains(&n) => schedule_ids.push(n),
                Some(_) => {}
                None => {
                    return Err(invalid(
                        &format!("schedule_ids[{i}]"),
                        format!("{id} is not a schedule id"),
                    ));
                }
            }
        }
        return Ok(Payload::Custom {
            site_luid,
            schedule_ids,
        });
    }
    let resource_luid = text(&obj, "resource_luid", true)?.unwrap_or_default();
    Ok(Payload::Tableau(TableauEvent {
        event_type,
        site_luid,
        resource_luid,
        resource_name: text(&obj, "resource_name", false)?,
        resource: text(&obj, "resource", false)?,
        created_at: text(&obj, "created_at", false)?,
    }))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use rand::{Rng, SeedableRng};

    #[test]
    fn reads_tableaus_payload_and_custom_triggers() {
        let body = br#"{"resource":"WORKBOOK","event_type":"WorkbookRefreshSucceeded","resource_name":"Sales",
            "site_luid":"s-1","resource_luid":"w-1","created_at":"2027-01-04T09:00:00Z"}"#;
        let Payload::Tableau(e) = parse(body).unwrap() else {
            panic!()
        };
        assert_eq!(
            (e.event_type.as_str(), e.resource_luid.as_str()),
            (WORKBOOK_REFRESH_SUCCEEDED, "w-1")
        );
        let custom =
            parse(br#"{"site_luid":"s","event_type":"custom","schedule_ids":[3,"4",3]}"#).unwrap();
        assert_eq!(
            custom,
            Payload::Custom {
                site_luid: "s".into(),
                schedule_ids: vec![3, 4]
            }
        );
        assert_eq!(parse(b"").unwrap(), Payload::TestPing);
    }

    #[test]
    fn errors_name_the_field_or_the_position() {
        let e = parse(b"{\"site_luid\": \"s\",\n \"event_type\": }").unwrap_err();
        assert!(
            e.message.starts_with("malformed JSON at line 2, column 16"),
            "{}",
            e.message
        );
        let e =
            parse(br#"{"event_type":"custom","site_luid":"s","schedule_ids":"3"}"#).unwrap_err();
        assert_eq!(e.field.as_deref(), Some("schedule_ids"));
        let e =
            parse(br#"{"event_type":"custom","site_luid":"s","schedule_ids":[1,-2]}"#).unwrap_err();
        assert_eq!(e.field.as_deref(), Some("schedule_ids[1]"));
        let e = parse(br#"{"event_type":"WorkbookRefreshSucceeded","site_luid":5}"#).unwrap_err();
        assert_eq!(e.message, "'site_luid' must be a string, not a number");
        assert_eq!(
            parse(br#"[1]"#).unwrap_err().message,
            "the body must be a JSON object, not an array"
        );
    }

    /// Random bytes and mutations of valid bodies: never a panic, always
    /// either a payload or an explanation.
    #[test]
    fn random_and_mutated_bodies_never_panic() {
        let seeds: [&[u8]; 3] = [
            br#"{"resource":"WORKBOOK","event_type":"WorkbookRefreshSucceeded","site_luid":"s","resource_luid":"w"}"#,
            br#"{"site_luid":"s","event_type":"custom","schedule_ids":[3,4]}"#,
            b"",
        ];
        let mut rng = rand::rngs::StdRng::seed_from_u64(7);
        for round in 0..20_000 {
            let mut body: Vec<u8> = if round % 4 == 0 {
                (0..rng.gen_range(0..64)).map(|_| rng.r#gen()).collect()
            } else {
                seeds[round % seeds.len()].to_vec()
            };
            for _ in 0..rng.gen_range(0..6) {
                if body.is_empty() {
                    body.push(rng.r#gen());
                    continue;
                }
                let at = rng.gen_range(0..body.len());
                match rng.gen_range(0..3) {
                    0 => body[at] = rng.r#gen(),
                    1 => {
                        body.remove(at);
                    }
                    _ => body.insert(at, b"{}[]\",:0e-"[rng.gen_range(0..10)]),
                }
            }
            match parse(&body) {
                Ok(_) => {}
                Err(e) => assert!(!e.message.is_empty()),
            }
        }
    }
}

//! Paging and `filter=field:op:value` expressions shared by Tableau's
//! query methods.

use serde_json::{Value, json};

use super::Call;
use super::wire::ApiError;

const MAX_PAGE_SIZE: usize = 1000;

/// Splits `a:eq:x,b:in:[y,z]` at the commas that separate expressions.
fn filter_expressions(filter: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let (mut depth, mut start) = (0i32, 0usize);
    for (i, c) in filter.char_indices() {
        match c {
            '[' => depth += 1,
            ']' => depth -= 1,
            ',' if depth == 0 => {
                out.push(&filter[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    out.push(&filter[start..]);
    out.into_iter().filter(|s| !s.is_empty()).collect()
}

/// Applies `filter` to items; `field` maps a filter field name to the
/// item's value for it, or `None` when the field is not filterable.
pub(crate) fn apply_filter<T>(
    items: Vec<T>,
    filter: Option<&str>,
    field: impl Fn(&T, &str) -> Option<String>,
) -> Result<Vec<T>, ApiError> {
    let Some(filter) = filter else {
        return Ok(items);
    };
    let mut items = items;
    for expr in filter_expressions(filter) {
        let mut parts = expr.splitn(3, ':');
        let (Some(name), Some(op), Some(value)) = (parts.next(), parts.next(), parts.next()) else {
            return Err(ApiError::bad_request(
                "400000",
                format!("Invalid filter expression '{expr}'."),
            ));
        };
        let wanted: Vec<&str> = match op {
            "eq" => vec![value],
            "in" => value
                .trim_matches(|c| c == '[' || c == ']')
                .split(',')
                .collect(),
            _ => {
                return Err(ApiError::bad_request(
                    "400000",
                    format!("Unsupported filter operator '{op}'."),
                ));
            }
        };
        if let Some(first) = items.first()
            && field(first, name).is_none()
        {
            return Err(ApiError::bad_request(
                "400000",
                format!("Invalid filter field '{name}'."),
            ));
        }
        items.retain(|it| field(it, name).is_some_and(|v| wanted.contains(&v.as_str())));
    }
    Ok(items)
}

fn page_param(call: &Call, name: &str, code: &str, default: usize) -> Result<usize, ApiError> {
    match call.query(name) {
        None => Ok(default),
        Some(raw) => raw
            .parse::<usize>()
            .ok()
            .filter(|n| *n >= 1)
            .ok_or_else(|| ApiError::bad_request(code, format!("Invalid {name} '{raw}'."))),
    }
}

/// One page of `items` plus Tableau's pagination object (numbers as strings).
pub(crate) fn paginate(call: &Call, items: Vec<Value>) -> Result<(Value, Vec<Value>), ApiError> {
    let size = page_param(call, "pageSize", "400007", 100)?;
    let number = page_param(call, "pageNumber", "400006", 1)?;
    if size > MAX_PAGE_SIZE {
        return Err(ApiError::new(
            403,
            "403014",
            "Page Size Limit Exceeded",
            format!("The page size cannot exceed {MAX_PAGE_SIZE}."),
        ));
    }
    let total = items.len();
    let page = items
        .into_iter()
        .skip((number - 1) * size)
        .take(size)
        .collect();
    let pagination = json!({
        "pageNumber": number.to_string(),
        "pageSize": size.to_string(),
        "totalAvailable": total.to_string(),
    });
    Ok((pagination, page))
}

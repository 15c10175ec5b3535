//! Content queries: views, workbooks and data sources, with Tableau's
//! pagination and `filter=field:op:value` expressions.

use serde_json::{Value, json};

use super::Call;
use super::auth::authorize;
use super::config::{SimDatasource, SimSite, SimView, SimWorkbook, stable_luid};
use super::state::Inner;
use super::wire::{self, ApiError, ApiResult};

/// Fixed so that responses are reproducible between runs.
const TIMESTAMP: &str = "2026-01-15T09:30:00Z";
const MAX_PAGE_SIZE: usize = 1000;

fn read_scopes(resource: &str) -> [String; 2] {
    [
        "tableau:content:read".into(),
        format!("tableau:{resource}:read"),
    ]
}

fn site_for<'a>(
    inner: &'a Inner,
    call: &Call,
    site_id: &str,
    resource: &str,
) -> Result<&'a SimSite, ApiError> {
    let scopes = read_scopes(resource);
    let scopes: Vec<&str> = scopes.iter().map(String::as_str).collect();
    authorize(inner, call, site_id, &scopes)?;
    inner.config.site_by_luid(site_id).ok_or_else(|| {
        ApiError::not_found("404000", format!("Site '{site_id}' could not be found."))
    })
}

pub(crate) fn owner_id(site: &SimSite) -> String {
    stable_luid(&format!("owner:{}", site.luid))
}

fn project(name: &str) -> Value {
    json!({"id": stable_luid(&format!("project:{name}")), "name": name})
}

fn view_json(site: &SimSite, wb: &SimWorkbook, v: &SimView) -> Value {
    let url_name = v.content_url.rsplit('/').next().unwrap_or(&v.content_url);
    json!({
        "id": v.luid,
        "name": v.name,
        "contentUrl": v.content_url,
        "viewUrlName": url_name,
        "sheetType": "worksheet",
        "createdAt": TIMESTAMP,
        "updatedAt": TIMESTAMP,
        "workbook": {"id": wb.luid},
        "owner": {"id": owner_id(site)},
        "project": project(&wb.project_name),
        "tags": {},
    })
}

fn workbook_content_url(wb: &SimWorkbook) -> String {
    match wb.views.first().and_then(|v| v.content_url.split_once('/')) {
        Some((prefix, _)) => prefix.to_string(),
        None => wb.name.replace(' ', ""),
    }
}

fn workbook_json(base_url: &str, site: &SimSite, wb: &SimWorkbook) -> Value {
    let content_url = workbook_content_url(wb);
    json!({
        "id": wb.luid,
        "name": wb.name,
        "description": "",
        "contentUrl": content_url,
        "webpageUrl": format!("{base_url}/#/site/{}/workbooks/{content_url}", site.content_url),
        "showTabs": "true",
        "size": "1",
        "createdAt": TIMESTAMP,
        "updatedAt": TIMESTAMP,
        "encryptExtracts": "false",
        "defaultViewId": wb.views.first().map(|v| v.luid.clone()).unwrap_or_default(),
        "project": project(&wb.project_name),
        "owner": {"id": owner_id(site)},
        "tags": {},
    })
}

fn datasource_json(site: &SimSite, ds: &SimDatasource) -> Value {
    json!({
        "id": ds.luid,
        "name": ds.name,
        "contentUrl": ds.name.replace(' ', ""),
        "type": "hyper",
        "description": "",
        "createdAt": TIMESTAMP,
        "updatedAt": TIMESTAMP,
        "encryptExtracts": "false",
        "hasExtracts": true,
        "isCertified": false,
        "useRemoteQueryAgent": false,
        "project": project("Default"),
        "owner": {"id": owner_id(site)},
        "tags": {},
    })
}

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
fn apply_filter<T>(
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
fn paginate(call: &Call, items: Vec<Value>) -> Result<(Value, Vec<Value>), ApiError> {
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

pub(crate) fn query_views(inner: &Inner, call: &Call, site_id: &str) -> ApiResult {
    let site = site_for(inner, call, site_id, "views")?;
    let all: Vec<(&SimWorkbook, &SimView)> = site
        .workbooks
        .iter()
        .flat_map(|wb| wb.views.iter().map(move |v| (wb, v)))
        .collect();
    let kept = apply_filter(all, call.query("filter"), |(wb, v), f| match f {
        "name" => Some(v.name.clone()),
        "workbookName" => Some(wb.name.clone()),
        "projectName" => Some(wb.project_name.clone()),
        "contentUrl" => Some(v.content_url.clone()),
        _ => None,
    })?;
    let items = kept.iter().map(|(wb, v)| view_json(site, wb, v)).collect();
    let (pagination, page) = paginate(call, items)?;
    let body = json!({"pagination": pagination, "views": {"view": page}});
    Ok(wire::document(call.fmt, 200, &body))
}

pub(crate) fn get_view(inner: &Inner, call: &Call, site_id: &str, view_id: &str) -> ApiResult {
    let site = site_for(inner, call, site_id, "views")?;
    let (wb, v) = site.view(view_id).ok_or_else(|| view_not_found(view_id))?;
    Ok(wire::document(
        call.fmt,
        200,
        &json!({"view": view_json(site, wb, v)}),
    ))
}

pub(crate) fn view_not_found(view_id: &str) -> ApiError {
    ApiError::not_found("404011", format!("View '{view_id}' could not be found."))
}

fn workbook_not_found(id: &str) -> ApiError {
    ApiError::not_found("404006", format!("Workbook '{id}' could not be found."))
}

pub(crate) fn query_workbooks(inner: &Inner, call: &Call, site_id: &str) -> ApiResult {
    let site = site_for(inner, call, site_id, "workbooks")?;
    let all: Vec<&SimWorkbook> = site.workbooks.iter().collect();
    let kept = apply_filter(all, call.query("filter"), |wb, f| match f {
        "name" => Some(wb.name.clone()),
        "projectName" => Some(wb.project_name.clone()),
        "contentUrl" => Some(workbook_content_url(wb)),
        _ => None,
    })?;
    let items = kept
        .iter()
        .map(|wb| workbook_json(&inner.base_url, site, wb))
        .collect();
    let (pagination, page) = paginate(call, items)?;
    let body = json!({"pagination": pagination, "workbooks": {"workbook": page}});
    Ok(wire::document(call.fmt, 200, &body))
}

pub(crate) fn get_workbook(inner: &Inner, call: &Call, site_id: &str, wb_id: &str) -> ApiResult {
    let site = site_for(inner, call, site_id, "workbooks")?;
    let wb = site
        .workbook(wb_id)
        .ok_or_else(|| workbook_not_found(wb_id))?;
    let mut body = workbook_json(&inner.base_url, site, wb);
    let views: Vec<Value> = wb.views.iter().map(|v| view_json(site, wb, v)).collect();
    body["views"] = json!({"view": views});
    Ok(wire::document(call.fmt, 200, &json!({"workbook": body})))
}

pub(crate) fn workbook_views(inner: &Inner, call: &Call, site_id: &str, wb_id: &str) -> ApiResult {
    let site = site_for(inner, call, site_id, "views")?;
    let wb = site
        .workbook(wb_id)
        .ok_or_else(|| workbook_not_found(wb_id))?;
    let views: Vec<Value> = wb.views.iter().map(|v| view_json(site, wb, v)).collect();
    Ok(wire::document(
        call.fmt,
        200,
        &json!({"views": {"view": views}}),
    ))
}

pub(crate) fn query_datasources(inner: &Inner, call: &Call, site_id: &str) -> ApiResult {
    let site = site_for(inner, call, site_id, "datasources")?;
    let all: Vec<&SimDatasource> = site.datasources.iter().collect();
    let kept = apply_filter(all, call.query("filter"), |ds, f| match f {
        "name" => Some(ds.name.clone()),
        _ => None,
    })?;
    let items = kept.iter().map(|ds| datasource_json(site, ds)).collect();
    let (pagination, page) = paginate(call, items)?;
    let body = json!({"pagination": pagination, "datasources": {"datasource": page}});
    Ok(wire::document(call.fmt, 200, &body))
}

pub(crate) fn get_datasource(inner: &Inner, call: &Call, site_id: &str, ds_id: &str) -> ApiResult {
    let site = site_for(inner, call, site_id, "datasources")?;
    let ds = site.datasource(ds_id).ok_or_else(|| {
        ApiError::not_found(
            "404005",
            format!("Data source '{ds_id}' could not be found."),
        )
    })?;
    Ok(wire::document(
        call.fmt,
        200,
        &json!({"datasource": datasource_json(site, ds)}),
    ))
}

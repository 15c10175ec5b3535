//! Content queries: views, workbooks and data sources, with Tableau's
//! pagination and `filter=field:op:value` expressions.

use serde_json::{Value, json};

use super::Call;
use super::auth::authorize;
use super::config::{SimDatasource, SimSite, SimView, SimWorkbook, stable_luid};
use super::query::{apply_filter, paginate};
use super::state::Inner;
use super::wire::{self, ApiError, ApiResult};

/// Fixed so that responses are reproducible between runs.
const TIMESTAMP: &str = "2026-01-15T09:30:00Z";

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

//! Request handling: recording, fault injection, then routing to the
//! Tableau method that a path and verb name.

use std::sync::Arc;

use chrono::Utc;
use poem::http::Method;
use poem::{Request, Response};

use super::state::{FaultKind, Inner, RecordedRequest};
use super::wire::{ApiError, ApiResult, Format};
use super::{auth, content, control, exports, webhooks};

/// A Tableau API request with its path split after `/api/{version}/`.
pub(crate) struct Call {
    pub method: Method,
    /// The `N.NN` the client used, echoed in `Location` headers.
    pub version: String,
    pub segments: Vec<String>,
    pub query: Vec<(String, String)>,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
    pub fmt: Format,
}

impl Call {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    pub fn query(&self, name: &str) -> Option<&str> {
        self.query
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }
}

fn parse_query(raw: &str) -> Vec<(String, String)> {
    reqwest::Url::parse(&format!("http://q/?{raw}"))
        .map(|u| u.query_pairs().into_owned().collect())
        .unwrap_or_default()
}

pub(crate) async fn dispatch(inner: Arc<Inner>, req: Request) -> Response {
    let method = req.method().clone();
    let path = req.uri().path().to_string();
    let raw_query = req.uri().query().unwrap_or_default().to_string();
    let headers: Vec<(String, String)> = req
        .headers()
        .iter()
        .map(|(k, v)| {
            (
                k.as_str().to_string(),
                String::from_utf8_lossy(v.as_bytes()).into(),
            )
        })
        .collect();
    let body = req.into_body().into_vec().await.unwrap_or_default();
    let query = parse_query(&raw_query);
    if let Some(rest) = path.strip_prefix("/_sim/") {
        return control::handle(&inner, &method, rest, &query, &body).await;
    }
    inner.requests.lock().push(RecordedRequest {
        method: method.to_string(),
        path: path.clone(),
        query: raw_query,
        query_pairs: query.clone(),
        headers: headers.clone(),
        body: body.clone(),
        time: Utc::now(),
    });
    let accept = headers
        .iter()
        .find(|(k, _)| k == "accept")
        .map(|(_, v)| v.as_str());
    let fmt = Format::from_accept(accept);
    match inner.take_fault(&path) {
        Some(FaultKind::Status {
            status,
            retry_after_secs,
        }) => return fault_response(fmt, status, retry_after_secs),
        Some(FaultKind::Latency(delay)) => tokio::time::sleep(delay).await,
        None => {}
    }
    let Some((version, segments)) = api_segments(&path) else {
        return not_found(&path).into_response(fmt);
    };
    let call = Call {
        method,
        version,
        segments,
        query,
        headers,
        body,
        fmt,
    };
    route(&inner, &call)
        .await
        .unwrap_or_else(|e| e.into_response(fmt))
}

fn fault_response(fmt: Format, status: u16, retry_after: Option<u64>) -> Response {
    let reason = poem::http::StatusCode::from_u16(status)
        .ok()
        .and_then(|s| s.canonical_reason())
        .unwrap_or("Error");
    let code = format!("{status}000");
    let mut resp =
        ApiError::new(status, &code, reason, "Injected by the simulator.").into_response(fmt);
    if let Some(secs) = retry_after
        && let Ok(v) = secs.to_string().parse()
    {
        resp.headers_mut().insert("retry-after", v);
    }
    resp
}

/// Path segments after `/api/N.NN/`, or `None` for anything else.
fn api_segments(path: &str) -> Option<(String, Vec<String>)> {
    let rest = path.strip_prefix("/api/")?;
    let (version, rest) = rest.split_once('/')?;
    let (major, minor) = version.split_once('.')?;
    let numeric = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if !numeric(major) || !numeric(minor) {
        return None;
    }
    let segments = rest
        .split('/')
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect();
    Some((version.to_string(), segments))
}

fn not_found(path: &str) -> ApiError {
    ApiError::not_found("404000", format!("No resource exists at '{path}'."))
}

async fn route(inner: &Inner, call: &Call) -> ApiResult {
    let segs: Vec<&str> = call.segments.iter().map(String::as_str).collect();
    let m = &call.method;
    let get = m == Method::GET;
    let post = m == Method::POST;
    match segs.as_slice() {
        ["auth", "signin"] if post => auth::sign_in(inner, call),
        ["auth", "signout"] if post => auth::sign_out(inner, call),
        ["sites", site, "views"] if get => content::query_views(inner, call, site),
        ["sites", site, "views", view] if get => content::get_view(inner, call, site, view),
        ["sites", site, "views", view, "image" | "pdf" | "data"] if get => {
            exports::export(inner, call, site, view, segs[4])
        }
        ["sites", site, "views", view, "crosstab", "excel"] if get => {
            exports::export(inner, call, site, view, "crosstab")
        }
        ["sites", site, "workbooks"] if get => content::query_workbooks(inner, call, site),
        ["sites", site, "workbooks", wb] if get => content::get_workbook(inner, call, site, wb),
        ["sites", site, "workbooks", wb, "views"] if get => {
            content::workbook_views(inner, call, site, wb)
        }
        // "Query View Preview Image": the view's thumbnail, a small PNG.
        [
            "sites",
            site,
            "workbooks",
            _wb,
            "views",
            view,
            "previewImage",
        ] if get => exports::export(inner, call, site, view, "image"),
        ["sites", site, "datasources"] if get => content::query_datasources(inner, call, site),
        ["sites", site, "datasources", ds] if get => content::get_datasource(inner, call, site, ds),
        ["sites", site, "webhooks"] if get => webhooks::list(inner, call, site),
        ["sites", site, "webhooks"] if post => webhooks::create(inner, call, site),
        ["sites", site, "webhooks", id] if get => webhooks::get(inner, call, site, id),
        ["sites", site, "webhooks", id] if m == Method::DELETE => {
            webhooks::delete(inner, call, site, id)
        }
        ["sites", site, "webhooks", id, "test"] if get => {
            webhooks::test(inner, call, site, id).await
        }
        ["auth", "signin" | "signout"]
        | [
            "sites",
            _,
            "views" | "workbooks" | "datasources" | "webhooks",
            ..,
        ] => Err(ApiError::new(
            405,
            "405000",
            "Method Not Allowed",
            format!("{m} is not supported here."),
        )),
        _ => Err(not_found(&format!("/{}", segs.join("/")))),
    }
}

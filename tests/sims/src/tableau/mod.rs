//! A Tableau Server / Tableau Cloud REST API simulator on loopback HTTP.
//!
//! It follows Tableau's documented REST API for the calls Vizpost makes:
//! sign in (PAT and connected-app JWT), content queries, view exports and
//! webhooks, and records every request so tests can assert on what was sent.

mod auth;
pub mod config;
mod content;
mod control;
mod exports;
mod render;
mod state;
mod webhooks;
mod wire;

use std::sync::Arc;
use std::time::Duration;

use anyhow::Context as _;
use chrono::Utc;
use parking_lot::Mutex;
use poem::http::Method;
use poem::listener::TcpAcceptor;
use poem::{Endpoint, Request, Response};
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

pub use config::*;
pub use state::{Fault, FaultKind, RecordedRequest, SimWebhook};

use state::Inner;
use wire::{ApiError, ApiResult, Format};

/// Handle to a running simulator. Clones share the same server.
#[derive(Clone)]
pub struct TableauSim {
    inner: Arc<Inner>,
    server: Arc<Mutex<Option<(oneshot::Sender<()>, JoinHandle<()>)>>>,
}

impl TableauSim {
    /// Starts the simulator on an ephemeral loopback port.
    pub async fn start(config: SimConfig) -> anyhow::Result<Self> {
        Self::start_on(config, 0).await
    }

    /// Starts the simulator on `127.0.0.1:port` (0 picks a free port).
    pub async fn start_on(config: SimConfig, port: u16) -> anyhow::Result<Self> {
        let listener = tokio::net::TcpListener::bind(("127.0.0.1", port))
            .await
            .context("binding the Tableau simulator")?;
        let addr = listener.local_addr()?;
        let acceptor = TcpAcceptor::from_tokio(listener)?;
        let inner = Arc::new(Inner {
            config,
            base_url: format!("http://{addr}"),
            http: reqwest::Client::builder()
                .timeout(Duration::from_secs(10))
                .build()?,
            sessions: Default::default(),
            webhooks: Default::default(),
            requests: Default::default(),
            faults: Default::default(),
            mail: Default::default(),
        });
        let (tx, rx) = oneshot::channel::<()>();
        let endpoint = SimEndpoint(inner.clone());
        let task = tokio::spawn(async move {
            let server = poem::Server::new_with_acceptor(acceptor);
            let stop = async {
                let _ = rx.await;
            };
            if let Err(e) = server
                .run_with_graceful_shutdown(endpoint, stop, Some(Duration::from_secs(1)))
                .await
            {
                tracing::warn!("tableau simulator stopped: {e}");
            }
        });
        Ok(TableauSim {
            inner,
            server: Arc::new(Mutex::new(Some((tx, task)))),
        })
    }

    /// `http://127.0.0.1:PORT`, without a trailing slash.
    pub fn base_url(&self) -> String {
        self.inner.base_url.clone()
    }

    pub fn config(&self) -> SimConfig {
        self.inner.config.clone()
    }

    /// Every request received so far, oldest first (control routes excluded).
    pub fn requests(&self) -> Vec<RecordedRequest> {
        self.inner.requests.lock().clone()
    }

    pub fn clear_requests(&self) {
        self.inner.requests.lock().clear();
    }

    pub fn inject(&self, fault: Fault) {
        self.inner.faults.lock().push(fault);
    }

    /// Ends every session issued so far; their tokens now get 401002.
    pub fn expire_sessions(&self) {
        self.inner.expire_sessions();
    }

    pub fn webhooks(&self, site_luid: &str) -> Vec<SimWebhook> {
        self.inner
            .webhooks
            .lock()
            .iter()
            .filter(|w| w.site_luid.eq_ignore_ascii_case(site_luid))
            .cloned()
            .collect()
    }

    /// Fires the refresh-succeeded event for a workbook or data source,
    /// POSTing Tableau's payload to every matching webhook. Returns the
    /// status each destination answered (0 when it could not be reached).
    pub async fn emit_refresh_succeeded(
        &self,
        site_luid: &str,
        resource_luid: &str,
    ) -> anyhow::Result<Vec<u16>> {
        webhooks::emit_refresh_succeeded(&self.inner, site_luid, resource_luid).await
    }

    /// Serves the sink's messages at `GET /_sim/mail`.
    pub fn attach_mail_sink(&self, sink: crate::smtp::SmtpSink) {
        *self.inner.mail.lock() = Some(sink);
    }

    pub async fn shutdown(self) {
        let server = self.server.lock().take();
        if let Some((tx, task)) = server {
            let _ = tx.send(());
            let _ = task.await;
        }
    }
}

struct SimEndpoint(Arc<Inner>);

impl Endpoint for SimEndpoint {
    type Output = Response;

    async fn call(&self, req: Request) -> poem::Result<Response> {
        Ok(dispatch(self.0.clone(), req).await)
    }
}

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

async fn dispatch(inner: Arc<Inner>, req: Request) -> Response {
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

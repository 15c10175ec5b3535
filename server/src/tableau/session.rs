//! One Tableau session per client, shared by every concurrent call.
//!
//! Signing in again with the same personal access token ends the previous
//! session on Tableau, so sessions must never be created per call. When
//! Tableau answers 401 (expired or ended session), the caller asks for a
//! renewal naming the generation it used; the first such caller signs in
//! and the others, finding a newer generation, reuse its session.
//!
//! A [`SessionKeeper`] extends the same rule across processes: replicas
//! that share a database also share the session kept there.

use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::Ordering;

use reqwest::Method;
use serde_json::Value;

use super::TableauClient;
use super::error::{self, TableauError};
use super::http::{Answer, Outgoing};
use super::signin;
use super::wire::{self, parse_error_body};

/// Who Vizpost is signed in as, and where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SiteSession {
    /// The site's LUID, used in every site-scoped path.
    pub site_id: String,
    pub user_id: String,
    pub site_content_url: String,
}

/// A boxed future, for the object-safe [`SessionKeeper`].
pub type Boxed<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

/// A session token and whom it signs in, as kept for other processes.
#[derive(Clone)]
pub struct KeptSession {
    pub token: String,
    pub site: SiteSession,
}

impl fmt::Debug for KeptSession {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("KeptSession")
            .field("token", &"<redacted>")
            .field("site", &self.site)
            .finish()
    }
}

/// Keeps a site's session where every process serving the site finds it.
pub trait SessionKeeper: Send + Sync {
    /// Holding a lock that other processes respect: returns the kept
    /// session, unless there is none or it is the one Tableau just
    /// `rejected`; then runs `sign_in` and keeps and returns its session.
    fn exchange<'a>(
        &'a self,
        rejected: Option<&'a str>,
        sign_in: Boxed<'a, Result<KeptSession, TableauError>>,
    ) -> Boxed<'a, Result<KeptSession, TableauError>>;
}

pub(crate) struct Session {
    token: String,
    site: SiteSession,
    generation: u64,
}

impl fmt::Debug for Session {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Session")
            .field("token", &"<redacted>")
            .field("site", &self.site)
            .field("generation", &self.generation)
            .finish()
    }
}

#[derive(Default)]
pub(crate) struct SessionState {
    current: Option<Arc<Session>>,
    generation: u64,
    /// The last sign-in's failure, handed to callers that queued behind it
    /// so that a wrong credential costs one refused sign-in, not one each.
    failure: Option<TableauError>,
}

/// A call under `/sites/{site-id}/`.
pub(crate) struct SiteCall<'a> {
    pub method: Method,
    pub path: &'a [&'a str],
    pub query: Vec<(String, String)>,
    pub body: Option<Value>,
    pub json: bool,
    /// What is being done, for error messages: "listing views on …".
    pub what: &'a str,
}

impl TableauClient {
    /// Signs in and says where: used to test a connection. A session kept
    /// from earlier, here or by another replica, proves nothing about the
    /// credential today, so the test always makes one.
    pub async fn check(&self) -> Result<SiteSession, TableauError> {
        let before = self.accepted_sign_ins.load(Ordering::SeqCst);
        let session = self.current_session().await?;
        if self.accepted_sign_ins.load(Ordering::SeqCst) != before {
            return Ok(session.site.clone());
        }
        Ok(self.renew(&session).await?.site.clone())
    }

    async fn current_session(&self) -> Result<Arc<Session>, TableauError> {
        let seen = self.sign_ins.load(Ordering::SeqCst);
        let mut state = self.sessions.lock().await;
        if let Some(session) = &state.current {
            return Ok(session.clone());
        }
        self.sign_in_unless_just_failed(&mut state, seen, None)
            .await
    }

    /// Replaces the session Tableau rejected, once for all its users.
    async fn renew(&self, rejected: &Session) -> Result<Arc<Session>, TableauError> {
        let seen = self.sign_ins.load(Ordering::SeqCst);
        let mut state = self.sessions.lock().await;
        if let Some(session) = &state.current
            && session.generation != rejected.generation
        {
            return Ok(session.clone());
        }
        state.current = None;
        self.sign_in_unless_just_failed(&mut state, seen, Some(&rejected.token))
            .await
    }

    async fn sign_in_unless_just_failed(
        &self,
        state: &mut SessionState,
        seen: u64,
        rejected: Option<&str>,
    ) -> Result<Arc<Session>, TableauError> {
        if self.sign_ins.load(Ordering::SeqCst) != seen
            && let Some(failure) = &state.failure
        {
            return Err(failure.clone());
        }
        let outcome = match &self.keeper {
            Some(keeper) => {
                let sign_in = Box::pin(async {
                    let (token, site) = self.sign_in().await?;
                    Ok(KeptSession { token, site })
                });
                keeper
                    .exchange(rejected, sign_in)
                    .await
                    .map(|kept| (kept.token, kept.site))
            }
            None => self.sign_in().await,
        };
        self.sign_ins.fetch_add(1, Ordering::SeqCst);
        match outcome {
            Ok((token, site)) => {
                state.generation += 1;
                state.failure = None;
                let session = Arc::new(Session {
                    token,
                    site,
                    generation: state.generation,
                });
                state.current = Some(session.clone());
                Ok(session)
            }
            Err(e) => {
                state.failure = Some(e.clone());
                Err(e)
            }
        }
    }

    async fn sign_in(&self) -> Result<(String, SiteSession), TableauError> {
        let config = &self.config;
        let body = signin::request_body(config)?;
        let url = self.http.url(&["auth", "signin"], &[])?;
        let answer = self
            .http
            .send(&Outgoing {
                method: Method::POST,
                url,
                token: None,
                body: Some(&body),
                json: true,
                // A repeated sign-in at worst replaces a session never seen.
                idempotent: true,
            })
            .await?;
        if answer.status == 401 {
            let refusal = parse_error_body(&answer.body).unwrap_or_default();
            return Err(signin::refused(config, refusal));
        }
        let what = format!("signing in to {}", config.site_label());
        if answer.status == 404 {
            let what = format!(
                "{what} (is {} a Tableau server that supports REST API version {}?)",
                config.base_url, config.api_version
            );
            let b = parse_error_body(&answer.body).unwrap_or_default();
            return Err(TableauError::Api {
                what,
                status: 404,
                code: b.code,
                summary: b.summary,
                detail: b.detail,
            });
        }
        if !answer.is_success() {
            return Err(error::from_answer(&answer, &what));
        }
        let doc = wire::json(&answer, &what)?;
        let token = wire::text(&doc, "/credentials/token");
        let site = SiteSession {
            site_id: wire::text(&doc, "/credentials/site/id"),
            user_id: wire::text(&doc, "/credentials/user/id"),
            site_content_url: wire::text(&doc, "/credentials/site/contentUrl"),
        };
        if token.is_empty() || site.site_id.is_empty() {
            return Err(TableauError::Protocol(
                "the sign-in answer has no credentials token or site id".into(),
            ));
        }
        self.accepted_sign_ins.fetch_add(1, Ordering::SeqCst);
        tracing::info!(site = %config.content_url, "signed in to Tableau");
        Ok((token, site))
    }

    /// Runs a site-scoped call with the shared session, renewing it once
    /// if Tableau answers 401. Failed answers become errors.
    pub(crate) async fn call(&self, call: SiteCall<'_>) -> Result<Answer, TableauError> {
        let mut session = self.current_session().await?;
        let mut renewed = false;
        loop {
            let mut segments = vec!["sites", session.site.site_id.as_str()];
            segments.extend_from_slice(call.path);
            let url = self.http.url(&segments, &call.query)?;
            let answer = self
                .http
                .send(&Outgoing {
                    method: call.method.clone(),
                    url,
                    token: Some(&session.token),
                    body: call.body.as_ref(),
                    json: call.json,
                    idempotent: call.method != Method::POST,
                })
                .await?;
            if answer.is_success() {
                return Ok(answer);
            }
            if answer.status != 401 {
                return Err(error::from_answer(&answer, call.what));
            }
            if renewed {
                let body = parse_error_body(&answer.body).unwrap_or_default();
                return Err(signin::rejected_after_renewal(
                    &self.config,
                    call.what,
                    body,
                ));
            }
            tracing::info!("Tableau ended the session; signing in again");
            session = self.renew(&session).await?;
            renewed = true;
        }
    }
}

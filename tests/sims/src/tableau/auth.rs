//! Sign in / sign out and the checks every other call goes through:
//! credentials token, site binding and connected-app scopes.

use base64::Engine as _;
use chrono::Utc;
use serde_json::{Value, json};

use super::Call;
use super::config::{SimSite, stable_luid};
use super::state::{Inner, Session};
use super::wire::{self, ApiError, ApiResult, xml_attr};

/// The longest lifetime Tableau accepts for a connected-app JWT.
const MAX_JWT_LIFETIME_SECS: i64 = 600;
/// Tolerance for clients that compute `exp` as exactly now + 10 minutes.
const CLOCK_SKEW_SECS: i64 = 5;

fn signin_error(reason: Option<u32>) -> ApiError {
    let detail = match reason {
        Some(code) => format!("Error signing in to Tableau Server ({code})"),
        None => "Error signing in to Tableau Server".to_string(),
    };
    ApiError::new(401, "401001", "Signin Error", detail)
}

fn invalid_token() -> ApiError {
    ApiError::new(
        401,
        "401002",
        "Unauthorized Access",
        "Invalid authentication credentials were provided.",
    )
}

struct SignInRequest {
    content_url: String,
    pat: Option<(String, String)>,
    jwt: Option<String>,
}

fn parse_signin(body: &[u8]) -> Option<SignInRequest> {
    let text = std::str::from_utf8(body).ok()?.trim();
    if text.starts_with('{') {
        let v: Value = serde_json::from_str(text).ok()?;
        let c = v.get("credentials")?;
        let s = |k: &str| c.get(k).and_then(Value::as_str).map(str::to_string);
        let pat = s("personalAccessTokenName").zip(s("personalAccessTokenSecret"));
        let content_url = c.pointer("/site/contentUrl").and_then(Value::as_str);
        return Some(SignInRequest {
            content_url: content_url.unwrap_or_default().to_string(),
            pat,
            jwt: s("jwt"),
        });
    }
    let a = |k: &str| xml_attr(text, "credentials", k);
    Some(SignInRequest {
        content_url: xml_attr(text, "site", "contentUrl").unwrap_or_default(),
        pat: a("personalAccessTokenName").zip(a("personalAccessTokenSecret")),
        jwt: a("jwt"),
    })
}

pub(crate) fn sign_in(inner: &Inner, call: &Call) -> ApiResult {
    let req = parse_signin(&call.body)
        .ok_or_else(|| ApiError::bad_request("400000", "The sign-in request body is malformed."))?;
    let site = inner
        .config
        .site_by_content_url(&req.content_url)
        .ok_or_else(|| signin_error(None))?;
    let now = Utc::now();
    let session = if let Some((name, secret)) = req.pat {
        let pat = site
            .pats
            .iter()
            .find(|p| p.name == name && p.secret == secret)
            .ok_or_else(|| signin_error(None))?;
        // Tableau allows one session per PAT: a new sign-in ends the old one.
        for s in inner.sessions.lock().values_mut() {
            if s.pat_name.as_deref() == Some(name.as_str()) {
                s.revoked = true;
            }
        }
        Session {
            site_luid: site.luid.clone(),
            user_luid: stable_luid(&format!("user:{}:{}", site.luid, pat.name)),
            user_name: pat.name.clone(),
            site_admin: pat.site_admin,
            pat_name: Some(pat.name.clone()),
            scopes: None,
            expires_at: now,
            revoked: false,
        }
    } else if let Some(jwt) = req.jwt {
        let id = validate_jwt(site, &jwt, now.timestamp()).map_err(|c| signin_error(Some(c)))?;
        Session {
            site_luid: site.luid.clone(),
            user_luid: stable_luid(&format!("user:{}:{}", site.luid, id.sub)),
            user_name: id.sub,
            site_admin: id.site_admin,
            pat_name: None,
            scopes: Some(id.scopes),
            expires_at: now,
            revoked: false,
        }
    } else {
        return Err(signin_error(None));
    };
    let ttl = chrono::Duration::from_std(inner.config.session_ttl)
        .unwrap_or_else(|_| chrono::Duration::minutes(240));
    let session = Session {
        expires_at: now + ttl,
        ..session
    };
    let token = format!(
        "{}|{}|{}",
        uuid::Uuid::new_v4().simple(),
        uuid::Uuid::new_v4().simple(),
        site.luid
    );
    let secs = inner.config.session_ttl.as_secs();
    let body = json!({"credentials": {
        "site": {"id": site.luid, "contentUrl": site.content_url},
        "user": {"id": session.user_luid},
        "token": token,
        "estimatedTimeToExpiration": format!("{}:{:02}:{:02}", secs / 3600, secs / 60 % 60, secs % 60),
    }});
    inner.sessions.lock().insert(token, session);
    Ok(wire::document(call.fmt, 200, &body))
}

pub(crate) fn sign_out(inner: &Inner, call: &Call) -> ApiResult {
    let token = call.header("x-tableau-auth").ok_or_else(missing_token)?;
    inner.sessions.lock().remove(token);
    Ok(wire::empty(204))
}

fn missing_token() -> ApiError {
    ApiError::new(
        401,
        "401000",
        "Unauthorized Access",
        "No authentication credentials were provided",
    )
}

/// Checks the credentials token, that it was issued for `site_id`, and,
/// for connected-app sessions, that the JWT granted one of `scopes`.
pub(crate) fn authorize(
    inner: &Inner,
    call: &Call,
    site_id: &str,
    scopes: &[&str],
) -> Result<Session, ApiError> {
    let token = call.header("x-tableau-auth").ok_or_else(missing_token)?;
    let session = inner
        .sessions
        .lock()
        .get(token)
        .cloned()
        .ok_or_else(invalid_token)?;
    if session.revoked || Utc::now() >= session.expires_at {
        return Err(invalid_token());
    }
    if !session.site_luid.eq_ignore_ascii_case(site_id) {
        if inner.config.site_by_luid(site_id).is_none() {
            return Err(ApiError::not_found(
                "404000",
                format!("Site '{site_id}' could not be found."),
            ));
        }
        return Err(ApiError::new(
            403,
            "403000",
            "Forbidden",
            format!("The credentials token was not issued for site '{site_id}'."),
        ));
    }
    // Tableau answers a call outside the JWT's scopes as an invalid token.
    if let Some(granted) = &session.scopes
        && !scopes.iter().any(|need| scope_granted(granted, need))
    {
        return Err(invalid_token());
    }
    Ok(session)
}

fn scope_granted(granted: &[String], need: &str) -> bool {
    granted.iter().any(|g| {
        g == need
            || g.strip_suffix('*')
                .is_some_and(|prefix| prefix.ends_with(':') && need.starts_with(prefix))
    })
}

struct JwtIdentity {
    sub: String,
    scopes: Vec<String>,
    site_admin: bool,
}

fn b64_json(segment: &str) -> Option<Value> {
    let engine = base64::engine::general_purpose::URL_SAFE_NO_PAD;
    let bytes = engine.decode(segment.trim_end_matches('=')).ok()?;
    serde_json::from_slice(&bytes).ok()
}

/// Validates a direct-trust connected-app JWT the way Tableau documents it.
/// The error is the troubleshooting code Tableau reports for the failure.
fn validate_jwt(site: &SimSite, jwt: &str, now: i64) -> Result<JwtIdentity, u32> {
    const LOGIN_FAILED: u32 = 16;
    const APP_NOT_FOUND: u32 = 126;
    const SECRET_NOT_FOUND: u32 = 127;
    const USER_NOT_FOUND: u32 = 5;
    let mut parts = jwt.split('.');
    let header = parts.next().and_then(b64_json).ok_or(LOGIN_FAILED)?;
    let claims = parts.next().and_then(b64_json).ok_or(LOGIN_FAILED)?;
    if header.get("alg").and_then(Value::as_str) != Some("HS256") {
        return Err(LOGIN_FAILED);
    }
    let iss = claims
        .get("iss")
        .and_then(Value::as_str)
        .ok_or(APP_NOT_FOUND)?;
    let app = site
        .connected_apps
        .iter()
        .find(|a| a.client_id == iss)
        .ok_or(APP_NOT_FOUND)?;
    if header
        .get("iss")
        .and_then(Value::as_str)
        .is_some_and(|h| h != iss)
    {
        return Err(APP_NOT_FOUND);
    }
    if header.get("kid").and_then(Value::as_str) != Some(app.secret_id.as_str()) {
        return Err(SECRET_NOT_FOUND);
    }
    let mut validation = jsonwebtoken::Validation::new(jsonwebtoken::Algorithm::HS256);
    validation.validate_exp = false;
    validation.validate_aud = false;
    validation.required_spec_claims.clear();
    let key = jsonwebtoken::DecodingKey::from_secret(app.secret_value.as_bytes())
        .map_err(|_| SECRET_NOT_FOUND)?;
    jsonwebtoken::decode::<Value>(jwt, &key, &validation).map_err(|_| SECRET_NOT_FOUND)?;
    let aud_ok = match claims.get("aud") {
        Some(Value::String(a)) => a == "tableau",
        Some(Value::Array(a)) => a.iter().any(|v| v.as_str() == Some("tableau")),
        _ => false,
    };
    let exp = claims
        .get("exp")
        .and_then(Value::as_i64)
        .ok_or(LOGIN_FAILED)?;
    let jti_ok = claims
        .get("jti")
        .and_then(Value::as_str)
        .is_some_and(|j| !j.is_empty());
    if !aud_ok || exp <= now || exp - now > MAX_JWT_LIFETIME_SECS + CLOCK_SKEW_SECS || !jti_ok {
        return Err(LOGIN_FAILED);
    }
    let sub = claims
        .get("sub")
        .and_then(Value::as_str)
        .filter(|s| !s.is_empty())
        .ok_or(USER_NOT_FOUND)?;
    let scopes: Vec<String> = match claims.get("scp") {
        Some(Value::Array(items)) => items
            .iter()
            .filter_map(|v| v.as_str().map(str::to_string))
            .collect(),
        _ => Vec::new(),
    };
    if scopes.is_empty() || scopes.iter().any(|s| !s.starts_with("tableau:")) {
        return Err(LOGIN_FAILED);
    }
    Ok(JwtIdentity {
        sub: sub.to_string(),
        scopes,
        site_admin: app.site_admin,
    })
}

#[cfg(test)]
mod tests {
    use super::scope_granted;

    #[test]
    fn wildcard_scopes_cover_their_resource_only() {
        let granted = vec![
            "tableau:webhooks:*".to_string(),
            "tableau:content:read".to_string(),
        ];
        assert!(scope_granted(&granted, "tableau:webhooks:create"));
        assert!(scope_granted(&granted, "tableau:content:read"));
        assert!(!scope_granted(&granted, "tableau:views:download"));
    }
}

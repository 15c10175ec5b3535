//! The sign-in request for each credential type, and why Tableau refused
//! one, in words.

use jsonwebtoken::{Algorithm, EncodingKey, Header};
use serde_json::{Value, json};

use super::config::{ClientConfig, SignIn};
use super::error::TableauError;
use super::wire::ErrorBody;

/// Tableau rejects connected-app JWTs valid for more than 10 minutes;
/// 5 leaves room for clock skew.
const JWT_LIFETIME_SECS: i64 = 5 * 60;

/// The JSON body of `POST /auth/signin` (Sign In, REST API reference,
/// Authentication Methods).
pub(crate) fn request_body(config: &ClientConfig) -> Result<Value, TableauError> {
    let site = json!({"contentUrl": config.content_url});
    let credentials = match &config.sign_in {
        SignIn::PersonalAccessToken { name, secret } => json!({
            "personalAccessTokenName": name,
            "personalAccessTokenSecret": secret,
            "site": site,
        }),
        SignIn::ConnectedApp { .. } => json!({"jwt": jwt(config)?, "site": site}),
    };
    Ok(json!({"credentials": credentials}))
}

/// A direct-trust connected-app JWT, new for every sign-in because Tableau
/// accepts each `jti` once. Header and claims as in "Use Tableau connected
/// apps for application integration" (Step 3: configure the JWT).
fn jwt(config: &ClientConfig) -> Result<String, TableauError> {
    let SignIn::ConnectedApp {
        client_id,
        secret_id,
        secret_value,
        username,
        scopes,
    } = &config.sign_in
    else {
        return Err(TableauError::Protocol("not a connected app".into()));
    };
    let failed = |e: jsonwebtoken::errors::Error| TableauError::SignIn {
        what: attempt(config),
        reason: format!("the JWT could not be signed with the connected app's secret ({e})"),
        code: String::new(),
        summary: String::new(),
        detail: String::new(),
    };
    let mut header = Header::new(Algorithm::HS256);
    header.kid = Some(secret_id.clone());
    header.extras.insert("iss", client_id.clone());
    let claims = json!({
        "iss": client_id,
        "sub": username,
        "aud": "tableau",
        "exp": chrono::Utc::now().timestamp() + JWT_LIFETIME_SECS,
        "jti": uuid::Uuid::new_v4().to_string(),
        "scp": scopes,
    });
    let key = EncodingKey::from_secret(secret_value.as_bytes()).map_err(failed)?;
    jsonwebtoken::encode(&header, &claims, &key).map_err(failed)
}

/// "sign in to site \"finance\" with personal access token \"vizpost\""
fn attempt(config: &ClientConfig) -> String {
    format!(
        "sign in to {} with {}",
        config.site_label(),
        config.sign_in.describe()
    )
}

/// A 401 to sign-in. Tableau answers 401001 alike for a wrong credential
/// and for a site that does not exist, so a PAT refusal names both; a
/// connected-app refusal carries a troubleshooting code in its detail
/// ("Troubleshoot Connected Apps - Direct Trust" lists them).
pub(crate) fn refused(config: &ClientConfig, body: ErrorBody) -> TableauError {
    let site = if config.content_url.is_empty() {
        "the default site does not accept it".to_string()
    } else {
        format!("no site has the content URL \"{}\"", config.content_url)
    };
    let reason = match &config.sign_in {
        SignIn::PersonalAccessToken { .. } => format!(
            "either the token's name or secret is wrong (or the token expired or was revoked), \
             or {site}"
        ),
        SignIn::ConnectedApp {
            client_id,
            secret_id,
            username,
            ..
        } => match troubleshooting_code(&body.detail) {
            Some(5) => format!("Tableau has no user named \"{username}\" on this site"),
            Some(126) => format!(
                "no enabled connected app has the client ID {client_id} on this site, or {site}"
            ),
            Some(127) => format!(
                "the connected app has no secret with ID {secret_id}, or the secret value is wrong"
            ),
            Some(16) => "Tableau rejected the JWT: check the user name, the scopes, and that \
                         this machine's clock is right"
                .to_string(),
            Some(10083 | 10084) => "Tableau could not read the JWT".to_string(),
            _ => format!(
                "either the connected app's client ID, secret or user name is wrong, or {site}"
            ),
        },
    };
    TableauError::SignIn {
        what: attempt(config),
        reason,
        code: body.code,
        summary: body.summary,
        detail: body.detail,
    }
}

/// The number in "Error signing in to Tableau Server (126)" and similar.
fn troubleshooting_code(detail: &str) -> Option<u32> {
    let open = detail.rfind('(')?;
    let close = open + detail[open..].find(')')?;
    let inside = detail[open + 1..close].trim();
    let digits = inside.trim_start_matches(|c: char| !c.is_ascii_digit());
    digits.parse().ok()
}

/// A 401 on a call made right after a fresh sign-in: the new session was
/// not enough, which for connected apps means the JWT scopes miss it.
pub(crate) fn rejected_after_renewal(
    config: &ClientConfig,
    what: &str,
    body: ErrorBody,
) -> TableauError {
    let reason = match &config.sign_in {
        SignIn::ConnectedApp { .. } => format!(
            "the new session was rejected for {what}; the connected app's scopes probably do not \
             cover it"
        ),
        SignIn::PersonalAccessToken { .. } => {
            format!("the new session was rejected for {what}")
        }
    };
    TableauError::SignIn {
        what: attempt(config),
        reason,
        code: body.code,
        summary: body.summary,
        detail: body.detail,
    }
}

#[cfg(test)]
mod tests {
    use super::troubleshooting_code;

    #[test]
    fn finds_connected_app_troubleshooting_codes() {
        assert_eq!(
            troubleshooting_code("Error signing in to Tableau Server (126)"),
            Some(126)
        );
        assert_eq!(
            troubleshooting_code("Signin failed (errorCode=16)"),
            Some(16)
        );
        assert_eq!(
            troubleshooting_code("Error signing in to Tableau Server"),
            None
        );
    }
}

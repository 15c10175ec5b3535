//! Sites of a Tableau server: where views live, whose recipients may be
//! limited to some email domains, and which may carry their own token
//! (on Tableau Cloud every site needs one).

use chrono::Utc;
use rand::RngCore;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, Set};

use super::Credentials;
use crate::db::entity::{schedule, site, tableau_server};
use crate::error::{AppError, AppResult};
use crate::state::AppState;

pub struct SiteInput {
    pub server_id: i32,
    pub name: String,
    pub content_url: String,
    pub site_luid: String,
    pub allowed_domains: Vec<String>,
    /// `None` keeps what is stored (on create: use the server's credentials).
    pub credentials: Option<Credentials>,
    /// On update, `true` drops the site's own credentials.
    pub clear_credentials: bool,
}

struct Checked {
    name: String,
    content_url: String,
    site_luid: String,
    domains: serde_json::Value,
}

fn check(input: &SiteInput) -> AppResult<Checked> {
    let name = input.name.trim().to_string();
    if name.is_empty() {
        return Err(AppError::invalid("name", "must not be empty"));
    }
    let content_url = input.content_url.trim().to_string();
    if content_url.contains('/') || content_url.contains(char::is_whitespace) {
        return Err(AppError::invalid(
            "contentUrl",
            "is the site's URL name (as in /site/NAME/), without slashes or spaces; empty for the default site",
        ));
    }
    let luid = input.site_luid.trim();
    let site_luid = uuid::Uuid::parse_str(luid)
        .map_err(|_| {
            AppError::invalid(
                "siteLuid",
                format!("'{luid}' is not a Tableau site LUID (a UUID)"),
            )
        })?
        .hyphenated()
        .to_string();
    let mut domains = Vec::new();
    for (i, d) in input.allowed_domains.iter().enumerate() {
        let d = d.trim().trim_start_matches('@').to_ascii_lowercase();
        if d.is_empty() || !d.contains('.') || d.contains(['@', ' ', '/']) {
            return Err(AppError::invalid(
                format!("allowedDomains.{i}"),
                format!("'{d}' is not an email domain such as example.com"),
            ));
        }
        if !domains.contains(&d) {
            domains.push(d);
        }
    }
    if let Some(c) = &input.credentials {
        c.validate().map_err(|e| e.within("auth"))?;
    }
    Ok(Checked {
        name,
        content_url,
        site_luid,
        domains: serde_json::json!(domains),
    })
}

async fn ensure_unique(
    state: &AppState,
    server_id: i32,
    content_url: &str,
    except: Option<i32>,
) -> AppResult<()> {
    let mut q = site::Entity::find()
        .filter(site::Column::ServerId.eq(server_id))
        .filter(site::Column::ContentUrl.eq(content_url));
    if let Some(id) = except {
        q = q.filter(site::Column::Id.ne(id));
    }
    if q.count(&state.db).await? > 0 {
        return Err(AppError::Conflict(format!(
            "this server already has a site with content URL '{content_url}'"
        )));
    }
    Ok(())
}

pub async fn create_site(state: &AppState, input: SiteInput) -> AppResult<site::Model> {
    let c = check(&input)?;
    tableau_server::Entity::find_by_id(input.server_id)
        .one(&state.db)
        .await?
        .ok_or_else(|| {
            AppError::invalid(
                "serverId",
                format!("Tableau server {} does not exist", input.server_id),
            )
        })?;
    ensure_unique(state, input.server_id, &c.content_url, None).await?;
    let sealed = input.credentials.map(|cr| cr.seal(&state.keys));
    let (token, token_hash) = new_webhook_token();
    let now = Utc::now();
    let model = site::ActiveModel {
        server_id: Set(input.server_id),
        name: Set(c.name),
        content_url: Set(c.content_url),
        site_luid: Set(c.site_luid),
        allowed_domains: Set(c.domains),
        auth_kind: Set(sealed.as_ref().map(|s| s.0.clone())),
        auth_public: Set(sealed.as_ref().map(|s| s.1.clone())),
        auth_secret: Set(sealed.map(|s| s.2)),
        webhook_secret: Set(state.keys.seal(token.as_bytes())),
        webhook_token_hash: Set(Some(token_hash)),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    };
    let saved = model.insert(&state.db).await?;
    tracing::info!(
        site_id = saved.id,
        server_id = saved.server_id,
        "site created"
    );
    Ok(saved)
}

pub async fn update_site(state: &AppState, id: i32, input: SiteInput) -> AppResult<site::Model> {
    let c = check(&input)?;
    let found = site::Entity::find_by_id(id)
        .one(&state.db)
        .await?
        .ok_or_else(|| AppError::not_found("site", id))?;
    if found.server_id != input.server_id {
        return Err(AppError::invalid(
            "serverId",
            "a site cannot move to another server",
        ));
    }
    ensure_unique(state, input.server_id, &c.content_url, Some(id)).await?;
    let mut active: site::ActiveModel = found.into();
    active.name = Set(c.name);
    active.content_url = Set(c.content_url);
    active.site_luid = Set(c.site_luid);
    active.allowed_domains = Set(c.domains);
    if input.clear_credentials {
        active.auth_kind = Set(None);
        active.auth_public = Set(None);
        active.auth_secret = Set(None);
    } else if let Some(cr) = input.credentials {
        let (kind, public, sealed) = cr.seal(&state.keys);
        active.auth_kind = Set(Some(kind));
        active.auth_public = Set(Some(public));
        active.auth_secret = Set(Some(sealed));
    }
    active.updated_at = Set(Utc::now());
    Ok(active.update(&state.db).await?)
}

pub async fn delete_site(state: &AppState, id: i32) -> AppResult<()> {
    let used = schedule::Entity::find()
        .filter(schedule::Column::SiteId.eq(id))
        .count(&state.db)
        .await?;
    if used > 0 {
        return Err(AppError::Conflict(format!(
            "{used} schedule(s) use this site; delete or move them first"
        )));
    }
    let res = site::Entity::delete_by_id(id).exec(&state.db).await?;
    if res.rows_affected == 0 {
        return Err(AppError::not_found("site", id));
    }
    Ok(())
}

/// A new unguessable webhook token (192 random bits) and its lookup hash.
fn new_webhook_token() -> (String, String) {
    let mut secret = [0u8; 24];
    rand::thread_rng().fill_bytes(&mut secret);
    let token = hex::encode(secret);
    let hash = webhook_token_hash(&token);
    (token, hash)
}

/// Tokens are random and long, so a plain SHA-256 is a safe lookup key.
pub fn webhook_token_hash(token: &str) -> String {
    use sha2::Digest as _;
    hex::encode(sha2::Sha256::digest(token.as_bytes()))
}

/// Replaces the site's webhook token; URLs carrying the old one stop working.
pub async fn rotate_webhook_secret(state: &AppState, id: i32) -> AppResult<site::Model> {
    let found = site::Entity::find_by_id(id)
        .one(&state.db)
        .await?
        .ok_or_else(|| AppError::not_found("site", id))?;
    let (token, hash) = new_webhook_token();
    let mut active: site::ActiveModel = found.into();
    active.webhook_secret = Set(state.keys.seal(token.as_bytes()));
    active.webhook_token_hash = Set(Some(hash));
    active.updated_at = Set(Utc::now());
    let saved = active.update(&state.db).await?;
    tracing::info!(site_id = id, "webhook secret rotated");
    Ok(saved)
}

/// Fills in lookup hashes for sites created before they existed.
pub async fn backfill_webhook_hashes(state: &AppState) -> AppResult<()> {
    let missing = site::Entity::find()
        .filter(site::Column::WebhookTokenHash.is_null())
        .all(&state.db)
        .await?;
    for s in missing {
        let token = webhook_secret(state, &s)?;
        let mut active: site::ActiveModel = s.into();
        active.webhook_token_hash = Set(Some(webhook_token_hash(&token)));
        active.update(&state.db).await?;
    }
    Ok(())
}

/// The site's webhook secret in clear, for building the URL given to Tableau.
pub fn webhook_secret(state: &AppState, model: &site::Model) -> AppResult<String> {
    String::from_utf8(state.keys.open(&model.webhook_secret)?)
        .map_err(|e| AppError::Internal(e.into()))
}

pub fn allowed_domains(model: &site::Model) -> Vec<String> {
    serde_json::from_value(model.allowed_domains.clone()).unwrap_or_default()
}

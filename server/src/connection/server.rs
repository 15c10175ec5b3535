//! Tableau servers: an address, a REST API version and default credentials.

use chrono::Utc;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, Set, TransactionTrait,
};

use super::Credentials;
use crate::db::entity::{schedule, site, tableau_server};
use crate::error::{AppError, AppResult};
use crate::state::AppState;

pub struct ServerInput {
    pub name: String,
    pub base_url: String,
    pub api_version: String,
    /// Required on create; on update `None` keeps the stored credentials.
    pub credentials: Option<Credentials>,
}

/// Normalises and checks a base URL: http(s), no query, no trailing slash.
pub fn parse_base_url(text: &str) -> AppResult<String> {
    let url = url::Url::parse(text.trim())
        .map_err(|e| AppError::invalid("baseUrl", format!("'{text}' is not a URL ({e})")))?;
    if !matches!(url.scheme(), "http" | "https") || url.host_str().is_none() {
        return Err(AppError::invalid(
            "baseUrl",
            "must be an http:// or https:// address",
        ));
    }
    if url.query().is_some() {
        return Err(AppError::invalid(
            "baseUrl",
            "must not contain a query string",
        ));
    }
    Ok(url.as_str().trim_end_matches('/').to_string())
}

/// Checks "3.24"-style versions; Tableau's REST API is versioned this way.
pub fn parse_api_version(text: &str) -> AppResult<String> {
    let text = text.trim();
    let ok = text.split_once('.').is_some_and(|(a, b)| {
        !a.is_empty() && !b.is_empty() && a.chars().chain(b.chars()).all(|c| c.is_ascii_digit())
    });
    if !ok {
        return Err(AppError::invalid(
            "apiVersion",
            format!("'{text}' is not a REST API version such as 3.24"),
        ));
    }
    Ok(text.to_string())
}

fn check(input: &ServerInput) -> AppResult<(String, String, String)> {
    let name = input.name.trim().to_string();
    if name.is_empty() {
        return Err(AppError::invalid("name", "must not be empty"));
    }
    if let Some(c) = &input.credentials {
        c.validate().map_err(|e| e.within("auth"))?;
    }
    Ok((
        name,
        parse_base_url(&input.base_url)?,
        parse_api_version(&input.api_version)?,
    ))
}

async fn name_taken(state: &AppState, name: &str, except: Option<i32>) -> AppResult<bool> {
    let mut q = tableau_server::Entity::find().filter(tableau_server::Column::Name.eq(name));
    if let Some(id) = except {
        q = q.filter(tableau_server::Column::Id.ne(id));
    }
    Ok(q.count(&state.db).await? > 0)
}

pub async fn create_server(
    state: &AppState,
    input: ServerInput,
) -> AppResult<tableau_server::Model> {
    let (name, base_url, api_version) = check(&input)?;
    let credentials = input
        .credentials
        .ok_or_else(|| AppError::invalid("auth", "credentials are required for a new server"))?;
    if name_taken(state, &name, None).await? {
        return Err(AppError::Conflict(format!(
            "a Tableau server named '{name}' already exists"
        )));
    }
    let (kind, public, sealed) = credentials.seal(&state.keys);
    let now = Utc::now();
    let model = tableau_server::ActiveModel {
        name: Set(name),
        base_url: Set(base_url),
        api_version: Set(api_version),
        auth_kind: Set(kind),
        auth_public: Set(public),
        auth_secret: Set(sealed),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    };
    let saved = model.insert(&state.db).await?;
    tracing::info!(server_id = saved.id, "Tableau server created");
    Ok(saved)
}

pub async fn update_server(
    state: &AppState,
    id: i32,
    input: ServerInput,
) -> AppResult<tableau_server::Model> {
    let (name, base_url, api_version) = check(&input)?;
    let found = tableau_server::Entity::find_by_id(id)
        .one(&state.db)
        .await?
        .ok_or_else(|| AppError::not_found("Tableau server", id))?;
    if name_taken(state, &name, Some(id)).await? {
        return Err(AppError::Conflict(format!(
            "a Tableau server named '{name}' already exists"
        )));
    }
    let mut active: tableau_server::ActiveModel = found.into();
    active.name = Set(name);
    active.base_url = Set(base_url);
    active.api_version = Set(api_version);
    if let Some(credentials) = input.credentials {
        let (kind, public, sealed) = credentials.seal(&state.keys);
        active.auth_kind = Set(kind);
        active.auth_public = Set(public);
        active.auth_secret = Set(sealed);
    }
    active.updated_at = Set(Utc::now());
    Ok(active.update(&state.db).await?)
}

/// Deletes a server and its sites; refused while schedules use its sites,
/// because deleting those silently would lose the users' work.
pub async fn delete_server(state: &AppState, id: i32) -> AppResult<()> {
    let txn = state.db.begin().await?;
    tableau_server::Entity::find_by_id(id)
        .one(&txn)
        .await?
        .ok_or_else(|| AppError::not_found("Tableau server", id))?;
    let site_ids: Vec<i32> = site::Entity::find()
        .filter(site::Column::ServerId.eq(id))
        .all(&txn)
        .await?
        .into_iter()
        .map(|s| s.id)
        .collect();
    let used = schedule::Entity::find()
        .filter(schedule::Column::SiteId.is_in(site_ids))
        .count(&txn)
        .await?;
    if used > 0 {
        return Err(AppError::Conflict(format!(
            "{used} schedule(s) use sites of this server; delete or move them first"
        )));
    }
    tableau_server::Entity::delete_by_id(id).exec(&txn).await?;
    txn.commit().await?;
    Ok(())
}

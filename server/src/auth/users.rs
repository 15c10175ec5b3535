//! Users and API tokens as stored records: creating, signing in, resolving
//! a bearer credential to a principal.

use std::net::IpAddr;

use chrono::Utc;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, Set,
};

use super::{Principal, Role, password, session, token};
use crate::db::entity::{api_token, user};
use crate::error::{AppError, AppResult};
use crate::recipient::EmailAddress;
use crate::state::AppState;

pub struct NewUser {
    pub email: String,
    pub name: String,
    pub role: Role,
    pub password: String,
}

pub async fn count(db: &impl ConnectionTrait) -> AppResult<u64> {
    Ok(user::Entity::find().count(db).await?)
}

pub async fn create(db: &impl ConnectionTrait, new: NewUser) -> AppResult<user::Model> {
    let email = EmailAddress::parse(&new.email).map_err(|r| AppError::invalid("email", r))?;
    let name = new.name.trim().to_string();
    if name.is_empty() {
        return Err(AppError::invalid("name", "must not be empty"));
    }
    password::check_strength(&new.password).map_err(|r| AppError::invalid("password", r))?;
    let email = email.as_str().to_lowercase();
    if find_by_email(db, &email).await?.is_some() {
        return Err(AppError::Conflict(format!(
            "a user with email {email} already exists"
        )));
    }
    let now = Utc::now();
    let model = user::ActiveModel {
        email: Set(email),
        name: Set(name),
        role: Set(new.role.as_str().into()),
        password_hash: Set(password::hash_async(new.password.clone()).await?),
        disabled: Set(false),
        last_login_at: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    };
    Ok(model.insert(db).await?)
}

pub async fn find_by_email(
    db: &impl ConnectionTrait,
    email: &str,
) -> AppResult<Option<user::Model>> {
    Ok(user::Entity::find()
        .filter(user::Column::Email.eq(email.trim().to_lowercase()))
        .one(db)
        .await?)
}

pub fn role_of(model: &user::Model) -> Role {
    // An unreadable role (edited by hand in the database) gets the least rights.
    Role::parse(&model.role).unwrap_or(Role::Viewer)
}

/// Signs a user in. The same message answers an unknown email, a wrong
/// password and a disabled account, so the answer reveals nothing.
pub async fn login(
    state: &AppState,
    email: &str,
    password_text: &str,
    addr: Option<IpAddr>,
) -> AppResult<(String, chrono::DateTime<Utc>, user::Model)> {
    let now = state.clock.now();
    if let Some(wait) = state
        .limiter
        .blocked_for(&state.db, now, email, addr)
        .await?
    {
        return Err(AppError::RateLimited(format!(
            "too many failed sign-ins; try again in {wait} seconds"
        )));
    }
    let found = find_by_email(&state.db, email).await?;
    let hash = found
        .as_ref()
        .map_or(password::dummy_hash(), |u| u.password_hash.as_str());
    let ok = password::verify_async(password_text.to_string(), hash.to_string()).await;
    let Some(found) = found.filter(|u| ok && !u.disabled) else {
        state
            .limiter
            .record_failure(&state.db, now, email, addr)
            .await?;
        tracing::info!(email_domain = email.rsplit('@').next(), "sign-in refused");
        return Err(AppError::Unauthenticated("wrong email or password".into()));
    };
    state.limiter.record_success(&state.db, email).await?;
    let (token, expires) = session::issue(state.keys.jwt_key(), found.id)?;
    let mut active: user::ActiveModel = found.into();
    active.last_login_at = Set(Some(Utc::now()));
    let found = active.update(&state.db).await?;
    tracing::info!(user_id = found.id, "signed in");
    Ok((token, expires, found))
}

/// Turns an `Authorization: Bearer …` value into a principal. `Ok(None)`
/// means no credential was sent; a credential that does not check out is an
/// error, so a script with a revoked token learns it at once.
pub async fn resolve_bearer(
    state: &AppState,
    header: Option<&str>,
) -> AppResult<Option<Principal>> {
    let Some(value) = header else { return Ok(None) };
    let credential = value.strip_prefix("Bearer ").unwrap_or(value).trim();
    if credential.is_empty() {
        return Ok(None);
    }
    let invalid =
        || AppError::Unauthenticated("the bearer token is invalid, expired or revoked".into());
    if credential.starts_with(token::PREFIX) {
        let found = api_token::Entity::find()
            .filter(api_token::Column::TokenHash.eq(token::hash(credential)))
            .one(&state.db)
            .await?
            .filter(|t| t.revoked_at.is_none())
            .ok_or_else(invalid)?;
        let owner = user::Entity::find_by_id(found.user_id)
            .one(&state.db)
            .await?
            .filter(|u| !u.disabled)
            .ok_or_else(invalid)?;
        let scopes = scopes_of(&found);
        api_token::Entity::update_many()
            .col_expr(
                api_token::Column::LastUsedAt,
                sea_orm::sea_query::Expr::value(Utc::now()),
            )
            .filter(api_token::Column::Id.eq(found.id))
            .exec(&state.db)
            .await?;
        return Ok(Some(Principal::Token {
            id: found.id,
            user_id: owner.id,
            email: owner.email.clone(),
            role: role_of(&owner),
            scopes,
        }));
    }
    let user_id = session::verify(state.keys.jwt_key(), credential).ok_or_else(invalid)?;
    let found = user::Entity::find_by_id(user_id)
        .one(&state.db)
        .await?
        .filter(|u| !u.disabled)
        .ok_or_else(invalid)?;
    Ok(Some(Principal::User {
        id: found.id,
        email: found.email.clone(),
        role: role_of(&found),
    }))
}

pub fn scopes_of(model: &api_token::Model) -> Vec<token::Scope> {
    model
        .scopes
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|s| s.as_str().and_then(token::Scope::parse))
                .collect()
        })
        .unwrap_or_default()
}

/// Creates the first admin from settings when the database has no user.
pub async fn ensure_first_admin(state: &AppState) -> anyhow::Result<()> {
    let (Some(email), Some(pass)) = (&state.settings.admin_email, &state.settings.admin_password)
    else {
        return Ok(());
    };
    if count(&state.db).await.map_err(anyhow_of)? > 0 {
        return Ok(());
    }
    let new = NewUser {
        email: email.clone(),
        name: "Administrator".into(),
        role: Role::Admin,
        password: pass.expose().clone(),
    };
    let created = create(&state.db, new).await.map_err(|e| match e {
        AppError::Validation { field, reason } => {
            anyhow::anyhow!(
                "invalid setting VIZPOST_ADMIN_{}: {reason}",
                field.to_uppercase()
            )
        }
        other => anyhow_of(other),
    })?;
    tracing::info!(
        user_id = created.id,
        "created the first admin from VIZPOST_ADMIN_EMAIL"
    );
    Ok(())
}

fn anyhow_of(e: AppError) -> anyhow::Error {
    match e {
        AppError::Internal(inner) => inner,
        other => anyhow::anyhow!(other.to_string()),
    }
}

//! Signing in, users and API tokens.

use async_graphql::{Context, Enum, ID, InputObject, Object, SimpleObject};
use chrono::{DateTime, Utc};
use sea_orm::{ActiveModelTrait, EntityTrait, QueryFilter, QueryOrder, Set};

use super::error::{GqlResult, ResultExt, id_of, require, state, to_gql};
use super::page::{Page, PageInput, fetch, name_contains};
use crate::auth::{self, Permission, Role as DomainRole, token::Scope, users};
use crate::db::entity::{api_token, user};
use crate::error::AppError;

/// What a user may do: viewers read, editors manage schedules, admins everything.
#[derive(Enum, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Viewer,
    Editor,
    Admin,
}

impl From<DomainRole> for Role {
    fn from(r: DomainRole) -> Self {
        match r {
            DomainRole::Viewer => Role::Viewer,
            DomainRole::Editor => Role::Editor,
            DomainRole::Admin => Role::Admin,
        }
    }
}

impl From<Role> for DomainRole {
    fn from(r: Role) -> Self {
        match r {
            Role::Viewer => DomainRole::Viewer,
            Role::Editor => DomainRole::Editor,
            Role::Admin => DomainRole::Admin,
        }
    }
}

/// A person who can sign in to Vizpost.
pub struct User(pub user::Model);

#[Object]
impl User {
    async fn id(&self) -> ID {
        self.0.id.into()
    }
    async fn email(&self) -> &str {
        &self.0.email
    }
    async fn name(&self) -> &str {
        &self.0.name
    }
    async fn role(&self) -> Role {
        users::role_of(&self.0).into()
    }
    /// Disabled users cannot sign in, and their API tokens stop working.
    async fn disabled(&self) -> bool {
        self.0.disabled
    }
    async fn last_login_at(&self) -> Option<DateTime<Utc>> {
        self.0.last_login_at
    }
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
}

/// A token for scripts. Its secret is shown once, when it is created.
pub struct ApiToken(pub api_token::Model);

#[Object]
impl ApiToken {
    async fn id(&self) -> ID {
        self.0.id.into()
    }
    async fn name(&self) -> &str {
        &self.0.name
    }
    /// The first characters of the token, to recognise it.
    async fn prefix(&self) -> &str {
        &self.0.prefix
    }
    /// Scopes such as `read`, `schedules:write`, `triggers:fire`, `admin`.
    async fn scopes(&self) -> Vec<String> {
        users::scopes_of(&self.0)
            .iter()
            .map(|s| s.as_str().to_string())
            .collect()
    }
    async fn owner_id(&self) -> ID {
        self.0.user_id.into()
    }
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
    async fn last_used_at(&self) -> Option<DateTime<Utc>> {
        self.0.last_used_at
    }
    async fn revoked_at(&self) -> Option<DateTime<Utc>> {
        self.0.revoked_at
    }
}

/// A successful sign-in.
#[derive(SimpleObject)]
pub struct LoginResult {
    /// Send as `Authorization: Bearer <token>`.
    pub token: String,
    pub expires_at: DateTime<Utc>,
    pub user: User,
}

/// A new API token with its secret, which is never shown again.
#[derive(SimpleObject)]
pub struct CreatedApiToken {
    pub token: String,
    pub api_token: ApiToken,
}

#[derive(InputObject)]
pub struct CreateUserInput {
    pub email: String,
    pub name: String,
    pub role: Role,
    /// At least 10 characters.
    pub password: String,
}

#[derive(InputObject)]
pub struct UpdateUserInput {
    pub name: Option<String>,
    pub role: Option<Role>,
    pub disabled: Option<bool>,
    /// A new password, at least 10 characters.
    pub password: Option<String>,
}

#[derive(InputObject)]
pub struct CreateApiTokenInput {
    pub name: String,
    /// Any of `read`, `schedules:write`, `triggers:fire`, `admin`.
    pub scopes: Vec<String>,
}

#[derive(Default)]
pub struct AuthQuery;

#[Object]
impl AuthQuery {
    /// True until the first admin exists; the console then asks for one.
    async fn needs_setup(&self, ctx: &Context<'_>) -> GqlResult<bool> {
        Ok(users::count(&state(ctx).db).await.gql()? == 0)
    }

    /// The signed-in user.
    async fn me(&self, ctx: &Context<'_>) -> GqlResult<User> {
        let p = require(ctx, Permission::Read)?;
        let found = user::Entity::find_by_id(p.user_id())
            .one(&state(ctx).db)
            .await
            .map_err(|e| to_gql(e.into()))?;
        found.map(User).ok_or_else(|| {
            to_gql(AppError::Unauthenticated(
                "the user no longer exists".into(),
            ))
        })
    }

    /// Users, by email. Admins only.
    async fn users(
        &self,
        ctx: &Context<'_>,
        search: Option<String>,
        page: Option<PageInput>,
    ) -> GqlResult<Page<User>> {
        require(ctx, Permission::ManageUsers)?;
        let mut q = user::Entity::find().order_by_asc(user::Column::Email);
        if let Some(s) = search.filter(|s| !s.is_empty()) {
            q = q.filter(name_contains(user::Column::Email, &s));
        }
        fetch(&state(ctx).db, q, page, User).await
    }

    /// API tokens, newest first. Admins only.
    async fn api_tokens(
        &self,
        ctx: &Context<'_>,
        page: Option<PageInput>,
    ) -> GqlResult<Page<ApiToken>> {
        require(ctx, Permission::ManageUsers)?;
        let q = api_token::Entity::find().order_by_desc(api_token::Column::Id);
        fetch(&state(ctx).db, q, page, ApiToken).await
    }
}

#[derive(Default)]
pub struct AuthMutation;

#[Object]
impl AuthMutation {
    /// Signs in. Failed attempts are limited per account and per address.
    async fn login(
        &self,
        ctx: &Context<'_>,
        email: String,
        password: String,
    ) -> GqlResult<LoginResult> {
        let addr = ctx.data_opt::<ClientAddr>().and_then(|a| a.0);
        let (token, expires_at, found) = users::login(state(ctx), &email, &password, addr)
            .await
            .gql()?;
        Ok(LoginResult {
            token,
            expires_at,
            user: User(found),
        })
    }

    /// Creates the first admin; refused once any user exists.
    async fn setup_first_admin(
        &self,
        ctx: &Context<'_>,
        input: CreateUserInput,
    ) -> GqlResult<LoginResult> {
        let st = state(ctx);
        // The count and the insert are not one transaction; the unique email
        // index and this check together bound the race to identical requests.
        if users::count(&st.db).await.gql()? > 0 {
            return Err(to_gql(AppError::Forbidden(
                "Vizpost is already set up; sign in instead".into(),
            )));
        }
        let password = input.password.clone();
        let new = users::NewUser {
            email: input.email,
            name: input.name,
            role: DomainRole::Admin,
            password: input.password,
        };
        let created = users::create(&st.db, new).await.gql_at("input")?;
        let addr = ctx.data_opt::<ClientAddr>().and_then(|a| a.0);
        let (token, expires_at, found) = users::login(st, &created.email, &password, addr)
            .await
            .gql()?;
        Ok(LoginResult {
            token,
            expires_at,
            user: User(found),
        })
    }

    async fn create_user(&self, ctx: &Context<'_>, input: CreateUserInput) -> GqlResult<User> {
        require(ctx, Permission::ManageUsers)?;
        let new = users::NewUser {
            email: input.email,
            name: input.name,
            role: input.role.into(),
            password: input.password,
        };
        Ok(User(
            users::create(&state(ctx).db, new).await.gql_at("input")?,
        ))
    }

    /// Changes a user. An admin cannot demote or disable themselves, so
    /// there is always someone left who can manage users.
    async fn update_user(
        &self,
        ctx: &Context<'_>,
        id: ID,
        input: UpdateUserInput,
    ) -> GqlResult<User> {
        let me = require(ctx, Permission::ManageUsers)?;
        let id = id_of(&id, "id")?;
        let st = state(ctx);
        let found = user::Entity::find_by_id(id)
            .one(&st.db)
            .await
            .map_err(|e| to_gql(e.into()))?
            .ok_or_else(|| to_gql(AppError::not_found("user", id)))?;
        if id == me.user_id()
            && (input.disabled == Some(true) || input.role.is_some_and(|r| r != Role::Admin))
        {
            return Err(to_gql(AppError::invalid(
                "input.role",
                "you cannot demote or disable yourself",
            )));
        }
        let mut active: user::ActiveModel = found.into();
        if let Some(name) = input.name {
            if name.trim().is_empty() {
                return Err(to_gql(AppError::invalid("input.name", "must not be empty")));
            }
            active.name = Set(name.trim().to_string());
        }
        if let Some(role) = input.role {
            active.role = Set(DomainRole::from(role).as_str().to_string());
        }
        if let Some(disabled) = input.disabled {
            active.disabled = Set(disabled);
        }
        if let Some(password) = input.password {
            auth::password::check_strength(&password)
                .map_err(|r| to_gql(AppError::invalid("input.password", r)))?;
            active.password_hash = Set(auth::password::hash_async(password).await.gql()?);
        }
        active.updated_at = Set(Utc::now());
        Ok(User(
            active.update(&st.db).await.map_err(|e| to_gql(e.into()))?,
        ))
    }

    async fn delete_user(&self, ctx: &Context<'_>, id: ID) -> GqlResult<bool> {
        let me = require(ctx, Permission::ManageUsers)?;
        let id = id_of(&id, "id")?;
        if id == me.user_id() {
            return Err(to_gql(AppError::invalid(
                "id",
                "you cannot delete yourself",
            )));
        }
        let res = user::Entity::delete_by_id(id)
            .exec(&state(ctx).db)
            .await
            .map_err(|e| to_gql(e.into()))?;
        if res.rows_affected == 0 {
            return Err(to_gql(AppError::not_found("user", id)));
        }
        Ok(true)
    }

    /// Creates a token acting for the caller, limited to `scopes`.
    async fn create_api_token(
        &self,
        ctx: &Context<'_>,
        input: CreateApiTokenInput,
    ) -> GqlResult<CreatedApiToken> {
        let me = require(ctx, Permission::ManageUsers)?;
        if input.name.trim().is_empty() {
            return Err(to_gql(AppError::invalid("input.name", "must not be empty")));
        }
        if input.scopes.is_empty() {
            return Err(to_gql(AppError::invalid(
                "input.scopes",
                "choose at least one scope",
            )));
        }
        let mut scopes = Vec::new();
        for (i, s) in input.scopes.iter().enumerate() {
            let scope = Scope::parse(s).ok_or_else(|| {
                let known: Vec<&str> = Scope::ALL.iter().map(|s| s.as_str()).collect();
                to_gql(AppError::invalid(
                    format!("input.scopes.{i}"),
                    format!("'{s}' is not a scope; known: {}", known.join(", ")),
                ))
            })?;
            scopes.push(scope.as_str());
        }
        let secret = auth::token::generate();
        let saved = api_token::ActiveModel {
            user_id: Set(me.user_id()),
            name: Set(input.name.trim().to_string()),
            token_hash: Set(auth::token::hash(&secret)),
            prefix: Set(secret.chars().take(10).collect()),
            scopes: Set(serde_json::json!(scopes)),
            created_at: Set(Utc::now()),
            last_used_at: Set(None),
            revoked_at: Set(None),
            ..Default::default()
        }
        .insert(&state(ctx).db)
        .await
        .map_err(|e| to_gql(e.into()))?;
        tracing::info!(
            token_id = saved.id,
            user_id = me.user_id(),
            "API token created"
        );
        Ok(CreatedApiToken {
            token: secret,
            api_token: ApiToken(saved),
        })
    }

    /// Revokes a token at once; requests carrying it are refused from now on.
    async fn revoke_api_token(&self, ctx: &Context<'_>, id: ID) -> GqlResult<ApiToken> {
        require(ctx, Permission::ManageUsers)?;
        let id = id_of(&id, "id")?;
        let db = &state(ctx).db;
        let found = api_token::Entity::find_by_id(id)
            .one(db)
            .await
            .map_err(|e| to_gql(e.into()))?
            .ok_or_else(|| to_gql(AppError::not_found("API token", id)))?;
        let mut active: api_token::ActiveModel = found.into();
        active.revoked_at = Set(Some(Utc::now()));
        Ok(ApiToken(
            active.update(db).await.map_err(|e| to_gql(e.into()))?,
        ))
    }
}

/// The client's address, for rate limiting sign-ins.
#[derive(Clone, Copy)]
pub struct ClientAddr(pub Option<std::net::IpAddr>);

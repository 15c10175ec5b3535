//! Tableau servers and sites. Credentials go in, never come out.

use async_graphql::{
    Context, ID, InputObject, Object, OneofObject, SimpleObject, dataloader::DataLoader,
};
use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};

use super::error::{GqlResult, ResultExt, id_of, require, state, to_gql};
use super::loaders::{Db, ServerId};
use super::page::{Page, PageInput, fetch, name_contains};
use crate::auth::Permission;
use crate::connection::{self, Credentials, PublicAuth};
use crate::db::entity::{site, tableau_server};
use crate::error::AppError;
use crate::secret::Sensitive;

/// How Vizpost signs in, without the secret.
#[derive(SimpleObject)]
pub struct TableauAuth {
    /// `PERSONAL_ACCESS_TOKEN` or `CONNECTED_APP`.
    pub kind: String,
    pub token_name: Option<String>,
    pub client_id: Option<String>,
    pub secret_id: Option<String>,
    pub username: Option<String>,
    pub scopes: Vec<String>,
    /// Always true: a secret is stored. It is never returned.
    pub has_secret: bool,
}

impl From<PublicAuth> for TableauAuth {
    fn from(p: PublicAuth) -> Self {
        Self {
            kind: p.kind,
            token_name: p.token_name,
            client_id: p.client_id,
            secret_id: p.secret_id,
            username: p.username,
            scopes: p.scopes,
            has_secret: true,
        }
    }
}

/// A Tableau Server or Tableau Cloud pod.
pub struct TableauServer(pub tableau_server::Model);

#[Object]
impl TableauServer {
    async fn id(&self) -> ID {
        self.0.id.into()
    }
    async fn name(&self) -> &str {
        &self.0.name
    }
    /// Such as https://tableau.example.com or https://prod-uk-a.online.tableau.com.
    async fn base_url(&self) -> &str {
        &self.0.base_url
    }
    /// REST API version, such as 3.24.
    async fn api_version(&self) -> &str {
        &self.0.api_version
    }
    async fn auth(&self) -> TableauAuth {
        connection::credentials_public(&self.0.auth_public).into()
    }
    async fn sites(&self, ctx: &Context<'_>) -> GqlResult<Vec<Site>> {
        let rows = site::Entity::find()
            .filter(site::Column::ServerId.eq(self.0.id))
            .order_by_asc(site::Column::Name)
            .all(&state(ctx).db)
            .await
            .map_err(|e| to_gql(e.into()))?;
        Ok(rows.into_iter().map(Site).collect())
    }
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
}

/// A site on a Tableau server.
pub struct Site(pub site::Model);

#[Object]
impl Site {
    async fn id(&self) -> ID {
        self.0.id.into()
    }
    async fn name(&self) -> &str {
        &self.0.name
    }
    /// The site's URL name; empty for the default site.
    async fn content_url(&self) -> &str {
        &self.0.content_url
    }
    async fn site_luid(&self) -> &str {
        &self.0.site_luid
    }
    /// Recipients must have one of these domains; empty allows any.
    async fn allowed_domains(&self) -> Vec<String> {
        connection::allowed_domains(&self.0)
    }
    /// The site's own credentials, if it does not use the server's.
    async fn auth(&self) -> Option<TableauAuth> {
        self.0
            .auth_public
            .as_ref()
            .map(|p| connection::credentials_public(p).into())
    }
    /// Where Tableau posts this site's events, secret included. Admins only.
    async fn webhook_url(&self, ctx: &Context<'_>) -> GqlResult<String> {
        super::webhook::site_webhook_url(ctx, &self.0).await
    }
    /// The key for signing custom triggers (Standard Webhooks format). Admins only.
    async fn webhook_signing_secret(&self, ctx: &Context<'_>) -> GqlResult<String> {
        super::webhook::site_signing_secret(ctx, &self.0).await
    }
    async fn server(&self, ctx: &Context<'_>) -> GqlResult<TableauServer> {
        let loader = ctx.data_unchecked::<DataLoader<Db>>();
        let found = loader
            .load_one(ServerId(self.0.server_id))
            .await
            .map_err(super::error::loader_err)?;
        found
            .map(TableauServer)
            .ok_or_else(|| to_gql(AppError::not_found("Tableau server", self.0.server_id)))
    }
}

#[derive(InputObject)]
pub struct PersonalAccessTokenInput {
    pub name: String,
    pub secret: String,
}

#[derive(InputObject)]
pub struct ConnectedAppInput {
    pub client_id: String,
    pub secret_id: String,
    pub secret_value: String,
    /// The Tableau user Vizpost acts as.
    pub username: String,
    /// JWT scopes; empty means those Vizpost needs.
    #[graphql(default)]
    pub scopes: Vec<String>,
}

/// Exactly one way to sign in.
#[derive(OneofObject)]
pub enum TableauAuthInput {
    PersonalAccessToken(PersonalAccessTokenInput),
    ConnectedApp(ConnectedAppInput),
}

impl From<TableauAuthInput> for Credentials {
    fn from(a: TableauAuthInput) -> Self {
        match a {
            TableauAuthInput::PersonalAccessToken(p) => Credentials::PersonalAccessToken {
                name: p.name,
                secret: Sensitive(p.secret),
            },
            TableauAuthInput::ConnectedApp(c) => Credentials::ConnectedApp {
                client_id: c.client_id,
                secret_id: c.secret_id,
                secret_value: Sensitive(c.secret_value),
                username: c.username,
                scopes: c.scopes,
            },
        }
    }
}

#[derive(InputObject)]
pub struct TableauServerInput {
    pub name: String,
    pub base_url: String,
    #[graphql(default = "3.24")]
    pub api_version: String,
    /// Required on create; omit on update to keep the stored credentials.
    pub auth: Option<TableauAuthInput>,
}

#[derive(InputObject)]
pub struct SiteInput {
    pub server_id: ID,
    pub name: String,
    /// Empty for the default site.
    #[graphql(default)]
    pub content_url: String,
    pub site_luid: String,
    #[graphql(default)]
    pub allowed_domains: Vec<String>,
    /// The site's own token; omit to use the server's (or keep the stored one).
    pub auth: Option<TableauAuthInput>,
    /// On update: drop the site's own credentials and use the server's.
    #[graphql(default)]
    pub use_server_auth: bool,
}

fn site_input(input: SiteInput) -> GqlResult<connection::SiteInput> {
    Ok(connection::SiteInput {
        server_id: id_of(&input.server_id, "input.serverId")?,
        name: input.name,
        content_url: input.content_url,
        site_luid: input.site_luid,
        allowed_domains: input.allowed_domains,
        credentials: input.auth.map(Into::into),
        clear_credentials: input.use_server_auth,
    })
}

fn server_input(input: TableauServerInput) -> connection::ServerInput {
    connection::ServerInput {
        name: input.name,
        base_url: input.base_url,
        api_version: input.api_version,
        credentials: input.auth.map(Into::into),
    }
}

#[derive(Default)]
pub struct ConnectionQuery;

#[Object]
impl ConnectionQuery {
    async fn tableau_servers(
        &self,
        ctx: &Context<'_>,
        search: Option<String>,
        page: Option<PageInput>,
    ) -> GqlResult<Page<TableauServer>> {
        require(ctx, Permission::Read)?;
        let mut q = tableau_server::Entity::find().order_by_asc(tableau_server::Column::Name);
        if let Some(s) = search.filter(|s| !s.is_empty()) {
            q = q.filter(name_contains(tableau_server::Column::Name, &s));
        }
        fetch(&state(ctx).db, q, page, TableauServer).await
    }

    async fn tableau_server(&self, ctx: &Context<'_>, id: ID) -> GqlResult<TableauServer> {
        require(ctx, Permission::Read)?;
        let id = id_of(&id, "id")?;
        let found = tableau_server::Entity::find_by_id(id)
            .one(&state(ctx).db)
            .await
            .map_err(|e| to_gql(e.into()))?;
        found
            .map(TableauServer)
            .ok_or_else(|| to_gql(AppError::not_found("Tableau server", id)))
    }

    async fn sites(
        &self,
        ctx: &Context<'_>,
        server_id: Option<ID>,
        search: Option<String>,
        page: Option<PageInput>,
    ) -> GqlResult<Page<Site>> {
        require(ctx, Permission::Read)?;
        let mut q = site::Entity::find().order_by_asc(site::Column::Name);
        if let Some(id) = server_id {
            q = q.filter(site::Column::ServerId.eq(id_of(&id, "serverId")?));
        }
        if let Some(s) = search.filter(|s| !s.is_empty()) {
            q = q.filter(name_contains(site::Column::Name, &s));
        }
        fetch(&state(ctx).db, q, page, Site).await
    }

    async fn site(&self, ctx: &Context<'_>, id: ID) -> GqlResult<Site> {
        require(ctx, Permission::Read)?;
        let id = id_of(&id, "id")?;
        let found = site::Entity::find_by_id(id)
            .one(&state(ctx).db)
            .await
            .map_err(|e| to_gql(e.into()))?;
        found
            .map(Site)
            .ok_or_else(|| to_gql(AppError::not_found("site", id)))
    }
}

#[derive(Default)]
pub struct ConnectionMutation;

#[Object]
impl ConnectionMutation {
    async fn create_tableau_server(
        &self,
        ctx: &Context<'_>,
        input: TableauServerInput,
    ) -> GqlResult<TableauServer> {
        require(ctx, Permission::ManageConnections)?;
        Ok(TableauServer(
            connection::create_server(state(ctx), server_input(input))
                .await
                .gql_at("input")?,
        ))
    }

    async fn update_tableau_server(
        &self,
        ctx: &Context<'_>,
        id: ID,
        input: TableauServerInput,
    ) -> GqlResult<TableauServer> {
        require(ctx, Permission::ManageConnections)?;
        let id = id_of(&id, "id")?;
        Ok(TableauServer(
            connection::update_server(state(ctx), id, server_input(input))
                .await
                .gql_at("input")?,
        ))
    }

    /// Deletes a server and its sites; refused while schedules use them.
    async fn delete_tableau_server(&self, ctx: &Context<'_>, id: ID) -> GqlResult<bool> {
        require(ctx, Permission::ManageConnections)?;
        connection::delete_server(state(ctx), id_of(&id, "id")?)
            .await
            .gql()?;
        Ok(true)
    }

    async fn create_site(&self, ctx: &Context<'_>, input: SiteInput) -> GqlResult<Site> {
        require(ctx, Permission::ManageConnections)?;
        Ok(Site(
            connection::create_site(state(ctx), site_input(input)?)
                .await
                .gql_at("input")?,
        ))
    }

    async fn update_site(&self, ctx: &Context<'_>, id: ID, input: SiteInput) -> GqlResult<Site> {
        require(ctx, Permission::ManageConnections)?;
        let id = id_of(&id, "id")?;
        Ok(Site(
            connection::update_site(state(ctx), id, site_input(input)?)
                .await
                .gql_at("input")?,
        ))
    }

    async fn delete_site(&self, ctx: &Context<'_>, id: ID) -> GqlResult<bool> {
        require(ctx, Permission::ManageConnections)?;
        connection::delete_site(state(ctx), id_of(&id, "id")?)
            .await
            .gql()?;
        Ok(true)
    }
}

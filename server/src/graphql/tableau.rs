//! What is on a Tableau site, for pickers, and whether Vizpost can reach it.

use async_graphql::{Context, ID, Object, SimpleObject};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};

use super::error::{GqlResult, id_of, require, state, to_gql};
use crate::auth::Permission;
use crate::db::entity::{site, tableau_server};
use crate::error::AppError;
use crate::tableau::TableauClient;

/// A view on the site.
#[derive(SimpleObject)]
pub struct TableauView {
    pub id: String,
    pub name: String,
    pub content_url: String,
    pub workbook_id: String,
    pub workbook_name: String,
    pub project_name: String,
}

/// A workbook or a data source on the site.
#[derive(SimpleObject)]
pub struct TableauContent {
    pub id: String,
    pub name: String,
    pub project_name: String,
}

impl From<crate::tableau::View> for TableauView {
    fn from(v: crate::tableau::View) -> Self {
        TableauView {
            id: v.id,
            name: v.name,
            content_url: v.content_url,
            workbook_id: v.workbook_id,
            workbook_name: v.workbook_name,
            project_name: v.project_name,
        }
    }
}

impl From<crate::tableau::Workbook> for TableauContent {
    fn from(w: crate::tableau::Workbook) -> Self {
        TableauContent {
            id: w.id,
            name: w.name,
            project_name: w.project_name,
        }
    }
}

impl From<crate::tableau::Datasource> for TableauContent {
    fn from(d: crate::tableau::Datasource) -> Self {
        TableauContent {
            id: d.id,
            name: d.name,
            project_name: d.project_name,
        }
    }
}

/// The outcome of signing in to one site.
#[derive(SimpleObject)]
pub struct SiteCheck {
    pub site_id: Option<ID>,
    pub site_name: String,
    pub ok: bool,
    /// What worked, or what failed, in words.
    pub message: String,
}

#[derive(SimpleObject)]
pub struct ConnectionTest {
    /// True when every site could be reached and signed in to.
    pub ok: bool,
    pub sites: Vec<SiteCheck>,
}

async fn client(ctx: &Context<'_>, site_id: &ID) -> GqlResult<std::sync::Arc<TableauClient>> {
    let st = state(ctx);
    let id = id_of(site_id, "siteId")?;
    st.clients.for_site(st, id).await.map_err(|e| match e {
        AppError::NotFound { .. } => to_gql(AppError::invalid(
            "siteId",
            format!("site {id} does not exist"),
        )),
        other => to_gql(other),
    })
}

/// Tableau failures are expected outcomes here: shown to the user in words.
fn tableau_error(e: crate::tableau::TableauError) -> async_graphql::Error {
    use async_graphql::ErrorExtensions as _;
    async_graphql::Error::new(e.to_string()).extend_with(|_, x| x.set("code", "TABLEAU_ERROR"))
}

#[derive(Default)]
pub struct TableauQuery;

#[Object]
impl TableauQuery {
    /// Views on the site whose name or workbook contains `search`.
    async fn tableau_views(
        &self,
        ctx: &Context<'_>,
        site_id: ID,
        search: Option<String>,
    ) -> GqlResult<Vec<TableauView>> {
        require(ctx, Permission::Read)?;
        let views = client(ctx, &site_id)
            .await?
            .views(search.as_deref())
            .await
            .map_err(tableau_error)?;
        Ok(views.into_iter().map(Into::into).collect())
    }

    /// A view's preview image as a `data:image/png;base64,…` URL, for pickers.
    async fn tableau_view_thumbnail(
        &self,
        ctx: &Context<'_>,
        site_id: ID,
        workbook_id: String,
        view_id: String,
    ) -> GqlResult<String> {
        use base64::Engine as _;
        require(ctx, Permission::Read)?;
        let bytes = client(ctx, &site_id)
            .await?
            .view_preview(&workbook_id, &view_id)
            .await
            .map_err(tableau_error)?;
        Ok(format!(
            "data:image/png;base64,{}",
            base64::engine::general_purpose::STANDARD.encode(bytes)
        ))
    }

    async fn tableau_workbooks(
        &self,
        ctx: &Context<'_>,
        site_id: ID,
        search: Option<String>,
    ) -> GqlResult<Vec<TableauContent>> {
        require(ctx, Permission::Read)?;
        let items = client(ctx, &site_id)
            .await?
            .workbooks(search.as_deref())
            .await
            .map_err(tableau_error)?;
        Ok(items.into_iter().map(Into::into).collect())
    }

    async fn tableau_data_sources(
        &self,
        ctx: &Context<'_>,
        site_id: ID,
        search: Option<String>,
    ) -> GqlResult<Vec<TableauContent>> {
        require(ctx, Permission::Read)?;
        let items = client(ctx, &site_id)
            .await?
            .datasources(search.as_deref())
            .await
            .map_err(tableau_error)?;
        Ok(items.into_iter().map(Into::into).collect())
    }
}

#[derive(Default)]
pub struct TableauMutation;

#[Object]
impl TableauMutation {
    /// Signs in to each site of the server and reports, per site, what
    /// worked or what failed (address, TLS, credentials, site).
    async fn test_tableau_connection(
        &self,
        ctx: &Context<'_>,
        server_id: ID,
    ) -> GqlResult<ConnectionTest> {
        require(ctx, Permission::ManageConnections)?;
        let st = state(ctx);
        let id = id_of(&server_id, "serverId")?;
        let server = tableau_server::Entity::find_by_id(id)
            .one(&st.db)
            .await
            .map_err(|e| to_gql(e.into()))?
            .ok_or_else(|| to_gql(AppError::not_found("Tableau server", id)))?;
        let sites = site::Entity::find()
            .filter(site::Column::ServerId.eq(id))
            .order_by_asc(site::Column::Name)
            .all(&st.db)
            .await
            .map_err(|e| to_gql(e.into()))?;
        if sites.is_empty() {
            return Ok(ConnectionTest {
                ok: false,
                sites: vec![SiteCheck {
                    site_id: None,
                    site_name: String::new(),
                    ok: false,
                    message: "the server has no site yet; add one to test signing in".into(),
                }],
            });
        }
        let mut checks = Vec::new();
        for s in sites {
            let (ok, message) = match st.clients.for_rows(st, &s, &server) {
                Err(e) => (false, e.to_string()),
                Ok(c) => match c.check().await {
                    Ok(session) if session.site_id != s.site_luid => (
                        false,
                        format!(
                            "signed in, but site '{}' has LUID {}, not the {} stored here; correct the site's LUID",
                            s.content_url, session.site_id, s.site_luid
                        ),
                    ),
                    Ok(_) => (
                        true,
                        format!(
                            "signed in to {} (site '{}')",
                            server.base_url, s.content_url
                        ),
                    ),
                    Err(e) => (false, e.to_string()),
                },
            };
            let check = SiteCheck {
                site_id: Some(s.id.into()),
                site_name: s.name.clone(),
                ok,
                message,
            };
            tracing::info!(
                server_id = id,
                site_id = s.id,
                ok = check.ok,
                "Tableau connection tested"
            );
            checks.push(check);
        }
        Ok(ConnectionTest {
            ok: checks.iter().all(|c| c.ok),
            sites: checks,
        })
    }
}

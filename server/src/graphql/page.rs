//! One pagination style for every list: offset and limit in, a page with
//! the items and the total count out.

use async_graphql::{Enum, InputObject, OutputType, SimpleObject};

use super::error::GqlResult;
use crate::error::AppError;

pub const MAX_LIMIT: u64 = 200;

/// Which slice of a list to return.
#[derive(InputObject, Clone, Copy, Debug)]
pub struct PageInput {
    /// Items to skip.
    #[graphql(default = 0)]
    pub offset: i32,
    /// Items to return, at most 200.
    #[graphql(default = 50)]
    pub limit: i32,
}

impl PageInput {
    pub fn checked(page: Option<PageInput>) -> GqlResult<(u64, u64)> {
        let page = page.unwrap_or(PageInput {
            offset: 0,
            limit: 50,
        });
        if page.offset < 0 {
            return Err(super::error::to_gql(AppError::invalid(
                "page.offset",
                "must not be negative",
            )));
        }
        if page.limit < 1 || page.limit as u64 > MAX_LIMIT {
            return Err(super::error::to_gql(AppError::invalid(
                "page.limit",
                format!("must be between 1 and {MAX_LIMIT}"),
            )));
        }
        Ok((page.offset as u64, page.limit as u64))
    }
}

#[derive(Enum, Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum SortDirection {
    #[default]
    Asc,
    Desc,
}

impl SortDirection {
    pub fn order(self) -> sea_orm::Order {
        match self {
            SortDirection::Asc => sea_orm::Order::Asc,
            SortDirection::Desc => sea_orm::Order::Desc,
        }
    }
}

/// A slice of a list.
#[derive(SimpleObject)]
#[graphql(concrete(name = "SchedulePage", params(super::schedule::Schedule)))]
#[graphql(concrete(name = "TableauServerPage", params(super::connection::TableauServer)))]
#[graphql(concrete(name = "SitePage", params(super::connection::Site)))]
#[graphql(concrete(name = "TaskPage", params(super::task::Task)))]
#[graphql(concrete(name = "MailingListPage", params(super::list::MailingList)))]
#[graphql(concrete(name = "MemberPage", params(super::list::Member)))]
#[graphql(concrete(name = "TriggerPage", params(super::trigger::Trigger)))]
#[graphql(concrete(name = "RunPage", params(super::run::Run)))]
#[graphql(concrete(name = "DeliveryPage", params(super::run::Delivery)))]
#[graphql(concrete(name = "UserPage", params(super::auth::User)))]
#[graphql(concrete(name = "ApiTokenPage", params(super::auth::ApiToken)))]
#[graphql(concrete(name = "WebhookEventPage", params(super::webhook::WebhookEvent)))]
pub struct Page<T: OutputType> {
    /// The items of this page.
    pub items: Vec<T>,
    /// How many items match, over all pages.
    pub total_count: i64,
    pub offset: i32,
    pub limit: i32,
    /// Whether items follow this page.
    pub has_more: bool,
}

impl<T: OutputType> Page<T> {
    pub fn new(items: Vec<T>, total: u64, offset: u64, limit: u64) -> Self {
        Self {
            has_more: offset + (items.len() as u64) < total,
            items,
            total_count: total as i64,
            offset: offset as i32,
            limit: limit as i32,
        }
    }
}

/// Runs a filtered, sorted select as a page: one query for the items and
/// one for the count.
pub async fn fetch<E, T>(
    db: &sea_orm::DatabaseConnection,
    select: sea_orm::Select<E>,
    page: Option<PageInput>,
    wrap: impl Fn(E::Model) -> T,
) -> GqlResult<Page<T>>
where
    E: sea_orm::EntityTrait,
    E::Model: Sync,
    T: OutputType,
{
    use sea_orm::{PaginatorTrait, QuerySelect};
    let (offset, limit) = PageInput::checked(page)?;
    let total = select
        .clone()
        .count(db)
        .await
        .map_err(|e| super::error::to_gql(e.into()))?;
    let rows = select
        .offset(offset)
        .limit(limit)
        .all(db)
        .await
        .map_err(|e| super::error::to_gql(e.into()))?;
    Ok(Page::new(
        rows.into_iter().map(wrap).collect(),
        total,
        offset,
        limit,
    ))
}

/// A case-insensitive "contains" condition on a text column, with the
/// caller's `%` and `_` taken literally.
pub fn name_contains<C: sea_orm::ColumnTrait>(
    column: C,
    search: &str,
) -> sea_orm::sea_query::SimpleExpr {
    use sea_orm::sea_query::{Expr, ExprTrait, Func, LikeExpr};
    let escaped = search
        .to_lowercase()
        .replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_");
    Expr::expr(Func::lower(Expr::col(column)))
        .like(LikeExpr::new(format!("%{escaped}%")).escape('\\'))
}

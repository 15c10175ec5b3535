//! Mailing lists, their members, and CSV import and export.

use std::collections::BTreeMap;

use async_graphql::{Context, Enum, ID, InputObject, Object, SimpleObject, dataloader::DataLoader};
use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};

use super::error::{GqlResult, ResultExt, id_of, loader_err, require, state, to_gql};
use super::loaders::{Db, MembersOf};
use super::page::{Page, PageInput, fetch, name_contains};
use super::task::Filter;
use crate::auth::Permission;
use crate::db::entity::{mailing_list, member};
use crate::error::AppError;
use crate::recipient as domain;

/// A named group of recipients.
pub struct MailingList(pub mailing_list::Model);

#[Object]
impl MailingList {
    async fn id(&self) -> ID {
        self.0.id.into()
    }
    async fn name(&self) -> &str {
        &self.0.name
    }
    async fn description(&self) -> &str {
        &self.0.description
    }
    async fn members(&self, ctx: &Context<'_>) -> GqlResult<Vec<Member>> {
        let loader = ctx.data_unchecked::<DataLoader<Db>>();
        let rows = loader
            .load_one(MembersOf(self.0.id))
            .await
            .map_err(loader_err)?
            .unwrap_or_default();
        Ok(rows.into_iter().map(Member).collect())
    }
    async fn member_count(&self, ctx: &Context<'_>) -> GqlResult<i32> {
        let loader = ctx.data_unchecked::<DataLoader<Db>>();
        Ok(loader
            .load_one(MembersOf(self.0.id))
            .await
            .map_err(loader_err)?
            .map_or(0, |m| m.len() as i32))
    }
    async fn updated_at(&self) -> DateTime<Utc> {
        self.0.updated_at
    }
}

/// A placeholder value of one member, used as `{{member.NAME}}`.
#[derive(SimpleObject, InputObject, Clone)]
#[graphql(input_name = "PlaceholderValueInput")]
pub struct PlaceholderValue {
    pub name: String,
    pub value: String,
}

/// One recipient on a list, with the filters that personalise their views.
pub struct Member(pub member::Model);

#[Object]
impl Member {
    async fn id(&self) -> ID {
        self.0.id.into()
    }
    async fn email(&self) -> &str {
        &self.0.email
    }
    async fn name(&self) -> &str {
        &self.0.name
    }
    /// Applied on top of the task's filters when exporting for this member.
    async fn filters(&self) -> Vec<Filter> {
        let map: BTreeMap<String, Vec<String>> =
            serde_json::from_value(self.0.filters.clone()).unwrap_or_default();
        map.into_iter()
            .map(|(field, values)| Filter { field, values })
            .collect()
    }
    async fn placeholders(&self) -> Vec<PlaceholderValue> {
        let map: BTreeMap<String, String> =
            serde_json::from_value(self.0.placeholders.clone()).unwrap_or_default();
        map.into_iter()
            .map(|(name, value)| PlaceholderValue { name, value })
            .collect()
    }
}

#[derive(InputObject)]
pub struct MailingListInput {
    pub name: String,
    #[graphql(default)]
    pub description: String,
}

#[derive(InputObject)]
pub struct MemberInput {
    pub email: String,
    #[graphql(default)]
    pub name: String,
    #[graphql(default)]
    pub filters: Vec<Filter>,
    #[graphql(default)]
    pub placeholders: Vec<PlaceholderValue>,
}

fn member_input(input: MemberInput) -> domain::MemberInput {
    domain::MemberInput {
        email: input.email,
        name: input.name,
        filters: input
            .filters
            .into_iter()
            .map(|f| (f.field.trim().to_string(), f.values))
            .collect(),
        placeholders: input
            .placeholders
            .into_iter()
            .map(|p| (p.name.trim().to_string(), p.value))
            .collect(),
    }
}

#[derive(Enum, Clone, Copy, PartialEq, Eq)]
pub enum ImportMode {
    /// Add new members and update those already on the list.
    Merge,
    /// Make the list exactly the file's valid rows.
    Replace,
}

/// A CSV row that was not imported.
#[derive(SimpleObject)]
pub struct RejectedRow {
    /// Line in the file; the header is line 1.
    pub line: i32,
    pub reason: String,
}

#[derive(SimpleObject)]
pub struct ImportResult {
    pub added: i32,
    pub updated: i32,
    pub removed: i32,
    pub rejected: Vec<RejectedRow>,
}

#[derive(Default)]
pub struct ListQuery;

#[Object]
impl ListQuery {
    async fn mailing_lists(
        &self,
        ctx: &Context<'_>,
        search: Option<String>,
        page: Option<PageInput>,
    ) -> GqlResult<Page<MailingList>> {
        require(ctx, Permission::Read)?;
        let mut q = mailing_list::Entity::find().order_by_asc(mailing_list::Column::Name);
        if let Some(s) = search.filter(|s| !s.is_empty()) {
            q = q.filter(name_contains(mailing_list::Column::Name, &s));
        }
        fetch(&state(ctx).db, q, page, MailingList).await
    }

    async fn mailing_list(&self, ctx: &Context<'_>, id: ID) -> GqlResult<MailingList> {
        require(ctx, Permission::Read)?;
        let id = id_of(&id, "id")?;
        let found = mailing_list::Entity::find_by_id(id)
            .one(&state(ctx).db)
            .await
            .map_err(|e| to_gql(e.into()))?;
        found
            .map(MailingList)
            .ok_or_else(|| to_gql(AppError::not_found("mailing list", id)))
    }

    /// A list's members, paged, optionally searched by email.
    async fn members(
        &self,
        ctx: &Context<'_>,
        list_id: ID,
        search: Option<String>,
        page: Option<PageInput>,
    ) -> GqlResult<Page<Member>> {
        require(ctx, Permission::Read)?;
        let mut q = member::Entity::find()
            .filter(member::Column::ListId.eq(id_of(&list_id, "listId")?))
            .order_by_asc(member::Column::Email);
        if let Some(s) = search.filter(|s| !s.is_empty()) {
            q = q.filter(name_contains(member::Column::Email, &s));
        }
        fetch(&state(ctx).db, q, page, Member).await
    }

    /// The list as CSV (`email;name;filter_X;placeholder_Y`).
    async fn mailing_list_csv(&self, ctx: &Context<'_>, id: ID) -> GqlResult<String> {
        require(ctx, Permission::Read)?;
        domain::export_csv(state(ctx), id_of(&id, "id")?)
            .await
            .gql()
    }
}

#[derive(Default)]
pub struct ListMutation;

#[Object]
impl ListMutation {
    async fn create_mailing_list(
        &self,
        ctx: &Context<'_>,
        input: MailingListInput,
    ) -> GqlResult<MailingList> {
        require(ctx, Permission::ManageSchedules)?;
        let input = domain::ListInput {
            name: input.name,
            description: input.description,
        };
        Ok(MailingList(
            domain::create_list(state(ctx), input)
                .await
                .gql_at("input")?,
        ))
    }

    async fn update_mailing_list(
        &self,
        ctx: &Context<'_>,
        id: ID,
        input: MailingListInput,
    ) -> GqlResult<MailingList> {
        require(ctx, Permission::ManageSchedules)?;
        let input = domain::ListInput {
            name: input.name,
            description: input.description,
        };
        Ok(MailingList(
            domain::update_list(state(ctx), id_of(&id, "id")?, input)
                .await
                .gql_at("input")?,
        ))
    }

    /// Refused while tasks send to the list.
    async fn delete_mailing_list(&self, ctx: &Context<'_>, id: ID) -> GqlResult<bool> {
        require(ctx, Permission::ManageSchedules)?;
        domain::delete_list(state(ctx), id_of(&id, "id")?)
            .await
            .gql()?;
        Ok(true)
    }

    async fn add_member(
        &self,
        ctx: &Context<'_>,
        list_id: ID,
        input: MemberInput,
    ) -> GqlResult<Member> {
        require(ctx, Permission::ManageSchedules)?;
        let list_id = id_of(&list_id, "listId")?;
        Ok(Member(
            domain::add_member(state(ctx), list_id, member_input(input))
                .await
                .gql_at("input")?,
        ))
    }

    async fn update_member(
        &self,
        ctx: &Context<'_>,
        id: ID,
        input: MemberInput,
    ) -> GqlResult<Member> {
        require(ctx, Permission::ManageSchedules)?;
        Ok(Member(
            domain::update_member(state(ctx), id_of(&id, "id")?, member_input(input))
                .await
                .gql_at("input")?,
        ))
    }

    async fn remove_member(&self, ctx: &Context<'_>, id: ID) -> GqlResult<bool> {
        require(ctx, Permission::ManageSchedules)?;
        domain::remove_member(state(ctx), id_of(&id, "id")?)
            .await
            .gql()?;
        Ok(true)
    }

    /// Imports members from CSV. Good rows are saved together; each bad row
    /// comes back with its line number and the reason.
    async fn import_mailing_list_csv(
        &self,
        ctx: &Context<'_>,
        list_id: ID,
        csv: String,
        #[graphql(desc = "MERGE when left out")] mode: Option<ImportMode>,
    ) -> GqlResult<ImportResult> {
        require(ctx, Permission::ManageSchedules)?;
        let mode = match mode.unwrap_or(ImportMode::Merge) {
            ImportMode::Merge => domain::ImportMode::Merge,
            ImportMode::Replace => domain::ImportMode::Replace,
        };
        let report = domain::import_csv(state(ctx), id_of(&list_id, "listId")?, &csv, mode)
            .await
            .gql()?;
        Ok(ImportResult {
            added: report.added as i32,
            updated: report.updated as i32,
            removed: report.removed as i32,
            rejected: report
                .rejected
                .into_iter()
                .map(|r| RejectedRow {
                    line: r.line as i32,
                    reason: r.reason,
                })
                .collect(),
        })
    }
}

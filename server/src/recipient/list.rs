//! Mailing lists and members.

use std::collections::BTreeMap;

use chrono::Utc;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, Set,
};

use super::EmailAddress;
use crate::connection::allowed_domains;
use crate::db::entity::{mailing_list, member, schedule, site, task, task_mailing_list};
use crate::error::{AppError, AppResult};
use crate::state::AppState;

pub struct ListInput {
    pub name: String,
    pub description: String,
}

#[derive(Clone, Debug, Default)]
pub struct MemberInput {
    pub email: String,
    pub name: String,
    pub filters: BTreeMap<String, Vec<String>>,
    pub placeholders: BTreeMap<String, String>,
}

async fn name_free(db: &impl ConnectionTrait, name: &str, except: Option<i32>) -> AppResult<()> {
    let mut q = mailing_list::Entity::find().filter(mailing_list::Column::Name.eq(name));
    if let Some(id) = except {
        q = q.filter(mailing_list::Column::Id.ne(id));
    }
    if q.count(db).await? > 0 {
        return Err(AppError::Conflict(format!(
            "a mailing list named '{name}' already exists"
        )));
    }
    Ok(())
}

pub async fn create_list(state: &AppState, input: ListInput) -> AppResult<mailing_list::Model> {
    let name = input.name.trim().to_string();
    if name.is_empty() {
        return Err(AppError::invalid("name", "must not be empty"));
    }
    name_free(&state.db, &name, None).await?;
    let now = Utc::now();
    Ok(mailing_list::ActiveModel {
        name: Set(name),
        description: Set(input.description.trim().to_string()),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(&state.db)
    .await?)
}

pub async fn update_list(
    state: &AppState,
    id: i32,
    input: ListInput,
) -> AppResult<mailing_list::Model> {
    let name = input.name.trim().to_string();
    if name.is_empty() {
        return Err(AppError::invalid("name", "must not be empty"));
    }
    let found = find_list(&state.db, id).await?;
    name_free(&state.db, &name, Some(id)).await?;
    let mut active: mailing_list::ActiveModel = found.into();
    active.name = Set(name);
    active.description = Set(input.description.trim().to_string());
    active.updated_at = Set(Utc::now());
    Ok(active.update(&state.db).await?)
}

pub async fn delete_list(state: &AppState, id: i32) -> AppResult<()> {
    find_list(&state.db, id).await?;
    let used = task_mailing_list::Entity::find()
        .filter(task_mailing_list::Column::ListId.eq(id))
        .count(&state.db)
        .await?;
    if used > 0 {
        return Err(AppError::Conflict(format!(
            "{used} task(s) send to this list; remove it from them first"
        )));
    }
    mailing_list::Entity::delete_by_id(id)
        .exec(&state.db)
        .await?;
    Ok(())
}

pub async fn find_list(db: &impl ConnectionTrait, id: i32) -> AppResult<mailing_list::Model> {
    mailing_list::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or_else(|| AppError::not_found("mailing list", id))
}

/// The domain lists of every site whose tasks send to this list; a member
/// must satisfy each of them.
pub async fn domain_rules(
    db: &impl ConnectionTrait,
    list_id: i32,
) -> AppResult<Vec<(String, Vec<String>)>> {
    let task_ids: Vec<i32> = task_mailing_list::Entity::find()
        .filter(task_mailing_list::Column::ListId.eq(list_id))
        .all(db)
        .await?
        .into_iter()
        .map(|l| l.task_id)
        .collect();
    let schedule_ids: Vec<i32> = task::Entity::find()
        .filter(task::Column::Id.is_in(task_ids))
        .all(db)
        .await?
        .into_iter()
        .map(|t| t.schedule_id)
        .collect();
    let site_ids: Vec<i32> = schedule::Entity::find()
        .filter(schedule::Column::Id.is_in(schedule_ids))
        .all(db)
        .await?
        .into_iter()
        .map(|s| s.site_id)
        .collect();
    Ok(site::Entity::find()
        .filter(site::Column::Id.is_in(site_ids))
        .all(db)
        .await?
        .into_iter()
        .map(|s| (s.name.clone(), allowed_domains(&s)))
        .filter(|(_, d)| !d.is_empty())
        .collect())
}

/// Checks one member; `rules` comes from [`domain_rules`].
pub fn check_member(
    input: &MemberInput,
    rules: &[(String, Vec<String>)],
) -> Result<EmailAddress, (String, String)> {
    let addr = EmailAddress::parse(&input.email).map_err(|r| ("email".to_string(), r))?;
    for (site, domains) in rules {
        if !addr.allowed_by(domains) {
            return Err((
                "email".into(),
                format!(
                    "{addr} is outside the domains site '{site}' allows ({})",
                    domains.join(", ")
                ),
            ));
        }
    }
    for (field, values) in &input.filters {
        if field.trim().is_empty() {
            return Err(("filters".into(), "a filter needs a field name".into()));
        }
        if values.is_empty() || values.iter().any(|v| v.trim().is_empty()) {
            return Err((
                format!("filters.{field}"),
                "give at least one non-empty value".into(),
            ));
        }
    }
    for key in input.placeholders.keys() {
        if key.trim().is_empty() || key.contains(['{', '}', ' ']) {
            return Err((
                "placeholders".into(),
                format!("'{key}' is not a placeholder name"),
            ));
        }
    }
    Ok(addr)
}

pub fn member_model(list_id: i32, addr: &EmailAddress, input: &MemberInput) -> member::ActiveModel {
    member::ActiveModel {
        list_id: Set(list_id),
        email: Set(addr.to_string()),
        name: Set(input.name.trim().to_string()),
        filters: Set(serde_json::json!(input.filters)),
        placeholders: Set(serde_json::json!(input.placeholders)),
        ..Default::default()
    }
}

pub async fn add_member(
    state: &AppState,
    list_id: i32,
    input: MemberInput,
) -> AppResult<member::Model> {
    find_list(&state.db, list_id).await?;
    let rules = domain_rules(&state.db, list_id).await?;
    let addr = check_member(&input, &rules).map_err(|(f, r)| AppError::invalid(f, r))?;
    let exists = member::Entity::find()
        .filter(member::Column::ListId.eq(list_id))
        .filter(member::Column::Email.eq(addr.as_str()))
        .count(&state.db)
        .await?;
    if exists > 0 {
        return Err(AppError::Conflict(format!(
            "{addr} is already on this list"
        )));
    }
    Ok(member_model(list_id, &addr, &input)
        .insert(&state.db)
        .await?)
}

pub async fn update_member(
    state: &AppState,
    id: i32,
    input: MemberInput,
) -> AppResult<member::Model> {
    let found = member::Entity::find_by_id(id)
        .one(&state.db)
        .await?
        .ok_or_else(|| AppError::not_found("member", id))?;
    let rules = domain_rules(&state.db, found.list_id).await?;
    let addr = check_member(&input, &rules).map_err(|(f, r)| AppError::invalid(f, r))?;
    let clash = member::Entity::find()
        .filter(member::Column::ListId.eq(found.list_id))
        .filter(member::Column::Email.eq(addr.as_str()))
        .filter(member::Column::Id.ne(id))
        .count(&state.db)
        .await?;
    if clash > 0 {
        return Err(AppError::Conflict(format!(
            "{addr} is already on this list"
        )));
    }
    let mut active = member_model(found.list_id, &addr, &input);
    active.id = Set(id);
    Ok(active.update(&state.db).await?)
}

pub async fn remove_member(state: &AppState, id: i32) -> AppResult<()> {
    let res = member::Entity::delete_by_id(id).exec(&state.db).await?;
    if res.rows_affected == 0 {
        return Err(AppError::not_found("member", id));
    }
    Ok(())
}

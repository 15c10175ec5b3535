//! Saving tasks: every check first, then one transaction, so a refused
//! task leaves nothing behind.

use chrono::Utc;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect, Set, TransactionTrait,
};
use serde_json::json;

use super::{TaskInput, template};
use crate::connection::allowed_domains;
use crate::db::entity::{mailing_list, member, schedule, site, task, task_mailing_list, task_view};
use crate::error::{AppError, AppResult};
use crate::recipient::EmailAddress;
use crate::state::AppState;

/// Validates the input against the schedule's site and returns the
/// normalised recipient addresses.
async fn check(
    db: &impl ConnectionTrait,
    schedule_id: i32,
    input: &TaskInput,
) -> AppResult<Vec<String>> {
    if input.name.trim().is_empty() {
        return Err(AppError::invalid("name", "must not be empty"));
    }
    if input.views.is_empty() {
        return Err(AppError::invalid("views", "add at least one view"));
    }
    for (i, v) in input.views.iter().enumerate() {
        if v.view_luid.trim().is_empty() {
            return Err(AppError::invalid(
                format!("views.{i}.viewLuid"),
                "must not be empty",
            ));
        }
    }
    for (i, f) in input.filters.iter().enumerate() {
        if f.field.trim().is_empty() {
            return Err(AppError::invalid(
                format!("filters.{i}.field"),
                "must not be empty",
            ));
        }
        if f.values.is_empty() || f.values.iter().any(|v| v.is_empty()) {
            return Err(AppError::invalid(
                format!("filters.{i}.values"),
                "give at least one non-empty value",
            ));
        }
    }
    for (i, p) in input.parameters.iter().enumerate() {
        if p.name.trim().is_empty() {
            return Err(AppError::invalid(
                format!("parameters.{i}.name"),
                "must not be empty",
            ));
        }
    }
    for (field, text) in [
        ("subjectTemplate", &input.subject_template),
        ("bodyTemplate", &input.body_template),
        ("filenameTemplate", &input.filename_template),
    ] {
        template::validate(text).map_err(|r| AppError::invalid(field, r))?;
    }
    if input.subject_template.trim().is_empty() {
        return Err(AppError::invalid("subjectTemplate", "must not be empty"));
    }
    if input.recipients.is_empty() && input.mailing_list_ids.is_empty() {
        return Err(AppError::invalid(
            "recipients",
            "add at least one recipient or mailing list",
        ));
    }
    let schedule = schedule::Entity::find_by_id(schedule_id)
        .one(db)
        .await?
        .ok_or_else(|| {
            AppError::invalid(
                "scheduleId",
                format!("schedule {schedule_id} does not exist"),
            )
        })?;
    let site = site::Entity::find_by_id(schedule.site_id)
        .one(db)
        .await?
        .ok_or_else(|| AppError::not_found("site", schedule.site_id))?;
    let domains = allowed_domains(&site);
    let outside = |addr: &EmailAddress| {
        format!(
            "{addr} is outside the domains site '{}' allows ({})",
            site.name,
            domains.join(", ")
        )
    };
    let mut recipients = Vec::new();
    for (i, r) in input.recipients.iter().enumerate() {
        let field = format!("recipients.{i}");
        let addr = EmailAddress::parse(r).map_err(|reason| AppError::invalid(&field, reason))?;
        if !addr.allowed_by(&domains) {
            return Err(AppError::invalid(field, outside(&addr)));
        }
        if !recipients.contains(&addr.to_string()) {
            recipients.push(addr.to_string());
        }
    }
    for (i, list_id) in input.mailing_list_ids.iter().enumerate() {
        let field = format!("mailingListIds.{i}");
        let list = mailing_list::Entity::find_by_id(*list_id)
            .one(db)
            .await?
            .ok_or_else(|| {
                AppError::invalid(&field, format!("mailing list {list_id} does not exist"))
            })?;
        if domains.is_empty() {
            continue;
        }
        let members = member::Entity::find()
            .filter(member::Column::ListId.eq(list.id))
            .all(db)
            .await?;
        for m in members {
            if let Ok(addr) = EmailAddress::parse(&m.email)
                && !addr.allowed_by(&domains)
            {
                return Err(AppError::invalid(
                    field,
                    format!("list '{}': {}", list.name, outside(&addr)),
                ));
            }
        }
    }
    Ok(recipients)
}

async fn write_children(
    db: &impl ConnectionTrait,
    task_id: i32,
    input: &TaskInput,
) -> AppResult<()> {
    task_view::Entity::delete_many()
        .filter(task_view::Column::TaskId.eq(task_id))
        .exec(db)
        .await?;
    for (i, v) in input.views.iter().enumerate() {
        task_view::ActiveModel {
            task_id: Set(task_id),
            position: Set(i as i32),
            view_luid: Set(v.view_luid.trim().to_string()),
            view_name: Set(v.view_name.trim().to_string()),
            workbook_name: Set(v.workbook_name.trim().to_string()),
            format: Set(v.format.code().to_string()),
            options: Set(serde_json::to_value(&v.format)?),
            ..Default::default()
        }
        .insert(db)
        .await?;
    }
    task_mailing_list::Entity::delete_many()
        .filter(task_mailing_list::Column::TaskId.eq(task_id))
        .exec(db)
        .await?;
    let mut seen = Vec::new();
    for list_id in &input.mailing_list_ids {
        if seen.contains(list_id) {
            continue;
        }
        seen.push(*list_id);
        task_mailing_list::ActiveModel {
            task_id: Set(task_id),
            list_id: Set(*list_id),
        }
        .insert(db)
        .await?;
    }
    Ok(())
}

fn apply(
    active: &mut task::ActiveModel,
    input: &TaskInput,
    recipients: Vec<String>,
) -> AppResult<()> {
    active.name = Set(input.name.trim().to_string());
    active.enabled = Set(input.enabled);
    active.filters = Set(serde_json::to_value(&input.filters)?);
    active.parameters = Set(serde_json::to_value(&input.parameters)?);
    active.recipients = Set(json!(recipients));
    active.subject_template = Set(input.subject_template.clone());
    active.body_template = Set(input.body_template.clone());
    active.filename_template = Set(input.filename_template.clone());
    active.updated_at = Set(Utc::now());
    Ok(())
}

pub async fn create_task(
    state: &AppState,
    schedule_id: i32,
    input: TaskInput,
) -> AppResult<task::Model> {
    let txn = state.db.begin().await?;
    let recipients = check(&txn, schedule_id, &input).await?;
    let last: Option<i32> = task::Entity::find()
        .select_only()
        .column(task::Column::Position)
        .filter(task::Column::ScheduleId.eq(schedule_id))
        .order_by_desc(task::Column::Position)
        .into_tuple()
        .one(&txn)
        .await?;
    let mut active = task::ActiveModel {
        schedule_id: Set(schedule_id),
        position: Set(last.map_or(0, |p| p + 1)),
        created_at: Set(Utc::now()),
        ..Default::default()
    };
    apply(&mut active, &input, recipients)?;
    let saved = active.insert(&txn).await?;
    write_children(&txn, saved.id, &input).await?;
    txn.commit().await?;
    tracing::info!(task_id = saved.id, schedule_id, "task created");
    Ok(saved)
}

pub async fn update_task(state: &AppState, id: i32, input: TaskInput) -> AppResult<task::Model> {
    let txn = state.db.begin().await?;
    let found = task::Entity::find_by_id(id)
        .one(&txn)
        .await?
        .ok_or_else(|| AppError::not_found("task", id))?;
    let recipients = check(&txn, found.schedule_id, &input).await?;
    let mut active: task::ActiveModel = found.into();
    apply(&mut active, &input, recipients)?;
    let saved = active.update(&txn).await?;
    write_children(&txn, id, &input).await?;
    txn.commit().await?;
    Ok(saved)
}

pub async fn delete_task(state: &AppState, id: i32) -> AppResult<()> {
    let res = task::Entity::delete_by_id(id).exec(&state.db).await?;
    if res.rows_affected == 0 {
        return Err(AppError::not_found("task", id));
    }
    Ok(())
}

/// Sets the order of a schedule's tasks; the list must name each exactly once.
pub async fn reorder_tasks(state: &AppState, schedule_id: i32, order: Vec<i32>) -> AppResult<()> {
    let txn = state.db.begin().await?;
    let mut current: Vec<i32> = task::Entity::find()
        .filter(task::Column::ScheduleId.eq(schedule_id))
        .all(&txn)
        .await?
        .into_iter()
        .map(|t| t.id)
        .collect();
    let mut wanted = order.clone();
    current.sort_unstable();
    wanted.sort_unstable();
    if current != wanted {
        return Err(AppError::invalid(
            "taskIds",
            "must list every task of the schedule exactly once",
        ));
    }
    for (position, id) in order.into_iter().enumerate() {
        task::Entity::update_many()
            .col_expr(
                task::Column::Position,
                sea_orm::sea_query::Expr::value(position as i32),
            )
            .filter(task::Column::Id.eq(id))
            .exec(&txn)
            .await?;
    }
    txn.commit().await?;
    Ok(())
}

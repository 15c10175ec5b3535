//! Turning a run into deliveries: one row per (task, recipient), written
//! once. Planning again after a crash inserts nothing new, so the rows a
//! restarted run works through are exactly the ones it had.

use std::collections::BTreeMap;

use chrono::Utc;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, Set, TransactionTrait,
};
use serde_json::json;

use crate::db::entity::{delivery, member, run, task, task_mailing_list, user};
use crate::error::AppResult;
use crate::run::delivery_status;
use crate::state::AppState;

struct Recipient {
    email: String,
    name: String,
    filters: serde_json::Value,
    placeholders: serde_json::Value,
}

/// The tasks a run delivers, in order.
pub async fn tasks_of(state: &AppState, r: &run::Model) -> AppResult<Vec<task::Model>> {
    let mut q = task::Entity::find().filter(task::Column::ScheduleId.eq(r.schedule_id));
    q = match r.test_task_id {
        Some(id) => q.filter(task::Column::Id.eq(id)),
        None => q.filter(task::Column::Enabled.eq(true)),
    };
    Ok(q.order_by_asc(task::Column::Position)
        .order_by_asc(task::Column::Id)
        .all(&state.db)
        .await?)
}

async fn recipients_of(
    state: &AppState,
    r: &run::Model,
    t: &task::Model,
) -> AppResult<Vec<Recipient>> {
    // A test email goes to the person who asked for it, and nobody else.
    if r.test_task_id.is_some() {
        let Some(uid) = r.requested_by else {
            return Ok(vec![]);
        };
        let Some(u) = user::Entity::find_by_id(uid).one(&state.db).await? else {
            return Ok(vec![]);
        };
        return Ok(vec![Recipient {
            email: u.email,
            name: u.name,
            filters: json!({}),
            placeholders: json!({}),
        }]);
    }
    let mut by_email: BTreeMap<String, Recipient> = BTreeMap::new();
    let direct: Vec<String> = serde_json::from_value(t.recipients.clone()).unwrap_or_default();
    for email in direct {
        let r = Recipient {
            email: email.clone(),
            name: String::new(),
            filters: json!({}),
            placeholders: json!({}),
        };
        by_email.insert(email.to_lowercase(), r);
    }
    let lists: Vec<i32> = task_mailing_list::Entity::find()
        .filter(task_mailing_list::Column::TaskId.eq(t.id))
        .all(&state.db)
        .await?
        .into_iter()
        .map(|l| l.list_id)
        .collect();
    let members = member::Entity::find()
        .filter(member::Column::ListId.is_in(lists))
        .all(&state.db)
        .await?;
    // A member's personal filters win over a plain listing of the same address.
    for m in members {
        by_email.insert(
            m.email.to_lowercase(),
            Recipient {
                email: m.email,
                name: m.name,
                filters: m.filters,
                placeholders: m.placeholders,
            },
        );
    }
    Ok(by_email.into_values().collect())
}

/// Creates the run's delivery rows if they do not exist yet; returns the total.
pub async fn plan(state: &AppState, r: &run::Model, tasks: &[task::Model]) -> AppResult<i32> {
    let existing = delivery::Entity::find()
        .filter(delivery::Column::RunId.eq(r.id))
        .all(&state.db)
        .await?;
    if !existing.is_empty() {
        return Ok(existing.len() as i32);
    }
    let mut rows = Vec::new();
    for t in tasks {
        for rcpt in recipients_of(state, r, t).await? {
            rows.push((t.id, rcpt));
        }
    }
    let txn = state.db.begin().await?;
    let now = Utc::now();
    for (task_id, rcpt) in &rows {
        delivery::ActiveModel {
            run_id: Set(r.id),
            task_id: Set(*task_id),
            recipient_email: Set(rcpt.email.clone()),
            recipient_name: Set(rcpt.name.clone()),
            status: Set(delivery_status::PENDING.into()),
            attempts: Set(0),
            filters: Set(Some(rcpt.filters.clone())),
            placeholders: Set(Some(rcpt.placeholders.clone())),
            updated_at: Set(now),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
    }
    txn.commit().await?;
    Ok(rows.len() as i32)
}

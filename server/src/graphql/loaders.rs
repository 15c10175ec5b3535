//! Batched loading for nested fields: a page of schedules asks for all
//! their tasks in one query, not one query per schedule.

use std::collections::HashMap;
use std::sync::Arc;

use async_graphql::dataloader::Loader;
use sea_orm::{ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, QueryOrder};

use crate::db::entity::{
    mailing_list, member, run, site, tableau_server, task, task_mailing_list, task_view, trigger,
};

/// The loader: one database handle, many key types.
pub struct Db(pub DatabaseConnection);

#[derive(Clone, Copy, Hash, PartialEq, Eq)]
pub struct SiteId(pub i32);
#[derive(Clone, Copy, Hash, PartialEq, Eq)]
pub struct ServerId(pub i32);
#[derive(Clone, Copy, Hash, PartialEq, Eq)]
pub struct TasksOf(pub i32);
#[derive(Clone, Copy, Hash, PartialEq, Eq)]
pub struct ViewsOf(pub i32);
#[derive(Clone, Copy, Hash, PartialEq, Eq)]
pub struct TriggersOf(pub i32);
#[derive(Clone, Copy, Hash, PartialEq, Eq)]
pub struct MembersOf(pub i32);
#[derive(Clone, Copy, Hash, PartialEq, Eq)]
pub struct ListsOf(pub i32);
#[derive(Clone, Copy, Hash, PartialEq, Eq)]
pub struct LastRunOf(pub i32);

type Res<K, V> = Result<HashMap<K, V>, Arc<DbErr>>;

fn group<K: std::hash::Hash + Eq, V>(rows: Vec<V>, key: impl Fn(&V) -> K) -> HashMap<K, Vec<V>> {
    let mut out: HashMap<K, Vec<V>> = HashMap::new();
    for row in rows {
        out.entry(key(&row)).or_default().push(row);
    }
    out
}

impl Loader<SiteId> for Db {
    type Value = site::Model;
    type Error = Arc<DbErr>;
    async fn load(&self, keys: &[SiteId]) -> Res<SiteId, site::Model> {
        let rows = site::Entity::find()
            .filter(site::Column::Id.is_in(keys.iter().map(|k| k.0)))
            .all(&self.0)
            .await?;
        Ok(rows.into_iter().map(|r| (SiteId(r.id), r)).collect())
    }
}

impl Loader<ServerId> for Db {
    type Value = tableau_server::Model;
    type Error = Arc<DbErr>;
    async fn load(&self, keys: &[ServerId]) -> Res<ServerId, tableau_server::Model> {
        let rows = tableau_server::Entity::find()
            .filter(tableau_server::Column::Id.is_in(keys.iter().map(|k| k.0)))
            .all(&self.0)
            .await?;
        Ok(rows.into_iter().map(|r| (ServerId(r.id), r)).collect())
    }
}

impl Loader<TasksOf> for Db {
    type Value = Vec<task::Model>;
    type Error = Arc<DbErr>;
    async fn load(&self, keys: &[TasksOf]) -> Res<TasksOf, Vec<task::Model>> {
        let rows = task::Entity::find()
            .filter(task::Column::ScheduleId.is_in(keys.iter().map(|k| k.0)))
            .order_by_asc(task::Column::Position)
            .order_by_asc(task::Column::Id)
            .all(&self.0)
            .await?;
        Ok(group(rows, |r| TasksOf(r.schedule_id)))
    }
}

impl Loader<ViewsOf> for Db {
    type Value = Vec<task_view::Model>;
    type Error = Arc<DbErr>;
    async fn load(&self, keys: &[ViewsOf]) -> Res<ViewsOf, Vec<task_view::Model>> {
        let rows = task_view::Entity::find()
            .filter(task_view::Column::TaskId.is_in(keys.iter().map(|k| k.0)))
            .order_by_asc(task_view::Column::Position)
            .all(&self.0)
            .await?;
        Ok(group(rows, |r| ViewsOf(r.task_id)))
    }
}

impl Loader<TriggersOf> for Db {
    type Value = Vec<trigger::Model>;
    type Error = Arc<DbErr>;
    async fn load(&self, keys: &[TriggersOf]) -> Res<TriggersOf, Vec<trigger::Model>> {
        let rows = trigger::Entity::find()
            .filter(trigger::Column::ScheduleId.is_in(keys.iter().map(|k| k.0)))
            .order_by_asc(trigger::Column::Id)
            .all(&self.0)
            .await?;
        Ok(group(rows, |r| TriggersOf(r.schedule_id)))
    }
}

impl Loader<MembersOf> for Db {
    type Value = Vec<member::Model>;
    type Error = Arc<DbErr>;
    async fn load(&self, keys: &[MembersOf]) -> Res<MembersOf, Vec<member::Model>> {
        let rows = member::Entity::find()
            .filter(member::Column::ListId.is_in(keys.iter().map(|k| k.0)))
            .order_by_asc(member::Column::Email)
            .all(&self.0)
            .await?;
        Ok(group(rows, |r| MembersOf(r.list_id)))
    }
}

impl Loader<ListsOf> for Db {
    type Value = Vec<mailing_list::Model>;
    type Error = Arc<DbErr>;
    async fn load(&self, keys: &[ListsOf]) -> Res<ListsOf, Vec<mailing_list::Model>> {
        let links = task_mailing_list::Entity::find()
            .filter(task_mailing_list::Column::TaskId.is_in(keys.iter().map(|k| k.0)))
            .all(&self.0)
            .await?;
        let lists: HashMap<i32, mailing_list::Model> = mailing_list::Entity::find()
            .filter(mailing_list::Column::Id.is_in(links.iter().map(|l| l.list_id)))
            .all(&self.0)
            .await?
            .into_iter()
            .map(|l| (l.id, l))
            .collect();
        let mut out: HashMap<ListsOf, Vec<mailing_list::Model>> = HashMap::new();
        for link in links {
            if let Some(list) = lists.get(&link.list_id) {
                out.entry(ListsOf(link.task_id))
                    .or_default()
                    .push(list.clone());
            }
        }
        Ok(out)
    }
}

impl Loader<LastRunOf> for Db {
    type Value = run::Model;
    type Error = Arc<DbErr>;
    async fn load(&self, keys: &[LastRunOf]) -> Res<LastRunOf, run::Model> {
        // The newest run per schedule, chosen by the database.
        use sea_orm::sea_query::{Expr, ExprTrait, Query};
        let newest = Query::select()
            .expr(Expr::col(run::Column::Id).max())
            .from(run::Entity)
            .and_where(Expr::col(run::Column::ScheduleId).is_in(keys.iter().map(|k| k.0)))
            .group_by_col(run::Column::ScheduleId)
            .to_owned();
        let rows = run::Entity::find()
            .filter(run::Column::Id.in_subquery(newest))
            .all(&self.0)
            .await?;
        let out = rows
            .into_iter()
            .map(|r| (LastRunOf(r.schedule_id), r))
            .collect();
        Ok(out)
    }
}

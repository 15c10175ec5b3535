//! The `webhook_events` table.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "webhook_events")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub received_at: DateTimeUtc,
    pub source: String,
    pub kind: String,
    pub site_id: Option<i32>,
    pub event_type: Option<String>,
    pub resource_luid: Option<String>,
    pub body: String,
    pub duplicate: bool,
    pub outcome: String,
    pub reason: Option<String>,
    pub matched_schedule_ids: Json,
    pub run_ids: Json,
    pub skipped: Json,
    pub dedupe_key: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

//! The `schedules` table.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "schedules")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub site_id: i32,
    pub name: String,
    pub description: String,
    pub kind: String,
    pub enabled: bool,
    pub timezone: String,
    pub start_date: Option<Date>,
    pub end_date: Option<Date>,
    pub rule: Option<Json>,
    pub next_fire_at: Option<DateTimeUtc>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

//! The `sites` table.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "sites")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub server_id: i32,
    pub name: String,
    pub content_url: String,
    pub site_luid: String,
    pub allowed_domains: Json,
    pub auth_kind: Option<String>,
    pub auth_public: Option<Json>,
    pub auth_secret: Option<String>,
    pub webhook_secret: String,
    pub webhook_token_hash: Option<String>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

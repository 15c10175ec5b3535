//! The `tableau_sessions` table: one Tableau session per site, shared by
//! the replicas on one PostgreSQL.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "tableau_sessions")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub site_id: i32,
    pub credentials_stamp: String,
    pub token_sealed: String,
    pub site_luid: String,
    pub user_luid: String,
    pub site_content_url: String,
    pub signed_in_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

//! Tableau sessions kept in the database, one per site, so that replicas
//! signed in with one personal access token share a session instead of
//! ending each other's (Tableau allows one session per token).

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table("tableau_sessions")
                    .col(integer("site_id").primary_key())
                    // Which credentials the session belongs to: when the site
                    // or its server is edited, a stored session is not reused.
                    .col(string("credentials_stamp"))
                    .col(text("token_sealed"))
                    .col(string("site_luid"))
                    .col(string("user_luid"))
                    .col(string("site_content_url"))
                    .col(timestamp_with_time_zone("signed_in_at"))
                    .foreign_key(
                        ForeignKey::create()
                            .from("tableau_sessions", "site_id")
                            .to("sites", "id")
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table("tableau_sessions").to_owned())
            .await
    }
}

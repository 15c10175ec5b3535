//! Failed sign-ins, kept in the database so that every replica counts the
//! same failures and a restart does not forgive them.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table("login_failures")
                    .col(pk_auto("id"))
                    // `account:<email>` or `address:<ip>`.
                    .col(string("key"))
                    .col(timestamp_with_time_zone("failed_at"))
                    .to_owned(),
            )
            .await?;
        crate::create_indexes(
            manager,
            "login_failures",
            &[
                ("idx_login_failures_key", &["key", "failed_at"]),
                ("idx_login_failures_failed_at", &["failed_at"]),
            ],
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table("login_failures").to_owned())
            .await
    }
}

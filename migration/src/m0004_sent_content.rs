//! What was sent: each delivery keeps its subject and HTML body, so the
//! console can show the email a recipient got (attachments are not kept).

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for col in ["subject", "html"] {
            manager
                .alter_table(
                    Table::alter()
                        .table("deliveries")
                        .add_column(text_null(col))
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for col in ["subject", "html"] {
            manager
                .alter_table(
                    Table::alter()
                        .table("deliveries")
                        .drop_column(col)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}

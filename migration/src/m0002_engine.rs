//! What the execution engine needs beyond the first schema: each delivery's
//! personal filters and placeholders (frozen when the run is planned, so a
//! list edited mid-run does not change who gets what), and the task a run
//! is working on, for live progress.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for col in ["filters", "placeholders"] {
            manager
                .alter_table(
                    Table::alter()
                        .table("deliveries")
                        .add_column(json_binary_null(col))
                        .to_owned(),
                )
                .await?;
        }
        manager
            .alter_table(
                Table::alter()
                    .table("runs")
                    .add_column(integer_null("current_task_id"))
                    .to_owned(),
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table("runs")
                    .drop_column("current_task_id")
                    .to_owned(),
            )
            .await?;
        for col in ["filters", "placeholders"] {
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

//! Webhooks received: every event stored with what it matched and queued,
//! and a hash of each site's webhook secret so an incoming token finds its
//! site with one indexed lookup.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table("sites")
                    .add_column(string_null("webhook_token_hash"))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table("webhook_events")
                    .col(pk_auto("id"))
                    .col(timestamp_with_time_zone("received_at"))
                    .col(string("source"))
                    .col(string("kind"))
                    .col(integer_null("site_id"))
                    .col(string_null("event_type"))
                    .col(string_null("resource_luid"))
                    .col(text("body"))
                    .col(boolean("duplicate"))
                    .col(string("outcome"))
                    .col(text_null("reason"))
                    .col(json_binary("matched_schedule_ids"))
                    .col(json_binary("run_ids"))
                    .col(json_binary("skipped"))
                    .col(string_null("dedupe_key"))
                    .to_owned(),
            )
            .await?;
        crate::create_indexes(
            manager,
            "webhook_events",
            &[
                (
                    "idx_webhook_events_dedupe_key",
                    &["dedupe_key", "received_at"],
                ),
                ("idx_webhook_events_received_at", &["received_at"]),
                ("idx_webhook_events_site_id", &["site_id"]),
            ],
        )
        .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_sites_webhook_token_hash")
                    .table("sites")
                    .col("webhook_token_hash")
                    .to_owned(),
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table("webhook_events").to_owned())
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table("sites")
                    .drop_column("webhook_token_hash")
                    .to_owned(),
            )
            .await?;
        Ok(())
    }
}

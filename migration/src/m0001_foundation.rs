//! The first schema: people, Tableau connections, schedules and what they
//! deliver, and the run bookkeeping the execution engine fills in.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

fn fk(
    from: (&'static str, &'static str),
    to: &'static str,
    cascade: bool,
) -> ForeignKeyCreateStatement {
    let mut key = ForeignKey::create();
    key.from(from.0, from.1).to(to, "id");
    if cascade {
        key.on_delete(ForeignKeyAction::Cascade);
    } else {
        key.on_delete(ForeignKeyAction::Restrict);
    }
    key.to_owned()
}

fn created_updated(table: &mut TableCreateStatement) -> &mut TableCreateStatement {
    table
        .col(timestamp_with_time_zone("created_at"))
        .col(timestamp_with_time_zone("updated_at"))
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let mut users = Table::create();
        users
            .table("users")
            .col(pk_auto("id"))
            .col(string_uniq("email"))
            .col(string("name"))
            .col(string("role"))
            .col(string("password_hash"))
            .col(boolean("disabled").default(false))
            .col(timestamp_with_time_zone_null("last_login_at"));
        created_updated(&mut users);
        manager.create_table(users).await?;

        manager
            .create_table(
                Table::create()
                    .table("api_tokens")
                    .col(pk_auto("id"))
                    .col(integer("user_id"))
                    .col(string("name"))
                    .col(string_uniq("token_hash"))
                    .col(string("prefix"))
                    .col(json_binary("scopes"))
                    .col(timestamp_with_time_zone("created_at"))
                    .col(timestamp_with_time_zone_null("last_used_at"))
                    .col(timestamp_with_time_zone_null("revoked_at"))
                    .foreign_key(&mut fk(("api_tokens", "user_id"), "users", true))
                    .to_owned(),
            )
            .await?;

        let mut servers = Table::create();
        servers
            .table("tableau_servers")
            .col(pk_auto("id"))
            .col(string_uniq("name"))
            .col(string("base_url"))
            .col(string("api_version"))
            .col(string("auth_kind"))
            .col(json_binary("auth_public"))
            .col(text("auth_secret"));
        created_updated(&mut servers);
        manager.create_table(servers).await?;

        let mut sites = Table::create();
        sites
            .table("sites")
            .col(pk_auto("id"))
            .col(integer("server_id"))
            .col(string("name"))
            .col(string("content_url"))
            .col(string("site_luid"))
            .col(json_binary("allowed_domains"))
            .col(string_null("auth_kind"))
            .col(json_binary_null("auth_public"))
            .col(text_null("auth_secret"))
            .col(text("webhook_secret"))
            .foreign_key(&mut fk(("sites", "server_id"), "tableau_servers", true));
        created_updated(&mut sites);
        manager.create_table(sites).await?;
        index(manager, "sites", &["server_id", "content_url"], true).await?;
        index(manager, "sites", &["site_luid"], false).await?;

        let mut schedules = Table::create();
        schedules
            .table("schedules")
            .col(pk_auto("id"))
            .col(integer("site_id"))
            .col(string("name"))
            .col(text("description"))
            .col(string("kind"))
            .col(boolean("enabled"))
            .col(string("timezone"))
            .col(date_null("start_date"))
            .col(date_null("end_date"))
            .col(json_binary_null("rule"))
            .col(timestamp_with_time_zone_null("next_fire_at"))
            .foreign_key(&mut fk(("schedules", "site_id"), "sites", false));
        created_updated(&mut schedules);
        manager.create_table(schedules).await?;
        // The scheduler asks "which enabled schedules are due" every tick.
        index(manager, "schedules", &["enabled", "next_fire_at"], false).await?;
        index(manager, "schedules", &["site_id"], false).await?;

        let mut lists = Table::create();
        lists
            .table("mailing_lists")
            .col(pk_auto("id"))
            .col(string_uniq("name"))
            .col(text("description"));
        created_updated(&mut lists);
        manager.create_table(lists).await?;

        manager
            .create_table(
                Table::create()
                    .table("members")
                    .col(pk_auto("id"))
                    .col(integer("list_id"))
                    .col(string("email"))
                    .col(string("name"))
                    .col(json_binary("filters"))
                    .col(json_binary("placeholders"))
                    .foreign_key(&mut fk(("members", "list_id"), "mailing_lists", true))
                    .to_owned(),
            )
            .await?;
        index(manager, "members", &["list_id", "email"], true).await?;

        let mut tasks = Table::create();
        tasks
            .table("tasks")
            .col(pk_auto("id"))
            .col(integer("schedule_id"))
            .col(integer("position"))
            .col(string("name"))
            .col(boolean("enabled"))
            .col(json_binary("filters"))
            .col(json_binary("parameters"))
            .col(json_binary("recipients"))
            .col(text("subject_template"))
            .col(text("body_template"))
            .col(string("filename_template"))
            .foreign_key(&mut fk(("tasks", "schedule_id"), "schedules", true));
        created_updated(&mut tasks);
        manager.create_table(tasks).await?;
        index(manager, "tasks", &["schedule_id", "position"], false).await?;

        manager
            .create_table(
                Table::create()
                    .table("task_views")
                    .col(pk_auto("id"))
                    .col(integer("task_id"))
                    .col(integer("position"))
                    .col(string("view_luid"))
                    .col(string("view_name"))
                    .col(string("workbook_name"))
                    .col(string("format"))
                    .col(json_binary("options"))
                    .foreign_key(&mut fk(("task_views", "task_id"), "tasks", true))
                    .to_owned(),
            )
            .await?;
        index(manager, "task_views", &["task_id", "position"], false).await?;

        manager
            .create_table(
                Table::create()
                    .table("task_mailing_lists")
                    .col(integer("task_id"))
                    .col(integer("list_id"))
                    .primary_key(Index::create().col("task_id").col("list_id"))
                    .foreign_key(&mut fk(("task_mailing_lists", "task_id"), "tasks", true))
                    .foreign_key(&mut fk(
                        ("task_mailing_lists", "list_id"),
                        "mailing_lists",
                        false,
                    ))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table("triggers")
                    .col(pk_auto("id"))
                    .col(integer("schedule_id"))
                    .col(string("kind"))
                    .col(string_null("resource_luid"))
                    .col(string_null("resource_name"))
                    .col(boolean("enabled"))
                    .col(timestamp_with_time_zone("created_at"))
                    .foreign_key(&mut fk(("triggers", "schedule_id"), "schedules", true))
                    .to_owned(),
            )
            .await?;
        index(manager, "triggers", &["schedule_id"], false).await?;
        index(manager, "triggers", &["resource_luid"], false).await?;

        manager
            .create_table(
                Table::create()
                    .table("runs")
                    .col(pk_auto("id"))
                    .col(integer("schedule_id"))
                    .col(string("cause"))
                    .col(string("status"))
                    .col(timestamp_with_time_zone_null("fire_time"))
                    .col(timestamp_with_time_zone("queued_at"))
                    .col(timestamp_with_time_zone_null("started_at"))
                    .col(timestamp_with_time_zone_null("finished_at"))
                    .col(integer("total").default(0))
                    .col(integer("sent").default(0))
                    .col(integer("failed").default(0))
                    .col(text_null("error"))
                    .col(string_null("lease_owner"))
                    .col(timestamp_with_time_zone_null("lease_until"))
                    .col(integer_null("requested_by"))
                    .col(integer_null("webhook_event_id"))
                    .col(integer_null("test_task_id"))
                    .foreign_key(&mut fk(("runs", "schedule_id"), "schedules", true))
                    .to_owned(),
            )
            .await?;
        // One run per (schedule, fire time): a second replica's insert fails.
        index(manager, "runs", &["schedule_id", "fire_time"], true).await?;
        index(manager, "runs", &["status", "lease_until"], false).await?;

        manager
            .create_table(
                Table::create()
                    .table("deliveries")
                    .col(pk_auto("id"))
                    .col(integer("run_id"))
                    .col(integer("task_id"))
                    .col(string("recipient_email"))
                    .col(string("recipient_name"))
                    .col(string("status"))
                    .col(integer("attempts").default(0))
                    .col(text_null("error"))
                    .col(string_null("message_id"))
                    .col(timestamp_with_time_zone_null("sent_at"))
                    .col(timestamp_with_time_zone("updated_at"))
                    .foreign_key(&mut fk(("deliveries", "run_id"), "runs", true))
                    .to_owned(),
            )
            .await?;
        // The unique key is what makes "sent once" hold across crashes.
        index(
            manager,
            "deliveries",
            &["run_id", "task_id", "recipient_email"],
            true,
        )
        .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            "deliveries",
            "runs",
            "triggers",
            "task_mailing_lists",
            "task_views",
            "tasks",
            "members",
            "mailing_lists",
            "schedules",
            "sites",
            "tableau_servers",
            "api_tokens",
            "users",
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}

async fn index(
    manager: &SchemaManager<'_>,
    table: &'static str,
    cols: &[&'static str],
    unique: bool,
) -> Result<(), DbErr> {
    let mut stmt = Index::create();
    stmt.name(format!("idx_{table}_{}", cols.join("_")))
        .table(table);
    for col in cols {
        stmt.col(*col);
    }
    if unique {
        stmt.unique();
    }
    manager.create_index(stmt.to_owned()).await
}

//! Database migrations for Vizpost, one file per step, applied in order.
//!
//! Each step is written against SeaQuery's schema builder so the same file
//! produces correct DDL on SQLite and PostgreSQL.

pub use sea_orm_migration::prelude::*;

mod m0001_foundation;
mod m0002_engine;
mod m0003_webhooks;
mod m0004_sent_content;
mod m0005_tableau_sessions;
mod m0006_login_failures;

pub struct Migrator;

/// Creates the plain (non-unique) indexes `(name, columns)` on `table`.
pub(crate) async fn create_indexes(
    manager: &SchemaManager<'_>,
    table: &'static str,
    indexes: &[(&'static str, &[&'static str])],
) -> Result<(), DbErr> {
    for (name, cols) in indexes {
        let mut idx = Index::create();
        idx.name(*name).table(table);
        for c in *cols {
            idx.col(*c);
        }
        manager.create_index(idx.to_owned()).await?;
    }
    Ok(())
}

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m0001_foundation::Migration),
            Box::new(m0002_engine::Migration),
            Box::new(m0003_webhooks::Migration),
            Box::new(m0004_sent_content::Migration),
            Box::new(m0005_tableau_sessions::Migration),
            Box::new(m0006_login_failures::Migration),
        ]
    }
}

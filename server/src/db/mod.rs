//! The database: connecting (SQLite by default, PostgreSQL in production),
//! applying migrations, and counting statements for `/metrics`.

pub mod entity;

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use anyhow::Context as _;
use migration::{Migrator, MigratorTrait};
use sea_orm::{ConnectOptions, Database, DatabaseConnection, DbBackend};

/// Counts every SQL statement sent; read by `/metrics` and by tests that
/// prove a page of results costs a fixed number of queries.
#[derive(Clone, Default, Debug)]
pub struct QueryCounter(Arc<AtomicU64>);

impl QueryCounter {
    pub fn get(&self) -> u64 {
        self.0.load(Ordering::Relaxed)
    }
}

/// Opens the database named by `url`, creating a SQLite file's folder first.
pub async fn connect(url: &str) -> anyhow::Result<(DatabaseConnection, QueryCounter)> {
    if let Some(path) = sqlite_path(url)
        && let Some(dir) = std::path::Path::new(&path).parent()
        && !dir.as_os_str().is_empty()
    {
        std::fs::create_dir_all(dir)
            .with_context(|| format!("cannot create database folder {}", dir.display()))?;
    }
    let mut options = ConnectOptions::new(url.to_string());
    options
        .sqlx_logging(false)
        .connect_timeout(Duration::from_secs(10))
        .acquire_timeout(Duration::from_secs(30));
    if url.starts_with("sqlite:") {
        // One writer at a time is SQLite's model; a single pooled connection
        // avoids "database is locked" under concurrent requests.
        options.max_connections(1).min_connections(1);
    } else {
        options.max_connections(20);
    }
    let mut db = Database::connect(options)
        .await
        .with_context(|| format!("cannot connect to the database at {}", redact(url)))?;
    if db.get_database_backend() == DbBackend::Sqlite {
        use sea_orm::ConnectionTrait;
        db.execute_unprepared("PRAGMA foreign_keys = ON; PRAGMA journal_mode = WAL;")
            .await?;
    }
    let counter = QueryCounter::default();
    let inner = counter.0.clone();
    db.set_metric_callback(move |_| {
        inner.fetch_add(1, Ordering::Relaxed);
    });
    Ok((db, counter))
}

pub async fn migrate(db: &DatabaseConnection) -> anyhow::Result<()> {
    Migrator::up(db, None)
        .await
        .context("applying database migrations failed")
}

fn sqlite_path(url: &str) -> Option<String> {
    let rest = url
        .strip_prefix("sqlite://")
        .or_else(|| url.strip_prefix("sqlite:"))?;
    let path = rest.split('?').next().unwrap_or_default();
    (!path.is_empty() && path != ":memory:").then(|| path.to_string())
}

/// Hides a password in a connection URL before it is logged.
pub fn redact(url: &str) -> String {
    match url::Url::parse(url) {
        Ok(mut parsed) if parsed.password().is_some() => {
            let _ = parsed.set_password(Some("***"));
            parsed.to_string()
        }
        _ => url.to_string(),
    }
}

//! A fresh PostgreSQL database per test. `make test` makes sure a server is
//! running; without one these tests fail with a message saying so, rather
//! than passing silently.

use sea_orm::{ConnectionTrait, Database};

/// `VIZPOST_TEST_POSTGRES`, or the local server with trust authentication.
pub fn postgres_base_url() -> String {
    std::env::var("VIZPOST_TEST_POSTGRES")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432".into())
}

pub async fn create_database() -> String {
    let base = postgres_base_url();
    let admin = Database::connect(format!("{base}/postgres")).await.unwrap_or_else(|e| {
        panic!("PostgreSQL is not reachable at {base} ({e}); run `make test`, which starts it, or set VIZPOST_TEST_POSTGRES")
    });
    let name = format!("vizpost_test_{}", uuid::Uuid::new_v4().simple());
    admin
        .execute_unprepared(&format!("CREATE DATABASE {name}"))
        .await
        .expect("create test database");
    admin.close().await.ok();
    format!("{base}/{name}")
}

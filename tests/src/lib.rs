//! The test harness: starts the real Vizpost application on a random port
//! against a fresh database (a new SQLite file, or a uniquely named
//! PostgreSQL database), with helpers that speak GraphQL over HTTP.

#![allow(clippy::unwrap_used, clippy::expect_used)]

pub mod engine;
pub mod logs;
mod postgres;
pub mod process;
pub mod setup;

use std::path::PathBuf;

use chrono::{DateTime, Utc};
use serde_json::{Value, json};
use vizpost::clock::Clock;
use vizpost::config::Settings;
use vizpost::startup::Application;
use vizpost::state::AppState;

pub use postgres::postgres_base_url;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

pub const ADMIN_EMAIL: &str = "admin@example.com";
pub const ADMIN_PASSWORD: &str = "admin-password-1";
/// The moment tests start at unless they move the clock: a Monday.
pub const START: &str = "2027-01-04T09:00:00Z";

pub struct TestApp {
    pub address: String,
    pub client: reqwest::Client,
    pub state: AppState,
    pub clock: Clock,
    pub data_dir: PathBuf,
    pub database_url: String,
    admin_token: tokio::sync::OnceCell<String>,
}

/// Builds the environment a test server starts with.
pub fn test_env(
    database_url: &str,
    data_dir: &std::path::Path,
    extra: &[(&str, &str)],
) -> Vec<(String, String)> {
    let mut env: Vec<(String, String)> = vec![
        ("VIZPOST_DATABASE_URL".into(), database_url.into()),
        ("VIZPOST_LISTEN".into(), "127.0.0.1:0".into()),
        ("VIZPOST_DATA_DIR".into(), data_dir.display().to_string()),
        (
            "VIZPOST_SECRET_KEY".into(),
            "test-secret-key-0123456789abcdef0123".into(),
        ),
        ("VIZPOST_ADMIN_EMAIL".into(), ADMIN_EMAIL.into()),
        ("VIZPOST_ADMIN_PASSWORD".into(), ADMIN_PASSWORD.into()),
        (
            "VIZPOST_WEB_DIR".into(),
            data_dir.join("no-web").display().to_string(),
        ),
    ];
    // An empty value removes the variable.
    for (k, v) in extra {
        env.retain(|(key, _)| key != k);
        if !v.is_empty() {
            env.push((k.to_string(), v.to_string()));
        }
    }
    env
}

/// A fresh database URL for one test.
pub async fn fresh_database(backend: Backend, data_dir: &std::path::Path) -> String {
    match backend {
        Backend::Sqlite => format!(
            "sqlite://{}?mode=rwc",
            data_dir.join("vizpost.db").display()
        ),
        Backend::Postgres => postgres::create_database().await,
    }
}

pub async fn spawn_app(backend: Backend) -> TestApp {
    spawn_app_with(backend, &[]).await
}

pub async fn spawn_app_with(backend: Backend, extra_env: &[(&str, &str)]) -> TestApp {
    let data_dir = std::env::temp_dir().join(format!("vizpost-test-{}", uuid::Uuid::new_v4()));
    std::fs::create_dir_all(&data_dir).unwrap();
    let database_url = fresh_database(backend, &data_dir).await;
    spawn_app_on(&database_url, &data_dir, extra_env).await
}

/// Starts an application on an existing database: a second replica.
pub async fn spawn_app_on(
    database_url: &str,
    data_dir: &std::path::Path,
    extra_env: &[(&str, &str)],
) -> TestApp {
    logs::init();
    let data_dir = data_dir.to_path_buf();
    let database_url = database_url.to_string();
    let env = test_env(&database_url, &data_dir, extra_env);
    let settings = Settings::from_sources(None, |key| {
        env.iter().find(|(k, _)| k == key).map(|(_, v)| v.clone())
    })
    .unwrap();
    let clock = Clock::manual(START.parse().unwrap());
    let app = Application::build(settings, clock.clone())
        .await
        .expect("the application starts");
    let address = format!("http://127.0.0.1:{}", app.port());
    let state = app.state().clone();
    tokio::spawn(app.run_until(std::future::pending()));
    TestApp {
        address,
        client: reqwest::Client::new(),
        state,
        clock,
        data_dir,
        database_url,
        admin_token: tokio::sync::OnceCell::new(),
    }
}

impl TestApp {
    /// Sends a GraphQL request and returns the whole response body.
    pub async fn gql(&self, token: Option<&str>, query: &str, variables: Value) -> Value {
        let mut req = self
            .client
            .post(format!("{}/graphql", self.address))
            .json(&json!({
                "query": query,
                "variables": variables,
            }));
        if let Some(t) = token {
            req = req.bearer_auth(t);
        }
        let resp = req.send().await.expect("request sent");
        resp.json().await.expect("JSON response")
    }

    pub async fn admin_token(&self) -> String {
        self.admin_token
            .get_or_init(|| async { self.login(ADMIN_EMAIL, ADMIN_PASSWORD).await })
            .await
            .clone()
    }

    /// Runs a request as the admin and returns `data`, failing on errors.
    pub async fn admin(&self, query: &str, variables: Value) -> Value {
        let token = self.admin_token().await;
        data(self.gql(Some(&token), query, variables).await)
    }

    pub async fn login(&self, email: &str, password: &str) -> String {
        let resp = self
            .gql(
                None,
                "mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }",
                json!({ "e": email, "p": password }),
            )
            .await;
        data(resp)["login"]["token"].as_str().unwrap().to_string()
    }

    /// Creates a user with `role` and returns their session token.
    pub async fn user_with_role(&self, role: &str) -> String {
        let email = format!(
            "{}-{}@example.com",
            role.to_lowercase(),
            uuid::Uuid::new_v4().simple()
        );
        self.admin(
            "mutation($i: CreateUserInput!) { createUser(input: $i) { id } }",
            json!({ "i": { "email": email, "name": role, "role": role, "password": "user-password-1" } }),
        )
        .await;
        self.login(&email, "user-password-1").await
    }

    pub fn queries(&self) -> u64 {
        self.state.queries.get()
    }

    pub fn set_time(&self, at: &str) {
        self.clock.set(at.parse::<DateTime<Utc>>().unwrap());
    }
}

/// The `data` of a response that must have succeeded.
pub fn data(resp: Value) -> Value {
    assert!(
        resp.get("errors").is_none_or(Value::is_null),
        "unexpected errors: {resp:#}"
    );
    resp["data"].clone()
}

/// The first error's `(code, field)` of a response that must have failed.
pub fn error_of(resp: &Value) -> (String, Option<String>) {
    let err = resp["errors"]
        .get(0)
        .unwrap_or_else(|| panic!("expected an error, got {resp:#}"));
    let code = err["extensions"]["code"]
        .as_str()
        .unwrap_or("<none>")
        .to_string();
    let field = err["extensions"]["field"].as_str().map(String::from);
    (code, field)
}

/// Declares each listed `async fn name(app: TestApp)` as two tests, one per database.
#[macro_export]
macro_rules! on_both_databases {
    ($($name:ident),* $(,)?) => {
        mod sqlite {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $name() {
                    super::$name($crate::spawn_app($crate::Backend::Sqlite).await).await;
                }
            )*
        }
        mod postgres {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $name() {
                    super::$name($crate::spawn_app($crate::Backend::Postgres).await).await;
                }
            )*
        }
    };
}

/// Like [`on_both_databases!`], for tests that start their own application:
/// each listed `async fn name(backend: Backend)` runs once per database.
#[macro_export]
macro_rules! for_each_backend {
    ($($name:ident),* $(,)?) => {
        mod sqlite {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $name() {
                    super::$name($crate::Backend::Sqlite).await;
                }
            )*
        }
        mod postgres {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $name() {
                    super::$name($crate::Backend::Postgres).await;
                }
            )*
        }
    };
}

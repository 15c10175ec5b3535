//! Black-box tests of the Vizpost API: each starts the real application on
//! a random port with a fresh database, and runs on SQLite and PostgreSQL.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod access;
mod cli;
mod connections;
mod durability;
mod engine;
mod lists;
mod schedules;
mod schema;
mod secrets;
mod tableau;
mod tasks;
mod webhooks;

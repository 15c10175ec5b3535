//! Vizpost delivers Tableau views by email, on a schedule or when a trigger
//! fires.
//!
//! A tour, from the outside in:
//!
//! - Plumbing: [`config`] (settings and their validation), [`telemetry`]
//!   (logs), [`startup`] (build, bind, serve), [`error`] (stable error
//!   codes), [`secret`] (keys, sealing stored credentials), [`clock`]
//!   (the time source tests control), [`state`] (what handlers share).
//! - Outside systems: [`db`] (connection, migrations, entities),
//!   [`tableau`] (Tableau's REST API) and [`mail`] (composing messages,
//!   SMTP or the file outbox).
//! - Domain, one module per idea: [`auth`] (users, roles, sessions, API
//!   tokens), [`connection`] (Tableau servers and sites), [`schedule`]
//!   (time rules and next fire times), [`task`] (views, formats, filters,
//!   templates), [`recipient`] (addresses, mailing lists, CSV),
//!   [`trigger`] (what makes trigger schedules run), [`run`] (the durable
//!   run queue, leases, workers, live events), [`delivery`] (executing a
//!   run: exports, messages, sending each email once).
//! - Adapters: [`graphql`] (the admin API, one file per domain) and
//!   [`http`] (routes, health, the console's files).
//!
//! Arrows point inward: adapters call the domain; the domain calls `db`
//! and `mail`; those call nothing of ours.

pub mod auth;
pub mod clock;
pub mod config;
pub mod connection;
pub mod db;
pub mod delivery;
pub mod error;
pub mod graphql;
pub mod http;
pub mod mail;
pub mod recipient;
pub mod run;
pub mod schedule;
pub mod secret;
pub mod startup;
pub mod state;
pub mod tableau;
pub mod task;
pub mod telemetry;
pub mod trigger;

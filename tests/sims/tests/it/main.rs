//! Exercises the simulators over real sockets, the way Vizpost uses them.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod helpers;
mod smtp;
mod tableau_auth;
mod tableau_content;
mod tableau_exports;
mod tableau_webhooks;

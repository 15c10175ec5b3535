//! SeaORM entities, one per table. They mirror the migrations and nothing
//! else: the GraphQL types are built from them, never derived from them.

pub mod api_token;
pub mod delivery;
pub mod login_failure;
pub mod mailing_list;
pub mod member;
pub mod run;
pub mod schedule;
pub mod site;
pub mod tableau_server;
pub mod tableau_session;
pub mod task;
pub mod task_mailing_list;
pub mod task_view;
pub mod trigger;
pub mod user;
pub mod webhook_event;

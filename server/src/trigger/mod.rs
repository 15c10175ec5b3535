//! Triggers: what makes a `TRIGGER` schedule run — Tableau reporting that a
//! workbook's or data source's extract refresh succeeded, or a custom call
//! to `POST /api/webhooks`. `store` saves them, `payload` reads incoming
//! bodies, `receive` matches events to schedules and queues runs, and
//! `registration` keeps the matching webhooks registered on Tableau.

mod custom;
pub mod payload;
pub mod receive;
pub mod registration;
pub mod signature;
mod store;

pub use store::{
    Kind, TriggerInput, create_trigger, delete_trigger, save_triggers, set_trigger_enabled,
};

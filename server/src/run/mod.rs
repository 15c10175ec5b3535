//! Runs as durable jobs: queued rows that workers claim under a lease,
//! execute, and finish. A run whose worker died is claimed again when its
//! lease runs out; its deliveries remember what was already sent.

pub mod events;
mod queue;
pub mod request;
pub mod retention;
pub mod worker;

pub use events::{RunEvent, RunEvents};
pub use queue::{Enqueue, Progress, cancel, claim, enqueue, finish, renew, set_progress};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    Queued,
    Running,
    Succeeded,
    PartiallyFailed,
    Failed,
    Cancelled,
    Skipped,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Queued => "QUEUED",
            Status::Running => "RUNNING",
            Status::Succeeded => "SUCCEEDED",
            Status::PartiallyFailed => "PARTIALLY_FAILED",
            Status::Failed => "FAILED",
            Status::Cancelled => "CANCELLED",
            Status::Skipped => "SKIPPED",
        }
    }

    pub fn is_final(text: &str) -> bool {
        !matches!(text, "QUEUED" | "RUNNING")
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cause {
    Time,
    TableauWebhook,
    CustomWebhook,
    Manual,
    Test,
}

impl Cause {
    pub fn as_str(self) -> &'static str {
        match self {
            Cause::Time => "TIME",
            Cause::TableauWebhook => "TABLEAU_WEBHOOK",
            Cause::CustomWebhook => "CUSTOM_WEBHOOK",
            Cause::Manual => "MANUAL",
            Cause::Test => "TEST",
        }
    }
}

/// Delivery states, as stored.
pub mod delivery_status {
    pub const PENDING: &str = "PENDING";
    pub const SENT: &str = "SENT";
    pub const FAILED: &str = "FAILED";
}

//! Test doubles for the outside systems Vizpost talks to: a Tableau
//! Server/Cloud REST API simulator ([`tableau`]) and an SMTP sink ([`smtp`]).
//!
//! Typical use in a test:
//!
//! ```text
//! let tableau = TableauSim::start(SimConfig::demo()).await?;
//! let smtp = SmtpSink::start().await?;
//! // point Vizpost at tableau.base_url() and smtp.url(), sign in with
//! // tableau::DEMO_PAT_NAME / DEMO_PAT_SECRET on site "finance", then:
//! tableau.inject(Fault::rate_limited("/image", 2, 1));
//! let mail = smtp.wait_for_messages(1, Duration::from_secs(5)).await?;
//! let calls = tableau.requests();
//! ```
//!
//! The `vizpost-sims` binary runs both for tests that cannot embed them and
//! exposes control routes under `/_sim/` on the Tableau port.

pub mod smtp;
pub mod tableau;

pub use smtp::{ReceivedMessage, SmtpOptions, SmtpReject, SmtpSink, Stage};
pub use tableau::{
    Fault, FaultKind, RecordedRequest, SimConfig, SimConnectedApp, SimDatasource, SimPat, SimSite,
    SimView, SimWebhook, SimWorkbook, TableauSim,
};

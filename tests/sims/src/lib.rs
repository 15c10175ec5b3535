//! Test doubles for the outside systems Vizpost talks to: a Tableau
//! Server/Cloud REST API simulator ([`tableau`]) and an SMTP sink ([`smtp`]).

pub mod smtp;
pub mod tableau;

pub use smtp::{ReceivedMessage, SmtpOptions, SmtpReject, SmtpSink, Stage};
pub use tableau::{
    Fault, FaultKind, RecordedRequest, SimConfig, SimConnectedApp, SimDatasource, SimPat, SimSite,
    SimView, SimWebhook, SimWorkbook, TableauSim,
};

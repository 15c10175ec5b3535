//! Outgoing mail: where messages go (an SMTP server or the file outbox).

mod settings;

pub use settings::{SmtpSettings, TlsMode};

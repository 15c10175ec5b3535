//! Outgoing mail: composing MIME messages and handing them to an SMTP
//! server, or to the file outbox when no SMTP server is configured.

mod compose;
pub mod outbox;
mod settings;
mod smtp;
mod transport;

pub use compose::{Attachment, Email, compose};
pub use settings::{SmtpSettings, TlsMode};
pub use transport::{Mailer, SendError};

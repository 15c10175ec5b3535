//! Structured logs: human-readable by default, JSON lines for collectors.

use tracing_subscriber::EnvFilter;

use crate::config::LogFormat;

/// The default keeps our own events and quiets chatty dependencies;
/// `RUST_LOG` overrides it.
const DEFAULT_FILTER: &str = "info,sqlx=warn,sea_orm=warn,poem=warn,async_graphql=warn";

pub fn init(format: LogFormat) {
    let filter =
        EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new(DEFAULT_FILTER));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    let _ = match format {
        LogFormat::Json => builder.json().flatten_event(true).try_init(),
        LogFormat::Pretty => builder.try_init(),
    };
}

//! Captures every log line of the process, so tests can assert what an
//! operator would (and would not) see. Silent unless `TEST_LOG` is set.

use std::io::Write;
use std::sync::{Mutex, OnceLock};

static CAPTURED: OnceLock<Mutex<Vec<u8>>> = OnceLock::new();

struct Sink;

impl Write for Sink {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        if let Some(c) = CAPTURED.get() {
            c.lock()
                .unwrap_or_else(|e| e.into_inner())
                .extend_from_slice(buf);
        }
        if std::env::var_os("TEST_LOG").is_some() {
            std::io::stderr().write_all(buf)?;
        }
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

pub fn init() {
    if CAPTURED.set(Mutex::new(Vec::new())).is_err() {
        return;
    }
    let _ = tracing_subscriber::fmt()
        .with_env_filter(tracing_subscriber::EnvFilter::new("debug"))
        .with_ansi(false)
        .with_writer(|| Sink)
        .try_init();
}

/// Everything logged so far in this process.
pub fn captured() -> String {
    CAPTURED
        .get()
        .map(|c| String::from_utf8_lossy(&c.lock().unwrap_or_else(|e| e.into_inner())).into_owned())
        .unwrap_or_default()
}

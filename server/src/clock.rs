//! The time source. Production reads the system clock; tests set the time
//! so schedules fire without anyone waiting for real minutes.

use std::sync::{Arc, Mutex};

use chrono::{DateTime, Utc};

#[derive(Clone, Debug, Default)]
pub struct Clock {
    fixed: Option<Arc<Mutex<DateTime<Utc>>>>,
}

impl Clock {
    pub fn system() -> Self {
        Self { fixed: None }
    }

    /// A clock that stands still at `at` until moved with [`Clock::set`].
    pub fn manual(at: DateTime<Utc>) -> Self {
        Self {
            fixed: Some(Arc::new(Mutex::new(at))),
        }
    }

    pub fn now(&self) -> DateTime<Utc> {
        match &self.fixed {
            Some(at) => *at.lock().unwrap_or_else(|e| e.into_inner()),
            None => Utc::now(),
        }
    }

    /// Moves a manual clock; has no effect on the system clock.
    pub fn set(&self, at: DateTime<Utc>) {
        if let Some(fixed) = &self.fixed {
            *fixed.lock().unwrap_or_else(|e| e.into_inner()) = at;
        }
    }
}

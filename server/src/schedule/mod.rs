//! Schedules: when deliveries happen. Time rules and their fire times are
//! pure (`rule`, `cron`); `store` saves schedules with the next fire time
//! precomputed, so finding due schedules is one indexed query.

pub mod cron;
pub mod rule;
mod store;
pub mod ticker;

pub use rule::{DaySet, MonthDay, TimeRule};
pub use store::{
    Kind, ScheduleInput, create_schedule, delete_schedule, duplicate_schedule, next_fire_time,
    set_enabled, update_schedule,
};

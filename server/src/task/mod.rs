//! Tasks: what a schedule delivers — views in a format, with filters and
//! parameters, to recipients and mailing lists, under templates.

mod model;
mod store;
pub mod template;

pub use model::{Filter, Orientation, PageType, Parameter, TaskInput, ViewFormat, ViewInput};
pub use store::{create_task, delete_task, reorder_tasks, update_task};

//! Who receives deliveries: email addresses, mailing lists and their
//! members (with personal filters and placeholders), and CSV exchange.

mod csv_io;
mod email;
mod list;

pub use csv_io::{ImportMode, ImportReport, RejectedRow, export_csv, import_csv};
pub use email::EmailAddress;
pub use list::{
    ListInput, MemberInput, add_member, create_list, delete_list, remove_member, update_list,
    update_member,
};

//! Tableau connections: servers, their sites, and the credentials used to
//! sign in to them. Secrets are sealed at rest and never read back out
//! except to sign in.

mod credentials;
mod server;
mod site;

pub use credentials::{Credentials, PublicAuth, public_of as credentials_public};
pub use server::{ServerInput, create_server, delete_server, update_server};
pub use site::{SiteInput, allowed_domains, create_site, delete_site, update_site, webhook_secret};

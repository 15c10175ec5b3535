//! Tableau connections: servers, their sites, and the credentials used to
//! sign in to them. Secrets are sealed at rest and never read back out
//! except to sign in.

mod clients;
mod credentials;
mod server;
mod shared_session;
mod site;

pub use clients::TableauClients;
pub use credentials::{Credentials, PublicAuth, public_of as credentials_public};
pub use server::{ServerInput, create_server, delete_server, update_server};
pub use site::{
    SiteInput, allowed_domains, backfill_webhook_hashes, create_site, delete_site,
    rotate_webhook_secret, update_site, webhook_secret, webhook_token_hash,
};

//! The console: static files with client-side routes falling back to
//! `index.html`. When the console is not built, a page says how to build it.

use std::path::Path;

use poem::endpoint::StaticFilesEndpoint;
use poem::web::Html;
use poem::{EndpointExt, IntoEndpoint, handler};

const NOT_BUILT: &str = "<!doctype html><meta charset=utf-8><title>Vizpost</title>\
<h1>Vizpost is running</h1><p>The admin console has not been built. Run <code>make run</code> \
(or <code>npm --prefix web ci && npm --prefix web run build</code>), or set \
<code>VIZPOST_WEB_DIR</code> to a built console. The API is at <a href=/graphql>/graphql</a>.</p>";

#[handler]
fn not_built() -> Html<&'static str> {
    Html(NOT_BUILT)
}

pub fn files(dir: &Path) -> poem::endpoint::BoxEndpoint<'static> {
    if dir.join("index.html").is_file() {
        StaticFilesEndpoint::new(dir)
            .index_file("index.html")
            .fallback_to_index()
            .into_endpoint()
            .boxed()
    } else {
        not_built.map_to_response().boxed()
    }
}

//! HTTP routes: the GraphQL endpoint and its playground, health and
//! metrics, and the console's static files.

mod graphql;
mod spa;
mod webhook;

use poem::middleware::{SizeLimit, Tracing};
use poem::{EndpointExt, Route, get, handler, web::Data};

use crate::graphql::VizpostSchema;
use crate::state::AppState;

/// Large enough for a mailing-list CSV of some ten thousand rows.
const MAX_GRAPHQL_BODY: usize = 5 * 1024 * 1024;

pub fn routes(state: AppState, schema: VizpostSchema) -> impl poem::Endpoint {
    let web_dir = state.settings.web_dir.clone();
    Route::new()
        .at(
            "/graphql",
            get(graphql::playground)
                .post(graphql::execute)
                .with(SizeLimit::new(MAX_GRAPHQL_BODY)),
        )
        .at("/graphql/ws", get(graphql::subscriptions))
        .at("/api/webhooks", poem::post(webhook::post_with_query))
        .at("/api/webhooks/:token", poem::post(webhook::post_with_path))
        .at("/healthz", get(health))
        .at("/metrics", get(metrics))
        .nest("/", spa::files(&web_dir))
        .data(schema)
        .data(state)
        .data(webhook::RateLimiter::default())
        .with(Tracing)
}

/// Ready when the database answers.
#[handler]
async fn health(state: Data<&AppState>) -> poem::Response {
    match state.db.ping().await {
        Ok(()) => poem::Response::builder()
            .content_type("application/json")
            .body(r#"{"status":"ok"}"#),
        Err(e) => {
            tracing::warn!(error = %e, "health check: database unreachable");
            poem::Response::builder()
                .status(poem::http::StatusCode::SERVICE_UNAVAILABLE)
                .content_type("application/json")
                .body(r#"{"status":"unavailable","reason":"database unreachable"}"#)
        }
    }
}

/// Prometheus text format.
#[handler]
async fn metrics(state: Data<&AppState>) -> String {
    format!(
        "# HELP vizpost_db_queries_total SQL statements sent to the database.\n\
         # TYPE vizpost_db_queries_total counter\n\
         vizpost_db_queries_total {}\n",
        state.queries.get()
    )
}

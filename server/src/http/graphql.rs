//! `POST /graphql` with the caller resolved from the bearer token, and
//! GraphiQL on `GET /graphql`.

use async_graphql::http::GraphiQLSource;
use async_graphql_poem::{GraphQLRequest, GraphQLResponse};
use poem::web::{Data, Html};
use poem::{Request, handler};
use tracing::Instrument as _;

use crate::auth::users;
use crate::error::AppError;
use crate::graphql::VizpostSchema;
use crate::graphql::auth::ClientAddr;
use crate::graphql::error::{Caller, to_gql};
use crate::state::AppState;

#[handler]
pub async fn playground() -> Html<String> {
    Html(
        GraphiQLSource::build()
            .endpoint("/graphql")
            .subscription_endpoint("/graphql/ws")
            .finish(),
    )
}

pub async fn caller_of(state: &AppState, authorization: Option<&str>) -> Caller {
    match users::resolve_bearer(state, authorization).await {
        Ok(Some(p)) => Caller::Known(p),
        Ok(None) => Caller::Anonymous,
        Err(AppError::Unauthenticated(reason)) => Caller::Invalid(reason),
        Err(e) => {
            tracing::error!(error = ?e, "resolving the bearer token failed");
            Caller::Invalid("the credential could not be checked; try again".into())
        }
    }
}

#[handler]
pub async fn execute(
    schema: Data<&VizpostSchema>,
    state: Data<&AppState>,
    req: &Request,
    gql: GraphQLRequest,
) -> GraphQLResponse {
    let auth = req
        .headers()
        .get(poem::http::header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok());
    if holds_nul(&gql.0) {
        // PostgreSQL cannot store NUL in text; refuse it here, for every
        // field at once, rather than fail deep inside a save.
        let err = to_gql(AppError::invalid(
            "input",
            "text must not contain the NUL character (\\u0000)",
        ));
        return async_graphql::Response::from_errors(vec![
            err.into_server_error(Default::default()),
        ])
        .into();
    }
    let caller = caller_of(&state, auth).await;
    let addr = req.remote_addr().as_socket_addr().map(|a| a.ip());
    // The operation name only: query text and variables may hold secrets.
    let span = tracing::info_span!(
        "graphql",
        operation = gql.0.operation_name.as_deref().unwrap_or("-")
    );
    schema
        .execute(gql.0.data(caller).data(ClientAddr(addr)))
        .instrument(span)
        .await
        .into()
}

fn holds_nul(request: &async_graphql::Request) -> bool {
    let variables = serde_json::to_string(&request.variables).unwrap_or_default();
    request.query.contains('\0')
        || request.query.contains("\\u0000")
        || variables.contains("\\u0000")
}

/// GraphQL subscriptions over WebSocket (`graphql-transport-ws`, and the
/// older `graphql-ws`). The client authenticates in `connection_init` with
/// `{"authorization": "Bearer <token>"}` (or `{"token": "<token>"}`).
#[handler]
pub async fn subscriptions(
    schema: Data<&VizpostSchema>,
    state: Data<&AppState>,
    protocol: async_graphql_poem::GraphQLProtocol,
    websocket: poem::web::websocket::WebSocket,
) -> impl poem::IntoResponse {
    let schema = schema.0.clone();
    let state = state.0.clone();
    websocket.protocols(async_graphql::http::ALL_WEBSOCKET_PROTOCOLS).on_upgrade(move |stream| {
        async_graphql_poem::GraphQLWebSocket::new(stream, schema, protocol)
            .on_connection_init(move |payload| async move {
                let credential = payload
                    .get("authorization")
                    .or_else(|| payload.get("Authorization"))
                    .or_else(|| payload.get("token"))
                    .and_then(|v| v.as_str())
                    .map(String::from);
                match caller_of(&state, credential.as_deref()).await {
                    Caller::Known(p) => {
                        let mut data = async_graphql::Data::default();
                        data.insert(Caller::Known(p));
                        Ok(data)
                    }
                    Caller::Invalid(reason) => Err(async_graphql::Error::new(reason)),
                    Caller::Anonymous => Err(async_graphql::Error::new(
                        "sign in first: send {\"authorization\": \"Bearer <token>\"} in connection_init",
                    )),
                }
            })
            .serve()
    })
}

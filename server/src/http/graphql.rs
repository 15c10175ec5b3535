//! `POST /graphql` with the caller resolved from the bearer token, and
//! GraphiQL on `GET /graphql`.

use async_graphql::http::GraphiQLSource;
use async_graphql_poem::{GraphQLRequest, GraphQLResponse};
use poem::web::{Data, Html};
use poem::{Request, handler};

use crate::auth::users;
use crate::error::AppError;
use crate::graphql::VizpostSchema;
use crate::graphql::auth::ClientAddr;
use crate::graphql::error::Caller;
use crate::state::AppState;

#[handler]
pub async fn playground() -> Html<String> {
    Html(GraphiQLSource::build().endpoint("/graphql").finish())
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
    let caller = caller_of(&state, auth).await;
    let addr = req.remote_addr().as_socket_addr().map(|a| a.ip());
    schema
        .execute(gql.0.data(caller).data(ClientAddr(addr)))
        .await
        .into()
}

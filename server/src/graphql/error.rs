//! The error boundary: domain errors become GraphQL errors with a stable
//! `extensions.code` (and `field` for bad input); anything unexpected is
//! logged with its cause chain and shown only as "internal error".

use async_graphql::{Context, ErrorExtensions, ID};

use crate::auth::{Permission, Principal};
use crate::error::AppError;
use crate::state::AppState;

/// How the request authenticated, set by the HTTP layer.
#[derive(Clone, Debug)]
pub enum Caller {
    Anonymous,
    /// A credential was sent but did not check out; the reason is kept so
    /// the client learns why instead of seeing a generic refusal.
    Invalid(String),
    Known(Principal),
}

pub fn to_gql(err: AppError) -> async_graphql::Error {
    let code = err.code().as_str();
    if let AppError::Internal(cause) = &err {
        tracing::error!(error = ?cause, "request failed with an internal error");
    }
    let message = err.to_string();
    async_graphql::Error::new(message).extend_with(|_, e| {
        e.set("code", code);
        if let AppError::Validation { field, reason } = &err {
            e.set("field", field.as_str());
            e.set("reason", reason.as_str());
        }
    })
}

pub type GqlResult<T> = async_graphql::Result<T>;

pub trait ResultExt<T> {
    /// Converts a domain result, prefixing validation fields with `path`.
    fn gql_at(self, path: &str) -> GqlResult<T>;
    fn gql(self) -> GqlResult<T>;
}

impl<T> ResultExt<T> for Result<T, AppError> {
    fn gql_at(self, path: &str) -> GqlResult<T> {
        self.map_err(|e| to_gql(e.within(path)))
    }
    fn gql(self) -> GqlResult<T> {
        self.map_err(to_gql)
    }
}

pub fn state<'a>(ctx: &Context<'a>) -> &'a AppState {
    ctx.data_unchecked::<AppState>()
}

/// The caller, if they may do `permission`; the guard every resolver runs.
pub fn require<'a>(ctx: &Context<'a>, permission: Permission) -> GqlResult<&'a Principal> {
    match ctx.data_opt::<Caller>() {
        Some(Caller::Known(p)) => {
            p.require(permission).map_err(to_gql)?;
            Ok(p)
        }
        Some(Caller::Invalid(reason)) => Err(to_gql(AppError::Unauthenticated(reason.clone()))),
        _ => Err(to_gql(AppError::Unauthenticated(
            "sign in first: send Authorization: Bearer <token>".into(),
        ))),
    }
}

/// Parses a GraphQL `ID` naming a row.
pub fn id_of(id: &ID, field: &str) -> GqlResult<i32> {
    id.parse::<i32>().ok().filter(|v| *v > 0).ok_or_else(|| {
        to_gql(AppError::invalid(
            field,
            format!("'{}' is not an id", id.as_str()),
        ))
    })
}

pub fn ids_of(ids: &[ID], field: &str) -> GqlResult<Vec<i32>> {
    ids.iter()
        .enumerate()
        .map(|(i, id)| id_of(id, &format!("{field}.{i}")))
        .collect()
}

/// A batched load failed: an internal error like any database failure.
pub fn loader_err(e: std::sync::Arc<sea_orm::DbErr>) -> async_graphql::Error {
    to_gql(AppError::Internal(anyhow::anyhow!(e.to_string())))
}

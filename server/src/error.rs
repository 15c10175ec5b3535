//! The error every domain operation returns, with the stable codes clients
//! branch on. Adapters translate it: GraphQL into `extensions.code`, HTTP
//! into a status. `Internal` carries a cause that is logged, never shown.

use std::fmt;

/// Stable machine-readable codes; part of the public API.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorCode {
    Unauthenticated,
    Forbidden,
    NotFound,
    ValidationFailed,
    Conflict,
    RateLimited,
    Internal,
}

impl ErrorCode {
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorCode::Unauthenticated => "UNAUTHENTICATED",
            ErrorCode::Forbidden => "FORBIDDEN",
            ErrorCode::NotFound => "NOT_FOUND",
            ErrorCode::ValidationFailed => "VALIDATION_FAILED",
            ErrorCode::Conflict => "CONFLICT",
            ErrorCode::RateLimited => "RATE_LIMITED",
            ErrorCode::Internal => "INTERNAL",
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("{0}")]
    Unauthenticated(String),
    #[error("{0}")]
    Forbidden(String),
    #[error("{what} {id} does not exist")]
    NotFound { what: &'static str, id: String },
    /// Bad input: `field` is the input path (such as `input.rule.cron.expression`).
    #[error("{field}: {reason}")]
    Validation { field: String, reason: String },
    #[error("{0}")]
    Conflict(String),
    #[error("{0}")]
    RateLimited(String),
    #[error("internal error")]
    Internal(#[source] anyhow::Error),
}

pub type AppResult<T> = Result<T, AppError>;

impl AppError {
    pub fn code(&self) -> ErrorCode {
        match self {
            AppError::Unauthenticated(_) => ErrorCode::Unauthenticated,
            AppError::Forbidden(_) => ErrorCode::Forbidden,
            AppError::NotFound { .. } => ErrorCode::NotFound,
            AppError::Validation { .. } => ErrorCode::ValidationFailed,
            AppError::Conflict(_) => ErrorCode::Conflict,
            AppError::RateLimited(_) => ErrorCode::RateLimited,
            AppError::Internal(_) => ErrorCode::Internal,
        }
    }

    pub fn invalid(field: impl Into<String>, reason: impl fmt::Display) -> Self {
        AppError::Validation {
            field: field.into(),
            reason: reason.to_string(),
        }
    }

    pub fn not_found(what: &'static str, id: impl fmt::Display) -> Self {
        AppError::NotFound {
            what,
            id: id.to_string(),
        }
    }

    /// Prefixes the field path of a validation error, so a nested check can
    /// report `input.tasks.0.recipients.2` without knowing where it sits.
    pub fn within(self, prefix: &str) -> Self {
        match self {
            AppError::Validation { field, reason } => AppError::Validation {
                field: format!("{prefix}.{field}"),
                reason,
            },
            other => other,
        }
    }
}

impl From<sea_orm::DbErr> for AppError {
    fn from(e: sea_orm::DbErr) -> Self {
        AppError::Internal(e.into())
    }
}

impl From<sea_orm::TransactionError<AppError>> for AppError {
    fn from(e: sea_orm::TransactionError<AppError>) -> Self {
        match e {
            sea_orm::TransactionError::Connection(db) => db.into(),
            sea_orm::TransactionError::Transaction(app) => app,
        }
    }
}

impl From<crate::secret::SecretError> for AppError {
    fn from(e: crate::secret::SecretError) -> Self {
        AppError::Internal(e.into())
    }
}

impl From<serde_json::Error> for AppError {
    fn from(e: serde_json::Error) -> Self {
        AppError::Internal(e.into())
    }
}

//! Who is calling and what they may do: users and roles, password hashing,
//! session JWTs, API tokens with scopes, and the login rate limiter.

mod limiter;
pub mod password;
pub mod session;
pub mod token;
pub mod users;

pub use limiter::LoginLimiter;

use crate::error::AppError;

/// A user's role. Each role includes the rights of the ones before it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Role {
    Viewer,
    Editor,
    Admin,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Viewer => "VIEWER",
            Role::Editor => "EDITOR",
            Role::Admin => "ADMIN",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        match text {
            "VIEWER" => Some(Role::Viewer),
            "EDITOR" => Some(Role::Editor),
            "ADMIN" => Some(Role::Admin),
            _ => None,
        }
    }

    fn allows(self, permission: Permission) -> bool {
        match permission {
            Permission::Read => true,
            Permission::ManageSchedules | Permission::FireTriggers => self >= Role::Editor,
            Permission::ManageConnections | Permission::ManageUsers => self == Role::Admin,
        }
    }
}

/// What an operation needs. Resolvers ask for one of these, never for a role.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Permission {
    /// See schedules, runs, connections (without secrets) and lists.
    Read,
    /// Create and change schedules, tasks, triggers and mailing lists; run them.
    ManageSchedules,
    /// Fire custom triggers through the webhook endpoint.
    FireTriggers,
    /// Tableau servers and sites.
    ManageConnections,
    /// Users and API tokens.
    ManageUsers,
}

/// The authenticated caller of one request.
#[derive(Clone, Debug)]
pub enum Principal {
    User {
        id: i32,
        email: String,
        role: Role,
    },
    /// An API token acts for the user who created it, limited by its scopes.
    Token {
        id: i32,
        user_id: i32,
        email: String,
        role: Role,
        scopes: Vec<token::Scope>,
    },
}

impl Principal {
    pub fn user_id(&self) -> i32 {
        match self {
            Principal::User { id, .. } => *id,
            Principal::Token { user_id, .. } => *user_id,
        }
    }

    pub fn email(&self) -> &str {
        match self {
            Principal::User { email, .. } | Principal::Token { email, .. } => email,
        }
    }

    pub fn can(&self, permission: Permission) -> bool {
        match self {
            Principal::User { role, .. } => role.allows(permission),
            Principal::Token { role, scopes, .. } => {
                role.allows(permission) && scopes.iter().any(|s| s.grants(permission))
            }
        }
    }

    pub fn require(&self, permission: Permission) -> Result<(), AppError> {
        if self.can(permission) {
            Ok(())
        } else {
            Err(AppError::Forbidden(format!(
                "this operation needs the right to {}",
                match permission {
                    Permission::Read => "read",
                    Permission::ManageSchedules => "manage schedules (role EDITOR or ADMIN)",
                    Permission::FireTriggers => "fire triggers (role EDITOR or ADMIN)",
                    Permission::ManageConnections => "manage Tableau connections (role ADMIN)",
                    Permission::ManageUsers => "manage users and tokens (role ADMIN)",
                }
            )))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use token::Scope;

    #[test]
    fn roles_nest_viewer_editor_admin() {
        let user = |role| Principal::User {
            id: 1,
            email: "a@b.c".into(),
            role,
        };
        assert!(user(Role::Viewer).can(Permission::Read));
        assert!(!user(Role::Viewer).can(Permission::ManageSchedules));
        assert!(user(Role::Editor).can(Permission::ManageSchedules));
        assert!(!user(Role::Editor).can(Permission::ManageConnections));
        assert!(user(Role::Admin).can(Permission::ManageUsers));
    }

    #[test]
    fn a_token_is_limited_by_both_its_scopes_and_its_owner() {
        let token = |role, scopes| Principal::Token {
            id: 1,
            user_id: 1,
            email: "a@b.c".into(),
            role,
            scopes,
        };
        let fire_only = token(Role::Admin, vec![Scope::TriggersFire]);
        assert!(fire_only.can(Permission::FireTriggers));
        assert!(!fire_only.can(Permission::Read));
        let viewer_admin_scope = token(Role::Viewer, vec![Scope::Admin]);
        assert!(!viewer_admin_scope.can(Permission::ManageUsers));
        assert!(viewer_admin_scope.can(Permission::Read));
    }
}

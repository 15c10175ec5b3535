//! GraphQL enums whose item names are also what the database stores
//! (`"PARTIALLY_FAILED"`, `"TEST_PING"`): reading and writing them by name.

use async_graphql::resolver_utils::EnumType;

/// The enum item stored as `text`, if any.
pub fn from_stored<T: EnumType>(text: &str) -> Option<T> {
    T::items().iter().find(|i| i.name == text).map(|i| i.value)
}

/// The name `value` is stored under.
pub fn to_stored<T: EnumType + PartialEq>(value: T) -> &'static str {
    T::items()
        .iter()
        .find(|i| i.value == value)
        .map_or("", |i| i.name)
}

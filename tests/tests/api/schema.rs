//! The committed `schema.graphql` is what the server serves.

#[test]
fn the_committed_schema_matches_the_server() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../schema.graphql");
    let committed = std::fs::read_to_string(path).unwrap_or_default();
    let current = vizpost::graphql::sdl();
    assert!(
        committed == current,
        "schema.graphql is out of date; regenerate it with `make schema` and review the change"
    );
}

//! Secrets stay secret and internals stay inside.

use sea_orm::ConnectionTrait;
use serde_json::json;
use vizpost_tests::setup::{self, PAT_SECRET};
use vizpost_tests::{TestApp, error_of, logs, on_both_databases};

const EVERYTHING: &str = "{ tableauServers { items { id name baseUrl auth { kind tokenName clientId secretId username scopes hasSecret }
    sites { name auth { kind tokenName } } } } sites { items { name siteLuid } } }";

async fn tableau_secrets_never_appear_in_responses_or_logs(app: TestApp) {
    let (server, _) = setup::server_and_site(&app, &[]).await;
    let app_secret = "connected-app-secret-Q7pX2";
    app.admin(
        "mutation($id: ID!, $i: TableauServerInput!) { updateTableauServer(id: $id, input: $i) { id } }",
        json!({ "id": server, "i": { "name": "Production", "baseUrl": "https://tableau.example.com",
            "auth": { "connectedApp": { "clientId": "c", "secretId": "s", "secretValue": app_secret, "username": "u" } } } }),
    )
    .await;
    let everything = app.admin(EVERYTHING, json!({})).await.to_string();
    assert!(everything.contains("CONNECTED_APP"));
    for secret in [PAT_SECRET, app_secret] {
        assert!(!everything.contains(secret), "{secret} in a response");
        assert!(!logs::captured().contains(secret), "{secret} in the log");
    }
    // At rest they are sealed too.
    let row = app
        .state
        .db
        .query_one_raw(sea_orm::Statement::from_string(
            app.state.db.get_database_backend(),
            "SELECT auth_secret FROM tableau_servers",
        ))
        .await
        .unwrap()
        .unwrap();
    let stored: String = row.try_get("", "auth_secret").unwrap();
    assert!(!stored.contains(app_secret));
}

async fn an_internal_failure_reaches_the_client_as_a_generic_error(app: TestApp) {
    let token = app.admin_token().await;
    app.state
        .db
        .execute_unprepared("DROP TABLE members")
        .await
        .unwrap();
    app.state
        .db
        .execute_unprepared("DROP TABLE task_mailing_lists")
        .await
        .unwrap();
    app.state
        .db
        .execute_unprepared("DROP TABLE mailing_lists")
        .await
        .unwrap();
    let resp = app
        .gql(Some(&token), "{ mailingLists { totalCount } }", json!({}))
        .await;
    assert_eq!(error_of(&resp).0, "INTERNAL");
    assert_eq!(resp["errors"][0]["message"], "internal error");
    let text = resp.to_string().to_lowercase();
    assert!(
        !text.contains("mailing_lists") && !text.contains("sql"),
        "{resp}"
    );
    assert!(
        logs::captured().contains("mailing_lists"),
        "the cause is logged for the operator"
    );
}

on_both_databases!(
    tableau_secrets_never_appear_in_responses_or_logs,
    an_internal_failure_reaches_the_client_as_a_generic_error
);

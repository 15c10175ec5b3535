//! Tableau servers and sites.

use serde_json::json;
use vizpost_tests::setup::{self, SITE_LUID};
use vizpost_tests::{TestApp, data, error_of, on_both_databases};

const CREATE_SITE: &str =
    "mutation($i: SiteInput!) { createSite(input: $i) { id siteLuid allowedDomains } }";

async fn servers_and_sites_round_trip_without_their_secrets(app: TestApp) {
    let (server, site) = setup::server_and_site(&app, &["Example.com", "@corp.example"]).await;
    let got = app
        .admin(
            "query($id: ID!) { tableauServer(id: $id) { name baseUrl apiVersion auth { kind tokenName hasSecret }
               sites { id name contentUrl siteLuid allowedDomains auth { kind } } } }",
            json!({ "id": server }),
        )
        .await;
    assert_eq!(
        got["tableauServer"],
        json!({ "name": "Production", "baseUrl": "http://127.0.0.1:9", "apiVersion": "3.24",
            "auth": { "kind": "PERSONAL_ACCESS_TOKEN", "tokenName": "vizpost", "hasSecret": true },
            "sites": [{ "id": site, "name": "Finance", "contentUrl": "finance", "siteLuid": SITE_LUID,
                "allowedDomains": ["example.com", "corp.example"], "auth": null }] })
    );
}

async fn a_connected_app_keeps_its_secret_when_updated_without_one(app: TestApp) {
    let created = app
        .admin(
            "mutation($i: TableauServerInput!) { createTableauServer(input: $i) { id } }",
            json!({ "i": { "name": "Cloud", "baseUrl": "https://prod-uk-a.online.tableau.com", "apiVersion": "3.25",
                "auth": { "connectedApp": { "clientId": "cid", "secretId": "sid", "secretValue": "ca-secret-value",
                    "username": "svc@example.com" } } } }),
        )
        .await;
    let id = created["createTableauServer"]["id"].as_str().unwrap();
    let updated = app
        .admin(
            "mutation($id: ID!, $i: TableauServerInput!) { updateTableauServer(id: $id, input: $i) { name auth { kind clientId username scopes } } }",
            json!({ "id": id, "i": { "name": "Cloud EU", "baseUrl": "https://prod-uk-a.online.tableau.com" } }),
        )
        .await;
    let auth = &updated["updateTableauServer"]["auth"];
    assert_eq!(auth["kind"], "CONNECTED_APP");
    assert_eq!(auth["clientId"], "cid");
    assert!(
        auth["scopes"]
            .as_array()
            .unwrap()
            .iter()
            .any(|s| s == "tableau:views:download")
    );
    // The stored secret still opens.
    let model = <vizpost::db::entity::tableau_server::Entity as sea_orm::EntityTrait>::find_by_id(
        id.parse::<i32>().unwrap(),
    )
    .one(&app.state.db)
    .await
    .unwrap()
    .unwrap();
    let creds = vizpost::connection::Credentials::unseal(
        &app.state.keys,
        &model.auth_public,
        &model.auth_secret,
    )
    .unwrap();
    assert!(
        matches!(creds, vizpost::connection::Credentials::ConnectedApp { secret_value, .. } if secret_value.expose() == "ca-secret-value")
    );
}

async fn bad_connection_input_names_the_field(app: TestApp) {
    let (server, _) = setup::server_and_site(&app, &[]).await;
    let token = app.admin_token().await;
    let bad_url = app
        .gql(
            Some(&token),
            "mutation($i: TableauServerInput!) { createTableauServer(input: $i) { id } }",
            json!({ "i": { "name": "X", "baseUrl": "ftp://x", "auth": { "personalAccessToken": { "name": "n", "secret": "s" } } } }),
        )
        .await;
    assert_eq!(
        error_of(&bad_url),
        ("VALIDATION_FAILED".into(), Some("input.baseUrl".into()))
    );
    let dup = app
        .gql(
            Some(&token),
            "mutation($i: TableauServerInput!) { createTableauServer(input: $i) { id } }",
            json!({ "i": { "name": "Production", "baseUrl": "https://x.example.com", "auth": { "personalAccessToken": { "name": "n", "secret": "s" } } } }),
        )
        .await;
    assert_eq!(error_of(&dup).0, "CONFLICT");
    let bad_domain = app
        .gql(
            Some(&token),
            CREATE_SITE,
            json!({ "i": { "serverId": server, "name": "S", "contentUrl": "s", "siteLuid": SITE_LUID, "allowedDomains": ["ok.com", "nodot"] } }),
        )
        .await;
    assert_eq!(
        error_of(&bad_domain),
        (
            "VALIDATION_FAILED".into(),
            Some("input.allowedDomains.1".into())
        )
    );
    let missing_server = app
        .gql(
            Some(&token),
            CREATE_SITE,
            json!({ "i": { "serverId": "999", "name": "S", "siteLuid": SITE_LUID } }),
        )
        .await;
    assert_eq!(
        error_of(&missing_server),
        ("VALIDATION_FAILED".into(), Some("input.serverId".into()))
    );
    let sites = app.admin("{ sites { totalCount } }", json!({})).await;
    assert_eq!(sites["sites"]["totalCount"], 1, "nothing half-stored");
}

async fn a_server_in_use_cannot_be_deleted(app: TestApp) {
    let (server, site) = setup::server_and_site(&app, &[]).await;
    setup::schedule(&app, &site, "Daily", "TIME").await;
    let token = app.admin_token().await;
    let resp = app
        .gql(
            Some(&token),
            "mutation($id: ID!) { deleteTableauServer(id: $id) }",
            json!({ "id": server }),
        )
        .await;
    assert_eq!(error_of(&resp).0, "CONFLICT");
    data(
        app.gql(Some(&token), "{ tableauServers { totalCount } }", json!({}))
            .await,
    );
}

on_both_databases!(
    servers_and_sites_round_trip_without_their_secrets,
    a_connected_app_keeps_its_secret_when_updated_without_one,
    bad_connection_input_names_the_field,
    a_server_in_use_cannot_be_deleted,
);

//! Signing in, roles, API tokens and the login rate limit.

use serde_json::json;
use vizpost_tests::setup;
use vizpost_tests::{
    ADMIN_EMAIL, ADMIN_PASSWORD, Backend, TestApp, data, error_of, on_both_databases, spawn_app_on,
    spawn_app_with,
};

const SCHEDULES: &str = "{ schedules { totalCount } }";
const CREATE_SCHEDULE: &str = "mutation($i: ScheduleInput!) { createSchedule(input: $i) { id } }";
const CREATE_SERVER: &str =
    "mutation($i: TableauServerInput!) { createTableauServer(input: $i) { id } }";
const CREATE_USER: &str = "mutation($i: CreateUserInput!) { createUser(input: $i) { id } }";

async fn a_wrong_password_or_missing_token_is_unauthenticated(app: TestApp) {
    let resp = app
        .gql(None, "mutation { login(email: \"admin@example.com\", password: \"wrong-password\") { token } }", json!({}))
        .await;
    assert_eq!(error_of(&resp).0, "UNAUTHENTICATED");
    assert_eq!(resp["errors"][0]["message"], "wrong email or password");
    assert_eq!(
        error_of(&app.gql(None, SCHEDULES, json!({})).await).0,
        "UNAUTHENTICATED"
    );
    assert_eq!(
        error_of(&app.gql(Some("not-a-token"), SCHEDULES, json!({})).await).0,
        "UNAUTHENTICATED"
    );
    let token = app.login(ADMIN_EMAIL, ADMIN_PASSWORD).await;
    let me = data(
        app.gql(Some(&token), "{ me { email role } }", json!({}))
            .await,
    );
    assert_eq!(me["me"], json!({ "email": ADMIN_EMAIL, "role": "ADMIN" }));
}

async fn each_role_may_do_its_own_work_and_no_more(app: TestApp) {
    let (_, site) = setup::server_and_site(&app, &[]).await;
    let viewer = app.user_with_role("VIEWER").await;
    let editor = app.user_with_role("EDITOR").await;
    let schedule = json!({ "i": setup::schedule_input(&site, "Daily", "TIME") });
    let server = json!({ "i": { "name": "Other", "baseUrl": "https://t.example.com",
        "auth": { "personalAccessToken": { "name": "n", "secret": "s" } } } });
    let user = json!({ "i": { "email": "new@example.com", "name": "N", "role": "VIEWER", "password": "long-enough-1" } });

    data(app.gql(Some(&viewer), SCHEDULES, json!({})).await);
    assert_eq!(
        error_of(
            &app.gql(Some(&viewer), CREATE_SCHEDULE, schedule.clone())
                .await
        )
        .0,
        "FORBIDDEN"
    );
    assert_eq!(
        error_of(
            &app.gql(Some(&viewer), "{ users { totalCount } }", json!({}))
                .await
        )
        .0,
        "FORBIDDEN"
    );

    data(
        app.gql(Some(&editor), CREATE_SCHEDULE, schedule.clone())
            .await,
    );
    assert_eq!(
        error_of(&app.gql(Some(&editor), CREATE_SERVER, server.clone()).await).0,
        "FORBIDDEN"
    );
    assert_eq!(
        error_of(&app.gql(Some(&editor), CREATE_USER, user.clone()).await).0,
        "FORBIDDEN"
    );

    let admin = app.admin_token().await;
    data(app.gql(Some(&admin), CREATE_SERVER, server).await);
    data(app.gql(Some(&admin), CREATE_USER, user).await);
    // Nothing the refused calls tried was stored.
    let count = data(app.gql(Some(&admin), SCHEDULES, json!({})).await);
    assert_eq!(count["schedules"]["totalCount"], 1);
}

async fn api_tokens_act_within_their_scopes_until_revoked(app: TestApp) {
    let (_, site) = setup::server_and_site(&app, &[]).await;
    let created = app
        .admin(
            "mutation { createApiToken(input: { name: \"ci\", scopes: [\"read\"] }) { token apiToken { id prefix scopes } } }",
            json!({}),
        )
        .await;
    let token = created["createApiToken"]["token"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(token.starts_with("vzp_"));
    assert_eq!(
        created["createApiToken"]["apiToken"]["scopes"],
        json!(["read"])
    );
    data(app.gql(Some(&token), SCHEDULES, json!({})).await);
    let schedule = json!({ "i": setup::schedule_input(&site, "Daily", "TIME") });
    assert_eq!(
        error_of(&app.gql(Some(&token), CREATE_SCHEDULE, schedule).await).0,
        "FORBIDDEN"
    );

    let listed = app
        .admin("{ apiTokens { items { name lastUsedAt } } }", json!({}))
        .await;
    assert!(
        listed["apiTokens"]["items"][0]["lastUsedAt"].is_string(),
        "{listed}"
    );
    assert!(
        !listed.to_string().contains(&token),
        "the token is shown only once"
    );

    let id = created["createApiToken"]["apiToken"]["id"]
        .as_str()
        .unwrap();
    app.admin(
        "mutation($id: ID!) { revokeApiToken(id: $id) { revokedAt } }",
        json!({ "id": id }),
    )
    .await;
    assert_eq!(
        error_of(&app.gql(Some(&token), SCHEDULES, json!({})).await).0,
        "UNAUTHENTICATED"
    );
}

async fn repeated_failed_logins_are_refused_even_with_the_right_password(app: TestApp) {
    let q = "mutation($p: String!) { login(email: \"admin@example.com\", password: $p) { token } }";
    for _ in 0..5 {
        let resp = app.gql(None, q, json!({ "p": "wrong-password" })).await;
        assert_eq!(error_of(&resp).0, "UNAUTHENTICATED");
    }
    let resp = app.gql(None, q, json!({ "p": ADMIN_PASSWORD })).await;
    assert_eq!(error_of(&resp).0, "RATE_LIMITED", "{resp}");
    assert!(
        resp["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("try again in")
    );
}

async fn a_disabled_user_is_signed_out_at_once(app: TestApp) {
    let editor = app.user_with_role("EDITOR").await;
    let me = data(app.gql(Some(&editor), "{ me { id } }", json!({})).await);
    let id = me["me"]["id"].as_str().unwrap();
    app.admin(
        "mutation($id: ID!) { updateUser(id: $id, input: { disabled: true }) { disabled } }",
        json!({ "id": id }),
    )
    .await;
    assert_eq!(
        error_of(&app.gql(Some(&editor), "{ me { id } }", json!({})).await).0,
        "UNAUTHENTICATED"
    );
}

async fn setup_is_offered_only_while_no_user_exists(app: TestApp) {
    let resp = data(app.gql(None, "{ needsSetup }", json!({})).await);
    assert_eq!(resp["needsSetup"], false);
    let resp = app
        .gql(
            None,
            "mutation { setupFirstAdmin(input: { email: \"x@example.com\", name: \"X\", role: ADMIN, password: \"long-enough-1\" }) { token } }",
            json!({}),
        )
        .await;
    assert_eq!(error_of(&resp).0, "FORBIDDEN");
}

async fn failed_logins_count_on_every_replica_and_survive_a_restart(app: TestApp) {
    let q = "mutation($p: String!) { login(email: \"admin@example.com\", password: $p) { token } }";
    let replica = spawn_app_on(&app.database_url, &app.data_dir, &[]).await;
    for (i, instance) in [&app, &replica, &app, &replica, &app].iter().enumerate() {
        let resp = instance
            .gql(None, q, json!({ "p": "wrong-password" }))
            .await;
        assert_eq!(error_of(&resp).0, "UNAUTHENTICATED", "attempt {i}");
    }
    let resp = replica.gql(None, q, json!({ "p": ADMIN_PASSWORD })).await;
    assert_eq!(error_of(&resp).0, "RATE_LIMITED", "{resp}");

    // A restarted process remembers; the window passing forgives.
    let restarted = spawn_app_on(&app.database_url, &app.data_dir, &[]).await;
    let resp = restarted.gql(None, q, json!({ "p": ADMIN_PASSWORD })).await;
    assert_eq!(error_of(&resp).0, "RATE_LIMITED", "{resp}");
    restarted.set_time("2027-01-04T09:16:00Z");
    data(restarted.gql(None, q, json!({ "p": ADMIN_PASSWORD })).await);
}

async fn an_address_guessing_many_accounts_is_refused(app: TestApp) {
    let q = "mutation($e: String!) { login(email: $e, password: \"guess\") { token } }";
    for i in 0..20 {
        let resp = app
            .gql(None, q, json!({ "e": format!("user{i}@example.com") }))
            .await;
        assert_eq!(error_of(&resp).0, "UNAUTHENTICATED", "attempt {i}");
    }
    let resp = app
        .gql(None, q, json!({ "e": "someone-else@example.com" }))
        .await;
    assert_eq!(error_of(&resp).0, "RATE_LIMITED", "{resp}");
}

on_both_databases!(
    a_wrong_password_or_missing_token_is_unauthenticated,
    each_role_may_do_its_own_work_and_no_more,
    api_tokens_act_within_their_scopes_until_revoked,
    repeated_failed_logins_are_refused_even_with_the_right_password,
    failed_logins_count_on_every_replica_and_survive_a_restart,
    an_address_guessing_many_accounts_is_refused,
    a_disabled_user_is_signed_out_at_once,
    setup_is_offered_only_while_no_user_exists,
);

#[tokio::test]
async fn the_first_admin_can_be_created_from_the_console_on_an_empty_database() {
    let app = spawn_app_with(
        Backend::Sqlite,
        &[("VIZPOST_ADMIN_EMAIL", ""), ("VIZPOST_ADMIN_PASSWORD", "")],
    )
    .await;
    assert_eq!(
        data(app.gql(None, "{ needsSetup }", json!({})).await)["needsSetup"],
        true
    );
    let short = app
        .gql(
            None,
            "mutation { setupFirstAdmin(input: { email: \"boss@example.com\", name: \"Boss\", role: ADMIN, password: \"short\" }) { token } }",
            json!({}),
        )
        .await;
    assert_eq!(
        error_of(&short),
        ("VALIDATION_FAILED".into(), Some("input.password".into()))
    );
    let ok = data(
        app.gql(
            None,
            "mutation { setupFirstAdmin(input: { email: \"boss@example.com\", name: \"Boss\", role: VIEWER, password: \"long-enough-1\" }) { token user { role } } }",
            json!({}),
        )
        .await,
    );
    assert_eq!(ok["setupFirstAdmin"]["user"]["role"], "ADMIN");
    assert_eq!(
        data(app.gql(None, "{ needsSetup }", json!({})).await)["needsSetup"],
        false
    );
}

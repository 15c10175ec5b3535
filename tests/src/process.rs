//! Vizpost as a separate process, for tests that kill it.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use serde_json::{Value, json};

pub struct VizpostProcess {
    pub child: Child,
    pub address: String,
    client: reqwest::Client,
}

/// The `vizpost` binary next to the test executable's folder.
pub fn binary() -> PathBuf {
    let exe = std::env::current_exe().unwrap();
    exe.parent().unwrap().parent().unwrap().join("vizpost")
}

impl VizpostProcess {
    /// Starts `vizpost serve` with `env` and waits for it to listen.
    pub fn start(env: &[(String, String)], data_dir: &Path) -> Self {
        let mut cmd = Command::new(binary());
        cmd.arg("serve")
            .env_clear()
            .env("VIZPOST_LOG_FORMAT", "json")
            .env("RUST_LOG", "info")
            .current_dir(data_dir)
            .stdout(Stdio::null())
            .stderr(Stdio::piped());
        for (k, v) in env {
            cmd.env(k, v);
        }
        let mut child = cmd
            .spawn()
            .expect("start the vizpost binary (cargo build -p vizpost)");
        let stderr = child.stderr.take().unwrap();
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let mut sent = false;
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                if std::env::var_os("TEST_LOG").is_some() {
                    eprintln!("[vizpost] {line}");
                }
                if !sent
                    && let Ok(v) = serde_json::from_str::<Value>(&line)
                    && v["message"] == "Vizpost is listening"
                {
                    let _ = tx.send(v["port"].as_u64().unwrap_or(0));
                    sent = true;
                }
            }
        });
        let port = rx
            .recv_timeout(Duration::from_secs(60))
            .expect("vizpost starts listening");
        Self {
            child,
            address: format!("http://127.0.0.1:{port}"),
            client: reqwest::Client::new(),
        }
    }

    pub async fn gql(&self, token: Option<&str>, query: &str, variables: Value) -> Value {
        let mut req = self
            .client
            .post(format!("{}/graphql", self.address))
            .json(&json!({ "query": query, "variables": variables }));
        if let Some(t) = token {
            req = req.bearer_auth(t);
        }
        req.send().await.unwrap().json().await.unwrap()
    }

    pub async fn login(&self) -> String {
        let resp = self
            .gql(
                None,
                "mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }",
                json!({ "e": crate::ADMIN_EMAIL, "p": crate::ADMIN_PASSWORD }),
            )
            .await;
        crate::data(resp)["login"]["token"]
            .as_str()
            .unwrap()
            .to_string()
    }

    /// SIGKILL: no shutdown hooks, no chance to hand work back.
    pub fn kill(mut self) {
        self.child.kill().unwrap();
        self.child.wait().unwrap();
    }
}

impl Drop for VizpostProcess {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl VizpostProcess {
    /// Registers the simulator's demo site with `auth` (a `TableauAuthInput`)
    /// and returns the site's id.
    pub async fn register_demo_site(&self, token: &str, base_url: &str, auth: Value) -> String {
        use vizpost_sims::tableau as sim;
        let server = crate::data(
            self.gql(
                Some(token),
                "mutation($i: TableauServerInput!) { createTableauServer(input: $i) { id } }",
                json!({ "i": { "name": "Sim", "baseUrl": base_url, "auth": auth } }),
            )
            .await,
        );
        let site = crate::data(
            self.gql(
                Some(token),
                "mutation($i: SiteInput!) { createSite(input: $i) { id } }",
                json!({ "i": { "serverId": server["createTableauServer"]["id"], "name": "Finance",
                    "contentUrl": sim::DEMO_SITE_CONTENT_URL, "siteLuid": sim::DEMO_SITE_LUID } }),
            )
            .await,
        );
        site["createSite"]["id"]
            .as_str()
            .unwrap_or_default()
            .to_string()
    }
}

/// The simulator's demo personal access token, as a `TableauAuthInput`.
pub fn demo_pat() -> Value {
    use vizpost_sims::tableau as sim;
    json!({ "personalAccessToken": { "name": sim::DEMO_PAT_NAME, "secret": sim::DEMO_PAT_SECRET } })
}

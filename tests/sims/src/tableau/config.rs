//! What the simulated Tableau deployment contains: sites, the credentials
//! that may sign in to them, and their content.

use std::time::Duration;

/// Everything the simulator serves. Build one by hand or start from
/// [`SimConfig::demo`].
#[derive(Clone, Debug)]
pub struct SimConfig {
    /// Version reported in the XML schema location, e.g. "3.24". Requests
    /// are accepted under any `/api/N.NN/` prefix, as Tableau tolerates
    /// older versions.
    pub api_version: String,
    pub sites: Vec<SimSite>,
    /// How long a credentials token stays valid after sign-in.
    pub session_ttl: Duration,
}

#[derive(Clone, Debug)]
pub struct SimSite {
    /// `""` is the default site.
    pub content_url: String,
    pub luid: String,
    pub name: String,
    pub pats: Vec<SimPat>,
    pub connected_apps: Vec<SimConnectedApp>,
    pub workbooks: Vec<SimWorkbook>,
    pub datasources: Vec<SimDatasource>,
}

/// A personal access token of some user on the site.
#[derive(Clone, Debug)]
pub struct SimPat {
    pub name: String,
    pub secret: String,
    pub site_admin: bool,
}

/// A direct-trust connected app; JWTs it signs impersonate their `sub`
/// with the given role.
#[derive(Clone, Debug)]
pub struct SimConnectedApp {
    pub client_id: String,
    pub secret_id: String,
    pub secret_value: String,
    pub site_admin: bool,
}

#[derive(Clone, Debug)]
pub struct SimWorkbook {
    pub luid: String,
    pub name: String,
    pub project_name: String,
    pub views: Vec<SimView>,
}

#[derive(Clone, Debug)]
pub struct SimView {
    pub luid: String,
    pub name: String,
    /// Tableau's form: `WorkbookUrl/sheets/ViewUrl`.
    pub content_url: String,
}

#[derive(Clone, Debug)]
pub struct SimDatasource {
    pub luid: String,
    pub name: String,
}

pub const DEMO_API_VERSION: &str = "3.24";
pub const DEMO_SITE_LUID: &str = "5b1f3c2a-8d4e-4f6a-9c1b-2e3d4f5a6b01";
pub const DEMO_SITE_CONTENT_URL: &str = "finance";
pub const DEMO_DEFAULT_SITE_LUID: &str = "5b1f3c2a-8d4e-4f6a-9c1b-2e3d4f5a6b00";
pub const DEMO_PAT_NAME: &str = "vizpost";
pub const DEMO_PAT_SECRET: &str = "pat-secret-1";
/// A PAT of a plain viewer, for exercising the site-admin checks.
pub const DEMO_VIEWER_PAT_NAME: &str = "viewer";
pub const DEMO_VIEWER_PAT_SECRET: &str = "pat-viewer-1";
pub const DEMO_CA_CLIENT_ID: &str = "0f6e1b7c-3a2d-4e5f-8a9b-c0d1e2f3a4b5";
pub const DEMO_CA_SECRET_ID: &str = "7d8e9f0a-1b2c-4d3e-9f4a-5b6c7d8e9f0a";
pub const DEMO_CA_SECRET_VALUE: &str = "ca-secret-value-0123456789abcdef0123456789abcdef";
pub const DEMO_WB_SALES_LUID: &str = "3c0a1d2e-4f5a-4b6c-8d7e-9f0a1b2c3d01";
pub const DEMO_VIEW_OVERVIEW_LUID: &str = "8a1b2c3d-4e5f-4a6b-9c7d-8e9f0a1b2c01";
pub const DEMO_VIEW_BY_REGION_LUID: &str = "8a1b2c3d-4e5f-4a6b-9c7d-8e9f0a1b2c02";
pub const DEMO_WB_OPS_LUID: &str = "3c0a1d2e-4f5a-4b6c-8d7e-9f0a1b2c3d02";
pub const DEMO_VIEW_BACKLOG_LUID: &str = "8a1b2c3d-4e5f-4a6b-9c7d-8e9f0a1b2c03";
pub const DEMO_DS_SALES_LUID: &str = "6e5d4c3b-2a19-4f08-8e7d-6c5b4a392801";
pub const DEMO_DS_OPS_LUID: &str = "6e5d4c3b-2a19-4f08-8e7d-6c5b4a392802";

impl SimConfig {
    /// Site "finance" (plus the default site) with an admin PAT
    /// `vizpost`/`pat-secret-1`, a viewer PAT, an admin connected app,
    /// workbooks "Sales" (Overview, By Region) and "Ops" (Backlog) and two
    /// data sources. LUIDs are the `DEMO_*` constants.
    pub fn demo() -> Self {
        let admin_pat = SimPat {
            name: DEMO_PAT_NAME.into(),
            secret: DEMO_PAT_SECRET.into(),
            site_admin: true,
        };
        let view = |luid: &str, name: &str, url: &str| SimView {
            luid: luid.into(),
            name: name.into(),
            content_url: url.into(),
        };
        let finance = SimSite {
            content_url: DEMO_SITE_CONTENT_URL.into(),
            luid: DEMO_SITE_LUID.into(),
            name: "Finance".into(),
            pats: vec![
                admin_pat.clone(),
                SimPat {
                    name: DEMO_VIEWER_PAT_NAME.into(),
                    secret: DEMO_VIEWER_PAT_SECRET.into(),
                    site_admin: false,
                },
            ],
            connected_apps: vec![SimConnectedApp {
                client_id: DEMO_CA_CLIENT_ID.into(),
                secret_id: DEMO_CA_SECRET_ID.into(),
                secret_value: DEMO_CA_SECRET_VALUE.into(),
                site_admin: true,
            }],
            workbooks: vec![
                SimWorkbook {
                    luid: DEMO_WB_SALES_LUID.into(),
                    name: "Sales".into(),
                    project_name: "Default".into(),
                    views: vec![
                        view(DEMO_VIEW_OVERVIEW_LUID, "Overview", "Sales/sheets/Overview"),
                        view(
                            DEMO_VIEW_BY_REGION_LUID,
                            "By Region",
                            "Sales/sheets/ByRegion",
                        ),
                    ],
                },
                SimWorkbook {
                    luid: DEMO_WB_OPS_LUID.into(),
                    name: "Ops".into(),
                    project_name: "Operations".into(),
                    views: vec![view(
                        DEMO_VIEW_BACKLOG_LUID,
                        "Backlog",
                        "Ops/sheets/Backlog",
                    )],
                },
            ],
            datasources: vec![
                SimDatasource {
                    luid: DEMO_DS_SALES_LUID.into(),
                    name: "Sales Extract".into(),
                },
                SimDatasource {
                    luid: DEMO_DS_OPS_LUID.into(),
                    name: "Ops Tickets".into(),
                },
            ],
        };
        let default_site = SimSite {
            content_url: String::new(),
            luid: DEMO_DEFAULT_SITE_LUID.into(),
            name: "Default".into(),
            pats: vec![admin_pat],
            connected_apps: Vec::new(),
            workbooks: Vec::new(),
            datasources: Vec::new(),
        };
        SimConfig {
            api_version: DEMO_API_VERSION.into(),
            sites: vec![finance, default_site],
            session_ttl: Duration::from_secs(240 * 60),
        }
    }

    pub(crate) fn site_by_luid(&self, luid: &str) -> Option<&SimSite> {
        self.sites
            .iter()
            .find(|s| s.luid.eq_ignore_ascii_case(luid))
    }

    pub(crate) fn site_by_content_url(&self, content_url: &str) -> Option<&SimSite> {
        self.sites
            .iter()
            .find(|s| s.content_url.eq_ignore_ascii_case(content_url))
    }
}

impl SimSite {
    pub(crate) fn view(&self, luid: &str) -> Option<(&SimWorkbook, &SimView)> {
        self.workbooks.iter().find_map(|wb| {
            wb.views
                .iter()
                .find(|v| v.luid.eq_ignore_ascii_case(luid))
                .map(|v| (wb, v))
        })
    }

    pub(crate) fn workbook(&self, luid: &str) -> Option<&SimWorkbook> {
        self.workbooks
            .iter()
            .find(|w| w.luid.eq_ignore_ascii_case(luid))
    }

    pub(crate) fn datasource(&self, luid: &str) -> Option<&SimDatasource> {
        self.datasources
            .iter()
            .find(|d| d.luid.eq_ignore_ascii_case(luid))
    }
}

/// Derives a LUID-shaped identifier from a seed, so that ids the config
/// does not spell out (users, projects, owners) stay stable across runs.
pub(crate) fn stable_luid(seed: &str) -> String {
    let mut a: u64 = 0xcbf2_9ce4_8422_2325;
    let mut b: u64 = 0x8422_2325_cbf2_9ce4;
    for byte in seed.bytes() {
        a = (a ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3);
        b = (b ^ u64::from(byte)).wrapping_mul(0x0000_0100_0000_01b3 ^ 0x5bd1_e995);
    }
    let hex = format!("{a:016x}{b:016x}");
    format!(
        "{}-{}-4{}-8{}-{}",
        &hex[0..8],
        &hex[8..12],
        &hex[13..16],
        &hex[17..20],
        &hex[20..32]
    )
}

//! Settings: built once at start-up from defaults, an optional TOML file and
//! `VIZPOST_*` environment variables (in that order of precedence, lowest
//! first), then validated so a bad value stops start-up with one clear line.

use std::net::{SocketAddr, ToSocketAddrs};
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::secret::Sensitive;

/// How log lines are written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LogFormat {
    Pretty,
    Json,
}

/// Validated settings, passed down explicitly; never a global.
#[derive(Clone, Debug)]
pub struct Settings {
    pub database_url: String,
    pub listen: SocketAddr,
    pub data_dir: PathBuf,
    pub public_url: url::Url,
    pub secret_key: Option<Sensitive<String>>,
    pub admin_email: Option<String>,
    pub admin_password: Option<Sensitive<String>>,
    pub smtp_url: Option<Sensitive<String>>,
    pub log_format: LogFormat,
    pub web_dir: PathBuf,
    pub engine: EngineSettings,
}

/// How runs are executed; every value has a default that suits one server.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EngineSettings {
    /// Runs executed at once by this process (`VIZPOST_WORKERS`, default 2).
    pub workers: usize,
    /// A claimed run is handed to another worker when its lease is not
    /// renewed for this long (`VIZPOST_RUN_LEASE_SECONDS`, default 30).
    pub lease_seconds: u64,
    /// A fire time missed by less than this runs late after a restart; older
    /// ones are recorded as skipped (`VIZPOST_MISFIRE_GRACE_SECONDS`, default 300).
    pub misfire_grace_seconds: u64,
    /// Finished runs older than this are deleted (`VIZPOST_RUN_RETENTION_DAYS`, default 90).
    pub retention_days: u64,
    /// Messages larger than this fail their delivery (`VIZPOST_MAX_MESSAGE_BYTES`, default 20 MiB).
    pub max_message_bytes: usize,
    /// Exports in flight per Tableau server, all its sites together
    /// (`VIZPOST_TABLEAU_MAX_CONCURRENT_EXPORTS`, default 4).
    pub max_concurrent_exports: usize,
    /// How often the scheduler looks for due schedules (`VIZPOST_TICK_MILLIS`, default 1000).
    pub tick_millis: u64,
}

impl Default for EngineSettings {
    fn default() -> Self {
        Self {
            workers: 2,
            lease_seconds: 30,
            misfire_grace_seconds: 300,
            retention_days: 90,
            max_message_bytes: 20 * 1024 * 1024,
            max_concurrent_exports: 4,
            tick_millis: 1000,
        }
    }
}

/// A setting that could not be used; its `Display` is the one line an operator sees.
#[derive(Debug, thiserror::Error)]
#[error("invalid setting {name}: {reason}")]
pub struct ConfigError {
    pub name: String,
    pub reason: String,
}

fn bad(name: &str, reason: impl Into<String>) -> ConfigError {
    ConfigError {
        name: format!("VIZPOST_{}", name.to_uppercase()),
        reason: reason.into(),
    }
}

/// The raw values, every one optional; field names double as TOML keys and,
/// upper-cased with the `VIZPOST_` prefix, as environment variable names.
#[derive(Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct Raw {
    database_url: Option<String>,
    listen: Option<String>,
    data_dir: Option<String>,
    public_url: Option<String>,
    secret_key: Option<String>,
    admin_email: Option<String>,
    admin_password: Option<String>,
    smtp_url: Option<String>,
    log_format: Option<String>,
    web_dir: Option<String>,
    workers: Option<String>,
    run_lease_seconds: Option<String>,
    misfire_grace_seconds: Option<String>,
    run_retention_days: Option<String>,
    max_message_bytes: Option<String>,
    tableau_max_concurrent_exports: Option<String>,
    tick_millis: Option<String>,
}

const KEYS: [&str; 17] = [
    "workers",
    "run_lease_seconds",
    "misfire_grace_seconds",
    "run_retention_days",
    "max_message_bytes",
    "tableau_max_concurrent_exports",
    "tick_millis",
    "database_url",
    "listen",
    "data_dir",
    "public_url",
    "secret_key",
    "admin_email",
    "admin_password",
    "smtp_url",
    "log_format",
    "web_dir",
];

impl Settings {
    /// Reads the process environment and, if named by `--config` or
    /// `VIZPOST_CONFIG`, a TOML file.
    pub fn load(config_file: Option<&Path>) -> Result<Self, ConfigError> {
        let file = config_file
            .map(Path::to_path_buf)
            .or_else(|| std::env::var_os("VIZPOST_CONFIG").map(PathBuf::from));
        let toml_text = match file {
            Some(path) => Some(std::fs::read_to_string(&path).map_err(|e| ConfigError {
                name: "VIZPOST_CONFIG".into(),
                reason: format!("cannot read {}: {e}", path.display()),
            })?),
            None => None,
        };
        Self::from_sources(toml_text.as_deref(), |key| std::env::var(key).ok())
    }

    /// Builds settings from a TOML text and an environment lookup; split from
    /// `load` so tests can feed both without touching the process.
    pub fn from_sources(
        toml_text: Option<&str>,
        env: impl Fn(&str) -> Option<String>,
    ) -> Result<Self, ConfigError> {
        let mut raw: Raw = match toml_text {
            Some(text) => toml::from_str(text).map_err(|e| ConfigError {
                name: "VIZPOST_CONFIG".into(),
                reason: e.message().to_string(),
            })?,
            None => Raw::default(),
        };
        for key in KEYS {
            let Some(value) = env(&format!("VIZPOST_{}", key.to_uppercase())) else {
                continue;
            };
            let slot = match key {
                "database_url" => &mut raw.database_url,
                "listen" => &mut raw.listen,
                "data_dir" => &mut raw.data_dir,
                "public_url" => &mut raw.public_url,
                "secret_key" => &mut raw.secret_key,
                "admin_email" => &mut raw.admin_email,
                "admin_password" => &mut raw.admin_password,
                "smtp_url" => &mut raw.smtp_url,
                "log_format" => &mut raw.log_format,
                "workers" => &mut raw.workers,
                "run_lease_seconds" => &mut raw.run_lease_seconds,
                "misfire_grace_seconds" => &mut raw.misfire_grace_seconds,
                "run_retention_days" => &mut raw.run_retention_days,
                "max_message_bytes" => &mut raw.max_message_bytes,
                "tableau_max_concurrent_exports" => &mut raw.tableau_max_concurrent_exports,
                "tick_millis" => &mut raw.tick_millis,
                _ => &mut raw.web_dir,
            };
            *slot = Some(value);
        }
        raw.validate()
    }
}

impl Raw {
    fn validate(self) -> Result<Settings, ConfigError> {
        let data_dir = PathBuf::from(self.data_dir.unwrap_or_else(|| "./data".into()));
        let listen_text = self.listen.unwrap_or_else(|| "127.0.0.1:8080".into());
        let listen = listen_text
            .to_socket_addrs()
            .ok()
            .and_then(|mut addrs| addrs.next())
            .ok_or_else(|| {
                bad(
                    "listen",
                    format!("'{listen_text}' is not a host:port address"),
                )
            })?;
        let public_text = self
            .public_url
            .unwrap_or_else(|| format!("http://{listen}"));
        let public_url = url::Url::parse(&public_text)
            .ok()
            .filter(|u| matches!(u.scheme(), "http" | "https"))
            .ok_or_else(|| {
                bad(
                    "public_url",
                    format!("'{public_text}' is not an http(s) URL"),
                )
            })?;
        let database_url = match self.database_url {
            Some(url) if url.starts_with("sqlite:") || url.starts_with("postgres") => url,
            Some(url) => {
                let scheme = url.split(':').next().unwrap_or_default();
                return Err(bad(
                    "database_url",
                    format!("scheme '{scheme}' is not supported (use sqlite: or postgres://)"),
                ));
            }
            None => format!(
                "sqlite://{}?mode=rwc",
                data_dir.join("vizpost.db").display()
            ),
        };
        if let Some(key) = &self.secret_key
            && key.len() < 32
        {
            return Err(bad("secret_key", "must be at least 32 characters long"));
        }
        if let Some(email) = &self.admin_email
            && crate::recipient::EmailAddress::parse(email).is_err()
        {
            return Err(bad(
                "admin_email",
                format!("'{email}' is not an email address"),
            ));
        }
        if self.admin_email.is_some() != self.admin_password.is_some() {
            return Err(bad(
                "admin_password",
                "admin email and password must be set together",
            ));
        }
        if let Some(smtp) = &self.smtp_url {
            crate::mail::SmtpSettings::parse(smtp).map_err(|e| bad("smtp_url", e.to_string()))?;
        }
        let log_format = match self.log_format.as_deref() {
            None | Some("pretty") => LogFormat::Pretty,
            Some("json") => LogFormat::Json,
            Some(other) => {
                return Err(bad(
                    "log_format",
                    format!("'{other}' is neither 'pretty' nor 'json'"),
                ));
            }
        };
        let defaults = EngineSettings::default();
        let engine = EngineSettings {
            workers: number("workers", self.workers, defaults.workers as u64, 1, 64)? as usize,
            lease_seconds: number(
                "run_lease_seconds",
                self.run_lease_seconds,
                defaults.lease_seconds,
                1,
                3600,
            )?,
            misfire_grace_seconds: number(
                "misfire_grace_seconds",
                self.misfire_grace_seconds,
                defaults.misfire_grace_seconds,
                0,
                7 * 86400,
            )?,
            retention_days: number(
                "run_retention_days",
                self.run_retention_days,
                defaults.retention_days,
                1,
                36500,
            )?,
            max_message_bytes: number(
                "max_message_bytes",
                self.max_message_bytes,
                defaults.max_message_bytes as u64,
                1024,
                1 << 30,
            )? as usize,
            max_concurrent_exports: number(
                "tableau_max_concurrent_exports",
                self.tableau_max_concurrent_exports,
                defaults.max_concurrent_exports as u64,
                1,
                64,
            )? as usize,
            tick_millis: number(
                "tick_millis",
                self.tick_millis,
                defaults.tick_millis,
                10,
                60_000,
            )?,
        };
        Ok(Settings {
            engine,
            database_url,
            listen,
            data_dir,
            public_url,
            secret_key: self.secret_key.map(Sensitive),
            admin_email: self.admin_email,
            admin_password: self.admin_password.map(Sensitive),
            smtp_url: self.smtp_url.map(Sensitive),
            log_format,
            web_dir: PathBuf::from(self.web_dir.unwrap_or_else(|| "web/dist".into())),
        })
    }
}

fn number(
    name: &str,
    text: Option<String>,
    default: u64,
    min: u64,
    max: u64,
) -> Result<u64, ConfigError> {
    let Some(text) = text else { return Ok(default) };
    match text.trim().parse::<u64>() {
        Ok(v) if (min..=max).contains(&v) => Ok(v),
        _ => Err(bad(
            name,
            format!("'{text}' is not a whole number from {min} to {max}"),
        )),
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn env_of(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
        let pairs: Vec<(String, String)> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        move |key| pairs.iter().find(|(k, _)| k == key).map(|(_, v)| v.clone())
    }

    #[test]
    fn defaults_use_sqlite_under_data_and_port_8080() {
        let s = Settings::from_sources(None, env_of(&[])).unwrap();
        assert_eq!(s.listen.port(), 8080);
        assert!(s.database_url.starts_with("sqlite://./data/vizpost.db"));
        assert_eq!(s.public_url.as_str(), "http://127.0.0.1:8080/");
    }

    #[test]
    fn environment_overrides_the_file() {
        let file = "listen = \"127.0.0.1:9000\"\nlog_format = \"json\"";
        let s = Settings::from_sources(Some(file), env_of(&[("VIZPOST_LISTEN", "127.0.0.1:9100")]))
            .unwrap();
        assert_eq!(s.listen.port(), 9100);
        assert_eq!(s.log_format, LogFormat::Json);
    }

    #[test]
    fn a_bad_value_names_the_variable_and_the_reason() {
        let err = Settings::from_sources(None, env_of(&[("VIZPOST_LISTEN", "nowhere")]))
            .unwrap_err()
            .to_string();
        assert_eq!(
            err,
            "invalid setting VIZPOST_LISTEN: 'nowhere' is not a host:port address"
        );
        let err = Settings::from_sources(None, env_of(&[("VIZPOST_SECRET_KEY", "short")]))
            .unwrap_err()
            .to_string();
        assert!(err.contains("VIZPOST_SECRET_KEY"), "{err}");
        let err = Settings::from_sources(None, env_of(&[("VIZPOST_DATABASE_URL", "mysql://x")]))
            .unwrap_err()
            .to_string();
        assert!(err.contains("'mysql' is not supported"), "{err}");
    }

    #[test]
    fn unknown_keys_in_the_file_are_refused() {
        let err = Settings::from_sources(Some("lisen = \"x\""), env_of(&[])).unwrap_err();
        assert!(err.reason.contains("lisen"), "{}", err.reason);
    }
}

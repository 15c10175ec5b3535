//! `VIZPOST_SMTP_URL` parsed into connection settings, such as
//! `smtp://user:pass@host:587?tls=starttls&ca_file=/etc/ssl/corp-ca.pem`.

use crate::secret::Sensitive;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TlsMode {
    /// Plain connection, for a relay on the same host or a test sink.
    None,
    /// Upgrade with STARTTLS (the usual choice on port 587).
    StartTls,
    /// TLS from the first byte (port 465).
    Tls,
}

#[derive(Clone, Debug)]
pub struct SmtpSettings {
    pub host: String,
    pub port: u16,
    pub tls: TlsMode,
    pub username: Option<String>,
    pub password: Option<Sensitive<String>>,
    pub from: Option<String>,
    /// A PEM file of certificate authorities to trust besides the system's,
    /// for a relay whose certificate a private authority signed.
    pub ca_file: Option<std::path::PathBuf>,
}

impl SmtpSettings {
    pub fn parse(text: &str) -> Result<Self, String> {
        let url = url::Url::parse(text).map_err(|e| format!("not a URL ({e})"))?;
        let default_tls = match url.scheme() {
            "smtp" => TlsMode::StartTls,
            "smtps" => TlsMode::Tls,
            other => return Err(format!("scheme '{other}' is not smtp or smtps")),
        };
        let host = url
            .host_str()
            .filter(|h| !h.is_empty())
            .ok_or("the URL has no host")?;
        let mut tls = default_tls;
        let mut from = None;
        let mut ca_file = None;
        for (key, value) in url.query_pairs() {
            match key.as_ref() {
                "tls" => {
                    tls = match value.as_ref() {
                        "none" => TlsMode::None,
                        "starttls" => TlsMode::StartTls,
                        "tls" => TlsMode::Tls,
                        other => {
                            return Err(format!("tls='{other}' is not none, starttls or tls"));
                        }
                    }
                }
                "from" => from = Some(value.into_owned()),
                "ca_file" => ca_file = Some(std::path::PathBuf::from(value.into_owned())),
                other => {
                    return Err(format!(
                        "unknown option '{other}' (known: tls, from, ca_file)"
                    ));
                }
            }
        }
        let port = url.port().unwrap_or(match tls {
            TlsMode::Tls => 465,
            TlsMode::StartTls => 587,
            TlsMode::None => 25,
        });
        let decode = |s: &str| {
            url::form_urlencoded::parse(s.as_bytes())
                .map(|(k, _)| k.into_owned())
                .collect::<String>()
        };
        let username = Some(url.username()).filter(|u| !u.is_empty()).map(decode);
        let password = url.password().map(|p| Sensitive(decode(p)));
        Ok(Self {
            host: host.to_string(),
            port,
            tls,
            username,
            password,
            from,
            ca_file,
        })
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn reads_credentials_port_and_tls_mode() {
        let s = SmtpSettings::parse("smtp://bob:p%40ss@mail.example.com:2525?tls=none").unwrap();
        assert_eq!(
            (s.host.as_str(), s.port, s.tls),
            ("mail.example.com", 2525, TlsMode::None)
        );
        assert_eq!(s.username.as_deref(), Some("bob"));
        assert_eq!(s.password.unwrap().expose(), "p@ss");
        assert_eq!(SmtpSettings::parse("smtps://h.example").unwrap().port, 465);
    }

    #[test]
    fn refuses_unknown_schemes_and_options() {
        assert!(
            SmtpSettings::parse("http://x")
                .unwrap_err()
                .contains("scheme")
        );
        assert!(
            SmtpSettings::parse("smtp://x?tls=maybe")
                .unwrap_err()
                .contains("maybe")
        );
    }
}

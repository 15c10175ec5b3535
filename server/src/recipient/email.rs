//! Email addresses as a type: built only by parsing, so every address the
//! rest of the code holds has already been checked.

use std::fmt;

#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct EmailAddress(String);

impl EmailAddress {
    /// Accepts `local@domain` with a dotted domain; the domain is lower-cased
    /// so comparisons and the allowed-domain check are case-insensitive.
    pub fn parse(text: &str) -> Result<Self, String> {
        let text = text.trim();
        let parsed = email_address::EmailAddress::parse_with_options(
            text,
            email_address::Options::default().without_display_text(),
        )
        .map_err(|e| format!("'{text}' is not a valid email address ({e})"))?;
        let domain = parsed.domain().to_ascii_lowercase();
        if !domain.contains('.') || domain.starts_with('[') {
            return Err(format!(
                "'{text}' is not a valid email address (domain has no dot)"
            ));
        }
        Ok(Self(format!("{}@{domain}", parsed.local_part())))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn domain(&self) -> &str {
        self.0.rsplit_once('@').map_or("", |(_, d)| d)
    }

    /// Whether a site that restricts recipients to `domains` accepts this
    /// address; an empty list accepts everyone. Subdomains are not implied.
    pub fn allowed_by(&self, domains: &[String]) -> bool {
        domains.is_empty()
            || domains
                .iter()
                .any(|d| d.eq_ignore_ascii_case(self.domain()))
    }
}

impl fmt::Display for EmailAddress {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn parses_and_lowercases_the_domain_only() {
        let a = EmailAddress::parse(" Ann.Lee@Example.COM ").unwrap();
        assert_eq!(a.as_str(), "Ann.Lee@example.com");
        assert_eq!(a.domain(), "example.com");
    }

    #[test]
    fn refuses_what_cannot_receive_mail() {
        for bad in [
            "",
            "ann",
            "ann@",
            "@example.com",
            "ann@localhost",
            "Ann <ann@example.com>",
        ] {
            assert!(EmailAddress::parse(bad).is_err(), "{bad} accepted");
        }
    }

    #[test]
    fn allowed_domains_are_exact_and_empty_means_any() {
        let a = EmailAddress::parse("ann@sales.example.com").unwrap();
        assert!(a.allowed_by(&[]));
        assert!(a.allowed_by(&["SALES.example.com".into()]));
        assert!(!a.allowed_by(&["example.com".into()]));
    }
}

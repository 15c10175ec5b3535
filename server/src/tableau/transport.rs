//! Transport failures (no HTTP answer at all) in words, read from the
//! whole cause chain: reqwest's own message is only "error sending
//! request", while the cause says "connection refused" or names the
//! certificate problem.

use std::io::ErrorKind;

use super::error::TableauError;

/// The error for a request that got no answer from `base_url`.
pub(crate) fn failure(err: &reqwest::Error, base_url: &str) -> TableauError {
    let url = base_url.to_string();
    let mut chain = Vec::new();
    let mut io_kind = None;
    let mut cause: Option<&(dyn std::error::Error + 'static)> = Some(err);
    while let Some(e) = cause {
        if let Some(io) = e.downcast_ref::<std::io::Error>() {
            io_kind.get_or_insert(io.kind());
        }
        chain.push(e.to_string());
        cause = e.source();
    }
    let last = chain.last().cloned().unwrap_or_default();
    let all = chain.join(": ").to_ascii_lowercase();
    if err.is_timeout() || io_kind == Some(ErrorKind::TimedOut) {
        return TableauError::Timeout { url };
    }
    if let Some(reason) = tls_reason(&all, &last) {
        return TableauError::Tls { url, reason };
    }
    let reason = match io_kind {
        Some(ErrorKind::ConnectionRefused) => "connection refused".to_string(),
        Some(ErrorKind::ConnectionReset | ErrorKind::ConnectionAborted) => {
            "the connection was closed unexpectedly".to_string()
        }
        _ if all.contains("dns error") || all.contains("failed to lookup address") => {
            "the host name could not be resolved".to_string()
        }
        _ => last,
    };
    TableauError::Unreachable { url, reason }
}

fn tls_reason(all: &str, last: &str) -> Option<String> {
    let markers = [
        "certificate",
        "tls",
        "handshake",
        "corrupt message",
        "invalidcontenttype",
        "unknownissuer",
    ];
    if !markers.iter().any(|m| all.contains(m)) {
        return None;
    }
    let reason = if all.contains("unknownissuer") || all.contains("unknown issuer") {
        "the server's certificate is not signed by an authority this machine trusts".to_string()
    } else if all.contains("expired") || all.contains("not valid yet") {
        "the server's certificate has expired or is not valid yet (or this machine's clock \
         is wrong)"
            .to_string()
    } else if all.contains("notvalidforname") || all.contains("not valid for name") {
        "the server's certificate is not valid for this host name".to_string()
    } else if all.contains("corrupt message") || all.contains("invalidcontenttype") {
        "the server did not answer with TLS; it may serve plain HTTP on this port \
         (try an http:// address)"
            .to_string()
    } else {
        format!("the TLS handshake failed ({last})")
    };
    Some(reason)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::tls_reason;

    #[test]
    fn certificate_problems_are_worded() {
        let reason = |chain: &str| tls_reason(&chain.to_ascii_lowercase(), chain).unwrap();
        assert!(reason("invalid peer certificate: UnknownIssuer").contains("not signed by"));
        assert!(
            reason("invalid peer certificate: certificate expired: verification time 1")
                .contains("expired")
        );
        assert!(
            reason("invalid peer certificate: certificate not valid for name \"a\"")
                .contains("not valid for this host name")
        );
        assert!(
            reason("received corrupt message of type InvalidContentType").contains("plain HTTP")
        );
        assert_eq!(
            tls_reason("tcp connect error: connection refused", ""),
            None
        );
    }
}

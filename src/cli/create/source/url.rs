//! The part of Go's `net/url.Parse` the create commands rely on: the scheme (lower-cased) and the host,
//! with Go's error messages, so `flux create source git --url=git@github.com:org/repo` fails with the
//! same words as upstream (`parse "git@github.com:org/repo": first path segment in URL cannot contain
//! colon`).

use crate::cli::go_quote;

/// A parsed URL: only what the commands look at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoUrl {
    /// Lower-cased, empty when the URL has none.
    pub scheme: String,
    /// `host[:port]` without user info; empty when the URL has no authority.
    pub host: String,
}

/// Go's `url.Parse`; the error reads as Go's `*url.Error` (`parse "<url>": <reason>`).
pub fn parse(raw: &str) -> Result<GoUrl, String> {
    // The fragment is cut off first and reported against the URL without it, as Go does.
    let (without_fragment, _) = raw.split_once('#').unwrap_or((raw, ""));
    parse_reference(without_fragment).map_err(|reason| format!("parse {}: {reason}", go_quote(without_fragment)))
}

fn parse_reference(raw: &str) -> Result<GoUrl, String> {
    if raw.bytes().any(|b| b < 0x20 || b == 0x7f) {
        return Err("net/url: invalid control character in URL".into());
    }
    if raw == "*" {
        return Ok(GoUrl { scheme: String::new(), host: String::new() });
    }
    let (scheme, rest) = scheme(raw)?;
    let scheme = scheme.to_ascii_lowercase();
    let rest = if rest.ends_with('?') && rest.matches('?').count() == 1 {
        &rest[..rest.len() - 1]
    } else {
        rest.split_once('?').map_or(rest, |(path, _)| path)
    };
    if !rest.starts_with('/') {
        if !scheme.is_empty() {
            // A rootless path after a scheme is opaque (`mailto:x`): no host.
            return Ok(GoUrl { scheme, host: String::new() });
        }
        let segment = rest.split('/').next().unwrap_or_default();
        if segment.contains(':') {
            return Err("first path segment in URL cannot contain colon".into());
        }
    }
    let mut host = String::new();
    if (!scheme.is_empty() || !rest.starts_with("///")) && rest.starts_with("//") {
        let authority = &rest[2..];
        let authority = authority.split('/').next().unwrap_or_default();
        host = parse_authority(authority)?;
    }
    Ok(GoUrl { scheme, host })
}

/// Go's `getScheme`: letters, then letters, digits, `+`, `-` or `.` up to the first `:`.
fn scheme(raw: &str) -> Result<(&str, &str), String> {
    for (i, c) in raw.bytes().enumerate() {
        match c {
            b'a'..=b'z' | b'A'..=b'Z' => {}
            b'0'..=b'9' | b'+' | b'-' | b'.' if i == 0 => return Ok(("", raw)),
            b'0'..=b'9' | b'+' | b'-' | b'.' => {}
            b':' if i == 0 => return Err("missing protocol scheme".into()),
            b':' => return Ok((&raw[..i], &raw[i + 1..])),
            _ => return Ok(("", raw)),
        }
    }
    Ok(("", raw))
}

fn parse_authority(authority: &str) -> Result<String, String> {
    let (userinfo, host) = match authority.rfind('@') {
        Some(i) => (Some(&authority[..i]), &authority[i + 1..]),
        None => (None, authority),
    };
    let host = parse_host(host)?;
    if let Some(userinfo) = userinfo {
        if !userinfo.bytes().all(valid_userinfo_byte) {
            return Err("net/url: invalid userinfo".into());
        }
    }
    Ok(host)
}

fn valid_userinfo_byte(c: u8) -> bool {
    c.is_ascii_alphanumeric() || b"-._:~!$&'()*+,;=%@".contains(&c) || c >= 0x80
}

fn parse_host(host: &str) -> Result<String, String> {
    if host.starts_with('[') {
        let Some(end) = host.rfind(']') else { return Err("missing ']' in host".into()) };
        let port = &host[end + 1..];
        if !valid_optional_port(port) {
            return Err(format!("invalid port {} after host", go_quote(port)));
        }
    } else if let Some(colon) = host.rfind(':') {
        let port = &host[colon..];
        if !valid_optional_port(port) {
            return Err(format!("invalid port {} after host", go_quote(port)));
        }
    }
    let bytes = host.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i];
        if c == b'%' {
            let escape = host.get(i..(i + 3).min(host.len())).unwrap_or_default();
            if escape.len() < 3 || !escape.bytes().skip(1).all(|b| b.is_ascii_hexdigit()) {
                return Err(format!("invalid URL escape {}", go_quote(escape)));
            }
            i += 3;
            continue;
        }
        if c < 0x80 && !valid_host_byte(c) {
            return Err(format!("invalid character {} in host name", go_quote(&host[i..i + 1])));
        }
        i += 1;
    }
    Ok(host.to_string())
}

/// Bytes Go leaves unescaped in a host (`shouldEscape(c, encodeHost)` is false).
fn valid_host_byte(c: u8) -> bool {
    c.is_ascii_alphanumeric() || b"!$&'()*+,;=:[]<>\"-_.~".contains(&c)
}

/// Empty, or `:` and digits.
fn valid_optional_port(port: &str) -> bool {
    port.is_empty() || port.strip_prefix(':').is_some_and(|digits| digits.bytes().all(|b| b.is_ascii_digit()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(raw: &str) -> (String, String) {
        let u = parse(raw).unwrap();
        (u.scheme, u.host)
    }

    #[test]
    fn schemes_and_hosts() {
        assert_eq!(ok("https://github.com/stefanprodan/podinfo"), ("https".into(), "github.com".into()));
        assert_eq!(ok("SSH://git@github.com:22/org/repo"), ("ssh".into(), "github.com:22".into()));
        assert_eq!(ok("oci://ghcr.io/stefanprodan/charts"), ("oci".into(), "ghcr.io".into()));
        assert_eq!(ok("git://example.com/charts"), ("git".into(), "example.com".into()));
        assert_eq!(ok("https:example.com"), ("https".into(), String::new()));
        assert_eq!(ok("/just/a/path"), (String::new(), String::new()));
        assert_eq!(ok("example.com/charts"), (String::new(), String::new()));
        assert_eq!(ok("https://[::1]:8443/x#frag"), ("https".into(), "[::1]:8443".into()));
    }

    #[test]
    fn errors_read_as_gos() {
        let e = |raw: &str| parse(raw).unwrap_err();
        assert_eq!(
            e("git@github.com:org/repo"),
            r#"parse "git@github.com:org/repo": first path segment in URL cannot contain colon"#
        );
        assert_eq!(e(":foo"), r#"parse ":foo": missing protocol scheme"#);
        assert_eq!(e("https://host:port/x"), r#"parse "https://host:port/x": invalid port ":port" after host"#);
        assert_eq!(e("https://ho st/x"), r#"parse "https://ho st/x": invalid character " " in host name"#);
        assert_eq!(e("https://a\nb"), "parse \"https://a\\nb\": net/url: invalid control character in URL");
        assert_eq!(e("https://[::1/x"), r#"parse "https://[::1/x": missing ']' in host"#);
    }
}

//! A GitRepository's credentials: the keys of its `secretRef` and `proxySecretRef` Secrets turned into
//! [`git::Auth`], with upstream's rules (fluxcd/pkg `git.NewAuthOptions`, `runtime/secrets`) and its
//! messages. Nothing here ever puts a secret value into an error.

use std::collections::BTreeMap;

use git::auth::{Auth, Basic, Proxy, Ssh};
use url::Url;

/// The Secret data keys flux-rs reads, as upstream names them.
pub mod key {
    pub const USERNAME: &str = "username";
    pub const PASSWORD: &str = "password";
    pub const BEARER_TOKEN: &str = "bearerToken";
    pub const IDENTITY: &str = "identity";
    pub const KNOWN_HOSTS: &str = "known_hosts";
    pub const CA_CERT: &str = "ca.crt";
    /// The deprecated name of `ca.crt`, read when `ca.crt` is absent.
    pub const CA_FILE: &str = "caFile";
    pub const TLS_CERT: &str = "tls.crt";
    pub const TLS_KEY: &str = "tls.key";
    pub const GITHUB_APP_ID: &str = "githubAppID";
    pub const ADDRESS: &str = "address";
}

/// Secret data as the API returns it: key → bytes.
pub type SecretData = BTreeMap<String, Vec<u8>>;

/// Why the credentials could not be built.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CredentialsError {
    /// Upstream's `AuthOptions.Validate` and friends: reason `AuthenticationFailed`, retried.
    Invalid(String),
    /// A key flux-rs does not implement (mTLS client certificates): the object stalls until it changes.
    Unsupported(String),
    /// GitHub App data without `provider: github` (upstream: `InvalidProviderConfiguration`).
    Provider(String),
}

/// The credentials for `url` from the `secretRef` Secret's data (`None`: no secretRef), as upstream's
/// `NewAuthOptions`: SSH takes `identity`, `known_hosts` and `password` (the key's passphrase); HTTP(S)
/// takes `bearerToken`, or else `username`/`password`, and `ca.crt` (else `caFile`); credentials in the
/// URL's user info fill in what the Secret does not give.
pub fn auth_from_secret(url: &Url, secret: Option<(&str, &SecretData)>) -> Result<Auth, CredentialsError> {
    let mut auth = Auth::default();
    let data = secret.map(|(_, d)| d);
    let get = |k: &str| data.and_then(|d| d.get(k)).filter(|v| !v.is_empty());
    let text = |k: &str| get(k).map(|v| String::from_utf8_lossy(v).into_owned());
    let scheme = url.scheme();

    if let Some((name, data)) = secret {
        if data.get(key::GITHUB_APP_ID).is_some_and(|v| !v.is_empty()) {
            return Err(CredentialsError::Provider(format!(
                "secretRef '{name}' has github app data but provider is not set to github"
            )));
        }
        if scheme != "ssh" && (get(key::TLS_CERT).is_some() || get(key::TLS_KEY).is_some()) {
            return Err(CredentialsError::Unsupported(format!(
                "secret '{name}' has a client certificate ('tls.crt'/'tls.key'): mutual TLS is not supported by \
                 flux-rs yet; remove the keys or use source-controller"
            )));
        }
    }

    match scheme {
        "ssh" => {
            let identity = get(key::IDENTITY);
            let known_hosts = text(key::KNOWN_HOSTS);
            if url.host_str().unwrap_or_default().is_empty() {
                return Err(CredentialsError::Invalid("invalid 'ssh' auth option: 'host' is required".into()));
            }
            let Some(identity) = identity else {
                return Err(CredentialsError::Invalid("invalid 'ssh' auth option: 'identity' is required".into()));
            };
            let Some(known_hosts) = known_hosts else {
                return Err(CredentialsError::Invalid("invalid 'ssh' auth option: 'known_hosts' is required".into()));
            };
            let user = Some(url.username()).filter(|u| !u.is_empty()).unwrap_or("git").to_string();
            auth.ssh = Some(Ssh {
                user: Some(user),
                private_key: identity.clone(),
                passphrase: text(key::PASSWORD),
                known_hosts,
            });
        }
        "http" | "https" => {
            auth.ca_pem = get(key::CA_CERT).or_else(|| get(key::CA_FILE)).cloned();
            let token = data.and_then(|d| d.get(key::BEARER_TOKEN));
            let (mut username, mut password) = match token {
                Some(token) => {
                    auth.bearer_token = Some(String::from_utf8_lossy(token).into_owned());
                    (String::new(), String::new())
                }
                None => (text(key::USERNAME).unwrap_or_default(), text(key::PASSWORD).unwrap_or_default()),
            };
            if username.is_empty() {
                username = percent_decode(url.username());
            }
            if password.is_empty() {
                password = url.password().map(percent_decode).unwrap_or_default();
            }
            if username.is_empty() && !password.is_empty() {
                return Err(CredentialsError::Invalid(format!(
                    "invalid '{scheme}' auth option: 'password' requires 'username' to be set"
                )));
            }
            if !username.is_empty() {
                auth.basic = Some(Basic { username, password });
            }
        }
        other => return Err(CredentialsError::Invalid(format!("unknown transport '{other}'"))),
    }
    Ok(auth)
}

/// The proxy of a `proxySecretRef` Secret (upstream's `ProxyURLFromSecret`): `address` (http, https or
/// socks5 — flux-rs's Git client takes http and https), optional `username` and `password`. `name` is
/// `<namespace>/<name>`, for messages.
pub fn proxy_from_secret(name: &str, data: &SecretData) -> Result<Proxy, String> {
    let Some(address) = data.get(key::ADDRESS) else {
        return Err(format!("secret '{name}': key 'address' not found"));
    };
    let address = String::from_utf8_lossy(address).into_owned();
    if address.is_empty() {
        return Err(format!("secret '{name}': proxy address is empty"));
    }
    if address.len() > 2048 {
        return Err(format!("secret '{name}': proxy URL exceeds maximum length of 2048 characters"));
    }
    let parsed = Url::parse(&address)
        .map_err(|e| format!("secret '{name}': failed to parse proxy address '{}': {e}", redact_url(&address)))?;
    match parsed.scheme() {
        "http" | "https" => {}
        "socks5" => {
            return Err(format!("secret '{name}': socks5 proxies are not supported by flux-rs yet; use http or https"))
        }
        other => {
            return Err(format!(
                "secret '{name}': proxy URL must use one of the supported schemes (http, https, socks5), got '{other}'"
            ))
        }
    }
    let text = |k: &str| data.get(k).map(|v| String::from_utf8_lossy(v).into_owned());
    let (username, password) = match (text(key::USERNAME), text(key::PASSWORD)) {
        (Some(u), Some(p)) => (Some(u), Some(p)),
        (Some(u), None) => (Some(u), None),
        _ => (None, None),
    };
    Ok(Proxy { address, username, password })
}

/// The URL with the password of its user info replaced by `***`, for messages.
pub fn redact_url(text: &str) -> String {
    match Url::parse(text) {
        Ok(mut u) if u.password().is_some() => {
            let _ = u.set_password(Some("***"));
            u.to_string()
        }
        Ok(_) => text.to_string(),
        // Unparsable: cut a possible `user:password@` out of the authority.
        Err(_) => match (text.find("://"), text.rfind('@')) {
            (Some(s), Some(at)) if at > s => format!("{}***{}", &text[..s + 3], &text[at..]),
            _ => text.to_string(),
        },
    }
}

/// Whether a private key needs a passphrase: an OpenSSH key whose cipher is not `none`, or a PEM key
/// marked `ENCRYPTED` (upstream asks `ssh.ParseRawPrivateKey` for a `PassphraseMissingError`).
pub fn is_encrypted_key(pem: &[u8]) -> bool {
    use base64::Engine;
    let text = String::from_utf8_lossy(pem);
    const OPENSSH: &str = "-----BEGIN OPENSSH PRIVATE KEY-----";
    if let Some(start) = text.find(OPENSSH) {
        let body: String = text[start + OPENSSH.len()..]
            .lines()
            .take_while(|l| !l.starts_with("-----END"))
            .flat_map(|l| l.trim().chars())
            .collect();
        let Ok(raw) = base64::engine::general_purpose::STANDARD.decode(body) else { return false };
        let Some(rest) = raw.strip_prefix(b"openssh-key-v1\0") else { return false };
        let Some(len) = rest.get(..4).map(|b| u32::from_be_bytes([b[0], b[1], b[2], b[3]]) as usize) else {
            return false;
        };
        return rest.get(4..4 + len).is_some_and(|cipher| cipher != b"none");
    }
    text.contains("BEGIN ENCRYPTED PRIVATE KEY") || text.contains("Proc-Type: 4,ENCRYPTED")
}

fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            if let (Some(h), Some(l)) = (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                out.push((h * 16 + l) as u8);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn data(pairs: &[(&str, &str)]) -> SecretData {
        pairs.iter().map(|(k, v)| (k.to_string(), v.as_bytes().to_vec())).collect()
    }

    fn url(u: &str) -> Url {
        Url::parse(u).unwrap()
    }

    #[test]
    fn basic_auth_and_ca() {
        let d = data(&[("username", "git"), ("password", "s3cr3t"), ("caFile", "old"), ("ca.crt", "new")]);
        let auth = auth_from_secret(&url("https://example.com/r.git"), Some(("ns/a", &d))).unwrap();
        assert_eq!(auth.basic, Some(Basic { username: "git".into(), password: "s3cr3t".into() }));
        assert_eq!(auth.ca_pem.as_deref(), Some(&b"new"[..]));
        let d = data(&[("caFile", "old")]);
        let auth = auth_from_secret(&url("https://example.com/r.git"), Some(("ns/a", &d))).unwrap();
        assert_eq!(auth.ca_pem.as_deref(), Some(&b"old"[..]));
        assert!(auth.basic.is_none());
    }

    #[test]
    fn bearer_token_wins_over_basic_auth() {
        let d = data(&[("username", "git"), ("password", "p"), ("bearerToken", "tok")]);
        let auth = auth_from_secret(&url("https://example.com/r.git"), Some(("ns/a", &d))).unwrap();
        assert_eq!(auth.bearer_token.as_deref(), Some("tok"));
        assert!(auth.basic.is_none());
    }

    #[test]
    fn url_user_info_fills_in() {
        let auth = auth_from_secret(&url("https://me:p%40ss@example.com/r.git"), None).unwrap();
        assert_eq!(auth.basic, Some(Basic { username: "me".into(), password: "p@ss".into() }));
        let d = data(&[("password", "p")]);
        let err = auth_from_secret(&url("http://example.com/r.git"), Some(("ns/a", &d))).unwrap_err();
        assert_eq!(
            err,
            CredentialsError::Invalid("invalid 'http' auth option: 'password' requires 'username' to be set".into())
        );
    }

    #[test]
    fn ssh_needs_identity_and_known_hosts() {
        let u = url("ssh://git@example.com/r.git");
        let err = auth_from_secret(&u, None).unwrap_err();
        assert_eq!(err, CredentialsError::Invalid("invalid 'ssh' auth option: 'identity' is required".into()));
        let d = data(&[("identity", "KEY")]);
        let err = auth_from_secret(&u, Some(("ns/a", &d))).unwrap_err();
        assert_eq!(err, CredentialsError::Invalid("invalid 'ssh' auth option: 'known_hosts' is required".into()));
        let d = data(&[("identity", "KEY"), ("known_hosts", "example.com ssh-ed25519 AAAA"), ("password", "pp")]);
        let auth = auth_from_secret(&url("ssh://example.com/r.git"), Some(("ns/a", &d))).unwrap();
        let ssh = auth.ssh.unwrap();
        assert_eq!((ssh.user.as_deref(), ssh.passphrase.as_deref()), (Some("git"), Some("pp")));
    }

    #[test]
    fn unsupported_and_misplaced_keys() {
        let d = data(&[("tls.crt", "C"), ("tls.key", "K")]);
        let err = auth_from_secret(&url("https://example.com/r.git"), Some(("ns/a", &d))).unwrap_err();
        assert!(matches!(err, CredentialsError::Unsupported(ref m) if m.contains("mutual TLS")), "{err:?}");
        let d = data(&[("githubAppID", "1")]);
        let err = auth_from_secret(&url("https://example.com/r.git"), Some(("ns/a", &d))).unwrap_err();
        assert_eq!(
            err,
            CredentialsError::Provider("secretRef 'ns/a' has github app data but provider is not set to github".into())
        );
    }

    #[test]
    fn proxies() {
        let p = proxy_from_secret(
            "ns/p",
            &data(&[("address", "http://proxy:3128"), ("username", "u"), ("password", "pw")]),
        )
        .unwrap();
        assert_eq!((p.username.as_deref(), p.password.as_deref()), (Some("u"), Some("pw")));
        assert_eq!(proxy_from_secret("ns/p", &data(&[])).unwrap_err(), "secret 'ns/p': key 'address' not found");
        let err = proxy_from_secret("ns/p", &data(&[("address", "ftp://proxy")])).unwrap_err();
        assert!(err.contains("supported schemes (http, https, socks5), got 'ftp'"), "{err}");
    }

    #[test]
    fn urls_lose_their_passwords_in_messages() {
        assert_eq!(redact_url("https://me:hunter2@example.com/r"), "https://me:***@example.com/r");
        assert_eq!(redact_url("https://example.com/r"), "https://example.com/r");
        assert!(!redact_url("https://me:hunter2@[bad/r").contains("hunter2"));
    }
}

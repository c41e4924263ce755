//! Credentials and transport settings for one Git server, as a GitRepository's `secretRef` and
//! `proxySecretRef` describe them (keys `username`/`password`, `bearerToken`, `identity`/`identity.pub`/
//! `known_hosts`/`password` for SSH, `ca.crt`; proxy `address`/`username`/`password`).
//!
//! Every type here prints its secrets as `***` in `Debug`, so a credential can be logged by accident
//! without leaking.

use std::fmt;

/// Everything needed to talk to one remote. `Auth::default()` is anonymous access.
#[derive(Clone, Default)]
pub struct Auth {
    /// HTTP basic authentication (`username`, `password`).
    pub basic: Option<Basic>,
    /// HTTP `Authorization: Bearer <token>` (`bearerToken`).
    pub bearer_token: Option<String>,
    /// SSH private key and the host keys to trust.
    pub ssh: Option<Ssh>,
    /// PEM certificates to trust for HTTPS, in addition to the system's (`ca.crt`).
    pub ca_pem: Option<Vec<u8>>,
    /// An HTTP(S) proxy for HTTPS remotes.
    pub proxy: Option<Proxy>,
}

/// HTTP basic authentication.
#[derive(Clone, PartialEq, Eq)]
pub struct Basic {
    pub username: String,
    pub password: String,
}

/// SSH authentication: a private key and the `known_hosts` lines the server's host key must match.
/// There is no way to accept an unknown host key.
#[derive(Clone, PartialEq, Eq)]
pub struct Ssh {
    /// The user to log in as when the URL names none (Flux's default is `git`).
    pub user: Option<String>,
    /// The private key, PEM or OpenSSH format (`identity`).
    pub private_key: Vec<u8>,
    /// The key's passphrase, if it is encrypted (`password`).
    pub passphrase: Option<String>,
    /// `known_hosts` lines (`known_hosts`); required.
    pub known_hosts: String,
}

/// An HTTP proxy.
#[derive(Clone, PartialEq, Eq)]
pub struct Proxy {
    /// `http://host:port` or `https://host:port`.
    pub address: String,
    pub username: Option<String>,
    pub password: Option<String>,
}

const MASK: &str = "***";

fn masked<T>(value: &Option<T>) -> Option<&'static str> {
    value.as_ref().map(|_| MASK)
}

impl fmt::Debug for Auth {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Auth")
            .field("basic", &self.basic)
            .field("bearer_token", &masked(&self.bearer_token))
            .field("ssh", &self.ssh)
            .field("ca_pem", &self.ca_pem.as_ref().map(|c| format!("{} bytes", c.len())))
            .field("proxy", &self.proxy)
            .finish()
    }
}

impl fmt::Debug for Basic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Basic").field("username", &self.username).field("password", &MASK).finish()
    }
}

impl fmt::Debug for Ssh {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Ssh")
            .field("user", &self.user)
            .field("private_key", &MASK)
            .field("passphrase", &masked(&self.passphrase))
            .field("known_hosts", &format!("{} lines", self.known_hosts.lines().count()))
            .finish()
    }
}

impl fmt::Debug for Proxy {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Proxy")
            .field("address", &self.address)
            .field("username", &self.username)
            .field("password", &masked(&self.password))
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_never_shows_secrets() {
        let auth = Auth {
            basic: Some(Basic { username: "git".into(), password: "hunter2".into() }),
            bearer_token: Some("tok-123".into()),
            ssh: Some(Ssh {
                user: None,
                private_key: b"-----BEGIN OPENSSH PRIVATE KEY-----".to_vec(),
                passphrase: Some("pass-456".into()),
                known_hosts: "host ssh-ed25519 AAAA".into(),
            }),
            ca_pem: Some(b"cert".to_vec()),
            proxy: Some(Proxy { address: "http://proxy:3128".into(), username: None, password: Some("p-789".into()) }),
        };
        let text = format!("{auth:?}");
        for secret in ["hunter2", "tok-123", "OPENSSH PRIVATE", "pass-456", "p-789"] {
            assert!(!text.contains(secret), "{secret} leaked: {text}");
        }
        assert!(text.contains("git") && text.contains("proxy:3128"));
    }
}

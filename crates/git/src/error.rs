//! What can go wrong talking to a Git server, typed so that a controller can map each kind to a
//! condition reason. Messages name the URL without its credentials and never contain a secret from
//! [`Auth`](crate::auth::Auth).

use std::time::Duration;

/// A clone, fetch or listing failure.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The URL does not parse, has an unsupported scheme, or does not fit the credentials given.
    #[error("invalid URL '{url}': {reason}")]
    InvalidUrl { url: String, reason: String },

    /// The reference does not parse (`semver` range, ref name, commit hash).
    #[error("{0}")]
    InvalidReference(String),

    /// The server rejected the credentials (HTTP 401/403, SSH `Permission denied`).
    #[error("authentication failed for '{url}': {detail}")]
    AuthenticationFailed { url: String, detail: String },

    /// The SSH server's host key is not in `known_hosts` (or does not match it).
    #[error("unknown SSH host key for '{url}': the server's host key is not in known_hosts: {detail}")]
    UnknownHostKey { url: String, detail: String },

    /// The server could not be reached: refused connection, unknown host, no route.
    #[error("unable to reach '{url}': {detail}")]
    Unreachable { url: String, detail: String },

    /// TLS failed: the server's certificate is not trusted, or the handshake broke.
    #[error("TLS handshake with '{url}' failed: {detail}")]
    Tls { url: String, detail: String },

    /// The operation ran out of time.
    #[error("timeout of {timeout:?} reached while talking to '{url}'")]
    Timeout { url: String, timeout: Duration },

    /// No repository at that URL (HTTP 404, daemon `access denied or repository not exported`, …).
    #[error("unable to clone: repository not found: git repository: '{url}'")]
    RepositoryNotFound { url: String, detail: String },

    /// The reference is not on the remote, in upstream's words (`couldn't find remote ref "refs/heads/x"`,
    /// `unable to resolve ref 'x' to a specific commit`, `no match found for semver: x`,
    /// `unable to resolve commit object for 'x': object not found`).
    #[error("{message}")]
    ReferenceNotFound { url: String, message: String },

    /// The remote repository has no commit at all (Flux: `EmptyGitRepository`).
    #[error("git repository is empty: '{url}'")]
    EmptyRepository { url: String },

    /// Any other failure of the Git protocol or of writing the checkout.
    #[error("unable to clone '{url}': {detail}")]
    Other { url: String, detail: String },
}

impl Error {
    /// Whether this is [`Error::AuthenticationFailed`] or [`Error::UnknownHostKey`]: the credentials or
    /// trust settings need fixing, retrying will not help.
    pub fn is_auth(&self) -> bool {
        matches!(self, Error::AuthenticationFailed { .. } | Error::UnknownHostKey { .. })
    }

    /// Whether the reference (or the repository) is not there.
    pub fn is_not_found(&self) -> bool {
        matches!(self, Error::ReferenceNotFound { .. } | Error::RepositoryNotFound { .. })
    }
}

/// Removes every occurrence of each secret from `text`.
pub(crate) fn redact(mut text: String, secrets: &[String]) -> String {
    for secret in secrets {
        if secret.len() >= 3 && text.contains(secret.as_str()) {
            text = text.replace(secret.as_str(), "***");
        }
    }
    text
}

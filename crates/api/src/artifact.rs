//! The artifact a source produces (`status.artifact`) and Flux's revision strings.
//!
//! Revisions name what an artifact was built from: `main@sha1:<40 hex>` for a Git branch,
//! `v1.0.0@sha1:<hex>` for a tag, `sha1:<hex>` for a bare commit, `latest@sha256:<hex>` for an OCI tag,
//! `sha256:<hex>` for a digest, a chart version for a HelmChart.

use std::collections::BTreeMap;
use std::fmt;

use k8s_openapi::apimachinery::pkg::apis::meta::v1::Time;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The pattern upstream puts on `artifact.digest` (an OCI-style `<algorithm>:<encoded>` digest).
pub const DIGEST_PATTERN: &str = r"^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$";

/// The output of a source reconciliation: a file in the source-controller's storage.
#[derive(Serialize, Deserialize, JsonSchema, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
#[schemars(extend("required" = ["digest", "lastUpdateTime", "path", "revision", "url"]))]
pub struct Artifact {
    /// Digest of the file, `<algorithm>:<checksum>` (e.g. `sha256:…`).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    #[schemars(regex(pattern = DIGEST_PATTERN))]
    pub digest: String,
    /// Path of the file relative to the storage root: `<kind>/<namespace>/<name>/<file>`.
    pub path: String,
    /// HTTP address of the file.
    pub url: String,
    /// A human-readable identifier of the origin of the artifact, e.g. `main@sha1:<commit>`.
    pub revision: String,
    /// When the artifact was last updated.
    pub last_update_time: Time,
    /// Size of the file in bytes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub size: Option<i64>,
    /// Metadata of the origin, e.g. OCI annotations.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<BTreeMap<String, String>>,
}

impl Artifact {
    /// Whether the artifact was built from this revision.
    pub fn has_revision(&self, revision: &str) -> bool {
        self.revision == revision
    }

    /// Whether the artifact file has this digest.
    pub fn has_digest(&self, digest: &str) -> bool {
        self.digest == digest
    }
}

/// An error in a revision or digest string.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RevisionError {
    #[error("invalid digest '{0}': expected <algorithm>:<hex>")]
    InvalidDigest(String),
    #[error("empty revision")]
    Empty,
}

/// An `<algorithm>:<encoded>` digest such as `sha1:5394cb7…` or `sha256:…`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Digest {
    pub algorithm: String,
    pub encoded: String,
}

impl Digest {
    /// Parses `<algorithm>:<encoded>` as upstream's digest pattern allows it.
    ///
    /// ```
    /// let d: api::artifact::Digest = "sha256:abc".parse().unwrap();
    /// assert_eq!((d.algorithm.as_str(), d.encoded.as_str()), ("sha256", "abc"));
    /// ```
    pub fn parse(s: &str) -> Result<Self, RevisionError> {
        let err = || RevisionError::InvalidDigest(s.to_string());
        let (algorithm, encoded) = s.split_once(':').ok_or_else(err)?;
        let algorithm_ok = !algorithm.is_empty()
            && algorithm
                .split(['.', '+', '_', '-'])
                .all(|part| !part.is_empty() && part.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()));
        let encoded_ok = !encoded.is_empty()
            && encoded.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'=' || b == b'_' || b == b'-');
        if algorithm_ok && encoded_ok {
            Ok(Digest { algorithm: algorithm.to_string(), encoded: encoded.to_string() })
        } else {
            Err(err())
        }
    }
}

impl std::str::FromStr for Digest {
    type Err = RevisionError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Digest::parse(s)
    }
}

impl fmt::Display for Digest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.algorithm, self.encoded)
    }
}

/// A revision split into its named pointer (branch, tag, ref name) and its hash.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Revision {
    /// `main`, `v1.0.0`, `refs/pull/1/head`, `latest`; absent for a bare digest.
    pub pointer: Option<String>,
    /// The algorithm of the hash; absent only for legacy revisions (`main/<hex>`, `<hex>`).
    pub algorithm: Option<String>,
    /// The hash itself, hex-encoded.
    pub hash: String,
}

impl Revision {
    /// A Git revision: `<ref>@sha1:<hash>`, or `sha1:<hash>` without a ref.
    ///
    /// ```
    /// use api::artifact::Revision;
    /// assert_eq!(Revision::git(Some("main"), "5394cb7f").to_string(), "main@sha1:5394cb7f");
    /// assert_eq!(Revision::git(None, "5394cb7f").to_string(), "sha1:5394cb7f");
    /// ```
    pub fn git(reference: Option<&str>, commit: &str) -> Self {
        Self::new(reference, "sha1", commit)
    }

    /// An OCI revision: `<tag>@sha256:<hex>`, or `sha256:<hex>` for a digest reference.
    pub fn oci(tag: Option<&str>, manifest_digest_hex: &str) -> Self {
        Self::new(tag, "sha256", manifest_digest_hex)
    }

    fn new(pointer: Option<&str>, algorithm: &str, hash: &str) -> Self {
        Revision {
            pointer: pointer.filter(|p| !p.is_empty()).map(str::to_string),
            algorithm: Some(algorithm.to_string()),
            hash: hash.to_string(),
        }
    }

    /// Parses every form upstream accepts (`SplitRevision`): `main@sha1:<h>`, `feature/x@sha1:<h>`,
    /// `sha1:<h>`, the legacy `main/<h>` and `feature/x/<h>`, `HEAD/<h>` and a bare `<h>`.
    pub fn parse(rev: &str) -> Result<Self, RevisionError> {
        if rev.is_empty() {
            return Err(RevisionError::Empty);
        }
        let pointer = match rev.rfind('@') {
            Some(i) => Some(&rev[..i]),
            None => rev.rfind('/').map(|i| &rev[..i]).filter(|p| *p != "HEAD"),
        };
        let (algorithm, hash) = match rev.rfind(':') {
            Some(i) => {
                let start = rev[..i].rfind('@').map_or(0, |a| a + 1);
                (Some(rev[start..i].to_string()), rev[i + 1..].to_string())
            }
            None => (None, rev.rsplit('/').next().unwrap_or(rev).to_string()),
        };
        Ok(Revision { pointer: pointer.map(str::to_string), algorithm, hash })
    }

    /// The digest part (`sha1:<hash>`), or the bare hash of a legacy revision.
    pub fn digest(&self) -> String {
        match &self.algorithm {
            Some(a) => format!("{a}:{}", self.hash),
            None => self.hash.clone(),
        }
    }

    /// The revision in today's format (upstream's `TransformRevision`): legacy `main/<h>` becomes
    /// `main@sha1:<h>`.
    pub fn normalized(&self) -> String {
        let digest = match &self.algorithm {
            Some(a) => format!("{a}:{}", self.hash),
            None => format!("sha1:{}", self.hash),
        };
        match &self.pointer {
            Some(p) => format!("{p}@{digest}"),
            None => digest,
        }
    }
}

impl fmt::Display for Revision {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.pointer {
            Some(p) => write!(f, "{p}@{}", self.digest()),
            None => f.write_str(&self.digest()),
        }
    }
}

/// Shortens every hexadecimal word of 40 to 128 characters (SHA-1 to SHA-512) to its first 8
/// characters, as the flux CLI does when it prints revisions and messages.
///
/// ```
/// let rev = "main@sha1:5394cb7f48332b2de7c17dd8b8384bbc84b7e738";
/// assert_eq!(api::artifact::truncate_hex(rev), "main@sha1:5394cb7f");
/// ```
pub fn truncate_hex(s: &str) -> String {
    let is_word = |c: char| c.is_ascii_alphanumeric() || c == '_';
    let is_hex = |c: char| c.is_ascii_digit() || ('a'..='f').contains(&c);
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(start) = rest.find(is_word) {
        out.push_str(&rest[..start]);
        let word_rest = &rest[start..];
        let end = word_rest.find(|c: char| !is_word(c)).unwrap_or(word_rest.len());
        let word = &word_rest[..end];
        if (40..=128).contains(&word.len()) && word.chars().all(is_hex) {
            out.push_str(&word[..8]);
        } else {
            out.push_str(word);
        }
        rest = &word_rest[end..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const SHA: &str = "5394cb7f48332b2de7c17dd8b8384bbc84b7e738";

    #[test]
    fn revisions_round_trip() {
        for rev in [
            format!("main@sha1:{SHA}"),
            format!("feature/branch@sha1:{SHA}"),
            format!("sha1:{SHA}"),
            format!("refs/pull/1/head@sha1:{SHA}"),
            "latest@sha256:abcdef".to_string(),
            "sha256:abcdef".to_string(),
        ] {
            assert_eq!(Revision::parse(&rev).unwrap().to_string(), rev);
        }
        let r = Revision::parse(&format!("v1.0.0@sha1:{SHA}")).unwrap();
        assert_eq!(r.pointer.as_deref(), Some("v1.0.0"));
        assert_eq!(r.algorithm.as_deref(), Some("sha1"));
        assert_eq!(r.hash, SHA);
        assert_eq!(Revision::oci(Some("6.0.0"), "ab").to_string(), "6.0.0@sha256:ab");
    }

    #[test]
    fn legacy_revisions_are_understood() {
        let r = Revision::parse(&format!("main/{SHA}")).unwrap();
        assert_eq!(r.pointer.as_deref(), Some("main"));
        assert_eq!(r.hash, SHA);
        assert_eq!(r.normalized(), format!("main@sha1:{SHA}"));
        let head = Revision::parse(&format!("HEAD/{SHA}")).unwrap();
        assert_eq!(head.pointer, None);
        assert_eq!(head.normalized(), format!("sha1:{SHA}"));
        let bare = Revision::parse(SHA).unwrap();
        assert_eq!((bare.pointer, bare.hash.as_str()), (None, SHA));
        assert_eq!(Revision::parse(""), Err(RevisionError::Empty));
    }

    #[test]
    fn digests_follow_the_artifact_pattern() {
        assert_eq!(Digest::parse("sha256:abc").unwrap().to_string(), "sha256:abc");
        assert!(Digest::parse("sha256+b64u:LCa0a2j_xo_5m0U8HTBBNBNCLXBkg7-g-YpeiGJm564").is_ok());
        assert!(Digest::parse("SHA256:abc").is_err());
        assert!(Digest::parse("sha256").is_err());
        assert!(Digest::parse("sha256:").is_err());
        assert!(Digest::parse(":abc").is_err());
    }

    #[test]
    fn truncate_hex_shortens_only_whole_hex_words() {
        assert_eq!(truncate_hex(""), "");
        assert_eq!(truncate_hex(&format!("Applied revision: main@sha1:{SHA}")), "Applied revision: main@sha1:5394cb7f");
        let sha256 = "a".repeat(64);
        assert_eq!(truncate_hex(&format!("latest@sha256:{sha256}")), "latest@sha256:aaaaaaaa");
        // Too short, too long, upper case, or glued to other word characters: untouched.
        assert_eq!(truncate_hex(&SHA[..39]), &SHA[..39]);
        let long = "a".repeat(129);
        assert_eq!(truncate_hex(&long), long);
        assert_eq!(truncate_hex(&SHA.to_uppercase()), SHA.to_uppercase());
        assert_eq!(truncate_hex(&format!("x{SHA}")), format!("x{SHA}"));
    }

    #[test]
    fn artifact_serialises_like_upstream() {
        let json = serde_json::json!({
            "digest": "sha256:abc", "lastUpdateTime": "2024-01-01T00:00:00Z", "path": "gitrepository/ns/n/x.tar.gz",
            "revision": format!("main@sha1:{SHA}"), "size": 42, "url": "http://source-controller/x.tar.gz"
        });
        let a: Artifact = serde_json::from_value(json.clone()).unwrap();
        assert!(a.has_revision(&format!("main@sha1:{SHA}")));
        assert_eq!(serde_json::to_value(&a).unwrap(), json);
    }
}

//! What to check out (a GitRepository's `spec.ref`) and what was checked out (a commit and its revision
//! string in Flux's format).

use std::fmt;

/// The branch used when a reference names nothing (Flux's `git.DefaultBranch`).
pub const DEFAULT_BRANCH: &str = "master";

/// A GitRepository's `spec.ref`. When several fields are set the precedence is upstream's:
/// `commit` (optionally with `branch`) > `name` > `semver` > `tag` > `branch`; nothing set means branch
/// `master`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Reference {
    pub branch: Option<String>,
    pub tag: Option<String>,
    pub semver: Option<String>,
    /// A full reference name: `refs/heads/main`, `refs/tags/v1^{}`, `refs/pull/1/head`.
    pub name: Option<String>,
    /// A full 40-hex SHA-1.
    pub commit: Option<String>,
}

/// What a [`Reference`] resolves to, by precedence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Strategy {
    Commit { hash: String, branch: Option<String> },
    Name(String),
    Semver(String),
    Tag(String),
    Branch(String),
}

fn set(value: &Option<String>) -> Option<&str> {
    value.as_deref().filter(|v| !v.is_empty())
}

impl Reference {
    pub fn branch(name: &str) -> Self {
        Reference { branch: Some(name.into()), ..Default::default() }
    }
    pub fn tag(name: &str) -> Self {
        Reference { tag: Some(name.into()), ..Default::default() }
    }
    pub fn semver(range: &str) -> Self {
        Reference { semver: Some(range.into()), ..Default::default() }
    }
    pub fn name(name: &str) -> Self {
        Reference { name: Some(name.into()), ..Default::default() }
    }
    pub fn commit(hash: &str) -> Self {
        Reference { commit: Some(hash.into()), ..Default::default() }
    }
    /// A commit on a branch: only that branch is fetched, and the revision names it.
    pub fn commit_on(hash: &str, branch: &str) -> Self {
        Reference { commit: Some(hash.into()), branch: Some(branch.into()), ..Default::default() }
    }

    /// The field that wins, by upstream's precedence.
    pub fn strategy(&self) -> Strategy {
        if let Some(hash) = set(&self.commit) {
            return Strategy::Commit { hash: hash.to_string(), branch: set(&self.branch).map(str::to_string) };
        }
        if let Some(name) = set(&self.name) {
            return Strategy::Name(name.to_string());
        }
        if let Some(range) = set(&self.semver) {
            return Strategy::Semver(range.to_string());
        }
        if let Some(tag) = set(&self.tag) {
            return Strategy::Tag(tag.to_string());
        }
        Strategy::Branch(set(&self.branch).unwrap_or(DEFAULT_BRANCH).to_string())
    }
}

/// Who made a commit or tag, and when.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Signature {
    pub name: String,
    pub email: String,
    /// Seconds since the Unix epoch.
    pub seconds: i64,
    /// Offset from UTC in seconds.
    pub offset: i32,
}

/// An annotated tag that led to the checked-out commit.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tag {
    /// The tag object's hash.
    pub hash: String,
    pub name: String,
    pub tagger: Option<Signature>,
    pub message: String,
    /// The armored signature (PGP or SSH), if the tag is signed.
    pub signature: Option<String>,
    /// The tag object without its signature: what the signature signs.
    pub encoded: Vec<u8>,
}

/// A checked-out commit with everything the controller records and verifies.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Commit {
    /// Full hex SHA-1.
    pub hash: String,
    /// The full reference it was reached through (`refs/heads/main`, `refs/tags/v1.0.0`,
    /// `refs/pull/1/head`), empty for a bare commit reference.
    pub reference: String,
    pub author: Signature,
    pub committer: Signature,
    pub message: String,
    /// The raw `gpgsig` header (PGP or SSH armor), if the commit is signed.
    pub signature: Option<String>,
    /// The commit object without its signature header: what the signature signs.
    pub encoded: Vec<u8>,
    /// The annotated tag that pointed at it, for tag and semver references.
    pub referencing_tag: Option<Tag>,
    /// Whether [`revision`](Self::revision) uses the full reference (`ref.name`), as source-controller does.
    pub absolute: bool,
}

impl Commit {
    /// The revision as source-controller records it: `main@sha1:<hash>`, `v1.0.0@sha1:<hash>`,
    /// `refs/pull/1/head@sha1:<hash>` for `ref.name`, `sha1:<hash>` for a bare commit.
    pub fn revision(&self) -> String {
        if self.absolute {
            absolute_revision(&self.reference, &self.hash)
        } else {
            short_revision(&self.reference, &self.hash)
        }
    }

    /// The first line of the message, cut at 50 characters with `...` (upstream's `ShortMessage`).
    pub fn short_message(&self) -> String {
        let subject = self.message.lines().next().unwrap_or_default();
        if subject.chars().count() > 50 {
            format!("{}...", subject.chars().take(50).collect::<String>())
        } else {
            subject.to_string()
        }
    }
}

/// `<short ref>@sha1:<hash>`, where the short ref drops the first two path components
/// (`refs/heads/`, `refs/tags/`); `sha1:<hash>` when the reference has fewer than three.
pub fn short_revision(reference: &str, hash: &str) -> String {
    let mut parts = reference.splitn(3, '/');
    match (parts.next(), parts.next(), parts.next()) {
        (Some(_), Some(_), Some(short)) => format!("{short}@sha1:{hash}"),
        _ => format!("sha1:{hash}"),
    }
}

/// `<full ref>@sha1:<hash>`, or `sha1:<hash>` without a reference.
pub fn absolute_revision(reference: &str, hash: &str) -> String {
    if reference.is_empty() {
        format!("sha1:{hash}")
    } else {
        format!("{reference}@sha1:{hash}")
    }
}

/// Rewrites a legacy revision (`main/<hash>`, `<hash>`) into the current form (`main@sha1:<hash>`,
/// `sha1:<hash>`); current forms are returned as they are (upstream's `TransformRevision`).
pub fn transform_revision(revision: &str) -> String {
    if revision.is_empty() || revision.contains(':') {
        return revision.to_string();
    }
    match revision.rsplit_once('/') {
        Some((pointer, hash)) => format!("{pointer}@sha1:{hash}"),
        None => format!("sha1:{revision}"),
    }
}

/// The outcome of [`checkout`](crate::checkout): a fresh checkout, or the remote still at the
/// revision the caller already has (nothing was cloned, `dest` is untouched).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Checkout {
    /// The remote ref still points at `last_observed_revision`.
    Unchanged { hash: String, reference: String, revision: String },
    /// A new checkout in `dest`.
    CheckedOut(Box<Commit>),
}

impl Checkout {
    /// The revision, in source-controller's format.
    pub fn revision(&self) -> String {
        match self {
            Checkout::Unchanged { revision, .. } => revision.clone(),
            Checkout::CheckedOut(commit) => commit.revision(),
        }
    }
    /// The commit hash.
    pub fn hash(&self) -> &str {
        match self {
            Checkout::Unchanged { hash, .. } => hash,
            Checkout::CheckedOut(commit) => &commit.hash,
        }
    }
    /// The commit, when one was checked out.
    pub fn commit(&self) -> Option<&Commit> {
        match self {
            Checkout::Unchanged { .. } => None,
            Checkout::CheckedOut(commit) => Some(commit),
        }
    }
    pub fn is_unchanged(&self) -> bool {
        matches!(self, Checkout::Unchanged { .. })
    }
}

impl fmt::Display for Checkout {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.revision())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn precedence_is_upstreams() {
        let all = Reference {
            branch: Some("b".into()),
            tag: Some("t".into()),
            semver: Some("1.x".into()),
            name: Some("refs/x".into()),
            commit: Some("c".into()),
        };
        assert_eq!(all.strategy(), Strategy::Commit { hash: "c".into(), branch: Some("b".into()) });
        let no_commit = Reference { commit: None, ..all.clone() };
        assert_eq!(no_commit.strategy(), Strategy::Name("refs/x".into()));
        let no_name = Reference { name: None, ..no_commit };
        assert_eq!(no_name.strategy(), Strategy::Semver("1.x".into()));
        let no_semver = Reference { semver: Some(String::new()), ..no_name };
        assert_eq!(no_semver.strategy(), Strategy::Tag("t".into()));
        let no_tag = Reference { tag: None, ..no_semver };
        assert_eq!(no_tag.strategy(), Strategy::Branch("b".into()));
        assert_eq!(Reference::default().strategy(), Strategy::Branch("master".into()));
    }

    #[test]
    fn revisions_are_upstreams() {
        let h = "a0c14dc8580a23f79bc654faa79c4f62b46c2c22";
        assert_eq!(short_revision("refs/heads/main", h), format!("main@sha1:{h}"));
        assert_eq!(short_revision("refs/heads/feature/x", h), format!("feature/x@sha1:{h}"));
        assert_eq!(short_revision("refs/tags/v1.0.0", h), format!("v1.0.0@sha1:{h}"));
        assert_eq!(short_revision("", h), format!("sha1:{h}"));
        assert_eq!(absolute_revision("refs/pull/1/head", h), format!("refs/pull/1/head@sha1:{h}"));
        assert_eq!(transform_revision(&format!("main/{h}")), format!("main@sha1:{h}"));
        assert_eq!(transform_revision(h), format!("sha1:{h}"));
        assert_eq!(transform_revision(&format!("main@sha1:{h}")), format!("main@sha1:{h}"));
    }
}

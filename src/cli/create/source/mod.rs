//! `flux create source git|helm|oci|bucket|chart`: the source objects, built from flags.
//!
//! Each kind has its file; what they share is here: the `--fetch-timeout` flag of `create source`,
//! `--ignore-paths` joined into `spec.ignore`, the signature-verification flags of `oci` and `chart`, and
//! the wait that ends with `✔ fetched revision: …`.

mod bucket;
mod chart;
mod git;
mod helm;
mod oci;
pub mod url;

use clap::{Args, Subcommand};

use api::meta::LocalObjectReference;
use api::source::{OIDCIdentityMatch, VerificationProvider};

use super::{Create, Readiness};
use crate::cli::client::Kube;
use crate::cli::duration::{self, GoDuration};
use crate::cli::kinds::Kind;
use crate::ui;

/// Create or update sources.
///
/// The create source sub-commands generate sources.
#[derive(Debug, Args)]
pub struct SourceArgs {
    #[command(flatten)]
    flags: SourceFlags,
    #[command(subcommand)]
    target: SourceTarget,
}

/// Upstream's persistent flag of `create source`.
#[derive(Debug, Args, Clone)]
pub struct SourceFlags {
    /// Set a timeout for fetch operations performed by source-controller (e.g. 'git clone' or 'helm repo
    /// update'); written to spec.timeout when above zero.
    #[arg(long, global = true, value_name = "DURATION", default_value = "0s", value_parser = duration::parse)]
    fetch_timeout: GoDuration,
}

impl SourceFlags {
    /// `spec.timeout`: only a positive `--fetch-timeout` is written, as upstream.
    fn timeout(&self) -> Option<String> {
        (!self.fetch_timeout.as_std().is_zero()).then(|| self.fetch_timeout.to_string())
    }
}

#[derive(Debug, Subcommand)]
enum SourceTarget {
    Bucket(Box<bucket::BucketArgs>),
    Chart(Box<chart::ChartArgs>),
    Git(Box<git::GitArgs>),
    Helm(Box<helm::HelmArgs>),
    Oci(Box<oci::OciArgs>),
}

pub async fn run(create: &Create<'_>, args: SourceArgs) -> anyhow::Result<()> {
    let flags = args.flags;
    match args.target {
        SourceTarget::Bucket(a) => bucket::run(create, &flags, *a).await,
        SourceTarget::Chart(a) => chart::run(create, *a).await,
        SourceTarget::Git(a) => git::run(create, &flags, *a).await,
        SourceTarget::Helm(a) => helm::run(create, &flags, *a).await,
        SourceTarget::Oci(a) => oci::run(create, &flags, *a).await,
    }
}

/// `--ignore-paths` as `spec.ignore`: one pattern a line, absent without any.
fn ignore(paths: &[String]) -> Option<String> {
    (!paths.is_empty()).then(|| paths.join("\n"))
}

/// A reference to a Secret (or other object) by name, when the flag is set.
fn reference(name: &str) -> Option<LocalObjectReference> {
    super::non_empty(name).map(|name| LocalObjectReference { name })
}

/// Upstream's `SourceOCIVerifyProvider` flag: only `cosign` is offered.
fn parse_verify_provider(text: &str) -> Result<VerificationProvider, String> {
    match text {
        "cosign" => Ok(VerificationProvider::Cosign),
        t if t.trim().is_empty() => Err("no source OCI verify provider given, please specify the OCI verify provider name to use for signature verification, available options are: (cosign)".into()),
        t => Err(format!("source OCI verify provider '{t}' is not supported, must be one of: cosign")),
    }
}

/// The signature-verification flags `create source oci` and `create source chart` share.
#[derive(Debug, Args)]
pub struct VerifyFlags {
    /// The OCI verify provider name to use for signature verification (cosign).
    #[arg(long, value_name = "PROVIDER", value_parser = parse_verify_provider)]
    verify_provider: Option<VerificationProvider>,
    /// The name of a secret to use for signature verification.
    #[arg(long, value_name = "NAME", default_value = "")]
    verify_secret_ref: String,
    /// Regular expression to use for the OIDC subject during signature verification.
    #[arg(long, value_name = "REGEX", default_value = "")]
    verify_subject: String,
    /// Regular expression to use for the OIDC issuer during signature verification.
    #[arg(long = "verify-issuer", value_name = "REGEX", default_value = "")]
    verify_oidc_issuer: String,
}

/// What the verification flags ask for, before it becomes the kind's own `verify` field.
pub struct Verify {
    pub provider: VerificationProvider,
    pub secret_ref: Option<LocalObjectReference>,
    pub match_oidc_identity: Option<Vec<OIDCIdentityMatch>>,
}

impl VerifyFlags {
    /// `None` without `--verify-provider`; a secret or an OIDC identity without one is an error.
    /// `subject_counts`: whether a subject alone asks for verification (OCI); upstream's `create
    /// source chart` looks at the issuer only and ignores a lone subject.
    fn resolve(&self, subject_counts: bool) -> anyhow::Result<Option<Verify>> {
        let issuer = &self.verify_oidc_issuer;
        let subject = &self.verify_subject;
        match self.verify_provider {
            Some(provider) => Ok(Some(Verify {
                provider,
                secret_ref: reference(&self.verify_secret_ref),
                // Upstream writes both keys of its one identity, even when one is empty.
                match_oidc_identity: (!issuer.is_empty() || !subject.is_empty())
                    .then(|| vec![OIDCIdentityMatch { issuer: issuer.clone(), subject: subject.clone() }]),
            })),
            None if !self.verify_secret_ref.is_empty() => {
                anyhow::bail!("a verification provider must be specified when a secret is specified")
            }
            None if !issuer.is_empty() || (subject_counts && !subject.is_empty()) => {
                anyhow::bail!("a verification provider must be specified when OIDC issuer/subject is specified")
            }
            None => Ok(None),
        }
    }
}

/// How a source's wait is worded and how it ends (upstream differs per kind).
struct Wait<'a> {
    kind: &'a Kind,
    /// `GitRepository source`, `OCIRepository`: the words of `◎ waiting for … reconciliation` and
    /// `✔ … reconciliation completed`.
    noun: &'a str,
    rule: Readiness,
    /// The error when the object is ready but has no artifact; `None` when there is no artifact to
    /// report (an OCI HelmRepository is static).
    no_artifact: Option<&'a str>,
}

/// Waits for the source, then prints `✔ <noun> reconciliation completed` and `✔ fetched revision: <rev>`.
async fn wait_for_artifact(create: &Create<'_>, kube: &Kube, name: &str, wait: Wait<'_>) -> anyhow::Result<()> {
    let object = create.wait_for(kube, wait.kind, wait.noun, name, wait.rule).await?;
    ui::success(&format!("{} reconciliation completed", wait.noun));
    let Some(no_artifact) = wait.no_artifact else { return Ok(()) };
    let revision = object
        .pointer("/status/artifact")
        .filter(|a| !a.is_null())
        .map(|artifact| artifact.get("revision").and_then(serde_json::Value::as_str).unwrap_or_default().to_string());
    let Some(revision) = revision else { anyhow::bail!("{no_artifact}") };
    ui::success(&format!("fetched revision: {revision}"));
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verify_provider_is_cosign_only() {
        assert_eq!(parse_verify_provider("cosign"), Ok(VerificationProvider::Cosign));
        assert_eq!(
            parse_verify_provider("foobar").unwrap_err(),
            "source OCI verify provider 'foobar' is not supported, must be one of: cosign"
        );
        assert!(parse_verify_provider(" ").unwrap_err().starts_with("no source OCI verify provider given"));
    }

    fn flags(provider: Option<VerificationProvider>, secret: &str, issuer: &str, subject: &str) -> VerifyFlags {
        VerifyFlags {
            verify_provider: provider,
            verify_secret_ref: secret.into(),
            verify_subject: subject.into(),
            verify_oidc_issuer: issuer.into(),
        }
    }

    #[test]
    fn verification_keeps_both_identity_keys_and_needs_a_provider() {
        assert!(flags(None, "", "", "").resolve(true).unwrap().is_none());
        let v = flags(Some(VerificationProvider::Cosign), "", "github", "").resolve(true).unwrap().unwrap();
        assert_eq!(v.match_oidc_identity.unwrap()[0].subject, "");
        assert!(flags(None, "keys", "", "").resolve(true).is_err());
        // A lone subject asks for verification in OCI only (chart ignores it, as upstream).
        assert!(flags(None, "", "", "me").resolve(true).is_err());
        assert!(flags(None, "", "", "me").resolve(false).unwrap().is_none());
        assert_eq!(ignore(&[]), None);
        assert_eq!(ignore(&[".cosign".into(), "dir/".into()]).as_deref(), Some(".cosign\ndir/"));
    }
}

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

/// Go's `strconv.ParseBool`, for boolean flags given as `--flag=false` (pflag accepts that form; a bare
/// `--flag` means true and a following word is never taken as the value).
pub fn go_bool(text: &str) -> Result<bool, String> {
    match text {
        "1" | "t" | "T" | "TRUE" | "true" | "True" => Ok(true),
        "0" | "f" | "F" | "FALSE" | "false" | "False" => Ok(false),
        _ => Err(format!("strconv.ParseBool: parsing {}: invalid syntax", crate::cli::go_quote(text))),
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

/// `--verify-issuer`/`--verify-subject` as the one OIDC identity upstream writes (both keys, even empty).
fn oidc_identity(issuer: &str, subject: &str) -> Option<Vec<OIDCIdentityMatch>> {
    (!issuer.is_empty() || !subject.is_empty())
        .then(|| vec![OIDCIdentityMatch { issuer: issuer.to_string(), subject: subject.to_string() }])
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

    #[test]
    fn booleans_parse_like_go() {
        assert_eq!(go_bool("True"), Ok(true));
        assert_eq!(go_bool("0"), Ok(false));
        assert_eq!(go_bool("yes").unwrap_err(), r#"strconv.ParseBool: parsing "yes": invalid syntax"#);
    }

    #[test]
    fn oidc_identity_keeps_both_keys() {
        assert_eq!(oidc_identity("", ""), None);
        let only_issuer = oidc_identity("github", "").unwrap();
        assert_eq!(only_issuer[0].subject, "");
        assert_eq!(ignore(&[]), None);
        assert_eq!(ignore(&[".cosign".into(), "dir/".into()]).as_deref(), Some(".cosign\ndir/"));
    }
}

//! `flux create source chart`: a HelmChart from a HelmRepository, GitRepository or Bucket.

use clap::Args;

use api::source::{HelmChart, HelmChartSpec, HelmChartVerification, LocalHelmChartSourceReference, ReconcileStrategy};

use super::{wait_for_artifact, VerifyFlags, Wait};
use crate::cli::create::{non_empty, object_name, Create, Readiness, Report};
use crate::cli::kinds::HELM_CHART;
use crate::ui;

/// The kinds a HelmChart's `--source` may name, as upstream spells them.
const SOURCE_KINDS: [&str; 3] = ["HelmRepository", "GitRepository", "Bucket"];

/// Create or update a HelmChart source.
///
/// The create source chart command generates a HelmChart resource and waits for the chart to be available.
///
/// Examples:
///   # Create a source for a chart residing in a HelmRepository
///   flux-rs create source chart podinfo \
///     --source=HelmRepository/podinfo \
///     --chart=podinfo \
///     --chart-version=6.x
///
///   # Create a source for a chart residing in a Git repository
///   flux-rs create source chart podinfo \
///     --source=GitRepository/podinfo \
///     --chart=./charts/podinfo
///
///   # Create a source for a chart residing in a S3 Bucket
///   flux-rs create source chart podinfo \
///     --source=Bucket/podinfo \
///     --chart=./charts/podinfo
///
///   # Create a source for a chart from OCI and verify its signature
///   flux-rs create source chart podinfo \
///     --source HelmRepository/podinfo \
///     --chart podinfo \
///     --chart-version=6.6.2 \
///     --verify-provider=cosign \
///     --verify-issuer=https://token.actions.githubusercontent.com \
///     --verify-subject=https://github.com/stefanprodan/podinfo/.github/workflows/release.yml@refs/tags/6.6.2
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct ChartArgs {
    /// The HelmChart's name.
    #[arg(value_name = "NAME")]
    name: Option<String>,
    /// Helm chart name or path.
    #[arg(long, value_name = "CHART", default_value = "")]
    chart: String,
    /// Helm chart version, accepts a semver range (ignored for charts from GitRepository sources).
    #[arg(long, value_name = "VERSION", default_value = "")]
    chart_version: String,
    /// Source that contains the chart in the format '<kind>/<name>', where kind must be one of:
    /// (HelmRepository, GitRepository, Bucket).
    #[arg(long, value_name = "KIND/NAME", value_parser = parse_source)]
    source: Option<LocalHelmChartSourceReference>,
    /// The reconcile strategy for helm chart (accepted values: ChartVersion and Revision).
    #[arg(long, value_name = "STRATEGY", default_value = "ChartVersion", value_parser = parse_reconcile_strategy)]
    reconcile_strategy: ReconcileStrategy,
    #[command(flatten)]
    verify: VerifyFlags,
}

/// Upstream's `LocalHelmChartSource` flag: `<kind>/<name>`, the kind matched without regard to case.
fn parse_source(text: &str) -> Result<LocalHelmChartSourceReference, String> {
    if text.trim().is_empty() {
        return Err("no helm chart source given, please specify source that contains the chart in the format '<kind>/<name>', where kind must be one of: (HelmRepository, GitRepository, Bucket)".into());
    }
    let parts: Vec<&str> = text.split('/').collect();
    let (kind, name) = match parts.as_slice() {
        [kind, name] => (*kind, *name),
        _ => ("", text),
    };
    if kind.is_empty() || name.is_empty() {
        return Err(format!("invalid helm chart source '{text}', must be in format <kind>/<name>"));
    }
    let Some(kind) = SOURCE_KINDS.iter().find(|k| k.eq_ignore_ascii_case(kind)) else {
        return Err(format!("source kind '{kind}' is not supported, must be one of: {}", SOURCE_KINDS.join(", ")));
    };
    Ok(LocalHelmChartSourceReference { api_version: None, kind: kind.to_string(), name: name.to_string() })
}

/// The strategies the HelmChart API accepts (upstream leaves the check to the API server).
fn parse_reconcile_strategy(text: &str) -> Result<ReconcileStrategy, String> {
    match text {
        "ChartVersion" => Ok(ReconcileStrategy::ChartVersion),
        "Revision" => Ok(ReconcileStrategy::Revision),
        t => Err(format!("reconcile strategy '{t}' is not supported, must be one of: ChartVersion, Revision")),
    }
}

pub async fn run(create: &Create<'_>, args: ChartArgs) -> anyhow::Result<()> {
    let name = object_name(args.name.as_deref())?;
    let Some(source) = args.source else { anyhow::bail!("chart source is required") };
    if args.chart.is_empty() {
        anyhow::bail!("chart name or path is required");
    }
    // Upstream says this before anything else, `--export` included (on stderr, so the YAML stays clean).
    ui::generate("generating HelmChart source");
    let metadata = create.metadata(&name)?;
    let verify = args.verify.resolve(false)?.map(|v| HelmChartVerification {
        provider: v.provider,
        secret_ref: v.secret_ref,
        match_oidc_identity: v.match_oidc_identity,
    });
    let spec = HelmChartSpec {
        chart: args.chart,
        version: non_empty(&args.chart_version),
        interval: create.interval(),
        reconcile_strategy: Some(args.reconcile_strategy),
        source_ref: source,
        verify,
        ..HelmChartSpec::default()
    };
    let chart = HelmChart { metadata, spec, status: None };
    if create.flags.export {
        return super::super::export(&chart);
    }

    ui::action("applying HelmChart source");
    let kube = create.kube().await?;
    create.apply(&kube, &HELM_CHART, "source", &chart, Report::Always).await?;
    let wait = Wait {
        kind: &HELM_CHART,
        noun: "HelmChart source",
        rule: Readiness::Dynamic,
        no_artifact: Some("HelmChart source reconciliation completed but no artifact was found"),
    };
    wait_for_artifact(create, &kube, &name, wait).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sources_are_kind_slash_name() {
        let s = parse_source("helmrepository/podinfo").unwrap();
        assert_eq!((s.kind.as_str(), s.name.as_str()), ("HelmRepository", "podinfo"));
        assert_eq!(
            parse_source("foobar/podinfo").unwrap_err(),
            "source kind 'foobar' is not supported, must be one of: HelmRepository, GitRepository, Bucket"
        );
        assert_eq!(
            parse_source("podinfo").unwrap_err(),
            "invalid helm chart source 'podinfo', must be in format <kind>/<name>"
        );
        assert_eq!(
            parse_source("a/b/c").unwrap_err(),
            "invalid helm chart source 'a/b/c', must be in format <kind>/<name>"
        );
    }
}

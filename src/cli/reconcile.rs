//! `flux reconcile <kind> <name>`: the `reconcile.fluxcd.io/requestedAt` handshake. The annotation gets a
//! fresh RFC3339Nano timestamp (merge patch), then the object is read every 2s within `--timeout` until
//! `status.lastHandledReconcileAt` echoes that timestamp and kstatus says Current; the Ready condition
//! then decides between the kind's success message and `<Kind> reconciliation failed: …`.
//!
//! `--with-source` first reconciles the object's source (and for a HelmRelease its HelmChart), as
//! upstream's `reconcile_with_source.go`.

use clap::{Args, Subcommand};
use kube::api::{DynamicObject, Patch, PatchParams};
use serde_json::{json, Map, Value};

use super::client::Kube;
use super::kinds::{self, str_at, Kind};
use super::readiness;
use super::Ctx;
use crate::ui;
use api::meta::annotation::{FORCE_AT, RECONCILE_REQUESTED_AT, RESET_AT};

/// Reconcile sources and resources: ask their controller to reconcile now and wait for it.
///
/// Examples:
///   flux-rs reconcile kustomization podinfo --with-source
///   flux-rs reconcile hr podinfo --force
///   flux-rs reconcile source git flux-system --timeout 1m
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct ReconcileArgs {
    #[command(subcommand)]
    target: ReconcileTarget,
}

#[derive(Debug, Subcommand)]
enum ReconcileTarget {
    /// Reconcile a Kustomization.
    #[command(visible_alias = "ks")]
    Kustomization(WithSource),
    /// Reconcile a HelmRelease.
    #[command(visible_alias = "hr")]
    Helmrelease(HelmReleaseArgs),
    /// Reconcile a Receiver.
    Receiver(Name),
    /// Reconcile image automation objects.
    #[command(subcommand)]
    Image(ImageTarget),
    /// Reconcile sources.
    #[command(subcommand)]
    Source(SourceTarget),
}

#[derive(Debug, Subcommand)]
enum ImageTarget {
    /// Reconcile an ImageRepository (scan the registry now).
    Repository(Name),
    /// Reconcile an ImagePolicy.
    Policy(Name),
    /// Reconcile an ImageUpdateAutomation.
    Update(Name),
}

#[derive(Debug, Subcommand)]
enum SourceTarget {
    /// Reconcile a GitRepository.
    Git(Name),
    /// Reconcile an OCIRepository.
    Oci(Name),
    /// Reconcile a Bucket.
    Bucket(Name),
    /// Reconcile a HelmRepository.
    Helm(Name),
    /// Reconcile a HelmChart.
    Chart(WithSource),
}

#[derive(Debug, Args)]
struct Name {
    /// The name of the object.
    #[arg(value_name = "NAME")]
    name: Option<String>,
}

#[derive(Debug, Args)]
struct WithSource {
    #[command(flatten)]
    name: Name,
    /// Reconcile the object's source first.
    #[arg(long)]
    with_source: bool,
}

#[derive(Debug, Args)]
struct HelmReleaseArgs {
    #[command(flatten)]
    source: WithSource,
    /// Force a one-off install or upgrade of the release (sets reconcile.fluxcd.io/forceAt).
    #[arg(long)]
    force: bool,
    /// Reset the release's failure counters (sets reconcile.fluxcd.io/resetAt).
    #[arg(long)]
    reset: bool,
}

/// How one reconcile request is made.
#[derive(Debug, Default, Clone, Copy)]
struct Request {
    with_source: bool,
    force: bool,
    reset: bool,
}

pub async fn run(ctx: &Ctx, args: ReconcileArgs) -> anyhow::Result<()> {
    let (info, name, request) = match args.target {
        ReconcileTarget::Kustomization(a) => {
            (&kinds::KUSTOMIZATION, a.name.name, Request { with_source: a.with_source, ..Default::default() })
        }
        ReconcileTarget::Helmrelease(a) => (
            &kinds::HELM_RELEASE,
            a.source.name.name,
            Request { with_source: a.source.with_source, force: a.force, reset: a.reset },
        ),
        ReconcileTarget::Receiver(a) => (&kinds::RECEIVER, a.name, Request::default()),
        ReconcileTarget::Image(ImageTarget::Repository(a)) => (&kinds::IMAGE_REPOSITORY, a.name, Request::default()),
        ReconcileTarget::Image(ImageTarget::Policy(a)) => (&kinds::IMAGE_POLICY, a.name, Request::default()),
        ReconcileTarget::Image(ImageTarget::Update(a)) => (&kinds::IMAGE_UPDATE_AUTOMATION, a.name, Request::default()),
        ReconcileTarget::Source(SourceTarget::Git(a)) => (&kinds::GIT_REPOSITORY, a.name, Request::default()),
        ReconcileTarget::Source(SourceTarget::Oci(a)) => (&kinds::OCI_REPOSITORY, a.name, Request::default()),
        ReconcileTarget::Source(SourceTarget::Bucket(a)) => (&kinds::BUCKET, a.name, Request::default()),
        ReconcileTarget::Source(SourceTarget::Helm(a)) => (&kinds::HELM_REPOSITORY, a.name, Request::default()),
        ReconcileTarget::Source(SourceTarget::Chart(a)) => {
            (&kinds::HELM_CHART, a.name.name, Request { with_source: a.with_source, ..Default::default() })
        }
    };
    let Some(name) = name else { anyhow::bail!("{} name is required", info.kind) };
    let kube = ctx.kube().await.map_err(anyhow::Error::msg)?;
    let deadline = tokio::time::Instant::now() + ctx.global.timeout.as_std();
    reconcile(info, &kube, &ctx.namespace, &name, request, deadline).await.map_err(anyhow::Error::msg)
}

/// One object's reconcile, its source's first with `--with-source`.
async fn reconcile(
    info: &'static Kind,
    kube: &Kube,
    ns: &str,
    name: &str,
    request: Request,
    deadline: tokio::time::Instant,
) -> Result<(), String> {
    let obj = within(deadline, kinds::get(info, kube, ns, name)).await?;
    if readiness::is_suspended(&obj.data) {
        return Err("resource is suspended".to_string());
    }
    if request.with_source {
        for (source, source_ns, source_name, recurse) in sources_of(info, &obj, ns)? {
            let nested = Request { with_source: recurse, ..Default::default() };
            Box::pin(reconcile(source, kube, &source_ns, &source_name, nested, deadline)).await?;
        }
    }
    if info.is_static(&obj) {
        ui::success("reconciliation not supported by the object");
        return Ok(());
    }
    ui::action(&format!("annotating {} {name} in {ns} namespace", info.kind));
    let token = within(deadline, annotate(info, kube, ns, name, request)).await?;
    ui::success(&format!("{} annotated", info.kind));
    ui::waiting(&format!("waiting for {} reconciliation", info.kind));
    let done = kinds::poll(deadline, || async {
        let current = kinds::get(info, kube, ns, name).await?;
        let handled = readiness::is_request_handled(&kinds::to_json(&current), &token)?;
        Ok(handled.then_some(current))
    })
    .await?;
    match readiness::ready_outcome(&kinds::to_json(&done)) {
        Ok(()) => {
            ui::success(&info.success_message(&done));
            Ok(())
        }
        Err(None) => Err("status can't be determined".to_string()),
        // reconcile.go quotes the message; reconcile_with_source.go does not.
        Err(Some(msg)) if request.with_source => Err(format!("{} reconciliation failed: {msg}", info.kind)),
        Err(Some(msg)) => Err(format!("{} reconciliation failed: '{msg}'", info.kind)),
    }
}

/// Runs one request within the command's deadline.
async fn within<T>(
    deadline: tokio::time::Instant,
    work: impl std::future::Future<Output = Result<T, String>>,
) -> Result<T, String> {
    tokio::time::timeout_at(deadline, work).await.unwrap_or_else(|_| Err(kinds::DEADLINE_EXCEEDED.to_string()))
}

/// Sets `requestedAt` (and `forceAt`/`resetAt`) to a new token and returns it.
async fn annotate(info: &Kind, kube: &Kube, ns: &str, name: &str, request: Request) -> Result<String, String> {
    let token = rfc3339_nano(chrono::Utc::now());
    let mut annotations = Map::new();
    annotations.insert(RECONCILE_REQUESTED_AT.to_string(), json!(token));
    if request.force {
        annotations.insert(FORCE_AT.to_string(), json!(token));
    }
    if request.reset {
        annotations.insert(RESET_AT.to_string(), json!(token));
    }
    let patch = json!({"metadata": {"annotations": annotations}});
    let api = info.api(kube, ns).await;
    api.patch(name, &PatchParams::default(), &Patch::Merge(&patch))
        .await
        .map_err(|e| kube.describe(&e, &kinds::object_path(info, ns, name)))?;
    Ok(token)
}

/// Go's `time.RFC3339Nano` in UTC: fractional seconds with trailing zeros removed.
fn rfc3339_nano(t: chrono::DateTime<chrono::Utc>) -> String {
    let nanos = t.timestamp_subsec_nanos();
    let base = t.format("%Y-%m-%dT%H:%M:%S").to_string();
    if nanos == 0 {
        return format!("{base}Z");
    }
    let fraction = format!("{nanos:09}");
    format!("{base}.{}Z", fraction.trim_end_matches('0'))
}

/// What `--with-source` reconciles first: (kind, namespace, name, whether that one brings its own source).
fn sources_of(
    info: &Kind,
    obj: &DynamicObject,
    ns: &str,
) -> Result<Vec<(&'static Kind, String, String, bool)>, String> {
    let spec = obj.data.get("spec").cloned().unwrap_or(Value::Null);
    let reference = |r: &Value| -> Result<(&'static Kind, String, String), String> {
        let kind = str_at(r, &["kind"]).unwrap_or_default();
        let source = kinds::source_kind(kind).ok_or_else(|| format!("cannot reconcile source kind {kind}"))?;
        let namespace = str_at(r, &["namespace"]).filter(|n| !n.is_empty()).unwrap_or(ns).to_string();
        Ok((source, namespace, str_at(r, &["name"]).unwrap_or_default().to_string()))
    };
    match info.kind {
        "Kustomization" | "HelmChart" => {
            let (source, namespace, name) = reference(spec.get("sourceRef").unwrap_or(&Value::Null))?;
            Ok(vec![(source, namespace, name, false)])
        }
        "HelmRelease" => {
            if let Some(chart_ref) = spec.get("chartRef") {
                let (source, namespace, name) = reference(chart_ref)?;
                // A referenced HelmChart is reconciled with its own source.
                let recurse = source.kind == "HelmChart";
                return Ok(vec![(source, namespace, name, recurse)]);
            }
            let hr_name = obj.metadata.name.clone().unwrap_or_default();
            let chart_ns = spec
                .pointer("/chart/spec/sourceRef/namespace")
                .and_then(Value::as_str)
                .filter(|n| !n.is_empty())
                .unwrap_or(ns)
                .to_string();
            Ok(vec![(&kinds::HELM_CHART, chart_ns, format!("{ns}-{hr_name}"), false)])
        }
        _ => Ok(Vec::new()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn timestamps_are_go_rfc3339_nano() {
        let t = chrono::Utc.with_ymd_and_hms(2026, 1, 2, 3, 4, 5).unwrap();
        assert_eq!(rfc3339_nano(t), "2026-01-02T03:04:05Z");
        let t = t + chrono::Duration::nanoseconds(120_000_000);
        assert_eq!(rfc3339_nano(t), "2026-01-02T03:04:05.12Z");
        let t = t + chrono::Duration::nanoseconds(7);
        assert_eq!(rfc3339_nano(t), "2026-01-02T03:04:05.120000007Z");
    }

    #[test]
    fn sources_follow_upstream() {
        let hr: DynamicObject = serde_json::from_value(json!({
            "apiVersion": "helm.toolkit.fluxcd.io/v2", "kind": "HelmRelease",
            "metadata": {"name": "thrfg", "namespace": "apps"},
            "spec": {"chart": {"spec": {"chart": "podinfo", "sourceRef": {"kind": "GitRepository", "name": "x"}}}}
        }))
        .unwrap();
        let sources = sources_of(&kinds::HELM_RELEASE, &hr, "apps").unwrap();
        assert_eq!(sources[0].0.kind, "HelmChart");
        assert_eq!((sources[0].1.as_str(), sources[0].2.as_str()), ("apps", "apps-thrfg"));
        let ks: DynamicObject = serde_json::from_value(json!({
            "apiVersion": "kustomize.toolkit.fluxcd.io/v1", "kind": "Kustomization",
            "metadata": {"name": "k", "namespace": "apps"},
            "spec": {"sourceRef": {"kind": "OCIRepository", "name": "o", "namespace": "src"}}
        }))
        .unwrap();
        let sources = sources_of(&kinds::KUSTOMIZATION, &ks, "apps").unwrap();
        assert_eq!((sources[0].0.kind, sources[0].1.as_str(), sources[0].2.as_str()), ("OCIRepository", "src", "o"));
    }
}

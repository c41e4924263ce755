//! `flux-rs check [--pre]`: prerequisites and the health of a Flux installation, with upstream's lines.

use std::time::Instant;

use clap::Args;
use k8s_openapi::api::apps::v1::Deployment;
use k8s_openapi::apiextensions_apiserver::pkg::apis::apiextensions::v1::CustomResourceDefinition;
use kube::api::{Api, ListParams};

use super::client::Kube;
use super::duration::{self, GoDuration};
use super::error::Exit;
use super::version::{list_flux_deployments, FluxClusterInfo, PART_OF_SELECTOR};
use super::Ctx;
use crate::{health, ui};

/// The Kubernetes versions Flux v2.9 supports (upstream's `kubernetesConstraints`).
const KUBERNETES_CONSTRAINT: &str = ">=1.33.0-0";
const MIN_KUBERNETES: (u64, u64, u64) = (1, 33, 0);

/// Check requirements and installation.
///
/// Performs a series of checks to validate that the local environment is configured correctly and
/// that the installed components are healthy:
///   - the Kubernetes API server answers and its version is >=1.33.0 (all that --pre checks);
///   - the Flux distribution and bootstrap state, from the labels of the GitRepository CRD;
///   - every Deployment labelled app.kubernetes.io/part-of=flux in the namespace (-n) becomes
///     ready within --timeout, polled every --poll-interval;
///   - every CRD labelled app.kubernetes.io/part-of=flux has a stored version.
///
/// Any failure prints "✗ check failed" and exits 1.
///
/// Unlike upstream, flux-rs does not ask GitHub whether a newer CLI exists: check sends no
/// request anywhere but to the cluster.
///
/// Examples:
///   # Run pre-installation checks
///   flux-rs check --pre
///
///   # Run installation checks
///   flux-rs check
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct CheckArgs {
    /// Only run pre-installation checks.
    #[arg(long)]
    pre: bool,

    /// List of components, accepts comma-separated values. Accepted for compatibility: as upstream, the
    /// check covers every Deployment labelled app.kubernetes.io/part-of=flux.
    #[arg(
        long,
        value_name = "NAMES",
        value_delimiter = ',',
        default_value = "source-controller,kustomize-controller,helm-controller,notification-controller"
    )]
    components: Vec<String>,

    /// List of components in addition to those supplied or defaulted, accepts comma-separated values.
    /// Accepted for compatibility, like --components.
    #[arg(long, value_name = "NAMES", value_delimiter = ',')]
    components_extra: Vec<String>,

    /// How often the health checker polls the cluster for the latest state of the resources (Go duration).
    #[arg(long, value_name = "DURATION", default_value = "5s", value_parser = duration::parse)]
    poll_interval: GoDuration,
}

pub async fn run(ctx: &Ctx, args: CheckArgs) -> anyhow::Result<()> {
    let _ = (&args.components, &args.components_extra);
    ui::action("checking prerequisites");
    let kube = ctx.kube().await.map_err(|e| {
        anyhow::anyhow!("Kubernetes client initialization failed: kubernetes configuration load failed: {e}")
    })?;
    let mut failed = !kubernetes_check(ctx, &kube).await;
    if args.pre {
        if failed {
            return Err(Exit(1).into());
        }
        ui::success("prerequisites checks passed");
        return Ok(());
    }

    ui::action("checking version in cluster");
    failed |= !cluster_version_check(ctx, &kube).await;
    ui::action("checking controllers");
    failed |= !controllers_check(ctx, &kube, args.poll_interval).await;
    ui::action("checking crds");
    failed |= !crds_check(ctx, &kube).await;

    if failed {
        ui::failure("check failed");
        return Err(Exit(1).into());
    }
    ui::success("all checks passed");
    Ok(())
}

async fn kubernetes_check(ctx: &Ctx, kube: &Kube) -> bool {
    let client = kube.throttled().await;
    let info = match tokio::time::timeout(ctx.global.timeout.as_std(), client.apiserver_version()).await {
        Ok(Ok(info)) => info,
        Ok(Err(e)) => {
            ui::failure(&format!("Kubernetes API call failed: {}", kube.describe(&e, "/version")));
            return false;
        }
        Err(_) => {
            ui::failure(&format!("Kubernetes API call failed: Get {:?}: context deadline exceeded", kube.server()));
            return false;
        }
    };
    let Some(version) = Semver::parse(&info.git_version) else {
        ui::failure("Kubernetes version can't be determined");
        return false;
    };
    if version.core() < MIN_KUBERNETES {
        ui::failure(&format!("Kubernetes version {} does not match {KUBERNETES_CONSTRAINT}", info.git_version));
        return false;
    }
    ui::success(&format!("Kubernetes {version} {KUBERNETES_CONSTRAINT}"));
    true
}

async fn cluster_version_check(ctx: &Ctx, kube: &Kube) -> bool {
    let fetched = tokio::time::timeout(ctx.global.timeout.as_std(), FluxClusterInfo::fetch(kube)).await;
    let info = match fetched {
        Ok(Ok(info)) => info,
        Ok(Err((_, message))) => {
            ui::failure(&format!("checking failed: {message}"));
            return false;
        }
        Err(_) => {
            ui::failure("checking failed: context deadline exceeded");
            return false;
        }
    };
    if let Some(d) = info.distribution() {
        ui::success(&format!("distribution: {d}"));
    }
    ui::success(&format!("bootstrapped: {}", info.bootstrapped));
    true
}

async fn controllers_check(ctx: &Ctx, kube: &Kube, poll: GoDuration) -> bool {
    let ns = &ctx.namespace;
    // As upstream, a failed list is not reported here (the version check has already said why).
    let deployments = match tokio::time::timeout(ctx.global.timeout.as_std(), list_flux_deployments(kube, ns)).await {
        Ok(Ok(list)) => list,
        _ => return true,
    };
    if deployments.is_empty() {
        ui::failure(&format!(
            "no controllers found in the '{ns}' namespace with the label selector '{PART_OF_SELECTOR}'"
        ));
        return false;
    }
    let mut ok = true;
    for d in &deployments {
        let name = d.metadata.name.clone().unwrap_or_default();
        match assess(kube, ns, &name, poll, ctx.global.timeout).await {
            Verdict::Ready => ui::success(&format!("{name}: deployment ready")),
            Verdict::NotFound => {
                ok = false;
                ui::failure(&format!("{name}: deployment not found"));
            }
            Verdict::NotReady => {
                ok = false;
                ui::failure(&format!("{name}: deployment not ready"));
            }
        }
        for c in d.spec.iter().flat_map(|s| s.template.spec.iter()).flat_map(|p| p.containers.iter()) {
            ui::action(c.image.as_deref().unwrap_or(""));
        }
    }
    ok
}

pub(super) enum Verdict {
    Ready,
    NotReady,
    NotFound,
}

/// Polls one Deployment (immediately, then every `poll`) until kstatus calls it Current or `timeout` passes.
pub(super) async fn assess(kube: &Kube, ns: &str, name: &str, poll: GoDuration, timeout: GoDuration) -> Verdict {
    let deadline = Instant::now() + timeout.as_std();
    let mut last = Verdict::NotReady;
    loop {
        let api: Api<Deployment> = Api::namespaced(kube.throttled().await, ns);
        let remaining = deadline.saturating_duration_since(Instant::now());
        match tokio::time::timeout(remaining, api.get_opt(name)).await {
            Ok(Ok(Some(d))) if health::deployment(&d).is_current() => return Verdict::Ready,
            Ok(Ok(Some(_))) => last = Verdict::NotReady,
            Ok(Ok(None)) => last = Verdict::NotFound,
            Ok(Err(e)) => tracing::debug!(deployment = name, error = %e, "reading the deployment"),
            Err(_) => return last,
        }
        let remaining = deadline.saturating_duration_since(Instant::now());
        if remaining.is_zero() {
            return last;
        }
        tokio::time::sleep(poll.as_std().min(remaining)).await;
    }
}

async fn crds_check(ctx: &Ctx, kube: &Kube) -> bool {
    let api: Api<CustomResourceDefinition> = Api::all(kube.throttled().await);
    let listed =
        tokio::time::timeout(ctx.global.timeout.as_std(), api.list(&ListParams::default().labels(PART_OF_SELECTOR)))
            .await;
    // As upstream, a failed list is not reported here.
    let Ok(Ok(list)) = listed else { return true };
    if list.items.is_empty() {
        ui::failure(&format!("no crds found with the label selector '{PART_OF_SELECTOR}'"));
        return false;
    }
    let mut ok = true;
    for crd in &list.items {
        let name = crd.metadata.name.clone().unwrap_or_default();
        match crd.status.as_ref().and_then(|s| s.stored_versions.as_ref()).and_then(|v| v.last()) {
            Some(stored) => ui::success(&format!("{name}/{stored}")),
            None => {
                ok = false;
                ui::failure(&format!("no stored versions for {name}"));
            }
        }
    }
    ok
}

/// A version as Masterminds/semver reads it loosely: optional `v`, missing minor or patch as 0,
/// pre-release and build metadata kept. Printed without the `v`, as upstream's `✔ Kubernetes 1.33.0`.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Semver {
    major: u64,
    minor: u64,
    patch: u64,
    pre: String,
    build: String,
}

impl Semver {
    fn parse(text: &str) -> Option<Semver> {
        let s = text.strip_prefix('v').unwrap_or(text);
        let (s, build) = match s.split_once('+') {
            Some((s, b)) => (s, b.to_string()),
            None => (s, String::new()),
        };
        let (core, pre) = match s.split_once('-') {
            Some((c, p)) => (c, p.to_string()),
            None => (s, String::new()),
        };
        let valid_ids = |ids: &str| {
            ids.is_empty()
                || ids.split('.').all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
        };
        if !valid_ids(&pre) || !valid_ids(&build) {
            return None;
        }
        let mut parts = core.split('.');
        let number = |p: Option<&str>| -> Option<u64> {
            match p {
                None => Some(0),
                Some(n) if !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()) => n.parse().ok(),
                Some(_) => None,
            }
        };
        let major = number(Some(parts.next()?))?;
        let minor = number(parts.next())?;
        let patch = number(parts.next())?;
        if parts.next().is_some() {
            return None;
        }
        Some(Semver { major, minor, patch, pre, build })
    }

    fn core(&self) -> (u64, u64, u64) {
        (self.major, self.minor, self.patch)
    }
}

impl std::fmt::Display for Semver {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}.{}.{}", self.major, self.minor, self.patch)?;
        if !self.pre.is_empty() {
            write!(f, "-{}", self.pre)?;
        }
        if !self.build.is_empty() {
            write!(f, "+{}", self.build)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::Semver;

    #[test]
    fn kubernetes_versions() {
        let v = Semver::parse("v1.33.0").unwrap();
        assert_eq!(v.to_string(), "1.33.0");
        assert!(v.core() >= super::MIN_KUBERNETES);
        let k3s = Semver::parse("v1.34.1+k3s1").unwrap();
        assert_eq!(k3s.to_string(), "1.34.1+k3s1");
        let rc = Semver::parse("v1.33.0-rc.1").unwrap();
        assert!(rc.core() >= super::MIN_KUBERNETES, "pre-releases of 1.33.0 satisfy >=1.33.0-0");
        assert!(Semver::parse("v1.32.9").unwrap().core() < super::MIN_KUBERNETES);
        assert_eq!(Semver::parse("v1").unwrap().to_string(), "1.0.0");
        assert!(Semver::parse("banana").is_none());
    }
}

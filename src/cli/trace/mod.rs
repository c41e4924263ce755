//! `flux-rs trace`: how objects are managed by Flux. For each object, the Kustomization or HelmRelease
//! that applied it (from its `kustomize.toolkit.fluxcd.io/name|namespace` or
//! `helm.toolkit.fluxcd.io/name|namespace` labels, or those of its owners), then that applier's sources.
//!
//! Upstream's quirks kept on purpose: an object that cannot be traced prints
//! `failed to trace <Kind>/<name> in namespace <ns>: <error>` on stderr *without* a newline and the command
//! still exits 0; objects named with `<resource> <name>` that do not exist fail with upstream's literal
//! `x: ` prefix; the object line shows the kind as given to `--kind` (`deployment/podinfo`).

mod discovery;
mod report;

use clap::Args;
use kube::api::{Api, DynamicObject};

use super::client::Kube;
use super::{with_timeout, Ctx};
use discovery::{Discovery, Resource};

const KUSTOMIZE_GROUP: &str = "kustomize.toolkit.fluxcd.io";
const HELM_GROUP: &str = "helm.toolkit.fluxcd.io";
/// How many owners up `trace` looks for a Flux label.
const MAX_OWNER_DEPTH: usize = 32;

/// Show which Flux objects deliver a Kubernetes object.
///
/// For each object, trace finds the Kustomization or HelmRelease that applied it (from its
/// kustomize.toolkit.fluxcd.io/* or helm.toolkit.fluxcd.io/* labels, or those of its owners)
/// and prints that applier's revision and status, then the same for its sources
/// (GitRepository, OCIRepository, ExternalArtifact, HelmChart, HelmRepository).
///
/// Name objects as with kubectl get: a resource and one or more names, or resource/name pairs
/// of any kinds. Or give a name with both --kind and --api-version.
///
/// Examples:
///   # A Deployment in the apps namespace
///   flux-rs trace deployment podinfo -n apps
///
///   # Objects of several kinds at once
///   flux-rs trace deploy/podinfo svc/podinfo cm/podinfo-values -n apps
///
///   # A cluster-scoped object
///   flux-rs trace namespace apps
///
///   # A Flux object applied by a Kustomization
///   flux-rs trace helmrelease podinfo -n apps
///
///   # By kind and API version, without discovery of resource names
///   flux-rs trace podinfo --kind Deployment --api-version apps/v1 -n apps
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct TraceArgs {
    /// `<resource> <name> [<name>…]`, `<resource>/<name> […]`, or `<name>` with --kind and --api-version.
    #[arg(value_name = "RESOURCE")]
    args: Vec<String>,

    /// The object's kind, as the API spells it or in lower case (Deployment, deployment); needs
    /// --api-version.
    #[arg(long)]
    kind: Option<String>,

    /// The object's API group and version (apps/v1, or v1 for the core group); needs --kind.
    #[arg(long, value_name = "GROUP/VERSION")]
    api_version: Option<String>,
}

/// An object to trace, with the kind it is shown as.
struct Traced {
    kind: String,
    object: DynamicObject,
}

pub async fn run(ctx: &Ctx, args: TraceArgs) -> anyhow::Result<()> {
    let kube = ctx.kube().await.map_err(anyhow::Error::msg)?;
    let kind = args.kind.filter(|k| !k.is_empty());
    let api_version = args.api_version.filter(|v| !v.is_empty());
    with_timeout(ctx, async {
        let mut discovery = Discovery::new(&kube);
        let objects = if kind.is_some() || api_version.is_some() {
            vec![by_kind(&kube, &mut discovery, &ctx.namespace, &args.args, kind, api_version).await?]
        } else {
            by_resource(&kube, &mut discovery, &ctx.namespace, &args.args).await?
        };
        let count = objects.len();
        for (i, traced) in objects.into_iter().enumerate() {
            let name = traced.object.metadata.name.clone().unwrap_or_default();
            let ns = traced.object.metadata.namespace.clone().unwrap_or_default();
            match trace(&kube, &mut discovery, &traced).await {
                Ok(report) => print!("{report}"),
                Err(e) => eprint!("failed to trace {}/{name} in namespace {ns}: {e:#}", traced.kind),
            }
            if i + 1 < count {
                println!("---");
            }
        }
        Ok(())
    })
    .await
}

/// `trace <name> --kind K --api-version G/V` (upstream's `getObjectStatic`).
async fn by_kind(
    kube: &Kube,
    discovery: &mut Discovery<'_>,
    namespace: &str,
    args: &[String],
    kind: Option<String>,
    api_version: Option<String>,
) -> anyhow::Result<Traced> {
    let Some(name) = args.first() else { anyhow::bail!("object name is required") };
    let Some(kind) = kind else { anyhow::bail!("object kind is required (--kind)") };
    let Some(api_version) = api_version else { anyhow::bail!("object apiVersion is required (--api-version)") };
    if api_version.matches('/').count() > 1 {
        anyhow::bail!("invaild apiVersion: unexpected GroupVersion string: {api_version}");
    }
    let object = async {
        let resource = discovery.for_kind(&api_version, &kind).await?;
        get(kube, &resource, namespace, name).await
    }
    .await
    .map_err(|e| anyhow::anyhow!("failed to find object: {e}"))?;
    Ok(Traced { kind, object })
}

/// `trace <resource> <name>…` and `trace <resource>/<name>…`, as kubectl reads them (upstream's
/// `getObjectDynamic`).
async fn by_resource(
    kube: &Kube,
    discovery: &mut Discovery<'_>,
    namespace: &str,
    args: &[String],
) -> anyhow::Result<Vec<Traced>> {
    let wanted = parse_arguments(args)?;
    let mut resolved = Vec::new();
    for (resource, name) in &wanted {
        resolved.push((discovery.for_argument(resource).await.map_err(anyhow::Error::msg)?, name));
    }
    let mut objects = Vec::new();
    let mut errors: Vec<String> = Vec::new();
    for (resource, name) in resolved {
        match get(kube, &resource, namespace, name).await {
            Ok(object) => {
                let kind = object.types.as_ref().map(|t| t.kind.clone()).unwrap_or_else(|| resource.api.kind.clone());
                objects.push(Traced { kind, object });
            }
            Err(e) if !errors.contains(&e) => errors.push(e),
            Err(_) => {}
        }
    }
    match errors.as_slice() {
        [] => Ok(objects),
        [one] => anyhow::bail!("x: {one}"),
        many => anyhow::bail!("x: [{}]", many.join(", ")),
    }
}

/// The `(resource, name)` pairs the arguments name, with kubectl's rules and messages.
fn parse_arguments(args: &[String]) -> anyhow::Result<Vec<(String, String)>> {
    let with_slash = args.iter().filter(|a| a.contains('/')).count();
    if with_slash > 0 && with_slash < args.len() {
        let program = std::env::args().next().unwrap_or_else(|| "cmd".to_string());
        let base = program.rsplit('/').next().unwrap_or("cmd").to_string();
        anyhow::bail!(
            "there is no need to specify a resource type as a separate argument when passing arguments in \
             resource/name form (e.g. '{base} get resource/<resource_name>' instead of '{base} get resource \
             resource/<resource_name>'"
        );
    }
    if with_slash > 0 {
        return args
            .iter()
            .map(|a| {
                let parts: Vec<&str> = a.split('/').collect();
                match parts.as_slice() {
                    [resource, name] if !resource.is_empty() && !name.is_empty() && !resource.contains(',') => {
                        Ok((resource.to_string(), name.to_string()))
                    }
                    [_, _] => anyhow::bail!("arguments in resource/name form must have a single resource and name"),
                    _ => anyhow::bail!("arguments in resource/name form may not have more than one slash"),
                }
            })
            .collect();
    }
    match args {
        [] => anyhow::bail!("either `<resource>/<name>` or `<resource> <name>` is required as an argument"),
        [_] => anyhow::bail!("resource(s) were provided, but no name was specified"),
        [resource, names @ ..] => {
            if resource.split(',').filter(|r| !r.is_empty()).count() != 1 {
                anyhow::bail!("you must specify only one resource");
            }
            Ok(names.iter().map(|n| (resource.clone(), n.clone())).collect())
        }
    }
}

/// Reads an object of `resource`; the namespace is ignored for cluster-scoped resources.
async fn get(kube: &Kube, resource: &Resource, namespace: &str, name: &str) -> Result<DynamicObject, String> {
    let client = kube.throttled().await;
    let api: Api<DynamicObject> = if resource.namespaced {
        Api::namespaced_with(client, namespace, &resource.api)
    } else {
        Api::all_with(client, &resource.api)
    };
    api.get(name).await.map_err(|e| kube.describe(&e, &resource.path(namespace, name)))
}

/// The report for one object: Kustomizations are looked for first, then HelmReleases.
async fn trace(kube: &Kube, discovery: &mut Discovery<'_>, traced: &Traced) -> anyhow::Result<String> {
    let obj = &traced.object;
    let object = format!("{}/{}", traced.kind, obj.metadata.name.as_deref().unwrap_or_default());
    let object_ns = obj.metadata.namespace.clone().unwrap_or_default();
    if let Some((ns, name)) = managed_by(kube, discovery, obj, KUSTOMIZE_GROUP).await {
        return report::kustomization(kube, &object, &object_ns, &ns, &name).await;
    }
    if let Some((ns, name)) = managed_by(kube, discovery, obj, HELM_GROUP).await {
        return report::helm_release(kube, &object, &object_ns, &ns, &name).await;
    }
    anyhow::bail!("object not managed by Flux")
}

/// `(namespace, name)` of the applier of `group` named by the object's labels.
fn labelled(obj: &DynamicObject, group: &str) -> Option<(String, String)> {
    let labels = obj.metadata.labels.as_ref()?;
    let name = labels.get(&format!("{group}/name")).filter(|n| !n.is_empty())?;
    let ns = labels.get(&format!("{group}/namespace")).cloned().unwrap_or_default();
    Some((ns, name.clone()))
}

/// The applier of `group` that manages `obj`, from its labels or, failing those, its owners' (upstream's
/// `isOwnerManagedByFlux`: the first owner that cannot be read ends the search, and only the first owner
/// with owners of its own is followed up).
async fn managed_by(
    kube: &Kube,
    discovery: &mut Discovery<'_>,
    obj: &DynamicObject,
    group: &str,
) -> Option<(String, String)> {
    let mut current = obj.clone();
    // Owner chains are short; a cycle would otherwise never end.
    'up: for _ in 0..MAX_OWNER_DEPTH {
        if let Some(found) = labelled(&current, group) {
            return Some(found);
        }
        let namespace = current.metadata.namespace.clone().unwrap_or_default();
        for owner_ref in current.metadata.owner_references.clone().unwrap_or_default() {
            if owner_ref.api_version.matches('/').count() > 1 {
                return None;
            }
            let resource = discovery.for_kind(&owner_ref.api_version, &owner_ref.kind).await.ok()?;
            let owner = get(kube, &resource, &namespace, &owner_ref.name).await.ok()?;
            if let Some(found) = labelled(&owner, group) {
                return Some(found);
            }
            if owner.metadata.owner_references.as_ref().is_some_and(|o| !o.is_empty()) {
                current = owner;
                continue 'up;
            }
        }
        return None;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn arguments_like_kubectl() {
        let pairs = |v: &[&str]| parse_arguments(&strings(v)).map_err(|e| e.to_string());
        let p = |r: &str, n: &str| (r.to_string(), n.to_string());
        assert_eq!(pairs(&["deployment", "a", "b"]), Ok(vec![p("deployment", "a"), p("deployment", "b")]));
        assert_eq!(pairs(&["pod/x", "cm/y"]), Ok(vec![p("pod", "x"), p("cm", "y")]));
        assert_eq!(
            pairs(&[]).unwrap_err(),
            "either `<resource>/<name>` or `<resource> <name>` is required as an argument"
        );
        assert_eq!(pairs(&["deployment"]).unwrap_err(), "resource(s) were provided, but no name was specified");
        assert_eq!(pairs(&["deploy,svc", "a"]).unwrap_err(), "you must specify only one resource");
        assert_eq!(pairs(&["a/b/c"]).unwrap_err(), "arguments in resource/name form may not have more than one slash");
        assert_eq!(pairs(&["/b"]).unwrap_err(), "arguments in resource/name form must have a single resource and name");
        assert!(pairs(&["deployment", "pod/x"])
            .unwrap_err()
            .starts_with("there is no need to specify a resource type"));
    }
}

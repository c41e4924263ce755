//! `flux-rs version`: the client version and, from the cluster, the Flux distribution and controller tags.

use std::collections::BTreeMap;

use clap::Args;
use k8s_openapi::api::apps::v1::Deployment;
use kube::api::{Api, ListParams};

use super::client::Kube;
use super::{with_timeout, Ctx};

/// The label upstream's manifests put on every Flux component.
pub const PART_OF_SELECTOR: &str = "app.kubernetes.io/part-of=flux";

/// Print the client and server-side components version information.
///
/// Prints the client version and, for the current context, the version of the Flux components.
/// The client version is flux-rs's own (`flux: v<flux-rs version>`), not a Flux release number.
/// With a cluster, `distribution` comes from the labels of the CRD
/// gitrepositories.source.toolkit.fluxcd.io (`<part-of>-<version>`), and one `<controller>: <tag>`
/// line is printed per container of the Deployments labelled app.kubernetes.io/part-of=flux in the
/// namespace (-n, default flux-system).
///
/// Examples:
///   # Print client and server-side version
///   flux-rs version
///
///   # Print only client version
///   flux-rs version --client
///
///   # Print information in json format
///   flux-rs version -o json
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct VersionArgs {
    /// Print only the client version (needs no cluster).
    #[arg(long)]
    client: bool,

    /// The format in which the information should be printed. Can be 'json' or 'yaml'.
    #[arg(short, long, value_name = "FORMAT", default_value = "yaml")]
    output: String,
}

/// The client version as upstream prints it: `v` and the crate version.
pub fn client_version() -> String {
    format!("v{}", env!("CARGO_PKG_VERSION"))
}

/// What `version` reports.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct VersionInfo {
    pub flux: String,
    pub distribution: Option<String>,
    /// Controller name → image tag, sorted by name.
    pub controllers: BTreeMap<String, String>,
}

impl VersionInfo {
    /// YAML as sigs.k8s.io/yaml's goyaml.v2 writes upstream's struct: `flux`, then `distribution`, then
    /// the controllers sorted by name.
    pub fn to_yaml(&self) -> String {
        let mut out = format!("flux: {}\n", yaml_scalar(&self.flux));
        if let Some(d) = &self.distribution {
            out.push_str(&format!("distribution: {}\n", yaml_scalar(d)));
        }
        for (name, tag) in &self.controllers {
            out.push_str(&format!("{}: {}\n", yaml_scalar(name), yaml_scalar(tag)));
        }
        out
    }

    /// JSON as Go's `json.MarshalIndent` of a map: every key sorted, two-space indent, then a newline.
    pub fn to_json(&self) -> Result<String, serde_json::Error> {
        let mut map: BTreeMap<&str, &str> = BTreeMap::new();
        map.insert("flux", &self.flux);
        if let Some(d) = &self.distribution {
            map.insert("distribution", d);
        }
        for (name, tag) in &self.controllers {
            map.insert(name, tag);
        }
        Ok(serde_json::to_string_pretty(&map)? + "\n")
    }
}

pub async fn run(ctx: &Ctx, args: VersionArgs) -> anyhow::Result<()> {
    if args.output != "yaml" && args.output != "json" {
        anyhow::bail!("--output must be json or yaml, not {}", args.output);
    }
    let mut info = VersionInfo { flux: client_version(), ..Default::default() };
    if !args.client {
        let kube = ctx.kube().await.map_err(anyhow::Error::msg)?;
        with_timeout(ctx, cluster_versions(&kube, &ctx.namespace, &mut info)).await?;
    }
    let text = if args.output == "json" { info.to_json()? } else { info.to_yaml() };
    print!("{text}");
    Ok(())
}

async fn cluster_versions(kube: &Kube, namespace: &str, info: &mut VersionInfo) -> anyhow::Result<()> {
    // A missing GitRepository CRD is fine: other Flux controllers may still be installed.
    if let Some(cluster) = FluxClusterInfo::get(kube).await? {
        info.distribution = cluster.distribution();
    }
    let deployments = list_flux_deployments(kube, namespace).await?;
    if deployments.is_empty() {
        anyhow::bail!("no deployments found in {namespace} namespace");
    }
    for d in &deployments {
        for c in d.spec.iter().flat_map(|s| s.template.spec.iter()).flat_map(|p| p.containers.iter()) {
            let (name, tag) = split_image(c.image.as_deref().unwrap_or(""))?;
            info.controllers.insert(name, tag);
        }
    }
    Ok(())
}

/// The Deployments labelled `app.kubernetes.io/part-of=flux` in `namespace`, in the API's order.
pub async fn list_flux_deployments(kube: &Kube, namespace: &str) -> anyhow::Result<Vec<Deployment>> {
    let api: Api<Deployment> = Api::namespaced(kube.throttled().await, namespace);
    let list = api.list(&ListParams::default().labels(PART_OF_SELECTOR)).await.map_err(|e| {
        anyhow::Error::msg(kube.describe(&e, &format!("/apis/apps/v1/namespaces/{namespace}/deployments")))
    })?;
    Ok(list.items)
}

/// What the GitRepository CRD's labels say about the installation (upstream's `fluxClusterInfo`).
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct FluxClusterInfo {
    pub bootstrapped: bool,
    pub managed_by: Option<String>,
    pub part_of: Option<String>,
    pub version: String,
}

/// The CRD whose labels describe the installation.
const GITREPOSITORY_CRD: &str = "gitrepositories.source.toolkit.fluxcd.io";

impl FluxClusterInfo {
    /// Reads the labels; `Ok(None)` when the CRD does not exist.
    pub async fn get(kube: &Kube) -> anyhow::Result<Option<FluxClusterInfo>> {
        match FluxClusterInfo::fetch(kube).await {
            Ok(info) => Ok(Some(info)),
            Err((kube::Error::Api(s), _)) if s.code == 404 => Ok(None),
            Err((_, message)) => Err(anyhow::Error::msg(message)),
        }
    }

    /// The labels, or the error and its one-line description (a missing CRD reads
    /// `customresourcedefinitions.apiextensions.k8s.io "gitrepositories.source.toolkit.fluxcd.io" not found`).
    pub async fn fetch(kube: &Kube) -> Result<FluxClusterInfo, (kube::Error, String)> {
        use k8s_openapi::apiextensions_apiserver::pkg::apis::apiextensions::v1::CustomResourceDefinition;
        let api: Api<CustomResourceDefinition> = Api::all(kube.throttled().await);
        match api.get_metadata(GITREPOSITORY_CRD).await {
            Ok(meta) => Ok(FluxClusterInfo::from_labels(meta.metadata.labels.unwrap_or_default())),
            Err(e) => {
                let path = format!("/apis/apiextensions.k8s.io/v1/customresourcedefinitions/{GITREPOSITORY_CRD}");
                let message = kube.describe(&e, &path);
                Err((e, message))
            }
        }
    }

    pub fn from_labels(labels: BTreeMap<String, String>) -> FluxClusterInfo {
        FluxClusterInfo {
            // Upstream loops over the name and namespace labels and keeps the last answer: only the
            // namespace label decides.
            bootstrapped: labels.contains_key("kustomize.toolkit.fluxcd.io/namespace"),
            managed_by: labels.get("app.kubernetes.io/managed-by").cloned(),
            part_of: labels.get("app.kubernetes.io/part-of").cloned(),
            version: labels.get("app.kubernetes.io/version").cloned().unwrap_or_default(),
        }
    }

    /// `<part-of>-<version>`, or the version alone; `None` when both are empty.
    pub fn distribution(&self) -> Option<String> {
        let d = match self.part_of.as_deref().filter(|p| !p.is_empty()) {
            Some(part_of) => format!("{part_of}-{}", self.version),
            None => self.version.clone(),
        };
        (!d.is_empty()).then_some(d)
    }
}

/// Controller name and tag of an image reference, as upstream's `splitImageStr`:
/// `ghcr.io/fluxcd/source-controller:v1.0.0` → (`source-controller`, `v1.0.0`); a registry port is not a
/// tag, and a digest stays with the tag (`v1.0.1@sha256:…`).
pub fn split_image(image: &str) -> anyhow::Result<(String, String)> {
    if image.is_empty() {
        anyhow::bail!("parsing image '{image}' failed: could not parse reference: {image}");
    }
    // A first path element with a '.' or ':' (or localhost) is a registry, as go-containerregistry decides.
    let repo = match image.split_once('/') {
        Some((first, rest)) if first.contains('.') || first.contains(':') || first == "localhost" => rest,
        _ => image,
    };
    let Some((name, tag)) = repo.split_once(':') else {
        anyhow::bail!("missing image tag in image {image}");
    };
    let short = name.rsplit('/').next().unwrap_or(name);
    Ok((short.to_string(), tag.to_string()))
}

/// A YAML scalar the way go-yaml v2 writes a string: plain when it reads back as the same string,
/// else double-quoted.
fn yaml_scalar(s: &str) -> String {
    let lower = s.to_ascii_lowercase();
    let special = matches!(
        lower.as_str(),
        "" | "~" | "null" | "true" | "false" | "yes" | "no" | "y" | "n" | "on" | "off" | ".inf" | "-.inf" | ".nan"
    );
    let numeric = s.parse::<f64>().is_ok() || s.starts_with("0x") || s.starts_with("0o");
    let first = s.chars().next().unwrap_or(' ');
    let indicator = "-?:,[]{}#&*!|>'\"%@`".contains(first);
    let risky = s.contains(": ")
        || s.contains(" #")
        || s.ends_with(':')
        || s.starts_with(' ')
        || s.ends_with(' ')
        || s.chars().any(|c| c.is_control());
    if special || numeric || indicator || risky {
        serde_json::to_string(s).unwrap_or_else(|_| format!("{s:?}"))
    } else {
        s.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn images_like_upstream() {
        let split = |i: &str| split_image(i).unwrap();
        assert_eq!(split("fluxcd/notification-controller:v1.0.0"), ("notification-controller".into(), "v1.0.0".into()));
        assert_eq!(
            split("ghcr.io/fluxcd/kustomize-controller:v1.0.0"),
            ("kustomize-controller".into(), "v1.0.0".into())
        );
        assert_eq!(
            split("reg.internal:8080/fluxcd/source-controller:v1.0.0"),
            ("source-controller".into(), "v1.0.0".into())
        );
        let digest = "v1.0.1@sha256:49921d1c7b100650dd654a32df1f6e626b54dfe9707d7bb7bdf43fb7c81f1baf";
        assert_eq!(split(&format!("fluxcd/source-controller:{digest}")), ("source-controller".into(), digest.into()));
        assert_eq!(
            split_image("fluxcd/source-controller").unwrap_err().to_string(),
            "missing image tag in image fluxcd/source-controller"
        );
    }

    #[test]
    fn yaml_and_json_layouts() {
        let mut info =
            VersionInfo { flux: "v0.1.0".into(), distribution: Some("flux-v2.9.0".into()), ..Default::default() };
        info.controllers.insert("source-controller".into(), "v1.9.4".into());
        info.controllers.insert("helm-controller".into(), "v1.6.3".into());
        assert_eq!(
            info.to_yaml(),
            "flux: v0.1.0\ndistribution: flux-v2.9.0\nhelm-controller: v1.6.3\nsource-controller: v1.9.4\n"
        );
        assert_eq!(
            info.to_json().unwrap(),
            "{\n  \"distribution\": \"flux-v2.9.0\",\n  \"flux\": \"v0.1.0\",\n  \"helm-controller\": \"v1.6.3\",\n  \"source-controller\": \"v1.9.4\"\n}\n"
        );
        assert_eq!(yaml_scalar("1.0"), "\"1.0\"");
        assert_eq!(yaml_scalar("true"), "\"true\"");
        assert_eq!(yaml_scalar("latest"), "latest");
    }

    #[test]
    fn distribution_from_labels() {
        let labels = |pairs: &[(&str, &str)]| pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
        let info = FluxClusterInfo::from_labels(labels(&[
            ("app.kubernetes.io/part-of", "flux"),
            ("app.kubernetes.io/version", "v2.9.0"),
            ("kustomize.toolkit.fluxcd.io/namespace", "flux-system"),
        ]));
        assert_eq!(info.distribution().as_deref(), Some("flux-v2.9.0"));
        assert!(info.bootstrapped);
        let bare = FluxClusterInfo::from_labels(labels(&[("kustomize.toolkit.fluxcd.io/name", "x")]));
        assert_eq!(bare.distribution(), None);
        assert!(!bare.bootstrapped, "only the namespace label counts, as upstream's loop");
    }
}

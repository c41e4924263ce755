//! `flux-rs tree kustomization <name>`: the objects a Kustomization applied, read from its
//! `status.inventory`, with the inventories of the Kustomizations it applied (recursively) and the objects
//! of the HelmReleases it applied (from Helm's storage), as upstream's `flux tree kustomization`.

mod helm;
mod node;

use api::inventory::ObjectId;
use api::kustomize::Kustomization;
use clap::{Args, Subcommand};
use kube::api::Api;

use super::client::Kube;
use super::{with_timeout, Ctx};
use node::{Node, ObjMetadata};

const KUSTOMIZE_GROUP: &str = "kustomize.toolkit.fluxcd.io";
const HELM_GROUP: &str = "helm.toolkit.fluxcd.io";
/// `--compact` keeps the objects of Flux's API groups only.
const FLUX_GROUPS: &str = "toolkit.fluxcd.io";

/// Show the objects a Flux object applied, as a tree.
///
/// tree reads the inventory of a Flux applier and prints the objects it applied, one a line,
/// with the objects applied by the Kustomizations and HelmReleases among them nested below.
///
/// Examples:
///   flux-rs tree kustomization flux-system
///   flux-rs tree ks flux-system --compact
///   flux-rs tree ks apps -n apps -o yaml
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct TreeArgs {
    #[command(subcommand)]
    what: What,
}

#[derive(Debug, Subcommand)]
enum What {
    /// Show the objects a Kustomization applied.
    ///
    /// The objects of the Kustomization's status.inventory; under each Kustomization among them,
    /// the objects it applied, recursively; under each HelmRelease, the objects of its latest
    /// release (read from Helm's storage Secret).
    ///
    /// Examples:
    ///   # Everything the cluster's root Kustomization applied
    ///   flux-rs tree kustomization flux-system
    ///
    ///   # Only the Flux objects (sources, Kustomizations, HelmReleases, ...)
    ///   flux-rs tree ks flux-system --compact
    ///
    ///   # The tree as JSON
    ///   flux-rs tree ks apps -n apps -o json
    #[command(visible_alias = "ks", verbatim_doc_comment)]
    Kustomization(KustomizationArgs),
}

#[derive(Debug, Args)]
struct KustomizationArgs {
    /// The Kustomization, in the namespace of -n.
    name: Option<String>,

    /// Only show objects of Flux's API groups (*.toolkit.fluxcd.io).
    #[arg(long)]
    compact: bool,

    /// Print the tree as json or yaml instead of text (other values print the text).
    #[arg(short, long, value_name = "FORMAT")]
    output: Option<String>,
}

pub async fn run(ctx: &Ctx, args: TreeArgs) -> anyhow::Result<()> {
    let What::Kustomization(args) = args.what;
    let Some(name) = args.name.filter(|n| !n.is_empty()) else { anyhow::bail!("kustomization name is required") };
    let kube = ctx.kube().await.map_err(anyhow::Error::msg)?;
    let tree = with_timeout(ctx, async {
        let ks = get_kustomization(&kube, &ctx.namespace, &name).await?;
        let mut root = Node::new(ObjMetadata::new(&ctx.namespace, &name, KUSTOMIZE_GROUP, "Kustomization"));
        let mut walk = Walk { kube: &kube, compact: args.compact, scopes: helm::Scopes::default(), path: Vec::new() };
        walk.kustomization(&mut root, &ks).await?;
        Ok(root)
    })
    .await?;
    match args.output.as_deref() {
        Some("json") => println!("{}", tree.to_json()),
        Some("yaml") => println!("{}", tree.to_yaml()),
        _ => println!("{}", tree.print()),
    }
    Ok(())
}

async fn get_kustomization(kube: &Kube, namespace: &str, name: &str) -> anyhow::Result<Kustomization> {
    let api: Api<Kustomization> = Api::namespaced(kube.throttled().await, namespace);
    let path = format!("/apis/{KUSTOMIZE_GROUP}/v1/namespaces/{namespace}/kustomizations/{name}");
    api.get(name).await.map_err(|e| anyhow::anyhow!(kube.describe(&e, &path)))
}

/// The state of one walk down the inventories.
struct Walk<'a> {
    kube: &'a Kube,
    compact: bool,
    scopes: helm::Scopes,
    /// The Kustomizations being walked, so that one listing an ancestor does not loop forever.
    path: Vec<(String, String)>,
}

impl Walk<'_> {
    /// Adds the inventory of `ks` under `node`, in the inventory's order.
    async fn kustomization(&mut self, node: &mut Node, ks: &Kustomization) -> anyhow::Result<()> {
        let namespace = ks.metadata.namespace.clone().unwrap_or_default();
        let name = ks.metadata.name.clone().unwrap_or_default();
        let entries = ks.status.as_ref().and_then(|s| s.inventory.as_ref()).map(|i| i.entries.clone());
        self.path.push((namespace.clone(), name.clone()));
        for entry in entries.unwrap_or_default() {
            let id: ObjectId = entry.id.parse()?;
            if self.skipped(&id.group) {
                continue;
            }
            let is_kustomization = id.group == KUSTOMIZE_GROUP && id.kind == "Kustomization";
            if is_kustomization && id.namespace == namespace && id.name == name {
                continue;
            }
            let is_helm_release = id.group == HELM_GROUP && id.kind == "HelmRelease";
            let (child_ns, child_name) = (id.namespace.clone(), id.name.clone());
            let child = node.add(id.into());
            if is_helm_release {
                for obj in helm::inventory(self.kube, &mut self.scopes, &child_ns, &child_name).await? {
                    if !self.skipped(&obj.group_kind.group) {
                        child.add(obj);
                    }
                }
            }
            // Kustomizations applied to a remote cluster are not on this one.
            let ancestor = self.path.iter().any(|(ns, n)| *ns == child_ns && *n == child_name);
            if is_kustomization && ks.spec.kube_config.is_none() && !ancestor {
                let inner = get_kustomization(self.kube, &child_ns, &child_name)
                    .await
                    .map_err(|e| anyhow::anyhow!("failed to find object: {e}"))?;
                Box::pin(self.kustomization(child, &inner)).await?;
            }
        }
        self.path.pop();
        Ok(())
    }

    fn skipped(&self, group: &str) -> bool {
        self.compact && !group.contains(FLUX_GROUPS)
    }
}

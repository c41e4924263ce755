//! `flux uninstall`: delete the controllers, the finalizers Flux put on its objects (so deleting the
//! CRDs never hangs on a controller that is gone), the CRDs and, unless kept, the namespace.
//!
//! Divergences from upstream, both on the side of never claiming what did not happen: a failed
//! deletion makes the command exit 1 after `✗ uninstall failed` (upstream still prints
//! `✔ uninstall finished` and exits 0), and without a terminal and without `-s` it refuses instead of
//! reading an answer from a pipe.

use clap::Args;
use k8s_openapi::api::apps::v1::Deployment;
use k8s_openapi::api::core::v1::{Namespace, Service, ServiceAccount};
use k8s_openapi::api::networking::v1::NetworkPolicy;
use k8s_openapi::api::rbac::v1::{ClusterRole, ClusterRoleBinding};
use k8s_openapi::apiextensions_apiserver::pkg::apis::apiextensions::v1::CustomResourceDefinition;
use kube::api::{Api, ApiResource, DeleteParams, DynamicObject, ListParams, Patch, PatchParams};
use serde_json::json;

use super::client::Kube;
use super::error::Exit;
use super::kinds::{self, Kind};
use super::version::{FluxClusterInfo, PART_OF_SELECTOR};
use super::Ctx;
use crate::ui;

/// Uninstall Flux and its custom resource definitions.
///
/// The uninstall command removes the Flux components and the toolkit.fluxcd.io resources from the
/// cluster: the controllers' Deployment, Services, network policies, service accounts and cluster
/// roles, the finalizers on Flux objects in every namespace, the Flux CRDs (and with them every Flux
/// object) and the namespace.
///
/// Examples:
///   # Uninstall Flux components, its custom resources and namespace
///   flux-rs uninstall --namespace=flux-system
///
///   # Uninstall Flux but keep the namespace
///   flux-rs uninstall --namespace=infra --keep-namespace=true
///
///   # See what would be deleted
///   flux-rs uninstall --dry-run
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct UninstallArgs {
    /// Skip namespace deletion.
    #[arg(long, value_name = "BOOL", default_value_t = false, action = clap::ArgAction::Set,
          num_args = 0..=1, require_equals = true, default_missing_value = "true")]
    keep_namespace: bool,
    /// Only print the objects that would be deleted.
    #[arg(long)]
    dry_run: bool,
    /// Delete components without asking for confirmation (required when stdin is not a terminal).
    #[arg(short = 's', long)]
    silent: bool,
}

/// The Flux kinds whose finalizers are removed, in upstream's order.
fn finalized_kinds() -> [&'static Kind; 13] {
    [
        &kinds::GIT_REPOSITORY,
        &kinds::OCI_REPOSITORY,
        &kinds::HELM_REPOSITORY,
        &kinds::HELM_CHART,
        &kinds::BUCKET,
        &kinds::KUSTOMIZATION,
        &kinds::HELM_RELEASE,
        &kinds::ALERT,
        &kinds::PROVIDER,
        &kinds::RECEIVER,
        &kinds::IMAGE_POLICY,
        &kinds::IMAGE_REPOSITORY,
        &kinds::IMAGE_UPDATE_AUTOMATION,
    ]
}

/// Deletions and updates as one pass, remembering whether any failed.
struct Remover<'a> {
    kube: &'a Kube,
    client: kube::Client,
    dry_run: bool,
    failed: bool,
}

impl Remover<'_> {
    fn suffix(&self) -> &'static str {
        if self.dry_run {
            "(dry run)"
        } else {
            ""
        }
    }

    fn delete_params(&self) -> DeleteParams {
        DeleteParams { dry_run: self.dry_run, ..DeleteParams::default() }
    }

    /// Deletes every object of `resource` labelled part-of=flux (in `namespace`, or cluster-wide).
    async fn delete_labelled(&mut self, resource: &ApiResource, namespace: Option<&str>) {
        let api: Api<DynamicObject> = match namespace {
            Some(ns) => Api::namespaced_with(self.client.clone(), ns, resource),
            None => Api::all_with(self.client.clone(), resource),
        };
        // As upstream, a kind that cannot be listed is skipped silently.
        let Ok(list) = api.list(&ListParams::default().labels(PART_OF_SELECTOR)).await else { return };
        for obj in list.items {
            let name = obj.metadata.name.clone().unwrap_or_default();
            let subject = match namespace {
                Some(ns) => format!("{}/{ns}/{name}", resource.kind),
                None => format!("{}/{name}", resource.kind),
            };
            match api.delete(&name, &self.delete_params()).await {
                Ok(_) => ui::success(&format!("{subject} deleted {}", self.suffix())),
                Err(e) => {
                    self.failed = true;
                    ui::failure(&format!("{subject} deletion failed: {}", self.kube.describe(&e, "")));
                }
            }
        }
    }

    /// Clears `metadata.finalizers` on every object of `kind` in every namespace.
    async fn clear_finalizers(&mut self, kind: &Kind) {
        let resource = kind.resource();
        let api: Api<DynamicObject> = Api::all_with(self.client.clone(), &resource);
        let Ok(list) = api.list(&ListParams::default()).await else { return };
        for obj in list.items {
            let name = obj.metadata.name.clone().unwrap_or_default();
            let ns = obj.metadata.namespace.clone().unwrap_or_default();
            let subject = format!("{}/{ns}/{name}", kind.kind);
            let namespaced: Api<DynamicObject> = Api::namespaced_with(self.client.clone(), &ns, &resource);
            let params = PatchParams { dry_run: self.dry_run, ..PatchParams::default() };
            let patch = json!({"metadata": {"finalizers": null}});
            match namespaced.patch(&name, &params, &Patch::Merge(&patch)).await {
                Ok(_) => ui::success(&format!("{subject} finalizers deleted {}", self.suffix())),
                Err(e) => {
                    self.failed = true;
                    ui::failure(&format!("{subject} removing finalizers failed: {}", self.kube.describe(&e, "")));
                }
            }
        }
    }

    async fn delete_namespace(&mut self, namespace: &str) {
        let api: Api<Namespace> = Api::all(self.client.clone());
        match api.delete(namespace, &self.delete_params()).await {
            Ok(_) => ui::success(&format!("Namespace/{namespace} deleted {}", self.suffix())),
            Err(e) => {
                self.failed = true;
                ui::failure(&format!("Namespace/{namespace} deletion failed: {}", self.kube.describe(&e, "")));
            }
        }
    }
}

fn resource<K: kube::Resource<DynamicType = ()>>() -> ApiResource {
    ApiResource::erase::<K>(&())
}

pub async fn run(ctx: &Ctx, args: UninstallArgs) -> anyhow::Result<()> {
    let kube = ctx.kube().await.map_err(anyhow::Error::msg)?;
    let ns = ctx.namespace.as_str();
    super::with_timeout(ctx, async {
        if !args.dry_run && !args.silent {
            let managed_by = match FluxClusterInfo::get(&kube).await {
                Ok(info) => info.and_then(|i| i.managed_by).unwrap_or_default(),
                Err(e) => anyhow::bail!("cluster info unavailable: {e}"),
            };
            let label = if managed_by.is_empty() || managed_by == "flux" {
                "Are you sure you want to delete Flux and its custom resource definitions".to_string()
            } else {
                format!(
                    "Flux is managed by {managed_by}! Are you sure you want to delete Flux and its CRDs using Flux CLI"
                )
            };
            if !ui::can_prompt() {
                anyhow::bail!("aborting: stdin is not a terminal, pass -s/--silent to uninstall without confirmation");
            }
            if !ui::confirm(&label)? {
                anyhow::bail!("aborting");
            }
        }
        let mut remover = Remover { kube: &kube, client: kube.throttled().await, dry_run: args.dry_run, failed: false };

        ui::action(&format!("deleting components in {ns} namespace"));
        remover.delete_labelled(&resource::<Deployment>(), Some(ns)).await;
        remover.delete_labelled(&resource::<Service>(), Some(ns)).await;
        remover.delete_labelled(&resource::<NetworkPolicy>(), Some(ns)).await;
        remover.delete_labelled(&resource::<ServiceAccount>(), Some(ns)).await;
        remover.delete_labelled(&resource::<ClusterRole>(), None).await;
        remover.delete_labelled(&resource::<ClusterRoleBinding>(), None).await;

        ui::action("deleting toolkit.fluxcd.io finalizers in all namespaces");
        for kind in finalized_kinds() {
            remover.clear_finalizers(kind).await;
        }

        ui::action("deleting toolkit.fluxcd.io custom resource definitions");
        remover.delete_labelled(&resource::<CustomResourceDefinition>(), None).await;

        if !args.keep_namespace {
            remover.delete_namespace(ns).await;
        }
        if remover.failed {
            ui::failure("uninstall failed");
            return Err(Exit(1).into());
        }
        ui::success("uninstall finished");
        Ok(())
    })
    .await
}

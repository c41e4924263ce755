//! `flux suspend <kind> [names…] [--all]`: sets `spec.suspend` so the controller stops reconciling.
//!
//! Upstream's quirks kept on purpose: a missing name is reported (`✗ Kustomization foo not found in
//! flux-system namespace`) and the command goes on and still exits 0.

use clap::Args;
use kube::api::{DynamicObject, Patch, PatchParams};
use serde_json::json;

use super::kinds::{self, Kind, Target};
use super::{with_timeout, Ctx};
use crate::ui;

/// The annotation that records why an object is suspended.
const SUSPEND_REASON_ANNOTATION: &str = "suspend.toolkit.fluxcd.io/reason";

/// Suspend the reconciliation of resources.
///
/// Examples:
///   flux-rs suspend kustomization podinfo
///   flux-rs suspend ks podinfo redis
///   flux-rs suspend source git --all -n apps
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct SuspendArgs {
    #[command(subcommand)]
    target: Target<SuspendTarget>,
}

/// What to suspend.
#[derive(Debug, Args)]
pub struct SuspendTarget {
    /// The names of the objects to suspend.
    #[arg(value_name = "NAME")]
    names: Vec<String>,
    /// Suspend all objects of the kind in the namespace.
    #[arg(long)]
    all: bool,
    /// Why the objects are suspended, recorded in the suspend.toolkit.fluxcd.io/reason annotation.
    #[arg(short = 'r', long, value_name = "TEXT")]
    reason: Option<String>,
}

pub async fn run(ctx: &Ctx, args: SuspendArgs) -> anyhow::Result<()> {
    let (info, args) = args.target.resolve();
    if args.names.is_empty() && !args.all {
        anyhow::bail!("{} name is required", info.human);
    }
    let kube = ctx.kube().await.map_err(anyhow::Error::msg)?;
    let ns = ctx.namespace.as_str();
    with_timeout(ctx, async {
        if args.names.is_empty() {
            let objects = kinds::list(info, &kube, ns).await.map_err(anyhow::Error::msg)?;
            if objects.is_empty() {
                anyhow::bail!("no objects found");
            }
            for obj in objects {
                suspend(info, &kube, ns, &obj, args.reason.as_deref()).await.map_err(anyhow::Error::msg)?;
            }
            return Ok(());
        }
        for name in kinds::unique(&args.names) {
            let result = match kinds::get_opt(info, &kube, ns, name).await {
                Ok(Some(obj)) => suspend(info, &kube, ns, &obj, args.reason.as_deref()).await,
                Ok(None) => {
                    ui::failure(&format!("{} {name} not found in {ns} namespace", info.kind));
                    continue;
                }
                Err(e) => Err(e),
            };
            if let Err(e) = result {
                ui::failure(&format!("failed suspending {} {name} in {ns} namespace: {e}", info.kind));
            }
        }
        Ok(())
    })
    .await
}

async fn suspend(
    info: &Kind,
    kube: &super::client::Kube,
    ns: &str,
    obj: &DynamicObject,
    reason: Option<&str>,
) -> Result<(), String> {
    let name = obj.metadata.name.clone().unwrap_or_default();
    ui::action(&format!("suspending {} {name} in {ns} namespace", info.human));
    let mut patch = json!({"spec": {"suspend": true}});
    if let Some(reason) = reason.filter(|r| !r.is_empty()) {
        patch["metadata"] = json!({"annotations": {SUSPEND_REASON_ANNOTATION: reason}});
    }
    let api = info.api(kube, ns).await;
    api.patch(&name, &PatchParams::default(), &Patch::Merge(&patch))
        .await
        .map_err(|e| kube.describe(&e, &kinds::object_path(info, ns, &name)))?;
    ui::success(&format!("{} suspended", info.human));
    Ok(())
}

//! `flux resume <kind> [names…] [--all] [--wait]`: clears `spec.suspend`, then waits for the objects to
//! become ready again — by default only when exactly one name is given, as upstream (which keeps the
//! behaviour of its single-object days); `--wait` or `--wait=false` decide otherwise.

use clap::Args;
use kube::api::{DynamicObject, Patch, PatchParams};
use serde_json::json;

use super::client::Kube;
use super::kinds::{self, Kind, Target};
use super::readiness;
use super::{with_timeout, Ctx};
use crate::ui;

/// Resume suspended resources.
///
/// Examples:
///   flux-rs resume kustomization podinfo
///   flux-rs resume ks podinfo redis --wait
///   flux-rs resume source git --all --wait=false
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct ResumeArgs {
    #[command(subcommand)]
    target: Target<ResumeTarget>,
}

/// What to resume.
#[derive(Debug, Args)]
pub struct ResumeTarget {
    /// The names of the objects to resume.
    #[arg(value_name = "NAME")]
    names: Vec<String>,
    /// Resume all objects of the kind in the namespace.
    #[arg(long)]
    all: bool,
    /// Wait for the objects to be reconciled [default: true with exactly one name, else false].
    #[arg(long, value_name = "BOOL", num_args = 0..=1, default_missing_value = "true", require_equals = true)]
    wait: Option<bool>,
}

pub async fn run(ctx: &Ctx, args: ResumeArgs) -> anyhow::Result<()> {
    let (info, args) = args.target.resolve();
    if args.names.is_empty() && !args.all {
        anyhow::bail!("{} name is required", info.human);
    }
    let should_wait = args.wait.unwrap_or(args.names.len() == 1);
    let kube = ctx.kube().await.map_err(anyhow::Error::msg)?;
    let ns = ctx.namespace.as_str();
    let deadline = tokio::time::Instant::now() + ctx.global.timeout.as_std();
    let resumed = with_timeout(ctx, patch_all(info, &kube, ns, &args.names)).await?;
    if !should_wait || resumed.is_empty() {
        return Ok(());
    }
    for _ in &resumed {
        ui::waiting(&format!("waiting for {} reconciliation", info.kind));
    }
    let waits = resumed.iter().map(|obj| wait_ready(info, &kube, ns, obj, deadline));
    let mut results: Vec<(String, Result<DynamicObject, String>)> = futures::future::join_all(waits).await;
    results.sort_by(|a, b| a.0.cmp(&b.0));
    let mut failed = 0;
    for (name, result) in results {
        match result {
            Ok(obj) => {
                ui::success(&format!("{} {name} reconciliation completed", info.kind));
                ui::success(&info.success_message(&obj));
            }
            Err(e) => {
                failed += 1;
                ui::failure(&format!("{} {name} reconciliation failed: {e}", info.kind));
            }
        }
    }
    if failed > 0 {
        anyhow::bail!("reconciliation failed for {failed} {}(s)", info.kind);
    }
    Ok(())
}

/// Resumes the named objects (or all with no names) and returns those resumed.
async fn patch_all(info: &Kind, kube: &Kube, ns: &str, names: &[String]) -> anyhow::Result<Vec<DynamicObject>> {
    let mut resumed = Vec::new();
    if names.is_empty() {
        let objects = kinds::list(info, kube, ns).await.map_err(anyhow::Error::msg)?;
        if objects.is_empty() {
            ui::failure(&format!("no {} objects found in {ns} namespace", info.kind));
        }
        for obj in objects {
            resumed.push(resume(info, kube, ns, &obj).await.map_err(anyhow::Error::msg)?);
        }
        return Ok(resumed);
    }
    for name in kinds::unique(names) {
        match kinds::get_opt(info, kube, ns, name).await.map_err(anyhow::Error::msg)? {
            Some(obj) => resumed.push(resume(info, kube, ns, &obj).await.map_err(anyhow::Error::msg)?),
            // Upstream names the first argument here, whichever one is missing.
            None => ui::failure(&format!("{} object '{}' not found in {ns} namespace", info.kind, names[0])),
        }
    }
    Ok(resumed)
}

async fn resume(info: &Kind, kube: &Kube, ns: &str, obj: &DynamicObject) -> Result<DynamicObject, String> {
    let name = obj.metadata.name.clone().unwrap_or_default();
    ui::action(&format!("resuming {} {name} in {ns} namespace", info.human));
    // `suspend: false` is omitted by upstream's types, so its merge patch removes the field.
    let patch = json!({"spec": {"suspend": null}});
    let api = info.api(kube, ns).await;
    let patched = api
        .patch(&name, &PatchParams::default(), &Patch::Merge(&patch))
        .await
        .map_err(|e| kube.describe(&e, &kinds::object_path(info, ns, &name)))?;
    ui::success(&format!("{} resumed", info.human));
    Ok(patched)
}

/// Polls until the object is ready (static objects: until it can be read).
async fn wait_ready(
    info: &Kind,
    kube: &Kube,
    ns: &str,
    obj: &DynamicObject,
    deadline: tokio::time::Instant,
) -> (String, Result<DynamicObject, String>) {
    let name = obj.metadata.name.clone().unwrap_or_default();
    let is_static = info.is_static(obj);
    let result = kinds::poll(deadline, || async {
        let current = kinds::get(info, kube, ns, &name).await?;
        let ready = is_static || readiness::is_object_ready(&kinds::to_json(&current))?;
        Ok(ready.then_some(current))
    })
    .await;
    (name, result)
}

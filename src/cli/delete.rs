//! `flux delete <kind> <name> [-s]`: deletes one object after asking for confirmation.
//!
//! Divergence from upstream: upstream's prompt (promptui) reads the answer from stdin whatever it is, so a
//! pipe or /dev/null either aborts with `aborting` or confirms from a stray `y`. flux-rs asks only on a
//! terminal; without one and without `-s` it refuses with a message that names `-s`.

use clap::Args;
use kube::api::DeleteParams;

use super::kinds::{self, Target};
use super::{with_timeout, Ctx};
use crate::ui;

/// Delete sources and resources.
///
/// Examples:
///   flux-rs delete kustomization podinfo
///   flux-rs delete source git podinfo --silent
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct DeleteArgs {
    #[command(subcommand)]
    target: Target<DeleteTarget>,
}

/// What to delete.
#[derive(Debug, Args)]
pub struct DeleteTarget {
    /// The name of the object to delete.
    #[arg(value_name = "NAME")]
    name: Option<String>,
    /// Delete without asking for confirmation (required when stdin is not a terminal).
    #[arg(short = 's', long)]
    silent: bool,
}

pub async fn run(ctx: &Ctx, args: DeleteArgs) -> anyhow::Result<()> {
    let (info, args) = args.target.resolve();
    let Some(name) = args.name else { anyhow::bail!("{} name is required", info.human) };
    let kube = ctx.kube().await.map_err(anyhow::Error::msg)?;
    let ns = ctx.namespace.as_str();
    with_timeout(ctx, async { kinds::get(info, &kube, ns, &name).await.map_err(anyhow::Error::msg) }).await?;
    if !args.silent {
        if !ui::can_prompt() {
            anyhow::bail!("aborting: stdin is not a terminal, pass -s/--silent to delete without confirmation");
        }
        if !ui::confirm(&format!("Are you sure you want to delete this {}", info.human))? {
            anyhow::bail!("aborting");
        }
    }
    ui::action(&format!("deleting {} {name} in {ns} namespace", info.human));
    let path = kinds::object_path(info, ns, &name);
    with_timeout(ctx, async {
        let api = info.api(&kube, ns).await;
        api.delete(&name, &DeleteParams::default()).await.map_err(|e| anyhow::anyhow!(kube.describe(&e, &path)))
    })
    .await?;
    ui::success(&format!("{} deleted", info.human));
    Ok(())
}

//! `flux-rs diff`: what applying would change, by a server-side dry run (upstream `cmd/flux/diff.go`).

mod kustomization;
mod report;

use clap::{Args, Subcommand};

use super::Ctx;

/// Diff a flux resource.
///
/// The diff command is used to do a server-side dry-run on flux resources, then prints the diff.
#[derive(Debug, Args)]
pub struct DiffArgs {
    #[command(subcommand)]
    what: What,
}

#[derive(Debug, Subcommand)]
enum What {
    Kustomization(kustomization::KustomizationArgs),
}

pub async fn run(ctx: &Ctx, args: DiffArgs) -> anyhow::Result<()> {
    match args.what {
        What::Kustomization(args) => kustomization::run(ctx, args).await,
    }
}

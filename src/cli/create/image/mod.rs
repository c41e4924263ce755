//! `flux create image repository|policy|update`: the image automation objects.
//!
//! Unlike the other subcommands these apply as upstream's `upsertAndWait` does: `✚ generating` only once
//! a client exists, an update reported only when something changed (`controllerutil.CreateOrUpdate`),
//! and `✔ <Kind> reconciliation completed` at the end.

mod policy;
mod reference;
mod repository;
mod update;

use clap::Subcommand;
use serde::Serialize;

use super::{Create, Readiness, Report};
use crate::cli::kinds::Kind;
use crate::ui;

#[derive(Debug, Subcommand)]
pub enum ImageTarget {
    Repository(repository::ImageRepositoryArgs),
    Policy(policy::ImagePolicyArgs),
    Update(update::ImageUpdateArgs),
}

pub async fn run(create: &Create<'_>, target: ImageTarget) -> anyhow::Result<()> {
    match target {
        ImageTarget::Repository(a) => repository::run(create, a).await,
        ImageTarget::Policy(a) => policy::run(create, a).await,
        ImageTarget::Update(a) => update::run(create, a).await,
    }
}

/// Upstream's `upsertAndWait`: creates or updates `object`, then waits until its controller reports it
/// ready for the current generation.
async fn upsert_and_wait(create: &Create<'_>, kind: &Kind, name: &str, object: &impl Serialize) -> anyhow::Result<()> {
    let kube = create.kube().await?;
    create.generating(kind.kind);
    create.upsert(&kube, kind, kind.kind, object, Report::Changes).await?;
    create.wait(&kube, kind, name, Readiness::Dynamic).await?;
    ui::success(&format!("{} reconciliation completed", kind.kind));
    Ok(())
}

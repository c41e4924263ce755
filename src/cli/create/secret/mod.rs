//! `flux create secret git|helm|oci|tls|proxy|receiver`: Kubernetes Secrets in the shape Flux's
//! controllers read, printed (`--export`) or created-or-updated in the cluster.
//!
//! The Secrets are generated in [`sourcesecret`]; each subcommand's file turns its flags into one. What
//! they share is here: the export (upstream's manifest plus the trailing empty line of `Println`) and
//! the upsert, which `create source git|helm|bucket` use too for the credentials they store.

mod git;
mod helm;
mod oci;
mod proxy;
mod receiver;
pub(in crate::cli) mod sourcesecret;
mod tls;

pub use git::{ssh_keys, SshKeyFlags};

use clap::{Args, Subcommand};
use k8s_openapi::api::core::v1::Secret;
use kube::api::{Api, PostParams};

use super::Create;
use crate::cli::client::Kube;
use crate::ui;

/// Create or update Kubernetes secrets.
///
/// The create secret sub-commands generate Kubernetes secrets specific to Flux. With --export they
/// print the Secret, credentials included, and need no cluster.
#[derive(Debug, Args)]
pub struct SecretArgs {
    #[command(subcommand)]
    target: SecretTarget,
}

#[derive(Debug, Subcommand)]
enum SecretTarget {
    Git(Box<git::GitArgs>),
    Helm(Box<helm::HelmArgs>),
    Oci(Box<oci::OciArgs>),
    Proxy(Box<proxy::ProxyArgs>),
    Receiver(Box<receiver::ReceiverArgs>),
    Tls(Box<tls::TlsArgs>),
}

pub async fn run(create: &Create<'_>, args: SecretArgs) -> anyhow::Result<()> {
    match args.target {
        SecretTarget::Git(a) => git::run(create, *a).await,
        SecretTarget::Helm(a) => helm::run(create, *a).await,
        SecretTarget::Oci(a) => oci::run(create, *a).await,
        SecretTarget::Proxy(a) => proxy::run(create, *a).await,
        SecretTarget::Receiver(a) => receiver::run(create, *a).await,
        SecretTarget::Tls(a) => tls::run(create, *a).await,
    }
}

/// How `--export` ends the manifest: upstream prints most Secrets with `Println` (an empty line after
/// the YAML) and the TLS one with `Print`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Ending {
    EmptyLine,
    None,
}

/// Prints the Secret (`--export`) or applies it and says `► <what> secret '<name>' created in '<ns>'
/// namespace` (upstream says "created" for updates too).
async fn save(create: &Create<'_>, secret: &Secret, what: &str, ending: Ending) -> anyhow::Result<()> {
    if create.flags.export {
        let manifest = sourcesecret::manifest(secret).map_err(anyhow::Error::msg)?;
        match ending {
            Ending::EmptyLine => println!("{manifest}"),
            Ending::None => print!("{manifest}"),
        }
        return Ok(());
    }
    let kube = create.kube().await?;
    upsert_secret(create, &kube, secret).await?;
    let name = secret.metadata.name.as_deref().unwrap_or_default();
    ui::action(&format!("{what} secret '{name}' created in '{}' namespace", create.namespace()));
    Ok(())
}

/// Upstream's `upsertSecret`: creates the Secret, or updates the existing one with the new
/// `stringData` (keys it does not name keep their data) and the new labels and annotations merged
/// over the old ones. The type of an existing Secret is kept (it is immutable).
pub async fn upsert_secret(create: &Create<'_>, kube: &Kube, secret: &Secret) -> anyhow::Result<()> {
    let ns = secret.metadata.namespace.as_deref().unwrap_or(create.namespace());
    let name = secret.metadata.name.as_deref().unwrap_or_default();
    let path = format!("/api/v1/namespaces/{ns}/secrets/{name}");
    let api: Api<Secret> = Api::namespaced(kube.throttled().await, ns);
    let existing =
        create.before_deadline(api.get_opt(name)).await?.map_err(|e| anyhow::anyhow!(kube.describe(&e, &path)))?;
    let result = match existing {
        None => create.before_deadline(api.create(&PostParams::default(), secret)).await?,
        Some(mut existing) => {
            existing.string_data = secret.string_data.clone();
            if let Some(annotations) = &secret.metadata.annotations {
                existing.metadata.annotations.get_or_insert_with(Default::default).extend(annotations.clone());
            }
            if let Some(labels) = &secret.metadata.labels {
                existing.metadata.labels.get_or_insert_with(Default::default).extend(labels.clone());
            }
            let api: Api<Secret> = Api::namespaced(kube.throttled().await, ns);
            create.before_deadline(api.replace(name, &PostParams::default(), &existing)).await?
        }
    };
    result.map(|_| ()).map_err(|e| anyhow::anyhow!(kube.describe(&e, &path)))
}

/// The `--label`s of the command, checked as upstream's `parseLabels`.
fn meta(create: &Create<'_>, name: &str) -> anyhow::Result<sourcesecret::Meta> {
    Ok(sourcesecret::Meta {
        name: name.to_string(),
        namespace: create.namespace().to_string(),
        labels: create.labels()?,
    })
}

/// Reads a file named by a flag, or fails with `<what>: open <path>: <reason>` as upstream.
fn read(path: &str, what: &str) -> anyhow::Result<Vec<u8>> {
    sourcesecret::read_file(path).map_err(|e| anyhow::anyhow!("{what}: {e}"))
}

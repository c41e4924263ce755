//! `flux install`: generate the installation and apply it server-side, CRDs and namespace first, then
//! wait until the controllers' Deployment is ready. `--export` only prints the manifests.
//!
//! The installation is flux-rs's own (see [`crate::manifestgen::install`]): one Deployment running
//! `flux-rs run` with every controller, behind upstream's Service names. Divergence from upstream: the
//! image is chosen with `--image` (upstream's `--registry` and `--version` pick one of its per-controller
//! images, which flux-rs does not have).

use anyhow::Context;
use clap::Args;
use k8s_openapi::api::core::v1::Secret;
use kube::api::{Api, Patch, PatchParams};

use super::check::{assess, Verdict};
use super::create::secret::sourcesecret;
use super::duration;
use super::version::FluxClusterInfo;
use super::Ctx;
use crate::apply::{ApplyOptions, ResourceManager};
use crate::manifestgen::{self, install};
use crate::ui;

/// The field manager of everything `install` applies (upstream's `ssa.Owner{Field: "flux"}`).
pub const FIELD_MANAGER: &str = "flux";

/// Install or upgrade Flux.
///
/// The install command deploys Flux in the specified namespace: the Flux CRDs, RBAC, the Services
/// upstream's controllers expose (source-controller, notification-controller, webhook-receiver) and
/// one Deployment running all controllers (`flux-rs run`). If a previous version is installed, it is
/// upgraded in place. Objects are applied server-side, CRDs and the namespace first.
///
/// Examples:
///   # Install Flux in the flux-system namespace
///   flux-rs install
///
///   # Install Flux with the image automation controllers
///   flux-rs install --components-extra=image-reflector-controller,image-automation-controller
///
///   # Install from a private registry mirror
///   flux-rs install --image=registry.example.com/flux-rs:v0.1.0 --image-pull-secret=regcred \
///     --registry-creds=user:password
///
///   # Write the install manifests to a file
///   flux-rs install --export > flux-system.yaml
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct InstallArgs {
    /// Write the install manifests to stdout and exit.
    #[arg(long)]
    export: bool,

    /// List of components, accepts comma-separated values.
    #[arg(
        long,
        value_name = "NAMES",
        value_delimiter = ',',
        default_value = "source-controller,kustomize-controller,helm-controller,notification-controller"
    )]
    components: Vec<String>,

    /// List of components in addition to those supplied or defaulted, accepts values such as
    /// 'image-reflector-controller,image-automation-controller'.
    #[arg(long, value_name = "NAMES", value_delimiter = ',')]
    components_extra: Vec<String>,

    /// The container image that runs the controllers [default: ghcr.io/flux-rs/flux-rs:v<version>].
    #[arg(long, value_name = "IMAGE")]
    image: Option<String>,

    /// Container registry credentials in the format 'user:password', requires --image-pull-secret to be set.
    #[arg(long, value_name = "USER:PASSWORD")]
    registry_creds: Option<String>,

    /// Kubernetes secret name used for pulling the image from a private registry.
    #[arg(long, value_name = "NAME")]
    image_pull_secret: Option<String>,

    /// Watch for custom resources in all namespaces, if set to false it will only watch the namespace
    /// where Flux is installed.
    #[arg(long, value_name = "BOOL", default_value_t = true, action = clap::ArgAction::Set,
          num_args = 0..=1, require_equals = true, default_missing_value = "true")]
    watch_all_namespaces: bool,

    /// Log level of the controllers.
    #[arg(long, value_name = "LEVEL", default_value = "info", value_parser = ["debug", "info", "error"])]
    log_level: String,

    /// Deny ingress access to the controllers from other namespaces using network policies.
    #[arg(long, value_name = "BOOL", default_value_t = true, action = clap::ArgAction::Set,
          num_args = 0..=1, require_equals = true, default_missing_value = "true")]
    network_policy: bool,

    /// Internal cluster domain.
    #[arg(long, value_name = "DOMAIN", default_value = "cluster.local")]
    cluster_domain: String,

    /// List of toleration keys used to schedule the controllers' pod onto nodes with matching taints.
    #[arg(long, value_name = "KEYS", value_delimiter = ',')]
    toleration_keys: Vec<String>,

    /// Override an existing Flux installation if it's managed by a different tool such as Helm.
    #[arg(long)]
    force: bool,
}

impl InstallArgs {
    fn options(&self, namespace: &str) -> install::Options {
        let mut components = self.components.clone();
        components.extend(self.components_extra.iter().cloned());
        install::Options {
            namespace: namespace.to_string(),
            components,
            image: self.image.clone().unwrap_or_else(install::default_image),
            image_pull_secret: self.image_pull_secret.clone(),
            watch_all_namespaces: self.watch_all_namespaces,
            log_level: self.log_level.clone(),
            network_policy: self.network_policy,
            cluster_domain: self.cluster_domain.clone(),
            toleration_keys: self.toleration_keys.clone(),
        }
    }
}

/// The installation as text: upstream's header, then the documents.
pub fn manifests(options: &install::Options) -> anyhow::Result<String> {
    let objects = install::generate(options)?;
    Ok(format!("{}{}", install::header(options), manifestgen::to_yaml(&objects)))
}

pub async fn run(ctx: &Ctx, args: InstallArgs) -> anyhow::Result<()> {
    let options = args.options(&ctx.namespace);
    if args.registry_creds.is_some() && args.image_pull_secret.is_none() {
        anyhow::bail!("--registry-creds requires --image-pull-secret to be set");
    }
    let credentials = match &args.registry_creds {
        Some(creds) => match creds.split(':').collect::<Vec<_>>().as_slice() {
            [user, password] => Some((user.to_string(), password.to_string())),
            _ => anyhow::bail!("invalid --registry-creds format, expected 'user:password'"),
        },
        None => None,
    };
    if !args.export {
        ui::generate("generating manifests");
    }
    let objects = install::generate(&options)?;
    if args.export {
        print!("{}", manifests(&options)?);
        return Ok(());
    }
    if ctx.global.verbose {
        print!("{}", manifests(&options)?);
    }
    ui::success("manifests build completed");
    ui::action(&format!("installing components in {} namespace", ctx.namespace));
    let kube = ctx.kube().await.map_err(anyhow::Error::msg)?;
    super::with_timeout(ctx, async {
        if let Some(info) = FluxClusterInfo::get(&kube).await.context("cluster info unavailable")? {
            if info.bootstrapped {
                anyhow::bail!(
                    "this cluster has already been bootstrapped with Flux {}! Please use 'flux bootstrap' to upgrade",
                    info.version
                );
            }
            if !args.force {
                confirm_override(&info)?;
            }
        }
        let manager = ResourceManager::new(kube.throttled().await, FIELD_MANAGER, None);
        let changes = manager
            .apply_all_staged(objects, &ApplyOptions::default())
            .await
            .map_err(|e| anyhow::anyhow!("install failed: {e}"))?;
        for change in &changes.entries {
            eprintln!("{change}");
        }
        if let (Some(secret), Some((user, password))) = (&args.image_pull_secret, credentials) {
            ui::action(&format!("generating image pull secret {secret}"));
            apply_pull_secret(&kube, &ctx.namespace, secret, &options.image, &user, &password)
                .await
                .map_err(|e| anyhow::anyhow!("install failed: {e}"))?;
        }
        ui::waiting("verifying installation");
        let poll = duration::parse("5s").map_err(anyhow::Error::msg)?;
        let name = install::DEPLOYMENT;
        match assess(&kube, &ctx.namespace, name, poll, ctx.global.timeout).await {
            Verdict::Ready => ui::success(&format!("{name}: deployment ready")),
            Verdict::NotFound => {
                ui::failure(&format!("{name}: deployment not found"));
                anyhow::bail!("install failed");
            }
            Verdict::NotReady => {
                ui::failure(&format!("{name}: deployment not ready"));
                anyhow::bail!("install failed");
            }
        }
        ui::success("install finished");
        Ok(())
    })
    .await
}

/// Upstream asks before taking over an installation another tool manages; flux-rs asks only on a
/// terminal and otherwise refuses, naming `--force`.
fn confirm_override(info: &FluxClusterInfo) -> anyhow::Result<()> {
    let managed_by = info.managed_by.clone().unwrap_or_default();
    if managed_by.is_empty() || managed_by == "flux" {
        return Ok(());
    }
    eprintln!("Flux {} has been installed on this cluster with {managed_by}!", info.version);
    if !ui::can_prompt() {
        anyhow::bail!(
            "installation cancelled: stdin is not a terminal, pass --force to override the {managed_by} installation"
        );
    }
    let label = format!(
        "Are you sure you want to override the {managed_by} installation? Client-side changes may be overridden"
    );
    if !ui::confirm(&label)? {
        anyhow::bail!("installation cancelled");
    }
    Ok(())
}

/// A `kubernetes.io/dockerconfigjson` Secret for the image's registry, as `create secret oci` makes it.
async fn apply_pull_secret(
    kube: &super::client::Kube,
    namespace: &str,
    name: &str,
    image: &str,
    user: &str,
    password: &str,
) -> anyhow::Result<()> {
    let registry =
        image.split('/').next().filter(|host| host.contains('.') || host.contains(':')).unwrap_or("docker.io");
    let meta = sourcesecret::Meta { name: name.to_string(), namespace: namespace.to_string(), labels: None };
    let secret = sourcesecret::oci(&meta, registry, user, password).map_err(anyhow::Error::msg)?;
    let api: Api<Secret> = Api::namespaced(kube.throttled().await, namespace);
    api.patch(name, &PatchParams::apply(FIELD_MANAGER).force(), &Patch::Apply(&secret))
        .await
        .map_err(|e| anyhow::anyhow!("applying Secret/{namespace}/{name}: {}", kube.describe(&e, "")))?;
    Ok(())
}

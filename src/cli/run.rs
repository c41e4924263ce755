//! `flux-rs run`: the Flux controllers in one process, against a cluster (the kubeconfig or the in-cluster
//! service account) or, with `--embedded`, against an embedded Kubernetes API server started in this
//! process with Flux installed into it.
//!
//! The flags are upstream's controller flags, so the Deployment `flux-rs install` generates passes them
//! unchanged (`manifestgen::install::run_args`).

use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

use anyhow::Context;
use clap::Args;
use futures::future::LocalBoxFuture;

use runtime::backoff::Backoff;
use runtime::jitter::Jitter;
use runtime::leader::LeaderElectionConfig;
use runtime::logging::{LogEncoding, LogLevel};
use runtime::{Manager, ManagerOptions};

use super::duration::{self, GoDuration};
use super::Ctx;
use crate::apply::{ApplyOptions, ResourceManager};
use crate::controllers;
use crate::manifestgen::install;
use crate::ui;

/// Upstream's component names, in upstream's order: what `--controllers` takes.
pub const COMPONENTS: [&str; 6] = [
    "source-controller",
    "kustomize-controller",
    "helm-controller",
    "notification-controller",
    "image-reflector-controller",
    "image-automation-controller",
];

/// Registers a component's controllers with the manager, starting what it serves besides them.
type Register = for<'a> fn(&'a mut Manager, &'a Settings) -> LocalBoxFuture<'a, anyhow::Result<Option<Service>>>;

/// The components flux-rs implements, with how to register them. A component plugs in here.
const IMPLEMENTED: &[(&str, Register)] = &[
    (controllers::source::COMPONENT, register_source_controller),
    (controllers::kustomize::COMPONENT, register_kustomize_controller),
];

/// What a component serves besides its controllers; stopped after them.
enum Service {
    /// source-controller's artifact storage and HTTP server.
    Artifacts(controllers::source::ArtifactService),
}

impl Service {
    async fn shutdown(self) {
        match self {
            Service::Artifacts(artifacts) => artifacts.shutdown().await,
        }
    }
}

fn register_source_controller<'a>(
    manager: &'a mut Manager,
    settings: &'a Settings,
) -> LocalBoxFuture<'a, anyhow::Result<Option<Service>>> {
    Box::pin(async move {
        let elected = manager.elected(controllers::source::COMPONENT);
        let artifacts = controllers::source::ArtifactService::start(&settings.storage, elected).await?;
        controllers::source::register(manager, artifacts.storage());
        Ok(Some(Service::Artifacts(artifacts)))
    })
}

/// Run the Flux controllers: all of them in one process, with the flags of upstream's controllers.
///
/// Against a cluster, flux-rs run uses --kubeconfig or KUBECONFIG, else the in-cluster service account,
/// else ~/.kube/config. With --embedded it first starts an embedded Kubernetes API server (v1.33) in this
/// process and installs Flux into it (the objects `flux-rs install` applies), so every flux-rs and
/// kubectl command works against it. Logs go to stderr in Flux's JSON format (--log-encoding console
/// for people); --log-level takes trace, debug, info or error.
///
/// Examples:
///   # A local cluster with Flux, then its kubeconfig
///   flux-rs run --embedded
///   export KUBECONFIG=~/.local/share/flux-rs/embedded/kubeconfig
///
///   # The whole GitOps loop on this machine: examples/podinfo committed to a local Git repository,
///   # served on 127.0.0.1, synced by a GitRepository and a Kustomization; edit it and watch
///   flux-rs run --embedded --sync examples/podinfo
///
///   # What the Deployment of `flux-rs install` runs
///   flux-rs run --controllers=source-controller,kustomize-controller --enable-leader-election
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct RunArgs {
    /// Start the embedded Kubernetes API server in this process, install Flux into it and run the
    /// controllers against it.
    #[arg(long)]
    embedded: bool,

    /// With --embedded: address to serve HTTPS on. Binding a non-loopback address exposes the cluster to
    /// the network.
    #[arg(long, value_name = "ADDR", default_value = "127.0.0.1:6443")]
    listen: SocketAddr,

    /// With --embedded: where state, credentials and the kubeconfig live (default:
    /// $XDG_DATA_HOME/flux-rs/embedded).
    #[arg(long, value_name = "DIR")]
    data_dir: Option<PathBuf>,

    /// With --embedded: where to write the kubeconfig (default: <data-dir>/kubeconfig).
    #[arg(long, value_name = "PATH")]
    kubeconfig_out: Option<PathBuf>,

    /// With --embedded: keep objects in memory only; credentials and the kubeconfig are still written to
    /// the data dir.
    #[arg(long)]
    ephemeral: bool,

    /// With --embedded: how long Events are kept after they last happened, like kube-apiserver's flag
    /// (e.g. 1h, 30m, 90s).
    #[arg(long, value_name = "DURATION", default_value = "1h", value_parser = parse_duration)]
    event_ttl: Duration,

    /// With --embedded: a local GitOps loop for the manifests in DIR (a kustomization.yaml or plain YAML).
    /// DIR is committed to a Git repository under the data dir, again whenever its content changes (it is
    /// looked at every 2s); this process serves that repository over HTTP on 127.0.0.1 and applies a
    /// GitRepository (interval 10s, and a fetch at once after each commit) and a Kustomization (path ./,
    /// prune, wait, interval 1m, timeout 1m) named after DIR in flux-system, then shows them as they
    /// become Ready and the `flux-rs get all` table. Needs the git command: its http-backend serves the
    /// repository.
    #[arg(long, value_name = "DIR", requires = "embedded")]
    sync: Option<PathBuf>,

    /// With --sync: the name of the GitRepository and the Kustomization (default: DIR's folder name).
    #[arg(long, value_name = "NAME", requires = "sync")]
    sync_name: Option<String>,

    /// With --embedded: simulate workloads (Deployments roll out, Pods become Ready) so health checks
    /// pass.
    #[arg(long, default_value_t = true, action = clap::ArgAction::Set, value_name = "BOOL")]
    simulate_workloads: bool,

    /// The controllers to run: a comma-separated list of source-controller, kustomize-controller,
    /// helm-controller, notification-controller, image-reflector-controller and
    /// image-automation-controller; or all (every controller flux-rs has), or none (with --embedded:
    /// just the API server).
    #[arg(long, value_name = "LIST", default_value = "all", value_parser = parse_controllers)]
    controllers: Selection,

    /// The number of concurrent reconciles per controller (default: upstream's per controller, 2 for
    /// source-controller and 4 for the others).
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..))]
    concurrent: Option<u32>,

    /// The interval at which failing dependencies are reevaluated.
    #[arg(long, value_name = "DURATION", default_value = "30s", value_parser = duration::parse)]
    requeue_dependency: GoDuration,

    /// Watch for resources in all namespaces; false watches only the runtime namespace
    /// (RUNTIME_NAMESPACE, or -n).
    #[arg(long, default_value_t = true, action = clap::ArgAction::Set, value_name = "BOOL")]
    watch_all_namespaces: bool,

    /// Watch only Flux resources with matching labels, e.g. 'sharding.fluxcd.io/key=shard1'.
    #[arg(long, value_name = "SELECTOR", default_value = "")]
    watch_label_selector: String,

    /// Watch for ConfigMaps and Secrets with matching labels: when one changes, kustomize-controller
    /// reconciles the Kustomizations that refer to it (postBuild.substituteFrom, decryption.secretRef,
    /// kubeConfig.secretRef) without waiting for their interval. The empty selector matches every
    /// ConfigMap and Secret.
    #[arg(long, value_name = "SELECTOR", default_value = controllers::kustomize::WATCH_CONFIGS_DEFAULT,
          value_parser = controllers::labels::LabelSelector::parse)]
    watch_configs_label_selector: controllers::labels::LabelSelector,

    /// Enable leader election: of several replicas, only the holder of each controller's Lease
    /// (<controller>-leader-election in the runtime namespace) reconciles.
    #[arg(long)]
    enable_leader_election: bool,

    /// How long a standby waits for an unrenewed lease before taking it.
    #[arg(long, value_name = "DURATION", default_value = "35s", value_parser = duration::parse)]
    leader_election_lease_duration: GoDuration,

    /// How long the leader retries renewing its lease before giving up leadership.
    #[arg(long, value_name = "DURATION", default_value = "30s", value_parser = duration::parse)]
    leader_election_renew_deadline: GoDuration,

    /// How long candidates wait between tries.
    #[arg(long, value_name = "DURATION", default_value = "5s", value_parser = duration::parse)]
    leader_election_retry_period: GoDuration,

    /// Give the lease up on shutdown so a standby takes over at once.
    #[arg(long, default_value_t = true, action = clap::ArgAction::Set, value_name = "BOOL")]
    leader_election_release_on_cancel: bool,

    /// The address the metric endpoint binds to; 0 disables it [default: :8080, with --embedded
    /// 127.0.0.1:0 (any free port)].
    #[arg(long, value_name = "ADDR", env = "METRICS_ADDR")]
    metrics_addr: Option<String>,

    /// The address the health endpoint binds to [default: :9440, with --embedded 127.0.0.1:0].
    #[arg(long, value_name = "ADDR")]
    health_addr: Option<String>,

    /// Log encoding format: json or console.
    #[arg(long, value_name = "FORMAT", default_value = "json", value_parser = parse_log_encoding)]
    log_encoding: LogEncoding,

    /// The directory artifacts are stored in [default: /data, with --embedded <data-dir>/artifacts].
    #[arg(long, value_name = "DIR", env = "STORAGE_PATH")]
    storage_path: Option<PathBuf>,

    /// The address the artifact server binds to [default: :9090, with --embedded 127.0.0.1:0].
    #[arg(long, value_name = "ADDR", env = "STORAGE_ADDRESS")]
    storage_addr: Option<String>,

    /// The address advertised in artifact URLs (default: the storage address, with the host name for an
    /// unspecified host).
    #[arg(long, value_name = "HOST:PORT", env = "STORAGE_ADV_ADDR")]
    storage_adv_addr: Option<String>,

    /// The duration after which stale artifacts are garbage collected.
    #[arg(long, value_name = "DURATION", default_value = "1m0s", value_parser = duration::parse)]
    artifact_retention_ttl: GoDuration,

    /// The maximum number of artifacts to be kept in storage after a garbage collection.
    #[arg(long, value_name = "N", default_value_t = artifact::config::DEFAULT_RETENTION_RECORDS)]
    artifact_retention_records: usize,

    /// The hashing algorithm used to calculate the digest of artifacts: sha256, sha384 or sha512.
    #[arg(long, value_name = "ALGORITHM", default_value = "sha256", value_parser = parse_digest_algorithm)]
    artifact_digest_algo: artifact::digest::Algorithm,

    /// The address the notification controller's event receiver binds to [default: :9690 (upstream's
    /// notification-controller uses :9090, which the artifact server has in this one process), with
    /// --embedded 127.0.0.1:0]. Events of the controllers in this process reach it directly.
    #[arg(long, value_name = "ADDR")]
    events_addr: Option<String>,

    /// The address the notification controller's webhook receiver binds to [default: :9292, with
    /// --embedded 127.0.0.1:0].
    #[arg(long, value_name = "ADDR")]
    receiver_addr: Option<String>,

    /// Jitter applied to reconcile intervals, in percent: 10 reconciles every interval ±10 %.
    #[arg(long, value_name = "PERCENT", default_value_t = runtime::jitter::DEFAULT_PERCENTAGE, value_parser = parse_jitter)]
    interval_jitter_percentage: u8,

    /// The minimum time an object waits before a retry after a failed reconciliation.
    #[arg(long, value_name = "DURATION", default_value = "750ms", value_parser = duration::parse)]
    min_retry_delay: GoDuration,

    /// The maximum time an object waits before a retry after failed reconciliations.
    #[arg(long, value_name = "DURATION", default_value = "15m", value_parser = duration::parse)]
    max_retry_delay: GoDuration,

    /// Refuse references to sources (and other objects) in other namespaces.
    #[arg(long)]
    no_cross_namespace_refs: bool,

    /// Refuse remote bases (Git repositories and URLs) in kustomizations: only what the source artifact
    /// holds is built.
    #[arg(long)]
    no_remote_bases: bool,

    /// The service account impersonated by Kustomizations that name none in spec.serviceAccountName.
    #[arg(long, value_name = "NAME")]
    default_service_account: Option<String>,

    /// The name of a Secret in the runtime namespace (RUNTIME_NAMESPACE, else -n, else flux-system) whose
    /// age keys (entries named *.agekey) decrypt SOPS files for Kustomizations with decryption.provider
    /// sops and no decryption.secretRef.
    #[arg(long, value_name = "NAME")]
    sops_age_secret: Option<String>,

    /// Feature gates of kustomize-controller, as comma-separated Name=bool pairs (may be repeated; a later
    /// setting wins): CancelHealthCheckOnNewRevision, DisableFailFastBehavior,
    /// StrictPostBuildSubstitutions (default true) and DisableConfigWatchers work both ways; upstream's
    /// other gates are accepted at their defaults (the cache-tuning gates CacheSecretsAndConfigMaps,
    /// DirectSourceFetch and DisableStatusPollerCache at any value). E.g.
    /// --feature-gates=CancelHealthCheckOnNewRevision=true.
    #[arg(long, value_name = "GATES", action = clap::ArgAction::Append,
          value_parser = controllers::kustomize::FeatureGates::parse)]
    feature_gates: Vec<Vec<(&'static str, bool)>>,

    /// How many times an artifact download is retried.
    #[arg(long, value_name = "N", default_value_t = 9)]
    http_retry: u32,
}

/// Which controllers `--controllers` asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Selection {
    /// Every controller flux-rs has.
    All,
    /// These, by upstream's name (empty: none).
    Named(Vec<String>),
}

fn parse_controllers(text: &str) -> Result<Selection, String> {
    match text.trim() {
        "all" => return Ok(Selection::All),
        "none" | "" => return Ok(Selection::Named(Vec::new())),
        _ => {}
    }
    let mut names = Vec::new();
    for name in text.split(',').map(str::trim).filter(|n| !n.is_empty()) {
        if !COMPONENTS.contains(&name) {
            return Err(format!(
                "unknown controller {name:?}: use a comma-separated list of {}, or all, or none",
                COMPONENTS.join(", ")
            ));
        }
        if !names.iter().any(|n| n == name) {
            names.push(name.to_string());
        }
    }
    Ok(Selection::Named(names))
}

impl Selection {
    /// The components to start; names flux-rs does not implement yet are reported once and skipped.
    fn resolve(&self) -> Vec<(&'static str, Register)> {
        match self {
            Selection::All => IMPLEMENTED.to_vec(),
            Selection::Named(names) => names
                .iter()
                .filter_map(|name| {
                    let found = IMPLEMENTED.iter().find(|(n, _)| n == name).copied();
                    if found.is_none() {
                        tracing::warn!(controller = %name, "this controller is not implemented in flux-rs yet (only source-controller's GitRepository is): skipping it");
                    }
                    found
                })
                .collect(),
        }
    }

    /// Whether both controllers of `--sync`'s loop are selected.
    fn runs_the_gitops_loop(&self) -> bool {
        match self {
            Selection::All => true,
            Selection::Named(names) => [controllers::source::COMPONENT, controllers::kustomize::COMPONENT]
                .iter()
                .all(|c| names.iter().any(|n| n == c)),
        }
    }

    fn is_none(&self) -> bool {
        matches!(self, Selection::Named(names) if names.is_empty())
    }
}

fn parse_digest_algorithm(text: &str) -> Result<artifact::digest::Algorithm, String> {
    artifact::digest::Algorithm::from_name(text).map_err(|e| e.to_string())
}

fn parse_log_encoding(text: &str) -> Result<LogEncoding, String> {
    text.parse()
}

fn parse_jitter(text: &str) -> Result<u8, String> {
    let percent: u8 = text.parse().map_err(|_| format!("invalid percentage {text:?}: expected 0 to 99"))?;
    Jitter::new(percent).map(|j| j.percentage()).map_err(|e| e.to_string())
}

/// A Go duration above zero (`1h`, `30m`, `1h30m`, `90s`), for the event TTL.
fn parse_duration(text: &str) -> Result<Duration, String> {
    let d = duration::parse(text)?;
    if d.as_std().is_zero() {
        return Err(format!("invalid duration {text:?}: must be above zero"));
    }
    Ok(d.as_std())
}

fn register_kustomize_controller<'a>(
    manager: &'a mut Manager,
    settings: &'a Settings,
) -> LocalBoxFuture<'a, anyhow::Result<Option<Service>>> {
    Box::pin(async move {
        let clients = controllers::kustomize::Clients {
            client: manager.client().clone(),
            config: settings.client_config.clone(),
            default_service_account: settings.default_service_account.clone(),
        };
        controllers::kustomize::register(manager, clients, settings.kustomize.clone())
            .context("creating the artifact cache")?;
        Ok(None)
    })
}

/// Where the artifact storage lives and is served from: parsed here, used by the source controller.
pub use crate::controllers::source::StorageOptions;

/// What the components' controllers are configured with, besides the manager.
// The event and receiver addresses wait for the notification controller.
#[allow(dead_code)]
#[derive(Debug, Clone)]
pub struct Settings {
    pub storage: StorageOptions,
    /// The notification controller's event receiver address.
    pub events_addr: String,
    /// The notification controller's webhook receiver address.
    pub receiver_addr: String,
    /// What the controllers' client was built from (kustomize-controller impersonates with it).
    pub client_config: Option<kube::Config>,
    /// `--default-service-account`.
    pub default_service_account: Option<String>,
    /// kustomize-controller's settings.
    pub kustomize: controllers::kustomize::Options,
}

fn default_data_dir() -> anyhow::Result<PathBuf> {
    if let Some(xdg) = std::env::var_os("XDG_DATA_HOME").filter(|v| !v.is_empty()) {
        return Ok(PathBuf::from(xdg).join("flux-rs").join("embedded"));
    }
    let home = std::env::var_os("HOME").context("neither XDG_DATA_HOME nor HOME is set: pass --data-dir")?;
    Ok(PathBuf::from(home).join(".local/share/flux-rs/embedded"))
}

pub async fn run(ctx: &Ctx, args: RunArgs) -> anyhow::Result<()> {
    ignore_sigpipe();
    let level: LogLevel = ctx.global.log_level.as_deref().unwrap_or("info").parse().map_err(anyhow::Error::msg)?;
    runtime::logging::init(level, args.log_encoding).map_err(anyhow::Error::msg)?;
    // Handlers first: a SIGTERM that arrives while starting must still stop cleanly.
    let mut signals = Signals::install()?;
    if args.embedded {
        return run_embedded(ctx, args, &mut signals).await;
    }
    let (client, config) = cluster_client(ctx).await?;
    run_manager(ctx, &args, client, Some(config), None, &mut signals).await
}

async fn run_embedded(ctx: &Ctx, args: RunArgs, signals: &mut Signals) -> anyhow::Result<()> {
    let data_dir = match &args.data_dir {
        Some(d) => d.clone(),
        None => default_data_dir()?,
    };
    // Checked before anything starts: a typo or a missing git fails at once, in one line.
    let sync_plan = match &args.sync {
        Some(dir) => {
            if !args.controllers.runs_the_gitops_loop() {
                anyhow::bail!("--sync needs source-controller and kustomize-controller: leave --controllers at all");
            }
            let namespace = install::Options::default().namespace;
            Some(crate::sync::plan(dir, args.sync_name.as_deref(), &namespace)?)
        }
        None => None,
    };
    let config = apiserver::Config {
        listen: args.listen,
        data_dir: data_dir.clone(),
        ephemeral: args.ephemeral,
        kubeconfig_out: args.kubeconfig_out.clone(),
        simulate_workloads: args.simulate_workloads,
        event_ttl: args.event_ttl,
        store: Default::default(),
    };
    let server = apiserver::ApiServer::start(config).await.context("starting the embedded API server")?;
    ui::success(&format!("embedded Kubernetes API server {} serving on {}", apiserver::GIT_VERSION, server.url()));
    let installed = tokio::select! {
        installed = install_flux(server.kubeconfig_path()) => installed,
        _ = signals.recv() => {
            ui::action("shutting down");
            server.shutdown().await;
            ui::success("stopped");
            return Ok(());
        }
    };
    let installed = match installed {
        Ok(count) => count,
        Err(e) => {
            server.shutdown().await;
            return Err(e);
        }
    };
    ui::success(&format!("Flux installed in {}: {installed} objects applied", install::Options::default().namespace));
    let mode = if args.ephemeral { "in memory" } else { "persistent" };
    ui::action(&format!("state: {} ({mode})", data_dir.display()));
    ui::action(&format!("kubeconfig: {} (context {})", server.kubeconfig_path().display(), apiserver::CONTEXT));
    ui::detail(&format!("export KUBECONFIG={}", server.kubeconfig_path().display()));
    ui::detail("kubectl get namespaces");
    let result = if args.controllers.is_none() {
        signals.recv().await;
        Ok(())
    } else {
        run_controllers_embedded(ctx, &args, server.kubeconfig_path(), &data_dir, sync_plan, signals).await
    };
    ui::action("shutting down");
    server.shutdown().await;
    ui::success("stopped");
    result
}

/// The controllers against the embedded server, with `--sync`'s loop around them when asked for.
async fn run_controllers_embedded(
    ctx: &Ctx,
    args: &RunArgs,
    kubeconfig: &std::path::Path,
    data_dir: &std::path::Path,
    sync_plan: Option<crate::sync::Plan>,
    signals: &mut Signals,
) -> anyhow::Result<()> {
    let config = embedded_config(kubeconfig).await?;
    let client = kube::Client::try_from(config.clone()).context("connecting to the embedded API server")?;
    let sync = match sync_plan {
        Some(plan) => Some(crate::sync::Sync::start(plan, data_dir, client.clone(), config.clone()).await?),
        None => None,
    };
    let result = run_manager(ctx, args, client, Some(config), Some(data_dir), signals).await;
    if let Some(sync) = sync {
        sync.shutdown().await;
    }
    result
}

/// Starts the controllers the flags select and runs them until SIGINT/SIGTERM (or lost leadership).
async fn run_manager(
    ctx: &Ctx,
    args: &RunArgs,
    client: kube::Client,
    config: Option<kube::Config>,
    embedded_data: Option<&std::path::Path>,
    signals: &mut Signals,
) -> anyhow::Result<()> {
    let embedded = embedded_data.is_some();
    // Listeners default to upstream's ports, except next to an embedded server on a laptop.
    let local = |flag: &Option<String>, default: &str| {
        flag.clone().unwrap_or_else(|| if embedded { "127.0.0.1:0".into() } else { default.into() })
    };
    let address = |flag: &Option<String>, name: &str, default: &str| -> anyhow::Result<Option<SocketAddr>> {
        runtime::http::parse_bind_address(&local(flag, default)).map_err(|e| anyhow::anyhow!("--{name}: {e}"))
    };
    let runtime_namespace = std::env::var("RUNTIME_NAMESPACE").ok().filter(|n| !n.is_empty());
    let watch_namespace = ctx.global.namespace.clone().or(runtime_namespace.clone()).unwrap_or(ctx.namespace.clone());
    let runtime_namespace = runtime_namespace.unwrap_or(ctx.namespace.clone());
    let leader_election = args.enable_leader_election.then(|| LeaderElectionConfig {
        namespace: runtime_namespace.clone(),
        lease_duration: args.leader_election_lease_duration.as_std(),
        renew_deadline: args.leader_election_renew_deadline.as_std(),
        retry_period: args.leader_election_retry_period.as_std(),
        release_on_cancel: args.leader_election_release_on_cancel,
    });
    let options = ManagerOptions {
        namespace: (!args.watch_all_namespaces).then_some(watch_namespace),
        label_selector: Some(args.watch_label_selector.clone()).filter(|s| !s.is_empty()),
        leader_election,
        metrics_addr: address(&args.metrics_addr, "metrics-addr", ":8080")?,
        health_addr: address(&args.health_addr, "health-addr", ":9440")?,
        concurrent: args.concurrent.map(|n| n as usize),
        jitter: Jitter::new(args.interval_jitter_percentage).map_err(anyhow::Error::msg)?,
        backoff: Backoff::new(args.min_retry_delay.as_std(), args.max_retry_delay.as_std()),
        requeue_dependency: args.requeue_dependency.as_std(),
        ..Default::default()
    };
    let settings = Settings {
        storage: StorageOptions {
            path: args
                .storage_path
                .clone()
                .or_else(|| embedded_data.map(|d| d.join("artifacts")))
                .unwrap_or_else(|| PathBuf::from("/data")),
            addr: local(&args.storage_addr, ":9090"),
            adv_addr: args.storage_adv_addr.clone().filter(|a| !a.is_empty()),
            retention_ttl: args.artifact_retention_ttl.as_std(),
            retention_records: args.artifact_retention_records,
            digest_algorithm: args.artifact_digest_algo,
        },
        events_addr: local(&args.events_addr, ":9690"),
        receiver_addr: local(&args.receiver_addr, ":9292"),
        client_config: config,
        default_service_account: args.default_service_account.clone().filter(|s| !s.is_empty()),
        kustomize: {
            let defaults = controllers::kustomize::Options::default();
            let mut options = controllers::kustomize::Options {
                no_cross_namespace_refs: args.no_cross_namespace_refs,
                no_remote_bases: args.no_remote_bases,
                fetcher: artifact::fetch::Fetcher { retries: args.http_retry, ..defaults.fetcher.clone() },
                watch_configs: Some(args.watch_configs_label_selector.clone()),
                sops_age_secret: args
                    .sops_age_secret
                    .clone()
                    .filter(|n| !n.is_empty())
                    .map(|name| runtime::ObjectKey::new(runtime_namespace.clone(), name)),
                ..defaults
            };
            let gates = args.feature_gates.iter().flatten().copied();
            controllers::kustomize::FeatureGates::from_settings(gates).apply(&mut options);
            options
        },
    };

    let mut manager = Manager::new(client, options);
    let mut services = Vec::new();
    for (name, register) in args.controllers.resolve() {
        match register(&mut manager, &settings).await.with_context(|| format!("setting up {name}")) {
            Ok(service) => services.extend(service),
            Err(e) => {
                stop_services(services).await;
                return Err(e);
            }
        }
    }
    let artifacts_addr = services
        .iter()
        .map(|s| match s {
            Service::Artifacts(a) => a.local_addr(),
        })
        .next();
    let components = manager.components();
    let mut running = match manager.start().await.context("starting the controllers") {
        Ok(running) => running,
        Err(e) => {
            stop_services(services).await;
            return Err(e);
        }
    };
    tracing::info!(controllers = %components.join(","), "starting manager");
    if embedded {
        let listening = [
            ("metrics", running.metrics_addr()),
            ("health probes", running.health_addr()),
            ("artifacts", artifacts_addr),
        ]
        .iter()
        .filter_map(|(what, addr)| addr.map(|a| format!("{what} on http://{a}")))
        .collect::<Vec<_>>()
        .join(", ");
        let what = if components.is_empty() {
            "none of the selected controllers is implemented yet".to_string()
        } else {
            components.join(", ")
        };
        ui::success(&format!("controllers running ({what}); {listening}"));
    }
    let ended = tokio::select! {
        _ = signals.recv() => None,
        ended = running.stopped() => Some(ended),
    };
    let result = match ended {
        Some(result) => result.context("the controllers stopped"),
        None => {
            tracing::info!("shutting down the controllers");
            running.shutdown().await.context("stopping the controllers")
        }
    };
    stop_services(services).await;
    result
}

async fn stop_services(services: Vec<Service>) {
    for service in services {
        service.shutdown().await;
    }
}

/// The cluster of plain `flux-rs run`: --kubeconfig or KUBECONFIG, else the in-cluster service account,
/// else ~/.kube/config (controller-runtime's order).
/// The controllers' client and what it was built from: the in-cluster configuration in a pod, else the
/// kubeconfig.
async fn cluster_client(ctx: &Ctx) -> anyhow::Result<(kube::Client, kube::Config)> {
    let explicit = ctx.global.kubeconfig.is_some() || std::env::var_os("KUBECONFIG").is_some_and(|v| !v.is_empty());
    if !explicit && std::env::var_os("KUBERNETES_SERVICE_HOST").is_some() {
        let config = kube::Config::incluster().context("loading the in-cluster configuration")?;
        let client = kube::Client::try_from(config.clone()).context("connecting to the cluster")?;
        return Ok((client, config));
    }
    let kube = ctx.kube().await.map_err(anyhow::Error::msg)?;
    Ok((kube.throttled().await, kube.config().clone()))
}

async fn embedded_config(kubeconfig: &std::path::Path) -> anyhow::Result<kube::Config> {
    let kc = kube::config::Kubeconfig::read_from(kubeconfig).context("reading the embedded kubeconfig")?;
    kube::Config::from_custom_kubeconfig(kc, &kube::config::KubeConfigOptions::default())
        .await
        .context("loading the embedded kubeconfig")
}

async fn embedded_client(kubeconfig: &std::path::Path) -> anyhow::Result<kube::Client> {
    let config = embedded_config(kubeconfig).await?;
    kube::Client::try_from(config).context("connecting to the embedded API server")
}

/// Applies the installation `flux-rs install` applies (CRDs, namespace, RBAC, Services, the controllers'
/// Deployment), so that `flux-rs check` and every Flux command work against the embedded cluster.
async fn install_flux(kubeconfig: &std::path::Path) -> anyhow::Result<usize> {
    let client = embedded_client(kubeconfig).await?;
    let objects = install::generate(&install::Options::default())?;
    let manager = ResourceManager::new(client, super::install::FIELD_MANAGER, None);
    let changes = manager
        .apply_all_staged(objects, &ApplyOptions::default())
        .await
        .context("installing Flux into the embedded API server")?;
    Ok(changes.entries.len())
}

/// A long-running server must survive a peer closing a pipe — an `ssh` child of the Git client exiting
/// while its stdin is written — where the CLI commands die quietly on SIGPIPE (`main`). Go's runtime
/// ignores SIGPIPE on every descriptor but stdout and stderr; writes to a closed pipe then fail with EPIPE.
fn ignore_sigpipe() {
    #[cfg(unix)]
    // SAFETY: SIG_IGN is a valid disposition; `signal` is thread-safe for it.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_IGN);
    }
}

/// SIGINT and SIGTERM, registered when created so that none is missed while starting up.
struct Signals {
    #[cfg(unix)]
    interrupt: tokio::signal::unix::Signal,
    #[cfg(unix)]
    terminate: tokio::signal::unix::Signal,
}

impl Signals {
    fn install() -> anyhow::Result<Signals> {
        #[cfg(unix)]
        {
            use tokio::signal::unix::{signal, SignalKind};
            Ok(Signals {
                interrupt: signal(SignalKind::interrupt()).context("installing the SIGINT handler")?,
                terminate: signal(SignalKind::terminate()).context("installing the SIGTERM handler")?,
            })
        }
        #[cfg(not(unix))]
        Ok(Signals {})
    }

    /// Waits for the next SIGINT or SIGTERM (Ctrl-C elsewhere).
    async fn recv(&mut self) {
        #[cfg(unix)]
        tokio::select! {
            _ = self.interrupt.recv() => {}
            _ = self.terminate.recv() => {}
        }
        #[cfg(not(unix))]
        let _ = tokio::signal::ctrl_c().await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations() {
        assert_eq!(parse_duration("1h30m").unwrap().as_secs(), 5400);
        assert_eq!(parse_duration("90s").unwrap().as_secs(), 90);
        assert_eq!(parse_duration("1.5s").unwrap().as_millis(), 1500);
        assert!(parse_duration("5").is_err());
        assert!(parse_duration("1d").is_err());
        assert!(parse_duration("-1s").is_err());
        assert!(parse_duration("0s").is_err());
    }

    #[test]
    fn controllers_take_upstreams_names() {
        assert_eq!(parse_controllers("all"), Ok(Selection::All));
        assert_eq!(parse_controllers("none"), Ok(Selection::Named(vec![])));
        assert_eq!(
            parse_controllers("source-controller, kustomize-controller,source-controller"),
            Ok(Selection::Named(vec!["source-controller".into(), "kustomize-controller".into()]))
        );
        let err = parse_controllers("source-controller,tf-controller").unwrap_err();
        assert!(err.starts_with("unknown controller \"tf-controller\""), "{err}");
        assert!(parse_controllers("none").unwrap().is_none());
        assert!(Selection::Named(COMPONENTS.iter().map(|c| c.to_string()).collect()).resolve().len() <= 6);
    }

    #[test]
    fn artifact_flags_are_upstreams() {
        use clap::Parser;
        #[derive(Parser)]
        struct Cli {
            #[command(flatten)]
            run: RunArgs,
        }
        let parsed = Cli::try_parse_from(["flux-rs"]).unwrap().run;
        assert_eq!(parsed.artifact_retention_ttl.as_std(), Duration::from_secs(60));
        assert_eq!(parsed.artifact_retention_records, 2);
        assert_eq!(parsed.artifact_digest_algo, artifact::digest::Algorithm::Sha256);
        let parsed = Cli::try_parse_from(["flux-rs", "--artifact-digest-algo=sha512", "--artifact-retention-ttl=5m"])
            .unwrap()
            .run;
        assert_eq!(parsed.artifact_digest_algo, artifact::digest::Algorithm::Sha512);
        assert_eq!(parsed.artifact_retention_ttl.as_std(), Duration::from_secs(300));
        assert!(Cli::try_parse_from(["flux-rs", "--artifact-digest-algo=md5"]).is_err());
    }

    #[test]
    fn sync_is_for_the_embedded_cluster_with_both_controllers() {
        use clap::Parser;
        #[derive(Parser)]
        struct Cli {
            #[command(flatten)]
            run: RunArgs,
        }
        assert!(Cli::try_parse_from(["flux-rs", "--sync", "dir"]).is_err(), "--sync needs --embedded");
        assert!(
            Cli::try_parse_from(["flux-rs", "--embedded", "--sync-name", "x"]).is_err(),
            "--sync-name needs --sync"
        );
        let parsed =
            Cli::try_parse_from(["flux-rs", "--embedded", "--sync", "examples/podinfo", "--sync-name", "demo"])
                .unwrap()
                .run;
        assert_eq!(parsed.sync.as_deref(), Some(std::path::Path::new("examples/podinfo")));
        assert_eq!(parsed.sync_name.as_deref(), Some("demo"));
        assert!(parsed.controllers.runs_the_gitops_loop());
        assert!(parse_controllers("source-controller,kustomize-controller").unwrap().runs_the_gitops_loop());
        assert!(!parse_controllers("source-controller").unwrap().runs_the_gitops_loop());
        assert!(!parse_controllers("none").unwrap().runs_the_gitops_loop());

        // The help states the loop's settings as they are.
        let mut command = <Cli as clap::CommandFactory>::command();
        let help = command.render_long_help().to_string().split_whitespace().collect::<Vec<_>>().join(" ");
        use crate::sync::{objects, POLL};
        for said in [
            format!("looked at every {}s", POLL.as_secs()),
            format!("GitRepository (interval {},", objects::SOURCE_INTERVAL),
            format!("interval {}, timeout {})", objects::KUSTOMIZATION_INTERVAL, objects::TIMEOUT),
        ] {
            assert!(help.contains(&said), "the --sync help does not say {said:?}: {help}");
        }
    }

    #[test]
    fn feature_gates_may_be_repeated_and_unknown_ones_are_refused() {
        use clap::Parser;
        #[derive(Parser)]
        struct Cli {
            #[command(flatten)]
            run: RunArgs,
        }
        let parsed = Cli::try_parse_from([
            "flux-rs",
            "--feature-gates=CancelHealthCheckOnNewRevision=true,DisableFailFastBehavior=true",
            "--feature-gates",
            "DisableFailFastBehavior=false",
        ])
        .unwrap()
        .run;
        let gates = controllers::kustomize::FeatureGates::from_settings(parsed.feature_gates.into_iter().flatten());
        assert!(gates.enabled("CancelHealthCheckOnNewRevision"));
        assert!(!gates.enabled("DisableFailFastBehavior"), "the later setting wins");
        let e = Cli::try_parse_from(["flux-rs", "--feature-gates=OptimizedGitClones=true"]).err().unwrap().to_string();
        assert!(e.contains("feature-gate 'OptimizedGitClones' not supported"), "{e}");
    }

    #[test]
    fn jitter_percentage_below_100() {
        assert_eq!(parse_jitter("5"), Ok(5));
        assert!(parse_jitter("100").unwrap_err().contains("less than 100"));
        assert!(parse_jitter("-1").is_err());
    }

    #[test]
    fn the_install_manifests_arguments_parse() {
        use clap::Parser;
        #[derive(Parser)]
        struct Cli {
            #[command(flatten)]
            run: RunArgs,
            /// The global flag the manifests pass too.
            #[arg(long)]
            log_level: Option<String>,
        }
        let deployment = install::generate(&install::Options::default()).unwrap();
        let args = deployment
            .iter()
            .find(|o| o["kind"] == "Deployment")
            .and_then(|d| d.pointer("/spec/template/spec/containers/0/args"))
            .and_then(|a| a.as_array())
            .expect("the Deployment's args")
            .iter()
            .map(|a| a.as_str().unwrap_or_default().to_string())
            .collect::<Vec<_>>();
        assert_eq!(args[0], "run");
        let parsed = Cli::try_parse_from(std::iter::once("flux-rs".to_string()).chain(args[1..].iter().cloned()))
            .unwrap_or_else(|e| panic!("the install manifests' run flags must parse: {e}"));
        assert!(parsed.run.enable_leader_election);
        assert_eq!(parsed.run.metrics_addr.as_deref(), Some(":8080"));
        assert!(matches!(parsed.run.controllers, Selection::Named(ref n) if n.len() == 4));
    }
}

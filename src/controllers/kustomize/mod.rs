//! kustomize-controller: the Kustomization controller. Source artifact → Flux's overlay → kustomize build →
//! server-side apply → status, following upstream's `KustomizationReconciler` step by step, with its
//! conditions, reasons, messages, events and requeue rules (reference §2.2).
//!
//! ```ignore
//! let options = Options { no_remote_bases: true, ..Options::default() };
//! register(&mut manager, clients, options)?;   // the controller, watching Kustomizations and sources
//! ```
//!
//! The runtime does what every Flux controller shares (finalizer, suspend, `requestedAt`, status patches,
//! `observedGeneration`); this module does the rest. Artifacts are unpacked once per digest
//! ([`artifacts::ArtifactCache`]) and never written to: the build reads them through an in-memory overlay.

mod artifacts;
mod clients;
mod dependencies;
mod features;
mod health;
mod interrupts;
mod source;
mod watches;

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use api::kustomize::{DeletionPolicy, Kustomization};
use api::meta::{condition, reason};
use api::source::GitRepository;
use k8s_openapi::api::core::v1::{ConfigMap, Secret};
use kube::core::PartialObjectMeta;
use runtime::{conditions, Action, Context, EventType, ObjectKey, Reconciler};

use crate::apply::{inventory, ApplyOptions, DeleteOptions, ObjectRef, Owner, ResourceManager, WaitOptions};
use crate::build;
use crate::cli::duration::{self, GoDuration};
use crate::controllers::labels::LabelSelector;
pub use artifacts::ArtifactCache;
pub use clients::Clients;
pub use features::FeatureGates;
use health::{health_checks, HealthCheck};
use interrupts::{Interrupts, Listener, Trigger};
use source::{Source, SourceError};
use watches::ConfigKind;

/// The upstream component name, as `--controllers` takes it and events report it.
pub const COMPONENT: &str = "kustomize-controller";
/// The field manager objects are applied with.
pub const FIELD_MANAGER: &str = "kustomize-controller";

/// The annotation group of Kustomization events' metadata.
const GROUP: &str = api::kustomize::GROUP;

/// How the controller behaves, from `flux-rs run`'s flags.
#[derive(Debug, Clone)]
pub struct Options {
    /// `--no-cross-namespace-refs`.
    pub no_cross_namespace_refs: bool,
    /// `--no-remote-bases`.
    pub no_remote_bases: bool,
    /// How artifacts are downloaded (`--http-retry`, `SOURCE_CONTROLLER_LOCALHOST`).
    pub fetcher: artifact::fetch::Fetcher,
    /// How many unpacked artifacts nobody uses are kept.
    pub cached_artifacts: usize,
    /// How often health checks poll the objects (upstream: 5 s).
    pub health_poll: Duration,
    /// `--watch-configs-label-selector`: the ConfigMaps and Secrets whose changes reconcile the
    /// Kustomizations that refer to them; `None` watches none (upstream's `DisableConfigWatchers` gate).
    pub watch_configs: Option<LabelSelector>,
    /// `--sops-age-secret` in the runtime namespace: the age keys that decrypt for Kustomizations whose
    /// `decryption` names no `secretRef`.
    pub sops_age_secret: Option<runtime::ObjectKey>,
    /// Gate `CancelHealthCheckOnNewRevision`: a health check in progress gives up when the Kustomization
    /// is queued again by a watch ([`interrupts`]).
    pub cancel_health_check_on_new_revision: bool,
    /// Health checks end at the first Failed object (off with gate `DisableFailFastBehavior`).
    pub fail_fast: bool,
    /// `postBuild` fails on an undefined variable (gate `StrictPostBuildSubstitutions`).
    pub strict_substitutions: bool,
}

/// `--watch-configs-label-selector`'s default: ConfigMaps and Secrets labelled
/// `reconcile.fluxcd.io/watch: Enabled`.
pub const WATCH_CONFIGS_DEFAULT: &str = "reconcile.fluxcd.io/watch=Enabled";

impl Default for Options {
    fn default() -> Options {
        let fetcher = artifact::fetch::Fetcher {
            host_override: std::env::var("SOURCE_CONTROLLER_LOCALHOST").ok().filter(|h| !h.is_empty()),
            ..Default::default()
        };
        Options {
            no_cross_namespace_refs: false,
            no_remote_bases: false,
            fetcher,
            cached_artifacts: 16,
            health_poll: Duration::from_secs(5),
            watch_configs: Some(
                LabelSelector::parse(WATCH_CONFIGS_DEFAULT).expect("the default selector is valid (unit-tested)"),
            ),
            sops_age_secret: None,
            cancel_health_check_on_new_revision: false,
            fail_fast: true,
            strict_substitutions: true,
        }
    }
}

/// Reconciles `kustomize.toolkit.fluxcd.io/v1` Kustomizations.
pub struct KustomizationReconciler {
    options: Options,
    clients: Clients,
    cache: Arc<ArtifactCache>,
    /// With `CancelHealthCheckOnNewRevision`: the reconciliations listening for their Kustomization being
    /// queued again.
    interrupts: Option<Arc<Interrupts>>,
}

impl KustomizationReconciler {
    pub fn new(clients: Clients, options: Options) -> std::io::Result<KustomizationReconciler> {
        let cache = Arc::new(ArtifactCache::new(options.fetcher.clone(), options.cached_artifacts)?);
        let interrupts = options.cancel_health_check_on_new_revision.then(Arc::default);
        Ok(KustomizationReconciler { options, clients, cache, interrupts })
    }
}

/// Adds kustomize-controller's controller to `manager`: Kustomizations, woken also when a source they
/// build from gets a new artifact revision and, with `options.watch_configs`, when a labelled ConfigMap or
/// Secret they refer to changes ([`watches`]). With `CancelHealthCheckOnNewRevision`, every such wake-up,
/// and the Kustomization's own, also interrupts its health check in progress.
pub fn register(manager: &mut runtime::Manager, clients: Clients, options: Options) -> std::io::Result<()> {
    let watch_configs = options.watch_configs.clone();
    let reconciler = KustomizationReconciler::new(clients, options)?;
    let interrupts = reconciler.interrupts.clone();
    let cancels = interrupts.is_some();
    // Queues the keys, telling a reconciliation of each in progress what queued it.
    let wake = move |keys: Vec<ObjectKey>, trigger: &dyn Fn() -> Trigger| {
        if let Some(interrupts) = interrupts.as_ref().filter(|_| !keys.is_empty()) {
            let trigger = trigger();
            for key in &keys {
                interrupts.queued(key, &trigger);
            }
        }
        keys
    };
    let kustomizations = manager.store::<Kustomization>();
    let (store, wake_source) = (kustomizations.clone(), wake.clone());
    let mut controller = manager.controller(COMPONENT, reconciler).watches::<GitRepository, _>(move |change| {
        let keys = watches::for_source_change(&store.list(), change);
        wake_source(keys, &|| Trigger::of("GitRepository", change.object()))
    });
    if let Some(selector) = watch_configs {
        let (store, labels, wake_config) = (kustomizations.clone(), selector.clone(), wake.clone());
        controller = controller.watches::<PartialObjectMeta<ConfigMap>, _>(move |change| {
            let keys = watches::for_config_change(&store.list(), ConfigKind::ConfigMap, &labels, change);
            wake_config(keys, &|| Trigger::of("ConfigMap", change.object()))
        });
        let (store, wake_config) = (kustomizations.clone(), wake.clone());
        controller = controller.watches::<PartialObjectMeta<Secret>, _>(move |change| {
            let keys = watches::for_config_change(&store.list(), ConfigKind::Secret, &selector, change);
            wake_config(keys, &|| Trigger::of("Secret", change.object()))
        });
    }
    if cancels {
        // The controller queues its own kind: this only tells a reconciliation in progress.
        controller = controller.watches::<Kustomization, _>(move |change| {
            if runtime::predicates::generation_or_request_changed(change) {
                wake(vec![ObjectKey::of(change.object())], &|| Trigger::of("Kustomization", change.object()));
            }
            Vec::new()
        });
    }
    controller.register();
    Ok(())
}

/// The durations of one Kustomization, defaulted as upstream defaults them.
#[derive(Debug, Clone, Copy)]
struct Durations {
    interval: Duration,
    retry: Duration,
    timeout: Duration,
}

impl Durations {
    fn of(obj: &Kustomization) -> Result<Durations, String> {
        let parse = |field: &str, text: &str| {
            duration::parse(text).map(|d| d.as_std()).map_err(|e| format!("invalid spec.{field}: {e}"))
        };
        let interval = parse("interval", &obj.spec.interval)?;
        let retry = match obj.spec.retry_interval.as_deref() {
            Some(text) => parse("retryInterval", text)?,
            None => interval,
        };
        let timeout = match obj.spec.timeout.as_deref() {
            Some(text) => parse("timeout", text)?,
            None => interval.saturating_sub(Duration::from_secs(30)),
        };
        Ok(Durations { interval, retry, timeout: timeout.max(Duration::from_secs(30)) })
    }
}

fn go(d: Duration) -> GoDuration {
    GoDuration::from(d)
}

/// Why a reconciliation of a revision stopped. `Ready=False` is already set with the reason.
enum Failure {
    /// The artifact is gone from the source's storage: retried after `--requeue-dependency`.
    ArtifactNotFound,
    /// The health check gave up because this trigger queued the Kustomization again
    /// (`CancelHealthCheckOnNewRevision`).
    Canceled(Trigger),
    /// Anything else: an error event, retried after `retryInterval`.
    Failed(String),
}

impl Reconciler for KustomizationReconciler {
    type Object = Kustomization;

    async fn reconcile(&self, obj: &mut Kustomization, ctx: &Context<Kustomization>) -> Result<Action, runtime::Error> {
        let start = Instant::now();
        // From the start, as upstream's wrapper listens: a trigger before the health check cancels it too.
        let listener = self.interrupts.as_ref().map(|i| i.listen(ObjectKey::of(obj)));
        let durations = Durations::of(obj).map_err(|e| runtime::Error::stalling(reason::FAILED, e))?;
        let action = self.run(obj, ctx, durations, listener.as_ref()).await?;
        if conditions::is_true(obj, condition::READY) {
            let message =
                format!("Reconciliation finished in {}, next run in {}", go(start.elapsed()), go(durations.interval));
            let revision = obj.status.as_ref().and_then(|s| s.last_attempted_revision.clone()).unwrap_or_default();
            tracing::info!(revision = %revision, "{message}");
            let extra = BTreeMap::from([(format!("{GROUP}/commit_status"), "update".to_string())]);
            let (applied, origin) = applied_revisions(obj);
            event(ctx, obj, &applied, &origin, EventType::Normal, &message, extra);
        }
        Ok(action)
    }

    /// Upstream's `finalize`: the inventory's objects are deleted when the deletion policy says so
    /// (`Delete`, `WaitForTermination`, or `MirrorPrune` with `prune: true`), unless the Kustomization is
    /// suspended or the service account it impersonates is gone; then the finalizer goes. A client that
    /// cannot be built (a missing kubeconfig Secret) is retried.
    async fn cleanup(&self, obj: &mut Kustomization, ctx: &Context<Kustomization>) -> Result<(), runtime::Error> {
        if !deletes_on_finalize(obj) {
            return Ok(());
        }
        let inventory = obj.status.as_ref().and_then(|s| s.inventory.clone()).unwrap_or_default();
        let objects = inventory::objects(&inventory).unwrap_or_default();
        let (applied, origin) = applied_revisions(obj);
        if !self.clients.can_impersonate(obj).await {
            let listed: Vec<String> = objects.iter().map(ObjectRef::subject).collect();
            let message = format!("unable to prune objects: \n{}", listed.join("\n"));
            tracing::error!(error = "skipping pruning, failed to find account to impersonate", "{message}");
            event(ctx, obj, &applied, &origin, EventType::Warning, &message, BTreeMap::new());
            return Ok(());
        }
        // A kubeconfig Secret that cannot be read is retried: the objects are still in the other cluster.
        let client = self.clients.for_object(obj).await.map_err(|e| {
            runtime::Error::new(reason::RECONCILIATION_FAILED, format!("failed to build kube client: {e}"))
                .without_event()
        })?;
        let owner = owner_of(obj);
        let manager = ResourceManager::new(client, FIELD_MANAGER, Some(owner));
        let pruned = manager.delete_all(&objects, &DeleteOptions::prune(GROUP, manager.owner_labels())).await;
        if let Some(error) = pruned.error() {
            let message = "pruning for deleted resource failed";
            event(ctx, obj, &applied, &origin, EventType::Warning, message, BTreeMap::new());
            return Err(runtime::Error::new(reason::PRUNE_FAILED, error).without_event());
        }
        let deleted = pruned.changes.changes();
        if !deleted.is_empty() {
            event(ctx, obj, &applied, &origin, EventType::Normal, deleted.trim_end(), BTreeMap::new());
            if obj.spec.deletion_policy == Some(DeletionPolicy::WaitForTermination) {
                let timeout = Durations::of(obj).map(|d| d.timeout).unwrap_or(Duration::from_secs(30));
                let options = WaitOptions {
                    interval: Duration::from_secs(2),
                    timeout,
                    fail_fast: false,
                    jobs_with_ttl: Vec::new(),
                    custom: None,
                };
                if let Err(e) = manager.wait_for_termination(&pruned.changes.object_refs(), &options).await {
                    let message = "failed to wait for resources termination";
                    tracing::error!(error = %e.message, "{message}");
                    event(ctx, obj, &applied, &origin, EventType::Warning, message, BTreeMap::new());
                }
            }
        }
        Ok(())
    }
}

/// Whether deleting `obj` deletes what it applied (upstream's `finalizerShouldDeleteResources`).
fn deletes_on_finalize(obj: &Kustomization) -> bool {
    let has_inventory = obj.status.as_ref().and_then(|s| s.inventory.as_ref()).is_some_and(|i| !i.entries.is_empty());
    if obj.spec.suspend.unwrap_or(false) || !has_inventory {
        return false;
    }
    match obj.spec.deletion_policy.unwrap_or_default() {
        DeletionPolicy::MirrorPrune => obj.spec.prune,
        DeletionPolicy::Delete | DeletionPolicy::WaitForTermination => true,
        DeletionPolicy::Orphan => false,
    }
}

/// The owner labels' source: the Kustomization's name and namespace.
fn owner_of(obj: &Kustomization) -> Owner {
    Owner {
        name: obj.metadata.name.clone().unwrap_or_default(),
        namespace: obj.metadata.namespace.clone().unwrap_or_default(),
        group: GROUP.to_string(),
    }
}

impl KustomizationReconciler {
    /// Upstream's `Reconcile` after the finalizer and suspend checks.
    async fn run(
        &self,
        obj: &mut Kustomization,
        ctx: &Context<Kustomization>,
        durations: Durations,
        listener: Option<&Listener>,
    ) -> Result<Action, runtime::Error> {
        let custom = match health_checks(obj) {
            Ok(custom) => custom,
            Err(e) => return Err(runtime::Error::stalling(reason::INVALID_CEL_EXPRESSION, terminal(&e))),
        };
        if obj.spec.decryption.as_ref().and_then(|d| d.service_account_name.as_deref()).is_some_and(|s| !s.is_empty()) {
            return Err(runtime::Error::stalling(
                reason::FEATURE_GATE_DISABLED,
                "to use spec.decryption.serviceAccountName for decryption authentication please enable the \
                 ObjectLevelWorkloadIdentity feature gate in the controller",
            ));
        }

        let source = match source::get(ctx.client(), obj, self.options.no_cross_namespace_refs).await {
            Ok(source) => source,
            Err(SourceError::NotFound(message)) => {
                conditions::mark_false(obj, condition::READY, reason::ARTIFACT_FAILED, message);
                let r = &obj.spec.source_ref;
                let namespace = obj.spec.source_namespace(obj.metadata.namespace.as_deref().unwrap_or_default());
                tracing::info!("Source '{}/{namespace}/{}' not found", r.kind, r.name);
                return Ok(Action::requeue(durations.retry));
            }
            Err(SourceError::AccessDenied(message)) => {
                return Err(runtime::Error::stalling(reason::ACCESS_DENIED, message));
            }
            Err(SourceError::Other(message)) => return Err(runtime::Error::new(reason::ARTIFACT_FAILED, message)),
        };
        let Some(artifact) = source.artifact.clone() else {
            let message = format!("Source artifact not found, retrying in {}", go(ctx.requeue_dependency()));
            tracing::info!("{message}");
            conditions::mark_false(obj, condition::READY, reason::ARTIFACT_FAILED, message);
            return Ok(Action::requeue(ctx.requeue_dependency()));
        };
        let origin = source.origin_revision();

        if obj.spec.depends_on.as_ref().is_some_and(|d| !d.is_empty()) {
            if let Err(not_ready) = dependencies::check(ctx.client(), obj, &source).await {
                if not_ready.terminal {
                    let (revision, origin) = (artifact.revision.clone(), origin.clone());
                    let message = terminal(&not_ready.message);
                    event(ctx, obj, &revision, &origin, EventType::Warning, &message, BTreeMap::new());
                    return Err(runtime::Error::stalling(reason::INVALID_CEL_EXPRESSION, message).without_event());
                }
                conditions::mark_false(obj, condition::READY, reason::DEPENDENCY_NOT_READY, not_ready.to_string());
                let message =
                    format!("Dependencies do not meet ready condition, retrying in {}", go(ctx.requeue_dependency()));
                tracing::info!("{message}");
                event(ctx, obj, &artifact.revision, &origin, EventType::Normal, &message, BTreeMap::new());
                return Ok(Action::requeue(ctx.requeue_dependency()));
            }
            tracing::info!("All dependencies are ready, proceeding with reconciliation");
        }

        let start = Instant::now();
        match self.reconcile_revision(obj, ctx, &source, durations, custom, listener).await {
            Ok(()) => Ok(Action::requeue_jittered(durations.interval)),
            Err(Failure::Canceled(trigger)) => {
                let message = format!("New reconciliation triggered by {trigger}");
                conditions::mark_false(obj, condition::READY, reason::HEALTH_CHECK_CANCELED, message);
                tracing::info!(trigger = %trigger, "New reconciliation triggered, canceling health checks");
                let message = format!("Health checks canceled due to new reconciliation triggered by {trigger}");
                event(ctx, obj, &artifact.revision, &origin, EventType::Normal, &message, BTreeMap::new());
                // The trigger queued it again already: it runs as soon as this one returns.
                Ok(Action::await_change())
            }
            Err(Failure::ArtifactNotFound) => {
                let message =
                    format!("Source is not ready, artifact not found, retrying in {}", go(ctx.requeue_dependency()));
                tracing::info!("{message}");
                conditions::mark_false(obj, condition::READY, reason::ARTIFACT_FAILED, message);
                Ok(Action::requeue(ctx.requeue_dependency()))
            }
            Err(Failure::Failed(message)) => {
                tracing::error!(
                    revision = %artifact.revision,
                    error = %message,
                    "Reconciliation failed after {}, next try in {}",
                    go(start.elapsed()),
                    go(durations.retry)
                );
                event(ctx, obj, &artifact.revision, &origin, EventType::Warning, &message, BTreeMap::new());
                Ok(Action::requeue(durations.retry))
            }
        }
    }

    /// Upstream's `reconcile`: fetch, build, apply, prune, health checks, for the source's current
    /// artifact.
    async fn reconcile_revision(
        &self,
        obj: &mut Kustomization,
        ctx: &Context<Kustomization>,
        source: &Source,
        durations: Durations,
        custom: Option<Arc<cel::flux::HealthChecks>>,
        listener: Option<&Listener>,
    ) -> Result<(), Failure> {
        let artifact = source.artifact.clone().expect("checked by the caller");
        let revision = artifact.revision.clone();
        let timeout = go(durations.timeout);
        conditions::mark_unknown(obj, condition::READY, reason::PROGRESSING, "Reconciliation in progress");
        conditions::mark_reconciling(
            obj,
            reason::PROGRESSING,
            format!("Fetching manifests for revision {revision} with a timeout of {timeout}"),
        );
        patch(ctx, obj).await?;

        let unpacked = match self.cache.get(&artifact.url, &artifact.digest).await {
            Ok(unpacked) => unpacked,
            Err(artifact::fetch::FetchError::NotFound { .. }) => return Err(Failure::ArtifactNotFound),
            Err(e) => return Err(fail(obj, reason::ARTIFACT_FAILED, e.to_string())),
        };
        let path = obj.spec.path.clone().unwrap_or_default();
        let dir = match crate::securejoin::secure_join(unpacked.dir(), &path) {
            Ok(dir) => dir,
            Err(e) => return Err(fail(obj, reason::ARTIFACT_FAILED, e.to_string())),
        };
        if let Err(e) = std::fs::metadata(&dir) {
            let message = format!("kustomization path not found: stat {}: {}", dir.display(), io_message(&e));
            return Err(fail(obj, reason::ARTIFACT_FAILED, message));
        }

        obj.status.get_or_insert_with(Default::default).last_attempted_revision = Some(revision.clone());
        conditions::mark_reconciling(
            obj,
            reason::PROGRESSING,
            format!("Building manifests for revision {revision} with a timeout of {timeout}"),
        );
        patch(ctx, obj).await?;

        let client = match self.clients.for_object(obj).await {
            Ok(client) => client,
            Err(e) => {
                conditions::mark_false(obj, condition::READY, reason::RECONCILIATION_FAILED, e.clone());
                return Err(Failure::Failed(format!("failed to build kube client: {e}")));
            }
        };
        let built = match self.build(obj, unpacked.dir().to_path_buf(), dir).await {
            Ok(built) => built,
            Err(e) => return Err(fail(obj, reason::BUILD_FAILED, e)),
        };
        drop(unpacked);

        conditions::mark_reconciling(
            obj,
            reason::PROGRESSING,
            format!("Detecting drift for revision {revision} with a timeout of {timeout}"),
        );
        patch(ctx, obj).await?;

        let manager = ResourceManager::new(client, FIELD_MANAGER, Some(owner_of(obj)));
        let origin = source.origin_revision();
        let history = HistoryEntry::new(&built.digest, &revision, &origin);
        let old_inventory = obj.status.as_ref().and_then(|s| s.inventory.clone()).unwrap_or_default();
        let jobs_with_ttl = crate::apply::jobs_with_ttl(&built.objects);

        let changes = match manager.apply_all_staged(built.objects, &apply_options(obj)).await {
            Ok(changes) => changes,
            Err(e) => {
                let mut message = e.message.clone();
                let applied = e.applied.changes();
                if !applied.is_empty() {
                    message = format!("{message}\n{applied}");
                }
                history.record(obj, reason::RECONCILIATION_FAILED);
                return Err(fail(obj, reason::RECONCILIATION_FAILED, message));
            }
        };
        let drifted = !changes.changes().is_empty();
        if drifted {
            tracing::info!(revision = %revision, output = %changes.changes().trim_end(), "server-side apply completed");
            event(ctx, obj, &revision, &origin, EventType::Normal, changes.changes().trim_end(), BTreeMap::new());
        }

        let new_inventory = inventory::from_change_set(&changes);
        let stale = match inventory::stale(&old_inventory, &new_inventory) {
            Ok(stale) => stale,
            Err(e) => {
                history.record(obj, reason::RECONCILIATION_FAILED);
                return Err(fail(obj, reason::RECONCILIATION_FAILED, e.to_string()));
            }
        };
        obj.status.get_or_insert_with(Default::default).inventory = Some(new_inventory);

        if obj.spec.prune && !stale.is_empty() {
            let pruned = manager.delete_all(&stale, &DeleteOptions::prune(GROUP, manager.owner_labels())).await;
            if let Some(error) = pruned.error() {
                let survivors: Vec<_> = pruned.failed.iter().map(|(o, _)| o.clone()).collect();
                if let Some(inventory) = obj.status.as_mut().and_then(|s| s.inventory.as_mut()) {
                    inventory::merge(inventory, &survivors);
                }
                history.record(obj, reason::PRUNE_FAILED);
                return Err(fail(obj, reason::PRUNE_FAILED, error));
            }
            let deleted = pruned.changes.changes();
            if !deleted.is_empty() {
                tracing::info!("garbage collection completed: {}", deleted.trim_end());
                event(ctx, obj, &revision, &origin, EventType::Normal, deleted.trim_end(), BTreeMap::new());
            }
        }

        let is_new_revision = !artifact
            .has_revision(obj.status.as_ref().and_then(|s| s.last_applied_revision.as_deref()).unwrap_or_default());
        let check = HealthCheck { changes: &changes, custom, jobs_with_ttl, is_new_revision, drifted, listener };
        if let Err(failure) = self.check_health(obj, ctx, &manager, check, &revision, &origin, durations).await {
            if matches!(failure, Failure::Failed(_)) {
                history.record(obj, reason::HEALTH_CHECK_FAILED);
            }
            return Err(failure);
        }

        let status = obj.status.get_or_insert_with(Default::default);
        status.last_applied_revision = Some(revision.clone());
        status.last_applied_origin_revision = Some(origin).filter(|o| !o.is_empty());
        conditions::mark_true(
            obj,
            condition::READY,
            reason::RECONCILIATION_SUCCEEDED,
            format!("Applied revision: {revision}"),
        );
        history.record(obj, reason::RECONCILIATION_SUCCEEDED);
        Ok(())
    }

    /// Flux's build of `dir` inside the unpacked artifact `root`: the overlay, SOPS, kustomize, then
    /// `postBuild` substitution with variables read by the controller's own client.
    async fn build(&self, obj: &Kustomization, root: PathBuf, dir: PathBuf) -> Result<Built, String> {
        let fallback = self.options.sops_age_secret.as_ref();
        let decryptor = build::sops::SopsDecryptor::with_age_fallback(self.clients.client(), obj, fallback).await?;
        let no_remote_bases = self.options.no_remote_bases;
        let spec = obj.spec.clone();
        let resources = tokio::task::spawn_blocking(move || {
            let remote = if no_remote_bases { None } else { Some(crate::kustomize_remote::GitRemoteLoader::new()) };
            let options = build::Options {
                root: Some(&root),
                ignore: None,
                remote: remote.as_ref().map(|r| r as &dyn kustomize::RemoteLoader),
                decryptor: decryptor.as_ref().map(|d| d as &dyn build::Decryptor),
            };
            build::build(&dir, &spec, &options).map_err(|e| e.to_string())
        })
        .await
        .map_err(|e| format!("kustomize build failed: {e}"))??;
        let resources = match &obj.spec.post_build {
            Some(post_build) => {
                let namespace = obj.metadata.namespace.clone().unwrap_or_default();
                let loaded = build::substitute::load_variables(self.clients.client(), &namespace, post_build).await;
                let options = build::substitute::SubstituteOptions { strict: self.options.strict_substitutions };
                build::substitute::substitute(resources, post_build, loaded, options).map_err(|e| e.to_string())?
            }
            None => resources,
        };
        let yaml = build::to_yaml(&resources)?;
        let digest = artifact::digest::Algorithm::Sha256.digest(yaml.as_bytes()).to_string();
        let objects = build::objects::to_objects(&resources)?;
        Ok(Built { objects, digest })
    }
}

/// What a build produced.
struct Built {
    objects: Vec<serde_json::Value>,
    /// `sha256:` of the built YAML, as the history records it.
    digest: String,
}

/// A `status.history` snapshot in the making: the digest, the revisions and when the reconciliation began.
struct HistoryEntry {
    digest: String,
    metadata: BTreeMap<String, String>,
    started: Instant,
}

impl HistoryEntry {
    fn new(digest: &str, revision: &str, origin: &str) -> HistoryEntry {
        let mut metadata = BTreeMap::from([("revision".to_string(), revision.to_string())]);
        if !origin.is_empty() {
            metadata.insert("originRevision".to_string(), origin.to_string());
        }
        HistoryEntry { digest: digest.to_string(), metadata, started: Instant::now() }
    }

    /// Records the outcome `status` (a reason) in the object's history.
    fn record(&self, obj: &mut Kustomization, status: &str) {
        let history = obj.status.get_or_insert_with(Default::default).history.get_or_insert_with(Vec::new);
        api::history::upsert(
            history,
            &self.digest,
            conditions::now(),
            go(self.started.elapsed()).to_string(),
            status,
            Some(self.metadata.clone()),
        );
    }
}

/// How `obj`'s objects are applied: upstream's policies, `spec.force` and `spec.commonMetadata`.
pub(crate) fn apply_options(obj: &Kustomization) -> ApplyOptions {
    let mut options = ApplyOptions::flux(GROUP, FIELD_MANAGER);
    options.force = obj.spec.force.unwrap_or(false);
    if let Some(common) = &obj.spec.common_metadata {
        options.common_labels = common.labels.clone().unwrap_or_default();
        options.common_annotations = common.annotations.clone().unwrap_or_default();
    }
    options
}

/// A configuration error no retry fixes, in upstream's words.
fn terminal(error: &str) -> String {
    format!("Reconciliation failed terminally due to configuration error: {error}")
}

/// `Ready=False` with `reason` and `message`; the failure to return.
fn fail(obj: &mut Kustomization, reason: &str, message: String) -> Failure {
    conditions::mark_false(obj, condition::READY, reason, message.clone());
    Failure::Failed(message)
}

/// Writes the progress so far.
async fn patch(ctx: &Context<Kustomization>, obj: &Kustomization) -> Result<(), Failure> {
    ctx.patch(obj).await.map_err(|e| Failure::Failed(format!("failed to update status: {}", e.message())))
}

/// The last applied revision and origin revision, for success events.
fn applied_revisions(obj: &Kustomization) -> (String, String) {
    let status = obj.status.as_ref();
    (
        status.and_then(|s| s.last_applied_revision.clone()).unwrap_or_default(),
        status.and_then(|s| s.last_applied_origin_revision.clone()).unwrap_or_default(),
    )
}

/// Records an event as upstream's `event`: the revisions as metadata, the `Ready` reason (or the
/// severity) as reason.
fn event(
    ctx: &Context<Kustomization>,
    obj: &Kustomization,
    revision: &str,
    origin: &str,
    type_: EventType,
    message: &str,
    mut metadata: BTreeMap<String, String>,
) {
    if !revision.is_empty() {
        metadata.insert(format!("{GROUP}/revision"), revision.to_string());
    }
    if !origin.is_empty() {
        metadata.insert(format!("{GROUP}/originRevision"), origin.to_string());
    }
    let why = conditions::get(obj, condition::READY)
        .map(|c| c.reason.clone())
        .filter(|r| !r.is_empty())
        .unwrap_or_else(|| type_.severity().to_string());
    ctx.annotated_event(obj, metadata, type_, &why, message);
}

/// An I/O error as Go prints it (`no such file or directory`), without Rust's `(os error 2)`.
fn io_message(e: &std::io::Error) -> String {
    let text = e.to_string();
    let text = match text.find(" (os error") {
        Some(i) => text[..i].to_string(),
        None => text,
    };
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().collect::<String>() + chars.as_str(),
        None => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn ks(spec: serde_json::Value) -> Kustomization {
        let mut base = json!({"interval": "5m", "prune": true, "sourceRef": {"kind": "GitRepository", "name": "repo"}});
        base.as_object_mut().unwrap().extend(spec.as_object().unwrap().clone());
        serde_json::from_value(json!({
            "apiVersion": "kustomize.toolkit.fluxcd.io/v1", "kind": "Kustomization",
            "metadata": {"name": "app", "namespace": "flux-system"}, "spec": base,
        }))
        .unwrap()
    }

    #[test]
    fn durations_default_as_upstream() {
        let d = Durations::of(&ks(json!({}))).unwrap();
        assert_eq!(
            (d.interval, d.retry, d.timeout),
            (Duration::from_secs(300), Duration::from_secs(300), Duration::from_secs(270))
        );
        let d = Durations::of(&ks(json!({"interval": "10s", "retryInterval": "2s"}))).unwrap();
        assert_eq!((d.retry, d.timeout), (Duration::from_secs(2), Duration::from_secs(30)), "timeout is at least 30s");
        let d = Durations::of(&ks(json!({"timeout": "2m"}))).unwrap();
        assert_eq!(d.timeout, Duration::from_secs(120));
        assert!(Durations::of(&ks(json!({"interval": "soon"}))).unwrap_err().starts_with("invalid spec.interval"));
    }

    #[test]
    fn configs_labelled_for_watching_are_watched_by_default() {
        let selector = Options::default().watch_configs.expect("watched by default");
        let labels = BTreeMap::from([(api::meta::annotation::WATCH_LABEL.to_string(), "Enabled".to_string())]);
        assert!(selector.matches(Some(&labels)));
        assert!(!selector.matches(None));
    }

    #[test]
    fn io_errors_read_as_go_prints_them() {
        let e = std::fs::metadata("/nonexistent/x").unwrap_err();
        assert_eq!(io_message(&e), "no such file or directory");
    }

    #[test]
    fn invalid_health_check_expressions_are_configuration_errors() {
        assert!(health_checks(&ks(json!({}))).unwrap().is_none());
        let bad =
            ks(json!({"healthCheckExprs": [{"apiVersion": "example.com/v1", "kind": "Thing", "current": "status.("}]}));
        let e = health_checks(&bad).unwrap_err();
        assert!(terminal(&e).starts_with("Reconciliation failed terminally due to configuration error: "), "{e}");
        let good = ks(json!({"healthCheckExprs": [{"apiVersion": "example.com/v1", "kind": "Thing",
            "current": "status.phase == 'Ready'"}]}));
        assert!(health_checks(&good).unwrap().is_some());
    }
}

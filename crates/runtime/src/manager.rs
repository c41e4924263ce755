//! The manager: one client, one shared watch per kind, the controllers grouped by Flux component, leader
//! election per component, the metrics and health listeners, and an orderly shutdown.

use std::any::TypeId;
use std::collections::{BTreeMap, HashMap};
use std::net::SocketAddr;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, RwLock};
use std::time::Duration;

use k8s_openapi::api::core::v1::Event as CoreEvent;
use kube::api::Api;
use kube::runtime::watcher;
use tokio::sync::{mpsc, watch};
use tokio::task::{JoinHandle, JoinSet};

use crate::backoff::Backoff;
use crate::controller::{Controller, ControllerInfo, Runnable, Settings};
use crate::events::{self, EventRecorder, EventSink, EventWriter, SinkSlot};
use crate::http;
use crate::informer::{Informer, RunInformer, Store, Watched};
use crate::jitter::Jitter;
use crate::leader::{self, LeaderElectionConfig, LeaderElector};
use crate::metrics::{names, Metrics};
use crate::object::ObjectKey;
use crate::predicates::{self, Change};
use crate::queue::WorkQueue;
use crate::reconciler::Reconciler;

/// How a manager runs; [`Default`] is upstream's defaults with every listener disabled.
#[derive(Debug, Clone)]
pub struct ManagerOptions {
    /// Watch only this namespace (`--watch-all-namespaces=false`); `None` watches all.
    pub namespace: Option<String>,
    /// Watch only Flux objects with matching labels (`--watch-label-selector`, sharding).
    pub label_selector: Option<String>,
    /// Elect a leader per component (`--enable-leader-election`).
    pub leader_election: Option<LeaderElectionConfig>,
    /// Where to serve `/metrics` (port 0 picks one); `None` disables it.
    pub metrics_addr: Option<SocketAddr>,
    /// Where to serve `/healthz` and `/readyz`; `None` disables it.
    pub health_addr: Option<SocketAddr>,
    /// Workers per controller for every controller (`--concurrent`); `None` keeps each component's
    /// upstream default.
    pub concurrent: Option<usize>,
    /// `--interval-jitter-percentage`.
    pub jitter: Jitter,
    /// `--min-retry-delay`, `--max-retry-delay`.
    pub backoff: Backoff,
    /// `--requeue-dependency`.
    pub requeue_dependency: Duration,
    /// How long running reconciliations may take to finish on shutdown (controller-runtime: 30s).
    pub graceful_shutdown_timeout: Duration,
    /// How long the watches may take to list their kinds before the manager gives up (controller-runtime's
    /// `CacheSyncTimeout`, 2 minutes): a missing CRD ends the process instead of leaving it idle.
    pub cache_sync_timeout: Duration,
    /// The leader election identity (default `<hostname>_<uuid>`).
    pub identity: Option<String>,
}

impl Default for ManagerOptions {
    fn default() -> Self {
        ManagerOptions {
            namespace: None,
            label_selector: None,
            leader_election: None,
            metrics_addr: None,
            health_addr: None,
            concurrent: None,
            jitter: Jitter::default(),
            backoff: Backoff::default(),
            requeue_dependency: Duration::from_secs(30),
            graceful_shutdown_timeout: Duration::from_secs(30),
            cache_sync_timeout: Duration::from_secs(120),
            identity: None,
        }
    }
}

/// Upstream's `--concurrent` default of a component.
pub fn default_concurrency(component: &str) -> usize {
    match component {
        "source-controller" => 2,
        _ => 4,
    }
}

/// Why a manager stopped on its own, or could not start.
#[derive(Debug, thiserror::Error)]
pub enum ManagerError {
    #[error("unable to listen on {addr} for {what}: {source}")]
    Bind { what: &'static str, addr: SocketAddr, source: std::io::Error },
    #[error("failed to wait for caches to sync: timed out waiting for {0} to be listed")]
    CacheSync(String),
    #[error("leader election lost: lease {0}")]
    LeaderElectionLost(String),
    #[error("manager task failed: {0}")]
    Task(String),
}

/// Owns the client, the shared watches, the controllers and the listeners.
///
/// ```no_run
/// # async fn example(client: kube::Client) -> Result<(), Box<dyn std::error::Error>> {
/// # struct GitRepositoryReconciler;
/// # impl runtime::Reconciler for GitRepositoryReconciler {
/// #     type Object = api::source::GitRepository;
/// #     async fn reconcile(&self, _: &mut Self::Object, _: &runtime::Context<Self::Object>) -> Result<runtime::Action, runtime::Error> { Ok(runtime::Action::await_change()) }
/// # }
/// use runtime::{Manager, ManagerOptions};
/// let mut manager = Manager::new(client, ManagerOptions::default());
/// manager.controller("source-controller", GitRepositoryReconciler).register();
/// let running = manager.start().await?;
/// tokio::signal::ctrl_c().await?;
/// running.shutdown().await?;
/// # Ok(()) }
/// ```
pub struct Manager {
    client: kube::Client,
    options: ManagerOptions,
    informers: HashMap<TypeId, Arc<dyn RunInformer>>,
    components: BTreeMap<String, Vec<Arc<dyn Runnable>>>,
    metrics: Metrics,
    sink: SinkSlot,
    events: mpsc::Sender<CoreEvent>,
    event_writer: Option<EventWriter>,
    instance: String,
    /// Each component's "elected" signal, created on demand by [`Manager::elected`].
    elected: BTreeMap<String, watch::Sender<bool>>,
}

impl Manager {
    pub fn new(client: kube::Client, options: ManagerOptions) -> Manager {
        let (events, writer) = events::channel(client.clone());
        Manager {
            client,
            options,
            informers: HashMap::new(),
            components: BTreeMap::new(),
            metrics: Metrics::new(),
            sink: Arc::new(RwLock::new(None)),
            events,
            event_writer: Some(writer),
            instance: leader::hostname(),
            elected: BTreeMap::new(),
        }
    }

    /// The client every controller uses.
    pub fn client(&self) -> &kube::Client {
        &self.client
    }

    /// The metrics registry (served on `/metrics`).
    pub fn metrics(&self) -> &Metrics {
        &self.metrics
    }

    /// The shared cache of a kind (watched from [`Manager::start`]); controllers of other kinds read
    /// their sources and dependencies from here.
    pub fn store<K: Watched>(&mut self) -> Store<K> {
        self.informer::<K>().store()
    }

    fn informer<K: Watched>(&mut self) -> Arc<Informer<K>> {
        let id = TypeId::of::<K>();
        if let Some(existing) = self.informers.get(&id) {
            if let Ok(informer) = existing.clone().as_any().downcast::<Informer<K>>() {
                return informer;
            }
        }
        let api: Api<K> = match &self.options.namespace {
            Some(ns) => Api::namespaced(self.client.clone(), ns),
            None => Api::all(self.client.clone()),
        };
        let mut config = watcher::Config::default();
        // Sharding applies to Flux's own kinds only, as upstream's cache options do.
        if K::group(&()).ends_with(".toolkit.fluxcd.io") {
            if let Some(selector) = self.options.label_selector.as_deref().filter(|s| !s.is_empty()) {
                config = config.labels(selector);
            }
        }
        let informer = Arc::new(Informer::new(api, config));
        self.informers.insert(id, informer.clone());
        informer
    }

    /// An event recorder reporting as `component` (e.g. `source-controller`).
    pub fn recorder(&self, component: &str) -> EventRecorder {
        EventRecorder::new(component, &self.instance, self.events.clone(), self.sink.clone())
    }

    /// Where every non-Trace event is forwarded besides Kubernetes: the notification controller.
    pub fn set_event_sink(&self, sink: Arc<dyn EventSink>) {
        *self.sink.write().unwrap_or_else(|e| e.into_inner()) = Some(sink);
    }

    /// Adds a controller of the Flux component `component` (e.g. `source-controller`); finish with
    /// [`ControllerBuilder::register`].
    pub fn controller<R: Reconciler>(&mut self, component: &str, reconciler: R) -> ControllerBuilder<'_, R> {
        ControllerBuilder {
            manager: self,
            component: component.to_string(),
            reconciler,
            concurrency: None,
            field_manager: None,
            watches: Vec::new(),
        }
    }

    /// Whether this replica leads `component`, as a watch: with leader election it turns `true` once the
    /// component's Lease is acquired (just before its controllers start) and `false` again when the
    /// Lease is lost or given up on shutdown; without leader election it is `true` from the start
    /// (controller-runtime's `Elected()`, which is closed at once without election). What a component
    /// serves besides its controllers waits on it, as source-controller's artifact server does.
    ///
    /// Only a component with at least one controller takes part in the election: for any other
    /// component the signal stays `false` when electing.
    ///
    /// ```no_run
    /// # async fn example(mut manager: runtime::Manager) {
    /// let mut elected = manager.elected("source-controller");
    /// // … register source-controller's controllers, start the manager, then elsewhere:
    /// let _ = elected.wait_for(|leading| *leading).await;
    /// # }
    /// ```
    pub fn elected(&mut self, component: &str) -> watch::Receiver<bool> {
        let electing = self.options.leader_election.is_some();
        self.elected.entry(component.to_string()).or_insert_with(|| watch::channel(!electing).0).subscribe()
    }

    /// The components with at least one controller.
    pub fn components(&self) -> Vec<String> {
        self.components.keys().cloned().collect()
    }

    /// Binds the listeners and starts everything in the background: the watches at once, each
    /// component's controllers once its caches are synced and, with leader election, once it leads.
    pub async fn start(self) -> Result<Running, ManagerError> {
        let metrics = match self.options.metrics_addr {
            Some(addr) => {
                Some(http::bind(addr).await.map_err(|source| ManagerError::Bind { what: "metrics", addr, source })?)
            }
            None => None,
        };
        let health = match self.options.health_addr {
            Some(addr) => Some(http::bind(addr).await.map_err(|source| ManagerError::Bind {
                what: "health probes",
                addr,
                source,
            })?),
            None => None,
        };
        let metrics_addr = metrics.as_ref().and_then(|l| l.local_addr().ok());
        let health_addr = health.as_ref().and_then(|l| l.local_addr().ok());
        if let Some(addr) = metrics_addr {
            tracing::info!(path = "/metrics", "kind" = "metrics", addr = %addr, "Starting metrics server");
        }
        if let Some(addr) = health_addr {
            tracing::info!("kind" = "health probe", addr = %addr, "Starting server");
        }
        let (stop_tx, stop_rx) = watch::channel(false);
        let task = tokio::spawn(self.run(metrics, health, stop_rx));
        Ok(Running { metrics_addr, health_addr, stop: stop_tx, task: Some(task) })
    }

    async fn run(
        mut self,
        metrics_listener: Option<tokio::net::TcpListener>,
        health_listener: Option<tokio::net::TcpListener>,
        mut stop: watch::Receiver<bool>,
    ) -> Result<(), ManagerError> {
        // Dropped last: aborts the listeners, the watches and the event writer.
        let mut background = JoinSet::new();
        let ready = Arc::new(AtomicBool::new(false));
        if let Some(l) = metrics_listener {
            background.spawn(http::serve(l, http::metrics_route(self.metrics.clone())));
        }
        if let Some(l) = health_listener {
            background.spawn(http::serve(l, http::health_route(ready.clone())));
        }
        if let Some(writer) = self.event_writer.take() {
            background.spawn(writer.run());
        }
        let informers: Vec<Arc<dyn RunInformer>> = self.informers.values().cloned().collect();
        for informer in &informers {
            tracing::info!(source = %format!("kind source: *{}", informer.kind()), "Starting EventSource");
            background.spawn(informer.clone().run());
        }
        let synced = async {
            for informer in &informers {
                if tokio::time::timeout(self.options.cache_sync_timeout, informer.synced()).await.is_err() {
                    return Err(ManagerError::CacheSync(informer.kind()));
                }
            }
            Ok(())
        };
        tokio::select! {
            synced = synced => {
                if let Err(e) = synced {
                    tracing::error!(error = %e, "Could not wait for Cache to sync");
                    return Err(e);
                }
            }
            _ = stopped(&mut stop) => return Ok(()),
        }
        ready.store(true, Ordering::Release);

        let identity = self.options.identity.clone().unwrap_or_else(leader::identity);
        let mut components = JoinSet::new();
        for (component, controllers) in std::mem::take(&mut self.components) {
            let elector = self.options.leader_election.clone().map(|config| {
                let name = leader::lease_name(&component, self.options.label_selector.as_deref());
                LeaderElector::new(self.client.clone(), &name, &identity, config)
            });
            let elected = self.elected.remove(&component).unwrap_or_else(|| watch::channel(elector.is_none()).0);
            components.spawn(run_component(
                controllers,
                elector,
                elected,
                stop.clone(),
                self.metrics.clone(),
                self.options.graceful_shutdown_timeout,
            ));
        }
        let result = loop {
            tokio::select! {
                joined = components.join_next(), if !components.is_empty() => match joined {
                    Some(Ok(Err(e))) => break Err(e),
                    Some(Err(e)) => break Err(ManagerError::Task(e.to_string())),
                    _ => {}
                },
                _ = stopped(&mut stop) => break Ok(()),
            }
        };
        if let Err(e) = &result {
            tracing::error!(error = %e, "problem running manager");
            return result;
        }
        tracing::info!("Stopping and waiting for leader election runnables");
        while let Some(joined) = components.join_next().await {
            match joined {
                Ok(Err(e)) => tracing::error!(error = %e, "component stopped with an error"),
                Err(e) => tracing::error!(error = %e, "component task failed"),
                Ok(Ok(())) => {}
            }
        }
        drop(background);
        tracing::info!("Wait completed, proceeding to shutdown the manager");
        Ok(())
    }
}

/// Waits until asked to stop (or the [`Running`] handle is gone).
async fn stopped(stop: &mut watch::Receiver<bool>) {
    let _ = stop.wait_for(|s| *s).await;
}

/// One component: lead (when electing), run its controllers, and stop them before giving the lease up.
/// `elected` is true while this replica leads (always, without an elector).
async fn run_component(
    controllers: Vec<Arc<dyn Runnable>>,
    elector: Option<LeaderElector>,
    elected: watch::Sender<bool>,
    mut stop: watch::Receiver<bool>,
    metrics: Metrics,
    grace: Duration,
) -> Result<(), ManagerError> {
    if let Some(e) = &elector {
        metrics.set(names::LEADER_ELECTION_MASTER_STATUS, &[e.lease().rsplit('/').next().unwrap_or_default()], 0.0);
        tokio::select! {
            _ = e.acquire() => {}
            _ = stopped(&mut stop) => return Ok(()),
        }
        metrics.set(names::LEADER_ELECTION_MASTER_STATUS, &[e.lease().rsplit('/').next().unwrap_or_default()], 1.0);
        elected.send_replace(true);
    }
    let mut workers = JoinSet::new();
    for controller in &controllers {
        controller.clone().start(&mut workers);
    }
    let lost = async {
        match &elector {
            Some(e) => e.hold().await,
            None => std::future::pending::<()>().await,
        }
    };
    tokio::pin!(lost);
    tokio::select! {
        _ = &mut lost => return Err(leadership_lost(elector.as_ref(), &elected, &metrics, workers)),
        _ = stopped(&mut stop) => {}
    }
    // Stop handing out work and let running reconciliations finish, still renewing the lease so nobody
    // else starts on the same objects meanwhile.
    for controller in &controllers {
        controller.stop();
        tracing::info!(controller = %controller.info().name, "Shutdown signal received, waiting for all workers to finish");
    }
    let drain = async { while workers.join_next().await.is_some() {} };
    tokio::select! {
        finished = tokio::time::timeout(grace, drain) => {
            if finished.is_err() {
                tracing::error!("failed waiting for all runnables to end within grace period of {grace:?}");
            }
        }
        _ = &mut lost => return Err(leadership_lost(elector.as_ref(), &elected, &metrics, workers)),
    }
    workers.abort_all();
    for controller in &controllers {
        tracing::info!(controller = %controller.info().name, "All workers finished");
    }
    if let Some(e) = &elector {
        // Before the release: once it is out, another replica may lead (and serve) at once.
        elected.send_replace(false);
        if e.release_on_cancel() {
            if let Err(err) = e.release().await {
                tracing::error!(error = %err, "failed to release lease {}", e.lease());
            }
        }
        metrics.set(names::LEADER_ELECTION_MASTER_STATUS, &[e.lease().rsplit('/').next().unwrap_or_default()], 0.0);
    }
    Ok(())
}

fn leadership_lost(
    elector: Option<&LeaderElector>,
    elected: &watch::Sender<bool>,
    metrics: &Metrics,
    mut workers: JoinSet<()>,
) -> ManagerError {
    // Stop at once: another replica may start reconciling (and serving) as soon as the lease expires.
    elected.send_replace(false);
    workers.abort_all();
    let lease = elector.map(|e| e.lease()).unwrap_or_default();
    metrics.set(names::LEADER_ELECTION_MASTER_STATUS, &[lease.rsplit('/').next().unwrap_or_default()], 0.0);
    tracing::error!("leader election lost");
    ManagerError::LeaderElectionLost(lease)
}

/// Subscribes a controller's queue to a watch of another kind.
type WatchSetup = Box<dyn FnOnce(&mut Manager, Arc<WorkQueue>)>;

/// Adds one controller to a [`Manager`].
#[must_use = "call .register() to add the controller"]
pub struct ControllerBuilder<'m, R: Reconciler> {
    manager: &'m mut Manager,
    component: String,
    reconciler: R,
    concurrency: Option<usize>,
    field_manager: Option<String>,
    watches: Vec<WatchSetup>,
}

impl<R: Reconciler> ControllerBuilder<'_, R> {
    /// Workers for this controller, unless `--concurrent` says otherwise (default: the component's
    /// upstream default, 2 for source-controller and 4 for the others).
    pub fn concurrency(mut self, workers: usize) -> Self {
        self.concurrency = Some(workers);
        self
    }

    /// The field manager of status and finalizer patches (default `gotk-<component>`; upstream's
    /// source-controller uses its bare name).
    pub fn field_manager(mut self, name: &str) -> Self {
        self.field_manager = Some(name.to_string());
        self
    }

    /// Also reconcile when objects of another kind change: `map` names the objects to reconcile (e.g.
    /// the Kustomizations whose source got a new artifact).
    pub fn watches<K, F>(mut self, map: F) -> Self
    where
        K: Watched,
        F: Fn(&Change<'_, K>) -> Vec<ObjectKey> + Send + Sync + 'static,
    {
        self.watches.push(Box::new(move |manager: &mut Manager, queue: Arc<WorkQueue>| {
            manager.informer::<K>().subscribe(Arc::new(move |change| {
                for key in map(change) {
                    queue.add(key);
                }
            }));
        }));
        self
    }

    /// Adds the controller; returns the store of the kind it reconciles.
    pub fn register(self) -> Store<R::Object> {
        let ControllerBuilder { manager, component, reconciler, concurrency, field_manager, watches } = self;
        use kube::Resource;
        let kind = R::Object::kind(&()).to_string();
        let info = ControllerInfo {
            name: kind.to_lowercase(),
            group: R::Object::group(&()).to_string(),
            kind,
            field_manager: field_manager.unwrap_or_else(|| format!("gotk-{component}")).into(),
        };
        let informer = manager.informer::<R::Object>();
        let workers = manager.options.concurrent.or(concurrency).unwrap_or_else(|| default_concurrency(&component));
        let settings = Settings {
            client: manager.client.clone(),
            metrics: manager.metrics.clone(),
            jitter: manager.options.jitter,
            backoff: manager.options.backoff,
            requeue_dependency: manager.options.requeue_dependency,
        };
        let recorder = manager.recorder(&component);
        let controller = Arc::new(Controller::new(info, reconciler, informer.store(), recorder, settings, workers));
        let queue = controller.queue.clone();
        informer.subscribe(Arc::new(move |change| {
            if predicates::generation_or_request_changed(change) {
                queue.add(ObjectKey::of(change.object()));
            }
        }));
        for watch in watches {
            watch(manager, controller.queue.clone());
        }
        manager.components.entry(component).or_default().push(controller);
        informer.store()
    }
}

/// A started [`Manager`].
pub struct Running {
    metrics_addr: Option<SocketAddr>,
    health_addr: Option<SocketAddr>,
    stop: watch::Sender<bool>,
    task: Option<JoinHandle<Result<(), ManagerError>>>,
}

impl Running {
    /// Where `/metrics` is served.
    pub fn metrics_addr(&self) -> Option<SocketAddr> {
        self.metrics_addr
    }

    /// Where `/healthz` and `/readyz` are served.
    pub fn health_addr(&self) -> Option<SocketAddr> {
        self.health_addr
    }

    /// Stops: no new reconciliations, running ones finish (within the grace period), leases are
    /// released.
    pub async fn shutdown(mut self) -> Result<(), ManagerError> {
        self.stop.send_replace(true);
        self.join().await
    }

    /// Waits until the manager stops on its own (leadership lost). Returns at once when it already has.
    pub async fn stopped(&mut self) -> Result<(), ManagerError> {
        self.join().await
    }

    async fn join(&mut self) -> Result<(), ManagerError> {
        let Some(task) = self.task.as_mut() else { return Ok(()) };
        let result = task.await;
        self.task = None;
        result.map_err(|e| ManagerError::Task(e.to_string()))?
    }

    /// Kills the manager as a crash would: nothing finishes, no lease is released.
    pub fn abort(mut self) {
        if let Some(task) = self.task.take() {
            task.abort();
        }
    }
}

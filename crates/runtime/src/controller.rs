//! One controller: its work queue, its workers, and the reconciliation template every Flux kind shares.

use std::panic::AssertUnwindSafe;
use std::sync::Arc;
use std::time::{Duration, Instant};

use futures::FutureExt;
use kube::api::Api;
use tokio::task::JoinSet;
use tracing::Instrument;

use crate::backoff::Backoff;
use crate::conditions::{self, Outcome};
use crate::events::{EventRecorder, EventType};
use crate::informer::Store;
use crate::jitter::Jitter;
use crate::metrics::{names, Metrics};
use crate::object::{add_finalizer, remove_finalizer, FluxObject, ObjectKey};
use crate::patch::Patcher;
use crate::queue::WorkQueue;
use crate::reconciler::{Context, Error, Reconciler};

/// The names a controller goes by.
#[derive(Debug, Clone)]
pub(crate) struct ControllerInfo {
    /// controller-runtime's name: the kind in lower case (`gitrepository`).
    pub name: String,
    pub group: String,
    pub kind: String,
    pub field_manager: Arc<str>,
}

/// What the manager shares with every controller.
#[derive(Clone)]
pub(crate) struct Settings {
    pub client: kube::Client,
    pub metrics: Metrics,
    pub jitter: Jitter,
    pub backoff: Backoff,
    pub requeue_dependency: Duration,
}

/// What to do with a key after processing it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Next {
    /// Reset its backoff; wait for the next change.
    Forget,
    /// Reset its backoff; process it again after this delay.
    After(Duration),
    /// Process it again after its backoff delay.
    Backoff,
}

pub(crate) struct Controller<R: Reconciler> {
    pub(crate) info: Arc<ControllerInfo>,
    reconciler: Arc<R>,
    pub(crate) queue: Arc<WorkQueue>,
    store: Store<R::Object>,
    recorder: EventRecorder,
    settings: Settings,
    concurrency: usize,
}

impl<R: Reconciler> Controller<R> {
    pub(crate) fn new(
        info: ControllerInfo,
        reconciler: R,
        store: Store<R::Object>,
        recorder: EventRecorder,
        settings: Settings,
        concurrency: usize,
    ) -> Controller<R> {
        Controller {
            info: Arc::new(info),
            reconciler: Arc::new(reconciler),
            queue: Arc::new(WorkQueue::new(settings.backoff)),
            store,
            recorder,
            settings,
            concurrency: concurrency.max(1),
        }
    }

    async fn worker(self: Arc<Self>) {
        while let Some(key) = self.queue.get().await {
            let name = self.info.name.as_str();
            let metrics = &self.settings.metrics;
            metrics.add(names::ACTIVE_WORKERS, &[name], 1.0);
            let reconcile_id: Arc<str> = uuid::Uuid::new_v4().to_string().into();
            let span = tracing::info_span!(
                "reconcile",
                controller = %self.info.name,
                controllerGroup = %self.info.group,
                controllerKind = %self.info.kind,
                name = %key.name,
                namespace = %key.namespace,
                reconcileID = %reconcile_id,
            );
            let started = Instant::now();
            let processed =
                AssertUnwindSafe(self.process(&key, reconcile_id)).catch_unwind().instrument(span.clone()).await;
            let (next, result) = processed.unwrap_or_else(|panic| {
                let what = panic
                    .downcast_ref::<&str>()
                    .map(|s| s.to_string())
                    .or_else(|| panic.downcast_ref::<String>().cloned())
                    .unwrap_or_default();
                span.in_scope(|| tracing::error!(error = %what, "Observed a panic"));
                (Next::Backoff, "error")
            });
            metrics.observe(names::RECONCILE_TIME, &[name], started.elapsed().as_secs_f64());
            metrics.inc(names::RECONCILE_TOTAL, &[name, result]);
            if result == "error" {
                metrics.inc(names::RECONCILE_ERRORS, &[name]);
            }
            match next {
                Next::Forget => self.queue.forget(&key),
                Next::After(d) => {
                    self.queue.forget(&key);
                    self.queue.add_after(key.clone(), d);
                }
                Next::Backoff => {
                    self.queue.add_rate_limited(key.clone());
                }
            }
            self.queue.done(&key);
            metrics.add(names::ACTIVE_WORKERS, &[name], -1.0);
            self.record_queue_metrics();
        }
    }

    fn record_queue_metrics(&self) {
        let name = self.info.name.as_str();
        let metrics = &self.settings.metrics;
        let (adds, retries) = self.queue.counters();
        metrics.set(names::WORKQUEUE_DEPTH, &[name, name], self.queue.depth() as f64);
        metrics.set(names::WORKQUEUE_ADDS, &[name, name], adds as f64);
        metrics.set(names::WORKQUEUE_RETRIES, &[name, name], retries as f64);
    }

    /// One reconciliation of `key`: the template every Flux controller follows.
    async fn process(&self, key: &ObjectKey, reconcile_id: Arc<str>) -> (Next, &'static str) {
        // controller-runtime's `V(5)` line: which replica worked on what, and when (leader hand-overs).
        tracing::debug!("Reconciling");
        let duration_labels = [self.info.kind.as_str(), key.name.as_str(), key.namespace.as_str()];
        let Some(cached) = self.store.get(key) else {
            // Gone: nothing to do but forget its duration series.
            self.settings.metrics.remove(names::GOTK_RECONCILE_DURATION, &duration_labels);
            return (Next::Forget, "success");
        };
        let mut obj = (*cached).clone();
        let ctx = Context {
            client: self.settings.client.clone(),
            api: Api::namespaced(self.settings.client.clone(), &key.namespace),
            store: self.store.clone(),
            recorder: self.recorder.clone(),
            patcher: tokio::sync::Mutex::new(Patcher::new(&obj, &self.info.field_manager)),
            jitter: self.settings.jitter,
            requeue_dependency: self.settings.requeue_dependency,
            reconcile_id,
            field_manager: self.info.field_manager.clone(),
        };
        let start = Instant::now();
        let record_duration = |metrics: &Metrics| {
            metrics.observe(names::GOTK_RECONCILE_DURATION, &duration_labels, start.elapsed().as_secs_f64());
        };

        if obj.is_deleting() {
            if !obj.has_finalizer() {
                return (Next::Forget, "success");
            }
            let result = self.reconciler.cleanup(&mut obj, &ctx).await;
            return match result {
                Ok(()) => {
                    remove_finalizer(&mut obj);
                    match ctx.patch(&obj).await {
                        Ok(()) => {
                            self.settings.metrics.remove(names::GOTK_RECONCILE_DURATION, &duration_labels);
                            (Next::Forget, "success")
                        }
                        Err(e) => self.failed(&obj, &e, false),
                    }
                }
                Err(e) => {
                    conditions::finalize(&mut obj, Outcome::Failed(&e));
                    if let Err(p) = ctx.patch(&obj).await {
                        tracing::error!(error = %p, "failed to patch the status");
                    }
                    record_duration(&self.settings.metrics);
                    self.failed(&obj, &e, true)
                }
            };
        }

        if !obj.has_finalizer() {
            // Added before any work, so that nothing is left behind if the object is deleted meanwhile;
            // then requeued as upstream's `Requeue: true` does (through the backoff).
            add_finalizer(&mut obj);
            let patched = ctx.patch(&obj).await;
            record_duration(&self.settings.metrics);
            return match patched {
                Ok(()) => (Next::Backoff, "requeue"),
                Err(e) => self.failed(&obj, &e, false),
            };
        }

        if obj.suspended() {
            tracing::info!("reconciliation is suspended for this object");
            conditions::finalize(&mut obj, Outcome::Suspended);
            let patched = ctx.patch(&obj).await;
            record_duration(&self.settings.metrics);
            return match patched {
                Ok(()) => (Next::Forget, "success"),
                Err(e) => self.failed(&obj, &e, false),
            };
        }

        let result = self.reconciler.reconcile(&mut obj, &ctx).await;
        let outcome = match &result {
            Ok(_) => Outcome::Done,
            Err(e) => Outcome::Failed(e),
        };
        conditions::finalize(&mut obj, outcome);
        let patched = ctx.patch(&obj).await;
        record_duration(&self.settings.metrics);
        match (result, patched) {
            (Ok(action), Ok(())) => match action.delay(self.settings.jitter) {
                Some(d) => (Next::After(d), "requeue_after"),
                None => (Next::Forget, "success"),
            },
            (Ok(_), Err(e)) => self.failed(&obj, &e, false),
            (Err(e), patched) => {
                if let Err(p) = patched {
                    tracing::error!(error = %p, "failed to patch the status");
                }
                if e.is_stalling() {
                    self.record_failure_event(&obj, &e);
                    tracing::error!(error = %e.message(), reason = %e.reason(), "Reconciliation stalled");
                    (Next::Forget, "success")
                } else {
                    self.failed(&obj, &e, true)
                }
            }
        }
    }

    fn record_failure_event(&self, obj: &R::Object, e: &Error) {
        if e.records_event() {
            self.recorder.event(obj, EventType::Warning, e.reason(), e.message());
        }
    }

    /// Logs a failure as controller-runtime does and asks for a retry with backoff.
    fn failed(&self, obj: &R::Object, e: &Error, event: bool) -> (Next, &'static str) {
        if event {
            self.record_failure_event(obj, e);
        }
        tracing::error!(error = %e.message(), "Reconciler error");
        (Next::Backoff, "error")
    }
}

/// A controller of any kind, as the manager drives it.
pub(crate) trait Runnable: Send + Sync {
    fn info(&self) -> &ControllerInfo;
    /// Queues every cached object and starts the workers.
    fn start(self: Arc<Self>, workers: &mut JoinSet<()>);
    /// Stops handing out work; running reconciliations finish.
    fn stop(&self);
}

impl<R: Reconciler> Runnable for Controller<R> {
    fn info(&self) -> &ControllerInfo {
        &self.info
    }

    fn start(self: Arc<Self>, workers: &mut JoinSet<()>) {
        let name = self.info.name.as_str();
        tracing::info!(
            controller = name,
            controllerGroup = %self.info.group,
            controllerKind = %self.info.kind,
            "worker count" = self.concurrency,
            "Starting workers"
        );
        self.settings.metrics.set(names::MAX_CONCURRENT_RECONCILES, &[name], self.concurrency as f64);
        self.settings.metrics.set(names::ACTIVE_WORKERS, &[name], 0.0);
        for key in self.store.keys() {
            self.queue.add(key);
        }
        self.record_queue_metrics();
        for _ in 0..self.concurrency {
            workers.spawn(self.clone().worker());
        }
    }

    fn stop(&self) {
        self.queue.shut_down();
    }
}

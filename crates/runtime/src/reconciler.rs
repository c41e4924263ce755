//! What a controller implements ([`Reconciler`]), what it returns ([`Action`], [`Error`]) and what it is
//! given ([`Context`]).

use std::collections::BTreeMap;
use std::fmt;
use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use kube::api::Api;

use crate::events::{EventRecorder, EventType};
use crate::informer::Store;
use crate::jitter::Jitter;
use crate::object::FluxObject;
use crate::patch::Patcher;

/// A Flux controller's logic for one kind, in kube-rs's shape: level-based and idempotent.
///
/// The runtime does everything around it, the same way for every kind (upstream's `Reconcile` template):
/// reads the object from the shared cache; on deletion calls [`Reconciler::cleanup`] then removes the
/// `finalizers.fluxcd.io` finalizer; adds the finalizer and requeues before any work; skips suspended
/// objects; applies [`crate::conditions::finalize`]; patches metadata and status with the controller's
/// field manager; records metrics; requeues as the [`Action`] says, or with exponential backoff on
/// [`Error`].
///
/// `reconcile` works on a copy of the object: whatever it changes in the status is written back
/// afterwards, and [`Context::patch`] writes intermediate progress.
///
/// ```no_run
/// use runtime::{conditions, Action, Context, Error, Reconciler};
/// use api::source::GitRepository;
///
/// struct Fake;
///
/// impl Reconciler for Fake {
///     type Object = GitRepository;
///
///     async fn reconcile(&self, repo: &mut GitRepository, ctx: &Context<GitRepository>) -> Result<Action, Error> {
///         conditions::progressing(repo, "reconciliation in progress");
///         ctx.patch(repo).await?;
///         conditions::mark_true(repo, "Ready", "Succeeded", "stored artifact for revision 'main@sha1:…'");
///         Ok(Action::requeue_jittered(std::time::Duration::from_secs(60)))
///     }
/// }
/// ```
pub trait Reconciler: Send + Sync + 'static {
    /// The kind reconciled.
    type Object: FluxObject;

    /// Brings the world in line with `obj`; records the outcome in `obj`'s status.
    fn reconcile(
        &self,
        obj: &mut Self::Object,
        ctx: &Context<Self::Object>,
    ) -> impl Future<Output = Result<Action, Error>> + Send;

    /// Undoes what `reconcile` made (artifacts, applied objects) when `obj` is deleted; the finalizer is
    /// removed once this succeeds. Nothing by default.
    fn cleanup(
        &self,
        obj: &mut Self::Object,
        ctx: &Context<Self::Object>,
    ) -> impl Future<Output = Result<(), Error>> + Send {
        let _ = (obj, ctx);
        async { Ok(()) }
    }
}

/// When to reconcile an object again after a successful reconciliation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Action {
    requeue_after: Option<Duration>,
    jitter: bool,
}

impl Action {
    /// Again after exactly `after` (e.g. Kustomization's `retryInterval`, the dependency requeue).
    pub fn requeue(after: Duration) -> Action {
        Action { requeue_after: Some(after), jitter: false }
    }

    /// Again after `interval` moved by the configured jitter (`--interval-jitter-percentage`): the
    /// success path of every Flux kind.
    pub fn requeue_jittered(interval: Duration) -> Action {
        Action { requeue_after: Some(interval), jitter: true }
    }

    /// Only when the object changes.
    pub fn await_change() -> Action {
        Action { requeue_after: None, jitter: false }
    }

    /// The delay, before any jitter.
    pub fn requeue_after(&self) -> Option<Duration> {
        self.requeue_after
    }

    pub(crate) fn delay(&self, jitter: Jitter) -> Option<Duration> {
        let d = self.requeue_after.filter(|d| !d.is_zero())?;
        Some(if self.jitter { jitter.apply(d) } else { d })
    }
}

/// A failed reconciliation: the object's `Ready` becomes False with this reason and message (unless the
/// reconciler already set it False), a Warning event is recorded, and the object is retried with
/// exponential backoff — or, for a [stalling](Error::stalling) error, never until it changes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    reason: String,
    message: String,
    stalling: bool,
    event: bool,
}

impl Error {
    /// A failure worth retrying, e.g. `Error::new("GitOperationFailed", "failed to checkout …")`.
    pub fn new(reason: impl Into<String>, message: impl fmt::Display) -> Error {
        Error { reason: reason.into(), message: message.to_string(), stalling: false, event: true }
    }

    /// A failure retrying cannot fix (upstream's `Stalling` errors): sets `Stalled=True`, observes the
    /// generation, and waits for the object to change.
    pub fn stalling(reason: impl Into<String>, message: impl fmt::Display) -> Error {
        Error { stalling: true, ..Error::new(reason, message) }
    }

    /// Records no event for this error (the reconciler recorded its own).
    pub fn without_event(self) -> Error {
        Error { event: false, ..self }
    }

    pub fn reason(&self) -> &str {
        &self.reason
    }

    pub fn message(&self) -> &str {
        &self.message
    }

    pub fn is_stalling(&self) -> bool {
        self.stalling
    }

    pub fn records_event(&self) -> bool {
        self.event
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}

impl From<kube::Error> for Error {
    fn from(e: kube::Error) -> Error {
        Error::new(api::meta::reason::FAILED, e)
    }
}

/// What the runtime hands a reconciler for one reconciliation.
pub struct Context<K: FluxObject> {
    pub(crate) client: kube::Client,
    pub(crate) api: Api<K>,
    pub(crate) store: Store<K>,
    pub(crate) recorder: EventRecorder,
    pub(crate) patcher: tokio::sync::Mutex<Patcher>,
    pub(crate) jitter: Jitter,
    pub(crate) requeue_dependency: Duration,
    pub(crate) reconcile_id: Arc<str>,
    pub(crate) field_manager: Arc<str>,
}

impl<K: FluxObject> Context<K> {
    /// The client of the manager.
    pub fn client(&self) -> &kube::Client {
        &self.client
    }

    /// The API of the reconciled kind in the object's namespace.
    pub fn api(&self) -> &Api<K> {
        &self.api
    }

    /// The shared cache of the reconciled kind.
    pub fn store(&self) -> &Store<K> {
        &self.store
    }

    /// The event recorder of this controller.
    pub fn recorder(&self) -> &EventRecorder {
        &self.recorder
    }

    /// Records an event about `obj`.
    pub fn event(&self, obj: &K, type_: EventType, reason: &str, message: &str) {
        self.recorder.event(obj, type_, reason, message);
    }

    /// Records an event about `obj` with annotations (e.g. the revision).
    pub fn annotated_event(
        &self,
        obj: &K,
        annotations: BTreeMap<String, String>,
        type_: EventType,
        reason: &str,
        message: &str,
    ) {
        self.recorder.annotated_event(obj, annotations, type_, reason, message);
    }

    /// Writes what changed in `obj` so far (e.g. `Reconciling` with a progress message).
    pub async fn patch(&self, obj: &K) -> Result<(), Error> {
        self.patcher
            .lock()
            .await
            .patch(&self.api, obj)
            .await
            .map(|_| ())
            .map_err(|e| Error::new("PatchOperationFailed", e))
    }

    /// `interval` with the configured jitter, for a requeue computed by hand.
    pub fn jitter(&self, interval: Duration) -> Duration {
        self.jitter.apply(interval)
    }

    /// `--requeue-dependency`: how long to wait for a dependency that is not ready.
    pub fn requeue_dependency(&self) -> Duration {
        self.requeue_dependency
    }

    /// The ID of this reconciliation, as in the logs.
    pub fn reconcile_id(&self) -> &str {
        &self.reconcile_id
    }

    /// The field manager the status is written with (`gotk-<controller>` by default).
    pub fn field_manager(&self) -> &str {
        &self.field_manager
    }
}

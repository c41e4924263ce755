//! The GitRepository controller: a Git reference checked out, filtered and stored as a `tar.gz`
//! artifact that the Kustomization and Helm controllers download.
//!
//! It follows upstream's `GitRepositoryReconciler` step by step — `reconcileStorage` (garbage collection,
//! the stored artifact still there and intact), `reconcileSource` (credentials, includes, the checkout or
//! the skip when the remote still has the stored revision), `reconcileInclude` (other repositories'
//! artifacts copied in), `reconcileArtifact` (the archive) — with upstream's conditions, reasons, messages
//! and events. The runtime does the rest (finalizer, suspend, requeue, status patches).

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use api::artifact::Artifact;
use api::meta::{condition, reason};
use api::source::GitRepository;
use runtime::{conditions, Action, Context, EventType, FluxObject, ObjectKey, Reconciler};

use super::summary::{self, Failure, FailureKind, Verdict};
use crate::cli::duration;

mod source;
mod storage;

/// The kind, as storage paths and messages name it.
const KIND: &str = "GitRepository";
/// `spec.timeout`'s default.
const DEFAULT_TIMEOUT: Duration = Duration::from_secs(60);

/// Event and condition reasons of this controller that `api::meta::reason` does not carry.
mod why {
    pub const EMPTY_GIT_REPOSITORY: &str = "EmptyGitRepository";
    pub const DIR_CREATION_FAILED: &str = "DirectoryCreationFailed";
    pub const STAT_OPERATION_FAILED: &str = "StatOperationFailed";
    pub const ARCHIVE_OPERATION_FAILED: &str = "ArchiveOperationFailed";
    pub const INVALID_PROVIDER_CONFIGURATION: &str = "InvalidProviderConfiguration";
    pub const ILLEGAL_PATH: &str = "IllegalPath";
    pub const COPY_FAILURE: &str = "CopyFailure";
    pub const SOURCE_IGNORE_ERROR: &str = "SourceIgnoreError";
    pub const NOT_FOUND: &str = "NotFound";
    pub const NO_ARTIFACT: &str = "NoArtifact";
    pub const NEW_ARTIFACT: &str = "NewArtifact";
    pub const ARTIFACT_UP_TO_DATE: &str = "ArtifactUpToDate";
    pub const ARTIFACT_VERIFICATION_FAILED: &str = "ArtifactVerificationFailed";
    pub const GARBAGE_COLLECTION_SUCCEEDED: &str = "GarbageCollectionSucceeded";
    pub const GARBAGE_COLLECTION_FAILED: &str = "GarbageCollectionFailed";
}

/// Reconciles `source.toolkit.fluxcd.io/v1` GitRepositories into artifacts in `storage`.
#[derive(Clone)]
pub struct GitRepositoryReconciler {
    storage: Arc<artifact::Storage>,
    /// Where checkouts are made (a fresh directory per reconciliation); the system's temporary
    /// directory by default.
    work_dir: PathBuf,
}

impl GitRepositoryReconciler {
    pub fn new(storage: Arc<artifact::Storage>) -> GitRepositoryReconciler {
        GitRepositoryReconciler { storage, work_dir: std::env::temp_dir() }
    }
}

/// What the checkout found.
#[derive(Debug, Clone)]
enum Fetched {
    /// The remote still points at the stored revision; nothing was cloned.
    Unchanged { revision: String },
    /// A fresh checkout in `dir`.
    Commit { commit: Box<git::Commit>, dir: PathBuf },
}

impl Fetched {
    fn revision(&self) -> String {
        match self {
            Fetched::Unchanged { revision } => revision.clone(),
            Fetched::Commit { commit, .. } => commit.revision(),
        }
    }
}

/// What the sub-reconcilers hand each other during one reconciliation.
struct Work {
    /// The reconciliation's scratch directory, removed at the end.
    scratch: tempfile::TempDir,
    /// How many checkouts were attempted (each gets a fresh directory).
    attempts: usize,
    fetched: Option<Fetched>,
    /// The included repositories' artifacts, in `spec.include` order.
    includes: Vec<Artifact>,
}

impl Work {
    fn fresh_dir(&mut self) -> PathBuf {
        self.attempts += 1;
        self.scratch.path().join(format!("checkout-{}", self.attempts))
    }
}

impl Reconciler for GitRepositoryReconciler {
    type Object = GitRepository;

    async fn reconcile(&self, obj: &mut GitRepository, ctx: &Context<GitRepository>) -> Result<Action, runtime::Error> {
        let old = obj.clone();
        let interval = match duration::parse(&obj.spec.interval) {
            Ok(d) => d.as_std(),
            Err(e) => return Err(runtime::Error::stalling(reason::FAILED, format!("invalid spec.interval: {e}"))),
        };

        let (outcome, fetched) = self.run(obj, ctx).await;
        self.notify(ctx, &old, obj, fetched.as_ref(), &outcome);
        if let Err(failure) = &outcome {
            record_failure(ctx, obj, failure);
        }
        match summary::finish(obj, &outcome, interval) {
            Verdict::Done(action) => Ok(action),
            Verdict::Failed { reason, message, stalling, event } => {
                let error = if stalling {
                    runtime::Error::stalling(reason, message)
                } else {
                    runtime::Error::new(reason, message)
                };
                Err(if event { error } else { error.without_event() })
            }
        }
    }

    async fn cleanup(&self, obj: &mut GitRepository, ctx: &Context<GitRepository>) -> Result<(), runtime::Error> {
        let key = ObjectKey::of(obj);
        let storage = self.storage.clone();
        let removed = tokio::task::spawn_blocking(move || storage.remove_all_for(KIND, &key.namespace, &key.name))
            .await
            .map_err(|e| runtime::Error::new(why::GARBAGE_COLLECTION_FAILED, e))?
            .map_err(|e| {
                runtime::Error::new(
                    why::GARBAGE_COLLECTION_FAILED,
                    format!("garbage collection for deleted resource failed: {e}"),
                )
            })?;
        if removed.is_some() {
            event_log(
                ctx,
                obj,
                EventType::Trace,
                why::GARBAGE_COLLECTION_SUCCEEDED,
                "garbage collected artifacts for deleted resource",
            );
        }
        if let Some(status) = obj.status.as_mut() {
            status.artifact = None;
        }
        Ok(())
    }
}

impl GitRepositoryReconciler {
    /// Upstream's `reconcile`: the progress conditions, a scratch directory, then the sub-reconcilers in
    /// order until one fails.
    async fn run(
        &self,
        obj: &mut GitRepository,
        ctx: &Context<GitRepository>,
    ) -> (Result<(), Failure>, Option<Fetched>) {
        summary::progressive_status(obj, false, "reconciliation in progress");
        let (generation, observed) = (obj.generation(), obj.observed_generation());
        if generation != observed {
            let message = format!("processing object: new generation {observed} -> {generation}");
            summary::progressive_status(obj, false, &message);
            if let Err(f) = patch(ctx, obj).await {
                return (Err(f), None);
            }
        } else if obj.requested_at().unwrap_or_default() != obj.last_handled_reconcile_at().unwrap_or_default() {
            if let Err(f) = patch(ctx, obj).await {
                return (Err(f), None);
            }
        }

        let key = ObjectKey::of(obj);
        let scratch = tempfile::Builder::new()
            .prefix(&format!("gitrepository-{}-{}-", key.namespace, key.name))
            .tempdir_in(&self.work_dir);
        let scratch = match scratch {
            Ok(dir) => dir,
            Err(e) => {
                let f = Failure::generic(
                    why::DIR_CREATION_FAILED,
                    format!("failed to create temporary working directory: {e}"),
                );
                conditions::mark_true(obj, condition::STORAGE_OPERATION_FAILED, &f.reason, f.message.clone());
                return (Err(f), None);
            }
        };
        conditions::delete(obj, condition::STORAGE_OPERATION_FAILED);
        let mut work = Work { scratch, attempts: 0, fetched: None, includes: Vec::new() };

        let mut outcome = self.reconcile_storage(obj, ctx).await;
        if outcome.is_ok() {
            outcome = self.reconcile_source(obj, ctx, &mut work).await;
        }
        if outcome.is_ok() {
            outcome = self.reconcile_include(obj, &work).await;
        }
        if outcome.is_ok() {
            outcome = self.reconcile_artifact(obj, ctx, &work).await;
        }
        let fetched = work.fetched.clone();
        let scratch = work.scratch;
        // Removing a large checkout is file-system work: off the async threads.
        let _ = tokio::task::spawn_blocking(move || drop(scratch)).await;
        (outcome, fetched)
    }
}

impl GitRepositoryReconciler {
    /// Upstream's `notify`: after a success (or an unchanged remote) with an artifact, `NewArtifact` when
    /// the digest changed, else `Succeeded` when the object recovered from a failure.
    fn notify(
        &self,
        ctx: &Context<GitRepository>,
        old: &GitRepository,
        new: &GitRepository,
        fetched: Option<&Fetched>,
        outcome: &Result<(), Failure>,
    ) {
        let notify = matches!(outcome, Ok(()) | Err(Failure { kind: FailureKind::Unchanged, .. }));
        let Some(artifact) = new.status.as_ref().and_then(|s| s.artifact.as_ref()) else { return };
        if !notify {
            return;
        }
        let annotations = BTreeMap::from([
            ("source.toolkit.fluxcd.io/revision".to_string(), artifact.revision.clone()),
            ("source.toolkit.fluxcd.io/digest".to_string(), artifact.digest.clone()),
        ]);
        let message = match fetched {
            Some(Fetched::Commit { commit, .. }) => format!("stored artifact for commit '{}'", commit.short_message()),
            Some(Fetched::Unchanged { revision }) => format!("stored artifact for commit '{revision}'"),
            None => format!("stored artifact for commit '{}'", artifact.revision),
        };
        let old_digest = old.status.as_ref().and_then(|s| s.artifact.as_ref()).map(|a| a.digest.as_str());
        if old_digest != Some(artifact.digest.as_str()) {
            ctx.annotated_event(new, annotations, EventType::Normal, why::NEW_ARTIFACT, &message);
            tracing::info!("{message}");
        } else if summary::failure_recovery(old.conditions(), new.conditions(), &summary::FAIL_CONDITIONS) {
            ctx.annotated_event(new, annotations, EventType::Normal, reason::SUCCEEDED, &message);
            tracing::info!("{message}");
        }
    }
}

/// The events and logs of the failures the runtime does not report itself (upstream's
/// `ErrorActionHandler` for `Waiting` and ignored errors): Trace events, info logs.
fn record_failure(ctx: &Context<GitRepository>, obj: &GitRepository, failure: &Failure) {
    match failure.kind {
        FailureKind::Unchanged => {
            tracing::info!("{}", failure.message);
            ctx.event(obj, EventType::Trace, &failure.reason, &failure.message);
        }
        FailureKind::Waiting(after) => {
            tracing::info!(reason = %failure.message, duration = ?after, "reconciliation waiting");
            ctx.event(obj, EventType::Trace, &failure.reason, &failure.message);
        }
        FailureKind::Generic | FailureKind::Stalling => {}
    }
}

/// Records an event and logs its message (upstream's `eventLogf`).
fn event_log(ctx: &Context<GitRepository>, obj: &GitRepository, type_: EventType, reason: &str, message: &str) {
    match type_ {
        EventType::Warning => tracing::error!(error = reason, "{message}"),
        _ => tracing::info!("{message}"),
    }
    ctx.event(obj, type_, reason, message);
}

/// `FetchFailed=True` with the failure's reason and message.
fn fetch_failed(obj: &mut GitRepository, failure: Failure) -> Failure {
    conditions::mark_true(obj, condition::FETCH_FAILED, &failure.reason, failure.message.clone());
    failure
}

/// `StorageOperationFailed=True` with the failure's reason and message.
fn storage_failed(obj: &mut GitRepository, failure: Failure) -> Failure {
    conditions::mark_true(obj, condition::STORAGE_OPERATION_FAILED, &failure.reason, failure.message.clone());
    failure
}

/// Writes the progress so far.
async fn patch(ctx: &Context<GitRepository>, obj: &GitRepository) -> Result<(), Failure> {
    ctx.patch(obj).await.map_err(|e| Failure::generic(e.reason(), e.message()))
}

//! The storage side of a reconciliation — upstream's `reconcileStorage`, `reconcileInclude` and
//! `reconcileArtifact`: the stored artifact checked, the includes copied in, the checkout archived.

use std::path::Path;

use api::artifact::Artifact;
use api::meta::{condition, reason};
use api::source::GitRepository;
use runtime::{conditions, Context, EventType, ObjectKey};

use super::{event_log, patch, storage_failed, why, Fetched, GitRepositoryReconciler, Work, KIND};
use crate::controllers::source::include;
use crate::controllers::source::summary::{self, Failure};
use crate::securejoin::secure_join;

/// The stored artifact as `reconcileStorage` finds it.
enum StoredState {
    Intact,
    Missing,
    /// Its digest does not match; `removal` is the error removing it, if that failed too.
    Corrupt {
        error: String,
        removal: Option<String>,
    },
}

impl GitRepositoryReconciler {
    /// Upstream's `reconcileStorage`: old artifacts collected, the stored artifact checked (present,
    /// digest intact) or dropped from the status, its URL pointed at the current advertised address.
    pub(super) async fn reconcile_storage(
        &self,
        obj: &mut GitRepository,
        ctx: &Context<GitRepository>,
    ) -> Result<(), Failure> {
        let current = obj.status.as_ref().and_then(|s| s.artifact.clone());
        let mut missing = false;
        if let Some(artifact) = current {
            let storage = self.storage.clone();
            let checked = tokio::task::spawn_blocking(move || {
                let collected = storage.garbage_collect(&artifact);
                let state = if !storage.artifact_exists(&artifact) {
                    StoredState::Missing
                } else {
                    match storage.verify(&artifact) {
                        Ok(()) => StoredState::Intact,
                        Err(e) => StoredState::Corrupt {
                            error: e.to_string(),
                            removal: storage.remove(&artifact).err().map(|r| r.to_string()),
                        },
                    }
                };
                (collected, state)
            })
            .await
            .map_err(|e| Failure::generic(reason::FAILED, e.to_string()))?;
            let (collected, state) = checked;
            if let Ok(files) = collected {
                if !files.is_empty() {
                    event_log(
                        ctx,
                        obj,
                        EventType::Trace,
                        why::GARBAGE_COLLECTION_SUCCEEDED,
                        &format!("garbage collected {} artifacts", files.len()),
                    );
                }
            }
            match state {
                StoredState::Intact => {}
                StoredState::Missing => missing = true,
                StoredState::Corrupt { error, removal } => {
                    ctx.event(
                        obj,
                        EventType::Warning,
                        why::ARTIFACT_VERIFICATION_FAILED,
                        &format!("failed to verify integrity of artifact: {error}"),
                    );
                    if let Some(removal) = removal {
                        return Err(Failure::generic(
                            reason::FAILED,
                            format!("failed to remove artifact after digest mismatch: {removal}"),
                        ));
                    }
                    missing = true;
                }
            }
            if missing {
                if let Some(status) = obj.status.as_mut() {
                    status.artifact = None;
                }
            }
        }

        let status = obj.status.get_or_insert_with(Default::default);
        match status.artifact.as_mut() {
            Some(artifact) => {
                self.storage.set_artifact_url(artifact);
                Ok(())
            }
            None => {
                let message = if missing { "building artifact: disappeared from storage" } else { "building artifact" };
                summary::progressive_status(obj, true, message);
                conditions::delete(obj, condition::ARTIFACT_IN_STORAGE);
                patch(ctx, obj).await
            }
        }
    }

    /// Upstream's `reconcileInclude`: each include's artifact (or its `fromPath`) extracted into the
    /// checkout at `toPath`, which cannot leave the checkout.
    pub(super) async fn reconcile_include(&self, obj: &mut GitRepository, work: &Work) -> Result<(), Failure> {
        let Some(Fetched::Commit { dir, .. }) = &work.fetched else { return Ok(()) };
        for (i, incl) in obj.spec.include.clone().unwrap_or_default().iter().enumerate() {
            let name = incl.repository.name.clone();
            let to = include::to_path(incl).to_string();
            let from = include::from_path(incl).to_string();
            let target = match secure_join(dir, &to) {
                Ok(t) => t,
                Err(e) => {
                    let f = Failure::generic(
                        why::ILLEGAL_PATH,
                        format!("path calculation for include '{name}' failed: {e}"),
                    );
                    return Err(storage_failed(obj, f));
                }
            };
            let Some(artifact) = work.includes.get(i).cloned() else { continue };
            let storage = self.storage.clone();
            let source = from.clone();
            let copied = tokio::task::spawn_blocking(move || storage.copy_to_path(&artifact, &source, &target))
                .await
                .map_err(|e| e.to_string())
                .and_then(|r| r.map_err(|e| e.to_string()));
            if let Err(e) = copied {
                let f = Failure::generic(
                    why::COPY_FAILURE,
                    format!("failed to copy '{name}' include from {from} to {to}: {e}"),
                );
                return Err(storage_failed(obj, f));
            }
        }
        conditions::delete(obj, condition::INCLUDE_UNAVAILABLE);
        Ok(())
    }

    /// Upstream's `reconcileArtifact`: the checkout archived as `<commit>.tar.gz` with the ignore rules,
    /// unless the stored artifact already has this revision, includes and content settings.
    pub(super) async fn reconcile_artifact(
        &self,
        obj: &mut GitRepository,
        ctx: &Context<GitRepository>,
        work: &Work,
    ) -> Result<(), Failure> {
        let Some(Fetched::Commit { commit, dir }) = &work.fetched else { return Ok(()) };
        let key = ObjectKey::of(obj);
        let revision = commit.revision();
        let new = self.storage.new_artifact_for(
            KIND,
            &key.namespace,
            &key.name,
            &revision,
            &format!("{}.tar.gz", commit.hash),
        );

        let result = self.archive(obj, ctx, work, dir, new).await;
        // Whatever happened, an artifact that matches what was asked for is reported as stored.
        let up_to_date = up_to_date(obj, &revision, &work.includes);
        if let Some(stored) = up_to_date {
            conditions::delete(obj, condition::ARTIFACT_OUTDATED);
            conditions::mark_true(
                obj,
                condition::ARTIFACT_IN_STORAGE,
                reason::SUCCEEDED,
                format!("stored artifact for revision '{stored}'"),
            );
        }
        result
    }

    pub(super) async fn archive(
        &self,
        obj: &mut GitRepository,
        ctx: &Context<GitRepository>,
        work: &Work,
        dir: &Path,
        new: Artifact,
    ) -> Result<(), Failure> {
        if let Some(stored) = up_to_date(obj, &new.revision, &work.includes) {
            event_log(
                ctx,
                obj,
                EventType::Trace,
                why::ARTIFACT_UP_TO_DATE,
                &format!("artifact up-to-date with remote revision: '{stored}'"),
            );
            return Ok(());
        }
        match std::fs::metadata(dir) {
            Err(e) => {
                let f =
                    Failure::generic(why::STAT_OPERATION_FAILED, format!("failed to stat target artifact path: {e}"));
                return Err(storage_failed(obj, f));
            }
            Ok(m) if !m.is_dir() => {
                let f = Failure::generic(
                    reason::INVALID_PATH,
                    format!("invalid target path: '{}' is not a directory", dir.display()),
                );
                return Err(storage_failed(obj, f));
            }
            Ok(_) => {}
        }

        let storage = self.storage.clone();
        let (source, ignore) = (dir.to_path_buf(), obj.spec.ignore.clone());
        let archived = tokio::task::spawn_blocking(move || -> Result<Artifact, (bool, &'static str, String)> {
            storage
                .mkdir_all(&new)
                .map_err(|e| (true, why::DIR_CREATION_FAILED, format!("failed to create artifact directory: {e}")))?;
            let _lock = storage
                .lock(&new)
                .map_err(|e| (false, reason::FAILED, format!("failed to acquire lock for artifact: {e}")))?;
            let filter = artifact::ignore::source_filter(&source, ignore.as_deref()).map_err(|e| {
                (false, why::SOURCE_IGNORE_ERROR, format!("failed to load source ignore patterns from repository: {e}"))
            })?;
            storage.archive(new, &source, &filter).map_err(|e| {
                (true, why::ARCHIVE_OPERATION_FAILED, format!("unable to archive artifact to storage: {e}"))
            })
        })
        .await
        .map_err(|e| (true, why::ARCHIVE_OPERATION_FAILED, format!("unable to archive artifact to storage: {e}")))
        .and_then(|r| r);
        let stored = match archived {
            Ok(a) => a,
            Err((storage_condition, reason, message)) => {
                let f = Failure::generic(reason, message);
                return Err(if storage_condition { storage_failed(obj, f) } else { f });
            }
        };

        let spec = obj.spec.clone();
        let status = obj.status.get_or_insert_with(Default::default);
        status.artifact = Some(stored);
        status.included_artifacts = Some(work.includes.clone()).filter(|i| !i.is_empty());
        status.observed_ignore = spec.ignore;
        status.observed_recurse_submodules = spec.recurse_submodules.filter(|r| *r);
        status.observed_include = spec.include.filter(|i| !i.is_empty());
        status.observed_sparse_checkout = spec.sparse_checkout.filter(|s| !s.is_empty());
        conditions::delete(obj, condition::STORAGE_OPERATION_FAILED);
        Ok(())
    }
}

/// The stored artifact's revision when it matches `revision`, the includes and the content settings.
fn up_to_date(obj: &GitRepository, revision: &str, includes: &[Artifact]) -> Option<String> {
    let status = obj.status.as_ref()?;
    let stored = status.artifact.as_ref().filter(|a| a.has_revision(revision))?;
    let observed = status.included_artifacts.as_deref().unwrap_or_default();
    (!include::artifacts_differ(includes, observed) && !include::content_config_changed(obj, includes))
        .then(|| stored.revision.clone())
}

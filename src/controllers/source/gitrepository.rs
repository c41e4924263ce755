//! The GitRepository controller: a Git reference checked out, filtered and stored as a `tar.gz`
//! artifact that the Kustomization and Helm controllers download.
//!
//! It follows upstream's `GitRepositoryReconciler` step by step — `reconcileStorage` (garbage collection,
//! the stored artifact still there and intact), `reconcileSource` (credentials, includes, the checkout or
//! the skip when the remote still has the stored revision), `reconcileInclude` (other repositories'
//! artifacts copied in), `reconcileArtifact` (the archive) — with upstream's conditions, reasons, messages
//! and events. The runtime does the rest (finalizer, suspend, requeue, status patches).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use api::artifact::Artifact;
use api::meta::{condition, reason};
use api::source::GitRepository;
use k8s_openapi::api::core::v1::Secret;
use kube::api::Api;
use runtime::{conditions, Action, Context, EventType, FluxObject, ObjectKey, Reconciler};
use url::Url;

use super::credentials::{self, CredentialsError, SecretData};
use super::include;
use super::securejoin::secure_join;
use super::summary::{self, Failure, FailureKind, Verdict};
use super::unsupported;
use crate::cli::duration;

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

    /// Upstream's `reconcileStorage`: old artifacts collected, the stored artifact checked (present,
    /// digest intact) or dropped from the status, its URL pointed at the current advertised address.
    async fn reconcile_storage(&self, obj: &mut GitRepository, ctx: &Context<GitRepository>) -> Result<(), Failure> {
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
}

impl GitRepositoryReconciler {
    /// Upstream's `reconcileSource`: unsupported fields, proxy, URL and credentials, the includes' artifacts,
    /// then the checkout — or the early "no changes" end when the remote still has the stored revision and
    /// nothing else shaping the artifact changed.
    async fn reconcile_source(
        &self,
        obj: &mut GitRepository,
        ctx: &Context<GitRepository>,
        work: &mut Work,
    ) -> Result<(), Failure> {
        if let Some(message) = unsupported::unsupported_field(obj) {
            return Err(fetch_failed(obj, Failure::stalling(unsupported::REASON, message)));
        }
        let namespace = ObjectKey::of(obj).namespace;

        let mut proxy = None;
        if let Some(proxy_ref) = obj.spec.proxy_secret_ref.clone() {
            let name = format!("{namespace}/{}", proxy_ref.name);
            let configured = match read_secret(ctx, &namespace, &proxy_ref.name).await {
                Ok(data) => credentials::proxy_from_secret(&name, &data),
                Err(SecretError::NotFound) => Err(format!("secret '{name}' not found")),
                Err(SecretError::Other(e)) => Err(format!("failed to get secret '{name}': {e}")),
            };
            match configured {
                Ok(p) => proxy = Some(p),
                Err(e) => {
                    let f = Failure::generic(
                        reason::AUTHENTICATION_FAILED,
                        format!("failed to configure proxy options: {e}"),
                    );
                    return Err(fetch_failed(obj, f));
                }
            }
        }

        let shown_url = credentials::redact_url(&obj.spec.url);
        let url = match Url::parse(&obj.spec.url) {
            Ok(u) if matches!(u.scheme(), "http" | "https" | "ssh") => u,
            Ok(u) => {
                let f = Failure::stalling(
                    reason::URL_INVALID,
                    format!(
                        "failed to parse url '{shown_url}': unsupported scheme '{}': use http, https or ssh",
                        u.scheme()
                    ),
                );
                return Err(fetch_failed(obj, f));
            }
            Err(e) => {
                let f = Failure::stalling(reason::URL_INVALID, format!("failed to parse url '{shown_url}': {e}"));
                return Err(fetch_failed(obj, f));
            }
        };

        let mut auth = self.auth(obj, ctx, &namespace, &url).await?;
        auth.proxy = proxy;

        let includes = self.fetch_includes(obj, ctx, &namespace)?;
        let observed = obj.status.as_ref().and_then(|s| s.included_artifacts.clone());
        if include::artifacts_differ(&includes, observed.as_deref().unwrap_or_default()) {
            let message = "included artifacts differ from last observed includes";
            if observed.is_some() {
                conditions::mark_true(obj, condition::ARTIFACT_OUTDATED, reason::INCLUDE_CHANGE, message);
            }
            summary::progressive_status(obj, true, &format!("building artifact: {message}"));
            patch(ctx, obj).await?;
        }
        conditions::delete(obj, condition::ARTIFACT_OUTDATED);
        work.includes = includes;

        let fetched = self.checkout(obj, &url, &auth, work, true).await?;
        let fetched = match fetched {
            Fetched::Unchanged { revision } if !include::content_config_changed(obj, &work.includes) => {
                work.fetched = Some(Fetched::Unchanged { revision: revision.clone() });
                conditions::delete(obj, condition::FETCH_FAILED);
                conditions::mark_true(
                    obj,
                    condition::ARTIFACT_IN_STORAGE,
                    reason::SUCCEEDED,
                    format!("stored artifact for revision '{revision}'"),
                );
                return Err(Failure::unchanged(format!(
                    "no changes since last reconciliation: observed revision '{revision}'"
                )));
            }
            // The ignore rules, includes or checkout settings changed: the artifact is rebuilt from a
            // real checkout.
            Fetched::Unchanged { .. } => self.checkout(obj, &url, &auth, work, false).await?,
            commit => commit,
        };
        tracing::debug!(url = %shown_url, revision = %fetched.revision(), "git repository checked out");
        conditions::delete(obj, condition::FETCH_FAILED);
        work.fetched = Some(fetched.clone());

        if let Fetched::Commit { dir, .. } = &fetched {
            for path in obj.spec.sparse_checkout.clone().unwrap_or_default() {
                let missing = match secure_join(dir, &path) {
                    Ok(full) => std::fs::symlink_metadata(&full)
                        .err()
                        .map(|e| format!("sparse checkout dir '{path}' does not exist in repository: {e}")),
                    Err(e) => Some(format!("sparse checkout dir '{path}' cannot be resolved: {e}")),
                };
                if let Some(e) = missing {
                    let f = Failure::generic(
                        reason::GIT_OPERATION_FAILED,
                        format!("failed to sparse checkout directories : {e}"),
                    );
                    return Err(fetch_failed(obj, f));
                }
            }
        }

        let revision = fetched.revision();
        let stored = obj.status.as_ref().and_then(|s| s.artifact.clone());
        if !stored.as_ref().is_some_and(|a| a.has_revision(&revision)) {
            let message = format!("new upstream revision '{revision}'");
            if stored.is_some() {
                conditions::mark_true(obj, condition::ARTIFACT_OUTDATED, reason::NEW_REVISION, message.clone());
            }
            summary::progressive_status(obj, true, &format!("building artifact: {message}"));
            patch(ctx, obj).await?;
        }
        Ok(())
    }

    /// Upstream's `getAuthOpts`: the `secretRef` Secret read and turned into credentials.
    async fn auth(
        &self,
        obj: &mut GitRepository,
        ctx: &Context<GitRepository>,
        namespace: &str,
        url: &Url,
    ) -> Result<git::Auth, Failure> {
        let secret_ref = obj.spec.secret_ref.clone();
        let data = match &secret_ref {
            None => None,
            Some(r) => {
                let name = format!("{namespace}/{}", r.name);
                match read_secret(ctx, namespace, &r.name).await {
                    Ok(data) => Some((name, data)),
                    Err(e) => {
                        // Upstream wraps the lookup error in the same words twice.
                        let detail = match e {
                            SecretError::NotFound => format!("secrets \"{}\" not found", r.name),
                            SecretError::Other(e) => e,
                        };
                        let f = Failure::generic(
                            reason::AUTHENTICATION_FAILED,
                            format!("failed to get secret '{name}': failed to get secret '{name}': {detail}"),
                        );
                        return Err(fetch_failed(obj, f));
                    }
                }
            }
        };
        let auth = credentials::auth_from_secret(url, data.as_ref().map(|(n, d)| (n.as_str(), d)));
        let auth = match auth {
            Ok(auth) => auth,
            Err(CredentialsError::Invalid(e)) => {
                let f = Failure::generic(
                    reason::AUTHENTICATION_FAILED,
                    format!("failed to configure authentication options: {e}"),
                );
                return Err(fetch_failed(obj, f));
            }
            Err(CredentialsError::Unsupported(e)) => {
                return Err(fetch_failed(obj, Failure::stalling(unsupported::REASON, e)));
            }
            Err(CredentialsError::Provider(e)) => {
                return Err(fetch_failed(obj, Failure::generic(why::INVALID_PROVIDER_CONFIGURATION, e)));
            }
        };
        if let (Some(ssh), Some((name, _))) = (&auth.ssh, &data) {
            if ssh.passphrase.is_none() && credentials::is_encrypted_key(&ssh.private_key) {
                let f = Failure::generic(
                    reason::AUTHENTICATION_FAILED,
                    format!(
                        "SSH identity key is encrypted but no 'password' field was provided in the secret '{name}'"
                    ),
                );
                return Err(fetch_failed(obj, f));
            }
        }
        Ok(auth)
    }

    /// Upstream's `fetchIncludes`: each included GitRepository must exist and have an artifact, else the
    /// object waits for it (`IncludeUnavailable`, requeued after `--requeue-dependency`).
    fn fetch_includes(
        &self,
        obj: &mut GitRepository,
        ctx: &Context<GitRepository>,
        namespace: &str,
    ) -> Result<Vec<Artifact>, Failure> {
        let mut artifacts = Vec::new();
        for include in obj.spec.include.clone().unwrap_or_default() {
            let name = &include.repository.name;
            let waiting = match ctx.store().get(&ObjectKey::new(namespace, name)) {
                None => Failure::waiting(
                    why::NOT_FOUND,
                    format!(
                        "could not get resource for include '{name}': gitrepositories.source.toolkit.fluxcd.io \"{name}\" not found"
                    ),
                    ctx.requeue_dependency(),
                ),
                Some(dep) => match dep.status.as_ref().and_then(|s| s.artifact.clone()) {
                    Some(artifact) => {
                        artifacts.push(artifact);
                        continue;
                    }
                    None => Failure::waiting(
                        why::NO_ARTIFACT,
                        format!("no artifact available for include '{name}'"),
                        ctx.requeue_dependency(),
                    ),
                },
            };
            conditions::mark_true(obj, condition::INCLUDE_UNAVAILABLE, &waiting.reason, waiting.message.clone());
            return Err(waiting);
        }
        conditions::delete(obj, condition::INCLUDE_UNAVAILABLE);
        Ok(artifacts)
    }

    /// Upstream's `gitCheckout`: one checkout attempt into a fresh directory, off the async threads.
    /// `optimized` passes the stored revision so an unchanged remote is only listed, not cloned.
    async fn checkout(
        &self,
        obj: &mut GitRepository,
        url: &Url,
        auth: &git::Auth,
        work: &mut Work,
        optimized: bool,
    ) -> Result<Fetched, Failure> {
        let spec = &obj.spec;
        let reference = spec
            .reference
            .clone()
            .map(|r| git::Reference { branch: r.branch, tag: r.tag, semver: r.semver, name: r.name, commit: r.commit })
            .unwrap_or_default();
        let timeout = match spec.timeout.as_deref().map(duration::parse) {
            Some(Ok(d)) => d.as_std(),
            _ => DEFAULT_TIMEOUT,
        };
        let last_observed_revision = optimized
            .then(|| conditions::is_true(obj, condition::ARTIFACT_IN_STORAGE))
            .filter(|in_storage| *in_storage)
            .and_then(|_| obj.status.as_ref()?.artifact.as_ref().map(|a| a.revision.clone()));
        let options = git::CheckoutOptions {
            last_observed_revision,
            shallow: true,
            sparse_checkout: spec
                .sparse_checkout
                .clone()
                .unwrap_or_default()
                .into_iter()
                .map(|p| p.trim_start_matches("./").to_string())
                .collect(),
            recurse_submodules: spec.recurse_submodules.unwrap_or(false),
            timeout,
        };
        let dir = work.fresh_dir();
        let (url, auth, target) = (url.to_string(), auth.clone(), dir.clone());
        let result =
            tokio::task::spawn_blocking(move || git::checkout(&url, &auth, &reference, &options, &target)).await;
        let checked_out = match result {
            Ok(Ok(c)) => c,
            Ok(Err(e)) => return Err(fetch_failed(obj, checkout_failure(e))),
            Err(e) => {
                let f = Failure::generic(
                    reason::GIT_OPERATION_FAILED,
                    format!("failed to checkout and determine revision: the Git worker stopped: {e}"),
                );
                return Err(fetch_failed(obj, f));
            }
        };
        Ok(match checked_out {
            git::Checkout::Unchanged { revision, .. } => Fetched::Unchanged { revision },
            git::Checkout::CheckedOut(commit) => Fetched::Commit { commit, dir },
        })
    }

    /// Upstream's `reconcileInclude`: each include's artifact (or its `fromPath`) extracted into the
    /// checkout at `toPath`, which cannot leave the checkout.
    async fn reconcile_include(&self, obj: &mut GitRepository, work: &Work) -> Result<(), Failure> {
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
    async fn reconcile_artifact(
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

    async fn archive(
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

/// The stored artifact's revision when it matches `revision`, the includes and the content settings.
fn up_to_date(obj: &GitRepository, revision: &str, includes: &[Artifact]) -> Option<String> {
    let status = obj.status.as_ref()?;
    let stored = status.artifact.as_ref().filter(|a| a.has_revision(revision))?;
    let observed = status.included_artifacts.as_deref().unwrap_or_default();
    (!include::artifacts_differ(includes, observed) && !include::content_config_changed(obj, includes))
        .then(|| stored.revision.clone())
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

/// A checkout error as a condition: upstream wraps every clone error as `GitOperationFailed`; an empty
/// repository and an unusable URL get their own reasons.
fn checkout_failure(e: git::Error) -> Failure {
    match e {
        git::Error::EmptyRepository { .. } => Failure::generic(why::EMPTY_GIT_REPOSITORY, "git repository is empty"),
        git::Error::InvalidUrl { .. } => Failure::stalling(reason::URL_INVALID, e.to_string()),
        e => Failure::generic(reason::GIT_OPERATION_FAILED, format!("failed to checkout and determine revision: {e}")),
    }
}

/// Why a Secret could not be read.
enum SecretError {
    NotFound,
    Other(String),
}

/// The data of a Secret in `namespace`.
async fn read_secret(ctx: &Context<GitRepository>, namespace: &str, name: &str) -> Result<SecretData, SecretError> {
    let api: Api<Secret> = Api::namespaced(ctx.client().clone(), namespace);
    match api.get_opt(name).await {
        Ok(Some(secret)) => {
            let mut data: SecretData = secret.data.unwrap_or_default().into_iter().map(|(k, v)| (k, v.0)).collect();
            // `stringData` is write-only on a real API server; honour it where it shows anyway.
            for (k, v) in secret.string_data.unwrap_or_default() {
                data.entry(k).or_insert_with(|| v.into_bytes());
            }
            Ok(data)
        }
        Ok(None) => Err(SecretError::NotFound),
        Err(kube::Error::Api(s)) if s.code == 404 => Err(SecretError::NotFound),
        Err(e) => Err(SecretError::Other(e.to_string())),
    }
}

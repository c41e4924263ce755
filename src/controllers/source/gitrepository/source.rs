//! Upstream's `reconcileSource`: what the object asks for (supported fields, URL, credentials, proxy,
//! includes), then the checkout — or the early end when the remote still has the stored revision.

use api::artifact::Artifact;
use api::meta::{condition, reason};
use api::source::GitRepository;
use k8s_openapi::api::core::v1::Secret;
use kube::api::Api;
use runtime::{conditions, Context, ObjectKey};
use url::Url;

use super::{fetch_failed, patch, why, Fetched, GitRepositoryReconciler, Work, DEFAULT_TIMEOUT};
use crate::cli::duration;
use crate::controllers::source::credentials::{self, CredentialsError, SecretData};
use crate::controllers::source::include;
use crate::controllers::source::summary::{self, Failure};
use crate::controllers::source::unsupported;
use crate::securejoin::secure_join;

impl GitRepositoryReconciler {
    /// Upstream's `reconcileSource`: unsupported fields, proxy, URL and credentials, the includes' artifacts,
    /// then the checkout — or the early "no changes" end when the remote still has the stored revision and
    /// nothing else shaping the artifact changed.
    pub(super) async fn reconcile_source(
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
    pub(super) async fn auth(
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
    pub(super) fn fetch_includes(
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
    pub(super) async fn checkout(
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

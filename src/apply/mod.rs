//! Server-side apply of a set of manifests, in Flux's stages, reporting what changed: the engine the
//! Kustomization controller, `diff kustomization` and `install` share (fluxcd/pkg `ssa` semantics).
//!
//! [`ResourceManager::apply_all_staged`] prepares the objects (owner labels, normalisation), applies cluster
//! definitions and class definitions first and waits until they are Current, then everything else. Each
//! object gets a server-side dry run first: it is created, configured, or left unchanged (not applied, so its
//! resourceVersion stays) when the dry run equals the live object. Labels or annotations steer single objects
//! (`<group>/ssa: Ignore|IfNotPresent|Merge`, `<group>/reconcile: disabled`, `<group>/force: enabled`).
//! Around it: [`ResourceManager::diff`] (the same dry run, read-only), [`ResourceManager::delete_all`] (prune),
//! [`ResourceManager::wait_for`] (kstatus health), and the [`inventory`] helpers.
//!
//! ```ignore
//! let owner = Owner { name: "apps".into(), namespace: "flux-system".into(), group: api::kustomize::GROUP.into() };
//! let manager = ResourceManager::new(client, "kustomize-controller", Some(owner));
//! let opts = ApplyOptions::flux(api::kustomize::GROUP, "kustomize-controller");
//! let changes = manager.apply_all_staged(objects, &opts).await?;
//! println!("{changes}"); // Deployment/apps/podinfo created
//! ```

mod changeset;
mod cleanup;
mod drift;
pub mod inventory;
mod policy;
mod prune;
mod resources;
mod stage;
mod wait;

#[cfg(test)]
mod tests;

use std::time::Duration;

use futures::stream::{self, StreamExt};
use serde_json::Value;

use crate::kube_error::describe;

pub use changeset::{subject, Action, ChangeSet, ChangeSetEntry, ObjectRef};
pub use cleanup::CleanupOptions;
pub use policy::{set_metadata, Owner, Selector};
pub use prune::DeleteOptions;
pub use stage::{GroupKind, Stage};
pub use wait::{jobs_with_ttl, WaitOptions};

use drift::{dry_run_error, should_force, skipped};
use resources::{Discovery, Endpoint};

/// upstream's `--concurrent-ssa` default: how many dry runs run at once.
pub const DEFAULT_CONCURRENCY: usize = 4;

/// How to apply.
#[derive(Debug, Clone)]
pub struct ApplyOptions {
    /// Recreate objects whose change hits an immutable field (`spec.force`).
    pub force: bool,
    /// Objects (desired or live) matching this are recreated on immutable-field errors too.
    pub force_selector: Selector,
    /// Objects (desired or live) matching this are skipped.
    pub exclusion_selector: Selector,
    /// Objects matching this are applied only when they do not exist yet.
    pub if_not_present_selector: Selector,
    /// How often and how long to wait for the definitions stages to become Current.
    pub wait_interval: Duration,
    pub wait_timeout: Duration,
    /// Live metadata to clean before applying.
    pub cleanup: CleanupOptions,
    /// Kinds applied in their own stage after the class definitions.
    pub custom_stage_kinds: Vec<GroupKind>,
    /// `commonMetadata`: set on every object, overriding existing keys.
    pub common_labels: Selector,
    pub common_annotations: Selector,
    /// Refuse SOPS-encrypted Secrets whose decryption is not disabled with `<group>/decrypt: disabled`.
    pub sops_group: Option<String>,
}

impl Default for ApplyOptions {
    /// upstream's `DefaultApplyOptions`: no policies, no cleanup, stages waited for every 2 s up to 60 s.
    fn default() -> Self {
        ApplyOptions {
            force: false,
            force_selector: Selector::new(),
            exclusion_selector: Selector::new(),
            if_not_present_selector: Selector::new(),
            wait_interval: Duration::from_secs(2),
            wait_timeout: Duration::from_secs(60),
            cleanup: CleanupOptions::default(),
            custom_stage_kinds: Vec::new(),
            common_labels: Selector::new(),
            common_annotations: Selector::new(),
            sops_group: None,
        }
    }
}

impl ApplyOptions {
    /// What a Flux controller of `group` (kustomize-controller: `kustomize.toolkit.fluxcd.io`) applies with as
    /// `field_manager`: the `reconcile`, `ssa` and `force` policies, kubectl's fields taken over, SOPS Secrets
    /// refused.
    pub fn flux(group: &str, field_manager: &str) -> ApplyOptions {
        let pair = |name: &str, value: &str| Selector::from([(policy::key(group, name), value.to_string())]);
        let mut exclusions = pair("reconcile", "disabled");
        exclusions.insert(policy::key(group, "ssa"), "Ignore".into());
        ApplyOptions {
            force_selector: pair("force", "enabled"),
            exclusion_selector: exclusions,
            if_not_present_selector: pair("ssa", "IfNotPresent"),
            cleanup: CleanupOptions::flux(group, field_manager),
            sops_group: Some(group.to_string()),
            ..ApplyOptions::default()
        }
    }
}

/// Why applying failed: one line naming the object and the cause, and what the stages before the failing one
/// applied.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApplyError {
    pub message: String,
    pub applied: ChangeSet,
}

impl ApplyError {
    fn new(message: String) -> ApplyError {
        ApplyError { message, applied: ChangeSet::default() }
    }
}

impl std::fmt::Display for ApplyError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for ApplyError {}

/// Applies, diffs, deletes and waits on objects as one field manager.
pub struct ResourceManager {
    field_manager: String,
    owner: Option<Owner>,
    discovery: Discovery,
}

/// What the dry run decided for one object.
struct Planned {
    entry: ChangeSetEntry,
    apply: bool,
}

impl ResourceManager {
    /// A manager applying as `field_manager`; with an `owner`, every object gets its labels.
    pub fn new(client: kube::Client, field_manager: &str, owner: Option<Owner>) -> ResourceManager {
        ResourceManager { field_manager: field_manager.to_string(), owner, discovery: Discovery::new(client) }
    }

    /// The owner labels set on applied objects (empty without an owner).
    pub fn owner_labels(&self) -> Selector {
        self.owner.as_ref().map(Owner::labels).unwrap_or_default()
    }

    /// Applies `objects` in stages (see the module documentation). The change set lists every object, stage
    /// by stage, each stage in apply order.
    pub async fn apply_all_staged(&self, objects: Vec<Value>, opts: &ApplyOptions) -> Result<ChangeSet, ApplyError> {
        let objects = self.prepare(objects, opts).map_err(ApplyError::new)?;
        let mut stages = [Stage::Definitions, Stage::Classes, Stage::Custom, Stage::Resources].map(|s| (s, Vec::new()));
        for o in objects {
            let of = stage::stage_of(&o, &opts.custom_stage_kinds);
            if let Some((_, objects)) = stages.iter_mut().find(|(s, _)| *s == of) {
                objects.push(o);
            }
        }
        let mut applied = ChangeSet::default();
        for (stage, objects) in stages {
            if objects.is_empty() {
                continue;
            }
            let changes = match self.apply_all(objects, opts).await {
                Ok(c) => c,
                Err(message) => return Err(ApplyError { message, applied }),
            };
            let refs = changes.object_refs();
            applied.extend(changes);
            if stage.waits() {
                let wait = WaitOptions::every(opts.wait_interval, opts.wait_timeout);
                if let Err(e) = self.wait_for(&refs, &wait).await {
                    return Err(ApplyError { message: e.message, applied });
                }
            }
        }
        Ok(applied)
    }

    /// Applies one stage: dry runs (concurrently), then the applies of what changed (in order).
    async fn apply_all(&self, mut objects: Vec<Value>, opts: &ApplyOptions) -> Result<ChangeSet, String> {
        stage::sort(&mut objects);
        let plans: Vec<Result<Planned, String>> = {
            // The futures are made up front: a stream mapping references would not be `Send` for every lifetime.
            let planned: Vec<_> = objects.iter().map(|o| self.plan(o, opts)).collect();
            stream::iter(planned).buffered(DEFAULT_CONCURRENCY).collect().await
        };
        let plans = plans.into_iter().collect::<Result<Vec<_>, _>>()?;
        let mut changes = ChangeSet::default();
        for (object, plan) in objects.iter().zip(plans) {
            if plan.apply {
                let subject = subject(object);
                let endpoint = self.endpoint_for(object).await?;
                endpoint
                    .apply(object, &self.field_manager, false)
                    .await
                    .map_err(|e| format!("{subject} apply failed: {}", describe(&e)))?;
            }
            changes.push(plan.entry);
        }
        Ok(changes)
    }

    /// The dry run of one object, the recreation of an object with an immutable-field change when forced, and
    /// the cleanup of its live metadata.
    async fn plan(&self, object: &Value, opts: &ApplyOptions) -> Result<Planned, String> {
        let endpoint = self.endpoint_for(object).await?;
        // A failed read reads as absent, as upstream: the dry run then reports the real problem.
        let mut live = endpoint.get().await.ok().flatten();
        if let Some(entry) = skipped(object, live.as_ref(), opts) {
            return Ok(Planned { entry, apply: false });
        }
        let dry_run = match endpoint.apply(object, &self.field_manager, true).await {
            Ok(d) => d,
            Err(e) if live.is_some() && should_force(object, live.as_ref(), opts, &e) => {
                self.recreate(&endpoint, object, opts).await?;
                live = None;
                endpoint.apply(object, &self.field_manager, true).await.map_err(|e| dry_run_error(object, &e))?
            }
            Err(e) => return Err(dry_run_error(object, &e)),
        };
        let mut cleaned = false;
        if let Some(current) = live.as_mut() {
            if let Some(ops) = cleanup::patch(object, current, &opts.cleanup, &self.field_manager)? {
                *current = endpoint.json_patch(ops, &self.field_manager).await.map_err(|e| {
                    format!("{} metadata.managedFields cleanup failed: {}", subject(current), describe(&e))
                })?;
                cleaned = true;
            }
        }
        let created =
            dry_run.pointer("/metadata/resourceVersion").and_then(Value::as_str).unwrap_or_default().is_empty();
        let action = if !cleaned && !drift::has_drifted(live.as_ref(), &dry_run) {
            Action::Unchanged
        } else if created {
            Action::Created
        } else {
            Action::Configured
        };
        Ok(Planned { entry: ChangeSetEntry::of(&dry_run, action), apply: action != Action::Unchanged })
    }

    /// Deletes an object with an immutable-field change and waits until it is gone.
    async fn recreate(&self, endpoint: &Endpoint, object: &Value, opts: &ApplyOptions) -> Result<(), String> {
        let subject = subject(object);
        endpoint
            .delete(kube::api::PropagationPolicy::Background)
            .await
            .map_err(|e| format!("{subject} immutable field detected, failed to delete object: {}", describe(&e)))?;
        let deadline = tokio::time::Instant::now() + opts.wait_timeout;
        loop {
            match endpoint.get().await {
                Ok(None) => return Ok(()),
                Ok(Some(_)) => {}
                Err(e) => {
                    return Err(format!(
                        "{subject} immutable field detected, failed to wait for object to be deleted: {}",
                        describe(&e)
                    ))
                }
            }
            if tokio::time::Instant::now() >= deadline {
                return Err(format!(
                    "{subject} immutable field detected, failed to wait for object to be deleted: context deadline exceeded"
                ));
            }
            tokio::time::sleep(opts.wait_interval.min(deadline - tokio::time::Instant::now())).await;
        }
    }

    /// The object's endpoint; a namespaced object without namespace fails as upstream's client does.
    async fn endpoint_for(&self, object: &Value) -> Result<Endpoint, String> {
        let r = ObjectRef::of(object);
        let endpoint = self
            .discovery
            .endpoint(&r.api_version, &r.id.kind, &r.id.namespace, &r.id.name)
            .await
            .map_err(|e| format!("{} dry-run failed: {e}", r.subject()))?;
        if endpoint.namespaced && r.id.namespace.is_empty() {
            return Err(format!(
                "{} namespace not specified: the server could not find the requested resource",
                r.subject()
            ));
        }
        Ok(endpoint)
    }

    /// What every object goes through before apply or diff: the SOPS check, owner labels, normalisation,
    /// `commonMetadata`.
    fn prepare(&self, mut objects: Vec<Value>, opts: &ApplyOptions) -> Result<Vec<Value>, String> {
        if let Some(group) = &opts.sops_group {
            if let Some(secret) = objects.iter().find(|o| policy::is_encrypted_secret(o, group)) {
                return Err(format!(
                    "{} is SOPS encrypted, configuring decryption is required for this secret to be reconciled",
                    subject(secret)
                ));
            }
        }
        let owner_labels = self.owner_labels();
        for o in &mut objects {
            policy::set_metadata(o, &owner_labels, &Selector::new());
            policy::normalize(o);
            policy::set_metadata(o, &opts.common_labels, &opts.common_annotations);
        }
        Ok(objects)
    }
}

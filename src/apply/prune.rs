//! Garbage collection of objects that left the inventory (fluxcd/pkg `ssa/manager_delete.go`, kustomize-controller
//! `prune`): an object is deleted only if it still carries the owner's labels and no policy keeps it.

use kube::api::PropagationPolicy;

use super::changeset::{Action, ChangeSet, ChangeSetEntry, ObjectRef};
use super::policy::{self, Selector};
use super::{stage, ResourceManager};
use crate::kube_error::describe;

/// How to delete.
#[derive(Debug, Clone)]
pub struct DeleteOptions {
    pub propagation: PropagationPolicy,
    /// Only objects whose labels include all of these are deleted (empty: every object).
    pub inclusions: Selector,
    /// Objects with any of these labels or annotations are skipped.
    pub exclusions: Selector,
}

impl Default for DeleteOptions {
    fn default() -> Self {
        DeleteOptions {
            propagation: PropagationPolicy::Background,
            inclusions: Selector::new(),
            exclusions: Selector::new(),
        }
    }
}

impl DeleteOptions {
    /// What a Flux controller of `group` prunes: objects with `owner_labels`, except those marked
    /// `<group>/prune: disabled`, `<group>/reconcile: disabled` or `<group>/ssa: Ignore`.
    pub fn prune(group: &str, owner_labels: Selector) -> DeleteOptions {
        DeleteOptions {
            propagation: PropagationPolicy::Background,
            inclusions: owner_labels,
            exclusions: Selector::from([
                (policy::key(group, "prune"), "disabled".to_string()),
                (policy::key(group, "reconcile"), "disabled".to_string()),
                (policy::key(group, "ssa"), "Ignore".to_string()),
            ]),
        }
    }
}

/// What a prune did: `deleted` and `skipped` entries, and the objects whose deletion failed (the caller keeps
/// those in the inventory so that the next reconciliation tries again).
#[derive(Debug, Default)]
pub struct Pruned {
    pub changes: ChangeSet,
    pub failed: Vec<(ObjectRef, String)>,
}

impl Pruned {
    /// Upstream's error for the failures (`delete failed, errors: <one per object>;`), if any.
    pub fn error(&self) -> Option<String> {
        if self.failed.is_empty() {
            return None;
        }
        let all: String = self.failed.iter().map(|(_, e)| format!("{e};")).collect();
        Some(format!("delete failed, errors: {all}"))
    }
}

impl ResourceManager {
    /// Deletes `objects` in reverse apply order; objects already gone count as deleted.
    pub async fn delete_all(&self, objects: &[ObjectRef], opts: &DeleteOptions) -> Pruned {
        let mut sorted = objects.to_vec();
        sorted.sort_by(|a, b| stage::compare(&b.id, &a.id));
        let mut pruned = Pruned::default();
        for object in sorted {
            match self.delete(&object, opts).await {
                Ok(action) => pruned.changes.push(ChangeSetEntry::new(&object, action)),
                Err(e) => pruned.failed.push((object, e)),
            }
        }
        pruned
    }

    /// Deletes one object unless a selector spares it.
    pub async fn delete(&self, object: &ObjectRef, opts: &DeleteOptions) -> Result<Action, String> {
        let subject = object.subject();
        let endpoint = self
            .discovery
            .endpoint(&object.api_version, &object.id.kind, &object.id.namespace, &object.id.name)
            .await
            .map_err(|e| format!("{subject} query failed: {e}"))?;
        let live = match endpoint.get().await {
            Ok(Some(live)) => live,
            Ok(None) => return Ok(Action::Deleted),
            Err(e) => return Err(format!("{subject} query failed: {}", describe(&e))),
        };
        if !policy::labels_match(&live, &opts.inclusions) || policy::any_in_metadata(&live, &opts.exclusions) {
            return Ok(Action::Skipped);
        }
        endpoint
            .delete(opts.propagation.clone())
            .await
            .map_err(|e| format!("{subject} delete failed: {}", describe(&e)))?;
        Ok(Action::Deleted)
    }
}

//! What the runtime needs to know about a reconciled kind: its conditions, `observedGeneration`,
//! `lastHandledReconcileAt` and `spec.suspend`, implemented here for every Flux kind that has a status.

use std::fmt;

use api::meta::{annotation, Condition, FINALIZER};
use kube::core::NamespaceResourceScope;
use kube::Resource;
use serde::de::DeserializeOwned;
use serde::Serialize;

/// The namespace and name of an object: what the work queues hold.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ObjectKey {
    pub namespace: String,
    pub name: String,
}

impl ObjectKey {
    pub fn new(namespace: impl Into<String>, name: impl Into<String>) -> ObjectKey {
        ObjectKey { namespace: namespace.into(), name: name.into() }
    }

    /// The key of an object (an object without a namespace gets an empty one).
    pub fn of<K: Resource>(obj: &K) -> ObjectKey {
        let meta = obj.meta();
        ObjectKey::new(meta.namespace.clone().unwrap_or_default(), meta.name.clone().unwrap_or_default())
    }
}

impl fmt::Display for ObjectKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.namespace, self.name)
    }
}

/// A namespaced kind the runtime can reconcile: typed, with Flux's common status fields.
///
/// The status accessors create the status on first write, so a reconciler never deals with
/// `Option<Status>`.
pub trait FluxObject:
    Resource<DynamicType = (), Scope = NamespaceResourceScope>
    + Clone
    + fmt::Debug
    + Serialize
    + DeserializeOwned
    + Send
    + Sync
    + 'static
{
    /// `status.conditions`, empty when unset.
    fn conditions(&self) -> &[Condition];
    /// `status.conditions`, created when unset.
    fn conditions_mut(&mut self) -> &mut Vec<Condition>;
    /// `status.observedGeneration`; -1 (the CRDs' default) when unset.
    fn observed_generation(&self) -> i64;
    fn set_observed_generation(&mut self, generation: i64);
    /// `status.lastHandledReconcileAt`.
    fn last_handled_reconcile_at(&self) -> Option<&str>;
    fn set_last_handled_reconcile_at(&mut self, token: &str);
    /// `spec.suspend`.
    fn suspended(&self) -> bool;

    /// `metadata.generation` (0 when unset).
    fn generation(&self) -> i64 {
        self.meta().generation.unwrap_or_default()
    }

    /// The `reconcile.fluxcd.io/requestedAt` token, when set.
    fn requested_at(&self) -> Option<&str> {
        self.meta().annotations.as_ref()?.get(annotation::RECONCILE_REQUESTED_AT).map(String::as_str)
    }

    /// Whether `finalizers.fluxcd.io` is set.
    fn has_finalizer(&self) -> bool {
        self.meta().finalizers.as_ref().is_some_and(|f| f.iter().any(|f| f == FINALIZER))
    }

    /// Whether the object is being deleted.
    fn is_deleting(&self) -> bool {
        self.meta().deletion_timestamp.is_some()
    }
}

/// Implements [`FluxObject`] for kinds whose status has the common fields and whose spec has `suspend`.
macro_rules! flux_object {
    ($($kind:ty),* $(,)?) => {$(
        impl FluxObject for $kind {
            fn conditions(&self) -> &[Condition] {
                self.status.as_ref().and_then(|s| s.conditions.as_deref()).unwrap_or_default()
            }
            fn conditions_mut(&mut self) -> &mut Vec<Condition> {
                self.status.get_or_insert_with(Default::default).conditions.get_or_insert_with(Vec::new)
            }
            fn observed_generation(&self) -> i64 {
                self.status.as_ref().and_then(|s| s.observed_generation).unwrap_or(-1)
            }
            fn set_observed_generation(&mut self, generation: i64) {
                self.status.get_or_insert_with(Default::default).observed_generation = Some(generation);
            }
            fn last_handled_reconcile_at(&self) -> Option<&str> {
                self.status.as_ref().and_then(|s| s.last_handled_reconcile_at.as_deref())
            }
            fn set_last_handled_reconcile_at(&mut self, token: &str) {
                self.status.get_or_insert_with(Default::default).last_handled_reconcile_at = Some(token.to_string());
            }
            fn suspended(&self) -> bool {
                self.spec.suspend.unwrap_or(false)
            }
        }
    )*};
}

flux_object!(
    api::source::GitRepository,
    api::source::OCIRepository,
    api::source::HelmRepository,
    api::source::HelmChart,
    api::source::Bucket,
    api::kustomize::Kustomization,
    api::helm::HelmRelease,
    api::notification::Receiver,
    api::image::ImageRepository,
    api::image::ImagePolicy,
    api::image::ImageUpdateAutomation,
);

/// Adds `finalizers.fluxcd.io`; true when it was missing.
pub fn add_finalizer<K: Resource>(obj: &mut K) -> bool {
    let finalizers = obj.meta_mut().finalizers.get_or_insert_with(Vec::new);
    if finalizers.iter().any(|f| f == FINALIZER) {
        return false;
    }
    finalizers.push(FINALIZER.to_string());
    true
}

/// Removes `finalizers.fluxcd.io`; true when it was there.
pub fn remove_finalizer<K: Resource>(obj: &mut K) -> bool {
    let Some(finalizers) = obj.meta_mut().finalizers.as_mut() else { return false };
    let before = finalizers.len();
    finalizers.retain(|f| f != FINALIZER);
    before != finalizers.len()
}

#[cfg(test)]
mod tests {
    use super::*;
    use api::source::GitRepository;

    fn repo() -> GitRepository {
        serde_json::from_value(serde_json::json!({
            "apiVersion": "source.toolkit.fluxcd.io/v1", "kind": "GitRepository",
            "metadata": {"name": "podinfo", "namespace": "default", "generation": 3,
                         "annotations": {"reconcile.fluxcd.io/requestedAt": "now"}},
            "spec": {"interval": "1m", "url": "https://example.com/repo", "suspend": true}
        }))
        .unwrap()
    }

    #[test]
    fn status_fields_default_and_create() {
        let mut r = repo();
        assert_eq!(r.observed_generation(), -1);
        assert!(r.conditions().is_empty());
        assert_eq!(r.requested_at(), Some("now"));
        assert!(r.suspended());
        assert_eq!(r.generation(), 3);
        r.set_last_handled_reconcile_at("now");
        r.set_observed_generation(3);
        assert_eq!(r.last_handled_reconcile_at(), Some("now"));
        assert_eq!(r.status.as_ref().and_then(|s| s.observed_generation), Some(3));
        assert_eq!(ObjectKey::of(&r).to_string(), "default/podinfo");
    }

    #[test]
    fn finalizer_is_added_once_and_removed() {
        let mut r = repo();
        assert!(!r.has_finalizer());
        assert!(add_finalizer(&mut r));
        assert!(!add_finalizer(&mut r));
        assert!(r.has_finalizer());
        assert!(remove_finalizer(&mut r));
        assert!(!remove_finalizer(&mut r));
        assert_eq!(r.metadata.finalizers, Some(vec![]));
    }
}

//! Which watch events wake a controller (upstream's `predicate.Or(GenerationChangedPredicate,
//! ReconcileRequestedPredicate)`): creations and deletions always; updates only when the spec changed
//! (`metadata.generation`), when `reconcile.fluxcd.io/requestedAt` got a new token, or when deletion
//! started. Status patches, the controller's own, therefore never wake it.

use kube::Resource;

use api::meta::annotation;

/// What a shared watch saw happen to one object. On a re-list, objects already known arrive as
/// `Updated` and objects that disappeared as `Deleted`, as client-go's informers report them.
#[derive(Debug, Clone, Copy)]
pub enum Change<'a, K> {
    Added(&'a K),
    Updated { old: &'a K, new: &'a K },
    Deleted(&'a K),
}

impl<'a, K> Change<'a, K> {
    /// The object as it is now (as it was last, for a deletion).
    pub fn object(&self) -> &'a K {
        match *self {
            Change::Added(o) | Change::Deleted(o) => o,
            Change::Updated { new, .. } => new,
        }
    }
}

/// Upstream's default predicate for the kind a controller reconciles.
///
/// ```
/// use k8s_openapi::api::core::v1::ConfigMap;
/// use runtime::predicates::{generation_or_request_changed, Change};
/// let mut old = ConfigMap::default();
/// old.metadata.generation = Some(1);
/// let mut new = old.clone();
/// assert!(!generation_or_request_changed(&Change::Updated { old: &old, new: &new }));
/// new.metadata.annotations = Some([("reconcile.fluxcd.io/requestedAt".into(), "now".into())].into());
/// assert!(generation_or_request_changed(&Change::Updated { old: &old, new: &new }));
/// ```
pub fn generation_or_request_changed<K: Resource>(change: &Change<'_, K>) -> bool {
    match change {
        Change::Added(_) | Change::Deleted(_) => true,
        Change::Updated { old, new } => {
            generation_changed(*old, *new) || reconcile_requested(*old, *new) || deletion_started(*old, *new)
        }
    }
}

/// `metadata.generation` differs (upstream's `GenerationChangedPredicate`).
pub fn generation_changed<K: Resource>(old: &K, new: &K) -> bool {
    old.meta().generation != new.meta().generation
}

/// The new object carries a `requestedAt` token the old one did not (upstream's
/// `ReconcileRequestedPredicate`).
pub fn reconcile_requested<K: Resource>(old: &K, new: &K) -> bool {
    let token = |o: &K| o.meta().annotations.as_ref()?.get(annotation::RECONCILE_REQUESTED_AT).cloned();
    match (token(old), token(new)) {
        (_, None) => false,
        (None, Some(_)) => true,
        (Some(a), Some(b)) => a != b,
    }
}

/// `deletionTimestamp` appeared. The API server also bumps the generation then, so this only guards
/// servers that do not.
fn deletion_started<K: Resource>(old: &K, new: &K) -> bool {
    old.meta().deletion_timestamp.is_none() && new.meta().deletion_timestamp.is_some()
}

#[cfg(test)]
mod tests {
    use super::*;
    use k8s_openapi::api::core::v1::ConfigMap;

    fn cm(generation: i64, token: Option<&str>) -> ConfigMap {
        let mut c = ConfigMap::default();
        c.metadata.generation = Some(generation);
        if let Some(t) = token {
            c.metadata.annotations = Some([(annotation::RECONCILE_REQUESTED_AT.to_string(), t.to_string())].into());
        }
        c
    }

    fn passes(old: ConfigMap, new: ConfigMap) -> bool {
        generation_or_request_changed(&Change::Updated { old: &old, new: &new })
    }

    #[test]
    fn updates() {
        assert!(!passes(cm(1, None), cm(1, None)), "status or metadata only");
        assert!(passes(cm(1, None), cm(2, None)), "spec change");
        assert!(passes(cm(1, None), cm(1, Some("a"))), "first request");
        assert!(passes(cm(1, Some("a")), cm(1, Some("b"))), "new request");
        assert!(!passes(cm(1, Some("a")), cm(1, Some("a"))), "same request");
        assert!(!passes(cm(1, Some("a")), cm(1, None)), "request removed");
        let mut deleting = cm(1, None);
        deleting.metadata.deletion_timestamp = Some(crate::conditions::now());
        assert!(passes(cm(1, None), deleting));
    }

    #[test]
    fn creations_and_deletions_pass() {
        let c = cm(1, None);
        assert!(generation_or_request_changed(&Change::Added(&c)));
        assert!(generation_or_request_changed(&Change::Deleted(&c)));
        assert_eq!(Change::Deleted(&c).object().metadata.generation, Some(1));
    }
}

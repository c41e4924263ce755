//! Upstream's `CancelHealthCheckOnNewRevision` plumbing (fluxcd/pkg `runtime/controller` queue hooks): a
//! reconciliation listens for its Kustomization being queued again by a watch — its own spec change or
//! reconcile request, a new source revision, a watched ConfigMap or Secret — and a health check in
//! progress gives up on the first such trigger, so that the new state is reconciled at once.
//!
//! ```ignore
//! let interrupts = Arc::new(Interrupts::default());
//! let listener = interrupts.listen(key.clone());           // when the reconciliation starts
//! interrupts.queued(&key, &Trigger::new("GitRepository", "flux-system", "repo"));   // in a watch
//! assert_eq!(listener.trigger().await.to_string(), "GitRepository/flux-system/repo");
//! ```

use std::collections::HashMap;
use std::fmt;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use runtime::ObjectKey;
use tokio::sync::watch;

/// The object whose change queued a Kustomization again (upstream's `QueueEventSource`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Trigger {
    pub kind: String,
    pub namespace: String,
    pub name: String,
}

impl Trigger {
    pub fn new(kind: &str, namespace: &str, name: &str) -> Trigger {
        Trigger { kind: kind.into(), namespace: namespace.into(), name: name.into() }
    }

    /// The trigger for a change of `obj`, a `kind`.
    pub fn of<K: kube::Resource>(kind: &str, obj: &K) -> Trigger {
        let meta = obj.meta();
        Trigger::new(kind, meta.namespace.as_deref().unwrap_or_default(), meta.name.as_deref().unwrap_or_default())
    }
}

impl fmt::Display for Trigger {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}/{}", self.kind, self.namespace, self.name)
    }
}

/// A listening reconciliation: its listener's id and where to send the trigger.
type Slot = (u64, watch::Sender<Option<Trigger>>);

/// The reconciliations listening, by Kustomization. The work queue never hands one key to two workers,
/// so there is at most one listener per key.
#[derive(Debug, Default)]
pub struct Interrupts {
    listening: Mutex<HashMap<ObjectKey, Slot>>,
    ids: AtomicU64,
}

impl Interrupts {
    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<ObjectKey, Slot>> {
        self.listening.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Starts listening for `key` being queued again; it stops when the listener is dropped.
    pub fn listen(self: &Arc<Self>, key: ObjectKey) -> Listener {
        let id = self.ids.fetch_add(1, Ordering::Relaxed);
        let (tx, rx) = watch::channel(None);
        self.lock().insert(key.clone(), (id, tx));
        Listener { interrupts: self.clone(), key, id, rx }
    }

    /// Tells a reconciliation of `key` in progress that `trigger` queued it again; the first trigger is
    /// the one reported.
    pub fn queued(&self, key: &ObjectKey, trigger: &Trigger) {
        if let Some((_, tx)) = self.lock().get(key) {
            tx.send_if_modified(|slot| {
                if slot.is_some() {
                    return false;
                }
                *slot = Some(trigger.clone());
                true
            });
        }
    }
}

/// One reconciliation listening for its Kustomization being queued again.
#[derive(Debug)]
pub struct Listener {
    interrupts: Arc<Interrupts>,
    key: ObjectKey,
    id: u64,
    rx: watch::Receiver<Option<Trigger>>,
}

impl Listener {
    /// Resolves with the trigger once the Kustomization has been queued again (at once if it already
    /// was since [`Interrupts::listen`]).
    pub async fn trigger(&self) -> Trigger {
        let mut rx = self.rx.clone();
        let trigger = rx.wait_for(Option::is_some).await.ok().and_then(|t| t.clone());
        match trigger {
            Some(trigger) => trigger,
            // Only if the sender is gone, which it is not while this listener lives (it is in the map):
            // then nothing can interrupt.
            None => std::future::pending().await,
        }
    }
}

impl Drop for Listener {
    fn drop(&mut self) {
        let mut listening = self.interrupts.lock();
        if listening.get(&self.key).is_some_and(|(id, _)| *id == self.id) {
            listening.remove(&self.key);
        }
    }
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;

    fn key(name: &str) -> ObjectKey {
        ObjectKey::new("apps", name)
    }

    #[tokio::test]
    async fn the_first_trigger_after_listening_interrupts() {
        let interrupts = Arc::new(Interrupts::default());
        interrupts.queued(&key("app"), &Trigger::new("GitRepository", "apps", "before"));
        let listener = interrupts.listen(key("app"));
        let pending = tokio::time::timeout(Duration::from_millis(20), listener.trigger()).await;
        assert!(pending.is_err(), "a trigger before listening does not count");

        interrupts.queued(&key("other"), &Trigger::new("GitRepository", "apps", "repo"));
        interrupts.queued(&key("app"), &Trigger::new("ConfigMap", "apps", "vars"));
        interrupts.queued(&key("app"), &Trigger::new("GitRepository", "apps", "repo"));
        assert_eq!(listener.trigger().await.to_string(), "ConfigMap/apps/vars");

        drop(listener);
        assert!(interrupts.lock().is_empty(), "a dropped listener stops listening");
        interrupts.queued(&key("app"), &Trigger::new("GitRepository", "apps", "repo"));
    }

    #[tokio::test]
    async fn an_old_listener_does_not_remove_a_new_one() {
        let interrupts = Arc::new(Interrupts::default());
        let old = interrupts.listen(key("app"));
        let new = interrupts.listen(key("app"));
        drop(old);
        interrupts.queued(&key("app"), &Trigger::new("Kustomization", "apps", "app"));
        assert_eq!(new.trigger().await, Trigger::new("Kustomization", "apps", "app"));
    }
}

//! One shared watch per kind: a list+watch (kube-runtime's `watcher`, with its backoff) feeding a store
//! every controller reads, and handlers that see each change with the object before and after, so that
//! predicates can compare them.

use std::any::Any;
use std::collections::HashMap;
use std::fmt::Debug;
use std::sync::{Arc, Mutex, RwLock};

use futures::future::BoxFuture;
use futures::{FutureExt, StreamExt};
use kube::api::Api;
use kube::core::NamespaceResourceScope;
use kube::runtime::watcher::{self, Event};
use kube::runtime::WatchStreamExt;
use kube::Resource;
use serde::de::DeserializeOwned;
use tokio::sync::watch;

use crate::object::ObjectKey;
use crate::predicates::Change;

/// A namespaced kind that can be watched and cached.
pub trait Watched:
    Resource<DynamicType = (), Scope = NamespaceResourceScope> + Clone + DeserializeOwned + Debug + Send + Sync + 'static
{
}

impl<T> Watched for T where
    T: Resource<DynamicType = (), Scope = NamespaceResourceScope>
        + Clone
        + DeserializeOwned
        + Debug
        + Send
        + Sync
        + 'static
{
}

type Objects<K> = Arc<RwLock<HashMap<ObjectKey, Arc<K>>>>;

/// A read-only view of the cache of one kind, shared by every controller of the manager.
pub struct Store<K> {
    objects: Objects<K>,
    synced: watch::Receiver<bool>,
}

impl<K> Clone for Store<K> {
    fn clone(&self) -> Self {
        Store { objects: self.objects.clone(), synced: self.synced.clone() }
    }
}

impl<K> Debug for Store<K> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store").field("len", &self.len()).field("synced", &self.is_synced()).finish()
    }
}

impl<K> Store<K> {
    fn read(&self) -> std::sync::RwLockReadGuard<'_, HashMap<ObjectKey, Arc<K>>> {
        self.objects.read().unwrap_or_else(|e| e.into_inner())
    }

    /// The cached object.
    pub fn get(&self, key: &ObjectKey) -> Option<Arc<K>> {
        self.read().get(key).cloned()
    }

    /// Every cached object.
    pub fn list(&self) -> Vec<Arc<K>> {
        self.read().values().cloned().collect()
    }

    /// The keys of every cached object.
    pub fn keys(&self) -> Vec<ObjectKey> {
        self.read().keys().cloned().collect()
    }

    pub fn len(&self) -> usize {
        self.read().len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Whether the first list has completed.
    pub fn is_synced(&self) -> bool {
        *self.synced.borrow()
    }

    /// Waits for the first list to complete.
    pub async fn synced(&self) {
        let mut rx = self.synced.clone();
        let _ = rx.wait_for(|s| *s).await;
    }
}

/// A function told about every change, e.g. one that enqueues the owners of an object.
pub(crate) type Handler<K> = Arc<dyn Fn(&Change<'_, K>) + Send + Sync>;

/// The watch of one kind, with its store and handlers.
pub(crate) struct Informer<K: Watched> {
    api: Api<K>,
    config: watcher::Config,
    objects: Objects<K>,
    synced_tx: watch::Sender<bool>,
    synced_rx: watch::Receiver<bool>,
    handlers: Mutex<Vec<Handler<K>>>,
}

impl<K: Watched> Informer<K> {
    pub(crate) fn new(api: Api<K>, config: watcher::Config) -> Informer<K> {
        let (synced_tx, synced_rx) = watch::channel(false);
        Informer { api, config, objects: Arc::default(), synced_tx, synced_rx, handlers: Mutex::new(Vec::new()) }
    }

    pub(crate) fn store(&self) -> Store<K> {
        Store { objects: self.objects.clone(), synced: self.synced_rx.clone() }
    }

    pub(crate) fn subscribe(&self, handler: Handler<K>) {
        self.handlers.lock().unwrap_or_else(|e| e.into_inner()).push(handler);
    }

    fn dispatch(&self, change: &Change<'_, K>) {
        let handlers = self.handlers.lock().unwrap_or_else(|e| e.into_inner()).clone();
        for handler in handlers {
            handler(change);
        }
    }

    async fn run(self: Arc<Self>) {
        let kind = K::kind(&());
        let stream = watcher::watcher(self.api.clone(), self.config.clone()).default_backoff();
        futures::pin_mut!(stream);
        let mut relist: Option<HashMap<ObjectKey, Arc<K>>> = None;
        while let Some(event) = stream.next().await {
            match event {
                Ok(Event::Init) => relist = Some(HashMap::new()),
                Ok(Event::InitApply(obj)) => {
                    relist.get_or_insert_with(HashMap::new).insert(ObjectKey::of(&obj), cached(obj));
                }
                Ok(Event::InitDone) => {
                    let fresh = relist.take().unwrap_or_default();
                    self.replace(fresh);
                    if !*self.synced_rx.borrow() {
                        tracing::debug!(kind = %kind, "cache synced");
                        self.synced_tx.send_replace(true);
                    }
                }
                Ok(Event::Apply(obj)) => {
                    let new = cached(obj);
                    let key = ObjectKey::of(new.as_ref());
                    let old = self.objects.write().unwrap_or_else(|e| e.into_inner()).insert(key, new.clone());
                    match old {
                        Some(old) => self.dispatch(&Change::Updated { old: &old, new: &new }),
                        None => self.dispatch(&Change::Added(&new)),
                    }
                }
                Ok(Event::Delete(obj)) => {
                    self.objects.write().unwrap_or_else(|e| e.into_inner()).remove(&ObjectKey::of(&obj));
                    self.dispatch(&Change::Deleted(&obj));
                }
                Err(e) => tracing::warn!(kind = %kind, error = %e, "watch failed, retrying"),
            }
        }
    }

    /// Swaps in a complete list and reports what changed, as an informer's re-list does.
    fn replace(&self, fresh: HashMap<ObjectKey, Arc<K>>) {
        let old = std::mem::replace(&mut *self.objects.write().unwrap_or_else(|e| e.into_inner()), fresh.clone());
        for (key, new) in &fresh {
            match old.get(key) {
                Some(previous) => self.dispatch(&Change::Updated { old: previous, new }),
                None => self.dispatch(&Change::Added(new)),
            }
        }
        for (key, gone) in &old {
            if !fresh.contains_key(key) {
                self.dispatch(&Change::Deleted(gone));
            }
        }
    }
}

/// The object as the cache keeps it: without `managedFields`, which nothing reads from the cache and which
/// is often the larger part of an object (controller-runtime's `TransformStripManagedFields`).
fn cached<K: Watched>(mut obj: K) -> Arc<K> {
    obj.meta_mut().managed_fields = None;
    Arc::new(obj)
}

/// An informer of any kind, as the manager runs it.
pub(crate) trait RunInformer: Send + Sync {
    fn run(self: Arc<Self>) -> BoxFuture<'static, ()>;
    /// Resolves once the first list has completed.
    fn synced(&self) -> BoxFuture<'static, ()>;
    fn kind(&self) -> String;
    fn as_any(self: Arc<Self>) -> Arc<dyn Any + Send + Sync>;
}

impl<K: Watched> RunInformer for Informer<K> {
    fn run(self: Arc<Self>) -> BoxFuture<'static, ()> {
        Informer::run(self).boxed()
    }

    fn synced(&self) -> BoxFuture<'static, ()> {
        let store = self.store();
        async move { store.synced().await }.boxed()
    }

    fn kind(&self) -> String {
        K::kind(&()).to_string()
    }

    fn as_any(self: Arc<Self>) -> Arc<dyn Any + Send + Sync> {
        self
    }
}

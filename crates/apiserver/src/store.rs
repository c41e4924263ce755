//! The object store: one global revision, objects as immutable JSON bytes, and a bounded event history.
//!
//! Objects are kept serialized: a list is a concatenation of stored bytes and memory stays close to the
//! size of the JSON. Every write takes the next revision, which is written into
//! `metadata.resourceVersion` before the object is serialized, so stored bytes are exactly what clients get.
//! Watchers read the history from their own cursor (no per-watcher queues), woken by a revision signal.

use std::collections::{BTreeMap, VecDeque};
use std::path::Path;
use std::sync::Arc;

use bytes::Bytes;
use parking_lot::Mutex;
use serde_json::Value;

/// One stored object.
#[derive(Debug)]
pub struct Stored {
    pub revision: u64,
    pub json: Bytes,
}

impl Stored {
    /// Parses the stored bytes. They were produced by `serde_json` from a `Value`, so this cannot fail
    /// unless memory is corrupt; a `Null` stands in for that impossible case rather than a panic.
    pub fn value(&self) -> Value {
        serde_json::from_slice(&self.json).unwrap_or(Value::Null)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EventKind {
    Added,
    Modified,
    Deleted,
}

impl EventKind {
    pub fn as_str(self) -> &'static str {
        match self {
            EventKind::Added => "ADDED",
            EventKind::Modified => "MODIFIED",
            EventKind::Deleted => "DELETED",
        }
    }
}

/// One change, as watchers see it.
#[derive(Debug)]
pub struct Event {
    pub revision: u64,
    pub key: String,
    pub kind: EventKind,
    /// The object after the change (for deletions: its last state, carrying the deletion's revision).
    pub object: Bytes,
    /// The object before the change, so filtered watches can turn "moved out of the selector" into DELETED.
    pub prev: Option<Bytes>,
}

impl Event {
    fn payload_bytes(&self) -> usize {
        self.object.len() + self.prev.as_ref().map_or(0, Bytes::len)
    }
}

/// What must hold for a write to proceed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Precondition {
    MustNotExist,
    /// The object must exist at exactly this revision.
    Revision(u64),
}

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("not found")]
    NotFound,
    #[error("already exists")]
    AlreadyExists,
    #[error("the object has been modified")]
    Conflict,
    #[error("storage: {0}")]
    Storage(String),
}

/// The result of a write.
#[derive(Debug, Clone)]
pub struct Written {
    pub stored: Arc<Stored>,
    /// False when the write changed nothing: no revision was taken and no event emitted.
    pub changed: bool,
}

struct State {
    objects: BTreeMap<String, Arc<Stored>>,
    revision: u64,
    history: VecDeque<Arc<Event>>,
    /// The payload bytes (object and previous object) of the events in `history`.
    history_bytes: usize,
    /// Events at or below this revision are gone from the history; watches from before it are expired.
    compacted: u64,
}

/// Tuning knobs; defaults suit a developer machine.
#[derive(Debug, Clone)]
pub struct StoreOptions {
    /// Events kept for watch resumption, at most.
    pub history: usize,
    /// The most payload bytes (each event's object and previous object) the kept events may hold. Watchers
    /// follow the head of the history, so it only has to reach back as far as a slow watcher lags; one that
    /// falls further behind gets 410 Gone and lists again, as with kube-apiserver's compacted etcd.
    pub history_bytes: usize,
    /// Checkpoint the log once it grows past this many bytes.
    pub checkpoint_bytes: u64,
}

impl Default for StoreOptions {
    fn default() -> Self {
        StoreOptions { history: 50_000, history_bytes: 16 << 20, checkpoint_bytes: 64 << 20 }
    }
}

pub struct Store {
    state: Mutex<State>,
    latest: tokio::sync::watch::Sender<u64>,
    wal: Option<Arc<storage::Wal>>,
    options: StoreOptions,
}

impl Store {
    /// An in-memory store (`--ephemeral`).
    pub fn memory(options: StoreOptions) -> Store {
        Store::from_parts(BTreeMap::new(), 0, None, options)
    }

    /// A persistent store under `dir`, recovering what an earlier run acknowledged.
    pub fn open(dir: &Path, options: StoreOptions) -> Result<Store, StoreError> {
        let (wal, recovered) =
            storage::Wal::open(dir, storage::Options::default()).map_err(|e| StoreError::Storage(e.to_string()))?;
        let objects = recovered
            .live
            .into_iter()
            .map(|(k, rev, json)| (k, Arc::new(Stored { revision: rev, json: Bytes::from(json) })))
            .collect();
        Ok(Store::from_parts(objects, recovered.last_revision, Some(Arc::new(wal)), options))
    }

    fn from_parts(
        objects: BTreeMap<String, Arc<Stored>>,
        revision: u64,
        wal: Option<Arc<storage::Wal>>,
        options: StoreOptions,
    ) -> Store {
        let (latest, _) = tokio::sync::watch::channel(revision);
        Store {
            state: Mutex::new(State {
                objects,
                revision,
                history: VecDeque::new(),
                history_bytes: 0,
                compacted: revision,
            }),
            latest,
            wal,
            options,
        }
    }

    /// The newest revision.
    pub fn revision(&self) -> u64 {
        self.state.lock().revision
    }

    pub fn get(&self, key: &str) -> Option<Arc<Stored>> {
        self.state.lock().objects.get(key).cloned()
    }

    /// Objects whose keys start with `prefix`, after `start_after` if given, at most `limit` (0 = all).
    /// Returns the items, whether more remain, and the revision the list is consistent with.
    pub fn list(
        &self,
        prefix: &str,
        start_after: Option<&str>,
        limit: usize,
    ) -> (Vec<(String, Arc<Stored>)>, usize, u64) {
        let state = self.state.lock();
        let range = match start_after {
            Some(after) => {
                state.objects.range::<str, _>((std::ops::Bound::Excluded(after), std::ops::Bound::Unbounded))
            }
            None => state.objects.range::<str, _>((std::ops::Bound::Included(prefix), std::ops::Bound::Unbounded)),
        };
        let mut items = Vec::new();
        let mut remaining = 0;
        for (k, v) in range.take_while(|(k, _)| k.starts_with(prefix)) {
            if limit > 0 && items.len() >= limit {
                remaining += 1;
                continue;
            }
            items.push((k.clone(), v.clone()));
        }
        (items, remaining, state.revision)
    }

    /// Keys (and objects) under a prefix, for controllers that scan (namespace deletion, GC).
    pub fn scan(&self, prefix: &str) -> Vec<(String, Arc<Stored>)> {
        self.list(prefix, None, 0).0
    }

    /// Every object in the store.
    pub fn all(&self) -> Vec<(String, Arc<Stored>)> {
        self.scan("")
    }

    /// Writes `obj` at `key`. `metadata.resourceVersion` is set to the new revision. A write whose result is
    /// byte-identical to the stored object takes no revision and emits no event.
    pub async fn put(
        &self,
        key: &str,
        pre: Precondition,
        mut obj: Value,
        dry_run: bool,
    ) -> Result<Written, StoreError> {
        let (written, ticket) = {
            let mut state = self.state.lock();
            let current = state.objects.get(key).cloned();
            check(&current, pre)?;
            if let Some(cur) = &current {
                set_revision(&mut obj, cur.revision);
                let same = serde_json::to_vec(&obj).map_err(|e| StoreError::Storage(e.to_string()))?;
                if same == cur.json.as_ref() {
                    return Ok(Written { stored: cur.clone(), changed: false });
                }
            }
            if dry_run {
                // Nothing is written, so the revision does not move: updates keep the stored one and creates
                // have none yet, as kube-apiserver answers dry runs.
                let revision = current.as_ref().map_or(0, |c| c.revision);
                match &current {
                    Some(_) => set_revision(&mut obj, revision),
                    None => {
                        if let Some(m) = obj.get_mut("metadata").and_then(Value::as_object_mut) {
                            m.remove("resourceVersion");
                        }
                    }
                }
                let json = Bytes::from(serde_json::to_vec(&obj).map_err(|e| StoreError::Storage(e.to_string()))?);
                return Ok(Written { stored: Arc::new(Stored { revision, json }), changed: true });
            }
            let revision = state.revision + 1;
            set_revision(&mut obj, revision);
            let json = Bytes::from(serde_json::to_vec(&obj).map_err(|e| StoreError::Storage(e.to_string()))?);
            let stored = Arc::new(Stored { revision, json: json.clone() });
            let ticket = self.log(key, revision, Some(&json))?;
            state.revision = revision;
            state.objects.insert(key.to_string(), stored.clone());
            let kind = if current.is_some() { EventKind::Modified } else { EventKind::Added };
            let prev = current.map(|c| c.json.clone());
            self.record(&mut state, Event { revision, key: key.to_string(), kind, object: json, prev });
            (Written { stored, changed: true }, ticket)
        };
        self.durable(ticket).await?;
        self.latest.send_replace(written.stored.revision);
        Ok(written)
    }

    /// Removes `key`. The returned object is its last state, stamped with the deletion's revision.
    pub async fn delete(&self, key: &str, pre: Precondition, dry_run: bool) -> Result<Arc<Stored>, StoreError> {
        let (stored, ticket) = {
            let mut state = self.state.lock();
            let current = state.objects.get(key).cloned();
            check(&current, pre)?;
            let current = current.ok_or(StoreError::NotFound)?;
            let revision = if dry_run { current.revision } else { state.revision + 1 };
            let mut last = current.value();
            set_revision(&mut last, revision);
            let json = Bytes::from(serde_json::to_vec(&last).map_err(|e| StoreError::Storage(e.to_string()))?);
            let stored = Arc::new(Stored { revision, json: json.clone() });
            if dry_run {
                return Ok(stored);
            }
            let ticket = self.log(key, revision, None)?;
            state.revision = revision;
            state.objects.remove(key);
            let prev = Some(current.json.clone());
            self.record(
                &mut state,
                Event { revision, key: key.to_string(), kind: EventKind::Deleted, object: json, prev },
            );
            (stored, ticket)
        };
        self.durable(ticket).await?;
        self.latest.send_replace(stored.revision);
        Ok(stored)
    }

    fn log(&self, key: &str, revision: u64, json: Option<&Bytes>) -> Result<Option<storage::Ticket>, StoreError> {
        let Some(wal) = &self.wal else { return Ok(None) };
        let record = storage::Record { key: key.to_string(), revision, value: json.map(|j| j.to_vec()) };
        wal.append(std::slice::from_ref(&record)).map(Some).map_err(|e| StoreError::Storage(e.to_string()))
    }

    /// Waits until the write is on disk (group commit shares the fsync with concurrent writers).
    async fn durable(&self, ticket: Option<storage::Ticket>) -> Result<(), StoreError> {
        let (Some(wal), Some(ticket)) = (&self.wal, ticket) else { return Ok(()) };
        let syncing = wal.clone();
        tokio::task::spawn_blocking(move || syncing.sync(ticket))
            .await
            .map_err(|e| StoreError::Storage(e.to_string()))?
            .map_err(|e| StoreError::Storage(e.to_string()))?;
        if wal.log_bytes() > self.options.checkpoint_bytes {
            self.checkpoint()?;
        }
        Ok(())
    }

    /// Folds the log into a snapshot of the live objects.
    pub fn checkpoint(&self) -> Result<(), StoreError> {
        let Some(wal) = &self.wal else { return Ok(()) };
        let state = self.state.lock();
        let mut live = state.objects.iter().map(|(k, v)| (k.as_str(), v.revision, v.json.as_ref()));
        wal.checkpoint(&mut live, state.revision).map_err(|e| StoreError::Storage(e.to_string()))
    }

    fn record(&self, state: &mut State, event: Event) {
        state.history_bytes += event.payload_bytes();
        state.history.push_back(Arc::new(event));
        // The newest event always stays, however large, so watchers at the head never miss it.
        while state.history.len() > 1
            && (state.history.len() > self.options.history || state.history_bytes > self.options.history_bytes)
        {
            if let Some(old) = state.history.pop_front() {
                state.history_bytes -= old.payload_bytes();
                state.compacted = old.revision;
            }
        }
    }

    /// Events after `revision`, or `Err(oldest available)` when the history no longer reaches back that far.
    pub fn events_since(&self, revision: u64) -> Result<Vec<Arc<Event>>, u64> {
        let state = self.state.lock();
        if revision < state.compacted {
            return Err(state.compacted + 1);
        }
        let start = state.history.partition_point(|e| e.revision <= revision);
        Ok(state.history.range(start..).cloned().collect())
    }

    /// The newest revision no longer in the history: watches must start after it.
    #[cfg(test)]
    fn compacted(&self) -> u64 {
        self.state.lock().compacted
    }

    /// For the in-process controllers that follow the history like informers: the events after `*cursor`,
    /// moving the cursor to the last one. `None` when the history no longer reaches back that far: the cursor
    /// jumps to now and the caller must look at everything again.
    pub fn follow(&self, cursor: &mut u64) -> Option<Vec<Arc<Event>>> {
        match self.events_since(*cursor) {
            Ok(events) => {
                if let Some(last) = events.last() {
                    *cursor = last.revision;
                }
                Some(events)
            }
            Err(_) => {
                *cursor = self.revision();
                None
            }
        }
    }

    /// A signal carrying the newest revision, for watchers to wait on.
    pub fn subscribe(&self) -> tokio::sync::watch::Receiver<u64> {
        self.latest.subscribe()
    }
}

fn check(current: &Option<Arc<Stored>>, pre: Precondition) -> Result<(), StoreError> {
    match (pre, current) {
        (Precondition::MustNotExist, Some(_)) => Err(StoreError::AlreadyExists),
        (Precondition::Revision(_), None) => Err(StoreError::NotFound),
        (Precondition::Revision(rv), Some(cur)) if cur.revision != rv => Err(StoreError::Conflict),
        _ => Ok(()),
    }
}

fn set_revision(obj: &mut Value, revision: u64) {
    if let Some(meta) = obj.get_mut("metadata").and_then(Value::as_object_mut) {
        meta.insert("resourceVersion".into(), Value::String(revision.to_string()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[tokio::test]
    async fn revisions_events_and_noop_writes() {
        let store = Store::memory(StoreOptions { history: 3, ..Default::default() });
        let obj = json!({"metadata": {"name": "a"}, "data": {"k": "1"}});
        let w = store.put("/core/configmaps/ns/a", Precondition::MustNotExist, obj.clone(), false).await.unwrap();
        assert_eq!(w.stored.revision, 1);
        assert_eq!(w.stored.value()["metadata"]["resourceVersion"], "1");
        let again = store.put("/core/configmaps/ns/a", Precondition::Revision(1), obj.clone(), false).await.unwrap();
        assert!(!again.changed, "an identical write takes no revision");
        assert_eq!(store.revision(), 1);
        let err = store.put("/core/configmaps/ns/a", Precondition::Revision(7), obj, false).await.unwrap_err();
        assert!(matches!(err, StoreError::Conflict));
        for i in 2..=5 {
            let o = json!({"metadata": {"name": "a"}, "data": {"k": i.to_string()}});
            store.put("/core/configmaps/ns/a", Precondition::Revision(i - 1), o, false).await.unwrap();
        }
        assert_eq!(store.events_since(2).unwrap().len(), 3);
        assert_eq!(store.events_since(1).unwrap_err(), 3, "revision 2 fell out of the history");
        let mut cursor = 2;
        assert_eq!(store.follow(&mut cursor).map(|e| e.len()), Some(3));
        assert_eq!(cursor, 5, "the cursor moves to the last event");
        let mut behind = 1;
        assert!(store.follow(&mut behind).is_none(), "a follower too far behind must look at everything");
        assert_eq!(behind, 5, "and continues from now");
        let gone = store.delete("/core/configmaps/ns/a", Precondition::Revision(5), false).await.unwrap();
        assert_eq!(gone.revision, 6);
        assert_eq!(gone.value()["metadata"]["resourceVersion"], "6");
        let ev = store.events_since(5).unwrap();
        assert_eq!(ev[0].kind, EventKind::Deleted);
        assert!(store.get("/core/configmaps/ns/a").is_none());
    }

    #[tokio::test]
    async fn history_is_bounded_by_bytes() {
        let store = Store::memory(StoreOptions { history_bytes: 1000, ..Default::default() });
        let big = "x".repeat(300);
        for i in 1..=10u64 {
            let obj = json!({"metadata": {"name": format!("o{i}")}, "data": {"k": big}});
            store.put(&format!("/core/configmaps/ns/o{i}"), Precondition::MustNotExist, obj, false).await.unwrap();
        }
        let kept = store.events_since(store.compacted()).unwrap();
        assert!(kept.len() < 10 && !kept.is_empty(), "{} events kept", kept.len());
        assert!(kept.iter().map(|e| e.payload_bytes()).sum::<usize>() <= 1000);
        assert_eq!(kept.last().unwrap().revision, 10, "the newest event is kept");
        assert!(store.events_since(1).is_err(), "older watchers must relist");
        // One event larger than the whole budget is still kept, alone.
        let huge = json!({"metadata": {"name": "huge"}, "data": {"k": "y".repeat(5000)}});
        store.put("/core/configmaps/ns/huge", Precondition::MustNotExist, huge, false).await.unwrap();
        assert_eq!(store.events_since(10).unwrap().len(), 1);
    }

    #[tokio::test]
    async fn list_pages_by_prefix() {
        let store = Store::memory(StoreOptions::default());
        for n in ["a", "b", "c"] {
            store
                .put(
                    &format!("/core/configmaps/x/{n}"),
                    Precondition::MustNotExist,
                    json!({"metadata": {"name": n}}),
                    false,
                )
                .await
                .unwrap();
        }
        store
            .put("/core/configmaps/y/z", Precondition::MustNotExist, json!({"metadata": {"name": "z"}}), false)
            .await
            .unwrap();
        let (page, more, rv) = store.list("/core/configmaps/x/", None, 2);
        assert_eq!((page.len(), more, rv), (2, 1, 4));
        let (rest, more, _) = store.list("/core/configmaps/x/", Some(&page[1].0), 2);
        assert_eq!((rest.len(), more), (1, 0));
        assert_eq!(store.list("/core/configmaps/", None, 0).0.len(), 4);
    }
}

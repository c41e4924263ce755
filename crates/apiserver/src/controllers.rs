//! The controllers every cluster runs inside kube-controller-manager, as in-process loops: namespace
//! termination, garbage collection by ownerReferences (background, foreground, orphan) and custom-resource
//! cleanup when a CRD is deleted.
//!
//! They follow the store's event history like an informer. An event only marks which passes must run; a
//! pass then looks at the world as it is (level-based), so missed or merged events cannot leave work undone.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;
use std::time::Duration;

use serde_json::{json, Value};

use crate::handlers::{delete_object, DeleteOptions};
use crate::objects::{self, MetaView, OwnerRefView};
use crate::registry::ResourceInfo;
use crate::server::Server;
use crate::store::{EventKind, Precondition};

/// The shortest time between two garbage-collection passes. A pass reads every stored object, and under a
/// steady stream of events (a rollout, a thousand Kustomizations applying) back-to-back passes would take a
/// core; passes are level-based, so spacing them only delays collection a little.
const GC_SPACING: Duration = Duration::from_millis(500);

#[derive(Default)]
struct Pending {
    namespaces: bool,
    gc: bool,
    crds: bool,
}

/// Runs until the server shuts down.
pub(crate) async fn run(server: Arc<Server>) {
    let mut signal = server.store.subscribe();
    let mut shutdown = server.shutdown.clone();
    let mut cursor = server.store.revision();
    // Work left over from before a restart (a namespace half deleted, say) is picked up at once.
    let mut pending = Pending { namespaces: true, gc: true, crds: true };
    let ttl = server.settings.read().event_ttl;
    let sweep_every = (ttl / 10).clamp(Duration::from_secs(1), Duration::from_secs(60));
    let mut next_sweep = tokio::time::Instant::now();
    let start = tokio::time::Instant::now();
    let mut last_gc = start.checked_sub(GC_SPACING).unwrap_or(start);
    loop {
        if tokio::time::Instant::now() >= next_sweep {
            expire_events(&server, ttl).await;
            next_sweep = tokio::time::Instant::now() + sweep_every;
        }
        signal.borrow_and_update();
        match server.store.follow(&mut cursor) {
            Some(events) => events.iter().for_each(|e| classify(e, &mut pending)),
            None => pending = Pending { namespaces: true, gc: true, crds: true },
        }
        if pending.crds {
            pending.crds = false;
            crd_cleanup(&server).await;
        }
        if pending.namespaces {
            pending.namespaces = false;
            namespaces(&server).await;
        }
        if pending.gc && last_gc.elapsed() >= GC_SPACING {
            pending.gc = false;
            garbage_collect(&server).await;
            last_gc = tokio::time::Instant::now();
        }
        let gc_due = GC_SPACING.saturating_sub(last_gc.elapsed());
        tokio::select! {
            changed = signal.changed() => if changed.is_err() { return },
            _ = shutdown.changed() => return,
            _ = tokio::time::sleep(gc_due), if pending.gc => {}
            // A slow safety net: passes also run now and then without a triggering event.
            _ = tokio::time::sleep(Duration::from_secs(30).min(sweep_every)) => pending = Pending { namespaces: true, gc: true, crds: true },
        }
    }
}

fn contains(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len()).any(|w| w == needle)
}

fn classify(e: &crate::store::Event, p: &mut Pending) {
    let body = e.object.as_ref();
    if e.kind == EventKind::Deleted {
        p.gc = true;
        p.namespaces = true;
        p.crds = true;
        return;
    }
    let deleting = contains(body, b"\"deletionTimestamp\"");
    if e.key.starts_with("/core/namespaces/") && deleting {
        p.namespaces = true;
    }
    if e.key.starts_with("/apiextensions.k8s.io/customresourcedefinitions/") && deleting {
        p.crds = true;
    }
    if contains(body, b"\"ownerReferences\"")
        || (deleting && (contains(body, b"\"foregroundDeletion\"") || contains(body, b"\"orphan\"")))
    {
        p.gc = true;
    }
}

/// The resource serving a storage key (`/apps/deployments/ns/name`), at any version.
fn resource_for_key(server: &Server, key: &str) -> Option<Arc<ResourceInfo>> {
    let mut parts = key.trim_start_matches('/').splitn(3, '/');
    let group = parts.next()?;
    let plural = parts.next()?;
    let group = if group == "core" { "" } else { group };
    server.registry().all().iter().find(|r| r.group == group && r.plural == plural).cloned()
}

/// Removes one finalizer; deletes the object when that was the last one of an object being deleted.
pub(crate) async fn remove_finalizer(server: &Server, key: &str, finalizer: &str) {
    for _ in 0..5 {
        let Some(cur) = server.store.get(key) else { return };
        let mut obj = cur.value();
        let before = objects::finalizers(&obj);
        if !before.iter().any(|f| f == finalizer) {
            return;
        }
        let after: Vec<String> = before.into_iter().filter(|f| f != finalizer).collect();
        let done = after.is_empty() && objects::is_deleting(&obj) && !key.starts_with("/core/namespaces/");
        let result = if done {
            server.store.delete(key, Precondition::Revision(cur.revision), false).await.map(|_| ())
        } else {
            objects::meta_mut(&mut obj).insert("finalizers".into(), json!(after));
            server.store.put(key, Precondition::Revision(cur.revision), obj, false).await.map(|_| ())
        };
        match result {
            Ok(()) => {
                if key.starts_with("/apiextensions.k8s.io/") {
                    server.reload_registry();
                }
                return;
            }
            Err(crate::store::StoreError::Conflict) => continue,
            Err(e) => {
                tracing::warn!(key, error = %e, "removing finalizer {finalizer}");
                return;
            }
        }
    }
}

async fn delete_key(server: &Server, key: &str, propagation: &str) {
    let Some(r) = resource_for_key(server, key) else { return };
    let name = key.rsplit('/').next().unwrap_or_default().to_string();
    let opts = DeleteOptions { propagation: Some(propagation.into()), ..Default::default() };
    if let Err(e) = delete_object(server, &r, key, &name, &opts).await {
        if e.code != 404 {
            tracing::warn!(key, error = %e, "controller delete failed");
        }
    }
}

/// Deletes Events that last happened longer than `ttl` ago.
async fn expire_events(server: &Server, ttl: Duration) {
    let Ok(ttl) = chrono::Duration::from_std(ttl) else { return };
    let cutoff = chrono::Utc::now() - ttl;
    for (key, stored) in server.store.scan("/core/events/") {
        let expired = crate::events::last_seen(&stored.value()).is_some_and(|t| t < cutoff);
        if expired {
            let _ = server.store.delete(&key, Precondition::Revision(stored.revision), false).await;
        }
    }
}

async fn namespaces(server: &Server) {
    let terminating: Vec<(String, String)> = server
        .store
        .scan("/core/namespaces/")
        .into_iter()
        .filter_map(|(k, s)| {
            let v = s.value();
            objects::is_deleting(&v).then(|| (k, objects::name_of(&v).to_string()))
        })
        .collect();
    if terminating.is_empty() {
        return;
    }
    let reg = server.registry();
    let mut prefixes: Vec<String> = reg.all().iter().filter(|r| r.namespaced).map(|r| r.key_prefix()).collect();
    prefixes.sort();
    prefixes.dedup();
    for (ns_key, ns) in terminating {
        let mut remaining = 0;
        for prefix in &prefixes {
            for (key, stored) in server.store.scan(&format!("{prefix}{ns}/")) {
                remaining += 1;
                if !objects::is_deleting(&stored.value()) {
                    delete_key(server, &key, "Background").await;
                }
            }
        }
        if remaining > 0 {
            continue;
        }
        let Some(cur) = server.store.get(&ns_key) else { continue };
        let obj = cur.value();
        if objects::finalizers(&obj).is_empty() {
            let _ = server.store.delete(&ns_key, Precondition::Revision(cur.revision), false).await;
        } else {
            let mut next = obj.clone();
            next["spec"]["finalizers"] = json!([]);
            let _ = server.store.put(&ns_key, Precondition::Revision(cur.revision), next, false).await;
        }
    }
}

async fn crd_cleanup(server: &Server) {
    for (key, stored) in server.store.scan("/apiextensions.k8s.io/customresourcedefinitions/") {
        let crd = stored.value();
        if !objects::is_deleting(&crd) || !objects::finalizers(&crd).iter().any(|f| f == crate::crd::CLEANUP_FINALIZER)
        {
            continue;
        }
        let group = crd.pointer("/spec/group").and_then(Value::as_str).unwrap_or_default();
        let plural = crd.pointer("/spec/names/plural").and_then(Value::as_str).unwrap_or_default();
        let prefix = format!("/{group}/{plural}/");
        let instances = server.store.scan(&prefix);
        if instances.is_empty() {
            remove_finalizer(server, &key, crate::crd::CLEANUP_FINALIZER).await;
            continue;
        }
        for (k, s) in instances {
            if !objects::is_deleting(&s.value()) {
                delete_key(server, &k, "Background").await;
            }
        }
    }
}

async fn garbage_collect(server: &Server) {
    let all = server.store.all();
    let mut uids: HashSet<String> = HashSet::with_capacity(all.len());
    let mut dependents: HashMap<String, Vec<String>> = HashMap::new();
    let mut candidates: Vec<(String, MetaView)> = Vec::new();
    for (key, stored) in all {
        let meta = MetaView::of(&stored.json);
        for r in meta.owner_references.iter().flatten() {
            dependents.entry(r.uid.clone()).or_default().push(key.clone());
        }
        let candidate =
            meta.owner_references.is_some() || meta.finalizer("orphan") || meta.finalizer("foregroundDeletion");
        if !meta.uid.is_empty() {
            uids.insert(meta.uid.clone());
        }
        if candidate {
            candidates.push((key, meta));
        }
    }
    for (key, meta) in candidates {
        let deleting = meta.deleting();
        if deleting && meta.finalizer("orphan") {
            for dep in dependents.get(&meta.uid).cloned().unwrap_or_default() {
                strip_owner(server, &dep, &meta.uid).await;
            }
            remove_finalizer(server, &key, "orphan").await;
            continue;
        }
        if deleting && meta.finalizer("foregroundDeletion") {
            let deps = dependents.get(&meta.uid).cloned().unwrap_or_default();
            let live: Vec<String> = deps.into_iter().filter(|d| server.store.get(d).is_some()).collect();
            if live.is_empty() {
                remove_finalizer(server, &key, "foregroundDeletion").await;
            } else {
                for d in live {
                    delete_key(server, &d, "Foreground").await;
                }
            }
            continue;
        }
        let refs = meta.owner_references.unwrap_or_default();
        if refs.is_empty() || deleting {
            continue;
        }
        let dangling: Vec<&OwnerRefView> = refs.iter().filter(|r| !uids.contains(&r.uid)).collect();
        if dangling.len() == refs.len() {
            delete_key(server, &key, "Background").await;
        } else {
            for r in dangling {
                strip_owner(server, &key, &r.uid).await;
            }
        }
    }
}

/// Removes the ownerReference to `owner_uid` from the object at `key`.
async fn strip_owner(server: &Server, key: &str, owner_uid: &str) {
    for _ in 0..5 {
        let Some(cur) = server.store.get(key) else { return };
        let mut obj = cur.value();
        let Some(refs) = obj.pointer_mut("/metadata/ownerReferences").and_then(Value::as_array_mut) else { return };
        let before = refs.len();
        refs.retain(|r| r.get("uid").and_then(Value::as_str) != Some(owner_uid));
        if refs.len() == before {
            return;
        }
        if refs.is_empty() {
            objects::meta_mut(&mut obj).remove("ownerReferences");
        }
        match server.store.put(key, Precondition::Revision(cur.revision), obj, false).await {
            Err(crate::store::StoreError::Conflict) => continue,
            _ => return,
        }
    }
}

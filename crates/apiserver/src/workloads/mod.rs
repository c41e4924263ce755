//! Workload simulation: what kubelet and the workload controllers of kube-controller-manager would do, enough
//! for health checks (kstatus, `kubectl rollout status`, `kubectl wait`) to see workloads become ready.
//!
//! One node, [`NODE_NAME`], runs every pod. Deployments get ReplicaSets named after a hash of their pod
//! template and roll out step by step (maxSurge/maxUnavailable as upstream computes them); ReplicaSets,
//! StatefulSets, DaemonSets and Jobs get pods; pods start, become Ready and log a few lines; Job pods run to
//! completion. Statuses carry upstream's fields, reasons and messages.
//!
//! Like the controllers in `controllers.rs`, the loop follows the store's events but looks at the world as it
//! is (level-based). Each pass takes at most one step per object, and passes that changed something are
//! spaced by [`STEP`], so watchers such as `kubectl rollout status` see the rollout progress.
//!
//! Workloads can be asked to fail the way a real cluster would: see `failure`.
//!
//! Each controller has its module (`deployment`, `replicaset`, `statefulset`, `daemonset`, `job`), pods and the
//! node are `kubelet`'s, and `hash` names pod templates. This module runs the loop and holds the store writes
//! and the object readers they share.

mod daemonset;
mod deployment;
mod failure;
mod hash;
mod job;
mod kubelet;
mod replicaset;
mod statefulset;

use std::collections::{HashMap, HashSet};
use std::sync::Arc;
use std::time::{Duration, Instant};

use parking_lot::Mutex;
use serde_json::{json, Map, Value};

use crate::handlers::{delete_object, DeleteOptions};
use crate::objects;
use crate::objects::MetaView;
use crate::server::Server;
use crate::store::{Precondition, StoreError, Stored};
use kubelet::{ensure_node, pod_from_template};

/// The one node every simulated pod runs on.
pub const NODE_NAME: &str = "flux-rs-embedded";
/// The delay between two passes that changed something: one rollout step each.
const STEP: Duration = Duration::from_millis(200);
/// How often a pass runs without events, for time-driven changes (crash-loop restarts, minReadySeconds).
const IDLE: Duration = Duration::from_secs(2);
const REVISION_HASH_LABEL: &str = "controller-revision-hash";

/// Stored objects by the uid of their controller.
type Owned = HashMap<String, Vec<(String, Arc<Stored>)>>;

/// (namespace, pod, container)
type ContainerKey = (String, String, String);

/// Container log lines of simulated pods, by (namespace, pod, container).
#[derive(Default)]
pub struct Logs {
    /// (timestamp, line) pairs, oldest first.
    lines: Mutex<HashMap<ContainerKey, Vec<(String, String)>>>,
}

impl Logs {
    /// Appends a line (with its RFC 3339 timestamp) to a container's log.
    pub fn push(&self, namespace: &str, pod: &str, container: &str, line: String) {
        let ts = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Nanos, true);
        self.lines.lock().entry((namespace.into(), pod.into(), container.into())).or_default().push((ts, line));
    }

    /// The lines logged so far, oldest first.
    pub fn lines(&self, namespace: &str, pod: &str, container: &str) -> Vec<(String, String)> {
        self.lines.lock().get(&(namespace.into(), pod.into(), container.into())).cloned().unwrap_or_default()
    }
}

/// Runs until the server shuts down.
pub(crate) async fn run(server: Arc<Server>) {
    ensure_node(&server).await;
    let mut signal = server.store.subscribe();
    let mut shutdown = server.shutdown.clone();
    let mut cursor = server.store.revision();
    // Workloads stored before a restart are picked up at once.
    let mut due = true;
    let mut memo = Memo::default();
    loop {
        signal.borrow_and_update();
        match server.store.follow(&mut cursor) {
            Some(events) => {
                for e in events.iter().filter(|e| watched(&e.key)) {
                    due = true;
                    memo.dependent_changed(&e.object);
                    memo.dependent_changed(e.prev.as_deref().unwrap_or_default());
                }
            }
            None => {
                due = true;
                memo = Memo::default();
            }
        }
        let mut changed = false;
        if due {
            due = false;
            changed = Sim { server: &server, changed: false, memo: &mut memo }.pass().await;
        }
        // After a step the next pass waits STEP whatever happens, so that each step stays visible.
        let wait = if changed { STEP } else { IDLE };
        tokio::select! {
            _ = tokio::time::sleep(wait) => due = true,
            c = signal.changed(), if !changed => if c.is_err() { return },
            _ = shutdown.changed() => return,
        }
    }
}

fn watched(key: &str) -> bool {
    [
        "/apps/deployments/",
        "/apps/replicasets/",
        "/apps/statefulsets/",
        "/apps/daemonsets/",
        "/batch/jobs/",
        "/core/pods/",
    ]
    .iter()
    .any(|p| key.starts_with(p))
}

/// One pass over every workload, with its writes.
struct Sim<'a> {
    server: &'a Server,
    changed: bool,
    memo: &'a mut Memo,
}

/// What passes remember, so that a pass only reads the workloads that may have something to do: a thousand
/// settled Deployments would otherwise be parsed again every [`STEP`].
///
/// A workload is settled when its last look wrote nothing; it is looked at again when it changes (its
/// revision), when one of its dependents (ReplicaSets, pods) changes, and at every full pass, which runs at
/// least every [`IDLE`] for what time alone changes.
#[derive(Default)]
struct Memo {
    /// key → (the revision looked at, the workload's uid).
    settled: HashMap<String, (u64, String)>,
    /// Uids of workloads whose dependents changed since the pass started looking.
    dirty: HashSet<String>,
    last_full: Option<Instant>,
}

impl Memo {
    /// Marks the controller of a changed object (stored bytes; empty for none).
    fn dependent_changed(&mut self, json: &[u8]) {
        if json.is_empty() {
            return;
        }
        if let Some(uid) = MetaView::of(json).controller_uid() {
            self.dirty.insert(uid.to_string());
        }
    }

    fn is_settled(&self, key: &str, revision: u64) -> bool {
        self.settled.get(key).is_some_and(|(rev, uid)| *rev == revision && !self.dirty.contains(uid))
    }

    /// Starts a pass: a full one (nothing settled) when the last full pass is [`IDLE`] old.
    fn start(&mut self) {
        if self.last_full.is_none_or(|t| t.elapsed() >= IDLE) {
            self.settled.clear();
            self.last_full = Some(Instant::now());
        }
    }
}

impl Sim<'_> {
    /// Kubelet first, so that pods created in this pass start in the next one; then the controllers, ending with
    /// Deployments, which read the ReplicaSet statuses written just before.
    async fn pass(mut self) -> bool {
        self.memo.start();
        self.kubelet().await;
        let pods = self.by_controller("/core/pods/");
        for (key, obj, revision) in self.unsettled("/apps/replicasets/") {
            let before = self.look_start();
            self.replicaset(&key, obj, &pods).await;
            self.look_end(key, revision, before);
        }
        for (key, obj, revision) in self.unsettled("/apps/statefulsets/") {
            let before = self.look_start();
            self.statefulset(&key, obj, &pods).await;
            self.look_end(key, revision, before);
        }
        for (key, obj, revision) in self.unsettled("/apps/daemonsets/") {
            let before = self.look_start();
            self.daemonset(&key, obj, &pods).await;
            self.look_end(key, revision, before);
        }
        for (key, obj, revision) in self.unsettled("/batch/jobs/") {
            let before = self.look_start();
            self.job(&key, obj, &pods).await;
            self.look_end(key, revision, before);
        }
        let replicasets = self.by_controller("/apps/replicasets/");
        for (key, obj, revision) in self.unsettled("/apps/deployments/") {
            let before = self.look_start();
            self.deployment(&key, obj, &replicasets).await;
            self.look_end(key, revision, before);
        }
        self.memo.dirty.clear();
        self.changed
    }

    /// The workloads under a key prefix that are not settled, parsed, with their revisions. The uid of each is
    /// remembered for [`Sim::look_end`].
    fn unsettled(&mut self, prefix: &str) -> Vec<(String, Value, u64)> {
        let mut out = Vec::new();
        for (key, stored) in self.server.store.scan(prefix) {
            if self.memo.is_settled(&key, stored.revision) {
                continue;
            }
            let obj = stored.value();
            let uid = objects::meta_str(&obj, "uid").to_string();
            self.memo.settled.insert(key.clone(), (0, uid));
            out.push((key, obj, stored.revision));
        }
        out
    }

    /// Starts looking at one workload; returns whether the pass had changed something before it.
    fn look_start(&mut self) -> bool {
        std::mem::replace(&mut self.changed, false)
    }

    /// Ends looking at one workload: settled at `revision` if the look wrote nothing.
    fn look_end(&mut self, key: String, revision: u64, changed_before: bool) {
        let entry = self.memo.settled.entry(key).or_default();
        entry.0 = if self.changed { 0 } else { revision };
        self.changed |= changed_before;
    }

    /// The objects under a key prefix, by the uid of their controller (objects without one are left out). Only
    /// their metadata is read here; callers parse the ones they use.
    fn by_controller(&self, prefix: &str) -> Owned {
        let mut out = Owned::new();
        for (key, stored) in self.server.store.scan(prefix) {
            if let Some(uid) = MetaView::of(&stored.json).controller_uid() {
                out.entry(uid.to_string()).or_default().push((key, stored));
            }
        }
        out
    }

    async fn create(&mut self, key: &str, obj: Value) -> bool {
        self.dependent_written(&obj);
        match self.server.store.put(key, Precondition::MustNotExist, obj, false).await {
            Ok(_) => {
                self.changed = true;
                true
            }
            Err(StoreError::AlreadyExists) => false,
            Err(e) => {
                tracing::warn!(key, error = %e, "workload simulation: create");
                false
            }
        }
    }

    /// Applies `edit` to the stored object, retrying on conflicts. Returns whether the object changed.
    async fn update(&mut self, key: &str, edit: impl Fn(&mut Value)) -> bool {
        for _ in 0..5 {
            let Some(cur) = self.server.store.get(key) else { return false };
            let mut obj = cur.value();
            edit(&mut obj);
            self.dependent_written(&obj);
            match self.server.store.put(key, Precondition::Revision(cur.revision), obj, false).await {
                Ok(w) => {
                    self.changed |= w.changed;
                    return w.changed;
                }
                Err(StoreError::Conflict) => continue,
                Err(e) => {
                    tracing::warn!(key, error = %e, "workload simulation: update");
                    return false;
                }
            }
        }
        false
    }

    /// A write to an object with a controller makes the controller due again in this same pass, so that
    /// Deployments see the ReplicaSet statuses written just before them.
    fn dependent_written(&mut self, obj: &Value) {
        if let Some(uid) = controller_uid(obj) {
            self.memo.dirty.insert(uid.to_string());
        }
    }

    /// Sets `status` (only), keeping everything else as stored.
    async fn set_status(&mut self, key: &str, status: &Value) -> bool {
        self.update(key, |o| o["status"] = status.clone()).await
    }

    async fn delete(&mut self, group: &str, plural: &str, key: &str) {
        let Some(r) = self.server.registry().find(group, "v1", plural) else { return };
        let name = key.rsplit('/').next().unwrap_or_default().to_string();
        let opts = DeleteOptions { propagation: Some("Background".into()), ..Default::default() };
        match delete_object(self.server, &r, key, &name, &opts).await {
            Ok(_) => self.changed = true,
            Err(e) if e.code == 404 => {}
            Err(e) => tracing::warn!(key, error = %e, "workload simulation: delete"),
        }
    }

    /// Creates a pod from a template, named `name` or `<generate_name><random>`.
    async fn create_pod(
        &mut self,
        owner: &Value,
        template: &Value,
        name: PodName<'_>,
        extra_labels: &[(&str, String)],
    ) {
        let ns = objects::meta_str(owner, "namespace").to_string();
        for _ in 0..3 {
            let (pod_name, generate) = match name {
                PodName::Fixed(n) => (n.to_string(), None),
                PodName::Generate(prefix) => (format!("{prefix}{}", objects::generate_suffix()), Some(prefix)),
            };
            let pod = pod_from_template(owner, template, &pod_name, generate, extra_labels);
            if self.create(&format!("/core/pods/{ns}/{pod_name}"), pod).await || generate.is_none() {
                return;
            }
        }
    }
}

#[derive(Clone, Copy)]
enum PodName<'a> {
    Fixed(&'a str),
    Generate(&'a str),
}

// ----- pure helpers -----

fn ts(t: chrono::DateTime<chrono::Utc>) -> String {
    t.format("%Y-%m-%dT%H:%M:%SZ").to_string()
}

fn parse_ts(s: &str) -> Option<chrono::DateTime<chrono::Utc>> {
    chrono::DateTime::parse_from_rfc3339(s).ok().map(|t| t.with_timezone(&chrono::Utc))
}

fn int_at(obj: &Value, pointer: &str, default: i64) -> i64 {
    obj.pointer(pointer).and_then(Value::as_i64).unwrap_or(default)
}

fn label<'a>(obj: &'a Value, key: &str) -> Option<&'a str> {
    obj.pointer("/metadata/labels").and_then(|l| l.get(key)).and_then(Value::as_str)
}

fn controller_ref(obj: &Value) -> Option<&Value> {
    obj.pointer("/metadata/ownerReferences")
        .and_then(Value::as_array)?
        .iter()
        .find(|r| r.get("controller").and_then(Value::as_bool) == Some(true))
}

fn controller_uid(obj: &Value) -> Option<&str> {
    controller_ref(obj)?.get("uid").and_then(Value::as_str)
}

fn owner_reference(owner: &Value) -> Value {
    json!({"apiVersion": owner.get("apiVersion").cloned().unwrap_or(Value::Null),
           "kind": owner.get("kind").cloned().unwrap_or(Value::Null),
           "name": objects::name_of(owner), "uid": objects::meta_str(owner, "uid"),
           "controller": true, "blockOwnerDeletion": true})
}

/// Pods controlled by `owner` that are neither being deleted nor finished.
fn active_pods(pods: &Owned, owner: &Value) -> Vec<(String, Value)> {
    pods.get(objects::meta_str(owner, "uid"))
        .into_iter()
        .flatten()
        .map(|(k, s)| (k.clone(), s.value()))
        .filter(|(_, p)| {
            !objects::is_deleting(p)
                && !matches!(p.pointer("/status/phase").and_then(Value::as_str), Some("Succeeded" | "Failed"))
        })
        .collect()
}

fn condition<'a>(obj_or_status: &'a Value, kind: &str) -> Option<&'a Value> {
    let conds = obj_or_status.get("conditions").or_else(|| obj_or_status.pointer("/status/conditions"))?;
    conds.as_array()?.iter().find(|c| c.get("type").and_then(Value::as_str) == Some(kind))
}

fn condition_true(obj_or_status: &Value, kind: &str) -> bool {
    condition(obj_or_status, kind).and_then(|c| c.get("status")).and_then(Value::as_str) == Some("True")
}

fn is_ready(pod: &Value) -> bool {
    pod.pointer("/status/phase").and_then(Value::as_str) == Some("Running") && condition_true(pod, "Ready")
}

/// Ready for at least `min_ready_seconds`, as upstream's `IsPodAvailable`.
fn is_available(pod: &Value, min_ready_seconds: i64, now: chrono::DateTime<chrono::Utc>) -> bool {
    if !is_ready(pod) {
        return false;
    }
    if min_ready_seconds <= 0 {
        return true;
    }
    let since =
        condition(pod, "Ready").and_then(|c| c.get("lastTransitionTime")).and_then(Value::as_str).and_then(parse_ts);
    since.is_some_and(|t| (now - t).num_seconds() >= min_ready_seconds)
}

/// Inserts `n` into a status object when it is not zero, as `omitempty` integer fields are serialized.
fn put_nonzero(status: &mut Map<String, Value>, field: &str, n: i64) {
    if n != 0 {
        status.insert(field.into(), json!(n));
    }
}

/// Fixtures shared by the tests of the submodules.
#[cfg(test)]
mod tests {
    use super::failure::{Failure, FAIL_ANNOTATION};
    use super::kubelet::pod_running_status;
    use super::*;

    pub(super) fn deployment(replicas: i64, failure: Option<&str>) -> Value {
        let mut d = json!({"apiVersion": "apps/v1", "kind": "Deployment",
            "metadata": {"name": "web", "namespace": "ns", "uid": "d-uid", "generation": 1},
            "spec": {"replicas": replicas, "progressDeadlineSeconds": 600,
                     "selector": {"matchLabels": {"app": "web"}},
                     "strategy": {"type": "RollingUpdate", "rollingUpdate": {"maxSurge": "25%", "maxUnavailable": "25%"}},
                     "template": {"metadata": {"labels": {"app": "web"}},
                                  "spec": {"containers": [{"name": "c", "image": "nginx:1.27"}]}}}});
        if let Some(f) = failure {
            d["spec"]["template"]["metadata"]["annotations"] = json!({FAIL_ANNOTATION: f});
        }
        d
    }

    pub(super) fn pod(failure: Option<Failure>, restart_policy: &str) -> Value {
        let mut p = json!({"apiVersion": "v1", "kind": "Pod",
            "metadata": {"name": "p", "namespace": "ns", "uid": "p-uid"},
            "spec": {"restartPolicy": restart_policy, "containers": [{"name": "c", "image": "nginx:1.27"}]},
            "status": {"phase": "Pending", "qosClass": "BestEffort"}});
        p["status"] = pod_running_status(&p, failure, "10.244.0.2", "2025-01-01T00:00:00Z");
        p
    }
}

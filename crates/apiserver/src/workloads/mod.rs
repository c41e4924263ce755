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
//! # Failure annotations
//!
//! The annotation [`FAIL_ANNOTATION`] (`sim.flux-rs.io/fail`), on a workload or on its pod template, makes the
//! simulation fail the way a real cluster would:
//!
//! - `progress-deadline`: pods run but never become Ready, and the Deployment's `Progressing` condition turns
//!   `False` with reason `ProgressDeadlineExceeded` (message `ReplicaSet "x" has timed out progressing.`) as
//!   soon as the rollout stops making progress, without waiting for `progressDeadlineSeconds`.
//! - `crash-loop`: containers wait in `CrashLoopBackOff`, `restartCount` grows with kubelet's back-off (10 s,
//!   doubling, at most 5 min), pods are not Ready.
//! - `job-failed`: the Job's first pod fails (exit code 1) and the Job fails at once, as if its backoff limit had
//!   been reached: conditions `FailureTarget` then `Failed`, reason `BackoffLimitExceeded`, message
//!   `Job has reached the specified backoff limit`.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::Arc;
use std::time::Duration;

use parking_lot::Mutex;
use serde_json::{json, Map, Value};
use sha2::{Digest, Sha256};

use crate::handlers::{delete_object, DeleteOptions};
use crate::objects;
use crate::server::Server;
use crate::store::{Precondition, StoreError};

/// The annotation that asks the simulation to fail a workload; see the module documentation.
pub const FAIL_ANNOTATION: &str = "sim.flux-rs.io/fail";
/// The one node every simulated pod runs on.
pub const NODE_NAME: &str = "flux-rs-embedded";
/// The delay between two passes that changed something: one rollout step each.
const STEP: Duration = Duration::from_millis(200);
/// How often a pass runs without events, for time-driven changes (crash-loop restarts, minReadySeconds).
const IDLE: Duration = Duration::from_secs(2);
const NODE_IP: &str = "172.18.0.2";
const HASH_LABEL: &str = "pod-template-hash";
const REVISION: &str = "deployment.kubernetes.io/revision";
const DESIRED_REPLICAS: &str = "deployment.kubernetes.io/desired-replicas";
const MAX_REPLICAS: &str = "deployment.kubernetes.io/max-replicas";
const REVISION_HASH_LABEL: &str = "controller-revision-hash";

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

/// A failure asked for with [`FAIL_ANNOTATION`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Failure {
    ProgressDeadline,
    CrashLoop,
    JobFailed,
}

impl Failure {
    fn parse(s: &str) -> Option<Failure> {
        match s {
            "progress-deadline" => Some(Failure::ProgressDeadline),
            "crash-loop" => Some(Failure::CrashLoop),
            "job-failed" => Some(Failure::JobFailed),
            _ => None,
        }
    }

    /// The failure asked for on an object (pod or workload) or on its pod template.
    fn of(obj: &Value) -> Option<Failure> {
        ["/metadata/annotations", "/spec/template/metadata/annotations"]
            .iter()
            .filter_map(|p| obj.pointer(p).and_then(|a| a.get(FAIL_ANNOTATION)).and_then(Value::as_str))
            .find_map(Failure::parse)
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
    loop {
        signal.borrow_and_update();
        match server.store.events_since(cursor) {
            Ok(events) => {
                for e in events {
                    cursor = e.revision;
                    due |= watched(&e.key);
                }
            }
            Err(_) => {
                cursor = server.store.revision();
                due = true;
            }
        }
        let mut changed = false;
        if due {
            due = false;
            changed = Sim { server: &server, changed: false }.pass().await;
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

/// The node every pod runs on, Ready, as kubelet would register it.
async fn ensure_node(server: &Server) {
    let Some(r) = server.registry().find("", "v1", "nodes") else { return };
    let key = r.key("", NODE_NAME);
    if server.store.get(&key).is_some() {
        return;
    }
    let now = objects::now();
    let arch = match std::env::consts::ARCH {
        "x86_64" => "amd64",
        "aarch64" => "arm64",
        other => other,
    };
    const MEMORY_OK: &str = "kubelet has sufficient memory available";
    let cond = |t: &str, s: &str, reason: &str, message: &str| {
        json!({"type": t, "status": s, "reason": reason, "message": message,
               "lastHeartbeatTime": now, "lastTransitionTime": now})
    };
    let node = json!({
        "apiVersion": "v1", "kind": "Node",
        "metadata": {"name": NODE_NAME, "uid": uuid::Uuid::new_v4().to_string(), "creationTimestamp": now,
            "labels": {"kubernetes.io/hostname": NODE_NAME, "kubernetes.io/os": "linux", "kubernetes.io/arch": arch,
                       "beta.kubernetes.io/os": "linux", "beta.kubernetes.io/arch": arch,
                       "node-role.kubernetes.io/control-plane": ""},
            "annotations": {"node.alpha.kubernetes.io/ttl": "0"}},
        "spec": {"podCIDR": "10.244.0.0/16", "podCIDRs": ["10.244.0.0/16"]},
        "status": {
            "conditions": [
                cond("MemoryPressure", "False", "KubeletHasSufficientMemory", MEMORY_OK),
                cond("DiskPressure", "False", "KubeletHasNoDiskPressure", "kubelet has no disk pressure"),
                cond("PIDPressure", "False", "KubeletHasSufficientPID", "kubelet has sufficient PID available"),
                cond("Ready", "True", "KubeletReady", "kubelet is posting ready status"),
            ],
            "addresses": [{"type": "InternalIP", "address": NODE_IP}, {"type": "Hostname", "address": NODE_NAME}],
            "capacity": {"cpu": "8", "memory": "16Gi", "pods": "110", "ephemeral-storage": "100Gi"},
            "allocatable": {"cpu": "8", "memory": "16Gi", "pods": "110", "ephemeral-storage": "100Gi"},
            "daemonEndpoints": {"kubeletEndpoint": {"Port": 10250}},
            "nodeInfo": {"architecture": arch, "operatingSystem": "linux", "osImage": "flux-rs simulated node",
                         "kernelVersion": "6.1.0", "containerRuntimeVersion": "containerd://2.0.0",
                         "kubeletVersion": crate::server::GIT_VERSION, "kubeProxyVersion": "",
                         "machineID": "", "systemUUID": "", "bootID": ""}
        }
    });
    if let Err(e) = server.store.put(&key, Precondition::MustNotExist, node, false).await {
        tracing::warn!(key, error = %e, "registering the simulated node");
    }
}

/// One pass over every workload, with its writes.
struct Sim<'a> {
    server: &'a Server,
    changed: bool,
}

impl Sim<'_> {
    /// Kubelet first, so that pods created in this pass start in the next one; then the controllers, ending with
    /// Deployments, which read the ReplicaSet statuses written just before.
    async fn pass(mut self) -> bool {
        self.kubelet().await;
        let pods = self.pods_by_owner();
        for (key, stored) in self.server.store.scan("/apps/replicasets/") {
            self.replicaset(&key, stored.value(), &pods).await;
        }
        for (key, stored) in self.server.store.scan("/apps/statefulsets/") {
            self.statefulset(&key, stored.value(), &pods).await;
        }
        for (key, stored) in self.server.store.scan("/apps/daemonsets/") {
            self.daemonset(&key, stored.value(), &pods).await;
        }
        for (key, stored) in self.server.store.scan("/batch/jobs/") {
            self.job(&key, stored.value(), &pods).await;
        }
        let replicasets: Vec<(String, Value)> =
            self.server.store.scan("/apps/replicasets/").into_iter().map(|(k, s)| (k, s.value())).collect();
        for (key, stored) in self.server.store.scan("/apps/deployments/") {
            self.deployment(&key, stored.value(), &replicasets).await;
        }
        self.changed
    }

    /// Pods by the uid of their controller.
    fn pods_by_owner(&self) -> HashMap<String, Vec<(String, Value)>> {
        let mut out: HashMap<String, Vec<(String, Value)>> = HashMap::new();
        for (key, stored) in self.server.store.scan("/core/pods/") {
            let pod = stored.value();
            if let Some(uid) = controller_uid(&pod) {
                out.entry(uid.to_string()).or_default().push((key, pod));
            }
        }
        out
    }

    async fn create(&mut self, key: &str, obj: Value) -> bool {
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

    // ----- kubelet -----

    async fn kubelet(&mut self) {
        let pods = self.server.store.scan("/core/pods/");
        let mut used_ips: HashSet<String> = pods
            .iter()
            .filter_map(|(_, s)| s.value().pointer("/status/podIP").and_then(Value::as_str).map(String::from))
            .collect();
        let now = chrono::Utc::now();
        for (key, stored) in pods {
            let pod = stored.value();
            if objects::is_deleting(&pod) {
                continue;
            }
            let node = pod.pointer("/spec/nodeName").and_then(Value::as_str).unwrap_or_default();
            if !node.is_empty() && node != NODE_NAME {
                continue;
            }
            let failure = self.failure_for_pod(&pod);
            let ns = objects::meta_str(&pod, "namespace").to_string();
            let name = objects::name_of(&pod).to_string();
            match pod.pointer("/status/phase").and_then(Value::as_str).unwrap_or("Pending") {
                "Pending" => {
                    let ip = allocate_ip(&mut used_ips);
                    let status = pod_running_status(&pod, failure, &ip, &ts(now));
                    let started = self
                        .update(&key, |p| {
                            p["spec"]["nodeName"] = json!(NODE_NAME);
                            p["status"] = status.clone();
                        })
                        .await;
                    if started {
                        for (c, image) in containers(&pod, "containers") {
                            let logs = &self.server.logs;
                            logs.push(&ns, &name, &c, format!("simulated container {c} started (image {image})"));
                            logs.push(&ns, &name, &c, format!("simulated by flux-rs on node {NODE_NAME}, pod IP {ip}"));
                            if failure == Some(Failure::CrashLoop) {
                                logs.push(
                                    &ns,
                                    &name,
                                    &c,
                                    format!(
                                        "simulated container {c} exited with code 1 ({FAIL_ANNOTATION}: crash-loop)"
                                    ),
                                );
                            } else {
                                logs.push(&ns, &name, &c, "ready".to_string());
                            }
                        }
                    }
                }
                "Running" => {
                    let Some(status) = pod_progressed(&pod, failure, now) else { continue };
                    let finished = status.get("phase").and_then(Value::as_str).unwrap_or_default().to_string();
                    if self.update(&key, |p| p["status"] = status.clone()).await {
                        for (c, _) in containers(&pod, "containers") {
                            let line = match finished.as_str() {
                                "Succeeded" => format!("simulated container {c} completed"),
                                "Failed" => format!(
                                    "simulated container {c} exited with code 1 ({FAIL_ANNOTATION}: job-failed)"
                                ),
                                _ => format!(
                                    "simulated container {c} exited with code 1 ({FAIL_ANNOTATION}: crash-loop)"
                                ),
                            };
                            self.server.logs.push(&ns, &name, &c, line);
                        }
                    }
                }
                _ => {}
            }
        }
    }

    /// The failure asked for on the pod, or on the workload controlling it (a ReplicaSet carries its
    /// Deployment's annotations).
    fn failure_for_pod(&self, pod: &Value) -> Option<Failure> {
        Failure::of(pod).or_else(|| {
            let owner = controller_ref(pod)?;
            let prefix = match owner.get("kind").and_then(Value::as_str)? {
                "ReplicaSet" => "/apps/replicasets",
                "StatefulSet" => "/apps/statefulsets",
                "DaemonSet" => "/apps/daemonsets",
                "Job" => "/batch/jobs",
                _ => return None,
            };
            let name = owner.get("name").and_then(Value::as_str)?;
            let ns = objects::meta_str(pod, "namespace");
            Failure::of(&self.server.store.get(&format!("{prefix}/{ns}/{name}"))?.value())
        })
    }

    // ----- ReplicaSet -----

    async fn replicaset(&mut self, key: &str, rs: Value, pods: &HashMap<String, Vec<(String, Value)>>) {
        if objects::is_deleting(&rs) {
            return;
        }
        let active = active_pods(pods, &rs);
        let want = int_at(&rs, "/spec/replicas", 1).max(0) as usize;
        let template = rs.pointer("/spec/template").cloned().unwrap_or(json!({}));
        let prefix = format!("{}-", objects::name_of(&rs));
        if active.len() < want {
            for _ in active.len()..want {
                self.create_pod(&rs, &template, PodName::Generate(&prefix), &[]).await;
            }
        } else if active.len() > want {
            let mut ranked = active.clone();
            // As upstream: not-ready pods go first, then the newest.
            ranked.sort_by(|a, b| {
                (is_ready(&a.1), objects::meta_str(&b.1, "creationTimestamp"))
                    .cmp(&(is_ready(&b.1), objects::meta_str(&a.1, "creationTimestamp")))
            });
            for (k, _) in ranked.iter().take(active.len() - want) {
                self.delete("", "pods", k).await;
            }
        }
        let status = replicaset_status(&rs, &active, chrono::Utc::now());
        self.set_status(key, &status).await;
    }

    // ----- Deployment -----

    async fn deployment(&mut self, key: &str, d: Value, replicasets: &[(String, Value)]) {
        if objects::is_deleting(&d) {
            return;
        }
        let uid = objects::meta_str(&d, "uid");
        let ns = objects::meta_str(&d, "namespace").to_string();
        let name = objects::name_of(&d).to_string();
        let template = d.pointer("/spec/template").cloned().unwrap_or(json!({}));
        let desired = int_at(&d, "/spec/replicas", 1);
        let strategy = Strategy::of(&d);
        let mut owned: Vec<(String, Value)> = replicasets
            .iter()
            .filter(|(_, rs)| controller_uid(rs) == Some(uid) && !objects::is_deleting(rs))
            .cloned()
            .collect();
        owned.sort_by(|a, b| {
            (objects::meta_str(&a.1, "creationTimestamp"), objects::name_of(&a.1))
                .cmp(&(objects::meta_str(&b.1, "creationTimestamp"), objects::name_of(&b.1)))
        });
        let max_revision = owned.iter().map(|(_, rs)| revision_of(rs)).max().unwrap_or(0);
        let mut status = d.get("status").cloned().unwrap_or(json!({}));
        let has_deadline = has_progress_deadline(&d);
        let now = objects::now();
        let new_at = owned.iter().position(|(_, rs)| same_template(rs, &template));
        let mut stepped = false;
        let (new_key, mut new_rs) = match new_at {
            Some(i) => {
                let (k, mut rs) = owned.remove(i);
                let annotations = new_rs_annotations(&d, &rs, max_revision, strategy, desired);
                if rs.pointer("/metadata/annotations") != Some(&annotations) {
                    self.update(&k, |o| {
                        objects::meta_mut(o).insert("annotations".into(), annotations.clone());
                    })
                    .await;
                    objects::meta_mut(&mut rs).insert("annotations".into(), annotations);
                }
                if has_deadline && condition(&status, "Progressing").is_none() {
                    let msg = format!("Found new replica set \"{}\"", objects::name_of(&rs));
                    set_condition(
                        &mut status,
                        deployment_condition("Progressing", "True", "FoundNewReplicaSet", &msg, &now),
                    );
                }
                (k, rs)
            }
            None => {
                let collisions = int_at(&d, "/status/collisionCount", 0);
                let hash = template_hash(&template, (collisions > 0).then_some(collisions));
                let rs_name = format!("{name}-{hash}");
                let rs_key = format!("/apps/replicasets/{ns}/{rs_name}");
                let olds: Vec<RsCounts> = owned.iter().map(|(_, rs)| RsCounts::of(rs)).collect();
                let replicas = strategy.new_rs_replicas(desired, 0, &olds);
                let rs = new_replicaset(&d, &rs_name, &hash, replicas, max_revision + 1, strategy, desired);
                if !self.create(&rs_key, rs.clone()).await {
                    // The name is taken by a ReplicaSet with another template: a hash collision, as upstream.
                    let mut next = status.clone();
                    next["collisionCount"] = json!(collisions + 1);
                    self.set_status(key, &next).await;
                    return;
                }
                stepped = true;
                if has_deadline {
                    let msg = format!("Created new replica set \"{rs_name}\"");
                    set_condition(
                        &mut status,
                        deployment_condition("Progressing", "True", "NewReplicaSetCreated", &msg, &now),
                    );
                }
                (rs_key, rs)
            }
        };
        let mut olds: Vec<RsCounts> = owned.iter().map(|(_, rs)| RsCounts::of(rs)).collect();
        let mut new_counts = RsCounts::of(&new_rs);
        let paused = d.pointer("/spec/paused").and_then(Value::as_bool).unwrap_or(false);
        if !stepped && !paused {
            for scale in strategy.step(desired, &new_counts, &olds) {
                let (k, counts) = match scale.target {
                    Target::New => (&new_key, &mut new_counts),
                    Target::Old(i) => (&owned[i].0, &mut olds[i]),
                };
                let replicas = scale.replicas;
                self.update(k, |o| {
                    if o.pointer("/spec/replicas").and_then(Value::as_i64) != Some(replicas) {
                        o["spec"]["replicas"] = json!(replicas);
                        let generation = int_at(o, "/metadata/generation", 1) + 1;
                        objects::meta_mut(o).insert("generation".into(), json!(generation));
                    }
                    let a = objects::meta_mut(o).entry("annotations").or_insert_with(|| json!({}));
                    if let Some(a) = a.as_object_mut() {
                        a.insert(DESIRED_REPLICAS.into(), json!(desired.to_string()));
                        a.insert(MAX_REPLICAS.into(), json!((desired + strategy.max_surge()).to_string()));
                    }
                })
                .await;
                counts.spec = replicas;
                stepped = true;
            }
        }
        new_rs["spec"]["replicas"] = json!(new_counts.spec);
        let mut d_now = d.clone();
        d_now["status"] = status;
        let failure = Failure::of(&d);
        let views: Vec<RsCounts> = std::iter::once(new_counts.clone()).chain(olds.iter().cloned()).collect();
        let next = deployment_status(&d_now, Some((objects::name_of(&new_rs), &new_counts)), &views, failure, &now);
        let revision = revision_of(&new_rs).to_string();
        self.update(key, |o| {
            o["status"] = next.clone();
            let a = objects::meta_mut(o).entry("annotations").or_insert_with(|| json!({}));
            if let Some(a) = a.as_object_mut() {
                a.insert(REVISION.into(), json!(revision));
            }
        })
        .await;
        if !stepped && deployment_complete(&d, &next) {
            self.cleanup_history(&d, &owned).await;
        }
    }

    /// Deletes the oldest scaled-down ReplicaSets beyond `revisionHistoryLimit`.
    async fn cleanup_history(&mut self, d: &Value, olds: &[(String, Value)]) {
        let limit = int_at(d, "/spec/revisionHistoryLimit", 10).max(0) as usize;
        let idle: Vec<&(String, Value)> = olds
            .iter()
            .filter(|(_, rs)| int_at(rs, "/spec/replicas", 1) == 0 && int_at(rs, "/status/replicas", 0) == 0)
            .collect();
        if idle.len() <= limit {
            return;
        }
        for (k, _) in idle.iter().take(idle.len() - limit) {
            self.delete("apps", "replicasets", k).await;
        }
    }

    // ----- StatefulSet -----

    async fn statefulset(&mut self, key: &str, sts: Value, pods: &HashMap<String, Vec<(String, Value)>>) {
        if objects::is_deleting(&sts) {
            return;
        }
        let name = objects::name_of(&sts).to_string();
        let desired = int_at(&sts, "/spec/replicas", 1).max(0);
        let template = sts.pointer("/spec/template").cloned().unwrap_or(json!({}));
        let update_revision = format!("{name}-{}", template_hash(&template, None));
        let parallel = sts.pointer("/spec/podManagementPolicy").and_then(Value::as_str) == Some("Parallel");
        let rolling = sts.pointer("/spec/updateStrategy/type").and_then(Value::as_str) != Some("OnDelete");
        let partition = int_at(&sts, "/spec/updateStrategy/rollingUpdate/partition", 0);
        let by_ordinal: BTreeMap<i64, (String, Value)> = active_pods(pods, &sts)
            .into_iter()
            .filter_map(|(k, p)| {
                let ordinal = objects::name_of(&p).strip_prefix(&format!("{name}-"))?.parse::<i64>().ok()?;
                Some((ordinal, (k, p)))
            })
            .collect();
        let mut acted = false;
        for i in 0..desired {
            match by_ordinal.get(&i) {
                None => {
                    let pod_name = format!("{name}-{i}");
                    let labels = [
                        (REVISION_HASH_LABEL, update_revision.clone()),
                        ("statefulset.kubernetes.io/pod-name", pod_name.clone()),
                        ("apps.kubernetes.io/pod-index", i.to_string()),
                    ];
                    let mut t = template.clone();
                    t["spec"]["hostname"] = json!(pod_name);
                    if let Some(svc) = sts.pointer("/spec/serviceName").and_then(Value::as_str) {
                        t["spec"]["subdomain"] = json!(svc);
                    }
                    self.create_pod(&sts, &t, PodName::Fixed(&pod_name), &labels).await;
                    acted = true;
                    if !parallel {
                        break;
                    }
                }
                Some((_, p)) if !parallel && !is_ready(p) => {
                    acted = true;
                    break;
                }
                Some(_) => {}
            }
        }
        if !acted {
            // Scale down from the highest ordinal, one at a time unless Parallel.
            let extra: Vec<&String> = by_ordinal.range(desired..).rev().map(|(_, (k, _))| k).collect();
            for k in extra.iter().take(if parallel { usize::MAX } else { 1 }) {
                self.delete("", "pods", k).await;
                acted = true;
            }
        }
        let all_ready = by_ordinal.range(..desired).count() as i64 == desired
            && by_ordinal.range(..desired).all(|(_, (_, p))| is_ready(p));
        if !acted && rolling && all_ready {
            // Rolling update: replace the highest ordinal still at an old revision.
            let stale = by_ordinal
                .range(partition.max(0)..desired)
                .rev()
                .find(|(_, (_, p))| label(p, REVISION_HASH_LABEL) != Some(update_revision.as_str()));
            if let Some((_, (k, _))) = stale {
                self.delete("", "pods", k).await;
            }
        }
        let pods: Vec<&Value> = by_ordinal.values().map(|(_, p)| p).collect();
        let status = statefulset_status(&sts, &pods, &update_revision, chrono::Utc::now());
        self.set_status(key, &status).await;
    }

    // ----- DaemonSet -----

    async fn daemonset(&mut self, key: &str, ds: Value, pods: &HashMap<String, Vec<(String, Value)>>) {
        if objects::is_deleting(&ds) {
            return;
        }
        let template = ds.pointer("/spec/template").cloned().unwrap_or(json!({}));
        let hash = template_hash(&template, None);
        let desired = i64::from(node_selected(&template));
        let active = active_pods(pods, &ds);
        let rolling = ds.pointer("/spec/updateStrategy/type").and_then(Value::as_str) != Some("OnDelete");
        let stale = |p: &Value| label(p, REVISION_HASH_LABEL) != Some(hash.as_str());
        if (active.len() as i64) < desired {
            let labels = [
                (REVISION_HASH_LABEL, hash.clone()),
                ("pod-template-generation", int_at(&ds, "/metadata/generation", 1).to_string()),
            ];
            let prefix = format!("{}-", objects::name_of(&ds));
            self.create_pod(&ds, &template, PodName::Generate(&prefix), &labels).await;
        } else if (active.len() as i64) > desired {
            let mut ranked = active.clone();
            ranked.sort_by_key(|(_, p)| !stale(p));
            for (k, _) in ranked.iter().take(active.len() - desired as usize) {
                self.delete("", "pods", k).await;
            }
        } else if rolling {
            if let Some((k, _)) = active.iter().find(|(_, p)| stale(p)) {
                self.delete("", "pods", k).await;
            }
        }
        let status = daemonset_status(&ds, desired, &active, &hash, chrono::Utc::now());
        self.set_status(key, &status).await;
    }

    // ----- Job -----

    async fn job(&mut self, key: &str, job: Value, pods: &HashMap<String, Vec<(String, Value)>>) {
        if objects::is_deleting(&job) || job_finished(&job) || job.pointer("/spec/suspend") == Some(&json!(true)) {
            return;
        }
        let owned: Vec<&(String, Value)> = pods.get(objects::meta_str(&job, "uid")).into_iter().flatten().collect();
        let phase = |p: &Value| p.pointer("/status/phase").and_then(Value::as_str).unwrap_or("Pending").to_string();
        let active: Vec<&(String, Value)> = owned
            .iter()
            .copied()
            .filter(|(_, p)| !objects::is_deleting(p) && !matches!(phase(p).as_str(), "Succeeded" | "Failed"))
            .collect();
        let counts = JobCounts {
            active: active.len() as i64,
            ready: active.iter().filter(|(_, p)| is_ready(p)).count() as i64,
            succeeded: owned.iter().filter(|(_, p)| phase(p) == "Succeeded").count() as i64,
            failed: owned.iter().filter(|(_, p)| phase(p) == "Failed").count() as i64,
        };
        let failure = Failure::of(&job);
        let status = job_status(&job, &counts, failure, &objects::now());
        let failing = condition(&status, "FailureTarget").is_some();
        let succeeding = condition(&status, "SuccessCriteriaMet").is_some();
        if failing || succeeding {
            for (k, _) in &active {
                self.delete("", "pods", k).await;
            }
        } else {
            let completions = int_at(&job, "/spec/completions", 1);
            let parallelism = int_at(&job, "/spec/parallelism", 1);
            let want = parallelism.min(completions - counts.succeeded).max(0);
            let prefix = format!("{}-", objects::name_of(&job));
            let template = job.pointer("/spec/template").cloned().unwrap_or(json!({}));
            for _ in counts.active..want {
                self.create_pod(&job, &template, PodName::Generate(&prefix), &[]).await;
            }
        }
        self.set_status(key, &status).await;
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
fn active_pods(pods: &HashMap<String, Vec<(String, Value)>>, owner: &Value) -> Vec<(String, Value)> {
    pods.get(objects::meta_str(owner, "uid"))
        .into_iter()
        .flatten()
        .filter(|(_, p)| {
            !objects::is_deleting(p)
                && !matches!(p.pointer("/status/phase").and_then(Value::as_str), Some("Succeeded" | "Failed"))
        })
        .cloned()
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

// ----- template hash -----

/// 32-bit FNV-1a, the hash kube-controller-manager uses for pod templates.
fn fnv32a(bytes: &[u8]) -> u32 {
    bytes.iter().fold(0x811c_9dc5u32, |h, b| (h ^ u32::from(*b)).wrapping_mul(0x0100_0193))
}

/// JSON with object keys sorted, so the hash does not depend on key order.
fn canonical(v: &Value, out: &mut String) {
    match v {
        Value::Object(m) => {
            out.push('{');
            let mut keys: Vec<&String> = m.keys().collect();
            keys.sort();
            for (i, k) in keys.into_iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                out.push_str(&Value::String(k.clone()).to_string());
                out.push(':');
                canonical(&m[k], out);
            }
            out.push('}');
        }
        Value::Array(a) => {
            out.push('[');
            for (i, x) in a.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                canonical(x, out);
            }
            out.push(']');
        }
        other => out.push_str(&other.to_string()),
    }
}

/// The `pod-template-hash` of a pod template: FNV-32a of the template (and the collision count, if any), its
/// decimal form encoded with `rand.SafeEncodeString` as upstream's `controller.ComputeHash` does. Upstream hashes
/// Go's printed form of the struct, so the values differ from a real cluster's, but they are as stable and
/// look the same (up to 10 characters from `bcdfghjklmnpqrstvwxz2456789`).
pub(crate) fn template_hash(template: &Value, collision_count: Option<i64>) -> String {
    let mut text = String::new();
    canonical(&normalized(template).unwrap_or(Value::Null), &mut text);
    if let Some(c) = collision_count {
        text.push_str(&c.to_string());
    }
    safe_encode(&fnv32a(text.as_bytes()).to_string())
}

/// `k8s.io/apimachinery/pkg/util/rand.SafeEncodeString`: no vowels, no confusable characters.
fn safe_encode(s: &str) -> String {
    const ALPHANUMS: &[u8] = b"bcdfghjklmnpqrstvwxz2456789";
    s.bytes().map(|b| ALPHANUMS[usize::from(b) % ALPHANUMS.len()] as char).collect()
}

// ----- Deployment rollout -----

/// Replica counts of one ReplicaSet, as the rollout reads them.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct RsCounts {
    /// `spec.replicas`
    pub spec: i64,
    /// `status.replicas`
    pub replicas: i64,
    pub ready: i64,
    pub available: i64,
}

impl RsCounts {
    fn of(rs: &Value) -> RsCounts {
        RsCounts {
            spec: int_at(rs, "/spec/replicas", 1),
            replicas: int_at(rs, "/status/replicas", 0),
            ready: int_at(rs, "/status/readyReplicas", 0),
            available: int_at(rs, "/status/availableReplicas", 0),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Strategy {
    /// Resolved `maxSurge` and `maxUnavailable`.
    Rolling {
        max_surge: i64,
        max_unavailable: i64,
    },
    Recreate,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Target {
    New,
    /// An old ReplicaSet, by its index (oldest first).
    Old(usize),
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Scale {
    pub target: Target,
    pub replicas: i64,
}

/// An int-or-percent field resolved against `total`, as `intstr.GetScaledValueFromIntOrPercent`.
fn scaled(v: Option<&Value>, default: &str, total: i64, round_up: bool) -> i64 {
    let v = v.cloned().unwrap_or_else(|| json!(default));
    if let Some(n) = v.as_i64() {
        return n;
    }
    let pct = v.as_str().and_then(|s| s.strip_suffix('%')).and_then(|p| p.parse::<i64>().ok()).unwrap_or(0);
    if round_up {
        (pct * total + 99) / 100
    } else {
        pct * total / 100
    }
}

impl Strategy {
    fn of(d: &Value) -> Strategy {
        if d.pointer("/spec/strategy/type").and_then(Value::as_str) == Some("Recreate") {
            return Strategy::Recreate;
        }
        let desired = int_at(d, "/spec/replicas", 1);
        let ru = d.pointer("/spec/strategy/rollingUpdate");
        let max_surge = scaled(ru.and_then(|r| r.get("maxSurge")), "25%", desired, true);
        let mut max_unavailable = scaled(ru.and_then(|r| r.get("maxUnavailable")), "25%", desired, false);
        // As `ResolveFenceposts`: both zero would deadlock the rollout.
        if max_surge == 0 && max_unavailable == 0 {
            max_unavailable = 1;
        }
        Strategy::Rolling { max_surge, max_unavailable }
    }

    fn max_surge(self) -> i64 {
        match self {
            Strategy::Rolling { max_surge, .. } => max_surge,
            Strategy::Recreate => 0,
        }
    }

    /// `MaxUnavailable(deployment)`: what the Available condition tolerates.
    fn max_unavailable(self, desired: i64) -> i64 {
        match self {
            Strategy::Rolling { max_unavailable, .. } if desired > 0 => max_unavailable.min(desired),
            _ => 0,
        }
    }

    /// `NewRSNewReplicas`: what the new ReplicaSet may be scaled up to now.
    fn new_rs_replicas(self, desired: i64, new_spec: i64, olds: &[RsCounts]) -> i64 {
        match self {
            Strategy::Recreate => {
                if olds.iter().any(|o| o.spec > 0 || o.replicas > 0) {
                    new_spec
                } else {
                    desired
                }
            }
            Strategy::Rolling { max_surge, .. } => {
                let current = new_spec + olds.iter().map(|o| o.spec).sum::<i64>();
                let max_total = desired + max_surge;
                if current >= max_total {
                    return new_spec;
                }
                new_spec + (max_total - current).min(desired - new_spec).max(0)
            }
        }
    }

    /// One step of the rollout, as one sync of upstream's `rolloutRolling`/`rolloutRecreate`: scale the new
    /// ReplicaSet up (or down to the desired count), else scale old ones down. Empty when nothing is to do.
    pub(crate) fn step(self, desired: i64, new: &RsCounts, olds: &[RsCounts]) -> Vec<Scale> {
        match self {
            Strategy::Recreate => {
                let active: Vec<Scale> = olds
                    .iter()
                    .enumerate()
                    .filter(|(_, o)| o.spec > 0)
                    .map(|(i, _)| Scale { target: Target::Old(i), replicas: 0 })
                    .collect();
                if !active.is_empty() || olds.iter().any(|o| o.replicas > 0) {
                    return active;
                }
                if new.spec != desired {
                    return vec![Scale { target: Target::New, replicas: desired }];
                }
                Vec::new()
            }
            Strategy::Rolling { max_unavailable, .. } => {
                if new.spec > desired {
                    return vec![Scale { target: Target::New, replicas: desired }];
                }
                if new.spec < desired {
                    let up = self.new_rs_replicas(desired, new.spec, olds);
                    if up != new.spec {
                        return vec![Scale { target: Target::New, replicas: up }];
                    }
                }
                let old_count: i64 = olds.iter().map(|o| o.spec).sum();
                if old_count == 0 {
                    return Vec::new();
                }
                let all = new.spec + old_count;
                let min_available = desired - max_unavailable;
                let new_unavailable = new.spec - new.available;
                let max_scaled_down = all - min_available - new_unavailable;
                if max_scaled_down <= 0 {
                    return Vec::new();
                }
                let mut specs: Vec<i64> = olds.iter().map(|o| o.spec).collect();
                // First the old pods that are not available anyway (`cleanupUnhealthyReplicas`)...
                let mut total = 0;
                for (i, o) in olds.iter().enumerate() {
                    if total >= max_scaled_down {
                        break;
                    }
                    let unhealthy = specs[i] - o.available;
                    if specs[i] == 0 || unhealthy <= 0 {
                        continue;
                    }
                    let n = (max_scaled_down - total).min(unhealthy);
                    specs[i] -= n;
                    total += n;
                }
                // ...then available ones, keeping `minAvailable` (`scaleDownOldReplicaSetsForRollingUpdate`).
                let available: i64 = new.available + olds.iter().map(|o| o.available).sum::<i64>();
                if available > min_available {
                    let budget = available - min_available;
                    let mut done = 0;
                    for s in specs.iter_mut() {
                        if done >= budget {
                            break;
                        }
                        let n = (*s).min(budget - done);
                        *s -= n;
                        done += n;
                    }
                }
                specs
                    .into_iter()
                    .enumerate()
                    .filter(|(i, s)| *s != olds[*i].spec)
                    .map(|(i, s)| Scale { target: Target::Old(i), replicas: s })
                    .collect()
            }
        }
    }
}

fn revision_of(rs: &Value) -> i64 {
    rs.pointer("/metadata/annotations")
        .and_then(|a| a.get(REVISION))
        .and_then(Value::as_str)
        .and_then(|r| r.parse().ok())
        .unwrap_or(0)
}

/// A template without nulls, empty objects and empty lists: typed Go clients (`kubectl rollout undo`) write
/// `creationTimestamp: null` and `resources: {}` where others write nothing, and upstream compares typed
/// structs, where the two are the same.
fn normalized(v: &Value) -> Option<Value> {
    match v {
        Value::Null => None,
        Value::Object(m) => {
            let m: Map<String, Value> = m.iter().filter_map(|(k, v)| Some((k.clone(), normalized(v)?))).collect();
            (!m.is_empty()).then_some(Value::Object(m))
        }
        Value::Array(a) => {
            (!a.is_empty()).then(|| Value::Array(a.iter().map(|x| normalized(x).unwrap_or(json!({}))).collect()))
        }
        other => Some(other.clone()),
    }
}

/// Whether a ReplicaSet's template is the Deployment's, ignoring `pod-template-hash` (`EqualIgnoreHash`).
fn same_template(rs: &Value, template: &Value) -> bool {
    let Some(mut t) = rs.pointer("/spec/template").cloned() else { return false };
    if let Some(labels) = t.pointer_mut("/metadata/labels").and_then(Value::as_object_mut) {
        labels.remove(HASH_LABEL);
    }
    let mut want = template.clone();
    if let Some(labels) = want.pointer_mut("/metadata/labels").and_then(Value::as_object_mut) {
        labels.remove(HASH_LABEL);
    }
    normalized(&t) == normalized(&want)
}

fn has_progress_deadline(d: &Value) -> bool {
    d.pointer("/spec/progressDeadlineSeconds").and_then(Value::as_i64).is_some_and(|s| s != i64::from(i32::MAX))
}

/// A ReplicaSet's annotations: the Deployment's (minus kubectl's and rollout bookkeeping) plus revision,
/// desired and max replicas (`SetNewReplicaSetAnnotations`). A ReplicaSet brought back by a rollback takes
/// the next revision.
fn new_rs_annotations(d: &Value, rs: &Value, max_revision: i64, strategy: Strategy, desired: i64) -> Value {
    let mut out = Map::new();
    if let Some(Value::Object(a)) = d.pointer("/metadata/annotations") {
        for (k, v) in a {
            let skip = k == "kubectl.kubernetes.io/last-applied-configuration"
                || k == REVISION
                || k == "deployment.kubernetes.io/revision-history"
                || k == DESIRED_REPLICAS
                || k == MAX_REPLICAS
                || k == "deprecated.deployment.rollback.to";
            if !skip {
                out.insert(k.clone(), v.clone());
            }
        }
    }
    let own = revision_of(rs);
    let revision = if own < max_revision || own == 0 { max_revision + 1 } else { own };
    out.insert(REVISION.into(), json!(revision.to_string()));
    out.insert(DESIRED_REPLICAS.into(), json!(desired.to_string()));
    out.insert(MAX_REPLICAS.into(), json!((desired + strategy.max_surge()).to_string()));
    Value::Object(out)
}

fn new_replicaset(
    d: &Value,
    name: &str,
    hash: &str,
    replicas: i64,
    revision: i64,
    strategy: Strategy,
    desired: i64,
) -> Value {
    let mut template = d.pointer("/spec/template").cloned().unwrap_or(json!({}));
    if !template.pointer("/metadata/labels").is_some_and(Value::is_object) {
        template["metadata"]["labels"] = json!({});
    }
    template["metadata"]["labels"][HASH_LABEL] = json!(hash);
    let mut selector = d.pointer("/spec/selector").cloned().unwrap_or(json!({}));
    if !selector.get("matchLabels").is_some_and(Value::is_object) {
        selector["matchLabels"] = json!({});
    }
    selector["matchLabels"][HASH_LABEL] = json!(hash);
    let mut annotated = json!({"metadata": {"annotations": {REVISION: revision.to_string()}}});
    let annotations = new_rs_annotations(d, &annotated, revision, strategy, desired);
    annotated = json!({
        "apiVersion": "apps/v1", "kind": "ReplicaSet",
        "metadata": {"name": name, "namespace": objects::meta_str(d, "namespace"),
                     "uid": uuid::Uuid::new_v4().to_string(), "creationTimestamp": objects::now(), "generation": 1,
                     "labels": template["metadata"]["labels"].clone(), "annotations": annotations,
                     "ownerReferences": [owner_reference(d)]},
        "spec": {"replicas": replicas, "selector": selector, "template": template},
        "status": {"replicas": 0}
    });
    if let Some(m) = d.pointer("/spec/minReadySeconds") {
        annotated["spec"]["minReadySeconds"] = m.clone();
    }
    annotated
}

/// A Deployment condition as `NewDeploymentCondition` makes it.
fn deployment_condition(kind: &str, status: &str, reason: &str, message: &str, now: &str) -> Value {
    json!({"type": kind, "status": status, "lastUpdateTime": now, "lastTransitionTime": now,
           "reason": reason, "message": message})
}

/// `SetDeploymentCondition`: unchanged when status and reason are; the transition time survives a change
/// of reason only; a changed condition moves to the end.
fn set_condition(status: &mut Value, cond: Value) {
    let kind = cond.get("type").cloned().unwrap_or(Value::Null);
    let mut cond = cond;
    let mut conds: Vec<Value> = status.get("conditions").and_then(Value::as_array).cloned().unwrap_or_default();
    if let Some(cur) = conds.iter().find(|c| c.get("type") == Some(&kind)) {
        if cur.get("status") == cond.get("status") && cur.get("reason") == cond.get("reason") {
            return;
        }
        if cur.get("status") == cond.get("status") {
            cond["lastTransitionTime"] = cur.get("lastTransitionTime").cloned().unwrap_or(Value::Null);
        }
    }
    conds.retain(|c| c.get("type") != Some(&kind));
    conds.push(cond);
    status["conditions"] = json!(conds);
}

fn remove_condition(status: &mut Value, kind: &str) {
    if let Some(conds) = status.get_mut("conditions").and_then(Value::as_array_mut) {
        conds.retain(|c| c.get("type").and_then(Value::as_str) != Some(kind));
    }
}

/// `DeploymentComplete`: every replica updated and available, none left over.
fn deployment_complete(d: &Value, status: &Value) -> bool {
    let desired = int_at(d, "/spec/replicas", 1);
    int_at(status, "/updatedReplicas", 0) == desired
        && int_at(status, "/replicas", 0) == desired
        && int_at(status, "/availableReplicas", 0) == desired
        && int_at(status, "/observedGeneration", 0) >= int_at(d, "/metadata/generation", 0)
}

/// The next Deployment status: `calculateStatus` then `syncRolloutStatus` of the deployment controller.
/// `d.status` is the current status (with any condition set by this sync already in it); `new` is the new
/// ReplicaSet's name and counts; `all` holds every owned ReplicaSet, the new one included.
pub(crate) fn deployment_status(
    d: &Value,
    new: Option<(&str, &RsCounts)>,
    all: &[RsCounts],
    failure: Option<Failure>,
    now: &str,
) -> Value {
    let old = d.get("status").cloned().unwrap_or(json!({}));
    let desired = int_at(d, "/spec/replicas", 1);
    let name = objects::name_of(d);
    let available: i64 = all.iter().map(|r| r.available).sum();
    let total: i64 = all.iter().map(|r| r.spec).sum();
    let mut m = Map::new();
    put_nonzero(&mut m, "observedGeneration", int_at(d, "/metadata/generation", 0));
    put_nonzero(&mut m, "replicas", all.iter().map(|r| r.replicas).sum());
    put_nonzero(&mut m, "updatedReplicas", new.map(|(_, c)| c.replicas).unwrap_or(0));
    put_nonzero(&mut m, "readyReplicas", all.iter().map(|r| r.ready).sum());
    put_nonzero(&mut m, "availableReplicas", available);
    put_nonzero(&mut m, "unavailableReplicas", (total - available).max(0));
    if let Some(c) = old.get("collisionCount") {
        m.insert("collisionCount".into(), c.clone());
    }
    if let Some(c) = old.get("conditions") {
        m.insert("conditions".into(), c.clone());
    }
    let mut status = Value::Object(m);
    if available >= desired - Strategy::of(d).max_unavailable(desired) {
        let c = deployment_condition(
            "Available",
            "True",
            "MinimumReplicasAvailable",
            "Deployment has minimum availability.",
            now,
        );
        set_condition(&mut status, c);
    } else {
        let c = deployment_condition(
            "Available",
            "False",
            "MinimumReplicasUnavailable",
            "Deployment does not have minimum availability.",
            now,
        );
        set_condition(&mut status, c);
    }
    let has_deadline = has_progress_deadline(d);
    if !has_deadline {
        remove_condition(&mut status, "Progressing");
    }
    let current = condition(&old, "Progressing").cloned();
    let reason = |c: &Option<Value>| c.as_ref().and_then(|c| c.get("reason")).and_then(Value::as_str).map(String::from);
    let complete_before = int_at(&status, "/replicas", 0) == int_at(&status, "/updatedReplicas", 0)
        && reason(&current).as_deref() == Some("NewReplicaSetAvailable");
    let subject = match new {
        Some((rs, _)) => format!("ReplicaSet \"{rs}\""),
        None => format!("Deployment \"{name}\""),
    };
    if has_deadline && !complete_before {
        let old_pods = |s: &Value| int_at(s, "/replicas", 0) - int_at(s, "/updatedReplicas", 0);
        let progressed = int_at(&status, "/updatedReplicas", 0) > int_at(&old, "/updatedReplicas", 0)
            || old_pods(&status) < old_pods(&old)
            || int_at(&status, "/readyReplicas", 0) > int_at(&old, "/readyReplicas", 0)
            || int_at(&status, "/availableReplicas", 0) > int_at(&old, "/availableReplicas", 0);
        if deployment_complete(d, &status) {
            let msg = format!("{subject} has successfully progressed.");
            set_condition(
                &mut status,
                deployment_condition("Progressing", "True", "NewReplicaSetAvailable", &msg, now),
            );
        } else if progressed {
            let msg = format!("{subject} is progressing.");
            let mut c = deployment_condition("Progressing", "True", "ReplicaSetUpdated", &msg, now);
            if let Some(cur) = &current {
                if cur.get("status").and_then(Value::as_str) == Some("True") {
                    c["lastTransitionTime"] = cur.get("lastTransitionTime").cloned().unwrap_or(Value::Null);
                }
                remove_condition(&mut status, "Progressing");
            }
            set_condition(&mut status, c);
        } else if failure == Some(Failure::ProgressDeadline) {
            // Simulated: the deadline is taken as passed as soon as the rollout stalls.
            let msg = format!("{subject} has timed out progressing.");
            set_condition(
                &mut status,
                deployment_condition("Progressing", "False", "ProgressDeadlineExceeded", &msg, now),
            );
        }
    }
    status
}

// ----- ReplicaSet, StatefulSet, DaemonSet status -----

fn fully_labeled(pod: &Value, template: &Value) -> bool {
    let Some(Value::Object(want)) = template.pointer("/metadata/labels") else { return true };
    want.iter().all(|(k, v)| label(pod, k) == v.as_str())
}

/// `calculateStatus` of the ReplicaSet controller, from its active pods.
pub(crate) fn replicaset_status(rs: &Value, pods: &[(String, Value)], now: chrono::DateTime<chrono::Utc>) -> Value {
    let template = rs.pointer("/spec/template").cloned().unwrap_or(json!({}));
    let min_ready = int_at(rs, "/spec/minReadySeconds", 0);
    let mut m = Map::new();
    m.insert("replicas".into(), json!(pods.len()));
    put_nonzero(
        &mut m,
        "fullyLabeledReplicas",
        pods.iter().filter(|(_, p)| fully_labeled(p, &template)).count() as i64,
    );
    put_nonzero(&mut m, "readyReplicas", pods.iter().filter(|(_, p)| is_ready(p)).count() as i64);
    put_nonzero(
        &mut m,
        "availableReplicas",
        pods.iter().filter(|(_, p)| is_available(p, min_ready, now)).count() as i64,
    );
    put_nonzero(&mut m, "observedGeneration", int_at(rs, "/metadata/generation", 0));
    Value::Object(m)
}

pub(crate) fn statefulset_status(
    sts: &Value,
    pods: &[&Value],
    update_revision: &str,
    now: chrono::DateTime<chrono::Utc>,
) -> Value {
    let desired = int_at(sts, "/spec/replicas", 1);
    let min_ready = int_at(sts, "/spec/minReadySeconds", 0);
    let at = |rev: &str| pods.iter().filter(|p| label(p, REVISION_HASH_LABEL) == Some(rev)).count() as i64;
    let ready = pods.iter().filter(|p| is_ready(p)).count() as i64;
    let updated = at(update_revision);
    let mut current_revision =
        sts.pointer("/status/currentRevision").and_then(Value::as_str).unwrap_or(update_revision).to_string();
    let rolling = sts.pointer("/spec/updateStrategy/type").and_then(Value::as_str) != Some("OnDelete");
    // `completeRollingUpdate`: once every pod is updated and ready, the update revision becomes current.
    if rolling && updated >= desired && ready >= desired && pods.len() as i64 == desired {
        current_revision = update_revision.to_string();
    }
    let mut m = Map::new();
    put_nonzero(&mut m, "observedGeneration", int_at(sts, "/metadata/generation", 0));
    m.insert("replicas".into(), json!(pods.len()));
    put_nonzero(&mut m, "readyReplicas", ready);
    put_nonzero(&mut m, "currentReplicas", at(&current_revision));
    put_nonzero(&mut m, "updatedReplicas", updated);
    m.insert("currentRevision".into(), json!(current_revision));
    m.insert("updateRevision".into(), json!(update_revision));
    m.insert("collisionCount".into(), json!(0));
    m.insert("availableReplicas".into(), json!(pods.iter().filter(|p| is_available(p, min_ready, now)).count()));
    Value::Object(m)
}

/// Whether the pod template's `nodeSelector` matches the simulated node.
fn node_selected(template: &Value) -> bool {
    let Some(Value::Object(sel)) = template.pointer("/spec/nodeSelector") else { return true };
    sel.iter().all(|(k, v)| match (k.as_str(), v.as_str()) {
        ("kubernetes.io/hostname", Some(h)) => h == NODE_NAME,
        ("kubernetes.io/os", Some(os)) => os == "linux",
        ("node-role.kubernetes.io/control-plane", Some("")) => true,
        _ => false,
    })
}

pub(crate) fn daemonset_status(
    ds: &Value,
    desired: i64,
    pods: &[(String, Value)],
    hash: &str,
    now: chrono::DateTime<chrono::Utc>,
) -> Value {
    let min_ready = int_at(ds, "/spec/minReadySeconds", 0);
    let available = pods.iter().filter(|(_, p)| is_available(p, min_ready, now)).count() as i64;
    let mut m = Map::new();
    m.insert("currentNumberScheduled".into(), json!(pods.len()));
    m.insert("numberMisscheduled".into(), json!(0));
    m.insert("desiredNumberScheduled".into(), json!(desired));
    m.insert("numberReady".into(), json!(pods.iter().filter(|(_, p)| is_ready(p)).count()));
    put_nonzero(&mut m, "observedGeneration", int_at(ds, "/metadata/generation", 0));
    put_nonzero(
        &mut m,
        "updatedNumberScheduled",
        pods.iter().filter(|(_, p)| label(p, REVISION_HASH_LABEL) == Some(hash)).count() as i64,
    );
    put_nonzero(&mut m, "numberAvailable", available);
    put_nonzero(&mut m, "numberUnavailable", (desired - available).max(0));
    Value::Object(m)
}

// ----- Job -----

/// Pods of a Job by state.
#[derive(Debug, Clone, Default)]
pub(crate) struct JobCounts {
    pub active: i64,
    pub ready: i64,
    pub succeeded: i64,
    pub failed: i64,
}

fn job_finished(job: &Value) -> bool {
    condition_true(job, "Complete") || condition_true(job, "Failed")
}

fn job_condition(kind: &str, reason: &str, message: &str, now: &str) -> Value {
    json!({"type": kind, "status": "True", "lastProbeTime": now, "lastTransitionTime": now,
           "reason": reason, "message": message})
}

/// One sync of the Job controller: counts, then `SuccessCriteriaMet` → `Complete` or `FailureTarget` →
/// `Failed` (each terminal condition one sync after its target, as in 1.33).
pub(crate) fn job_status(job: &Value, counts: &JobCounts, failure: Option<Failure>, now: &str) -> Value {
    let old = job.get("status").cloned().unwrap_or(json!({}));
    let completions = int_at(job, "/spec/completions", 1);
    let backoff_limit = int_at(job, "/spec/backoffLimit", 6);
    // Counts never go down: upstream keeps finished pods counted after they are removed.
    let succeeded = counts.succeeded.max(int_at(&old, "/succeeded", 0));
    let failed = counts.failed.max(int_at(&old, "/failed", 0));
    let mut conds: Vec<Value> = old.get("conditions").and_then(Value::as_array).cloned().unwrap_or_default();
    let has = |conds: &[Value], t: &str| conds.iter().any(|c| c.get("type").and_then(Value::as_str) == Some(t));
    let mut completion_time = old.get("completionTime").cloned();
    const COMPLETED: &str = "Reached expected number of succeeded pods";
    const BACKOFF: &str = "Job has reached the specified backoff limit";
    if has(&conds, "FailureTarget") {
        if !has(&conds, "Failed") {
            conds.push(job_condition("Failed", "BackoffLimitExceeded", BACKOFF, now));
        }
    } else if has(&conds, "SuccessCriteriaMet") {
        if !has(&conds, "Complete") {
            conds.push(job_condition("Complete", "CompletionsReached", COMPLETED, now));
            completion_time = Some(json!(now));
        }
    } else if failed > 0 && (failure == Some(Failure::JobFailed) || failed > backoff_limit) {
        conds.push(job_condition("FailureTarget", "BackoffLimitExceeded", BACKOFF, now));
    } else if succeeded >= completions {
        conds.push(job_condition("SuccessCriteriaMet", "CompletionsReached", COMPLETED, now));
    }
    let terminal = has(&conds, "FailureTarget") || has(&conds, "SuccessCriteriaMet");
    let mut m = Map::new();
    if !conds.is_empty() {
        m.insert("conditions".into(), json!(conds));
    }
    m.insert("startTime".into(), old.get("startTime").cloned().unwrap_or_else(|| json!(now)));
    if let Some(t) = completion_time {
        m.insert("completionTime".into(), t);
    }
    if !terminal {
        put_nonzero(&mut m, "active", counts.active);
    }
    put_nonzero(&mut m, "succeeded", succeeded);
    put_nonzero(&mut m, "failed", failed);
    m.insert("terminating".into(), json!(0));
    m.insert("uncountedTerminatedPods".into(), json!({}));
    m.insert("ready".into(), json!(if terminal { 0 } else { counts.ready }));
    Value::Object(m)
}

// ----- Pods -----

fn pod_from_template(
    owner: &Value,
    template: &Value,
    name: &str,
    generate_name: Option<&str>,
    extra_labels: &[(&str, String)],
) -> Value {
    let mut labels = template.pointer("/metadata/labels").cloned().unwrap_or(json!({}));
    if !labels.is_object() {
        labels = json!({});
    }
    for (k, v) in extra_labels {
        labels[*k] = json!(v);
    }
    let mut meta = json!({"name": name, "namespace": objects::meta_str(owner, "namespace"),
                          "uid": uuid::Uuid::new_v4().to_string(), "creationTimestamp": objects::now(),
                          "labels": labels, "ownerReferences": [owner_reference(owner)]});
    if let Some(g) = generate_name {
        meta["generateName"] = json!(g);
    }
    if let Some(a) = template.pointer("/metadata/annotations") {
        meta["annotations"] = a.clone();
    }
    let spec = template.get("spec").cloned().unwrap_or(json!({}));
    let qos = qos_class(&spec);
    json!({"apiVersion": "v1", "kind": "Pod", "metadata": meta, "spec": spec,
           "status": {"phase": "Pending", "qosClass": qos}})
}

fn qos_class(spec: &Value) -> &'static str {
    let cs: Vec<&Value> =
        spec.get("containers").and_then(Value::as_array).map(|a| a.iter().collect()).unwrap_or_default();
    let res = |c: &Value, kind: &str| c.pointer(&format!("/resources/{kind}")).and_then(Value::as_object).cloned();
    if cs
        .iter()
        .all(|c| res(c, "requests").is_none_or(|m| m.is_empty()) && res(c, "limits").is_none_or(|m| m.is_empty()))
    {
        return "BestEffort";
    }
    let guaranteed = cs.iter().all(|c| {
        let limits = res(c, "limits").unwrap_or_default();
        let requests = res(c, "requests").unwrap_or_else(|| limits.clone());
        ["cpu", "memory"].iter().all(|r| limits.get(*r).is_some() && limits.get(*r) == requests.get(*r))
    });
    if guaranteed {
        "Guaranteed"
    } else {
        "Burstable"
    }
}

/// (name, image) of a pod's containers of one list (`containers`, `initContainers`).
fn containers(pod: &Value, list: &str) -> Vec<(String, String)> {
    pod.pointer(&format!("/spec/{list}"))
        .and_then(Value::as_array)
        .map(|cs| {
            cs.iter()
                .map(|c| {
                    let s = |k: &str| c.get(k).and_then(Value::as_str).unwrap_or_default().to_string();
                    (s("name"), s("image"))
                })
                .collect()
        })
        .unwrap_or_default()
}

/// The image as containerd reports it (`docker.io/library/nginx:1.27`) and its image ID.
fn image_ref(image: &str) -> (String, String) {
    let (name, digest) = match image.split_once('@') {
        Some((n, d)) => (n, Some(d.to_string())),
        None => (image, None),
    };
    let first = name.split('/').next().unwrap_or_default();
    let has_registry = name.contains('/') && (first.contains('.') || first.contains(':') || first == "localhost");
    let mut full = match (has_registry, name.contains('/')) {
        (true, _) => name.to_string(),
        (false, true) => format!("docker.io/{name}"),
        (false, false) => format!("docker.io/library/{name}"),
    };
    let last = full.rsplit('/').next().unwrap_or_default();
    let repo = match last.split_once(':') {
        Some((_, _)) => full.rsplit_once(':').map(|(r, _)| r.to_string()).unwrap_or_else(|| full.clone()),
        None => {
            let repo = full.clone();
            if digest.is_none() {
                full.push_str(":latest");
            }
            repo
        }
    };
    let digest = digest.unwrap_or_else(|| format!("sha256:{}", hex(&Sha256::digest(image.as_bytes()))));
    (full, format!("{repo}@{digest}"))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn container_id(pod: &Value, container: &str, restart: i64) -> String {
    let seed = format!("{}/{container}/{restart}", objects::meta_str(pod, "uid"));
    format!("containerd://{}", hex(&Sha256::digest(seed.as_bytes())))
}

fn pod_condition(kind: &str, ok: bool, reason: Option<&str>, message: Option<&str>, pod: &Value, now: &str) -> Value {
    let status = if ok { "True" } else { "False" };
    // The transition time survives when the status does not change.
    let since = condition(pod, kind)
        .filter(|c| c.get("status").and_then(Value::as_str) == Some(status))
        .and_then(|c| c.get("lastTransitionTime").cloned())
        .unwrap_or_else(|| json!(now));
    let mut c = json!({"type": kind, "status": status, "lastProbeTime": null, "lastTransitionTime": since});
    if let Some(r) = reason {
        c["reason"] = json!(r);
    }
    if let Some(m) = message {
        c["message"] = json!(m);
    }
    c
}

/// Kubelet's back-off between restarts: 10 s, doubling, at most 5 minutes. Restarts done after `elapsed` s.
fn crash_restarts(elapsed: i64) -> i64 {
    let (mut restarts, mut at, mut backoff) = (1, 0, 10);
    loop {
        at += backoff;
        if at > elapsed {
            return restarts;
        }
        restarts += 1;
        backoff = (backoff * 2).min(300);
    }
}

/// The status of a pod that kubelet just started on the node.
pub(crate) fn pod_running_status(pod: &Value, failure: Option<Failure>, ip: &str, now: &str) -> Value {
    let ready = failure.is_none() || failure == Some(Failure::JobFailed);
    let names: Vec<(String, String)> = containers(pod, "containers");
    let not_ready = format!(
        "containers with unready status: [{}]",
        names.iter().map(|(n, _)| n.as_str()).collect::<Vec<_>>().join(" ")
    );
    let (reason, message) = if ready { (None, None) } else { (Some("ContainersNotReady"), Some(not_ready.as_str())) };
    let statuses: Vec<Value> =
        names.iter().map(|(c, image)| container_status(pod, c, image, failure, 1, now)).collect();
    let inits: Vec<Value> = containers(pod, "initContainers")
        .iter()
        .map(|(c, image)| {
            let (image, image_id) = image_ref(image);
            json!({"name": c, "image": image, "imageID": image_id, "containerID": container_id(pod, c, 0),
                   "ready": true, "started": false, "restartCount": 0, "lastState": {},
                   "state": {"terminated": {"exitCode": 0, "reason": "Completed", "startedAt": now, "finishedAt": now,
                                             "containerID": container_id(pod, c, 0)}}})
        })
        .collect();
    let mut status = json!({
        "phase": "Running",
        "conditions": [
            pod_condition("PodReadyToStartContainers", true, None, None, pod, now),
            pod_condition("Initialized", true, None, None, pod, now),
            pod_condition("Ready", ready, reason, message, pod, now),
            pod_condition("ContainersReady", ready, reason, message, pod, now),
            pod_condition("PodScheduled", true, None, None, pod, now),
        ],
        "hostIP": NODE_IP, "hostIPs": [{"ip": NODE_IP}],
        "podIP": ip, "podIPs": [{"ip": ip}],
        "startTime": now,
        "qosClass": pod.pointer("/status/qosClass").cloned().unwrap_or_else(|| json!(qos_class(&pod["spec"]))),
        "containerStatuses": statuses,
    });
    if !inits.is_empty() {
        status["initContainerStatuses"] = json!(inits);
    }
    status
}

fn container_status(pod: &Value, c: &str, image: &str, failure: Option<Failure>, restarts: i64, now: &str) -> Value {
    let (image, image_id) = image_ref(image);
    if failure == Some(Failure::CrashLoop) {
        let uid = objects::meta_str(pod, "uid");
        let backoff = (10i64 << (restarts - 1).clamp(0, 5)).min(300);
        let backoff = if backoff >= 60 { format!("{}m{}s", backoff / 60, backoff % 60) } else { format!("{backoff}s") };
        let message = format!(
            "back-off {backoff} restarting failed container={c} pod={}_{}({uid})",
            objects::name_of(pod),
            objects::meta_str(pod, "namespace")
        );
        return json!({"name": c, "image": image, "imageID": image_id, "containerID": container_id(pod, c, restarts),
                      "ready": false, "started": false, "restartCount": restarts,
                      "state": {"waiting": {"reason": "CrashLoopBackOff", "message": message}},
                      "lastState": {"terminated": {"exitCode": 1, "reason": "Error", "startedAt": now,
                                                   "finishedAt": now, "containerID": container_id(pod, c, restarts)}}});
    }
    let ready = failure != Some(Failure::ProgressDeadline);
    json!({"name": c, "image": image, "imageID": image_id, "containerID": container_id(pod, c, 0),
           "ready": ready, "started": true, "restartCount": 0, "lastState": {},
           "state": {"running": {"startedAt": now}}})
}

/// What happens next to a running pod: a crash-looping container restarts when its back-off has passed; a
/// pod that does not restart (Job pods) finishes. `None` when nothing changes now.
pub(crate) fn pod_progressed(
    pod: &Value,
    failure: Option<Failure>,
    now: chrono::DateTime<chrono::Utc>,
) -> Option<Value> {
    let now_s = ts(now);
    if failure == Some(Failure::CrashLoop) {
        let started = pod.pointer("/status/startTime").and_then(Value::as_str).and_then(parse_ts)?;
        let restarts = crash_restarts((now - started).num_seconds());
        let current = int_at(pod, "/status/containerStatuses/0/restartCount", 0);
        if restarts <= current {
            return None;
        }
        let mut status = pod.get("status").cloned()?;
        let statuses: Vec<Value> = containers(pod, "containers")
            .iter()
            .map(|(c, image)| container_status(pod, c, image, failure, restarts, &now_s))
            .collect();
        status["containerStatuses"] = json!(statuses);
        return Some(status);
    }
    if pod.pointer("/spec/restartPolicy").and_then(Value::as_str).unwrap_or("Always") == "Always" {
        return None;
    }
    let ok = failure != Some(Failure::JobFailed);
    let (phase, reason, exit) = if ok { ("Succeeded", "Completed", 0) } else { ("Failed", "Error", 1) };
    let pod_reason = if ok { "PodCompleted" } else { "PodFailed" };
    let mut status = pod.get("status").cloned()?;
    let statuses: Vec<Value> = containers(pod, "containers")
        .iter()
        .map(|(c, image)| {
            let (image, image_id) = image_ref(image);
            let started = pod
                .pointer("/status/containerStatuses")
                .and_then(Value::as_array)
                .and_then(|a| a.iter().find(|s| s.get("name").and_then(Value::as_str) == Some(c)))
                .and_then(|s| s.pointer("/state/running/startedAt").cloned())
                .unwrap_or_else(|| json!(now_s));
            json!({"name": c, "image": image, "imageID": image_id, "containerID": container_id(pod, c, 0),
                   "ready": false, "started": false, "restartCount": 0, "lastState": {},
                   "state": {"terminated": {"exitCode": exit, "reason": reason, "startedAt": started,
                                             "finishedAt": now_s, "containerID": container_id(pod, c, 0)}}})
        })
        .collect();
    status["phase"] = json!(phase);
    status["containerStatuses"] = json!(statuses);
    status["conditions"] = json!([
        pod_condition("PodReadyToStartContainers", false, None, None, pod, &now_s),
        pod_condition("Initialized", true, Some(pod_reason), None, pod, &now_s),
        pod_condition("Ready", false, Some(pod_reason), None, pod, &now_s),
        pod_condition("ContainersReady", false, Some(pod_reason), None, pod, &now_s),
        pod_condition("PodScheduled", true, None, None, pod, &now_s),
    ]);
    Some(status)
}

/// The lowest free pod IP in 10.244.0.0/16, from 10.244.0.2.
fn allocate_ip(used: &mut HashSet<String>) -> String {
    for n in 2u32..65_534 {
        let ip = format!("10.244.{}.{}", n / 256, n % 256);
        if n % 256 == 0 || n % 256 == 255 {
            continue;
        }
        if used.insert(ip.clone()) {
            return ip;
        }
    }
    // 65k pods on one simulated node: reuse rather than fail.
    "10.244.255.254".to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, PartialEq)]
    enum Kstatus {
        Current,
        InProgress,
        Failed,
    }

    /// A tiny kstatus (sigs.k8s.io/cli-utils pkg/kstatus/status), from its documented rules for the kinds the
    /// simulation writes: the generic observedGeneration check, then `deploymentConditions`, `podConditions`
    /// and `jobConditions`.
    fn kstatus(obj: &Value) -> Kstatus {
        let generation = int_at(obj, "/metadata/generation", 0);
        if obj.pointer("/status/observedGeneration").is_some()
            && int_at(obj, "/status/observedGeneration", 0) < generation
        {
            return Kstatus::InProgress;
        }
        let n = |p: &str, d: i64| int_at(obj, p, d);
        match obj.get("kind").and_then(Value::as_str) {
            Some("Deployment") => {
                if let Some(c) = condition(obj, "Progressing") {
                    if c["reason"] == "ProgressDeadlineExceeded" {
                        return Kstatus::Failed;
                    }
                }
                let progressing = condition(obj, "Progressing")
                    .is_some_and(|c| c["status"] == "True" && c["reason"] == "NewReplicaSetAvailable");
                let available = condition_true(obj, "Available");
                let spec = n("/spec/replicas", 1);
                let in_progress = spec > n("/status/replicas", 0)
                    || spec > n("/status/updatedReplicas", 0)
                    || n("/status/replicas", 0) > spec
                    || n("/status/updatedReplicas", 0) > n("/status/availableReplicas", 0)
                    || spec > n("/status/readyReplicas", 0)
                    || !progressing
                    || !available;
                if in_progress {
                    Kstatus::InProgress
                } else {
                    Kstatus::Current
                }
            }
            Some("Pod") => match obj.pointer("/status/phase").and_then(Value::as_str) {
                Some("Succeeded" | "Failed") => Kstatus::Current,
                Some("Running") if condition_true(obj, "Ready") => Kstatus::Current,
                Some("Running") => {
                    let crash =
                        obj.pointer("/status/containerStatuses").and_then(Value::as_array).into_iter().flatten().any(
                            |c| c.pointer("/state/waiting/reason").and_then(Value::as_str) == Some("CrashLoopBackOff"),
                        );
                    if crash {
                        Kstatus::Failed
                    } else {
                        Kstatus::InProgress
                    }
                }
                _ => Kstatus::InProgress,
            },
            Some("Job") => {
                if condition_true(obj, "Complete") {
                    Kstatus::Current
                } else if condition_true(obj, "Failed") {
                    Kstatus::Failed
                } else if obj.pointer("/status/startTime").is_none() {
                    Kstatus::InProgress
                } else {
                    Kstatus::Current
                }
            }
            other => panic!("no kstatus rule for {other:?}"),
        }
    }

    fn deployment(replicas: i64, failure: Option<&str>) -> Value {
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

    fn pod(failure: Option<Failure>, restart_policy: &str) -> Value {
        let mut p = json!({"apiVersion": "v1", "kind": "Pod",
            "metadata": {"name": "p", "namespace": "ns", "uid": "p-uid"},
            "spec": {"restartPolicy": restart_policy, "containers": [{"name": "c", "image": "nginx:1.27"}]},
            "status": {"phase": "Pending", "qosClass": "BestEffort"}});
        p["status"] = pod_running_status(&p, failure, "10.244.0.2", "2025-01-01T00:00:00Z");
        p
    }

    /// Runs the deployment status sync until it settles, with the ReplicaSet holding `pods` pods of which
    /// `ready` are ready and available.
    fn settle_deployment(mut d: Value, pods: i64, ready: i64) -> Value {
        let counts = RsCounts { spec: pods, replicas: pods, ready, available: ready };
        for _ in 0..5 {
            let failure = Failure::of(&d);
            d["status"] = deployment_status(
                &d,
                Some(("web-abc", &counts)),
                std::slice::from_ref(&counts),
                failure,
                "2025-01-01T00:00:00Z",
            );
        }
        d
    }

    fn settle_job(mut job: Value, counts: JobCounts) -> Value {
        let failure = Failure::of(&job);
        for _ in 0..3 {
            job["status"] = job_status(&job, &counts, failure, "2025-01-01T00:00:00Z");
        }
        job
    }

    fn job(failure: Option<&str>) -> Value {
        let mut j = json!({"apiVersion": "batch/v1", "kind": "Job",
            "metadata": {"name": "j", "namespace": "ns", "uid": "j-uid", "generation": 1},
            "spec": {"completions": 1, "parallelism": 1, "backoffLimit": 6}});
        if let Some(f) = failure {
            j["metadata"]["annotations"] = json!({FAIL_ANNOTATION: f});
        }
        j
    }

    #[test]
    fn failure_annotations_against_kstatus() {
        struct Case {
            name: &'static str,
            obj: Value,
            want: Kstatus,
            conditions: &'static [(&'static str, &'static str, &'static str)],
        }
        let cases = [
            Case {
                name: "healthy deployment",
                obj: settle_deployment(deployment(2, None), 2, 2),
                want: Kstatus::Current,
                conditions: &[
                    ("Available", "True", "MinimumReplicasAvailable"),
                    ("Progressing", "True", "NewReplicaSetAvailable"),
                ],
            },
            Case {
                name: "progress-deadline deployment",
                obj: settle_deployment(deployment(2, Some("progress-deadline")), 2, 0),
                want: Kstatus::Failed,
                conditions: &[
                    ("Available", "False", "MinimumReplicasUnavailable"),
                    ("Progressing", "False", "ProgressDeadlineExceeded"),
                ],
            },
            Case {
                name: "crash-loop deployment",
                obj: settle_deployment(deployment(2, Some("crash-loop")), 2, 0),
                want: Kstatus::InProgress,
                conditions: &[("Available", "False", "MinimumReplicasUnavailable")],
            },
            Case {
                name: "crash-loop pod",
                obj: pod(Some(Failure::CrashLoop), "Always"),
                want: Kstatus::Failed,
                conditions: &[("Ready", "False", "ContainersNotReady")],
            },
            Case {
                name: "progress-deadline pod",
                obj: pod(Some(Failure::ProgressDeadline), "Always"),
                want: Kstatus::InProgress,
                conditions: &[("Ready", "False", "ContainersNotReady"), ("PodScheduled", "True", "")],
            },
            Case {
                name: "healthy pod",
                obj: pod(None, "Always"),
                want: Kstatus::Current,
                conditions: &[("Ready", "True", ""), ("ContainersReady", "True", "")],
            },
            Case {
                name: "job-failed job",
                obj: settle_job(job(Some("job-failed")), JobCounts { failed: 1, ..Default::default() }),
                want: Kstatus::Failed,
                conditions: &[
                    ("FailureTarget", "True", "BackoffLimitExceeded"),
                    ("Failed", "True", "BackoffLimitExceeded"),
                ],
            },
            Case {
                name: "completed job",
                obj: settle_job(job(None), JobCounts { succeeded: 1, ..Default::default() }),
                want: Kstatus::Current,
                conditions: &[
                    ("SuccessCriteriaMet", "True", "CompletionsReached"),
                    ("Complete", "True", "CompletionsReached"),
                ],
            },
        ];
        for case in cases {
            assert_eq!(kstatus(&case.obj), case.want, "{}: {:#}", case.name, case.obj["status"]);
            for (kind, status, reason) in case.conditions {
                let c = condition(&case.obj, kind).unwrap_or_else(|| panic!("{}: no {kind} condition", case.name));
                assert_eq!(c["status"], *status, "{}: {kind}", case.name);
                assert_eq!(
                    c.get("reason").and_then(Value::as_str).unwrap_or_default(),
                    *reason,
                    "{}: {kind}",
                    case.name
                );
            }
        }
    }

    #[test]
    fn upstream_messages() {
        let done = settle_deployment(deployment(1, None), 1, 1);
        let p = condition(&done, "Progressing").unwrap();
        assert_eq!(p["message"], "ReplicaSet \"web-abc\" has successfully progressed.");
        let failed = settle_deployment(deployment(1, Some("progress-deadline")), 1, 0);
        let p = condition(&failed, "Progressing").unwrap();
        assert_eq!(p["message"], "ReplicaSet \"web-abc\" has timed out progressing.");
        let j = settle_job(job(Some("job-failed")), JobCounts { failed: 1, ..Default::default() });
        assert_eq!(condition(&j, "Failed").unwrap()["message"], "Job has reached the specified backoff limit");
        assert_eq!(j["status"]["failed"], 1);
        assert!(j["status"].get("completionTime").is_none());
        let ok = settle_job(job(None), JobCounts { succeeded: 1, ..Default::default() });
        assert_eq!(condition(&ok, "Complete").unwrap()["message"], "Reached expected number of succeeded pods");
        assert_eq!((ok["status"]["succeeded"].clone(), ok["status"]["ready"].clone()), (json!(1), json!(0)));
        assert!(ok["status"].get("completionTime").is_some());
    }

    #[test]
    fn conditions_keep_times_and_order_like_upstream() {
        // A new Deployment: Progressing (ReplicaSet created) first, Available appended once computed.
        let mut d = deployment(1, None);
        set_condition(
            &mut d["status"],
            deployment_condition(
                "Progressing",
                "True",
                "NewReplicaSetCreated",
                "Created new replica set \"web-abc\"",
                "t0",
            ),
        );
        let none = RsCounts { spec: 1, ..Default::default() };
        d["status"] = deployment_status(&d, Some(("web-abc", &none)), std::slice::from_ref(&none), None, "t1");
        let types: Vec<&str> =
            d["status"]["conditions"].as_array().unwrap().iter().map(|c| c["type"].as_str().unwrap()).collect();
        assert_eq!(types, ["Progressing", "Available"]);
        let ready = RsCounts { spec: 1, replicas: 1, ready: 1, available: 1 };
        d["status"] = deployment_status(&d, Some(("web-abc", &ready)), std::slice::from_ref(&ready), None, "t2");
        let conds = d["status"]["conditions"].as_array().unwrap();
        assert_eq!((conds[0]["type"].as_str(), conds[1]["type"].as_str()), (Some("Available"), Some("Progressing")));
        // Progressing stayed True: its transition time is the first one.
        assert_eq!(conds[1]["lastTransitionTime"], "t0");
        assert_eq!(conds[1]["lastUpdateTime"], "t2");
        assert_eq!(d["status"]["observedGeneration"], 1);
        assert!(d["status"].get("unavailableReplicas").is_none(), "zero counts are omitted");
    }

    #[test]
    fn template_hash_is_kube_shaped_and_stable() {
        assert_eq!(fnv32a(b""), 0x811c_9dc5);
        assert_eq!(fnv32a(b"a"), 0xe40c_292c);
        // Digits map to 4-9 and b-f, which is why real pod-template-hashes look like `7c5ddbdf54`.
        assert_eq!(safe_encode("0123456789"), "456789bcdf");
        let t =
            json!({"metadata": {"labels": {"app": "web"}}, "spec": {"containers": [{"name": "c", "image": "nginx"}]}});
        let h = template_hash(&t, None);
        assert!(!h.is_empty() && h.len() <= 10 && h.chars().all(|c| "bcdfghjklmnpqrstvwxz2456789".contains(c)), "{h}");
        let reordered = json!({"spec": {"containers": [{"image": "nginx", "name": "c"}]}, "metadata": {"labels": {"app": "web"}, "creationTimestamp": null}});
        assert_eq!(template_hash(&reordered, None), h, "key order and nulls do not matter");
        assert_ne!(template_hash(&t, Some(1)), h, "a collision count changes the hash");
        let mut other = t.clone();
        other["spec"]["containers"][0]["image"] = json!("nginx:2");
        assert_ne!(template_hash(&other, None), h);
    }

    #[test]
    fn same_template_ignores_hash_label_and_typed_client_noise() {
        let t =
            json!({"metadata": {"labels": {"app": "web"}}, "spec": {"containers": [{"name": "c", "image": "nginx"}]}});
        let rs = json!({"spec": {"template": {"metadata": {"labels": {"app": "web", HASH_LABEL: "abc"}, "creationTimestamp": null},
                                              "spec": {"containers": [{"name": "c", "image": "nginx", "resources": {}}]}}}});
        assert!(same_template(&rs, &t));
        let mut other = t.clone();
        other["spec"]["containers"][0]["image"] = json!("nginx:2");
        assert!(!same_template(&rs, &other));
    }

    fn rs(spec: i64, available: i64) -> RsCounts {
        RsCounts { spec, replicas: spec, ready: available, available }
    }

    #[test]
    fn rolling_update_steps() {
        let d = deployment(3, None);
        let s = Strategy::of(&d);
        assert_eq!(s, Strategy::Rolling { max_surge: 1, max_unavailable: 0 });
        // Fresh Deployment: straight to the desired count.
        assert_eq!(s.new_rs_replicas(3, 0, &[]), 3);
        // Template change: surge one new pod first.
        assert_eq!(s.step(3, &rs(0, 0), &[rs(3, 3)]), vec![Scale { target: Target::New, replicas: 1 }]);
        // At maxSurge and the new pod not available yet: nothing may move.
        assert_eq!(s.step(3, &rs(1, 0), &[rs(3, 3)]), vec![]);
        // New pod available: one old pod goes.
        assert_eq!(s.step(3, &rs(1, 1), &[rs(3, 3)]), vec![Scale { target: Target::Old(0), replicas: 2 }]);
        // Old unhealthy pods are removed first, whatever availability says, up to the surge budget.
        assert_eq!(s.step(3, &rs(2, 2), &[rs(2, 0)]), vec![Scale { target: Target::Old(0), replicas: 1 }]);
        // Done.
        assert_eq!(s.step(3, &rs(3, 3), &[rs(0, 0)]), vec![]);
        // Scaling the Deployment down scales the new ReplicaSet down at once.
        assert_eq!(s.step(1, &rs(3, 3), &[]), vec![Scale { target: Target::New, replicas: 1 }]);
    }

    #[test]
    fn fenceposts_and_recreate() {
        let mut d = deployment(4, None);
        d["spec"]["strategy"]["rollingUpdate"] = json!({"maxSurge": 0, "maxUnavailable": 0});
        assert_eq!(Strategy::of(&d), Strategy::Rolling { max_surge: 0, max_unavailable: 1 });
        d["spec"]["strategy"]["rollingUpdate"] = json!({"maxSurge": "50%", "maxUnavailable": "30%"});
        assert_eq!(Strategy::of(&d), Strategy::Rolling { max_surge: 2, max_unavailable: 1 });
        let s = Strategy::Recreate;
        assert_eq!(s.step(2, &rs(0, 0), &[rs(2, 2)]), vec![Scale { target: Target::Old(0), replicas: 0 }]);
        let terminating = RsCounts { spec: 0, replicas: 1, ready: 0, available: 0 };
        assert_eq!(s.step(2, &rs(0, 0), &[terminating]), vec![], "waits for old pods to be gone");
        assert_eq!(s.step(2, &rs(0, 0), &[rs(0, 0)]), vec![Scale { target: Target::New, replicas: 2 }]);
    }

    #[test]
    fn pods_run_crash_and_complete() {
        let p = pod(None, "Always");
        assert_eq!(p["status"]["phase"], "Running");
        let cs = &p["status"]["containerStatuses"][0];
        assert_eq!(
            (cs["ready"].clone(), cs["started"].clone(), cs["restartCount"].clone()),
            (json!(true), json!(true), json!(0))
        );
        assert_eq!(cs["image"], "docker.io/library/nginx:1.27");
        assert!(cs["imageID"].as_str().unwrap().starts_with("docker.io/library/nginx@sha256:"));
        assert!(cs["containerID"].as_str().unwrap().starts_with("containerd://"));
        let types: Vec<&str> =
            p["status"]["conditions"].as_array().unwrap().iter().map(|c| c["type"].as_str().unwrap()).collect();
        assert_eq!(types, ["PodReadyToStartContainers", "Initialized", "Ready", "ContainersReady", "PodScheduled"]);
        let start = parse_ts("2025-01-01T00:00:00Z").unwrap();
        assert!(pod_progressed(&p, None, start + chrono::Duration::seconds(60)).is_none(), "a service keeps running");

        let crash = pod(Some(Failure::CrashLoop), "Always");
        assert_eq!(crash["status"]["containerStatuses"][0]["state"]["waiting"]["reason"], "CrashLoopBackOff");
        assert!(pod_progressed(&crash, Some(Failure::CrashLoop), start + chrono::Duration::seconds(5)).is_none());
        let later = pod_progressed(&crash, Some(Failure::CrashLoop), start + chrono::Duration::seconds(35)).unwrap();
        assert_eq!(later["containerStatuses"][0]["restartCount"], 3, "restarts at 10 s and 30 s");
        assert_eq!((crash_restarts(0), crash_restarts(10), crash_restarts(70), crash_restarts(150)), (1, 2, 4, 5));

        let job_pod = pod(None, "Never");
        let done = pod_progressed(&job_pod, None, start).unwrap();
        assert_eq!(done["phase"], "Succeeded");
        assert_eq!(done["containerStatuses"][0]["state"]["terminated"]["reason"], "Completed");
        let failed = pod_progressed(&job_pod, Some(Failure::JobFailed), start).unwrap();
        assert_eq!(failed["phase"], "Failed");
        assert_eq!(failed["containerStatuses"][0]["state"]["terminated"]["exitCode"], 1);
    }

    #[test]
    fn images_as_containerd_reports_them() {
        assert_eq!(image_ref("nginx").0, "docker.io/library/nginx:latest");
        assert_eq!(image_ref("bitnami/redis:7").0, "docker.io/bitnami/redis:7");
        assert_eq!(image_ref("ghcr.io/fluxcd/source-controller:v1.5.0").0, "ghcr.io/fluxcd/source-controller:v1.5.0");
        assert_eq!(image_ref("localhost:5000/app").0, "localhost:5000/app:latest");
        let pinned = "ghcr.io/x/y@sha256:0123";
        assert_eq!(image_ref(pinned).1, "ghcr.io/x/y@sha256:0123");
    }

    #[test]
    fn replicaset_and_workload_statuses() {
        let now = parse_ts("2025-01-01T00:01:00Z").unwrap();
        let rs = json!({"metadata": {"generation": 2}, "spec": {"replicas": 2, "minReadySeconds": 30,
                        "template": {"metadata": {"labels": {"app": "web"}}}}});
        let ready = pod(None, "Always");
        let mut fresh = pod(None, "Always");
        fresh["status"]["conditions"][2]["lastTransitionTime"] = json!("2025-01-01T00:00:50Z");
        let mut unlabeled = ready.clone();
        unlabeled["metadata"]["labels"] = json!({"app": "web"});
        let pods = vec![("a".to_string(), unlabeled), ("b".to_string(), fresh)];
        let s = replicaset_status(&rs, &pods, now);
        assert_eq!(
            s,
            json!({"replicas": 2, "fullyLabeledReplicas": 1, "readyReplicas": 2, "availableReplicas": 1, "observedGeneration": 2})
        );

        let sts = json!({"metadata": {"name": "db", "generation": 1}, "spec": {"replicas": 1},
                         "status": {"currentRevision": "db-old"}});
        let mut p = pod(None, "Always");
        p["metadata"]["labels"] = json!({REVISION_HASH_LABEL: "db-new"});
        let s = statefulset_status(&sts, &[&p], "db-new", now);
        assert_eq!((s["currentRevision"].as_str(), s["updatedReplicas"].as_i64()), (Some("db-new"), Some(1)));

        let ds = json!({"metadata": {"generation": 3}, "spec": {}});
        let s = daemonset_status(&ds, 1, &[("a".into(), p.clone())], "other", now);
        assert_eq!(s["desiredNumberScheduled"], 1);
        assert_eq!(s["numberReady"], 1);
        assert!(s.get("updatedNumberScheduled").is_none());
        assert!(!node_selected(&json!({"spec": {"nodeSelector": {"kubernetes.io/os": "windows"}}})));
        assert!(node_selected(&json!({"spec": {"nodeSelector": {"kubernetes.io/os": "linux"}}})));
    }

    #[test]
    fn failure_annotation_on_workload_or_template() {
        assert_eq!(Failure::of(&deployment(1, Some("crash-loop"))), Some(Failure::CrashLoop));
        assert_eq!(Failure::of(&job(Some("job-failed"))), Some(Failure::JobFailed));
        assert_eq!(Failure::of(&deployment(1, Some("bogus"))), None);
        assert_eq!(Failure::of(&deployment(1, None)), None);
    }

    #[test]
    fn pod_ips_are_unique() {
        let mut used = HashSet::from(["10.244.0.2".to_string()]);
        assert_eq!(allocate_ip(&mut used), "10.244.0.3");
        assert_eq!(allocate_ip(&mut used), "10.244.0.4");
    }
}

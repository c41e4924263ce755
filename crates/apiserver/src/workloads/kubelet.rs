//! Kubelet: the one simulated node, and pods that start, become Ready (or crash-loop), log a few lines and,
//! unless they restart, run to completion.

use std::collections::HashSet;

use serde_json::{json, Value};
use sha2::{Digest, Sha256};

use super::failure::{Failure, FAIL_ANNOTATION};
use super::{condition, int_at, owner_reference, parse_ts, ts, Sim, NODE_NAME};
use crate::objects;
use crate::server::Server;
use crate::store::Precondition;

const NODE_IP: &str = "172.18.0.2";

/// The node every pod runs on, Ready, as kubelet would register it.
pub(super) async fn ensure_node(server: &Server) {
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

impl Sim<'_> {
    pub(super) async fn kubelet(&mut self) {
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
}

pub(super) fn pod_from_template(
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
pub(super) fn pod_running_status(pod: &Value, failure: Option<Failure>, ip: &str, now: &str) -> Value {
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
fn pod_progressed(pod: &Value, failure: Option<Failure>, now: chrono::DateTime<chrono::Utc>) -> Option<Value> {
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
    use crate::workloads::tests::pod;

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
    fn pod_ips_are_unique() {
        let mut used = HashSet::from(["10.244.0.2".to_string()]);
        assert_eq!(allocate_ip(&mut used), "10.244.0.3");
        assert_eq!(allocate_ip(&mut used), "10.244.0.4");
    }
}

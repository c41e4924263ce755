//! Pods and pod templates: `kubectl get pods` and its STATUS column.

use chrono::{DateTime, Utc};
use serde_json::{json, Value};

use super::{
    age, age_col, bool_at, col, container_cells, format_labels, has_condition, int_at, keep_later, list_at, name,
    name_col, or, present, since, str_at, time_at, wide, ColumnDef, D_CONTAINERS, D_IMAGES,
};

// Column descriptions: upstream's 1.33 field docs, as in mod.rs.
const D_POD_IP: &str =
    "podIP address allocated to the pod. Routable at least within the cluster. Empty if not yet allocated.";
const D_NODE_NAME: &str = "NodeName indicates in which node this pod is scheduled. If empty, this pod is a candidate for scheduling by the scheduler defined in schedulerName. Once this field is set, the kubelet for this node becomes responsible for the lifecycle of this pod. This field should not be used to express a desire for the pod to be scheduled on a specific node. https://kubernetes.io/docs/concepts/scheduling-eviction/assign-pod-node/#nodename";
const D_NOMINATED: &str = "nominatedNodeName is set only when this pod preempts other pods on the node, but it cannot be scheduled right away as preemption victims receive their graceful termination periods. This field does not guarantee that the pod will be scheduled on this node. Scheduler may decide to place the pod elsewhere if other nodes become available sooner. Scheduler may also decide to give the resources on this node to a higher priority pod that is created after preemption. As a result, this field may be different than PodSpec.nodeName when the pod is scheduled.";
const D_READINESS_GATES: &str = "If specified, all readiness gates will be evaluated for pod readiness. A pod is ready when all its containers are ready AND all conditions specified in the readiness gates have status equal to \"True\" More info: https://git.k8s.io/enhancements/keps/sig-network/580-pod-readiness-gates";

pub(super) fn pod_columns() -> Vec<ColumnDef> {
    vec![
        name_col(),
        col("Ready", "string", "The aggregate readiness state of this pod for accepting traffic."),
        col("Status", "string", "The aggregate status of the containers in this pod."),
        col(
            "Restarts",
            "string",
            "The number of times the containers in this pod have been restarted and when the last container in this pod has restarted.",
        ),
        age_col(),
        wide("IP", D_POD_IP),
        wide("Node", D_NODE_NAME),
        wide("Nominated Node", D_NOMINATED),
        wide("Readiness Gates", D_READINESS_GATES),
    ]
}

/// `kubectl get pods`' STATUS: the phase, refined by init containers, container states and deletion.
pub(super) fn pod_row(pod: &Value, now: DateTime<Utc>) -> Vec<Value> {
    let init_specs = list_at(pod, "/spec/initContainers");
    let restartable =
        |name: &str| init_specs.iter().any(|c| str_at(c, "/name") == name && str_at(c, "/restartPolicy") == "Always");
    let total = list_at(pod, "/spec/containers").len()
        + init_specs.iter().filter(|c| str_at(c, "/restartPolicy") == "Always").count();
    let mut ready = 0;
    let mut restarts = 0;
    let mut sidecar_restarts = 0;
    let mut last_restart = None;
    let mut last_sidecar_restart = None;

    let phase = str_at(pod, "/status/phase");
    let mut reason = or(str_at(pod, "/status/reason"), phase).to_string();
    for c in list_at(pod, "/status/conditions") {
        if str_at(c, "/type") == "PodScheduled" && str_at(c, "/reason") == "SchedulingGated" {
            reason = "SchedulingGated".into();
        }
    }

    let mut initializing = false;
    for (i, c) in list_at(pod, "/status/initContainerStatuses").iter().enumerate() {
        restarts += int_at(c, "/restartCount");
        let finished = time_at(c, "/lastState/terminated/finishedAt");
        keep_later(&mut last_restart, finished);
        let sidecar = restartable(str_at(c, "/name"));
        if sidecar {
            sidecar_restarts += int_at(c, "/restartCount");
            keep_later(&mut last_sidecar_restart, finished);
        }
        let terminated = c.pointer("/state/terminated").filter(|t| !t.is_null());
        let waiting_reason = str_at(c, "/state/waiting/reason");
        if terminated.is_some_and(|t| int_at(t, "/exitCode") == 0) {
            continue;
        }
        if sidecar && bool_at(c, "/started") {
            if bool_at(c, "/ready") {
                ready += 1;
            }
            continue;
        }
        reason = if let Some(t) = terminated {
            match (str_at(t, "/reason"), int_at(t, "/signal")) {
                ("", 0) => format!("Init:ExitCode:{}", int_at(t, "/exitCode")),
                ("", signal) => format!("Init:Signal:{signal}"),
                (r, _) => format!("Init:{r}"),
            }
        } else if !waiting_reason.is_empty() && waiting_reason != "PodInitializing" {
            format!("Init:{waiting_reason}")
        } else {
            format!("Init:{i}/{}", init_specs.len())
        };
        initializing = true;
        break;
    }

    if !initializing || has_condition(pod, "Initialized") {
        restarts = sidecar_restarts;
        last_restart = last_sidecar_restart;
        let mut has_running = false;
        // Backwards, so that the first container's state wins, as upstream.
        for c in list_at(pod, "/status/containerStatuses").iter().rev() {
            restarts += int_at(c, "/restartCount");
            keep_later(&mut last_restart, time_at(c, "/lastState/terminated/finishedAt"));
            let waiting_reason = str_at(c, "/state/waiting/reason");
            let terminated = c.pointer("/state/terminated").filter(|t| !t.is_null());
            if !waiting_reason.is_empty() {
                reason = waiting_reason.to_string();
            } else if let Some(t) = terminated {
                reason = match (str_at(t, "/reason"), int_at(t, "/signal")) {
                    ("", 0) => format!("ExitCode:{}", int_at(t, "/exitCode")),
                    ("", signal) => format!("Signal:{signal}"),
                    (r, _) => r.to_string(),
                };
            } else if bool_at(c, "/ready") && present(c, "/state/running") {
                has_running = true;
                ready += 1;
            }
        }
        if reason == "Completed" && has_running {
            let ready_condition = list_at(pod, "/status/conditions")
                .iter()
                .any(|c| str_at(c, "/type") == "Ready" && str_at(c, "/status") == "True");
            reason = if ready_condition { "Running" } else { "NotReady" }.into();
        }
    }

    if present(pod, "/metadata/deletionTimestamp") {
        if str_at(pod, "/status/reason") == "NodeLost" {
            reason = "Unknown".into();
        } else if phase != "Succeeded" && phase != "Failed" {
            reason = "Terminating".into();
        }
    }

    let restarts_cell = match last_restart {
        Some(t) if restarts != 0 => format!("{restarts} ({} ago)", since(Some(t), now)),
        _ => restarts.to_string(),
    };

    // The API server backfills podIPs from podIP, and podIP wins when both are set.
    let ip = or(str_at(pod, "/status/podIP"), str_at(pod, "/status/podIPs/0/ip"));
    let gates = list_at(pod, "/spec/readinessGates");
    let readiness_gates = if gates.is_empty() {
        "<none>".to_string()
    } else {
        let conditions = list_at(pod, "/status/conditions");
        let true_count = gates
            .iter()
            .filter(|g| {
                let wanted = str_at(g, "/conditionType");
                conditions.iter().find(|c| str_at(c, "/type") == wanted).is_some_and(|c| str_at(c, "/status") == "True")
            })
            .count();
        format!("{true_count}/{}", gates.len())
    };
    vec![
        name(pod),
        json!(format!("{ready}/{total}")),
        json!(reason),
        json!(restarts_cell),
        age(pod, now),
        json!(or(ip, "<none>")),
        json!(or(str_at(pod, "/spec/nodeName"), "<none>")),
        json!(or(str_at(pod, "/status/nominatedNodeName"), "<none>")),
        json!(readiness_gates),
    ]
}

pub(super) fn pod_template_columns() -> Vec<ColumnDef> {
    vec![
        name_col(),
        col("Containers", "string", D_CONTAINERS),
        col("Images", "string", D_IMAGES),
        col("Pod Labels", "string", "The labels for the pod template."),
    ]
}

pub(super) fn pod_template_row(obj: &Value, _now: DateTime<Utc>) -> Vec<Value> {
    let (names, images) = container_cells(obj.pointer("/template/spec"));
    vec![name(obj), names, images, json!(format_labels(obj.pointer("/template/metadata/labels")))]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::printers::tests::{ago, header, row};

    fn pod(statuses: Value) -> Value {
        json!({
            "metadata": {"name": "web-7d4b9c-x2x9k", "creationTimestamp": ago(600)},
            "spec": {"nodeName": "node-1", "containers": [{"name": "app", "image": "nginx"}, {"name": "log", "image": "busybox"}]},
            "status": statuses,
        })
    }

    #[test]
    fn pod_columns_match_kubectl() {
        assert_eq!(
            header("", "pods"),
            [
                ("Name", "string", 0),
                ("Ready", "string", 0),
                ("Status", "string", 0),
                ("Restarts", "string", 0),
                ("Age", "string", 0),
                ("IP", "string", 1),
                ("Node", "string", 1),
                ("Nominated Node", "string", 1),
                ("Readiness Gates", "string", 1),
            ]
        );
    }

    #[test]
    fn running_pod_with_restarts_says_when_it_last_restarted() {
        let p = pod(json!({
            "phase": "Running", "podIP": "10.244.0.5", "podIPs": [{"ip": "10.244.0.5"}],
            "conditions": [{"type": "Ready", "status": "True"}],
            "containerStatuses": [
                {"name": "app", "ready": true, "restartCount": 3, "state": {"running": {"startedAt": ago(290)}},
                 "lastState": {"terminated": {"exitCode": 137, "reason": "OOMKilled", "finishedAt": ago(300)}}},
                {"name": "log", "ready": true, "restartCount": 1, "state": {"running": {"startedAt": ago(590)}},
                 "lastState": {"terminated": {"exitCode": 1, "reason": "Error", "finishedAt": ago(595)}}},
            ],
        }));
        assert_eq!(
            row("", "pods", p),
            [
                json!("web-7d4b9c-x2x9k"),
                json!("2/2"),
                json!("Running"),
                json!("4 (5m ago)"),
                json!("10m"),
                json!("10.244.0.5"),
                json!("node-1"),
                json!("<none>"),
                json!("<none>"),
            ]
        );
    }

    #[test]
    fn crash_looping_container_names_the_pod_status() {
        let p = pod(json!({
            "phase": "Running",
            "containerStatuses": [
                {"name": "app", "ready": false, "restartCount": 5, "state": {"waiting": {"reason": "CrashLoopBackOff"}},
                 "lastState": {"terminated": {"exitCode": 1, "reason": "Error", "finishedAt": ago(40)}}},
                {"name": "log", "ready": true, "restartCount": 0, "state": {"running": {}}},
            ],
        }));
        let cells = row("", "pods", p);
        assert_eq!(cells[1..4], [json!("1/2"), json!("CrashLoopBackOff"), json!("5 (40s ago)")]);
        assert_eq!(cells[5], json!("<none>"), "no IP yet");
    }

    #[test]
    fn pending_and_initializing_pods() {
        let pending = row("", "pods", pod(json!({"phase": "Pending"})));
        assert_eq!(pending[1..4], [json!("0/2"), json!("Pending"), json!("0")]);

        let mut init = pod(json!({
            "phase": "Pending",
            "initContainerStatuses": [
                {"name": "migrate", "ready": false, "restartCount": 0, "state": {"terminated": {"exitCode": 0, "reason": "Completed"}}},
                {"name": "seed", "ready": false, "restartCount": 2, "state": {"running": {}}},
            ],
            "containerStatuses": [{"name": "app", "ready": false, "restartCount": 0, "state": {"waiting": {"reason": "PodInitializing"}}}],
        }));
        init["spec"]["initContainers"] = json!([{"name": "migrate"}, {"name": "seed"}]);
        assert_eq!(row("", "pods", init.clone())[1..4], [json!("0/2"), json!("Init:1/2"), json!("2")]);

        init["status"]["initContainerStatuses"][1]["state"] = json!({"waiting": {"reason": "ImagePullBackOff"}});
        assert_eq!(row("", "pods", init.clone())[2], json!("Init:ImagePullBackOff"));

        init["status"]["initContainerStatuses"][1]["state"] = json!({"terminated": {"exitCode": 3}});
        assert_eq!(row("", "pods", init)[2], json!("Init:ExitCode:3"));
    }

    #[test]
    fn sidecar_init_containers_count_as_containers() {
        let mut p = pod(json!({
            "phase": "Running",
            "conditions": [{"type": "Initialized", "status": "True"}, {"type": "Ready", "status": "True"}],
            "initContainerStatuses": [{"name": "proxy", "ready": true, "started": true, "restartCount": 1, "state": {"running": {}}}],
            "containerStatuses": [
                {"name": "app", "ready": true, "restartCount": 0, "state": {"running": {}}},
                {"name": "log", "ready": true, "restartCount": 0, "state": {"running": {}}},
            ],
        }));
        p["spec"]["initContainers"] = json!([{"name": "proxy", "restartPolicy": "Always"}]);
        assert_eq!(row("", "pods", p)[1..4], [json!("3/3"), json!("Running"), json!("1")]);
    }

    #[test]
    fn completed_terminating_and_gated_pods() {
        let done = pod(json!({
            "phase": "Succeeded",
            "containerStatuses": [
                {"name": "app", "ready": false, "restartCount": 0, "state": {"terminated": {"exitCode": 0, "reason": "Completed"}}},
                {"name": "log", "ready": false, "restartCount": 0, "state": {"terminated": {"exitCode": 0, "reason": "Completed"}}},
            ],
        }));
        assert_eq!(row("", "pods", done.clone())[1..3], [json!("0/2"), json!("Completed")]);

        let mut deleting = done;
        deleting["status"]["phase"] = json!("Running");
        deleting["metadata"]["deletionTimestamp"] = json!(ago(5));
        assert_eq!(row("", "pods", deleting)[2], json!("Terminating"));

        let gated = pod(
            json!({"phase": "Pending", "conditions": [{"type": "PodScheduled", "status": "False", "reason": "SchedulingGated"}]}),
        );
        assert_eq!(row("", "pods", gated)[2], json!("SchedulingGated"));

        let mut gates = pod(json!({"phase": "Running", "conditions": [{"type": "example.com/lb", "status": "True"}]}));
        gates["spec"]["readinessGates"] =
            json!([{"conditionType": "example.com/lb"}, {"conditionType": "example.com/dns"}]);
        assert_eq!(row("", "pods", gates)[8], json!("1/2"));
    }
}

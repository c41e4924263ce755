//! Workload controllers: Deployments, ReplicaSets, ReplicationControllers, StatefulSets, DaemonSets,
//! ControllerRevisions, Jobs, CronJobs, HorizontalPodAutoscalers and PodDisruptionBudgets.

use chrono::{DateTime, Utc};
use serde_json::{json, Value};

use super::{
    age, age_col, bool_at, col, container_cells, format_label_selector, format_labels, has_condition, int_at,
    int_or_string, list_at, name, name_col, or, present, quantity, selector_string, since, str_at, time_at, wide,
    ColumnDef, D_CONTAINERS, D_IMAGES,
};
use crate::table::human_duration;

// Column descriptions: upstream's 1.33 field docs, as in mod.rs.
const D_RS_SPEC_REPLICAS: &str = "Replicas is the number of desired pods. This is a pointer to distinguish between explicit zero and unspecified. Defaults to 1. More info: https://kubernetes.io/docs/concepts/workloads/controllers/replicaset";
const D_RS_STATUS_REPLICAS: &str = "Replicas is the most recently observed number of non-terminating pods. More info: https://kubernetes.io/docs/concepts/workloads/controllers/replicaset";
const D_RS_READY: &str = "The number of non-terminating pods targeted by this ReplicaSet with a Ready Condition.";
const D_RS_SELECTOR: &str = "Selector is a label query over pods that should match the replica count. Label keys and values that must match in order to be controlled by this replica set. It must match the pod template's labels. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/#label-selectors";
const D_RC_SPEC_REPLICAS: &str = "Replicas is the number of desired replicas. This is a pointer to distinguish between explicit zero and unspecified. Defaults to 1. More info: https://kubernetes.io/docs/concepts/workloads/controllers/replicationcontroller#what-is-a-replicationcontroller";
const D_RC_STATUS_REPLICAS: &str = "Replicas is the most recently observed number of replicas. More info: https://kubernetes.io/docs/concepts/workloads/controllers/replicationcontroller#what-is-a-replicationcontroller";
const D_RC_READY: &str = "The number of ready replicas for this replication controller.";
const D_RC_SELECTOR: &str = "Selector is a label query over pods that should match the Replicas count. If Selector is empty, it is defaulted to the labels present on the Pod template. Label keys and values that must match in order to be controlled by this replication controller, if empty defaulted to labels on Pod template. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/labels#label-selectors";
const D_DS_DESIRED: &str = "The total number of nodes that should be running the daemon pod (including nodes correctly running the daemon pod). More info: https://kubernetes.io/docs/concepts/workloads/controllers/daemonset/";
const D_DS_CURRENT: &str = "The number of nodes that are running at least 1 daemon pod and are supposed to run the daemon pod. More info: https://kubernetes.io/docs/concepts/workloads/controllers/daemonset/";
const D_DS_READY: &str = "numberReady is the number of nodes that should be running the daemon pod and have one or more of the daemon pod running with a Ready Condition.";
const D_DS_UPDATED: &str = "The total number of nodes that are running updated daemon pod";
const D_DS_AVAILABLE: &str = "The number of nodes that should be running the daemon pod and have one or more of the daemon pod running and available (ready for at least spec.minReadySeconds)";
const D_NODE_SELECTOR: &str = "NodeSelector is a selector which must be true for the pod to fit on a node. Selector which must match a node's labels for the pod to be scheduled on that node. More info: https://kubernetes.io/docs/concepts/configuration/assign-pod-node/";
const D_DS_SELECTOR: &str = "A label query over pods that are managed by the daemon set. Must match in order to be controlled. It must match the pod template's labels. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/#label-selectors";
const D_JOB_SUCCEEDED: &str = "The number of pods which reached phase Succeeded. The value increases monotonically for a given spec. However, it may decrease in reaction to scale down of elastic indexed jobs.";
const D_JOB_SELECTOR: &str = "A label query over pods that should match the pod count. Normally, the system sets this field for you. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/#label-selectors";
const D_CJ_SCHEDULE: &str = "The schedule in Cron format, see https://en.wikipedia.org/wiki/Cron.";
const D_CJ_TIMEZONE: &str = "The time zone name for the given schedule, see https://en.wikipedia.org/wiki/List_of_tz_database_time_zones. If not specified, this will default to the time zone of the kube-controller-manager process.";
const D_CJ_SUSPEND: &str = "This flag tells the controller to suspend subsequent executions, it does not apply to already started executions.  Defaults to false.";
const D_CJ_ACTIVE: &str = "A list of pointers to currently running jobs.";
const D_CJ_LAST_SCHEDULE: &str = "Information when was the last time the job was successfully scheduled.";
const D_DEPLOY_UPDATED: &str =
    "Total number of non-terminating pods targeted by this deployment that have the desired template spec.";
const D_DEPLOY_AVAILABLE: &str =
    "Total number of available non-terminating pods (ready for at least minReadySeconds) targeted by this deployment.";
const D_DEPLOY_SELECTOR: &str = "Label selector for pods. Existing ReplicaSets whose pods are selected by this will be the ones affected by this deployment. It must match the pod template's labels.";

pub(super) fn deployment_columns() -> Vec<ColumnDef> {
    vec![
        name_col(),
        col("Ready", "string", "Number of the pod with ready state"),
        col("Up-to-date", "string", D_DEPLOY_UPDATED),
        col("Available", "string", D_DEPLOY_AVAILABLE),
        age_col(),
        wide("Containers", D_CONTAINERS),
        wide("Images", D_IMAGES),
        wide("Selector", D_DEPLOY_SELECTOR),
    ]
}

/// `spec.replicas`, which the API server defaults to 1.
fn desired_replicas(obj: &Value) -> i64 {
    obj.pointer("/spec/replicas").and_then(Value::as_i64).unwrap_or(1)
}

pub(super) fn deployment_row(obj: &Value, now: DateTime<Utc>) -> Vec<Value> {
    let (names, images) = container_cells(obj.pointer("/spec/template/spec"));
    let selector = selector_string(obj.pointer("/spec/selector")).unwrap_or_else(|_| "<invalid>".into());
    vec![
        name(obj),
        json!(format!("{}/{}", int_at(obj, "/status/readyReplicas"), desired_replicas(obj))),
        json!(int_at(obj, "/status/updatedReplicas")),
        json!(int_at(obj, "/status/availableReplicas")),
        age(obj, now),
        names,
        images,
        json!(selector),
    ]
}

pub(super) fn replica_set_columns() -> Vec<ColumnDef> {
    vec![
        name_col(),
        col("Desired", "integer", D_RS_SPEC_REPLICAS),
        col("Current", "integer", D_RS_STATUS_REPLICAS),
        col("Ready", "integer", D_RS_READY),
        age_col(),
        wide("Containers", D_CONTAINERS),
        wide("Images", D_IMAGES),
        wide("Selector", D_RS_SELECTOR),
    ]
}

pub(super) fn replica_set_row(obj: &Value, now: DateTime<Utc>) -> Vec<Value> {
    let (names, images) = container_cells(obj.pointer("/spec/template/spec"));
    vec![
        name(obj),
        json!(desired_replicas(obj)),
        json!(int_at(obj, "/status/replicas")),
        json!(int_at(obj, "/status/readyReplicas")),
        age(obj, now),
        names,
        images,
        json!(format_label_selector(obj.pointer("/spec/selector"))),
    ]
}

pub(super) fn replication_controller_columns() -> Vec<ColumnDef> {
    vec![
        name_col(),
        col("Desired", "integer", D_RC_SPEC_REPLICAS),
        col("Current", "integer", D_RC_STATUS_REPLICAS),
        col("Ready", "integer", D_RC_READY),
        age_col(),
        wide("Containers", D_CONTAINERS),
        wide("Images", D_IMAGES),
        wide("Selector", D_RC_SELECTOR),
    ]
}

pub(super) fn replication_controller_row(obj: &Value, now: DateTime<Utc>) -> Vec<Value> {
    let (names, images) = container_cells(obj.pointer("/spec/template/spec"));
    vec![
        name(obj),
        json!(desired_replicas(obj)),
        json!(int_at(obj, "/status/replicas")),
        json!(int_at(obj, "/status/readyReplicas")),
        age(obj, now),
        names,
        images,
        json!(format_labels(obj.pointer("/spec/selector"))),
    ]
}

pub(super) fn stateful_set_columns() -> Vec<ColumnDef> {
    vec![
        name_col(),
        col("Ready", "string", "Number of the pod with ready state"),
        age_col(),
        wide("Containers", D_CONTAINERS),
        wide("Images", D_IMAGES),
    ]
}

pub(super) fn stateful_set_row(obj: &Value, now: DateTime<Utc>) -> Vec<Value> {
    let (names, images) = container_cells(obj.pointer("/spec/template/spec"));
    vec![
        name(obj),
        json!(format!("{}/{}", int_at(obj, "/status/readyReplicas"), desired_replicas(obj))),
        age(obj, now),
        names,
        images,
    ]
}

pub(super) fn daemon_set_columns() -> Vec<ColumnDef> {
    vec![
        name_col(),
        col("Desired", "integer", D_DS_DESIRED),
        col("Current", "integer", D_DS_CURRENT),
        col("Ready", "integer", D_DS_READY),
        col("Up-to-date", "integer", D_DS_UPDATED),
        col("Available", "integer", D_DS_AVAILABLE),
        col("Node Selector", "string", D_NODE_SELECTOR),
        age_col(),
        wide("Containers", D_CONTAINERS),
        wide("Images", D_IMAGES),
        wide("Selector", D_DS_SELECTOR),
    ]
}

pub(super) fn daemon_set_row(obj: &Value, now: DateTime<Utc>) -> Vec<Value> {
    let (names, images) = container_cells(obj.pointer("/spec/template/spec"));
    vec![
        name(obj),
        json!(int_at(obj, "/status/desiredNumberScheduled")),
        json!(int_at(obj, "/status/currentNumberScheduled")),
        json!(int_at(obj, "/status/numberReady")),
        json!(int_at(obj, "/status/updatedNumberScheduled")),
        json!(int_at(obj, "/status/numberAvailable")),
        json!(format_labels(obj.pointer("/spec/template/spec/nodeSelector"))),
        age(obj, now),
        names,
        images,
        json!(format_label_selector(obj.pointer("/spec/selector"))),
    ]
}

pub(super) fn controller_revision_columns() -> Vec<ColumnDef> {
    vec![
        name_col(),
        col("Controller", "string", "Controller of the object"),
        col("Revision", "string", "Revision indicates the revision of the state represented by Data."),
        age_col(),
    ]
}

pub(super) fn controller_revision_row(obj: &Value, now: DateTime<Utc>) -> Vec<Value> {
    let controller = list_at(obj, "/metadata/ownerReferences").iter().find(|r| bool_at(r, "/controller"));
    let controller = match controller {
        None => "<none>".to_string(),
        Some(r) => {
            // `GroupKind.String()`: `Kind.group`, or `Kind` for the core group; lowercased.
            let group = str_at(r, "/apiVersion").rsplit_once('/').map(|(g, _)| g).unwrap_or("");
            let kind = str_at(r, "/kind");
            let gk = if group.is_empty() { kind.to_string() } else { format!("{kind}.{group}") };
            if gk.is_empty() {
                str_at(r, "/name").to_string()
            } else {
                format!("{}/{}", gk.to_lowercase(), str_at(r, "/name"))
            }
        }
    };
    vec![name(obj), json!(controller), json!(int_at(obj, "/revision")), age(obj, now)]
}

pub(super) fn job_columns() -> Vec<ColumnDef> {
    vec![
        name_col(),
        col("Status", "string", "Status of the job."),
        col("Completions", "string", D_JOB_SUCCEEDED),
        col("Duration", "string", "Time required to complete the job."),
        age_col(),
        wide("Containers", D_CONTAINERS),
        wide("Images", D_IMAGES),
        wide("Selector", D_JOB_SELECTOR),
    ]
}

pub(super) fn job_row(obj: &Value, now: DateTime<Utc>) -> Vec<Value> {
    let succeeded = int_at(obj, "/status/succeeded");
    let completions = match obj.pointer("/spec/completions").and_then(Value::as_i64) {
        Some(c) => format!("{succeeded}/{c}"),
        None => match int_at(obj, "/spec/parallelism") {
            p if p > 1 => format!("{succeeded}/1 of {p}"),
            _ => format!("{succeeded}/1"),
        },
    };
    let duration = match (time_at(obj, "/status/startTime"), time_at(obj, "/status/completionTime")) {
        (None, _) => String::new(),
        (Some(start), None) => human_duration(now.signed_duration_since(start)),
        (Some(start), Some(end)) => human_duration(end.signed_duration_since(start)),
    };
    let status = if has_condition(obj, "Complete") {
        "Complete"
    } else if has_condition(obj, "Failed") {
        "Failed"
    } else if present(obj, "/metadata/deletionTimestamp") {
        "Terminating"
    } else if has_condition(obj, "Suspended") {
        "Suspended"
    } else if has_condition(obj, "FailureTarget") {
        "FailureTarget"
    } else {
        "Running"
    };
    let (names, images) = container_cells(obj.pointer("/spec/template/spec"));
    vec![
        name(obj),
        json!(status),
        json!(completions),
        json!(duration),
        age(obj, now),
        names,
        images,
        json!(format_label_selector(obj.pointer("/spec/selector"))),
    ]
}

pub(super) fn cron_job_columns() -> Vec<ColumnDef> {
    vec![
        name_col(),
        col("Schedule", "string", D_CJ_SCHEDULE),
        col("Timezone", "string", D_CJ_TIMEZONE),
        col("Suspend", "boolean", D_CJ_SUSPEND),
        col("Active", "integer", D_CJ_ACTIVE),
        col("Last Schedule", "string", D_CJ_LAST_SCHEDULE),
        age_col(),
        wide("Containers", D_CONTAINERS),
        wide("Images", D_IMAGES),
        wide("Selector", D_JOB_SELECTOR),
    ]
}

pub(super) fn cron_job_row(obj: &Value, now: DateTime<Utc>) -> Vec<Value> {
    // Upstream prints the pointer as a string (`printBoolPtr`) even though the column says boolean; batch/v1
    // defaults it to false, so a stored CronJob never lacks it.
    let suspend = if bool_at(obj, "/spec/suspend") { "True" } else { "False" };
    let last_schedule = match time_at(obj, "/status/lastScheduleTime") {
        Some(t) => since(Some(t), now),
        None => "<none>".into(),
    };
    let (names, images) = container_cells(obj.pointer("/spec/jobTemplate/spec/template/spec"));
    vec![
        name(obj),
        json!(str_at(obj, "/spec/schedule")),
        json!(or(str_at(obj, "/spec/timeZone"), "<none>")),
        json!(suspend),
        json!(list_at(obj, "/status/active").len()),
        json!(last_schedule),
        age(obj, now),
        names,
        images,
        json!(format_label_selector(obj.pointer("/spec/jobTemplate/spec/selector"))),
    ]
}

pub(super) fn hpa_columns() -> Vec<ColumnDef> {
    vec![
        name_col(),
        col("Reference", "string", "scaleTargetRef points to the target resource to scale, and is used to the pods for which metrics should be collected, as well as to actually change the replica count."),
        col("Targets", "string", "metrics contains the specifications for which to use to calculate the desired replica count (the maximum replica count across all metrics will be used)."),
        col("MinPods", "string", "minReplicas is the lower limit for the number of replicas to which the autoscaler can scale down.  It defaults to 1 pod."),
        col("MaxPods", "string", "maxReplicas is the upper limit for the number of replicas to which the autoscaler can scale up. It cannot be less that minReplicas."),
        col("Replicas", "string", "currentReplicas is current number of replicas of pods managed by this autoscaler, as last seen by the autoscaler."),
        age_col(),
    ]
}

/// `formatHPAMetrics`: `cpu: 40%/80%, memory: <unknown>/1Gi + 1 more...`.
fn hpa_targets(obj: &Value) -> String {
    let specs = list_at(obj, "/spec/metrics");
    if specs.is_empty() {
        // autoscaling/v1 keeps its single CPU target outside `metrics`.
        return match obj.pointer("/spec/targetCPUUtilizationPercentage").and_then(Value::as_i64) {
            Some(target) => {
                let current = obj.pointer("/status/currentCPUUtilizationPercentage").and_then(Value::as_i64);
                let current = current.map_or("<unknown>".to_string(), |c| format!("{c}%"));
                format!("cpu: {current}/{target}%")
            }
            None => "<none>".into(),
        };
    }
    let statuses = list_at(obj, "/status/currentMetrics");
    let unknown = || "<unknown>".to_string();
    let mut list = Vec::new();
    for (i, spec) in specs.iter().enumerate() {
        let status = statuses.get(i);
        let current = |source: &str, field: &str| {
            status.and_then(|s| s.get(source)).and_then(|s| quantity(s.pointer(&format!("/current/{field}"))))
        };
        let field = match str_at(spec, "/type") {
            "External" => "external",
            "Pods" => "pods",
            "Object" => "object",
            "Resource" => "resource",
            "ContainerResource" => "containerResource",
            _ => {
                list.push("<unknown type>".to_string());
                continue;
            }
        };
        let source = spec.get(field).unwrap_or(&Value::Null);
        let average_value = quantity(source.pointer("/target/averageValue"));
        let entry = match field {
            "pods" => format!(
                "{}/{}",
                current(field, "averageValue").unwrap_or_else(unknown),
                average_value.unwrap_or_default()
            ),
            "external" | "object" => match average_value {
                Some(target) => format!("{}/{target} (avg)", current(field, "averageValue").unwrap_or_else(unknown)),
                None => format!(
                    "{}/{}",
                    current(field, "value").unwrap_or_else(unknown),
                    quantity(source.pointer("/target/value")).unwrap_or_default()
                ),
            },
            _ => {
                let resource = str_at(source, "/name");
                match average_value {
                    Some(target) => {
                        format!("{resource}: {}/{target}", current(field, "averageValue").unwrap_or_else(unknown))
                    }
                    None => {
                        let current = current(field, "averageUtilization").map_or_else(unknown, |c| format!("{c}%"));
                        let target = source
                            .pointer("/target/averageUtilization")
                            .and_then(Value::as_i64)
                            .map_or("<auto>".to_string(), |t| format!("{t}%"));
                        format!("{resource}: {current}/{target}")
                    }
                }
            }
        };
        list.push(entry);
    }
    let count = list.len();
    if count > 2 {
        format!("{} + {} more...", list[..2].join(", "), count - 2)
    } else {
        list.join(", ")
    }
}

pub(super) fn hpa_row(obj: &Value, now: DateTime<Utc>) -> Vec<Value> {
    let reference =
        format!("{}/{}", str_at(obj, "/spec/scaleTargetRef/kind"), str_at(obj, "/spec/scaleTargetRef/name"));
    let min_pods =
        obj.pointer("/spec/minReplicas").and_then(Value::as_i64).map_or("<unset>".to_string(), |m| m.to_string());
    vec![
        name(obj),
        json!(reference),
        json!(hpa_targets(obj)),
        json!(min_pods),
        json!(int_at(obj, "/spec/maxReplicas")),
        json!(int_at(obj, "/status/currentReplicas")),
        age(obj, now),
    ]
}

pub(super) fn pdb_columns() -> Vec<ColumnDef> {
    vec![
        name_col(),
        col("Min Available", "string", "The minimum number of pods that must be available."),
        col("Max Unavailable", "string", "The maximum number of pods that may be unavailable."),
        col("Allowed Disruptions", "integer", "Calculated number of pods that may be disrupted at this time."),
        age_col(),
    ]
}

pub(super) fn pdb_row(obj: &Value, now: DateTime<Utc>) -> Vec<Value> {
    let field = |ptr: &str| obj.pointer(ptr).filter(|v| !v.is_null()).map_or("N/A".to_string(), int_or_string);
    vec![
        name(obj),
        json!(field("/spec/minAvailable")),
        json!(field("/spec/maxUnavailable")),
        json!(int_at(obj, "/status/disruptionsAllowed")),
        age(obj, now),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::printers::tests::{ago, header, row};

    #[test]
    fn deployment_mid_rollout() {
        assert_eq!(
            header("apps", "deployments"),
            [
                ("Name", "string", 0),
                ("Ready", "string", 0),
                ("Up-to-date", "string", 0),
                ("Available", "string", 0),
                ("Age", "string", 0),
                ("Containers", "string", 1),
                ("Images", "string", 1),
                ("Selector", "string", 1),
            ]
        );
        let d = json!({
            "metadata": {"name": "web", "creationTimestamp": ago(3 * 3600 + 600)},
            "spec": {"replicas": 3, "selector": {"matchLabels": {"app": "web", "tier": "frontend"}},
                     "template": {"spec": {"containers": [{"name": "nginx", "image": "nginx:1.27"}, {"name": "exporter", "image": "nginx-exporter:1.1"}]}}},
            "status": {"replicas": 4, "updatedReplicas": 1, "readyReplicas": 2, "availableReplicas": 2, "unavailableReplicas": 2},
        });
        assert_eq!(
            row("apps", "deployments", d),
            [
                json!("web"),
                json!("2/3"),
                json!(1),
                json!(2),
                json!("3h10m"),
                json!("nginx,exporter"),
                json!("nginx:1.27,nginx-exporter:1.1"),
                json!("app=web,tier=frontend"),
            ]
        );
        let fresh = json!({"metadata": {"name": "api", "creationTimestamp": ago(4)}, "spec": {}});
        assert_eq!(row("apps", "deployments", fresh)[1..5], [json!("0/1"), json!(0), json!(0), json!("4s")]);
    }

    #[test]
    fn replica_sets_stateful_sets_and_daemon_sets() {
        let template = json!({"spec": {"containers": [{"name": "app", "image": "app:v2"}]}});
        let rs = json!({
            "metadata": {"name": "web-7d4b9c", "creationTimestamp": ago(120)},
            "spec": {"replicas": 3, "selector": {"matchLabels": {"app": "web", "pod-template-hash": "7d4b9c"}}, "template": template},
            "status": {"replicas": 3, "readyReplicas": 1},
        });
        assert_eq!(
            row("apps", "replicasets", rs),
            [
                json!("web-7d4b9c"),
                json!(3),
                json!(3),
                json!(1),
                json!("2m"),
                json!("app"),
                json!("app:v2"),
                json!("app=web,pod-template-hash=7d4b9c")
            ]
        );

        let sts = json!({"metadata": {"name": "db", "creationTimestamp": ago(86400 * 3)}, "spec": {"replicas": 3, "template": template}, "status": {"readyReplicas": 3}});
        assert_eq!(
            row("apps", "statefulsets", sts),
            [json!("db"), json!("3/3"), json!("3d"), json!("app"), json!("app:v2")]
        );

        let ds = json!({
            "metadata": {"name": "fluentd", "creationTimestamp": ago(60)},
            "spec": {"selector": {"matchExpressions": [{"key": "tier", "operator": "In", "values": ["node", "edge"]}, {"key": "app", "operator": "Exists"}]},
                     "template": {"spec": {"nodeSelector": {"kubernetes.io/os": "linux"}, "containers": [{"name": "fluentd", "image": "fluentd:v1"}]}}},
            "status": {"desiredNumberScheduled": 3, "currentNumberScheduled": 3, "numberReady": 2, "updatedNumberScheduled": 3, "numberAvailable": 2},
        });
        assert_eq!(
            row("apps", "daemonsets", ds),
            [
                json!("fluentd"),
                json!(3),
                json!(3),
                json!(2),
                json!(3),
                json!(2),
                json!("kubernetes.io/os=linux"),
                json!("60s"),
                json!("fluentd"),
                json!("fluentd:v1"),
                json!("app,tier in (edge,node)"),
            ]
        );
    }

    #[test]
    fn completed_and_running_jobs() {
        assert_eq!(
            header("batch", "jobs")[..5],
            [
                ("Name", "string", 0),
                ("Status", "string", 0),
                ("Completions", "string", 0),
                ("Duration", "string", 0),
                ("Age", "string", 0)
            ]
        );
        let job = json!({
            "metadata": {"name": "pi", "creationTimestamp": ago(200)},
            "spec": {"completions": 1, "parallelism": 1, "backoffLimit": 4,
                     "selector": {"matchLabels": {"batch.kubernetes.io/controller-uid": "5c1d"}},
                     "template": {"spec": {"containers": [{"name": "pi", "image": "perl:5.34.0"}]}}},
            "status": {"startTime": ago(190), "completionTime": ago(178), "succeeded": 1,
                       "conditions": [{"type": "SuccessCriteriaMet", "status": "True"}, {"type": "Complete", "status": "True"}]},
        });
        assert_eq!(
            row("batch", "jobs", job),
            [
                json!("pi"),
                json!("Complete"),
                json!("1/1"),
                json!("12s"),
                json!("3m20s"),
                json!("pi"),
                json!("perl:5.34.0"),
                json!("batch.kubernetes.io/controller-uid=5c1d"),
            ]
        );
        let running = json!({"metadata": {"name": "work"}, "spec": {"parallelism": 3}, "status": {"startTime": ago(30), "succeeded": 1}});
        assert_eq!(row("batch", "jobs", running)[1..4], [json!("Running"), json!("1/1 of 3"), json!("30s")]);
        let failed = json!({"metadata": {"name": "bad"}, "spec": {"completions": 2}, "status": {"conditions": [{"type": "Failed", "status": "True"}]}});
        assert_eq!(row("batch", "jobs", failed)[1..4], [json!("Failed"), json!("0/2"), json!("")]);
    }

    #[test]
    fn cron_jobs() {
        let cj = json!({
            "metadata": {"name": "backup", "creationTimestamp": ago(7200)},
            "spec": {"schedule": "*/5 * * * *", "suspend": false,
                     "jobTemplate": {"spec": {"template": {"spec": {"containers": [{"name": "backup", "image": "busybox"}]}}}}},
            "status": {"active": [{"name": "backup-29100"}], "lastScheduleTime": ago(65)},
        });
        assert_eq!(
            row("batch", "cronjobs", cj),
            [
                json!("backup"),
                json!("*/5 * * * *"),
                json!("<none>"),
                json!("False"),
                json!(1),
                json!("65s"),
                json!("120m"),
                json!("backup"),
                json!("busybox"),
                json!("<none>"),
            ]
        );
    }

    #[test]
    fn horizontal_pod_autoscalers() {
        let v2 = json!({
            "metadata": {"name": "web", "creationTimestamp": ago(5)},
            "spec": {"scaleTargetRef": {"apiVersion": "apps/v1", "kind": "Deployment", "name": "web"}, "minReplicas": 2, "maxReplicas": 10,
                     "metrics": [
                        {"type": "Resource", "resource": {"name": "cpu", "target": {"type": "Utilization", "averageUtilization": 80}}},
                        {"type": "Resource", "resource": {"name": "memory", "target": {"type": "AverageValue", "averageValue": "500Mi"}}},
                        {"type": "Pods", "pods": {"metric": {"name": "rps"}, "target": {"type": "AverageValue", "averageValue": "1k"}}},
                     ]},
            "status": {"currentReplicas": 3, "currentMetrics": [{"type": "Resource", "resource": {"name": "cpu", "current": {"averageUtilization": 42, "averageValue": "210m"}}}]},
        });
        assert_eq!(
            row("autoscaling", "horizontalpodautoscalers", v2),
            [
                json!("web"),
                json!("Deployment/web"),
                json!("cpu: 42%/80%, memory: <unknown>/500Mi + 1 more..."),
                json!("2"),
                json!(10),
                json!(3),
                json!("5s"),
            ]
        );
        let v1 = json!({"metadata": {"name": "api"}, "spec": {"scaleTargetRef": {"kind": "Deployment", "name": "api"}, "maxReplicas": 5, "targetCPUUtilizationPercentage": 70}});
        assert_eq!(
            row("autoscaling", "horizontalpodautoscalers", v1)[2..6],
            [json!("cpu: <unknown>/70%"), json!("<unset>"), json!(5), json!(0)]
        );
    }
}

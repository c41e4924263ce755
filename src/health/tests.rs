//! kstatus rules per kind, on statuses as kube-controller-manager and kubelet write them.

use super::*;
use k8s_openapi::api::apps::v1::Deployment;
use serde_json::json;

fn assess(object: Value) -> (Status, String) {
    let a = compute_at(&object, "2026-05-01T12:00:00Z".parse().unwrap());
    (a.status, a.message)
}

fn typed_deployment(status: Value) -> Deployment {
    serde_json::from_value(json!({
        "metadata": {"name": "source-controller", "generation": 1},
        "spec": {
            "replicas": 1,
            "progressDeadlineSeconds": 600,
            "selector": {"matchLabels": {"app": "x"}},
            "template": {"spec": {"containers": [{"name": "manager", "image": "x:v1"}]}}
        },
        "status": status
    }))
    .unwrap()
}

#[test]
fn typed_deployments_keep_their_verdicts() {
    let d = typed_deployment(json!({
        "observedGeneration": 1, "replicas": 1, "updatedReplicas": 1, "readyReplicas": 1, "availableReplicas": 1,
        "conditions": [
            {"type": "Available", "status": "True", "reason": "MinimumReplicasAvailable"},
            {"type": "Progressing", "status": "True", "reason": "NewReplicaSetAvailable"}
        ]
    }));
    assert_eq!(deployment(&d), Health::Current("Deployment is available. Replicas: 1".into()));
    assert_eq!(deployment(&typed_deployment(json!({}))), Health::InProgress("Replicas: 0/1".into()));
    let d = typed_deployment(json!({"observedGeneration": 0}));
    assert_eq!(
        deployment(&d),
        Health::InProgress("Deployment generation is 1, but latest observed generation is 0".into())
    );
    let d = typed_deployment(json!({
        "conditions": [{"type": "Progressing", "status": "False", "reason": "ProgressDeadlineExceeded"}]
    }));
    assert_eq!(deployment(&d), Health::Failed("Progress deadline exceeded".into()));
    let d = typed_deployment(json!({
        "observedGeneration": 1, "replicas": 1, "updatedReplicas": 1, "readyReplicas": 1, "availableReplicas": 1,
        "conditions": [{"type": "Available", "status": "True"}]
    }));
    assert_eq!(deployment(&d), Health::InProgress("ReplicaSet not Available".into()));
}

fn deployment_value(spec_extra: Value, status: Value) -> Value {
    let mut spec = json!({"replicas": 2, "progressDeadlineSeconds": 600});
    for (k, v) in spec_extra.as_object().unwrap() {
        spec[k] = v.clone();
    }
    json!({
        "apiVersion": "apps/v1", "kind": "Deployment",
        "metadata": {"name": "podinfo", "namespace": "default", "generation": 3},
        "spec": spec, "status": status
    })
}

#[test]
fn deployments_roll_out_step_by_step() {
    let rolled = json!({
        "observedGeneration": 3, "replicas": 2, "updatedReplicas": 2, "readyReplicas": 2, "availableReplicas": 2,
        "conditions": [
            {"type": "Available", "status": "True", "reason": "MinimumReplicasAvailable",
             "message": "Deployment has minimum availability."},
            {"type": "Progressing", "status": "True", "reason": "NewReplicaSetAvailable",
             "message": "ReplicaSet \"podinfo-5d8b\" has successfully progressed."}
        ]
    });
    assert_eq!(
        assess(deployment_value(json!({}), rolled.clone())),
        (Status::Current, "Deployment is available. Replicas: 2".into())
    );
    let mut surge = rolled.clone();
    surge["replicas"] = json!(3);
    assert_eq!(assess(deployment_value(json!({}), surge)), (Status::InProgress, "Pending termination: 1".into()));
    let mut updating = rolled.clone();
    updating["updatedReplicas"] = json!(1);
    assert_eq!(assess(deployment_value(json!({}), updating)), (Status::InProgress, "Updated: 1/2".into()));
    let mut unavailable = rolled.clone();
    unavailable["availableReplicas"] = json!(1);
    assert_eq!(assess(deployment_value(json!({}), unavailable)), (Status::InProgress, "Available: 1/2".into()));
    let mut unready = rolled.clone();
    unready["readyReplicas"] = json!(1);
    assert_eq!(assess(deployment_value(json!({}), unready)), (Status::InProgress, "Ready: 1/2".into()));
    let mut not_available = rolled.clone();
    not_available["conditions"][0]["status"] = json!("False");
    assert_eq!(
        assess(deployment_value(json!({}), not_available)),
        (Status::InProgress, "Deployment not Available".into())
    );
    let mut stale = rolled;
    stale["observedGeneration"] = json!(2);
    assert_eq!(
        assess(deployment_value(json!({}), stale)),
        (Status::InProgress, "Deployment generation is 3, but latest observed generation is 2".into())
    );
    let failed = json!({
        "observedGeneration": 3, "replicas": 2, "updatedReplicas": 2, "readyReplicas": 0,
        "conditions": [{"type": "Progressing", "status": "False", "reason": "ProgressDeadlineExceeded",
                        "message": "ReplicaSet \"podinfo-5d8b\" has timed out progressing."}]
    });
    assert_eq!(assess(deployment_value(json!({}), failed)), (Status::Failed, "Progress deadline exceeded".into()));
}

#[test]
fn deletion_and_standard_conditions_come_first() {
    let deleting = json!({
        "apiVersion": "v1", "kind": "ConfigMap",
        "metadata": {"name": "x", "deletionTimestamp": "2026-05-01T11:59:00Z", "finalizers": ["example.com/f"]}
    });
    assert_eq!(assess(deleting), (Status::Terminating, "Resource scheduled for deletion".into()));
    let reconciling = json!({
        "apiVersion": "source.toolkit.fluxcd.io/v1", "kind": "GitRepository",
        "metadata": {"name": "podinfo", "generation": 2},
        "status": {"observedGeneration": 2, "conditions": [
            {"type": "Reconciling", "status": "True", "reason": "Progressing", "message": "building artifact"},
            {"type": "Ready", "status": "Unknown", "reason": "Progressing", "message": "building artifact"}
        ]}
    });
    assert_eq!(assess(reconciling), (Status::InProgress, "building artifact".into()));
    let stalled = json!({
        "apiVersion": "kustomize.toolkit.fluxcd.io/v1", "kind": "Kustomization",
        "metadata": {"name": "apps", "generation": 1},
        "status": {"observedGeneration": 1, "conditions": [
            {"type": "Stalled", "status": "True", "reason": "InvalidCELExpression", "message": "bad expression"},
            {"type": "Ready", "status": "False", "reason": "InvalidCELExpression", "message": "bad expression"}
        ]}
    });
    assert_eq!(assess(stalled), (Status::Failed, "bad expression".into()));
}

#[test]
fn custom_resources_follow_their_ready_condition() {
    let ks = |status: &str, message: &str| {
        json!({
            "apiVersion": "kustomize.toolkit.fluxcd.io/v1", "kind": "Kustomization",
            "metadata": {"name": "apps", "generation": 1},
            "status": {"observedGeneration": 1, "conditions": [
                {"type": "Ready", "status": status, "reason": "X", "message": message}
            ]}
        })
    };
    assert_eq!(assess(ks("True", "Applied revision: main@sha1:abc")), (Status::Current, "Resource is Ready".into()));
    assert_eq!(assess(ks("False", "dependency not ready")), (Status::InProgress, "dependency not ready".into()));
    assert_eq!(assess(ks("Unknown", "reconciling")), (Status::InProgress, "reconciling".into()));
    let plain = json!({"apiVersion": "example.com/v1", "kind": "Widget", "metadata": {"name": "w"}, "spec": {}});
    assert_eq!(assess(plain), (Status::Current, "Resource is current".into()));
    // A status the controller has not caught up with yet.
    let behind = json!({
        "apiVersion": "example.com/v1", "kind": "Widget",
        "metadata": {"name": "w", "generation": 2}, "status": {"observedGeneration": 1}
    });
    assert_eq!(
        assess(behind),
        (Status::InProgress, "Widget generation is 2, but latest observed generation is 1".into())
    );
}

#[test]
fn statefulsets() {
    let sts = |spec: Value, status: Value| {
        json!({"apiVersion": "apps/v1", "kind": "StatefulSet",
               "metadata": {"name": "db", "namespace": "default", "generation": 1}, "spec": spec, "status": status})
    };
    let done = json!({"observedGeneration": 1, "replicas": 3, "readyReplicas": 3, "currentReplicas": 3,
                      "updatedReplicas": 3, "currentRevision": "db-7c9", "updateRevision": "db-7c9"});
    let spec = json!({"replicas": 3, "updateStrategy": {"type": "RollingUpdate"}});
    assert_eq!(
        assess(sts(spec.clone(), done.clone())),
        (Status::Current, "All replicas scheduled as expected. Replicas: 3".into())
    );
    let mut rolling = done.clone();
    rolling["updateRevision"] = json!("db-8d1");
    assert_eq!(
        assess(sts(spec.clone(), rolling)),
        (Status::InProgress, "Waiting for updated revision to match current".into())
    );
    let mut unready = done.clone();
    unready["readyReplicas"] = json!(2);
    assert_eq!(assess(sts(spec.clone(), unready)), (Status::InProgress, "Ready: 2/3".into()));
    let mut partial = done.clone();
    partial["updatedReplicas"] = json!(0);
    let partitioned =
        json!({"replicas": 3, "updateStrategy": {"type": "RollingUpdate", "rollingUpdate": {"partition": 2}}});
    assert_eq!(assess(sts(partitioned.clone(), partial)), (Status::InProgress, "updated: 0/1".into()));
    assert_eq!(assess(sts(partitioned, done)), (Status::Current, "Partition rollout complete. updated: 3".into()));
    let on_delete = json!({"replicas": 3, "updateStrategy": {"type": "OnDelete"}});
    assert_eq!(
        assess(sts(on_delete, json!({}))),
        (Status::Current, "StatefulSet is using the ondelete update strategy".into())
    );
}

#[test]
fn daemonsets_need_an_observed_generation() {
    let ds = |status: Value| {
        json!({"apiVersion": "apps/v1", "kind": "DaemonSet",
               "metadata": {"name": "agent", "namespace": "kube-system", "generation": 1}, "status": status})
    };
    assert_eq!(assess(ds(json!({}))), (Status::InProgress, "DaemonSet status.observedGeneration not found".into()));
    let full = json!({"observedGeneration": 1, "desiredNumberScheduled": 1, "currentNumberScheduled": 1,
                      "updatedNumberScheduled": 1, "numberAvailable": 1, "numberReady": 1});
    assert_eq!(assess(ds(full.clone())), (Status::Current, "All replicas scheduled as expected. Replicas: 1".into()));
    let mut unavailable = full;
    unavailable["numberAvailable"] = json!(0);
    assert_eq!(assess(ds(unavailable)), (Status::InProgress, "Available: 0/1".into()));
}

#[test]
fn replicasets() {
    let rs = |status: Value| {
        json!({"apiVersion": "apps/v1", "kind": "ReplicaSet",
               "metadata": {"name": "podinfo-5d8b", "namespace": "default", "generation": 1},
               "spec": {"replicas": 2}, "status": status})
    };
    let full = json!({"observedGeneration": 1, "replicas": 2, "fullyLabeledReplicas": 2, "readyReplicas": 2,
                      "availableReplicas": 2});
    assert_eq!(assess(rs(full.clone())), (Status::Current, "ReplicaSet is available. Replicas: 2".into()));
    let mut failing = full;
    failing["conditions"] = json!([{"type": "ReplicaFailure", "status": "True", "reason": "FailedCreate"}]);
    assert_eq!(assess(rs(failing)), (Status::InProgress, "Replica Failure condition. Check Pods".into()));
}

#[test]
fn jobs_follow_fluxs_rule() {
    let job = |spec: Value, status: Value| {
        json!({"apiVersion": "batch/v1", "kind": "Job",
               "metadata": {"name": "migrate", "namespace": "default", "generation": 1}, "spec": spec, "status": status})
    };
    assert_eq!(assess(job(json!({}), json!({}))), (Status::InProgress, "Job not started. active: 0/1".into()));
    // Running is not Current for Flux, unlike kstatus.
    assert_eq!(
        assess(job(json!({}), json!({"startTime": "2026-05-01T11:59:00Z", "active": 1}))),
        (Status::InProgress, "Job in progress. success:0, active: 1, failed: 0".into())
    );
    let complete = json!({"startTime": "2026-05-01T11:59:00Z", "succeeded": 1, "completionTime": "2026-05-01T11:59:30Z",
        "conditions": [{"type": "SuccessCriteriaMet", "status": "True"}, {"type": "Complete", "status": "True"}]});
    assert_eq!(
        assess(job(json!({"completions": 1}), complete)),
        (Status::Current, "Job Completed. succeeded: 1/1".into())
    );
    let failed = json!({"startTime": "2026-05-01T11:59:00Z", "failed": 1, "conditions": [
        {"type": "FailureTarget", "status": "True", "reason": "BackoffLimitExceeded"},
        {"type": "Failed", "status": "True", "reason": "BackoffLimitExceeded",
         "message": "Job has reached the specified backoff limit"}]});
    assert_eq!(assess(job(json!({}), failed)), (Status::Failed, "Job Failed. failed: 1/1".into()));
    assert_eq!(assess(job(json!({"suspend": true}), json!({}))), (Status::Current, "Job is suspended".into()));
}

#[test]
fn pods() {
    let pod = |created: &str, status: Value| {
        json!({"apiVersion": "v1", "kind": "Pod",
               "metadata": {"name": "p", "namespace": "default", "creationTimestamp": created}, "status": status})
    };
    let old = "2026-05-01T11:00:00Z";
    let ready = json!({"phase": "Running", "conditions": [{"type": "Ready", "status": "True"}]});
    assert_eq!(assess(pod(old, ready)), (Status::Current, "Pod is Ready".into()));
    let crashing = json!({"phase": "Running", "conditions": [{"type": "Ready", "status": "False"}],
        "containerStatuses": [{"name": "app", "restartCount": 3,
            "state": {"waiting": {"reason": "CrashLoopBackOff", "message": "back-off 40s restarting failed container"}}}]});
    assert_eq!(assess(pod(old, crashing)), (Status::Failed, "Containers in CrashLoop state: app".into()));
    let unschedulable = json!({"phase": "Pending", "conditions": [
        {"type": "PodScheduled", "status": "False", "reason": "Unschedulable", "message": "0/1 nodes are available"}]});
    assert_eq!(
        assess(pod("2026-05-01T11:59:55Z", unschedulable.clone())),
        (Status::InProgress, "Pod has not been scheduled".into())
    );
    assert_eq!(assess(pod(old, unschedulable)), (Status::Failed, "Pod could not be scheduled".into()));
    assert_eq!(
        assess(pod(old, json!({"phase": "Succeeded"}))),
        (Status::Current, "Pod has completed successfully".into())
    );
    assert_eq!(assess(pod(old, json!({}))), (Status::InProgress, "Pod phase not available".into()));
}

#[test]
fn services_pvcs_crds_and_always_ready_kinds() {
    let lb = json!({"apiVersion": "v1", "kind": "Service", "metadata": {"name": "web"},
                    "spec": {"type": "LoadBalancer", "clusterIP": ""}});
    assert_eq!(assess(lb), (Status::InProgress, "ClusterIP not set. Service type: LoadBalancer".into()));
    let svc = json!({"apiVersion": "v1", "kind": "Service", "metadata": {"name": "web"},
                     "spec": {"type": "ClusterIP", "clusterIP": "10.96.0.10"}});
    assert_eq!(assess(svc), (Status::Current, "Service is ready".into()));
    let pvc = json!({"apiVersion": "v1", "kind": "PersistentVolumeClaim", "metadata": {"name": "data"},
                     "status": {"phase": "Pending"}});
    assert_eq!(assess(pvc), (Status::InProgress, "PVC is not Bound. phase: Pending".into()));
    let crd = |conditions: Value| {
        json!({"apiVersion": "apiextensions.k8s.io/v1", "kind": "CustomResourceDefinition",
               "metadata": {"name": "widgets.example.com", "generation": 1}, "status": {"conditions": conditions}})
    };
    assert_eq!(assess(crd(json!([]))), (Status::InProgress, "Install in progress".into()));
    assert_eq!(
        assess(crd(json!([{"type": "NamesAccepted", "status": "True", "reason": "NoConflicts"},
                          {"type": "Established", "status": "True", "reason": "InitialNamesAccepted"}]))),
        (Status::Current, "CRD is established".into())
    );
    assert_eq!(
        assess(crd(json!([{"type": "NamesAccepted", "status": "False", "reason": "KindConflict",
                           "message": "\"Widget\" is already in use"}]))),
        (Status::Failed, "\"Widget\" is already in use".into())
    );
    for (api_version, kind) in
        [("v1", "Secret"), ("v1", "ConfigMap"), ("batch/v1", "CronJob"), ("policy/v1", "PodDisruptionBudget")]
    {
        let o = json!({"apiVersion": api_version, "kind": kind, "metadata": {"name": "x"}});
        assert_eq!(assess(o).0, Status::Current, "{kind}");
    }
    let ns =
        json!({"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": "apps"}, "status": {"phase": "Active"}});
    assert_eq!(assess(ns), (Status::Current, "Resource is current".into()));
}

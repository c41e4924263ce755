//! Readiness of Kubernetes objects, computed as kstatus (fluxcd/cli-utils `pkg/kstatus/status`) does, which is
//! what upstream's `check`, `install`, apply stages and Kustomization health checks wait on. Pure functions over
//! objects as the API server returns them.
//!
//! The order of the rules is kstatus's: generic rules first (deletion, `observedGeneration`, the `Reconciling`
//! and `Stalled` conditions), then the rules of the built-in kinds, then a `Ready` condition, else Current.
//! Jobs follow Flux's override (fluxcd/pkg `runtime/statusreaders/job.go`): Current only once complete.

use chrono::{DateTime, Utc};
use k8s_openapi::api::apps::v1::Deployment;
use serde_json::Value;

#[cfg(test)]
mod tests;

/// kstatus's statuses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Status {
    InProgress,
    Failed,
    Current,
    Terminating,
    /// The object does not exist (only a poller says this; [`compute`] always has an object).
    NotFound,
    /// The status could not be computed; the message says why.
    Unknown,
}

impl std::fmt::Display for Status {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Status::InProgress => "InProgress",
            Status::Failed => "Failed",
            Status::Current => "Current",
            Status::Terminating => "Terminating",
            Status::NotFound => "NotFound",
            Status::Unknown => "Unknown",
        })
    }
}

/// A status with kstatus's message (`Deployment is available. Replicas: 1`, `Ready: 0/1`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Assessment {
    pub status: Status,
    pub message: String,
}

impl Assessment {
    fn new(status: Status, message: impl Into<String>) -> Assessment {
        Assessment { status, message: message.into() }
    }

    fn current(message: impl Into<String>) -> Assessment {
        Assessment::new(Status::Current, message)
    }

    fn in_progress(message: impl Into<String>) -> Assessment {
        Assessment::new(Status::InProgress, message)
    }

    fn failed(message: impl Into<String>) -> Assessment {
        Assessment::new(Status::Failed, message)
    }
}

/// kstatus for any object, at the current time (Pods use the clock for their scheduling window).
///
/// ```ignore
/// let cm = serde_json::json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "x"}});
/// assert_eq!(health::compute(&cm).status, health::Status::Current);
/// ```
pub fn compute(object: &Value) -> Assessment {
    compute_at(object, Utc::now())
}

/// [`compute`] with an explicit clock.
pub fn compute_at(object: &Value, now: DateTime<Utc>) -> Assessment {
    let (group, kind) = group_kind(object);
    if group == "batch" && kind == "Job" {
        // Flux reads Jobs with its own status function alone, without kstatus's generic rules.
        return job(object);
    }
    if let Some(generic) = generic(object) {
        return generic;
    }
    let assessed = match (group, kind) {
        ("", "Service") => Some(service(object)),
        ("", "Pod") => Some(pod(object, now)),
        ("", "Secret" | "ConfigMap") | ("batch", "CronJob") => Some(Assessment::current("Resource is always ready")),
        ("", "PersistentVolumeClaim") => Some(pvc(object)),
        ("apps", "StatefulSet") => Some(statefulset(object)),
        ("apps" | "extensions", "DaemonSet") => Some(daemonset(object)),
        ("apps" | "extensions", "Deployment") => Some(deployment_status(object)),
        ("apps" | "extensions", "ReplicaSet") => Some(replicaset(object)),
        ("policy", "PodDisruptionBudget") => Some(Assessment::current("AllowedDisruptions has been computed.")),
        ("apiextensions.k8s.io", "CustomResourceDefinition") => Some(crd(object)),
        _ => None,
    };
    if let Some(a) = assessed {
        return a;
    }
    if let Some(ready) = ready_condition(object) {
        return ready;
    }
    Assessment::current("Resource is current")
}

/// The group (empty for core) and kind of an object.
fn group_kind(object: &Value) -> (&str, &str) {
    let api_version = object.get("apiVersion").and_then(Value::as_str).unwrap_or_default();
    let group = api_version.rsplit_once('/').map_or("", |(g, _)| g);
    (group, object.get("kind").and_then(Value::as_str).unwrap_or_default())
}

/// A condition as kstatus reads them: type, status, reason, message.
struct Condition<'a> {
    type_: &'a str,
    status: &'a str,
    reason: &'a str,
    message: &'a str,
}

fn conditions(object: &Value) -> Vec<Condition<'_>> {
    object
        .pointer("/status/conditions")
        .and_then(Value::as_array)
        .map(|cs| {
            cs.iter()
                .map(|c| {
                    let field = |k: &str| c.get(k).and_then(Value::as_str).unwrap_or_default();
                    Condition {
                        type_: field("type"),
                        status: field("status"),
                        reason: field("reason"),
                        message: field("message"),
                    }
                })
                .collect()
        })
        .unwrap_or_default()
}

/// An integer field, or `default` when absent or not an integer (kstatus's `GetIntField`).
fn int(object: &Value, pointer: &str, default: i64) -> i64 {
    object.pointer(pointer).and_then(Value::as_i64).unwrap_or(default)
}

/// A string field, or `default` when absent or not a string (kstatus's `GetStringField`).
fn string<'a>(object: &'a Value, pointer: &str, default: &'a str) -> &'a str {
    object.pointer(pointer).and_then(Value::as_str).unwrap_or(default)
}

/// Deletion, the latest generation observed, and the `Reconciling`/`Stalled` conditions.
fn generic(object: &Value) -> Option<Assessment> {
    if object.pointer("/metadata/deletionTimestamp").and_then(Value::as_str).is_some_and(|t| !t.is_empty()) {
        return Some(Assessment::new(Status::Terminating, "Resource scheduled for deletion"));
    }
    if let (Some(generation), Some(observed)) = (
        object.pointer("/metadata/generation").and_then(Value::as_i64),
        object.pointer("/status/observedGeneration").and_then(Value::as_i64),
    ) {
        if observed != generation {
            let kind = object.get("kind").and_then(Value::as_str).unwrap_or_default();
            return Some(Assessment::in_progress(format!(
                "{kind} generation is {generation}, but latest observed generation is {observed}"
            )));
        }
    }
    for c in conditions(object) {
        if c.type_ == "Reconciling" && c.status == "True" {
            return Some(Assessment::in_progress(c.message));
        }
        if c.type_ == "Stalled" && c.status == "True" {
            return Some(Assessment::failed(c.message));
        }
    }
    None
}

/// A `Ready` condition: True is Current, False or Unknown is InProgress.
fn ready_condition(object: &Value) -> Option<Assessment> {
    conditions(object).into_iter().filter(|c| c.type_ == "Ready").find_map(|c| match c.status {
        "True" => Some(Assessment::current("Resource is Ready")),
        "False" | "Unknown" => Some(Assessment::in_progress(c.message)),
        _ => None,
    })
}

fn deployment_status(d: &Value) -> Assessment {
    // Without a progress deadline the controller never sets Progressing, so kstatus assumes progress.
    let mut progressing = int(d, "/spec/progressDeadlineSeconds", i32::MAX as i64) == i32::MAX as i64;
    let mut available = false;
    for c in conditions(d) {
        match c.type_ {
            "Progressing" => {
                if c.reason == "ProgressDeadlineExceeded" {
                    return Assessment::failed("Progress deadline exceeded");
                }
                if c.status == "True" && c.reason == "NewReplicaSetAvailable" {
                    progressing = true;
                }
            }
            "Available" if c.status == "True" => available = true,
            _ => {}
        }
    }
    let spec = int(d, "/spec/replicas", 1);
    let replicas = int(d, "/status/replicas", 0);
    let updated = int(d, "/status/updatedReplicas", 0);
    let ready = int(d, "/status/readyReplicas", 0);
    let available_replicas = int(d, "/status/availableReplicas", 0);
    if spec > replicas {
        return Assessment::in_progress(format!("Replicas: {replicas}/{spec}"));
    }
    if spec > updated {
        return Assessment::in_progress(format!("Updated: {updated}/{spec}"));
    }
    if replicas > spec {
        return Assessment::in_progress(format!("Pending termination: {}", replicas - spec));
    }
    if updated > available_replicas {
        return Assessment::in_progress(format!("Available: {available_replicas}/{updated}"));
    }
    if spec > ready {
        return Assessment::in_progress(format!("Ready: {ready}/{spec}"));
    }
    if !progressing {
        return Assessment::in_progress("ReplicaSet not Available");
    }
    if !available {
        return Assessment::in_progress("Deployment not Available");
    }
    Assessment::current(format!("Deployment is available. Replicas: {replicas}"))
}

fn statefulset(s: &Value) -> Assessment {
    if string(s, "/spec/updateStrategy/type", "") == "OnDelete" {
        return Assessment::current("StatefulSet is using the ondelete update strategy");
    }
    let spec = int(s, "/spec/replicas", 1);
    let ready = int(s, "/status/readyReplicas", 0);
    let current = int(s, "/status/currentReplicas", 0);
    let updated = int(s, "/status/updatedReplicas", 0);
    let replicas = int(s, "/status/replicas", 0);
    let partition = int(s, "/spec/updateStrategy/rollingUpdate/partition", -1);
    if spec > replicas {
        return Assessment::in_progress(format!("Replicas: {replicas}/{spec}"));
    }
    if spec > ready {
        return Assessment::in_progress(format!("Ready: {ready}/{spec}"));
    }
    if replicas > spec {
        return Assessment::in_progress(format!("Pending termination: {}", replicas - spec));
    }
    if partition != -1 {
        if updated < spec - partition {
            return Assessment::in_progress(format!("updated: {updated}/{}", spec - partition));
        }
        return Assessment::current(format!("Partition rollout complete. updated: {updated}"));
    }
    if spec > current {
        return Assessment::in_progress(format!("current: {current}/{spec}"));
    }
    if string(s, "/status/currentRevision", "") != string(s, "/status/updateRevision", "") {
        return Assessment::in_progress("Waiting for updated revision to match current");
    }
    Assessment::current(format!("All replicas scheduled as expected. Replicas: {replicas}"))
}

fn replicaset(r: &Value) -> Assessment {
    if conditions(r).iter().any(|c| c.type_ == "ReplicaFailure" && c.status == "True") {
        return Assessment::in_progress("Replica Failure condition. Check Pods");
    }
    let spec = int(r, "/spec/replicas", 1);
    let replicas = int(r, "/status/replicas", 0);
    let ready = int(r, "/status/readyReplicas", 0);
    let available = int(r, "/status/availableReplicas", 0);
    let labelled = int(r, "/status/fullyLabeledReplicas", 0);
    if spec > labelled {
        return Assessment::in_progress(format!("Labelled: {labelled}/{spec}"));
    }
    if spec > available {
        return Assessment::in_progress(format!("Available: {available}/{spec}"));
    }
    if spec > ready {
        return Assessment::in_progress(format!("Ready: {ready}/{spec}"));
    }
    if replicas > spec {
        return Assessment::in_progress(format!("Pending termination: {}", replicas - spec));
    }
    Assessment::current(format!("ReplicaSet is available. Replicas: {replicas}"))
}

fn daemonset(d: &Value) -> Assessment {
    // The DaemonSet controller always sets these once it has seen the object, so their absence means "not yet".
    let kind = d.get("kind").and_then(Value::as_str).unwrap_or_default();
    if d.pointer("/metadata/generation").and_then(Value::as_i64).is_none() {
        return Assessment::in_progress(format!("{kind} metadata.generation not found"));
    }
    if d.pointer("/status/observedGeneration").and_then(Value::as_i64).is_none() {
        return Assessment::in_progress(format!("{kind} status.observedGeneration not found"));
    }
    let desired = int(d, "/status/desiredNumberScheduled", -1);
    let current = int(d, "/status/currentNumberScheduled", 0);
    let updated = int(d, "/status/updatedNumberScheduled", 0);
    let available = int(d, "/status/numberAvailable", 0);
    let ready = int(d, "/status/numberReady", 0);
    if desired == -1 {
        return Assessment::in_progress("Missing .status.desiredNumberScheduled");
    }
    if desired > current {
        return Assessment::in_progress(format!("Current: {current}/{desired}"));
    }
    if desired > updated {
        return Assessment::in_progress(format!("Updated: {updated}/{desired}"));
    }
    if desired > available {
        return Assessment::in_progress(format!("Available: {available}/{desired}"));
    }
    if desired > ready {
        return Assessment::in_progress(format!("Ready: {ready}/{desired}"));
    }
    Assessment::current(format!("All replicas scheduled as expected. Replicas: {desired}"))
}

fn pvc(p: &Value) -> Assessment {
    let phase = string(p, "/status/phase", "unknown");
    if phase != "Bound" {
        return Assessment::in_progress(format!("PVC is not Bound. phase: {phase}"));
    }
    Assessment::current("PVC is Bound")
}

/// How long a pod may stay unscheduled before kstatus calls it unschedulable.
const SCHEDULE_WINDOW: chrono::TimeDelta = chrono::TimeDelta::seconds(15);

fn pod(p: &Value, now: DateTime<Utc>) -> Assessment {
    let conds = conditions(p);
    match string(p, "/status/phase", "") {
        "Succeeded" => Assessment::current("Pod has completed successfully"),
        "Failed" => Assessment::current("Pod has completed, but not successfully"),
        "Running" => {
            if conds.iter().any(|c| c.type_ == "Ready" && c.status == "True") {
                return Assessment::current("Pod is Ready");
            }
            let crashing: Vec<&str> = p
                .pointer("/status/containerStatuses")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .filter(|cs| cs.pointer("/state/waiting/reason").and_then(Value::as_str) == Some("CrashLoopBackOff"))
                .filter_map(|cs| cs.get("name").and_then(Value::as_str))
                .collect();
            if !crashing.is_empty() {
                return Assessment::failed(format!("Containers in CrashLoop state: {}", crashing.join(",")));
            }
            Assessment::in_progress("Pod is running but is not Ready")
        }
        "Pending" => {
            let unschedulable =
                conds.iter().any(|c| c.type_ == "PodScheduled" && c.status == "False" && c.reason == "Unschedulable");
            if !unschedulable {
                return Assessment::in_progress("Pod is in the Pending phase");
            }
            let created = p
                .pointer("/metadata/creationTimestamp")
                .and_then(Value::as_str)
                .and_then(|t| DateTime::parse_from_rfc3339(t).ok())
                .map(|t| t.with_timezone(&Utc));
            // A missing timestamp reads as Go's zero time: long past the window.
            if created.is_some_and(|c| now - SCHEDULE_WINDOW < c) {
                return Assessment::in_progress("Pod has not been scheduled");
            }
            Assessment::failed("Pod could not be scheduled")
        }
        "" => Assessment::in_progress("Pod phase not available"),
        other => Assessment::new(Status::Unknown, format!("unknown phase {other}")),
    }
}

/// Flux's Job rule: Current only when suspended or complete, Failed when failed, else InProgress.
fn job(j: &Value) -> Assessment {
    if j.pointer("/spec/suspend").and_then(Value::as_bool) == Some(true) {
        return Assessment::current("Job is suspended");
    }
    let parallelism = int(j, "/spec/parallelism", 1);
    let completions = int(j, "/spec/completions", parallelism);
    let active = int(j, "/status/active", 0);
    let succeeded = int(j, "/status/succeeded", 0);
    let failed = int(j, "/status/failed", 0);
    for c in conditions(j) {
        match c.type_ {
            "Complete" if c.status == "True" => {
                return Assessment::current(format!("Job Completed. succeeded: {succeeded}/{completions}"));
            }
            "Failed" if c.status == "True" => {
                return Assessment::failed(format!("Job Failed. failed: {failed}/{completions}"));
            }
            _ => {}
        }
    }
    if string(j, "/status/startTime", "").is_empty() {
        return Assessment::in_progress(format!("Job not started. active: 0/{parallelism}"));
    }
    Assessment::in_progress(format!("Job in progress. success:{succeeded}, active: {active}, failed: {failed}"))
}

fn service(s: &Value) -> Assessment {
    if string(s, "/spec/type", "ClusterIP") == "LoadBalancer" && string(s, "/spec/clusterIP", "").is_empty() {
        return Assessment::in_progress("ClusterIP not set. Service type: LoadBalancer");
    }
    Assessment::current("Service is ready")
}

fn crd(c: &Value) -> Assessment {
    for cond in conditions(c) {
        if cond.type_ == "NamesAccepted" && cond.status == "False" {
            return Assessment::failed(cond.message);
        }
        if cond.type_ == "Established" {
            if cond.status == "False" && cond.reason != "Installing" {
                return Assessment::failed(cond.message);
            }
            if cond.status == "True" {
                return Assessment::current("CRD is established");
            }
        }
    }
    Assessment::in_progress("Install in progress")
}

/// kstatus's verdicts that matter to a waiter on one Deployment (`check`, `install`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Health {
    /// Fully rolled out and available (`Deployment is available. Replicas: N`).
    Current(String),
    /// Still rolling out; the message says what is missing.
    InProgress(String),
    /// Will not get better by waiting (`Progress deadline exceeded`).
    Failed(String),
    /// Being deleted.
    Terminating,
}

impl Health {
    pub fn is_current(&self) -> bool {
        matches!(self, Health::Current(_))
    }
}

/// kstatus for a typed Deployment: [`compute`] on its JSON form.
pub fn deployment(d: &Deployment) -> Health {
    let mut value = serde_json::to_value(d).unwrap_or(Value::Null);
    // The typed form may lack apiVersion/kind when built by hand; the rules are chosen by them.
    value["apiVersion"] = Value::from("apps/v1");
    value["kind"] = Value::from("Deployment");
    let a = compute(&value);
    match a.status {
        Status::Current => Health::Current(a.message),
        Status::Failed => Health::Failed(a.message),
        Status::Terminating => Health::Terminating,
        Status::InProgress | Status::NotFound | Status::Unknown => Health::InProgress(a.message),
    }
}

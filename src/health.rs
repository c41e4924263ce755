//! Readiness of workloads, computed as kstatus (sigs.k8s.io/cli-utils) does, which is what upstream's
//! `check`, `install` and health checks wait on. Pure functions over typed objects.

use k8s_openapi::api::apps::v1::Deployment;

/// kstatus's verdicts that matter to a waiter.
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

/// kstatus for a Deployment: the generic observedGeneration check, then `deploymentConditions`.
pub fn deployment(d: &Deployment) -> Health {
    if d.metadata.deletion_timestamp.is_some() {
        return Health::Terminating;
    }
    let status = d.status.clone().unwrap_or_default();
    let generation = d.metadata.generation.unwrap_or(0);
    if let Some(observed) = status.observed_generation {
        if observed != generation {
            return Health::InProgress(format!(
                "Deployment generation is {generation}, but latest observed generation is {observed}"
            ));
        }
    }
    let spec = d.spec.clone().unwrap_or_default();
    // Without a progress deadline the controller never sets Progressing, so kstatus assumes progress.
    let mut progressing = spec.progress_deadline_seconds.is_none_or(|s| s == i32::MAX);
    let mut available = false;
    for c in status.conditions.iter().flatten() {
        match c.type_.as_str() {
            "Progressing" => {
                if c.reason.as_deref() == Some("ProgressDeadlineExceeded") {
                    return Health::Failed("Progress deadline exceeded".to_string());
                }
                if c.status == "True" && c.reason.as_deref() == Some("NewReplicaSetAvailable") {
                    progressing = true;
                }
            }
            "Available" if c.status == "True" => available = true,
            _ => {}
        }
    }
    let spec_replicas = spec.replicas.unwrap_or(1);
    let replicas = status.replicas.unwrap_or(0);
    let updated = status.updated_replicas.unwrap_or(0);
    let ready = status.ready_replicas.unwrap_or(0);
    let available_replicas = status.available_replicas.unwrap_or(0);
    if spec_replicas > replicas {
        return Health::InProgress(format!("Replicas: {replicas}/{spec_replicas}"));
    }
    if spec_replicas > updated {
        return Health::InProgress(format!("Updated: {updated}/{spec_replicas}"));
    }
    if replicas > spec_replicas {
        return Health::InProgress(format!("Pending termination: {}", replicas - spec_replicas));
    }
    if updated > available_replicas {
        return Health::InProgress(format!("Available: {available_replicas}/{updated}"));
    }
    if spec_replicas > ready {
        return Health::InProgress(format!("Ready: {ready}/{spec_replicas}"));
    }
    if !progressing {
        return Health::InProgress("ReplicaSet not Available".to_string());
    }
    if !available {
        return Health::InProgress("Deployment not Available".to_string());
    }
    Health::Current(format!("Deployment is available. Replicas: {replicas}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn deployment_json(status: serde_json::Value) -> Deployment {
        serde_json::from_value(serde_json::json!({
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
    fn rolled_out_is_current() {
        let d = deployment_json(serde_json::json!({
            "observedGeneration": 1, "replicas": 1, "updatedReplicas": 1, "readyReplicas": 1, "availableReplicas": 1,
            "conditions": [
                {"type": "Available", "status": "True"},
                {"type": "Progressing", "status": "True", "reason": "NewReplicaSetAvailable"}
            ]
        }));
        assert_eq!(deployment(&d), Health::Current("Deployment is available. Replicas: 1".into()));
    }

    #[test]
    fn rolling_out_and_failed() {
        let d = deployment_json(serde_json::json!({}));
        assert_eq!(deployment(&d), Health::InProgress("Replicas: 0/1".into()));
        let d = deployment_json(serde_json::json!({"observedGeneration": 0}));
        assert!(matches!(deployment(&d), Health::InProgress(m) if m.contains("latest observed generation is 0")));
        let d = deployment_json(serde_json::json!({
            "conditions": [{"type": "Progressing", "status": "False", "reason": "ProgressDeadlineExceeded"}]
        }));
        assert_eq!(deployment(&d), Health::Failed("Progress deadline exceeded".into()));
        let d = deployment_json(serde_json::json!({
            "observedGeneration": 1, "replicas": 1, "updatedReplicas": 1, "readyReplicas": 1, "availableReplicas": 1,
            "conditions": [{"type": "Available", "status": "True"}]
        }));
        assert_eq!(deployment(&d), Health::InProgress("ReplicaSet not Available".into()));
    }
}

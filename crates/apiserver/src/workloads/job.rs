//! The Job controller: pods until enough succeed, conditions as in 1.33, and its status.

use serde_json::{json, Map, Value};

use super::failure::Failure;
use super::{condition, condition_true, int_at, is_ready, put_nonzero, Owned, PodName, Sim};
use crate::objects;

impl Sim<'_> {
    pub(super) async fn job(&mut self, key: &str, job: Value, pods: &Owned) {
        if objects::is_deleting(&job) || job_finished(&job) || job.pointer("/spec/suspend") == Some(&json!(true)) {
            return;
        }
        let owned: Vec<(String, Value)> = pods
            .get(objects::meta_str(&job, "uid"))
            .into_iter()
            .flatten()
            .map(|(k, s)| (k.clone(), s.value()))
            .collect();
        let phase = |p: &Value| p.pointer("/status/phase").and_then(Value::as_str).unwrap_or("Pending").to_string();
        let active: Vec<&(String, Value)> = owned
            .iter()
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

/// Pods of a Job by state.
#[derive(Debug, Clone, Default)]
pub(super) struct JobCounts {
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
pub(super) fn job_status(job: &Value, counts: &JobCounts, failure: Option<Failure>, now: &str) -> Value {
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

//! Waiting until objects are Current, as upstream's `WaitForSet` (fluxcd/pkg `ssa/manager_wait.go`): poll every
//! object at once and then again, stop when all are Current, when only Current and Failed remain (they will not
//! change), or at the first Failed with fail-fast; then report every object that is Failed, or not Current on
//! timeout.
//!
//! Upstream polls at a fixed interval (5 s for health checks), so a Deployment that becomes available a moment
//! after the first look costs a whole interval. Here the pauses start at [`FIRST_PAUSE`] and double up to the
//! interval: the outcome and the messages are the same, the wait ends sooner.

use std::time::Duration;

use api::inventory::ObjectId;
use futures::stream::{self, StreamExt};
use serde_json::Value;

use super::{ObjectRef, ResourceManager};
use crate::health::{self, Assessment, Status};

/// How to wait.
#[derive(Debug, Clone)]
pub struct WaitOptions {
    /// How often to read the objects (upstream: 5 s for health checks, 2 s between apply stages).
    pub interval: Duration,
    pub timeout: Duration,
    /// Stop at the first Failed object instead of waiting for the others.
    pub fail_fast: bool,
    /// Jobs with `ttlSecondsAfterFinished`: gone counts as done, the TTL controller deleted them.
    pub jobs_with_ttl: Vec<ObjectId>,
    /// CEL health checks (`spec.healthCheckExprs`) that replace kstatus for the kinds they name.
    pub custom: Option<std::sync::Arc<cel::flux::HealthChecks>>,
}

impl WaitOptions {
    /// Reads every `interval` until all are Current or `timeout` passes; kstatus only, no fail-fast
    /// (the wait between apply stages).
    pub fn every(interval: Duration, timeout: Duration) -> WaitOptions {
        WaitOptions { interval, timeout, fail_fast: false, jobs_with_ttl: Vec::new(), custom: None }
    }
}

/// Why a wait ended without every object Current: upstream's message
/// (`timeout waiting for: [Deployment/default/x status: 'InProgress']`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WaitError {
    pub message: String,
    /// True when the timeout passed, false when objects failed early.
    pub timed_out: bool,
}

impl std::fmt::Display for WaitError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for WaitError {}

/// The Jobs among `objects` that set `spec.ttlSecondsAfterFinished`.
pub fn jobs_with_ttl(objects: &[Value]) -> Vec<ObjectId> {
    objects
        .iter()
        .filter(|o| {
            o.get("kind").and_then(Value::as_str) == Some("Job")
                && o.get("apiVersion").and_then(Value::as_str).is_some_and(|v| v.starts_with("batch/"))
                && o.pointer("/spec/ttlSecondsAfterFinished").is_some_and(Value::is_i64)
        })
        .map(|o| ObjectRef::of(o).id)
        .collect()
}

/// The first pause between two polls; each next pause doubles, up to the configured interval.
pub const FIRST_PAUSE: Duration = Duration::from_millis(100);

/// How many objects are read at once.
const READ_CONCURRENCY: usize = 8;

impl ResourceManager {
    /// Waits until every object is Current; see the module documentation.
    pub async fn wait_for(&self, objects: &[ObjectRef], opts: &WaitOptions) -> Result<(), WaitError> {
        if objects.is_empty() {
            return Ok(());
        }
        let deadline = tokio::time::Instant::now() + opts.timeout;
        let mut last: Vec<Option<Assessment>> = vec![None; objects.len()];
        let mut pause = FIRST_PAUSE.min(opts.interval);
        let timed_out = loop {
            // The futures are made up front: a stream mapping references would not be `Send` for every lifetime.
            let reads: Vec<_> = objects.iter().map(|o| self.status_with(o, opts.custom.as_deref())).collect();
            let round = stream::iter(reads).buffered(READ_CONCURRENCY).collect::<Vec<_>>();
            let Ok(statuses) = tokio::time::timeout_at(deadline, round).await else {
                break true;
            };
            for (slot, status) in last.iter_mut().zip(statuses) {
                *slot = Some(status);
            }
            let effective: Vec<Status> = objects
                .iter()
                .zip(&last)
                .filter_map(|(o, a)| a.as_ref().map(|a| effective_status(o, a.status, opts)))
                .collect();
            let all_current = effective.iter().all(|s| *s == Status::Current);
            let terminal = effective.iter().all(|s| matches!(s, Status::Current | Status::Failed));
            let failed = effective.contains(&Status::Failed);
            if all_current || terminal || (opts.fail_fast && failed) {
                break false;
            }
            let next = tokio::time::Instant::now() + pause;
            pause = (pause * 2).min(opts.interval);
            if next >= deadline {
                tokio::time::sleep_until(deadline).await;
                break true;
            }
            tokio::time::sleep_until(next).await;
        };
        let mut errors = Vec::new();
        for (object, assessment) in objects.iter().zip(&last) {
            let ttl_job = opts.jobs_with_ttl.contains(&object.id);
            match assessment {
                None if ttl_job => {}
                None => errors.push(format!("can't determine status for {}", object.subject())),
                Some(a) if a.status == Status::NotFound && ttl_job => {}
                Some(a) if a.status == Status::Failed || (timed_out && a.status != Status::Current) => {
                    let mut line = format!("{} status: '{}'", object.subject(), a.status);
                    // Only read errors are appended, as upstream's poller reports them.
                    if a.status == Status::Unknown {
                        line.push_str(&format!(": {}", a.message));
                    }
                    errors.push(line);
                }
                Some(_) => {}
            }
        }
        if errors.is_empty() {
            return Ok(());
        }
        let what = if timed_out { "timeout waiting for" } else { "failed early due to stalled resources" };
        Err(WaitError { message: format!("{what}: [{}]", errors.join(", ")), timed_out })
    }

    /// Reads one object and computes its status; NotFound when it does not exist, Unknown when it cannot be read.
    pub async fn status_of(&self, object: &ObjectRef) -> Assessment {
        self.status_with(object, None).await
    }

    /// [`Self::status_of`], with CEL health checks taking over for the kinds they name (but Jobs, which
    /// keep Flux's own reader, as upstream registers it first).
    async fn status_with(&self, object: &ObjectRef, custom: Option<&cel::flux::HealthChecks>) -> Assessment {
        let unknown = |message: String| Assessment { status: Status::Unknown, message };
        let endpoint = match self
            .discovery
            .endpoint(&object.api_version, &object.id.kind, &object.id.namespace, &object.id.name)
            .await
        {
            Ok(e) => e,
            Err(e) => return unknown(e),
        };
        let is_job = object.id.group == "batch" && object.id.kind == "Job";
        let custom = custom.filter(|c| !is_job && c.applies_to(&object.api_version, &object.id.kind));
        match endpoint.get().await {
            Ok(Some(live)) => match custom.and_then(|c| c.evaluate(&live)) {
                Some(health) => Assessment {
                    status: match health.status {
                        cel::flux::HealthStatus::Current => Status::Current,
                        cel::flux::HealthStatus::InProgress => Status::InProgress,
                        cel::flux::HealthStatus::Failed => Status::Failed,
                        cel::flux::HealthStatus::Unknown => Status::Unknown,
                    },
                    message: health.message,
                },
                None => health::compute(&live),
            },
            Ok(None) => Assessment { status: Status::NotFound, message: "Resource not found".into() },
            Err(e) => unknown(crate::kube_error::describe(&e)),
        }
    }

    /// Waits until every object is gone (`deletionPolicy: WaitForTermination`).
    pub async fn wait_for_termination(&self, objects: &[ObjectRef], opts: &WaitOptions) -> Result<(), WaitError> {
        let deadline = tokio::time::Instant::now() + opts.timeout;
        let mut pause = FIRST_PAUSE.min(opts.interval);
        for object in objects {
            loop {
                if self.status_of(object).await.status == Status::NotFound {
                    break;
                }
                let next = tokio::time::Instant::now() + pause;
                pause = (pause * 2).min(opts.interval);
                if next >= deadline {
                    return Err(WaitError {
                        message: format!("{} termination timeout: context deadline exceeded", object.subject()),
                        timed_out: true,
                    });
                }
                tokio::time::sleep_until(next).await;
            }
        }
        Ok(())
    }
}

/// A finished Job with a TTL may be gone already: that is success.
fn effective_status(object: &ObjectRef, status: Status, opts: &WaitOptions) -> Status {
    if status == Status::NotFound && opts.jobs_with_ttl.contains(&object.id) {
        Status::Current
    } else {
        status
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn jobs_with_a_ttl() {
        let objects = vec![
            json!({"apiVersion": "batch/v1", "kind": "Job", "metadata": {"name": "a", "namespace": "d"},
                   "spec": {"ttlSecondsAfterFinished": 0}}),
            json!({"apiVersion": "batch/v1", "kind": "Job", "metadata": {"name": "b", "namespace": "d"}, "spec": {}}),
            json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "c", "namespace": "d"},
                   "spec": {"ttlSecondsAfterFinished": 0}}),
        ];
        assert_eq!(jobs_with_ttl(&objects), vec![ObjectId::new("d", "a", "batch", "Job")]);
    }
}

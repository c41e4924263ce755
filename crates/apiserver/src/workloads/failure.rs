//! Failure annotations: [`FAIL_ANNOTATION`] (`sim.flux-rs.io/fail`), on a workload or on its pod template,
//! makes the simulation fail the way a real cluster would:
//!
//! - `progress-deadline`: pods run but never become Ready, and the Deployment's `Progressing` condition turns
//!   `False` with reason `ProgressDeadlineExceeded` (message `ReplicaSet "x" has timed out progressing.`) as
//!   soon as the rollout stops making progress, without waiting for `progressDeadlineSeconds`.
//! - `crash-loop`: containers wait in `CrashLoopBackOff`, `restartCount` grows with kubelet's back-off (10 s,
//!   doubling, at most 5 min), pods are not Ready.
//! - `job-failed`: the Job's first pod fails (exit code 1) and the Job fails at once, as if its backoff limit had
//!   been reached: conditions `FailureTarget` then `Failed`, reason `BackoffLimitExceeded`, message
//!   `Job has reached the specified backoff limit`.

use serde_json::Value;

use super::{controller_ref, Sim};
use crate::objects;

/// The annotation that asks the simulation to fail a workload; see the module documentation.
pub(super) const FAIL_ANNOTATION: &str = "sim.flux-rs.io/fail";

/// A failure asked for with [`FAIL_ANNOTATION`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Failure {
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
    pub(super) fn of(obj: &Value) -> Option<Failure> {
        ["/metadata/annotations", "/spec/template/metadata/annotations"]
            .iter()
            .filter_map(|p| obj.pointer(p).and_then(|a| a.get(FAIL_ANNOTATION)).and_then(Value::as_str))
            .find_map(Failure::parse)
    }
}

impl Sim<'_> {
    /// The failure asked for on the pod, or on the workload controlling it (a ReplicaSet carries its
    /// Deployment's annotations).
    pub(super) fn failure_for_pod(&self, pod: &Value) -> Option<Failure> {
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
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::workloads::deployment::{deployment_status, RsCounts};
    use crate::workloads::job::{job_status, JobCounts};
    use crate::workloads::tests::{deployment, pod};
    use crate::workloads::{condition, condition_true, int_at};

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
    fn failure_annotation_on_workload_or_template() {
        assert_eq!(Failure::of(&deployment(1, Some("crash-loop"))), Some(Failure::CrashLoop));
        assert_eq!(Failure::of(&job(Some("job-failed"))), Some(Failure::JobFailed));
        assert_eq!(Failure::of(&deployment(1, Some("bogus"))), None);
        assert_eq!(Failure::of(&deployment(1, None)), None);
    }
}

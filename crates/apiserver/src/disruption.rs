//! PodDisruptionBudgets: the status kube-controller-manager's disruption controller keeps (which the
//! eviction subresource reads), and the eviction subresource itself (`kubectl drain`).
//!
//! The controller runs with the workload simulation. For each budget it counts the pods its selector
//! picks, the healthy ones (Ready, not being deleted, not just evicted), the desired number from
//! `minAvailable` or `maxUnavailable` (percentages scale the replicas of the pods' controllers), and the
//! disruptions allowed, with the `DisruptionAllowed` condition (`SufficientPods`, `InsufficientPods`,
//! `SyncFailed`).

use std::sync::Arc;
use std::time::Duration;

use http::StatusCode;
use serde_json::{json, Map, Value};

use crate::handlers::{delete_object, DeleteOptions};
use crate::objects;
use crate::selectors::LabelSelector;
use crate::server::{Ctx, Reply, Server};
use crate::status::{ApiError, ApiResult, Cause};
use crate::store::{Precondition, StoreError};

/// How long an evicted pod is expected to take to go (`DeletionTimeout`): until then it does not count
/// as healthy; after it the budget stops waiting for it.
const DELETION_TIMEOUT: chrono::TimeDelta = chrono::TimeDelta::minutes(2);
/// How often budgets are recomputed without events (evictions that time out).
const IDLE: Duration = Duration::from_secs(5);

/// Runs the disruption controller until the server shuts down.
pub(crate) async fn run(server: Arc<Server>) {
    let mut signal = server.store.subscribe();
    let mut shutdown = server.shutdown.clone();
    let mut cursor = server.store.revision();
    let mut due = true;
    loop {
        signal.borrow_and_update();
        let watched =
            |key: &str| ["/core/pods/", "/policy/poddisruptionbudgets/", "/apps/"].iter().any(|p| key.starts_with(p));
        match server.store.follow(&mut cursor) {
            Some(events) => due |= events.iter().any(|e| watched(&e.key)),
            None => due = true,
        }
        if due {
            due = false;
            for (key, stored) in server.store.scan("/policy/poddisruptionbudgets/") {
                sync(&server, &key, stored.value()).await;
            }
        }
        tokio::select! {
            _ = tokio::time::sleep(IDLE) => due = true,
            c = signal.changed() => if c.is_err() { return },
            _ = shutdown.changed() => return,
        }
    }
}

/// Recomputes one budget's status and writes it when it changed.
async fn sync(server: &Server, key: &str, pdb: Value) {
    let namespace = objects::meta_str(&pdb, "namespace").to_string();
    let pods: Vec<Value> =
        server.store.scan(&format!("/core/pods/{namespace}/")).into_iter().map(|(_, s)| s.value()).collect();
    let scale = |kind: &str, name: &str| replicas_of(server, &namespace, kind, name);
    let status = budget_status(&pdb, &pods, &scale, chrono::Utc::now());
    if pdb.get("status") == Some(&status) {
        return;
    }
    let mut next = pdb.clone();
    next["status"] = status;
    let revision = pdb.pointer("/metadata/resourceVersion").and_then(Value::as_str).and_then(|r| r.parse().ok());
    let Some(revision) = revision else { return };
    match server.store.put(key, Precondition::Revision(revision), next, false).await {
        // A newer budget is synced on the event its write makes.
        Ok(_) | Err(StoreError::Conflict | StoreError::NotFound) => {}
        Err(e) => tracing::warn!(key, error = %e, "disruption controller: status update"),
    }
}

/// The replicas a pod's controller wants, as the disruption controller's finders read them: a Deployment
/// through its ReplicaSet, a ReplicaSet, StatefulSet or ReplicationController directly.
fn replicas_of(server: &Server, namespace: &str, kind: &str, name: &str) -> Option<i64> {
    let get = |prefix: &str| server.store.get(&format!("{prefix}{namespace}/{name}")).map(|s| s.value());
    let replicas = |obj: &Value| obj.pointer("/spec/replicas").and_then(Value::as_i64).unwrap_or(1);
    match kind {
        "ReplicaSet" => {
            let rs = get("/apps/replicasets/")?;
            match controller_of(&rs) {
                Some(("Deployment", deployment)) => server
                    .store
                    .get(&format!("/apps/deployments/{namespace}/{deployment}"))
                    .map(|s| replicas(&s.value())),
                _ => Some(replicas(&rs)),
            }
        }
        "StatefulSet" => get("/apps/statefulsets/").map(|o| replicas(&o)),
        "ReplicationController" => get("/core/replicationcontrollers/").map(|o| replicas(&o)),
        _ => None,
    }
}

fn controller_of(obj: &Value) -> Option<(&str, &str)> {
    obj.pointer("/metadata/ownerReferences")?.as_array()?.iter().find_map(|r| {
        (r.get("controller").and_then(Value::as_bool) == Some(true)).then(|| {
            (
                r.get("kind").and_then(Value::as_str).unwrap_or_default(),
                r.get("name").and_then(Value::as_str).unwrap_or_default(),
            )
        })
    })
}

/// Whether the selector of a budget picks `pod`; a missing selector picks nothing, an empty one picks
/// every pod of the namespace (the controller's reading; eviction ignores empty selectors).
fn selects(pdb: &Value, pod: &Value) -> bool {
    let Some(sel) = pdb.pointer("/spec/selector").filter(|s| !s.is_null()) else { return false };
    LabelSelector::from_object(sel).is_ok_and(|s| s.matches(pod.pointer("/metadata/labels")))
}

fn is_ready(pod: &Value) -> bool {
    pod.pointer("/status/conditions").and_then(Value::as_array).is_some_and(|cs| {
        cs.iter()
            .any(|c| c.get("type").and_then(Value::as_str) == Some("Ready") && c.get("status") == Some(&json!("True")))
    })
}

fn parse_time(t: &Value) -> Option<chrono::DateTime<chrono::Utc>> {
    chrono::DateTime::parse_from_rfc3339(t.as_str()?).ok().map(|t| t.with_timezone(&chrono::Utc))
}

/// `intstr.GetScaledValueFromIntOrPercent(v, total, roundUp=true)`.
fn scaled(v: &Value, total: i64) -> Result<i64, String> {
    match v {
        Value::Number(n) => Ok(n.as_i64().unwrap_or(0)),
        Value::String(s) => {
            let percent = s
                .strip_suffix('%')
                .and_then(|p| p.parse::<i64>().ok())
                .ok_or_else(|| "invalid value for IntOrString: invalid type: string is not a percentage".to_string())?;
            Ok((percent * total + 99).div_euclid(100))
        }
        _ => Err("invalid value for IntOrString: invalid type: neither int nor percentage".into()),
    }
}

/// The status the disruption controller writes for `pdb`, given the pods of its namespace and how many
/// replicas the controller of kind/name wants.
fn budget_status(
    pdb: &Value,
    namespace_pods: &[Value],
    scale: &dyn Fn(&str, &str) -> Option<i64>,
    now: chrono::DateTime<chrono::Utc>,
) -> Value {
    let generation = pdb.pointer("/metadata/generation").and_then(Value::as_i64).unwrap_or(0);
    let old = pdb.get("status").cloned().unwrap_or_else(|| json!({}));
    let pods: Vec<&Value> = namespace_pods.iter().filter(|p| selects(pdb, p)).collect();

    // Evictions stay counted until the pod goes, or the deletion timeout passes.
    let mut disrupted = Map::new();
    if let Some(Value::Object(before)) = old.get("disruptedPods") {
        for pod in &pods {
            let name = objects::name_of(pod);
            if objects::is_deleting(pod) {
                continue;
            }
            if let Some(t) = before.get(name) {
                if parse_time(t).is_some_and(|t| t + DELETION_TIMEOUT > now) {
                    disrupted.insert(name.to_string(), t.clone());
                }
            }
        }
    }
    let healthy = pods
        .iter()
        .filter(|p| !objects::is_deleting(p) && !disrupted.contains_key(objects::name_of(p)) && is_ready(p))
        .count() as i64;

    let expected_scale = || -> Result<i64, String> {
        let mut seen = std::collections::HashSet::new();
        let mut total = 0;
        for pod in &pods {
            // Pods without a controller are not counted (kube-controller-manager warns about them).
            let Some((kind, name)) = controller_of(pod) else { continue };
            if !seen.insert((kind.to_string(), name.to_string())) {
                continue;
            }
            total +=
                scale(kind, name).ok_or_else(|| format!("found no controllers for pod {:?}", objects::name_of(pod)))?;
        }
        Ok(total)
    };
    let spec = pdb.get("spec").cloned().unwrap_or_default();
    let counts: Result<(i64, i64), String> = if let Some(max) = spec.get("maxUnavailable").filter(|v| !v.is_null()) {
        expected_scale().and_then(|expected| Ok((expected, (expected - scaled(max, expected)?).max(0))))
    } else if let Some(min) = spec.get("minAvailable").filter(|v| !v.is_null()) {
        match min {
            Value::Number(n) => Ok((pods.len() as i64, n.as_i64().unwrap_or(0))),
            _ => expected_scale().and_then(|expected| Ok((expected, scaled(min, expected)?))),
        }
    } else {
        Ok((0, 0))
    };

    let mut status = old.as_object().cloned().unwrap_or_default();
    let (allowed, reason, message) = match counts {
        Ok((expected, desired)) => {
            let allowed = if expected <= 0 { 0 } else { (healthy - desired).max(0) };
            status.insert("currentHealthy".into(), json!(healthy));
            status.insert("desiredHealthy".into(), json!(desired));
            status.insert("expectedPods".into(), json!(expected));
            status.insert("observedGeneration".into(), json!(generation));
            if disrupted.is_empty() {
                status.remove("disruptedPods");
            } else {
                status.insert("disruptedPods".into(), Value::Object(disrupted));
            }
            let reason = if allowed > 0 { "SufficientPods" } else { "InsufficientPods" };
            (allowed, reason, String::new())
        }
        // Fail safe: no disruptions, and the generation stays unobserved.
        Err(e) => (0, "SyncFailed", e),
    };
    status.insert("disruptionsAllowed".into(), json!(allowed));
    let observed = status.get("observedGeneration").cloned().unwrap_or(json!(0));
    let condition_status = if allowed > 0 { "True" } else { "False" };
    set_condition(&mut status, condition_status, reason, &message, observed, now);
    Value::Object(status)
}

/// `meta.SetStatusCondition` for `DisruptionAllowed`: the transition time moves only when the status does.
fn set_condition(
    status: &mut Map<String, Value>,
    condition_status: &str,
    reason: &str,
    message: &str,
    observed: Value,
    now: chrono::DateTime<chrono::Utc>,
) {
    let conditions = status.entry("conditions").or_insert_with(|| json!([]));
    let Value::Array(list) = conditions else { return };
    let stamp = now.format("%Y-%m-%dT%H:%M:%SZ").to_string();
    let existing = list.iter_mut().find(|c| c.get("type").and_then(Value::as_str) == Some("DisruptionAllowed"));
    let transition = match &existing {
        Some(c) if c.get("status").and_then(Value::as_str) == Some(condition_status) => {
            c.get("lastTransitionTime").cloned().unwrap_or(json!(stamp))
        }
        _ => json!(stamp),
    };
    let condition = json!({"type": "DisruptionAllowed", "status": condition_status, "observedGeneration": observed,
                           "lastTransitionTime": transition, "reason": reason, "message": message});
    match existing {
        Some(c) => *c = condition,
        None => list.push(condition),
    }
}

impl Server {
    /// `POST pods/<name>/eviction`: deletes the pod unless its PodDisruptionBudget forbids it.
    pub(crate) async fn evict(self: &Arc<Self>, ctx: &Ctx) -> ApiResult<Reply> {
        let body = crate::handlers::parse_any_body(ctx)?;
        let name = body.pointer("/metadata/name").and_then(Value::as_str).unwrap_or_default();
        if name != ctx.info.name {
            return Err(ApiError::bad_request("name in URL does not match name in Eviction object"));
        }
        let namespace = ctx.info.namespace.clone();
        let mut options = DeleteOptions::from_value(body.get("deleteOptions").unwrap_or(&Value::Null), ctx)?;
        let r = ctx.resource.clone();
        let key = r.key(&namespace, name);
        let pod = self.store.get(&key).ok_or_else(|| ApiError::not_found("", "pods", name))?.value();
        let phase = pod.pointer("/status/phase").and_then(Value::as_str).unwrap_or_default();
        // A terminal, pending or terminating pod has disrupted nothing that a budget protects.
        let ignore_budgets = matches!(phase, "Succeeded" | "Failed" | "Pending") || objects::is_deleting(&pod);
        if !ignore_budgets {
            let budgets: Vec<(String, Value)> = self
                .store
                .scan(&format!("/policy/poddisruptionbudgets/{namespace}/"))
                .into_iter()
                .map(|(k, s)| (k, s.value()))
                .filter(|(_, pdb)| {
                    let sel = pdb.pointer("/spec/selector").filter(|s| !s.is_null());
                    // A budget with no or an empty selector protects nothing here.
                    sel.and_then(|s| LabelSelector::from_object(s).ok())
                        .is_some_and(|s| !s.is_empty() && s.matches(pod.pointer("/metadata/labels")))
                })
                .collect();
            if budgets.len() > 1 {
                return Ok(Reply::Json(
                    StatusCode::INTERNAL_SERVER_ERROR,
                    json!({"kind": "Status", "apiVersion": "v1", "metadata": {}, "status": "Failure", "code": 500,
                           "message": "This pod has more than one PodDisruptionBudget, which the eviction subresource does not support."}),
                ));
            }
            if let Some((pdb_key, pdb)) = budgets.into_iter().next() {
                let unhealthy_allowed = !is_ready(&pod) && {
                    let s = |f: &str| pdb.pointer(&format!("/status/{f}")).and_then(Value::as_i64).unwrap_or(0);
                    pdb.pointer("/spec/unhealthyPodEvictionPolicy").and_then(Value::as_str) == Some("AlwaysAllow")
                        || (s("currentHealthy") >= s("desiredHealthy") && s("desiredHealthy") > 0)
                };
                if unhealthy_allowed {
                    // The pod must still be unready when it goes.
                    if options.precondition_rv.is_none() {
                        options.precondition_rv = Some(objects::meta_str(&pod, "resourceVersion").to_string());
                    }
                } else {
                    self.take_disruption(&pdb_key, name, options.dry_run).await?;
                }
            }
        }
        delete_object(self, &r, &key, name, &options).await?;
        Ok(Reply::Json(
            StatusCode::CREATED,
            json!({"kind": "Status", "apiVersion": "v1", "metadata": {}, "status": "Success"}),
        ))
    }

    /// Checks that the budget allows a disruption and records it (`disruptionsAllowed` down by one, the
    /// pod in `disruptedPods`), retrying on conflicts; 429 when the budget is spent or not yet computed.
    async fn take_disruption(&self, pdb_key: &str, pod: &str, dry_run: bool) -> ApiResult<()> {
        for _ in 0..20 {
            let Some(current) = self.store.get(pdb_key) else { return Ok(()) };
            let mut pdb = current.value();
            let pdb_name = objects::name_of(&pdb).to_string();
            let int = |p: &Value, f: &str| p.pointer(&format!("/status/{f}")).and_then(Value::as_i64).unwrap_or(0);
            let generation = pdb.pointer("/metadata/generation").and_then(Value::as_i64).unwrap_or(0);
            if int(&pdb, "observedGeneration") < generation {
                return Err(too_many_requests(
                    format!("The disruption budget {pdb_name} is still being processed by the server."),
                    10,
                ));
            }
            let allowed = int(&pdb, "disruptionsAllowed");
            if allowed < 0 {
                return Err(ApiError::forbidden(format!(
                    "poddisruptionbudget.policy \"{pdb_name}\" is forbidden: pdb disruptions allowed is negative"
                ))
                .with_causes("policy", "poddisruptionbudget", &pdb_name, vec![]));
            }
            if allowed == 0 {
                return Err(too_many_requests(
                    format!(
                        "The disruption budget {pdb_name} needs {} healthy pods and has {} currently",
                        int(&pdb, "desiredHealthy"),
                        int(&pdb, "currentHealthy")
                    ),
                    0,
                ));
            }
            if dry_run {
                return Ok(());
            }
            let now = chrono::Utc::now();
            let status = pdb["status"].as_object_mut().expect("a computed budget has a status object");
            status.insert("disruptionsAllowed".into(), json!(allowed - 1));
            if allowed - 1 == 0 {
                let observed = status.get("observedGeneration").cloned().unwrap_or(json!(0));
                set_condition(status, "False", "InsufficientPods", "", observed, now);
            }
            let disrupted = status.entry("disruptedPods").or_insert_with(|| json!({}));
            disrupted[pod] = json!(now.format("%Y-%m-%dT%H:%M:%SZ").to_string());
            match self.store.put(pdb_key, Precondition::Revision(current.revision), pdb, false).await {
                Ok(_) => return Ok(()),
                Err(StoreError::Conflict) => continue,
                Err(e) => return Err(ApiError::internal(e.to_string())),
            }
        }
        Err(ApiError::timeout(format!("couldn't update PodDisruptionBudget {pdb_key:?} due to conflicts")))
    }
}

/// `errors.NewTooManyRequests` with a `DisruptionBudget` cause.
fn too_many_requests(cause: String, retry_after: u64) -> ApiError {
    ApiError::too_many_requests("Cannot evict pod as it would violate the pod's disruption budget.", retry_after)
        .with_detail_causes(vec![Cause { reason: "DisruptionBudget".into(), field: String::new(), message: cause }])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pod(name: &str, ready: bool, owner: Option<(&str, &str)>) -> Value {
        let owners: Vec<Value> =
            owner.iter().map(|(k, n)| json!({"kind": k, "name": n, "controller": true, "uid": "u"})).collect();
        json!({"metadata": {"name": name, "labels": {"app": "web"}, "ownerReferences": owners},
               "status": {"phase": "Running", "conditions": [{"type": "Ready", "status": if ready { "True" } else { "False" }}]}})
    }

    fn pdb(spec: Value) -> Value {
        let mut spec = spec;
        spec["selector"] = json!({"matchLabels": {"app": "web"}});
        json!({"metadata": {"name": "web", "generation": 1}, "spec": spec})
    }

    fn now() -> chrono::DateTime<chrono::Utc> {
        chrono::DateTime::parse_from_rfc3339("2025-01-01T00:00:00Z").unwrap().with_timezone(&chrono::Utc)
    }

    #[test]
    fn budgets_count_like_the_disruption_controller() {
        let rs = Some(("ReplicaSet", "web-1"));
        let pods = vec![pod("a", true, rs), pod("b", true, rs), pod("c", false, rs), pod("other", true, None)];
        let scale = |kind: &str, _: &str| (kind == "ReplicaSet").then_some(3);
        let s = budget_status(&pdb(json!({"minAvailable": 2})), &pods, &scale, now());
        assert_eq!(
            (
                s["expectedPods"].as_i64(),
                s["currentHealthy"].as_i64(),
                s["desiredHealthy"].as_i64(),
                s["disruptionsAllowed"].as_i64()
            ),
            (Some(4), Some(3), Some(2), Some(1))
        );
        assert_eq!(s["conditions"][0]["reason"], "SufficientPods");
        assert_eq!(s["observedGeneration"], 1);

        let s = budget_status(&pdb(json!({"maxUnavailable": "50%"})), &pods, &scale, now());
        assert_eq!((s["expectedPods"].as_i64(), s["desiredHealthy"].as_i64()), (Some(3), Some(1)));
        let s = budget_status(&pdb(json!({"minAvailable": "100%"})), &pods, &scale, now());
        assert_eq!(
            (s["disruptionsAllowed"].as_i64(), s["conditions"][0]["reason"].as_str()),
            (Some(0), Some("InsufficientPods"))
        );

        // A just-evicted pod is not healthy until the deletion timeout passes.
        let mut evicted = pdb(json!({"minAvailable": 1}));
        evicted["status"] = json!({"disruptedPods": {"a": "2024-12-31T23:59:30Z", "b": "2024-12-31T23:50:00Z"}});
        let s = budget_status(&evicted, &pods, &scale, now());
        assert_eq!(s["currentHealthy"], 2);
        assert_eq!(s["disruptedPods"], json!({"a": "2024-12-31T23:59:30Z"}));

        // A controller whose scale is unknown fails safe.
        let jobs = vec![pod("j", true, Some(("Job", "batch")))];
        let s = budget_status(&pdb(json!({"maxUnavailable": 1})), &jobs, &scale, now());
        assert_eq!(s["disruptionsAllowed"], 0);
        assert_eq!(s["conditions"][0]["reason"], "SyncFailed");
        assert_eq!(s["conditions"][0]["message"], "found no controllers for pod \"j\"");
        assert!(s.get("observedGeneration").is_none());
    }
}

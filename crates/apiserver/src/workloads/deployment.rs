//! The Deployment controller: a ReplicaSet per pod template, rolled out step by step with maxSurge and
//! maxUnavailable as upstream computes them, and the Deployment status with its conditions.

use serde_json::{json, Map, Value};

use super::failure::Failure;
use super::hash::{normalized, template_hash};
use super::{condition, int_at, owner_reference, put_nonzero, Owned, Sim};
use crate::objects;

const HASH_LABEL: &str = "pod-template-hash";
const REVISION: &str = "deployment.kubernetes.io/revision";
const DESIRED_REPLICAS: &str = "deployment.kubernetes.io/desired-replicas";
const MAX_REPLICAS: &str = "deployment.kubernetes.io/max-replicas";

impl Sim<'_> {
    /// `replicasets`: every ReplicaSet, by the uid of its controller.
    pub(super) async fn deployment(&mut self, key: &str, d: Value, replicasets: &Owned) {
        if objects::is_deleting(&d) {
            return;
        }
        let uid = objects::meta_str(&d, "uid");
        let ns = objects::meta_str(&d, "namespace").to_string();
        let name = objects::name_of(&d).to_string();
        let template = d.pointer("/spec/template").cloned().unwrap_or(json!({}));
        let desired = int_at(&d, "/spec/replicas", 1);
        let strategy = Strategy::of(&d);
        let mut owned: Vec<(String, Value)> = replicasets
            .get(uid)
            .into_iter()
            .flatten()
            .map(|(k, s)| (k.clone(), s.value()))
            .filter(|(_, rs)| !objects::is_deleting(rs))
            .collect();
        owned.sort_by(|a, b| {
            (objects::meta_str(&a.1, "creationTimestamp"), objects::name_of(&a.1))
                .cmp(&(objects::meta_str(&b.1, "creationTimestamp"), objects::name_of(&b.1)))
        });
        let max_revision = owned.iter().map(|(_, rs)| revision_of(rs)).max().unwrap_or(0);
        let mut status = d.get("status").cloned().unwrap_or(json!({}));
        let has_deadline = has_progress_deadline(&d);
        let now = objects::now();
        let new_at = owned.iter().position(|(_, rs)| same_template(rs, &template));
        let mut stepped = false;
        let (new_key, mut new_rs) = match new_at {
            Some(i) => {
                let (k, mut rs) = owned.remove(i);
                let annotations = new_rs_annotations(&d, &rs, max_revision, strategy, desired);
                if rs.pointer("/metadata/annotations") != Some(&annotations) {
                    self.update(&k, |o| {
                        objects::meta_mut(o).insert("annotations".into(), annotations.clone());
                    })
                    .await;
                    objects::meta_mut(&mut rs).insert("annotations".into(), annotations);
                }
                if has_deadline && condition(&status, "Progressing").is_none() {
                    let msg = format!("Found new replica set \"{}\"", objects::name_of(&rs));
                    set_condition(
                        &mut status,
                        deployment_condition("Progressing", "True", "FoundNewReplicaSet", &msg, &now),
                    );
                }
                (k, rs)
            }
            None => {
                let collisions = int_at(&d, "/status/collisionCount", 0);
                let hash = template_hash(&template, (collisions > 0).then_some(collisions));
                let rs_name = format!("{name}-{hash}");
                let rs_key = format!("/apps/replicasets/{ns}/{rs_name}");
                let olds: Vec<RsCounts> = owned.iter().map(|(_, rs)| RsCounts::of(rs)).collect();
                let replicas = strategy.new_rs_replicas(desired, 0, &olds);
                let rs = new_replicaset(&d, &rs_name, &hash, replicas, max_revision + 1, strategy, desired);
                if !self.create(&rs_key, rs.clone()).await {
                    // The name is taken by a ReplicaSet with another template: a hash collision, as upstream.
                    let mut next = status.clone();
                    next["collisionCount"] = json!(collisions + 1);
                    self.set_status(key, &next).await;
                    return;
                }
                stepped = true;
                if has_deadline {
                    let msg = format!("Created new replica set \"{rs_name}\"");
                    set_condition(
                        &mut status,
                        deployment_condition("Progressing", "True", "NewReplicaSetCreated", &msg, &now),
                    );
                }
                (rs_key, rs)
            }
        };
        let mut olds: Vec<RsCounts> = owned.iter().map(|(_, rs)| RsCounts::of(rs)).collect();
        let mut new_counts = RsCounts::of(&new_rs);
        let paused = d.pointer("/spec/paused").and_then(Value::as_bool).unwrap_or(false);
        if !stepped && !paused {
            for scale in strategy.step(desired, &new_counts, &olds) {
                let (k, counts) = match scale.target {
                    Target::New => (&new_key, &mut new_counts),
                    Target::Old(i) => (&owned[i].0, &mut olds[i]),
                };
                let replicas = scale.replicas;
                self.update(k, |o| {
                    if o.pointer("/spec/replicas").and_then(Value::as_i64) != Some(replicas) {
                        o["spec"]["replicas"] = json!(replicas);
                        let generation = int_at(o, "/metadata/generation", 1) + 1;
                        objects::meta_mut(o).insert("generation".into(), json!(generation));
                    }
                    let a = objects::meta_mut(o).entry("annotations").or_insert_with(|| json!({}));
                    if let Some(a) = a.as_object_mut() {
                        a.insert(DESIRED_REPLICAS.into(), json!(desired.to_string()));
                        a.insert(MAX_REPLICAS.into(), json!((desired + strategy.max_surge()).to_string()));
                    }
                })
                .await;
                counts.spec = replicas;
                stepped = true;
            }
        }
        new_rs["spec"]["replicas"] = json!(new_counts.spec);
        let mut d_now = d.clone();
        d_now["status"] = status;
        let failure = Failure::of(&d);
        let views: Vec<RsCounts> = std::iter::once(new_counts.clone()).chain(olds.iter().cloned()).collect();
        let next = deployment_status(&d_now, Some((objects::name_of(&new_rs), &new_counts)), &views, failure, &now);
        let revision = revision_of(&new_rs).to_string();
        self.update(key, |o| {
            o["status"] = next.clone();
            let a = objects::meta_mut(o).entry("annotations").or_insert_with(|| json!({}));
            if let Some(a) = a.as_object_mut() {
                a.insert(REVISION.into(), json!(revision));
            }
        })
        .await;
        if !stepped && deployment_complete(&d, &next) {
            self.cleanup_history(&d, &owned).await;
        }
    }

    /// Deletes the oldest scaled-down ReplicaSets beyond `revisionHistoryLimit`.
    async fn cleanup_history(&mut self, d: &Value, olds: &[(String, Value)]) {
        let limit = int_at(d, "/spec/revisionHistoryLimit", 10).max(0) as usize;
        let idle: Vec<&(String, Value)> = olds
            .iter()
            .filter(|(_, rs)| int_at(rs, "/spec/replicas", 1) == 0 && int_at(rs, "/status/replicas", 0) == 0)
            .collect();
        if idle.len() <= limit {
            return;
        }
        for (k, _) in idle.iter().take(idle.len() - limit) {
            self.delete("apps", "replicasets", k).await;
        }
    }
}

/// Replica counts of one ReplicaSet, as the rollout reads them.
#[derive(Debug, Clone, Default, PartialEq)]
pub(super) struct RsCounts {
    /// `spec.replicas`
    pub spec: i64,
    /// `status.replicas`
    pub replicas: i64,
    pub ready: i64,
    pub available: i64,
}

impl RsCounts {
    fn of(rs: &Value) -> RsCounts {
        RsCounts {
            spec: int_at(rs, "/spec/replicas", 1),
            replicas: int_at(rs, "/status/replicas", 0),
            ready: int_at(rs, "/status/readyReplicas", 0),
            available: int_at(rs, "/status/availableReplicas", 0),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Strategy {
    /// Resolved `maxSurge` and `maxUnavailable`.
    Rolling {
        max_surge: i64,
        max_unavailable: i64,
    },
    Recreate,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Target {
    New,
    /// An old ReplicaSet, by its index (oldest first).
    Old(usize),
}

#[derive(Debug, Clone, Copy, PartialEq)]
struct Scale {
    pub target: Target,
    pub replicas: i64,
}

/// An int-or-percent field resolved against `total`, as `intstr.GetScaledValueFromIntOrPercent`.
fn scaled(v: Option<&Value>, default: &str, total: i64, round_up: bool) -> i64 {
    let v = v.cloned().unwrap_or_else(|| json!(default));
    if let Some(n) = v.as_i64() {
        return n;
    }
    let pct = v.as_str().and_then(|s| s.strip_suffix('%')).and_then(|p| p.parse::<i64>().ok()).unwrap_or(0);
    if round_up {
        (pct * total + 99) / 100
    } else {
        pct * total / 100
    }
}

impl Strategy {
    fn of(d: &Value) -> Strategy {
        if d.pointer("/spec/strategy/type").and_then(Value::as_str) == Some("Recreate") {
            return Strategy::Recreate;
        }
        let desired = int_at(d, "/spec/replicas", 1);
        let ru = d.pointer("/spec/strategy/rollingUpdate");
        let max_surge = scaled(ru.and_then(|r| r.get("maxSurge")), "25%", desired, true);
        let mut max_unavailable = scaled(ru.and_then(|r| r.get("maxUnavailable")), "25%", desired, false);
        // As `ResolveFenceposts`: both zero would deadlock the rollout.
        if max_surge == 0 && max_unavailable == 0 {
            max_unavailable = 1;
        }
        Strategy::Rolling { max_surge, max_unavailable }
    }

    fn max_surge(self) -> i64 {
        match self {
            Strategy::Rolling { max_surge, .. } => max_surge,
            Strategy::Recreate => 0,
        }
    }

    /// `MaxUnavailable(deployment)`: what the Available condition tolerates.
    fn max_unavailable(self, desired: i64) -> i64 {
        match self {
            Strategy::Rolling { max_unavailable, .. } if desired > 0 => max_unavailable.min(desired),
            _ => 0,
        }
    }

    /// `NewRSNewReplicas`: what the new ReplicaSet may be scaled up to now.
    fn new_rs_replicas(self, desired: i64, new_spec: i64, olds: &[RsCounts]) -> i64 {
        match self {
            Strategy::Recreate => {
                if olds.iter().any(|o| o.spec > 0 || o.replicas > 0) {
                    new_spec
                } else {
                    desired
                }
            }
            Strategy::Rolling { max_surge, .. } => {
                let current = new_spec + olds.iter().map(|o| o.spec).sum::<i64>();
                let max_total = desired + max_surge;
                if current >= max_total {
                    return new_spec;
                }
                new_spec + (max_total - current).min(desired - new_spec).max(0)
            }
        }
    }

    /// One step of the rollout, as one sync of upstream's `rolloutRolling`/`rolloutRecreate`: scale the new
    /// ReplicaSet up (or down to the desired count), else scale old ones down. Empty when nothing is to do.
    fn step(self, desired: i64, new: &RsCounts, olds: &[RsCounts]) -> Vec<Scale> {
        match self {
            Strategy::Recreate => {
                let active: Vec<Scale> = olds
                    .iter()
                    .enumerate()
                    .filter(|(_, o)| o.spec > 0)
                    .map(|(i, _)| Scale { target: Target::Old(i), replicas: 0 })
                    .collect();
                if !active.is_empty() || olds.iter().any(|o| o.replicas > 0) {
                    return active;
                }
                if new.spec != desired {
                    return vec![Scale { target: Target::New, replicas: desired }];
                }
                Vec::new()
            }
            Strategy::Rolling { max_unavailable, .. } => {
                if new.spec > desired {
                    return vec![Scale { target: Target::New, replicas: desired }];
                }
                if new.spec < desired {
                    let up = self.new_rs_replicas(desired, new.spec, olds);
                    if up != new.spec {
                        return vec![Scale { target: Target::New, replicas: up }];
                    }
                }
                let old_count: i64 = olds.iter().map(|o| o.spec).sum();
                if old_count == 0 {
                    return Vec::new();
                }
                let all = new.spec + old_count;
                let min_available = desired - max_unavailable;
                let new_unavailable = new.spec - new.available;
                let max_scaled_down = all - min_available - new_unavailable;
                if max_scaled_down <= 0 {
                    return Vec::new();
                }
                let mut specs: Vec<i64> = olds.iter().map(|o| o.spec).collect();
                // First the old pods that are not available anyway (`cleanupUnhealthyReplicas`)...
                let mut total = 0;
                for (i, o) in olds.iter().enumerate() {
                    if total >= max_scaled_down {
                        break;
                    }
                    let unhealthy = specs[i] - o.available;
                    if specs[i] == 0 || unhealthy <= 0 {
                        continue;
                    }
                    let n = (max_scaled_down - total).min(unhealthy);
                    specs[i] -= n;
                    total += n;
                }
                // ...then available ones, keeping `minAvailable` (`scaleDownOldReplicaSetsForRollingUpdate`).
                let available: i64 = new.available + olds.iter().map(|o| o.available).sum::<i64>();
                if available > min_available {
                    let budget = available - min_available;
                    let mut done = 0;
                    for s in specs.iter_mut() {
                        if done >= budget {
                            break;
                        }
                        let n = (*s).min(budget - done);
                        *s -= n;
                        done += n;
                    }
                }
                specs
                    .into_iter()
                    .enumerate()
                    .filter(|(i, s)| *s != olds[*i].spec)
                    .map(|(i, s)| Scale { target: Target::Old(i), replicas: s })
                    .collect()
            }
        }
    }
}

fn revision_of(rs: &Value) -> i64 {
    rs.pointer("/metadata/annotations")
        .and_then(|a| a.get(REVISION))
        .and_then(Value::as_str)
        .and_then(|r| r.parse().ok())
        .unwrap_or(0)
}

/// Whether a ReplicaSet's template is the Deployment's, ignoring `pod-template-hash` (`EqualIgnoreHash`).
fn same_template(rs: &Value, template: &Value) -> bool {
    let Some(mut t) = rs.pointer("/spec/template").cloned() else { return false };
    if let Some(labels) = t.pointer_mut("/metadata/labels").and_then(Value::as_object_mut) {
        labels.remove(HASH_LABEL);
    }
    let mut want = template.clone();
    if let Some(labels) = want.pointer_mut("/metadata/labels").and_then(Value::as_object_mut) {
        labels.remove(HASH_LABEL);
    }
    normalized(&t) == normalized(&want)
}

fn has_progress_deadline(d: &Value) -> bool {
    d.pointer("/spec/progressDeadlineSeconds").and_then(Value::as_i64).is_some_and(|s| s != i64::from(i32::MAX))
}

/// A ReplicaSet's annotations: the Deployment's (minus kubectl's and rollout bookkeeping) plus revision,
/// desired and max replicas (`SetNewReplicaSetAnnotations`). A ReplicaSet brought back by a rollback takes
/// the next revision.
fn new_rs_annotations(d: &Value, rs: &Value, max_revision: i64, strategy: Strategy, desired: i64) -> Value {
    let mut out = Map::new();
    if let Some(Value::Object(a)) = d.pointer("/metadata/annotations") {
        for (k, v) in a {
            let skip = k == "kubectl.kubernetes.io/last-applied-configuration"
                || k == REVISION
                || k == "deployment.kubernetes.io/revision-history"
                || k == DESIRED_REPLICAS
                || k == MAX_REPLICAS
                || k == "deprecated.deployment.rollback.to";
            if !skip {
                out.insert(k.clone(), v.clone());
            }
        }
    }
    let own = revision_of(rs);
    let revision = if own < max_revision || own == 0 { max_revision + 1 } else { own };
    out.insert(REVISION.into(), json!(revision.to_string()));
    out.insert(DESIRED_REPLICAS.into(), json!(desired.to_string()));
    out.insert(MAX_REPLICAS.into(), json!((desired + strategy.max_surge()).to_string()));
    Value::Object(out)
}

fn new_replicaset(
    d: &Value,
    name: &str,
    hash: &str,
    replicas: i64,
    revision: i64,
    strategy: Strategy,
    desired: i64,
) -> Value {
    let mut template = d.pointer("/spec/template").cloned().unwrap_or(json!({}));
    if !template.pointer("/metadata/labels").is_some_and(Value::is_object) {
        template["metadata"]["labels"] = json!({});
    }
    template["metadata"]["labels"][HASH_LABEL] = json!(hash);
    let mut selector = d.pointer("/spec/selector").cloned().unwrap_or(json!({}));
    if !selector.get("matchLabels").is_some_and(Value::is_object) {
        selector["matchLabels"] = json!({});
    }
    selector["matchLabels"][HASH_LABEL] = json!(hash);
    let mut annotated = json!({"metadata": {"annotations": {REVISION: revision.to_string()}}});
    let annotations = new_rs_annotations(d, &annotated, revision, strategy, desired);
    annotated = json!({
        "apiVersion": "apps/v1", "kind": "ReplicaSet",
        "metadata": {"name": name, "namespace": objects::meta_str(d, "namespace"),
                     "uid": uuid::Uuid::new_v4().to_string(), "creationTimestamp": objects::now(), "generation": 1,
                     "labels": template["metadata"]["labels"].clone(), "annotations": annotations,
                     "ownerReferences": [owner_reference(d)]},
        "spec": {"replicas": replicas, "selector": selector, "template": template},
        "status": {"replicas": 0}
    });
    if let Some(m) = d.pointer("/spec/minReadySeconds") {
        annotated["spec"]["minReadySeconds"] = m.clone();
    }
    annotated
}

/// A Deployment condition as `NewDeploymentCondition` makes it.
fn deployment_condition(kind: &str, status: &str, reason: &str, message: &str, now: &str) -> Value {
    json!({"type": kind, "status": status, "lastUpdateTime": now, "lastTransitionTime": now,
           "reason": reason, "message": message})
}

/// `SetDeploymentCondition`: unchanged when status and reason are; the transition time survives a change
/// of reason only; a changed condition moves to the end.
fn set_condition(status: &mut Value, cond: Value) {
    let kind = cond.get("type").cloned().unwrap_or(Value::Null);
    let mut cond = cond;
    let mut conds: Vec<Value> = status.get("conditions").and_then(Value::as_array).cloned().unwrap_or_default();
    if let Some(cur) = conds.iter().find(|c| c.get("type") == Some(&kind)) {
        if cur.get("status") == cond.get("status") && cur.get("reason") == cond.get("reason") {
            return;
        }
        if cur.get("status") == cond.get("status") {
            cond["lastTransitionTime"] = cur.get("lastTransitionTime").cloned().unwrap_or(Value::Null);
        }
    }
    conds.retain(|c| c.get("type") != Some(&kind));
    conds.push(cond);
    status["conditions"] = json!(conds);
}

fn remove_condition(status: &mut Value, kind: &str) {
    if let Some(conds) = status.get_mut("conditions").and_then(Value::as_array_mut) {
        conds.retain(|c| c.get("type").and_then(Value::as_str) != Some(kind));
    }
}

/// `DeploymentComplete`: every replica updated and available, none left over.
fn deployment_complete(d: &Value, status: &Value) -> bool {
    let desired = int_at(d, "/spec/replicas", 1);
    int_at(status, "/updatedReplicas", 0) == desired
        && int_at(status, "/replicas", 0) == desired
        && int_at(status, "/availableReplicas", 0) == desired
        && int_at(status, "/observedGeneration", 0) >= int_at(d, "/metadata/generation", 0)
}

/// The next Deployment status: `calculateStatus` then `syncRolloutStatus` of the deployment controller.
/// `d.status` is the current status (with any condition set by this sync already in it); `new` is the new
/// ReplicaSet's name and counts; `all` holds every owned ReplicaSet, the new one included.
pub(super) fn deployment_status(
    d: &Value,
    new: Option<(&str, &RsCounts)>,
    all: &[RsCounts],
    failure: Option<Failure>,
    now: &str,
) -> Value {
    let old = d.get("status").cloned().unwrap_or(json!({}));
    let desired = int_at(d, "/spec/replicas", 1);
    let name = objects::name_of(d);
    let available: i64 = all.iter().map(|r| r.available).sum();
    let total: i64 = all.iter().map(|r| r.spec).sum();
    let mut m = Map::new();
    put_nonzero(&mut m, "observedGeneration", int_at(d, "/metadata/generation", 0));
    put_nonzero(&mut m, "replicas", all.iter().map(|r| r.replicas).sum());
    put_nonzero(&mut m, "updatedReplicas", new.map(|(_, c)| c.replicas).unwrap_or(0));
    put_nonzero(&mut m, "readyReplicas", all.iter().map(|r| r.ready).sum());
    put_nonzero(&mut m, "availableReplicas", available);
    put_nonzero(&mut m, "unavailableReplicas", (total - available).max(0));
    if let Some(c) = old.get("collisionCount") {
        m.insert("collisionCount".into(), c.clone());
    }
    if let Some(c) = old.get("conditions") {
        m.insert("conditions".into(), c.clone());
    }
    let mut status = Value::Object(m);
    if available >= desired - Strategy::of(d).max_unavailable(desired) {
        let c = deployment_condition(
            "Available",
            "True",
            "MinimumReplicasAvailable",
            "Deployment has minimum availability.",
            now,
        );
        set_condition(&mut status, c);
    } else {
        let c = deployment_condition(
            "Available",
            "False",
            "MinimumReplicasUnavailable",
            "Deployment does not have minimum availability.",
            now,
        );
        set_condition(&mut status, c);
    }
    let has_deadline = has_progress_deadline(d);
    if !has_deadline {
        remove_condition(&mut status, "Progressing");
    }
    let current = condition(&old, "Progressing").cloned();
    let reason = |c: &Option<Value>| c.as_ref().and_then(|c| c.get("reason")).and_then(Value::as_str).map(String::from);
    let complete_before = int_at(&status, "/replicas", 0) == int_at(&status, "/updatedReplicas", 0)
        && reason(&current).as_deref() == Some("NewReplicaSetAvailable");
    let subject = match new {
        Some((rs, _)) => format!("ReplicaSet \"{rs}\""),
        None => format!("Deployment \"{name}\""),
    };
    if has_deadline && !complete_before {
        let old_pods = |s: &Value| int_at(s, "/replicas", 0) - int_at(s, "/updatedReplicas", 0);
        let progressed = int_at(&status, "/updatedReplicas", 0) > int_at(&old, "/updatedReplicas", 0)
            || old_pods(&status) < old_pods(&old)
            || int_at(&status, "/readyReplicas", 0) > int_at(&old, "/readyReplicas", 0)
            || int_at(&status, "/availableReplicas", 0) > int_at(&old, "/availableReplicas", 0);
        if deployment_complete(d, &status) {
            let msg = format!("{subject} has successfully progressed.");
            set_condition(
                &mut status,
                deployment_condition("Progressing", "True", "NewReplicaSetAvailable", &msg, now),
            );
        } else if progressed {
            let msg = format!("{subject} is progressing.");
            let mut c = deployment_condition("Progressing", "True", "ReplicaSetUpdated", &msg, now);
            if let Some(cur) = &current {
                if cur.get("status").and_then(Value::as_str) == Some("True") {
                    c["lastTransitionTime"] = cur.get("lastTransitionTime").cloned().unwrap_or(Value::Null);
                }
                remove_condition(&mut status, "Progressing");
            }
            set_condition(&mut status, c);
        } else if failure == Some(Failure::ProgressDeadline) {
            // Simulated: the deadline is taken as passed as soon as the rollout stalls.
            let msg = format!("{subject} has timed out progressing.");
            set_condition(
                &mut status,
                deployment_condition("Progressing", "False", "ProgressDeadlineExceeded", &msg, now),
            );
        }
    }
    status
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::workloads::tests::deployment;

    #[test]
    fn conditions_keep_times_and_order_like_upstream() {
        // A new Deployment: Progressing (ReplicaSet created) first, Available appended once computed.
        let mut d = deployment(1, None);
        set_condition(
            &mut d["status"],
            deployment_condition(
                "Progressing",
                "True",
                "NewReplicaSetCreated",
                "Created new replica set \"web-abc\"",
                "t0",
            ),
        );
        let none = RsCounts { spec: 1, ..Default::default() };
        d["status"] = deployment_status(&d, Some(("web-abc", &none)), std::slice::from_ref(&none), None, "t1");
        let types: Vec<&str> =
            d["status"]["conditions"].as_array().unwrap().iter().map(|c| c["type"].as_str().unwrap()).collect();
        assert_eq!(types, ["Progressing", "Available"]);
        let ready = RsCounts { spec: 1, replicas: 1, ready: 1, available: 1 };
        d["status"] = deployment_status(&d, Some(("web-abc", &ready)), std::slice::from_ref(&ready), None, "t2");
        let conds = d["status"]["conditions"].as_array().unwrap();
        assert_eq!((conds[0]["type"].as_str(), conds[1]["type"].as_str()), (Some("Available"), Some("Progressing")));
        // Progressing stayed True: its transition time is the first one.
        assert_eq!(conds[1]["lastTransitionTime"], "t0");
        assert_eq!(conds[1]["lastUpdateTime"], "t2");
        assert_eq!(d["status"]["observedGeneration"], 1);
        assert!(d["status"].get("unavailableReplicas").is_none(), "zero counts are omitted");
    }

    #[test]
    fn same_template_ignores_hash_label_and_typed_client_noise() {
        let t =
            json!({"metadata": {"labels": {"app": "web"}}, "spec": {"containers": [{"name": "c", "image": "nginx"}]}});
        let rs = json!({"spec": {"template": {"metadata": {"labels": {"app": "web", HASH_LABEL: "abc"}, "creationTimestamp": null},
                                              "spec": {"containers": [{"name": "c", "image": "nginx", "resources": {}}]}}}});
        assert!(same_template(&rs, &t));
        let mut other = t.clone();
        other["spec"]["containers"][0]["image"] = json!("nginx:2");
        assert!(!same_template(&rs, &other));
    }

    fn rs(spec: i64, available: i64) -> RsCounts {
        RsCounts { spec, replicas: spec, ready: available, available }
    }

    #[test]
    fn rolling_update_steps() {
        let d = deployment(3, None);
        let s = Strategy::of(&d);
        assert_eq!(s, Strategy::Rolling { max_surge: 1, max_unavailable: 0 });
        // Fresh Deployment: straight to the desired count.
        assert_eq!(s.new_rs_replicas(3, 0, &[]), 3);
        // Template change: surge one new pod first.
        assert_eq!(s.step(3, &rs(0, 0), &[rs(3, 3)]), vec![Scale { target: Target::New, replicas: 1 }]);
        // At maxSurge and the new pod not available yet: nothing may move.
        assert_eq!(s.step(3, &rs(1, 0), &[rs(3, 3)]), vec![]);
        // New pod available: one old pod goes.
        assert_eq!(s.step(3, &rs(1, 1), &[rs(3, 3)]), vec![Scale { target: Target::Old(0), replicas: 2 }]);
        // Old unhealthy pods are removed first, whatever availability says, up to the surge budget.
        assert_eq!(s.step(3, &rs(2, 2), &[rs(2, 0)]), vec![Scale { target: Target::Old(0), replicas: 1 }]);
        // Done.
        assert_eq!(s.step(3, &rs(3, 3), &[rs(0, 0)]), vec![]);
        // Scaling the Deployment down scales the new ReplicaSet down at once.
        assert_eq!(s.step(1, &rs(3, 3), &[]), vec![Scale { target: Target::New, replicas: 1 }]);
    }

    #[test]
    fn fenceposts_and_recreate() {
        let mut d = deployment(4, None);
        d["spec"]["strategy"]["rollingUpdate"] = json!({"maxSurge": 0, "maxUnavailable": 0});
        assert_eq!(Strategy::of(&d), Strategy::Rolling { max_surge: 0, max_unavailable: 1 });
        d["spec"]["strategy"]["rollingUpdate"] = json!({"maxSurge": "50%", "maxUnavailable": "30%"});
        assert_eq!(Strategy::of(&d), Strategy::Rolling { max_surge: 2, max_unavailable: 1 });
        let s = Strategy::Recreate;
        assert_eq!(s.step(2, &rs(0, 0), &[rs(2, 2)]), vec![Scale { target: Target::Old(0), replicas: 0 }]);
        let terminating = RsCounts { spec: 0, replicas: 1, ready: 0, available: 0 };
        assert_eq!(s.step(2, &rs(0, 0), &[terminating]), vec![], "waits for old pods to be gone");
        assert_eq!(s.step(2, &rs(0, 0), &[rs(0, 0)]), vec![Scale { target: Target::New, replicas: 2 }]);
    }
}

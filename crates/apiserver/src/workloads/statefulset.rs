//! The StatefulSet controller: pods with ordinals, created and updated in order, and its status.

use std::collections::BTreeMap;

use serde_json::{json, Map, Value};

use super::hash::template_hash;
use super::{
    active_pods, int_at, is_available, is_ready, label, put_nonzero, Owned, PodName, Sim, REVISION_HASH_LABEL,
};
use crate::objects;

impl Sim<'_> {
    pub(super) async fn statefulset(&mut self, key: &str, sts: Value, pods: &Owned) {
        if objects::is_deleting(&sts) {
            return;
        }
        let name = objects::name_of(&sts).to_string();
        let desired = int_at(&sts, "/spec/replicas", 1).max(0);
        let template = sts.pointer("/spec/template").cloned().unwrap_or(json!({}));
        let update_revision = format!("{name}-{}", template_hash(&template, None));
        let parallel = sts.pointer("/spec/podManagementPolicy").and_then(Value::as_str) == Some("Parallel");
        let rolling = sts.pointer("/spec/updateStrategy/type").and_then(Value::as_str) != Some("OnDelete");
        let partition = int_at(&sts, "/spec/updateStrategy/rollingUpdate/partition", 0);
        let by_ordinal: BTreeMap<i64, (String, Value)> = active_pods(pods, &sts)
            .into_iter()
            .filter_map(|(k, p)| {
                let ordinal = objects::name_of(&p).strip_prefix(&format!("{name}-"))?.parse::<i64>().ok()?;
                Some((ordinal, (k, p)))
            })
            .collect();
        let mut acted = false;
        for i in 0..desired {
            match by_ordinal.get(&i) {
                None => {
                    let pod_name = format!("{name}-{i}");
                    let labels = [
                        (REVISION_HASH_LABEL, update_revision.clone()),
                        ("statefulset.kubernetes.io/pod-name", pod_name.clone()),
                        ("apps.kubernetes.io/pod-index", i.to_string()),
                    ];
                    let mut t = template.clone();
                    t["spec"]["hostname"] = json!(pod_name);
                    if let Some(svc) = sts.pointer("/spec/serviceName").and_then(Value::as_str) {
                        t["spec"]["subdomain"] = json!(svc);
                    }
                    self.create_pod(&sts, &t, PodName::Fixed(&pod_name), &labels).await;
                    acted = true;
                    if !parallel {
                        break;
                    }
                }
                Some((_, p)) if !parallel && !is_ready(p) => {
                    acted = true;
                    break;
                }
                Some(_) => {}
            }
        }
        if !acted {
            // Scale down from the highest ordinal, one at a time unless Parallel.
            let extra: Vec<&String> = by_ordinal.range(desired..).rev().map(|(_, (k, _))| k).collect();
            for k in extra.iter().take(if parallel { usize::MAX } else { 1 }) {
                self.delete("", "pods", k).await;
                acted = true;
            }
        }
        let all_ready = by_ordinal.range(..desired).count() as i64 == desired
            && by_ordinal.range(..desired).all(|(_, (_, p))| is_ready(p));
        if !acted && rolling && all_ready {
            // Rolling update: replace the highest ordinal still at an old revision.
            let stale = by_ordinal
                .range(partition.max(0)..desired)
                .rev()
                .find(|(_, (_, p))| label(p, REVISION_HASH_LABEL) != Some(update_revision.as_str()));
            if let Some((_, (k, _))) = stale {
                self.delete("", "pods", k).await;
            }
        }
        let pods: Vec<&Value> = by_ordinal.values().map(|(_, p)| p).collect();
        let status = statefulset_status(&sts, &pods, &update_revision, chrono::Utc::now());
        self.set_status(key, &status).await;
    }
}

pub(super) fn statefulset_status(
    sts: &Value,
    pods: &[&Value],
    update_revision: &str,
    now: chrono::DateTime<chrono::Utc>,
) -> Value {
    let desired = int_at(sts, "/spec/replicas", 1);
    let min_ready = int_at(sts, "/spec/minReadySeconds", 0);
    let at = |rev: &str| pods.iter().filter(|p| label(p, REVISION_HASH_LABEL) == Some(rev)).count() as i64;
    let ready = pods.iter().filter(|p| is_ready(p)).count() as i64;
    let updated = at(update_revision);
    let mut current_revision =
        sts.pointer("/status/currentRevision").and_then(Value::as_str).unwrap_or(update_revision).to_string();
    let rolling = sts.pointer("/spec/updateStrategy/type").and_then(Value::as_str) != Some("OnDelete");
    // `completeRollingUpdate`: once every pod is updated and ready, the update revision becomes current.
    if rolling && updated >= desired && ready >= desired && pods.len() as i64 == desired {
        current_revision = update_revision.to_string();
    }
    let mut m = Map::new();
    put_nonzero(&mut m, "observedGeneration", int_at(sts, "/metadata/generation", 0));
    m.insert("replicas".into(), json!(pods.len()));
    put_nonzero(&mut m, "readyReplicas", ready);
    put_nonzero(&mut m, "currentReplicas", at(&current_revision));
    put_nonzero(&mut m, "updatedReplicas", updated);
    m.insert("currentRevision".into(), json!(current_revision));
    m.insert("updateRevision".into(), json!(update_revision));
    m.insert("collisionCount".into(), json!(0));
    m.insert("availableReplicas".into(), json!(pods.iter().filter(|p| is_available(p, min_ready, now)).count()));
    Value::Object(m)
}

//! The DaemonSet controller: one pod on the simulated node when its node selector matches, and its status.

use serde_json::{json, Map, Value};

use super::hash::template_hash;
use super::{
    active_pods, int_at, is_available, is_ready, label, put_nonzero, Owned, PodName, Sim, NODE_NAME,
    REVISION_HASH_LABEL,
};
use crate::objects;

impl Sim<'_> {
    pub(super) async fn daemonset(&mut self, key: &str, ds: Value, pods: &Owned) {
        if objects::is_deleting(&ds) {
            return;
        }
        let template = ds.pointer("/spec/template").cloned().unwrap_or(json!({}));
        let hash = template_hash(&template, None);
        let desired = i64::from(node_selected(&template));
        let active = active_pods(pods, &ds);
        let rolling = ds.pointer("/spec/updateStrategy/type").and_then(Value::as_str) != Some("OnDelete");
        let stale = |p: &Value| label(p, REVISION_HASH_LABEL) != Some(hash.as_str());
        if (active.len() as i64) < desired {
            let labels = [
                (REVISION_HASH_LABEL, hash.clone()),
                ("pod-template-generation", int_at(&ds, "/metadata/generation", 1).to_string()),
            ];
            let prefix = format!("{}-", objects::name_of(&ds));
            self.create_pod(&ds, &template, PodName::Generate(&prefix), &labels).await;
        } else if (active.len() as i64) > desired {
            let mut ranked = active.clone();
            ranked.sort_by_key(|(_, p)| !stale(p));
            for (k, _) in ranked.iter().take(active.len() - desired as usize) {
                self.delete("", "pods", k).await;
            }
        } else if rolling {
            if let Some((k, _)) = active.iter().find(|(_, p)| stale(p)) {
                self.delete("", "pods", k).await;
            }
        }
        let status = daemonset_status(&ds, desired, &active, &hash, chrono::Utc::now());
        self.set_status(key, &status).await;
    }
}

/// Whether the pod template's `nodeSelector` matches the simulated node.
pub(super) fn node_selected(template: &Value) -> bool {
    let Some(Value::Object(sel)) = template.pointer("/spec/nodeSelector") else { return true };
    sel.iter().all(|(k, v)| match (k.as_str(), v.as_str()) {
        ("kubernetes.io/hostname", Some(h)) => h == NODE_NAME,
        ("kubernetes.io/os", Some(os)) => os == "linux",
        ("node-role.kubernetes.io/control-plane", Some("")) => true,
        _ => false,
    })
}

pub(super) fn daemonset_status(
    ds: &Value,
    desired: i64,
    pods: &[(String, Value)],
    hash: &str,
    now: chrono::DateTime<chrono::Utc>,
) -> Value {
    let min_ready = int_at(ds, "/spec/minReadySeconds", 0);
    let available = pods.iter().filter(|(_, p)| is_available(p, min_ready, now)).count() as i64;
    let mut m = Map::new();
    m.insert("currentNumberScheduled".into(), json!(pods.len()));
    m.insert("numberMisscheduled".into(), json!(0));
    m.insert("desiredNumberScheduled".into(), json!(desired));
    m.insert("numberReady".into(), json!(pods.iter().filter(|(_, p)| is_ready(p)).count()));
    put_nonzero(&mut m, "observedGeneration", int_at(ds, "/metadata/generation", 0));
    put_nonzero(
        &mut m,
        "updatedNumberScheduled",
        pods.iter().filter(|(_, p)| label(p, REVISION_HASH_LABEL) == Some(hash)).count() as i64,
    );
    put_nonzero(&mut m, "numberAvailable", available);
    put_nonzero(&mut m, "numberUnavailable", (desired - available).max(0));
    Value::Object(m)
}

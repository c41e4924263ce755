//! The ReplicaSet controller: as many pods as `spec.replicas`, and its status.

use serde_json::{json, Map, Value};

use super::{active_pods, int_at, is_available, is_ready, label, put_nonzero, Owned, PodName, Sim};
use crate::objects;

impl Sim<'_> {
    pub(super) async fn replicaset(&mut self, key: &str, rs: Value, pods: &Owned) {
        if objects::is_deleting(&rs) {
            return;
        }
        let active = active_pods(pods, &rs);
        let want = int_at(&rs, "/spec/replicas", 1).max(0) as usize;
        let template = rs.pointer("/spec/template").cloned().unwrap_or(json!({}));
        let prefix = format!("{}-", objects::name_of(&rs));
        if active.len() < want {
            for _ in active.len()..want {
                self.create_pod(&rs, &template, PodName::Generate(&prefix), &[]).await;
            }
        } else if active.len() > want {
            let mut ranked = active.clone();
            // As upstream: not-ready pods go first, then the newest.
            ranked.sort_by(|a, b| {
                (is_ready(&a.1), objects::meta_str(&b.1, "creationTimestamp"))
                    .cmp(&(is_ready(&b.1), objects::meta_str(&a.1, "creationTimestamp")))
            });
            for (k, _) in ranked.iter().take(active.len() - want) {
                self.delete("", "pods", k).await;
            }
        }
        let status = replicaset_status(&rs, &active, chrono::Utc::now());
        self.set_status(key, &status).await;
    }
}

fn fully_labeled(pod: &Value, template: &Value) -> bool {
    let Some(Value::Object(want)) = template.pointer("/metadata/labels") else { return true };
    want.iter().all(|(k, v)| label(pod, k) == v.as_str())
}

/// `calculateStatus` of the ReplicaSet controller, from its active pods.
fn replicaset_status(rs: &Value, pods: &[(String, Value)], now: chrono::DateTime<chrono::Utc>) -> Value {
    let template = rs.pointer("/spec/template").cloned().unwrap_or(json!({}));
    let min_ready = int_at(rs, "/spec/minReadySeconds", 0);
    let mut m = Map::new();
    m.insert("replicas".into(), json!(pods.len()));
    put_nonzero(
        &mut m,
        "fullyLabeledReplicas",
        pods.iter().filter(|(_, p)| fully_labeled(p, &template)).count() as i64,
    );
    put_nonzero(&mut m, "readyReplicas", pods.iter().filter(|(_, p)| is_ready(p)).count() as i64);
    put_nonzero(
        &mut m,
        "availableReplicas",
        pods.iter().filter(|(_, p)| is_available(p, min_ready, now)).count() as i64,
    );
    put_nonzero(&mut m, "observedGeneration", int_at(rs, "/metadata/generation", 0));
    Value::Object(m)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::workloads::daemonset::{daemonset_status, node_selected};
    use crate::workloads::statefulset::statefulset_status;
    use crate::workloads::tests::pod;
    use crate::workloads::{parse_ts, REVISION_HASH_LABEL};

    #[test]
    fn replicaset_and_workload_statuses() {
        let now = parse_ts("2025-01-01T00:01:00Z").unwrap();
        let rs = json!({"metadata": {"generation": 2}, "spec": {"replicas": 2, "minReadySeconds": 30,
                        "template": {"metadata": {"labels": {"app": "web"}}}}});
        let ready = pod(None, "Always");
        let mut fresh = pod(None, "Always");
        fresh["status"]["conditions"][2]["lastTransitionTime"] = json!("2025-01-01T00:00:50Z");
        let mut unlabeled = ready.clone();
        unlabeled["metadata"]["labels"] = json!({"app": "web"});
        let pods = vec![("a".to_string(), unlabeled), ("b".to_string(), fresh)];
        let s = replicaset_status(&rs, &pods, now);
        assert_eq!(
            s,
            json!({"replicas": 2, "fullyLabeledReplicas": 1, "readyReplicas": 2, "availableReplicas": 1, "observedGeneration": 2})
        );

        let sts = json!({"metadata": {"name": "db", "generation": 1}, "spec": {"replicas": 1},
                         "status": {"currentRevision": "db-old"}});
        let mut p = pod(None, "Always");
        p["metadata"]["labels"] = json!({REVISION_HASH_LABEL: "db-new"});
        let s = statefulset_status(&sts, &[&p], "db-new", now);
        assert_eq!((s["currentRevision"].as_str(), s["updatedReplicas"].as_i64()), (Some("db-new"), Some(1)));

        let ds = json!({"metadata": {"generation": 3}, "spec": {}});
        let s = daemonset_status(&ds, 1, &[("a".into(), p.clone())], "other", now);
        assert_eq!(s["desiredNumberScheduled"], 1);
        assert_eq!(s["numberReady"], 1);
        assert!(s.get("updatedNumberScheduled").is_none());
        assert!(!node_selected(&json!({"spec": {"nodeSelector": {"kubernetes.io/os": "windows"}}})));
        assert!(node_selected(&json!({"spec": {"nodeSelector": {"kubernetes.io/os": "linux"}}})));
    }
}

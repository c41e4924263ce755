//! The `pod-template-hash` of pod templates, which names ReplicaSets and revisions.

use serde_json::{json, Map, Value};

/// 32-bit FNV-1a, the hash kube-controller-manager uses for pod templates.
fn fnv32a(bytes: &[u8]) -> u32 {
    bytes.iter().fold(0x811c_9dc5u32, |h, b| (h ^ u32::from(*b)).wrapping_mul(0x0100_0193))
}

/// JSON with object keys sorted, so the hash does not depend on key order.
fn canonical(v: &Value, out: &mut String) {
    match v {
        Value::Object(m) => {
            out.push('{');
            let mut keys: Vec<&String> = m.keys().collect();
            keys.sort();
            for (i, k) in keys.into_iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                out.push_str(&Value::String(k.clone()).to_string());
                out.push(':');
                canonical(&m[k], out);
            }
            out.push('}');
        }
        Value::Array(a) => {
            out.push('[');
            for (i, x) in a.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                canonical(x, out);
            }
            out.push(']');
        }
        other => out.push_str(&other.to_string()),
    }
}

/// The `pod-template-hash` of a pod template: FNV-32a of the template (and the collision count, if any), its
/// decimal form encoded with `rand.SafeEncodeString` as upstream's `controller.ComputeHash` does. Upstream hashes
/// Go's printed form of the struct, so the values differ from a real cluster's, but they are as stable and
/// look the same (up to 10 characters from `bcdfghjklmnpqrstvwxz2456789`).
pub(super) fn template_hash(template: &Value, collision_count: Option<i64>) -> String {
    let mut text = String::new();
    canonical(&normalized(template).unwrap_or(Value::Null), &mut text);
    if let Some(c) = collision_count {
        text.push_str(&c.to_string());
    }
    safe_encode(&fnv32a(text.as_bytes()).to_string())
}

/// `k8s.io/apimachinery/pkg/util/rand.SafeEncodeString`: no vowels, no confusable characters.
fn safe_encode(s: &str) -> String {
    const ALPHANUMS: &[u8] = b"bcdfghjklmnpqrstvwxz2456789";
    s.bytes().map(|b| ALPHANUMS[usize::from(b) % ALPHANUMS.len()] as char).collect()
}

/// A template without nulls, empty objects and empty lists: typed Go clients (`kubectl rollout undo`) write
/// `creationTimestamp: null` and `resources: {}` where others write nothing, and upstream compares typed
/// structs, where the two are the same.
pub(super) fn normalized(v: &Value) -> Option<Value> {
    match v {
        Value::Null => None,
        Value::Object(m) => {
            let m: Map<String, Value> = m.iter().filter_map(|(k, v)| Some((k.clone(), normalized(v)?))).collect();
            (!m.is_empty()).then_some(Value::Object(m))
        }
        Value::Array(a) => {
            (!a.is_empty()).then(|| Value::Array(a.iter().map(|x| normalized(x).unwrap_or(json!({}))).collect()))
        }
        other => Some(other.clone()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn template_hash_is_kube_shaped_and_stable() {
        assert_eq!(fnv32a(b""), 0x811c_9dc5);
        assert_eq!(fnv32a(b"a"), 0xe40c_292c);
        // Digits map to 4-9 and b-f, which is why real pod-template-hashes look like `7c5ddbdf54`.
        assert_eq!(safe_encode("0123456789"), "456789bcdf");
        let t =
            json!({"metadata": {"labels": {"app": "web"}}, "spec": {"containers": [{"name": "c", "image": "nginx"}]}});
        let h = template_hash(&t, None);
        assert!(!h.is_empty() && h.len() <= 10 && h.chars().all(|c| "bcdfghjklmnpqrstvwxz2456789".contains(c)), "{h}");
        let reordered = json!({"spec": {"containers": [{"image": "nginx", "name": "c"}]}, "metadata": {"labels": {"app": "web"}, "creationTimestamp": null}});
        assert_eq!(template_hash(&reordered, None), h, "key order and nulls do not matter");
        assert_ne!(template_hash(&t, Some(1)), h, "a collision count changes the hash");
        let mut other = t.clone();
        other["spec"]["containers"][0]["image"] = json!("nginx:2");
        assert_ne!(template_hash(&other, None), h);
    }
}

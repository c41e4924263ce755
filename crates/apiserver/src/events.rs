//! Events are stored once, in core/v1 form, and served as both `v1 Event` and `events.k8s.io/v1 Event`,
//! converting field by field as kube-apiserver does (`regarding`↔`involvedObject`, `note`↔`message`, …).

use serde_json::{Map, Value};

/// (events.k8s.io/v1 field, core/v1 field) pairs that only change name.
const RENAMES: &[(&str, &str)] = &[
    ("regarding", "involvedObject"),
    ("note", "message"),
    ("reportingController", "reportingComponent"),
    ("deprecatedSource", "source"),
    ("deprecatedFirstTimestamp", "firstTimestamp"),
    ("deprecatedLastTimestamp", "lastTimestamp"),
    ("deprecatedCount", "count"),
];

/// Whether a resource is the `events.k8s.io` view of the shared event storage.
pub fn is_events_view(group: &str, plural: &str) -> bool {
    group == "events.k8s.io" && plural == "events"
}

fn rename(obj: &Value, from_events: bool, api_version: &str) -> Value {
    let Value::Object(m) = obj else { return obj.clone() };
    let mut out = Map::with_capacity(m.len());
    for (k, v) in m {
        let renamed = RENAMES.iter().find_map(|(ev, core)| {
            let (from, to) = if from_events { (ev, core) } else { (core, ev) };
            (k == from).then_some(*to)
        });
        out.insert(renamed.unwrap_or(k).to_string(), v.clone());
    }
    out.insert("apiVersion".into(), Value::String(api_version.into()));
    out.insert("kind".into(), Value::String("Event".into()));
    Value::Object(out)
}

/// An `events.k8s.io/v1` Event in the stored core/v1 form.
pub fn to_core(obj: &Value) -> Value {
    rename(obj, true, "v1")
}

/// A stored core/v1 Event as `events.k8s.io/v1` serves it.
pub fn to_events(obj: &Value) -> Value {
    rename(obj, false, "events.k8s.io/v1")
}

/// Field-selector paths of the events.k8s.io view, translated to the stored form.
pub fn core_field(field: &str) -> String {
    for (ev, core) in RENAMES {
        if field == *ev {
            return core.to_string();
        }
        if let Some(rest) = field.strip_prefix(&format!("{ev}.")) {
            return format!("{core}.{rest}");
        }
    }
    field.to_string()
}

/// When an event last happened: lastTimestamp, then the series' last observation, eventTime, creation.
pub fn last_seen(obj: &Value) -> Option<chrono::DateTime<chrono::Utc>> {
    let candidates = [
        obj.get("lastTimestamp"),
        obj.pointer("/series/lastObservedTime"),
        obj.get("eventTime"),
        obj.pointer("/metadata/creationTimestamp"),
    ];
    candidates
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .filter_map(|t| chrono::DateTime::parse_from_rfc3339(t).ok())
        .map(|t| t.with_timezone(&chrono::Utc))
        .max()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn round_trip_between_the_two_shapes() {
        let ev = json!({"apiVersion": "events.k8s.io/v1", "kind": "Event", "metadata": {"name": "e"},
            "regarding": {"kind": "Pod", "name": "p"}, "note": "pulled", "reason": "Pulled", "type": "Normal",
            "reportingController": "kubelet", "reportingInstance": "n1", "eventTime": "2025-01-01T00:00:00.000000Z",
            "series": {"count": 2, "lastObservedTime": "2025-01-01T00:01:00.000000Z"}, "deprecatedCount": 3});
        let core = to_core(&ev);
        assert_eq!(core["apiVersion"], "v1");
        assert_eq!(core["involvedObject"]["name"], "p");
        assert_eq!(core["message"], "pulled");
        assert_eq!(core["reportingComponent"], "kubelet");
        assert_eq!(core["count"], 3);
        assert_eq!(to_events(&core), ev);
        assert_eq!(core_field("regarding.name"), "involvedObject.name");
        assert_eq!(core_field("reason"), "reason");
        assert_eq!(last_seen(&core).unwrap().to_rfc3339(), "2025-01-01T00:01:00+00:00");
    }
}

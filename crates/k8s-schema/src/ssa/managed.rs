//! `metadata.managedFields`: the wire entries, and the per-manager sets the algorithms work on.

use std::collections::BTreeMap;

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::Value;

use super::fieldset::{go_quote, FieldSet};
use super::SsaError;

/// The kind of write that gave a manager its fields.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Operation {
    /// Server-side apply (`PATCH` with `application/apply-patch+yaml`).
    Apply,
    /// Any other write: create, update, or a non-apply patch.
    Update,
}

impl Operation {
    fn as_str(self) -> &'static str {
        match self {
            Operation::Apply => "Apply",
            Operation::Update => "Update",
        }
    }
}

/// One entry of `metadata.managedFields`, serialised exactly as the API shows it.
///
/// ```
/// use k8s_schema::ssa::{ManagedFieldsEntry, Operation};
/// let entry: ManagedFieldsEntry = serde_json::from_value(serde_json::json!({
///     "manager": "kubectl", "operation": "Apply", "apiVersion": "v1", "time": "2025-01-01T00:00:00Z",
///     "fieldsType": "FieldsV1", "fieldsV1": {"f:data": {"f:a": {}}}})).unwrap();
/// assert_eq!(entry.operation, Operation::Apply);
/// assert_eq!(entry.fields.paths().len(), 1);
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ManagedFieldsEntry {
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub manager: String,
    pub operation: Operation,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub api_version: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time: Option<String>,
    /// Always `FieldsV1`, the only format there is.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub fields_type: String,
    #[serde(rename = "fieldsV1", default, serialize_with = "ser_fields", deserialize_with = "de_fields")]
    pub fields: FieldSet,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subresource: Option<String>,
}

fn ser_fields<S: Serializer>(set: &FieldSet, s: S) -> Result<S::Ok, S::Error> {
    set.to_fields_v1().serialize(s)
}

fn de_fields<'de, D: Deserializer<'de>>(d: D) -> Result<FieldSet, D::Error> {
    let json = Value::deserialize(d)?;
    FieldSet::from_fields_v1(&json).map_err(serde::de::Error::custom)
}

/// The managed fields recorded on an object, validated as kube-apiserver validates them.
///
/// Missing `managedFields` gives an empty list.
pub fn managed_fields_from_object(obj: &Value) -> Result<Vec<ManagedFieldsEntry>, SsaError> {
    match obj.pointer("/metadata/managedFields") {
        None | Some(Value::Null) => Ok(Vec::new()),
        Some(raw) => parse_entries(raw),
    }
}

fn parse_entries(raw: &Value) -> Result<Vec<ManagedFieldsEntry>, SsaError> {
    let Value::Array(items) = raw else {
        return Err(SsaError::Invalid("metadata.managedFields must be a list".into()));
    };
    let mut out = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        match item.get("operation").and_then(Value::as_str) {
            Some("Apply" | "Update") => {}
            _ => return Err(SsaError::Invalid("operation must be `Apply` or `Update`".into())),
        }
        if item.get("apiVersion").and_then(Value::as_str).unwrap_or_default().is_empty() {
            return Err(SsaError::Invalid("apiVersion must not be empty".into()));
        }
        match item.get("fieldsType").and_then(Value::as_str).unwrap_or_default() {
            "FieldsV1" => {}
            "" => return Err(SsaError::Invalid(format!("missing fieldsType in managed fields entry {i}"))),
            other => {
                return Err(SsaError::Invalid(format!("invalid fieldsType {other:?} in managed fields entry {i}")));
            }
        }
        let entry: ManagedFieldsEntry = serde_json::from_value(item.clone())
            .map_err(|e| SsaError::Invalid(format!("managed fields entry {i}: {e}")))?;
        out.push(entry);
    }
    Ok(out)
}

/// Decides which managed fields an `Update` (create, update, non-apply patch) starts from, as
/// kube-apiserver's `decodeLiveOrNew` does:
///
/// * `Some(vec![])`: the request resets them (`managedFields: []`, or a single empty entry `[{}]`);
/// * `Some(entries)`: the request carries valid entries, which replace the live ones;
/// * `None`: keep the live object's (the request has none, or invalid ones: clients that don't know
///   about managedFields must not be able to wipe them by accident).
///
/// Writes to a subresource never take managedFields from the request; callers skip this for them.
pub fn managed_fields_from_request(request_obj: &Value) -> Option<Vec<ManagedFieldsEntry>> {
    let raw = request_obj.pointer("/metadata/managedFields")?;
    if is_reset(raw) {
        return Some(Vec::new());
    }
    match parse_entries(raw) {
        Ok(entries) if !entries.is_empty() => Some(entries),
        _ => None,
    }
}

fn is_reset(raw: &Value) -> bool {
    let empty_entry = |e: &Value| match e {
        Value::Object(m) => m.values().all(|v| match v {
            Value::Null => true,
            Value::String(s) => s.is_empty(),
            Value::Object(o) => o.is_empty(),
            _ => false,
        }),
        _ => false,
    };
    match raw {
        Value::Array(items) => items.is_empty() || (items.len() == 1 && empty_entry(&items[0])),
        _ => false,
    }
}

/// Who a set of fields belongs to. Apply entries are identified without their apiVersion, so that an
/// applier keeps one entry across versions; Update entries are one per apiVersion.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct ManagerId {
    pub(crate) manager: String,
    pub(crate) operation: Operation,
    /// Empty for appliers.
    pub(crate) api_version: String,
    pub(crate) subresource: String,
}

impl ManagerId {
    pub(crate) fn new(manager: &str, operation: Operation, api_version: &str, subresource: Option<&str>) -> ManagerId {
        ManagerId {
            // kube-apiserver records a write without a field manager under this name.
            manager: if manager.is_empty() { "unknown".into() } else { manager.into() },
            operation,
            api_version: if operation == Operation::Apply { String::new() } else { api_version.into() },
            subresource: subresource.unwrap_or_default().into(),
        }
    }

    /// The JSON identifier kube-apiserver keys managers by; conflicts are grouped in its sort order.
    pub(crate) fn identifier(&self) -> String {
        let mut id = serde_json::Map::new();
        id.insert("manager".into(), Value::String(self.manager.clone()));
        id.insert("operation".into(), Value::String(self.operation.as_str().into()));
        if !self.api_version.is_empty() {
            id.insert("apiVersion".into(), Value::String(self.api_version.clone()));
        }
        if !self.subresource.is_empty() {
            id.insert("subresource".into(), Value::String(self.subresource.clone()));
        }
        // Go marshals struct fields in declaration order: manager, operation, apiVersion, …, subresource.
        let order = ["manager", "operation", "apiVersion", "subresource"];
        let parts: Vec<String> =
            order.iter().filter_map(|k| id.get(*k).map(|v| format!("{}:{}", Value::String((*k).into()), v))).collect();
        format!("{{{}}}", parts.join(","))
    }

    /// How conflict messages name the manager (apiserver `printManager`).
    pub(crate) fn display(&self) -> String {
        let mut s = go_quote(&self.manager);
        if !self.subresource.is_empty() {
            s = format!("{s} with subresource {}", go_quote(&self.subresource));
        }
        if self.operation == Operation::Update {
            s = format!("{s} using {}", self.api_version);
        }
        s
    }
}

/// A manager's fields, with the version they are expressed in and when they last changed.
#[derive(Debug, Clone)]
pub(crate) struct Owned {
    pub(crate) api_version: String,
    pub(crate) set: FieldSet,
    pub(crate) time: Option<String>,
}

pub(crate) type Managers = BTreeMap<ManagerId, Owned>;

pub(crate) fn decode(entries: &[ManagedFieldsEntry]) -> Managers {
    let mut managers = Managers::new();
    for e in entries {
        let id = ManagerId::new(&e.manager, e.operation, &e.api_version, e.subresource.as_deref());
        managers.insert(id, Owned { api_version: e.api_version.clone(), set: e.fields.clone(), time: e.time.clone() });
    }
    managers
}

/// The wire entries, in kube-apiserver's order: Apply before Update, then oldest first, then by manager,
/// apiVersion and subresource.
pub(crate) fn encode(managers: &Managers) -> Vec<ManagedFieldsEntry> {
    let mut entries: Vec<ManagedFieldsEntry> = managers
        .iter()
        .map(|(id, owned)| ManagedFieldsEntry {
            manager: id.manager.clone(),
            operation: id.operation,
            api_version: owned.api_version.clone(),
            time: owned.time.clone(),
            fields_type: "FieldsV1".into(),
            fields: owned.set.clone(),
            subresource: (!id.subresource.is_empty()).then(|| id.subresource.clone()),
        })
        .collect();
    entries.sort_by(|p, q| {
        p.operation
            .cmp(&q.operation)
            .then_with(|| unix_seconds(p.time.as_deref()).cmp(&unix_seconds(q.time.as_deref())))
            .then_with(|| p.manager.cmp(&q.manager))
            .then_with(|| p.api_version.cmp(&q.api_version))
            .then_with(|| {
                p.subresource.as_deref().unwrap_or_default().cmp(q.subresource.as_deref().unwrap_or_default())
            })
    });
    entries
}

/// Most Update entries an object keeps; older ones merge into `ancient-changes` (apiserver `capmanagers.go`).
const MAX_UPDATE_MANAGERS: usize = 10;

pub(crate) fn cap_update_managers(managers: &mut Managers) {
    let mut updaters: Vec<ManagerId> =
        managers.keys().filter(|id| id.operation == Operation::Update).cloned().collect();
    if updaters.len() <= MAX_UPDATE_MANAGERS {
        return;
    }
    updaters.sort_by_cached_key(|id| (unix_seconds(managers[id].time.as_deref()), id.identifier()));
    let mut first_of_version: BTreeMap<String, ManagerId> = BTreeMap::new();
    let mut remaining = updaters.len();
    for id in updaters {
        if remaining <= MAX_UPDATE_MANAGERS {
            break;
        }
        let Some(owned) = managers.get(&id).cloned() else { continue };
        let version = owned.api_version.clone();
        let bucket = ManagerId::new("ancient-changes", Operation::Update, &version, None);
        match first_of_version.get(&version) {
            Some(first) => {
                if !managers.contains_key(&bucket) {
                    if let Some(first_owned) = managers.remove(first) {
                        managers.insert(bucket.clone(), first_owned);
                    }
                }
                let merged =
                    managers.get(&bucket).map(|b| b.set.union(&owned.set)).unwrap_or_else(|| owned.set.clone());
                managers.remove(&id);
                // The bucket takes the time of the update merged in last, which is the more recent.
                managers.insert(bucket, Owned { api_version: version, set: merged, time: owned.time });
                remaining -= 1;
            }
            None => {
                first_of_version.insert(version, id);
            }
        }
    }
}

/// Seconds since the epoch of an RFC 3339 timestamp; kube-apiserver sorts entries at second precision and
/// puts entries without a time first.
pub(crate) fn unix_seconds(time: Option<&str>) -> i64 {
    time.and_then(parse_rfc3339).unwrap_or(0)
}

fn parse_rfc3339(s: &str) -> Option<i64> {
    let num = |r: std::ops::Range<usize>| s.get(r).and_then(|x| x.parse::<i64>().ok());
    let (y, mo, d) = (num(0..4)?, num(5..7)?, num(8..10)?);
    let (h, mi, sec) = (num(11..13)?, num(14..16)?, num(17..19)?);
    let mut rest = s.get(19..)?;
    if let Some(frac) = rest.strip_prefix('.') {
        rest = frac.trim_start_matches(|c: char| c.is_ascii_digit());
    }
    let offset = match rest {
        "Z" | "z" => 0,
        tz if tz.len() == 6 => {
            let sign = if tz.starts_with('-') { -1 } else { 1 };
            sign * (tz.get(1..3)?.parse::<i64>().ok()? * 3600 + tz.get(4..6)?.parse::<i64>().ok()? * 60)
        }
        _ => return None,
    };
    // Days from the civil date (Howard Hinnant's algorithm).
    let y = if mo <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (mo + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468;
    Some(days * 86_400 + h * 3600 + mi * 60 + sec - offset)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn timestamps() {
        assert_eq!(parse_rfc3339("1970-01-01T00:00:00Z"), Some(0));
        assert_eq!(parse_rfc3339("2024-03-01T12:30:05.123Z"), Some(1_709_296_205));
        assert_eq!(parse_rfc3339("2024-03-01T14:30:05+02:00"), Some(1_709_296_205));
        assert_eq!(parse_rfc3339("nope"), None);
    }

    #[test]
    fn identifiers_and_display() {
        let apply = ManagerId::new("kubectl", Operation::Apply, "v1", None);
        assert_eq!(apply.identifier(), r#"{"manager":"kubectl","operation":"Apply"}"#);
        assert_eq!(apply.display(), r#""kubectl""#);
        let update = ManagerId::new("kube-controller-manager", Operation::Update, "apps/v1", Some("status"));
        assert_eq!(
            update.identifier(),
            r#"{"manager":"kube-controller-manager","operation":"Update","apiVersion":"apps/v1","subresource":"status"}"#
        );
        assert_eq!(update.display(), r#""kube-controller-manager" with subresource "status" using apps/v1"#);
        assert_eq!(ManagerId::new("", Operation::Update, "v1", None).manager, "unknown");
    }

    #[test]
    fn request_managed_fields() {
        assert_eq!(managed_fields_from_request(&json!({"metadata": {"managedFields": []}})), Some(vec![]));
        assert_eq!(managed_fields_from_request(&json!({"metadata": {"managedFields": [{}]}})), Some(vec![]));
        assert_eq!(managed_fields_from_request(&json!({"metadata": {}})), None);
        assert_eq!(managed_fields_from_request(&json!({"metadata": {"managedFields": [{"manager": "x"}]}})), None);
        let entries = managed_fields_from_request(&json!({"metadata": {"managedFields": [
            {"manager": "x", "operation": "Update", "apiVersion": "v1", "fieldsType": "FieldsV1", "fieldsV1": {"f:data": {}}}]}}))
        .unwrap();
        assert_eq!(entries[0].manager, "x");
    }

    #[test]
    fn invalid_entries() {
        let bad = |e: Value| {
            managed_fields_from_object(&json!({"metadata": {"managedFields": [e]}})).unwrap_err().to_string()
        };
        assert_eq!(bad(json!({"operation": "Patch", "apiVersion": "v1"})), "operation must be `Apply` or `Update`");
        assert_eq!(bad(json!({"operation": "Apply"})), "apiVersion must not be empty");
        assert_eq!(
            bad(json!({"operation": "Apply", "apiVersion": "v1"})),
            "missing fieldsType in managed fields entry 0"
        );
        assert_eq!(
            bad(json!({"operation": "Apply", "apiVersion": "v1", "fieldsType": "FieldsV2"})),
            "invalid fieldsType \"FieldsV2\" in managed fields entry 0"
        );
    }

    #[test]
    fn entry_serialises_like_the_api() {
        let e = ManagedFieldsEntry {
            manager: "m".into(),
            operation: Operation::Update,
            api_version: "v1".into(),
            time: Some("2025-01-01T00:00:00Z".into()),
            fields_type: "FieldsV1".into(),
            fields: FieldSet::from_fields_v1(&json!({"f:data": {"f:a": {}}})).unwrap(),
            subresource: None,
        };
        assert_eq!(
            serde_json::to_value(&e).unwrap(),
            json!({"manager": "m", "operation": "Update", "apiVersion": "v1", "time": "2025-01-01T00:00:00Z",
                   "fieldsType": "FieldsV1", "fieldsV1": {"f:data": {"f:a": {}}}})
        );
    }

    #[test]
    fn capping_merges_the_oldest_updates() {
        let mut managers = Managers::new();
        for i in 0..12 {
            let id = ManagerId::new(&format!("m{i:02}"), Operation::Update, "v1", None);
            let set = FieldSet::from_fields_v1(&json!({format!("f:f{i}"): {}})).unwrap();
            managers
                .insert(id, Owned { api_version: "v1".into(), set, time: Some(format!("2025-01-01T00:00:{i:02}Z")) });
        }
        cap_update_managers(&mut managers);
        assert_eq!(managers.len(), 10);
        let bucket = &managers[&ManagerId::new("ancient-changes", Operation::Update, "v1", None)];
        assert_eq!(bucket.set.to_fields_v1(), json!({"f:f0": {}, "f:f1": {}, "f:f2": {}}));
        assert_eq!(bucket.time.as_deref(), Some("2025-01-01T00:00:02Z"));
    }
}

//! `meta.k8s.io/v1 Table` responses: what `kubectl get` prints.
//!
//! Custom resources get a Name column plus their `additionalPrinterColumns` (or Age); built-ins use their
//! dedicated printer (`crate::printers`) or, without one, kube-apiserver's default Name / Created At columns.

use serde_json::{json, Value};

use crate::registry::ResourceInfo;

const NAME_DESC: &str = "Name must be unique within a namespace. Is required when creating resources, although some resources may allow a client to request the generation of an appropriate name automatically. Name is primarily intended for creation idempotence and configuration definition. Cannot be updated. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names#names";
const CREATED_DESC: &str = "CreationTimestamp is a timestamp representing the server time when this object was created. It is not guaranteed to be set in happens-before order across separate operations. Clients may not set this value. It is represented in RFC3339 form and is in UTC.\n\nPopulated by the system. Read-only. Null for lists. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata";

/// What each row carries (`includeObject`): kubectl's default is the object's metadata.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IncludeObject {
    None,
    Metadata,
    Object,
}

impl IncludeObject {
    pub fn from_query(v: Option<&str>) -> IncludeObject {
        match v {
            Some("None") => IncludeObject::None,
            Some("Object") => IncludeObject::Object,
            _ => IncludeObject::Metadata,
        }
    }
}

struct Column {
    name: String,
    type_: String,
    format: String,
    description: String,
    priority: i64,
    /// None: the object's name.
    path: Option<String>,
}

fn columns(r: &ResourceInfo) -> Vec<Column> {
    let name = Column {
        name: "Name".into(),
        type_: "string".into(),
        format: "name".into(),
        description: NAME_DESC.into(),
        priority: 0,
        path: None,
    };
    let mut cols = vec![name];
    if r.is_custom() {
        if r.printer_columns.is_empty() {
            cols.push(Column {
                name: "Age".into(),
                type_: "date".into(),
                format: String::new(),
                description: CREATED_DESC.into(),
                priority: 0,
                path: Some(".metadata.creationTimestamp".into()),
            });
        }
        for c in &r.printer_columns {
            cols.push(Column {
                name: c.name.clone(),
                type_: c.type_.clone(),
                format: c.format.clone(),
                description: c.description.clone(),
                priority: c.priority,
                path: Some(c.json_path.clone()),
            });
        }
    } else {
        cols.push(Column {
            name: "Created At".into(),
            type_: "date".into(),
            format: String::new(),
            description: CREATED_DESC.into(),
            priority: 0,
            path: Some("@created".into()),
        });
    }
    cols
}

/// The rows of a Table: its columns, and how each object becomes a row.
pub(crate) struct Rows<'a> {
    r: &'a ResourceInfo,
    cols: Vec<Column>,
    printer: Option<crate::printers::Printer>,
    include: IncludeObject,
    now: chrono::DateTime<chrono::Utc>,
}

impl<'a> Rows<'a> {
    pub fn new(r: &'a ResourceInfo, include: IncludeObject) -> Rows<'a> {
        let printer = if r.is_custom() { None } else { crate::printers::builtin(&r.group, &r.plural) };
        Rows { r, cols: columns(r), printer, include, now: chrono::Utc::now() }
    }

    /// `columnDefinitions`.
    pub fn definitions(&self) -> Value {
        let def = |name: &str, type_: &str, format: &str, description: &str, priority: i64| json!({"name": name, "type": type_, "format": format, "description": description, "priority": priority});
        match &self.printer {
            Some(p) => p.columns.iter().map(|c| def(c.name, c.type_, c.format, c.description, c.priority)).collect(),
            None => self.cols.iter().map(|c| def(&c.name, &c.type_, &c.format, &c.description, c.priority)).collect(),
        }
    }

    /// One row: the cells, and the object or its metadata as `includeObject` asks.
    pub fn row(&self, obj: Value) -> Value {
        let cells: Vec<Value> = match &self.printer {
            Some(p) => (p.row)(&obj, self.now),
            None => self.cols.iter().map(|c| cell(c, &obj, self.r, self.now)).collect(),
        };
        match self.include {
            IncludeObject::Object => json!({"cells": cells, "object": obj}),
            IncludeObject::Metadata => json!({"cells": cells, "object": crate::handlers::partial_metadata(&obj)}),
            IncludeObject::None => json!({"cells": cells}),
        }
    }
}

/// A Table of the given objects.
pub fn table(r: &ResourceInfo, objects: Vec<Value>, include: IncludeObject, list_meta: Value) -> Value {
    let rows = Rows::new(r, include);
    let defs = rows.definitions();
    let items: Vec<Value> = objects.into_iter().map(|o| rows.row(o)).collect();
    json!({"kind": "Table", "apiVersion": "meta.k8s.io/v1", "metadata": list_meta, "columnDefinitions": defs, "rows": items})
}

/// The same Table as [`table`], written row by row: each object is only alive while its row is written, so a
/// `kubectl get` of thousands of objects costs the size of its answer, not of every parsed object.
pub(crate) fn table_bytes(
    r: &ResourceInfo,
    objects: impl Iterator<Item = Value>,
    include: IncludeObject,
    list_meta: Value,
) -> Vec<u8> {
    let rows = Rows::new(r, include);
    let head = json!({"kind": "Table", "apiVersion": "meta.k8s.io/v1", "metadata": list_meta, "columnDefinitions": rows.definitions()});
    crate::handlers::json_with_items(
        &head,
        "rows",
        objects.map(|o| serde_json::to_vec(&rows.row(o)).unwrap_or_default()),
    )
}

fn cell(c: &Column, obj: &Value, _r: &ResourceInfo, now: chrono::DateTime<chrono::Utc>) -> Value {
    let Some(path) = &c.path else {
        return obj.pointer("/metadata/name").cloned().unwrap_or(Value::Null);
    };
    if path == "@created" {
        return obj.pointer("/metadata/creationTimestamp").cloned().unwrap_or(Value::Null);
    }
    let Some(value) = jsonpath_first(obj, path) else { return Value::Null };
    match c.type_.as_str() {
        "integer" => value.as_i64().map(Value::from).unwrap_or(Value::Null),
        "number" => value.as_f64().map(Value::from).unwrap_or(Value::Null),
        "boolean" => value.as_bool().map(Value::from).unwrap_or(Value::Null),
        "date" => match value.as_str() {
            Some(ts) => match chrono::DateTime::parse_from_rfc3339(ts) {
                Ok(t) => Value::String(human_duration(now.signed_duration_since(t.with_timezone(&chrono::Utc)))),
                Err(_) => Value::String("<invalid>".into()),
            },
            None => Value::Null,
        },
        _ => match value {
            Value::String(s) => Value::String(s),
            Value::Null => Value::Null,
            other => Value::String(other.to_string()),
        },
    }
}

/// Kubernetes' `duration.HumanDuration`: `45s`, `3m20s`, `2d4h`, `3y`.
pub fn human_duration(d: chrono::Duration) -> String {
    let seconds = d.num_seconds();
    if seconds < -1 {
        return "<invalid>".into();
    }
    if seconds < 0 {
        return "0s".into();
    }
    if seconds < 120 {
        return format!("{seconds}s");
    }
    let minutes = seconds / 60;
    if minutes < 10 {
        let s = seconds % 60;
        return if s == 0 { format!("{minutes}m") } else { format!("{minutes}m{s}s") };
    }
    if minutes < 180 {
        return format!("{minutes}m");
    }
    let hours = minutes / 60;
    if hours < 8 {
        let m = minutes % 60;
        return if m == 0 { format!("{hours}h") } else { format!("{hours}h{m}m") };
    }
    if hours < 48 {
        return format!("{hours}h");
    }
    if hours < 24 * 8 {
        let h = hours % 24;
        return if h == 0 { format!("{}d", hours / 24) } else { format!("{}d{h}h", hours / 24) };
    }
    if hours < 24 * 365 * 2 {
        return format!("{}d", hours / 24);
    }
    if hours < 24 * 365 * 8 {
        let dy = (hours / 24) % 365;
        return if dy == 0 { format!("{}y", hours / 24 / 365) } else { format!("{}y{dy}d", hours / 24 / 365) };
    }
    format!("{}y", hours / 24 / 365)
}

/// The first result of a simple JSONPath as printer columns use them: `.a.b`, `.a[0]`, `.a[*].b`,
/// `.a[?(@.type=="Ready")].status`. Braces are optional.
pub fn jsonpath_first(obj: &Value, path: &str) -> Option<Value> {
    let path = path.trim().trim_start_matches('{').trim_end_matches('}');
    let mut current = vec![obj.clone()];
    let mut rest = path;
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix('.') {
            let end = r.find(['.', '[']).unwrap_or(r.len());
            let key = &r[..end];
            rest = &r[end..];
            if key.is_empty() {
                continue;
            }
            current = current.iter().filter_map(|v| v.get(key).cloned()).collect();
        } else if let Some(r) = rest.strip_prefix('[') {
            let close = matching_bracket(r)?;
            let inner = &r[..close];
            rest = &r[close + 1..];
            current = step_index(&current, inner);
        } else {
            return None;
        }
        if current.is_empty() {
            return None;
        }
    }
    current.into_iter().next()
}

fn matching_bracket(s: &str) -> Option<usize> {
    let mut depth = 0;
    let mut in_quote: Option<char> = None;
    for (i, c) in s.char_indices() {
        match (c, in_quote) {
            ('"' | '\'', None) => in_quote = Some(c),
            (q, Some(open)) if q == open => in_quote = None,
            ('[', None) => depth += 1,
            (']', None) if depth == 0 => return Some(i),
            (']', None) => depth -= 1,
            _ => {}
        }
    }
    None
}

fn step_index(current: &[Value], inner: &str) -> Vec<Value> {
    let inner = inner.trim();
    if inner == "*" {
        return current.iter().flat_map(|v| v.as_array().cloned().unwrap_or_default()).collect();
    }
    if let Some(filter) = inner.strip_prefix("?(").and_then(|f| f.strip_suffix(')')) {
        let (lhs, op, rhs) = if let Some((l, r)) = filter.split_once("==") {
            (l, "==", r)
        } else if let Some((l, r)) = filter.split_once("!=") {
            (l, "!=", r)
        } else {
            (filter, "exists", "")
        };
        let field = lhs.trim().trim_start_matches('@');
        let want = rhs.trim().trim_matches('"').trim_matches('\'');
        return current
            .iter()
            .flat_map(|v| v.as_array().cloned().unwrap_or_default())
            .filter(|item| {
                let got = jsonpath_first(item, field);
                let got_str = got.as_ref().map(|g| match g {
                    Value::String(s) => s.clone(),
                    other => other.to_string(),
                });
                match op {
                    "==" => got_str.as_deref() == Some(want),
                    "!=" => got_str.as_deref() != Some(want),
                    _ => got.is_some(),
                }
            })
            .collect();
    }
    if let Ok(i) = inner.parse::<i64>() {
        return current
            .iter()
            .filter_map(|v| {
                let a = v.as_array()?;
                let idx = if i < 0 { a.len() as i64 + i } else { i };
                a.get(usize::try_from(idx).ok()?).cloned()
            })
            .collect();
    }
    // ['key'] form
    let key = inner.trim_matches('\'').trim_matches('"');
    current.iter().filter_map(|v| v.get(key).cloned()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_like_kubernetes() {
        let d = chrono::Duration::seconds;
        assert_eq!(human_duration(d(5)), "5s");
        assert_eq!(human_duration(d(119)), "119s");
        assert_eq!(human_duration(d(200)), "3m20s");
        assert_eq!(human_duration(d(600)), "10m");
        assert_eq!(human_duration(d(3 * 3600 + 60)), "3h1m");
        assert_eq!(human_duration(d(10 * 3600)), "10h");
        assert_eq!(human_duration(d(3 * 86400 + 3600)), "3d1h");
        assert_eq!(human_duration(d(100 * 86400)), "100d");
        assert_eq!(human_duration(d(-5)), "<invalid>");
    }

    #[test]
    fn jsonpath_subset() {
        let obj = json!({"status": {"conditions": [{"type": "Reconciling", "status": "False"}, {"type": "Ready", "status": "True", "message": "ok"}]}, "spec": {"list": [1, 2]}});
        assert_eq!(jsonpath_first(&obj, ".status.conditions[?(@.type==\"Ready\")].status"), Some(json!("True")));
        assert_eq!(jsonpath_first(&obj, "{.spec.list[1]}"), Some(json!(2)));
        assert_eq!(jsonpath_first(&obj, ".status.conditions[*].type"), Some(json!("Reconciling")));
        assert_eq!(jsonpath_first(&obj, ".status.missing"), None);
    }
}

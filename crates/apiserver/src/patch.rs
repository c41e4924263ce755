//! JSON merge patch (RFC 7386) and JSON patch (RFC 6902), with kube-apiserver's error wording.

use serde_json::Value;

/// RFC 7386: objects merge recursively, `null` deletes, anything else replaces.
pub fn merge_patch(target: &mut Value, patch: &Value) {
    let Value::Object(patch_map) = patch else {
        *target = patch.clone();
        return;
    };
    if !target.is_object() {
        *target = Value::Object(Default::default());
    }
    if let Value::Object(map) = target {
        for (k, v) in patch_map {
            if v.is_null() {
                map.remove(k);
            } else {
                merge_patch(map.entry(k.clone()).or_insert(Value::Null), v);
            }
        }
    }
}

/// RFC 6902. Errors are one line, as kube-apiserver reports them in a 422 (or 500 for test failures).
pub fn json_patch(target: &mut Value, patch: &Value) -> Result<(), String> {
    let ops = patch.as_array().ok_or("json: cannot unmarshal object into Go value of type jsonpatch.Patch")?;
    for op in ops {
        let kind = op.get("op").and_then(Value::as_str).ok_or("Unexpected kind: missing op")?;
        let path = op.get("path").and_then(Value::as_str).ok_or_else(|| format!("operation {kind} missing path"))?;
        match kind {
            "add" => add(target, path, value_of(op, kind)?)?,
            "remove" => {
                remove(target, path)?;
            }
            "replace" => {
                let v = value_of(op, kind)?;
                let slot = target.pointer_mut(&pointer(path)?).ok_or_else(|| missing(kind, path))?;
                *slot = v;
            }
            "move" => {
                let from = op.get("from").and_then(Value::as_str).ok_or("move operation missing from")?;
                let v = remove(target, from)?;
                add(target, path, v)?;
            }
            "copy" => {
                let from = op.get("from").and_then(Value::as_str).ok_or("copy operation missing from")?;
                let v = target.pointer(&pointer(from)?).cloned().ok_or_else(|| missing(kind, from))?;
                add(target, path, v)?;
            }
            "test" => {
                let want = value_of(op, kind)?;
                let got = target.pointer(&pointer(path)?);
                if got != Some(&want) {
                    return Err(format!("testing value {path} failed: test failed"));
                }
            }
            other => return Err(format!("Unexpected kind: {other}")),
        }
    }
    Ok(())
}

fn value_of(op: &Value, kind: &str) -> Result<Value, String> {
    op.get("value").cloned().ok_or_else(|| format!("{kind} operation missing value"))
}

fn missing(kind: &str, path: &str) -> String {
    format!("{kind} operation does not apply: doc is missing path: \"{path}\": missing value")
}

/// JSON pointers in patches may use `~0`/`~1`; serde's `pointer` understands them. Validates the form.
fn pointer(path: &str) -> Result<String, String> {
    if !path.is_empty() && !path.starts_with('/') {
        return Err(format!("JSON pointer must be empty or start with a \"/\": {path}"));
    }
    Ok(path.to_string())
}

fn split(path: &str) -> Result<(String, String), String> {
    let p = pointer(path)?;
    let idx = p.rfind('/').ok_or_else(|| format!("invalid path {path}"))?;
    let last = p[idx + 1..].replace("~1", "/").replace("~0", "~");
    Ok((p[..idx].to_string(), last))
}

fn add(target: &mut Value, path: &str, value: Value) -> Result<(), String> {
    if path.is_empty() {
        *target = value;
        return Ok(());
    }
    let (parent, last) = split(path)?;
    let container = target.pointer_mut(&parent).ok_or_else(|| missing("add", path))?;
    match container {
        Value::Object(map) => {
            map.insert(last, value);
            Ok(())
        }
        Value::Array(list) => {
            if last == "-" {
                list.push(value);
                return Ok(());
            }
            let i: usize = last.parse().map_err(|_| format!("add operation does not apply: invalid index {last}"))?;
            if i > list.len() {
                return Err(format!(
                    "add operation does not apply: doc is missing path: \"{path}\": invalid index referenced"
                ));
            }
            list.insert(i, value);
            Ok(())
        }
        _ => Err(missing("add", path)),
    }
}

fn remove(target: &mut Value, path: &str) -> Result<Value, String> {
    let (parent, last) = split(path)?;
    let container = target.pointer_mut(&parent).ok_or_else(|| missing("remove", path))?;
    match container {
        Value::Object(map) => map.remove(&last).ok_or_else(|| missing("remove", path)),
        Value::Array(list) => {
            let i: usize = last.parse().map_err(|_| missing("remove", path))?;
            if i >= list.len() {
                return Err(missing("remove", path));
            }
            Ok(list.remove(i))
        }
        _ => Err(missing("remove", path)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn merge_patch_rfc7386() {
        let mut t = json!({"a": "b", "c": {"d": "e", "f": "g"}, "l": [1, 2]});
        merge_patch(&mut t, &json!({"a": "z", "c": {"f": null}, "l": [3]}));
        assert_eq!(t, json!({"a": "z", "c": {"d": "e"}, "l": [3]}));
    }

    #[test]
    fn json_patch_ops() {
        let mut t = json!({"metadata": {"labels": {"a": "1"}}, "spec": {"list": [1, 2, 3]}});
        json_patch(
            &mut t,
            &json!([
                {"op": "add", "path": "/metadata/labels/b~1c", "value": "2"},
                {"op": "replace", "path": "/spec/list/0", "value": 9},
                {"op": "remove", "path": "/spec/list/1"},
                {"op": "add", "path": "/spec/list/-", "value": 4},
                {"op": "test", "path": "/metadata/labels/a", "value": "1"},
                {"op": "copy", "from": "/metadata/labels/a", "path": "/spec/copied"},
                {"op": "move", "from": "/spec/copied", "path": "/spec/moved"}
            ]),
        )
        .unwrap();
        assert_eq!(
            t,
            json!({"metadata": {"labels": {"a": "1", "b/c": "2"}}, "spec": {"list": [9, 3, 4], "moved": "1"}})
        );
        let err = json_patch(&mut t, &json!([{"op": "replace", "path": "/nope/x", "value": 1}])).unwrap_err();
        assert!(err.contains("missing path"), "{err}");
        assert!(json_patch(&mut t, &json!([{"op": "test", "path": "/spec/moved", "value": "2"}])).is_err());
    }
}

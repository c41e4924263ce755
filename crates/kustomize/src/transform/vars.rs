//! `vars` (legacy): `$(NAME)` in the fields of kustomize's `varReference` table is replaced by a
//! field of a named resource, once, at the top, after name references were fixed.
//!
//! Each kustomization marks the resource its vars name (by any of its current or previous ids,
//! so a var keeps naming a resource after a prefix was added); the var set is merged upwards from
//! bases and components, and a name declared twice is an error. At the top every var must find
//! its resource and field, then every string in the table's fields is rewritten: a string that is
//! exactly `$(NAME)` takes the value with its type (a number stays a number), `$(NAME)` inside a
//! longer string is formatted in, `$$` is a `$`, and an unknown `$(X)` is left alone.

use std::collections::BTreeMap;

use serde::Deserialize;
use yaml::node::{Node, Scalar, Style, Tag};

use crate::fieldspec::{visit, Create, FieldSpec};
use crate::node;
use crate::resid::{Gvk, ResId};
use crate::resmap::ResMap;
use crate::resource::Resource;
use crate::transform::fieldpath;

/// One entry of `vars`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Var {
    #[serde(default)]
    pub name: String,
    /// The resource, by the name it has in its own file.
    #[serde(default)]
    pub objref: ObjRef,
    /// The field (`metadata.name` by default).
    #[serde(default)]
    pub fieldref: FieldRef,
}

/// `objref` of a var.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ObjRef {
    #[serde(default)]
    pub api_version: String,
    #[serde(default)]
    pub group: String,
    #[serde(default)]
    pub version: String,
    #[serde(default)]
    pub kind: String,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub namespace: String,
}

/// `fieldref` of a var.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct FieldRef {
    #[serde(default)]
    pub field_path: String,
}

impl ObjRef {
    /// The type: `apiVersion`, when given, overrides the group and version (one part is a version).
    fn gvk(&self) -> Gvk {
        let mut gvk = Gvk { group: self.group.clone(), version: self.version.clone(), kind: self.kind.clone() };
        let parts: Vec<&str> = self.api_version.split('/').collect();
        match parts.as_slice() {
            [""] => {}
            [version] => gvk.version = version.to_string(),
            [group, version] => {
                gvk.group = group.to_string();
                gvk.version = version.to_string();
            }
            _ => {}
        }
        gvk
    }
}

impl Var {
    /// The var with its defaults filled in, as kustomize keeps it in its var set.
    fn defaulted(&self) -> Var {
        let mut var = self.clone();
        if var.fieldref.field_path.is_empty() {
            var.fieldref.field_path = "metadata.name".into();
        }
        let gvk = var.objref.gvk();
        var.objref.group = gvk.group;
        var.objref.version = gvk.version;
        var
    }

    /// How kustomize prints a var in its messages (Go's `%v` of the struct, where the reference
    /// prints as its type).
    fn go_string(&self, gvk: &Gvk) -> String {
        format!("{{{} {} {{{}}}}}", self.name, gvk, self.fieldref.field_path)
    }

    fn display(&self) -> String {
        self.go_string(&self.objref.gvk())
    }
}

/// The var-reference fields: kind and path (kustomize's `varReference` table).
const VAR_REFERENCE: &[(&str, &str)] = &[
    ("CronJob", "spec/jobTemplate/spec/template/spec/containers/args"),
    ("CronJob", "spec/jobTemplate/spec/template/spec/containers/command"),
    ("CronJob", "spec/jobTemplate/spec/template/spec/containers/env/value"),
    ("CronJob", "spec/jobTemplate/spec/template/spec/containers/volumeMounts/mountPath"),
    ("CronJob", "spec/jobTemplate/spec/template/spec/initContainers/args"),
    ("CronJob", "spec/jobTemplate/spec/template/spec/initContainers/command"),
    ("CronJob", "spec/jobTemplate/spec/template/spec/initContainers/env/value"),
    ("CronJob", "spec/jobTemplate/spec/template/spec/initContainers/volumeMounts/mountPath"),
    ("CronJob", "spec/jobTemplate/spec/template/volumes/nfs/server"),
    ("DaemonSet", "spec/template/spec/containers/args"),
    ("DaemonSet", "spec/template/spec/containers/command"),
    ("DaemonSet", "spec/template/spec/containers/env/value"),
    ("DaemonSet", "spec/template/spec/containers/volumeMounts/mountPath"),
    ("DaemonSet", "spec/template/spec/initContainers/args"),
    ("DaemonSet", "spec/template/spec/initContainers/command"),
    ("DaemonSet", "spec/template/spec/initContainers/env/value"),
    ("DaemonSet", "spec/template/spec/initContainers/volumeMounts/mountPath"),
    ("DaemonSet", "spec/template/spec/volumes/nfs/server"),
    ("Deployment", "spec/template/spec/containers/args"),
    ("Deployment", "spec/template/spec/containers/command"),
    ("Deployment", "spec/template/spec/containers/env/value"),
    ("Deployment", "spec/template/spec/containers/volumeMounts/mountPath"),
    ("Deployment", "spec/template/spec/initContainers/args"),
    ("Deployment", "spec/template/spec/initContainers/command"),
    ("Deployment", "spec/template/spec/initContainers/env/value"),
    ("Deployment", "spec/template/spec/initContainers/volumeMounts/mountPath"),
    ("Deployment", "spec/template/spec/volumes/nfs/server"),
    ("Deployment", "spec/template/metadata/annotations"),
    ("Ingress", "spec/rules/host"),
    ("Ingress", "spec/tls/hosts"),
    ("Ingress", "spec/tls/secretName"),
    ("Job", "spec/template/spec/containers/args"),
    ("Job", "spec/template/spec/containers/command"),
    ("Job", "spec/template/spec/containers/env/value"),
    ("Job", "spec/template/spec/containers/volumeMounts/mountPath"),
    ("Job", "spec/template/spec/initContainers/args"),
    ("Job", "spec/template/spec/initContainers/command"),
    ("Job", "spec/template/spec/initContainers/env/value"),
    ("Job", "spec/template/spec/initContainers/volumeMounts/mountPath"),
    ("Job", "spec/template/spec/volumes/nfs/server"),
    ("Pod", "spec/containers/args"),
    ("Pod", "spec/containers/command"),
    ("Pod", "spec/containers/env/value"),
    ("Pod", "spec/containers/volumeMounts/mountPath"),
    ("Pod", "spec/initContainers/args"),
    ("Pod", "spec/initContainers/command"),
    ("Pod", "spec/initContainers/env/value"),
    ("Pod", "spec/initContainers/volumeMounts/mountPath"),
    ("Pod", "spec/volumes/nfs/server"),
    ("ReplicaSet", "spec/template/spec/containers/args"),
    ("ReplicaSet", "spec/template/spec/containers/command"),
    ("ReplicaSet", "spec/template/spec/containers/env/value"),
    ("ReplicaSet", "spec/template/spec/containers/volumeMounts/mountPath"),
    ("ReplicaSet", "spec/template/spec/initContainers/args"),
    ("ReplicaSet", "spec/template/spec/initContainers/command"),
    ("ReplicaSet", "spec/template/spec/initContainers/env/value"),
    ("ReplicaSet", "spec/template/spec/initContainers/volumeMounts/mountPath"),
    ("ReplicaSet", "spec/template/spec/volumes/nfs/server"),
    ("Service", "spec/ports/port"),
    ("Service", "spec/ports/targetPort"),
    ("StatefulSet", "spec/template/spec/containers/args"),
    ("StatefulSet", "spec/template/spec/containers/command"),
    ("StatefulSet", "spec/template/spec/containers/env/value"),
    ("StatefulSet", "spec/template/spec/containers/volumeMounts/mountPath"),
    ("StatefulSet", "spec/template/spec/initContainers/args"),
    ("StatefulSet", "spec/template/spec/initContainers/command"),
    ("StatefulSet", "spec/template/spec/initContainers/env/value"),
    ("StatefulSet", "spec/template/spec/initContainers/volumeMounts/mountPath"),
    ("StatefulSet", "spec/volumeClaimTemplates/spec/nfs/server"),
    ("PersistentVolume", "spec/nfs/server"),
    ("", "metadata/labels"),
    ("", "metadata/annotations"),
];

/// The built-in var-reference field specs.
pub fn builtin() -> Vec<FieldSpec> {
    VAR_REFERENCE
        .iter()
        .map(|(kind, path)| FieldSpec { kind: kind.to_string(), path: path.to_string(), ..FieldSpec::default() })
        .collect()
}

/// The vars of a build so far, by name (kustomize resolves them in name order).
pub type VarSet = BTreeMap<String, Var>;

/// kustomize's `MergeVars`: the vars a kustomization declares, after its transformers ran. Each
/// marks the one resource it names; then they join the set.
///
/// # Errors
/// A var that names several resources, a name already in the set.
pub fn declare(declared: &[Var], resources: &mut ResMap, set: &mut VarSet) -> Result<(), String> {
    let context = || {
        format!(
            "merging vars [{}]",
            declared.iter().map(|v| v.go_string(&v.gvk_as_written())).collect::<Vec<_>>().join(" ")
        )
    };
    for var in declared {
        let gvk = var.objref.gvk();
        let matched: Vec<usize> = resources
            .resources()
            .iter()
            .enumerate()
            .filter(|(_, r)| any_id(r).any(|id| names(&id, &gvk, &var.objref)))
            .map(|(i, _)| i)
            .collect();
        match matched.as_slice() {
            [] => {}
            [one] => resources.resources_mut()[*one].ref_var_names.push(var.name.clone()),
            many => {
                return Err(format!(
                    "{}: found {} resId matches for var {} (unable to disambiguate)",
                    context(),
                    many.len(),
                    var.go_string(&gvk)
                ))
            }
        }
    }
    for var in declared {
        add(set, var).map_err(|e| format!("{}: {e}", context()))?;
    }
    Ok(())
}

impl Var {
    /// The type as written (for the list kustomize prints, before `apiVersion` is read).
    fn gvk_as_written(&self) -> Gvk {
        Gvk { group: self.objref.group.clone(), version: self.objref.version.clone(), kind: self.objref.kind.clone() }
    }
}

/// Adds the vars of a base (or of what a component accumulated) to the set.
///
/// # Errors
/// A name already in the set.
pub fn absorb(set: &mut VarSet, incoming: VarSet) -> Result<(), String> {
    incoming.values().try_for_each(|var| add(set, var))
}

fn add(set: &mut VarSet, var: &Var) -> Result<(), String> {
    if set.contains_key(&var.name) {
        return Err(format!("var '{}' already encountered", var.name));
    }
    set.insert(var.name.clone(), var.defaulted());
    Ok(())
}

/// The current id and every previous one (kustomize pairs previous kinds with the current group
/// and version).
fn any_id(resource: &Resource) -> impl Iterator<Item = ResId> + '_ {
    let current = resource.id();
    let (group, version) = (current.gvk.group.clone(), current.gvk.version.clone());
    resource
        .previous
        .iter()
        .map(move |id| ResId {
            gvk: Gvk { group: group.clone(), version: version.clone(), kind: id.gvk.kind.clone() },
            name: id.name.clone(),
            namespace: id.namespace.clone(),
        })
        .chain(std::iter::once(current))
}

/// Whether `id` is what a var's reference names: the exact type and name, and the namespace when
/// the reference gives one.
fn names(id: &ResId, gvk: &Gvk, objref: &ObjRef) -> bool {
    if id.gvk != *gvk || id.name != objref.name {
        return false;
    }
    if objref.namespace.is_empty() {
        return true;
    }
    // The reference's type carries no scope: its namespace is compared as a namespaced one's.
    id.effective_namespace() == objref.namespace
}

/// A var's value: what kustomize reads from the field.
#[derive(Debug, Clone, PartialEq)]
enum Value {
    Str(String),
    Int(i64),
    Float(f64),
    Bool(bool),
    /// A mapping or a list: never substituted.
    Structured,
}

/// kustomize's `ResolveVars`, at the top: every var's value, then every `$(NAME)` in the
/// var-reference fields.
///
/// # Errors
/// A var whose resource or field cannot be found; a non-string map key or list item in a field
/// the table names.
pub fn resolve(set: &VarSet, specs: &[FieldSpec], resources: &mut ResMap) -> Result<(), String> {
    if set.is_empty() {
        return Ok(());
    }
    let mut values: BTreeMap<&str, Value> = BTreeMap::new();
    for var in set.values() {
        let resource = resources.resources().iter().find(|r| r.ref_var_names.contains(&var.name)).ok_or_else(|| {
            format!("var '{}' cannot be mapped to a field in the set of known resources", var.display())
        })?;
        let value = field_value(&resource.node, &var.fieldref.field_path)
            .ok_or_else(|| format!("field specified in var '{}' not found in corresponding resource", var.display()))?;
        values.insert(&var.name, value);
    }
    let specs: Vec<(&FieldSpec, Vec<String>)> = specs.iter().map(|s| (s, s.segments())).collect();
    for resource in resources.resources_mut() {
        let gvk = resource.gvk();
        for (spec, segments) in &specs {
            if !spec.selects(&gvk) {
                continue;
            }
            visit(segments, false, &mut resource.node, Create::Nothing, &mut |field| substitute_in(field, &values))
                .map_err(|e| {
                    format!("considering field '{}' of object {}: {e}", spec.path, resource_id(&resource.node))
                })?;
        }
    }
    Ok(())
}

fn resource_id(node: &Node) -> ResId {
    ResId {
        gvk: Gvk::from_api_version(node::str_at(node, &["apiVersion"]), node::str_at(node, &["kind"])),
        name: node::str_at(node, &["metadata", "name"]).to_string(),
        namespace: node::str_at(node, &["metadata", "namespace"]).to_string(),
    }
}

/// kyaml's `GetFieldValue`: the field at a dotted path (`a.b[0].c`, `[name=x]` list entries), read
/// by its tag; `None` when it is missing or its text does not parse as its tag says.
fn field_value(node: &Node, path: &str) -> Option<Value> {
    let parts = fieldpath::split_indexes(fieldpath::split(path));
    let found = fieldpath::lookup(node, &parts).ok()??;
    match found {
        Node::Map(_) | Node::Seq(_) => Some(Value::Structured),
        Node::Scalar(s) => match s.tag {
            Tag::Str => Some(Value::Str(s.value.clone())),
            Tag::Int => s.value.parse().ok().map(Value::Int),
            Tag::Float => s.value.parse().ok().map(Value::Float),
            Tag::Bool => go_parse_bool(&s.value).map(Value::Bool),
            _ => Some(Value::Str(s.value.clone())),
        },
    }
}

fn go_parse_bool(s: &str) -> Option<bool> {
    match s {
        "1" | "t" | "T" | "true" | "TRUE" | "True" => Some(true),
        "0" | "f" | "F" | "false" | "FALSE" | "False" => Some(false),
        _ => None,
    }
}

/// Rewrites the strings at the end of a var-reference path: a string, the values of a mapping
/// (whose keys must be strings), the items of a list (which must all be strings).
fn substitute_in(field: &mut Node, values: &BTreeMap<&str, Value>) -> Result<(), String> {
    match field {
        Node::Scalar(s) if s.tag == Tag::Null => Ok(()),
        Node::Scalar(s) => {
            if s.tag == Tag::Str {
                substitute(s, values);
            }
            Ok(())
        }
        Node::Map(map) => {
            for (key, value) in &mut map.entries {
                if key.tag != Tag::Str {
                    return Err(format!("invalid map key: value='{}', tag='{}'", key.value, tag_name(&key.tag)));
                }
                if let Node::Scalar(s) = value {
                    if s.tag == Tag::Str {
                        substitute(s, values);
                    }
                }
            }
            Ok(())
        }
        Node::Seq(items) => items.iter_mut().try_for_each(|item| match item {
            Node::Scalar(s) if s.tag == Tag::Str => {
                substitute(s, values);
                Ok(())
            }
            _ => Err("invalid value type expect a string".into()),
        }),
    }
}

fn tag_name(tag: &Tag) -> &str {
    match tag {
        Tag::Null => "!!null",
        Tag::Bool => "!!bool",
        Tag::Int => "!!int",
        Tag::Float => "!!float",
        Tag::Str => "!!str",
        Tag::Timestamp => "!!timestamp",
        Tag::Binary => "!!binary",
        Tag::Merge => "!!merge",
        Tag::Other(t) => t,
    }
}

/// Replaces the `$(NAME)` of one string; a string that is exactly `$(NAME)` of a known var takes
/// the var's type.
fn substitute(scalar: &mut Scalar, values: &BTreeMap<&str, Value>) {
    if !scalar.value.contains('$') {
        return;
    }
    let (value, tag) = match expand(&scalar.value, values) {
        Expanded::Whole(Value::Int(i)) => (i.to_string(), Tag::Int),
        Expanded::Whole(Value::Bool(b)) => (b.to_string(), Tag::Bool),
        Expanded::Whole(Value::Float(f)) => (format!("{f}"), Tag::Float),
        Expanded::Whole(Value::Str(s)) => (s.clone(), Tag::Str),
        Expanded::Whole(Value::Structured) => return,
        Expanded::Text(text) => (text, Tag::Str),
    };
    *scalar = Scalar { value, tag, style: Style::Plain, tagged: false, line: scalar.line, alias: scalar.alias };
}

enum Expanded<'a> {
    /// The whole string was one known var.
    Whole(&'a Value),
    Text(String),
}

/// kustomize's `DoReplacements`: `$(NAME)` of a known var (one whose value is not a mapping or a
/// list) is replaced, `$$` is `$`, anything else is kept as written.
fn expand<'a>(input: &str, values: &'a BTreeMap<&str, Value>) -> Expanded<'a> {
    let known = |name: &str| values.get(name).filter(|v| **v != Value::Structured);
    let mut out = String::with_capacity(input.len());
    let mut rest = input;
    while let Some(at) = rest.find('$') {
        out.push_str(&rest[..at]);
        let after = &rest[at + 1..];
        let Some(next) = after.chars().next() else {
            out.push('$');
            rest = after;
            break;
        };
        match next {
            '$' => {
                out.push('$');
                rest = &after[1..];
            }
            '(' => match after.find(')') {
                Some(close) => {
                    let name = &after[1..close];
                    match known(name) {
                        Some(value) if input.len() == name.len() + 3 => return Expanded::Whole(value),
                        Some(value) => out.push_str(&go_format(value)),
                        None => {
                            out.push_str("$(");
                            out.push_str(name);
                            out.push(')');
                        }
                    }
                    rest = &after[close + 1..];
                }
                None => {
                    out.push_str("$(");
                    rest = &after[1..];
                }
            },
            other => {
                out.push('$');
                out.push(other);
                rest = &after[other.len_utf8()..];
            }
        }
    }
    out.push_str(rest);
    Expanded::Text(out)
}

/// Go's `%v` of a var's value.
fn go_format(value: &Value) -> String {
    match value {
        Value::Str(s) => s.clone(),
        Value::Int(i) => i.to_string(),
        Value::Bool(b) => b.to_string(),
        Value::Float(f) => yaml::go::format_float_g(*f),
        Value::Structured => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn expansion_follows_kustomize() {
        let values: BTreeMap<&str, Value> = [
            ("A", Value::Str("x".into())),
            ("N", Value::Int(8080)),
            ("F", Value::Float(1.5e6)),
            ("L", Value::Structured),
        ]
        .into_iter()
        .collect();
        let text = |s: &str| match expand(s, &values) {
            Expanded::Text(t) => t,
            Expanded::Whole(v) => format!("whole {v:?}"),
        };
        assert_eq!(text("$(A):$(N) $(F) $(L) $(X) $$(A) $(A"), "x:8080 1.5e+06 $(L) $(X) $(A) $(A");
        assert_eq!(text("$(N)"), "whole Int(8080)");
        assert_eq!(text("$(L)"), "$(L)");
        assert_eq!(text("a$"), "a$");
        assert_eq!(text("$é$(A)"), "$éx");
    }
}

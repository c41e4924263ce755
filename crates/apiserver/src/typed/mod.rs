//! Typed decoding of built-in kinds: kube-apiserver holds built-in objects as Go structs, so a value of the
//! wrong JSON type (`data: {key: 1}` in a ConfigMap, `replicas: "3"`) fails while the body is decoded, before
//! any validation runs. Each write path decodes differently and words the failure its own way:
//!
//! * create and update decode the body with Go's `encoding/json` ([`json`]): 400, `ConfigMap in version
//!   "v1" cannot be handled as a ConfigMap: json: cannot unmarshal number into Go struct field
//!   ConfigMap.data of type string`;
//! * JSON and merge patches decode the patched object the same way, strategic merge patches convert it with
//!   apimachinery's unstructured converter ([`convert`]): 422, `patch: Invalid value: ...`;
//! * server-side apply converts the applied configuration into structured-merge-diff's typed value
//!   ([`smd`], custom resources too): 500, `failed to create typed patch object (...): .data.key: expected
//!   string, got &value.valueUnstructured{Value:1}`, which also refuses fields the schema does not declare.
//!
//! The Go types come from the vendored OpenAPI definitions: a `$ref` is a struct named after its
//! definition, `format: int32` an `int32`, `format: byte` a `[]uint8`. Go's named scalar types
//! (`v1.Protocol`, `v1.ResourceList`) are not in the definitions and print as their underlying type.

pub(crate) mod convert;
pub(crate) mod gofmt;
pub(crate) mod json;
mod scalars;
pub(crate) mod smd;

use k8s_schema::{Definitions, Schema};
use serde_json::Value;

use crate::registry::ResourceInfo;
use crate::status::{ApiError, ApiResult, Cause};

/// The schema and definition name of a built-in kind; `None` for custom resources.
fn builtin(r: &ResourceInfo) -> Option<(Schema<'static>, &'static str)> {
    if r.is_custom() {
        return None;
    }
    let defs = Definitions::k8s_1_33();
    Some((defs.schema_for(&r.gvk())?, defs.name_for(&r.gvk())?))
}

/// A create or update body of a built-in kind, decoded as kube-apiserver's JSON serializer does: 400 when
/// a value has the wrong type, worded by `transformDecodeError`.
pub(crate) fn check_body(r: &ResourceInfo, obj: &Value) -> ApiResult<()> {
    let Some((schema, def)) = builtin(r) else { return Ok(()) };
    json::decode(obj, schema, def).map_err(|e| {
        ApiError::bad_request(format!("{} in version {:?} cannot be handled as a {}: {e}", r.kind, r.version, r.kind))
    })
}

/// The object a JSON patch or merge patch produced, decoded into the Go struct: 422 on field `patch`
/// with the patched document as the value, as kube-apiserver's `jsonPatcher` answers.
pub(crate) fn check_json_patched(r: &ResourceInfo, patched: &Value) -> ApiResult<()> {
    let Some((schema, def)) = builtin(r) else { return Ok(()) };
    json::decode(patched, schema, def).map_err(|e| {
        let mut text = String::new();
        yaml::go::write_json(patched, &mut text, yaml::go::Numbers::Int64OrFloat64, yaml::go::Encoder::EncodingJson);
        invalid_patch(&gofmt::quote(&text), &e)
    })
}

/// The object a strategic merge patch produced, converted into the Go struct: 422 on field `patch` with
/// the patch (`%+v` of the decoded map) as the value, as kube-apiserver's `smpPatcher` answers.
pub(crate) fn check_strategic_patched(r: &ResourceInfo, patch: &Value, patched: &Value) -> ApiResult<()> {
    let Some((schema, def)) = builtin(r) else { return Ok(()) };
    convert::from_unstructured(patched, schema, def)
        .map_err(|e| invalid_patch(&gofmt::quote(&gofmt::v(patch, gofmt::Numbers::Int64OrFloat64)), &e))
}

fn invalid_patch(printed: &str, detail: &str) -> ApiError {
    ApiError::invalid("", "", "", vec![Cause::invalid_printed("patch", printed, detail)])
}

/// A server-side apply body, converted to a typed value before the merge: kube-apiserver answers 500
/// (a plain error, reason unknown) naming the object as `namespace/name; group/version, Kind=Kind`.
pub(crate) fn check_applied(r: &ResourceInfo, applied: &Value) -> ApiResult<()> {
    let Some(schema) = r.schema() else { return Ok(()) };
    let errors = smd::validate(applied, schema, r.is_custom());
    if errors.is_empty() {
        return Ok(());
    }
    let meta = |f: &str| applied.pointer(&format!("/metadata/{f}")).and_then(Value::as_str).unwrap_or_default();
    let kind = applied.get("kind").and_then(Value::as_str).unwrap_or_default();
    let api_version = applied.get("apiVersion").and_then(Value::as_str).unwrap_or_default();
    let (group, version) = api_version.rsplit_once('/').unwrap_or(("", api_version));
    Err(ApiError::unknown(
        500,
        format!(
            "failed to create typed patch object ({}/{}; {group}/{version}, Kind={kind}): {}",
            meta("namespace"),
            meta("name"),
            smd::render(&errors)
        ),
    ))
}

/// The Go type a schema point decodes into.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum GoKind<'a> {
    /// A struct, by its definition name (`io.k8s.api.core.v1.ConfigMap`).
    Struct(&'a str),
    Map,
    Slice,
    /// `[]byte`: base64 text in JSON.
    Bytes,
    String,
    Bool,
    Int32,
    Int64,
    Float64,
    /// `intstr.IntOrString`: an int32 or a string, through its own `UnmarshalJSON`.
    IntOrString,
    /// `resource.Quantity`: a string or number that parses as a quantity.
    Quantity,
    /// `metav1.Time` and `MicroTime`: a string, through their own `UnmarshalJSON`.
    Time,
    /// Anything goes (`runtime.RawExtension`, apiextensions `JSON`, free-form objects).
    Any,
}

/// Definitions whose Go types bring their own decoding.
fn special(definition: &str) -> Option<GoKind<'static>> {
    let short = definition.rsplit('.').next().unwrap_or(definition);
    Some(match definition {
        "io.k8s.apimachinery.pkg.util.intstr.IntOrString" => GoKind::IntOrString,
        "io.k8s.apimachinery.pkg.api.resource.Quantity" => GoKind::Quantity,
        "io.k8s.apimachinery.pkg.apis.meta.v1.Time" | "io.k8s.apimachinery.pkg.apis.meta.v1.MicroTime" => GoKind::Time,
        "io.k8s.apimachinery.pkg.runtime.RawExtension" | "io.k8s.apimachinery.pkg.apis.meta.v1.FieldsV1" => GoKind::Any,
        _ if definition.starts_with("io.k8s.apiextensions-apiserver.")
            && short.starts_with("JSON")
            && short != "JSONSchemaProps" =>
        {
            // JSON, JSONSchemaPropsOrArray, JSONSchemaPropsOrBool, JSONSchemaPropsOrStringArray.
            GoKind::Any
        }
        _ => return None,
    })
}

/// The definition a schema point refers to (`$ref` as written), if any.
pub(crate) fn definition<'a>(s: &Schema<'a>) -> Option<&'a str> {
    s.keyword("$ref").and_then(Value::as_str).and_then(|r| r.rsplit('/').next())
}

/// The kind of Go value `s` decodes into. `root` names the definition of a kind's top level, which is not
/// reached through a `$ref`.
pub(crate) fn go_kind<'a>(s: &Schema<'a>, root: Option<&'a str>) -> GoKind<'a> {
    if let Some(def) = root.or_else(|| definition(s)) {
        if let Some(k) = special(def) {
            return k;
        }
        return GoKind::Struct(def);
    }
    if s.is_int_or_string() {
        return GoKind::IntOrString;
    }
    let format = s.json().get("format").and_then(Value::as_str).unwrap_or_default();
    match s.types().first().copied() {
        Some("string") if format == "byte" => GoKind::Bytes,
        Some("string") => GoKind::String,
        Some("boolean") => GoKind::Bool,
        Some("integer") if format == "int32" => GoKind::Int32,
        Some("integer") => GoKind::Int64,
        Some("number") => GoKind::Float64,
        Some("array") => GoKind::Slice,
        Some("object") if s.is_map() => GoKind::Map,
        _ => GoKind::Any,
    }
}

/// Go's `reflect.Type.String()` of the type at `s`: `int32`, `[]v1.Container`, `map[string]string`.
pub(crate) fn go_type_name(s: &Schema<'_>, root: Option<&str>) -> String {
    match go_kind(s, root) {
        GoKind::Struct(def) => qualified_go_name(def),
        GoKind::Map => format!("map[string]{}", elem_name(map_values(s))),
        GoKind::Slice => format!("[]{}", elem_name(s.items())),
        GoKind::Bytes => "[]uint8".into(),
        GoKind::String => "string".into(),
        GoKind::Bool => "bool".into(),
        GoKind::Int32 => "int32".into(),
        GoKind::Int64 => "int64".into(),
        GoKind::Float64 => "float64".into(),
        GoKind::IntOrString => "intstr.IntOrString".into(),
        GoKind::Quantity => "resource.Quantity".into(),
        GoKind::Time => "v1.Time".into(),
        GoKind::Any => "interface {}".into(),
    }
}

/// The schema of a map's values (`additionalProperties`).
pub(crate) fn map_values<'a>(s: &Schema<'a>) -> Option<Schema<'a>> {
    s.json().get("additionalProperties").and(s.field(""))
}

fn elem_name(s: Option<Schema<'_>>) -> String {
    s.map_or_else(|| "interface {}".to_string(), |s| go_type_name(&s, None))
}

/// `io.k8s.api.apps.v1.DeploymentSpec` → `v1.DeploymentSpec`, as Go prints a type with its package.
pub(crate) fn qualified_go_name(definition: &str) -> String {
    let mut parts = definition.rsplit('.');
    let name = parts.next().unwrap_or(definition);
    match parts.next() {
        Some(package) => format!("{package}.{name}"),
        None => name.to_string(),
    }
}

/// `io.k8s.api.apps.v1.DeploymentSpec` → `DeploymentSpec` (`reflect.Type.Name()`).
pub(crate) fn short_go_name(definition: &str) -> &str {
    definition.rsplit('.').next().unwrap_or(definition)
}

#[cfg(test)]
mod tests {
    use super::*;
    use k8s_schema::{Definitions, Gvk};

    #[test]
    fn go_types_follow_the_definitions() {
        let defs = Definitions::k8s_1_33();
        let deploy = defs.schema_for(&Gvk::new("apps", "v1", "Deployment")).unwrap();
        let name = |path: &[&str]| go_type_name(&deploy.path(path).unwrap(), None);
        assert_eq!(name(&["spec"]), "v1.DeploymentSpec");
        assert_eq!(name(&["spec", "replicas"]), "int32");
        assert_eq!(name(&["spec", "template", "spec", "containers"]), "[]v1.Container");
        assert_eq!(name(&["metadata", "labels"]), "map[string]string");
        assert_eq!(name(&["metadata", "creationTimestamp"]), "v1.Time");
        assert_eq!(name(&["spec", "strategy", "rollingUpdate", "maxSurge"]), "intstr.IntOrString");
        let secret = defs.schema_for(&Gvk::new("", "v1", "Secret")).unwrap();
        assert_eq!(go_type_name(&secret.field("data").unwrap(), None), "map[string][]uint8");
        let pod = defs.schema_for(&Gvk::new("", "v1", "Pod")).unwrap();
        let limits =
            pod.path(&["spec", "containers"]).unwrap().items().unwrap().path(&["resources", "limits"]).unwrap();
        assert_eq!(go_type_name(&limits, None), "map[string]resource.Quantity");
        assert_eq!(
            go_kind(&deploy, Some("io.k8s.api.apps.v1.Deployment")),
            GoKind::Struct("io.k8s.api.apps.v1.Deployment")
        );
    }
}

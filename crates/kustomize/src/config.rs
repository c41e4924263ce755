//! Transformer configurations: where each built-in transformer looks, and how kustomize combines
//! its built-in tables with `configurations` files, `crds` and the configurations of bases.
//!
//! Every kustomization starts from an empty configuration and merges into it, in order: the
//! configuration of each base (as that base ended up), its own — the built-in tables merged with
//! its `configurations` files —, what its `crds` declare, then each component's. A merge adds the
//! field specs not already there and sorts every list by kustomize's type order; a spec is
//! "already there" when an earlier one has the same path and a type that the new one selects
//! (so a spec for every kind is absorbed by a kind-specific one listed before it), and if the
//! two disagree on `create` the build fails. Name references merge by referred-to type, their
//! referrer lists as field specs. The order of the lists matters: it decides which earlier spec
//! absorbs a new one, and the order fields are visited in.

use std::collections::HashMap;

use serde::Deserialize;
use serde_json::Value;

use crate::fieldspec::{FieldSpec, TransformerConfig};
use crate::generate::nullable;
use crate::resid::Gvk;
use crate::transform::nameref::BackReference;

/// A `configurations` file, as kustomize reads it (unknown fields refused).
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct ConfigFile {
    #[serde(default, deserialize_with = "nullable")]
    name_prefix: Vec<FieldSpec>,
    #[serde(default, deserialize_with = "nullable")]
    name_suffix: Vec<FieldSpec>,
    #[serde(default, deserialize_with = "nullable")]
    namespace: Vec<FieldSpec>,
    #[serde(default, deserialize_with = "nullable")]
    common_labels: Vec<FieldSpec>,
    #[serde(default, deserialize_with = "nullable")]
    labels: Vec<FieldSpec>,
    #[serde(default, deserialize_with = "nullable")]
    template_labels: Vec<FieldSpec>,
    #[serde(default, deserialize_with = "nullable")]
    common_annotations: Vec<FieldSpec>,
    #[serde(default, deserialize_with = "nullable")]
    name_reference: Vec<BackReferenceFile>,
    #[serde(default, deserialize_with = "nullable")]
    var_reference: Vec<FieldSpec>,
    #[serde(default, deserialize_with = "nullable")]
    images: Vec<FieldSpec>,
    #[serde(default, deserialize_with = "nullable")]
    replicas: Vec<FieldSpec>,
}

/// A `nameReference` entry of a configurations file.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct BackReferenceFile {
    #[serde(default)]
    group: String,
    #[serde(default)]
    version: String,
    #[serde(default)]
    kind: String,
    #[serde(default, deserialize_with = "nullable")]
    field_specs: Vec<FieldSpec>,
}

/// The names kustomize uses for the lists in its merge errors.
const NAME_PREFIX: &str = "NamePrefix";
const NAME_SUFFIX: &str = "NameSuffix";
const NAMESPACE: &str = "NameSpace";
const COMMON_ANNOTATIONS: &str = "CommonAnnotations";
const COMMON_LABELS: &str = "CommonLabels";
const LABELS: &str = "Labels";
const TEMPLATE_LABELS: &str = "TemplateLabels";
const VAR_REFERENCE: &str = "VarReference";
const NAME_REFERENCE: &str = "NameReference";
const IMAGES: &str = "Images";
const REPLICAS: &str = "Replicas";

impl TransformerConfig {
    /// kustomize's default configuration: the built-in tables, sorted.
    pub(crate) fn default_sorted() -> TransformerConfig {
        static DEFAULT: std::sync::OnceLock<TransformerConfig> = std::sync::OnceLock::new();
        DEFAULT
            .get_or_init(|| {
                let mut config = TransformerConfig::builtin();
                config.sort();
                config
            })
            .clone()
    }

    /// kustomize's `Merge`: `other`'s specs added to this configuration's, then every list sorted.
    ///
    /// # Errors
    /// A spec of `other` that is already here with another `create`.
    pub(crate) fn merge(&mut self, other: &TransformerConfig) -> Result<(), String> {
        let lists: [(&mut Vec<FieldSpec>, &Vec<FieldSpec>, &str); 10] = [
            (&mut self.name_prefix, &other.name_prefix, NAME_PREFIX),
            (&mut self.name_suffix, &other.name_suffix, NAME_SUFFIX),
            (&mut self.namespace, &other.namespace, NAMESPACE),
            (&mut self.common_annotations, &other.common_annotations, COMMON_ANNOTATIONS),
            (&mut self.common_labels, &other.common_labels, COMMON_LABELS),
            (&mut self.labels, &other.labels, LABELS),
            (&mut self.template_labels, &other.template_labels, TEMPLATE_LABELS),
            (&mut self.var_reference, &other.var_reference, VAR_REFERENCE),
            (&mut self.images, &other.images, IMAGES),
            (&mut self.replicas, &other.replicas, REPLICAS),
        ];
        for (list, incoming, name) in lists {
            if name == IMAGES {
                merge_back_references(&mut self.name_reference, &other.name_reference)?;
            }
            merge_specs(list, incoming).map_err(|spec| conflict(name, &spec))?;
        }
        self.sort();
        Ok(())
    }

    /// Every list in kustomize's type order (a stable sort: specs of one type keep their order).
    fn sort(&mut self) {
        for list in [
            &mut self.name_prefix,
            &mut self.name_suffix,
            &mut self.namespace,
            &mut self.common_labels,
            &mut self.labels,
            &mut self.template_labels,
            &mut self.common_annotations,
            &mut self.var_reference,
            &mut self.images,
            &mut self.replicas,
        ] {
            list.sort_by_cached_key(|s| sort_key(&s.gvk()));
        }
        self.name_reference.sort_by_cached_key(|b| sort_key(&b.target));
    }

    /// Adds one spec (kustomize's `AddXFieldSpec`, used while reading CRDs: no sort).
    fn add(list: &mut Vec<FieldSpec>, spec: FieldSpec, name: &str) -> Result<(), String> {
        merge_specs(list, std::slice::from_ref(&spec)).map_err(|spec| conflict(name, &spec))
    }
}

fn conflict(list: &str, spec: &FieldSpec) -> String {
    format!("failed to merge {list} fieldSpec: conflicting fieldspecs (path '{}' of {})", spec.path, spec.gvk())
}

/// kustomize's `FsSlice.MergeAll`. Returns the spec that conflicts.
fn merge_specs(list: &mut Vec<FieldSpec>, incoming: &[FieldSpec]) -> Result<(), FieldSpec> {
    if incoming.is_empty() {
        return Ok(());
    }
    // The specs already there, by path, in list order: the first one whose type the incoming spec
    // selects is the one it would duplicate.
    let mut by_path: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, spec) in list.iter().enumerate() {
        by_path.entry(spec.path.clone()).or_default().push(i);
    }
    for spec in incoming {
        let wanted = spec.gvk();
        let same = by_path.get(&spec.path).and_then(|ids| ids.iter().find(|&&i| list[i].gvk().is_selected_by(&wanted)));
        match same {
            Some(&i) if list[i].create != spec.create => return Err(spec.clone()),
            Some(_) => {}
            None => {
                by_path.entry(spec.path.clone()).or_default().push(list.len());
                list.push(spec.clone());
            }
        }
    }
    Ok(())
}

/// kustomize's `nbrSlice.mergeAll`: referrers of a type already there join its list.
fn merge_back_references(list: &mut Vec<BackReference>, incoming: &[BackReference]) -> Result<(), String> {
    for other in incoming {
        match list.iter_mut().find(|b| b.target == other.target) {
            Some(existing) => merge_specs(&mut existing.referrers, &other.referrers)
                .map_err(|spec| conflict(NAME_REFERENCE, &spec))?,
            None => list.push(other.clone()),
        }
    }
    Ok(())
}

/// kustomize's `Gvk.IsLessThan` as a key: the kind's rank in the legacy resource order, then
/// `group_version_kind` with `~G`, `~V`, `~K` for empty parts, compared as one string.
fn sort_key(gvk: &Gvk) -> (i64, String) {
    let or = |s: &str, empty: &'static str| if s.is_empty() { empty.to_string() } else { s.to_string() };
    let text = format!("{}_{}_{}", or(&gvk.group, "~G"), or(&gvk.version, "~V"), or(&gvk.kind, "~K"));
    (crate::order::kind_rank(&gvk.kind), text)
}

/// The configuration a kustomization brings itself: the built-in tables, merged with its
/// `configurations` files (each read with `read`, merged into the previous ones first).
///
/// # Errors
/// A file that cannot be read, is not a configuration, or conflicts with the built-in tables.
pub(crate) fn own(
    paths: &[String],
    read: &dyn Fn(&str) -> Result<Vec<u8>, crate::Error>,
    fail: &dyn Fn(String) -> crate::Error,
) -> Result<TransformerConfig, crate::Error> {
    let mut config = TransformerConfig::default_sorted();
    if paths.is_empty() {
        return Ok(config);
    }
    let mut files = TransformerConfig::default();
    for path in paths {
        let content = read(path)?;
        let parsed = parse(&content).map_err(|e| fail(format!("configurations: '{path}': {e}")))?;
        files.merge(&parsed).map_err(|e| fail(format!("configurations: '{path}': {e}")))?;
    }
    config.merge(&files).map_err(|e| fail(format!("configurations: {e}")))?;
    Ok(config)
}

/// Reads a configurations file into a sorted configuration.
fn parse(content: &[u8]) -> Result<TransformerConfig, String> {
    let text = std::str::from_utf8(content).map_err(|_| "the file is not UTF-8".to_string())?;
    let value = yaml::from_str(text).map_err(|e| e.to_string())?;
    let file: ConfigFile = if value.is_null() {
        ConfigFile::default()
    } else {
        serde_json::from_value(value).map_err(|e| crate::kustomization::json_message(&e))?
    };
    let mut config = TransformerConfig {
        name_prefix: file.name_prefix,
        name_suffix: file.name_suffix,
        common_labels: file.common_labels,
        template_labels: file.template_labels,
        common_annotations: file.common_annotations,
        namespace: file.namespace,
        name_reference: file
            .name_reference
            .into_iter()
            .map(|b| BackReference {
                target: Gvk { group: b.group, version: b.version, kind: b.kind },
                referrers: b.field_specs,
            })
            .collect(),
        var_reference: file.var_reference,
        labels: file.labels,
        images: file.images,
        replicas: file.replicas,
    };
    config.sort();
    Ok(config)
}

/// The extensions of a CRD's OpenAPI definitions that make field specs.
const X_ANNOTATION: &str = "x-kubernetes-annotation";
const X_LABEL_SELECTOR: &str = "x-kubernetes-label-selector";
const X_IDENTITY: &str = "x-kubernetes-identity";
const X_VERSION: &str = "x-kubernetes-object-ref-api-version";
const X_KIND: &str = "x-kubernetes-object-ref-kind";
const X_NAME_KEY: &str = "x-kubernetes-object-ref-name-key";

/// The configuration `crds` files declare (kustomize's `LoadConfigFromCRDs`).
///
/// Each file is a map of OpenAPI definitions (`{name: {Schema: {properties: …}}}`, JSON when it
/// starts with `{`, else YAML). A definition with `kind`, `apiVersion` and `metadata` properties
/// is a resource type, whose kind is the last `.`-separated part of its name; its properties —
/// and those of the definitions they `$ref`, under their path — with these string extensions
/// add specs for that kind: `x-kubernetes-annotation` (commonAnnotations),
/// `x-kubernetes-label-selector` (commonLabels), `x-kubernetes-identity` (namePrefix), and
/// `x-kubernetes-object-ref-api-version` with `x-kubernetes-object-ref-kind` (a name reference to
/// that version and kind at `<property>/<x-kubernetes-object-ref-name-key or name>`).
///
/// # Errors
/// A file that cannot be read or is not a map of definitions, a definition that refers to itself.
pub(crate) fn from_crds(
    paths: &[String],
    read: &dyn Fn(&str) -> Result<Vec<u8>, crate::Error>,
    fail: &dyn Fn(String) -> crate::Error,
) -> Result<TransformerConfig, crate::Error> {
    let mut config = TransformerConfig::default();
    for path in paths {
        let content = read(path)?;
        let fail = |e: String| fail(format!("crds: unable to parse open API definition from '{path}': {e}"));
        let definitions = definitions(&content).map_err(fail)?;
        let mut from_file = TransformerConfig::default();
        for (name, schema) in &definitions {
            let Some(properties) = properties(schema).map_err(fail)? else { continue };
            if !["kind", "apiVersion", "metadata"].iter().all(|p| properties.contains_key(*p)) {
                continue;
            }
            let kind = name.rsplit('.').next().unwrap_or(name);
            let gvk = Gvk { kind: kind.to_string(), ..Gvk::default() };
            let mut one = TransformerConfig::default();
            let mut walk = CrdWalk { definitions: &definitions, gvk: &gvk, config: &mut one, stack: Vec::new() };
            walk.definition(name, &mut Vec::new()).map_err(fail)?;
            from_file.merge(&one).map_err(fail)?;
        }
        config.merge(&from_file).map_err(fail)?;
    }
    Ok(config)
}

/// The definitions of a CRD file, in file order, each with its schema (`Value::Null` for none).
fn definitions(content: &[u8]) -> Result<Vec<(String, Value)>, String> {
    if content.is_empty() {
        return Err("the file is empty".into());
    }
    let text = std::str::from_utf8(content).map_err(|_| "the file is not UTF-8".to_string())?;
    let value: Value = if content[0] == b'{' {
        serde_json::from_str(text).map_err(|e| e.to_string())?
    } else {
        yaml::from_str(text).map_err(|e| e.to_string())?
    };
    let entries = match value {
        Value::Null => return Ok(Vec::new()),
        Value::Object(entries) => entries,
        other => return Err(format!("cannot unmarshal {} into a map of definitions", yaml::go::json_type(&other))),
    };
    let mut out = Vec::new();
    for (name, definition) in entries {
        let definition = match definition {
            Value::Null => serde_json::Map::new(),
            Value::Object(d) => d,
            other => {
                return Err(format!("cannot unmarshal {} into the definition '{name}'", yaml::go::json_type(&other)))
            }
        };
        // Go's JSON decoder matches field names without regard to case.
        let mut schema = Value::Null;
        for (key, value) in definition {
            if key.eq_ignore_ascii_case("Schema") {
                schema = value;
            } else if key.eq_ignore_ascii_case("Dependencies") && !is_string_list(&value) {
                return Err(format!("the Dependencies of '{name}' are not a list of strings"));
            }
        }
        if !matches!(schema, Value::Null | Value::Object(_)) {
            return Err(format!("cannot unmarshal {} into the schema of '{name}'", yaml::go::json_type(&schema)));
        }
        out.push((name, schema));
    }
    Ok(out)
}

fn is_string_list(value: &Value) -> bool {
    match value {
        Value::Null => true,
        Value::Array(items) => items.iter().all(|i| matches!(i, Value::String(_) | Value::Null)),
        _ => false,
    }
}

/// A schema's `properties`, `None` when it has none.
fn properties(schema: &Value) -> Result<Option<&serde_json::Map<String, Value>>, String> {
    match schema.get("properties") {
        None | Some(Value::Null) => Ok(None),
        Some(Value::Object(p)) => {
            if let Some((name, _)) = p.iter().find(|(_, v)| !matches!(v, Value::Object(_) | Value::Null)) {
                return Err(format!("the property '{name}' is not a schema"));
            }
            Ok(Some(p))
        }
        Some(other) => Err(format!("cannot unmarshal {} into the properties of a schema", yaml::go::json_type(other))),
    }
}

/// The walk from a resource type through the definitions its properties refer to.
struct CrdWalk<'a> {
    definitions: &'a [(String, Value)],
    gvk: &'a Gvk,
    config: &'a mut TransformerConfig,
    /// The definitions being walked, to refuse a cycle (kustomize recurses until it crashes).
    stack: Vec<&'a str>,
}

impl<'a> CrdWalk<'a> {
    fn definition(&mut self, name: &'a str, path: &mut Vec<String>) -> Result<(), String> {
        let definitions: &'a [(String, Value)] = self.definitions;
        let Some((_, schema)) = definitions.iter().find(|(n, _)| n == name) else {
            return Ok(());
        };
        if self.stack.contains(&name) {
            return Err(format!("the definition '{name}' refers to itself"));
        }
        let Some(properties) = properties(schema)? else { return Ok(()) };
        self.stack.push(name);
        for (property, schema) in properties {
            path.push(property.clone());
            let here = path.join("/");
            let gvk = self.gvk;
            let spec = |path: String| FieldSpec {
                group: gvk.group.clone(),
                version: gvk.version.clone(),
                kind: gvk.kind.clone(),
                path,
                create: false,
            };
            let text = |key: &str| schema.get(key).and_then(Value::as_str);
            if text(X_ANNOTATION).is_some() {
                TransformerConfig::add(&mut self.config.common_annotations, spec(here.clone()), COMMON_ANNOTATIONS)?;
            }
            if text(X_LABEL_SELECTOR).is_some() {
                TransformerConfig::add(&mut self.config.common_labels, spec(here.clone()), COMMON_LABELS)?;
            }
            if text(X_IDENTITY).is_some() {
                TransformerConfig::add(&mut self.config.name_prefix, spec(here.clone()), NAME_PREFIX)?;
            }
            if let (Some(version), Some(kind)) = (text(X_VERSION), text(X_KIND)) {
                let key = text(X_NAME_KEY).unwrap_or("name");
                let target = Gvk { version: version.to_string(), kind: kind.to_string(), ..Gvk::default() };
                let referrer = spec(format!("{here}/{key}"));
                merge_back_references(
                    &mut self.config.name_reference,
                    &[BackReference { target, referrers: vec![referrer] }],
                )?;
            }
            if let Some(reference) = text("$ref").filter(|r| !r.is_empty()) {
                self.definition(reference, path)?;
            }
            path.pop();
        }
        self.stack.pop();
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec(kind: &str, path: &str, create: bool) -> FieldSpec {
        FieldSpec { kind: kind.into(), ..FieldSpec::any(path, create) }
    }

    #[test]
    fn a_spec_is_absorbed_by_an_earlier_one_of_a_type_it_selects() {
        let mut list = vec![spec("Deployment", "a", true)];
        merge_specs(&mut list, &[spec("", "a", true)]).unwrap();
        assert_eq!(list.len(), 1);
        merge_specs(&mut list, &[spec("StatefulSet", "a", false)]).unwrap();
        assert_eq!(list.len(), 2);
        assert!(merge_specs(&mut list, &[spec("", "a", false)]).is_err());
    }

    #[test]
    fn lists_sort_by_kustomize_type_order() {
        let mut config = TransformerConfig::default();
        let replicas: Vec<FieldSpec> = ["Deployment", "ReplicationController", "ReplicaSet", "StatefulSet"]
            .iter()
            .map(|k| spec(k, "spec/replicas", true))
            .collect();
        config.merge(&TransformerConfig { replicas, ..TransformerConfig::default() }).unwrap();
        let kinds: Vec<&str> = config.replicas.iter().map(|s| s.kind.as_str()).collect();
        assert_eq!(kinds, ["Deployment", "StatefulSet", "ReplicaSet", "ReplicationController"]);
    }

    #[test]
    fn crd_definitions_make_specs_for_their_kind() {
        let crd = br#"{"a.b.v1.Foo": {"Schema": {"properties": {"kind": {}, "apiVersion": {}, "metadata": {},
            "spec": {"$ref": "a.b.v1.FooSpec"}}}},
            "a.b.v1.FooSpec": {"Schema": {"properties": {"cm": {"x-kubernetes-object-ref-api-version": "v1",
            "x-kubernetes-object-ref-kind": "ConfigMap"}, "sel": {"x-kubernetes-label-selector": ""}}}}}"#;
        let read = |_: &str| Ok(crd.to_vec());
        let fail = |m: String| crate::Error::Config { file: "k".into(), message: m };
        let config = from_crds(&["crd.json".into()], &read, &fail).unwrap();
        assert_eq!(config.name_reference.len(), 1);
        assert_eq!(config.name_reference[0].referrers[0].path, "spec/cm/name");
        assert_eq!(config.common_labels[0].path, "spec/sel");
        assert_eq!(config.common_labels[0].kind, "Foo");
    }

    #[test]
    fn a_definition_that_refers_to_itself_is_an_error() {
        // kustomize recurses until its stack overflows.
        let crd = b"a.Foo: {Schema: {properties: {kind: {}, apiVersion: {}, metadata: {}, spec: {$ref: a.Spec}}}}\n\
            a.Spec: {Schema: {properties: {child: {$ref: a.Spec}}}}\n";
        let read = |_: &str| Ok(crd.to_vec());
        let fail = |m: String| crate::Error::Config { file: "k".into(), message: m };
        let e = from_crds(&["crd.yaml".into()], &read, &fail).unwrap_err();
        assert!(e.to_string().contains("the definition 'a.Spec' refers to itself"), "{e}");
    }
}

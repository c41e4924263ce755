//! `replacements`: copy one field of one resource into fields of others — kustomize's
//! `ReplacementTransformer`, the last transformer of a kustomization.
//!
//! The source is the one resource its selector picks (by current or previous ids), the value the
//! node at its `fieldPath` (optionally one part of it, split on a delimiter). Each target selects
//! resources by id, labels and annotations, minus those `reject` names, and writes the value at
//! every node its `fieldPaths` reach (`*` and `[field=regex]` may reach many), creating missing
//! fields when `options.create` says so. A scalar target keeps its type and takes only the text.

use std::cell::OnceCell;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Deserializer};
use serde_json::Value;
use yaml::node::{Node, Tag};

use crate::labelselector::LabelSelector;
use crate::node;
use crate::resid::{Gvk, ResId};
use crate::resmap::ResMap;
use crate::resource::Resource;
use crate::transform::fieldpath::{self, Leaf};

/// An entry of `replacements`: a replacement written inline, or the `path` of a file holding one
/// replacement or a list of them.
#[derive(Debug, Clone, Default)]
pub struct ReplacementField {
    pub path: String,
    pub replacement: Replacement,
    /// Whether a source or targets were written inline (kustomize refuses them with `path`).
    inline: bool,
}

/// One replacement.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Replacement {
    #[serde(default)]
    pub source: Option<Source>,
    #[serde(default)]
    pub targets: Option<Vec<Target>>,
}

/// Where the value comes from.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Source {
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
    #[serde(default)]
    pub field_path: String,
    #[serde(default)]
    pub options: Option<Options>,
}

/// Where the value goes.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Target {
    #[serde(default)]
    pub select: Option<Selector>,
    #[serde(default)]
    pub reject: Vec<Selector>,
    #[serde(default)]
    pub field_paths: Vec<String>,
    #[serde(default)]
    pub options: Option<Options>,
}

/// Resources by id (empty parts match anything), labels and annotations.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Selector {
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
    #[serde(default)]
    pub annotation_selector: String,
    #[serde(default)]
    pub label_selector: String,
}

/// `options` of a source or a target.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Options {
    #[serde(default)]
    pub delimiter: String,
    #[serde(default)]
    pub index: i64,
    #[serde(default)]
    pub encoding: String,
    #[serde(default)]
    pub create: bool,
}

/// The fields kustomize's types know, level by level: the kustomization file is read strictly,
/// replacement files are not.
fn check_fields(value: &Value, level: Level) -> Result<(), String> {
    let known: &[&str] = match level {
        Level::Field => &["path", "source", "targets"],
        Level::Source => &["group", "version", "kind", "name", "namespace", "fieldPath", "options"],
        Level::Target => &["select", "reject", "fieldPaths", "options"],
        Level::Selector => &["group", "version", "kind", "name", "namespace", "annotationSelector", "labelSelector"],
        Level::Options => &["delimiter", "index", "encoding", "create"],
    };
    let Value::Object(map) = value else { return Ok(()) };
    for (key, value) in map {
        if !known.contains(&key.as_str()) {
            return Err(format!("unknown field `{key}`"));
        }
        let nested = match (level, key.as_str()) {
            (Level::Field, "source") => Some(Level::Source),
            (Level::Field, "targets") => Some(Level::Target),
            (Level::Source | Level::Target, "options") => Some(Level::Options),
            (Level::Target, "select" | "reject") => Some(Level::Selector),
            _ => None,
        };
        match (nested, value) {
            (Some(level), Value::Array(items)) => items.iter().try_for_each(|item| check_fields(item, level))?,
            (Some(level), item) => check_fields(item, level)?,
            (None, _) => {}
        }
    }
    Ok(())
}

#[derive(Clone, Copy)]
enum Level {
    Field,
    Source,
    Target,
    Selector,
    Options,
}

impl ReplacementField {
    /// An entry read elsewhere than in a kustomization file (a `ReplacementTransformer`
    /// configuration, which keeps `targets: []` as an empty list).
    pub(crate) fn new(path: String, replacement: Replacement) -> ReplacementField {
        let inline = replacement.source.is_some() || replacement.targets.as_ref().is_some_and(|t| !t.is_empty());
        ReplacementField { path, replacement, inline }
    }
}

impl<'de> Deserialize<'de> for ReplacementField {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = Value::deserialize(deserializer)?;
        check_fields(&value, Level::Field).map_err(serde::de::Error::custom)?;
        let path = match value.get("path") {
            None | Some(Value::Null) => String::new(),
            Some(Value::String(s)) => s.clone(),
            Some(other) => return Err(serde::de::Error::custom(format!("invalid type for path: {other}"))),
        };
        let inline = value.get("source").is_some_and(|s| !s.is_null())
            || value.get("targets").and_then(Value::as_array).is_some_and(|t| !t.is_empty());
        let mut replacement = Replacement::deserialize(value).map_err(serde::de::Error::custom)?;
        // kustomize hands inline replacements to its transformer through YAML that omits empty
        // lists: `targets: []` written here arrives as no targets at all.
        if replacement.targets.as_ref().is_some_and(Vec::is_empty) {
            replacement.targets = None;
        }
        Ok(ReplacementField { path, replacement, inline })
    }
}

/// Reads a file named in a kustomization: its content and its full path.
pub type ReadFile<'a> = dyn Fn(&str) -> Result<(Vec<u8>, PathBuf), crate::Error> + 'a;

/// The replacements of the kustomization `file`, `path` entries read through `read` (its loader,
/// which answers the content and the full path), in order.
///
/// # Errors
/// A `path` entry that also has a source or targets, a file that cannot be read or holds
/// neither a replacement nor a list of them.
pub fn load(fields: &[ReplacementField], file: &Path, read: &ReadFile<'_>) -> Result<Vec<Replacement>, crate::Error> {
    let mut out = Vec::new();
    for field in fields {
        if field.path.is_empty() {
            out.push(field.replacement.clone());
            continue;
        }
        if field.inline {
            return Err(crate::Error::Config {
                file: file.to_path_buf(),
                message: format!("replacement '{}': cannot specify both path and inline replacement", field.path),
            });
        }
        let (content, path) = read(&field.path)?;
        let invalid = |message: String| crate::Error::Malformed { path: path.clone(), message };
        let text = std::str::from_utf8(&content).map_err(|_| invalid("the file is not UTF-8".into()))?;
        let value: Value = yaml::from_str(text).map_err(|e| invalid(e.to_string()))?;
        match value {
            Value::Array(items) => {
                for item in items {
                    out.push(Replacement::deserialize(item).map_err(|e| invalid(e.to_string()))?);
                }
            }
            Value::Object(_) => out.push(Replacement::deserialize(value).map_err(|e| invalid(e.to_string()))?),
            other => {
                // Go's names for what sigs.k8s.io/yaml decodes.
                let kind = match other {
                    Value::Null => "invalid",
                    Value::Bool(_) => "bool",
                    Value::Number(_) => "float64",
                    _ => "string",
                };
                return Err(invalid(format!(
                    "unsupported replacement type encountered within replacement path: {kind}"
                )));
            }
        }
    }
    Ok(out)
}

/// Applies the replacements, in order, to the resources.
///
/// # Errors
/// What kustomize refuses: a replacement without a source or targets, a source selecting no
/// resource or several, a missing source field, a delimiter on a collection or an index out of
/// bounds, a target without `select`, a malformed label selector, a target field that cannot be
/// found (or created).
pub fn apply(replacements: &[Replacement], resources: &mut ResMap) -> Result<(), String> {
    for replacement in replacements {
        let (Some(source), Some(targets)) = (&replacement.source, &replacement.targets) else {
            return Err("replacements must specify a source and at least one target".into());
        };
        let value = source_value(source, resources.resources())?;
        for target in targets {
            apply_target(target, &value, resources)?;
        }
    }
    Ok(())
}

/// The ids kustomize selects by: the current one (with a namespace compared as a namespaced
/// resource's, whatever the type), then the previous ones.
fn ids(resource: &Resource) -> Vec<ResId> {
    let current = resource.id();
    let mut out = Vec::with_capacity(resource.previous.len() + 1);
    for id in &resource.previous {
        out.push(ResId {
            gvk: Gvk {
                group: current.gvk.group.clone(),
                version: current.gvk.version.clone(),
                kind: id.gvk.kind.clone(),
            },
            name: id.name.clone(),
            namespace: id.namespace.clone(),
        });
    }
    out.insert(0, current);
    out
}

/// The namespace as kustomize compares ids whose type carries no scope: `default` for none.
fn namespace_of(id: &ResId) -> &str {
    if id.namespace.is_empty() {
        "default"
    } else {
        &id.namespace
    }
}

/// kustomize's `ResId.IsSelectedBy`.
fn selected(id: &ResId, group: &str, version: &str, kind: &str, name: &str, namespace: &str) -> bool {
    (name.is_empty() || name == id.name)
        && (namespace.is_empty() || namespace == namespace_of(id))
        && (group.is_empty() || group == id.gvk.group)
        && (version.is_empty() || version == id.gvk.version)
        && (kind.is_empty() || kind == id.gvk.kind)
}

impl Selector {
    fn selects(&self, id: &ResId) -> bool {
        selected(id, &self.group, &self.version, &self.kind, &self.name, &self.namespace)
    }

    fn has_id(&self) -> bool {
        !(self.group.is_empty()
            && self.version.is_empty()
            && self.kind.is_empty()
            && self.name.is_empty()
            && self.namespace.is_empty())
    }
}

/// A selector's label and annotation selectors, parsed when first needed (kustomize parses them
/// for each resource it considers, so a malformed one only fails when it is used).
struct MetadataSelector<'a> {
    selector: &'a Selector,
    parsed: OnceCell<Result<(LabelSelector, LabelSelector), String>>,
}

impl<'a> MetadataSelector<'a> {
    fn new(selector: &'a Selector) -> MetadataSelector<'a> {
        MetadataSelector { selector, parsed: OnceCell::new() }
    }

    fn is_empty(&self) -> bool {
        self.selector.annotation_selector.is_empty() && self.selector.label_selector.is_empty()
    }

    /// Whether the resource's annotations and labels satisfy the selector's.
    fn matches(&self, resource: &Resource) -> Result<bool, String> {
        let parsed = self.parsed.get_or_init(|| {
            Ok((
                LabelSelector::parse(&self.selector.annotation_selector)?,
                LabelSelector::parse(&self.selector.label_selector)?,
            ))
        });
        let (annotations, labels) = parsed.as_ref().map_err(Clone::clone)?;
        let pairs = |field: &str| match node::get_path(&resource.node, &["metadata", field]) {
            Some(Node::Map(m)) => m
                .entries
                .iter()
                .map(|(k, v)| match v {
                    Node::Scalar(s) => (k.value.as_str(), s.value.as_str()),
                    _ => (k.value.as_str(), ""),
                })
                .collect(),
            _ => Vec::new(),
        };
        Ok(annotations.matches(&pairs("annotations")) && labels.matches(&pairs("labels")))
    }
}

impl Source {
    fn id(&self) -> ResId {
        ResId {
            gvk: Gvk { group: self.group.clone(), version: self.version.clone(), kind: self.kind.clone() },
            name: self.name.clone(),
            namespace: self.namespace.clone(),
        }
    }

    /// kustomize's spelling of a source selector in messages: `id[:fieldPath][:options]`.
    fn describe(&self) -> String {
        let mut parts = vec![self.id().to_string()];
        if !self.field_path.is_empty() {
            parts.push(self.field_path.clone());
        }
        if let Some(o) = self.options.as_ref().filter(|o| !o.delimiter.is_empty() || o.create) {
            parts.push(format!("{}({}), create={}", o.delimiter, o.index, o.create));
        }
        parts.join(":")
    }
}

/// The value a source gives: a copy of the node at its field path, cut by its delimiter.
fn source_value(source: &Source, resources: &[Resource]) -> Result<Node, String> {
    let mut found: Option<&Resource> = None;
    for resource in resources {
        let picked = ids(resource)
            .iter()
            .any(|id| selected(id, &source.group, &source.version, &source.kind, &source.name, &source.namespace));
        if picked {
            if found.is_some() {
                return Err(format!("multiple matches for selector {}", source.describe()));
            }
            found = Some(resource);
        }
    }
    let resource = found.ok_or_else(|| format!("nothing selected by {}", source.describe()))?;
    let field_path = if source.field_path.is_empty() { "metadata.name" } else { &source.field_path };
    let node = fieldpath::lookup(&resource.node, &fieldpath::split(field_path))
        .map_err(|e| format!("error looking up replacement source: {e}"))?
        .filter(|n| !is_nil_or_empty(n))
        .ok_or_else(|| format!("fieldPath `{field_path}` is missing for replacement source {}", source.id()))?;
    let Some(options) = source.options.as_ref().filter(|o| !o.delimiter.is_empty()) else {
        return Ok(node.clone());
    };
    let Node::Scalar(scalar) = node else {
        return Err("delimiter option can only be used with scalar nodes".into());
    };
    let parts: Vec<&str> = scalar.value.split(options.delimiter.as_str()).collect();
    let part = usize::try_from(options.index)
        .ok()
        .and_then(|i| parts.get(i))
        .ok_or_else(|| format!("options.index {} is out of bounds for value {}", options.index, scalar.value))?;
    let mut value = scalar.clone();
    value.value = part.to_string();
    Ok(Node::Scalar(value))
}

fn is_nil_or_empty(node: &Node) -> bool {
    match node {
        Node::Scalar(s) => s.tag == Tag::Null,
        Node::Map(m) => m.entries.is_empty(),
        Node::Seq(items) => items.is_empty(),
    }
}

/// Writes the value into every resource the target selects.
fn apply_target(target: &Target, value: &Node, resources: &mut ResMap) -> Result<(), String> {
    let select = target.select.as_ref().ok_or("target must specify resources to select")?;
    let default_paths = ["metadata.name".to_string()];
    let paths: &[String] = if target.field_paths.is_empty() { &default_paths } else { &target.field_paths };
    let options = target.options.clone().unwrap_or_default();
    let create = options.create.then_some(match value {
        Node::Scalar(_) => Leaf::Scalar,
        Node::Seq(_) => Leaf::Seq,
        Node::Map(_) => Leaf::Map,
    });
    let select_metadata = MetadataSelector::new(select);
    let reject_metadata: Vec<MetadataSelector<'_>> =
        target.reject.iter().map(MetadataSelector::new).filter(|m| !m.is_empty()).collect();
    for resource in resources.resources_mut() {
        if !select_metadata.matches(resource)? {
            continue;
        }
        let mut rejected = false;
        for reject in &reject_metadata {
            if reject.matches(resource)? {
                rejected = true;
                break;
            }
        }
        if rejected {
            continue;
        }
        let ids = ids(resource);
        let chosen = ids.iter().any(|id| select.selects(id))
            && !target.reject.iter().filter(|r| r.has_id()).any(|r| ids.iter().any(|id| r.selects(id)));
        if !chosen {
            continue;
        }
        for path in paths {
            let failed = |e: Option<String>| {
                let what = if create.is_some() { "unable to find or create field" } else { "unable to find field" };
                match e {
                    Some(e) => format!("{what} {path:?} in replacement target: {e}"),
                    None => format!("{what} {path:?} in replacement target"),
                }
            };
            let segments = fieldpath::split(path);
            let mut set_failed = false;
            // A scalar is written in place: where the node is shared (labels, annotations), every
            // field holding it shows the new text.
            let mut written = Vec::new();
            let reached = fieldpath::visit_matches(&mut resource.node, &segments, create, &mut |field| {
                set_field(&options, field, value).inspect_err(|_| set_failed = true)?;
                if let Node::Scalar(s) = &*field {
                    if s.alias != 0 {
                        written.push((s.alias, s.value.clone(), s.tag.clone()));
                    }
                }
                Ok(())
            });
            if !written.is_empty() {
                node::propagate_aliases(&mut resource.node, &written);
            }
            match reached {
                Ok(0) => return Err(failed(None)),
                Ok(_) => {}
                // Errors of the value itself are not about finding the field.
                Err(e) if set_failed => return Err(e),
                Err(e) => return Err(failed(Some(e))),
            }
        }
    }
    Ok(())
}

/// kustomize's `setFieldValue`: a scalar takes the text (joined into its own parts with a
/// delimiter), anything else becomes a copy of the value.
fn set_field(options: &Options, field: &mut Node, value: &Node) -> Result<(), String> {
    let mut text = match value {
        Node::Scalar(s) => s.value.clone(),
        _ => String::new(),
    };
    if !options.delimiter.is_empty() {
        let Node::Scalar(target) = &*field else {
            return Err("delimiter option can only be used with scalar nodes".into());
        };
        let mut parts: Vec<&str> = target.value.split(options.delimiter.as_str()).collect();
        match usize::try_from(options.index) {
            Err(_) => parts.insert(0, &text),
            Ok(i) if i >= parts.len() => parts.push(&text),
            Ok(i) => parts[i] = &text,
        }
        text = parts.join(&options.delimiter);
    }
    match field {
        // A field the walk created stays untagged (typed by its text when printed, but a string
        // for a later strategic merge, as in kyaml).
        Node::Scalar(target) => target.value = text,
        _ => {
            // kustomize sets a copy of the value: a node of its own.
            *field = value.clone();
            node::clear_aliases(field);
        }
    }
    Ok(())
}

//! `patches`, `patchesStrategicMerge` and `patchesJson6902`.
//!
//! Like kustomize, every patch is loaded and checked before any transformer runs ([`Patches::load`]);
//! then strategic-merge patches apply first, `patches` second (both before the namespace), and
//! `patchesJson6902` after the annotations.
//!
//! A `patches` entry is a strategic-merge patch if its text reads as resources, a JSON patch if it
//! reads as a list of operations; never both. A strategic-merge patch without `target` applies to
//! the one resource with its id (any of the resource's ids so far); with a `target`, to every
//! resource selected, whatever the patch's own name and kind. A patch never changes a resource's
//! namespace, nor its name or kind unless `options` allow it.

pub(crate) mod json6902;
mod list;
mod scalar;
pub(crate) mod selector;
pub(crate) mod smp;

use std::collections::{BTreeMap, HashSet};

use serde_json::Value;
use yaml::node::{Map, Node, Scalar};

use crate::fs::Loader;
use crate::kustomization::{self, Kustomization};
use crate::node;
use crate::resid::ResId;
use crate::resmap::ResMap;
use crate::resource::Resource;
use crate::target::resources_from_bytes;

use json6902::JsonPatch;
use selector::Selector;
use smp::Outcome;

/// The patches of one kustomization, loaded.
pub(crate) struct Patches {
    strategic_merge: Vec<StrategicMerge>,
    patches: Vec<Entry>,
    json6902: Vec<(JsonPatch, Selector)>,
}

/// A strategic-merge patch and what its entry allows.
struct StrategicMerge {
    patch: Resource,
    allow_name_change: bool,
    allow_kind_change: bool,
}

/// One `patches` entry.
enum Entry {
    StrategicMerge {
        patches: Vec<StrategicMerge>,
        target: Option<Selector>,
        source: String,
    },
    /// A JSON patch; or a text kustomize took for one without being able to decode it, which fails
    /// only once a resource is selected.
    Json {
        patch: Result<JsonPatch, String>,
        target: Option<Selector>,
        source: String,
    },
}

impl Patches {
    /// Loads and checks every patch of the kustomization: files read, texts parsed, targets
    /// compiled.
    ///
    /// # Errors
    /// A missing file, a text that is no patch, an entry with both or neither of `path` and
    /// `patch`, a JSON patch without target name (`patchesJson6902`), an invalid target.
    pub fn load(k: &Kustomization, loader: &Loader<'_>) -> Result<Patches, String> {
        let mut out = Patches { strategic_merge: Vec::new(), patches: Vec::new(), json6902: Vec::new() };
        if let Some(entries) = k.patches_strategic_merge.as_ref().filter(|e| !e.is_empty()) {
            for entry in entries {
                for patch in strategic_merge_entry(entry, loader)? {
                    out.strategic_merge.push(StrategicMerge {
                        patch,
                        allow_name_change: false,
                        allow_kind_change: false,
                    });
                }
            }
            if out.strategic_merge.is_empty() {
                return Err(format!("patchesStrategicMerge: patch appears to be empty; files={entries:?}"));
            }
        }
        for entry in &k.patches {
            out.patches.push(patches_entry(entry, loader)?);
        }
        for entry in k.patches_json6902.iter().flatten() {
            out.json6902.push(json6902_entry(entry, loader)?);
        }
        Ok(out)
    }

    /// `patchesStrategicMerge`, then `patches`.
    ///
    /// # Errors
    /// A patch without target that matches no resource or several, a patch that cannot merge.
    /// `after` is told of each transformer kustomize would have run (one for all of
    /// `patchesStrategicMerge`, one per `patches` entry), once it ran.
    pub fn apply_before_namespace(
        &self,
        resources: &mut ResMap,
        after: &mut dyn FnMut(&'static str, &mut ResMap),
    ) -> Result<(), String> {
        for patch in &self.strategic_merge {
            let id = patch.patch.id();
            let index = find_by_id(resources.resources(), &id)?;
            apply_to_selected(resources, &[index], patch)?;
        }
        if !self.strategic_merge.is_empty() {
            after("PatchStrategicMergeTransformer", resources);
        }
        for entry in &self.patches {
            match entry {
                Entry::StrategicMerge { patches, target: Some(target), source } => {
                    if patches.len() > 1 {
                        return Err(format!(
                            "Multiple Strategic-Merge Patches in one `patches` entry is not allowed to set `patches.target` field: {source}"
                        ));
                    }
                    let selected = target.select(resources.resources())?;
                    apply_to_selected(resources, &selected, &patches[0])?;
                }
                Entry::StrategicMerge { patches, target: None, .. } => {
                    for patch in patches {
                        let id = patch.patch.id();
                        let index = find_by_id(resources.resources(), &id)
                            .map_err(|e| format!("no resource matches strategic merge patch \"{id}\": {e}"))?;
                        let resource = &mut resources.resources_mut()[index];
                        if apply_strategic_merge(resource, patch.patch.node.clone(), patch)? == Outcome::Deleted {
                            resources.resources_mut().remove(index);
                        }
                    }
                }
                Entry::Json { target: None, source, .. } => {
                    return Err(format!("must specify a target for JSON patch {source}"));
                }
                Entry::Json { patch, target: Some(target), source } => {
                    let selected = target.select(resources.resources())?;
                    for index in selected {
                        let patch = patch.as_ref().map_err(|e| format!("JSON patch {source}: {e}"))?;
                        let resource = &mut resources.resources_mut()[index];
                        resource.store_previous_id();
                        apply_json(resource, patch)?;
                    }
                }
            }
            after("PatchTransformer", resources);
        }
        Ok(())
    }

    /// `patchesJson6902`.
    ///
    /// # Errors
    /// An operation that does not apply to a selected resource.
    pub fn apply_json6902(
        &self,
        resources: &mut ResMap,
        after: &mut dyn FnMut(&'static str, &mut ResMap),
    ) -> Result<(), String> {
        for (patch, target) in &self.json6902 {
            let selected = target.select(resources.resources())?;
            for index in selected {
                apply_json(&mut resources.resources_mut()[index], patch)?;
            }
            after("PatchJson6902Transformer", resources);
        }
        Ok(())
    }
}

/// kustomize's `%q`, for the sources named in messages.
fn quoted(text: &str) -> String {
    serde_json::to_string(text).unwrap_or_default()
}

/// A `patchesStrategicMerge` entry: inline resources if the text reads as such, else a file.
fn strategic_merge_entry(entry: &str, loader: &Loader<'_>) -> Result<Vec<Resource>, String> {
    let inline = std::path::Path::new("<inline patch>");
    if let Ok(patches) = resources_from_bytes(entry.as_bytes(), inline) {
        return Ok(patches);
    }
    let content = loader.read(entry).map_err(|e| format!("patchesStrategicMerge: {e}"))?;
    resources_from_bytes(&content, &loader.join(entry)).map_err(|e| format!("patchesStrategicMerge: {e}"))
}

/// A `patches` entry: its text, read as a strategic-merge patch or as a JSON patch.
fn patches_entry(entry: &kustomization::Patch, loader: &Loader<'_>) -> Result<Entry, String> {
    let inline = entry.patch.trim();
    let (text, source) = match (inline.is_empty(), entry.path.is_empty()) {
        (true, true) => return Err("patches: must specify one of patch and path".into()),
        (false, false) => {
            return Err(format!("patches: patch and path can't be set at the same time (path {})", quoted(&entry.path)))
        }
        (false, true) => (inline.to_string(), format!("[patch: {}]", quoted(inline))),
        (true, false) => {
            let content = loader
                .read(&entry.path)
                .map_err(|e| format!("patches: failed to get the patch file from path({}): {e}", entry.path))?;
            let text = String::from_utf8(content).map_err(|_| format!("patches: {} is not UTF-8", entry.path))?;
            (text, format!("[path: {}]", quoted(&entry.path)))
        }
    };
    let target = entry.target.as_ref().map(Selector::new).transpose().map_err(|e| format!("patches: {e}"))?;
    let strategic = resources_from_bytes(text.as_bytes(), std::path::Path::new(&source));
    let json = JsonPatch::decode(&text);
    let (name, kind) = (option(&entry.options, "allowNameChange"), option(&entry.options, "allowKindChange"));
    match (strategic, json) {
        (Ok(_), Ok(_)) => Err(format!("patches: illegally qualifies as both an SM and JSON patch: {source}")),
        (Err(_), Err(_)) => Err(format!("patches: unable to parse SM or JSON patch from {source}")),
        // A text that holds no resource and is not a JSON patch either (`{}`): kustomize takes it
        // for a JSON patch, and fails when it decodes it for a selected resource.
        (Ok(patches), Err(e)) if patches.is_empty() => Ok(Entry::Json { patch: Err(e), target, source }),
        (Ok(patches), Err(_)) => Ok(Entry::StrategicMerge {
            patches: patches
                .into_iter()
                .map(|mut patch| {
                    if name || kind {
                        // kustomize records the options as annotations of the patch, which rewrites
                        // its annotations as a string map (and makes `annotations: null` a no-op).
                        if let Some(metadata) = node::get_mut(&mut patch.node, "metadata") {
                            rewrite_string_map(metadata, "annotations");
                        }
                    }
                    StrategicMerge { patch, allow_name_change: name, allow_kind_change: kind }
                })
                .collect(),
            target,
            source,
        }),
        (Err(_), Ok(patch)) => Ok(Entry::Json { patch: Ok(patch), target, source }),
    }
}

fn option(options: &BTreeMap<String, bool>, name: &str) -> bool {
    options.get(name).copied().unwrap_or(false)
}

/// A `patchesJson6902` entry.
fn json6902_entry(entry: &kustomization::Patch, loader: &Loader<'_>) -> Result<(JsonPatch, Selector), String> {
    let fail = |message: String| format!("patchesJson6902: {message}");
    let target = match &entry.target {
        Some(t) if !t.name.is_empty() => t,
        _ => return Err(fail("must specify the target name".into())),
    };
    let text = match (entry.path.is_empty(), entry.patch.is_empty()) {
        (true, true) => return Err(fail("empty file path and empty jsonOp".into())),
        (false, false) => return Err(fail("must specify a file path or jsonOp, not both".into())),
        (true, false) => entry.patch.clone(),
        (false, true) => {
            let content = loader.read(&entry.path).map_err(|e| fail(e.to_string()))?;
            let text = String::from_utf8(content).map_err(|_| fail(format!("{} is not UTF-8", entry.path)))?;
            if text.is_empty() {
                return Err(fail(format!("patch file '{}' empty seems to be empty", entry.path)));
            }
            text
        }
    };
    let patch = JsonPatch::decode(&text).map_err(|e| fail(format!("decoding {}: {e}", quoted(&text))))?;
    if patch.operations.is_empty() {
        return Err(fail(format!("patch appears to be empty; file={}, JsonOp={}", entry.path, quoted(&text))));
    }
    Ok((patch, Selector::new(target).map_err(fail)?))
}

/// kustomize's `GetById`: the one resource that has (or had) the patch's id.
fn find_by_id(resources: &[Resource], id: &ResId) -> Result<usize, String> {
    let mut found = resources.iter().enumerate().filter(|(_, r)| {
        let named = r.name() == id.name || r.previous.iter().any(|p| p.name == id.name);
        named && (r.id().same_as(id) || r.previous.iter().any(|p| p.same_as(id)))
    });
    match (found.next(), found.next()) {
        (Some((i, _)), None) => Ok(i),
        (Some(_), Some(_)) => Err(format!("multiple matches for Id {id}; failed to find unique target for patch {id}")),
        (None, _) => Err(format!("no matches for Id {id}; failed to find unique target for patch {id}")),
    }
}

/// kustomize's `ResMap.ApplySmPatch`: a copy of the patch, made to look like each selected
/// resource, merged into it; deleted resources leave, and the ids must stay distinct.
fn apply_to_selected(resources: &mut ResMap, selected: &[usize], patch: &StrategicMerge) -> Result<(), String> {
    let mut deleted = Vec::new();
    for &index in selected {
        let resource = &mut resources.resources_mut()[index];
        let mut copy = patch.patch.node.clone();
        shape_patch_copy(&mut copy, &resource.node);
        if apply_strategic_merge(resource, copy, patch)? == Outcome::Deleted {
            deleted.push(index);
        }
    }
    let list = resources.resources_mut();
    for index in deleted.into_iter().rev() {
        list.remove(index);
    }
    if patch.allow_name_change || patch.allow_kind_change {
        let mut seen = HashSet::new();
        for resource in list.iter() {
            let id = resource.id();
            if !seen.insert((id.gvk.clone(), id.name.clone(), id.effective_namespace().to_string())) {
                return Err(format!("may not add resource with an already registered id: {id}"));
            }
        }
    }
    Ok(())
}

/// What kustomize does to its copy of a patch before merging it into a selected resource: labels
/// and annotations rewritten as sorted string maps (an empty or `null` map disappears), an empty
/// namespace removed, and the resource's `apiVersion` taken over.
fn shape_patch_copy(copy: &mut Node, resource: &Node) {
    if let Some(metadata) = node::get_mut(copy, "metadata").filter(|m| matches!(m, Node::Map(_))) {
        rewrite_string_map(metadata, "labels");
        rewrite_string_map(metadata, "annotations");
        if node::str_at(metadata, &["namespace"]).is_empty() {
            node::remove(metadata, "namespace");
        }
    }
    let api_version = node::str_at(resource, &["apiVersion"]).to_string();
    smp::set_untagged(copy, "apiVersion", &api_version);
}

/// A metadata map (labels, annotations) as kyaml reads it: each key with its value's text, the
/// last of duplicate keys winning.
fn string_map(metadata: &Node, field: &str) -> BTreeMap<String, String> {
    match node::get(metadata, field) {
        Some(Node::Map(m)) => m.entries.iter().map(|(k, v)| (k.value.clone(), scalar::text(v).to_string())).collect(),
        _ => BTreeMap::new(),
    }
}

/// kyaml's `SetLabels`/`SetAnnotations` with what `GetLabels`/`GetAnnotations` read: the map
/// rewritten with sorted string values, removed when empty (or not a map).
fn rewrite_string_map(metadata: &mut Node, field: &str) {
    if !matches!(metadata, Node::Map(_)) {
        return;
    }
    let entries = string_map(metadata, field);
    node::remove(metadata, field);
    if !entries.is_empty() {
        node::set(metadata, field, sorted_string_map(entries));
    }
}

fn sorted_string_map(entries: BTreeMap<String, String>) -> Node {
    let mut map = Map::default();
    map.entries.extend(entries.into_iter().map(|(k, v)| (Scalar::string(k), node::string(&v))));
    Node::Map(map)
}

/// kustomize's `Resource.ApplySmPatch`: the merge, then the name, kind and namespace put back
/// unless the patch's options allow them to change.
fn apply_strategic_merge(resource: &mut Resource, patch: Node, options: &StrategicMerge) -> Result<Outcome, String> {
    let (name, namespace, kind) = (
        resource.name().to_string(),
        resource.namespace().to_string(),
        node::str_at(&resource.node, &["kind"]).to_string(),
    );
    if options.allow_name_change || options.allow_kind_change {
        resource.store_previous_id();
    }
    let id = resource.id();
    let outcome = smp::merge(&mut resource.node, patch).map_err(|e| format!("patching {id}: {e}"))?;
    if outcome == Outcome::Deleted || matches!(&resource.node, Node::Map(m) if m.entries.is_empty()) {
        return Ok(Outcome::Deleted);
    }
    if !options.allow_kind_change {
        smp::set_untagged(&mut resource.node, "kind", &kind);
    }
    let metadata = metadata_map(&mut resource.node);
    if !options.allow_name_change {
        smp::set_untagged(metadata, "name", &name);
    }
    if namespace.is_empty() {
        node::remove(metadata, "namespace");
    } else {
        smp::set_untagged(metadata, "namespace", &namespace);
    }
    Ok(outcome)
}

/// `metadata`, created (or made a mapping) when the resource has none.
fn metadata_map(resource: &mut Node) -> &mut Node {
    if !matches!(node::get(resource, "metadata"), Some(Node::Map(_))) {
        node::set(resource, "metadata", Node::Map(Map::default()));
    }
    node::get_mut(resource, "metadata").expect("set above")
}

/// kustomize's build annotations, which its resources carry in `metadata.annotations` while they
/// are built: a JSON patch sees them (and may copy them elsewhere), then gets them back untouched.
const PREVIOUS_KINDS: &str = "internal.config.kubernetes.io/previousKinds";
const PREVIOUS_NAMES: &str = "internal.config.kubernetes.io/previousNames";
const PREVIOUS_NAMESPACES: &str = "internal.config.kubernetes.io/previousNamespaces";
const PREFIXES: &str = "internal.config.kubernetes.io/prefixes";
const SUFFIXES: &str = "internal.config.kubernetes.io/suffixes";

fn build_annotations(resource: &Resource) -> Vec<(&'static str, String)> {
    let csv = |values: Vec<&str>| values.join(",");
    let mut out = Vec::new();
    if !resource.previous.is_empty() {
        out.push((PREVIOUS_KINDS, csv(resource.previous.iter().map(|p| p.gvk.kind.as_str()).collect())));
        out.push((PREVIOUS_NAMES, csv(resource.previous.iter().map(|p| p.name.as_str()).collect())));
        out.push((PREVIOUS_NAMESPACES, csv(resource.previous.iter().map(|p| p.namespace.as_str()).collect())));
    }
    if !resource.prefixes.is_empty() {
        out.push((PREFIXES, resource.prefixes.join(",")));
    }
    if !resource.suffixes.is_empty() {
        out.push((SUFFIXES, resource.suffixes.join(",")));
    }
    out
}

/// A JSON patch applied to one resource: on its JSON form (build annotations included), read back,
/// and its annotations rewritten as kustomize's `SetAnnotations` does (sorted strings, no empty
/// map).
fn apply_json(resource: &mut Resource, patch: &JsonPatch) -> Result<(), String> {
    let id = resource.id();
    let fail = |e: String| format!("applying a JSON patch to {id}: {e}");
    let internal = build_annotations(resource);
    let mut doc = resource.to_json().map_err(|e| fail(e.to_string()))?;
    if !internal.is_empty() {
        if let Value::Object(top) = &mut doc {
            let metadata = top.entry("metadata").or_insert_with(|| Value::Object(Default::default()));
            if !metadata.is_object() {
                *metadata = Value::Object(Default::default());
            }
            let annotations = metadata
                .as_object_mut()
                .expect("made an object above")
                .entry("annotations")
                .or_insert_with(|| Value::Object(Default::default()));
            if !annotations.is_object() {
                *annotations = Value::Object(Default::default());
            }
            let annotations = annotations.as_object_mut().expect("made an object above");
            for (key, value) in &internal {
                annotations.insert(key.to_string(), Value::String(value.clone()));
            }
        }
    }
    let mut patched = patch.apply(doc).map_err(fail)?;
    let metadata = metadata_map(&mut patched);
    if let Some(Node::Map(annotations)) = node::get_mut(metadata, "annotations") {
        annotations.entries.retain(|(k, _)| !internal.iter().any(|(key, _)| k.value == *key));
    }
    rewrite_string_map(metadata, "annotations");
    resource.node = patched;
    Ok(())
}

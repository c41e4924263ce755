//! Adding a generated resource to the accumulated ones: kustomize's `appendReplaceOrMerge`.
//!
//! The generated resource's id is looked up among the current **and previous** ids of what is
//! there, so an overlay names a base's ConfigMap by the name the base generated it with, before
//! the base's prefix or namespace. No match: it is appended (`merge` and `replace` need one). One
//! match: `create` is refused; `replace` and `merge` take the old resource's name, namespace and
//! history, merge its labels and annotations under the new ones, and `merge` also merges `data`
//! and `binaryData`; the result takes the old resource's place. Everything else of the old
//! resource (`immutable`, a Secret's `type`, …) is gone: the generated resource is the base.

use std::collections::BTreeMap;

use yaml::node::{Map, Node};

use crate::node;
use crate::resid::{Gvk, ResId};
use crate::resmap::ResMap;
use crate::resource::{Resource, BUILD_ANNOTATIONS, NEEDS_HASH_ANNOTATION};

use super::make::{string, string_map};
use super::Behavior;

/// Appends `new`, or merges it into or lets it replace the one resource it matches.
pub(crate) fn absorb(resources: &mut ResMap, new: Resource, behavior: Behavior) -> Result<(), String> {
    let id = new.id();
    let matches: Vec<usize> =
        resources.resources().iter().enumerate().filter(|(_, r)| answers_to(r, &id)).map(|(i, _)| i).collect();
    match (matches.as_slice(), behavior) {
        ([], Behavior::Create) => resources.append(new).map_err(|e| e.to_string()),
        ([], _) => Err(format!("id {id} does not exist; cannot merge or replace")),
        ([_], Behavior::Create) => Err(format!("id {id} exists; behavior must be merge or replace")),
        (&[index], _) => {
            let merged = merge(&resources.resources()[index], new, behavior);
            resources.resources_mut()[index] = merged;
            Ok(())
        }
        (many, _) => {
            let ids: Vec<String> = many.iter().map(|&i| resources.resources()[i].id().to_string()).collect();
            Err(format!("found multiple objects that could accept merge of {id}: {}", ids.join(", ")))
        }
    }
}

/// Whether `id` is the resource's current id or one of its previous ones. Previous ids have the
/// current group and version, as kustomize rebuilds them from its build annotations.
fn answers_to(resource: &Resource, id: &ResId) -> bool {
    // Names first: cheap, and almost always enough to rule a resource out.
    if resource.name() != id.name && resource.previous.iter().all(|p| p.name != id.name) {
        return false;
    }
    let current = resource.id();
    current.same_as(id)
        || resource.previous.iter().any(|p| {
            let gvk = Gvk { kind: p.gvk.kind.clone(), ..current.gvk.clone() };
            ResId { gvk, name: p.name.clone(), namespace: p.namespace.clone() }.same_as(id)
        })
}

/// kustomize's `CopyMergeMetaDataFieldsFrom`, and for `merge` its data-map merges.
fn merge(old: &Resource, mut new: Resource, behavior: Behavior) -> Resource {
    let mut labels = string_entries(&old.node, &["metadata", "labels"]);
    labels.extend(string_entries(&new.node, &["metadata", "labels"]));
    set_metadata_map(&mut new.node, "labels", &labels);

    // Build annotations (the hash mark among them) come from the old resource only.
    let mut annotations = string_entries(&old.node, &["metadata", "annotations"]);
    for (key, value) in string_entries(&new.node, &["metadata", "annotations"]) {
        if !BUILD_ANNOTATIONS.contains(&key.as_str()) {
            annotations.insert(key, value);
        }
    }
    if !new.needs_hash {
        annotations.remove(NEEDS_HASH_ANNOTATION);
    }
    set_metadata_map(&mut new.node, "annotations", &annotations);

    if let Some(metadata) = node::get_mut(&mut new.node, "metadata") {
        node::set(metadata, "name", node::string(old.name()));
        match old.namespace() {
            "" => {
                node::remove(metadata, "namespace");
            }
            namespace => node::set(metadata, "namespace", node::string(namespace)),
        }
    }
    new.needs_hash &= old.needs_hash;
    new.previous = old.previous.clone();
    new.prefixes = old.prefixes.clone();
    new.suffixes = old.suffixes.clone();
    new.file = old.file.clone();

    if behavior == Behavior::Merge {
        for field in ["data", "binaryData"] {
            let mut data = string_entries(&old.node, &[field]);
            data.extend(string_entries(&new.node, &[field]));
            node::remove(&mut new.node, field);
            if !data.is_empty() {
                let entries = data.iter().map(|(k, v)| (yaml::node::Scalar::string(k.as_str()), string(v))).collect();
                node::set(&mut new.node, field, Node::Map(Map { entries, flow: false }));
            }
        }
        // kustomize keeps the merged resource's origin (`buildMetadata`).
        if let Some(origin) = old.annotation(crate::buildmetadata::ORIGIN) {
            crate::buildmetadata::set_origin(&mut new, origin);
        }
    }
    new
}

/// The entries of the mapping at `path` as strings (kyaml's `GetValue`: a scalar's text, `""` for
/// `null` and collections); nothing when there is no mapping there.
fn string_entries(root: &Node, path: &[&str]) -> BTreeMap<String, String> {
    match node::get_path(root, path) {
        Some(Node::Map(map)) => {
            map.entries.iter().map(|(k, v)| (k.value.clone(), node::text(v).unwrap_or("").to_string())).collect()
        }
        _ => BTreeMap::new(),
    }
}

/// Replaces `metadata.<field>` with the entries as strings; no field when there are none.
fn set_metadata_map(root: &mut Node, field: &str, entries: &BTreeMap<String, String>) {
    let Some(metadata) = node::get_mut(root, "metadata") else { return };
    node::remove(metadata, field);
    if !entries.is_empty() {
        node::set(metadata, field, string_map(entries));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn resource(text: &str, needs_hash: bool) -> Resource {
        let mut r = Resource::new(yaml::node::parse_documents(text).unwrap().remove(0), None);
        r.needs_hash = needs_hash;
        r
    }

    fn base() -> ResMap {
        let mut old = resource(
            "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: p-cm\n  namespace: ns\n  labels: {a: 1, b: old}\n\
             data: {x: old, z: 1}\nimmutable: true\n",
            true,
        );
        old.previous.push(ResId {
            gvk: Gvk::from_api_version("v1", "ConfigMap"),
            name: "cm".into(),
            namespace: "default".into(),
        });
        old.prefixes.push("p-".into());
        let mut resources = ResMap::default();
        resources.append(old).unwrap();
        resources
    }

    fn generated(needs_hash: bool) -> Resource {
        resource(
            "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm\n  labels: {b: new}\ndata: {x: new}\n",
            needs_hash,
        )
    }

    #[test]
    fn merge_finds_the_old_resource_by_a_previous_id_and_takes_its_place() {
        let mut resources = base();
        absorb(&mut resources, generated(true), Behavior::Merge).unwrap();
        assert_eq!(resources.len(), 1);
        let merged = &resources.resources()[0];
        assert_eq!((merged.name(), merged.namespace()), ("p-cm", "ns"));
        assert_eq!(merged.prefixes, ["p-"]);
        assert!(merged.needs_hash);
        let json = merged.to_json().unwrap();
        assert_eq!(json["metadata"]["labels"], serde_json::json!({"a": "1", "b": "new"}));
        assert_eq!(json["data"], serde_json::json!({"x": "new", "z": "1"}));
        assert!(json.get("immutable").is_none(), "the generated resource is the base of the result");
    }

    #[test]
    fn replace_keeps_the_generated_data_and_a_disabled_hash_wins() {
        let mut resources = base();
        absorb(&mut resources, generated(false), Behavior::Replace).unwrap();
        let replaced = &resources.resources()[0];
        assert!(!replaced.needs_hash);
        assert_eq!(replaced.to_json().unwrap()["data"], serde_json::json!({"x": "new"}));
    }

    #[test]
    fn create_needs_a_new_id_and_merge_an_existing_one() {
        let mut resources = base();
        assert!(absorb(&mut resources, generated(true), Behavior::Create).unwrap_err().contains("exists"));
        let mut empty = ResMap::default();
        assert!(absorb(&mut empty, generated(true), Behavior::Merge).unwrap_err().contains("does not exist"));
        absorb(&mut empty, generated(true), Behavior::Create).unwrap();
        assert_eq!(empty.len(), 1);
    }
}

//! `labels`, `commonLabels` and `commonAnnotations`: entries set in the mappings the field specs name.

use std::collections::BTreeMap;

use yaml::node::{Node, Scalar, Tag};

use crate::fieldspec::{walk, Create, FieldSpec, TransformerConfig};
use crate::kustomization::{Kustomization, Label};
use crate::node;
use crate::resmap::ResMap;

/// One `labels` entry.
pub fn label(label: &Label, config: &TransformerConfig, resources: &mut ResMap) -> Result<(), String> {
    let mut specs: Vec<FieldSpec> = label.fields.clone();
    merge_all(&mut specs, &config.labels)?;
    if label.include_selectors {
        merge_all(&mut specs, &config.common_labels)?;
    } else {
        if label.include_templates {
            merge_all(&mut specs, &config.template_labels)?;
        }
        merge_all(&mut specs, &[FieldSpec::any("metadata/labels", true)])?;
    }
    set_entries(&label.pairs, &specs, resources)
}

/// `commonLabels`.
pub fn common_labels(k: &Kustomization, config: &TransformerConfig, resources: &mut ResMap) -> Result<(), String> {
    match &k.common_labels {
        Some(common) => set_entries(common, &config.common_labels, resources),
        None => Ok(()),
    }
}

/// kustomize's `FsSlice.MergeAll`: adds the specs not already there (same path, matching types);
/// the same field with a different `create` is a conflict.
fn merge_all(specs: &mut Vec<FieldSpec>, incoming: &[FieldSpec]) -> Result<(), String> {
    for spec in incoming {
        let existing = specs.iter().find(|s| {
            s.path == spec.path
                && crate::resid::Gvk { group: s.group.clone(), version: s.version.clone(), kind: s.kind.clone() }
                    .is_selected_by(&crate::resid::Gvk {
                        group: spec.group.clone(),
                        version: spec.version.clone(),
                        kind: spec.kind.clone(),
                    })
        });
        match existing {
            Some(s) if s.create != spec.create => return Err(format!("conflicting fieldspecs for '{}'", spec.path)),
            Some(_) => {}
            None => specs.push(spec.clone()),
        }
    }
    Ok(())
}

/// Sets every entry of `entries` (in key order) in the mappings `specs` name, creating them where
/// a spec allows it.
///
/// As in kustomize, one value node per resource and key is made and placed at every field where the
/// key is new, so those fields stay one node (a later write to one shows in all); where the key
/// exists, its node is overwritten in place.
pub fn set_entries(
    entries: &BTreeMap<String, String>,
    specs: &[FieldSpec],
    resources: &mut ResMap,
) -> Result<(), String> {
    if entries.is_empty() {
        return Ok(());
    }
    for resource in resources.resources_mut() {
        let gvk = resource.gvk();
        for (key, value) in entries {
            let alias = resource.new_alias();
            let mut written = Vec::new();
            for spec in specs {
                walk(spec, &gvk, &mut resource.node, Create::Map, &mut |field| {
                    set_entry(field, key, value, alias, &mut written)
                })
                .map_err(|e| format!("{e} of object {}", resource.id()))?;
            }
            if !written.is_empty() {
                node::propagate_aliases(&mut resource.node, &written);
            }
        }
    }
    Ok(())
}

fn set_entry(
    field: &mut Node,
    key: &str,
    value: &str,
    alias: u32,
    written: &mut Vec<(u32, String, Tag)>,
) -> Result<(), String> {
    if node::is_null(field) {
        *field = node::map_node();
    }
    let Node::Map(map) = field else {
        return Err("wrong node kind: expected MappingNode".into());
    };
    match map.entries.iter_mut().find(|(k, _)| k.value == key) {
        Some((_, existing)) => {
            let shared = match existing {
                Node::Scalar(s) => s.alias,
                _ => 0,
            };
            *existing = Node::Scalar(Scalar { alias: shared, ..Scalar::string(value) });
            if shared != 0 {
                written.push((shared, value.to_string(), Tag::Str));
            }
        }
        None => map.entries.push((Scalar::string(key), Node::Scalar(Scalar { alias, ..Scalar::string(value) }))),
    }
    Ok(())
}

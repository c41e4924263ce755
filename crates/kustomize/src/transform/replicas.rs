//! `replicas`: kustomize's replica count transformer.
//!
//! Each entry sets its `count` on the resources whose name — now or before a rename — is the
//! entry's `name` and whose type one of the `replicas` field specs selects, at that spec's path
//! (created when missing). An entry that reaches no resource is an error.

use yaml::node::{Node, Scalar, Style, Tag};

use crate::fieldspec::{walk, Create, FieldSpec};
use crate::kustomization::Replica;
use crate::node;
use crate::resmap::ResMap;

/// The fields a replica count goes to by default (kustomize's `replicas` field specs).
pub fn builtin() -> Vec<FieldSpec> {
    ["Deployment", "ReplicationController", "ReplicaSet", "StatefulSet"]
        .into_iter()
        .map(|kind| FieldSpec { kind: kind.into(), ..FieldSpec::any("spec/replicas", true) })
        .collect()
}

/// Applies the `replicas` entries, in order.
///
/// # Errors
/// An entry that matches no resource, a replica field that is not a scalar, a path that runs into
/// a scalar.
pub fn apply(replicas: &[Replica], specs: &[FieldSpec], resources: &mut ResMap) -> Result<(), String> {
    for replica in replicas {
        let count = replica.count.to_string();
        let mut found = false;
        for spec in specs {
            for resource in resources.resources_mut() {
                let named = resource
                    .previous
                    .iter()
                    .chain(std::iter::once(&resource.id()))
                    .any(|id| id.name == replica.name && spec.selects(&id.gvk));
                if !named {
                    continue;
                }
                found = true;
                let gvk = resource.gvk();
                let mut written = Vec::new();
                walk(spec, &gvk, &mut resource.node, Create::Scalar, &mut |field| {
                    set_count(field, &count, &mut written)
                })
                .map_err(|e| format!("replicas: {e} of object {}", resource.id()))?;
                if !written.is_empty() {
                    node::propagate_aliases(&mut resource.node, &written);
                }
            }
        }
        if !found {
            let gvks: Vec<String> = specs.iter().map(|s| s.gvk().to_string()).collect();
            return Err(format!(
                "resource with name {} does not match a config with the following GVK [{}]",
                replica.name,
                gvks.join(" ")
            ));
        }
    }
    Ok(())
}

/// Writes the count in place: an `!!int` that keeps the old scalar's style. kustomize prints the
/// node and reads the text back, so a quoted count stays quoted and becomes a string.
fn set_count(field: &mut Node, count: &str, written: &mut Vec<(u32, String, Tag)>) -> Result<(), String> {
    let Node::Scalar(old) = field else {
        let kind = if matches!(field, Node::Seq(_)) { "SequenceNode" } else { "MappingNode" };
        return Err(format!("wrong node kind: expected ScalarNode but got {kind}"));
    };
    let tag = if old.style == Style::Plain { Tag::Int } else { Tag::Str };
    if old.alias != 0 {
        written.push((old.alias, count.to_string(), tag.clone()));
    }
    *old = Scalar { tag, style: old.style, alias: old.alias, ..Scalar::string(count) };
    Ok(())
}

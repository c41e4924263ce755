//! `namePrefix` and `nameSuffix`.

use yaml::node::Node;

use crate::fieldspec::{walk, Create, FieldSpec};
use crate::node;
use crate::resid::Gvk;
use crate::resmap::ResMap;

/// Which end of the name changes.
#[derive(Clone, Copy)]
pub enum Affix<'a> {
    Prefix(&'a str),
    Suffix(&'a str),
}

/// Types whose names never get a prefix or suffix: their names are meaningful to the API server.
fn skipped(gvk: &Gvk) -> bool {
    gvk.kind == "CustomResourceDefinition"
        || gvk.kind == "Namespace"
        || (gvk.kind == "APIService" && gvk.group == "apiregistration.k8s.io")
}

/// Adds the prefix or suffix to the fields `specs` name (by default `metadata.name`), remembering
/// the previous name for name references.
pub fn apply(affix: Affix<'_>, specs: &[FieldSpec], resources: &mut ResMap) -> Result<(), String> {
    for resource in resources.resources_mut() {
        let original = resource.previous.first().cloned().unwrap_or_else(|| resource.id());
        if skipped(&original.gvk) {
            continue;
        }
        for spec in specs {
            if !spec.selects(&original.gvk) {
                continue;
            }
            if spec.path == "metadata/name" {
                // An empty prefix or suffix (a plugin's) is neither recorded nor a new id.
                let (recorded, text) = match affix {
                    Affix::Prefix(p) => (&mut resource.prefixes, p),
                    Affix::Suffix(s) => (&mut resource.suffixes, s),
                };
                if !text.is_empty() {
                    recorded.push(text.to_string());
                    resource.store_previous_id();
                }
            }
            let gvk = resource.gvk();
            walk(spec, &gvk, &mut resource.node, Create::Scalar, &mut |field| {
                let current = match field {
                    Node::Scalar(s) => s.value.clone(),
                    _ => return Err("expected a scalar name".into()),
                };
                *field = node::string(&match affix {
                    Affix::Prefix(p) => format!("{p}{current}"),
                    Affix::Suffix(s) => format!("{current}{s}"),
                });
                Ok(())
            })
            .map_err(|e| format!("{e} of object {}", resource.id()))?;
        }
    }
    Ok(())
}

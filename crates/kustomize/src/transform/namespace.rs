//! `namespace`: every namespaced resource moves there, with what refers to a namespace by name.

use yaml::node::Node;

use crate::fieldspec::{walk, Create, FieldSpec};
use crate::node;
use crate::resmap::ResMap;

/// Sets `namespace` on every namespaced resource's `metadata.namespace`, on the fields the specs
/// name (a Namespace's own name, an APIService's service, a CRD's conversion webhook), and on the
/// subjects named `default` of RoleBindings and ClusterRoleBindings.
pub fn apply(namespace: &str, specs: &[FieldSpec], resources: &mut ResMap) -> Result<(), String> {
    let set = &mut |field: &mut Node| {
        *field = node::string(namespace);
        Ok(())
    };
    for resource in resources.resources_mut() {
        if matches!(&resource.node, Node::Map(m) if m.entries.is_empty()) {
            continue;
        }
        resource.store_previous_id();
        let gvk = resource.gvk();
        let api_version = node::str_at(&resource.node, &["apiVersion"]).to_string();
        let fail = |e: String| format!("namespace transformation failed: {e} of object {}", gvk);
        if !gvk.is_cluster_scoped() {
            walk(&FieldSpec::any("metadata/namespace", true), &gvk, &mut resource.node, Create::Scalar, set)
                .map_err(fail)?;
        }
        let role_binding = gvk.kind == "RoleBinding" || gvk.kind == "ClusterRoleBinding";
        for spec in specs {
            if spec.path == "metadata/namespace"
                || (spec.path == "metadata/name" && api_version != "v1")
                || (role_binding
                    && spec.path == "subjects/namespace"
                    && (spec.kind == "RoleBinding" || spec.kind == "ClusterRoleBinding"))
            {
                continue;
            }
            walk(spec, &gvk, &mut resource.node, Create::Scalar, set).map_err(fail)?;
        }
        if role_binding {
            if let Some(Node::Seq(subjects)) = node::get_mut(&mut resource.node, "subjects") {
                for subject in subjects.iter_mut() {
                    if node::str_at(subject, &["name"]) == "default" {
                        node::set(subject, "namespace", node::string(namespace));
                    }
                }
            }
        }
    }
    let mut seen = std::collections::HashSet::new();
    for resource in resources.resources() {
        let id = resource.id();
        if !seen.insert((id.gvk.clone(), id.name.clone(), id.effective_namespace().to_string())) {
            return Err(format!("namespace transformation produces ID conflict: {id}"));
        }
    }
    Ok(())
}

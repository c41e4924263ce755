//! `namespace`: every namespaced resource moves there, with what refers to a namespace by name.

use yaml::node::{Node, Tag};

use crate::fieldspec::{walk, Create, FieldSpec};
use crate::node;
use crate::resmap::ResMap;
use crate::resource::Resource;

/// Which subjects of RoleBindings and ClusterRoleBindings get the namespace
/// (`setRoleBindingSubjects` of the `NamespaceTransformer` plugin).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Subjects {
    /// Subjects named `default` (the `namespace` field's behaviour).
    #[default]
    DefaultOnly,
    /// Subjects of kind `ServiceAccount`.
    AllServiceAccounts,
    /// None.
    None,
}

/// How the namespace is set: kustomize's namespace filter.
#[derive(Debug, Clone, Copy)]
pub struct Settings<'a> {
    pub namespace: &'a str,
    /// Only fields that are missing, `null` or empty get the namespace.
    pub unset_only: bool,
    pub subjects: Subjects,
}

/// Sets `namespace` on every namespaced resource's `metadata.namespace`, on the fields the specs
/// name (a Namespace's own name, an APIService's service, a CRD's conversion webhook), and on the
/// subjects named `default` of RoleBindings and ClusterRoleBindings.
pub fn apply(namespace: &str, specs: &[FieldSpec], resources: &mut ResMap) -> Result<(), String> {
    let settings = Settings { namespace, unset_only: false, subjects: Subjects::DefaultOnly };
    apply_with(&settings, specs, resources)
}

/// [`apply`] with the plugin's settings: each resource's previous id is remembered, and two
/// resources may not end up with the same id.
pub fn apply_with(settings: &Settings<'_>, specs: &[FieldSpec], resources: &mut ResMap) -> Result<(), String> {
    for resource in resources.resources_mut() {
        if matches!(&resource.node, Node::Map(m) if m.entries.is_empty()) {
            continue;
        }
        resource.store_previous_id();
        set(settings, specs, resource)?;
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

/// The namespace filter on one resource, without any bookkeeping of ids: `metadata.namespace`
/// unless the type is cluster-scoped, the binding subjects `settings` says, then the specs.
pub fn set(settings: &Settings<'_>, specs: &[FieldSpec], resource: &mut Resource) -> Result<(), String> {
    let namespace = settings.namespace;
    let unset_only = settings.unset_only;
    let set = &mut |field: &mut Node| {
        if !(unset_only && has_value(field)) {
            *field = node::string(namespace);
        }
        Ok(())
    };
    let gvk = resource.gvk();
    let api_version = node::str_at(&resource.node, &["apiVersion"]).to_string();
    let fail = |e: String| format!("namespace transformation failed: {e} of object {}", gvk);
    if !gvk.is_cluster_scoped() {
        walk(&FieldSpec::any("metadata/namespace", true), &gvk, &mut resource.node, Create::Scalar, set)
            .map_err(fail)?;
    }
    let role_binding = gvk.kind == "RoleBinding" || gvk.kind == "ClusterRoleBinding";
    if role_binding && settings.subjects != Subjects::None {
        if let Some(Node::Seq(subjects)) = node::get_mut(&mut resource.node, "subjects") {
            for subject in subjects.iter_mut() {
                let chosen = match settings.subjects {
                    Subjects::DefaultOnly => node::str_at(subject, &["name"]) == "default",
                    Subjects::AllServiceAccounts => node::str_at(subject, &["kind"]) == "ServiceAccount",
                    Subjects::None => false,
                };
                if chosen && !(unset_only && node::get(subject, "namespace").is_some_and(has_value)) {
                    node::set(subject, "namespace", node::string(namespace));
                }
            }
        }
    }
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
    Ok(())
}

/// Whether a field already has a namespace for `unsetOnly`: a scalar with text.
fn has_value(field: &Node) -> bool {
    matches!(field, Node::Scalar(s) if s.tag != Tag::Null && !s.value.is_empty())
}

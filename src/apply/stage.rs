//! Upstream's apply stages and the order of objects within a stage (fluxcd/pkg `ssa/sort.go`, `ssa/utils/is.go`).
//!
//! Stages: cluster definitions (CRDs, Namespaces, ClusterRoles), then class definitions (kinds named `*Class`),
//! each followed by a wait until they are Current; then the kinds asked for with `--custom-apply-stage-kinds`;
//! then everything else. Within a stage, kinds that others depend on come first (Namespaces before
//! ServiceAccounts before Deployments...), webhook configurations last, then by group, kind, namespace, name.

use std::cmp::Ordering;

use api::inventory::ObjectId;
use serde_json::Value;

/// The kinds applied first, in this order; kinds not listed come after them.
const FIRST: &[&str] = &[
    "CustomResourceDefinition",
    "Namespace",
    "ClusterRole",
    "ClusterClass",
    "RuntimeClass",
    "PriorityClass",
    "StorageClass",
    "VolumeSnapshotClass",
    "IngressClass",
    "GatewayClass",
    "ClusterRoleBinding",
    "ResourceQuota",
    "ServiceAccount",
    "Role",
    "RoleBinding",
    "ConfigMap",
    "Secret",
    "Service",
    "LimitRange",
    "Deployment",
    "StatefulSet",
    "CronJob",
    "PodDisruptionBudget",
];

/// The kinds applied last, in this order: webhooks must not intercept the objects they are applied with.
const LAST: &[&str] = &["MutatingWebhookConfiguration", "ValidatingWebhookConfiguration"];

/// A group and kind, for `--custom-apply-stage-kinds`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct GroupKind {
    pub group: String,
    pub kind: String,
}

/// The stage an object is applied in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Stage {
    /// CRDs, Namespaces, ClusterRoles; waited for.
    Definitions,
    /// `*Class` kinds; waited for.
    Classes,
    /// `--custom-apply-stage-kinds`.
    Custom,
    /// Everything else.
    Resources,
}

impl Stage {
    /// Whether the stage is waited for (until Current) before the next one starts.
    pub fn waits(self) -> bool {
        matches!(self, Stage::Definitions | Stage::Classes)
    }
}

fn kind_and_api_version(object: &Value) -> (&str, &str) {
    let text = |k: &str| object.get(k).and_then(Value::as_str).unwrap_or_default();
    (text("kind"), text("apiVersion"))
}

pub fn is_crd(object: &Value) -> bool {
    let (kind, api_version) = kind_and_api_version(object);
    kind.eq_ignore_ascii_case("CustomResourceDefinition") && api_version.starts_with("apiextensions.k8s.io/")
}

pub fn is_namespace(object: &Value) -> bool {
    let (kind, api_version) = kind_and_api_version(object);
    kind.eq_ignore_ascii_case("Namespace") && api_version == "v1"
}

pub fn is_cluster_role(object: &Value) -> bool {
    let (kind, api_version) = kind_and_api_version(object);
    kind.eq_ignore_ascii_case("ClusterRole") && api_version.starts_with("rbac.authorization.k8s.io/")
}

/// CRDs, Namespaces and ClusterRoles: what other objects need to exist first.
pub fn is_cluster_definition(object: &Value) -> bool {
    is_crd(object) || is_namespace(object) || is_cluster_role(object)
}

/// StorageClass, IngressClass, GatewayClass, ...: any kind whose name ends in `Class`.
pub fn is_class_definition(object: &Value) -> bool {
    kind_and_api_version(object).0.ends_with("Class")
}

pub fn stage_of(object: &Value, custom: &[GroupKind]) -> Stage {
    if is_cluster_definition(object) {
        return Stage::Definitions;
    }
    if is_class_definition(object) {
        return Stage::Classes;
    }
    let (kind, api_version) = kind_and_api_version(object);
    let group = super::changeset::group_of(api_version);
    if custom.iter().any(|gk| gk.group == group && gk.kind == kind) {
        return Stage::Custom;
    }
    Stage::Resources
}

/// The position of a kind: negative for [`FIRST`], zero for unlisted kinds, positive for [`LAST`].
fn kind_index(kind: &str) -> i64 {
    if let Some(i) = FIRST.iter().position(|k| *k == kind) {
        return i as i64 - FIRST.len() as i64;
    }
    if let Some(i) = LAST.iter().position(|k| *k == kind) {
        return i as i64 + 1;
    }
    0
}

/// Upstream's order of two objects: kind order, then group, kind, namespace and name.
pub fn compare(a: &ObjectId, b: &ObjectId) -> Ordering {
    if a.group != b.group || a.kind != b.kind {
        return kind_index(&a.kind)
            .cmp(&kind_index(&b.kind))
            .then_with(|| a.group.cmp(&b.group))
            .then_with(|| a.kind.cmp(&b.kind));
    }
    a.namespace.cmp(&b.namespace).then_with(|| a.name.cmp(&b.name))
}

/// Sorts manifests in apply order.
pub fn sort(objects: &mut [Value]) {
    objects.sort_by_cached_key(|o| SortKey(super::ObjectRef::of(o).id));
}

/// An [`ObjectId`] ordered by [`compare`].
#[derive(PartialEq, Eq)]
struct SortKey(ObjectId);

impl PartialOrd for SortKey {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for SortKey {
    fn cmp(&self, other: &Self) -> Ordering {
        compare(&self.0, &other.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn obj(api_version: &str, kind: &str, ns: &str, name: &str) -> Value {
        let mut o = json!({"apiVersion": api_version, "kind": kind, "metadata": {"name": name}});
        if !ns.is_empty() {
            o["metadata"]["namespace"] = json!(ns);
        }
        o
    }

    #[test]
    fn stages() {
        let none: &[GroupKind] = &[];
        let crd = obj("apiextensions.k8s.io/v1", "CustomResourceDefinition", "", "widgets.example.com");
        assert_eq!(stage_of(&crd, none), Stage::Definitions);
        assert_eq!(stage_of(&obj("v1", "Namespace", "", "apps"), none), Stage::Definitions);
        assert_eq!(stage_of(&obj("rbac.authorization.k8s.io/v1", "ClusterRole", "", "r"), none), Stage::Definitions);
        // A ClusterRoleBinding is no definition, and a Namespace of another group is not one either.
        assert_eq!(
            stage_of(&obj("rbac.authorization.k8s.io/v1", "ClusterRoleBinding", "", "b"), none),
            Stage::Resources
        );
        assert_eq!(stage_of(&obj("example.com/v1", "Namespace", "", "n"), none), Stage::Resources);
        assert_eq!(stage_of(&obj("storage.k8s.io/v1", "StorageClass", "", "fast"), none), Stage::Classes);
        assert_eq!(stage_of(&obj("example.com/v1", "WidgetClass", "", "w"), none), Stage::Classes);
        let custom = [GroupKind { group: "example.com".into(), kind: "Widget".into() }];
        assert_eq!(stage_of(&obj("example.com/v1", "Widget", "default", "w"), &custom), Stage::Custom);
        assert_eq!(stage_of(&obj("apps/v1", "Deployment", "default", "d"), &custom), Stage::Resources);
        assert!(Stage::Definitions.waits() && Stage::Classes.waits() && !Stage::Resources.waits());
    }

    #[test]
    fn kind_order_then_group_kind_namespace_name() {
        let mut objects = vec![
            obj("admissionregistration.k8s.io/v1", "ValidatingWebhookConfiguration", "", "v"),
            obj("example.com/v1", "Widget", "default", "w"),
            obj("apps/v1", "Deployment", "default", "b"),
            obj("apps/v1", "Deployment", "apps", "z"),
            obj("apps/v1", "Deployment", "default", "a"),
            obj("v1", "Service", "default", "web"),
            obj("admissionregistration.k8s.io/v1", "MutatingWebhookConfiguration", "", "m"),
            obj("batch/v1", "Job", "default", "j"),
            obj("v1", "ConfigMap", "default", "c"),
            obj("networking.k8s.io/v1", "Ingress", "default", "i"),
            obj("v1", "ServiceAccount", "default", "sa"),
            obj("v1", "Namespace", "", "default"),
            obj("apiextensions.k8s.io/v1", "CustomResourceDefinition", "", "widgets.example.com"),
        ];
        sort(&mut objects);
        let order: Vec<String> = objects.iter().map(super::super::subject).collect();
        assert_eq!(
            order,
            [
                "CustomResourceDefinition/widgets.example.com",
                "Namespace/default",
                "ServiceAccount/default/sa",
                "ConfigMap/default/c",
                "Service/default/web",
                "Deployment/apps/z",
                "Deployment/default/a",
                "Deployment/default/b",
                // Unlisted kinds by group, then kind.
                "Job/default/j",
                "Widget/default/w",
                "Ingress/default/i",
                "MutatingWebhookConfiguration/m",
                "ValidatingWebhookConfiguration/v",
            ]
        );
    }
}

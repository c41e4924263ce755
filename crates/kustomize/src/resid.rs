//! Resource identities as kustomize computes them: group/version/kind, name and namespace.

use std::fmt;

/// The kinds kustomize knows to be cluster-scoped: its precomputed table for the Kubernetes 1.21
/// schema it embeds, by exact `apiVersion` and `kind`. Every other type (including newer built-in
/// ones, and custom resources) counts as namespaced, as in kustomize.
const CLUSTER_SCOPED: &[(&str, &str)] = &[
    ("admissionregistration.k8s.io/v1", "MutatingWebhookConfiguration"),
    ("admissionregistration.k8s.io/v1", "ValidatingWebhookConfiguration"),
    ("admissionregistration.k8s.io/v1beta1", "MutatingWebhookConfiguration"),
    ("admissionregistration.k8s.io/v1beta1", "ValidatingWebhookConfiguration"),
    ("apiextensions.k8s.io/v1", "CustomResourceDefinition"),
    ("apiextensions.k8s.io/v1beta1", "CustomResourceDefinition"),
    ("apiregistration.k8s.io/v1", "APIService"),
    ("apiregistration.k8s.io/v1beta1", "APIService"),
    ("certificates.k8s.io/v1", "CertificateSigningRequest"),
    ("certificates.k8s.io/v1beta1", "CertificateSigningRequest"),
    ("flowcontrol.apiserver.k8s.io/v1beta1", "FlowSchema"),
    ("flowcontrol.apiserver.k8s.io/v1beta1", "PriorityLevelConfiguration"),
    ("networking.k8s.io/v1", "IngressClass"),
    ("networking.k8s.io/v1beta1", "IngressClass"),
    ("node.k8s.io/v1", "RuntimeClass"),
    ("node.k8s.io/v1beta1", "RuntimeClass"),
    ("policy/v1beta1", "PodSecurityPolicy"),
    ("rbac.authorization.k8s.io/v1", "ClusterRole"),
    ("rbac.authorization.k8s.io/v1", "ClusterRoleBinding"),
    ("rbac.authorization.k8s.io/v1beta1", "ClusterRole"),
    ("rbac.authorization.k8s.io/v1beta1", "ClusterRoleBinding"),
    ("scheduling.k8s.io/v1", "PriorityClass"),
    ("scheduling.k8s.io/v1beta1", "PriorityClass"),
    ("storage.k8s.io/v1", "CSIDriver"),
    ("storage.k8s.io/v1", "CSINode"),
    ("storage.k8s.io/v1", "StorageClass"),
    ("storage.k8s.io/v1", "VolumeAttachment"),
    ("storage.k8s.io/v1beta1", "CSIDriver"),
    ("storage.k8s.io/v1beta1", "CSINode"),
    ("storage.k8s.io/v1beta1", "StorageClass"),
    ("storage.k8s.io/v1beta1", "VolumeAttachment"),
    ("v1", "ComponentStatus"),
    ("v1", "Namespace"),
    ("v1", "Node"),
    ("v1", "PersistentVolume"),
];

/// Group, version and kind.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, PartialOrd, Ord)]
pub struct Gvk {
    pub group: String,
    pub version: String,
    pub kind: String,
}

impl Gvk {
    /// From an `apiVersion` (`apps/v1`, `v1`) and a kind.
    pub fn from_api_version(api_version: &str, kind: &str) -> Gvk {
        let (group, version) = api_version.split_once('/').unwrap_or(("", api_version));
        Gvk { group: group.into(), version: version.into(), kind: kind.into() }
    }

    /// `apps/v1` or `v1`.
    pub fn api_version(&self) -> String {
        if self.group.is_empty() {
            self.version.clone()
        } else {
            format!("{}/{}", self.group, self.version)
        }
    }

    /// Whether kustomize treats the type as cluster-scoped (no namespace is added or compared).
    pub fn is_cluster_scoped(&self) -> bool {
        let api_version = self.api_version();
        CLUSTER_SCOPED.iter().any(|(v, k)| *k == self.kind && *v == api_version)
            || crate::openapi::cluster_scoped_by_schema(&api_version, &self.kind)
    }

    /// Whether this gvk matches a selector's (empty fields match anything).
    pub fn is_selected_by(&self, selector: &Gvk) -> bool {
        (selector.group.is_empty() || selector.group == self.group)
            && (selector.version.is_empty() || selector.version == self.version)
            && (selector.kind.is_empty() || selector.kind == self.kind)
    }
}

/// kustomize's spelling: `Kind.version.group` with `[noKind]`, `[noVer]`, `[noGrp]` for empty parts.
impl fmt::Display for Gvk {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let or = |s: &str, empty: &'static str| if s.is_empty() { empty.to_string() } else { s.to_string() };
        write!(f, "{}.{}.{}", or(&self.kind, "[noKind]"), or(&self.version, "[noVer]"), or(&self.group, "[noGrp]"))
    }
}

/// What kustomize identifies a resource by.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub struct ResId {
    pub gvk: Gvk,
    pub name: String,
    pub namespace: String,
}

impl ResId {
    /// The namespace kustomize compares ids by: none for cluster-scoped types, `default` for an
    /// empty one.
    pub fn effective_namespace(&self) -> &str {
        if self.gvk.is_cluster_scoped() {
            "_non_namespaceable_"
        } else if self.namespace.is_empty() {
            "default"
        } else {
            &self.namespace
        }
    }

    /// kustomize's id equality: same group, version, kind and name, and the same effective namespace.
    pub fn same_as(&self, other: &ResId) -> bool {
        self.gvk == other.gvk && self.name == other.name && self.effective_namespace() == other.effective_namespace()
    }
}

/// kustomize's spelling: `Kind.version.group/name.namespace` (`[noNs]` for no namespace).
impl fmt::Display for ResId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let ns = if self.namespace.is_empty() { "[noNs]" } else { &self.namespace };
        let name = if self.name.is_empty() { "[noName]" } else { &self.name };
        write!(f, "{}/{}.{}", self.gvk, name, ns)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_print_and_compare_as_kustomize_does() {
        let cm = ResId { gvk: Gvk::from_api_version("v1", "ConfigMap"), name: "a".into(), namespace: String::new() };
        assert_eq!(cm.to_string(), "ConfigMap.v1.[noGrp]/a.[noNs]");
        let in_default = ResId { namespace: "default".into(), ..cm.clone() };
        assert!(cm.same_as(&in_default));
        let ns = ResId { gvk: Gvk::from_api_version("v1", "Namespace"), name: "x".into(), namespace: "y".into() };
        assert!(ns.same_as(&ResId { namespace: String::new(), ..ns.clone() }));
        assert_eq!(Gvk::from_api_version("apps/v1", "Deployment").to_string(), "Deployment.v1.apps");
    }
}

//! The tree `flux-rs tree` prints: objects (namespace, name, group and kind) and the objects under them,
//! as upstream's `internal/tree`, in its text form and as JSON or YAML.

use serde::Serialize;

/// An object, serialised as cli-utils' `ObjMetadata` (Go field names, no JSON tags).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ObjMetadata {
    #[serde(rename = "Namespace")]
    pub namespace: String,
    #[serde(rename = "Name")]
    pub name: String,
    #[serde(rename = "GroupKind")]
    pub group_kind: GroupKind,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct GroupKind {
    #[serde(rename = "Group")]
    pub group: String,
    #[serde(rename = "Kind")]
    pub kind: String,
}

impl ObjMetadata {
    pub fn new(namespace: &str, name: &str, group: &str, kind: &str) -> ObjMetadata {
        ObjMetadata {
            namespace: namespace.to_string(),
            name: name.to_string(),
            group_kind: GroupKind { group: group.to_string(), kind: kind.to_string() },
        }
    }

    /// `Kind/namespace/name`, or `Kind/name` for cluster-scoped objects.
    pub fn text(&self) -> String {
        if self.namespace.is_empty() {
            format!("{}/{}", self.group_kind.kind, self.name)
        } else {
            format!("{}/{}/{}", self.group_kind.kind, self.namespace, self.name)
        }
    }
}

impl From<api::inventory::ObjectId> for ObjMetadata {
    fn from(id: api::inventory::ObjectId) -> ObjMetadata {
        ObjMetadata::new(&id.namespace, &id.name, &id.group, &id.kind)
    }
}

/// An object and the objects it manages.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Node {
    pub resource: ObjMetadata,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub resources: Vec<Node>,
}

const MIDDLE: &str = "├── ";
const LAST: &str = "└── ";
const CONTINUE: &str = "│   ";
const EMPTY: &str = "    ";

impl Node {
    pub fn new(resource: ObjMetadata) -> Node {
        Node { resource, resources: Vec::new() }
    }

    /// Adds a child and returns it, to add grandchildren.
    pub fn add(&mut self, resource: ObjMetadata) -> &mut Node {
        self.resources.push(Node::new(resource));
        let last = self.resources.len() - 1;
        &mut self.resources[last]
    }

    /// The tree drawn with box-drawing characters, one object a line, each line ending in a newline.
    ///
    /// ```text
    /// Kustomization/flux-system/flux-system
    /// ├── Kustomization/flux-system/infrastructure
    /// │   └── HelmRepository/cert-manager/cert-manager
    /// └── GitRepository/flux-system/flux-system
    /// ```
    pub fn print(&self) -> String {
        let mut out = format!("{}\n", self.resource.text());
        print_children(&self.resources, &mut Vec::new(), &mut out);
        out
    }

    /// `-o json`: Go's `json.MarshalIndent` with two spaces, in struct field order.
    pub fn to_json(&self) -> String {
        // Serialising plain strings and vectors cannot fail.
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// `-o yaml`: sigs.k8s.io/yaml's output (keys sorted).
    pub fn to_yaml(&self) -> String {
        yaml::to_string(&serde_json::to_value(self).unwrap_or_default())
    }
}

/// `last[i]`: whether the ancestor at depth `i` was the last of its siblings (its column stays empty).
fn print_children(nodes: &[Node], last: &mut Vec<bool>, out: &mut String) {
    for (i, node) in nodes.iter().enumerate() {
        let is_last = i + 1 == nodes.len();
        for &done in last.iter() {
            out.push_str(if done { EMPTY } else { CONTINUE });
        }
        out.push_str(if is_last { LAST } else { MIDDLE });
        out.push_str(&node.resource.text());
        out.push('\n');
        if !node.resources.is_empty() {
            last.push(is_last);
            print_children(&node.resources, last, out);
            last.pop();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Node {
        let mut root =
            Node::new(ObjMetadata::new("flux-system", "flux-system", "kustomize.toolkit.fluxcd.io", "Kustomization"));
        root.add(ObjMetadata::new("", "flux-system", "", "Namespace"));
        let infra = root.add(ObjMetadata::new("flux-system", "infra", "kustomize.toolkit.fluxcd.io", "Kustomization"));
        let hr = infra.add(ObjMetadata::new("apps", "podinfo", "helm.toolkit.fluxcd.io", "HelmRelease"));
        hr.add(ObjMetadata::new("apps", "podinfo", "apps", "Deployment"));
        infra.add(ObjMetadata::new("", "apps", "", "Namespace"));
        root.add(ObjMetadata::new("flux-system", "flux-system", "source.toolkit.fluxcd.io", "GitRepository"));
        root
    }

    #[test]
    fn text() {
        let want = "\
Kustomization/flux-system/flux-system
├── Namespace/flux-system
├── Kustomization/flux-system/infra
│   ├── HelmRelease/apps/podinfo
│   │   └── Deployment/apps/podinfo
│   └── Namespace/apps
└── GitRepository/flux-system/flux-system
";
        assert_eq!(sample().print(), want);
        assert_eq!(
            Node::new(ObjMetadata::new("ns", "empty", "g", "Kustomization")).print(),
            "Kustomization/ns/empty\n"
        );
    }

    #[test]
    fn json_and_yaml_use_go_field_names() {
        let mut root = Node::new(ObjMetadata::new("ns", "root", "kustomize.toolkit.fluxcd.io", "Kustomization"));
        root.add(ObjMetadata::new("", "ns", "", "Namespace"));
        let json = root.to_json();
        assert!(json.starts_with("{\n  \"resource\": {\n    \"Namespace\": \"ns\",\n    \"Name\": \"root\",\n    \"GroupKind\": {\n      \"Group\": \"kustomize.toolkit.fluxcd.io\",\n"), "{json}");
        assert!(!json.contains("\"resources\": []"), "empty children are omitted: {json}");
        let yaml = root.to_yaml();
        assert!(yaml.starts_with("resource:\n  GroupKind:\n    Group: kustomize.toolkit.fluxcd.io\n    Kind: Kustomization\n  Name: root\n  Namespace: ns\nresources:\n- resource:\n    GroupKind:\n      Group: \"\"\n"), "{yaml}");
    }
}

//! Field specs: "this field, in resources of this type" — how kustomize's transformers know where
//! labels, annotations, namespaces and names live — and the walk that visits those fields.

use serde::Deserialize;
use yaml::node::{Map, Node, Scalar, Tag};

use crate::resid::Gvk;

/// One field spec, as written under `labels[].fields`, in `configurations` files and in
/// kustomize's built-in tables.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FieldSpec {
    #[serde(default)]
    pub group: String,
    #[serde(default)]
    pub version: String,
    #[serde(default)]
    pub kind: String,
    #[serde(default)]
    pub path: String,
    #[serde(default)]
    pub create: bool,
}

impl FieldSpec {
    /// A spec for every type.
    pub fn any(path: &str, create: bool) -> FieldSpec {
        FieldSpec { path: path.into(), create, ..FieldSpec::default() }
    }

    /// The type the spec selects (empty parts select anything).
    pub fn gvk(&self) -> Gvk {
        Gvk { group: self.group.clone(), version: self.version.clone(), kind: self.kind.clone() }
    }

    /// Whether the spec applies to a resource of type `gvk`.
    pub fn selects(&self, gvk: &Gvk) -> bool {
        gvk.is_selected_by(&self.gvk())
    }

    /// The path's segments: `/` separates them, `\/` is a slash inside one.
    pub fn segments(&self) -> Vec<String> {
        split_path(&self.path)
    }
}

/// kustomize's path splitting: on `/`, a leading `/` ignored, `\/` kept as a slash.
pub fn split_path(path: &str) -> Vec<String> {
    let mut parts: Vec<&str> = path.split('/').collect();
    if parts.len() > 1 && parts[0].is_empty() {
        parts.remove(0);
    }
    let mut out: Vec<String> = Vec::with_capacity(parts.len());
    for part in parts {
        match out.last_mut() {
            Some(last) if last.ends_with('\\') => {
                last.pop();
                last.push('/');
                last.push_str(part);
            }
            _ => out.push(part.to_string()),
        }
    }
    out
}

/// What the walk creates at the end of a missing path when the spec says `create: true`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Create {
    /// Nothing: missing fields are left missing whatever the spec says.
    Nothing,
    /// A `!!str` scalar (names, namespaces).
    Scalar,
    /// A mapping (labels, annotations).
    Map,
}

/// Visits the fields `spec` names in `obj` (a resource of type `gvk`), creating them as `create`
/// says when the spec allows it, and calls `set` on each one found. Sequences along the path are
/// walked element by element.
///
/// # Errors
/// A path that runs into a scalar, an empty segment, or what `set` returns.
pub fn walk(
    spec: &FieldSpec,
    gvk: &Gvk,
    obj: &mut Node,
    create: Create,
    set: &mut dyn FnMut(&mut Node) -> Result<(), String>,
) -> Result<(), String> {
    if !spec.selects(gvk) {
        return Ok(());
    }
    let segments = spec.segments();
    visit(&segments, spec.create, obj, create, set).map_err(|e| format!("considering field '{}': {e}", spec.path))
}

/// [`walk`] along a path already split into segments, without the type check and the message's
/// context (for transformers that walk the same paths many times).
pub(crate) fn visit(
    path: &[String],
    allow_create: bool,
    node: &mut Node,
    create: Create,
    set: &mut dyn FnMut(&mut Node) -> Result<(), String>,
) -> Result<(), String> {
    let Some((first, rest)) = path.split_first() else {
        return set(node);
    };
    match node {
        Node::Scalar(s) if s.tag == Tag::Null => Ok(()),
        Node::Seq(items) => items.iter_mut().try_for_each(|item| visit(path, allow_create, item, create, set)),
        Node::Map(map) => {
            let (name, is_seq) = match first.strip_suffix("[]") {
                Some(name) => (name, true),
                None => (first.as_str(), false),
            };
            if name.is_empty() {
                return Err("cannot set or create an empty field name".into());
            }
            let creating = allow_create && create != Create::Nothing && !is_seq;
            let wanted = if !creating {
                None
            } else if rest.is_empty() && create == Create::Scalar {
                Some(Node::Scalar(Scalar::string("")))
            } else {
                Some(Node::Map(Map::default()))
            };
            let index = match map.entries.iter().position(|(k, _)| k.value == name) {
                Some(i) => i,
                None => match wanted.clone() {
                    Some(new) => {
                        map.entries.push((Scalar::string(name), new));
                        map.entries.len() - 1
                    }
                    None => return Ok(()),
                },
            };
            let field = &mut map.entries[index].1;
            // An explicit null becomes the collection the path needs when creating.
            if let (Node::Scalar(s), Some(new)) = (&*field, &wanted) {
                if s.tag == Tag::Null && !matches!(new, Node::Scalar(_)) {
                    *field = new.clone();
                }
            }
            // A `[]` segment is a hint kustomize follows even when not creating: a null there
            // becomes an empty sequence (printed `[]`).
            if is_seq && matches!(field, Node::Scalar(s) if s.tag == Tag::Null) {
                *field = Node::Seq(Vec::new());
                return Ok(());
            }
            visit(rest, allow_create, field, create, set)
        }
        Node::Scalar(_) => Err("expected sequence or mapping node".into()),
    }
}

/// A built-in table row: kind, group, version, path, create.
type Row = (&'static str, &'static str, &'static str, &'static str, bool);

fn table(rows: &[Row]) -> Vec<FieldSpec> {
    rows.iter()
        .map(|(kind, group, version, path, create)| FieldSpec {
            group: group.to_string(),
            version: version.to_string(),
            kind: kind.to_string(),
            path: path.to_string(),
            create: *create,
        })
        .collect()
}

/// Where labels go on resources and pod templates (kustomize's `metadataLabels` table, which is
/// also its `templateLabels`).
const METADATA_LABELS: &[Row] = &[
    ("", "", "", "metadata/labels", true),
    ("ReplicationController", "", "v1", "spec/template/metadata/labels", true),
    ("Deployment", "", "", "spec/template/metadata/labels", true),
    ("ReplicaSet", "", "", "spec/template/metadata/labels", true),
    ("DaemonSet", "", "", "spec/template/metadata/labels", true),
    ("StatefulSet", "apps", "", "spec/template/metadata/labels", true),
    ("StatefulSet", "apps", "", "spec/volumeClaimTemplates[]/metadata/labels", true),
    ("Job", "batch", "", "spec/template/metadata/labels", true),
    ("CronJob", "batch", "", "spec/jobTemplate/metadata/labels", true),
    ("CronJob", "batch", "", "spec/jobTemplate/spec/template/metadata/labels", true),
];

/// Selectors that `commonLabels` (and `labels` with `includeSelectors`) also extend.
const SELECTOR_LABELS: &[Row] = &[
    ("Service", "", "v1", "spec/selector", true),
    ("ReplicationController", "", "v1", "spec/selector", true),
    ("Deployment", "", "", "spec/selector/matchLabels", true),
    ("Deployment", "apps", "", "spec/template/spec/affinity/podAffinity/preferredDuringSchedulingIgnoredDuringExecution/podAffinityTerm/labelSelector/matchLabels", false),
    ("Deployment", "apps", "", "spec/template/spec/affinity/podAffinity/requiredDuringSchedulingIgnoredDuringExecution/labelSelector/matchLabels", false),
    ("Deployment", "apps", "", "spec/template/spec/affinity/podAntiAffinity/preferredDuringSchedulingIgnoredDuringExecution/podAffinityTerm/labelSelector/matchLabels", false),
    ("Deployment", "apps", "", "spec/template/spec/affinity/podAntiAffinity/requiredDuringSchedulingIgnoredDuringExecution/labelSelector/matchLabels", false),
    ("Deployment", "apps", "", "spec/template/spec/topologySpreadConstraints/labelSelector/matchLabels", false),
    ("ReplicaSet", "", "", "spec/selector/matchLabels", true),
    ("DaemonSet", "", "", "spec/selector/matchLabels", true),
    ("StatefulSet", "apps", "", "spec/selector/matchLabels", true),
    ("StatefulSet", "apps", "", "spec/template/spec/affinity/podAffinity/preferredDuringSchedulingIgnoredDuringExecution/podAffinityTerm/labelSelector/matchLabels", false),
    ("StatefulSet", "apps", "", "spec/template/spec/affinity/podAffinity/requiredDuringSchedulingIgnoredDuringExecution/labelSelector/matchLabels", false),
    ("StatefulSet", "apps", "", "spec/template/spec/affinity/podAntiAffinity/preferredDuringSchedulingIgnoredDuringExecution/podAffinityTerm/labelSelector/matchLabels", false),
    ("StatefulSet", "apps", "", "spec/template/spec/affinity/podAntiAffinity/requiredDuringSchedulingIgnoredDuringExecution/labelSelector/matchLabels", false),
    ("StatefulSet", "apps", "", "spec/template/spec/topologySpreadConstraints/labelSelector/matchLabels", false),
    ("Job", "batch", "", "spec/selector/matchLabels", false),
    ("CronJob", "batch", "", "spec/jobTemplate/spec/selector/matchLabels", false),
    ("PodDisruptionBudget", "policy", "", "spec/selector/matchLabels", false),
    ("NetworkPolicy", "networking.k8s.io", "", "spec/podSelector/matchLabels", false),
    ("NetworkPolicy", "networking.k8s.io", "", "spec/ingress/from/podSelector/matchLabels", false),
    ("NetworkPolicy", "networking.k8s.io", "", "spec/egress/to/podSelector/matchLabels", false),
];

/// Where `commonAnnotations` go.
const COMMON_ANNOTATIONS: &[Row] = &[
    ("", "", "", "metadata/annotations", true),
    ("ReplicationController", "", "v1", "spec/template/metadata/annotations", true),
    ("Deployment", "", "", "spec/template/metadata/annotations", true),
    ("ReplicaSet", "", "", "spec/template/metadata/annotations", true),
    ("DaemonSet", "", "", "spec/template/metadata/annotations", true),
    ("StatefulSet", "", "", "spec/template/metadata/annotations", true),
    ("Job", "batch", "", "spec/template/metadata/annotations", true),
    ("CronJob", "batch", "", "spec/jobTemplate/metadata/annotations", true),
    ("CronJob", "batch", "", "spec/jobTemplate/spec/template/metadata/annotations", true),
];

/// Where `namespace` goes besides `metadata.namespace`.
const NAMESPACE: &[Row] = &[
    ("Namespace", "", "", "metadata/name", true),
    ("APIService", "apiregistration.k8s.io", "", "spec/service/namespace", true),
    (
        "CustomResourceDefinition",
        "apiextensions.k8s.io",
        "",
        "spec/conversion/webhook/clientConfig/service/namespace",
        false,
    ),
];

/// Where kustomize's built-in transformers look: its default tables ([`TransformerConfig::builtin`]),
/// extended by `configurations` and `crds` (see `config.rs`). The default value has no specs.
#[derive(Debug, Clone, Default)]
pub struct TransformerConfig {
    pub name_prefix: Vec<FieldSpec>,
    pub name_suffix: Vec<FieldSpec>,
    /// `commonLabels`: metadata, templates and selectors.
    pub common_labels: Vec<FieldSpec>,
    /// Metadata and templates, without selectors.
    pub template_labels: Vec<FieldSpec>,
    pub common_annotations: Vec<FieldSpec>,
    pub namespace: Vec<FieldSpec>,
    /// Where names of other resources are (`nameReference`).
    pub name_reference: Vec<crate::transform::nameref::BackReference>,
    /// Where `$(VAR)` is replaced (`varReference`).
    pub var_reference: Vec<FieldSpec>,
    /// Extra fields every `labels` entry sets (`labels`; none built in).
    pub labels: Vec<FieldSpec>,
    /// Where images are (`images`).
    pub images: Vec<FieldSpec>,
    /// Where replica counts are (`replicas`).
    pub replicas: Vec<FieldSpec>,
}

impl TransformerConfig {
    /// kustomize's built-in tables, in their written order (merging sorts them).
    pub fn builtin() -> TransformerConfig {
        let mut common_labels = table(SELECTOR_LABELS);
        common_labels.extend(table(METADATA_LABELS));
        TransformerConfig {
            name_prefix: vec![FieldSpec::any("metadata/name", false)],
            name_suffix: vec![FieldSpec::any("metadata/name", false)],
            common_labels,
            template_labels: table(METADATA_LABELS),
            common_annotations: table(COMMON_ANNOTATIONS),
            namespace: table(NAMESPACE),
            name_reference: crate::transform::nameref::builtin(),
            var_reference: crate::transform::vars::builtin(),
            labels: Vec::new(),
            images: crate::transform::images::builtin(),
            replicas: crate::transform::replicas::builtin(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_split_on_unescaped_slashes() {
        assert_eq!(split_path("spec/template/metadata"), ["spec", "template", "metadata"]);
        assert_eq!(split_path("/metadata/name"), ["metadata", "name"]);
        assert_eq!(split_path(r"metadata/annotations/a.io\/b"), ["metadata", "annotations", "a.io/b"]);
    }
}

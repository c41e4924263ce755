//! Which resources a patch's `target` selects: group, version, kind, name and namespace as
//! anchored regular expressions, and label and annotation selectors in Kubernetes' syntax — as
//! kustomize's `resmap.Select` does it.

use regex::Regex;
use yaml::node::Node;

use crate::kustomization;
use crate::labelselector::LabelSelector;
use crate::node;
use crate::resource::Resource;

/// A compiled `target`.
pub(crate) struct Selector {
    group: Option<Regex>,
    version: Option<Regex>,
    kind: Option<Regex>,
    name: Option<Regex>,
    namespace: Option<Regex>,
    labels: String,
    annotations: String,
}

/// kustomize's `anchorRegex`: the whole text must match; an empty pattern matches anything.
fn anchored(pattern: &str) -> Result<Option<Regex>, String> {
    if pattern.is_empty() {
        return Ok(None);
    }
    Regex::new(&format!("^(?:{pattern})$"))
        .map(Some)
        .map_err(|e| format!("invalid regular expression '{pattern}' in a patch target: {}", one_line(&e.to_string())))
}

fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn matches(regex: &Option<Regex>, text: &str) -> bool {
    regex.as_ref().is_none_or(|r| r.is_match(text))
}

impl Selector {
    /// Compiles a `target`.
    ///
    /// # Errors
    /// A field that is not a valid regular expression.
    pub fn new(s: &kustomization::Selector) -> Result<Selector, String> {
        Ok(Selector {
            group: anchored(&s.group)?,
            version: anchored(&s.version)?,
            kind: anchored(&s.kind)?,
            name: anchored(&s.name)?,
            namespace: anchored(&s.namespace)?,
            labels: s.label_selector.clone(),
            annotations: s.annotation_selector.clone(),
        })
    }

    /// The indices of the resources selected, in order. The namespace and the name may match the
    /// resource's current id or its original one (before prefixes, suffixes and namespaces); the
    /// type is the current one.
    ///
    /// # Errors
    /// An invalid label or annotation selector (reported, as kustomize does, only once a resource
    /// gets that far).
    pub fn select(&self, resources: &[Resource]) -> Result<Vec<usize>, String> {
        let mut labels: Option<LabelSelector> = None;
        let mut annotations: Option<LabelSelector> = None;
        let mut out = Vec::new();
        for (i, resource) in resources.iter().enumerate() {
            let current = resource.id();
            let original = resource.previous.first().unwrap_or(&current);
            if !matches(&self.namespace, original.effective_namespace())
                && !matches(&self.namespace, current.effective_namespace())
            {
                continue;
            }
            if !matches(&self.name, &original.name) && !matches(&self.name, &current.name) {
                continue;
            }
            let gvk = &current.gvk;
            if !(matches(&self.group, &gvk.group)
                && matches(&self.version, &gvk.version)
                && matches(&self.kind, &gvk.kind))
            {
                continue;
            }
            let labels = match &labels {
                Some(l) => l,
                None => labels.insert(
                    LabelSelector::parse(&self.labels)
                        .map_err(|e| format!("invalid labelSelector '{}' in a patch target: {e}", self.labels))?,
                ),
            };
            if !labels.matches(&metadata_map(&resource.node, "labels")) {
                continue;
            }
            let annotations = match &annotations {
                Some(a) => a,
                None => annotations.insert(LabelSelector::parse(&self.annotations).map_err(|e| {
                    format!("invalid annotationSelector '{}' in a patch target: {e}", self.annotations)
                })?),
            };
            if !annotations.matches(&metadata_map(&resource.node, "annotations")) {
                continue;
            }
            out.push(i);
        }
        Ok(out)
    }
}

/// `metadata.labels` or `metadata.annotations` as kyaml reads them: each key with its value's text.
fn metadata_map<'a>(resource: &'a Node, field: &str) -> Vec<(&'a str, &'a str)> {
    match node::get_path(resource, &["metadata", field]) {
        Some(Node::Map(m)) => m.entries.iter().map(|(k, v)| (k.value.as_str(), super::scalar::text(v))).collect(),
        _ => Vec::new(),
    }
}

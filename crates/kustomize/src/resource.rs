//! One resource of a build: its nodes, and what kustomize remembers about it along the way.

use std::path::PathBuf;

use yaml::node::Node;

use crate::node;
use crate::resid::{Gvk, ResId};

/// A resource: a go-yaml v3 mapping plus the bookkeeping name references need.
#[derive(Debug, Clone)]
pub struct Resource {
    pub(crate) node: Node,
    /// The file it was read from, for messages.
    pub(crate) file: Option<PathBuf>,
    /// Its ids before each rename or namespace change, oldest first (kustomize's
    /// `previousNames`/`previousNamespaces`/`previousKinds` build annotations).
    pub(crate) previous: Vec<ResId>,
    /// The name prefixes and suffixes added to it, outermost last (`prefixes`/`suffixes`).
    pub(crate) prefixes: Vec<String>,
    pub(crate) suffixes: Vec<String>,
    /// The last alias number given to a node shared between fields (see `yaml::node::Scalar::alias`).
    pub(crate) last_alias: u32,
    /// Made by a generator that wants a name-suffix hash (`needsHashSuffix`): the hash is added at
    /// the top of the build, however deep the generator was.
    pub(crate) needs_hash: bool,
    /// The `vars` that name this resource (kustomize's `refVarNames`).
    pub(crate) ref_var_names: Vec<String>,
}

/// kustomize's mark on a resource whose name gets a content hash (also honoured when a manifest
/// carries it, with the value `enabled`).
pub(crate) const NEEDS_HASH_ANNOTATION: &str = "internal.config.kubernetes.io/needsHashSuffix";

/// The annotations kustomize keeps its bookkeeping in and removes from every resource before
/// printing (its `BuildAnnotations`); a manifest that carries them loses them too.
pub(crate) const BUILD_ANNOTATIONS: [&str; 18] = [
    "internal.config.kubernetes.io/previousKinds",
    "internal.config.kubernetes.io/previousNames",
    "internal.config.kubernetes.io/prefixes",
    "internal.config.kubernetes.io/suffixes",
    "internal.config.kubernetes.io/previousNamespaces",
    "internal.config.kubernetes.io/allowNameChange",
    "internal.config.kubernetes.io/allowKindChange",
    "internal.config.kubernetes.io/refBy",
    "internal.config.kubernetes.io/generatorBehavior",
    NEEDS_HASH_ANNOTATION,
    "internal.config.kubernetes.io/path",
    "internal.config.kubernetes.io/index",
    "internal.config.kubernetes.io/seqindent",
    "internal.config.kubernetes.io/id",
    "internal.config.kubernetes.io/annotations-migration-resource-id",
    "config.kubernetes.io/path",
    "config.kubernetes.io/index",
    "config.k8s.io/id",
];

impl Resource {
    pub(crate) fn new(node: Node, file: Option<PathBuf>) -> Resource {
        Resource {
            node,
            file,
            previous: Vec::new(),
            prefixes: Vec::new(),
            suffixes: Vec::new(),
            last_alias: 0,
            needs_hash: false,
            ref_var_names: Vec::new(),
        }
    }

    /// The resource's nodes.
    pub fn node(&self) -> &Node {
        &self.node
    }

    /// `apiVersion` and `kind`.
    pub fn gvk(&self) -> Gvk {
        Gvk::from_api_version(node::str_at(&self.node, &["apiVersion"]), node::str_at(&self.node, &["kind"]))
    }

    /// `metadata.name`.
    pub fn name(&self) -> &str {
        node::str_at(&self.node, &["metadata", "name"])
    }

    /// `metadata.namespace`.
    pub fn namespace(&self) -> &str {
        node::str_at(&self.node, &["metadata", "namespace"])
    }

    /// The current id.
    pub fn id(&self) -> ResId {
        ResId { gvk: self.gvk(), name: self.name().to_string(), namespace: self.namespace().to_string() }
    }

    /// A new alias number for a node about to be set at several fields.
    pub(crate) fn new_alias(&mut self) -> u32 {
        self.last_alias += 1;
        self.last_alias
    }

    /// Remembers the current id before a change of name or namespace.
    pub(crate) fn store_previous_id(&mut self) {
        let mut id = self.id();
        id.namespace = id.effective_namespace().to_string();
        self.previous.push(id);
    }

    /// The text of an annotation (the scalar as written, whatever its type).
    pub fn annotation(&self, key: &str) -> Option<&str> {
        node::get_path(&self.node, &["metadata", "annotations", key]).and_then(node::text)
    }

    /// The resource as JSON, the way kustomize marshals it before printing.
    ///
    /// # Errors
    /// What go-yaml v3 or Go's JSON encoder refuse (duplicate keys, `.inf`, …).
    pub fn to_json(&self) -> Result<serde_json::Value, crate::Error> {
        self.node.to_json().map_err(|e| crate::Error::Output { id: self.id().to_string(), message: e.to_string() })
    }
}

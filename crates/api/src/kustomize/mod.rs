//! `kustomize.toolkit.fluxcd.io/v1`: the Kustomization applier, and the kustomize vocabulary (patches,
//! images, selectors) it shares with HelmRelease post-renderers.

mod kustomization;

pub use kustomization::*;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The API group of the Kustomization kind.
pub const GROUP: &str = "kustomize.toolkit.fluxcd.io";
/// The API version of the Kustomization kind.
pub const VERSION: &str = "v1";

/// A strategic merge or JSON 6902 patch, applied to the objects matching `target`.
#[derive(Serialize, Deserialize, JsonSchema, Clone, Debug, Default, PartialEq, Eq)]
pub struct Patch {
    /// The patch, inline YAML or JSON.
    pub patch: String,
    /// The objects to patch (default: those the patch names).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<Selector>,
}

/// Selects objects by group, version, kind, name, namespace and label or annotation selectors.
#[derive(Serialize, Deserialize, JsonSchema, Clone, Debug, Default, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct Selector {
    /// The API group (a regular expression).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
    /// The API version (a regular expression).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
    /// The kind (a regular expression).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// The name (a regular expression).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The namespace (a regular expression).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub namespace: Option<String>,
    /// An annotation selector, in label selector syntax.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub annotation_selector: Option<String>,
    /// A label selector.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label_selector: Option<String>,
}

/// An image override: every container image named `name` gets a new name, tag or digest.
#[derive(Serialize, Deserialize, JsonSchema, Clone, Debug, Default, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct Image {
    /// The image name to match, without tag.
    pub name: String,
    /// The replacement name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub new_name: Option<String>,
    /// The replacement tag.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub new_tag: Option<String>,
    /// The replacement digest; it wins over `newTag`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub digest: Option<String>,
}

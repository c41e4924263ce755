//! The kustomization file: `kustomization.yaml`, `kustomization.yml` or `Kustomization`.
//!
//! kustomize reads it with sigs.k8s.io/yaml (YAML 1.1, so `yes` is `true` here, unlike in resources)
//! into its Go struct with unknown fields refused; [`Kustomization::parse`] does the same with serde.

use std::collections::BTreeMap;

use serde::Deserialize;
use serde_json::Value;

use crate::generate::{nullable, ConfigMapArgs, GeneratorArgs, GeneratorOptions};

/// The file names kustomize recognises, in the order it tries them.
pub const FILE_NAMES: [&str; 3] = ["kustomization.yaml", "kustomization.yml", "Kustomization"];

/// A kustomization (or a component), after its legacy fields have been folded into current ones.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Kustomization {
    #[serde(default)]
    pub api_version: String,
    #[serde(default)]
    pub kind: String,
    #[serde(default)]
    pub metadata: Option<Value>,
    #[serde(default)]
    pub openapi: BTreeMap<String, String>,
    #[serde(default)]
    pub name_prefix: String,
    #[serde(default)]
    pub name_suffix: String,
    #[serde(default)]
    pub namespace: String,
    #[serde(default)]
    pub common_labels: Option<BTreeMap<String, String>>,
    #[serde(default)]
    pub labels: Vec<Label>,
    #[serde(default)]
    pub common_annotations: Option<BTreeMap<String, String>>,
    #[serde(default)]
    pub patches_strategic_merge: Option<Vec<String>>,
    #[serde(default, rename = "patchesJson6902")]
    pub patches_json6902: Option<Vec<Patch>>,
    #[serde(default)]
    pub patches: Vec<Patch>,
    #[serde(default)]
    pub images: Vec<Image>,
    #[serde(default)]
    pub image_tags: Option<Vec<Image>>,
    #[serde(default)]
    pub replacements: Vec<crate::transform::replacements::ReplacementField>,
    #[serde(default)]
    pub replicas: Vec<Replica>,
    #[serde(default)]
    pub vars: Option<Vec<crate::transform::vars::Var>>,
    #[serde(default)]
    pub sort_options: Option<SortOptions>,
    #[serde(default)]
    pub resources: Vec<String>,
    #[serde(default)]
    pub components: Vec<String>,
    #[serde(default)]
    pub crds: Vec<String>,
    #[serde(default)]
    pub bases: Option<Vec<String>>,
    #[serde(default, deserialize_with = "nullable")]
    pub config_map_generator: Vec<ConfigMapArgs>,
    #[serde(default, deserialize_with = "nullable")]
    pub secret_generator: Vec<GeneratorArgs>,
    #[serde(default)]
    pub helm_globals: Option<Value>,
    #[serde(default)]
    pub helm_charts: Vec<Value>,
    #[serde(default)]
    pub helm_chart_inflation_generator: Vec<Value>,
    #[serde(default)]
    pub generator_options: Option<GeneratorOptions>,
    #[serde(default)]
    pub configurations: Vec<String>,
    #[serde(default, deserialize_with = "nullable")]
    pub generators: Vec<String>,
    #[serde(default, deserialize_with = "nullable")]
    pub transformers: Vec<String>,
    #[serde(default, deserialize_with = "nullable")]
    pub validators: Vec<String>,
    #[serde(default)]
    pub build_metadata: Vec<String>,
}

/// An entry of `labels`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Label {
    #[serde(default)]
    pub pairs: BTreeMap<String, String>,
    #[serde(default)]
    pub include_selectors: bool,
    #[serde(default)]
    pub include_templates: bool,
    #[serde(default)]
    pub fields: Vec<crate::fieldspec::FieldSpec>,
}

/// An entry of `patches` (and of the legacy `patchesJson6902`).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Patch {
    #[serde(default)]
    pub path: String,
    #[serde(default)]
    pub patch: String,
    #[serde(default)]
    pub target: Option<Selector>,
    #[serde(default)]
    pub options: BTreeMap<String, bool>,
}

/// A `target` of a patch, or a selector of a replacement.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Selector {
    #[serde(default)]
    pub group: String,
    #[serde(default)]
    pub version: String,
    #[serde(default)]
    pub kind: String,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub namespace: String,
    #[serde(default)]
    pub annotation_selector: String,
    #[serde(default)]
    pub label_selector: String,
}

/// An entry of `images`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Image {
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub new_name: String,
    #[serde(default)]
    pub tag_suffix: String,
    #[serde(default)]
    pub new_tag: String,
    #[serde(default)]
    pub digest: String,
}

/// An entry of `replicas`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Replica {
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub count: i64,
}

/// `sortOptions`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SortOptions {
    #[serde(default)]
    pub order: String,
    #[serde(default)]
    pub legacy_sort_options: Option<LegacySortOptions>,
}

/// `sortOptions.legacySortOptions`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct LegacySortOptions {
    #[serde(default)]
    pub order_first: Vec<String>,
    #[serde(default)]
    pub order_last: Vec<String>,
}

/// `kind` of a kustomization.
pub const KUSTOMIZATION_KIND: &str = "Kustomization";
/// `kind` of a component.
pub const COMPONENT_KIND: &str = "Component";
const KUSTOMIZATION_VERSION: &str = "kustomize.config.k8s.io/v1beta1";
const COMPONENT_VERSION: &str = "kustomize.config.k8s.io/v1alpha1";

impl Kustomization {
    /// Reads a kustomization file, folds the legacy fields in and checks `kind` and `apiVersion`.
    /// Returns the deprecation warnings kustomize prints on stderr.
    ///
    /// # Errors
    /// Invalid YAML, unknown fields, wrong value types, an empty file, a wrong kind or apiVersion;
    /// the message is one line without the file name (the caller adds it).
    pub fn parse(text: &[u8]) -> Result<(Kustomization, Vec<String>), String> {
        let text = std::str::from_utf8(text).map_err(|_| "the file is not UTF-8".to_string())?;
        let value = yaml::from_str(text).map_err(|e| e.to_string())?;
        if value.as_object().is_some_and(|o| o.keys().all(|k| k == "apiVersion" || k == "kind")) || value.is_null() {
            return Err("kustomization.yaml is empty".into());
        }
        let mut k: Kustomization = serde_json::from_value(value).map_err(|e| json_message(&e))?;
        let warnings = k.deprecations();
        k.fix();
        k.enforce()?;
        Ok((k, warnings))
    }

    /// Whether this is a component (`kind: Component`).
    pub fn is_component(&self) -> bool {
        self.kind == COMPONENT_KIND
    }

    fn deprecations(&self) -> Vec<String> {
        let fix = "Run 'kustomize edit fix' to update your Kustomization automatically.";
        let mut out = Vec::new();
        let mut warn = |present: bool, old: &str, new: &str, fix: &str| {
            if present {
                out.push(format!("# Warning: '{old}' is deprecated. Please use '{new}' instead. {fix}"));
            }
        };
        warn(self.bases.is_some(), "bases", "resources", fix);
        warn(self.common_labels.is_some(), "commonLabels", "labels", fix);
        warn(self.image_tags.is_some(), "imageTags", "images", fix);
        warn(self.patches_json6902.is_some(), "patchesJson6902", "patches", fix);
        warn(self.patches_strategic_merge.is_some(), "patchesStrategicMerge", "patches", fix);
        let experimental = format!("[EXPERIMENTAL] {fix}");
        warn(self.vars.is_some(), "vars", "replacements", &experimental);
        out
    }

    /// kustomize's `FixKustomization`: defaults for kind and apiVersion, `bases` into `resources`,
    /// `imageTags` into `images`.
    fn fix(&mut self) {
        if self.kind.is_empty() {
            self.kind = KUSTOMIZATION_KIND.into();
        }
        if self.api_version.is_empty() {
            self.api_version = if self.is_component() { COMPONENT_VERSION } else { KUSTOMIZATION_VERSION }.to_string();
        }
        if let Some(bases) = self.bases.take() {
            self.resources.extend(bases);
        }
        if let Some(tags) = self.image_tags.take() {
            self.images.extend(tags);
        }
    }

    fn enforce(&self) -> Result<(), String> {
        let mut errors = Vec::new();
        if self.kind != KUSTOMIZATION_KIND && self.kind != COMPONENT_KIND {
            errors.push(format!("kind should be {KUSTOMIZATION_KIND} or {COMPONENT_KIND}"));
        }
        let required = if self.is_component() { COMPONENT_VERSION } else { KUSTOMIZATION_VERSION };
        if self.api_version != required {
            errors.push(format!("apiVersion for {} should be {required}", self.kind));
        }
        if errors.is_empty() {
            Ok(())
        } else {
            Err(errors.join("; "))
        }
    }
}

/// serde's message for a value of the wrong shape, without its line/column suffix (the value was
/// converted from YAML, the positions would be meaningless).
pub(crate) fn json_message(e: &serde_json::Error) -> String {
    let text = e.to_string();
    let end = [" at line ", ", expected one of "].iter().filter_map(|cut| text.find(cut)).min();
    text[..end.unwrap_or(text.len())].to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn legacy_fields_fold_into_current_ones() {
        let (k, warnings) =
            Kustomization::parse(b"bases: [../base]\nresources: [a.yaml]\nimageTags: [{name: x}]\n").unwrap();
        assert_eq!(k.resources, ["a.yaml", "../base"]);
        assert_eq!(k.images.len(), 1);
        assert_eq!(k.kind, "Kustomization");
        assert_eq!(k.api_version, "kustomize.config.k8s.io/v1beta1");
        assert_eq!(warnings.len(), 2);
        assert!(warnings[0].starts_with("# Warning: 'bases' is deprecated. Please use 'resources' instead."));
    }

    #[test]
    fn bad_files_say_why() {
        assert_eq!(Kustomization::parse(b"").unwrap_err(), "kustomization.yaml is empty");
        assert_eq!(Kustomization::parse(b"kind: Kustomization\n").unwrap_err(), "kustomization.yaml is empty");
        assert_eq!(Kustomization::parse(b"resourcez: [a]\n").unwrap_err(), "unknown field `resourcez`");
        assert_eq!(
            Kustomization::parse(b"kind: Component\nresources: [a]\n").unwrap().0.api_version,
            "kustomize.config.k8s.io/v1alpha1"
        );
        assert_eq!(
            Kustomization::parse(b"kind: Thing\nresources: [a]\n").unwrap_err(),
            "kind should be Kustomization or Component"
        );
    }
}

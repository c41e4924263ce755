//! The built-in plugins a configuration can name (`apiVersion: builtin`, `kind: <plugin>`), their
//! configuration fields, and the engine's transformer or generator each one becomes.
//!
//! Configurations are read leniently ([`super::lenient`]); each plugin then checks what kustomize's
//! `Config` checks and loads what it loads (patch files, replacement files), so that a broken
//! configuration fails before anything runs.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;
use serde_json::Value;

use crate::fieldspec::FieldSpec;
use crate::fs::Loader;
use crate::generate::{GeneratorArgs, GeneratorOptions, Kind as GeneratedKind};
use crate::kustomization::{self, Kustomization};
use crate::transform::namespace::Subjects;
use crate::transform::patch::Patches;
use crate::transform::replacements::{self, Replacement, ReplacementField};
use crate::transform::valueadd::{self, ValueAdd};

use super::lenient::{from_value, from_value_as, Flavor};

/// What a configured plugin does.
pub(crate) enum Action {
    Labels {
        entries: BTreeMap<String, String>,
        specs: Vec<FieldSpec>,
    },
    Annotations {
        entries: BTreeMap<String, String>,
        specs: Vec<FieldSpec>,
    },
    Namespace {
        namespace: String,
        unset_only: bool,
        subjects: Subjects,
        specs: Vec<FieldSpec>,
    },
    /// Prefix and suffix; `PrefixSuffixTransformer` is both, the prefix first.
    Affixes {
        prefix: Option<String>,
        suffix: Option<String>,
        specs: Vec<FieldSpec>,
    },
    /// `PatchTransformer`, `PatchStrategicMergeTransformer`, `PatchJson6902Transformer`.
    Patches(Box<Patches>),
    Replacements(Vec<Replacement>),
    /// `HashTransformer`: the name-suffix hash, now, of every resource marked for one.
    Hash,
    /// `ConfigMapGenerator`, `SecretGenerator`.
    Generate {
        kind: GeneratedKind,
        args: GeneratorArgs,
    },
    /// `IAMPolicyGenerator`: a GKE ServiceAccount bound to a Google service account.
    IamPolicy(IamPolicy),
    /// `ImageTagTransformer`: one `images` entry.
    Images {
        image: crate::kustomization::Image,
        specs: Vec<FieldSpec>,
    },
    /// `ReplicaCountTransformer`: one `replicas` entry.
    Replicas {
        replica: crate::kustomization::Replica,
        specs: Vec<FieldSpec>,
    },
    /// `ValueAddTransformer`.
    ValueAdd(ValueAdd),
}

impl Action {
    /// Whether kustomize's plugin is a generator (the others are transformers).
    pub fn is_generator(&self) -> bool {
        matches!(self, Action::Generate { .. } | Action::IamPolicy(_))
    }
}

/// The built-in plugins kustomize knows by `kind` (its `builtinhelpers` tables).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    AnnotationsTransformer,
    ConfigMapGenerator,
    IamPolicyGenerator,
    HashTransformer,
    ImageTagTransformer,
    LabelTransformer,
    NamespaceTransformer,
    PatchJson6902Transformer,
    PatchStrategicMergeTransformer,
    PatchTransformer,
    PrefixSuffixTransformer,
    PrefixTransformer,
    SuffixTransformer,
    ReplicaCountTransformer,
    SecretGenerator,
    ValueAddTransformer,
    HelmChartInflationGenerator,
    ReplacementTransformer,
}

impl Kind {
    /// The plugin a `kind` names; `SortOrderTransformer` is deliberately not one (kustomize keeps it
    /// for the top-level `sortOptions`).
    pub fn parse(kind: &str) -> Option<Kind> {
        Some(match kind {
            "AnnotationsTransformer" => Kind::AnnotationsTransformer,
            "ConfigMapGenerator" => Kind::ConfigMapGenerator,
            "IAMPolicyGenerator" => Kind::IamPolicyGenerator,
            "HashTransformer" => Kind::HashTransformer,
            "ImageTagTransformer" => Kind::ImageTagTransformer,
            "LabelTransformer" => Kind::LabelTransformer,
            "NamespaceTransformer" => Kind::NamespaceTransformer,
            "PatchJson6902Transformer" => Kind::PatchJson6902Transformer,
            "PatchStrategicMergeTransformer" => Kind::PatchStrategicMergeTransformer,
            "PatchTransformer" => Kind::PatchTransformer,
            "PrefixSuffixTransformer" => Kind::PrefixSuffixTransformer,
            "PrefixTransformer" => Kind::PrefixTransformer,
            "SuffixTransformer" => Kind::SuffixTransformer,
            "ReplicaCountTransformer" => Kind::ReplicaCountTransformer,
            "SecretGenerator" => Kind::SecretGenerator,
            "ValueAddTransformer" => Kind::ValueAddTransformer,
            "HelmChartInflationGenerator" => Kind::HelmChartInflationGenerator,
            "ReplacementTransformer" => Kind::ReplacementTransformer,
            _ => return None,
        })
    }
}

/// kustomize's `types.ObjectMeta`, as far as plugins read it.
#[derive(Default, Deserialize)]
#[serde(default)]
struct Meta {
    name: String,
    namespace: String,
}

/// kustomize's `types.FieldSpec`.
#[derive(Default, Deserialize)]
#[serde(default)]
struct Spec {
    group: String,
    version: String,
    kind: String,
    path: String,
    create: bool,
}

fn specs(specs: Vec<Spec>) -> Vec<FieldSpec> {
    specs
        .into_iter()
        .map(|s| FieldSpec { group: s.group, version: s.version, kind: s.kind, path: s.path, create: s.create })
        .collect()
}

/// kustomize's `types.Selector` (a patch target).
#[derive(Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
struct Selector {
    group: String,
    version: String,
    kind: String,
    name: String,
    namespace: String,
    annotation_selector: String,
    label_selector: String,
}

impl From<Selector> for kustomization::Selector {
    fn from(s: Selector) -> kustomization::Selector {
        kustomization::Selector {
            group: s.group,
            version: s.version,
            kind: s.kind,
            name: s.name,
            namespace: s.namespace,
            annotation_selector: s.annotation_selector,
            label_selector: s.label_selector,
        }
    }
}

#[derive(Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
struct MapConfig {
    labels: BTreeMap<String, String>,
    annotations: BTreeMap<String, String>,
    field_specs: Vec<Spec>,
}

#[derive(Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
struct NamespaceConfig {
    metadata: Meta,
    field_specs: Vec<Spec>,
    unset_only: bool,
    set_role_binding_subjects: String,
}

/// Prefix, suffix or both; `fieldSpecs` must be given (an empty list will do).
#[derive(Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
struct AffixConfig {
    prefix: String,
    suffix: String,
    field_specs: Option<Vec<Spec>>,
}

#[derive(Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
struct PatchConfig {
    path: String,
    patch: String,
    target: Option<Selector>,
    options: BTreeMap<String, bool>,
}

#[derive(Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
struct StrategicMergeConfig {
    paths: Vec<String>,
    patches: String,
}

#[derive(Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
struct Json6902Config {
    target: Option<Selector>,
    path: String,
    json_op: String,
}

#[derive(Default, Deserialize)]
#[serde(default)]
struct ReplacementConfig {
    replacements: Vec<Value>,
}

#[derive(Default, Deserialize)]
#[serde(default)]
struct PathOnly {
    path: String,
}

/// `ConfigMapGenerator` and `SecretGenerator`: kustomize's generator arguments inline, the name and
/// namespace defaulting to the configuration's own.
#[derive(Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
struct GeneratorConfig {
    metadata: Meta,
    name: String,
    namespace: String,
    behavior: String,
    literals: Vec<String>,
    files: Vec<String>,
    envs: Vec<String>,
    env: String,
    options: Option<OptionsConfig>,
    #[serde(rename = "type")]
    secret_type: String,
}

#[derive(Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
struct OptionsConfig {
    labels: BTreeMap<String, String>,
    annotations: BTreeMap<String, String>,
    disable_name_suffix_hash: bool,
    immutable: bool,
}

/// `ImageTagTransformer`: one `images` entry and where images are.
#[derive(Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
struct ImageTagConfig {
    image_tag: ImageConfig,
    field_specs: Vec<Spec>,
}

/// kustomize's `types.Image`.
#[derive(Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
struct ImageConfig {
    name: String,
    new_name: String,
    tag_suffix: String,
    new_tag: String,
    digest: String,
}

/// `ReplicaCountTransformer`: one `replicas` entry and where counts are.
#[derive(Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
struct ReplicaCountConfig {
    replica: ReplicaConfig,
    field_specs: Vec<Spec>,
}

/// kustomize's `types.Replica`.
#[derive(Default, Deserialize)]
#[serde(default)]
struct ReplicaConfig {
    name: String,
    count: i64,
}

/// `ValueAddTransformer`: the value (the kustomization directory's name by default) and where it goes,
/// `targetFilePath` naming a file of more `targets`.
#[derive(Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
struct ValueAddConfig {
    value: String,
    targets: Vec<ValueAddTarget>,
    target_file_path: String,
}

#[derive(Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
struct ValueAddTarget {
    selector: Option<Selector>,
    field_path: String,
    file_path_position: i64,
}

/// A `targetFilePath` file: only its `targets` count.
#[derive(Default, Deserialize)]
#[serde(default)]
struct ValueAddTargets {
    targets: Vec<ValueAddTarget>,
}

/// `IAMPolicyGenerator`'s arguments.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub(crate) struct IamPolicy {
    pub cloud: String,
    pub kubernetes_service: IamKubernetesService,
    pub service_account: IamServiceAccount,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub(crate) struct IamKubernetesService {
    pub name: String,
    pub namespace: String,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub(crate) struct IamServiceAccount {
    pub name: String,
    pub project_id: String,
}

/// Reads the configuration of a plugin of `kind` and prepares it, as kustomize's `Config` does;
/// files are read through the loader of the kustomization `file` that lists the plugin.
///
/// # Errors
/// A field of the wrong type, a missing or contradictory setting, a file that cannot be read, a
/// patch that cannot be parsed, a plugin this engine does not support yet.
pub(crate) fn configure(kind: Kind, config: &Value, loader: &Loader<'_>, file: &Path) -> Result<Action, String> {
    match kind {
        Kind::LabelTransformer | Kind::AnnotationsTransformer => {
            let c: MapConfig = from_value(config)?;
            let specs = specs(c.field_specs);
            Ok(if kind == Kind::LabelTransformer {
                Action::Labels { entries: c.labels, specs }
            } else {
                Action::Annotations { entries: c.annotations, specs }
            })
        }
        Kind::NamespaceTransformer => {
            let c: NamespaceConfig = from_value(config)?;
            let subjects = match c.set_role_binding_subjects.as_str() {
                "" | "defaultOnly" => Subjects::DefaultOnly,
                "allServiceAccounts" => Subjects::AllServiceAccounts,
                "none" => Subjects::None,
                other => {
                    return Err(format!(
                        "invalid value {other:?} for setRoleBindingSubjects: must be one of \"defaultOnly\", \"none\" or \"allServiceAccounts\""
                    ))
                }
            };
            Ok(Action::Namespace {
                namespace: c.metadata.namespace,
                unset_only: c.unset_only,
                subjects,
                specs: specs(c.field_specs),
            })
        }
        Kind::PrefixTransformer | Kind::SuffixTransformer | Kind::PrefixSuffixTransformer => {
            let c: AffixConfig = from_value_as(Flavor::GoYaml, config)?;
            let specs = specs(c.field_specs.ok_or("fieldSpecs is not expected to be nil")?);
            let prefix = (kind != Kind::SuffixTransformer).then_some(c.prefix);
            let suffix = (kind != Kind::PrefixTransformer).then_some(c.suffix);
            Ok(Action::Affixes { prefix, suffix, specs })
        }
        Kind::PatchTransformer => {
            let c: PatchConfig = from_value(config)?;
            let patch = kustomization::Patch {
                path: c.path,
                patch: c.patch,
                target: c.target.map(Into::into),
                options: c.options,
            };
            let k = Kustomization { patches: vec![patch], ..Kustomization::default() };
            Ok(Action::Patches(Box::new(Patches::load(&k, loader)?)))
        }
        Kind::PatchStrategicMergeTransformer => {
            let c: StrategicMergeConfig = from_value(config)?;
            if c.paths.is_empty() && c.patches.is_empty() {
                return Err("empty file path and empty patch content".into());
            }
            let mut entries = c.paths;
            if !c.patches.is_empty() {
                entries.push(c.patches);
            }
            let k = Kustomization { patches_strategic_merge: Some(entries), ..Kustomization::default() };
            Ok(Action::Patches(Box::new(Patches::load(&k, loader)?)))
        }
        Kind::PatchJson6902Transformer => {
            let c: Json6902Config = from_value(config)?;
            let patch = kustomization::Patch {
                path: c.path,
                patch: c.json_op,
                target: c.target.map(Into::into),
                options: BTreeMap::new(),
            };
            let k = Kustomization { patches_json6902: Some(vec![patch]), ..Kustomization::default() };
            Ok(Action::Patches(Box::new(Patches::load(&k, loader)?)))
        }
        Kind::ReplacementTransformer => {
            let c: ReplacementConfig = from_value(config)?;
            let mut fields = Vec::with_capacity(c.replacements.len());
            for item in &c.replacements {
                let path: PathOnly = from_value(item)?;
                let replacement: Replacement = from_value(item)?;
                fields.push(ReplacementField::new(path.path, replacement));
            }
            let read = |path: &str| Ok((loader.read(path)?, loader.join(path)));
            let replacements = replacements::load(&fields, file, &read).map_err(|e| match e {
                crate::Error::Config { message, .. } => message,
                other => other.to_string(),
            })?;
            Ok(Action::Replacements(replacements))
        }
        Kind::HashTransformer => Ok(Action::Hash),
        Kind::ConfigMapGenerator | Kind::SecretGenerator => {
            let c: GeneratorConfig = from_value(config)?;
            let options = c.options.map(|o| GeneratorOptions {
                labels: o.labels,
                annotations: o.annotations,
                disable_name_suffix_hash: o.disable_name_suffix_hash,
                immutable: o.immutable,
            });
            let secret = kind == Kind::SecretGenerator;
            let args = GeneratorArgs {
                name: if c.name.is_empty() { c.metadata.name } else { c.name },
                namespace: if c.namespace.is_empty() { c.metadata.namespace } else { c.namespace },
                behavior: c.behavior,
                literals: c.literals,
                files: c.files,
                envs: c.envs,
                env: c.env,
                options,
                secret_type: secret.then_some(c.secret_type),
            };
            let kind = if secret { GeneratedKind::Secret } else { GeneratedKind::ConfigMap };
            Ok(Action::Generate { kind, args })
        }
        Kind::IamPolicyGenerator => Ok(Action::IamPolicy(from_value(config)?)),
        Kind::HelmChartInflationGenerator => {
            Err("helm charts are not supported yet (kustomize itself needs --enable-helm and a helm binary)".into())
        }
        Kind::ImageTagTransformer => {
            let c: ImageTagConfig = from_value(config)?;
            let i = c.image_tag;
            let image = crate::kustomization::Image {
                name: i.name,
                new_name: i.new_name,
                tag_suffix: i.tag_suffix,
                new_tag: i.new_tag,
                digest: i.digest,
            };
            Ok(Action::Images { image, specs: specs(c.field_specs) })
        }
        Kind::ReplicaCountTransformer => {
            let c: ReplicaCountConfig = from_value(config)?;
            let replica = crate::kustomization::Replica { name: c.replica.name, count: c.replica.count };
            Ok(Action::Replicas { replica, specs: specs(c.field_specs) })
        }
        Kind::ValueAddTransformer => value_add(config, loader).map(Action::ValueAdd),
    }
}

/// kustomize's `ValueAddTransformerPlugin.Config`: the value trimmed (the base name of the
/// kustomization's directory when empty), the `targetFilePath` file's targets appended to the inline
/// ones, at least one target, each with a `fieldPath` and no negative `filePathPosition`. Selectors
/// are checked when the plugin runs, as kustomize does.
fn value_add(config: &Value, loader: &Loader<'_>) -> Result<ValueAdd, String> {
    let c: ValueAddConfig = from_value(config)?;
    let mut value = c.value.trim().to_string();
    if value.is_empty() {
        value = loader.root.file_name().map_or_else(|| "/".into(), |name| name.to_string_lossy().into_owned());
    }
    let mut targets = c.targets;
    if !c.target_file_path.is_empty() {
        let path = &c.target_file_path;
        // kustomize's loader downloads an http(s) URL and reads anything else as a file.
        let content = if crate::remote::is_remote_file(path) { loader.fetch_file(path) } else { loader.read(path) }
            .map_err(|e| e.to_string())?;
        let text = std::str::from_utf8(&content).map_err(|_| format!("targetFilePath '{path}' is not UTF-8"))?;
        let parsed = yaml::from_str(text).map_err(|e| format!("targetFilePath '{path}': {e}"))?;
        if !matches!(parsed, Value::Object(_) | Value::Null) {
            return Err(format!("targetFilePath '{path}' must hold a mapping with `targets`"));
        }
        let file: ValueAddTargets = from_value(&parsed).map_err(|e| format!("targetFilePath '{path}': {e}"))?;
        targets.extend(file.targets);
    }
    if targets.is_empty() {
        return Err("must specify at least one target".into());
    }
    let mut out = Vec::with_capacity(targets.len());
    for target in targets {
        if target.field_path.is_empty() {
            return Err("fieldPath cannot be empty".into());
        }
        let position = usize::try_from(target.file_path_position)
            .map_err(|_| format!("value of FilePathPosition ({}) cannot be negative", target.file_path_position))?;
        out.push(valueadd::Target {
            selector: target.selector.map(Into::into),
            field_path: target.field_path,
            file_path_position: position,
        });
    }
    Ok(ValueAdd { value, targets: out })
}

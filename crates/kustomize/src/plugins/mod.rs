//! `generators`, `transformers` and `validators`: kustomize's built-in plugins, configured by
//! resources of `apiVersion: builtin` that the kustomization lists.
//!
//! Each entry is either an inline configuration (the entry's text reads as resources) or the path
//! of a file or directory (a kustomization built as a base, whose output is the configurations).
//! As in kustomize, every inline configuration comes first, in order, then those of the paths, in
//! order; two configurations with the same id are an error. A configuration names its plugin by
//! `kind` ([`config::Kind`]) and is read leniently ([`lenient`]); anything but `apiVersion:
//! builtin` is an exec, container or Go plugin, which kustomize loads only with
//! `--enable-alpha-plugins` and this engine never does.
//!
//! Generators run after the kustomization's own generators, transformers after its own
//! transformers (replacements included), validators after that. Files named by a configuration
//! (generator sources, patches, replacements) are read relative to the kustomization listing the
//! plugin, whatever directory the configuration came from. A validator must leave the resources as
//! they were, but for a `validated-by` label; what it did stays (kustomize compares, it does not
//! undo).

mod config;
mod lenient;

use std::collections::HashMap;
use std::path::Path;

use yaml::node::{Map, Node, Scalar};

use crate::fs::Loader;
use crate::generate::{self, Behavior, GeneratorOptions};
use crate::kustomization::Kustomization;
use crate::node;
use crate::resid::ResId;
use crate::resmap::ResMap;
use crate::resource::Resource;
use crate::target::resources_from_bytes;
use crate::transform::name::{self, Affix};
use crate::transform::namespace::{self, Settings};
use crate::transform::{metadata, replacements};
use crate::Error;

use config::{Action, IamPolicy};

/// Which field of the kustomization the plugins come from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Role {
    Generator,
    Transformer,
    Validator,
}

impl Role {
    fn field(self) -> &'static str {
        match self {
            Role::Generator => "generators",
            Role::Transformer => "transformers",
            Role::Validator => "validators",
        }
    }
}

/// The configured plugins of one field, in the order they run.
pub(crate) struct Plugins {
    role: Role,
    plugins: Vec<Plugin>,
}

struct Plugin {
    /// The configuration's id, for messages.
    id: ResId,
    action: Action,
}

/// The label a validator may add (kustomize's `validated-by`), ignored when comparing.
const VALIDATED_BY: &str = "validated-by";

/// Reads and configures the plugins of the kustomization `file`'s field for `role`; `accumulate`
/// builds a path entry (a file, or a directory as a base) into the configurations it holds.
///
/// # Errors
/// An entry that is neither inline configurations nor a path that can be built, two configurations
/// with one id, a plugin that is not built in, unknown, of the wrong role or badly configured, and
/// (for generators) `helmCharts`, which this engine does not render yet.
pub(crate) fn load(
    role: Role,
    k: &Kustomization,
    file: &Path,
    loader: &Loader<'_>,
    accumulate: &mut dyn FnMut(&str) -> Result<ResMap, Error>,
) -> Result<Plugins, Error> {
    let field = role.field();
    let fail = |message: String| Error::Config { file: file.to_path_buf(), message: format!("{field}: {message}") };
    if role == Role::Generator && (!k.helm_charts.is_empty() || !k.helm_chart_inflation_generator.is_empty()) {
        return Err(Error::Config {
            file: file.to_path_buf(),
            message:
                "helmCharts: helm charts are not supported yet (kustomize itself needs --enable-helm and a helm binary)"
                    .into(),
        });
    }
    let entries = match role {
        Role::Generator => &k.generators,
        Role::Transformer => &k.transformers,
        Role::Validator => &k.validators,
    };
    let mut configs = ResMap::default();
    let mut paths = Vec::new();
    for (index, entry) in entries.iter().enumerate() {
        match resources_from_bytes(entry.as_bytes(), Path::new(field)) {
            Ok(resources) => {
                for resource in resources {
                    configs.append(resource).map_err(|e| fail(e.to_string()))?;
                }
            }
            Err(Error::Malformed { message, .. }) => paths.push((index, entry, message)),
            Err(other) => paths.push((index, entry, other.to_string())),
        }
    }
    for (index, entry, inline) in paths {
        let built = match accumulate(entry) {
            Ok(built) => built,
            // A text meant as an inline configuration: say why it is not one rather than quote it
            // as a path.
            Err(_) if entry.contains('\n') => {
                return Err(fail(format!(
                    "entry {} is neither a file nor an inline configuration: {inline}",
                    index + 1
                )))
            }
            Err(e) => return Err(e),
        };
        configs.append_all(built).map_err(|e| fail(e.to_string()))?;
    }
    let mut plugins = Vec::with_capacity(configs.len());
    for resource in configs.resources() {
        plugins.push(configure(role, resource, loader, file).map_err(fail)?);
    }
    Ok(Plugins { role, plugins })
}

/// One configuration: its plugin, configured.
fn configure(role: Role, resource: &Resource, loader: &Loader<'_>, file: &Path) -> Result<Plugin, String> {
    let id = resource.id();
    if !id.gvk.group.is_empty() || id.gvk.version != "builtin" {
        return Err(format!(
            "external plugins disabled; unable to load external plugin '{}' (apiVersion {}): exec, container and Go plugins need kustomize's --enable-alpha-plugins, which this engine does not have",
            id.gvk.kind,
            id.gvk.api_version()
        ));
    }
    let kind = config::Kind::parse(&id.gvk.kind).ok_or_else(|| format!("unable to load builtin {}", id.gvk))?;
    let json = resource.to_json().map_err(|e| e.to_string())?;
    let action =
        config::configure(kind, &json, loader, file).map_err(|e| format!("plugin {id} fails configuration: {e}"))?;
    match (role, action.is_generator()) {
        (Role::Generator, false) => Err(format!("plugin {id} not a generator")),
        (Role::Transformer | Role::Validator, true) => Err(format!("plugin {id} not a transformer")),
        _ => Ok(Plugin { id, action }),
    }
}

impl Plugins {
    /// Runs the plugins, in order, on the accumulated resources.
    ///
    /// # Errors
    /// What a plugin fails with, naming its configuration; a validator that changed the resources.
    pub fn run(&self, loader: &Loader<'_>, resources: &mut ResMap) -> Result<(), String> {
        let field = self.role.field();
        for plugin in &self.plugins {
            let result = match self.role {
                Role::Generator => generate(&plugin.action, loader, resources),
                Role::Transformer => transform(&plugin.action, resources),
                Role::Validator => validate(&plugin.action, resources),
            };
            result.map_err(|e| format!("{field}: {}: {e}", plugin.id))?;
        }
        Ok(())
    }
}

fn generate(action: &Action, loader: &Loader<'_>, resources: &mut ResMap) -> Result<(), String> {
    match action {
        Action::Generate { kind, args } => {
            // Only the generator's own options: the kustomization's `generatorOptions` are for
            // its own generators.
            let options = args.options.clone().unwrap_or_else(GeneratorOptions::default);
            generate::generate(*kind, args, &options, loader, resources, None)
        }
        Action::IamPolicy(policy) => generate::absorb(resources, iam_service_account(policy)?, Behavior::Create),
        _ => Err("not a generator".into()),
    }
}

/// kustomize's `IAMPolicyGenerator` for GKE: a ServiceAccount annotated with the Google service
/// account it acts as. kustomize writes the values into YAML text unquoted, so they are read back
/// with their YAML types; so are they here.
fn iam_service_account(policy: &IamPolicy) -> Result<Resource, String> {
    if policy.cloud != "gke" {
        return Err(format!("cloud provider {} not supported yet", policy.cloud));
    }
    let mut text = format!(
        "\napiVersion: v1\nkind: ServiceAccount\nmetadata:\n  annotations:\n    iam.gke.io/gcp-service-account: {}@{}.iam.gserviceaccount.com\n  name: {}\n",
        policy.service_account.name, policy.service_account.project_id, policy.kubernetes_service.name
    );
    if !policy.kubernetes_service.namespace.is_empty() {
        text.push_str(&format!("\n  namespace: {}", policy.kubernetes_service.namespace));
    }
    let node = yaml::node::parse_documents(&text)
        .map_err(|e| e.to_string())?
        .into_iter()
        .next()
        .ok_or("the generated ServiceAccount is empty")?;
    Ok(Resource::new(node, None))
}

fn transform(action: &Action, resources: &mut ResMap) -> Result<(), String> {
    match action {
        Action::Labels { entries, specs } | Action::Annotations { entries, specs } => {
            metadata::set_entries(entries, specs, resources)
        }
        Action::Namespace { namespace, unset_only, subjects, specs } => {
            if namespace.is_empty() {
                return Ok(());
            }
            let settings = Settings { namespace, unset_only: *unset_only, subjects: *subjects };
            namespace::apply_with(&settings, specs, resources)
        }
        Action::Affixes { prefix, suffix, specs } => {
            if let Some(prefix) = prefix {
                name::apply(Affix::Prefix(prefix), specs, resources)?;
            }
            if let Some(suffix) = suffix {
                name::apply(Affix::Suffix(suffix), specs, resources)?;
            }
            Ok(())
        }
        Action::Patches(patches) => {
            patches.apply_before_namespace(resources, &mut |_, _| {})?;
            patches.apply_json6902(resources, &mut |_, _| {})
        }
        Action::Replacements(list) => replacements::apply(list, resources),
        Action::Hash => crate::hash::add_hashes(resources),
        Action::Images { image, specs } => {
            crate::transform::images::apply(std::slice::from_ref(image), specs, resources)
        }
        Action::Replicas { replica, specs } => {
            crate::transform::replicas::apply(std::slice::from_ref(replica), specs, resources)
        }
        Action::ValueAdd(add) => crate::transform::valueadd::apply(add, resources),
        Action::Generate { .. } | Action::IamPolicy(_) => Err("not a transformer".into()),
    }
}

/// Runs a transformer as a validator: kustomize compares the resources before and after (ids and
/// go-yaml nodes, positions included) once a `validated-by` label is removed, and fails if they
/// differ; otherwise the validator's changes are kept.
fn validate(action: &Action, resources: &mut ResMap) -> Result<(), String> {
    let before: Vec<(ResId, Node)> = resources.resources().iter().map(|r| (r.id(), r.node.clone())).collect();
    transform(action, resources)?;
    let fail = |what: String| Err(format!("validator shouldn't modify the resource map: {what}"));
    if resources.len() != before.len() {
        return fail(format!(
            "lists have different number of entries: {} before, {} after",
            before.len(),
            resources.len()
        ));
    }
    let mut after: HashMap<String, Vec<&Resource>> = HashMap::new();
    for resource in resources.resources() {
        after.entry(resource.name().to_string()).or_default().push(resource);
    }
    for (id, node) in &before {
        let found: Vec<&&Resource> =
            after.get(&id.name).map(|list| list.iter().filter(|r| r.id().same_as(id)).collect()).unwrap_or_default();
        match found.as_slice() {
            [] => return fail(format!("id in self missing from other; id: {id}")),
            [one] => {
                let mut validated = one.node.clone();
                remove_validated_by(&mut validated);
                if !same_nodes(node, &validated) {
                    return fail(format!("nodes unequal: {id}"));
                }
            }
            many => return fail(format!("id in self matches {} in other; id: {id}", many.len())),
        }
    }
    Ok(())
}

/// kustomize's `removeValidatedByLabel`: when the label is there, the labels are rewritten as
/// kyaml's `SetLabels` writes them — sorted strings in a new mapping at the end of `metadata`, or
/// no `labels` at all when none is left.
fn remove_validated_by(resource: &mut Node) {
    let Some(metadata) = node::get_mut(resource, "metadata") else { return };
    let Some(Node::Map(labels)) = node::get(metadata, "labels") else { return };
    if !labels.entries.iter().any(|(k, _)| k.value == VALIDATED_BY) {
        return;
    }
    let mut kept: Vec<(String, String)> = labels
        .entries
        .iter()
        .filter(|(k, _)| k.value != VALIDATED_BY)
        .map(|(k, v)| (k.value.clone(), node::text(v).unwrap_or("").to_string()))
        .collect();
    kept.sort();
    kept.dedup_by(|a, b| a.0 == b.0);
    node::remove(metadata, "labels");
    if !kept.is_empty() {
        let entries = kept.into_iter().map(|(k, v)| (Scalar::string(k), node::string(&v))).collect();
        node::set(metadata, "labels", Node::Map(Map { entries, flow: false }));
    }
}

/// Go's `reflect.DeepEqual` on go-yaml nodes, as far as the engine keeps them: values, tags,
/// styles and where scalars were read (a node written by kustomize has no position).
fn same_nodes(a: &Node, b: &Node) -> bool {
    match (a, b) {
        (Node::Scalar(x), Node::Scalar(y)) => x == y && x.line == y.line,
        (Node::Seq(x), Node::Seq(y)) => x.len() == y.len() && x.iter().zip(y).all(|(a, b)| same_nodes(a, b)),
        (Node::Map(x), Node::Map(y)) => {
            x.flow == y.flow
                && x.entries.len() == y.entries.len()
                && x.entries
                    .iter()
                    .zip(&y.entries)
                    .all(|((ka, va), (kb, vb))| ka == kb && ka.line == kb.line && same_nodes(va, vb))
        }
        _ => false,
    }
}

//! kustomize's built-in transformers, run in its fixed order: strategic-merge patches, patches,
//! namespace, name prefix, name suffix, labels, annotations, JSON 6902 patches, replicas, images,
//! replacements.

mod fieldpath;
pub(crate) mod images;
mod labelselector;
mod metadata;
mod name;
pub(crate) mod nameref;
mod namespace;
mod patch;
pub(crate) mod replacements;
pub(crate) mod replicas;
pub(crate) mod vars;

use crate::fs::Loader;
use crate::kustomization::Kustomization;
use crate::target::Accumulator;

/// Applies the kustomization's transformers to what has been accumulated.
///
/// # Errors
/// A transformer that cannot be applied; the message names the resource and the field.
pub(crate) fn run(k: &Kustomization, loader: &Loader<'_>, acc: &mut Accumulator) -> Result<(), String> {
    let patches = patch::Patches::load(k, loader)?;
    patches.apply_before_namespace(&mut acc.resources)?;
    if !k.namespace.is_empty() {
        namespace::apply(&k.namespace, &acc.config.namespace, &mut acc.resources)?;
    }
    if !k.name_prefix.is_empty() {
        name::apply(name::Affix::Prefix(&k.name_prefix), &acc.config.name_prefix, &mut acc.resources)?;
    }
    if !k.name_suffix.is_empty() {
        name::apply(name::Affix::Suffix(&k.name_suffix), &acc.config.name_suffix, &mut acc.resources)?;
    }
    metadata::labels(k, &acc.config, &mut acc.resources)?;
    if let Some(annotations) = k.common_annotations.as_ref().filter(|a| !a.is_empty()) {
        metadata::set_entries(annotations, &acc.config.common_annotations, &mut acc.resources)?;
    }
    patches.apply_json6902(&mut acc.resources)?;
    replicas::apply(&k.replicas, &acc.config.replicas, &mut acc.resources)?;
    images::apply(&k.images, &acc.config.images, &mut acc.resources)?;
    Ok(())
}

/// kustomize's `MergeVars`, after a kustomization's transformers: its `vars` mark the resources
/// they name and join the accumulated set.
///
/// # Errors
/// A var naming several resources, or declared twice.
pub(crate) fn declare_vars(k: &Kustomization, acc: &mut Accumulator) -> Result<(), String> {
    vars::declare(k.vars.as_deref().unwrap_or_default(), &mut acc.resources, &mut acc.vars)
}

/// What kustomize does once, at the top, after every kustomization was built: name references are
/// fixed (after the name-suffix hashes), then `vars` are resolved.
///
/// # Errors
/// A reference that cannot be resolved; the message names the referrer and the field.
pub(crate) fn fix_references(acc: &mut Accumulator) -> Result<(), String> {
    nameref::fix(&acc.config.name_reference, &mut acc.resources)?;
    vars::resolve(&acc.vars, &acc.config.var_reference, &mut acc.resources)
}

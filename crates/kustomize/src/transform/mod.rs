//! kustomize's built-in transformers, run in its fixed order: strategic-merge patches, patches,
//! namespace, name prefix, name suffix, labels, annotations, JSON 6902 patches, replicas, images,
//! replacements.

mod metadata;
mod name;
mod namespace;
mod patch;

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
    Ok(())
}

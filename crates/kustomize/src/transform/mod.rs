//! kustomize's built-in transformers, run in its fixed order: strategic-merge patches, patches,
//! namespace, name prefix, name suffix, labels, annotations, JSON 6902 patches, replicas, images,
//! replacements.

mod fieldpath;
pub(crate) mod images;
pub(crate) mod metadata;
pub(crate) mod name;
pub(crate) mod nameref;
pub(crate) mod namespace;
pub(crate) mod patch;
pub(crate) mod replacements;
pub(crate) mod replicas;
pub(crate) mod valueadd;
pub(crate) mod vars;

use crate::fs::Loader;
use crate::kustomization::Kustomization;
use crate::resmap::ResMap;
use crate::target::Accumulator;

/// Applies the kustomization's transformers to what has been accumulated. `record` is told of
/// each transformer kustomize would have run, once it ran (for `buildMetadata`).
///
/// # Errors
/// A transformer that cannot be applied; the message names the resource and the field.
pub(crate) fn run(
    k: &Kustomization,
    loader: &Loader<'_>,
    acc: &mut Accumulator,
    record: &mut dyn FnMut(&'static str, &mut ResMap),
) -> Result<(), String> {
    let patches = patch::Patches::load(k, loader)?;
    patches.apply_before_namespace(&mut acc.resources, record)?;
    if !k.namespace.is_empty() {
        namespace::apply(&k.namespace, &acc.config.namespace, &mut acc.resources)?;
        record("NamespaceTransformer", &mut acc.resources);
    }
    if !k.name_prefix.is_empty() {
        name::apply(name::Affix::Prefix(&k.name_prefix), &acc.config.name_prefix, &mut acc.resources)?;
        record("PrefixTransformer", &mut acc.resources);
    }
    if !k.name_suffix.is_empty() {
        name::apply(name::Affix::Suffix(&k.name_suffix), &acc.config.name_suffix, &mut acc.resources)?;
        record("SuffixTransformer", &mut acc.resources);
    }
    // kustomize configures one label transformer per `labels` entry and one for `commonLabels`
    // (even an empty one) as soon as either is given.
    if !k.labels.is_empty() || k.common_labels.as_ref().is_some_and(|c| !c.is_empty()) {
        for label in &k.labels {
            metadata::label(label, &acc.config, &mut acc.resources)?;
            record("LabelTransformer", &mut acc.resources);
        }
        metadata::common_labels(k, &acc.config, &mut acc.resources)?;
        record("LabelTransformer", &mut acc.resources);
    }
    if let Some(annotations) = k.common_annotations.as_ref().filter(|a| !a.is_empty()) {
        metadata::set_entries(annotations, &acc.config.common_annotations, &mut acc.resources)?;
        record("AnnotationsTransformer", &mut acc.resources);
    }
    patches.apply_json6902(&mut acc.resources, record)?;
    for replica in &k.replicas {
        replicas::apply(std::slice::from_ref(replica), &acc.config.replicas, &mut acc.resources)?;
        record("ReplicaCountTransformer", &mut acc.resources);
    }
    for image in &k.images {
        images::apply(std::slice::from_ref(image), &acc.config.images, &mut acc.resources)?;
        record("ImageTagTransformer", &mut acc.resources);
    }
    Ok(())
}

/// Sets labels at the fields `specs` name (the `managedByLabel` build option).
///
/// # Errors
/// A field that is not a mapping.
pub(crate) fn set_labels(
    labels: &std::collections::BTreeMap<String, String>,
    specs: &[crate::fieldspec::FieldSpec],
    resources: &mut ResMap,
) -> Result<(), String> {
    metadata::set_entries(labels, specs, resources)
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

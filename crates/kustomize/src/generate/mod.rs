//! `configMapGenerator` and `secretGenerator`: ConfigMaps and Secrets made from literals, files and
//! env files, then absorbed into what has been accumulated — appended, or merged into or replacing
//! a resource of the same id from a base (kustomize's `appendReplaceOrMerge`).
//!
//! kustomize runs every ConfigMap generator, then every Secret generator, each absorbed before the
//! next one runs, after `resources` and before `components`. The kustomization-wide
//! `generatorOptions` are merged into each generator's `options` first: its labels and annotations
//! are added where the generator has no value of its own, and its `disableNameSuffixHash` and
//! `immutable` switch the generator's on, never off.
//!
//! A generated resource is marked as needing a name-suffix hash (unless disabled); the mark goes
//! up through bases with the resource and the hash itself is added at the top of the build, after
//! every transformer ([`crate::hash`]).

mod absorb;
pub(crate) use absorb::absorb;
mod kv;
mod make;

use std::collections::BTreeMap;
use std::path::Path;

use serde::{Deserialize, Deserializer};

use crate::fs::Loader;
use crate::kustomization::Kustomization;
use crate::resmap::ResMap;
use crate::Error;

/// An entry of `configMapGenerator` or `secretGenerator` (kustomize's `GeneratorArgs`, with the
/// Secret's `type`).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct GeneratorArgs {
    #[serde(default, deserialize_with = "nullable")]
    pub namespace: String,
    /// The name before any prefix, suffix or hash.
    #[serde(default, deserialize_with = "nullable")]
    pub name: String,
    /// `create` (the default), `merge` or `replace`; anything else counts as `create`.
    #[serde(default, deserialize_with = "nullable")]
    pub behavior: String,
    /// `key=value`, the value optionally in matching single or double quotes.
    #[serde(default, deserialize_with = "nullable")]
    pub literals: Vec<String>,
    /// `path` (the key is the file's base name) or `key=path`.
    #[serde(default, deserialize_with = "nullable")]
    pub files: Vec<String>,
    /// Env files: `KEY=VALUE` lines.
    #[serde(default, deserialize_with = "nullable")]
    pub envs: Vec<String>,
    /// The legacy single env file, read after `envs`.
    #[serde(default, deserialize_with = "nullable")]
    pub env: String,
    #[serde(default)]
    pub options: Option<GeneratorOptions>,
    /// A Secret's `type` (`Opaque` when empty); refused in a `configMapGenerator`.
    #[serde(default, rename = "type")]
    pub secret_type: Option<String>,
}

/// An entry of `configMapGenerator`: [`GeneratorArgs`] without `type`, which kustomize's
/// `ConfigMapArgs` does not have (an unknown field there).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(try_from = "GeneratorArgs")]
pub struct ConfigMapArgs(pub GeneratorArgs);

impl TryFrom<GeneratorArgs> for ConfigMapArgs {
    type Error = String;

    fn try_from(args: GeneratorArgs) -> Result<ConfigMapArgs, String> {
        match args.secret_type {
            Some(_) => Err("unknown field `type`".into()),
            None => Ok(ConfigMapArgs(args)),
        }
    }
}

/// `options` of a generator, and `generatorOptions`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct GeneratorOptions {
    #[serde(default, deserialize_with = "nullable")]
    pub labels: BTreeMap<String, String>,
    #[serde(default, deserialize_with = "nullable")]
    pub annotations: BTreeMap<String, String>,
    #[serde(default, deserialize_with = "nullable")]
    pub disable_name_suffix_hash: bool,
    #[serde(default, deserialize_with = "nullable")]
    pub immutable: bool,
}

impl GeneratorOptions {
    /// kustomize's `MergeGlobalOptionsIntoLocal`: the generator's own labels and annotations win,
    /// the switches are on when either side turns them on.
    fn merged(local: Option<&GeneratorOptions>, global: Option<&GeneratorOptions>) -> GeneratorOptions {
        let mut out = local.cloned().unwrap_or_default();
        if let Some(global) = global {
            for (k, v) in &global.labels {
                out.labels.entry(k.clone()).or_insert_with(|| v.clone());
            }
            for (k, v) in &global.annotations {
                out.annotations.entry(k.clone()).or_insert_with(|| v.clone());
            }
            out.disable_name_suffix_hash |= global.disable_name_suffix_hash;
            out.immutable |= global.immutable;
        }
        out
    }
}

/// `null` reads as the default, as Go's JSON decoder leaves the field untouched.
pub(crate) fn nullable<'de, D: Deserializer<'de>, T: Default + Deserialize<'de>>(d: D) -> Result<T, D::Error> {
    Ok(Option::<T>::deserialize(d)?.unwrap_or_default())
}

/// What a generator does with a resource of the same id already accumulated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Behavior {
    /// `create`, or no (or an unknown) behavior: the id must be new.
    Create,
    /// Metadata merged, the generated data replaces the old.
    Replace,
    /// Metadata and data merged, the generated entries winning.
    Merge,
}

impl Behavior {
    fn parse(text: &str) -> Behavior {
        match text {
            "merge" => Behavior::Merge,
            "replace" => Behavior::Replace,
            _ => Behavior::Create,
        }
    }
}

/// Which generator: they differ in the resource made and in messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    ConfigMap,
    Secret,
}

impl Kind {
    /// The kind of resource made.
    fn name(self) -> &'static str {
        match self {
            Kind::ConfigMap => "ConfigMap",
            Kind::Secret => "Secret",
        }
    }

    /// The kustomization field, for messages.
    fn field(self) -> &'static str {
        match self {
            Kind::ConfigMap => "configMapGenerator",
            Kind::Secret => "secretGenerator",
        }
    }
}

/// Runs the kustomization's generators, in kustomize's order, absorbing each result into
/// `resources`.
///
/// With `origin` (`buildMetadata`), a generated resource without an origin annotation gets the
/// generator as its origin.
///
/// # Errors
/// A generator that cannot be read (files, env files, literals), a repeated key, a missing name,
/// or an id conflict with what is already there; the message names the kustomization file and the
/// generator.
pub(crate) fn run(
    k: &Kustomization,
    loader: &Loader<'_>,
    file: &Path,
    resources: &mut ResMap,
    origin: Option<&dyn Fn(&'static str) -> String>,
) -> Result<(), Error> {
    let global = k.generator_options.as_ref();
    let config_maps = k.config_map_generator.iter().enumerate().map(|(i, a)| (Kind::ConfigMap, i + 1, &a.0));
    let secrets = k.secret_generator.iter().enumerate().map(|(i, a)| (Kind::Secret, i + 1, a));
    for (kind, entry, args) in config_maps.chain(secrets) {
        let fail = |message: String| Error::Config {
            file: file.to_path_buf(),
            message: if args.name.is_empty() {
                format!("{} entry {entry}: {message}", kind.field())
            } else {
                format!("{} '{}': {message}", kind.field(), args.name)
            },
        };
        let options = GeneratorOptions::merged(args.options.as_ref(), global);
        let generator = match kind {
            Kind::ConfigMap => "ConfigMapGenerator",
            Kind::Secret => "SecretGenerator",
        };
        let origin = origin.map(|origin| origin(generator));
        generate(kind, args, &options, loader, resources, origin.as_deref()).map_err(fail)?;
    }
    Ok(())
}

/// Makes one generator's resource with `options` (already merged) and absorbs it into
/// `resources` as its `behavior` says.
///
/// # Errors
/// As [`run`], without the kustomization file in the message.
pub(crate) fn generate(
    kind: Kind,
    args: &GeneratorArgs,
    options: &GeneratorOptions,
    loader: &Loader<'_>,
    resources: &mut ResMap,
    origin: Option<&str>,
) -> Result<(), String> {
    let mut resource = make::resource(kind, args, options, loader)?;
    if let Some(origin) = origin {
        crate::buildmetadata::set_origin_if_missing(&mut resource, origin);
    }
    absorb::absorb(resources, resource, Behavior::parse(&args.behavior))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn options(labels: &[(&str, &str)], disable: bool, immutable: bool) -> GeneratorOptions {
        GeneratorOptions {
            labels: labels.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect(),
            annotations: BTreeMap::new(),
            disable_name_suffix_hash: disable,
            immutable,
        }
    }

    #[test]
    fn global_options_fill_in_and_switch_on() {
        let local = options(&[("a", "local")], false, true);
        let global = options(&[("a", "global"), ("b", "global")], true, false);
        let merged = GeneratorOptions::merged(Some(&local), Some(&global));
        assert_eq!(merged.labels["a"], "local");
        assert_eq!(merged.labels["b"], "global");
        assert!(merged.disable_name_suffix_hash && merged.immutable);
        let only_global = GeneratorOptions::merged(None, Some(&global));
        assert_eq!(only_global.labels.len(), 2);
        assert!(!GeneratorOptions::merged(None, None).disable_name_suffix_hash);
    }

    #[test]
    fn behaviors_other_than_merge_and_replace_create() {
        assert_eq!(Behavior::parse("merge"), Behavior::Merge);
        assert_eq!(Behavior::parse("replace"), Behavior::Replace);
        assert_eq!(Behavior::parse("bogus"), Behavior::Create);
        assert_eq!(Behavior::parse(""), Behavior::Create);
    }
}

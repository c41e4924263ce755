//! A kustomize engine: a kustomization directory in, the resources kustomize v5.5/v5.6 would print out.
//!
//! The engine is a pure library: files come through a [`FileSystem`], remote bases through a
//! [`RemoteLoader`] the caller provides, and nothing here touches the network or a cluster. It follows
//! kustomize's own pipeline so that its output is byte for byte kustomize's:
//!
//! 1. the kustomization file is read (kustomize reads it as sigs.k8s.io/yaml does, unknown fields
//!    are an error) and its legacy fields folded into the current ones;
//! 2. `resources` are accumulated depth first — files parsed as go-yaml v3 nodes, `List`s inlined,
//!    directories built as kustomizations of their own —, then generators run, `components` are
//!    applied to what has been accumulated, then the transformers in kustomize's fixed order;
//! 3. at the top, name-suffix hashes are added, name references fixed, `vars` resolved,
//!    `config.kubernetes.io/local-config` resources dropped and the result sorted (`legacy` order
//!    unless `sortOptions` says `fifo`).
//!
//! ```no_run
//! let output = kustomize::build(std::path::Path::new("deploy/overlays/prod"), &kustomize::Options::default())?;
//! print!("{}", output.to_yaml()?);
//! # Ok::<(), kustomize::Error>(())
//! ```
//!
//! See `docs/kustomize.md` for what is supported and how it is tested against kustomize itself.

mod buildmetadata;
mod config;
mod error;
mod fieldspec;
mod fs;
mod generate;
mod hash;
mod kustomization;
mod labelselector;
mod node;
mod openapi;
mod order;
mod plugins;
pub mod remote;
mod resid;
mod resmap;
mod resource;
mod target;
mod transform;

use std::path::Path;

pub use error::Error;
pub use fs::{clean as clean_path, DiskFs, FileSystem, LoadRestrictions, RemoteLoader};
pub use generate::{ConfigMapArgs, GeneratorArgs, GeneratorOptions};
pub use kustomization::Kustomization;
pub use resid::{Gvk, ResId};
pub use resmap::ResMap;
pub use resource::Resource;

/// How a build may read files, and what it reports.
#[derive(Clone, Default)]
pub struct Options {
    /// `--load-restrictor`: by default files must be in or below the kustomization that names them.
    pub load_restrictions: LoadRestrictions,
    /// How the output is ordered when the top kustomization has no `sortOptions`.
    pub reorder: Reorder,
}

/// krusty's `Reorder` option, for a kustomization without `sortOptions`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Reorder {
    /// kustomize's legacy order (Namespaces and CRDs first, webhooks last): `kustomize build`.
    #[default]
    Legacy,
    /// The order resources were accumulated in: what Flux's builds get, as they leave krusty's
    /// option unset.
    None,
}

/// What a build produced.
#[derive(Debug, Clone, Default)]
pub struct Output {
    /// The resources, in output order.
    pub resources: ResMap,
    /// Deprecation warnings (`# Warning: 'commonLabels' is deprecated…`), which kustomize prints on
    /// stderr, one per deprecated field per kustomization file, in the order the files were read.
    pub warnings: Vec<String>,
}

impl Output {
    /// The build's output as kustomize prints it.
    ///
    /// # Errors
    /// A resource JSON cannot carry.
    pub fn to_yaml(&self) -> Result<String, Error> {
        self.resources.to_yaml()
    }
}

/// Builds the kustomization in `dir` from the local disk, as `kustomize build dir` does.
///
/// # Errors
/// Anything kustomize refuses: a missing or invalid kustomization file, unreadable or malformed
/// resources, conflicting resource ids, load-restrictor violations, cycles between bases.
pub fn build(dir: &Path, options: &Options) -> Result<Output, Error> {
    build_with(&DiskFs, None, dir, options)
}

/// Builds the kustomization in `dir` from `fs`, with `remote` for remote bases (none: remote bases
/// are an error).
///
/// # Errors
/// As [`build`].
pub fn build_with(
    fs: &dyn FileSystem,
    remote: Option<&dyn RemoteLoader>,
    dir: &Path,
    options: &Options,
) -> Result<Output, Error> {
    target::build(fs, remote, dir, options)
}

/// Reads the resources of one manifest file as a build reads a `resources` entry: every non-empty
/// document, `List`s inlined, each checked to have a kind and a name. Flux's kustomization generator
/// uses it to decide whether a `.yaml` file is a manifest.
///
/// # Errors
/// Invalid YAML, a document that is not a mapping, a missing kind or name.
pub fn read_resources(content: &[u8], path: &Path) -> Result<Vec<Resource>, Error> {
    target::resources_from_bytes(content, path)
}

/// Entry points for the fuzz targets in `fuzz/` and the test that replays their corpus: each takes
/// arbitrary bytes and must return (an error is fine) without panicking.
#[doc(hidden)]
pub mod fuzzing {
    /// The kustomization file reader.
    pub fn kustomization_file(data: &[u8]) {
        let _ = crate::kustomization::Kustomization::parse(data);
    }

    /// The patch engine: the input is a resource, a line `---`, and a patch — a JSON 6902 operation
    /// list when it reads as one, else a strategic-merge patch — applied, then printed.
    pub fn patch(data: &[u8]) {
        let Ok(text) = std::str::from_utf8(data) else { return };
        let Some((target, patch)) = text.split_once("\n---\n") else { return };
        let Ok(mut targets) = yaml::node::parse_documents(target) else { return };
        let Some(mut target) = targets.pop() else { return };
        if let Ok(json_patch) = crate::transform::patch::json6902::JsonPatch::decode(patch) {
            if let Ok(doc) = target.to_json() {
                if let Ok(patched) = json_patch.apply(doc) {
                    let _ = patched.to_json();
                }
            }
            return;
        }
        let Ok(mut patches) = yaml::node::parse_documents(patch) else { return };
        let Some(patch) = patches.pop() else { return };
        if crate::transform::patch::smp::merge(&mut target, patch).is_ok() {
            let _ = target.to_json();
        }
    }

    /// The manifest reader and the printer.
    pub fn manifests(data: &[u8]) {
        if let Ok(resources) = crate::target::resources_from_bytes(data, std::path::Path::new("fuzz.yaml")) {
            let mut map = crate::ResMap::default();
            for resource in resources {
                if map.append(resource).is_err() {
                    return;
                }
            }
            let _ = map.to_yaml();
        }
    }
}

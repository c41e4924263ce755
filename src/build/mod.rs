//! Flux's build of a Kustomization: the path the Kustomization controller and `flux-rs build
//! kustomization` share, so that what CI previews is what the controller applies.
//!
//! 1. [`generate`](generate::generate): Flux's overlay — the kustomization file of `spec.path`
//!    generated when there is none, then `targetNamespace`, `namePrefix`, `nameSuffix`, `patches`,
//!    `images`, `components` and `buildMetadata` merged in. The result is served from memory
//!    ([`fs::BuildFs`]): neither the user's directory nor the artifact is modified.
//! 2. SOPS decryption of generator inputs and patch files ([`decrypt`]), when a [`Decryptor`] is given.
//! 3. The kustomize engine, with `LoadRestrictionsNone` inside the root (upstream's secure file
//!    system), remote bases through the given loader, plugins and Helm charts refused.
//! 4. SOPS decryption of the built resources.
//! 5. `postBuild` substitution ([`substitute`]) — a separate call, because its variables may come
//!    from the cluster.
//!
//! The resources stay kustomize's ordered nodes until the caller turns them into objects
//! ([`objects`]).
//!
//! The controller calls, on its unpacked artifact `tmp`:
//! ```text
//! let dir = securejoin::secure_join(tmp, spec.path)?                  // upstream securejoin
//! let resources = build::build(&dir, spec, &Options { root: Some(tmp), remote, decryptor, .. })?
//! let loaded = build::substitute::load_variables(client, ns, post_build).await   // if postBuild
//! let resources = build::substitute::substitute(resources, post_build, loaded, { strict: true })?
//! let yaml = build::to_yaml(&resources)?                             // history digest
//! let objects = build::objects::to_objects(&resources)?              // then apply
//! ```

pub mod decrypt;
pub mod fs;
pub mod generate;
mod kfile;
pub mod objects;
pub mod sops;
pub mod substitute;

use std::path::Path;

use api::kustomize::KustomizationSpec;
use yaml::node::Node;

pub use decrypt::Decryptor;
pub use generate::IgnoreRules;

/// Why a build failed: one line, in upstream's words, never with a secret value.
#[derive(Debug)]
pub enum BuildError {
    /// The kustomization file could not be generated or rewritten (the controller shows the cause
    /// alone; `flux build` prefixes `failed to generate kustomization.yaml: `).
    Generate(String),
    /// A generator input or patch could not be decrypted.
    DecryptSources(String),
    /// The kustomize engine refused the build.
    Kustomize(kustomize::Error),
    /// A built resource lacks its identity (shown as `apiVersion: "", kind: "ConfigMap", name: "x"`).
    NotAnObject(String),
    /// A built resource could not be decrypted.
    Decrypt { gvk: String, name: String, cause: String },
    /// Variable substitution failed for a resource (`gvk` as kustomize prints it,
    /// `ConfigMap.v1.[noGrp]`).
    PostBuild { gvk: String, name: String, cause: String },
    /// The directory to build cannot be used.
    Path(String),
}

impl std::fmt::Display for BuildError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            BuildError::Generate(cause) | BuildError::Path(cause) => f.write_str(cause),
            BuildError::DecryptSources(cause) => write!(f, "error decrypting sources: {cause}"),
            BuildError::Kustomize(e) => write!(f, "kustomize build failed: {e}"),
            BuildError::NotAnObject(text) => {
                write!(f, "failed to decode Kubernetes apiVersion, kind and name from: {text}")
            }
            BuildError::Decrypt { gvk, name, cause } => write!(f, "decryption failed for '{gvk}/{name}': {cause}"),
            BuildError::PostBuild { gvk, name, cause } => write!(f, "post build failed for '{gvk}/{name}': {cause}"),
        }
    }
}

impl std::error::Error for BuildError {}

impl From<kustomize::Error> for BuildError {
    fn from(e: kustomize::Error) -> BuildError {
        BuildError::Kustomize(e)
    }
}

/// Where a build may read and what it may use.
#[derive(Default)]
pub struct Options<'a> {
    /// The unpacked source: every read must stay in or below it (the controller's artifact
    /// directory). `None`: reads go anywhere (`flux build` on a local path, as upstream's default).
    pub root: Option<&'a Path>,
    /// `flux build`'s ignore rules for generation; `None` for the controller.
    pub ignore: Option<&'a IgnoreRules>,
    /// Remote bases (`GitRemoteLoader`); `None` refuses them (`--no-remote-bases`).
    pub remote: Option<&'a dyn kustomize::RemoteLoader>,
    /// SOPS decryption, when the Kustomization asks for it (`spec.decryption`).
    pub decryptor: Option<&'a dyn Decryptor>,
}

/// Builds `dir` (the Kustomization's `spec.path` inside the source) as Flux does: overlay, decryption
/// of sources, kustomize, decryption of resources. Blocking: call it off the async runtime.
///
/// # Errors
/// [`BuildError`]: generation, decryption, kustomize, a resource without apiVersion, kind or name.
pub fn build(dir: &Path, spec: &KustomizationSpec, options: &Options<'_>) -> Result<Vec<Node>, BuildError> {
    let mut fs = fs::BuildFs::new(options.root)
        .map_err(|e| BuildError::Path(format!("stat {}: {}", root_text(options), io_text(&e))))?;
    if !fs.is_dir_checked(dir) {
        return Err(BuildError::Path(format!("path '{}' is not a directory", dir.display())));
    }
    let overlay = generate::generate(&fs, dir, spec, options.ignore).map_err(BuildError::Generate)?;
    fs.overlay(&overlay.path, overlay.content.into_bytes()).map_err(|e| BuildError::Generate(e.to_string()))?;

    if let Some(decryptor) = options.decryptor {
        // Without a root, reads go anywhere (a local checkout: `flux-rs diff` decrypting with the
        // cluster's keys), so bases and inputs above `dir` are decrypted too.
        let root = fs.root().map(Path::to_path_buf).unwrap_or_else(|| Path::new("/").to_path_buf());
        decrypt::decrypt_sources(&mut fs, &root, dir, decryptor).map_err(BuildError::DecryptSources)?;
    }

    // Flux leaves krusty's reorder option unset: no legacy sort unless the kustomization asks.
    let engine =
        kustomize::Options { load_restrictions: kustomize::LoadRestrictions::None, reorder: kustomize::Reorder::None };
    let output = kustomize::build_with(&fs, options.remote, dir, &engine)?;

    let mut resources = Vec::with_capacity(output.resources.len());
    for resource in output.resources.resources() {
        let node = resource.node();
        let (api_version, kind) = (str_at(node, &["apiVersion"]), str_at(node, &["kind"]));
        if name(node).is_empty() || kind.is_empty() || api_version.is_empty() {
            // Upstream prints the whole resource; its identity is enough, and a Secret's data stays out.
            let shown = format!("apiVersion: {api_version:?}, kind: {kind:?}, name: {:?}", name(node));
            return Err(BuildError::NotAnObject(shown));
        }
        let node = match options.decryptor {
            Some(decryptor) if !decrypt::decryption_disabled(node) => match decryptor.decrypt_resource(node) {
                Ok(Some(plain)) => plain,
                Ok(None) => node.clone(),
                Err(cause) => {
                    return Err(BuildError::Decrypt { gvk: gvk(node).to_string(), name: name(node).to_string(), cause })
                }
            },
            _ => node.clone(),
        };
        resources.push(node);
    }
    Ok(resources)
}

fn root_text(options: &Options<'_>) -> String {
    options.root.map(|r| r.display().to_string()).unwrap_or_default()
}

/// The resources as kustomize prints a build (`ResMap.AsYaml`): what the controller digests for
/// `status.history`.
#[allow(dead_code)] // The Kustomization controller's (and the tests').
///
/// # Errors
/// A resource JSON cannot carry.
pub fn to_yaml(resources: &[Node]) -> Result<String, String> {
    let mut out = String::new();
    for (i, resource) in resources.iter().enumerate() {
        if i > 0 {
            out.push_str("---\n");
        }
        out.push_str(&resource.to_yaml().map_err(|e| e.to_string())?);
    }
    Ok(out)
}

/// An I/O error as Go words it (`no such file or directory`), without Rust's `(os error 2)`.
pub(crate) fn io_text(e: &std::io::Error) -> String {
    let text = e.to_string();
    let text = text.split(" (os error").next().unwrap_or_default();
    let mut chars = text.chars();
    chars.next().map(|c| c.to_lowercase().chain(chars).collect()).unwrap_or_default()
}

/// The entry of a mapping node.
fn get<'a>(node: &'a Node, key: &str) -> Option<&'a Node> {
    match node {
        Node::Map(map) => map.entries.iter().find(|(k, _)| k.value == key).map(|(_, v)| v),
        _ => None,
    }
}

/// The text of the scalar at `path` (`""` when there is none).
fn str_at<'a>(node: &'a Node, path: &[&str]) -> &'a str {
    match path.iter().try_fold(node, |n, k| get(n, k)) {
        Some(Node::Scalar(s)) if s.tag != yaml::node::Tag::Null => &s.value,
        _ => "",
    }
}

fn name(node: &Node) -> &str {
    str_at(node, &["metadata", "name"])
}

/// kustomize's group/version/kind of a resource (`Deployment.v1.apps`).
fn gvk(node: &Node) -> kustomize::Gvk {
    kustomize::Gvk::from_api_version(str_at(node, &["apiVersion"]), str_at(node, &["kind"]))
}

fn label<'a>(node: &'a Node, key: &str) -> Option<&'a str> {
    Some(str_at(node, &["metadata", "labels", key])).filter(|v| !v.is_empty())
}

fn annotation<'a>(node: &'a Node, key: &str) -> Option<&'a str> {
    Some(str_at(node, &["metadata", "annotations", key])).filter(|v| !v.is_empty())
}

#[cfg(test)]
#[path = "build_tests.rs"]
mod tests;

//! `buildMetadata`: where each resource came from and what changed it, as annotations, and the
//! `app.kubernetes.io/managed-by` label.
//!
//! Only the top kustomization's field counts (kustomize gives it to every base and component).
//! When it lists anything at all, kustomize tracks origins through the whole build, in the
//! resources' own annotations, where patches and replacements can see them:
//!
//! - a resource read from a file gets `config.kubernetes.io/origin: path: <file>` (the path from
//!   the top kustomization's directory; inside a remote base, from the repository's root, with
//!   `repo` and `ref`), replacing any origin the file had;
//! - a generated resource gets the generator as its origin (`configuredIn`: the kustomization
//!   file, `configuredBy`: `apiVersion: builtin`, `kind: ConfigMapGenerator`);
//! - after every built-in transformer (one per `patches`, `images`, `replicas`, `labels` entry…),
//!   every resource accumulated so far gets the transformer appended to
//!   `alpha.config.kubernetes.io/transformations` (a resource without an origin gets the
//!   transformer as its origin instead).
//!
//! At the end the annotations not asked for (`originAnnotations`, `transformerAnnotations`) are
//! removed — also when a manifest carries them and nothing was tracked —, and `managedByLabel` adds `app.kubernetes.io/managed-by: kustomize-(devel)`: the
//! version kustomize reports when it is built as a library, as in kubectl and Flux.

use std::collections::BTreeMap;

use serde_json::Value;
use yaml::node::{Node, Scalar};

use crate::fieldspec::FieldSpec;
use crate::node;
use crate::remote::RepoSpec;
use crate::resmap::ResMap;
use crate::resource::Resource;

/// Where a resource came from.
pub(crate) const ORIGIN: &str = "config.kubernetes.io/origin";
/// The transformers that changed a resource.
pub(crate) const TRANSFORMATIONS: &str = "alpha.config.kubernetes.io/transformations";
const MANAGED_BY: &str = "app.kubernetes.io/managed-by";
/// `kustomize-` and the version kustomize's provenance reports without release ldflags.
const MANAGED_BY_VALUE: &str = "kustomize-(devel)";

const ORIGIN_OPTION: &str = "originAnnotations";
const TRANSFORMER_OPTION: &str = "transformerAnnotations";
const MANAGED_BY_OPTION: &str = "managedByLabel";

/// Where a kustomization is, for the origins of what it reads, generates and transforms
/// (kustomize's `resource.Origin` without the `configured…` fields).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Origin {
    /// From the top kustomization's directory, or from the root of `repo`.
    pub path: String,
    pub repo: String,
    pub reference: String,
}

impl Origin {
    /// The origin of an entry of this kustomization: a path under it, or a remote repository
    /// (whose root kustomization kustomize calls `notCloned`, from the directory it has not yet
    /// cloned into).
    pub(crate) fn append(&self, entry: &str) -> Origin {
        match RepoSpec::parse(entry) {
            Some(repo) => {
                let inside = clean(&format!("/notCloned/{}", repo.path));
                let path = inside.strip_prefix("/notCloned/").unwrap_or("notCloned").to_string();
                Origin { path, repo: repo.clone_url, reference: repo.reference }
            }
            None => Origin { path: join(&self.path, entry), ..self.clone() },
        }
    }

    /// The annotation of a resource read from a file at this origin.
    pub(crate) fn annotation(&self) -> String {
        self.fields(None)
    }

    /// The annotation naming a generator or transformer (`kind`, e.g. `PatchTransformer`) of the
    /// kustomization file `file_name` at this origin.
    pub(crate) fn configured(&self, file_name: &str, kind: &str) -> String {
        self.fields(Some((&join(&self.path, file_name), kind)))
    }

    /// go-yaml v3's print of kustomize's `Origin` (fields in its order, empty ones left out).
    fn fields(&self, configured: Option<(&str, &str)>) -> String {
        let mut out = String::new();
        for (key, value) in [("path", &self.path), ("repo", &self.repo), ("ref", &self.reference)] {
            if !value.is_empty() && configured.is_none_or(|_| key != "path") {
                out.push_str(&format!("{key}: {}\n", scalar(value)));
            }
        }
        if let Some((file, kind)) = configured {
            out.push_str(&format!("configuredIn: {}\n", scalar(file)));
            out.push_str(&format!("configuredBy:\n  apiVersion: builtin\n  kind: {}\n", scalar(kind)));
        }
        out
    }
}

/// A string as a YAML scalar, quoted where it would read as something else.
fn scalar(text: &str) -> String {
    yaml::to_string(&Value::String(text.to_string())).trim_end_matches('\n').to_string()
}

/// Go's `filepath.Join`: the non-empty parts joined with `/`, then cleaned.
fn join(base: &str, path: &str) -> String {
    match (base.is_empty(), path.is_empty()) {
        (true, true) => String::new(),
        (true, false) => clean(path),
        (false, true) => clean(base),
        (false, false) => clean(&format!("{base}/{path}")),
    }
}

/// Go's `path.Clean`: no empty or `.` elements, `..` folded where it can be, `.` for nothing.
fn clean(path: &str) -> String {
    let rooted = path.starts_with('/');
    let mut parts: Vec<&str> = Vec::new();
    for part in path.split('/') {
        match part {
            "" | "." => {}
            ".." => match parts.last() {
                Some(&last) if last != ".." => {
                    parts.pop();
                }
                _ if rooted => {}
                _ => parts.push(".."),
            },
            other => parts.push(other),
        }
    }
    let joined = parts.join("/");
    match (rooted, joined.is_empty()) {
        (true, _) => format!("/{joined}"),
        (false, true) => ".".into(),
        (false, false) => joined,
    }
}

/// What the top kustomization's `buildMetadata` asks for.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Options {
    /// Origins are tracked (the field lists anything, even an unknown option).
    pub track: bool,
    pub origins: bool,
    pub transformations: bool,
    pub managed_by: bool,
}

impl Options {
    pub(crate) fn parse(field: &[String]) -> Options {
        let has = |option: &str| field.iter().any(|o| o == option);
        Options {
            track: !field.is_empty(),
            origins: has(ORIGIN_OPTION),
            transformations: has(TRANSFORMER_OPTION),
            managed_by: has(MANAGED_BY_OPTION),
        }
    }
}

/// The annotations mapping of a resource, created when missing (or null).
fn annotations(resource: &mut Resource) -> &mut yaml::node::Map {
    if !matches!(node::get(&resource.node, "metadata"), Some(Node::Map(_))) {
        node::set(&mut resource.node, "metadata", node::map_node());
    }
    let metadata = node::get_mut(&mut resource.node, "metadata").expect("metadata was just made a mapping");
    if !matches!(node::get(metadata, "annotations"), Some(Node::Map(_))) {
        node::set(metadata, "annotations", node::map_node());
    }
    match node::get_mut(metadata, "annotations") {
        Some(Node::Map(map)) => map,
        _ => unreachable!("annotations was just made a mapping"),
    }
}

fn set(map: &mut yaml::node::Map, key: &str, value: String) {
    match map.entries.iter_mut().find(|(k, _)| k.value == key) {
        Some((_, v)) => *v = Node::Scalar(Scalar::string(value)),
        None => map.entries.push((Scalar::string(key), Node::Scalar(Scalar::string(value)))),
    }
}

/// Sets a resource's origin (kustomize's `AnnotateAll` for the resources of a file).
pub(crate) fn set_origin(resource: &mut Resource, origin: &str) {
    set(annotations(resource), ORIGIN, origin.to_string());
}

/// Sets a generated resource's origin unless it has one.
pub(crate) fn set_origin_if_missing(resource: &mut Resource, origin: &str) {
    if resource.annotation(ORIGIN).is_none() {
        set_origin(resource, origin);
    }
}

/// Records a transformer on every resource: in its list of transformations, or as its origin
/// when it has none (kustomize then takes the transformer for its maker).
pub(crate) fn record(resources: &mut ResMap, transformer: &str) {
    let item = list_item(transformer);
    for resource in resources.resources_mut() {
        if resource.annotation(ORIGIN).is_none() {
            set_origin(resource, transformer);
            continue;
        }
        let list = resource.annotation(TRANSFORMATIONS).unwrap_or_default().to_string();
        set(annotations(resource), TRANSFORMATIONS, list + &item);
    }
}

/// An origin as an item of the transformations list.
fn list_item(origin: &str) -> String {
    let mut out = String::new();
    for (i, line) in origin.lines().enumerate() {
        out.push_str(if i == 0 { "- " } else { "  " });
        out.push_str(line);
        out.push('\n');
    }
    out
}

/// The end of the build: the managed-by label when asked for, and the tracking annotations that
/// were not asked for removed (an annotations mapping left empty goes too).
///
/// # Errors
/// A resource whose labels are not a mapping.
pub(crate) fn finish(options: Options, resources: &mut ResMap) -> Result<(), String> {
    if options.managed_by {
        let label = BTreeMap::from([(MANAGED_BY.to_string(), MANAGED_BY_VALUE.to_string())]);
        crate::transform::set_labels(&label, &[FieldSpec::any("metadata/labels", true)], resources)?;
    }
    // Removed whether tracked or not: a manifest's own go too.
    if options.origins && options.transformations {
        return Ok(());
    }
    for resource in resources.resources_mut() {
        let Some(metadata) = node::get_mut(&mut resource.node, "metadata") else { continue };
        let Some(Node::Map(map)) = node::get_mut(metadata, "annotations") else { continue };
        map.entries.retain(|(k, _)| {
            (k.value != ORIGIN || options.origins) && (k.value != TRANSFORMATIONS || options.transformations)
        });
        if map.entries.is_empty() {
            node::remove(metadata, "annotations");
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_join_and_clean_as_go_does() {
        assert_eq!(join("", "deployment.yaml"), "deployment.yaml");
        assert_eq!(join("../base", "./a/../b.yaml"), "../base/b.yaml");
        assert_eq!(join("overlay", "../../x"), "../x");
        assert_eq!(join("", ""), "");
        assert_eq!(clean("a/.."), ".");
    }

    #[test]
    fn origins_print_as_kustomize_marshals_them() {
        let top = Origin::default();
        assert_eq!(top.append("svc.yaml").annotation(), "path: svc.yaml\n");
        assert_eq!(
            top.append("../base").configured("kustomization.yaml", "PatchTransformer"),
            "configuredIn: ../base/kustomization.yaml\nconfiguredBy:\n  apiVersion: builtin\n  kind: PatchTransformer\n"
        );
        let remote = top.append("github.com/org/repo//app/prod?ref=1.0");
        assert_eq!(
            remote,
            Origin { path: "app/prod".into(), repo: "https://github.com/org/repo".into(), reference: "1.0".into() }
        );
        assert_eq!(
            remote.append("deploy.yaml").annotation(),
            "path: app/prod/deploy.yaml\nrepo: https://github.com/org/repo\nref: \"1.0\"\n"
        );
        assert_eq!(top.append("github.com/org/repo").path, "notCloned");
        assert_eq!(list_item("path: a\nref: b\n"), "- path: a\n  ref: b\n");
    }
}

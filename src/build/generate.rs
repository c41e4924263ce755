//! Flux's overlay: the kustomization file a Kustomization builds (fluxcd/pkg `kustomize.Generator`).
//!
//! When `spec.path` has no kustomization file, one is generated that lists every manifest below it
//! (`*.yaml`/`*.yml` files that read as Kubernetes objects, and directories holding a kustomization
//! file of their own, which are not entered); a directory with none gets the placeholder namespace
//! `_placeholder`, so that kustomize does not refuse an empty kustomization. Then the spec is merged
//! in: `targetNamespace` → `namespace`, `namePrefix`, `nameSuffix`, `patches` appended, `components`
//! appended (missing ones dropped with `ignoreMissingComponents`), `images` merged by name,
//! `buildMetadata` replaced. The result is the file read into kustomize's Go struct and written back
//! ([`super::kfile`]): unknown fields dropped, keys sorted.
//!
//! `flux build` (not the controller) also applies ignore rules: `.sourceignore` files below the path,
//! `--ignore-paths`, and source-controller's default exclusions, both to the files the generator
//! lists and to the `resources`, `components` and `crds` of an existing kustomization file.

use std::path::{Path, PathBuf};

use api::kustomize::{BuildMetadataOption, KustomizationSpec, Selector};
use artifact::ignore::{self, Matcher};
use serde_json::{Map, Value};

use super::fs::BuildFs;
use super::{io_text, kfile};

/// The file names kustomize recognises, in the order upstream looks for them.
pub const KUSTOMIZATION_FILES: [&str; 3] = ["kustomization.yaml", "kustomization.yml", "Kustomization"];

/// Whether the kustomization file existed or was generated (upstream's `Action`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Created,
    Unchanged,
}

/// The kustomization file a build reads instead of (or in the absence of) the one on disk.
#[derive(Debug, Clone)]
pub struct Overlay {
    /// Where it is: the existing file's path, or `<dir>/kustomization.yaml`.
    pub path: PathBuf,
    /// Its text, as upstream writes it.
    pub content: String,
    #[allow(dead_code)] // Reported by upstream's generator; read by the tests.
    pub action: Action,
}

/// `flux build`'s ignore rules; the controller has none (its artifact was filtered when packaged).
#[derive(Debug, Clone, Default)]
pub struct IgnoreRules {
    /// `--ignore-paths`: gitignore patterns scoped to the built directory.
    pub patterns: Vec<String>,
}

/// Generates (if needed) and rewrites the kustomization file of `dir` for `spec`.
///
/// `fs` says where reads may go (the artifact's root for the controller); `ignore` is `flux build`'s
/// filtering.
///
/// # Errors
/// Upstream's messages: a manifest that does not decode (`failed to decode Kubernetes YAML from
/// <path>: …`), a kustomization file of the wrong shape, a component that is not a local relative
/// path, an unreadable directory, a listed resource that does not exist (with ignore rules).
pub fn generate(
    fs: &BuildFs,
    dir: &Path,
    spec: &KustomizationSpec,
    ignore: Option<&IgnoreRules>,
) -> Result<Overlay, String> {
    let rules = match ignore {
        Some(rules) => Some(Rules::load(dir, rules)?),
        None => None,
    };
    let (path, text, action) = find_or_generate(fs, dir, rules.as_ref())?;
    let mut k = kfile::read(&text)?;

    if action == Action::Unchanged && list(&k, "resources").is_empty() {
        // Upstream's guard against kustomize's "kustomization.yaml is empty": it replaces any
        // buildMetadata of a file without resources.
        k.insert("buildMetadata".into(), Value::Array(vec![Value::String("originAnnotations".into())]));
    }
    if let Some(rules) = &rules {
        for field in ["resources", "components", "crds"] {
            filter_entries(&mut k, field, dir, rules)?;
        }
    }
    merge_spec(fs, &mut k, dir, spec)?;
    Ok(Overlay { path, content: kfile::write(&k), action })
}

/// The existing kustomization file (the first recognised name that is a file), or a generated one.
fn find_or_generate(fs: &BuildFs, dir: &Path, rules: Option<&Rules>) -> Result<(PathBuf, String, Action), String> {
    for name in KUSTOMIZATION_FILES {
        let path = dir.join(name);
        if fs.exists(&path) && !fs.is_dir_checked(&path) {
            let bytes = fs.read_file(&path).map_err(|e| format!("open {}: {}", path.display(), io_text(&e)))?;
            return Ok((path, String::from_utf8_lossy(&bytes).into_owned(), Action::Unchanged));
        }
    }
    let base = absolute(dir);
    let mut found = Vec::new();
    scan(fs, &base, &base, rules, &mut found)?;
    let mut k = kfile::new();
    if found.is_empty() {
        k.insert("namespace".into(), Value::String("_placeholder".into()));
    } else {
        k.insert("resources".into(), Value::Array(found.into_iter().map(Value::String).collect()));
    }
    Ok((dir.join(KUSTOMIZATION_FILES[0]), kfile::write(&k), Action::Created))
}

/// upstream's `scanManifests`: a depth-first walk in name order, symbolic links not followed.
fn scan(fs: &BuildFs, base: &Path, dir: &Path, rules: Option<&Rules>, out: &mut Vec<String>) -> Result<(), String> {
    let entries = std::fs::read_dir(dir).map_err(|e| format!("open {}: {}", dir.display(), io_text(&e)))?;
    let mut names = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| format!("readdir {}: {}", dir.display(), io_text(&e)))?;
        names.push(entry.file_name());
    }
    names.sort();
    for name in names {
        let path = dir.join(&name);
        let meta =
            std::fs::symlink_metadata(&path).map_err(|e| format!("lstat {}: {}", path.display(), io_text(&e)))?;
        if meta.is_dir() {
            // A directory with its own kustomization is listed as one resource, not entered.
            let has_kustomization = KUSTOMIZATION_FILES.iter().any(|k| {
                let kpath = path.join(k);
                fs.exists(&kpath) && !fs.is_dir_checked(&kpath)
            });
            if has_kustomization {
                out.push(relative_entry(base, &path));
            } else {
                scan(fs, base, &path, rules, out)?;
            }
            continue;
        }
        let name = name.to_string_lossy();
        if !(name.ends_with(".yaml") || name.ends_with(".yml")) {
            continue;
        }
        if let Some(rules) = rules.filter(|r| r.has_user_patterns) {
            if rules.excludes(base, &path, false) {
                continue;
            }
        }
        let content = fs.read_file(&path).map_err(|e| format!("open {}: {}", path.display(), io_text(&e)))?;
        if let Err(e) = kustomize::read_resources(&content, &path) {
            let cause = e.to_string();
            // The engine's message starts with the path; upstream names it once, before the cause.
            let prefix = format!("{}: ", path.display());
            let cause = cause.strip_prefix(&prefix).unwrap_or(&cause);
            return Err(format!("failed to decode Kubernetes YAML from {}: {cause}", path.display()));
        }
        out.push(relative_entry(base, &path));
    }
    Ok(())
}

/// `./<path below base>`, as upstream spells the entries it generates.
fn relative_entry(base: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(base).unwrap_or(path);
    format!("./{}", rel.to_string_lossy())
}

/// The ignore rules of a `flux build`, as upstream's generator loads them.
struct Rules {
    /// `.sourceignore` patterns and `--ignore-paths`, after the default exclusions.
    matcher: Matcher,
    /// Whether there is any user pattern: without one, upstream does not filter the files it lists
    /// (but still filters an existing file's entries with the defaults).
    has_user_patterns: bool,
}

impl Rules {
    fn load(dir: &Path, rules: &IgnoreRules) -> Result<Rules, String> {
        let mut user = ignore::load_ignore_patterns(dir).map_err(|e| format!("failed to load ignore patterns: {e}"))?;
        user.extend(ignore::read_patterns(&rules.patterns.join("\n"), &[]));
        let has_user_patterns = !user.is_empty();
        let mut patterns = ignore::vcs_patterns(&[]);
        patterns.extend(ignore::default_patterns(&[]));
        patterns.extend(user);
        Ok(Rules { matcher: Matcher::new(patterns), has_user_patterns })
    }

    /// Whether `path` (below `base`, or not — then never) is excluded.
    fn excludes(&self, base: &Path, path: &Path, is_dir: bool) -> bool {
        let Ok(rel) = path.strip_prefix(base) else { return false };
        let parts: Vec<String> = rel.components().map(|c| c.as_os_str().to_string_lossy().into_owned()).collect();
        let parts: Vec<&str> = parts.iter().map(String::as_str).collect();
        !parts.is_empty() && self.matcher.is_excluded(&parts, is_dir)
    }
}

/// upstream's `filterSlice`: drops the entries of `field` the rules exclude. Every local entry must
/// exist (upstream `lstat`s it); URLs are kept, except in `crds`, which cannot be URLs.
fn filter_entries(k: &mut Map<String, Value>, field: &str, dir: &Path, rules: &Rules) -> Result<(), String> {
    let Some(Value::Array(entries)) = k.get_mut(field) else { return Ok(()) };
    let base = absolute(dir);
    let mut kept = Vec::with_capacity(entries.len());
    for entry in entries.drain(..) {
        let text = entry.as_str().unwrap_or_default();
        if field == "crds" || !is_url(text) {
            let path = clean(&base.join(text));
            let meta =
                std::fs::symlink_metadata(&path).map_err(|e| format!("lstat {}: {}", path.display(), io_text(&e)))?;
            if rules.excludes(&base, &path, meta.is_dir()) {
                continue;
            }
        }
        kept.push(entry);
    }
    *entries = kept;
    Ok(())
}

/// Go's `url.ParseRequestURI(s)` succeeding with a scheme: `<scheme>:…` (a scheme-less
/// `github.com/org/repo` is not one, and upstream `lstat`s it).
fn is_url(s: &str) -> bool {
    let Some((scheme, _)) = s.split_once(':') else { return false };
    scheme.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
        && scheme.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
}

/// Merges the Kustomization's spec into the kustomization, in upstream's order.
fn merge_spec(fs: &BuildFs, k: &mut Map<String, Value>, dir: &Path, spec: &KustomizationSpec) -> Result<(), String> {
    let set = |k: &mut Map<String, Value>, field: &str, value: &Option<String>| {
        // An empty string is absent: the typed object omits it before upstream reads it.
        if let Some(v) = value.as_deref().filter(|v| !v.is_empty()) {
            k.insert(field.into(), Value::String(v.into()));
        }
    };
    set(k, "namespace", &spec.target_namespace);
    set(k, "namePrefix", &spec.name_prefix);
    set(k, "nameSuffix", &spec.name_suffix);

    for patch in spec.patches.iter().flatten() {
        let mut entry = Map::new();
        if !patch.patch.is_empty() {
            entry.insert("patch".into(), Value::String(patch.patch.clone()));
        }
        if let Some(target) = &patch.target {
            entry.insert("target".into(), Value::Object(selector(target)));
        }
        push(k, "patches", Value::Object(entry));
    }

    let ignore_missing = spec.ignore_missing_components.unwrap_or(false);
    for component in spec.components.iter().flatten() {
        if !is_local_relative_path(component) {
            return Err(format!("component path '{component}' must be local and relative"));
        }
        if ignore_missing && !fs.exists(&dir.join(component)) {
            continue;
        }
        push(k, "components", Value::String(component.clone()));
    }

    for image in spec.images.iter().flatten() {
        merge_image(k, image);
    }

    let build_metadata: Vec<Value> = spec
        .build_metadata
        .iter()
        .flatten()
        .map(|o| {
            Value::String(
                match o {
                    BuildMetadataOption::OriginAnnotations => "originAnnotations",
                    BuildMetadataOption::TransformerAnnotations => "transformerAnnotations",
                }
                .into(),
            )
        })
        .collect();
    if !build_metadata.is_empty() {
        k.insert("buildMetadata".into(), Value::Array(build_metadata));
    }
    Ok(())
}

/// An image of the spec: an entry with the same name is updated field by field (a new tag and a
/// digest replace both old values together, as kustomize's image transformer does), else appended.
fn merge_image(k: &mut Map<String, Value>, image: &api::kustomize::Image) {
    let given = |v: &Option<String>| v.clone().filter(|s| !s.is_empty());
    let (new_name, new_tag, digest) = (given(&image.new_name), given(&image.new_tag), given(&image.digest));
    if let Some(Value::Array(images)) = k.get_mut("images") {
        let existing = images.iter_mut().find(|e| e.get("name").and_then(Value::as_str) == Some(image.name.as_str()));
        if let Some(Value::Object(entry)) = existing {
            if let Some(name) = new_name {
                entry.insert("newName".into(), Value::String(name));
            }
            if new_tag.is_some() || digest.is_some() {
                entry.insert("newTag".into(), Value::String(new_tag.unwrap_or_default()));
                entry.insert("digest".into(), Value::String(digest.unwrap_or_default()));
            }
            return;
        }
    }
    let mut entry = Map::new();
    entry.insert("name".into(), Value::String(image.name.clone()));
    for (field, value) in [("newName", new_name), ("newTag", new_tag), ("digest", digest)] {
        if let Some(v) = value {
            entry.insert(field.into(), Value::String(v));
        }
    }
    push(k, "images", Value::Object(entry));
}

/// kustomize's `Selector` for a patch target: the set fields.
fn selector(s: &Selector) -> Map<String, Value> {
    let mut out = Map::new();
    for (field, value) in [
        ("group", &s.group),
        ("version", &s.version),
        ("kind", &s.kind),
        ("name", &s.name),
        ("namespace", &s.namespace),
        ("annotationSelector", &s.annotation_selector),
        ("labelSelector", &s.label_selector),
    ] {
        if let Some(v) = value.as_deref().filter(|v| !v.is_empty()) {
            out.insert(field.into(), Value::String(v.into()));
        }
    }
    out
}

fn push(k: &mut Map<String, Value>, field: &str, value: Value) {
    match k.get_mut(field) {
        Some(Value::Array(list)) => list.push(value),
        _ => {
            k.insert(field.into(), Value::Array(vec![value]));
        }
    }
}

fn list<'a>(k: &'a Map<String, Value>, field: &str) -> &'a [Value] {
    k.get(field).and_then(Value::as_array).map(Vec::as_slice).unwrap_or_default()
}

/// upstream's `IsLocalRelativePath` (kustomize's remote prefixes, without `file://`).
pub fn is_local_relative_path(path: &str) -> bool {
    let lower = path.to_lowercase();
    let remote = ["git::", "gh:", "ssh://", "https://", "http://", "git@", "github.com:", "github.com/"]
        .iter()
        .any(|p| p.len() < path.len() && lower.starts_with(p));
    if remote {
        return false;
    }
    !(path.starts_with('/') || lower.strip_prefix("file://").unwrap_or(&lower).starts_with('/'))
}

/// `dir` made absolute (against the working directory) and cleaned, without resolving links, as
/// Go's `filepath.Abs`.
fn absolute(dir: &Path) -> PathBuf {
    let joined = if dir.is_absolute() {
        dir.to_path_buf()
    } else {
        std::env::current_dir().map(|cwd| cwd.join(dir)).unwrap_or_else(|_| dir.to_path_buf())
    };
    clean(&joined)
}

/// `.` and `..` resolved lexically (Go's `filepath.Clean`).
pub use kustomize::clean_path as clean;

#[cfg(test)]
#[path = "generate_tests.rs"]
mod tests;

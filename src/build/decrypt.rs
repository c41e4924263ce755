//! Where SOPS decryption plugs into a build, at upstream's two points (kustomize-controller
//! `internal/decryptor`):
//!
//! 1. **before** the build, the files kustomize reads as data: `secretGenerator` `files` and `envs`
//!    and `patches[].path`, of the built kustomization and of every local kustomization it reaches
//!    through `resources` and `components` inside the root ([`sources`]). Upstream decrypts them in
//!    place in its temporary copy; here the plain text is served from memory by the build's file
//!    system;
//! 2. **after** the build, each resource (unless annotated `kustomize.toolkit.fluxcd.io/decrypt:
//!    disabled`): a whole SOPS document, or a Secret's encrypted `data` values.
//!
//! The cryptography is a [`Decryptor`]'s: this module only decides what is offered to it.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde_json::Value;
use yaml::node::Node;

use super::fs::BuildFs;
use super::generate::{clean, KUSTOMIZATION_FILES};
use super::{io_text, kfile};

/// The annotation that turns decryption off for one resource (value compared case-insensitively).
pub const DECRYPT_ANNOTATION: &str = "kustomize.toolkit.fluxcd.io/decrypt";

/// The format SOPS reads (and writes back) a file in, as upstream picks it from the file name.
pub use sops::Format as FileFormat;

/// What decrypts: the Kustomization's SOPS keys, behind an interface so that the build does not
/// depend on how keys are found. Errors are one line and never contain a decrypted value.
pub trait Decryptor: Send + Sync {
    /// Decrypts a generator input or patch file, in `format` in and out. It is called only for a
    /// file that holds the format's SOPS marker ([`FileFormat::marker`]).
    fn decrypt_file(&self, path: &Path, format: FileFormat, content: &[u8]) -> Result<Vec<u8>, String>;

    /// Decrypts a built resource: a whole SOPS document, or a Secret whose `data` values are SOPS
    /// files; `Ok(None)` when there is nothing to decrypt.
    fn decrypt_resource(&self, resource: &Node) -> Result<Option<Node>, String>;
}

/// A file to offer to [`Decryptor::decrypt_file`] before the build.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    /// Absolute, inside the root.
    pub path: PathBuf,
    pub format: FileFormat,
}

/// The files upstream's `DecryptSources` decrypts before a build of `dir`: walking the kustomization
/// of `dir` (served by `fs`, so Flux's rewritten file is the one read) and, through `resources` and
/// `components`, every local kustomization directory inside `root`. The first file named twice
/// keeps the format it was first named with.
///
/// # Errors
/// A kustomization that cannot be read, a directory without one that a kustomization names (an
/// error upstream too), a path that leaves `root`.
pub fn sources(fs: &BuildFs, root: &Path, dir: &Path) -> Result<Vec<Source>, String> {
    let mut walk = Walk { fs, root: clean(root), visited: Vec::new(), found: BTreeMap::new(), order: Vec::new() };
    match walk.visit(&clean(dir)) {
        Ok(()) | Err(Visit::Ignore) => {}
        Err(Visit::Fail(e)) => return Err(e),
    }
    Ok(walk.order.into_iter().map(|path| Source { format: walk.found[&path], path }).collect())
}

enum Visit {
    /// A dead end upstream skips: a resource that does not exist, or is a file (or a URL).
    Ignore,
    Fail(String),
}

struct Walk<'a> {
    fs: &'a BuildFs,
    root: PathBuf,
    visited: Vec<PathBuf>,
    found: BTreeMap<PathBuf, FileFormat>,
    order: Vec<PathBuf>,
}

impl Walk<'_> {
    fn visit(&mut self, dir: &Path) -> Result<(), Visit> {
        if !dir.starts_with(&self.root) {
            // securejoin would scope it back into the root; such a path names nothing upstream reads.
            return Err(Visit::Ignore);
        }
        if self.visited.iter().any(|v| v == dir) {
            return Ok(());
        }
        self.visited.push(dir.to_path_buf());
        match std::fs::symlink_metadata(dir) {
            Err(_) => return Err(Visit::Ignore),
            Ok(meta) if !meta.is_dir() => return Err(Visit::Ignore),
            Ok(_) => {}
        }
        let k = self.load(dir).map_err(Visit::Fail)?;
        for generator in array(&k, "secretGenerator") {
            for file in strings(generator, "files") {
                let (key, path) = file.split_once('=').unwrap_or((file, file));
                self.add(dir, path, FileFormat::from_path(key)).map_err(Visit::Fail)?;
            }
            for env in strings(generator, "envs") {
                let format = match FileFormat::from_path(env) {
                    FileFormat::Binary => FileFormat::Dotenv,
                    other => other,
                };
                self.add(dir, env, format).map_err(Visit::Fail)?;
            }
        }
        for patch in array(&k, "patches") {
            let path = patch.get("path").and_then(Value::as_str).unwrap_or_default();
            if path.is_empty() || is_remote_url(path) {
                continue;
            }
            self.add(dir, path, FileFormat::from_path(path)).map_err(Visit::Fail)?;
        }
        let children: Vec<String> = ["resources", "components"]
            .iter()
            .flat_map(|field| k.get(*field).and_then(Value::as_array).cloned().unwrap_or_default())
            .filter_map(|v| v.as_str().map(str::to_string))
            .collect();
        for child in children {
            let path =
                if child.starts_with('/') { self.root.join(child.trim_start_matches('/')) } else { dir.join(&child) };
            match self.visit(&clean(&path)) {
                Ok(()) | Err(Visit::Ignore) => {}
                Err(fail) => return Err(fail),
            }
        }
        Ok(())
    }

    /// The kustomization file of `dir`, read as upstream's decryptor reads it.
    fn load(&self, dir: &Path) -> Result<serde_json::Map<String, Value>, String> {
        let mut chosen = None;
        for name in KUSTOMIZATION_FILES {
            let path = dir.join(name);
            if self.fs.exists(&path) && !self.fs.is_dir_checked(&path) {
                if chosen.is_some() {
                    return Err("found multiple kustomization files".into());
                }
                chosen = Some(path);
            }
        }
        let path = chosen.ok_or_else(|| "no kustomization file found".to_string())?;
        let bytes = self.fs.read_file(&path).map_err(|e| format!("failed to read kustomization file: {e}"))?;
        kfile::read(&String::from_utf8_lossy(&bytes))
            .map_err(|e| format!("failed to unmarshal kustomization file from '{}': {e}", path.display()))
    }

    /// Records a file a kustomization in `dir` names.
    fn add(&mut self, dir: &Path, path: &str, format: FileFormat) -> Result<(), String> {
        let full = if path.starts_with('/') { self.root.join(path.trim_start_matches('/')) } else { dir.join(path) };
        let full = clean(&full);
        if !full.starts_with(&self.root) {
            let rel = path.trim_start_matches("./");
            return Err(format!("path '{rel}' is not in or below the root"));
        }
        if !self.found.contains_key(&full) {
            self.found.insert(full.clone(), format);
            self.order.push(full);
        }
        Ok(())
    }
}

fn array<'a>(k: &'a serde_json::Map<String, Value>, field: &str) -> impl Iterator<Item = &'a Value> {
    k.get(field).and_then(Value::as_array).into_iter().flatten()
}

fn strings<'a>(v: &'a Value, field: &str) -> impl Iterator<Item = &'a str> {
    v.get(field).and_then(Value::as_array).into_iter().flatten().filter_map(Value::as_str)
}

/// Go's `url.Parse` finding a scheme and a host.
fn is_remote_url(path: &str) -> bool {
    path.split_once("://").is_some_and(|(scheme, rest)| {
        !scheme.is_empty()
            && scheme.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
            && !rest.split('/').next().unwrap_or_default().is_empty()
    })
}

/// The largest file upstream decrypts (5 MiB).
const MAX_ENCRYPTED_FILE_SIZE: u64 = 5 << 20;

/// Decrypts the [`sources`] with `decryptor` into `fs`'s memory, as upstream's `sopsDecryptFile`:
/// each must be a regular file of at most 5 MiB, and only a file holding its format's SOPS marker
/// is offered to the decryptor.
///
/// # Errors
/// A file that cannot be read or decrypted, named relative to the root.
pub fn decrypt_sources(fs: &mut BuildFs, root: &Path, dir: &Path, decryptor: &dyn Decryptor) -> Result<(), String> {
    let root = clean(root);
    for source in sources(fs, &root, dir)? {
        let shown = source.path.strip_prefix(&root).unwrap_or(&source.path).display().to_string();
        let meta = std::fs::symlink_metadata(&source.path).map_err(|e| format!("lstat {shown}: {}", io_text(&e)))?;
        if !meta.is_file() {
            return Err("cannot decrypt irregular file as it has file mode type bits set".into());
        }
        if meta.len() > MAX_ENCRYPTED_FILE_SIZE {
            return Err(format!(
                "cannot decrypt file with size ({} bytes) exceeding limit ({MAX_ENCRYPTED_FILE_SIZE})",
                meta.len()
            ));
        }
        let content = fs.read_file(&source.path).map_err(|e| format!("open {shown}: {}", io_text(&e)))?;
        let marker = source.format.marker();
        if !content.windows(marker.len()).any(|w| w == marker) {
            continue;
        }
        let plain = decryptor.decrypt_file(&source.path, source.format, &content)?;
        fs.overlay(&source.path, plain).map_err(|e| format!("{shown}: {}", io_text(&e)))?;
    }
    Ok(())
}

/// Whether a resource opts out of decryption.
pub fn decryption_disabled(resource: &Node) -> bool {
    super::annotation(resource, DECRYPT_ANNOTATION).is_some_and(|v| v.eq_ignore_ascii_case("disabled"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(root: &Path, files: &[(&str, &str)]) {
        for (name, content) in files {
            let path = root.join(name);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, content).unwrap();
        }
    }

    #[test]
    fn sources_follow_kustomizations_inside_the_root() {
        let tmp = tempfile::tempdir().unwrap();
        let root = std::fs::canonicalize(tmp.path()).unwrap();
        write(
            &root,
            &[
                (
                    "app/kustomization.yaml",
                    "resources: [../base, deploy.yaml, https://example.com/x.yaml, missing]\ncomponents: [../comp]\n\
                     secretGenerator:\n- name: s\n  files: [token.enc, config.json=plain.txt]\n  envs: [vars, app.env]\n\
                     patches:\n- path: patch.yaml\n- patch: '{}'\n- path: https://example.com/p.yaml\n",
                ),
                ("app/deploy.yaml", "kind: X\n"),
                ("base/kustomization.yml", "secretGenerator:\n- name: b\n  files: [../app/token.enc, b.ini]\n"),
                ("comp/Kustomization", "kind: Component\npatches:\n- path: c.json\n"),
            ],
        );
        let fs = BuildFs::new(Some(&root)).unwrap();
        let got: Vec<(String, FileFormat)> = sources(&fs, &root, &root.join("app"))
            .unwrap()
            .into_iter()
            .map(|s| (s.path.strip_prefix(&root).unwrap().display().to_string(), s.format))
            .collect();
        let want: Vec<(String, FileFormat)> = [
            ("app/token.enc", FileFormat::Binary),
            ("app/plain.txt", FileFormat::Json),
            ("app/vars", FileFormat::Dotenv),
            ("app/app.env", FileFormat::Dotenv),
            ("app/patch.yaml", FileFormat::Yaml),
            ("base/b.ini", FileFormat::Ini),
            ("comp/c.json", FileFormat::Json),
        ]
        .into_iter()
        .map(|(p, f)| (p.to_string(), f))
        .collect();
        assert_eq!(got, want);
    }

    #[test]
    fn sources_refuse_files_outside_the_root_and_dirs_without_kustomization() {
        let tmp = tempfile::tempdir().unwrap();
        let root = std::fs::canonicalize(tmp.path()).unwrap().join("root");
        write(&root, &[("kustomization.yaml", "secretGenerator:\n- name: s\n  files: [../../etc/passwd]\n")]);
        let fs = BuildFs::new(Some(&root)).unwrap();
        let err = sources(&fs, &root, &root).unwrap_err();
        assert!(err.contains("is not in or below the root"), "{err}");
        write(&root, &[("kustomization.yaml", "resources: [plain]\n"), ("plain/a.yaml", "kind: A\n")]);
        assert_eq!(sources(&fs, &root, &root).unwrap_err(), "no kustomization file found");
    }

    #[test]
    fn formats() {
        assert_eq!(FileFormat::from_path(".dockerconfigjson"), FileFormat::Json);
        assert_eq!(FileFormat::from_path("a.yml"), FileFormat::Yaml);
        assert_eq!(FileFormat::from_path("token"), FileFormat::Binary);
    }
}

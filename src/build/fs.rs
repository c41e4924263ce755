//! The file system a Flux build reads: the disk, confined to the source's root when there is one,
//! with some files served from memory instead — the kustomization file Flux generated or rewrote, and
//! SOPS-encrypted generator inputs and patches once decrypted.
//!
//! Nothing is ever written: upstream's `flux build` rewrites `kustomization.yaml` inside the user's
//! directory (and restores it afterwards), the controller inside its temporary copy; serving the
//! rewritten file from memory gives the engine the same view without touching either.

use std::collections::HashMap;
use std::io;
use std::path::{Path, PathBuf};

/// Where remote bases are cloned: kustomize's temporary directories (`$TMPDIR/kustomize-…`), which
/// upstream's secure file system lets a build read although they are outside the root. The binary's
/// `GitRemoteLoader` clones into `$TMPDIR/kustomize-remote-…`.
const CLONE_PREFIX: &str = "kustomize-";

/// The disk, optionally confined, with files overlaid from memory.
pub struct BuildFs {
    /// Reads must stay in or below this directory (absolute, links resolved); `None`: anywhere.
    root: Option<PathBuf>,
    /// String prefixes of paths allowed outside the root (remote base clones).
    allowed: Vec<String>,
    /// Files served from memory, by their path with the directory part's links resolved.
    files: HashMap<PathBuf, Vec<u8>>,
}

impl BuildFs {
    /// Reads confined to `root` (when given) plus the clone directories of remote bases.
    ///
    /// # Errors
    /// `root` does not exist.
    pub fn new(root: Option<&Path>) -> io::Result<BuildFs> {
        let root = root.map(std::fs::canonicalize).transpose()?;
        let temp = std::fs::canonicalize(std::env::temp_dir()).unwrap_or_else(|_| std::env::temp_dir());
        let allowed = vec![temp.join(CLONE_PREFIX).to_string_lossy().into_owned()];
        Ok(BuildFs { root, allowed, files: HashMap::new() })
    }

    /// The confining root, if any.
    pub fn root(&self) -> Option<&Path> {
        self.root.as_deref()
    }

    /// Serves `content` at `path` (whose directory must exist) instead of what is on disk.
    ///
    /// # Errors
    /// The directory of `path` does not exist.
    pub fn overlay(&mut self, path: &Path, content: Vec<u8>) -> io::Result<()> {
        let key = memory_key(path).ok_or_else(|| io::Error::new(io::ErrorKind::NotFound, "no such directory"))?;
        self.files.insert(key, content);
        Ok(())
    }

    /// The content served from memory at `path`, if any.
    fn in_memory(&self, path: &Path) -> Option<(PathBuf, &Vec<u8>)> {
        if self.files.is_empty() {
            return None;
        }
        let key = memory_key(path)?;
        self.files.get(&key).map(|content| (key, content))
    }

    /// Refuses a resolved path outside the root (and the allowed clone directories).
    fn check(&self, real: &Path, asked: &Path) -> io::Result<()> {
        let Some(root) = &self.root else { return Ok(()) };
        let text = real.to_string_lossy();
        if real.starts_with(root) || self.allowed.iter().any(|p| text.starts_with(p.as_str())) {
            return Ok(());
        }
        Err(io::Error::other(format!("path '{}' is not in or below '{}'", asked.display(), root.display())))
    }

    /// Reads a file from memory or from disk, under the confinement.
    pub fn read_file(&self, path: &Path) -> io::Result<Vec<u8>> {
        if let Some((_, content)) = self.in_memory(path) {
            return Ok(content.clone());
        }
        let real = std::fs::canonicalize(path)?;
        self.check(&real, path)?;
        std::fs::read(real)
    }

    /// Whether `path` exists (in memory, or on disk within the confinement); links followed.
    pub fn exists(&self, path: &Path) -> bool {
        self.in_memory(path).is_some() || std::fs::canonicalize(path).is_ok_and(|real| self.check(&real, path).is_ok())
    }

    /// Whether `path` is a directory within the confinement; links followed.
    pub fn is_dir_checked(&self, path: &Path) -> bool {
        self.in_memory(path).is_none()
            && std::fs::canonicalize(path).is_ok_and(|real| real.is_dir() && self.check(&real, path).is_ok())
    }
}

/// `path` with the links of its directory part resolved: how an overlaid file is found whatever
/// way the engine spells its directory.
fn memory_key(path: &Path) -> Option<PathBuf> {
    let name = path.file_name()?;
    let parent = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    Some(std::fs::canonicalize(parent).ok()?.join(name))
}

impl kustomize::FileSystem for BuildFs {
    fn canonicalize(&self, path: &Path) -> io::Result<PathBuf> {
        if let Some((key, _)) = self.in_memory(path) {
            return Ok(key);
        }
        let real = std::fs::canonicalize(path)?;
        self.check(&real, path)?;
        Ok(real)
    }

    fn read(&self, path: &Path) -> io::Result<Vec<u8>> {
        self.read_file(path)
    }

    fn is_dir(&self, path: &Path) -> bool {
        self.is_dir_checked(path)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use kustomize::FileSystem;

    #[test]
    fn overlays_and_confinement() {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path().join("root");
        std::fs::create_dir_all(root.join("app")).unwrap();
        std::fs::write(root.join("app/kustomization.yaml"), "on disk").unwrap();
        std::fs::write(tmp.path().join("outside.yaml"), "secret").unwrap();
        std::os::unix::fs::symlink(tmp.path().join("outside.yaml"), root.join("app/link.yaml")).unwrap();

        let mut fs = BuildFs::new(Some(&root)).unwrap();
        fs.overlay(&root.join("app/kustomization.yaml"), b"in memory".to_vec()).unwrap();
        fs.overlay(&root.join("app/new.yaml"), b"new".to_vec()).unwrap();
        assert_eq!(fs.read(&root.join("app/./kustomization.yaml")).unwrap(), b"in memory");
        assert_eq!(fs.read(&root.join("app/new.yaml")).unwrap(), b"new");
        assert!(!fs.is_dir(&root.join("app/new.yaml")));
        assert!(fs.is_dir(&root.join("app")));
        let err = fs.read(&root.join("app/link.yaml")).unwrap_err().to_string();
        assert!(err.contains("is not in or below"), "{err}");
        assert!(fs.canonicalize(&tmp.path().join("outside.yaml")).is_err());
        // The disk itself is untouched.
        assert_eq!(std::fs::read(root.join("app/kustomization.yaml")).unwrap(), b"on disk");
        assert!(!root.join("app/new.yaml").exists());

        let open = BuildFs::new(None).unwrap();
        assert_eq!(open.read(&root.join("app/link.yaml")).unwrap(), b"secret");
    }
}

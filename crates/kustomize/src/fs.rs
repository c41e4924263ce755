//! Where a build reads from: a file system, the load restrictor, and remote bases.
//!
//! A [`Loader`] is kustomize's loader: it has a root (the directory of the kustomization being built),
//! reads files relative to it under the load restrictor, and opens new roots for bases and
//! components, refusing a root that contains one already being built (a cycle).

use std::fmt;
use std::path::{Component, Path, PathBuf};

use crate::remote::RepoSpec;
use crate::Error;

/// The files a build reads.
pub trait FileSystem: Send + Sync {
    /// The absolute path with every symbolic link resolved, or why there is none.
    fn canonicalize(&self, path: &Path) -> std::io::Result<PathBuf>;
    /// The whole content of a file.
    fn read(&self, path: &Path) -> std::io::Result<Vec<u8>>;
    /// Whether `path` is a directory (following links).
    fn is_dir(&self, path: &Path) -> bool;
}

/// The local disk.
#[derive(Debug, Clone, Copy, Default)]
pub struct DiskFs;

impl FileSystem for DiskFs {
    fn canonicalize(&self, path: &Path) -> std::io::Result<PathBuf> {
        std::fs::canonicalize(path)
    }
    fn read(&self, path: &Path) -> std::io::Result<Vec<u8>> {
        std::fs::read(path)
    }
    fn is_dir(&self, path: &Path) -> bool {
        path.is_dir()
    }
}

/// Fetches what a kustomization names remotely: Git repositories holding bases and components, and
/// manifest files over HTTP(S). The binary implements it (with its Git module); the engine itself
/// never opens a socket.
pub trait RemoteLoader: Send + Sync {
    /// Clones `repo` (shallow, at `repo.reference`) and returns the clone's root directory, which
    /// must stay on disk until the build is over.
    ///
    /// # Errors
    /// Why the repository could not be fetched, in one line.
    fn clone_repo(&self, repo: &RepoSpec) -> Result<PathBuf, String>;

    /// Downloads a manifest file.
    ///
    /// # Errors
    /// Why the file could not be fetched, in one line (a non-2xx status is an error).
    fn fetch_file(&self, url: &str) -> Result<Vec<u8>, String>;
}

/// `--load-restrictor`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum LoadRestrictions {
    /// `LoadRestrictionsRootOnly` (the default): files only in or below the kustomization's directory.
    #[default]
    RootOnly,
    /// `LoadRestrictionsNone`: any file the process can read.
    None,
}

impl LoadRestrictions {
    /// Parses the flag's value, as kustomize spells it.
    pub fn parse(value: &str) -> Option<LoadRestrictions> {
        match value {
            "LoadRestrictionsRootOnly" | "rootOnly" => Some(LoadRestrictions::RootOnly),
            "LoadRestrictionsNone" | "none" => Some(LoadRestrictions::None),
            _ => None,
        }
    }
}

impl fmt::Display for LoadRestrictions {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            LoadRestrictions::RootOnly => "LoadRestrictionsRootOnly",
            LoadRestrictions::None => "LoadRestrictionsNone",
        })
    }
}

/// Reads files for one kustomization root.
pub(crate) struct Loader<'a> {
    pub fs: &'a dyn FileSystem,
    pub remote: Option<&'a dyn RemoteLoader>,
    pub restrictions: LoadRestrictions,
    /// The kustomization's directory, absolute and with links resolved.
    pub root: PathBuf,
    /// The roots being built above this one, innermost last: a new root may not contain any of them.
    pub visited: Vec<PathBuf>,
    /// The clone this root is in, when it came from a remote base: local bases may not leave it.
    pub repo_root: Option<PathBuf>,
    /// The repositories cloned above this one, to refuse a repository that includes itself.
    pub repos: Vec<String>,
}

impl<'a> Loader<'a> {
    /// The loader of the top-level kustomization in `dir`.
    pub fn new(
        fs: &'a dyn FileSystem,
        remote: Option<&'a dyn RemoteLoader>,
        restrictions: LoadRestrictions,
        dir: &Path,
    ) -> Result<Loader<'a>, Error> {
        let root = confirm_dir(fs, dir)?;
        Ok(Loader { fs, remote, restrictions, root, visited: Vec::new(), repo_root: None, repos: Vec::new() })
    }

    /// A path relative to the root (or absolute) as it is shown in messages.
    pub fn join(&self, path: &str) -> PathBuf {
        clean(&self.root.join(path))
    }

    /// Reads a file named in the kustomization, under the load restrictor.
    ///
    /// Unlike kustomize, which resolves links only in the directory part, the whole path is
    /// resolved before the check: a link to a file outside the root is refused as well.
    pub fn read(&self, path: &str) -> Result<Vec<u8>, Error> {
        let full = self.join(path);
        let read_error = |e: std::io::Error| Error::Read { path: full.clone(), message: io_message(&e) };
        let real = self.fs.canonicalize(&full).map_err(read_error)?;
        if self.restrictions == LoadRestrictions::RootOnly && !real.starts_with(&self.root) {
            return Err(Error::Restricted { path: full, root: self.root.clone() });
        }
        if self.fs.is_dir(&real) {
            return Err(Error::Read { path: full, message: "is a directory, not a file".into() });
        }
        self.fs.read(&real).map_err(read_error)
    }

    /// Whether `path` names a directory (a base or a component) rather than a file.
    pub fn is_dir(&self, path: &str) -> bool {
        self.fs.is_dir(&self.join(path))
    }

    /// Whether `path` names something that exists locally.
    pub fn exists(&self, path: &str) -> bool {
        self.fs.canonicalize(&self.join(path)).is_ok()
    }

    /// The loader for a local base or component at `path`, relative to this root.
    pub fn child(&self, path: &str) -> Result<Loader<'a>, Error> {
        if Path::new(path).is_absolute() {
            return Err(Error::Read { path: path.into(), message: "a base cannot be an absolute path".into() });
        }
        let root = confirm_dir(self.fs, &self.join(path))?;
        if let Some(repo_root) = self.repo_root.as_ref().filter(|r| !root.starts_with(r)) {
            return Err(Error::Restricted { path: root, root: repo_root.clone() });
        }
        self.descend(root, self.repo_root.clone(), self.repos.clone())
    }

    /// The loader for a base or component in a remote repository.
    pub fn remote_child(&self, repo: &RepoSpec) -> Result<Loader<'a>, Error> {
        let remote_error = |message: String| Error::Remote { url: repo.raw.clone(), message };
        let remote =
            self.remote.ok_or_else(|| remote_error("remote resources are not enabled in this build".into()))?;
        let key = format!("{}?ref={}", repo.clone_url, repo.reference);
        if self.repos.contains(&key) {
            return Err(remote_error("cycle detected: the repository includes itself".into()));
        }
        let clone = remote.clone_repo(repo).map_err(remote_error)?;
        let clone = confirm_dir(self.fs, &clone)?;
        let root = confirm_dir(self.fs, &clean(&clone.join(&repo.path)))?;
        if !root.starts_with(&clone) {
            return Err(Error::Restricted { path: root, root: clone });
        }
        let mut repos = self.repos.clone();
        repos.push(key);
        self.descend(root, Some(clone), repos)
    }

    /// Downloads a manifest file named by URL.
    pub fn fetch_file(&self, url: &str) -> Result<Vec<u8>, Error> {
        let remote_error = |message: String| Error::Remote { url: url.to_string(), message };
        let remote =
            self.remote.ok_or_else(|| remote_error("remote resources are not enabled in this build".into()))?;
        remote.fetch_file(url).map_err(remote_error)
    }

    fn descend(&self, root: PathBuf, repo_root: Option<PathBuf>, repos: Vec<String>) -> Result<Loader<'a>, Error> {
        for visited in self.visited.iter().chain(std::iter::once(&self.root)) {
            if visited.starts_with(&root) {
                return Err(Error::Cycle { candidate: root, visited: visited.clone() });
            }
        }
        let mut visited = self.visited.clone();
        visited.push(self.root.clone());
        Ok(Loader {
            fs: self.fs,
            remote: self.remote,
            restrictions: self.restrictions,
            root,
            visited,
            repo_root,
            repos,
        })
    }
}

/// The directory `dir`, absolute and with links resolved, or an error saying it is not one.
fn confirm_dir(fs: &dyn FileSystem, dir: &Path) -> Result<PathBuf, Error> {
    let real = fs.canonicalize(dir).map_err(|e| Error::Read { path: clean(dir), message: io_message(&e) })?;
    if !fs.is_dir(&real) {
        return Err(Error::Read { path: clean(dir), message: "not a directory".into() });
    }
    Ok(real)
}

/// `path` with `.` and `..` resolved lexically (Go's `filepath.Clean`): for messages and before the
/// restrictor's check.
pub fn clean(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for component in path.components() {
        match component {
            Component::CurDir => {}
            // A `..` cancels the name before it, never another `..` (nor the root).
            Component::ParentDir => match out.components().next_back() {
                Some(Component::Normal(_)) => {
                    out.pop();
                }
                Some(Component::RootDir) => {}
                _ => out.push(".."),
            },
            other => out.push(other),
        }
    }
    out
}

/// An I/O error without Rust's "(os error 2)" suffix.
pub(crate) fn io_message(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file or directory".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => {
            let text = e.to_string();
            match text.find(" (os error") {
                Some(i) => text[..i].to_lowercase(),
                None => text,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clean_resolves_dots() {
        assert_eq!(clean(Path::new("/a/b/../c/./d")), PathBuf::from("/a/c/d"));
        assert_eq!(clean(Path::new("a/../../b")), PathBuf::from("../b"));
        assert_eq!(clean(Path::new("../../b")), PathBuf::from("../../b"));
        assert_eq!(clean(Path::new("/../b")), PathBuf::from("/b"));
    }

    #[test]
    fn restrictor_refuses_files_and_links_outside_the_root() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("app");
        std::fs::create_dir(&root).unwrap();
        std::fs::write(dir.path().join("outside.yaml"), "x").unwrap();
        std::fs::write(root.join("inside.yaml"), "y").unwrap();
        std::os::unix::fs::symlink(dir.path().join("outside.yaml"), root.join("link.yaml")).unwrap();
        let loader = Loader::new(&DiskFs, None, LoadRestrictions::RootOnly, &root).unwrap();
        assert_eq!(loader.read("inside.yaml").unwrap(), b"y");
        assert!(matches!(loader.read("../outside.yaml"), Err(Error::Restricted { .. })));
        assert!(matches!(loader.read("link.yaml"), Err(Error::Restricted { .. })));
        let open = Loader::new(&DiskFs, None, LoadRestrictions::None, &root).unwrap();
        assert_eq!(open.read("../outside.yaml").unwrap(), b"x");
    }

    #[test]
    fn a_base_containing_a_visited_root_is_a_cycle() {
        let dir = tempfile::tempdir().unwrap();
        let app = dir.path().join("app");
        std::fs::create_dir_all(app.join("base")).unwrap();
        let loader = Loader::new(&DiskFs, None, LoadRestrictions::RootOnly, &app).unwrap();
        let base = loader.child("base").unwrap();
        assert!(matches!(base.child(".."), Err(Error::Cycle { .. })));
        assert!(matches!(loader.child("."), Err(Error::Cycle { .. })));
    }
}

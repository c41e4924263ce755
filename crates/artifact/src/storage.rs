//! The artifact store of source-controller: files under a root directory, written atomically under a lock,
//! addressed by URL through the advertised address, verified by digest, and garbage collected.
//!
//! Everything here is synchronous file-system work; async callers run it with `spawn_blocking`.

use std::fs::{self, DirBuilder, File};
use std::io::{self, Read, Write};
use std::os::unix::fs::{DirBuilderExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::time::Duration;

use api::artifact::Artifact;
use k8s_openapi::apimachinery::pkg::apis::meta::v1::Time;

use crate::archive::{self, ArchiveError, ArchiveFilter};
use crate::config::{AddressError, StorageOptions};
use crate::digest::{Algorithm, Digest, DigestError, DigestWriter};
use crate::lock::LockGuard;
use crate::path::{artifact_dir, artifact_path, clean_components};
use crate::untar::{self, UntarError, UntarOptions};

/// The symlink OCIRepository, Bucket and HelmChart point at their current artifact.
pub const LATEST_SYMLINK: &str = "latest.tar.gz";
/// The symlink HelmRepository points at its current index.
pub const INDEX_SYMLINK: &str = "index.yaml";

/// A storage operation that failed, naming the file and the cause.
#[derive(Debug, thiserror::Error)]
pub enum StorageError {
    #[error("invalid artifact path {0:?}")]
    InvalidPath(String),
    #[error("{op} {path}: {source}")]
    Io {
        op: &'static str,
        path: PathBuf,
        #[source]
        source: io::Error,
    },
    #[error(transparent)]
    Archive(#[from] ArchiveError),
    #[error(transparent)]
    Address(#[from] AddressError),
    #[error("artifact {path} has no digest")]
    NoDigest { path: String },
    #[error("artifact {path}: {source}")]
    Digest {
        path: String,
        #[source]
        source: DigestError,
    },
    #[error("artifact {path}: computed digest {actual} doesn't match '{expected}'")]
    DigestMismatch { path: PathBuf, expected: String, actual: String },
    #[error("extracting {path}: {source}")]
    Untar {
        path: PathBuf,
        #[source]
        source: UntarError,
    },
}

pub(crate) fn io_err(op: &'static str, path: &Path) -> impl FnOnce(io::Error) -> StorageError {
    let path = path.to_path_buf();
    move |source| StorageError::Io { op, path, source }
}

/// Artifact storage rooted at a directory.
#[derive(Debug, Clone)]
pub struct Storage {
    root: PathBuf,
    hostname: String,
    pub(crate) retention_ttl: Duration,
    pub(crate) retention_records: usize,
    algorithm: Algorithm,
}

impl Storage {
    /// Opens the storage of `options`, creating its directory (mode 0700) when missing, as
    /// source-controller does at start-up.
    pub fn new(options: &StorageOptions) -> Result<Self, StorageError> {
        let hostname = options.advertised_address()?;
        DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(&options.path)
            .map_err(io_err("creating", &options.path))?;
        let meta = fs::metadata(&options.path).map_err(io_err("reading", &options.path))?;
        if !meta.is_dir() {
            return Err(StorageError::Io {
                op: "opening storage",
                path: options.path.clone(),
                source: io::Error::new(io::ErrorKind::NotADirectory, "not a directory"),
            });
        }
        Ok(Storage {
            root: options.path.clone(),
            hostname,
            retention_ttl: options.retention_ttl,
            retention_records: options.retention_records,
            algorithm: options.digest_algorithm,
        })
    }

    /// A storage at `root` advertised as `advertised_address`, with the default retention and digest.
    pub fn at(root: impl Into<PathBuf>, advertised_address: &str) -> Result<Self, StorageError> {
        Self::new(&StorageOptions {
            path: root.into(),
            advertised_address: advertised_address.to_string(),
            ..StorageOptions::default()
        })
    }

    /// The storage root.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// The advertised address, as given (with or without a scheme).
    pub fn hostname(&self) -> &str {
        &self.hostname
    }

    /// The digest algorithm new artifacts are hashed with.
    pub fn digest_algorithm(&self) -> Algorithm {
        self.algorithm
    }

    /// A new artifact for an object: `path` and `url` set, the rest to be filled by a write.
    ///
    /// ```
    /// let dir = tempfile::tempdir().unwrap();
    /// let storage = artifact::Storage::at(dir.path(), "source-controller.flux-system.svc.cluster.local.").unwrap();
    /// let a = storage.new_artifact_for("GitRepository", "flux-system", "podinfo", "main@sha1:abc", "abc.tar.gz");
    /// assert_eq!(a.path, "gitrepository/flux-system/podinfo/abc.tar.gz");
    /// assert_eq!(a.url, "http://source-controller.flux-system.svc.cluster.local./gitrepository/flux-system/podinfo/abc.tar.gz");
    /// ```
    pub fn new_artifact_for(
        &self,
        kind: &str,
        namespace: &str,
        name: &str,
        revision: &str,
        file_name: &str,
    ) -> Artifact {
        let path = artifact_path(kind, namespace, name, file_name);
        Artifact {
            digest: String::new(),
            url: self.artifact_url(&path),
            path,
            revision: revision.to_string(),
            last_update_time: now(),
            size: None,
            metadata: None,
        }
    }

    /// The URL of a path under the storage: `http://<advertised>/<path>`, or `<advertised>/<path>` when the
    /// advertised address has its own `http://` or `https://` scheme.
    pub fn artifact_url(&self, path: &str) -> String {
        let path = path.trim_start_matches('/');
        let host = self.hostname.trim_end_matches('/');
        if host.starts_with("http://") || host.starts_with("https://") {
            format!("{host}/{path}")
        } else {
            format!("http://{host}/{path}")
        }
    }

    /// Points the artifact's URL at the current advertised address (source-controller does this on every
    /// reconcile, so a changed `--storage-adv-addr` reaches existing artifacts).
    pub fn set_artifact_url(&self, artifact: &mut Artifact) {
        if !artifact.path.is_empty() {
            artifact.url = self.artifact_url(&artifact.path);
        }
    }

    /// The file of an artifact: its path joined to the root lexically, `..` unable to rise above the root.
    pub fn local_path(&self, artifact: &Artifact) -> Result<PathBuf, StorageError> {
        self.resolve(&artifact.path)
    }

    fn resolve(&self, path: &str) -> Result<PathBuf, StorageError> {
        let parts = clean_components(path);
        if parts.is_empty() {
            return Err(StorageError::InvalidPath(path.to_string()));
        }
        Ok(parts.iter().fold(self.root.clone(), |p, c| p.join(c)))
    }

    fn parent_dir(&self, artifact: &Artifact) -> Result<(PathBuf, PathBuf), StorageError> {
        let local = self.local_path(artifact)?;
        let dir =
            local.parent().map(Path::to_path_buf).ok_or_else(|| StorageError::InvalidPath(artifact.path.clone()))?;
        Ok((local, dir))
    }

    /// Whether the artifact's file exists and is a regular file (not a symlink).
    pub fn artifact_exists(&self, artifact: &Artifact) -> bool {
        self.local_path(artifact).ok().and_then(|p| fs::symlink_metadata(p).ok()).is_some_and(|m| m.is_file())
    }

    /// Creates the artifact's directory (mode 0700, as upstream).
    pub fn mkdir_all(&self, artifact: &Artifact) -> Result<PathBuf, StorageError> {
        let (_, dir) = self.parent_dir(artifact)?;
        DirBuilder::new().recursive(true).mode(0o700).create(&dir).map_err(io_err("creating", &dir))?;
        Ok(dir)
    }

    /// Takes the artifact's `<file>.lock`, blocking until it is free.
    pub fn lock(&self, artifact: &Artifact) -> Result<LockGuard, StorageError> {
        self.mkdir_all(artifact)?;
        let lock = lock_path(&self.local_path(artifact)?);
        LockGuard::acquire(&lock).map_err(io_err("locking", &lock))
    }

    /// Checks that the artifact's file has the artifact's digest (in the digest's own algorithm).
    pub fn verify(&self, artifact: &Artifact) -> Result<(), StorageError> {
        if artifact.digest.is_empty() {
            return Err(StorageError::NoDigest { path: artifact.path.clone() });
        }
        let expected = Digest::parse(&artifact.digest)
            .map_err(|source| StorageError::Digest { path: artifact.path.clone(), source })?;
        let local = self.local_path(artifact)?;
        let file = File::open(&local).map_err(io_err("opening", &local))?;
        let actual = expected.algorithm.digest_reader(file).map_err(io_err("reading", &local))?;
        if actual != expected {
            return Err(StorageError::DigestMismatch {
                path: local,
                expected: expected.to_string(),
                actual: actual.to_string(),
            });
        }
        Ok(())
    }

    /// Archives `dir` as the artifact's file (see [`crate::archive`]), atomically: written to a temporary
    /// file beside it, made mode 0600, renamed into place. Returns the artifact with `digest` (of the
    /// compressed file), `size` and `lastUpdateTime` set. The caller holds the [lock](Self::lock).
    pub fn archive(
        &self,
        artifact: Artifact,
        dir: &Path,
        filter: &dyn ArchiveFilter,
    ) -> Result<Artifact, StorageError> {
        let meta = fs::metadata(dir).map_err(io_err("reading", dir))?;
        if !meta.is_dir() {
            return Err(ArchiveError::NotADirectory(dir.to_path_buf()).into());
        }
        self.write_atomically(artifact, 0o600, |file| {
            let (mut w, _) = archive::write_archive(dir, filter, DigestWriter::new(file, self.algorithm))?;
            w.flush().map_err(ArchiveError::Write)?;
            Ok((w.hasher.finish(), w.written))
        })
    }

    /// Stores what `reader` yields as the artifact's file, atomically, mode 0600 (upstream's `Copy`): for
    /// kinds whose artifact is a single file, such as a chart `.tgz`.
    pub fn store(&self, artifact: Artifact, reader: impl Read) -> Result<Artifact, StorageError> {
        self.store_with_mode(artifact, reader, 0o600)
    }

    /// [`store`](Self::store) with a file mode (upstream's `AtomicWriteFile`).
    pub fn store_with_mode(
        &self,
        artifact: Artifact,
        mut reader: impl Read,
        mode: u32,
    ) -> Result<Artifact, StorageError> {
        let local = self.local_path(&artifact)?;
        self.write_atomically(artifact, mode, |file| {
            let mut w = DigestWriter::new(file, self.algorithm);
            io::copy(&mut reader, &mut w).and_then(|_| w.flush()).map_err(io_err("writing", &local))?;
            Ok((w.hasher.finish(), w.written))
        })
    }

    /// Stores bytes as the artifact's file, e.g. a HelmRepository index.
    pub fn store_bytes(&self, artifact: Artifact, bytes: &[u8]) -> Result<Artifact, StorageError> {
        self.store(artifact, bytes)
    }

    /// Stores a copy of the file at `path` as the artifact's file (upstream's `CopyFromPath`).
    pub fn copy_from_path(&self, artifact: Artifact, path: &Path) -> Result<Artifact, StorageError> {
        let file = File::open(path).map_err(io_err("opening", path))?;
        self.store(artifact, file)
    }

    fn write_atomically(
        &self,
        mut artifact: Artifact,
        mode: u32,
        write: impl FnOnce(&File) -> Result<(Digest, u64), StorageError>,
    ) -> Result<Artifact, StorageError> {
        let (local, dir) = self.parent_dir(&artifact)?;
        self.mkdir_all(&artifact)?;
        let file_name = local.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        // Dropping `tmp` on an error path removes the temporary file.
        let tmp = tempfile::Builder::new()
            .prefix(&format!(".{file_name}."))
            .suffix(TMP_SUFFIX)
            .tempfile_in(&dir)
            .map_err(io_err("creating a temporary file in", &dir))?;
        let (digest, size) = write(tmp.as_file())?;
        fs::set_permissions(tmp.path(), fs::Permissions::from_mode(mode)).map_err(io_err("chmod", tmp.path()))?;
        tmp.persist(&local).map_err(|e| StorageError::Io {
            op: "renaming into",
            path: local.clone(),
            source: e.error,
        })?;
        artifact.digest = digest.to_string();
        artifact.size = Some(i64::try_from(size).unwrap_or(i64::MAX));
        artifact.last_update_time = now();
        Ok(artifact)
    }

    /// Points `<artifact dir>/<link_name>` at the artifact's file (atomically: a temporary link renamed over
    /// the old one) and returns the link's URL. The link is relative (just the file name), so the storage
    /// can be moved or mounted elsewhere.
    pub fn symlink(&self, artifact: &Artifact, link_name: &str) -> Result<String, StorageError> {
        let (local, dir) = self.parent_dir(artifact)?;
        let target = local.file_name().ok_or_else(|| StorageError::InvalidPath(artifact.path.clone()))?;
        let link = dir.join(link_name);
        let tmp = dir.join(format!("{link_name}.tmp"));
        match fs::remove_file(&tmp) {
            Err(e) if e.kind() != io::ErrorKind::NotFound => return Err(io_err("removing", &tmp)(e)),
            _ => {}
        }
        std::os::unix::fs::symlink(target, &tmp).map_err(io_err("creating symlink", &tmp))?;
        fs::rename(&tmp, &link).map_err(io_err("renaming into", &link))?;
        let dir_path = artifact.path.rsplit_once('/').map_or("", |(d, _)| d);
        Ok(self.artifact_url(&format!("{dir_path}/{link_name}")))
    }

    /// Removes the artifact's file.
    pub fn remove(&self, artifact: &Artifact) -> Result<(), StorageError> {
        let local = self.local_path(artifact)?;
        fs::remove_file(&local).map_err(io_err("removing", &local))
    }

    /// Removes the artifact's whole directory, returning it if it existed (upstream's `RemoveAll`).
    pub fn remove_all(&self, artifact: &Artifact) -> Result<Option<PathBuf>, StorageError> {
        let (_, dir) = self.parent_dir(artifact)?;
        remove_dir(&dir)
    }

    /// Removes every artifact of a deleted object: `<kind>/<namespace>/<name>/`.
    pub fn remove_all_for(&self, kind: &str, namespace: &str, name: &str) -> Result<Option<PathBuf>, StorageError> {
        let dir = self.resolve(&artifact_dir(kind, namespace, name))?;
        remove_dir(&dir)
    }

    /// Removes every file beside the artifact but the artifact itself; symlinks stay (upstream's
    /// `RemoveAllButCurrent`).
    pub fn remove_all_but_current(&self, artifact: &Artifact) -> Result<Vec<PathBuf>, StorageError> {
        let (local, dir) = self.parent_dir(artifact)?;
        let mut deleted = Vec::new();
        let entries = match fs::read_dir(&dir) {
            Ok(e) => e,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(deleted),
            Err(e) => return Err(io_err("reading", &dir)(e)),
        };
        let mut first_error = None;
        for entry in entries {
            let entry = entry.map_err(io_err("reading", &dir))?;
            let path = entry.path();
            let file_type = entry.file_type().map_err(io_err("reading", &path))?;
            if path == local || file_type.is_dir() || file_type.is_symlink() {
                continue;
            }
            match fs::remove_file(&path) {
                Ok(()) => deleted.push(path),
                Err(e) => {
                    first_error.get_or_insert_with(|| io_err("removing", &path)(e));
                }
            }
        }
        deleted.sort();
        first_error.map_or(Ok(deleted), Err)
    }

    /// Extracts the artifact (a `tar.gz`) into a scratch directory beside `to_path` and moves its `sub_path`
    /// there: how a GitRepository's `include` copies another source's files (upstream's `CopyToPath`; no
    /// size limit, as upstream).
    pub fn copy_to_path(&self, artifact: &Artifact, sub_path: &str, to_path: &Path) -> Result<(), StorageError> {
        let local = self.local_path(artifact)?;
        let parent = to_path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
        fs::create_dir_all(parent).map_err(io_err("creating", parent))?;
        let scratch = tempfile::Builder::new()
            .prefix(".flux-include-")
            .tempdir_in(parent)
            .map_err(io_err("creating a temporary directory in", parent))?;
        let file = File::open(&local).map_err(io_err("opening", &local))?;
        let unpack = scratch.path().join("unpack");
        let options = UntarOptions { max_size: None, ..UntarOptions::default() };
        untar::untar(file, &unpack, &options).map_err(|source| StorageError::Untar { path: local.clone(), source })?;
        let from = clean_components(sub_path).iter().fold(unpack, |p, c| p.join(c));
        fs::rename(&from, to_path).map_err(io_err("moving included files to", to_path))
    }
}

/// Suffix of the temporary files artifacts are written to before being renamed into place.
pub(crate) const TMP_SUFFIX: &str = ".tmp";

pub(crate) fn lock_path(local: &Path) -> PathBuf {
    let mut s = local.as_os_str().to_owned();
    s.push(".lock");
    PathBuf::from(s)
}

fn remove_dir(dir: &Path) -> Result<Option<PathBuf>, StorageError> {
    match fs::remove_dir_all(dir) {
        Ok(()) => Ok(Some(dir.to_path_buf())),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(io_err("removing", dir)(e)),
    }
}

fn now() -> Time {
    Time(k8s_openapi::jiff::Timestamp::now())
}

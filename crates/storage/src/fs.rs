//! The file-system seam.
//!
//! All I/O of the log goes through [`Fs`] and [`LogFile`] so that tests can
//! swap in an in-memory file system that remembers which bytes and directory
//! entries were made durable, and can "lose power" at any operation.

use std::fs::{DirBuilder, File, OpenOptions};
use std::io::{self, Write};
use std::os::unix::fs::{DirBuilderExt, FileExt, OpenOptionsExt};
use std::path::Path;
use std::sync::Arc;

/// Data files hold cluster state, Secrets included: owner-only.
const FILE_MODE: u32 = 0o600;
const DIR_MODE: u32 = 0o700;

/// One open file that only ever grows at the end (or is cut back by recovery).
pub(crate) trait LogFile: Send + Sync {
    /// Appends `bytes` at the end of the file.
    fn write_all(&self, bytes: &[u8]) -> io::Result<()>;
    /// Makes everything written so far durable (`fsync`).
    fn sync(&self) -> io::Result<()>;
    /// Cuts the file to `len` bytes.
    fn truncate(&self, len: u64) -> io::Result<()>;
    /// The whole content.
    fn read_all(&self) -> io::Result<Vec<u8>>;
}

/// Something held for as long as the data directory is in use.
pub(crate) type DirLock = Box<dyn Send + Sync>;

/// The directory operations the log needs.
pub(crate) trait Fs: Send + Sync {
    /// Creates `dir` (owner-only) and its parents if missing.
    fn create_dir_all(&self, dir: &Path) -> io::Result<()>;
    /// Takes an exclusive lock on `dir`; `Ok(None)` if someone else holds it.
    fn lock(&self, dir: &Path) -> io::Result<Option<DirLock>>;
    /// File names in `dir`.
    fn list(&self, dir: &Path) -> io::Result<Vec<String>>;
    /// Opens `path` for appending, creating it empty if missing.
    fn open(&self, path: &Path) -> io::Result<Arc<dyn LogFile>>;
    /// Creates `path` empty, replacing any existing file.
    fn create(&self, path: &Path) -> io::Result<Arc<dyn LogFile>>;
    /// The content of `path`, or `None` if it does not exist.
    fn read(&self, path: &Path) -> io::Result<Option<Vec<u8>>>;
    /// Atomically replaces `to` with `from`.
    fn rename(&self, from: &Path, to: &Path) -> io::Result<()>;
    /// Removes `path`; a missing file is not an error.
    fn remove(&self, path: &Path) -> io::Result<()>;
    /// Makes the directory's entries (creations, renames, removals) durable.
    fn sync_dir(&self, dir: &Path) -> io::Result<()>;
}

/// The real file system.
#[derive(Debug, Default)]
pub(crate) struct OsFs;

struct OsFile {
    file: File,
}

impl LogFile for OsFile {
    fn write_all(&self, bytes: &[u8]) -> io::Result<()> {
        (&self.file).write_all(bytes)
    }

    fn sync(&self) -> io::Result<()> {
        // sync_data would skip the inode's timestamps, but the length changes
        // with every append and must be durable too, so it would flush the
        // inode anyway; sync_all states the intent.
        self.file.sync_all()
    }

    fn truncate(&self, len: u64) -> io::Result<()> {
        self.file.set_len(len)
    }

    fn read_all(&self) -> io::Result<Vec<u8>> {
        // Positional reads leave the append cursor alone.
        let len = self.file.metadata()?.len();
        let mut buf = vec![0u8; usize::try_from(len).map_err(io::Error::other)?];
        self.file.read_exact_at(&mut buf, 0)?;
        Ok(buf)
    }
}

impl Fs for OsFs {
    fn create_dir_all(&self, dir: &Path) -> io::Result<()> {
        if dir.is_dir() {
            return Ok(());
        }
        DirBuilder::new().recursive(true).mode(DIR_MODE).create(dir)?;
        // The new directory's own entry lives in its parent.
        match dir.parent() {
            Some(parent) if !parent.as_os_str().is_empty() => self.sync_dir(parent),
            _ => Ok(()),
        }
    }

    fn lock(&self, dir: &Path) -> io::Result<Option<DirLock>> {
        let file = OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .mode(FILE_MODE)
            .open(dir.join("LOCK"))?;
        match file.try_lock() {
            Ok(()) => Ok(Some(Box::new(file))),
            Err(std::fs::TryLockError::WouldBlock) => Ok(None),
            Err(std::fs::TryLockError::Error(e)) => Err(e),
        }
    }

    fn list(&self, dir: &Path) -> io::Result<Vec<String>> {
        let mut names = Vec::new();
        for entry in std::fs::read_dir(dir)? {
            // Names that are not UTF-8 are not ours; skipping them is safe.
            if let Ok(name) = entry?.file_name().into_string() {
                names.push(name);
            }
        }
        Ok(names)
    }

    fn open(&self, path: &Path) -> io::Result<Arc<dyn LogFile>> {
        let file = OpenOptions::new().read(true).append(true).create(true).mode(FILE_MODE).open(path)?;
        Ok(Arc::new(OsFile { file }))
    }

    fn create(&self, path: &Path) -> io::Result<Arc<dyn LogFile>> {
        let file = OpenOptions::new().read(true).write(true).create(true).truncate(true).mode(FILE_MODE).open(path)?;
        Ok(Arc::new(OsFile { file }))
    }

    fn read(&self, path: &Path) -> io::Result<Option<Vec<u8>>> {
        match std::fs::read(path) {
            Ok(data) => Ok(Some(data)),
            Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(e),
        }
    }

    fn rename(&self, from: &Path, to: &Path) -> io::Result<()> {
        std::fs::rename(from, to)
    }

    fn remove(&self, path: &Path) -> io::Result<()> {
        match std::fs::remove_file(path) {
            Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
            other => other,
        }
    }

    fn sync_dir(&self, dir: &Path) -> io::Result<()> {
        File::open(dir)?.sync_all()
    }
}

//! Garbage collection of an object's old artifacts (`--artifact-retention-ttl`,
//! `--artifact-retention-records`).
//!
//! In the artifact's directory, the records are the regular files other than lock files and temporary
//! files. The current artifact is always kept. Every other record older than the TTL is removed; then, if
//! more than `records` remain, the oldest non-current ones are removed until `records` remain (the current
//! one counting as one of them). A removed record's `.lock` goes with it. Temporary files left by an
//! interrupted write are removed once older than the TTL. Symlinks and directories are never touched.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use api::artifact::Artifact;

use crate::storage::{io_err, lock_path, Storage, StorageError, TMP_SUFFIX};

impl Storage {
    /// The files [`garbage_collect`](Self::garbage_collect) would remove now, oldest first.
    pub fn garbage_files(&self, artifact: &Artifact) -> Result<Vec<PathBuf>, StorageError> {
        let local = self.local_path(artifact)?;
        garbage_files(&local, self.retention_records, self.retention_ttl, SystemTime::now())
    }

    /// Removes the object's old artifacts and returns what was removed. The first failure is returned after
    /// every removal has been tried.
    pub fn garbage_collect(&self, artifact: &Artifact) -> Result<Vec<PathBuf>, StorageError> {
        let mut deleted = Vec::new();
        let mut first_error = None;
        for path in self.garbage_files(artifact)? {
            match fs::remove_file(&path) {
                Ok(()) => deleted.push(path.clone()),
                Err(e) if e.kind() == io::ErrorKind::NotFound => {}
                Err(e) => {
                    first_error.get_or_insert_with(|| io_err("removing", &path)(e));
                }
            }
            let lock = lock_path(&path);
            match fs::remove_file(&lock) {
                Ok(()) => {}
                Err(e) if e.kind() == io::ErrorKind::NotFound => {}
                Err(e) => {
                    first_error.get_or_insert_with(|| io_err("removing", &lock)(e));
                }
            }
        }
        first_error.map_or(Ok(deleted), Err)
    }
}

/// The garbage beside `current` at time `now`.
pub fn garbage_files(
    current: &Path,
    records: usize,
    ttl: Duration,
    now: SystemTime,
) -> Result<Vec<PathBuf>, StorageError> {
    let Some(dir) = current.parent() else { return Ok(Vec::new()) };
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(io_err("reading", dir)(e)),
    };
    let expired = |modified: SystemTime| now.duration_since(modified).is_ok_and(|age| age > ttl);
    let mut garbage = Vec::new();
    let mut kept: Vec<(SystemTime, PathBuf)> = Vec::new();
    for entry in entries {
        let entry = entry.map_err(io_err("reading", dir))?;
        let path = entry.path();
        let meta = fs::symlink_metadata(&path).map_err(io_err("reading", &path))?;
        if !meta.is_file() {
            continue;
        }
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if name.ends_with(".lock") {
            continue;
        }
        let modified = meta.modified().map_err(io_err("reading", &path))?;
        if name.starts_with('.') && name.ends_with(TMP_SUFFIX) {
            if expired(modified) {
                garbage.push((modified, path));
            }
            continue;
        }
        if path != current && expired(modified) {
            garbage.push((modified, path));
        } else {
            kept.push((modified, path));
        }
    }
    // Oldest first; the name breaks ties so that the result does not depend on directory order.
    kept.sort();
    let mut excess = kept.len().saturating_sub(records);
    for (modified, path) in kept {
        if excess == 0 {
            break;
        }
        if path != current {
            garbage.push((modified, path));
            excess -= 1;
        }
    }
    garbage.sort();
    Ok(garbage.into_iter().map(|(_, p)| p).collect())
}

//! `<artifact>.lock` files: an exclusive `flock` held while an artifact is written, so that two writers —
//! two workers of one controller, or two processes sharing a volume — never interleave.

use std::fs::{File, OpenOptions};
use std::io;
use std::os::fd::AsRawFd;
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};

/// Holds the lock until dropped. The lock file itself stays (upstream leaves it too; garbage collection
/// removes it with its artifact).
#[derive(Debug)]
pub struct LockGuard {
    file: File,
    path: PathBuf,
}

impl LockGuard {
    /// Blocks until the exclusive lock on `path` is ours, creating the file if needed.
    pub fn acquire(path: &Path) -> io::Result<LockGuard> {
        Self::flock(path, libc::LOCK_EX)?.ok_or_else(|| io::Error::other("flock returned without the lock"))
    }

    /// Takes the lock if nobody holds it, without waiting.
    pub fn try_acquire(path: &Path) -> io::Result<Option<LockGuard>> {
        Self::flock(path, libc::LOCK_EX | libc::LOCK_NB)
    }

    fn flock(path: &Path, operation: libc::c_int) -> io::Result<Option<LockGuard>> {
        let file = OpenOptions::new().read(true).write(true).create(true).truncate(false).mode(0o600).open(path)?;
        loop {
            // SAFETY: flock on a descriptor we own, with a valid operation.
            let rc = unsafe { libc::flock(file.as_raw_fd(), operation) };
            if rc == 0 {
                return Ok(Some(LockGuard { file, path: path.to_path_buf() }));
            }
            let err = io::Error::last_os_error();
            match err.kind() {
                io::ErrorKind::Interrupted => continue,
                io::ErrorKind::WouldBlock => return Ok(None),
                _ => return Err(err),
            }
        }
    }

    /// The lock file.
    pub fn path(&self) -> &Path {
        &self.path
    }
}

impl Drop for LockGuard {
    fn drop(&mut self) {
        // SAFETY: as above. Closing the descriptor would release the lock too; unlocking first makes the
        // release independent of any descriptor duplicated meanwhile.
        unsafe {
            libc::flock(self.file.as_raw_fd(), libc::LOCK_UN);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_lock_is_exclusive_until_dropped() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.tar.gz.lock");
        let first = LockGuard::acquire(&path).unwrap();
        // flock locks belong to the open file description: a second open in the same process conflicts.
        assert!(LockGuard::try_acquire(&path).unwrap().is_none());
        let from_thread = {
            let p = path.clone();
            std::thread::spawn(move || LockGuard::try_acquire(&p).unwrap().is_none()).join().unwrap()
        };
        assert!(from_thread);
        drop(first);
        let again = LockGuard::try_acquire(&path).unwrap();
        assert!(again.is_some());
        assert!(path.exists(), "the lock file stays");
    }
}

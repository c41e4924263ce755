//! The one error type of this crate.

use std::io;
use std::path::PathBuf;

/// Everything that can go wrong while opening, appending to, syncing or
/// checkpointing a [`Wal`](crate::Wal).
///
/// Every message names the file (or directory) involved and the cause, on one
/// line, so it can be logged as is.
#[derive(Debug, thiserror::Error)]
pub enum StorageError {
    /// An operating-system call on `path` failed.
    #[error("cannot {op} {path}: {source}")]
    Io {
        /// What was being done, as a verb phrase ("open", "fsync", ...).
        op: &'static str,
        /// The file or directory it was done to.
        path: PathBuf,
        /// The operating system's error.
        #[source]
        source: io::Error,
    },

    /// A file that must be intact (the snapshot, a sealed log segment, a
    /// checksummed record with impossible contents) is not.
    ///
    /// A torn tail of the *last* log segment is not an error: it is the
    /// expected result of a crash and is truncated during recovery.
    #[error("corrupt {path} at byte {offset}: {reason}")]
    Corrupt {
        /// The damaged file.
        path: PathBuf,
        /// Where the damage was found.
        offset: u64,
        /// What is wrong there.
        reason: String,
    },

    /// Files that recovery needs are missing from the data directory.
    #[error("incomplete data directory {dir}: {reason}")]
    Missing {
        /// The data directory.
        dir: PathBuf,
        /// Which file is missing and why it is needed.
        reason: String,
    },

    /// Another process (or another `Wal` in this process) has the directory open.
    #[error("data directory {dir} is locked by another process")]
    Locked {
        /// The data directory.
        dir: PathBuf,
    },

    /// A record was appended with a revision lower than one already appended.
    ///
    /// Recovery replays the log in order, so the log order has to be the
    /// revision order; otherwise resourceVersions could go backwards.
    #[error("revision {revision} of key {key:?} is lower than the last appended revision {last} (log {path})")]
    RevisionOrder {
        /// The offending key.
        key: String,
        /// Its revision.
        revision: u64,
        /// The highest revision appended so far.
        last: u64,
        /// The log it would have gone to.
        path: PathBuf,
    },

    /// A single `append` call is larger than one log frame can hold.
    #[error("batch of {size} bytes for log {path} exceeds the frame limit of {limit} bytes")]
    TooLarge {
        /// The log it would have gone to.
        path: PathBuf,
        /// The encoded size of the batch.
        size: usize,
        /// The largest frame the format allows.
        limit: usize,
    },

    /// `checkpoint` was given a state older than what has been appended, so
    /// writing it would silently drop records that are in the log.
    #[error("checkpoint of {path} at revision {given} is behind the last appended revision {appended}")]
    CheckpointBehind {
        /// The snapshot that was not written.
        path: PathBuf,
        /// The revision passed to `checkpoint`.
        given: u64,
        /// The highest revision appended so far.
        appended: u64,
    },

    /// `checkpoint` was given a state that cannot be written as a snapshot
    /// (a key twice, an entry newer than the stated revision, an entry too
    /// large for a frame). Nothing was changed on disk.
    #[error("invalid checkpoint for {path}: {reason}")]
    InvalidCheckpoint {
        /// The snapshot that was not written.
        path: PathBuf,
        /// What is wrong with the state.
        reason: String,
    },

    /// An earlier write or `fsync` failed. After a failed `fsync` the kernel
    /// may have dropped dirty pages, so nothing written since the last good
    /// sync can be trusted: the log refuses further work until it is reopened,
    /// and reopening recovers exactly what reached the disk.
    #[error("log {path} failed earlier and must be reopened: {cause}")]
    Failed {
        /// The log that failed.
        path: PathBuf,
        /// The first error, as text (the original `io::Error` was returned to
        /// the caller who hit it).
        cause: String,
    },

    /// A thread panicked while holding the log's internal lock.
    #[error("log {path} is unusable: a thread panicked while holding its lock")]
    Poisoned {
        /// The log whose lock is poisoned.
        path: PathBuf,
    },
}

impl StorageError {
    pub(crate) fn io(op: &'static str, path: impl Into<PathBuf>, source: io::Error) -> Self {
        StorageError::Io { op, path: path.into(), source }
    }

    pub(crate) fn corrupt(path: impl Into<PathBuf>, offset: u64, reason: impl Into<String>) -> Self {
        StorageError::Corrupt { path: path.into(), offset, reason: reason.into() }
    }
}

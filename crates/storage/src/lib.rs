//! A crash-safe write-ahead log of key/value revisions with group commit.
//!
//! This is the persistence layer under the embedded Kubernetes API server
//! (`flux-rs run --embedded --data-dir DIR`). The server keeps the live state
//! in memory (key → revision, JSON bytes) and uses a [`Wal`] so that every
//! acknowledged write survives `kill -9` and power loss, and resourceVersions
//! keep growing after a restart.
//!
//! The protocol is:
//!
//! 1. [`Wal::open`] the data directory and load [`Recovered::live`] into
//!    memory; continue numbering after [`Recovered::last_revision`].
//! 2. For every write: under the lock that assigns revisions, update memory
//!    and [`Wal::append`] the records; release the lock; then
//!    [`Wal::sync`] the returned [`Ticket`] before acknowledging the client.
//!    Concurrent syncs share one `fsync` (group commit).
//! 3. When [`Wal::log_bytes`] grows large, [`Wal::checkpoint`] the whole
//!    state (under the same lock) so the log starts over empty.
//!
//! ```
//! use storage::{Options, Record, Wal};
//!
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! # let tmp = tempfile::tempdir()?;
//! let dir = tmp.path().join("data");
//! let (wal, recovered) = Wal::open(&dir, Options::default())?;
//! assert!(recovered.live.is_empty());
//!
//! let next = recovered.last_revision + 1;
//! let ticket = wal.append(&[Record {
//!     key: "/api/v1/namespaces/default".into(),
//!     revision: next,
//!     value: Some(br#"{"kind":"Namespace"}"#.to_vec()),
//! }])?;
//! wal.sync(ticket)?; // durable: now acknowledge the client
//!
//! // Deletions are records without a value; their revision counts too.
//! let ticket = wal.append(&[Record {
//!     key: "/api/v1/namespaces/default".into(),
//!     revision: next + 1,
//!     value: None,
//! }])?;
//! wal.sync(ticket)?;
//! drop(wal);
//!
//! let (_wal, recovered) = Wal::open(&dir, Options::default())?;
//! assert!(recovered.live.is_empty());
//! assert_eq!(recovered.last_revision, next + 1);
//! # Ok(())
//! # }
//! ```
//!
//! See `README.md` in this crate for the on-disk format and recovery rules.

mod crc;
mod error;
mod frame;
mod fs;
mod recovery;
mod wal;

pub mod bench;

#[cfg(test)]
mod tests;

pub use error::StorageError;
pub use wal::Wal;

/// One change to one key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    /// The key, e.g. `/apis/apps/v1/namespaces/default/deployments/web`.
    pub key: String,
    /// The revision this change was made at. Within the log, revisions never
    /// decrease; several records may share one revision.
    pub revision: u64,
    /// The new value, or `None` for a deletion (a tombstone).
    pub value: Option<Vec<u8>>,
}

/// The state found by [`Wal::open`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Recovered {
    /// Every live key with the revision of its last change and its value,
    /// sorted by key.
    pub live: Vec<(String, u64, Vec<u8>)>,
    /// The highest revision ever appended (deletions included) or
    /// checkpointed: new revisions must be above it.
    pub last_revision: u64,
}

/// A position in the log, returned by [`Wal::append`] and passed to
/// [`Wal::sync`]. Only meaningful for the `Wal` that issued it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Ticket(u64);

/// How a [`Wal`] behaves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    /// Whether [`Wal::sync`] fsyncs. `true` (the default) makes acknowledged
    /// writes survive power loss. `false` only hands data to the kernel:
    /// writes survive a killed process but not a power loss. Only for
    /// measuring raw speed or throwaway clusters. Checkpoints fsync either way.
    pub sync: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options { sync: true }
    }
}

/// Counters of a [`Wal`] since it was opened.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Stats {
    /// Non-empty [`Wal::append`] calls.
    pub appends: u64,
    /// `fsync` calls on the log made by [`Wal::sync`]; with group commit far
    /// fewer than the syncs requested under concurrency.
    pub syncs: u64,
    /// Completed [`Wal::checkpoint`] calls.
    pub checkpoints: u64,
}

//! The log itself: ordered appends, group-committed syncs, checkpoints.

use crate::frame;
use crate::fs::{DirLock, Fs, LogFile, OsFs};
use crate::recovery::{self, segment_name, SNAPSHOT, SNAPSHOT_TMP};
use crate::{Options, Record, Recovered, Stats, StorageError, Ticket};
use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Condvar, Mutex, MutexGuard};

/// Buffered frames are handed to the kernel once they reach this size even if
/// nobody syncs, so memory stays bounded when callers batch many appends per
/// sync (or run with `sync: false`).
const WRITE_THRESHOLD: usize = 64 * 1024;

/// Snapshot bytes are written in chunks of this size while streaming entries.
const SNAPSHOT_CHUNK: usize = 1 << 20;

/// A crash-safe write-ahead log of key/value revisions. See the crate docs.
pub struct Wal {
    fs: Arc<dyn Fs>,
    dir: PathBuf,
    options: Options,
    /// The open segment and the bytes not yet handed to it. Held briefly by
    /// `append`; never held across an fsync of the log.
    inner: Mutex<Inner>,
    /// Group-commit state: what is durable and whether a leader is flushing.
    commit: Mutex<Commit>,
    /// Signalled whenever a leader finishes.
    committed: Condvar,
    log_bytes: AtomicU64,
    appends: AtomicU64,
    syncs: AtomicU64,
    checkpoints: AtomicU64,
    /// Released (closed) when the `Wal` is dropped.
    _lock: DirLock,
}

struct Inner {
    file: Arc<dyn LogFile>,
    path: PathBuf,
    generation: u64,
    /// Segments before the open one that recovery still needs.
    older: Vec<PathBuf>,
    /// Encoded frames not yet written to `file`.
    buf: Vec<u8>,
    /// Ticket position: bytes of frames appended since `open`, across
    /// segments. Monotonic, so tickets stay comparable over checkpoints.
    appended: u64,
    log_bytes: u64,
    last_revision: u64,
    /// The first write or fsync error. After a failed fsync the kernel may
    /// have dropped our dirty pages and a retry could "succeed" without them
    /// (the 2018 PostgreSQL fsync lesson), so a failed log stays failed.
    failed: Option<String>,
}

struct Commit {
    /// Everything up to this ticket position is durable.
    durable: u64,
    /// A thread is flushing (or checkpointing); others wait for it.
    leader: bool,
}

impl Inner {
    fn check_failed(&self) -> Result<(), StorageError> {
        match &self.failed {
            Some(cause) => Err(StorageError::Failed { path: self.path.clone(), cause: cause.clone() }),
            None => Ok(()),
        }
    }

    /// Records `err` as the log's failure and returns it.
    fn fail(&mut self, err: StorageError) -> StorageError {
        if self.failed.is_none() {
            self.failed = Some(err.to_string());
        }
        err
    }

    fn write_buffered(&mut self) -> Result<(), StorageError> {
        if self.buf.is_empty() {
            return Ok(());
        }
        match self.file.write_all(&self.buf) {
            Ok(()) => {
                self.buf.clear();
                Ok(())
            }
            Err(e) => {
                // Part of the buffer may have reached the file; only recovery
                // can tell where the last whole frame ends.
                let err = StorageError::io("write", &self.path, e);
                Err(self.fail(err))
            }
        }
    }
}

impl Wal {
    /// Opens (creating if needed, mode 0700) the data directory `dir`,
    /// recovers its state and returns the log ready for appends.
    ///
    /// Recovery loads the snapshot, replays the log segments after it,
    /// truncates a torn tail of the last segment, and fsyncs what it
    /// recovered. Damage anywhere else is an error.
    pub fn open(dir: &Path, options: Options) -> Result<(Wal, Recovered), StorageError> {
        Self::open_with(Arc::new(OsFs), dir, options)
    }

    pub(crate) fn open_with(fs: Arc<dyn Fs>, dir: &Path, options: Options) -> Result<(Wal, Recovered), StorageError> {
        let opened = recovery::recover(fs.as_ref(), dir)?;
        let recovered = Recovered {
            live: opened.live.into_iter().map(|(key, (revision, value))| (key, revision, value)).collect(),
            last_revision: opened.last_revision,
        };
        let wal = Wal {
            fs,
            dir: dir.to_path_buf(),
            options,
            inner: Mutex::new(Inner {
                file: opened.file,
                path: opened.path,
                generation: opened.generation,
                older: opened.older,
                buf: Vec::new(),
                appended: 0,
                log_bytes: opened.log_bytes,
                last_revision: opened.last_revision,
                failed: None,
            }),
            commit: Mutex::new(Commit { durable: 0, leader: false }),
            committed: Condvar::new(),
            log_bytes: AtomicU64::new(opened.log_bytes),
            appends: AtomicU64::new(0),
            syncs: AtomicU64::new(0),
            checkpoints: AtomicU64::new(0),
            _lock: opened.lock,
        };
        Ok((wal, recovered))
    }

    /// Appends `records` as one atomic batch and returns its ticket.
    ///
    /// Cheap: the batch is encoded into an in-memory buffer. It is not durable
    /// until [`Wal::sync`] returns for this ticket (or a later one). Call it
    /// under the same lock that assigns revisions, so that log order equals
    /// revision order; a revision lower than the last appended one is refused.
    /// A batch is recovered entirely or not at all.
    pub fn append(&self, records: &[Record]) -> Result<Ticket, StorageError> {
        let mut inner = self.lock_inner()?;
        inner.check_failed()?;
        if records.is_empty() {
            return Ok(Ticket(inner.appended));
        }
        let mut last = inner.last_revision;
        for r in records {
            if r.revision < last {
                return Err(StorageError::RevisionOrder {
                    key: r.key.clone(),
                    revision: r.revision,
                    last,
                    path: inner.path.clone(),
                });
            }
            last = r.revision;
        }
        let before = inner.buf.len();
        if let Err(size) = frame::encode_batch(&mut inner.buf, records) {
            return Err(StorageError::TooLarge { path: inner.path.clone(), size, limit: frame::MAX_FRAME });
        }
        let len = (inner.buf.len() - before) as u64;
        inner.appended += len;
        inner.log_bytes += len;
        inner.last_revision = last;
        self.log_bytes.store(inner.log_bytes, Ordering::Relaxed);
        self.appends.fetch_add(1, Ordering::Relaxed);
        if inner.buf.len() >= WRITE_THRESHOLD {
            inner.write_buffered()?;
        }
        Ok(Ticket(inner.appended))
    }

    /// Blocks until every batch up to `ticket` is durable.
    ///
    /// Group commit: the first caller to find no flush in progress becomes
    /// the leader, hands everything buffered so far to the kernel and fsyncs
    /// once; callers arriving meanwhile wait, and the next leader covers all
    /// of them with a single fsync. With `Options { sync: false }` the data
    /// is written to the kernel (surviving a killed process) but not fsynced
    /// (not surviving power loss).
    pub fn sync(&self, ticket: Ticket) -> Result<(), StorageError> {
        let mut commit = self.lock_commit()?;
        loop {
            if commit.durable >= ticket.0 {
                return Ok(());
            }
            if !commit.leader {
                break;
            }
            commit = self.committed.wait(commit).map_err(|_| self.poisoned())?;
        }
        commit.leader = true;
        drop(commit);

        let result = self.flush();

        let mut commit = self.lock_commit()?;
        commit.leader = false;
        if let Ok(position) = result {
            commit.durable = commit.durable.max(position);
        }
        drop(commit);
        self.committed.notify_all();
        result.map(|_| ())
    }

    /// The leader's work: write the buffer, fsync, return the position made
    /// durable. The fsync runs without the append lock so appends continue
    /// (and pile up for the next leader) while the disk works.
    fn flush(&self) -> Result<u64, StorageError> {
        let (file, path, target) = {
            let mut inner = self.lock_inner()?;
            inner.check_failed()?;
            inner.write_buffered()?;
            (Arc::clone(&inner.file), inner.path.clone(), inner.appended)
        };
        if self.options.sync {
            self.syncs.fetch_add(1, Ordering::Relaxed);
            if let Err(e) = file.sync() {
                let err = StorageError::io("fsync", &path, e);
                return Err(self.lock_inner()?.fail(err));
            }
        }
        Ok(target)
    }

    /// Bytes of log written since the last checkpoint (or since the start of
    /// the segment recovery opened): the caller's cue to call
    /// [`Wal::checkpoint`].
    pub fn log_bytes(&self) -> u64 {
        self.log_bytes.load(Ordering::Relaxed)
    }

    /// Counters since `open`.
    pub fn stats(&self) -> Stats {
        Stats {
            appends: self.appends.load(Ordering::Relaxed),
            syncs: self.syncs.load(Ordering::Relaxed),
            checkpoints: self.checkpoints.load(Ordering::Relaxed),
        }
    }

    /// Replaces the log with a snapshot of `live` at `last_revision`, then
    /// starts a new, empty log segment.
    ///
    /// `live` must be the complete state including every record appended so
    /// far (call it under the lock that serialises appends); a `last_revision`
    /// below the last appended revision is refused. Keys may come in any
    /// order but only once. On success everything appended before is durable
    /// and pending [`Wal::sync`] calls return.
    ///
    /// Steps, each safe to crash after: fsync the open segment; write
    /// `snapshot.tmp` and fsync it; create the next segment (header written
    /// and fsynced under a temporary name, renamed, directory fsynced); rename `snapshot.tmp` to `snapshot` and fsync the directory;
    /// remove the old segments. Until the rename, recovery uses the old
    /// snapshot and segments; after it, the new snapshot and the new segment.
    pub fn checkpoint(
        &self,
        live: &mut dyn Iterator<Item = (&str, u64, &[u8])>,
        last_revision: u64,
    ) -> Result<(), StorageError> {
        // Take the leader role so no group flush touches the segment while it
        // is being replaced.
        let mut commit = self.lock_commit()?;
        while commit.leader {
            commit = self.committed.wait(commit).map_err(|_| self.poisoned())?;
        }
        commit.leader = true;
        drop(commit);

        let result = self.checkpoint_as_leader(live, last_revision);

        let mut commit = self.lock_commit()?;
        commit.leader = false;
        if let Ok(position) = result {
            commit.durable = commit.durable.max(position);
        }
        drop(commit);
        self.committed.notify_all();
        result.map(|_| ())
    }

    fn checkpoint_as_leader(
        &self,
        live: &mut dyn Iterator<Item = (&str, u64, &[u8])>,
        last_revision: u64,
    ) -> Result<u64, StorageError> {
        let mut inner = self.lock_inner()?;
        inner.check_failed()?;
        let snapshot_path = self.dir.join(SNAPSHOT);
        if last_revision < inner.last_revision {
            return Err(StorageError::CheckpointBehind {
                path: snapshot_path,
                given: last_revision,
                appended: inner.last_revision,
            });
        }
        // Recovery insists that every segment but the last is intact, and
        // until the rename below this segment is what it replays: make it
        // whole on disk even when `Options::sync` is off.
        inner.write_buffered()?;
        if let Err(e) = inner.file.sync() {
            let err = StorageError::io("fsync", &inner.path, e);
            return Err(inner.fail(err));
        }

        let next = inner.generation + 1;
        let tmp = self.dir.join(SNAPSHOT_TMP);
        if let Err(e) = self.write_snapshot(&tmp, live, next, last_revision) {
            // Nothing refers to the temporary file; the log goes on as before.
            // Recovery removes it too if this removal fails.
            let _ = self.fs.remove(&tmp);
            return Err(e);
        }

        // From here a failure leaves files whose role depends on which
        // operations reached the disk. Recovery sorts that out; this log
        // refuses further work until it is reopened.
        let next_path = self.dir.join(segment_name(next));
        let file = match self.switch(&tmp, &snapshot_path, next) {
            Ok(file) => file,
            Err(e) => return Err(inner.fail(e)),
        };
        let mut obsolete = std::mem::take(&mut inner.older);
        obsolete.push(std::mem::replace(&mut inner.path, next_path));
        inner.file = file;
        inner.generation = next;
        inner.log_bytes = 0;
        inner.last_revision = last_revision;
        self.log_bytes.store(0, Ordering::Relaxed);
        self.checkpoints.fetch_add(1, Ordering::Relaxed);
        for path in obsolete {
            // The snapshot now holds their content. A segment older than the
            // snapshot is ignored and removed by recovery, so a failure here
            // costs disk space until the next open, never correctness.
            let _ = self.fs.remove(&path);
        }
        Ok(inner.appended)
    }

    /// Streams the snapshot into `path` and fsyncs it.
    fn write_snapshot(
        &self,
        path: &Path,
        live: &mut dyn Iterator<Item = (&str, u64, &[u8])>,
        generation: u64,
        last_revision: u64,
    ) -> Result<(), StorageError> {
        let invalid = |reason: String| StorageError::InvalidCheckpoint { path: self.dir.join(SNAPSHOT), reason };
        let file = self.fs.create(path).map_err(|e| StorageError::io("create", path, e))?;
        let write = |bytes: &[u8]| file.write_all(bytes).map_err(|e| StorageError::io("write", path, e));
        let mut buf = Vec::with_capacity(SNAPSHOT_CHUNK + 4096);
        frame::encode_snapshot_header(&mut buf, generation, last_revision);
        // Recovery refuses a snapshot with a key twice; find out now, while
        // nothing depends on the file.
        let mut seen = HashSet::new();
        let mut count = 0u64;
        for (key, revision, value) in live {
            if revision > last_revision {
                return Err(invalid(format!(
                    "key {key:?} has revision {revision}, above the checkpoint's {last_revision}"
                )));
            }
            if !seen.insert(key.to_owned()) {
                return Err(invalid(format!("key {key:?} appears twice")));
            }
            if let Err(size) = frame::encode_snapshot_entry(&mut buf, key, revision, value) {
                return Err(invalid(format!(
                    "key {key:?} needs {size} bytes, above the frame limit of {}",
                    frame::MAX_FRAME
                )));
            }
            count += 1;
            if buf.len() >= SNAPSHOT_CHUNK {
                write(&buf)?;
                buf.clear();
            }
        }
        frame::encode_snapshot_trailer(&mut buf, count);
        write(&buf)?;
        file.sync().map_err(|e| StorageError::io("fsync", path, e))
    }

    /// Creates segment `generation`, then makes `tmp` the snapshot.
    fn switch(&self, tmp: &Path, snapshot: &Path, generation: u64) -> Result<Arc<dyn LogFile>, StorageError> {
        let dir = &self.dir;
        // The new segment must be on disk before the snapshot that names it.
        let file = recovery::create_segment(self.fs.as_ref(), dir, generation)?;
        self.fs.rename(tmp, snapshot).map_err(|e| StorageError::io("rename to snapshot", tmp, e))?;
        self.fs.sync_dir(dir).map_err(|e| StorageError::io("fsync directory", dir, e))?;
        Ok(file)
    }

    fn lock_inner(&self) -> Result<MutexGuard<'_, Inner>, StorageError> {
        self.inner.lock().map_err(|_| self.poisoned())
    }

    fn lock_commit(&self) -> Result<MutexGuard<'_, Commit>, StorageError> {
        self.commit.lock().map_err(|_| self.poisoned())
    }

    fn poisoned(&self) -> StorageError {
        StorageError::Poisoned { path: self.dir.clone() }
    }
}

impl Drop for Wal {
    fn drop(&mut self) {
        // Unsynced batches were never acknowledged, so losing them is allowed;
        // handing them to the kernel anyway means a clean shutdown (or a
        // panic elsewhere) loses nothing that was appended.
        if let Ok(inner) = self.inner.get_mut() {
            if inner.failed.is_none() {
                let _ = inner.write_buffered();
            }
        }
    }
}

impl std::fmt::Debug for Wal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Wal")
            .field("dir", &self.dir)
            .field("options", &self.options)
            .field("stats", &self.stats())
            .finish_non_exhaustive()
    }
}

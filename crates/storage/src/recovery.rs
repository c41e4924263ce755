//! Opening a data directory: load the snapshot, replay the log segments,
//! truncate a torn tail, and leave one segment open for appending.
//!
//! Directory layout:
//!
//! - `snapshot`: the state as of some revision, naming the first log segment
//!   to replay on top of it (absent until the first checkpoint, when replay
//!   starts at segment 0 on an empty state);
//! - `wal-<generation as 16 hex digits>.log`: log segments, replayed in order;
//! - `snapshot.tmp`: a checkpoint in progress, ignored and removed;
//! - `LOCK`: held by the process that has the directory open.

use crate::frame::{self, LogScan, Snapshot, LOG_HEADER, LOG_MAGIC};
use crate::fs::{DirLock, Fs, LogFile};
use crate::{Record, StorageError};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

pub(crate) const SNAPSHOT: &str = "snapshot";
pub(crate) const SNAPSHOT_TMP: &str = "snapshot.tmp";
const TMP_SUFFIX: &str = ".tmp";

/// The file name of log segment `generation`. Fixed-width hex keeps a plain
/// `ls` in replay order.
pub(crate) fn segment_name(generation: u64) -> String {
    format!("wal-{generation:016x}.log")
}

fn parse_segment_name(name: &str) -> Option<u64> {
    let hex = name.strip_prefix("wal-")?.strip_suffix(".log")?;
    if hex.len() != 16 {
        return None;
    }
    u64::from_str_radix(hex, 16).ok()
}

/// Everything `Wal::open` needs to start appending.
pub(crate) struct Opened {
    pub(crate) lock: DirLock,
    pub(crate) file: Arc<dyn LogFile>,
    pub(crate) path: PathBuf,
    pub(crate) generation: u64,
    /// Older live segments: replayed, still needed until the next checkpoint.
    pub(crate) older: Vec<PathBuf>,
    /// Bytes of frames in the open segment.
    pub(crate) log_bytes: u64,
    pub(crate) last_revision: u64,
    pub(crate) live: BTreeMap<String, (u64, Vec<u8>)>,
}

fn io_err<'a>(op: &'static str, path: &'a Path) -> impl FnOnce(std::io::Error) -> StorageError + 'a {
    move |e| StorageError::io(op, path, e)
}

pub(crate) fn recover(fs: &dyn Fs, dir: &Path) -> Result<Opened, StorageError> {
    fs.create_dir_all(dir).map_err(io_err("create directory", dir))?;
    let lock =
        fs.lock(dir).map_err(io_err("lock", dir))?.ok_or_else(|| StorageError::Locked { dir: dir.to_path_buf() })?;
    // What we are about to read may still be only in the page cache (the
    // previous process was killed between a rename and its directory fsync).
    // Make it durable before acting on it, so that removing files below can
    // never be persisted without the state that made them obsolete.
    fs.sync_dir(dir).map_err(io_err("fsync directory", dir))?;
    let names = fs.list(dir).map_err(io_err("list", dir))?;

    for name in names.iter().filter(|n| *n == SNAPSHOT_TMP || n.ends_with(TMP_SUFFIX)) {
        // A checkpoint (or the creation of a segment) died before its rename:
        // the files in place still hold everything, the half-written one
        // holds nothing needed.
        let tmp = dir.join(name);
        fs.remove(&tmp).map_err(io_err("remove", &tmp))?;
    }

    let snap_path = dir.join(SNAPSHOT);
    let snapshot = match fs.read(&snap_path).map_err(io_err("read", &snap_path))? {
        Some(data) => Some(
            frame::decode_snapshot(&data).map_err(|(off, why)| StorageError::corrupt(&snap_path, off as u64, why))?,
        ),
        None => None,
    };
    let have_snapshot = snapshot.is_some();
    let Snapshot { generation: base, mut last_revision, entries: mut live } = snapshot.unwrap_or_default();

    let mut generations: Vec<u64> = names.iter().filter_map(|n| parse_segment_name(n)).collect();
    generations.sort_unstable();
    let (stale, segments): (Vec<u64>, Vec<u64>) = generations.into_iter().partition(|&g| g < base);
    check_contiguous(dir, have_snapshot, base, &segments)?;

    let missing = |reason: String| StorageError::Missing { dir: dir.to_path_buf(), reason };
    let mut older = Vec::new();
    let mut open = None;
    for (i, &generation) in segments.iter().enumerate() {
        let path = dir.join(segment_name(generation));
        let is_last = i + 1 == segments.len();
        if !is_last {
            // A sealed segment was fsynced before the checkpoint that
            // followed it began, so any damage here is real corruption.
            let data = fs
                .read(&path)
                .map_err(io_err("read", &path))?
                .ok_or_else(|| missing(format!("{} vanished while opening", path.display())))?;
            check_header(&path, &data, generation)?;
            let scan = scan(&path, &data)?;
            if let Some(why) = scan.torn {
                return Err(StorageError::corrupt(&path, scan.valid_len as u64, format!("{why} in a sealed segment")));
            }
            replay(&path, scan.batches, &mut live, &mut last_revision)?;
            older.push(path);
            continue;
        }
        let file = fs.open(&path).map_err(io_err("open", &path))?;
        let data = file.read_all().map_err(io_err("read", &path))?;
        // Segments appear under their name only once their header is
        // durable (see `create_segment`), so a bad header is corruption even
        // here, not a torn write.
        check_header(&path, &data, generation)?;
        let scan = scan(&path, &data)?;
        if scan.torn.is_some() {
            // The torn tail of the last segment was never acknowledged: an
            // acknowledgement waits for the fsync covering the whole frame.
            // Cut it so new frames follow the last good one.
            file.truncate(scan.valid_len as u64).map_err(io_err("truncate", &path))?;
        }
        let valid_len = scan.valid_len;
        replay(&path, scan.batches, &mut live, &mut last_revision)?;
        // Whatever we recovered becomes visible to clients; it must not be
        // something a power loss could still take away.
        file.sync().map_err(io_err("fsync", &path))?;
        open = Some((file, path, generation, valid_len));
    }

    let (file, path, generation, valid_len) = match open {
        Some(o) => o,
        None => {
            // A fresh directory (check_contiguous refuses a snapshot without
            // its segment).
            let path = dir.join(segment_name(base));
            let file = create_segment(fs, dir, base)?;
            (file, path, base, LOG_HEADER)
        }
    };
    for generation in stale {
        // Left behind by a checkpoint that died after its rename; the
        // snapshot holds their content.
        let stale_path = dir.join(segment_name(generation));
        fs.remove(&stale_path).map_err(io_err("remove", &stale_path))?;
    }
    fs.sync_dir(dir).map_err(io_err("fsync directory", dir))?;

    Ok(Opened { lock, file, path, generation, older, log_bytes: (valid_len - LOG_HEADER) as u64, last_revision, live })
}

/// Creates segment `generation` with its header and returns it open for
/// appending. The header is written and fsynced under a temporary name and
/// the file renamed into place, so a segment that recovery can see always has
/// a whole header; the directory fsync makes the name durable.
pub(crate) fn create_segment(fs: &dyn Fs, dir: &Path, generation: u64) -> Result<Arc<dyn LogFile>, StorageError> {
    let path = dir.join(segment_name(generation));
    let tmp = dir.join(format!("{}{TMP_SUFFIX}", segment_name(generation)));
    let file = fs.create(&tmp).map_err(io_err("create", &tmp))?;
    file.write_all(&frame::log_header(generation)).map_err(io_err("write", &tmp))?;
    file.sync().map_err(io_err("fsync", &tmp))?;
    fs.rename(&tmp, &path).map_err(io_err("rename", &tmp))?;
    fs.sync_dir(dir).map_err(io_err("fsync directory", dir))?;
    Ok(file)
}

fn check_contiguous(dir: &Path, have_snapshot: bool, base: u64, segments: &[u64]) -> Result<(), StorageError> {
    let missing = |reason: String| Err(StorageError::Missing { dir: dir.to_path_buf(), reason });
    match segments.first() {
        None if have_snapshot => {
            return missing(format!("the snapshot continues in {}, which does not exist", segment_name(base)))
        }
        Some(&first) if first != base => {
            return missing(if have_snapshot {
                format!(
                    "the snapshot continues in {}, but the first segment is {}",
                    segment_name(base),
                    segment_name(first)
                )
            } else {
                format!(
                    "there is no snapshot, but the first segment is {} (not {})",
                    segment_name(first),
                    segment_name(0)
                )
            })
        }
        _ => {}
    }
    for pair in segments.windows(2) {
        if pair[1] != pair[0] + 1 {
            return missing(format!(
                "segments {} to {} are missing",
                segment_name(pair[0] + 1),
                segment_name(pair[1] - 1)
            ));
        }
    }
    Ok(())
}

fn check_header(path: &Path, data: &[u8], generation: u64) -> Result<(), StorageError> {
    if data.len() < LOG_HEADER || &data[..LOG_MAGIC.len()] != LOG_MAGIC {
        return Err(StorageError::corrupt(path, 0, "not a flux-rs log segment (bad magic)"));
    }
    let mut stated = [0u8; 8];
    stated.copy_from_slice(&data[8..16]);
    let stated = u64::from_le_bytes(stated);
    if stated != generation {
        return Err(StorageError::corrupt(
            path,
            8,
            format!("header says generation {stated}, the file name {generation}"),
        ));
    }
    Ok(())
}

fn scan(path: &Path, data: &[u8]) -> Result<LogScan, StorageError> {
    frame::scan_log(data, LOG_HEADER).map_err(|(off, why)| StorageError::corrupt(path, off as u64, why))
}

/// Applies batches in log order. Appends refuse a revision below the last one,
/// so a decrease here means the log was not written by us.
fn replay(
    path: &Path,
    batches: Vec<(usize, Vec<Record>)>,
    live: &mut BTreeMap<String, (u64, Vec<u8>)>,
    last_revision: &mut u64,
) -> Result<(), StorageError> {
    for (offset, record) in batches.into_iter().flat_map(|(offset, batch)| batch.into_iter().map(move |r| (offset, r)))
    {
        if record.revision < *last_revision {
            return Err(StorageError::corrupt(
                path,
                offset as u64,
                format!("revision {} of key {:?} follows revision {}", record.revision, record.key, last_revision),
            ));
        }
        *last_revision = record.revision;
        match record.value {
            Some(value) => {
                live.insert(record.key, (record.revision, value));
            }
            None => {
                live.remove(&record.key);
            }
        }
    }
    Ok(())
}

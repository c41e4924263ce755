//! The deterministic `tar.gz` of a directory that source-controller stores as an artifact.
//!
//! Entries are written in the order of Go's `filepath.Walk`: the root (`.`) first, then depth first with
//! each directory's names sorted bytewise. Only regular files and directories go in; symlinks, sockets,
//! devices are skipped. Headers carry the path relative to the root, owner 0:0 without names, modification
//! time 0, and a fixed mode: [`DIR_MODE`] for directories, [`EXE_FILE_MODE`] for files with any execute
//! bit, [`FILE_MODE`] for the others. So the same tree always gives the same bytes, whatever the clock,
//! the owner or the umask of the checkout.

mod header;

use std::ffi::OsString;
use std::fs::{self, File};
use std::io::{self, Read, Write};
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

use flate2::write::GzEncoder;
use flate2::Compression;

use crate::ignore::Matcher;

/// The mode of every regular file without an execute bit inside an artifact.
pub const FILE_MODE: u32 = 0o600;
/// The mode of every regular file with an execute bit (for anyone) inside an artifact.
pub const EXE_FILE_MODE: u32 = 0o700;
/// The mode of every directory inside an artifact.
pub const DIR_MODE: u32 = 0o750;

/// Decides which entries stay out of an archive.
///
/// Implemented by [`Matcher`] (ignore rules) and by any `Fn(&[&str], bool) -> bool` closure receiving the
/// path's components relative to the archived root and whether it is a directory.
pub trait ArchiveFilter: Sync {
    /// Whether to leave the entry out.
    fn exclude(&self, path: &[&str], is_dir: bool) -> bool;

    /// Whether everything below an excluded directory is excluded too, so that the walk can skip it.
    /// Upstream walks into excluded directories, because a later pattern may re-include a file inside;
    /// returning `true` is only an optimisation and must not change the result.
    fn excludes_whole_dirs(&self) -> bool {
        false
    }
}

impl ArchiveFilter for Matcher {
    fn exclude(&self, path: &[&str], is_dir: bool) -> bool {
        self.is_excluded(path, is_dir)
    }
    fn excludes_whole_dirs(&self) -> bool {
        Matcher::excludes_whole_dirs(self)
    }
}

impl<F: Fn(&[&str], bool) -> bool + Sync> ArchiveFilter for F {
    fn exclude(&self, path: &[&str], is_dir: bool) -> bool {
        self(path, is_dir)
    }
}

/// Keeps everything.
#[derive(Debug, Clone, Copy, Default)]
pub struct NoFilter;

impl ArchiveFilter for NoFilter {
    fn exclude(&self, _: &[&str], _: bool) -> bool {
        false
    }
}

/// Why an archive could not be built.
#[derive(Debug, thiserror::Error)]
pub enum ArchiveError {
    #[error("invalid dir path {0}: not a directory")]
    NotADirectory(PathBuf),
    #[error("archiving {path}: {source}")]
    Read {
        path: PathBuf,
        #[source]
        source: io::Error,
    },
    #[error("archiving {path}: the file changed size while it was being read")]
    Changed { path: PathBuf },
    #[error("writing the archive: {0}")]
    Write(#[source] io::Error),
}

/// What [`write_archive`] wrote.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ArchiveStats {
    pub files: u64,
    pub dirs: u64,
    /// Bytes of file content (uncompressed).
    pub content_bytes: u64,
}

/// Writes the gzip-compressed tar of `dir` to `out`, leaving out what `filter` excludes, and returns `out`.
///
/// ```
/// # let dir = tempfile::tempdir().unwrap();
/// std::fs::write(dir.path().join("a.yaml"), "a: 1\n").unwrap();
/// let (one, _) = artifact::archive::write_archive(dir.path(), &artifact::archive::NoFilter, Vec::new()).unwrap();
/// let (two, _) = artifact::archive::write_archive(dir.path(), &artifact::archive::NoFilter, Vec::new()).unwrap();
/// assert_eq!(one, two);
/// ```
pub fn write_archive<W: Write>(
    dir: &Path,
    filter: &dyn ArchiveFilter,
    out: W,
) -> Result<(W, ArchiveStats), ArchiveError> {
    // Reading the files and compressing take about the same time per byte on manifests; a second thread
    // walks and reads while this one compresses. The byte stream is the same as with one thread.
    let (tx, rx) = std::sync::mpsc::sync_channel::<Vec<u8>>(8);
    std::thread::scope(|scope| {
        // The sender is dropped when the walk ends, which ends the receiving loop below.
        let reader = scope.spawn(move || {
            write_tar(dir, filter, ChunkSender { tx, buf: Vec::with_capacity(CHUNK) }).map(|(_, stats)| stats)
        });
        let mut gz = GzEncoder::new(out, Compression::default());
        let mut write_error = None;
        for chunk in rx.iter() {
            if let Err(e) = gz.write_all(&chunk) {
                write_error = Some(e);
                break;
            }
        }
        // Dropping the receiver makes the reader's next send fail, so it stops.
        drop(rx);
        let walked = reader.join().map_err(|_| ArchiveError::Write(io::Error::other("the archive reader panicked")))?;
        if let Some(e) = write_error {
            return Err(ArchiveError::Write(e));
        }
        let stats = walked?;
        let out = gz.finish().map_err(ArchiveError::Write)?;
        Ok((out, stats))
    })
}

const CHUNK: usize = 256 * 1024;

/// Hands the tar stream to the compressing thread in chunks.
struct ChunkSender {
    tx: std::sync::mpsc::SyncSender<Vec<u8>>,
    buf: Vec<u8>,
}

impl ChunkSender {
    fn send(&mut self) -> io::Result<()> {
        if self.buf.is_empty() {
            return Ok(());
        }
        let chunk = std::mem::replace(&mut self.buf, Vec::with_capacity(CHUNK));
        self.tx.send(chunk).map_err(|_| io::Error::new(io::ErrorKind::BrokenPipe, "the compressor stopped"))
    }
}

impl Write for ChunkSender {
    fn write(&mut self, data: &[u8]) -> io::Result<usize> {
        self.buf.extend_from_slice(data);
        if self.buf.len() >= CHUNK {
            self.send()?;
        }
        Ok(data.len())
    }
    fn flush(&mut self) -> io::Result<()> {
        self.send()
    }
}

/// Writes the uncompressed tar of `dir` to `out` (the same entries as [`write_archive`], without gzip),
/// and returns `out`.
pub fn write_tar<W: Write>(dir: &Path, filter: &dyn ArchiveFilter, out: W) -> Result<(W, ArchiveStats), ArchiveError> {
    let meta = fs::metadata(dir).map_err(|source| ArchiveError::Read { path: dir.to_path_buf(), source })?;
    if !meta.is_dir() {
        return Err(ArchiveError::NotADirectory(dir.to_path_buf()));
    }
    let mut walker = Walker {
        out: io::BufWriter::with_capacity(128 * 1024, out),
        filter,
        prune: filter.excludes_whole_dirs(),
        components: Vec::new(),
        name: Vec::new(),
        buf: vec![0u8; 64 * 1024],
        stats: ArchiveStats::default(),
    };
    // The root is an entry of its own, named ".", as in upstream's archives; no pattern can exclude it.
    walker.put(&header::encode(b".", header::TYPE_DIR, DIR_MODE, 0))?;
    walker.stats.dirs += 1;
    walker.walk(dir)?;
    let stats = walker.stats;
    let mut out = walker.out;
    out.write_all(&[0u8; 2 * header::BLOCK]).map_err(ArchiveError::Write)?;
    out.flush().map_err(ArchiveError::Write)?;
    let out = out.into_inner().map_err(|e| ArchiveError::Write(e.into_error()))?;
    Ok((out, stats))
}

struct Walker<'a, W: Write> {
    out: io::BufWriter<W>,
    filter: &'a dyn ArchiveFilter,
    prune: bool,
    /// The current path's components, for the filter.
    components: Vec<String>,
    /// The current path's bytes, `/`-separated, for the header.
    name: Vec<u8>,
    buf: Vec<u8>,
    stats: ArchiveStats,
}

impl<W: Write> Walker<'_, W> {
    fn put(&mut self, bytes: &[u8]) -> Result<(), ArchiveError> {
        self.out.write_all(bytes).map_err(ArchiveError::Write)
    }

    fn walk(&mut self, dir: &Path) -> Result<(), ArchiveError> {
        let read_err = |source| ArchiveError::Read { path: dir.to_path_buf(), source };
        let mut names: Vec<OsString> = Vec::new();
        for entry in fs::read_dir(dir).map_err(read_err)? {
            names.push(entry.map_err(read_err)?.file_name());
        }
        names.sort();
        for name in names {
            let path = dir.join(&name);
            let meta =
                fs::symlink_metadata(&path).map_err(|source| ArchiveError::Read { path: path.clone(), source })?;
            let file_type = meta.file_type();
            let is_dir = file_type.is_dir();
            if !is_dir && !file_type.is_file() {
                continue;
            }
            let name_len = self.name.len();
            if name_len > 0 {
                self.name.push(b'/');
            }
            self.name.extend_from_slice(name.as_bytes());
            self.components.push(name.to_string_lossy().into_owned());
            let excluded = {
                let parts: Vec<&str> = self.components.iter().map(String::as_str).collect();
                self.filter.exclude(&parts, is_dir)
            };
            if is_dir {
                if !excluded {
                    let h = header::encode(&self.name, header::TYPE_DIR, DIR_MODE, 0);
                    self.put(&h)?;
                    self.stats.dirs += 1;
                }
                if !(excluded && self.prune) {
                    self.walk(&path)?;
                }
            } else if !excluded {
                let mode = if meta.permissions().mode() & 0o111 != 0 { EXE_FILE_MODE } else { FILE_MODE };
                self.file(&path, mode, meta.len())?;
            }
            self.components.pop();
            self.name.truncate(name_len);
        }
        Ok(())
    }

    fn file(&mut self, path: &Path, mode: u32, size: u64) -> Result<(), ArchiveError> {
        let read_err = |source| ArchiveError::Read { path: path.to_path_buf(), source };
        let mut file = File::open(path).map_err(read_err)?;
        let h = header::encode(&self.name, header::TYPE_REG, mode, size);
        self.put(&h)?;
        let mut remaining = size;
        while remaining > 0 {
            let want = remaining.min(self.buf.len() as u64) as usize;
            let n = file.read(&mut self.buf[..want]).map_err(read_err)?;
            if n == 0 {
                return Err(ArchiveError::Changed { path: path.to_path_buf() });
            }
            self.out.write_all(&self.buf[..n]).map_err(ArchiveError::Write)?;
            remaining -= n as u64;
        }
        if file.read(&mut self.buf[..1]).map_err(read_err)? != 0 {
            return Err(ArchiveError::Changed { path: path.to_path_buf() });
        }
        let padding = (header::BLOCK - (size % header::BLOCK as u64) as usize) % header::BLOCK;
        self.put(&[0u8; header::BLOCK][..padding])?;
        self.stats.files += 1;
        self.stats.content_bytes += size;
        Ok(())
    }
}

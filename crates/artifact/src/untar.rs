//! Safe extraction of a `tar.gz` artifact, for the controllers that consume artifacts (upstream's
//! fluxcd/pkg `tar.Untar`, stricter).
//!
//! Nothing is ever written outside the destination:
//!
//! * names that are empty, absolute, contain `\` or NUL, or have a `..` component are refused;
//! * symbolic and hard links are refused ([`LinkPolicy::Reject`], the default) or dropped
//!   ([`LinkPolicy::Skip`], what the fetcher uses, as upstream's fetcher does) — never created;
//! * devices, FIFOs, sparse files and unknown entry types are refused;
//! * every directory on the way to an entry is checked with `lstat`: a symlink already present in the
//!   destination is refused, not followed, and files are opened with `O_NOFOLLOW`;
//! * the sum of the entries' sizes may not exceed [`UntarOptions::max_size`] (100 MiB by default, upstream's
//!   `DefaultMaxUntarSize`), checked before each entry is written; [`UntarOptions::max_entries`] bounds the
//!   number of entries when set.
//!
//! Files get their header's permission bits (`& 0o777`), directories those bits plus `0o700` so they can
//! always be cleaned up, and files the header's modification time (never later than the start of the
//! extraction), as upstream does.

use std::collections::HashSet;
use std::fs::{self, DirBuilder, OpenOptions};
use std::io::{self, Read};
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt};
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use flate2::read::MultiGzDecoder;

/// Upstream's default limit on the decompressed size of an archive: 100 MiB.
pub const DEFAULT_MAX_UNTAR_SIZE: u64 = 100 << 20;

/// What to do with symbolic and hard links in an archive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum LinkPolicy {
    /// Fail the extraction.
    #[default]
    Reject,
    /// Leave them out silently.
    Skip,
}

/// Limits and policies of an extraction.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UntarOptions {
    /// The most bytes of file content the archive may declare in total; `None` for no limit.
    pub max_size: Option<u64>,
    /// The most entries (of any type) the archive may have; `None` for no limit.
    pub max_entries: Option<u64>,
    pub links: LinkPolicy,
}

impl Default for UntarOptions {
    fn default() -> Self {
        UntarOptions { max_size: Some(DEFAULT_MAX_UNTAR_SIZE), max_entries: None, links: LinkPolicy::Reject }
    }
}

/// What an extraction wrote.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct UntarStats {
    pub files: u64,
    pub dirs: u64,
    pub bytes: u64,
    /// Links left out under [`LinkPolicy::Skip`].
    pub skipped_links: u64,
}

/// Why an archive was not (completely) extracted. Entries before the failing one may have been written.
#[derive(Debug, thiserror::Error)]
pub enum UntarError {
    #[error("tar error: {0}")]
    Read(#[source] io::Error),
    #[error("tar contained invalid name {0:?}")]
    InvalidName(String),
    #[error("tar {name:?} is bigger than max archive size of {limit} bytes")]
    TooLarge { name: String, limit: u64 },
    #[error("tar has more than the maximum of {limit} entries")]
    TooManyEntries { limit: u64 },
    #[error("tar entry {name:?} is a {kind}, which is not allowed in this context")]
    Link { name: String, kind: &'static str },
    #[error("tar entry {name:?} has unsupported type {kind}")]
    Unsupported { name: String, kind: String },
    #[error("tar entry {name:?}: {path} is in the way: not a directory, or a symlink (never followed)")]
    NotADirectory { name: String, path: PathBuf },
    #[error("dir '{0}' must be a directory")]
    DestinationNotADirectory(PathBuf),
    #[error("{op} {path}: {source}")]
    Io {
        op: &'static str,
        path: PathBuf,
        #[source]
        source: io::Error,
    },
}

fn io_err(op: &'static str, path: &Path) -> impl FnOnce(io::Error) -> UntarError {
    let path = path.to_path_buf();
    move |source| UntarError::Io { op, path, source }
}

/// Extracts a gzip-compressed tar into `dest`, creating it when missing.
///
/// ```
/// # let dir = tempfile::tempdir().unwrap();
/// # std::fs::write(dir.path().join("a.yaml"), "a: 1\n").unwrap();
/// let (tgz, _) = artifact::archive::write_archive(dir.path(), &artifact::archive::NoFilter, Vec::new()).unwrap();
/// let out = tempfile::tempdir().unwrap();
/// artifact::untar::untar(&tgz[..], out.path(), &Default::default()).unwrap();
/// assert_eq!(std::fs::read_to_string(out.path().join("a.yaml")).unwrap(), "a: 1\n");
/// ```
pub fn untar(reader: impl Read, dest: &Path, options: &UntarOptions) -> Result<UntarStats, UntarError> {
    untar_plain(MultiGzDecoder::new(reader), dest, options)
}

/// Extracts an uncompressed tar stream into `dest` (upstream's `WithSkipGzip`).
pub fn untar_plain(reader: impl Read, dest: &Path, options: &UntarOptions) -> Result<UntarStats, UntarError> {
    match fs::symlink_metadata(dest) {
        Ok(meta) if !meta.is_dir() => return Err(UntarError::DestinationNotADirectory(dest.to_path_buf())),
        Ok(_) => {}
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            DirBuilder::new().recursive(true).mode(0o750).create(dest).map_err(io_err("creating", dest))?;
        }
        Err(e) => return Err(io_err("cannot lstat", dest)(e)),
    }
    let mut extractor = Extractor {
        dest: dest.to_path_buf(),
        options,
        known_dirs: HashSet::new(),
        started: SystemTime::now(),
        stats: UntarStats::default(),
        declared: 0,
        entries: 0,
    };
    let mut archive = tar::Archive::new(reader);
    for entry in archive.entries().map_err(UntarError::Read)? {
        extractor.entry(entry.map_err(UntarError::Read)?)?;
    }
    Ok(extractor.stats)
}

struct Extractor<'a> {
    dest: PathBuf,
    options: &'a UntarOptions,
    /// Directories under `dest` known to be real directories (checked or created by us).
    known_dirs: HashSet<PathBuf>,
    started: SystemTime,
    stats: UntarStats,
    declared: u64,
    entries: u64,
}

impl Extractor<'_> {
    fn entry<R: Read>(&mut self, mut entry: tar::Entry<'_, R>) -> Result<(), UntarError> {
        let raw_name = entry.path_bytes().into_owned();
        let name = String::from_utf8_lossy(&raw_name).into_owned();
        self.entries += 1;
        if let Some(limit) = self.options.max_entries {
            if self.entries > limit {
                return Err(UntarError::TooManyEntries { limit });
            }
        }
        self.declared = self.declared.saturating_add(entry.size());
        if let Some(limit) = self.options.max_size {
            if self.declared > limit {
                return Err(UntarError::TooLarge { name, limit });
            }
        }
        let kind = entry.header().entry_type();
        if kind.is_pax_global_extensions() {
            return Ok(());
        }
        let components = valid_components(&raw_name).ok_or_else(|| UntarError::InvalidName(name.clone()))?;

        if kind.is_symlink() || kind.is_hard_link() {
            return match self.options.links {
                LinkPolicy::Skip => {
                    self.stats.skipped_links += 1;
                    Ok(())
                }
                LinkPolicy::Reject => {
                    Err(UntarError::Link { name, kind: if kind.is_symlink() { "symlink" } else { "hard link" } })
                }
            };
        }
        let mode = entry.header().mode().map_err(UntarError::Read)? & 0o777;
        if kind.is_dir() {
            self.ensure_dirs(&name, &components, mode | 0o700)?;
            self.stats.dirs += 1;
            return Ok(());
        }
        if !(kind.is_file() || kind.is_contiguous()) {
            return Err(UntarError::Unsupported { name, kind: format!("{kind:?}") });
        }
        let Some((file_name, parents)) = components.split_last() else {
            return Err(UntarError::InvalidName(name));
        };
        let parent = self.ensure_dirs(&name, parents, 0o750)?;
        let path = parent.join(std::ffi::OsStr::from_bytes(file_name));
        let mut file = OpenOptions::new()
            .write(true)
            .create(true)
            .truncate(true)
            .mode(mode)
            .custom_flags(libc::O_NOFOLLOW)
            .open(&path)
            .map_err(|e| match e.raw_os_error() {
                Some(libc::ELOOP) => UntarError::NotADirectory { name: name.clone(), path: path.clone() },
                _ => io_err("creating", &path)(e),
            })?;
        let expected = entry.size();
        let written = io::copy(&mut entry, &mut file).map_err(io_err("writing", &path))?;
        if written != expected {
            return Err(UntarError::Io {
                op: "writing",
                path,
                source: io::Error::new(
                    io::ErrorKind::UnexpectedEof,
                    format!("only wrote {written} of {expected} bytes"),
                ),
            });
        }
        let mtime = entry.header().mtime().map(|s| UNIX_EPOCH + Duration::from_secs(s)).unwrap_or(UNIX_EPOCH);
        file.set_modified(mtime.min(self.started)).map_err(io_err("setting the modification time of", &path))?;
        self.stats.files += 1;
        self.stats.bytes += written;
        Ok(())
    }

    /// Makes sure every component is a real directory under `dest` — created with `mode` when missing,
    /// refused when it is anything else, a symlink included — and returns the last one.
    fn ensure_dirs(&mut self, name: &str, components: &[&[u8]], mode: u32) -> Result<PathBuf, UntarError> {
        let mut path = self.dest.clone();
        for component in components {
            path.push(std::ffi::OsStr::from_bytes(component));
            if self.known_dirs.contains(&path) {
                continue;
            }
            match fs::symlink_metadata(&path) {
                Ok(meta) if meta.is_dir() => {}
                Ok(_) => return Err(UntarError::NotADirectory { name: name.to_string(), path }),
                Err(e) if e.kind() == io::ErrorKind::NotFound => {
                    match DirBuilder::new().mode(mode).create(&path) {
                        Ok(()) => {}
                        // Created meanwhile: check it again on the next entry rather than trusting it now.
                        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {
                            let meta = fs::symlink_metadata(&path).map_err(io_err("cannot lstat", &path))?;
                            if !meta.is_dir() {
                                return Err(UntarError::NotADirectory { name: name.to_string(), path });
                            }
                        }
                        Err(e) => return Err(io_err("creating", &path)(e)),
                    }
                }
                Err(e) => return Err(io_err("cannot lstat", &path)(e)),
            }
            self.known_dirs.insert(path.clone());
        }
        Ok(path)
    }
}

/// The components of an entry name, or `None` when the name may not be extracted: empty, absolute, with
/// a `\` or NUL, or with a `..` component. Empty and `.` components are dropped (`./a//b` is `a/b`).
fn valid_components(name: &[u8]) -> Option<Vec<&[u8]>> {
    if name.is_empty() || name[0] == b'/' || name.contains(&b'\\') || name.contains(&0) {
        return None;
    }
    let mut out = Vec::new();
    for part in name.split(|&c| c == b'/') {
        match part {
            b"" | b"." => {}
            b".." => return None,
            p => out.push(p),
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names() {
        let ok = |n: &str| {
            valid_components(n.as_bytes())
                .map(|c| c.iter().map(|p| String::from_utf8_lossy(p).into_owned()).collect::<Vec<_>>())
        };
        assert_eq!(ok("a/b.yaml").unwrap(), ["a", "b.yaml"]);
        assert_eq!(ok("./a//b/").unwrap(), ["a", "b"]);
        assert_eq!(ok(".").unwrap(), Vec::<String>::new());
        assert_eq!(ok("a..b/c..").unwrap(), ["a..b", "c.."]);
        for bad in ["", "/etc/passwd", "../x", "a/../../x", "a/..", "..", "a\\..\\x", "a\0b"] {
            assert!(ok(bad).is_none(), "{bad:?}");
        }
    }
}

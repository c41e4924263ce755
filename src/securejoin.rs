//! Joining a user-given path (`include[].toPath`, `sparseCheckout`) to a checkout without leaving it, as
//! upstream's `filepath-securejoin` does: `..` stops at the root, and symlinks already in the checkout
//! are resolved as if the root were `/`, so the result never points outside the root whatever the
//! repository contains.

use std::collections::VecDeque;
use std::ffi::OsString;
use std::io;
use std::path::{Component, Path, PathBuf};

/// How many symlinks one join may follow (Linux's `MAXSYMLINKS`).
const MAX_SYMLINKS: usize = 255;

/// `root` joined with `unsafe_path`, every existing symlink on the way resolved inside `root`.
///
/// ```ignore
/// secure_join(Path::new("/tmp/x"), "../../etc")  // → /tmp/x/etc
/// ```
pub fn secure_join(root: &Path, unsafe_path: &str) -> io::Result<PathBuf> {
    let mut pending: VecDeque<OsString> = components(Path::new(unsafe_path));
    let mut resolved = PathBuf::new();
    let mut links = 0;
    while let Some(part) = pending.pop_front() {
        if part == ".." {
            resolved.pop();
            continue;
        }
        let candidate = resolved.join(&part);
        match std::fs::symlink_metadata(root.join(&candidate)) {
            Ok(meta) if meta.file_type().is_symlink() => {
                links += 1;
                if links > MAX_SYMLINKS {
                    return Err(io::Error::other(format!("too many symlinks resolving '{unsafe_path}'")));
                }
                let target = std::fs::read_link(root.join(&candidate))?;
                if target.is_absolute() {
                    resolved = PathBuf::new();
                }
                for (i, c) in components(&target).into_iter().enumerate() {
                    pending.insert(i, c);
                }
            }
            _ => resolved = candidate,
        }
    }
    Ok(root.join(resolved))
}

/// The normal and `..` components of a path; `/` and `.` are dropped.
fn components(path: &Path) -> VecDeque<OsString> {
    path.components()
        .filter_map(|c| match c {
            Component::Normal(n) => Some(n.to_os_string()),
            Component::ParentDir => Some(OsString::from("..")),
            _ => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::symlink;

    #[test]
    fn dot_dot_stops_at_the_root() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        assert_eq!(secure_join(root, "../../etc/passwd").unwrap(), root.join("etc/passwd"));
        assert_eq!(secure_join(root, "/abs/./x").unwrap(), root.join("abs/x"));
        assert_eq!(secure_join(root, "").unwrap(), root.to_path_buf());
    }

    #[test]
    fn symlinks_resolve_inside_the_root() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        std::fs::create_dir(root.join("real")).unwrap();
        symlink("/etc", root.join("abs")).unwrap();
        symlink("../../..", root.join("up")).unwrap();
        symlink("real", root.join("rel")).unwrap();
        symlink("loop", root.join("loop")).unwrap();
        assert_eq!(secure_join(root, "abs/passwd").unwrap(), root.join("etc/passwd"));
        assert_eq!(secure_join(root, "up/tmp").unwrap(), root.join("tmp"));
        assert_eq!(secure_join(root, "rel/x").unwrap(), root.join("real/x"));
        assert!(secure_join(root, "loop/x").is_err());
    }
}

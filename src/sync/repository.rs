//! The Git repository `--sync DIR` keeps under the data dir: DIR committed as the whole tree of `main`,
//! a new commit whenever DIR's content changes.
//!
//! DIR is looked at often, so a cheap [`fingerprint`] (paths, sizes, modification times, modes, link
//! targets) decides whether the files are read and hashed at all; the commit itself is `git`'s own
//! rule — none when the tree is the branch's already — so touching a file without changing it commits
//! nothing.

use std::hash::{DefaultHasher, Hash, Hasher};
use std::path::{Path, PathBuf};

use anyhow::Context;
use git::commit::{self, CommitOptions, Signature};

/// The branch DIR is committed on, and the one the GitRepository follows.
pub const BRANCH: &str = "main";

/// A bare repository mirroring a directory.
pub struct LocalRepository {
    path: PathBuf,
    dir: PathBuf,
    /// DIR as the user named it, for messages.
    shown: String,
    /// DIR's fingerprint when it was last committed (or found already committed).
    seen: Option<u64>,
}

/// Where the branch is after a look at DIR.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Synced {
    /// Flux's revision of the branch's commit: `main@sha1:<hash>`.
    pub revision: String,
    /// Whether this look made that commit.
    pub committed: bool,
}

impl LocalRepository {
    /// Opens, or creates, the bare repository `<root>/<name>.git` for `dir`.
    pub fn open(root: &Path, name: &str, dir: &Path, shown: &str) -> anyhow::Result<LocalRepository> {
        let path = root.join(format!("{name}.git"));
        commit::init_bare(&path, BRANCH).with_context(|| format!("creating the Git repository {}", path.display()))?;
        Ok(LocalRepository { path, dir: dir.to_path_buf(), shown: shown.to_string(), seen: None })
    }

    /// Commits DIR if its content changed since the last look. `Ok(None)`: DIR looks as it did last time.
    pub fn sync(&mut self) -> anyhow::Result<Option<Synced>> {
        let now = fingerprint(&self.dir).with_context(|| format!("reading {}", self.shown))?;
        if self.seen == Some(now) {
            return Ok(None);
        }
        let author = Signature::new("flux-rs", "flux-rs@localhost");
        let options = CommitOptions::new(author, format!("flux-rs run --sync {}", self.shown));
        let made = commit::commit_directory(&self.path, BRANCH, &self.dir, &options)
            .with_context(|| format!("committing {} to {}", self.shown, self.path.display()))?;
        let tip = match made {
            Some(id) => id,
            None => commit::branch_tip(&self.path, BRANCH)
                .with_context(|| format!("reading {}", self.path.display()))?
                .with_context(|| format!("{} has no branch {BRANCH}", self.path.display()))?,
        };
        self.seen = Some(now);
        Ok(Some(Synced { revision: format!("{BRANCH}@sha1:{tip}"), committed: made.is_some() }))
    }
}

/// A hash of what `dir` holds as far as metadata tells: every entry's path, type, size, modification time
/// and mode, and symbolic links' targets. `.git` is left out, as from the commit.
pub fn fingerprint(dir: &Path) -> std::io::Result<u64> {
    let mut hasher = DefaultHasher::new();
    walk(dir, Path::new(""), &mut hasher)?;
    Ok(hasher.finish())
}

fn walk(dir: &Path, rela: &Path, hasher: &mut DefaultHasher) -> std::io::Result<()> {
    let mut entries: Vec<_> = std::fs::read_dir(dir)?.collect::<Result<_, _>>()?;
    entries.sort_by_key(|e| e.file_name());
    for entry in entries {
        if entry.file_name() == ".git" {
            continue;
        }
        let path = rela.join(entry.file_name());
        let meta = entry.path().symlink_metadata()?;
        path.hash(hasher);
        meta.len().hash(hasher);
        meta.modified().ok().hash(hasher);
        #[cfg(unix)]
        std::os::unix::fs::PermissionsExt::mode(&meta.permissions()).hash(hasher);
        if meta.file_type().is_symlink() {
            std::fs::read_link(entry.path())?.hash(hasher);
        } else if meta.is_dir() {
            "dir".hash(hasher);
            walk(&entry.path(), &path, hasher)?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fingerprints_follow_content_metadata() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("a.yaml"), "a: 1\n").unwrap();
        let first = fingerprint(dir.path()).unwrap();
        assert_eq!(fingerprint(dir.path()).unwrap(), first, "stable");
        std::fs::create_dir_all(dir.path().join(".git")).unwrap();
        std::fs::write(dir.path().join(".git/HEAD"), "x").unwrap();
        assert_eq!(fingerprint(dir.path()).unwrap(), first, ".git is not content");
        std::fs::write(dir.path().join("a.yaml"), "a: 22\n").unwrap();
        let second = fingerprint(dir.path()).unwrap();
        assert_ne!(second, first, "a longer file");
        std::fs::create_dir(dir.path().join("sub")).unwrap();
        assert_ne!(fingerprint(dir.path()).unwrap(), second, "a new folder");
        assert!(fingerprint(&dir.path().join("absent")).is_err());
    }

    #[test]
    fn commits_only_changes() {
        let root = tempfile::tempdir().unwrap();
        let dir = root.path().join("app");
        std::fs::create_dir(&dir).unwrap();
        std::fs::write(dir.join("cm.yaml"), "kind: ConfigMap\n").unwrap();
        let mut repo = LocalRepository::open(&root.path().join("sync"), "app", &dir, "app").unwrap();
        let first = repo.sync().unwrap().expect("a first look");
        assert!(first.committed && first.revision.starts_with("main@sha1:"), "{first:?}");
        assert_eq!(repo.sync().unwrap(), None, "nothing changed");

        std::fs::write(dir.join("cm.yaml"), "kind: ConfigMap\ndata: {}\n").unwrap();
        let second = repo.sync().unwrap().expect("a change");
        assert!(second.committed && second.revision != first.revision);

        // Reopened (a restart): the same content is found committed already.
        let mut again = LocalRepository::open(&root.path().join("sync"), "app", &dir, "app").unwrap();
        assert_eq!(again.sync().unwrap(), Some(Synced { revision: second.revision, committed: false }));

        std::fs::remove_dir_all(&dir).unwrap();
        let err = again.sync().unwrap_err();
        assert!(format!("{err:#}").starts_with("reading app: "), "{err:#}");
    }
}

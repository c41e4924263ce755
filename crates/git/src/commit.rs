//! Making a commit on a branch of a local repository — what image automation does after updating files.
//!
//! Three ways to say what the commit holds:
//! * [`commit_changes`]: a set of [`Change`]s (write, make executable, symlink, delete) applied to the
//!   branch's current tree, without any work tree (a bare repository works);
//! * [`commit_directory`]: any folder on disk as the branch's whole tree (no ignore rules);
//! * [`commit_worktree`]: the repository's work tree as it is on disk — every file that is tracked or not
//!   ignored by `.gitignore`/`info/exclude`, with its executable bit and symlinks; submodules as the
//!   commit the index records — like `git add -A` followed by `git commit`. The index is rewritten to
//!   the new tree when the branch is checked out.
//!
//! Both return `Ok(None)` when the resulting tree equals the parent's: nothing is committed (upstream's
//! `ErrNoStagedFiles`). The branch moves only if it still points where it did when the commit started, so
//! two writers never lose each other's commits.
//!
//! Signing, in the `gpgsig` header as `git commit -S` writes it:
//! * [`Signing::OpenPgp`]: an armored secret key (a `git.asc` as Flux's image automation reads it) makes a
//!   detached binary signature (SHA-256) with rpgp, by its signing subkey when it has one, else by the
//!   primary key — as Go's OpenPGP library picks;
//! * [`Signing::Ssh`]: an SSH signature (`-----BEGIN SSH SIGNATURE-----`, namespace `git`, SHA-512), as
//!   `git -c gpg.format=ssh commit -S` writes, with the `ssh-key` crate.

use std::path::{Path, PathBuf};

use gix::bstr::{BString, ByteSlice};
use gix::objs::tree::EntryKind;
use gix::ObjectId;

/// Why a commit could not be made.
#[derive(Debug, thiserror::Error)]
pub enum CommitError {
    #[error("cannot open repository {path}: {message}")]
    Open { path: PathBuf, message: String },
    #[error("invalid branch name '{0}'")]
    BranchName(String),
    #[error("invalid path '{0}' in a change")]
    Path(String),
    #[error("repository {0} has no work tree")]
    NoWorktree(PathBuf),
    #[error("cannot sign the commit: {0}")]
    Sign(String),
    #[error("branch '{branch}' moved while committing (expected {expected}); not overwritten")]
    Moved { branch: String, expected: String },
    #[error("{0}")]
    Git(String),
    #[error("{0}")]
    Io(#[from] std::io::Error),
}

fn git_err(e: impl std::fmt::Display) -> CommitError {
    CommitError::Git(e.to_string())
}

/// A person and a time, as in a commit's `author` and `committer` lines.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signature {
    pub name: String,
    pub email: String,
    /// Seconds since the Unix epoch and the offset from UTC in seconds; `None` is now, in UTC.
    pub time: Option<(i64, i32)>,
}

impl Signature {
    pub fn new(name: impl Into<String>, email: impl Into<String>) -> Self {
        Signature { name: name.into(), email: email.into(), time: None }
    }

    fn to_gix(&self) -> gix::actor::Signature {
        let (seconds, offset) = self.time.unwrap_or_else(|| {
            let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
            (now.as_secs() as i64, 0)
        });
        gix::actor::Signature {
            name: self.name.as_str().into(),
            email: self.email.as_str().into(),
            time: gix::date::Time::new(seconds, offset),
        }
    }
}

/// How to sign a commit.
#[derive(Clone)]
pub enum Signing {
    /// An ASCII-armored OpenPGP secret key, with its passphrase if it is protected.
    OpenPgp { armored_key: Vec<u8>, passphrase: Option<String> },
    /// An SSH key (OpenSSH format), with its passphrase if it is encrypted.
    Ssh { private_key: Vec<u8>, passphrase: Option<String> },
}

impl std::fmt::Debug for Signing {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Signing::OpenPgp { .. } => f.write_str("Signing::OpenPgp(***)"),
            Signing::Ssh { .. } => f.write_str("Signing::Ssh(***)"),
        }
    }
}

/// Who, what and how: the commit's metadata.
#[derive(Debug, Clone)]
pub struct CommitOptions {
    pub author: Signature,
    /// `None`: the author.
    pub committer: Option<Signature>,
    pub message: String,
    pub signing: Option<Signing>,
    /// Where a branch that does not exist yet starts: `None` is `HEAD`'s commit, or no parent at all when
    /// `HEAD` is unborn.
    pub base: Option<ObjectId>,
}

impl CommitOptions {
    pub fn new(author: Signature, message: impl Into<String>) -> Self {
        CommitOptions { author, committer: None, message: message.into(), signing: None, base: None }
    }
}

/// One change to a file, by its path relative to the repository's root (`/`-separated).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    /// Create or overwrite a regular file.
    Write { path: String, content: Vec<u8>, executable: bool },
    /// Create or overwrite a symbolic link.
    Symlink { path: String, target: String },
    /// Remove a file or a whole directory; nothing happens if it does not exist.
    Delete { path: String },
}

impl Change {
    pub fn write(path: impl Into<String>, content: impl Into<Vec<u8>>) -> Self {
        Change::Write { path: path.into(), content: content.into(), executable: false }
    }

    pub fn delete(path: impl Into<String>) -> Self {
        Change::Delete { path: path.into() }
    }
}

/// The new commit's id.
pub type CommitId = ObjectId;

fn open(path: &Path) -> Result<gix::Repository, CommitError> {
    gix::open(path).map_err(|e| CommitError::Open { path: path.to_path_buf(), message: e.to_string() })
}

fn branch_ref(branch: &str) -> Result<gix::refs::FullName, CommitError> {
    let name = if branch.starts_with("refs/") { branch.to_string() } else { format!("refs/heads/{branch}") };
    gix::refs::FullName::try_from(name.as_str()).map_err(|_| CommitError::BranchName(branch.to_string()))
}

/// The branch's current commit, or where a new branch starts.
fn parent(
    repo: &gix::Repository,
    name: &gix::refs::FullName,
    base: Option<ObjectId>,
) -> Result<Option<ObjectId>, CommitError> {
    if let Some(mut reference) = repo.try_find_reference(name.as_ref()).map_err(git_err)? {
        return Ok(Some(reference.peel_to_id().map_err(git_err)?.detach()));
    }
    if base.is_some() {
        return Ok(base);
    }
    match repo.head_id() {
        Ok(id) => Ok(Some(id.detach())),
        Err(_) => Ok(None),
    }
}

fn tree_of(repo: &gix::Repository, commit: Option<ObjectId>) -> Result<ObjectId, CommitError> {
    match commit {
        Some(id) => Ok(repo.find_commit(id).map_err(git_err)?.tree_id().map_err(git_err)?.detach()),
        None => Ok(repo.empty_tree().id),
    }
}

fn check_path(path: &str) -> Result<&str, CommitError> {
    let trimmed = path.trim_matches('/');
    let bad = trimmed.is_empty() || trimmed.split('/').any(|c| c.is_empty() || c == "." || c == ".." || c == ".git");
    if bad {
        return Err(CommitError::Path(path.to_string()));
    }
    Ok(trimmed)
}

/// Creates a bare repository at `path` whose `HEAD` names `branch` (born with its first commit); a
/// repository already there is left as it is.
pub fn init_bare(path: &Path, branch: &str) -> Result<(), CommitError> {
    let name = branch_ref(branch)?;
    if gix::open(path).is_ok() {
        return Ok(());
    }
    std::fs::create_dir_all(path)?;
    let repo =
        gix::init_bare(path).map_err(|e| CommitError::Open { path: path.to_path_buf(), message: e.to_string() })?;
    std::fs::write(repo.git_dir().join("HEAD"), format!("ref: {}\n", name.as_bstr()))?;
    Ok(())
}

/// The commit `branch` points at in the repository at `repo_path`; `None` while it has none.
pub fn branch_tip(repo_path: &Path, branch: &str) -> Result<Option<CommitId>, CommitError> {
    let repo = open(repo_path)?;
    let name = branch_ref(branch)?;
    match repo.try_find_reference(name.as_ref()).map_err(git_err)? {
        Some(mut reference) => Ok(Some(reference.peel_to_id().map_err(git_err)?.detach())),
        None => Ok(None),
    }
}

/// Applies `changes` to the tip of `branch` (in a bare or non-bare repository at `repo_path`) and commits the
/// result on it. The work tree and index, if any, are not touched.
pub fn commit_changes(
    repo_path: &Path,
    branch: &str,
    changes: &[Change],
    options: &CommitOptions,
) -> Result<Option<CommitId>, CommitError> {
    let repo = open(repo_path)?;
    let name = branch_ref(branch)?;
    let parent = parent(&repo, &name, options.base)?;
    let base_tree = tree_of(&repo, parent)?;
    let mut editor = repo.edit_tree(base_tree).map_err(git_err)?;
    for change in changes {
        match change {
            Change::Write { path, content, executable } => {
                let path = check_path(path)?;
                let blob = repo.write_blob(content).map_err(git_err)?;
                let kind = if *executable { EntryKind::BlobExecutable } else { EntryKind::Blob };
                editor.upsert(path, kind, blob).map_err(git_err)?;
            }
            Change::Symlink { path, target } => {
                let path = check_path(path)?;
                let blob = repo.write_blob(target.as_bytes()).map_err(git_err)?;
                editor.upsert(path, EntryKind::Link, blob).map_err(git_err)?;
            }
            Change::Delete { path } => {
                let path = check_path(path)?;
                editor.remove(path).map_err(git_err)?;
            }
        }
    }
    let tree = editor.write().map_err(git_err)?.detach();
    if tree == base_tree && parent.is_some() {
        return Ok(None);
    }
    write_commit(&repo, &name, parent, tree, options).map(Some)
}

/// Commits the work tree of the repository at `repo_path` on `branch`: every file on disk that is tracked or
/// not ignored, so new files are added and missing ones removed. When `branch` is the checked-out branch,
/// the index is rewritten to match the new commit.
pub fn commit_worktree(
    repo_path: &Path,
    branch: &str,
    options: &CommitOptions,
) -> Result<Option<CommitId>, CommitError> {
    let repo = open(repo_path)?;
    let workdir = repo.workdir().ok_or_else(|| CommitError::NoWorktree(repo_path.to_path_buf()))?.to_path_buf();
    let name = branch_ref(branch)?;
    let parent = parent(&repo, &name, options.base)?;
    let base_tree = tree_of(&repo, parent)?;

    let index = repo.index_or_empty().map_err(git_err)?;
    let worktree = repo.worktree().ok_or_else(|| CommitError::NoWorktree(repo_path.to_path_buf()))?;
    let mut excludes = worktree.excludes(None).map_err(git_err)?;
    let mut walk = Walk { repo: &repo, worktree: Some((&index, &mut excludes)) };
    let tree = walk.dir(&workdir, "")?.unwrap_or(repo.empty_tree().id);
    if tree == base_tree && parent.is_some() {
        return Ok(None);
    }
    let id = write_commit(&repo, &name, parent, tree, options)?;

    let head_is_branch = repo.head_name().ok().flatten().is_some_and(|head| head == name);
    if head_is_branch {
        let mut index = repo.index_from_tree(&tree).map_err(git_err)?;
        index.write(Default::default()).map_err(git_err)?;
    }
    Ok(Some(id))
}

/// Commits the files under `dir` — any folder, not a work tree of the repository — as the whole tree of
/// `branch` in the (bare or non-bare) repository at `repo_path`: files added, changed and removed in `dir`
/// are added, changed and removed in the commit. Everything is taken (no ignore files) but `.git` and
/// nested repositories; executable bits and symbolic links are kept. `Ok(None)` when the tree is the
/// branch's already. What `flux-rs run --sync DIR` commits DIR with.
pub fn commit_directory(
    repo_path: &Path,
    branch: &str,
    dir: &Path,
    options: &CommitOptions,
) -> Result<Option<CommitId>, CommitError> {
    let repo = open(repo_path)?;
    let name = branch_ref(branch)?;
    let parent = parent(&repo, &name, options.base)?;
    let base_tree = tree_of(&repo, parent)?;
    let mut walk = Walk { repo: &repo, worktree: None };
    let tree = match walk.dir(dir, "")? {
        Some(tree) => tree,
        // Written, not just named: git's fsck wants every tree a commit points to in the object store.
        None => repo.write_object(gix::objs::Tree::empty()).map_err(git_err)?.detach(),
    };
    if tree == base_tree && parent.is_some() {
        return Ok(None);
    }
    write_commit(&repo, &name, parent, tree, options).map(Some)
}

/// Writes the trees of a folder. With a work tree's index and exclude rules, what is neither tracked nor
/// unignored is left out and submodules stay the commits the index records.
struct Walk<'a> {
    repo: &'a gix::Repository,
    worktree: Option<(&'a gix::worktree::Index, &'a mut gix::AttributeStack<'a>)>,
}

impl Walk<'_> {
    /// Writes the tree of directory `dir` (repository path `rela`); `None` when it holds nothing to commit.
    fn dir(&mut self, dir: &Path, rela: &str) -> Result<Option<ObjectId>, CommitError> {
        let mut tree = gix::objs::Tree::empty();
        let mut entries: Vec<_> = std::fs::read_dir(dir)?.collect::<Result<_, _>>()?;
        entries.sort_by_key(|e| e.file_name());
        for entry in entries {
            let file_name = entry.file_name();
            let Some(file_name) = file_name.to_str() else { continue };
            if file_name == ".git" {
                continue;
            }
            let path = if rela.is_empty() { file_name.to_string() } else { format!("{rela}/{file_name}") };
            let file_type = entry.file_type()?;
            let is_dir = file_type.is_dir();
            if !self.tracked(&path, is_dir) && self.ignored(&path, is_dir)? {
                continue;
            }
            if is_dir {
                // A submodule stays the commit the index records; another repository nested here is
                // not part of this one.
                if let Some(commit) = self.gitlink(&path) {
                    tree.entries.push(gix::objs::tree::Entry {
                        mode: EntryKind::Commit.into(),
                        filename: file_name.into(),
                        oid: commit,
                    });
                    continue;
                }
                if entry.path().join(".git").exists() {
                    continue;
                }
            }
            let (mode, oid) = if file_type.is_symlink() {
                let target = std::fs::read_link(entry.path())?;
                let target = gix::path::into_bstr(target.as_path()).map_err(git_err)?.into_owned();
                (EntryKind::Link, self.repo.write_blob(target.as_slice()).map_err(git_err)?.detach())
            } else if is_dir {
                match self.dir(&entry.path(), &path)? {
                    Some(id) => (EntryKind::Tree, id),
                    None => continue,
                }
            } else {
                let content = std::fs::read(entry.path())?;
                let kind = if executable(&entry.metadata()?) { EntryKind::BlobExecutable } else { EntryKind::Blob };
                (kind, self.repo.write_blob(content).map_err(git_err)?.detach())
            };
            tree.entries.push(gix::objs::tree::Entry { mode: mode.into(), filename: file_name.into(), oid });
        }
        if tree.entries.is_empty() {
            return Ok(None);
        }
        // Git orders entries by name, directories as if they ended in '/'.
        tree.entries.sort();
        Ok(Some(self.repo.write_object(&tree).map_err(git_err)?.detach()))
    }

    fn tracked(&self, path: &str, is_dir: bool) -> bool {
        let Some((index, _)) = &self.worktree else { return true };
        if is_dir {
            let prefix = format!("{path}/");
            index.prefixed_entries(prefix.as_bytes().as_bstr()).is_some_and(|e| !e.is_empty())
                || self.gitlink(path).is_some()
        } else {
            index.entry_by_path(path.as_bytes().as_bstr()).is_some()
        }
    }

    /// The commit a submodule's index entry (a gitlink) records at `path`.
    fn gitlink(&self, path: &str) -> Option<ObjectId> {
        let (index, _) = self.worktree.as_ref()?;
        index
            .entry_by_path(path.as_bytes().as_bstr())
            .filter(|e| e.mode == gix::index::entry::Mode::COMMIT)
            .map(|e| e.id)
    }

    fn ignored(&mut self, path: &str, is_dir: bool) -> Result<bool, CommitError> {
        let Some((_, excludes)) = &mut self.worktree else { return Ok(false) };
        let mode = if is_dir { gix::index::entry::Mode::DIR } else { gix::index::entry::Mode::FILE };
        let platform = excludes.at_entry(path, Some(mode)).map_err(git_err)?;
        Ok(platform.is_excluded())
    }
}

#[cfg(unix)]
fn executable(meta: &std::fs::Metadata) -> bool {
    use std::os::unix::fs::PermissionsExt;
    meta.permissions().mode() & 0o111 != 0
}

#[cfg(not(unix))]
fn executable(_meta: &std::fs::Metadata) -> bool {
    false
}

fn write_commit(
    repo: &gix::Repository,
    name: &gix::refs::FullName,
    parent: Option<ObjectId>,
    tree: ObjectId,
    options: &CommitOptions,
) -> Result<ObjectId, CommitError> {
    let author = options.author.to_gix();
    let committer = options.committer.as_ref().unwrap_or(&options.author).to_gix();
    let mut commit = gix::objs::Commit {
        tree,
        parents: parent.into_iter().collect(),
        author,
        committer,
        encoding: None,
        message: options.message.as_str().into(),
        extra_headers: Vec::new(),
    };
    if let Some(signing) = &options.signing {
        let mut payload = Vec::new();
        gix::objs::WriteTo::write_to(&commit, &mut payload)?;
        let signature = sign(signing, &payload)?;
        commit.extra_headers.push(("gpgsig".into(), BString::from(signature.trim_end())));
    }
    let id = repo.write_object(&commit).map_err(git_err)?.detach();

    use gix::refs::transaction::{Change as RefChange, LogChange, PreviousValue, RefEdit, RefLog};
    let expected = match parent {
        Some(p) if repo.try_find_reference(name.as_ref()).map_err(git_err)?.is_some() => {
            PreviousValue::MustExistAndMatch(gix::refs::Target::Object(p))
        }
        _ => PreviousValue::MustNotExist,
    };
    let summary = options.message.lines().next().unwrap_or_default();
    let edit = RefEdit {
        change: RefChange::Update {
            log: LogChange {
                mode: RefLog::AndReference,
                force_create_reflog: false,
                message: format!("commit: {summary}").into(),
            },
            expected,
            new: gix::refs::Target::Object(id),
        },
        name: name.clone(),
        deref: false,
    };
    repo.edit_reference(edit).map_err(|e| {
        let text = e.to_string();
        if text.contains("lock") || text.contains("expected") || text.contains("exist") {
            CommitError::Moved {
                branch: name.as_bstr().to_string(),
                expected: parent.map(|p| p.to_string()).unwrap_or_else(|| "no branch".into()),
            }
        } else {
            CommitError::Git(text)
        }
    })?;
    Ok(id)
}

fn sign(signing: &Signing, payload: &[u8]) -> Result<String, CommitError> {
    match signing {
        Signing::OpenPgp { armored_key, passphrase } => sign_openpgp(armored_key, passphrase.as_deref(), payload),
        Signing::Ssh { private_key, passphrase } => {
            let key = ssh_key::PrivateKey::from_openssh(private_key).map_err(|e| CommitError::Sign(e.to_string()))?;
            let key = match (key.is_encrypted(), passphrase.as_deref()) {
                (true, Some(p)) => key.decrypt(p).map_err(|_| CommitError::Sign("incorrect passphrase".into()))?,
                (true, None) => return Err(CommitError::Sign("the private key is passphrase protected".into())),
                (false, _) => key,
            };
            let signature =
                key.sign("git", ssh_key::HashAlg::Sha512, payload).map_err(|e| CommitError::Sign(e.to_string()))?;
            signature.to_pem(ssh_key::LineEnding::LF).map_err(|e| CommitError::Sign(e.to_string()))
        }
    }
}

fn sign_openpgp(armored_key: &[u8], passphrase: Option<&str>, payload: &[u8]) -> Result<String, CommitError> {
    use pgp::composed::{ArmorOptions, Deserializable, DetachedSignature, SignedSecretKey};
    use pgp::crypto::hash::HashAlgorithm;
    let fail = |what: &str, e: pgp::errors::Error| CommitError::Sign(format!("{what}: {e}"));
    let (key, _headers) = SignedSecretKey::from_armor_single(std::io::Cursor::new(armored_key))
        .map_err(|e| fail("cannot read the OpenPGP key", e))?;
    let password = pgp::types::Password::from(passphrase.unwrap_or(""));
    let rng = ssh_key::rand_core::OsRng;
    let signing_subkey = key.secret_subkeys.iter().find(|s| s.signatures.iter().any(|sig| sig.key_flags().sign()));
    let signature = match signing_subkey {
        Some(subkey) => {
            DetachedSignature::sign_binary_data(rng, &subkey.key, &password, HashAlgorithm::Sha256, payload)
        }
        None => DetachedSignature::sign_binary_data(rng, &key.primary_key, &password, HashAlgorithm::Sha256, payload),
    }
    .map_err(|e| fail("cannot sign with the OpenPGP key (wrong passphrase?)", e))?;
    signature.to_armored_string(ArmorOptions::default()).map_err(|e| fail("cannot armor the signature", e))
}

//! A bare repository built with git plumbing commands.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{SystemTime, UNIX_EPOCH};

use super::{git_binary, run, utf8};

/// The identity every test commit and annotated tag is made by.
pub const TEST_NAME: &str = "Flux Test";
/// The e-mail of [`TEST_NAME`].
pub const TEST_EMAIL: &str = "test@flux-rs.invalid";

/// One change a commit makes to its parent's tree.
#[derive(Clone, Debug)]
pub enum FileChange {
    /// Write a regular file (mode 100644, or 100755 when `executable`).
    Write { path: String, content: Vec<u8>, executable: bool },
    /// A symbolic link to `target`.
    Symlink { path: String, target: String },
    /// Remove a path.
    Delete { path: String },
    /// A submodule at `path`, cloned from `url`, pinned at `commit`; `.gitmodules` gains its section.
    Submodule { path: String, url: String, commit: String },
}

impl FileChange {
    /// A regular file.
    pub fn write(path: &str, content: impl AsRef<[u8]>) -> Self {
        FileChange::Write { path: path.into(), content: content.as_ref().to_vec(), executable: false }
    }
}

/// A bare repository under a root folder that the servers serve. Created with `main` as its default
/// branch and no commit.
#[derive(Debug)]
pub struct TestRepo {
    path: PathBuf,
    name: String,
    git: PathBuf,
}

impl TestRepo {
    /// Creates the bare repository `<root>/<name>` (`name` may contain `/`, e.g. `org/app.git`).
    pub fn init(root: &Path, name: &str) -> Self {
        let git = git_binary();
        let path = root.join(name);
        std::fs::create_dir_all(&path).expect("create repository folder");
        run(Command::new(&git).args(["init", "--quiet", "--bare", "--initial-branch=main"]).arg(&path));
        let repo = TestRepo { path, name: name.to_string(), git };
        // Let clients ask for any reachable commit (Flux's commit references) over every protocol.
        repo.git(&["config", "uploadpack.allowReachableSHA1InWant", "true"]);
        repo.git(&["config", "uploadpack.allowFilter", "true"]);
        repo
    }

    /// The repository's folder.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The name it was created with, the path part of its URLs.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// `file://<path>`.
    pub fn file_url(&self) -> String {
        format!("file://{}", utf8(&self.path))
    }

    /// Runs `git --git-dir=<repo> <args>`; stdout, trimmed.
    pub fn git(&self, args: &[&str]) -> String {
        run(self.command().args(args))
    }

    fn command(&self) -> Command {
        let mut cmd = Command::new(&self.git);
        cmd.arg("--git-dir").arg(&self.path);
        for (key, value) in [
            ("GIT_AUTHOR_NAME", TEST_NAME),
            ("GIT_AUTHOR_EMAIL", TEST_EMAIL),
            ("GIT_COMMITTER_NAME", TEST_NAME),
            ("GIT_COMMITTER_EMAIL", TEST_EMAIL),
            ("GIT_CONFIG_NOSYSTEM", "1"),
        ] {
            cmd.env(key, value);
        }
        cmd.env_remove("GIT_DIR").env_remove("GIT_INDEX_FILE");
        cmd
    }

    fn git_stdin(&self, args: &[&str], stdin: &[u8]) -> String {
        let mut child = self
            .command()
            .args(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn git");
        child.stdin.take().expect("stdin").write_all(stdin).expect("write to git");
        let out = child.wait_with_output().expect("wait for git");
        if !out.status.success() {
            panic!("git {args:?} failed: {}", String::from_utf8_lossy(&out.stderr).trim());
        }
        String::from_utf8_lossy(&out.stdout).trim().to_string()
    }

    /// The full hash `rev` resolves to, if it does.
    pub fn try_rev_parse(&self, rev: &str) -> Option<String> {
        let out = self.command().args(["rev-parse", "--verify", "--quiet", rev]).output().expect("run git");
        out.status.success().then(|| String::from_utf8_lossy(&out.stdout).trim().to_string())
    }

    /// The full hash `rev` resolves to; panics if it does not.
    pub fn rev_parse(&self, rev: &str) -> String {
        self.try_rev_parse(rev).unwrap_or_else(|| panic!("{rev} does not resolve in {}", self.name))
    }

    /// Commits `files` (path, content) on `branch` (created as a root commit if missing); the commit hash.
    pub fn commit(&self, branch: &str, files: &[(&str, &str)], message: &str) -> String {
        let changes: Vec<FileChange> = files.iter().map(|(p, c)| FileChange::write(p, c)).collect();
        self.commit_changes(branch, &changes, message)
    }

    /// Commits `changes` on `branch` (created as a root commit if missing); the commit hash.
    pub fn commit_changes(&self, branch: &str, changes: &[FileChange], message: &str) -> String {
        self.commit_full(branch, changes, message, None)
    }

    /// Like [`commit`](Self::commit), with a `gpgsig` header carrying `signature` (an armored block, kept
    /// as given; it is not checked by anything here).
    pub fn commit_signed(&self, branch: &str, files: &[(&str, &str)], message: &str, signature: &str) -> String {
        let changes: Vec<FileChange> = files.iter().map(|(p, c)| FileChange::write(p, c)).collect();
        self.commit_full(branch, &changes, message, Some(signature))
    }

    fn commit_full(&self, branch: &str, changes: &[FileChange], message: &str, signature: Option<&str>) -> String {
        let refname = format!("refs/heads/{branch}");
        let parent = self.try_rev_parse(&format!("{refname}^{{commit}}"));
        let tree = self.build_tree(parent.as_deref(), changes);

        let now = SystemTime::now().duration_since(UNIX_EPOCH).expect("clock after 1970").as_secs();
        let ident = format!("{TEST_NAME} <{TEST_EMAIL}> {now} +0000");
        let mut raw = format!("tree {tree}\n");
        if let Some(parent) = &parent {
            raw.push_str(&format!("parent {parent}\n"));
        }
        raw.push_str(&format!("author {ident}\ncommitter {ident}\n"));
        if let Some(signature) = signature {
            let mut lines = signature.trim_end().lines();
            raw.push_str(&format!("gpgsig {}\n", lines.next().unwrap_or_default()));
            for line in lines {
                raw.push_str(&format!(" {line}\n"));
            }
        }
        raw.push('\n');
        raw.push_str(message);
        if !message.ends_with('\n') {
            raw.push('\n');
        }
        let commit = self.git_stdin(&["hash-object", "-t", "commit", "-w", "--stdin"], raw.as_bytes());
        let old = parent.unwrap_or_else(|| "0".repeat(40));
        self.git(&["update-ref", &refname, &commit, &old]);
        commit
    }

    fn build_tree(&self, parent: Option<&str>, changes: &[FileChange]) -> String {
        let index_dir = super::tempdir();
        let index = index_dir.path().join("index");
        let with_index = |args: &[&str]| run(self.command().env("GIT_INDEX_FILE", &index).args(args));
        match parent {
            Some(parent) => with_index(&["read-tree", parent]),
            None => with_index(&["read-tree", "--empty"]),
        };
        let mut gitmodules: Option<String> = None;
        for change in changes {
            match change {
                FileChange::Write { path, content, executable } => {
                    let blob = self.git_stdin(&["hash-object", "-w", "--stdin"], content);
                    let mode = if *executable { "100755" } else { "100644" };
                    with_index(&["update-index", "--add", "--cacheinfo", &format!("{mode},{blob},{path}")]);
                }
                FileChange::Symlink { path, target } => {
                    let blob = self.git_stdin(&["hash-object", "-w", "--stdin"], target.as_bytes());
                    with_index(&["update-index", "--add", "--cacheinfo", &format!("120000,{blob},{path}")]);
                }
                FileChange::Delete { path } => {
                    with_index(&["update-index", "--force-remove", path]);
                }
                FileChange::Submodule { path, url, commit } => {
                    let current = gitmodules.get_or_insert_with(|| {
                        parent.and_then(|p| self.try_show(&format!("{p}:.gitmodules"))).unwrap_or_default()
                    });
                    current.push_str(&format!("[submodule \"{path}\"]\n\tpath = {path}\n\turl = {url}\n"));
                    with_index(&["update-index", "--add", "--cacheinfo", &format!("160000,{commit},{path}")]);
                }
            }
        }
        if let Some(gitmodules) = gitmodules {
            let blob = self.git_stdin(&["hash-object", "-w", "--stdin"], gitmodules.as_bytes());
            with_index(&["update-index", "--add", "--cacheinfo", &format!("100644,{blob},.gitmodules")]);
        }
        with_index(&["write-tree"])
    }

    fn try_show(&self, object: &str) -> Option<String> {
        let out = self.command().args(["cat-file", "-p", object]).output().expect("run git");
        out.status.success().then(|| String::from_utf8_lossy(&out.stdout).into_owned())
    }

    /// Creates (or moves) branch `name` to `rev`.
    pub fn branch(&self, name: &str, rev: &str) {
        let commit = self.rev_parse(&format!("{rev}^{{commit}}"));
        self.git(&["update-ref", &format!("refs/heads/{name}"), &commit]);
    }

    /// A lightweight tag `name` at `rev`.
    pub fn tag(&self, name: &str, rev: &str) {
        let commit = self.rev_parse(&format!("{rev}^{{commit}}"));
        self.git(&["update-ref", &format!("refs/tags/{name}"), &commit]);
    }

    /// An annotated tag `name` at `rev`; the tag object's hash.
    pub fn annotated_tag(&self, name: &str, rev: &str, message: &str) -> String {
        let commit = self.rev_parse(&format!("{rev}^{{commit}}"));
        self.git(&["tag", "--annotate", "--message", message, name, &commit]);
        self.rev_parse(&format!("refs/tags/{name}"))
    }

    /// Points any reference (`refs/pull/1/head`, …) at `rev`.
    pub fn set_ref(&self, name: &str, rev: &str) {
        let commit = self.rev_parse(&format!("{rev}^{{commit}}"));
        self.git(&["update-ref", name, &commit]);
    }

    /// Deletes a reference.
    pub fn delete_ref(&self, name: &str) {
        self.git(&["update-ref", "-d", name]);
    }

    /// Makes `HEAD` point at `refs/heads/<branch>`.
    pub fn set_head(&self, branch: &str) {
        self.git(&["symbolic-ref", "HEAD", &format!("refs/heads/{branch}")]);
    }
}

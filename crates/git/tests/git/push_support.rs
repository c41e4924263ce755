//! Helpers for the push, commit and key tests: the `git` command line on throwaway repositories.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Command;

pub fn git(dir: &Path, args: &[&str]) -> String {
    let output = Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(["-c", "user.name=Test", "-c", "user.email=test@example.com", "-c", "init.defaultBranch=main"])
        .args(args)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("HOME", dir)
        .output()
        .expect("git runs");
    assert!(output.status.success(), "git {args:?} in {}: {}", dir.display(), String::from_utf8_lossy(&output.stderr));
    String::from_utf8_lossy(&output.stdout).trim_end().to_string()
}

pub fn bare(root: &Path, name: &str) -> PathBuf {
    let path = root.join(name);
    std::fs::create_dir_all(&path).unwrap();
    git(&path, &["init", "--bare", "-q"]);
    path
}

/// A work repository with `commits` commits on `main`, each changing one of 20 files in nested directories.
pub fn work(root: &Path, name: &str, commits: usize) -> PathBuf {
    let path = root.join(name);
    std::fs::create_dir_all(&path).unwrap();
    git(&path, &["init", "-q"]);
    for i in 0..commits {
        let dir = path.join(format!("dir{}/sub", i % 4));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join(format!("file{}.txt", i % 20)), format!("content {i}\n").repeat(50)).unwrap();
        git(&path, &["add", "-A"]);
        git(&path, &["commit", "-q", "-m", &format!("commit {i}")]);
    }
    path
}

/// `git fsck --full` passes and prints no problems.
pub fn fsck(repo: &Path) {
    let output = Command::new("git").arg("-C").arg(repo).args(["fsck", "--full", "--strict"]).output().unwrap();
    assert!(output.status.success(), "fsck failed: {}", String::from_utf8_lossy(&output.stderr));
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(!stdout.contains("missing") && !stdout.contains("broken"), "fsck: {stdout}");
}

pub fn rev(repo: &Path, rev: &str) -> String {
    git(repo, &["rev-parse", rev])
}

pub fn oid(hex: &str) -> gix::ObjectId {
    gix::ObjectId::from_hex(hex.as_bytes()).unwrap()
}

pub fn file_url(path: &Path) -> String {
    format!("file://{}", path.display())
}

/// A `pre-receive` hook in a bare repository.
pub fn hook(bare: &Path, name: &str, script: &str) {
    let path = bare.join("hooks").join(name);
    std::fs::write(&path, format!("#!/bin/sh\n{script}\n")).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
}

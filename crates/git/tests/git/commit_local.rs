//! Commits made with gix, read back by the `git` command line.

use std::process::Command;

use super::push_support::*;
use git::commit::{
    branch_tip, commit_changes, commit_directory, commit_worktree, init_bare, Change, CommitOptions, Signature, Signing,
};

fn options(message: &str) -> CommitOptions {
    let mut options = CommitOptions::new(Signature::new("Flux", "flux@example.com"), message);
    options.committer =
        Some(Signature { name: "Bot".into(), email: "bot@example.com".into(), time: Some((1_700_000_000, 3600)) });
    options
}

#[test]
fn changes_are_committed_on_a_branch_of_a_bare_repository() {
    let root = tempfile::tempdir().unwrap();
    let work = work(root.path(), "work", 3);
    let bare = root.path().join("bare.git");
    git(root.path(), &["clone", "-q", "--bare", work.to_str().unwrap(), bare.to_str().unwrap()]);
    let before = rev(&bare, "main");

    let changes = [
        Change::write("dir0/sub/file0.txt", "updated\n"),
        Change::Write { path: "bin/run.sh".into(), content: b"#!/bin/sh\n".to_vec(), executable: true },
        Change::Symlink { path: "link".into(), target: "bin/run.sh".into() },
        Change::delete("dir1"),
    ];
    let id = commit_changes(&bare, "main", &changes, &options("update images\n\nbody")).unwrap().unwrap();
    assert_eq!(rev(&bare, "main"), id.to_string());
    assert_eq!(rev(&bare, "main^"), before);
    fsck(&bare);
    assert_eq!(git(&bare, &["show", "main:dir0/sub/file0.txt"]), "updated");
    let tree = git(&bare, &["ls-tree", "main"]);
    assert!(tree.contains("120000 blob") && tree.contains("\tlink"), "{tree}");
    assert!(!tree.contains("dir1"), "{tree}");
    assert!(git(&bare, &["ls-tree", "main", "bin/"]).starts_with("100755"));
    assert_eq!(
        git(&bare, &["log", "-1", "--date=raw", "--format=%an <%ae>|%cn <%ce> %cd|%B", "main"]),
        "Flux <flux@example.com>|Bot <bot@example.com> 1700000000 +0100|update images\n\nbody"
    );

    // The same changes again: nothing to commit.
    assert_eq!(commit_changes(&bare, "main", &changes, &options("again")).unwrap(), None);
    // A new branch starts at HEAD.
    let id = commit_changes(&bare, "auto", &[Change::write("auto.txt", "a")], &options("auto")).unwrap().unwrap();
    assert_eq!(rev(&bare, "auto^"), rev(&bare, "main"));
    assert_eq!(rev(&bare, "auto"), id.to_string());
    assert!(commit_changes(&bare, "main", &[Change::write("../x", "a")], &options("bad")).is_err());
}

#[test]
fn work_tree_is_committed_like_add_all() {
    let root = tempfile::tempdir().unwrap();
    let work = work(root.path(), "work", 2);
    std::fs::write(work.join(".gitignore"), "*.log\n").unwrap();
    git(&work, &["add", ".gitignore"]);
    git(&work, &["commit", "-q", "-m", "ignore logs"]);
    std::fs::write(work.join("dir0/sub/file0.txt"), "changed\n").unwrap();
    std::fs::write(work.join("added.txt"), "added\n").unwrap();
    std::fs::write(work.join("debug.log"), "ignored\n").unwrap();
    std::fs::remove_file(work.join("dir1/sub/file1.txt")).unwrap();

    let id = commit_worktree(&work, "main", &options("worktree")).unwrap().unwrap();
    assert_eq!(rev(&work, "HEAD"), id.to_string());
    let files = git(&work, &["ls-tree", "-r", "--name-only", "HEAD"]);
    assert!(files.contains("added.txt") && !files.contains("debug.log") && !files.contains("dir1/"), "{files}");
    assert_eq!(git(&work, &["status", "--porcelain"]), "", "the index matches the commit, debug.log stays ignored");
    fsck(&work);
    assert_eq!(commit_worktree(&work, "main", &options("nothing")).unwrap(), None);
}

#[test]
fn a_directory_is_committed_as_the_whole_tree_of_a_new_bare_repository() {
    let root = tempfile::tempdir().unwrap();
    let bare = root.path().join("sync/app.git");
    init_bare(&bare, "main").unwrap();
    init_bare(&bare, "main").unwrap(); // already there: left alone
    assert_eq!(git(&bare, &["symbolic-ref", "HEAD"]), "refs/heads/main");
    let dir = root.path().join("manifests");
    std::fs::create_dir_all(dir.join("base")).unwrap();
    std::fs::write(dir.join("kustomization.yaml"), "resources: [base/cm.yaml]\n").unwrap();
    std::fs::write(dir.join("base/cm.yaml"), "kind: ConfigMap\n").unwrap();
    std::fs::write(dir.join("debug.log"), "no ignore rules: committed too\n").unwrap();
    std::fs::create_dir_all(dir.join("nested/.git")).unwrap();
    std::fs::write(dir.join("nested/file"), "another repository\n").unwrap();

    assert_eq!(branch_tip(&bare, "main").unwrap(), None, "unborn");
    let first = commit_directory(&bare, "main", &dir, &options("sync")).unwrap().expect("a first commit");
    assert_eq!(branch_tip(&bare, "main").unwrap(), Some(first));
    assert_eq!(rev(&bare, "main"), first.to_string());
    assert_eq!(git(&bare, &["rev-list", "--count", "main"]), "1", "the first commit has no parent");
    assert_eq!(git(&bare, &["ls-tree", "-r", "--name-only", "main"]), "base/cm.yaml\ndebug.log\nkustomization.yaml");
    fsck(&bare);
    assert_eq!(commit_directory(&bare, "main", &dir, &options("same")).unwrap(), None, "unchanged: no commit");

    std::fs::write(dir.join("base/cm.yaml"), "kind: ConfigMap\ndata: {a: b}\n").unwrap();
    std::fs::remove_file(dir.join("debug.log")).unwrap();
    std::fs::write(dir.join("base/new.yaml"), "kind: Secret\n").unwrap();
    let second = commit_directory(&bare, "main", &dir, &options("edit")).unwrap().expect("a second commit");
    assert_eq!(rev(&bare, "main^"), first.to_string());
    assert_eq!(git(&bare, &["rev-parse", "main"]), second.to_string());
    assert_eq!(
        git(&bare, &["ls-tree", "-r", "--name-only", "main"]),
        "base/cm.yaml\nbase/new.yaml\nkustomization.yaml"
    );
    assert_eq!(git(&bare, &["show", "main:base/cm.yaml"]), "kind: ConfigMap\ndata: {a: b}");

    // An empty folder empties the branch.
    let empty = root.path().join("empty");
    std::fs::create_dir(&empty).unwrap();
    commit_directory(&bare, "main", &empty, &options("empty")).unwrap().expect("an empty commit");
    assert_eq!(git(&bare, &["ls-tree", "main"]), "");
    fsck(&bare);
}

#[test]
fn ssh_signed_commit_verifies_with_git() {
    let root = tempfile::tempdir().unwrap();
    let work = work(root.path(), "work", 1);
    let pair = git::keys::generate(git::keys::KeyAlgorithm::Ed25519).unwrap();
    let mut opts = options("signed");
    opts.signing = Some(Signing::Ssh { private_key: pair.private_key.clone(), passphrase: None });
    let id = commit_changes(&work, "main", &[Change::write("signed.txt", "s")], &opts).unwrap().unwrap();
    let allowed = root.path().join("allowed_signers");
    std::fs::write(&allowed, format!("flux@example.com {}", pair.public_key)).unwrap();
    let output = Command::new("git")
        .arg("-C")
        .arg(&work)
        .args(["-c", "gpg.format=ssh", "-c"])
        .arg(format!("gpg.ssh.allowedSignersFile={}", allowed.display()))
        .args(["verify-commit", "-v", &id.to_string()])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{stderr}");
    assert!(stderr.contains("Good \"git\" signature for flux@example.com"), "{stderr}");
    fsck(&work);
}

/// A key pair made by GnuPG in its own home; returns the home and the armored secret key.
fn gpg_key(root: &std::path::Path, passphrase: &str, subkey: bool) -> (std::path::PathBuf, Vec<u8>) {
    let home = root.join(format!("gnupg-{subkey}"));
    std::fs::create_dir_all(&home).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&home, std::fs::Permissions::from_mode(0o700)).unwrap();
    }
    let gpg = |args: &[&str]| {
        let output = Command::new("gpg")
            .env("GNUPGHOME", &home)
            .args(["--batch", "--pinentry-mode", "loopback", "--passphrase", passphrase])
            .args(args)
            .output()
            .unwrap();
        assert!(output.status.success(), "gpg {args:?}: {}", String::from_utf8_lossy(&output.stderr));
        output.stdout
    };
    if subkey {
        gpg(&["--quick-gen-key", "Flux <flux@example.com>", "rsa2048", "cert", "never"]);
        let listing = String::from_utf8(gpg(&["--with-colons", "--list-keys", "flux@example.com"])).unwrap();
        let fingerprint =
            listing.lines().find(|l| l.starts_with("fpr:")).unwrap().split(':').nth(9).unwrap().to_string();
        gpg(&["--quick-add-key", &fingerprint, "ed25519", "sign", "never"]);
    } else {
        gpg(&["--quick-gen-key", "Flux <flux@example.com>", "ed25519", "sign", "never"]);
    }
    let armored = gpg(&["--armor", "--export-secret-keys", "flux@example.com"]);
    (home, armored)
}

#[test]
fn openpgp_signed_commits_verify_with_git() {
    let root = tempfile::tempdir().unwrap();
    let work = work(root.path(), "work", 1);
    for (passphrase, subkey) in [("", false), ("s3cret", true)] {
        let (home, armored) = gpg_key(root.path(), passphrase, subkey);
        let mut opts = options("openpgp signed");
        opts.signing = Some(Signing::OpenPgp {
            armored_key: armored.clone(),
            passphrase: (!passphrase.is_empty()).then(|| passphrase.to_string()),
        });
        let content = format!("{passphrase}{subkey}");
        let id = commit_changes(&work, "main", &[Change::write("pgp.txt", content)], &opts).unwrap().unwrap();
        let output = Command::new("git")
            .arg("-C")
            .arg(&work)
            .env("GNUPGHOME", &home)
            .args(["verify-commit", "--raw", &id.to_string()])
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(output.status.success(), "subkey {subkey}: {stderr}");
        assert!(stderr.contains("GOODSIG"), "{stderr}");
        fsck(&work);
        if !passphrase.is_empty() {
            opts.signing = Some(Signing::OpenPgp { armored_key: armored, passphrase: Some("wrong".into()) });
            let err = commit_changes(&work, "main", &[Change::write("pgp.txt", "x")], &opts).unwrap_err();
            assert!(err.to_string().contains("cannot sign"), "{err}");
        }
        let _ = Command::new("gpgconf").env("GNUPGHOME", &home).args(["--kill", "gpg-agent"]).status();
    }
}

#[test]
fn work_tree_commit_keeps_submodules_and_skips_nested_repositories() {
    let root = tempfile::tempdir().unwrap();
    let library = work(root.path(), "library", 1);
    let app = work(root.path(), "app", 1);
    git(&app, &["-c", "protocol.file.allow=always", "submodule", "add", "-q", library.to_str().unwrap(), "lib"]);
    git(&app, &["commit", "-q", "-m", "submodule"]);
    let nested = app.join("scratch");
    std::fs::create_dir_all(&nested).unwrap();
    git(&nested, &["init", "-q"]);
    std::fs::write(nested.join("x.txt"), "x").unwrap();
    std::fs::write(app.join("dir0/sub/file0.txt"), "changed\n").unwrap();

    commit_worktree(&app, "main", &options("with a submodule")).unwrap().unwrap();
    let tree = git(&app, &["ls-tree", "HEAD"]);
    let gitlink = format!("160000 commit {}\tlib", rev(&library, "HEAD"));
    assert!(tree.lines().any(|l| l == gitlink), "{tree}");
    assert!(!tree.contains("scratch"), "{tree}");
    assert_eq!(git(&app, &["show", "HEAD:dir0/sub/file0.txt"]), "changed");
    fsck(&app);
}

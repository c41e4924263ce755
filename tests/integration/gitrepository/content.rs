//! What ends up in the artifact: ignore rules, included repositories, sparse checkouts, and what a
//! hostile repository cannot smuggle in.

use git::testing::{FileChange, GitHttpServer, TestRepo};
use serde_json::json;

use super::support::{artifact, artifact_tree, condition, download, files, names, Fixture};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ignore_rules_and_their_change() {
    let root = git::testing::tempdir();
    let repo = TestRepo::init(root.path(), "app.git");
    repo.commit(
        "main",
        &[
            ("deploy/app.yaml", "app"),
            ("deploy/logo.png", "png"),
            ("docs/README.md", "docs"),
            (".sourceignore", "docs/\n"),
            (".github/workflows/ci.yaml", "ci"),
        ],
        "first",
    );
    let server = GitHttpServer::start(root.path());
    let f = Fixture::start().await;
    f.create("app", json!({"url": server.url("app.git"), "ref": {"branch": "main"}})).await;
    let obj = f.wait_ready("app").await;
    // A .sourceignore replaces the default exclusions: .github and *.png are back.
    let tree = artifact_tree(&download(artifact(&obj)).await);
    assert_eq!(names(&tree), [".github/workflows/ci.yaml", ".sourceignore", "deploy/app.yaml", "deploy/logo.png"]);
    let first_digest = artifact(&obj).digest.clone();

    // spec.ignore comes last and wins; the same commit is archived again.
    f.patch_spec("app", json!({"ignore": "*.png\n.github/\n!docs/\n"})).await;
    let obj = f
        .wait_for("app", super::support::RECONCILE, "rebuilt with spec.ignore", |o| {
            super::support::is_ready(o) && o.status.as_ref().unwrap().observed_ignore.is_some()
        })
        .await;
    let tree = artifact_tree(&download(artifact(&obj)).await);
    assert_eq!(tree, files(&[(".sourceignore", "docs/\n"), ("deploy/app.yaml", "app"), ("docs/README.md", "docs")]));
    assert_ne!(artifact(&obj).digest, first_digest);
    assert_eq!(obj.status.as_ref().unwrap().observed_ignore.as_deref(), Some("*.png\n.github/\n!docs/\n"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn include_copies_another_repositorys_artifact() {
    let root = git::testing::tempdir();
    let app = TestRepo::init(root.path(), "app.git");
    app.commit("main", &[("app.yaml", "app")], "app");
    let lib = TestRepo::init(root.path(), "lib.git");
    let lib_commit = lib.commit("main", &[("base/lib.yaml", "lib"), ("other/x.yaml", "x")], "lib");
    let server = GitHttpServer::start(root.path());
    let f = Fixture::start().await;
    let include = json!([{"repository": {"name": "lib"}, "fromPath": "base", "toPath": "vendor/lib"}]);
    f.create("app", json!({"url": server.url("app.git"), "ref": {"branch": "main"}, "include": include})).await;

    // The included repository does not exist yet: the object waits for it.
    let obj = f.wait_ready_condition("app", "False", "NotFound").await;
    let unavailable = condition(&obj, "IncludeUnavailable").expect("IncludeUnavailable");
    assert_eq!(unavailable.status, "True");
    assert!(unavailable.message.starts_with("could not get resource for include 'lib'"), "{}", unavailable.message);

    f.create("lib", json!({"url": server.url("lib.git"), "ref": {"branch": "main"}})).await;
    f.wait_ready("lib").await;
    // Picked up on the --requeue-dependency requeue (2s), not at the 1h interval.
    let obj = f.wait_ready("app").await;
    assert!(condition(&obj, "IncludeUnavailable").is_none());
    let tree = artifact_tree(&download(artifact(&obj)).await);
    assert_eq!(tree, files(&[("app.yaml", "app"), ("vendor/lib/lib.yaml", "lib")]));
    let status = obj.status.as_ref().unwrap();
    let included = status.included_artifacts.as_ref().expect("includedArtifacts");
    assert_eq!(included[0].revision, format!("main@sha1:{lib_commit}"));
    assert_eq!(status.observed_include.as_ref().map(Vec::len), Some(1));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sparse_checkout_writes_only_the_listed_directories() {
    let root = git::testing::tempdir();
    let repo = TestRepo::init(root.path(), "app.git");
    repo.commit("main", &[("apps/a.yaml", "a"), ("infra/b.yaml", "b"), ("root.yaml", "r")], "first");
    let server = GitHttpServer::start(root.path());
    let f = Fixture::start().await;
    let url = server.url("app.git");
    f.create("sparse", json!({"url": url, "ref": {"branch": "main"}, "sparseCheckout": ["./apps"]})).await;
    // One directory that exists, so that the checkout itself has something to write.
    f.create("missing", json!({"url": url, "ref": {"branch": "main"}, "sparseCheckout": ["apps", "nope"]})).await;
    let obj = f.wait_ready("sparse").await;
    let tree = artifact_tree(&download(artifact(&obj)).await);
    assert_eq!(tree, files(&[("apps/a.yaml", "a")]));
    assert_eq!(obj.status.as_ref().unwrap().observed_sparse_checkout, Some(vec!["./apps".to_string()]));
    let obj = f.wait_ready_condition("missing", "False", "GitOperationFailed").await;
    let message = &condition(&obj, "FetchFailed").unwrap().message;
    assert!(
        message.starts_with("failed to sparse checkout directories : sparse checkout dir 'nope' does not exist"),
        "{message}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn symlinks_out_of_the_repository_are_left_out() {
    let outside = tempfile::tempdir().unwrap();
    std::fs::write(outside.path().join("secret.txt"), "host secret").unwrap();
    let root = git::testing::tempdir();
    let repo = TestRepo::init(root.path(), "evil.git");
    let target = outside.path().to_string_lossy().into_owned();
    let commit = repo.commit_changes(
        "main",
        &[
            FileChange::write("app.yaml", "app"),
            FileChange::Symlink { path: "escape".into(), target: target.clone() },
            FileChange::Symlink { path: "passwd".into(), target: "/etc/passwd".into() },
            FileChange::Symlink { path: "up".into(), target: "../../../../../..".into() },
            FileChange::Symlink { path: "inside".into(), target: "app.yaml".into() },
        ],
        "links",
    );
    let server = GitHttpServer::start(root.path());
    let f = Fixture::start().await;
    // An include that goes through a link out of the checkout lands inside it.
    let lib = TestRepo::init(root.path(), "lib.git");
    lib.commit("main", &[("lib.yaml", "lib")], "lib");
    f.create("lib", json!({"url": server.url("lib.git"), "ref": {"branch": "main"}})).await;
    f.wait_ready("lib").await;
    let include = json!([{"repository": {"name": "lib"}, "toPath": "escape/planted"}]);
    f.create("evil", json!({"url": server.url("evil.git"), "ref": {"branch": "main"}, "include": include})).await;
    let obj = f.wait_ready("evil").await;
    assert_eq!(artifact(&obj).revision, format!("main@sha1:{commit}"));
    let tree = artifact_tree(&download(artifact(&obj)).await);
    assert_eq!(names(&tree), ["app.yaml", &format!("{}/planted/lib.yaml", target.trim_start_matches('/'))]);
    assert_eq!(
        std::fs::read_dir(outside.path()).unwrap().count(),
        1,
        "nothing was written outside the checkout through the link"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn submodules_only_when_asked() {
    let root = git::testing::tempdir();
    let lib = TestRepo::init(root.path(), "lib.git");
    let lib_commit = lib.commit("main", &[("lib.yaml", "lib")], "lib");
    let server = GitHttpServer::start(root.path());
    let app = TestRepo::init(root.path(), "app.git");
    app.commit_changes(
        "main",
        &[
            FileChange::write("app.yaml", "app"),
            FileChange::Submodule { path: "vendor/lib".into(), url: server.url("lib.git"), commit: lib_commit.clone() },
        ],
        "with a submodule",
    );
    let f = Fixture::start().await;
    let url = server.url("app.git");
    f.create("flat", json!({"url": url, "ref": {"branch": "main"}})).await;
    f.create("deep", json!({"url": url, "ref": {"branch": "main"}, "recurseSubmodules": true})).await;
    let obj = f.wait_ready("flat").await;
    assert_eq!(artifact_tree(&download(artifact(&obj)).await), files(&[("app.yaml", "app")]));
    let obj = f.wait_ready("deep").await;
    let tree = artifact_tree(&download(artifact(&obj)).await);
    assert_eq!(tree, files(&[("app.yaml", "app"), ("vendor/lib/lib.yaml", "lib")]));
    assert_eq!(obj.status.as_ref().unwrap().observed_recurse_submodules, Some(true));
}

/// Runs `git --git-dir=<repo> args` with `stdin`, returning stdout trimmed.
fn git_with_input(repo: &TestRepo, args: &[&str], stdin: &str) -> String {
    use std::io::Write;
    let mut child = std::process::Command::new(git::testing::git_binary())
        .arg("--git-dir")
        .arg(repo.path())
        .args(args)
        .env("GIT_AUTHOR_NAME", "t")
        .env("GIT_AUTHOR_EMAIL", "t@t")
        .env("GIT_COMMITTER_NAME", "t")
        .env("GIT_COMMITTER_EMAIL", "t@t")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("running git");
    child.stdin.take().unwrap().write_all(stdin.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "git {args:?}");
    String::from_utf8_lossy(&out.stdout).trim().to_string()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn dot_dot_entries_never_leave_the_checkout() {
    let root = git::testing::tempdir();
    let repo = TestRepo::init(root.path(), "dotdot.git");
    // A tree no Git client would write: `../../escaped-marker.txt`, made with plumbing. From the checkout
    // directory, two levels up is the controller's temporary directory.
    let blob = git_with_input(&repo, &["hash-object", "-w", "--stdin"], "escaped\n");
    let inner = git_with_input(&repo, &["mktree"], &format!("100644 blob {blob}\tescaped-marker.txt\n"));
    let middle = git_with_input(&repo, &["mktree"], &format!("040000 tree {inner}\t..\n"));
    let top = git_with_input(&repo, &["mktree"], &format!("040000 tree {middle}\t..\n100644 blob {blob}\tok.txt\n"));
    let commit = git_with_input(&repo, &["commit-tree", &top, "-m", "dot dot"], "");
    repo.git(&["update-ref", "refs/heads/main", &commit]);
    let server = GitHttpServer::start(root.path());
    let f = Fixture::start().await;
    f.create("dotdot", json!({"url": server.url("dotdot.git"), "ref": {"branch": "main"}})).await;
    let obj = f
        .wait_for("dotdot", super::support::RECONCILE, "reconciled", |o| {
            condition(o, "Ready").is_some_and(|c| c.status != "Unknown")
        })
        .await;
    let ready = condition(&obj, "Ready").unwrap();
    if ready.status == "True" {
        let tree = artifact_tree(&download(artifact(&obj)).await);
        assert_eq!(names(&tree), ["ok.txt"], "only the file inside the repository");
    } else {
        assert_eq!(ready.reason, "GitOperationFailed", "{}", ready.message);
    }
    let controller_dir = f.controller.log.parent().unwrap().to_path_buf();
    for dir in [controller_dir.as_path(), f.storage.path(), root.path()] {
        let found = std::process::Command::new("find").arg(dir).args(["-name", "escaped-marker.txt"]).output().unwrap();
        assert!(found.stdout.is_empty(), "written outside the checkout: {}", String::from_utf8_lossy(&found.stdout));
    }
}

/// A 64 MiB file goes through clone, archive and download whole: the archive is streamed in chunks, not
/// built in memory, and the artifact holds the file byte for byte.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_huge_file_makes_a_complete_artifact() {
    use sha2::Digest;
    const SIZE: usize = 64 << 20;
    let mut big = String::with_capacity(SIZE);
    let mut line = 0u64;
    while big.len() < SIZE {
        big.push_str(&format!("line {line:010} of a generated file that is far too large for a manifest\n"));
        line += 1;
    }
    let root = git::testing::tempdir();
    let repo = TestRepo::init(root.path(), "big.git");
    let commit = repo.commit("main", &[("data/big.txt", &big), ("app.yaml", "app")], "a huge file");
    let server = GitHttpServer::start(root.path());
    let f = Fixture::start().await;
    f.create("big", json!({"url": server.url("big.git"), "ref": {"branch": "main"}})).await;
    let obj = f.wait_ready("big").await;
    assert_eq!(artifact(&obj).revision, format!("main@sha1:{commit}"));
    let tree = artifact_tree(&download(artifact(&obj)).await);
    assert_eq!(names(&tree), ["app.yaml", "data/big.txt"]);
    let got = &tree["data/big.txt"];
    assert_eq!(got.len(), big.len());
    assert_eq!(sha2::Sha256::digest(got), sha2::Sha256::digest(big.as_bytes()), "the file survived byte for byte");
}

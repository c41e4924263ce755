//! A GitRepository over time: new commits after the interval and at once on `flux-rs reconcile`, the
//! skip when nothing changed, garbage collection, suspension and deletion.

use std::time::Duration;

use git::testing::{GitHttpServer, TestRepo};
use serde_json::json;

use super::support::{after_intervals, artifact, artifact_tree, download, files, git_tree, Fixture, NS};
use crate::cli::support::flux;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn new_commits_on_the_interval_and_on_request() {
    let root = git::testing::tempdir();
    let repo = TestRepo::init(root.path(), "app.git");
    let first = repo.commit("main", &[("app.yaml", "v1")], "first commit");
    let server = GitHttpServer::start(root.path());
    let f = Fixture::start().await;
    let interval = Duration::from_secs(3);
    f.create("app", json!({"url": server.url("app.git"), "ref": {"branch": "main"}, "interval": "3s"})).await;
    let obj = f.wait_ready("app").await;
    assert_eq!(artifact(&obj).revision, format!("main@sha1:{first}"));
    assert_eq!(obj.status.as_ref().unwrap().observed_generation, Some(1));
    let event = f.wait_event("app", "NewArtifact").await;
    assert_eq!(event.message.as_deref(), Some("stored artifact for commit 'first commit'"));
    assert_eq!(event.type_.as_deref(), Some("Normal"));
    let tree = artifact_tree(&download(artifact(&obj)).await);
    assert_eq!(tree, git_tree(&repo, &first));

    // Nothing changed: the remote is only listed (no pack fetched), the artifact stays.
    server.log().clear();
    let before = server.log().entries().len();
    f.wait_for("app", after_intervals(interval), "listed again", |_| server.log().entries().len() > before).await;
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert_eq!(server.log().fetches(), 0, "an unchanged remote is not cloned: {:?}", server.log().entries());
    f.wait_event("app", "GitOperationSucceeded").await;

    // A new commit is picked up after the interval.
    let second = repo.commit("main", &[("app.yaml", "v2")], "second commit");
    let obj = f
        .wait_for("app", after_intervals(interval), "at the second commit", |o| {
            super::support::is_ready(o) && artifact(o).revision == format!("main@sha1:{second}")
        })
        .await;
    let tree = artifact_tree(&download(artifact(&obj)).await);
    assert_eq!(tree, files(&[("app.yaml", "v2")]));

    // Garbage collection keeps the current artifact and the one before.
    let third = repo.commit("main", &[("app.yaml", "v3")], "third commit");
    f.wait_for("app", after_intervals(interval), "at the third commit", |o| {
        artifact(o).revision == format!("main@sha1:{third}")
    })
    .await;
    let fourth = repo.commit("main", &[("app.yaml", "v4")], "fourth commit");
    f.wait_for("app", after_intervals(interval), "at the fourth commit", |o| {
        artifact(o).revision == format!("main@sha1:{fourth}")
    })
    .await;
    // The next reconciliation collects; files younger than the 1m TTL still count towards the 2 kept.
    let expected = vec![
        format!("{fourth}.tar.gz"),
        format!("{fourth}.tar.gz.lock"),
        format!("{third}.tar.gz"),
        format!("{third}.tar.gz.lock"),
    ];
    let mut expected = expected;
    expected.sort();
    crate::support::eventually(after_intervals(interval), "old artifacts to be collected", || {
        let stored = f.stored_files("app");
        let expected = expected.clone();
        async move { (stored == expected).then_some(()) }
    })
    .await;
    assert!(!f.stored_files("app").contains(&format!("{first}.tar.gz")));

    // Deleting the object removes its storage and lets it go.
    f.delete("app").await;
    f.wait_for_gone("app").await;
    assert!(!f.storage.path().join("gitrepository").join(NS).join("app").exists());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn flux_reconcile_source_git_picks_a_commit_at_once() {
    let root = git::testing::tempdir();
    let repo = TestRepo::init(root.path(), "app.git");
    repo.commit("main", &[("app.yaml", "v1")], "first");
    let server = GitHttpServer::start(root.path());
    let f = Fixture::start().await;
    f.create("app", json!({"url": server.url("app.git"), "ref": {"branch": "main"}})).await;
    f.wait_ready("app").await;
    let second = repo.commit("main", &[("app.yaml", "v2")], "second");
    let kubeconfig = f.server.kubeconfig().to_string_lossy().into_owned();
    let args = ["reconcile", "source", "git", "app", "--kubeconfig", &kubeconfig, "-n", NS];
    let out = flux(&args, &[], None).await;
    assert_eq!(out.code, 0, "{}\n{}", out.stderr, f.log());
    assert!(out.stderr.contains("► annotating GitRepository app in flux-system namespace"), "{}", out.stderr);
    assert!(out.stderr.contains(&format!("✔ fetched revision main@sha1:{second}")), "{}", out.stderr);
    let obj = f.get("app").await.unwrap();
    assert_eq!(artifact(&obj).revision, format!("main@sha1:{second}"), "well before the 1h interval");

    let out = flux(&["get", "sources", "git", "--kubeconfig", &kubeconfig, "-n", NS], &[], None).await;
    assert_eq!(out.code, 0, "{}", out.stderr);
    // `get` shortens revisions to 8 hex digits, as upstream.
    let row = out.stdout.lines().find(|l| l.starts_with("app")).unwrap_or_else(|| panic!("{}", out.stdout));
    let short = format!("main@sha1:{}", &second[..8]);
    assert!(row.contains(&short) && row.contains("True"), "{}", out.stdout);
    assert!(row.contains(&format!("stored artifact for revision '{short}'")), "{}", out.stdout);

    // Suspended: no reconciliation, even on request.
    let out = flux(&["suspend", "source", "git", "app", "--kubeconfig", &kubeconfig, "-n", NS], &[], None).await;
    assert_eq!(out.code, 0, "{}", out.stderr);
    let third = repo.commit("main", &[("app.yaml", "v3")], "third");
    f.patch_annotations("app", json!({"reconcile.fluxcd.io/requestedAt": "suspended-request"})).await;
    f.wait_for("app", super::support::RECONCILE, "handled while suspended", |o| {
        o.status.as_ref().and_then(|s| s.last_handled_reconcile_at.as_deref()) == Some("suspended-request")
    })
    .await;
    let obj = f.get("app").await.unwrap();
    assert_ne!(artifact(&obj).revision, format!("main@sha1:{third}"));
    let out = flux(&["resume", "source", "git", "app", "--kubeconfig", &kubeconfig, "-n", NS], &[], None).await;
    assert_eq!(out.code, 0, "{}", out.stderr);
    f.wait_for("app", super::support::RECONCILE, "at the third commit", |o| {
        artifact(o).revision == format!("main@sha1:{third}")
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_artifact_gone_from_storage_is_rebuilt() {
    let root = git::testing::tempdir();
    let repo = TestRepo::init(root.path(), "app.git");
    let commit = repo.commit("main", &[("app.yaml", "v1")], "first");
    let server = GitHttpServer::start(root.path());
    let f = Fixture::start().await;
    f.create("app", json!({"url": server.url("app.git"), "ref": {"branch": "main"}})).await;
    let obj = f.wait_ready("app").await;
    let stored = f.storage.path().join(&artifact(&obj).path);
    std::fs::remove_file(&stored).expect("removing the stored artifact");
    f.patch_annotations("app", json!({"reconcile.fluxcd.io/requestedAt": "after-removal"})).await;
    let obj = f
        .wait_for("app", super::support::RECONCILE, "rebuilt", |o| {
            super::support::is_ready(o)
                && o.status.as_ref().and_then(|s| s.last_handled_reconcile_at.as_deref()) == Some("after-removal")
        })
        .await;
    assert!(stored.is_file(), "the artifact is archived again: {}", f.log());
    assert_eq!(artifact(&obj).revision, format!("main@sha1:{commit}"));
    assert_eq!(artifact_tree(&download(artifact(&obj)).await), files(&[("app.yaml", "v1")]));

    // A corrupted file fails verification: it is removed, reported, and rebuilt.
    std::fs::write(&stored, b"not the artifact").expect("corrupting the artifact");
    f.patch_annotations("app", json!({"reconcile.fluxcd.io/requestedAt": "after-corruption"})).await;
    let event = f.wait_event("app", "ArtifactVerificationFailed").await;
    assert_eq!(event.type_.as_deref(), Some("Warning"));
    let obj = f
        .wait_for("app", super::support::RECONCILE, "rebuilt", |o| {
            super::support::is_ready(o)
                && o.status.as_ref().and_then(|s| s.last_handled_reconcile_at.as_deref()) == Some("after-corruption")
        })
        .await;
    assert_eq!(artifact_tree(&download(artifact(&obj)).await), files(&[("app.yaml", "v1")]));
}

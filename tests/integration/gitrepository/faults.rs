//! When things go wrong: the Git server goes away (the last artifact is still served, retries back off),
//! the repository is empty, or the object asks for something flux-rs does not do.

use std::time::Duration;

use git::testing::{GitHttpServer, TestRepo};
use serde_json::json;

use super::support::{after_intervals, artifact, condition, download, http_get, Fixture};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn server_down_keeps_serving_the_last_artifact() {
    let root = git::testing::tempdir();
    let repo = TestRepo::init(root.path(), "app.git");
    let commit = repo.commit("main", &[("app.yaml", "v1")], "first");
    let server = GitHttpServer::start(root.path());
    let f = Fixture::start().await;
    f.create("app", json!({"url": server.url("app.git"), "ref": {"branch": "main"}, "interval": "2s"})).await;
    let obj = f.wait_ready("app").await;
    let stored = artifact(&obj).clone();
    drop(server);

    let obj = f
        .wait_for("app", after_intervals(Duration::from_secs(2)), "failing", |o| {
            condition(o, "Ready").is_some_and(|c| c.status == "False" && c.reason == "GitOperationFailed")
        })
        .await;
    let ready = condition(&obj, "Ready").unwrap();
    assert!(ready.message.starts_with("failed to checkout and determine revision: "), "{}", ready.message);
    assert_eq!(condition(&obj, "FetchFailed").unwrap().reason, "GitOperationFailed");
    assert_eq!(condition(&obj, "Reconciling").unwrap().reason, "ProgressingWithRetry");
    // The artifact stays advertised and served while the source is down.
    assert_eq!(artifact(&obj), &stored);
    assert_eq!(condition(&obj, "ArtifactInStorage").unwrap().status, "True");
    let extracted = download(&stored).await;
    assert_eq!(super::support::artifact_tree(&extracted), super::support::files(&[("app.yaml", "v1")]));
    assert_eq!(stored.revision, format!("main@sha1:{commit}"));

    // Retried with backoff (250ms doubling to 2s): the same Warning event counted again and again.
    let until = tokio::time::Instant::now() + after_intervals(Duration::from_secs(2));
    loop {
        let events = f.events("app").await;
        let failed = events.iter().find(|e| e.reason.as_deref() == Some("GitOperationFailed"));
        if failed.and_then(|e| e.count).unwrap_or(0) >= 3 {
            assert_eq!(failed.unwrap().type_.as_deref(), Some("Warning"));
            break;
        }
        assert!(tokio::time::Instant::now() < until, "no retries: {events:?}\n{}", f.log());
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    let retries = f.log().lines().filter(|l| l.contains("\"Reconciler error\"")).count();
    assert!(retries >= 3, "{}", f.log());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_empty_repository() {
    let root = git::testing::tempdir();
    TestRepo::init(root.path(), "empty.git");
    let server = GitHttpServer::start(root.path());
    let f = Fixture::start().await;
    f.create("empty", json!({"url": server.url("empty.git"), "ref": {"branch": "main"}})).await;
    let obj = f.wait_ready_condition("empty", "False", "EmptyGitRepository").await;
    assert_eq!(condition(&obj, "FetchFailed").unwrap().message, "git repository is empty");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn unsupported_fields_stall() {
    let root = git::testing::tempdir();
    let repo = TestRepo::init(root.path(), "app.git");
    repo.commit("main", &[("app.yaml", "v1")], "first");
    let server = GitHttpServer::start(root.path());
    let url = server.url("app.git");
    let f = Fixture::start().await;
    f.secret("mtls", &[("tls.crt", "CERT"), ("tls.key", "KEY")]).await;
    f.create("verify", json!({"url": url, "verify": {"mode": "HEAD", "secretRef": {"name": "keys"}}})).await;
    f.create("github", json!({"url": url, "provider": "github", "secretRef": {"name": "mtls"}})).await;
    f.create("mtls", json!({"url": url, "ref": {"branch": "main"}, "secretRef": {"name": "mtls"}})).await;
    for (name, field) in [("verify", "spec.verify"), ("github", "spec.provider 'github'"), ("mtls", "mutual TLS")] {
        let obj = f
            .wait_for(name, super::support::RECONCILE, "Stalled", |o| {
                condition(o, "Stalled").is_some_and(|c| c.status == "True")
            })
            .await;
        let stalled = condition(&obj, "Stalled").unwrap();
        assert_eq!(stalled.reason, "NotSupported", "{name}");
        assert!(stalled.message.contains(field) && stalled.message.contains("not supported"), "{}", stalled.message);
        let ready = condition(&obj, "Ready").unwrap();
        assert_eq!((ready.status.as_str(), ready.reason.as_str()), ("False", "NotSupported"));
        assert!(condition(&obj, "Reconciling").is_none());
        assert_eq!(obj.status.as_ref().unwrap().observed_generation, Some(1));
        assert!(obj.status.as_ref().unwrap().artifact.is_none(), "nothing is built without the field");
    }
    // Fixing the object resumes it.
    f.patch_spec("verify", json!({"verify": null, "ref": {"branch": "main"}})).await;
    f.wait_ready("verify").await;
    // The artifact server answers 404 for what it does not have.
    let obj = f.get("verify").await.unwrap();
    let missing = artifact(&obj).url.replace(".tar.gz", "-missing.tar.gz");
    let (status, _) = tokio::task::spawn_blocking(move || http_get(&missing)).await.unwrap();
    assert_eq!(status, 404);
}

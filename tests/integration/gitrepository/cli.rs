//! The whole thing as a user runs it: `flux-rs run --embedded` (API server, Flux installed, controllers,
//! artifact server on loopback, storage in its data dir), then `flux-rs create source git` against it.

use std::time::Duration;

use git::testing::{GitHttpServer, TestRepo};

use super::support::http_get;
use crate::cli::support::flux;
use crate::support::server::ChildServer;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn create_source_git_against_run_embedded() {
    let root = git::testing::tempdir();
    let repo = TestRepo::init(root.path(), "podinfo.git");
    let commit = repo.commit("main", &[("kustomize/deployment.yaml", "kind: Deployment\n")], "podinfo");
    let git_server = GitHttpServer::start(root.path());

    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("embedded");
    let server = ChildServer::start(&data, 0, &["--ephemeral", "--log-encoding=console"]);
    let kubeconfig = server.kubeconfig().to_string_lossy().into_owned();
    // Serving comes first; Flux is installed and the controllers started after.
    let log = || std::fs::read_to_string(&server.stderr_log).unwrap_or_default();
    crate::support::eventually(Duration::from_secs(60), "the controllers to run", || async {
        log().contains("controllers running").then_some(())
    })
    .await;
    let url = git_server.url("podinfo.git");
    let args = [
        "create",
        "source",
        "git",
        "podinfo",
        "--url",
        &url,
        "--branch",
        "main",
        "--interval",
        "1m",
        "--kubeconfig",
        &kubeconfig,
    ];
    let out = flux(&args, &[], None).await;
    assert_eq!(out.code, 0, "{}\n--- run --embedded\n{}", out.stderr, log());
    assert!(out.stderr.contains("✔ GitRepository source reconciliation completed"), "{}", out.stderr);
    assert!(out.stderr.contains(&format!("✔ fetched revision: main@sha1:{commit}")), "{}", out.stderr);

    let out = flux(&["get", "sources", "git", "--kubeconfig", &kubeconfig], &[], None).await;
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(out.stdout.contains(&format!("main@sha1:{}", &commit[..8])), "{}", out.stdout);

    // The artifact lives under the data dir and is served on loopback.
    let stored = data.join("artifacts/gitrepository/flux-system/podinfo").join(format!("{commit}.tar.gz"));
    assert!(stored.is_file(), "{}", log());
    let started = log();
    let line = started.lines().find(|l| l.contains("artifacts on http://")).unwrap_or_else(|| panic!("{started}"));
    let addr = line.split("artifacts on http://").nth(1).unwrap().split([',', ')', ' ']).next().unwrap().to_string();
    assert!(addr.starts_with("127.0.0.1:"), "{line}");
    let url = format!("http://{addr}/gitrepository/flux-system/podinfo/{commit}.tar.gz");
    let (status, body) = tokio::task::spawn_blocking(move || http_get(&url)).await.unwrap();
    assert_eq!(status, 200);
    assert_eq!(body, std::fs::read(&stored).unwrap());
    let (status, _) = server.terminate();
    assert!(status.success());
}

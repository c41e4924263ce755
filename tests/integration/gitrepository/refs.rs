//! Every kind of `spec.ref`, with upstream's revisions.

use git::testing::{GitHttpServer, TestRepo};
use serde_json::json;

use super::support::{artifact, artifact_tree, download, git_tree, Fixture};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn each_reference_kind_gives_upstreams_revision() {
    let root = git::testing::tempdir();
    let repo = TestRepo::init(root.path(), "app.git");
    let first = repo.commit("main", &[("deploy/app.yaml", "kind: ConfigMap\n")], "first");
    repo.tag("v1.0.0", &first);
    let second = repo.commit("main", &[("deploy/app.yaml", "kind: Secret\n")], "second");
    repo.annotated_tag("v1.1.0", &second, "release 1.1.0");
    let pr = repo.commit("feature", &[("deploy/app.yaml", "kind: Pod\n")], "pull request");
    repo.set_ref("refs/pull/1/head", &pr);
    let server = GitHttpServer::start(root.path());
    let url = server.url("app.git");

    let f = Fixture::start().await;
    let cases = [
        ("branch", json!({"branch": "main"}), format!("main@sha1:{second}"), second.clone()),
        ("default", json!(null), String::new(), String::new()),
        ("tag", json!({"tag": "v1.0.0"}), format!("v1.0.0@sha1:{first}"), first.clone()),
        ("annotated", json!({"tag": "v1.1.0"}), format!("v1.1.0@sha1:{second}"), second.clone()),
        ("semver", json!({"semver": ">=1.0.0 <2.0.0"}), format!("v1.1.0@sha1:{second}"), second.clone()),
        ("name", json!({"name": "refs/pull/1/head"}), format!("refs/pull/1/head@sha1:{pr}"), pr.clone()),
        ("commit", json!({"commit": first}), format!("sha1:{first}"), first.clone()),
        ("commit-branch", json!({"branch": "main", "commit": first}), format!("main@sha1:{first}"), first.clone()),
        // Precedence: commit > name > semver > tag > branch.
        (
            "all",
            json!({"branch": "feature", "tag": "v1.0.0", "semver": "1.1.x", "name": "refs/pull/1/head"}),
            format!("refs/pull/1/head@sha1:{pr}"),
            pr.clone(),
        ),
    ];
    for (name, reference, _, _) in &cases {
        let mut spec = json!({"url": url});
        if !reference.is_null() {
            spec["ref"] = reference.clone();
        }
        f.create(name, spec).await;
    }
    for (name, _, revision, commit) in &cases {
        if *name == "default" {
            // The default branch is `master`, which this repository does not have.
            let obj = f.wait_ready_condition(name, "False", "GitOperationFailed").await;
            let ready = super::support::condition(&obj, "Ready").unwrap();
            assert!(ready.message.contains("refs/heads/master"), "{}", ready.message);
            continue;
        }
        let obj = f.wait_ready(name).await;
        let a = artifact(&obj);
        assert_eq!(&a.revision, revision, "{name}");
        assert_eq!(a.path, format!("gitrepository/flux-system/{name}/{commit}.tar.gz"));
        let ready = super::support::condition(&obj, "Ready").unwrap();
        assert_eq!(ready.message, format!("stored artifact for revision '{revision}'"));
        let stored = super::support::condition(&obj, "ArtifactInStorage").unwrap();
        assert_eq!((stored.status.as_str(), stored.reason.as_str()), ("True", "Succeeded"));
        let extracted = download(a).await;
        assert_eq!(artifact_tree(&extracted), git_tree(&repo, commit), "{name}");
    }
}

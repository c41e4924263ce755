//! `flux-rs diff kustomization`: what the Kustomization controller applied (`flux-rs run` against the
//! embedded API server and a Git server) is no drift for the same manifests; local changes, live drift,
//! pruned objects, masked Secret values, SOPS Secrets compared through decryption (or by keys without the
//! key), `--output json`, and upstream's exit codes and messages for errors.

use std::path::{Path, PathBuf};

use git::testing::{GitHttpServer, TestRepo};
use k8s_openapi::api::core::v1::Secret;
use kube::api::{Api, DeleteParams, Patch, PatchParams};
use serde_json::json;

use super::get::flux_cluster;
use super::support::{assert_golden, flux, flux_sync, Output};
use crate::gitrepository::support::NS;
use crate::kustomization::support::{self as ks, is_ready, wait_for, RECONCILE};
use crate::support::fixture;

/// The SOPS fixtures of an independent generator (crates/sops/tests/gen: the age CLI and Python).
fn sops_fixture(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("crates/sops/tests/fixtures").join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("reading {}: {e}", path.display()))
}

/// The manifests of `tests/fixtures/cli/diff/app` plus the encrypted Secret `default/app-secret`
/// (username admin, password hunter2, token secret), as (path in the repository, content).
fn manifests() -> Vec<(String, String)> {
    let dir = fixture("cli/diff/app");
    let mut files: Vec<(String, String)> = std::fs::read_dir(&dir)
        .expect("the app fixture")
        .map(|e| {
            let path = e.expect("a fixture file").path();
            let name = path.file_name().expect("a file name").to_string_lossy().into_owned();
            (format!("app/{name}"), std::fs::read_to_string(&path).expect("a fixture file"))
        })
        .collect();
    files.push(("app/secret.yaml".into(), sops_fixture("secret-node.yaml")));
    files.sort();
    files
}

/// A local checkout of the manifests: the directory `--path` points at.
fn checkout(files: &[(String, String)]) -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().expect("a temporary directory");
    for (name, content) in files {
        let path = tmp.path().join(name);
        std::fs::create_dir_all(path.parent().expect("a parent")).expect("a directory");
        std::fs::write(path, content).expect("writing a manifest");
    }
    let app = tmp.path().join("app");
    (tmp, app)
}

fn edit(path: &Path, from: &str, to: &str) {
    let text = std::fs::read_to_string(path).expect("a manifest");
    assert!(text.contains(from), "{} has no {from:?}", path.display());
    std::fs::write(path, text.replace(from, to)).expect("writing a manifest");
}

async fn diff(kubeconfig: &Path, path: &Path, extra: &[&str]) -> Output {
    let (kubeconfig, path) = (kubeconfig.to_str().expect("UTF-8"), path.to_str().expect("UTF-8"));
    let mut args = vec!["diff", "kustomization", "app", "--path", path, "--kubeconfig", kubeconfig];
    args.extend(extra);
    flux(&args, &[], None).await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn what_the_controller_applied_is_no_drift_and_changes_are_reported() {
    let files = manifests();
    let root = git::testing::tempdir();
    let repo = TestRepo::init(root.path(), "app.git");
    let committed: Vec<(&str, &str)> = files.iter().map(|(n, c)| (n.as_str(), c.as_str())).collect();
    repo.commit("main", &committed, "the app");
    let git = GitHttpServer::start(root.path());
    let f = ks::start().await;
    f.secret("sops-age", &[("age.agekey", &sops_fixture("keys/age.agekey"))]).await;
    f.create("repo", json!({"url": git.url("app.git"), "ref": {"branch": "main"}, "interval": "1h"})).await;
    let decryption = json!({"provider": "sops", "secretRef": {"name": "sops-age"}});
    ks::create(&f, "app", json!({"interval": "1h", "path": "./app", "decryption": decryption})).await;
    wait_for(&f, "app", RECONCILE, "Ready", is_ready).await;
    // From here on the controller leaves the cluster alone, whatever drifts.
    ks::patch_spec(&f, "app", json!({"suspend": true})).await;
    let kubeconfig = f.server.kubeconfig().to_path_buf();

    // The same manifests, the SOPS Secret decrypted with the cluster's key: nothing would change.
    let (_local, app) = checkout(&files);
    let out = diff(&kubeconfig, &app, &["--progress-bar=false"]).await;
    assert_eq!((out.code, out.stdout.as_str(), out.stderr.as_str()), (0, "", ""), "{out:?}");

    // Local changes: fields of a Deployment, a ConfigMap value, a Secret value, a new object, an object
    // removed (pruned); and live drift of the SOPS Secret's password.
    edit(&app.join("deployment.yaml"), "replicas: 1", "replicas: 3");
    edit(&app.join("deployment.yaml"), "nginx:1.27", "nginx:1.28");
    edit(
        &app.join("deployment.yaml"),
        "          value: prod\n",
        "          value: prod\n        - name: LOG\n          value: debug\n",
    );
    edit(&app.join("configmap.yaml"), "color: blue", "color: green");
    edit(&app.join("credentials.yaml"), "password: s3cret", "password: changed-password");
    std::fs::write(
        app.join("extra.yaml"),
        "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: extra\n  namespace: default\ndata:\n  k: v\n",
    )
    .expect("writing a manifest");
    std::fs::remove_file(app.join("service.yaml")).expect("removing a manifest");
    let secrets: Api<Secret> = Api::namespaced(f.client.clone(), "default");
    let drift = json!({"data": {"password": "d3Jvbmc="}});
    secrets.patch("app-secret", &PatchParams::default(), &Patch::Merge(&drift)).await.expect("drifting the Secret");

    let out = diff(&kubeconfig, &app, &["--progress-bar=false"]).await;
    assert_golden("diff/drifted", &out, &[]);
    for secret in ["hunter2", "s3cret", "changed-password", "wrong", "d3Jvbmc", "aHVudGVyMg"] {
        assert!(!out.stdout.contains(secret) && !out.stderr.contains(secret), "{secret} leaked:\n{out:?}");
    }

    // The same for CI: one JSON document, the same exit status, field paths and no values.
    let out = diff(&kubeconfig, &app, &["--progress-bar=false", "-o", "json"]).await;
    assert_golden("diff/drifted_json", &out, &[]);
    let doc: serde_json::Value = serde_json::from_str(&out.stdout).expect("JSON on stdout");
    let action = |subject: &str| {
        doc["objects"].as_array().unwrap().iter().find(|o| o["subject"] == subject).map(|o| o["action"].clone())
    };
    assert_eq!(action("Service/default/web"), Some(json!("deleted")));
    assert_eq!(action("ConfigMap/default/extra"), Some(json!("created")));
    assert_eq!(action("Secret/default/app-secret"), Some(json!("configured")));
    assert_eq!(doc["changed"], true);

    // Without the key, encrypted Secrets are compared by their keys, as upstream does: the live password
    // is not seen, a key missing from the live Secret is. One line on stderr says why.
    Api::<Secret>::namespaced(f.client.clone(), NS)
        .delete("sops-age", &DeleteParams::default())
        .await
        .expect("deleting the key");
    let remove = r#"[{"op": "remove", "path": "/data/token"}]"#;
    f.server.kubectl().run(&["patch", "secret", "app-secret", "-n", "default", "--type=json", "-p", remove]).ok();
    let out = diff(&kubeconfig, &app, &["--progress-bar=false"]).await;
    assert_golden("diff/sops_without_key", &out, &[]);
}

/// The fixture directory `name` under `tests/fixtures/cli/diff`.
fn dir(name: &str) -> String {
    fixture("cli/diff").join(name).to_str().expect("a UTF-8 path").to_string()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn new_kustomizations_and_errors_exit_as_upstream() {
    let c = flux_cluster(&[]).await;
    let (app, local) = (dir("app"), dir("local.yaml"));
    let vars = [("fixtures", dir(""))];
    let vars: Vec<(&str, &str)> = vars.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let golden = |name: &str, out: &Output| assert_golden(&format!("diff/{name}"), out, &vars);

    // Not in the cluster: an error, unless --ignore-not-found takes the file's.
    let out = c.flux(&["diff", "ks", "app", "--path", &app, "--progress-bar=false"]).await;
    golden("not_found", &out);
    let out = c.flux(&["diff", "ks", "app", "--path", &app, "--ignore-not-found"]).await;
    golden("ignore_not_found_without_file", &out);
    let out =
        c.flux(&["diff", "ks", "app", "--path", &app, "--kustomization-file", &local, "--ignore-not-found"]).await;
    golden("new_kustomization", &out);

    // A build error and a dry run that fails for one object (its namespace does not exist): exit 2, the
    // other objects still reported.
    let broken = dir("broken");
    let args = ["--kustomization-file", &local, "--ignore-not-found"];
    let out = c.flux(&[&["diff", "ks", "app", "--path", &broken][..], &args].concat()).await;
    golden("build_error", &out);
    let nowhere = dir("nowhere");
    let out = c.flux(&[&["diff", "ks", "app", "--path", &nowhere][..], &args].concat()).await;
    golden("dry_run_error", &out);
}

#[test]
fn flags_and_arguments_are_checked_first() {
    let (app, local) = (dir("app"), dir("local.yaml"));
    let cases: &[(&str, Vec<&str>)] = &[
        ("name_required", vec!["diff", "kustomization", "--path", &app]),
        ("path_required", vec!["diff", "kustomization", "app"]),
        ("path_not_a_directory", vec!["diff", "ks", "app", "--path", "./nonexistent"]),
        ("file_missing", vec!["diff", "ks", "app", "--path", &app, "--kustomization-file", "/nonexistent.yaml"]),
        ("bad_output", vec!["diff", "ks", "app", "--path", &app, "--kustomization-file", &local, "-o", "yaml"]),
    ];
    let vars = [("fixtures", dir(""))];
    let vars: Vec<(&str, &str)> = vars.iter().map(|(k, v)| (*k, v.as_str())).collect();
    for (name, args) in cases {
        let out = flux_sync(args, &[], None);
        assert_golden(&format!("diff/{name}"), &out, &vars);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn recursive_diffs_the_kustomizations_it_deploys() {
    let c = flux_cluster(&[]).await;
    let objects = std::fs::read_to_string(fixture("cli/diff/recursive/cluster.yaml")).expect("the cluster fixture");
    c.server.kubectl().run_stdin(&["apply", "-f", "-"], &objects).ok();
    let (parent, sources) = (dir("recursive/parent"), format!("GitRepository/flux-system/repo={}", dir("recursive")));

    // The child is diffed from its local source and would create its ConfigMap; the one on another
    // cluster is not diffed.
    let out = c.flux(&["diff", "ks", "parent", "--path", &parent, "-r", "--local-sources", &sources]).await;
    assert_golden("diff/recursive", &out, &[]);
    let out =
        c.flux(&["diff", "ks", "parent", "--path", &parent, "-r", "--local-sources", &sources, "-o", "json"]).await;
    let doc: serde_json::Value = serde_json::from_str(&out.stdout).expect("JSON on stdout");
    let created = doc["objects"].as_array().unwrap().iter().find(|o| o["subject"] == "ConfigMap/default/child-config");
    assert_eq!(
        created.map(|o| (&o["kustomization"], &o["action"])),
        Some((&json!("flux-system/child"), &json!("created")))
    );
    assert_eq!(
        doc["warnings"],
        json!(["Kustomization/flux-system/remote skipped: diff not supported for remote clusters"])
    );

    // A child whose source has no local checkout: the error, after the report.
    let out =
        c.flux(&["diff", "ks", "parent", "--path", &parent, "-r", "--local-sources", "GitRepository/x/y=/tmp"]).await;
    assert_golden("diff/recursive_source_missing", &out, &[]);
}

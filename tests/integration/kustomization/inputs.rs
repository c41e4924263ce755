//! What a Kustomization builds from: generated kustomization files, SOPS-encrypted Secrets, postBuild
//! variables, and bad input that must fail without harming what is already applied.

use std::time::Duration;

use git::testing::{GitHttpServer, TestRepo};
use k8s_openapi::api::core::v1::{ConfigMap, Secret};
use serde_json::json;

use super::support::{self, condition, is_ready, wait_for, RECONCILE};
use crate::gitrepository::support::{Fixture, NS};

fn config_map(name: &str, value: &str) -> String {
    format!(
        "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {name}\n  namespace: default\ndata:\n  key: \"{value}\"\n"
    )
}

async fn start(git: &GitHttpServer) -> Fixture {
    let f = support::start().await;
    f.create("repo", json!({"url": git.url("app.git"), "ref": {"branch": "main"}, "interval": "2s"})).await;
    f
}

fn failed_with<'a>(reason: &'a str) -> impl Fn(&api::kustomize::Kustomization) -> bool + 'a {
    move |ks| condition(ks, "Ready").is_some_and(|c| c.status == "False" && c.reason == reason)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_directory_without_kustomization_file_is_built_with_a_generated_one() {
    let root = git::testing::tempdir();
    let repo = TestRepo::init(root.path(), "app.git");
    repo.commit(
        "main",
        &[
            ("deploy/a.yaml", &config_map("a", "1")),
            ("deploy/nested/b.yml", &config_map("b", "2")),
            ("deploy/README.md", "not a manifest"),
        ],
        "plain manifests",
    );
    let git = GitHttpServer::start(root.path());
    let f = start(&git).await;
    support::create(
        &f,
        "app",
        json!({"interval": "1h", "path": "./deploy", "targetNamespace": "apps", "namePrefix": "p-",
               "commonMetadata": {"labels": {"team": "blue"}}}),
    )
    .await;
    f.server.kubectl().run(&["create", "namespace", "apps"]).ok();
    wait_for(&f, "app", RECONCILE, "Ready", is_ready).await;
    for name in ["p-a", "p-b"] {
        let cm = support::get::<ConfigMap>(&f, "apps", name).await.unwrap_or_else(|| panic!("{name} in apps"));
        assert_eq!(cm.metadata.labels.unwrap()["team"], "blue");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_sops_secret_lands_decrypted_and_a_missing_key_fails_the_build() {
    let (age_key, root) = encrypted_secret_repository();
    let git = GitHttpServer::start(root.path());
    let f = start(&git).await;
    let decryption = json!({"provider": "sops", "secretRef": {"name": "sops-age"}});
    support::create(&f, "secrets", json!({"interval": "1h", "path": "./secrets", "decryption": decryption})).await;

    let ks = wait_for(&f, "secrets", RECONCILE, "failing without its key", failed_with("BuildFailed")).await;
    assert_eq!(condition(&ks, "Ready").unwrap().message, "secrets \"sops-age\" not found");
    assert!(support::get::<Secret>(&f, "default", "app-secret").await.is_none());

    f.secret("sops-age", &[("age.agekey", &age_key)]).await;
    support::patch_spec(&f, "secrets", json!({"interval": "2s"})).await;
    wait_for(&f, "secrets", RECONCILE, "Ready with its key", is_ready).await;
    let secret = support::get::<Secret>(&f, "default", "app-secret").await.expect("the Secret is applied");
    let data = secret.data.unwrap();
    assert_eq!(data["username"].0, b"admin");
    assert_eq!(data["password"].0, b"hunter2");
    assert_eq!(data["token"].0, b"secret");
    let log = f.log();
    assert!(!log.contains("hunter2"), "no decrypted value in the controller's log");
    let events = f.events("secrets").await;
    assert!(events.iter().all(|e| !e.message.as_deref().unwrap_or_default().contains("hunter2")));

    // Without decryption configured, an encrypted Secret is refused, not applied as ciphertext.
    support::create(&f, "plain", json!({"interval": "1h", "path": "./secrets"})).await;
    let ks =
        wait_for(&f, "plain", RECONCILE, "refusing the encrypted Secret", failed_with("ReconciliationFailed")).await;
    let message = &condition(&ks, "Ready").unwrap().message;
    assert!(message.contains("Secret/default/app-secret is SOPS encrypted"), "{message}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn post_build_variables_are_substituted_and_a_missing_one_fails_in_strict_mode() {
    let root = git::testing::tempdir();
    let repo = TestRepo::init(root.path(), "app.git");
    let templated = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${app}-config\n  namespace: default\n\
data:\n  region: ${region}\n  tier: ${tier:=standard}\n  color: ${color}\n";
    repo.commit(
        "main",
        &[("app/kustomization.yaml", "resources:\n- cm.yaml\n"), ("app/cm.yaml", templated)],
        "templated",
    );
    let git = GitHttpServer::start(root.path());
    let f = start(&git).await;
    let cm: ConfigMap = serde_json::from_value(json!({
        "apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "cluster-vars", "namespace": NS},
        "data": {"region": "eu-west-1", "color": "red"}
    }))
    .unwrap();
    kube::Api::<ConfigMap>::namespaced(f.client.clone(), NS).create(&Default::default(), &cm).await.unwrap();
    let post_build = json!({"substitute": {"app": "podinfo", "color": "blue"},
                            "substituteFrom": [{"kind": "ConfigMap", "name": "cluster-vars"}]});
    support::create(&f, "app", json!({"interval": "1h", "path": "./app", "postBuild": post_build})).await;
    wait_for(&f, "app", RECONCILE, "Ready", is_ready).await;
    let cm = support::get::<ConfigMap>(&f, "default", "podinfo-config").await.expect("the substituted ConfigMap");
    let data = cm.data.unwrap();
    assert_eq!((data["region"].as_str(), data["tier"].as_str()), ("eu-west-1", "standard"));
    assert_eq!(data["color"], "blue", "inline variables win over substituteFrom");

    support::patch_spec(&f, "app", json!({"postBuild": {"substitute": {"app": "podinfo"}, "substituteFrom": null}}))
        .await;
    let ks = wait_for(&f, "app", RECONCILE, "failing on the missing variable", failed_with("BuildFailed")).await;
    let message = &condition(&ks, "Ready").unwrap().message;
    assert!(message.contains("variable not set (strict mode): \"region\""), "{message}");
    assert!(support::get::<ConfigMap>(&f, "default", "podinfo-config").await.is_some(), "nothing is deleted");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_input_fails_with_the_file_named_and_deletes_nothing() {
    let root = git::testing::tempdir();
    let repo = TestRepo::init(root.path(), "app.git");
    repo.commit(
        "main",
        &[("app/kustomization.yaml", "resources:\n- cm.yaml\n"), ("app/cm.yaml", &config_map("kept", "1"))],
        "good",
    );
    let git = GitHttpServer::start(root.path());
    let f = start(&git).await;
    support::create(&f, "app", json!({"interval": "2s", "path": "./app", "retryInterval": "1s"})).await;
    let good = wait_for(&f, "app", RECONCILE, "Ready", is_ready).await;
    let inventory = good.status.unwrap().inventory;
    let deadline = Duration::from_secs(2) * 4 + RECONCILE;

    let cases: [(&str, &str, &str, &str); 3] = [
        ("app/cm.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: [unclosed\n", "BuildFailed", "cm.yaml"),
        ("app/kustomization.yaml", "resources:\n- missing.yaml\n", "BuildFailed", "missing.yaml"),
        (
            "app/cm.yaml",
            "apiVersion: example.com/v1\nkind: Unknown\nmetadata:\n  name: x\n  namespace: default\n",
            "ReconciliationFailed",
            "no matches for kind \"Unknown\"",
        ),
    ];
    for (file, content, reason, named) in cases {
        let commit = repo.commit("main", &[(file, content)], "broken");
        let ks = wait_for(&f, "app", deadline, &format!("failing with {reason}"), |ks| {
            failed_with(reason)(ks)
                && ks
                    .status
                    .as_ref()
                    .and_then(|s| s.last_attempted_revision.as_deref())
                    .is_some_and(|r| r.ends_with(&commit))
        })
        .await;
        let message = &condition(&ks, "Ready").unwrap().message;
        assert!(message.contains(named), "the message names {named}: {message}");
        assert_eq!(ks.status.as_ref().unwrap().inventory, inventory, "the inventory is kept");
        assert!(support::get::<ConfigMap>(&f, "default", "kept").await.is_some(), "nothing applied is deleted");
        // Back to a good state between cases.
        repo.commit(
            "main",
            &[("app/kustomization.yaml", "resources:\n- cm.yaml\n"), ("app/cm.yaml", &config_map("kept", "1"))],
            "good again",
        );
        wait_for(&f, "app", deadline, "Ready again", is_ready).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_sops_age_secret_decrypts_for_kustomizations_without_a_secret_ref() {
    let (age_key, root) = encrypted_secret_repository();
    let git = GitHttpServer::start(root.path());
    // The runtime namespace is flux-system here: RUNTIME_NAMESPACE is unset and so is -n.
    let f = Fixture::start_controllers("source-controller,kustomize-controller", &["--sops-age-secret=sops-age"]).await;
    f.create("repo", json!({"url": git.url("app.git"), "ref": {"branch": "main"}, "interval": "2s"})).await;
    let spec =
        json!({"interval": "1h", "retryInterval": "1s", "path": "./secrets", "decryption": {"provider": "sops"}});
    support::create(&f, "secrets", spec).await;
    let ks =
        wait_for(&f, "secrets", RECONCILE, "failing without the fallback Secret", failed_with("BuildFailed")).await;
    assert_eq!(condition(&ks, "Ready").unwrap().message, "secrets \"sops-age\" not found");

    // Only the *.agekey entries are read: a broken OpenPGP key beside them does not matter.
    f.secret("sops-age", &[("age.agekey", &age_key), ("broken.asc", "not a key")]).await;
    wait_for(&f, "secrets", RECONCILE, "Ready with the fallback key", is_ready).await;
    let secret = support::get::<Secret>(&f, "default", "app-secret").await.expect("the Secret is applied");
    assert_eq!(secret.data.unwrap()["password"].0, b"hunter2");
    assert!(!f.log().contains("hunter2"), "no decrypted value in the controller's log");

    // A Kustomization naming its own Secret gets only that Secret's keys, never the fallback.
    f.secret("no-keys", &[("notes.txt", "nothing here")]).await;
    let own = json!({"provider": "sops", "secretRef": {"name": "no-keys"}});
    support::create(&f, "own", json!({"interval": "1h", "path": "./secrets", "decryption": own})).await;
    let ks = wait_for(&f, "own", RECONCILE, "failing to decrypt", failed_with("BuildFailed")).await;
    let message = &condition(&ks, "Ready").unwrap().message;
    assert!(message.starts_with("decryption failed for 'Secret.v1.[noGrp]/app-secret'"), "{message}");
    assert!(message.contains("holds no age or PGP key"), "{message}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn without_strict_substitutions_an_undefined_variable_is_empty() {
    let root = git::testing::tempdir();
    let repo = TestRepo::init(root.path(), "app.git");
    let templated = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: out\n  namespace: default\n\
data:\n  region: \"${region}\"\n  missing: \"[${missing}]\"\n";
    repo.commit("main", &[("app/cm.yaml", templated)], "templated");
    let git = GitHttpServer::start(root.path());
    let f = Fixture::start_controllers(
        "source-controller,kustomize-controller",
        &["--feature-gates=StrictPostBuildSubstitutions=false"],
    )
    .await;
    f.create("repo", json!({"url": git.url("app.git"), "ref": {"branch": "main"}, "interval": "2s"})).await;
    let post_build = json!({"substitute": {"region": "eu-west-1"}});
    support::create(&f, "app", json!({"interval": "1h", "path": "./app", "postBuild": post_build})).await;
    wait_for(&f, "app", RECONCILE, "Ready", is_ready).await;
    let data = support::get::<ConfigMap>(&f, "default", "out").await.expect("applied").data.unwrap();
    assert_eq!((data["region"].as_str(), data["missing"].as_str()), ("eu-west-1", "[]"));
}

/// A repository `app.git` whose `./secrets` holds a SOPS Secret encrypted by an independent generator
/// (crates/sops/tests/gen: the age CLI and Python), and the age key that decrypts it.
fn encrypted_secret_repository() -> (String, tempfile::TempDir) {
    let fixtures = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("crates/sops/tests/fixtures");
    let encrypted = std::fs::read_to_string(fixtures.join("secret-node.yaml")).unwrap();
    let age_key = std::fs::read_to_string(fixtures.join("keys/age.agekey")).unwrap();
    let root = git::testing::tempdir();
    let repo = TestRepo::init(root.path(), "app.git");
    repo.commit(
        "main",
        &[("secrets/kustomization.yaml", "resources:\n- secret.yaml\n"), ("secrets/secret.yaml", &encrypted)],
        "an encrypted secret",
    );
    (age_key, root)
}

//! `flux-rs create image repository|policy|update`: upstream's export goldens, create and update against
//! playing controllers (upstream's `upsertAndWait`: no line when nothing changed), and the checks before
//! any request.

use super::super::controller::{self, cluster_args, NS};
use super::super::support::{assert_golden, flux, flux_sync};
use crate::support::TestServer;

/// upstream's `create_image_update_test.go` flags, without the signing ones.
const UPDATE_ARGS: [&str; 12] = [
    "create",
    "image",
    "update",
    "flux-system",
    "--git-repo-ref=flux-system",
    "--checkout-branch=main",
    "--author-name=flux",
    "--author-email=flux@example.com",
    "--interval=1m0s",
    "--namespace=flux-system",
    "--export",
    // Replaced per case.
    "",
];

#[test]
fn export_reproduces_upstreams_update_goldens() {
    // testdata/create_image_update/{no-signing,signing-default-gpg,signing-ssh}.yaml.
    let cases: &[(&str, &[&str])] = &[
        ("update_no_signing", &[]),
        ("update_signing_default_gpg", &["--signing-key-secret=my-key"]),
        ("update_signing_ssh", &["--signing-key-secret=my-deploy-key", "--signing-key-type=ssh"]),
    ];
    for (golden, flags) in cases {
        let mut args = UPDATE_ARGS[..UPDATE_ARGS.len() - 1].to_vec();
        args.extend_from_slice(flags);
        assert_golden(&format!("create/image/{golden}"), &flux_sync(&args, &[], None), &[]);
    }
}

#[test]
fn export_prints_every_flag() {
    let repository = [
        "create",
        "image",
        "repository",
        "podinfo",
        "--image=ghcr.io/stefanprodan/podinfo",
        "--interval=10m",
        "--scan-timeout=2m",
        "--secret-ref=ghcr-auth",
        "--cert-ref=ghcr-ca",
        "--export",
    ];
    assert_golden("create/image/export_repository", &flux_sync(&repository, &[], None), &[]);

    // upstream's image_test.go policies, exported.
    let semver = [
        "create",
        "image",
        "policy",
        "podinfo-semver",
        "--image-ref=podinfo",
        "--interval=10m",
        "--reflect-digest=Always",
        "--select-semver=5.0.x",
        "--export",
    ];
    assert_golden("create/image/export_policy_semver", &flux_sync(&semver, &[], None), &[]);
    let regex = [
        "create",
        "image",
        "policy",
        "podinfo-numeric",
        "--image-ref=podinfo",
        "--select-numeric=asc",
        "--filter-regex=^main-[a-f0-9]+-(?P<ts>[0-9]+)",
        "--filter-extract=$ts",
        "--export",
    ];
    assert_golden("create/image/export_policy_numeric", &flux_sync(&regex, &[], None), &[]);

    let update = [
        "create",
        "image",
        "update",
        "apps",
        "--namespace=apps",
        "--git-repo-ref=flux-system",
        "--git-repo-namespace=flux-system",
        "--git-repo-path=./clusters/my-cluster",
        "--checkout-branch=main",
        "--push-branch=image-updates",
        "--author-name=flux",
        "--author-email=flux@example.com",
        "--commit-template={{range .Updated.Images}}{{println .}}{{end}}",
        "--export",
    ];
    assert_golden("create/image/export_update", &flux_sync(&update, &[], None), &[]);
}

#[test]
fn bad_input_is_refused_before_any_request() {
    let update = |extra: &'static [&'static str]| -> Vec<&'static str> {
        let mut args = UPDATE_ARGS[..UPDATE_ARGS.len() - 1].to_vec();
        args.extend_from_slice(extra);
        args
    };
    let cases: Vec<(&str, Vec<&str>)> = vec![
        ("repository_name_required", vec!["create", "image", "repository", "--image=alpine"]),
        ("repository_image_required", vec!["create", "image", "repository", "alpine"]),
        ("repository_image_invalid", vec!["create", "image", "repository", "alpine", "--image=Library/Alpine"]),
        ("repository_registry_invalid", vec!["create", "image", "repository", "app", "--image=registry.io:https/app"]),
        ("policy_image_ref_required", vec!["create", "image", "policy", "podinfo", "--select-semver=1.x"]),
        ("policy_select_required", vec!["create", "image", "policy", "podinfo", "--image-ref=podinfo"]),
        (
            "policy_select_both",
            vec![
                "create",
                "image",
                "policy",
                "podinfo",
                "--image-ref=podinfo",
                "--select-alpha=asc",
                "--select-numeric=asc",
            ],
        ),
        (
            "policy_alpha_order",
            vec!["create", "image", "policy", "podinfo", "--image-ref=podinfo", "--select-alpha=up"],
        ),
        (
            "policy_regex_invalid",
            vec![
                "create",
                "image",
                "policy",
                "podinfo",
                "--image-ref=podinfo",
                "--select-alpha=asc",
                "--filter-regex=(",
            ],
        ),
        (
            "policy_extract_without_regex",
            vec![
                "create",
                "image",
                "policy",
                "podinfo",
                "--image-ref=podinfo",
                "--select-alpha=asc",
                "--filter-extract=$1",
            ],
        ),
        (
            "policy_extract_group_unknown",
            vec![
                "create",
                "image",
                "policy",
                "podinfo",
                "--image-ref=podinfo",
                "--select-numeric=asc",
                "--filter-regex=^main-(?P<ts>[0-9]+)",
                "--filter-extract=$build",
            ],
        ),
        (
            "policy_reflect_digest_invalid",
            vec![
                "create",
                "image",
                "policy",
                "podinfo",
                "--image-ref=podinfo",
                "--select-semver=1.x",
                "--reflect-digest=Sometimes",
            ],
        ),
        (
            "policy_interval_without_always",
            vec!["create", "image", "policy", "podinfo", "--image-ref=podinfo", "--select-semver=1.x", "--interval=5m"],
        ),
        ("update_git_repo_ref_required", vec!["create", "image", "update", "flux-system", "--checkout-branch=main"]),
        (
            "update_checkout_branch_required",
            vec!["create", "image", "update", "flux-system", "--git-repo-ref=flux-system"],
        ),
        // upstream's `create_image_update_test.go` error cases.
        ("update_signing_type_without_secret", update(&["--signing-key-type=ssh"])),
        ("update_signing_type_invalid", update(&["--signing-key-secret=k", "--signing-key-type=pgp"])),
    ];
    for (name, args) in &cases {
        assert_golden(&format!("create/image/{name}"), &flux_sync(args, &[], None), &[]);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn creates_updates_and_waits_for_the_controllers() {
    let server = TestServer::start().await;
    let client = controller::install_flux(&server, NS).await;
    let repository = controller::resource::<api::image::ImageRepository>();
    let policy = controller::resource::<api::image::ImagePolicy>();
    let automation = controller::resource::<api::image::ImageUpdateAutomation>();
    let _reflector = controller::play(&client, repository.clone(), NS);
    let _policies = controller::play(&client, policy.clone(), NS);
    let _automation = controller::play(&client, automation.clone(), NS);
    let cluster = cluster_args(&server);
    let run = |args: Vec<&'static str>| {
        let cluster = cluster.clone();
        async move {
            let args: Vec<&str> = args.into_iter().chain(cluster.iter().map(String::as_str)).collect();
            flux(&args, &[], None).await
        }
    };

    // upstream's image_test.go flow: testdata/image/create_image_{repository,policy}.golden.
    let out =
        run(vec!["create", "image", "repository", "podinfo", "--image=ghcr.io/stefanprodan/podinfo", "--interval=10m"])
            .await;
    assert_golden("create/image/repository_created", &out, &[]);
    let semver = vec![
        "create",
        "image",
        "policy",
        "podinfo-semver",
        "--image-ref=podinfo",
        "--interval=10m",
        "--reflect-digest=Always",
        "--select-semver=5.0.x",
    ];
    assert_golden("create/image/policy_created", &run(semver).await, &[]);
    let regex = vec![
        "create",
        "image",
        "policy",
        "podinfo-regex",
        "--image-ref=podinfo",
        "--select-semver=>4.0.0",
        "--filter-regex=5\\.0\\.0",
    ];
    assert_golden("create/image/policy_created", &run(regex).await, &[]);

    // The API server defaults `exclusionList` and `provider`, so the same flags still update the spec.
    let out =
        run(vec!["create", "image", "repository", "podinfo", "--image=ghcr.io/stefanprodan/podinfo", "--interval=10m"])
            .await;
    assert_golden("create/image/repository_updated", &out, &[]);
    // Nothing defaulted, nothing changed: no created or updated line at all.
    let never = vec![
        "create",
        "image",
        "policy",
        "podinfo-never",
        "--image-ref=podinfo",
        "--select-semver=1.x",
        "--reflect-digest=Never",
    ];
    let _ = run(never.clone()).await;
    assert_golden("create/image/policy_unchanged", &run(never).await, &[]);

    let update = vec![
        "create",
        "image",
        "update",
        "podinfo",
        "--git-repo-ref=flux-system",
        "--checkout-branch=main",
        "--author-name=flux",
        "--author-email=flux@example.com",
    ];
    assert_golden("create/image/update_created", &run(update).await, &[]);
    let stored = controller::get(&client, &automation, NS, "podinfo").await.expect("the automation exists");
    assert_eq!(stored.data.pointer("/spec/git/checkout/ref/branch").and_then(|v| v.as_str()), Some("main"));
    let _ = controller::get(&client, &policy, NS, "podinfo-regex").await.expect("the second policy exists");
    let _ = controller::get(&client, &repository, NS, "podinfo").await.expect("the repository exists");
}

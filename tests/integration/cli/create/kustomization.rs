//! `flux-rs create kustomization`: export, create and update against a playing controller, and the
//! checks before any request.

use super::super::controller::{self, cluster_args, with_cluster, NS};
use super::super::support::{assert_golden, flux, flux_sync};
use crate::support::TestServer;

/// upstream's `kustomization_test.go` flags for `tkfg`.
const UPSTREAM_ARGS: [&str; 11] = [
    "create",
    "kustomization",
    "tkfg",
    "--source=tkfg",
    "--path=./deploy/overlays/dev",
    "--prune=true",
    "--interval=5m",
    "--health-check=Deployment/frontend.dev",
    "--health-check=Deployment/backend.dev",
    "--health-check-timeout=3m",
    "--export",
];

#[test]
fn export_prints_the_kustomization() {
    assert_golden("create/kustomization/export_upstream_args", &flux_sync(&UPSTREAM_ARGS, &[], None), &[]);

    let every_flag = [
        "create",
        "ks",
        "podinfo",
        "--source=OCIRepository/podinfo.flux-system",
        "--path=deploy/../apps/./podinfo/",
        "--prune",
        "--wait=true",
        "--health-check=Deployment/ignored.with-wait",
        "--health-check-timeout=90s",
        "--depends-on=infra,apps/db@status.ready",
        "--service-account=reconciler",
        "--decryption-provider=sops",
        "--decryption-secret=sops-age",
        "--target-namespace=apps",
        "--kubeconfig-secret-ref=remote-kubeconfig",
        "--retry-interval=2m",
        "--interval=10m",
        "--label=team=apps",
        "-n",
        "apps",
        "--export",
    ];
    assert_golden("create/kustomization/export_every_flag", &flux_sync(&every_flag, &[], None), &[]);

    // The defaults: the source root, no pruning, a GitRepository when no kind is given.
    let defaults = ["create", "kustomization", "podinfo", "--source=podinfo", "--export"];
    assert_golden("create/kustomization/export_defaults", &flux_sync(&defaults, &[], None), &[]);

    // Deprecated, ignored, and said so as pflag does.
    let deprecated = ["create", "ks", "podinfo", "--source=podinfo", "--validation=client", "--export"];
    assert_golden("create/kustomization/export_validation_deprecated", &flux_sync(&deprecated, &[], None), &[]);
}

#[test]
fn bad_input_is_refused_before_any_request() {
    let cases: &[(&str, &[&str])] = &[
        ("name_required", &["create", "kustomization", "--source=podinfo"]),
        ("source_required", &["create", "kustomization", "my-app", "--path=./deploy", "--export"]),
        ("source_kind_unsupported", &["create", "ks", "my-app", "--source=HelmRepository/podinfo"]),
        ("source_kind_missing", &["create", "ks", "my-app", "--source=Bucket"]),
        ("source_name_missing", &["create", "ks", "my-app", "--source=GitRepository/"]),
        ("source_empty", &["create", "ks", "my-app", "--source="]),
        ("decryption_provider_unsupported", &["create", "ks", "my-app", "--source=app", "--decryption-provider=kms"]),
        ("health_check_format", &["create", "ks", "my-app", "--source=app", "--health-check=Deployment", "--export"]),
        ("health_check_kind", &["create", "ks", "my-app", "--source=app", "--health-check=Pod/web.apps", "--export"]),
        ("health_check_namespace", &["create", "ks", "my-app", "--source=app", "--health-check=Deployment/web"]),
        ("label_invalid", &["create", "ks", "my-app", "--source=app", "--label=a=b=c", "--export"]),
    ];
    for (name, args) in cases {
        assert_golden(&format!("create/kustomization/{name}"), &flux_sync(args, &[], None), &[]);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn creates_then_updates_and_waits_for_the_controller() {
    let server = TestServer::start().await;
    let client = controller::install_flux(&server, NS).await;
    let ks = controller::resource::<api::kustomize::Kustomization>();
    let _kustomize_controller = controller::play(&client, ks.clone(), NS);
    let cluster = cluster_args(&server);

    // upstream's `create_kustomization_from_git.golden`, byte for byte.
    let args = &UPSTREAM_ARGS[..UPSTREAM_ARGS.len() - 1];
    let out = flux(&with_cluster(args, &cluster), &[], None).await;
    assert_golden("create/kustomization/created", &out, &[]);

    let args = ["create", "ks", "tkfg", "--source=tkfg", "--path=./deploy/overlays/prod", "--label=env=prod"];
    let out = flux(&with_cluster(&args, &cluster), &[], None).await;
    assert_golden("create/kustomization/updated", &out, &[]);
    let stored = controller::get(&client, &ks, NS, "tkfg").await.expect("the Kustomization exists");
    assert_eq!(stored.data.pointer("/spec/path").and_then(|v| v.as_str()), Some("./deploy/overlays/prod"));
    assert_eq!(stored.data.pointer("/spec/healthChecks"), None, "the update replaces the whole spec");
    assert_eq!(stored.metadata.labels.as_ref().and_then(|l| l.get("env")).map(String::as_str), Some("prod"));
}

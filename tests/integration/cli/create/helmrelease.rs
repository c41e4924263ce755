//! `flux-rs create helmrelease`: upstream's export goldens, values files, create and update against a
//! playing controller, and the checks before any request.

use super::super::controller::{self, cluster_args, with_cluster, NS};
use super::super::support::{assert_golden, flux, flux_sync};
use crate::support::{fixture, TestServer};

/// The namespace upstream's goldens call `{{ .fluxns }}`.
const FLUXNS: &str = "create-hr-tests";

#[test]
fn export_reproduces_upstreams_goldens() {
    // `create_helmrelease_test.go`: testdata/create_hr/{basic,or_basic,hc_basic}.yaml.
    let cases: &[(&str, &[&str])] = &[
        ("basic", &["--source", "Helmrepository/podinfo", "--chart", "podinfo"]),
        ("or_basic", &["--chart-ref", "OCIRepository/podinfo"]),
        ("hc_basic", &["--chart-ref", "HelmChart/podinfo"]),
    ];
    for (golden, flags) in cases {
        let mut args = vec!["create", "helmrelease", "podinfo"];
        args.extend_from_slice(flags);
        args.extend_from_slice(&["--interval=1m0s", "--export", "-n", FLUXNS]);
        assert_golden(&format!("create/helmrelease/{golden}"), &flux_sync(&args, &[], None), &[("fluxns", FLUXNS)]);
    }
}

#[test]
fn export_merges_values_files_and_sets_every_flag() {
    let v1 = fixture("cli/create/helmrelease/values-1.yaml");
    let v2 = fixture("cli/create/helmrelease/values-2.yaml");
    let values = format!("--values={},{}", v1.display(), v2.display());
    let args = [
        "create",
        "hr",
        "podinfo",
        "--source=HelmRepository/podinfo.flux-system",
        "--chart=podinfo",
        "--chart-version=>4.0.0",
        "--chart-interval=5m",
        "--reconcile-strategy=Revision",
        "--release-name=podinfo-dev",
        "--target-namespace=dev",
        "--create-target-namespace=true",
        "--service-account=helm",
        "--depends-on=cert-manager/cert-manager,redis",
        "--crds=CreateReplace",
        "--kubeconfig-secret-ref=remote",
        values.as_str(),
        "--values-from=secret/podinfo-values,ConfigMap/podinfo-defaults",
        "--interval=10m",
        "-n",
        "apps",
        "--export",
    ];
    assert_golden("create/helmrelease/export_every_flag", &flux_sync(&args, &[], None), &[]);

    // An explicit storage namespace wins over the target namespace.
    let args = [
        "create",
        "hr",
        "podinfo",
        "--chart-ref=OCIRepository/podinfo.flux-system",
        "--target-namespace=production",
        "--storage-namespace=fluxcd-system",
        "--export",
    ];
    assert_golden("create/helmrelease/export_storage_namespace", &flux_sync(&args, &[], None), &[]);
}

#[test]
fn bad_input_is_refused_before_any_request() {
    // `create_helmrelease_test.go`'s error cases first, with their exact texts.
    let cases: &[(&str, &[&str])] = &[
        ("name_required", &["create", "helmrelease", "--export"]),
        ("chart_required", &["create", "helmrelease", "podinfo", "--export"]),
        (
            "chart_and_chart_ref",
            &["create", "hr", "podinfo", "--chart", "podinfo", "--chart-ref", "foobar/podinfo", "--export"],
        ),
        (
            "source_kind_unsupported",
            &["create", "hr", "podinfo", "--source", "foobar/podinfo", "--chart", "podinfo", "--export"],
        ),
        ("chart_ref_kind_unsupported", &["create", "hr", "podinfo", "--chart-ref", "foobar/podinfo", "--export"]),
        ("source_format", &["create", "hr", "podinfo", "--source", "podinfo", "--chart", "podinfo"]),
        ("crds_unsupported", &["create", "hr", "podinfo", "--chart", "podinfo", "--crds", "Replace"]),
        (
            "strategy_invalid",
            &["create", "hr", "podinfo", "--chart", "podinfo", "--reconcile-strategy", "Always", "--export"],
        ),
        (
            "values_from_format",
            &["create", "hr", "podinfo", "--chart", "podinfo", "--values-from", "values", "--export"],
        ),
        (
            "values_from_kind",
            &["create", "hr", "podinfo", "--chart", "podinfo", "--values-from", "Pod/values", "--export"],
        ),
        (
            "values_missing",
            &["create", "hr", "podinfo", "--chart", "podinfo", "--values", "missing-values.yaml", "--export"],
        ),
    ];
    for (name, args) in cases {
        assert_golden(&format!("create/helmrelease/{name}"), &flux_sync(args, &[], None), &[]);
    }

    // Values that are not YAML, or not a map, name their file.
    let dir = tempfile::tempdir().expect("a temporary directory");
    for (name, text) in [("values_not_yaml", "image: tag: 1\n"), ("values_not_a_map", "- 1\n- 2\n")] {
        let path = dir.path().join("values.yaml");
        std::fs::write(&path, text).expect("writing a values file");
        let path = path.to_str().expect("a UTF-8 path");
        let args = ["create", "hr", "podinfo", "--chart", "podinfo", "--values", path, "--export"];
        assert_golden(&format!("create/helmrelease/{name}"), &flux_sync(&args, &[], None), &[("file", path)]);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn creates_then_updates_and_waits_for_the_controller() {
    let server = TestServer::start().await;
    let client = controller::install_flux(&server, NS).await;
    let hr = controller::resource::<api::helm::HelmRelease>();
    let _helm_controller = controller::play(&client, hr.clone(), NS);
    let cluster = cluster_args(&server);

    // upstream's `create_helmrelease_from_git.golden`, byte for byte.
    let args = ["create", "helmrelease", "thrfg", "--source=GitRepository/thrfg", "--chart=./charts/podinfo"];
    let out = flux(&with_cluster(&args, &cluster), &[], None).await;
    assert_golden("create/helmrelease/created", &out, &[]);

    let args = ["create", "hr", "thrfg", "--chart-ref=OCIRepository/podinfo", "--target-namespace=apps"];
    let out = flux(&with_cluster(&args, &cluster), &[], None).await;
    assert_golden("create/helmrelease/updated", &out, &[]);
    let stored = controller::get(&client, &hr, NS, "thrfg").await.expect("the HelmRelease exists");
    assert_eq!(stored.data.pointer("/spec/chart"), None, "the update replaces the whole spec");
    assert_eq!(stored.data.pointer("/spec/chartRef/kind").and_then(|v| v.as_str()), Some("OCIRepository"));
    assert_eq!(stored.data.pointer("/spec/storageNamespace").and_then(|v| v.as_str()), Some("apps"));
}

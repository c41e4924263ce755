//! `flux-rs create source git|helm|oci|bucket|chart`: upstream's `--export` goldens byte for byte, the
//! checks before any request, and the apply-and-wait path against the embedded server.

use std::time::Duration;

use kube::api::{Api, ApiResource, DynamicObject, Patch, PatchParams};
use serde_json::{json, Value};

use super::super::controller::{self, cluster_args, with_cluster, NS, REVISION};
use super::super::support::{assert_golden, flux, flux_sync, Output};
use crate::support::{eventually, fixture, TestServer};

/// An upstream golden from `tests/fixtures/cli/create/source/upstream/`, kept verbatim, with its
/// `{{ .fluxns }}` rendered.
fn upstream(path: &str, fluxns: &str) -> String {
    let path = fixture(&format!("cli/create/source/upstream/{path}"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("reading {}: {e}", path.display()));
    text.replace("{{ .fluxns }}", fluxns)
}

/// Upstream's harness prints stderr and stdout into one buffer; the status line comes first.
#[track_caller]
fn assert_upstream(out: &Output, want: &str) {
    assert_eq!(out.code, 0, "stderr: {}", out.stderr);
    assert_eq!(format!("{}{}", out.stderr, out.stdout), want);
}

/// Upstream's test harness resets every flag to its zero value after the first test case, so its OCI
/// goldens have no `provider:` line. The real command (theirs and ours) writes the flag's default,
/// `provider: generic`, which sorts just before `ref:`.
fn with_default_oci_provider(golden: &str) -> String {
    golden.replacen("  ref:\n", "  provider: generic\n  ref:\n", 1)
}

#[test]
fn git_export_reproduces_upstreams_goldens() {
    let url = "--url=https://github.com/stefanprodan/podinfo";
    let cases: &[(&str, &[&str])] = &[
        (
            "git/export.golden",
            &[
                "create",
                "source",
                "git",
                "podinfo",
                url,
                "--branch=master",
                "--sparse-checkout-paths",
                ".cosign,non-existent-dir/",
                "--ignore-paths",
                ".cosign,non-existent-dir/",
                "-n",
                "default",
                "--interval",
                "1m",
                "--export",
                "--timeout=10s",
            ],
        ),
        ("git/source-git-commit.yaml", &["--commit=c88a2f41"]),
        ("git/source-git-refname.yaml", &["--ref-name=refs/heads/main"]),
        ("git/source-git-branch-commit.yaml", &["--branch=main", "--commit=c88a2f41"]),
        ("git/source-git-semver.yaml", &["--tag-semver=v1.01"]),
        ("git/source-git-tag.yaml", &["--tag=test"]),
        ("git/source-git-branch.yaml", &["--branch=test"]),
        ("git/source-git-provider-generic.yaml", &["--provider", "generic", "--branch=test"]),
        ("git/source-git-provider-github.yaml", &["--provider", "github", "--branch=test", "--secret-ref", "appinfo"]),
    ];
    for (golden, extra) in cases {
        let mut args: Vec<&str> = Vec::new();
        if extra.first() != Some(&"create") {
            args.extend(["create", "source", "git", "podinfo", "--namespace=flux-system", url]);
            args.extend(["--interval=1m0s", "--export"]);
        }
        args.extend(extra.iter());
        assert_upstream(&flux_sync(&args, &[], None), &upstream(golden, "flux-system"));
    }
    let args = [
        "create",
        "source",
        "git",
        "podinfo",
        "--namespace=flux-system",
        "--url=https://dev.azure.com/foo/bar/_git/podinfo",
        "--provider",
        "azure",
        "--branch=test",
        "--interval=1m0s",
        "--export",
    ];
    assert_upstream(&flux_sync(&args, &[], None), &upstream("git/source-git-provider-azure.yaml", "flux-system"));
}

#[test]
fn helm_export_reproduces_upstreams_goldens() {
    let ns = "flux-system-helm";
    let cases: &[(&str, &[&str])] = &[
        ("helm/oci.golden", &["--url=oci://ghcr.io/stefanprodan/charts/podinfo"]),
        ("helm/oci-with-secret.golden", &["--url=oci://ghcr.io/stefanprodan/charts/podinfo", "--secret-ref=creds"]),
        ("helm/https.golden", &["--url=https://stefanprodan.github.io/charts/podinfo"]),
    ];
    for (golden, extra) in cases {
        let mut args = vec!["create", "source", "helm", "podinfo", "--interval", "5m", "--export", "-n", ns];
        args.extend(extra.iter());
        assert_upstream(&flux_sync(&args, &[], None), &upstream(golden, ns));
    }
}

#[test]
fn oci_export_reproduces_upstreams_goldens() {
    let base =
        ["create", "source", "oci", "podinfo", "--url=oci://ghcr.io/stefanprodan/manifests/podinfo", "--tag=6.3.5"];
    let cases: &[(&str, &[&str])] = &[
        ("oci/export.golden", &["--interval", "10m"]),
        ("oci/export_with_secret.golden", &["--interval", "10m", "--secret-ref=creds"]),
        (
            "oci/export_with_verify_secret.golden",
            &["--interval", "10m", "--verify-provider=cosign", "--verify-secret-ref=cosign-pub"],
        ),
        (
            "oci/export_with_layer_selector.golden",
            &["--interval", "10m", "--layer-selector=application/vnd.cncf.helm.chart.content.v1.tar+gzip:copy"],
        ),
        // `interval: 0s` in these is the harness's zeroed default too; asking for it gives the same bytes.
        ("oci/export_with_issuer.golden", &["--interval=0s", "--verify-issuer=github", "--verify-provider=cosign"]),
        (
            "oci/export_with_subject.golden",
            &["--interval=0s", "--verify-subject=stefanprodan", "--verify-provider=cosign"],
        ),
        (
            "oci/export_with_complete_verification.golden",
            &["--interval=0s", "--verify-issuer=github", "--verify-subject=stefanprodan", "--verify-provider=cosign"],
        ),
    ];
    for (golden, extra) in cases {
        let args: Vec<&str> = base.iter().chain(extra.iter()).chain(["--export"].iter()).copied().collect();
        assert_upstream(&flux_sync(&args, &[], None), &with_default_oci_provider(&upstream(golden, "flux-system")));
    }
}

#[test]
fn chart_export_reproduces_upstreams_goldens() {
    let ns = "flux-system-chart";
    let base = ["create", "source", "chart", "podinfo", "--source", "helmrepository/podinfo", "--chart", "podinfo"];
    let cases: &[(&str, &[&str])] = &[
        ("chart/basic.yaml", &[]),
        ("chart/verify_basic.yaml", &["--verify-provider", "cosign"]),
        (
            "chart/verify_complete.yaml",
            &["--verify-provider", "cosign", "--verify-issuer", "foo", "--verify-subject", "bar"],
        ),
    ];
    for (golden, extra) in cases {
        let tail = ["--interval=0s", "--export", "-n", ns];
        let args: Vec<&str> = base.iter().chain(extra.iter()).chain(tail.iter()).copied().collect();
        assert_upstream(&flux_sync(&args, &[], None), &upstream(golden, ns));
    }
}

#[test]
fn bucket_and_the_other_flags_export_as_upstream_writes_them() {
    let args = [
        "create",
        "source",
        "bucket",
        "podinfo",
        "--bucket-name=podinfo",
        "--endpoint=minio.minio.svc:9000",
        "--insecure=true",
        "--region=us-east-1",
        "--ignore-paths=*.md,docs/",
        "--proxy-secret-ref=proxy",
        "--fetch-timeout=90s",
        "--label=team=apps",
        "--access-key=ignored-on-export",
        "--export",
    ];
    assert_golden("create/source/bucket_export", &flux_sync(&args, &[], None), &[]);
    let args = [
        "create",
        "source",
        "oci",
        "podinfo",
        "--url=oci://ghcr.io/stefanprodan/manifests/podinfo",
        "--tag-semver=6.x",
        "--digest=sha256:2b6b2d6f4f36b5d1e0c8e0e4f0a4b1bb5b4f1d8c0fbd1f8d0a2b4b6e8f0a1c3e",
        "--provider=aws",
        "--insecure",
        "--service-account=puller",
        "--cert-ref=tls",
        "--proxy-secret-ref=proxy",
        "--ignore-paths=*.md",
        "--fetch-timeout=1m",
        "--export",
    ];
    assert_golden("create/source/oci_export_all_flags", &flux_sync(&args, &[], None), &[]);
    let args = [
        "create",
        "source",
        "git",
        "podinfo",
        "--url=https://github.com/stefanprodan/podinfo",
        "--tag=6.3.5",
        "--recurse-submodules",
        "--proxy-secret-ref=proxy",
        "--fetch-timeout=2m",
        "--provider=aws",
        "--username=ignored-on-export",
        "--password=ignored-on-export",
        "--export",
    ];
    assert_golden("create/source/git_export_all_flags", &flux_sync(&args, &[], None), &[]);
    let args = [
        "create",
        "source",
        "helm",
        "podinfo",
        "--url=oci://ghcr.io/stefanprodan/charts",
        "--oci-provider=azure",
        "--secret-ref=creds",
        "--pass-credentials",
        "--export",
    ];
    assert_golden("create/source/helm_export_oci_provider", &flux_sync(&args, &[], None), &[]);
    let args = [
        "create",
        "source",
        "chart",
        "podinfo",
        "--source=GitRepository/podinfo",
        "--chart=./charts/podinfo",
        "--chart-version=6.x",
        "--reconcile-strategy=Revision",
        "--export",
    ];
    assert_golden("create/source/chart_export_from_git", &flux_sync(&args, &[], None), &[]);
}

#[test]
fn bad_input_is_refused_before_any_request() {
    // No kubeconfig at all: these must fail on the flags alone, as upstream's do.
    let podinfo = "--url=https://github.com/stefanprodan/podinfo";
    let oci = "--url=oci://ghcr.io/stefanprodan/manifests/podinfo";
    let cases: &[(&str, &[&str])] = &[
        ("git_name_required", &["create", "source", "git", podinfo]),
        ("git_name_invalid", &["create", "source", "git", "Podinfo", podinfo, "--branch=main"]),
        ("git_url_required", &["create", "source", "git", "podinfo", "--branch=main"]),
        ("git_url_scheme", &["create", "source", "git", "podinfo", "--url=git://github.com/x/y", "--branch=main"]),
        ("git_url_scp_like", &["create", "source", "git", "podinfo", "--url=git@github.com:x/y", "--branch=main"]),
        ("git_ref_required", &["create", "source", "git", "podinfo", podinfo]),
        (
            "git_ca_over_ssh",
            &[
                "create",
                "source",
                "git",
                "podinfo",
                "--url=ssh://git@github.com/x/y",
                "--branch=main",
                "--ca-file=ca.crt",
            ],
        ),
        (
            "git_ssh_without_secret",
            &["create", "source", "git", "podinfo", "--url=ssh://git@github.com/x/y", "--branch=main"],
        ),
        ("git_label_invalid", &["create", "source", "git", "podinfo", podinfo, "--branch=main", "--label=a=b=c"]),
        (
            "git_provider_invalid",
            &["create", "source", "git", "podinfo", podinfo, "--branch=main", "--provider", "dummy", "--export"],
        ),
        (
            "git_provider_empty",
            &["create", "source", "git", "podinfo", podinfo, "--branch=main", "--provider", "", "--export"],
        ),
        ("helm_url_scheme", &["create", "source", "helm", "podinfo", "--url=git://example.com/charts", "--export"]),
        ("helm_url_host", &["create", "source", "helm", "podinfo", "--url=https:///charts", "--export"]),
        ("helm_url_required", &["create", "source", "helm", "podinfo"]),
        ("oci_name_required", &["create", "source", "oci"]),
        ("oci_url_required", &["create", "source", "oci", "podinfo"]),
        ("oci_ref_required", &["create", "source", "oci", "podinfo", oci]),
        (
            "oci_verify_secret_without_provider",
            &["create", "source", "oci", "podinfo", oci, "--tag=6.3.5", "--verify-secret-ref=cosign-pub"],
        ),
        (
            "oci_verify_issuer_without_provider",
            &["create", "source", "oci", "podinfo", oci, "--tag=6.3.5", "--verify-issuer=github.com"],
        ),
        (
            "oci_verify_subject_without_provider",
            &["create", "source", "oci", "podinfo", oci, "--tag=6.3.5", "--verify-subject=developer"],
        ),
        (
            "oci_layer_selector_operation",
            &[
                "create",
                "source",
                "oci",
                "podinfo",
                oci,
                "--tag=6.3.5",
                "--layer-selector=application/vnd.cncf.helm.chart.content.v1.tar+gzip:move",
                "--export",
            ],
        ),
        (
            "oci_layer_selector_format",
            &[
                "create",
                "source",
                "oci",
                "podinfo",
                oci,
                "--tag=6.3.5",
                "--layer-selector=application/vnd.cncf.helm.chart.content.v1.tar+gzip",
                "--export",
            ],
        ),
        ("bucket_name_required", &["create", "source", "bucket", "podinfo", "--endpoint=s3.amazonaws.com"]),
        ("bucket_endpoint_required", &["create", "source", "bucket", "podinfo", "--bucket-name=podinfo"]),
        ("chart_name_required", &["create", "source", "chart", "--export"]),
        ("chart_source_required", &["create", "source", "chart", "podinfo", "--export"]),
        (
            "chart_chart_required",
            &["create", "source", "chart", "podinfo", "--source", "helmrepository/podinfo", "--export"],
        ),
        ("chart_source_kind", &["create", "source", "chart", "podinfo", "--source", "foobar/podinfo", "--export"]),
        (
            "chart_verify_provider",
            &[
                "create",
                "source",
                "chart",
                "podinfo",
                "--source",
                "helmrepository/podinfo",
                "--chart",
                "podinfo",
                "--verify-provider",
                "foobar",
                "--export",
            ],
        ),
        (
            "chart_verify_secret_without_provider",
            &[
                "create",
                "source",
                "chart",
                "podinfo",
                "--source",
                "helmrepository/podinfo",
                "--chart",
                "podinfo",
                "--verify-secret-ref",
                "cosign-pub",
                "--export",
            ],
        ),
    ];
    for (name, args) in cases {
        assert_golden(&format!("create/source/{name}"), &flux_sync(args, &[], None), &[]);
    }
}

/// Answers the first version of `name` once, with `status`, as a controller that failed or found nothing.
fn answer_once(client: &kube::Client, ar: ApiResource, name: &'static str, status: fn(i64) -> Value) {
    let api: Api<DynamicObject> = Api::namespaced_with(client.clone(), NS, &ar);
    tokio::spawn(async move {
        let generation = eventually(Duration::from_secs(30), "the object to be created", || {
            let api = api.clone();
            async move { api.get_opt(name).await.ok().flatten().and_then(|o| o.metadata.generation) }
        })
        .await;
        let patch = Patch::Merge(json!({"status": status(generation)}));
        api.patch_status(name, &PatchParams::default(), &patch).await.expect("writing the status");
    });
}

/// The stored Secret's `data` decoded to text.
async fn secret_data(client: &kube::Client, name: &str) -> (Option<String>, Vec<(String, String)>) {
    let api: Api<k8s_openapi::api::core::v1::Secret> = Api::namespaced(client.clone(), NS);
    let secret = api.get(name).await.expect("the Secret exists");
    let data = secret.data.unwrap_or_default();
    let data = data.into_iter().map(|(k, v)| (k, String::from_utf8(v.0).expect("text"))).collect();
    (secret.type_, data)
}

fn pairs(items: &[(&str, &str)]) -> Vec<(String, String)> {
    items.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn git_is_created_then_updated_and_waited_for() {
    let server = TestServer::start().await;
    let client = controller::install_flux(&server, NS).await;
    let _controller = controller::play(&client, controller::resource::<api::source::GitRepository>(), NS);
    let cluster = cluster_args(&server);
    let args =
        ["create", "source", "git", "podinfo", "--url=https://github.com/stefanprodan/podinfo", "--branch=master"];
    let out = flux(&with_cluster(&args, &cluster), &[], None).await;
    assert_golden("create/source/git_created", &out, &[("ns", NS), ("revision", REVISION)]);

    let args = [
        "create",
        "source",
        "git",
        "podinfo",
        "--url=https://github.com/stefanprodan/podinfo",
        "--tag=6.3.5",
        "--label=team=apps",
    ];
    let out = flux(&with_cluster(&args, &cluster), &[], None).await;
    assert_golden("create/source/git_updated", &out, &[("ns", NS), ("revision", REVISION)]);
    let git = controller::resource::<api::source::GitRepository>();
    let stored = controller::get(&client, &git, NS, "podinfo").await.expect("the GitRepository exists");
    assert_eq!(stored.data.pointer("/spec/ref"), Some(&json!({"tag": "6.3.5"})));
    assert_eq!(stored.metadata.labels.and_then(|l| l.get("team").cloned()).as_deref(), Some("apps"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn git_basic_auth_is_stored_in_a_secret_named_after_the_source() {
    let server = TestServer::start().await;
    let client = controller::install_flux(&server, NS).await;
    let _controller = controller::play(&client, controller::resource::<api::source::GitRepository>(), NS);
    let cluster = cluster_args(&server);
    let dir = tempfile::tempdir().expect("a temporary directory");
    let ca = dir.path().join("ca.crt");
    std::fs::write(&ca, "ca-data").expect("writing the CA");
    let ca_flag = format!("--ca-file={}", ca.display());
    let args = [
        "create",
        "source",
        "git",
        "podinfo",
        "--url=https://github.com/stefanprodan/podinfo",
        "--branch=main",
        "-u",
        "git",
        "-p",
        "s3cr3t-password",
        &ca_flag,
    ];
    let out = flux(&with_cluster(&args, &cluster), &[], None).await;
    assert_golden("create/source/git_created_with_credentials", &out, &[("ns", NS), ("revision", REVISION)]);
    assert!(!out.stderr.contains("s3cr3t"), "the password must never be printed");
    let (type_, data) = secret_data(&client, "podinfo").await;
    assert_eq!(type_.as_deref(), Some("Opaque"));
    assert_eq!(data, pairs(&[("ca.crt", "ca-data"), ("password", "s3cr3t-password"), ("username", "git")]));
    let git = controller::resource::<api::source::GitRepository>();
    let stored = controller::get(&client, &git, NS, "podinfo").await.expect("the GitRepository exists");
    assert_eq!(stored.data.pointer("/spec/secretRef/name").and_then(Value::as_str), Some("podinfo"));

    // Over plain HTTP upstream warns, credentials or not; without credentials no Secret is written.
    let args = ["create", "source", "git", "insecure", "--url=http://git.example.com/podinfo", "--branch=main"];
    let out = flux(&with_cluster(&args, &cluster), &[], None).await;
    assert_golden("create/source/git_created_over_http", &out, &[("ns", NS), ("revision", REVISION)]);
    let api: Api<k8s_openapi::api::core::v1::Secret> = Api::namespaced(client.clone(), NS);
    assert!(api.get_opt("insecure").await.expect("reading Secrets").is_none());
}

/// Over SSH without `--secret-ref`: a key pair is generated, the host key scanned from the server, the
/// deploy key printed, and — confirmed with `-s` — stored in a Secret named after the source.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn git_over_ssh_generates_a_deploy_key() {
    let server = TestServer::start().await;
    let client = controller::install_flux(&server, NS).await;
    let _controller = controller::play(&client, controller::resource::<api::source::GitRepository>(), NS);
    let cluster = cluster_args(&server);
    let root = tempfile::tempdir().expect("a temporary directory");
    let sshd = git::testing::Sshd::start(root.path());
    let port = sshd.addr().port();
    let url = format!("--url=ssh://git@127.0.0.1:{port}/org/repo");

    // No terminal to confirm on, and no -s: nothing is applied.
    let args = ["create", "source", "git", "podinfo", url.as_str(), "--branch=main"];
    let out = flux(&with_cluster(&args, &cluster), &[], None).await;
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert!(out.stderr.contains("✚ deploy key: ecdsa-sha2-nistp384 "), "{}", out.stderr);
    assert!(out.stderr.contains("aborting"), "{}", out.stderr);
    let api: Api<k8s_openapi::api::core::v1::Secret> = Api::namespaced(client.clone(), NS);
    assert!(api.get_opt("podinfo").await.expect("reading Secrets").is_none());

    let args =
        ["create", "source", "git", "podinfo", url.as_str(), "--branch=main", "-s", "--ssh-key-algorithm=ed25519"];
    let out = flux(&with_cluster(&args, &cluster), &[], None).await;
    assert_eq!(out.code, 0, "{}", out.stderr);
    let scanned = format!("✔ collected public key from SSH server:\n[127.0.0.1]:{port} ssh-ed25519 ");
    assert!(out.stderr.contains(&scanned), "{}", out.stderr);
    assert!(out.stderr.contains("✚ deploy key: ssh-ed25519 "), "{}", out.stderr);
    assert!(out.stderr.contains("► applying secret with repository credentials\n✔ authentication configured"));
    let (_, data) = secret_data(&client, "podinfo").await;
    assert_eq!(data.iter().map(|(k, _)| k.as_str()).collect::<Vec<_>>(), ["identity", "identity.pub", "known_hosts"]);
    assert!(data[0].1.starts_with("-----BEGIN OPENSSH PRIVATE KEY-----"));
    assert_eq!(data[2].1.split_whitespace().nth(2), sshd.known_hosts().split_whitespace().nth(2));
    let git = controller::resource::<api::source::GitRepository>();
    let stored = controller::get(&client, &git, NS, "podinfo").await.expect("the GitRepository exists");
    assert_eq!(stored.data.pointer("/spec/secretRef/name").and_then(Value::as_str), Some("podinfo"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn git_failures_are_reported_with_the_controllers_words() {
    let server = TestServer::start().await;
    let client = controller::install_flux(&server, NS).await;
    let cluster = cluster_args(&server);
    let git = controller::resource::<api::source::GitRepository>();
    answer_once(&client, git.clone(), "failed", |generation| {
        json!({"observedGeneration": generation, "conditions": [
            {"type": "Stalled", "status": "True", "reason": "URLInvalid", "message": "failed message",
             "observedGeneration": generation, "lastTransitionTime": "2026-01-01T00:00:00Z"},
            {"type": "Ready", "status": "False", "reason": "URLInvalid", "message": "failed message",
             "observedGeneration": generation, "lastTransitionTime": "2026-01-01T00:00:00Z"}
        ]})
    });
    let args =
        ["create", "source", "git", "failed", "--url=https://github.com/stefanprodan/podinfo", "--branch=master"];
    let out = flux(&with_cluster(&args, &cluster), &[], None).await;
    assert_golden("create/source/git_failed", &out, &[("ns", NS)]);

    answer_once(&client, git, "empty", |generation| {
        json!({"observedGeneration": generation, "conditions": [
            {"type": "Ready", "status": "True", "reason": "Succeeded", "message": "succeeded message",
             "observedGeneration": generation, "lastTransitionTime": "2026-01-01T00:00:00Z"}
        ]})
    });
    let args = ["create", "source", "git", "empty", "--url=https://github.com/stefanprodan/podinfo", "--branch=master"];
    let out = flux(&with_cluster(&args, &cluster), &[], None).await;
    assert_golden("create/source/git_no_artifact", &out, &[("ns", NS)]);

    let args = [
        "create",
        "source",
        "git",
        "podinfo",
        "--url=https://github.com/stefanprodan/podinfo",
        "--branch=master",
        "-u",
        "git",
        "-p",
        "pw",
        "--ca-file=/nonexistent/ca.crt",
    ];
    let out = flux(&with_cluster(&args, &cluster), &[], None).await;
    assert_golden("create/source/git_ca_file_missing", &out, &[("ns", NS)]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn helm_repositories_wait_by_type() {
    let server = TestServer::start().await;
    let client = controller::install_flux(&server, NS).await;
    let _controller = controller::play(&client, controller::resource::<api::source::HelmRepository>(), NS);
    let cluster = cluster_args(&server);
    let args = [
        "create",
        "source",
        "helm",
        "podinfo",
        "--url=https://stefanprodan.github.io/podinfo",
        "-u",
        "user",
        "-p",
        "s3cr3t",
        "--pass-credentials",
    ];
    let out = flux(&with_cluster(&args, &cluster), &[], None).await;
    assert_golden("create/source/helm_created", &out, &[("ns", NS), ("revision", REVISION)]);
    assert!(!out.stderr.contains("s3cr3t"), "the password must never be printed");
    let (type_, data) = secret_data(&client, "helm-podinfo").await;
    assert_eq!(type_.as_deref(), Some("kubernetes.io/basic-auth"));
    assert_eq!(data, pairs(&[("password", "s3cr3t"), ("username", "user")]));
    let helm = controller::resource::<api::source::HelmRepository>();
    let stored = controller::get(&client, &helm, NS, "podinfo").await.expect("the HelmRepository exists");
    assert_eq!(stored.data.pointer("/spec/secretRef/name").and_then(Value::as_str), Some("helm-podinfo"));
    assert_eq!(stored.data.pointer("/spec/passCredentials"), Some(&json!(true)));

    // An OCI HelmRepository is static: ready as soon as it is stored, with no artifact to report.
    let args = ["create", "source", "helm", "charts", "--url=oci://ghcr.io/stefanprodan/charts"];
    let out = flux(&with_cluster(&args, &cluster), &[], None).await;
    assert_golden("create/source/helm_oci_created", &out, &[("ns", NS)]);

    let args = ["create", "source", "helm", "charts", "--url=oci://ghcr.io/stefanprodan/charts", "--oci-provider=gcp"];
    let out = flux(&with_cluster(&args, &cluster), &[], None).await;
    assert_golden("create/source/helm_oci_updated", &out, &[("ns", NS)]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn oci_bucket_and_chart_are_created_and_waited_for() {
    let server = TestServer::start().await;
    let client = controller::install_flux(&server, NS).await;
    let _oci = controller::play(&client, controller::resource::<api::source::OCIRepository>(), NS);
    let _bucket = controller::play(&client, controller::resource::<api::source::Bucket>(), NS);
    let _chart = controller::play(&client, controller::resource::<api::source::HelmChart>(), NS);
    let cluster = cluster_args(&server);

    let args =
        ["create", "source", "oci", "podinfo", "--url=oci://ghcr.io/stefanprodan/manifests/podinfo", "--tag=6.3.5"];
    let out = flux(&with_cluster(&args, &cluster), &[], None).await;
    assert_golden("create/source/oci_created", &out, &[("ns", NS), ("revision", REVISION)]);

    let args = [
        "create",
        "source",
        "bucket",
        "podinfo",
        "--bucket-name=podinfo",
        "--endpoint=minio.minio.svc:9000",
        "--access-key=AKIA",
        "--secret-key=s3cr3t-key",
        "--label=team=apps",
    ];
    let out = flux(&with_cluster(&args, &cluster), &[], None).await;
    assert_golden("create/source/bucket_created", &out, &[("ns", NS), ("revision", REVISION)]);
    assert!(!out.stderr.contains("s3cr3t"), "the secret key must never be printed");
    let (type_, data) = secret_data(&client, "bucket-podinfo").await;
    assert_eq!(type_.as_deref(), Some("Opaque"));
    assert_eq!(data, pairs(&[("accesskey", "AKIA"), ("secretkey", "s3cr3t-key")]));
    let api: Api<k8s_openapi::api::core::v1::Secret> = Api::namespaced(client.clone(), NS);
    let secret = api.get("bucket-podinfo").await.expect("the Secret exists");
    assert_eq!(secret.metadata.labels.and_then(|l| l.get("team").cloned()).as_deref(), Some("apps"));

    let args = [
        "create",
        "source",
        "chart",
        "podinfo",
        "--source=HelmRepository/podinfo",
        "--chart=podinfo",
        "--chart-version=6.x",
    ];
    let out = flux(&with_cluster(&args, &cluster), &[], None).await;
    assert_golden("create/source/chart_created", &out, &[("ns", NS)]);
    let chart = controller::resource::<api::source::HelmChart>();
    let stored = controller::get(&client, &chart, NS, "podinfo").await.expect("the HelmChart exists");
    assert_eq!(stored.data.pointer("/spec/sourceRef"), Some(&json!({"kind": "HelmRepository", "name": "podinfo"})));
}

//! Global flags: kubeconfig selection and merging, connection overrides, namespaces, and the exit codes
//! of bad input (runtime errors exit 1 with one `✗` line, usage errors exit 2).

use super::support::{assert_golden, flux, flux_sync, kubeconfig_for};
use crate::support::{fixture, TestServer};

const VERSION: &str = env!("CARGO_PKG_VERSION");

#[test]
fn unknown_flag_is_a_usage_error() {
    let out = flux_sync(&["version", "--bogus"], &[], None);
    assert_eq!(out.code, 2, "{}", out.stderr);
    assert!(out.stderr.contains("unexpected argument '--bogus'"), "{}", out.stderr);
    assert_eq!(out.stdout, "");
    let out = flux_sync(&["-s", "https://x", "version"], &[], None);
    assert_eq!(out.code, 2, "--server has no -s: {}", out.stderr);
}

#[test]
fn invalid_namespace() {
    let out = flux_sync(&["version", "--client", "-n", "Not_Valid"], &[], None);
    assert_golden("namespace_invalid", &out, &[]);
}

#[test]
fn invalid_namespace_from_the_environment_is_ignored() {
    let out = flux_sync(&["version", "--client"], &[("FLUX_SYSTEM_NAMESPACE", "Bad!")], None);
    assert_golden("namespace_env_invalid", &out, &[("version", VERSION)]);
}

#[test]
fn missing_kubeconfig_file() {
    let out = flux_sync(&["version", "--kubeconfig", "/nonexistent/kubeconfig"], &[], None);
    assert_golden("kubeconfig_missing", &out, &[]);
}

#[test]
fn no_kubeconfig_at_all() {
    let out = flux_sync(&["version"], &[], None);
    assert_golden("kubeconfig_none", &out, &[]);
}

#[test]
fn malformed_kubeconfig() {
    let path = fixture("cli/bad-kubeconfig.yaml");
    let out = flux_sync(&["version", "--kubeconfig", path.to_str().expect("a UTF-8 path")], &[], None);
    let dir = fixture("cli");
    assert_golden("kubeconfig_malformed", &out, &[("fixtures", dir.to_str().expect("a UTF-8 path"))]);
    assert_eq!(out.stderr.lines().count(), 1, "one line: {}", out.stderr);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn unreachable_server() {
    let dir = tempfile::tempdir().expect("a temporary dir");
    let kubeconfig = kubeconfig_for(dir.path(), "https://127.0.0.1:1", None);
    let out = flux(&["version", "--kubeconfig", kubeconfig.to_str().expect("a UTF-8 path")], &[], None).await;
    assert_golden("server_unreachable", &out, &[]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn several_kubeconfig_files_first_wins() {
    let server = TestServer::start().await;
    let install = std::fs::read_to_string(fixture("cli/flux-install.yaml")).expect("reading the fixture");
    server.kubectl().run_stdin(&["apply", "-f", "-"], &install).ok();
    let dir = tempfile::tempdir().expect("a temporary dir");
    let dead = kubeconfig_for(dir.path(), "https://127.0.0.1:1", None);
    let live = server.kubeconfig();
    let join = |paths: &[&std::path::Path]| {
        std::env::join_paths(paths).expect("joinable paths").into_string().expect("UTF-8 paths")
    };

    // Missing files are skipped; the first file's current-context wins.
    let missing = std::path::Path::new("/nonexistent/kubeconfig");
    let out = flux(&["version"], &[("KUBECONFIG", &join(&[missing, &live, &dead]))], None).await;
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(out.stdout.contains("source-controller: v1.9.4"), "{}", out.stdout);

    let out = flux(&["version"], &[("KUBECONFIG", &join(&[&dead, &live]))], None).await;
    assert_golden("server_unreachable", &out, &[]);

    // Entries from later files are still there to pick.
    let args = ["version", "--context", apiserver::CONTEXT];
    let out = flux(&args, &[("KUBECONFIG", &join(&[&dead, &live]))], None).await;
    assert_eq!(out.code, 0, "{}", out.stderr);

    // --kubeconfig takes precedence over KUBECONFIG.
    let args = ["version", "--kubeconfig", live.to_str().expect("a UTF-8 path")];
    let out = flux(&args, &[("KUBECONFIG", &join(&[&dead]))], None).await;
    assert_eq!(out.code, 0, "{}", out.stderr);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn connection_overrides() {
    let server = TestServer::start().await;
    let live = server.kubeconfig();
    let kc = live.to_str().expect("a UTF-8 path");

    let out = flux(&["version", "--kubeconfig", kc, "--server", "https://127.0.0.1:1"], &[], None).await;
    assert_golden("server_unreachable", &out, &[]);

    let out = flux(&["version", "--kubeconfig", kc, "--token", "wrong"], &[], None).await;
    assert_eq!(out.code, 1);
    assert_eq!(out.stderr.lines().count(), 1, "{}", out.stderr);
    assert!(out.stderr.starts_with("✗ "), "{}", out.stderr);

    // Without the kubeconfig's CA the server's certificate is rejected, unless told to skip the check.
    let url = format!("https://{}", server.address());
    let out = flux(&["check", "--pre", "--server", &url, "--token", "x"], &[], None).await;
    assert_eq!(out.code, 1, "{}", out.stderr);
    let out =
        flux(&["check", "--pre", "--server", &url, "--token", "x", "--insecure-skip-tls-verify"], &[], None).await;
    assert_eq!(out.code, 0, "/version needs no credentials: {}", out.stderr);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn namespace_follows_the_kube_context_when_asked() {
    let server = TestServer::start().await;
    let install = std::fs::read_to_string(fixture("cli/flux-install.yaml")).expect("reading the fixture");
    server.kubectl().run_stdin(&["apply", "-f", "-"], &install).ok();
    let dir = tempfile::tempdir().expect("a temporary dir");
    let kubeconfig = dir.path().join("kubeconfig");
    let text = std::fs::read_to_string(server.kubeconfig()).expect("reading the kubeconfig");
    let with_ns = text.replacen("    cluster: ", "    namespace: apps\n    cluster: ", 1);
    std::fs::write(&kubeconfig, with_ns).expect("writing the kubeconfig");
    let kc = kubeconfig.to_str().expect("a UTF-8 path");

    let out = flux(&["version", "--kubeconfig", kc], &[], None).await;
    assert_eq!(out.code, 0, "flux-system by default: {}", out.stderr);
    let out = flux(&["version", "--kubeconfig", kc, "--ns-follows-kube-context"], &[], None).await;
    assert_golden("namespace_follows_context", &out, &[]);
    let out = flux(&["version", "--kubeconfig", kc], &[("FLUX_NS_FOLLOWS_KUBE_CONTEXT", "yes")], None).await;
    assert_golden("namespace_follows_context", &out, &[]);
    let out = flux(&["version", "--kubeconfig", kc, "--ns-follows-kube-context", "-n", "flux-system"], &[], None).await;
    assert_eq!(out.code, 0, "-n wins: {}", out.stderr);
    let out = flux(&["version", "--kubeconfig", kc], &[("FLUX_SYSTEM_NAMESPACE", "other")], None).await;
    assert_golden("namespace_from_env", &out, &[]);
}

#[test]
fn every_command_documents_itself_with_an_example() {
    for command in ["version", "check", "envsubst", "completion", "run"] {
        let out = flux_sync(&[command, "--help"], &[], None);
        assert_eq!(out.code, 0, "{command} --help: {}", out.stderr);
        assert!(out.stdout.contains("flux-rs "), "{command} --help has no example:\n{}", out.stdout);
        assert!(out.stdout.contains("--kubeconfig"), "{command} --help lists the global flags");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn kube_api_qps_spaces_requests() {
    let server = TestServer::start().await;
    let install = std::fs::read_to_string(fixture("cli/flux-install.yaml")).expect("reading the fixture");
    server.kubectl().run_stdin(&["apply", "-f", "-"], &install).ok();
    let kubeconfig = server.kubeconfig();
    let kc = kubeconfig.to_str().expect("a UTF-8 path");
    // `version` sends two requests (the CRD, the Deployments); with one token and two per second
    // the second waits half a second.
    let started = std::time::Instant::now();
    let out = flux(&["version", "--kubeconfig", kc, "--kube-api-qps", "2", "--kube-api-burst", "1"], &[], None).await;
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(started.elapsed() >= std::time::Duration::from_millis(450), "not throttled: {:?}", started.elapsed());

    let out = flux(&["version", "--kubeconfig", kc, "--kube-api-qps", "5", "--kube-api-burst", "-1"], &[], None).await;
    assert_golden("kube_api_burst_invalid", &out, &[]);
}

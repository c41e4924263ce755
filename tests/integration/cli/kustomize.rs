//! `flux-rs kustomize build`: the engine behind the command line, against kustomize itself for
//! remote bases served by a real Git server.

use std::path::Path;
use std::process::Command;

use git::testing::{GitHttpServer, TestRepo};

use super::support::flux_sync;
use crate::support::fixture;

fn oracle(dir: &Path) -> (bool, String, String) {
    let dispatcher = std::fs::canonicalize("/usr/bin/kubectl").expect("kubectl (the kustomize oracle) is installed");
    let binary = dispatcher.with_file_name("kubectl.1.33");
    let out = Command::new(&binary)
        .arg("kustomize")
        .arg(dir)
        .env("KUBECONFIG", "/dev/null")
        .output()
        .expect("running the oracle");
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn builds_a_fixture_to_stdout_a_file_and_a_directory() {
    let case = fixture("kustomize/overlay-namespace-prefix-labels/base");
    let case = case.to_str().unwrap();
    let out = flux_sync(&["kustomize", "build", case], &[], None);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let (ok, want, _) = oracle(Path::new(case));
    assert!(ok);
    assert_eq!(out.stdout, want);
    assert!(out.stderr.starts_with("# Warning: 'commonLabels' is deprecated."), "{}", out.stderr);

    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("all.yaml");
    let out = flux_sync(&["kustomize", "build", case, "-o", file.to_str().unwrap()], &[], None);
    assert_eq!((out.code, out.stdout.as_str()), (0, ""), "{}", out.stderr);
    assert_eq!(std::fs::read_to_string(&file).unwrap(), want);

    let split = dir.path().join("split");
    std::fs::create_dir(&split).unwrap();
    let out = flux_sync(&["kustomize", "build", case, "-o", split.to_str().unwrap()], &[], None);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let mut names: Vec<String> =
        std::fs::read_dir(&split).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    names.sort();
    assert_eq!(names, ["apps_v1_deployment_base-podinfo.yaml", "v1_service_base-podinfo.yaml"]);
}

#[test]
fn a_broken_kustomization_exits_1_with_one_line_naming_the_file() {
    let case = fixture("kustomize/error-missing-resource");
    let out = flux_sync(&["kustomize", "build", case.to_str().unwrap()], &[], None);
    assert_eq!(out.code, 1);
    assert_eq!(out.stdout, "");
    assert_eq!(out.stderr.lines().count(), 1, "{}", out.stderr);
    assert!(
        out.stderr.contains("'nope.yaml' in ") && out.stderr.contains("kustomization.yaml: no such file or directory"),
        "{}",
        out.stderr
    );
    let out = flux_sync(&["kustomize", "build", "--load-restrictor", "Everything"], &[], None);
    assert_eq!(out.code, 2, "a bad flag value is a usage error: {}", out.stderr);
}

#[test]
fn remote_bases_from_a_git_server_build_as_kustomize_builds_them() {
    let root = git::testing::tempdir();
    let repo = TestRepo::init(root.path(), "platform.git");
    let base = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  tier: ";
    repo.commit(
        "main",
        &[
            ("base/kustomization.yaml", "resources:\n- cm.yaml\nnamePrefix: base-\n"),
            ("base/cm.yaml", &format!("{base}gold\n")),
            ("README.md", "platform"),
        ],
        "v1 of the base",
    );
    repo.git(&["tag", "v1", "main"]);
    repo.commit("main", &[("base/cm.yaml", &format!("{base}silver\n"))], "v2 of the base");
    let server = GitHttpServer::start(root.path());
    let url = server.url("platform.git");

    let overlay = tempfile::tempdir().unwrap();
    for (reference, tier) in [("", "silver"), ("?ref=v1", "gold"), ("?ref=main", "silver")] {
        std::fs::write(
            overlay.path().join("kustomization.yaml"),
            format!("namespace: apps\nresources:\n- {url}//base{reference}\n"),
        )
        .unwrap();
        let out = flux_sync(&["kustomize", "build", overlay.path().to_str().unwrap()], &[], None);
        assert_eq!(out.code, 0, "{reference}: {}", out.stderr);
        let (ok, want, err) = oracle(overlay.path());
        assert!(ok, "the oracle builds it: {err}");
        assert_eq!(out.stdout, want, "{reference}");
        assert!(
            out.stdout.contains(&format!("tier: {tier}")) && out.stdout.contains("name: base-settings"),
            "{}",
            out.stdout
        );
    }

    // A base that leaves the repository is refused by both.
    std::fs::write(overlay.path().join("kustomization.yaml"), format!("resources:\n- {url}//../outside\n")).unwrap();
    let out = flux_sync(&["kustomize", "build", overlay.path().to_str().unwrap()], &[], None);
    assert_eq!(out.code, 1, "{}", out.stdout);
    assert!(!oracle(overlay.path()).0);

    // An unknown reference names itself.
    std::fs::write(overlay.path().join("kustomization.yaml"), format!("resources:\n- {url}//base?ref=v9\n")).unwrap();
    let out = flux_sync(&["kustomize", "build", overlay.path().to_str().unwrap()], &[], None);
    assert_eq!(out.code, 1);
    assert!(out.stderr.contains("reference 'v9' not found"), "{}", out.stderr);
    assert!(!oracle(overlay.path()).0);
}

/// Python's `http.server` on a random loopback port, killed on drop.
struct StaticServer {
    child: std::process::Child,
    port: u16,
}

impl StaticServer {
    fn start(dir: &Path) -> StaticServer {
        use std::io::BufRead;
        let mut child = Command::new("python3")
            .args(["-u", "-m", "http.server", "--bind", "127.0.0.1", "0"])
            .current_dir(dir)
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::null())
            .spawn()
            .expect("python3 serves static files");
        let mut line = String::new();
        std::io::BufReader::new(child.stdout.take().unwrap()).read_line(&mut line).unwrap();
        // "Serving HTTP on 127.0.0.1 port 41234 (http://127.0.0.1:41234/) ..."
        let port = line.split(" port ").nth(1).and_then(|r| r.split_whitespace().next()).and_then(|p| p.parse().ok());
        StaticServer { child, port: port.unwrap_or_else(|| panic!("no port in {line:?}")) }
    }
}

impl Drop for StaticServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[test]
fn remote_files_over_http() {
    let files = tempfile::tempdir().unwrap();
    std::fs::write(files.path().join("cm.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: remote\n")
        .unwrap();
    let server = StaticServer::start(files.path());
    let overlay = tempfile::tempdir().unwrap();
    let kustomization = |file: &str| {
        let text = format!("namePrefix: x-\nresources:\n- http://127.0.0.1:{}/{file}\n", server.port);
        std::fs::write(overlay.path().join("kustomization.yaml"), text).unwrap();
    };
    kustomization("cm.yaml");
    let out = flux_sync(&["kustomize", "build", overlay.path().to_str().unwrap()], &[], None);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(out.stdout, oracle(overlay.path()).1);
    assert!(out.stdout.contains("name: x-remote"));

    kustomization("missing.yaml");
    let out = flux_sync(&["kustomize", "build", overlay.path().to_str().unwrap()], &[], None);
    assert_eq!(out.code, 1);
    assert!(out.stderr.contains("missing.yaml': HTTP status code 404"), "{}", out.stderr);
    assert!(!oracle(overlay.path()).0);
}

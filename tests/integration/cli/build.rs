//! `flux-rs build kustomization`: a Kustomization read from the embedded API server (its
//! `substituteFrom` ConfigMaps and Secrets too) or from a file with `--dry-run`, built from
//! `tests/fixtures/cli/build/repo` — which must come out of every run unmodified.

use super::get::flux_cluster;
use super::support::{assert_golden, flux_sync, Output};
use crate::support::fixture;

fn dir(path: &str) -> String {
    fixture("cli/build").join(path).to_str().expect("a UTF-8 path").to_string()
}

/// The fixture paths in the output, as `{{ .fixtures }}` in the goldens.
fn vars() -> Vec<(&'static str, String)> {
    vec![("fixtures", dir(""))]
}

fn golden(name: &str, out: &Output) {
    let vars = vars();
    let vars: Vec<(&str, &str)> = vars.iter().map(|(k, v)| (*k, v.as_str())).collect();
    assert_golden(&format!("build/{name}"), out, &vars);
}

/// The repository is read, never written: no kustomization.yaml appears, none is rewritten.
fn assert_untouched() {
    assert!(!fixture("cli/build/repo/app/kustomization.yaml").exists(), "the build wrote into the directory");
    assert!(!fixture("cli/build/repo/child/kustomization.yaml").exists(), "the build wrote into the directory");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn live_kustomization_with_variables_from_the_cluster() {
    let c = flux_cluster(&[]).await;
    let objects = std::fs::read_to_string(fixture("cli/build/cluster.yaml")).expect("the cluster fixture");
    c.server.kubectl().run_stdin(&["apply", "-f", "-"], &objects).ok();
    let app = dir("repo/app");

    // The ConfigMap's and the Secret's variables, the inline one overriding them, the optional
    // ConfigMap that does not exist skipped; images, targetNamespace, commonMetadata, owner labels;
    // the SOPS Secret masked; the substitute: disabled ConfigMap left alone.
    let out = c.flux(&["build", "kustomization", "app", "--path", &app]).await;
    golden("live", &out);
    assert!(out.stdout.contains("value: from-the-secret\n") && out.stdout.contains("replicas: 3\n"), "{}", out.stdout);

    // --kustomization-file wins over the cluster's spec (the cluster object must still exist).
    let local = dir("local.yaml");
    let out = c.flux(&["build", "ks", "app", "--path", &app, "--kustomization-file", &local]).await;
    golden("live_with_file", &out);

    // --recursive: the child Kustomization is not in the cluster, so the rendered one is built from
    // its local source.
    let sources = format!("GitRepository/flux-system/repo={}", dir("repo"));
    let out = c.flux(&["build", "ks", "app", "--path", &app, "-r", "--local-sources", &sources]).await;
    golden("live_recursive", &out);
    let out = c
        .flux(&["build", "ks", "app", "--path", &app, "--recursive", "--local-sources", "GitRepository/x/y=/tmp"])
        .await;
    golden("recursive_source_missing", &out);

    // Strict mode fails on the variable the file leaves unset; the error names the object and the
    // variable, never a value.
    let strict = tempfile::tempdir().expect("a temporary directory");
    let strict_file = strict.path().join("strict.yaml");
    let text = std::fs::read_to_string(&local).expect("the local file").replace("      cluster_region: local\n", "");
    std::fs::write(&strict_file, text).expect("writing the file");
    let file = strict_file.to_str().expect("a UTF-8 path");
    let out =
        c.flux(&["build", "ks", "app", "--path", &app, "--kustomization-file", file, "--strict-substitute"]).await;
    assert_eq!(out.code, 1, "{out:?}");
    assert_eq!(
        out.stderr,
        "✗ var substitution failed for 'local-web': envsubst error: variable substitution failed: variable not set (strict mode): \"cluster_region\"\n"
    );
    assert_eq!(out.stdout, "");
    // Without strict mode (flux build's default) the unset variable is empty.
    let out = c.flux(&["build", "ks", "app", "--path", &app, "--kustomization-file", file]).await;
    assert_eq!(out.code, 0, "{out:?}");
    assert!(out.stdout.contains("- name: REGION\n          value: null\n"), "{}", out.stdout);

    // A non-optional substituteFrom that does not exist.
    let out = c.flux(&["build", "ks", "broken-vars", "--path", &app]).await;
    golden("substitute_from_missing", &out);
    // No such Kustomization.
    let out = c.flux(&["build", "ks", "nope", "--path", &app]).await;
    golden("not_found", &out);
    // Without --dry-run the file's Kustomization must exist in the cluster too, as upstream's.
    let out = c.flux(&["build", "ks", "app", "--path", &app, "--kustomization-file", &local, "-n", "apps"]).await;
    golden("file_not_in_cluster", &out);
    assert_untouched();
}

#[test]
fn dry_run_reads_nothing_from_the_cluster() {
    // No kubeconfig at all: any request would fail.
    let app = dir("repo/app");
    let local = dir("local.yaml");
    let out =
        flux_sync(&["build", "ks", "app", "--path", &app, "--kustomization-file", &local, "--dry-run"], &[], None);
    golden("dry_run", &out);

    let sources = format!("GitRepository/flux-system/repo={}", dir("repo"));
    let out = flux_sync(
        &[
            "build",
            "ks",
            "app",
            "--path",
            &app,
            "--kustomization-file",
            &local,
            "--dry-run",
            "-r",
            "--local-sources",
            &sources,
        ],
        &[],
        None,
    );
    golden("dry_run_recursive", &out);

    // --ignore-paths: gitignore patterns relative to --path.
    let out = flux_sync(
        &[
            "build",
            "ks",
            "app",
            "--path",
            &app,
            "--kustomization-file",
            &local,
            "--dry-run",
            "--ignore-paths",
            "config/,apps.yaml",
        ],
        &[],
        None,
    );
    golden("dry_run_ignore_paths", &out);
    assert_untouched();
}

#[test]
fn recursive_builds_end_when_kustomizations_deploy_each_other() {
    let tmp = tempfile::tempdir().expect("a temporary directory");
    let ks = |name: &str, path: &str| {
        format!(
            "apiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\nmetadata:\n  name: {name}\n  namespace: flux-system\n\
             spec:\n  interval: 1m\n  path: {path}\n  prune: true\n  sourceRef:\n    kind: GitRepository\n    name: repo\n"
        )
    };
    for (file, text) in [("a/b.yaml", ks("b", "./b")), ("b/a.yaml", ks("a", "./a")), ("a.yaml", ks("a", "./a"))] {
        let path = tmp.path().join(file);
        std::fs::create_dir_all(path.parent().expect("a parent")).expect("a directory");
        std::fs::write(path, text).expect("writing a fixture");
    }
    let root = tmp.path().to_str().expect("a UTF-8 path");
    let sources = format!("GitRepository/flux-system/repo={root}");
    let (path, file) = (format!("{root}/a"), format!("{root}/a.yaml"));
    let out = flux_sync(
        &[
            "build",
            "ks",
            "a",
            "--path",
            &path,
            "--kustomization-file",
            &file,
            "--dry-run",
            "-r",
            "--local-sources",
            &sources,
        ],
        &[],
        None,
    );
    assert_eq!(out.code, 0, "{out:?}");
    // a's output (b), then b's (a, which is not built again).
    assert_eq!(out.stdout.matches("kind: Kustomization\n").count(), 2, "{}", out.stdout);
    assert!(out.stdout.find("  name: b\n") < out.stdout.find("  name: a\n"), "{}", out.stdout);
}

#[test]
fn flags_and_arguments_are_checked_first() {
    let app = dir("repo/app");
    let local = dir("local.yaml");
    let cases: &[(&str, Vec<&str>)] = &[
        ("name_required", vec!["build", "kustomization"]),
        ("path_required", vec!["build", "kustomization", "app"]),
        ("path_not_a_directory", vec!["build", "kustomization", "app", "--path", &local]),
        ("dry_run_requires_file", vec!["build", "kustomization", "app", "--path", &app, "--dry-run"]),
        ("file_missing", vec!["build", "ks", "app", "--path", &app, "--kustomization-file", "/nonexistent.yaml"]),
        ("file_without_it", vec!["build", "ks", "other", "--path", &app, "--kustomization-file", &local, "--dry-run"]),
        ("local_sources_malformed", vec!["build", "ks", "app", "--path", &app, "--local-sources", "GitRepository/x"]),
    ];
    for (name, args) in cases {
        let out = flux_sync(args, &[], None);
        golden(name, &out);
    }
}

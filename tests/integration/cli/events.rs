//! `flux-rs events`: the events of Flux objects, created through the core/v1 Events API, with ages fixed
//! by `FLUX_RS_NOW`.

use super::support::{assert_golden, flux};
use super::trace::{unreachable, Cluster};

const NOW: (&str, &str) = ("FLUX_RS_NOW", "2024-01-01T12:00:00Z");

async fn cluster() -> Cluster {
    let c = Cluster::start().await;
    c.load("events/objects.yaml", &[]).await;
    c
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn tables() {
    let c = cluster().await;
    let cases: &[(&str, &[&str])] = &[
        ("flux_system", &["events"]),
        ("apps", &["events", "-n", "apps"]),
        ("all_namespaces", &["events", "-A"]),
        ("types_warning", &["events", "-A", "--types", "warning"]),
        ("types_both", &["events", "-n", "apps", "--types", "Normal,WARNING"]),
        ("for_kind", &["events", "--for", "kustomization", "-A"]),
        ("for_kind_slash", &["events", "--for", "HelmChart/"]),
    ];
    for (name, args) in cases {
        let out = c.flux_env(args, &[NOW]).await;
        assert_golden(&format!("events/{name}"), &out, &[]);
    }
}

/// `--for Kind/name` adds the events of what the object references.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn for_an_object() {
    let c = cluster().await;
    let cases: &[(&str, &[&str])] = &[
        // The source is in another namespace: the NAMESPACE column appears.
        ("for_kustomization", &["events", "--for", "Kustomization/podinfo", "-n", "apps"]),
        ("for_kustomization_same_ns", &["events", "--for", "Kustomization/flux-system"]),
        // The chart's source and the HelmChart helm-controller made for the release.
        ("for_helmrelease", &["events", "--for", "helmrelease/podinfo", "-n", "apps"]),
        ("for_alert", &["events", "--for", "Alert/webapp"]),
        ("for_imagepolicy", &["events", "--for", "ImagePolicy/podinfo", "-n", "apps"]),
        ("for_helmchart", &["events", "--for", "HelmChart/apps-podinfo"]),
        ("for_provider", &["events", "--for", "Provider/slack", "--types", "Warning"]),
        ("for_all_namespaces", &["events", "--for", "Kustomization/podinfo", "-n", "apps", "-A"]),
    ];
    for (name, args) in cases {
        let out = c.flux_env(args, &[NOW]).await;
        assert_golden(&format!("events/{name}"), &out, &[]);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_input_and_nothing_found() {
    let c = cluster().await;
    let cases: &[(&str, &[&str])] = &[
        ("for_not_found", &["events", "--for", "Kustomization/nope", "-n", "apps"]),
        ("for_not_a_flux_kind", &["events", "--for", "Deployment/podinfo"]),
        ("for_bad_selector", &["events", "--for", "/"]),
        ("bad_type", &["events", "--types", "Normal,Info"]),
        ("none_in_namespace", &["events", "-n", "empty"]),
        ("none_for_object", &["events", "--for", "GitRepository/nope"]),
        ("unknown_flag", &["events", "--since", "1h"]),
    ];
    for (name, args) in cases {
        let out = c.flux_env(args, &[NOW]).await;
        assert_golden(&format!("events/{name}"), &out, &[]);
    }
    let out = c.flux_env(&["events", "-A", "--types", "Warning", "-n", "empty"], &[NOW]).await;
    assert_eq!(out.code, 0);
    assert!(out.stdout.contains("Kustomization/podinfo"), "-A looks everywhere: {out:?}");
}

/// `-w` prints the existing events as the watch reports them, one table row each, and ends quietly when
/// `--timeout` runs out.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn watch_until_the_timeout() {
    let c = cluster().await;
    let out = c.flux_env(&["events", "-w", "-n", "apps", "--timeout", "2s"], &[NOW]).await;
    assert_golden("events/watch", &out, &[]);
    let out =
        c.flux_env(&["events", "-w", "--for", "Kustomization/podinfo", "-n", "apps", "--timeout", "2s"], &[NOW]).await;
    assert_eq!(out.code, 0, "{out:?}");
    let rows: Vec<&str> = out.stdout.lines().collect();
    assert_eq!(rows.len(), 3, "a header and the events of the Kustomization and its source: {out:?}");
    assert!(rows[0].starts_with("NAMESPACE"), "{out:?}");
    assert!(rows.iter().any(|r| r.contains("GitRepository/flux-system")), "{out:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn unreachable_cluster() {
    let out = unreachable(&["events"]).await;
    assert_golden("events/unreachable", &out, &[]);
    let out = flux(&["events", "--types", "Info"], &[], None).await;
    assert_eq!(out.code, 1, "bad types are refused before connecting: {out:?}");
}

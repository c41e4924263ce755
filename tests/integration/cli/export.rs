//! `flux-rs export`: every kind as upstream's `printExport` writes it, `--all`, and `--with-credentials`.

use super::get::flux_cluster;
use super::support::assert_golden;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_kind() {
    let c = flux_cluster(&["git.yaml", "objects.yaml", "secrets.yaml"]).await;
    let cases: &[(&str, &[&str])] = &[
        ("source_git", &["export", "source", "git", "podinfo"]),
        ("source_git_all", &["export", "source", "git", "--all"]),
        ("source_oci", &["export", "source", "oci", "manifests"]),
        ("source_helm_all", &["export", "source", "helm", "--all"]),
        ("source_chart", &["export", "source", "chart", "flux-system-podinfo"]),
        ("source_bucket", &["export", "source", "bucket", "minio"]),
        ("source_external_none", &["export", "source", "external", "--all"]),
        ("ks", &["export", "ks", "flux-system"]),
        ("ks_all", &["export", "kustomization", "--all"]),
        ("ks_other_namespace", &["export", "ks", "frontend", "-n", "apps"]),
        ("hr_all", &["export", "hr", "--all"]),
        ("alert", &["export", "alert", "on-call"]),
        ("alert_provider", &["export", "alert-provider", "slack"]),
        ("receiver", &["export", "receiver", "github"]),
        ("image_repository", &["export", "image", "repository", "podinfo"]),
        ("image_policy", &["export", "image", "policy", "podinfo"]),
        ("image_update", &["export", "image", "update", "podinfo"]),
        ("name_required", &["export", "ks"]),
        ("not_found", &["export", "source", "git", "nope"]),
    ];
    for (name, args) in cases {
        let out = c.flux(args).await;
        assert_golden(&format!("export/{name}"), &out, &[]);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn with_credentials() {
    let c = flux_cluster(&["git.yaml", "objects.yaml", "secrets.yaml"]).await;
    let out = c.flux(&["export", "source", "git", "podinfo", "--with-credentials"]).await;
    assert_golden("export/git_with_credentials", &out, &[]);
    let out = c.flux(&["export", "source", "bucket", "minio", "--with-credentials"]).await;
    assert_golden("export/bucket_with_credentials", &out, &[]);
    // A source without a secretRef exports alone.
    let out = c.flux(&["export", "source", "git", "podinfo-shard1", "--with-credentials"]).await;
    assert_golden("export/git_without_secret_ref", &out, &[]);
    // As upstream, --all stops after the first source that names a Secret and prints that Secret.
    let out = c.flux(&["export", "source", "git", "--all", "--with-credentials"]).await;
    assert_golden("export/git_all_with_credentials", &out, &[]);
    // The named Secret is gone: the source is printed, then the failure.
    c.server.kubectl().run(&["delete", "secret", "flux-system", "-n", "flux-system"]).ok();
    let out = c.flux(&["export", "source", "git", "podinfo", "--with-credentials"]).await;
    assert_golden("export/git_secret_missing", &out, &[]);
}

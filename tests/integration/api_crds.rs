//! The generated Flux CRDs against the embedded API server: they establish, upstream's documented examples
//! apply with kubectl's strict field validation, `kubectl explain` reads them, and invalid objects are
//! refused with kube-apiserver's wording, including the CEL rules upstream declares.

use std::path::PathBuf;

use crate::support::{fixture, Kubectl, TestServer};

const KINDS: [&str; 14] = [
    "gitrepository",
    "ocirepository",
    "helmrepository",
    "helmchart",
    "bucket",
    "externalartifact",
    "kustomization",
    "helmrelease",
    "alert",
    "provider",
    "receiver",
    "imagerepository",
    "imagepolicy",
    "imageupdateautomation",
];

/// The checked-in CRDs (`crates/api/crds/*.json`, equal to `api::crds()` by the api crate's own test).
fn crd_files() -> Vec<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("crates/api/crds");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    files
}

async fn server_with_flux_crds() -> (TestServer, Kubectl) {
    let server = TestServer::start().await;
    let k = server.kubectl();
    let files = crd_files();
    assert_eq!(files.len(), KINDS.len());
    let mut names = Vec::new();
    for file in &files {
        let applied = k.run(&["apply", "--server-side", "-f", file.to_str().unwrap()]).ok();
        let name = file.file_stem().unwrap().to_string_lossy().into_owned();
        assert!(applied
            .stdout
            .contains(&format!("customresourcedefinition.apiextensions.k8s.io/{name} serverside-applied")));
        assert!(applied.stderr.is_empty(), "{name}: {}", applied.stderr);
        names.push(format!("crd/{name}"));
    }
    let mut wait = vec!["wait", "--for=condition=Established", "--timeout=30s"];
    wait.extend(names.iter().map(String::as_str));
    k.run(&wait).ok();
    k.run(&["create", "namespace", "flux-system"]).ok();
    (server, k)
}

fn example(kind: &str) -> String {
    std::fs::read_to_string(fixture(&format!("flux/{kind}.yaml"))).unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn upstream_examples_apply_with_strict_validation() {
    let (_server, k) = server_with_flux_crds().await;
    for kind in KINDS {
        let path = fixture(&format!("flux/{kind}.yaml"));
        // kubectl's default is --validate=strict: an unknown field would fail the apply.
        let out = k.run(&["apply", "-f", path.to_str().unwrap()]).ok();
        assert!(out.stdout.contains(" created"), "{kind}: {}", out.stdout);
        assert!(out.stderr.is_empty(), "{kind}: no warnings expected: {}", out.stderr);
    }

    // Schema defaults are applied on create, status included.
    let ks = k.run(&["get", "kustomization", "podinfo", "-n", "flux-system", "-o", "json"]).ok().json();
    assert_eq!(ks["spec"]["force"], false);
    assert_eq!(ks["status"]["observedGeneration"], -1);
    let repo = k.run(&["get", "gitrepo", "podinfo", "-n", "flux-system", "-o", "json"]).ok().json();
    assert_eq!(repo["spec"]["timeout"], "60s");
    let hr = k.run(&["get", "hr", "podinfo", "-n", "flux-system", "-o", "json"]).ok().json();
    assert_eq!(hr["spec"]["chart"]["spec"]["reconcileStrategy"], "ChartVersion");
    assert_eq!(hr["spec"]["values"]["replicaCount"], 2, "values are kept as they are");
    let iua = k.run(&["get", "imageupdateautomation", "podinfo-update", "-n", "flux-system", "-o", "json"]).ok().json();
    assert_eq!(iua["spec"]["sourceRef"]["kind"], "GitRepository");
    let policy = k.run(&["get", "imagepolicy", "podinfo", "-n", "flux-system", "-o", "json"]).ok().json();
    assert_eq!(policy["spec"]["digestReflectionPolicy"], "Never");

    // Short names, categories and printer columns.
    let table = k.run(&["get", "gitrepo", "-n", "flux-system"]).ok().stdout;
    let header: Vec<&str> = table.lines().next().unwrap().split_whitespace().collect();
    assert_eq!(header, ["NAME", "URL", "AGE", "READY", "STATUS"], "{table}");
    assert!(table.contains("https://github.com/stefanprodan/podinfo"), "{table}");
    let table = k.run(&["get", "ks", "-n", "flux-system"]).ok().stdout;
    let header: Vec<&str> = table.lines().next().unwrap().split_whitespace().collect();
    assert_eq!(header, ["NAME", "AGE", "READY", "STATUS"], "{table}");
    let table = k.run(&["get", "hc", "-n", "flux-system"]).ok().stdout;
    assert!(table.lines().next().unwrap().contains("SOURCE KIND"), "{table}");
    let all = k.run(&["get", "fluxcd", "-n", "flux-system", "-o", "name"]).ok().stdout;
    for name in [
        "gitrepository.source.toolkit.fluxcd.io/podinfo",
        "kustomization.kustomize.toolkit.fluxcd.io/podinfo",
        "helmrelease.helm.toolkit.fluxcd.io/podinfo",
        "alert.notification.toolkit.fluxcd.io/slack",
        "imagepolicy.image.toolkit.fluxcd.io/podinfo",
    ] {
        assert!(all.contains(name), "category fluxcd lists {name}: {all}");
    }

    // kubectl explain reads the published schema.
    let explain = k.run(&["explain", "kustomization.spec.prune"]).ok().stdout;
    assert!(explain.contains("KIND:       Kustomization"), "{explain}");
    assert!(explain.contains("VERSION:    v1"), "{explain}");
    assert!(explain.contains("FIELD: prune <boolean>"), "{explain}");
    assert!(explain.contains("no longer in the build"), "{explain}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn invalid_objects_are_refused_with_kube_apiserver_wording() {
    let (_server, k) = server_with_flux_crds().await;
    let ks = example("kustomization");

    let bad_interval = ks
        .replace("name: podinfo\n  namespace", "name: bad-interval\n  namespace")
        .replace("interval: 10m", "interval: 10 minutes");
    let refused = k.run_stdin(&["apply", "-f", "-"], &bad_interval).fails();
    assert!(
        refused.contains(
            "The Kustomization \"bad-interval\" is invalid: spec.interval: Invalid value: \"10 minutes\": \
             spec.interval in body should match '^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$'"
        ),
        "{refused}"
    );

    let no_prune =
        ks.replace("name: podinfo\n  namespace", "name: no-prune\n  namespace").replace("  prune: true\n", "");
    let refused = k.run_stdin(&["apply", "-f", "-"], &no_prune).fails();
    // A missing required field blocks the CEL rules, and kube-apiserver says so.
    assert!(
        refused.contains(
            "The Kustomization \"no-prune\" is invalid: \n\
             * spec.prune: Required value\n\
             * <nil>: Invalid value: \"null\": some validation rules were not checked because the object was \
             invalid; correct the existing errors to complete validation"
        ),
        "{refused}"
    );

    let bad_kind = ks
        .replace("name: podinfo\n  namespace", "name: bad-kind\n  namespace")
        .replace("kind: GitRepository", "kind: HelmRepository");
    let refused = k.run_stdin(&["apply", "-f", "-"], &bad_kind).fails();
    assert!(
        refused.contains(
            "spec.sourceRef.kind: Unsupported value: \"HelmRepository\": supported values: \
             \"OCIRepository\", \"GitRepository\", \"Bucket\", \"ExternalArtifact\""
        ),
        "{refused}"
    );

    // Strict field validation reports fields the schema does not know.
    let unknown = ks
        .replace("name: podinfo\n  namespace", "name: unknown\n  namespace")
        .replace("prune: true", "prune: true\n  prunne: true");
    let refused = k.run_stdin(&["apply", "-f", "-"], &unknown).fails();
    assert!(refused.contains("unknown field \"spec.prunne\""), "{refused}");

    for name in ["bad-interval", "no-prune", "bad-kind", "unknown"] {
        assert_ne!(k.run(&["get", "ks", name, "-n", "flux-system"]).code, 0, "{name} is not stored");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn cel_rules_behave_as_upstream() {
    let (_server, k) = server_with_flux_crds().await;

    // HelmRelease: exactly one of chart and chartRef.
    let hr = example("helmrelease");
    let both = hr
        .replace("name: podinfo\n  namespace", "name: both\n  namespace")
        .replace("  chart:\n", "  chartRef:\n    kind: OCIRepository\n    name: podinfo\n  chart:\n");
    let refused = k.run_stdin(&["apply", "-f", "-"], &both).fails();
    assert!(
        refused.contains(
            "The HelmRelease \"both\" is invalid: spec: Invalid value: \"object\": either chart or chartRef must be set"
        ),
        "{refused}"
    );
    let neither = "apiVersion: helm.toolkit.fluxcd.io/v2\nkind: HelmRelease\nmetadata:\n  name: neither\n  \
                   namespace: flux-system\nspec:\n  interval: 10m\n";
    let refused = k.run_stdin(&["apply", "-f", "-"], neither).fails();
    assert!(refused.contains("either chart or chartRef must be set"), "{refused}");
    let chart_ref = "apiVersion: helm.toolkit.fluxcd.io/v2\nkind: HelmRelease\nmetadata:\n  name: by-ref\n  \
                     namespace: flux-system\nspec:\n  interval: 10m\n  chartRef:\n    kind: OCIRepository\n    \
                     name: podinfo\n";
    k.run_stdin(&["apply", "-f", "-"], chart_ref).ok();

    // HelmRelease: retryInterval only with RetryOnFailure.
    let retry = chart_ref.replace("by-ref", "retry").replace(
        "  interval: 10m\n",
        "  interval: 10m\n  install:\n    strategy:\n      name: RemediateOnFailure\n      retryInterval: 1m\n",
    );
    let refused = k.run_stdin(&["apply", "-f", "-"], &retry).fails();
    assert!(
        refused.contains(
            "spec.install.strategy: Invalid value: \"object\": .retryInterval cannot be set when .name is \
             'RemediateOnFailure'"
        ),
        "{refused}"
    );

    // Bucket: STS only for aws and generic, with the matching STS provider.
    let bucket = example("bucket");
    let gcp_sts = bucket.replace("name: minio-bucket\n", "name: gcp-sts\n").replace(
        "  endpoint: minio.example.com\n",
        "  endpoint: storage.googleapis.com\n  provider: gcp\n  sts:\n    provider: ldap\n    endpoint: https://sts.example.com\n",
    );
    let refused = k.run_stdin(&["apply", "-f", "-"], &gcp_sts).fails();
    assert!(
        refused.contains(
            "The Bucket \"gcp-sts\" is invalid: spec: Invalid value: \"object\": STS configuration is only \
             supported for the 'aws' and 'generic' Bucket providers"
        ),
        "{refused}"
    );
    let generic_aws_sts = bucket.replace("name: minio-bucket\n", "name: generic-aws-sts\n").replace(
        "  endpoint: minio.example.com\n",
        "  endpoint: minio.example.com\n  sts:\n    provider: aws\n    endpoint: https://sts.amazonaws.com\n",
    );
    let refused = k.run_stdin(&["apply", "-f", "-"], &generic_aws_sts).fails();
    assert!(
        refused.contains("'ldap' is the only supported STS provider for the 'generic' Bucket provider"),
        "{refused}"
    );
    let generic_ldap = bucket.replace("name: minio-bucket\n", "name: generic-ldap\n").replace(
        "  endpoint: minio.example.com\n",
        "  endpoint: minio.example.com\n  sts:\n    provider: ldap\n    endpoint: https://sts.example.com\n",
    );
    k.run_stdin(&["apply", "-f", "-"], &generic_ldap).ok();
    let aws_sts_secret = bucket.replace("name: minio-bucket\n", "name: aws-sts-secret\n").replace(
        "  endpoint: minio.example.com\n",
        "  endpoint: s3.amazonaws.com\n  provider: aws\n  sts:\n    provider: aws\n    endpoint: \
         https://sts.amazonaws.com\n    secretRef:\n      name: sts-creds\n",
    );
    let refused = k.run_stdin(&["apply", "-f", "-"], &aws_sts_secret).fails();
    assert!(refused.contains("spec.sts.secretRef is not required for the 'aws' STS provider"), "{refused}");
    let both_credentials = bucket.replace("name: minio-bucket\n", "name: both-credentials\n").replace(
        "  endpoint: minio.example.com\n",
        "  endpoint: s3.amazonaws.com\n  provider: aws\n  serviceAccountName: bucket-reader\n",
    );
    let refused = k.run_stdin(&["apply", "-f", "-"], &both_credentials).fails();
    assert!(refused.contains("cannot set both .spec.secretRef and .spec.serviceAccountName"), "{refused}");
    // The provider default (generic) takes part in the rules.
    let generic_sa = bucket
        .replace("name: minio-bucket\n", "name: generic-sa\n")
        .replace("  secretRef:\n    name: minio-bucket-secret\n", "  serviceAccountName: bucket-reader\n");
    let refused = k.run_stdin(&["apply", "-f", "-"], &generic_sa).fails();
    assert!(refused.contains("ServiceAccountName is not supported for the 'generic' Bucket provider"), "{refused}");

    // Receiver: generic-oidc needs oidcProviders and no secretRef.
    let receiver = example("receiver");
    let oidc = receiver.replace("name: github-receiver", "name: oidc").replace("type: github", "type: generic-oidc");
    let refused = k.run_stdin(&["apply", "-f", "-"], &oidc).fails();
    assert!(refused.contains("generic-oidc receivers must define at least one oidcProvider"), "{refused}");
    assert!(refused.contains("secretRef cannot be set when type is generic-oidc"), "{refused}");

    for (kind, name) in [
        ("hr", "both"),
        ("hr", "neither"),
        ("hr", "retry"),
        ("bucket", "gcp-sts"),
        ("bucket", "generic-aws-sts"),
        ("bucket", "aws-sts-secret"),
        ("bucket", "both-credentials"),
        ("bucket", "generic-sa"),
        ("receiver", "oidc"),
    ] {
        assert_ne!(k.run(&["get", kind, name, "-n", "flux-system"]).code, 0, "{kind}/{name} is not stored");
    }
    k.run(&["get", "hr", "by-ref", "-n", "flux-system"]).ok();
    k.run(&["get", "bucket", "generic-ldap", "-n", "flux-system"]).ok();
}

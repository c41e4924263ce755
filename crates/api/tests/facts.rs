//! Facts of upstream Flux v2.9's CRDs (names, scope, versions, printer columns, key fields), written down
//! from the API reference (`docs/spec/*`) and `config/crd/bases/*.yaml` of each controller, and checked
//! against the CRDs generated from our types.

use k8s_openapi::apiextensions_apiserver::pkg::apis::apiextensions::v1::CustomResourceDefinition;
use serde_json::Value;

const INTERVAL: &str = r#""^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$""#;
const TIMEOUT: &str = r#""^([0-9]+(\\.[0-9]+)?(ms|s|m))+$""#;
const READY: (&str, &str, &str) = ("Ready", "string", r#".status.conditions[?(@.type=="Ready")].status"#);
const STATUS: (&str, &str, &str) = ("Status", "string", r#".status.conditions[?(@.type=="Ready")].message"#);
const AGE: (&str, &str, &str) = ("Age", "date", ".metadata.creationTimestamp");

struct Kind {
    kind: &'static str,
    group: &'static str,
    version: &'static str,
    plural: &'static str,
    short_names: &'static [&'static str],
    categories: &'static [&'static str],
    status_subresource: bool,
    columns: &'static [(&'static str, &'static str, &'static str)],
    /// (schema path, schema keyword, expected JSON); `[]` steps into array items, `{}` into map values.
    fields: &'static [(&'static str, &'static str, &'static str)],
}

const SOURCES: &[&str] = &["all", "fluxcd", "fluxcd-sources"];
const APPLIERS: &[&str] = &["all", "fluxcd", "fluxcd-appliers"];
const NOTIFICATIONS: &[&str] = &["all", "fluxcd", "fluxcd-notifications"];
const IMAGES: &[&str] = &["all", "fluxcd", "fluxcd-images"];

const KINDS: &[Kind] = &[
    Kind {
        kind: "GitRepository",
        group: "source.toolkit.fluxcd.io",
        version: "v1",
        plural: "gitrepositories",
        short_names: &["gitrepo"],
        categories: SOURCES,
        status_subresource: true,
        columns: &[("URL", "string", ".spec.url"), AGE, READY, STATUS],
        fields: &[
            ("spec", "required", r#"["interval", "url"]"#),
            ("spec.url", "pattern", r#""^(http|https|ssh)://.*$""#),
            ("spec.interval", "pattern", INTERVAL),
            ("spec.timeout", "default", r#""60s""#),
            ("spec.timeout", "pattern", TIMEOUT),
            ("spec.provider", "enum", r#"["generic", "aws", "azure", "github"]"#),
            ("spec.ref.branch", "type", r#""string""#),
            ("spec.verify.mode", "default", r#""HEAD""#),
            ("spec.verify.mode", "enum", r#"["head", "HEAD", "Tag", "TagAndHEAD"]"#),
            ("spec.verify", "required", r#"["secretRef"]"#),
            ("spec.include[]", "required", r#"["repository"]"#),
            ("spec.recurseSubmodules", "type", r#""boolean""#),
            ("status", "default", r#"{"observedGeneration": -1}"#),
            ("status.artifact", "required", r#"["digest", "lastUpdateTime", "path", "revision", "url"]"#),
            ("status.artifact.digest", "pattern", r#""^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$""#),
            ("status.artifact.size", "format", r#""int64""#),
            ("status.conditions[].status", "enum", r#"["True", "False", "Unknown"]"#),
            ("status.conditions[].reason", "maxLength", "1024"),
            ("status.observedGeneration", "format", r#""int64""#),
        ],
    },
    Kind {
        kind: "OCIRepository",
        group: "source.toolkit.fluxcd.io",
        version: "v1",
        plural: "ocirepositories",
        short_names: &["ocirepo"],
        categories: SOURCES,
        status_subresource: true,
        columns: &[("URL", "string", ".spec.url"), READY, STATUS, AGE],
        fields: &[
            ("spec", "required", r#"["interval", "url"]"#),
            ("spec.url", "pattern", r#""^oci://.*$""#),
            ("spec.provider", "default", r#""generic""#),
            ("spec.provider", "enum", r#"["generic", "aws", "azure", "gcp"]"#),
            ("spec.layerSelector.operation", "enum", r#"["extract", "copy"]"#),
            ("spec.verify.provider", "default", r#""cosign""#),
            ("spec.verify.provider", "enum", r#"["cosign", "notation"]"#),
            ("spec.verify.matchOIDCIdentity[]", "required", r#"["issuer", "subject"]"#),
            ("spec.timeout", "default", r#""60s""#),
            ("spec.ref.semverFilter", "type", r#""string""#),
            ("status.observedLayerSelector.mediaType", "type", r#""string""#),
        ],
    },
    Kind {
        kind: "HelmRepository",
        group: "source.toolkit.fluxcd.io",
        version: "v1",
        plural: "helmrepositories",
        short_names: &["helmrepo"],
        categories: SOURCES,
        status_subresource: true,
        columns: &[("URL", "string", ".spec.url"), AGE, READY, STATUS],
        fields: &[
            ("spec", "required", r#"["url"]"#),
            ("spec.url", "pattern", r#""^(http|https|oci)://.*$""#),
            ("spec.type", "enum", r#"["default", "oci"]"#),
            ("spec.provider", "default", r#""generic""#),
            ("spec.interval", "pattern", INTERVAL),
            ("spec.timeout", "pattern", TIMEOUT),
            ("spec.accessFrom", "required", r#"["namespaceSelectors"]"#),
            ("spec.passCredentials", "type", r#""boolean""#),
        ],
    },
    Kind {
        kind: "HelmChart",
        group: "source.toolkit.fluxcd.io",
        version: "v1",
        plural: "helmcharts",
        short_names: &["hc"],
        categories: SOURCES,
        status_subresource: true,
        columns: &[
            ("Chart", "string", ".spec.chart"),
            ("Version", "string", ".spec.version"),
            ("Source Kind", "string", ".spec.sourceRef.kind"),
            ("Source Name", "string", ".spec.sourceRef.name"),
            AGE,
            READY,
            STATUS,
        ],
        fields: &[
            ("spec", "required", r#"["chart", "interval", "sourceRef"]"#),
            ("spec.version", "default", r#""*""#),
            ("spec.sourceRef.kind", "enum", r#"["HelmRepository", "GitRepository", "Bucket"]"#),
            ("spec.reconcileStrategy", "default", r#""ChartVersion""#),
            ("spec.reconcileStrategy", "enum", r#"["ChartVersion", "Revision"]"#),
            ("spec.valuesFiles[]", "type", r#""string""#),
            ("status.observedSourceArtifactRevision", "type", r#""string""#),
        ],
    },
    Kind {
        kind: "Bucket",
        group: "source.toolkit.fluxcd.io",
        version: "v1",
        plural: "buckets",
        short_names: &[],
        categories: SOURCES,
        status_subresource: true,
        columns: &[("Endpoint", "string", ".spec.endpoint"), AGE, READY, STATUS],
        fields: &[
            ("spec", "required", r#"["bucketName", "endpoint", "interval"]"#),
            ("spec.provider", "default", r#""generic""#),
            ("spec.provider", "enum", r#"["generic", "aws", "gcp", "azure"]"#),
            ("spec.sts", "required", r#"["endpoint", "provider"]"#),
            ("spec.sts.provider", "enum", r#"["aws", "ldap"]"#),
            ("spec.sts.endpoint", "pattern", r#""^(http|https)://.*$""#),
            ("spec.timeout", "default", r#""60s""#),
            ("spec.prefix", "type", r#""string""#),
        ],
    },
    Kind {
        kind: "ExternalArtifact",
        group: "source.toolkit.fluxcd.io",
        version: "v1",
        plural: "externalartifacts",
        short_names: &["ea"],
        categories: SOURCES,
        status_subresource: true,
        columns: &[AGE, READY, STATUS, ("Source", "string", ".spec.sourceRef.name")],
        fields: &[
            ("spec.sourceRef", "required", r#"["kind", "name"]"#),
            ("spec.sourceRef.apiVersion", "type", r#""string""#),
            ("spec.sourceRef.namespace", "type", r#""string""#),
            ("status.artifact", "required", r#"["digest", "lastUpdateTime", "path", "revision", "url"]"#),
            ("status.artifact.lastUpdateTime", "format", r#""date-time""#),
            ("status.conditions", "type", r#""array""#),
        ],
    },
    Kind {
        kind: "Kustomization",
        group: "kustomize.toolkit.fluxcd.io",
        version: "v1",
        plural: "kustomizations",
        short_names: &["ks"],
        categories: APPLIERS,
        status_subresource: true,
        columns: &[AGE, READY, STATUS],
        fields: &[
            ("spec", "required", r#"["interval", "prune", "sourceRef"]"#),
            ("spec.prune", "type", r#""boolean""#),
            ("spec.force", "default", "false"),
            ("spec.interval", "pattern", INTERVAL),
            ("spec.timeout", "pattern", INTERVAL),
            ("spec.retryInterval", "pattern", INTERVAL),
            ("spec.sourceRef.kind", "enum", r#"["OCIRepository", "GitRepository", "Bucket", "ExternalArtifact"]"#),
            ("spec.deletionPolicy", "enum", r#"["MirrorPrune", "Delete", "WaitForTermination", "Orphan"]"#),
            ("spec.targetNamespace", "maxLength", "63"),
            ("spec.namePrefix", "maxLength", "200"),
            ("spec.postBuild.substituteFrom[].kind", "enum", r#"["Secret", "ConfigMap"]"#),
            ("spec.postBuild.substituteFrom[].optional", "default", "false"),
            ("spec.postBuild.substituteStrategy", "enum", r#"["WithVariables", "Always"]"#),
            ("spec.decryption.provider", "enum", r#"["sops"]"#),
            ("spec.buildMetadata[]", "enum", r#"["originAnnotations", "transformerAnnotations"]"#),
            ("spec.healthCheckExprs[]", "required", r#"["apiVersion", "current"]"#),
            ("spec.kubeConfig.secretRef", "required", r#"["name"]"#),
            ("status.inventory.entries[]", "required", r#"["id", "v"]"#),
            ("status.history[].totalReconciliations", "format", r#""int64""#),
            ("status.lastAppliedRevision", "type", r#""string""#),
        ],
    },
    Kind {
        kind: "HelmRelease",
        group: "helm.toolkit.fluxcd.io",
        version: "v2",
        plural: "helmreleases",
        short_names: &["hr"],
        categories: APPLIERS,
        status_subresource: true,
        columns: &[AGE, READY, STATUS],
        fields: &[
            ("spec", "required", r#"["interval"]"#),
            ("spec.chart", "required", r#"["spec"]"#),
            ("spec.chart.spec", "required", r#"["chart", "sourceRef"]"#),
            ("spec.chart.spec.version", "default", r#""*""#),
            ("spec.chart.spec.chart", "maxLength", "2048"),
            ("spec.chartRef.kind", "enum", r#"["OCIRepository", "HelmChart", "ExternalArtifact"]"#),
            ("spec.releaseName", "maxLength", "53"),
            ("spec.maxHistory", "type", r#""integer""#),
            ("spec.values", "x-kubernetes-preserve-unknown-fields", "true"),
            ("spec.valuesFrom[].kind", "enum", r#"["Secret", "ConfigMap"]"#),
            ("spec.valuesFrom[].valuesKey", "pattern", r#""^[\\-._a-zA-Z0-9]+$""#),
            ("spec.install.crds", "enum", r#"["Skip", "Create", "CreateReplace"]"#),
            ("spec.install.strategy.name", "enum", r#"["RemediateOnFailure", "RetryOnFailure"]"#),
            ("spec.upgrade.remediation.strategy", "enum", r#"["rollback", "uninstall"]"#),
            ("spec.upgrade.serverSideApply", "enum", r#"["enabled", "disabled", "auto"]"#),
            ("spec.uninstall.deletionPropagation", "default", r#""background""#),
            ("spec.driftDetection.mode", "enum", r#"["enabled", "warn", "disabled"]"#),
            ("spec.postRenderStrategy", "enum", r#"["nohooks", "combined", "separate"]"#),
            ("status.lastAttemptedReleaseAction", "enum", r#"["install", "upgrade"]"#),
            (
                "status.history[]",
                "required",
                r#"["chartName", "chartVersion", "configDigest", "digest", "firstDeployed", "lastDeployed", "name", "namespace", "status", "version"]"#,
            ),
        ],
    },
    Kind {
        kind: "Alert",
        group: "notification.toolkit.fluxcd.io",
        version: "v1beta3",
        plural: "alerts",
        short_names: &[],
        categories: NOTIFICATIONS,
        status_subresource: false,
        columns: &[AGE],
        fields: &[
            ("spec", "required", r#"["eventSources", "providerRef"]"#),
            ("spec.eventSeverity", "default", r#""info""#),
            ("spec.eventSeverity", "enum", r#"["info", "error"]"#),
            ("spec.eventSources[]", "required", r#"["kind", "name"]"#),
            ("spec.eventSources[].name", "maxLength", "253"),
            ("spec.summary", "maxLength", "255"),
            ("spec.inclusionList[]", "type", r#""string""#),
        ],
    },
    Kind {
        kind: "Provider",
        group: "notification.toolkit.fluxcd.io",
        version: "v1beta3",
        plural: "providers",
        short_names: &[],
        categories: NOTIFICATIONS,
        status_subresource: false,
        columns: &[AGE],
        fields: &[
            ("spec", "required", r#"["type"]"#),
            ("spec.address", "maxLength", "2048"),
            ("spec.channel", "maxLength", "2048"),
            ("spec.proxy", "pattern", r#""^(http|https)://.*$""#),
            ("spec.timeout", "pattern", TIMEOUT),
            ("spec.commitStatusExpr", "type", r#""string""#),
        ],
    },
    Kind {
        kind: "Receiver",
        group: "notification.toolkit.fluxcd.io",
        version: "v1",
        plural: "receivers",
        short_names: &[],
        categories: NOTIFICATIONS,
        status_subresource: true,
        columns: &[AGE, READY, STATUS],
        fields: &[
            ("spec", "required", r#"["resources", "type"]"#),
            ("spec.interval", "default", r#""10m""#),
            (
                "spec.type",
                "enum",
                r#"["generic", "generic-hmac", "generic-oidc", "github", "gitlab", "bitbucket", "harbor", "dockerhub", "quay", "gcr", "nexus", "acr", "cdevents"]"#,
            ),
            ("spec.resources[]", "required", r#"["kind", "name"]"#),
            ("spec.oidcProviders", "x-kubernetes-list-type", r#""map""#),
            ("spec.oidcProviders[].validations", "minItems", "1"),
            ("status.webhookPath", "type", r#""string""#),
        ],
    },
    Kind {
        kind: "ImageRepository",
        group: "image.toolkit.fluxcd.io",
        version: "v1",
        plural: "imagerepositories",
        short_names: &["imgrepo", "imagerepo"],
        categories: IMAGES,
        status_subresource: true,
        columns: &[
            ("Image", "string", ".spec.image"),
            ("Tags", "string", ".status.lastScanResult.tagCount"),
            READY,
            STATUS,
            ("Last scan", "string", ".status.lastScanResult.scanTime"),
            AGE,
        ],
        fields: &[
            ("spec", "required", r#"["image", "interval"]"#),
            ("spec.exclusionList", "default", r#"["^.*\\.sig$"]"#),
            ("spec.exclusionList", "maxItems", "25"),
            ("spec.provider", "default", r#""generic""#),
            ("spec.serviceAccountName", "maxLength", "253"),
            ("status.lastScanResult", "required", r#"["tagCount"]"#),
            ("status.lastScanResult.scanTime", "format", r#""date-time""#),
        ],
    },
    Kind {
        kind: "ImagePolicy",
        group: "image.toolkit.fluxcd.io",
        version: "v1",
        plural: "imagepolicies",
        short_names: &["imgpol", "imagepol"],
        categories: IMAGES,
        status_subresource: true,
        columns: &[
            ("Image", "string", ".status.latestRef.name"),
            ("Tag", "string", ".status.latestRef.tag"),
            READY,
            STATUS,
            AGE,
        ],
        fields: &[
            ("spec", "required", r#"["imageRepositoryRef", "policy"]"#),
            ("spec.digestReflectionPolicy", "default", r#""Never""#),
            ("spec.digestReflectionPolicy", "enum", r#"["Always", "IfNotPresent", "Never"]"#),
            ("spec.policy.alphabetical.order", "default", r#""asc""#),
            ("spec.policy.numerical.order", "enum", r#"["asc", "desc"]"#),
            ("spec.policy.semver", "required", r#"["range"]"#),
            ("status.latestRef", "required", r#"["name", "tag"]"#),
        ],
    },
    Kind {
        kind: "ImageUpdateAutomation",
        group: "image.toolkit.fluxcd.io",
        version: "v1",
        plural: "imageupdateautomations",
        short_names: &["iua", "imgupd", "imgauto"],
        categories: IMAGES,
        status_subresource: true,
        columns: &[READY, STATUS, ("Last run", "string", ".status.lastAutomationRunTime"), AGE],
        fields: &[
            ("spec", "required", r#"["interval", "sourceRef"]"#),
            ("spec.sourceRef.kind", "default", r#""GitRepository""#),
            ("spec.sourceRef.kind", "enum", r#"["GitRepository"]"#),
            ("spec.update", "default", r#"{"strategy": "Setters"}"#),
            ("spec.git", "required", r#"["commit"]"#),
            ("spec.git.commit.author", "required", r#"["email"]"#),
            ("spec.git.commit.signingKey.type", "enum", r#"["gpg", "ssh"]"#),
            ("spec.policySelector", "x-kubernetes-map-type", r#""atomic""#),
            ("status.observedPolicies{}", "required", r#"["name", "tag"]"#),
        ],
    },
];

fn crd_of(kind: &Kind) -> CustomResourceDefinition {
    let name = format!("{}.{}", kind.plural, kind.group);
    api::crds().into_iter().find(|c| c.metadata.name.as_deref() == Some(name.as_str())).unwrap_or_else(|| {
        panic!("no CRD {name}");
    })
}

/// The schema at `path` (`spec.a[].b{}`), from the root of the version's openAPIV3Schema.
fn schema_at<'a>(root: &'a Value, path: &str) -> &'a Value {
    let mut node = root;
    for segment in path.split('.') {
        let (name, mut suffix) = segment.split_at(segment.find(['[', '{']).unwrap_or(segment.len()));
        node = &node["properties"][name];
        assert!(!node.is_null(), "no field {name} in {path}");
        while !suffix.is_empty() {
            if let Some(rest) = suffix.strip_prefix("[]") {
                node = &node["items"];
                suffix = rest;
            } else if let Some(rest) = suffix.strip_prefix("{}") {
                node = &node["additionalProperties"];
                suffix = rest;
            } else {
                panic!("bad path {path}");
            }
        }
    }
    node
}

#[test]
fn there_are_fourteen_flux_kinds() {
    assert_eq!(api::crds().len(), KINDS.len());
}

#[test]
fn names_scope_versions_and_columns_match_upstream() {
    for kind in KINDS {
        let crd = crd_of(kind);
        let names = &crd.spec.names;
        assert_eq!(crd.spec.group, kind.group);
        assert_eq!(names.kind, kind.kind);
        assert_eq!(names.plural, kind.plural);
        assert_eq!(names.singular.as_deref(), Some(kind.kind.to_lowercase().as_str()));
        assert_eq!(names.list_kind.as_deref(), Some(format!("{}List", kind.kind).as_str()));
        assert_eq!(names.short_names.clone().unwrap_or_default(), kind.short_names, "{}", kind.kind);
        assert_eq!(names.categories.clone().unwrap_or_default(), kind.categories, "{}", kind.kind);
        assert_eq!(crd.spec.scope, "Namespaced");
        assert_eq!(crd.spec.versions.len(), 1, "{}: upstream serves one version", kind.kind);
        let version = &crd.spec.versions[0];
        assert_eq!(version.name, kind.version);
        assert!(version.served && version.storage);
        let has_status = version.subresources.as_ref().is_some_and(|s| s.status.is_some());
        assert_eq!(has_status, kind.status_subresource, "{}", kind.kind);
        let columns: Vec<(String, String, String)> = version
            .additional_printer_columns
            .clone()
            .unwrap_or_default()
            .into_iter()
            .map(|c| (c.name, c.type_, c.json_path))
            .collect();
        let expected: Vec<(String, String, String)> =
            kind.columns.iter().map(|(n, t, p)| (n.to_string(), t.to_string(), p.to_string())).collect();
        assert_eq!(columns, expected, "{}", kind.kind);
        let labels = crd.metadata.labels.clone().unwrap_or_default();
        assert_eq!(labels.get("app.kubernetes.io/part-of").map(String::as_str), Some("flux"));
        assert_eq!(labels.get("app.kubernetes.io/instance").map(String::as_str), Some("flux-system"));
        assert!(labels.get("app.kubernetes.io/component").is_some_and(|c| c.ends_with("-controller")));
    }
}

#[test]
fn key_fields_match_upstream() {
    let mut failures = Vec::new();
    for kind in KINDS {
        assert!(kind.fields.len() >= 5, "{}: at least five field facts", kind.kind);
        let crd = crd_of(kind);
        let schema = serde_json::to_value(&crd.spec.versions[0].schema.as_ref().unwrap().open_api_v3_schema).unwrap();
        for (path, keyword, expected) in kind.fields {
            let expected: Value = serde_json::from_str(expected).unwrap();
            let mut actual = schema_at(&schema, path)[*keyword].clone();
            if *keyword == "required" {
                // An unordered set in the API.
                if let Value::Array(items) = &mut actual {
                    items.sort_by_key(|v| v.to_string());
                }
            }
            let mut expected = expected;
            if *keyword == "required" {
                if let Value::Array(items) = &mut expected {
                    items.sort_by_key(|v| v.to_string());
                }
            }
            if actual != expected {
                failures.push(format!("{} {path} {keyword}: expected {expected}, generated {actual}", kind.kind));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn cel_rules_match_upstream() {
    let rules = |plural: &str, path: &str| -> Vec<String> {
        let crd = api::crds().into_iter().find(|c| c.spec.names.plural == plural).unwrap();
        let schema = serde_json::to_value(&crd.spec.versions[0].schema.as_ref().unwrap().open_api_v3_schema).unwrap();
        schema_at(&schema, path)["x-kubernetes-validations"]
            .as_array()
            .unwrap_or_else(|| panic!("{plural} {path} has no rules"))
            .iter()
            .map(|r| r["rule"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(
        rules("helmreleases", "spec"),
        ["(has(self.chart) && !has(self.chartRef)) || (!has(self.chart) && has(self.chartRef))"]
    );
    assert_eq!(
        rules("helmreleases", "spec.install.strategy"),
        ["!has(self.retryInterval) || self.name != 'RemediateOnFailure'"]
    );
    assert_eq!(rules("helmreleases", "spec.kubeConfig").len(), 2);
    assert_eq!(rules("buckets", "spec").len(), 7);
    assert!(rules("buckets", "spec").contains(&"!has(self.secretRef) || !has(self.serviceAccountName)".to_string()));
    assert_eq!(rules("helmcharts", "spec"), ["!has(self.verify) || self.sourceRef.kind == 'HelmRepository'"]);
    assert_eq!(rules("receivers", "spec").len(), 4);
    assert_eq!(rules("imagepolicies", "spec").len(), 2);
    assert_eq!(rules("kustomizations", "spec.kubeConfig").len(), 2);
    assert!(rules("gitrepositories", "spec")[0].starts_with("!has(self.serviceAccountName)"));
    assert!(rules("providers", "spec")[0].ends_with("|| !has(self.commitStatusExpr)"));
}

#[test]
fn schemas_have_no_nullable_and_keep_kubernetes_root_fields() {
    for crd in api::crds() {
        let text = serde_json::to_string(&crd).unwrap();
        assert!(!text.contains("\"nullable\""), "{:?}", crd.metadata.name);
        let schema = serde_json::to_value(&crd.spec.versions[0].schema.as_ref().unwrap().open_api_v3_schema).unwrap();
        for field in ["apiVersion", "kind", "metadata", "spec"] {
            assert!(!schema["properties"][field].is_null(), "{:?} lacks {field}", crd.metadata.name);
        }
        assert!(schema.get("required").is_none(), "spec is optional at the root");
    }
}

//! Types and vocabulary shared by every Flux API group (upstream's `github.com/fluxcd/pkg/apis/meta`):
//! condition types and reasons, object references, the reconcile-request annotations and their handshake.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

pub use k8s_openapi::apimachinery::pkg::apis::meta::v1::Condition;

/// The Go duration pattern upstream puts on every `interval`-like field (hours allowed).
pub const INTERVAL_PATTERN: &str = r"^([0-9]+(\.[0-9]+)?(ms|s|m|h))+$";
/// The Go duration pattern upstream puts on most `timeout` fields (no hours).
pub const TIMEOUT_PATTERN: &str = r"^([0-9]+(\.[0-9]+)?(ms|s|m))+$";

/// The finalizer every Flux controller puts on the objects it reconciles.
pub const FINALIZER: &str = "finalizers.fluxcd.io";

/// Condition types common to all Flux kinds.
pub mod condition {
    /// The object is reconciled and its last reconciliation succeeded.
    pub const READY: &str = "Ready";
    /// A reconciliation is in progress; present only while True ("abnormal-true").
    pub const RECONCILING: &str = "Reconciling";
    /// The reconciliation cannot progress without a change to the object ("abnormal-true").
    pub const STALLED: &str = "Stalled";
    /// The health checks of an applier passed.
    pub const HEALTHY: &str = "Healthy";

    /// Source kinds: the artifact for the current revision is in storage.
    pub const ARTIFACT_IN_STORAGE: &str = "ArtifactInStorage";
    /// Source kinds: the stored artifact is older than the upstream revision.
    pub const ARTIFACT_OUTDATED: &str = "ArtifactOutdated";
    /// Source kinds: fetching from upstream failed.
    pub const FETCH_FAILED: &str = "FetchFailed";
    /// Source kinds: the signature of the upstream content was verified (bi-polar).
    pub const SOURCE_VERIFIED: &str = "SourceVerified";
    /// GitRepository: an included repository has no artifact yet.
    pub const INCLUDE_UNAVAILABLE: &str = "IncludeUnavailable";
    /// Source kinds: an operation on the artifact storage failed.
    pub const STORAGE_OPERATION_FAILED: &str = "StorageOperationFailed";
    /// HelmChart: the chart could not be built.
    pub const BUILD_FAILED: &str = "BuildFailed";

    /// HelmRelease: the release was installed or upgraded.
    pub const RELEASED: &str = "Released";
    /// HelmRelease: the release tests passed.
    pub const TEST_SUCCESS: &str = "TestSuccess";
    /// HelmRelease: the release was rolled back or uninstalled after a failure.
    pub const REMEDIATED: &str = "Remediated";
    /// HelmRelease: the cluster state drifted from the release manifest.
    pub const DRIFTED: &str = "Drifted";
}

/// Condition reasons common to all Flux kinds, with upstream's exact strings.
pub mod reason {
    pub const SUCCEEDED: &str = "Succeeded";
    pub const FAILED: &str = "Failed";
    pub const PROGRESSING: &str = "Progressing";
    pub const PROGRESSING_WITH_RETRY: &str = "ProgressingWithRetry";
    pub const SUSPENDED: &str = "Suspended";
    pub const DEPENDENCY_NOT_READY: &str = "DependencyNotReady";
    pub const INVALID_PATH: &str = "InvalidPath";
    pub const INVALID_URL: &str = "InvalidURL";
    pub const INSECURE_CONNECTIONS_DISALLOWED: &str = "InsecureConnectionsDisallowed";
    pub const UNSUPPORTED_CONNECTION_TYPE: &str = "UnsupportedConnectionType";
    pub const PRUNE_FAILED: &str = "PruneFailed";
    pub const ARTIFACT_FAILED: &str = "ArtifactFailed";
    pub const BUILD_FAILED: &str = "BuildFailed";
    pub const HEALTH_CHECK_FAILED: &str = "HealthCheckFailed";
    pub const HEALTH_CHECK_CANCELED: &str = "HealthCheckCanceled";
    pub const RECONCILIATION_SUCCEEDED: &str = "ReconciliationSucceeded";
    pub const RECONCILIATION_FAILED: &str = "ReconciliationFailed";
    pub const INVALID_CEL_EXPRESSION: &str = "InvalidCELExpression";
    pub const FEATURE_GATE_DISABLED: &str = "FeatureGateDisabled";
    pub const ACCESS_DENIED: &str = "AccessDenied";

    // Source controller.
    pub const NEW_REVISION: &str = "NewRevision";
    pub const INCLUDE_CHANGE: &str = "IncludeChange";
    pub const URL_INVALID: &str = "URLInvalid";
    pub const AUTHENTICATION_FAILED: &str = "AuthenticationFailed";
    pub const VERIFICATION_ERROR: &str = "VerificationError";
    pub const GIT_OPERATION_FAILED: &str = "GitOperationFailed";
    pub const GIT_OPERATION_SUCCEEDED: &str = "GitOperationSucceeded";
    pub const STORAGE_OPERATION_FAILED: &str = "StorageOperationFailed";
    pub const OCI_PULL_FAILED: &str = "OCIArtifactPullFailed";
    pub const OCI_LAYER_OPERATION_FAILED: &str = "OCIArtifactLayerOperationFailed";
    pub const BUCKET_OPERATION_FAILED: &str = "BucketOperationFailed";
    pub const BUCKET_OPERATION_SUCCEEDED: &str = "BucketOperationSucceeded";
    pub const INDEXATION_FAILED: &str = "IndexationFailed";
    pub const CHART_PULL_SUCCEEDED: &str = "ChartPullSucceeded";
    pub const CHART_PACKAGE_SUCCEEDED: &str = "ChartPackageSucceeded";
    pub const NO_SOURCE_ARTIFACT: &str = "NoSourceArtifact";
    pub const SOURCE_UNAVAILABLE: &str = "SourceUnavailable";
    pub const INVALID_CHART_REFERENCE: &str = "InvalidChartReference";

    // Helm controller.
    pub const INSTALL_SUCCEEDED: &str = "InstallSucceeded";
    pub const INSTALL_FAILED: &str = "InstallFailed";
    pub const UPGRADE_SUCCEEDED: &str = "UpgradeSucceeded";
    pub const UPGRADE_FAILED: &str = "UpgradeFailed";
    pub const TEST_SUCCEEDED: &str = "TestSucceeded";
    pub const TEST_FAILED: &str = "TestFailed";
    pub const ROLLBACK_SUCCEEDED: &str = "RollbackSucceeded";
    pub const ROLLBACK_FAILED: &str = "RollbackFailed";
    pub const UNINSTALL_SUCCEEDED: &str = "UninstallSucceeded";
    pub const UNINSTALL_FAILED: &str = "UninstallFailed";
    pub const DRIFT_DETECTED: &str = "DriftDetected";
    pub const NO_DRIFT_DETECTED: &str = "NoDriftDetected";
}

/// Annotations of the reconcile-request handshake.
pub mod annotation {
    /// Setting it to a new token asks the controller to reconcile now; the token is echoed in
    /// `status.lastHandledReconcileAt` once handled.
    pub const RECONCILE_REQUESTED_AT: &str = "reconcile.fluxcd.io/requestedAt";
    /// HelmRelease: with the same token as `requestedAt`, forces a one-off upgrade.
    pub const FORCE_AT: &str = "reconcile.fluxcd.io/forceAt";
    /// HelmRelease: with the same token as `requestedAt`, resets the failure counters.
    pub const RESET_AT: &str = "reconcile.fluxcd.io/resetAt";
    /// ConfigMaps and Secrets with this label set to `Enabled` trigger reconciles of their users.
    pub const WATCH_LABEL: &str = "reconcile.fluxcd.io/watch";
}

/// Whether a request annotation (`forceAt`, `resetAt`) should be acted upon: it must carry the same token
/// as `requestedAt`, and neither token may have been handled before (upstream's `HandleAnnotationRequest`).
///
/// ```
/// use api::meta::should_handle_request;
/// assert!(should_handle_request(Some("t1"), Some("t1"), "", ""));
/// assert!(!should_handle_request(Some("t1"), Some("t2"), "", ""));
/// assert!(!should_handle_request(Some("t1"), Some("t1"), "t1", ""));
/// ```
pub fn should_handle_request(
    requested_at: Option<&str>,
    request: Option<&str>,
    last_handled_reconcile: &str,
    last_handled_request: &str,
) -> bool {
    match (requested_at, request) {
        (Some(reconcile), Some(request)) => {
            request == reconcile && last_handled_reconcile != reconcile && last_handled_request != request
        }
        _ => false,
    }
}

/// A reference to an object in the same namespace.
#[derive(Serialize, Deserialize, JsonSchema, Clone, Debug, Default, PartialEq, Eq)]
pub struct LocalObjectReference {
    /// Name of the referent.
    pub name: String,
}

/// A reference to an object in any namespace (the referrer's when `namespace` is empty).
#[derive(Serialize, Deserialize, JsonSchema, Clone, Debug, Default, PartialEq, Eq)]
pub struct NamespacedObjectReference {
    /// Name of the referent.
    pub name: String,
    /// Namespace of the referent, when not the same as the referrer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub namespace: Option<String>,
}

impl std::fmt::Display for NamespacedObjectReference {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.namespace.as_deref() {
            Some(ns) if !ns.is_empty() => write!(f, "{ns}/{}", self.name),
            _ => f.write_str(&self.name),
        }
    }
}

/// A reference to an object of a given kind in any namespace.
#[derive(Serialize, Deserialize, JsonSchema, Clone, Debug, Default, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct NamespacedObjectKindReference {
    /// API version of the referent; when empty the latest one is used.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub api_version: Option<String>,
    /// Kind of the referent.
    pub kind: String,
    /// Name of the referent.
    pub name: String,
    /// Namespace of the referent, when not the same as the referrer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub namespace: Option<String>,
}

/// A dependency on another object of the same kind, with an optional CEL readiness expression.
#[derive(Serialize, Deserialize, JsonSchema, Clone, Debug, Default, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct DependencyReference {
    /// Name of the referent.
    pub name: String,
    /// Namespace of the referent, when not the same as the referrer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub namespace: Option<String>,
    /// A CEL expression (variables `self` and `dep`) that replaces the built-in readiness check.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ready_expr: Option<String>,
}

/// A key of a Secret in the same namespace.
#[derive(Serialize, Deserialize, JsonSchema, Clone, Debug, Default, PartialEq, Eq)]
pub struct SecretKeyReference {
    /// Name of the Secret.
    pub name: String,
    /// Key in the Secret, when not the default.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
}

/// Where to find the kubeconfig of a remote cluster: a Secret key or a ConfigMap.
#[derive(Serialize, Deserialize, JsonSchema, Clone, Debug, Default, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
#[schemars(extend("x-kubernetes-validations" = [
    {"message": "exactly one of spec.kubeConfig.configMapRef or spec.kubeConfig.secretRef must be specified",
     "rule": "has(self.configMapRef) || has(self.secretRef)"},
    {"message": "exactly one of spec.kubeConfig.configMapRef or spec.kubeConfig.secretRef must be specified",
     "rule": "!has(self.configMapRef) || !has(self.secretRef)"}
]))]
pub struct KubeConfigReference {
    /// A ConfigMap with the keys of a workload-identity kubeconfig (`provider`, `cluster`, `address`, …).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub config_map_ref: Option<LocalObjectReference>,
    /// A Secret holding a kubeconfig (key `value` or `value.yaml` by default).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secret_ref: Option<SecretKeyReference>,
}

/// A ConfigMap or Secret key whose content becomes Helm values.
#[derive(Serialize, Deserialize, JsonSchema, Clone, Debug, Default, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct ValuesReference {
    /// Kind of the values referent.
    #[schemars(extend("enum" = ["Secret", "ConfigMap"]))]
    pub kind: String,
    /// Name of the values referent, in the same namespace.
    #[schemars(length(min = 1, max = 253))]
    pub name: String,
    /// The data key holding the values (default `values.yaml`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(max = 253), regex(pattern = r"^[\-._a-zA-Z0-9]+$"))]
    pub values_key: Option<String>,
    /// The values path (Helm `--set` syntax) the whole value is written to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(max = 250), regex(pattern = r"^([a-zA-Z0-9_\-.\\\/]|\[[0-9]{1,5}\])+$"))]
    pub target_path: Option<String>,
    /// Do not fail when the referent or its key is missing.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub optional: Option<bool>,
    /// With `targetPath`, take the value literally (Helm `--set-literal`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub literal: Option<bool>,
}

impl ValuesReference {
    /// The data key, defaulted as upstream does.
    pub fn values_key(&self) -> &str {
        self.values_key.as_deref().filter(|k| !k.is_empty()).unwrap_or("values.yaml")
    }
}

/// The part of a status that records the last handled `reconcile.fluxcd.io/requestedAt` token.
#[derive(Serialize, Deserialize, JsonSchema, Clone, Debug, Default, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct ReconcileRequestStatus {
    /// The last `reconcile.fluxcd.io/requestedAt` token handled.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_handled_reconcile_at: Option<String>,
}

/// Labels and annotations added to every object an applier creates.
#[derive(Serialize, Deserialize, JsonSchema, Clone, Debug, Default, PartialEq, Eq)]
pub struct CommonMetadata {
    /// Annotations added to the objects' metadata.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub annotations: Option<std::collections::BTreeMap<String, String>>,
    /// Labels added to the objects' metadata.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub labels: Option<std::collections::BTreeMap<String, String>>,
}

/// A CEL health check for a custom kind (kstatus-like `current`, `inProgress`, `failed` expressions).
#[derive(Serialize, Deserialize, JsonSchema, Clone, Debug, Default, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct CustomHealthCheck {
    /// API version of the custom resource.
    pub api_version: String,
    /// Kind of the custom resource.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// CEL expression: the resource is healthy.
    pub current: String,
    /// CEL expression: the resource is still progressing.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub in_progress: Option<String>,
    /// CEL expression: the resource failed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub failed: Option<String>,
}

/// Which namespaces may refer to an object across namespaces (upstream's `acl.AccessFrom`).
#[derive(Serialize, Deserialize, JsonSchema, Clone, Debug, Default, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct AccessFrom {
    /// Namespaces matching any of these selectors are allowed.
    pub namespace_selectors: Vec<NamespaceSelector>,
}

/// A label selector over namespaces.
#[derive(Serialize, Deserialize, JsonSchema, Clone, Debug, Default, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct NamespaceSelector {
    /// Labels the namespace must carry.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub match_labels: Option<std::collections::BTreeMap<String, String>>,
}

/// Finds a condition by type.
pub fn find_condition<'a>(conditions: &'a [Condition], type_: &str) -> Option<&'a Condition> {
    conditions.iter().find(|c| c.type_ == type_)
}

/// Whether the condition of this type is present with status `True`.
pub fn is_true(conditions: &[Condition], type_: &str) -> bool {
    find_condition(conditions, type_).is_some_and(|c| c.status == "True")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn request_handshake_follows_upstream() {
        assert!(should_handle_request(Some("a"), Some("a"), "old", "old"));
        assert!(!should_handle_request(None, Some("a"), "", ""));
        assert!(!should_handle_request(Some("a"), None, "", ""));
        assert!(!should_handle_request(Some("a"), Some("a"), "", "a"), "the force token was already handled");
    }

    #[test]
    fn references_serialise_in_camel_case_without_empty_fields() {
        let r = NamespacedObjectKindReference {
            kind: "GitRepository".into(),
            name: "podinfo".into(),
            ..Default::default()
        };
        assert_eq!(serde_json::to_string(&r).unwrap(), r#"{"kind":"GitRepository","name":"podinfo"}"#);
        let n = NamespacedObjectReference { name: "a".into(), namespace: Some("b".into()) };
        assert_eq!(n.to_string(), "b/a");
        let v: ValuesReference = serde_json::from_str(r#"{"kind":"ConfigMap","name":"v"}"#).unwrap();
        assert_eq!(v.values_key(), "values.yaml");
    }
}

//! The source a Kustomization builds from: its `sourceRef` resolved to an object of
//! `source.toolkit.fluxcd.io/v1` and that object's artifact (upstream's `getSource`).

use api::artifact::Artifact;
use api::kustomize::Kustomization;
use kube::api::{Api, ApiResource, DynamicObject};
use kube::ResourceExt;

/// The controller's errors read as the CLI's and the applier's.
pub use crate::kube_error::describe;

/// The source kinds a Kustomization may refer to, with their plural resource names.
const KINDS: [(&str, &str); 4] = [
    ("GitRepository", "gitrepositories"),
    ("OCIRepository", "ocirepositories"),
    ("Bucket", "buckets"),
    ("ExternalArtifact", "externalartifacts"),
];

/// The group and version of every source kind.
const GROUP: &str = "source.toolkit.fluxcd.io";
const VERSION: &str = "v1";

/// The OCI annotation an artifact's origin revision is read from.
const ORIGIN_REVISION: &str = "org.opencontainers.image.revision";

/// A resolved source.
#[derive(Debug, Clone)]
pub struct Source {
    /// Its last artifact, if it has one yet.
    pub artifact: Option<Artifact>,
}

impl Source {
    /// The revision the artifact was built from upstream of the source (OCI artifacts pushed by
    /// `flux push artifact` record the Git revision), or empty.
    pub fn origin_revision(&self) -> String {
        self.artifact
            .as_ref()
            .and_then(|a| a.metadata.as_ref())
            .and_then(|m| m.get(ORIGIN_REVISION).cloned())
            .unwrap_or_default()
    }
}

/// Why the source could not be resolved.
#[derive(Debug)]
pub enum SourceError {
    /// The object does not exist: retried after `retryInterval`.
    NotFound(String),
    /// Blocked by `--no-cross-namespace-refs` (or the ExternalArtifact gate): stalls.
    AccessDenied(String),
    /// Anything else, retried with backoff.
    Other(String),
}

impl std::fmt::Display for SourceError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SourceError::NotFound(m) | SourceError::AccessDenied(m) | SourceError::Other(m) => f.write_str(m),
        }
    }
}

/// Reads the source `obj` refers to.
pub async fn get(
    client: &kube::Client,
    obj: &Kustomization,
    no_cross_namespace_refs: bool,
) -> Result<Source, SourceError> {
    let reference = &obj.spec.source_ref;
    let own = obj.namespace().unwrap_or_default();
    let namespace = reference.namespace.clone().filter(|n| !n.is_empty()).unwrap_or_else(|| own.clone());
    let namespaced_name = format!("{namespace}/{}", reference.name);
    if no_cross_namespace_refs && namespace != own {
        return Err(SourceError::AccessDenied(format!(
            "can't access '{}/{namespaced_name}', cross-namespace references have been blocked",
            reference.kind
        )));
    }
    if reference.kind == "ExternalArtifact" {
        return Err(SourceError::AccessDenied(format!(
            "can't access '{}/{namespaced_name}', ExternalArtifact feature gate is disabled",
            reference.kind
        )));
    }
    let Some((kind, plural)) = KINDS.iter().find(|(k, _)| *k == reference.kind) else {
        return Err(SourceError::Other(format!("source `{}` kind '{}' not supported", reference.name, reference.kind)));
    };
    let resource = ApiResource {
        group: GROUP.into(),
        version: VERSION.into(),
        api_version: format!("{GROUP}/{VERSION}"),
        kind: kind.to_string(),
        plural: plural.to_string(),
    };
    let api: Api<DynamicObject> = Api::namespaced_with(client.clone(), &namespace, &resource);
    let found = match api.get(&reference.name).await {
        Ok(found) => found,
        Err(kube::Error::Api(status)) if status.code == 404 => return Err(SourceError::NotFound(status.message)),
        Err(e) => {
            return Err(SourceError::Other(format!("unable to get source '{namespaced_name}': {}", describe(&e))));
        }
    };
    let artifact = found
        .data
        .pointer("/status/artifact")
        .filter(|a| !a.is_null())
        .map(|a| serde_json::from_value::<Artifact>(a.clone()))
        .transpose()
        .map_err(|e| SourceError::Other(format!("unable to read the artifact of source '{namespaced_name}': {e}")))?;
    Ok(Source { artifact })
}

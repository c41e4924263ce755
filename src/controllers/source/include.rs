//! What a GitRepository's artifact is built from besides the commit — `include`d artifacts, `ignore`,
//! `recurseSubmodules`, `sparseCheckout` — and whether it changed since the stored artifact was built
//! (upstream's `artifactSet` and `gitContentConfigChanged`). Pure functions over the object.

use api::artifact::Artifact;
use api::source::{GitRepository, GitRepositoryInclude};

/// Whether `current` (the includes' artifacts now) names revisions other than `observed`
/// (`status.includedArtifacts`): a different count, or a revision not among the observed ones.
pub fn artifacts_differ(current: &[Artifact], observed: &[Artifact]) -> bool {
    current.len() != observed.len() || current.iter().any(|a| !observed.iter().any(|o| o.has_revision(&a.revision)))
}

/// Where an include is copied to: `toPath`, else the included repository's name.
pub fn to_path(include: &GitRepositoryInclude) -> &str {
    include.to_path.as_deref().filter(|p| !p.is_empty()).unwrap_or(&include.repository.name)
}

/// The directory of the included artifact to copy: `fromPath`, else its root.
pub fn from_path(include: &GitRepositoryInclude) -> &str {
    include.from_path.as_deref().unwrap_or_default()
}

/// Whether the settings that shape the artifact's content differ from those the stored artifact was built
/// with, or the included artifacts changed: then an unchanged commit still needs a new artifact.
pub fn content_config_changed(obj: &GitRepository, includes: &[Artifact]) -> bool {
    let spec = &obj.spec;
    let status = obj.status.clone().unwrap_or_default();
    if spec.ignore != status.observed_ignore {
        return true;
    }
    if spec.recurse_submodules.unwrap_or(false) != status.observed_recurse_submodules.unwrap_or(false) {
        return true;
    }
    let spec_include = spec.include.as_deref().unwrap_or_default();
    let observed_include = status.observed_include.as_deref().unwrap_or_default();
    if spec_include.len() != observed_include.len() {
        return true;
    }
    // Signature verification is not supported (the object stalls before this is asked), so it never asks
    // for a rebuild here.
    if spec.sparse_checkout.as_deref().unwrap_or_default()
        != status.observed_sparse_checkout.as_deref().unwrap_or_default()
    {
        return true;
    }
    let observed_artifacts = status.included_artifacts.as_deref().unwrap_or_default();
    if spec_include.len() != includes.len() || spec_include.len() != observed_artifacts.len() {
        return true;
    }
    spec_include.iter().enumerate().any(|(i, include)| {
        include != &observed_include[i]
            || !observed_artifacts[i].has_revision(&includes[i].revision)
            || !observed_artifacts[i].has_digest(&includes[i].digest)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn artifact(revision: &str, digest: &str) -> Artifact {
        serde_json::from_value(serde_json::json!({
            "path": "p", "url": "u", "revision": revision, "digest": digest, "lastUpdateTime": "2024-01-01T00:00:00Z"
        }))
        .unwrap()
    }

    fn repo(spec: serde_json::Value, status: serde_json::Value) -> GitRepository {
        let mut spec = spec;
        spec["url"] = "https://example.com/r".into();
        spec["interval"] = "1m".into();
        serde_json::from_value(serde_json::json!({
            "apiVersion": "source.toolkit.fluxcd.io/v1", "kind": "GitRepository",
            "metadata": {"name": "r", "namespace": "ns"}, "spec": spec, "status": status
        }))
        .unwrap()
    }

    #[test]
    fn artifact_sets_compare_revisions() {
        let a = artifact("main@sha1:1", "sha256:a");
        let b = artifact("main@sha1:2", "sha256:b");
        assert!(!artifacts_differ(&[], &[]));
        assert!(!artifacts_differ(&[a.clone(), b.clone()], &[b.clone(), a.clone()]));
        assert!(artifacts_differ(std::slice::from_ref(&a), std::slice::from_ref(&b)));
        assert!(artifacts_differ(std::slice::from_ref(&a), &[]));
    }

    #[test]
    fn include_paths_default() {
        let inc: GitRepositoryInclude =
            serde_json::from_value(serde_json::json!({"repository": {"name": "lib"}})).unwrap();
        assert_eq!((from_path(&inc), to_path(&inc)), ("", "lib"));
    }

    #[test]
    fn content_config() {
        assert!(!content_config_changed(&repo(serde_json::json!({}), serde_json::json!({})), &[]));
        let ignored = repo(serde_json::json!({"ignore": "*.md"}), serde_json::json!({}));
        assert!(content_config_changed(&ignored, &[]));
        let observed = repo(serde_json::json!({"ignore": "*.md"}), serde_json::json!({"observedIgnore": "*.md"}));
        assert!(!content_config_changed(&observed, &[]));
        let sparse =
            repo(serde_json::json!({"sparseCheckout": ["a"]}), serde_json::json!({"observedSparseCheckout": ["b"]}));
        assert!(content_config_changed(&sparse, &[]));
        let subs = repo(serde_json::json!({"recurseSubmodules": false}), serde_json::json!({}));
        assert!(!content_config_changed(&subs, &[]));

        let include = serde_json::json!([{"repository": {"name": "lib"}}]);
        let a = artifact("main@sha1:1", "sha256:a");
        let with = repo(
            serde_json::json!({"include": include}),
            serde_json::json!({"observedInclude": include, "includedArtifacts": [serde_json::to_value(&a).unwrap()]}),
        );
        assert!(!content_config_changed(&with, std::slice::from_ref(&a)));
        assert!(content_config_changed(&with, &[artifact("main@sha1:1", "sha256:other")]));
        assert!(content_config_changed(&with, &[]));
    }
}

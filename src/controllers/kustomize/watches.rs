//! What wakes a Kustomization besides its own changes (upstream's `SetupWithManager` and
//! `kustomization_indexers.go`):
//!
//! - a new artifact revision of the source it builds from;
//! - a change of a ConfigMap or Secret it refers to — `postBuild.substituteFrom`, `decryption.secretRef`,
//!   `kubeConfig.secretRef` / `configMapRef` — when that object matches `--watch-configs-label-selector`
//!   (default `reconcile.fluxcd.io/watch=Enabled`). ConfigMaps and Secrets are watched for their metadata
//!   only, as upstream's `WatchesMetadata`: their data never enter the cache.
//!
//! The functions here decide, for one change, which Kustomizations to queue; they read the shared cache of
//! Kustomizations and are pure otherwise.

use std::collections::{BTreeMap, BTreeSet};

use api::kustomize::Kustomization;
use api::meta::condition;
use api::source::GitRepository;
use kube::Resource;
use runtime::predicates::Change;
use runtime::{conditions, ObjectKey};

use crate::controllers::labels::LabelSelector;

/// The kinds of configuration a Kustomization refers to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConfigKind {
    ConfigMap,
    Secret,
}

impl ConfigKind {
    fn name(self) -> &'static str {
        match self {
            ConfigKind::ConfigMap => "ConfigMap",
            ConfigKind::Secret => "Secret",
        }
    }
}

/// The Kustomizations to queue when a GitRepository changes: those building from it, when it got a new
/// artifact revision they have not attempted yet.
pub fn for_source_change(
    kustomizations: &[std::sync::Arc<Kustomization>],
    change: &Change<'_, GitRepository>,
) -> Vec<ObjectKey> {
    let Some(artifact) = new_artifact(change) else { return Vec::new() };
    let repo = change.object();
    let (namespace, name) = (repo.metadata.namespace.clone().unwrap_or_default(), repo.metadata.name.clone());
    kustomizations
        .iter()
        .filter(|ks| {
            let own = ks.metadata.namespace.clone().unwrap_or_default();
            ks.spec.source_ref.kind == "GitRepository"
                && Some(&ks.spec.source_ref.name) == name.as_ref()
                && ks.spec.source_namespace(&own) == namespace
        })
        .filter(|ks| !already_attempted(ks, &artifact))
        .map(|ks| ObjectKey::of(ks.as_ref()))
        .collect()
}

/// A source's new artifact, when its revision changed (upstream's `SourceRevisionChangePredicate`).
fn new_artifact(change: &Change<'_, GitRepository>) -> Option<api::artifact::Artifact> {
    let artifact = |r: &GitRepository| r.status.as_ref().and_then(|s| s.artifact.clone());
    match change {
        Change::Updated { old, new } => {
            let new = artifact(new)?;
            match artifact(old) {
                Some(old) if old.has_revision(&new.revision) => None,
                _ => Some(new),
            }
        }
        Change::Added(new) => artifact(new),
        Change::Deleted(_) => None,
    }
}

/// Whether a Kustomization is Ready or working and already attempted the artifact's revision: no need to
/// wake it.
fn already_attempted(ks: &Kustomization, artifact: &api::artifact::Artifact) -> bool {
    let working = conditions::is_true(ks, condition::READY) || conditions::is_true(ks, condition::RECONCILING);
    let attempted = ks.status.as_ref().and_then(|s| s.last_attempted_revision.as_deref()).unwrap_or_default();
    working && artifact.has_revision(attempted)
}

/// The Kustomizations to queue when a ConfigMap or Secret changes: none unless the change passes
/// upstream's predicates (its `resourceVersion` changed and its labels match `selector`), else those that
/// refer to it, dependencies first.
pub fn for_config_change<K: Resource>(
    kustomizations: &[std::sync::Arc<Kustomization>],
    kind: ConfigKind,
    selector: &LabelSelector,
    change: &Change<'_, K>,
) -> Vec<ObjectKey> {
    if !config_changed(change, selector) {
        return Vec::new();
    }
    let changed = ObjectKey::of(change.object());
    let users: Vec<&Kustomization> =
        kustomizations.iter().map(|ks| ks.as_ref()).filter(|ks| references(ks, kind).contains(&changed)).collect();
    if !users.is_empty() {
        tracing::debug!(
            kind = kind.name(),
            object = %changed,
            kustomizations = users.len(),
            "watched configuration changed, reconciling the Kustomizations that refer to it"
        );
    }
    dependencies_first(&users)
}

/// Upstream's predicates of the ConfigMap and Secret watches: `ResourceVersionChangedPredicate` (a
/// re-list that saw nothing new passes nothing) and the label selector on the object as it is now.
fn config_changed<K: Resource>(change: &Change<'_, K>, selector: &LabelSelector) -> bool {
    if let Change::Updated { old, new } = change {
        if old.meta().resource_version == new.meta().resource_version {
            return false;
        }
    }
    selector.matches(change.object().meta().labels.as_ref())
}

/// The ConfigMaps or Secrets `ks` refers to, in its own namespace (upstream's `.metadata.configMap` and
/// `.metadata.secret` indexes).
pub fn references(ks: &Kustomization, kind: ConfigKind) -> BTreeSet<ObjectKey> {
    let namespace = ks.metadata.namespace.clone().unwrap_or_default();
    let mut names: Vec<&str> = Vec::new();
    let kube_config = ks.spec.kube_config.as_ref();
    match kind {
        ConfigKind::ConfigMap => {
            names.extend(kube_config.and_then(|k| k.config_map_ref.as_ref()).map(|r| r.name.as_str()));
        }
        ConfigKind::Secret => {
            let decryption = ks.spec.decryption.as_ref().and_then(|d| d.secret_ref.as_ref());
            names.extend(decryption.map(|r| r.name.as_str()));
            names.extend(kube_config.and_then(|k| k.secret_ref.as_ref()).map(|r| r.name.as_str()));
        }
    }
    let substitute_from = ks.spec.post_build.as_ref().and_then(|p| p.substitute_from.as_ref());
    names.extend(substitute_from.into_iter().flatten().filter(|r| r.kind == kind.name()).map(|r| r.name.as_str()));
    names.into_iter().filter(|n| !n.is_empty()).map(|n| ObjectKey::new(namespace.clone(), n)).collect()
}

/// The keys of `users`, each after the ones it depends on (upstream sorts them with `dependency.Sort`
/// so that dependencies are reconciled first); a cycle is broken where it is found.
fn dependencies_first(users: &[&Kustomization]) -> Vec<ObjectKey> {
    let by_key: BTreeMap<ObjectKey, &Kustomization> = users.iter().map(|ks| (ObjectKey::of(*ks), *ks)).collect();
    let mut ordered = Vec::new();
    let mut visited = BTreeSet::new();
    fn visit(
        key: &ObjectKey,
        by_key: &BTreeMap<ObjectKey, &Kustomization>,
        visited: &mut BTreeSet<ObjectKey>,
        ordered: &mut Vec<ObjectKey>,
    ) {
        let Some(ks) = by_key.get(key) else { return };
        if !visited.insert(key.clone()) {
            return;
        }
        for dependency in ks.spec.depends_on.iter().flatten() {
            let namespace = dependency.namespace.clone().filter(|n| !n.is_empty()).unwrap_or(key.namespace.clone());
            visit(&ObjectKey::new(namespace, &dependency.name), by_key, visited, ordered);
        }
        ordered.push(key.clone());
    }
    for ks in users {
        visit(&ObjectKey::of(*ks), &by_key, &mut visited, &mut ordered);
    }
    ordered
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use k8s_openapi::api::core::v1::ConfigMap;
    use kube::core::PartialObjectMeta;
    use serde_json::json;

    use super::*;

    fn ks(name: &str, spec: serde_json::Value) -> Arc<Kustomization> {
        let mut base = json!({"interval": "5m", "prune": true, "sourceRef": {"kind": "GitRepository", "name": "repo"}});
        base.as_object_mut().unwrap().extend(spec.as_object().unwrap().clone());
        Arc::new(
            serde_json::from_value(json!({
                "apiVersion": "kustomize.toolkit.fluxcd.io/v1", "kind": "Kustomization",
                "metadata": {"name": name, "namespace": "apps"}, "spec": base,
            }))
            .unwrap(),
        )
    }

    fn config(name: &str, version: &str, labels: &[(&str, &str)]) -> PartialObjectMeta<ConfigMap> {
        serde_json::from_value(json!({
            "apiVersion": "v1", "kind": "ConfigMap",
            "metadata": {"name": name, "namespace": "apps", "resourceVersion": version,
                         "labels": labels.iter().map(|(k, v)| (k.to_string(), json!(v))).collect::<serde_json::Map<_, _>>()},
        }))
        .unwrap()
    }

    fn keys(names: &[&str]) -> Vec<ObjectKey> {
        names.iter().map(|n| ObjectKey::new("apps", *n)).collect()
    }

    #[test]
    fn references_are_upstreams_indexes() {
        let obj = ks(
            "app",
            json!({
                "decryption": {"provider": "sops", "secretRef": {"name": "sops-keys"}},
                "kubeConfig": {"secretRef": {"name": "remote"}, "configMapRef": {"name": "remote-wi"}},
                "postBuild": {"substituteFrom": [
                    {"kind": "ConfigMap", "name": "vars"},
                    {"kind": "Secret", "name": "secret-vars", "optional": true},
                ]},
            }),
        );
        let set = |names: &[&str]| keys(names).into_iter().collect::<BTreeSet<_>>();
        assert_eq!(references(&obj, ConfigKind::ConfigMap), set(&["remote-wi", "vars"]));
        assert_eq!(references(&obj, ConfigKind::Secret), set(&["remote", "secret-vars", "sops-keys"]));
        assert!(references(&ks("plain", json!({})), ConfigKind::Secret).is_empty());
    }

    #[test]
    fn only_labelled_changes_of_referenced_configs_wake_their_users() {
        let users = [
            ks("a", json!({"postBuild": {"substituteFrom": [{"kind": "ConfigMap", "name": "vars"}]}})),
            ks("b", json!({"postBuild": {"substituteFrom": [{"kind": "Secret", "name": "vars"}]}})),
            ks("c", json!({})),
        ];
        let selector = LabelSelector::parse("reconcile.fluxcd.io/watch=Enabled").unwrap();
        let labelled = |v| config("vars", v, &[("reconcile.fluxcd.io/watch", "Enabled")]);
        let wake = |change: &Change<'_, PartialObjectMeta<ConfigMap>>| {
            for_config_change(&users, ConfigKind::ConfigMap, &selector, change)
        };

        assert_eq!(wake(&Change::Updated { old: &labelled("1"), new: &labelled("2") }), keys(&["a"]));
        assert_eq!(wake(&Change::Added(&labelled("1"))), keys(&["a"]));
        assert_eq!(wake(&Change::Deleted(&labelled("1"))), keys(&["a"]));
        assert!(wake(&Change::Updated { old: &labelled("1"), new: &labelled("1") }).is_empty(), "a re-list");
        let plain = |v| config("vars", v, &[]);
        assert!(wake(&Change::Updated { old: &plain("1"), new: &plain("2") }).is_empty(), "not labelled");
        assert_eq!(wake(&Change::Updated { old: &plain("1"), new: &labelled("2") }), keys(&["a"]), "label added");
        assert!(wake(&Change::Updated { old: &labelled("1"), new: &plain("2") }).is_empty(), "label removed");
        assert!(wake(&Change::Added(&config("other", "1", &[("reconcile.fluxcd.io/watch", "Enabled")]))).is_empty());

        let everything = LabelSelector::parse("").unwrap();
        let change = Change::Updated { old: &plain("1"), new: &plain("2") };
        assert_eq!(for_config_change(&users, ConfigKind::ConfigMap, &everything, &change), keys(&["a"]));
        assert_eq!(for_config_change(&users, ConfigKind::Secret, &everything, &change), keys(&["b"]));
    }

    #[test]
    fn dependencies_are_queued_first() {
        let from = json!([{"kind": "ConfigMap", "name": "vars"}]);
        let users = [
            ks("apps", json!({"dependsOn": [{"name": "infra"}], "postBuild": {"substituteFrom": from}})),
            ks("infra", json!({"dependsOn": [{"name": "crds"}], "postBuild": {"substituteFrom": from}})),
            ks("crds", json!({"dependsOn": [{"name": "apps"}], "postBuild": {"substituteFrom": from}})),
            ks("other", json!({"dependsOn": [{"name": "unrelated"}], "postBuild": {"substituteFrom": from}})),
        ];
        let users: Vec<&Kustomization> = users.iter().map(|k| k.as_ref()).collect();
        assert_eq!(dependencies_first(&users), keys(&["crds", "infra", "apps", "other"]), "a cycle is broken");
        assert_eq!(dependencies_first(&users[..2]), keys(&["infra", "apps"]));
    }
}

//! `spec.dependsOn`: a Kustomization waits until every Kustomization it depends on is ready (upstream's
//! `checkDependencies`).
//!
//! A dependency is ready when it exists, its status is about its current generation, its `Ready`
//! condition is True, and — when it builds from the same source — it applied the source's current
//! revision. Dependencies are read from the API server, not the cache, as upstream reads them, so a
//! dependency that just became ready is seen at once.

use api::kustomize::Kustomization;
use kube::api::Api;
use kube::ResourceExt;

use super::source::{describe, Source};

/// Why the dependencies are not ready yet, in upstream's words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotReady {
    pub message: String,
    /// An invalid `readyExpr`: no retry helps (Stalled, `InvalidCELExpression`).
    pub terminal: bool,
}

impl NotReady {
    fn new(message: String) -> NotReady {
        NotReady { message, terminal: false }
    }
}

impl std::fmt::Display for NotReady {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

/// Checks the dependencies of `obj` in order; the first that is not ready is the answer.
pub async fn check(client: &kube::Client, obj: &Kustomization, source: &Source) -> Result<(), NotReady> {
    let own = obj.namespace().unwrap_or_default();
    for reference in obj.spec.depends_on.iter().flatten() {
        let namespace = reference.namespace.clone().filter(|n| !n.is_empty()).unwrap_or_else(|| own.clone());
        let name = format!("{namespace}/{}", reference.name);
        let api: Api<Kustomization> = Api::namespaced(client.clone(), &namespace);
        let dep = api
            .get(&reference.name)
            .await
            .map_err(|e| NotReady::new(format!("dependency '{name}' not found: {}", describe(&e))))?;
        // A readyExpr replaces the built-in rule (upstream's AdditiveCELDependencyCheck gate is off).
        if let Some(expr) = reference.ready_expr.as_deref().filter(|e| !e.is_empty()) {
            let this = serde_json::to_value(obj).unwrap_or_default();
            let that = serde_json::to_value(&dep).unwrap_or_default();
            match cel::flux::ready_expr(expr, &this, &that) {
                Ok(true) => continue,
                Ok(false) => {
                    return Err(NotReady::new(format!("dependency '{name}' is not ready according to readyExpr eval")))
                }
                Err(cel::flux::ReadyExprError::Invalid(e)) => {
                    return Err(NotReady { message: e, terminal: true });
                }
                Err(cel::flux::ReadyExprError::Evaluation(e)) => return Err(NotReady::new(e)),
            }
        }
        is_ready(obj, &dep, source).map_err(|reason| NotReady::new(format!("dependency '{name}' {reason}")))?;
    }
    Ok(())
}

/// The built-in readiness rule for one dependency; `Err` holds the end of upstream's message.
pub fn is_ready(obj: &Kustomization, dep: &Kustomization, source: &Source) -> Result<(), &'static str> {
    let status = dep.status.as_ref();
    let conditions = status.and_then(|s| s.conditions.as_deref()).unwrap_or_default();
    let observed = status.and_then(|s| s.observed_generation).unwrap_or(-1);
    if conditions.is_empty() || dep.metadata.generation.unwrap_or(0) != observed {
        return Err("is not ready");
    }
    if !conditions.iter().any(|c| c.type_ == "Ready" && c.status == "True") {
        return Err("is not ready");
    }
    let own = obj.namespace().unwrap_or_default();
    let dep_own = dep.namespace().unwrap_or_default();
    let same_source = dep.spec.source_ref.name == obj.spec.source_ref.name
        && dep.spec.source_namespace(&dep_own) == obj.spec.source_namespace(&own)
        && dep.spec.source_ref.kind == obj.spec.source_ref.kind;
    if same_source {
        let applied = status.and_then(|s| s.last_applied_revision.as_deref()).unwrap_or_default();
        if !source.artifact.as_ref().is_some_and(|a| a.has_revision(applied)) {
            return Err("revision is not up to date");
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn ks(name: &str, source: &str, status: serde_json::Value) -> Kustomization {
        serde_json::from_value(json!({
            "apiVersion": "kustomize.toolkit.fluxcd.io/v1", "kind": "Kustomization",
            "metadata": {"name": name, "namespace": "apps", "generation": 2},
            "spec": {"interval": "1m", "prune": true, "sourceRef": {"kind": "GitRepository", "name": source}},
            "status": status,
        }))
        .unwrap()
    }

    fn source(revision: &str) -> Source {
        Source {
            artifact: Some(
                serde_json::from_value(json!({
                    "digest": "sha256:00", "path": "p", "url": "http://x/p", "revision": revision,
                    "lastUpdateTime": "2026-01-01T00:00:00Z"
                }))
                .unwrap(),
            ),
        }
    }

    fn ready(revision: &str) -> serde_json::Value {
        json!({"observedGeneration": 2, "lastAppliedRevision": revision, "conditions": [{
            "type": "Ready", "status": "True", "reason": "ReconciliationSucceeded", "message": "",
            "lastTransitionTime": "2026-01-01T00:00:00Z"}]})
    }

    #[test]
    fn upstream_readiness_rule() {
        let obj = ks("app", "repo", json!({}));
        let src = source("main@sha1:abc");
        assert_eq!(is_ready(&obj, &ks("db", "repo", json!({})), &src), Err("is not ready"));
        let mut stale = ready("main@sha1:abc");
        stale["observedGeneration"] = json!(1);
        assert_eq!(is_ready(&obj, &ks("db", "repo", stale), &src), Err("is not ready"));
        let mut failed = ready("main@sha1:abc");
        failed["conditions"][0]["status"] = json!("False");
        assert_eq!(is_ready(&obj, &ks("db", "repo", failed), &src), Err("is not ready"));
        assert_eq!(is_ready(&obj, &ks("db", "repo", ready("main@sha1:old")), &src), Err("revision is not up to date"));
        assert_eq!(is_ready(&obj, &ks("db", "repo", ready("main@sha1:abc")), &src), Ok(()));
        assert_eq!(
            is_ready(&obj, &ks("db", "other", ready("main@sha1:old")), &src),
            Ok(()),
            "another source's revision is not compared"
        );
    }
}

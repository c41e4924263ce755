//! Health checks (upstream's `checkHealth`): with `wait` every applied object, else `spec.healthChecks`, must
//! become Current (kstatus, or `spec.healthCheckExprs`) within the timeout; with `CancelHealthCheckOnNewRevision`
//! the wait gives up when the Kustomization is queued again.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::Instant;

use api::kustomize::Kustomization;
use api::meta::{condition, reason};
use runtime::{conditions, Context, EventType};

use super::interrupts::Listener;
use super::{event, go, Durations, Failure, KustomizationReconciler};
use crate::apply::{Action as ApplyAction, ChangeSet, ObjectRef, ResourceManager, WaitOptions};

/// What the health checks are about.
pub(super) struct HealthCheck<'a> {
    pub changes: &'a ChangeSet,
    /// `spec.healthCheckExprs`, compiled.
    pub custom: Option<Arc<cel::flux::HealthChecks>>,
    pub jobs_with_ttl: Vec<api::inventory::ObjectId>,
    pub is_new_revision: bool,
    pub drifted: bool,
    /// With `CancelHealthCheckOnNewRevision`: what tells the wait to give up.
    pub listener: Option<&'a Listener>,
}

impl KustomizationReconciler {
    /// Upstream's `checkHealth`: with `wait` every applied object, else the `healthChecks`, must become
    /// Current within the timeout. Sets `Healthy`; on failure also `Ready=False`, and returns the message.
    /// With a listener, the wait gives up when the Kustomization is queued again.
    #[allow(clippy::too_many_arguments)]
    pub(super) async fn check_health(
        &self,
        obj: &mut Kustomization,
        ctx: &Context<Kustomization>,
        manager: &ResourceManager,
        check: HealthCheck<'_>,
        revision: &str,
        origin: &str,
        durations: Durations,
    ) -> Result<(), Failure> {
        let wait = obj.spec.wait.unwrap_or(false);
        let checks = obj.spec.health_checks.clone().unwrap_or_default();
        let objects: Vec<ObjectRef> = if wait {
            check.changes.entries.iter().filter(|e| e.action != ApplyAction::Skipped).map(|e| e.object_ref()).collect()
        } else {
            checks.iter().map(health_check_ref).collect()
        };
        let name = obj.metadata.name.clone().unwrap_or_default();
        let namespace = obj.metadata.namespace.clone().unwrap_or_default();
        let objects: Vec<ObjectRef> = objects
            .into_iter()
            .filter(|o| !(o.id.kind == "Kustomization" && o.id.name == name && o.id.namespace == namespace))
            .collect();
        if objects.is_empty() {
            conditions::delete(obj, condition::HEALTHY);
            return Ok(());
        }
        let was_healthy = conditions::is_true(obj, condition::HEALTHY);
        let message =
            format!("Running health checks for revision {revision} with a timeout of {}", go(durations.timeout));
        conditions::mark_reconciling(obj, reason::PROGRESSING, message.clone());
        conditions::mark_unknown(obj, condition::HEALTHY, reason::PROGRESSING, message);
        let progressing = |e: runtime::Error| {
            Failure::Failed(format!("unable to update the healthy status to progressing: {}", e.message()))
        };
        ctx.patch(obj).await.map_err(progressing)?;

        let started = Instant::now();
        let options = WaitOptions {
            interval: self.options.health_poll,
            timeout: durations.timeout,
            fail_fast: self.options.fail_fast,
            jobs_with_ttl: check.jobs_with_ttl,
            custom: check.custom,
        };
        let waited = match check.listener {
            Some(listener) => tokio::select! {
                biased;
                trigger = listener.trigger() => return Err(Failure::Canceled(trigger)),
                waited = manager.wait_for(&objects, &options) => waited,
            },
            None => manager.wait_for(&objects, &options).await,
        };
        if let Err(e) = waited {
            conditions::mark_false(obj, condition::READY, reason::HEALTH_CHECK_FAILED, e.message.clone());
            conditions::mark_false(obj, condition::HEALTHY, reason::HEALTH_CHECK_FAILED, e.message.clone());
            return Err(Failure::Failed(format!("health check failed after {}: {}", go(started.elapsed()), e.message)));
        }
        let message = format!("Health check passed in {}", go(started.elapsed()));
        if !was_healthy || (check.is_new_revision && check.drifted) {
            event(ctx, obj, revision, origin, EventType::Normal, &message, BTreeMap::new());
        }
        conditions::mark_true(obj, condition::HEALTHY, reason::SUCCEEDED, message);
        ctx.patch(obj).await.map_err(progressing)
    }
}

/// A `spec.healthChecks` entry as an object reference (`apiVersion` defaults to `apps/v1`).
fn health_check_ref(check: &api::meta::NamespacedObjectKindReference) -> ObjectRef {
    let api_version = check.api_version.clone().filter(|v| !v.is_empty()).unwrap_or_else(|| "apps/v1".to_string());
    let group = api_version.rsplit_once('/').map(|(g, _)| g).unwrap_or_default();
    let id =
        api::inventory::ObjectId::new(check.namespace.as_deref().unwrap_or_default(), &check.name, group, &check.kind);
    ObjectRef { id, api_version }
}

/// `spec.healthCheckExprs`, compiled; `None` when there are none.
pub(super) fn health_checks(obj: &Kustomization) -> Result<Option<Arc<cel::flux::HealthChecks>>, String> {
    let Some(exprs) = obj.spec.health_check_exprs.as_ref().filter(|e| !e.is_empty()) else { return Ok(None) };
    let checks: Vec<cel::flux::HealthCheck> = exprs
        .iter()
        .map(|e| cel::flux::HealthCheck {
            api_version: e.api_version.clone(),
            kind: e.kind.clone().unwrap_or_default(),
            current: e.current.clone(),
            in_progress: e.in_progress.clone().unwrap_or_default(),
            failed: e.failed.clone().unwrap_or_default(),
        })
        .collect();
    cel::flux::HealthChecks::compile(&checks).map(|c| Some(Arc::new(c)))
}

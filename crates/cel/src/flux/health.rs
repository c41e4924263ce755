//! `spec.healthCheckExprs`: the kstatus of custom resources from CEL expressions (Flux RFC 0009,
//! fluxcd/pkg `runtime/cel` StatusReader and StatusEvaluator).

use std::collections::BTreeMap;
use std::fmt;

use serde_json::Value;

use super::Expression;
use crate::Vars;

/// One entry of `spec.healthCheckExprs`. Empty strings are unset fields, as in the API.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct HealthCheck {
    /// Only the group counts: the entry applies to every version of the resource.
    pub api_version: String,
    /// Empty: every kind of the group (an entry naming the kind wins over a group-only one).
    pub kind: String,
    /// Required: true when the resource reached its desired state.
    pub current: String,
    /// True while the resource is still being reconciled.
    pub in_progress: String,
    /// True when the resource failed to reach its desired state.
    pub failed: String,
}

/// kstatus's verdicts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HealthStatus {
    InProgress,
    Failed,
    Current,
    /// An expression could not be evaluated (a field it reads is missing, or it is not a bool). The
    /// message says why; waiting continues, and a timeout reports it.
    Unknown,
}

impl fmt::Display for HealthStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            HealthStatus::InProgress => "InProgress",
            HealthStatus::Failed => "Failed",
            HealthStatus::Current => "Current",
            HealthStatus::Unknown => "Unknown",
        })
    }
}

/// A resource's health: its status, and for `Unknown` the evaluation error (upstream's evaluator gives
/// no message for the other statuses).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Health {
    pub status: HealthStatus,
    pub message: String,
}

impl Health {
    fn of(status: HealthStatus) -> Health {
        Health { status, message: String::new() }
    }
}

/// The compiled expressions of one entry.
#[derive(Debug, Clone)]
struct Evaluator {
    current: Expression,
    failed: Option<Expression>,
    in_progress: Option<Expression>,
}

/// A Kustomization's compiled `spec.healthCheckExprs`, keyed by group and kind.
///
/// ```
/// use serde_json::json;
/// use cel::flux::{HealthCheck, HealthChecks, HealthStatus};
///
/// let checks = HealthChecks::compile(&[HealthCheck {
///     api_version: "bitnami.com/v1alpha1".into(),
///     kind: "SealedSecret".into(),
///     failed: "status.conditions.filter(e, e.type == 'Synced').all(e, e.status == 'False')".into(),
///     current: "status.conditions.filter(e, e.type == 'Synced').all(e, e.status == 'True')".into(),
///     ..Default::default()
/// }])?;
/// let synced = json!({"apiVersion": "bitnami.com/v1alpha1", "kind": "SealedSecret",
///     "status": {"conditions": [{"type": "Synced", "status": "True"}]}});
/// assert_eq!(checks.evaluate(&synced).map(|h| h.status), Some(HealthStatus::Current));
/// # Ok::<(), String>(())
/// ```
#[derive(Debug, Clone, Default)]
pub struct HealthChecks {
    /// `(group, kind)`; an empty kind is a group-only entry.
    evaluators: BTreeMap<(String, String), Evaluator>,
}

impl HealthChecks {
    /// Compiles every entry. Errors are upstream's (the controller marks the object Stalled with
    /// `InvalidCELExpression`): `failed to create custom status evaluator for healthchecks[0]: failed to
    /// parse the expression Current: …`, `duplicate custom health check for GroupKind … at healthchecks[1]`.
    pub fn compile(checks: &[HealthCheck]) -> Result<HealthChecks, String> {
        let mut evaluators = BTreeMap::new();
        for (i, check) in checks.iter().enumerate() {
            let key = (group(&check.api_version).to_string(), check.kind.clone());
            if evaluators.contains_key(&key) {
                return Err(format!(
                    "duplicate custom health check for GroupKind {} at healthchecks[{i}]",
                    group_kind(&key.0, &key.1)
                ));
            }
            let evaluator = Evaluator::compile(check)
                .map_err(|e| format!("failed to create custom status evaluator for healthchecks[{i}]: {e}"))?;
            evaluators.insert(key, evaluator);
        }
        Ok(HealthChecks { evaluators })
    }

    pub fn is_empty(&self) -> bool {
        self.evaluators.is_empty()
    }

    /// True if an entry covers resources of this apiVersion and kind.
    pub fn applies_to(&self, api_version: &str, kind: &str) -> bool {
        self.evaluator(api_version, kind).is_some()
    }

    /// The health of `object` (a resource as the API server returns it), or `None` when no entry covers
    /// its apiVersion and kind (kstatus's own rules apply then).
    pub fn evaluate(&self, object: &Value) -> Option<Health> {
        let api_version = object.get("apiVersion")?.as_str()?;
        let kind = object.get("kind")?.as_str()?;
        Some(self.evaluator(api_version, kind)?.evaluate(object))
    }

    fn evaluator(&self, api_version: &str, kind: &str) -> Option<&Evaluator> {
        let g = group(api_version).to_string();
        self.evaluators.get(&(g.clone(), kind.to_string())).or_else(|| self.evaluators.get(&(g, String::new())))
    }
}

impl Evaluator {
    fn compile(check: &HealthCheck) -> Result<Evaluator, String> {
        if check.current.is_empty() {
            return Err("expression Current not specified".into());
        }
        let parse = |expr: &str, name: &str| {
            Expression::parse(expr).map_err(|e| format!("failed to parse the expression {name}: {e}"))
        };
        let optional = |expr: &str, name: &str| (!expr.is_empty()).then(|| parse(expr, name)).transpose();
        Ok(Evaluator {
            current: parse(&check.current, "Current")?,
            failed: optional(&check.failed, "Failed")?,
            in_progress: optional(&check.in_progress, "InProgress")?,
        })
    }

    /// RFC 0009's order: a `status.observedGeneration` behind `metadata.generation` is InProgress; then
    /// the first of inProgress, failed, current that is true decides; none true is InProgress.
    fn evaluate(&self, object: &Value) -> Health {
        // Only integer generations take part, so a CRD typing observedGeneration as a string is left to
        // the expressions.
        let observed = object.pointer("/status/observedGeneration").and_then(Value::as_i64);
        let generation = object.pointer("/metadata/generation").and_then(Value::as_i64);
        if let (Some(observed), Some(generation)) = (observed, generation) {
            if observed != generation {
                return Health::of(HealthStatus::InProgress);
            }
        }
        let vars = Vars::fields(object);
        let order = [
            (self.in_progress.as_ref(), HealthStatus::InProgress),
            (self.failed.as_ref(), HealthStatus::Failed),
            (Some(&self.current), HealthStatus::Current),
        ];
        for (expr, status) in order {
            let Some(expr) = expr else { continue };
            match expr.evaluate_bool(&vars) {
                Ok(true) => return Health::of(status),
                Ok(false) => {}
                Err(message) => return Health { status: HealthStatus::Unknown, message },
            }
        }
        Health::of(HealthStatus::InProgress)
    }
}

/// The group of an apiVersion (`apps/v1` → `apps`, `v1` → the core group ""), as
/// `schema.ParseGroupVersion` reads it; a malformed one counts as the core group.
fn group(api_version: &str) -> &str {
    match api_version.split_once('/') {
        Some((g, v)) if !v.contains('/') => g,
        _ => "",
    }
}

/// `schema.GroupKind.String()`: `Kind.group`, or the bare kind in the core group.
fn group_kind(group: &str, kind: &str) -> String {
    if group.is_empty() {
        kind.to_string()
    } else {
        format!("{kind}.{group}")
    }
}

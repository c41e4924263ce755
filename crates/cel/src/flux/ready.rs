//! `spec.dependsOn[].readyExpr`: whether a dependency is ready, decided by an expression over `self` (the
//! object being reconciled) and `dep` (the dependency), as kustomize-controller's `evalReadyExpr`.

use std::fmt;

use serde_json::Value;

use super::Expression;
use crate::{Type, Vars};

/// A compiled `readyExpr`: type-checked with `self` and `dep` as JSON objects, and required to produce
/// a bool (so `dep.status.ready` alone, typed `dyn`, is refused; `dep.status.ready == true` is not).
///
/// ```
/// use serde_json::json;
/// use cel::flux::ReadyExpr;
///
/// let expr = ReadyExpr::compile("dep.metadata.labels['app/version'] == self.metadata.labels['app/version']")?;
/// let this = json!({"metadata": {"labels": {"app/version": "v1.2.3"}}});
/// let dep = json!({"metadata": {"labels": {"app/version": "v1.2.2"}}});
/// assert_eq!(expr.evaluate(&this, &dep), Ok(false));
/// # Ok::<(), String>(())
/// ```
#[derive(Debug, Clone)]
pub struct ReadyExpr {
    expr: Expression,
}

impl ReadyExpr {
    /// Errors are upstream's: `failed to parse the CEL expression '…': undeclared reference to 'deps' …`,
    /// `CEL expression output type mismatch: expected bool, got dyn`. The controller treats them as
    /// terminal (Stalled, `InvalidCELExpression`).
    pub fn compile(expr: &str) -> Result<ReadyExpr, String> {
        Ok(ReadyExpr { expr: Expression::compile(expr, &["self", "dep"], &Type::Bool)? })
    }

    /// Evaluates with `self` and `dep` bound to the two objects (as the API server returns them). An
    /// error (`failed to evaluate the CEL expression '…': no such key: labels`) is transient: the
    /// dependency may still change.
    pub fn evaluate(&self, this: &Value, dep: &Value) -> Result<bool, String> {
        self.expr.evaluate_bool(&Vars::new().with("self", this).with("dep", dep))
    }
}

/// Why a `readyExpr` did not give an answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReadyExprError {
    /// The expression does not compile: terminal until the object changes.
    Invalid(String),
    /// The expression failed on these objects: retry later.
    Evaluation(String),
}

impl fmt::Display for ReadyExprError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReadyExprError::Invalid(e) | ReadyExprError::Evaluation(e) => f.write_str(e),
        }
    }
}

impl std::error::Error for ReadyExprError {}

/// Compiles (once per process, cached) and evaluates a `readyExpr` for `this` and its dependency `dep`.
pub fn ready_expr(expr: &str, this: &Value, dep: &Value) -> Result<bool, ReadyExprError> {
    let compiled = ReadyExpr::compile(expr).map_err(ReadyExprError::Invalid)?;
    compiled.evaluate(this, dep).map_err(ReadyExprError::Evaluation)
}

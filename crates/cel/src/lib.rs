//! A pure, synchronous subset of the Common Expression Language, enough for the `x-kubernetes-validations`
//! rules of custom resource schemas (every rule in Flux's CRDs and the common Kubernetes patterns).
//!
//! Supported: int, uint, double, string (all quote forms and escapes), bytes, bool, null, list and map
//! literals; `self` and `oldSelf`; `a.b`, `a[i]`, `m['k']`, `a.?b`, `a[?k]`; `has()`; `! - * / % + -`,
//! comparisons, `in`, `&& || ?:`; `all exists exists_one map filter` (with the two-variable forms of the
//! first three); `size`, `startsWith endsWith contains matches lowerAscii upperAscii trim split indexOf
//! lastIndexOf replace substring charAt join`; `int uint double string bool bytes dyn duration timestamp`;
//! `optional.of/none`, `hasValue value orValue`. Anything else — other Kubernetes libraries (`quantity`,
//! `url`, `ip`, `isSorted`…), type names, `type()`, comprehension-local `cel.bind` — fails [`compile`],
//! so a rule is never reported as validated without having been evaluated.
//!
//! ```ignore
//! let p = cel::compile("self.minReplicas <= self.replicas")?;
//! assert!(!cel::eval(&p, &json!({"minReplicas": 3, "replicas": 1}), None)?);
//! ```

mod eval;
mod functions;
mod lexer;
mod parser;
mod value;

#[cfg(test)]
mod tests;

use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

use serde_json::Value;

use crate::value::Val;

/// A compiled rule.
#[derive(Debug, Clone)]
pub struct Program {
    expr: parser::Expr,
    uses_old_self: bool,
}

impl Program {
    /// True for a transition rule: one that reads `oldSelf` and so only runs when an old value exists.
    pub fn uses_old_self(&self) -> bool {
        self.uses_old_self
    }
}

/// Parses and checks a rule: syntax, names (`self`, `oldSelf`, macro variables) and known functions.
pub fn compile(rule: &str) -> Result<Program, String> {
    let toks = lexer::tokenize(rule)?;
    let mut p = parser::Parser::new(&toks);
    let expr = p.parse()?;
    Ok(Program { expr, uses_old_self: p.uses_old_self })
}

/// Evaluates a rule with `self` bound to `self_` and `oldSelf` to `old_self` (unbound when `None`, so a
/// transition rule errors: callers skip those without an old value). A non-bool result is an error.
pub fn eval(p: &Program, self_: &Value, old_self: Option<&Value>) -> Result<bool, String> {
    let old = old_self.map(Val::from);
    as_bool(run(p, self_, old)?)
}

/// Evaluates a rule marked `optionalOldSelf: true`: `oldSelf` is an optional, empty on create.
pub fn eval_optional_old(p: &Program, self_: &Value, old_self: Option<&Value>) -> Result<bool, String> {
    let old = Val::Optional(old_self.map(|v| Arc::new(Val::from(v))));
    as_bool(run(p, self_, Some(old))?)
}

/// Evaluates a `messageExpression`, which must produce a string.
pub fn eval_string(p: &Program, self_: &Value, old_self: Option<&Value>) -> Result<String, String> {
    match run(p, self_, old_self.map(Val::from))? {
        Val::Str(s) => Ok(s.to_string()),
        other => Err(format!("expected a string, got {}", other.type_name())),
    }
}

fn run(p: &Program, self_: &Value, old: Option<Val>) -> Result<Val, String> {
    let mut vars = vec![("self".to_string(), Val::from(self_))];
    if let Some(o) = old {
        vars.push(("oldSelf".to_string(), o));
    }
    eval::eval(&p.expr, &mut eval::Env::new(vars))
}

fn as_bool(v: Val) -> Result<bool, String> {
    match v {
        Val::Bool(b) => Ok(b),
        other => Err(format!("no such overload: rule evaluated to {}, not bool", other.type_name())),
    }
}

/// A cached compilation: the program, or why the rule is not supported.
pub type Compiled = Arc<Result<Program, String>>;

/// Compiles `rule` once per process: the write path asks for the same few rules on every request.
pub fn compile_cached(rule: &str) -> Compiled {
    static CACHE: OnceLock<Mutex<HashMap<String, Compiled>>> = OnceLock::new();
    let cache = CACHE.get_or_init(Default::default);
    let mut map = match cache.lock() {
        Ok(m) => m,
        // A panic while holding the lock leaves the map intact (inserts are atomic), so keep using it.
        Err(poisoned) => poisoned.into_inner(),
    };
    if let Some(hit) = map.get(rule) {
        return hit.clone();
    }
    // Rules come from CRDs, so the set is small; the bound only guards against endless CRD churn.
    if map.len() >= 4096 {
        map.clear();
    }
    let compiled = Arc::new(compile(rule));
    map.insert(rule.to_string(), compiled.clone());
    compiled
}

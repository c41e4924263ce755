//! A pure, synchronous Common Expression Language interpreter, shared by the embedded API server (the
//! `x-kubernetes-validations` rules of custom resource schemas) and the Flux controllers (health check
//! expressions and dependency `readyExpr`s, see [`flux`]).
//!
//! An expression compiles in an [`Env`]: a [`Library`] (which functions exist: kube-apiserver's or
//! fluxcd/pkg's `runtime/cel`), the variables it may read, and whether it is type-checked. It then
//! evaluates any number of times against [`Vars`].
//!
//! Supported: int, uint, double, string (all quote forms and escapes), bytes, bool, null, list and map
//! literals (with optional elements `[?x]`, `{?k: v}`); variables; `a.b`, `a[i]`, `m['k']`, `a.?b`, `a[?k]`;
//! `has()`; `! - * / % + -`, comparisons, `in`, `&& || ?:`; the macros `all exists exists_one existsOne map
//! filter optMap optFlatMap` (and the two-variable `all exists existsOne` of Kubernetes); `size`,
//! `startsWith endsWith contains matches`; the string extensions `lowerAscii upperAscii trim split indexOf
//! lastIndexOf replace substring charAt join strings.quote` (+ `reverse` for Flux); `int uint double string
//! bool bytes dyn duration timestamp`; timestamp and duration accessors (`getFullYear()` … `getMilliseconds()`,
//! UTC or fixed-offset zones); optionals (`optional.of/ofNonZeroValue/none`, `hasValue value or orValue`, and
//! for Flux `first last optional.unwrap unwrapOpt`); `sets.contains/equivalent/intersects`; for Flux
//! `base64.encode/decode`; for Kubernetes list `indexOf lastIndexOf`. Anything else — `format`, `type()`
//! and type names, `cel.bind`, Kubernetes' `quantity`, `url`, `ip`, `isSorted`… — fails [`compile`], so an
//! expression is never reported as evaluated without having been.
//!
//! ```
//! use serde_json::json;
//!
//! let env = cel::Env::new(cel::Library::Flux).variable("self", cel::Type::object());
//! let p = cel::compile("self.spec.replicas > 2", &env)?;
//! let vars = cel::Vars::new().with("self", &json!({"spec": {"replicas": 3}}));
//! assert_eq!(cel::eval_bool(&p, &vars), Ok(true));
//! # Ok::<(), String>(())
//! ```

mod eval;
mod ext;
pub mod flux;
mod functions;
mod lexer;
mod parser;
mod types;
mod value;

#[cfg(test)]
mod tests;

use std::collections::{BTreeSet, HashMap};
use std::sync::{Arc, Mutex, OnceLock};

use serde_json::Value;

pub use crate::types::Type;
use crate::value::Val;

/// Which functions and macros an environment offers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Library {
    /// kube-apiserver 1.33's environment for CRD validation rules (the part flux-rs implements): the
    /// standard library, optional types, `ext.Strings` v2, `ext.Sets`, two-variable comprehensions and
    /// the Kubernetes list functions.
    Kubernetes,
    /// fluxcd/pkg `runtime/cel`: the standard library, `cel.OptionalTypes()`, `ext.Strings()` (latest),
    /// `ext.Sets()` and `ext.Encoders()`, with cross-type numeric comparisons and, when checked,
    /// homogeneous aggregate literals.
    Flux,
}

/// What an expression compiles against: its library, its variables, and whether it is type-checked.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Env {
    library: Library,
    variables: Vec<(String, Type)>,
    any_variable: bool,
    checked: bool,
}

impl Env {
    /// An environment with no variables.
    pub fn new(library: Library) -> Env {
        Env { library, variables: Vec::new(), any_variable: false, checked: false }
    }

    /// Declares a variable. Undeclared names fail to compile (unless [`Env::any_variable`]).
    pub fn variable(mut self, name: &str, ty: Type) -> Env {
        self.variables.push((name.to_string(), ty));
        self
    }

    /// Accepts any name as a variable, resolved only at evaluation (cel-go's `Env.Parse` without a
    /// check, as Flux's health check expressions are compiled): a name [`Vars`] does not bind is the
    /// evaluation error `no such attribute(s): status.conditions`.
    pub fn any_variable(mut self) -> Env {
        self.any_variable = true;
        self
    }

    /// Type-checks as cel-go's `Env.Compile` does: operator and function arguments must fit an overload,
    /// literals must be homogeneous, and [`Program::output_type`] is what the checker infers.
    pub fn checked(mut self) -> Env {
        self.checked = true;
        self
    }

    /// The environment of a CRD `x-kubernetes-validations` rule: `self` and `oldSelf`.
    pub fn kubernetes_rule() -> Env {
        Env::new(Library::Kubernetes).variable("self", Type::Dyn).variable("oldSelf", Type::Dyn)
    }

    pub fn library(&self) -> Library {
        self.library
    }

    pub(crate) fn declares(&self, name: &str) -> bool {
        self.variables.iter().any(|(n, _)| n == name)
    }

    pub(crate) fn accepts_any_variable(&self) -> bool {
        self.any_variable
    }

    pub(crate) fn variable_type(&self, name: &str) -> Option<&Type> {
        self.variables.iter().find(|(n, _)| n == name).map(|(_, t)| t)
    }
}

/// A compiled expression.
#[derive(Debug, Clone)]
pub struct Program {
    expr: parser::Expr,
    library: Library,
    source: String,
    references: BTreeSet<String>,
    output: Type,
}

impl Program {
    /// The expression's text.
    pub fn source(&self) -> &str {
        &self.source
    }

    /// True if the expression reads the variable `name` (a CRD transition rule reads `oldSelf`).
    pub fn references(&self, name: &str) -> bool {
        self.references.contains(name)
    }

    /// The type the expression produces, as far as it is known before evaluation (`dyn` otherwise).
    pub fn output_type(&self) -> &Type {
        &self.output
    }
}

/// Parses and checks an expression: syntax, names (the environment's variables, macro variables) and
/// the functions of the environment's library, and types in a checked environment.
pub fn compile(source: &str, env: &Env) -> Result<Program, String> {
    let toks = lexer::tokenize(source)?;
    let mut p = parser::Parser::new(&toks, env);
    let expr = p.parse()?;
    let output = types::check(&expr, env)?;
    Ok(Program { expr, library: env.library, source: source.to_string(), references: p.references, output })
}

/// Values for an expression's variables.
#[derive(Debug, Clone, Default)]
pub struct Vars {
    vars: Vec<(String, Val)>,
}

impl Vars {
    pub fn new() -> Vars {
        Vars::default()
    }

    /// Binds `name` to a JSON value.
    pub fn with(mut self, name: &str, value: &Value) -> Vars {
        self.vars.push((name.to_string(), Val::from(value)));
        self
    }

    /// Binds `name` to an optional: `optional.of(value)`, or `optional.none()` (a CRD rule's `oldSelf`
    /// under `optionalOldSelf: true`, on create).
    pub fn with_optional(mut self, name: &str, value: Option<&Value>) -> Vars {
        self.vars.push((name.to_string(), Val::Optional(value.map(|v| Arc::new(Val::from(v))))));
        self
    }

    /// Every top-level field of a JSON object as a variable (`apiVersion`, `metadata`, `status`, …), as
    /// Flux's health check expressions see a custom resource. A non-object gives no variables.
    pub fn fields(object: &Value) -> Vars {
        let vars = match object {
            Value::Object(map) => map.iter().map(|(k, v)| (k.clone(), Val::from(v))).collect(),
            _ => Vec::new(),
        };
        Vars { vars }
    }
}

pub(crate) fn run(p: &Program, vars: &Vars) -> Result<Val, String> {
    eval::eval(&p.expr, &mut eval::Scope::new(p.library, vars.vars.clone()))
}

/// Evaluates an expression to JSON: durations and timestamps become their string forms (`90s`,
/// `2024-05-06T07:08:09Z`), bytes base64, an optional its value or `null`.
pub fn eval(p: &Program, vars: &Vars) -> Result<Value, String> {
    value::to_json(&run(p, vars)?)
}

/// Evaluates an expression that must produce a bool; any other result is a `no such overload` error.
pub fn eval_bool(p: &Program, vars: &Vars) -> Result<bool, String> {
    match run(p, vars)? {
        Val::Bool(b) => Ok(b),
        other => Err(format!("no such overload: expression evaluated to {}, not bool", other.type_name())),
    }
}

/// Evaluates an expression that must produce a string (a `messageExpression`).
pub fn eval_string(p: &Program, vars: &Vars) -> Result<String, String> {
    match run(p, vars)? {
        Val::Str(s) => Ok(s.to_string()),
        other => Err(format!("expected a string, got {}", other.type_name())),
    }
}

/// A cached compilation: the program, or why the expression is not supported.
pub type Compiled = Arc<Result<Program, String>>;

/// Compiles `rule` once per process and environment: the API server's write path asks for the same few
/// rules on every request, and controllers for the same expressions on every reconciliation.
pub fn compile_cached(rule: &str, env: &Env) -> Compiled {
    static CACHE: OnceLock<Mutex<HashMap<(Env, String), Compiled>>> = OnceLock::new();
    let cache = CACHE.get_or_init(Default::default);
    let mut map = match cache.lock() {
        Ok(m) => m,
        // A panic while holding the lock leaves the map intact (inserts are atomic), so keep using it.
        Err(poisoned) => poisoned.into_inner(),
    };
    let key = (env.clone(), rule.to_string());
    if let Some(hit) = map.get(&key) {
        return hit.clone();
    }
    // Rules come from CRDs and Flux objects, so the set is small; the bound only guards against churn.
    if map.len() >= 4096 {
        map.clear();
    }
    let compiled = Arc::new(compile(rule, env));
    map.insert(key, compiled.clone());
    compiled
}

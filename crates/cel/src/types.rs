//! Static types: what an expression is known to produce before it runs. cel-go's checker computes them
//! for `Env.Compile`; flux-rs uses them the same way for environments marked [`Env::checked`]: operator
//! and function arguments must fit an overload, list and map literals must be homogeneous, and the caller
//! can demand an output type (a dependency's `readyExpr` must be `bool`, not `dyn`).
//!
//! [`Env::checked`]: crate::Env::checked

use std::collections::HashMap;
use std::fmt;
use std::sync::{Arc, Mutex, OnceLock};

use crate::functions;
use crate::parser::{BinOp, Comprehension, Elem, Expr, Macro};
use crate::value::Val;
use crate::{Env, Library};

/// A CEL type as the checker sees it. `Dyn` is "known only at evaluation", which is what every field of a
/// JSON object is.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Type {
    Dyn,
    Null,
    Bool,
    Int,
    Uint,
    Double,
    String,
    Bytes,
    Duration,
    Timestamp,
    List(Box<Type>),
    Map(Box<Type>, Box<Type>),
    Optional(Box<Type>),
    /// A type parameter in a function signature (`A` in `list(A).size()`); never the type of a value.
    Param(char),
}

impl Type {
    /// `map(string, dyn)`: a JSON object, which is how cel-go types a `google.protobuf.Struct` variable.
    pub fn object() -> Type {
        Type::Map(Box::new(Type::String), Box::new(Type::Dyn))
    }

    pub fn list(elem: Type) -> Type {
        Type::List(Box::new(elem))
    }

    pub fn optional(inner: Type) -> Type {
        Type::Optional(Box::new(inner))
    }

    /// A value's type; the elements of lists and maps are not looked at (`dyn`).
    pub(crate) fn of(v: &Val) -> Type {
        match v {
            Val::Null => Type::Null,
            Val::Bool(_) => Type::Bool,
            Val::Int(_) => Type::Int,
            Val::Uint(_) => Type::Uint,
            Val::Double(_) => Type::Double,
            Val::Str(_) => Type::String,
            Val::Bytes(_) => Type::Bytes,
            Val::Duration(_) => Type::Duration,
            Val::Timestamp(_) => Type::Timestamp,
            Val::List(_) => Type::list(Type::Dyn),
            Val::Map(_) => Type::Map(Box::new(Type::Dyn), Box::new(Type::Dyn)),
            Val::Optional(_) => Type::optional(Type::Dyn),
        }
    }
}

impl fmt::Display for Type {
    /// cel-go's spelling, as its error messages use it (`map(string, dyn)`, `optional_type(int)`).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Type::Dyn => f.write_str("dyn"),
            Type::Null => f.write_str("null_type"),
            Type::Bool => f.write_str("bool"),
            Type::Int => f.write_str("int"),
            Type::Uint => f.write_str("uint"),
            Type::Double => f.write_str("double"),
            Type::String => f.write_str("string"),
            Type::Bytes => f.write_str("bytes"),
            Type::Duration => f.write_str("google.protobuf.Duration"),
            Type::Timestamp => f.write_str("google.protobuf.Timestamp"),
            Type::List(e) => write!(f, "list({e})"),
            Type::Map(k, v) => write!(f, "map({k}, {v})"),
            Type::Optional(t) => write!(f, "optional_type({t})"),
            Type::Param(c) => write!(f, "{c}"),
        }
    }
}

/// Infers `expr`'s type. In a checked environment the first type error is returned; otherwise errors are
/// ignored (the expression still compiles, as cel-go's `Env.Parse` does) and the type degrades to `dyn`.
pub(crate) fn check(expr: &Expr, env: &Env) -> Result<Type, String> {
    let mut c = Checker { env, scope: Vec::new(), error: None };
    let t = c.infer(expr);
    match c.error {
        Some(e) if env.checked => Err(e),
        _ => Ok(t),
    }
}

struct Checker<'e> {
    env: &'e Env,
    /// Macro variables, innermost last.
    scope: Vec<(String, Type)>,
    error: Option<String>,
}

const RELATIONAL: &[&str] = &[
    "bool, bool -> bool",
    "int, int -> bool",
    "uint, uint -> bool",
    "double, double -> bool",
    "string, string -> bool",
    "bytes, bytes -> bool",
    "timestamp, timestamp -> bool",
    "duration, duration -> bool",
    // cel.CrossTypeNumericComparisons(true), enabled by both Kubernetes and Flux.
    "int, uint -> bool",
    "int, double -> bool",
    "uint, int -> bool",
    "uint, double -> bool",
    "double, int -> bool",
    "double, uint -> bool",
];

impl Checker<'_> {
    fn fail(&mut self, msg: String) -> Type {
        self.error.get_or_insert(msg);
        Type::Dyn
    }

    fn infer(&mut self, e: &Expr) -> Type {
        match e {
            Expr::Lit(v) => Type::of(v),
            Expr::Ident(name) => self.ident(name),
            Expr::Select { operand, field, optional } => {
                let base = self.infer(operand);
                let t = self.select(&base, field);
                match (optional, t) {
                    (true, o @ Type::Optional(_)) => o,
                    (true, t) => Type::optional(t),
                    (false, t) => t,
                }
            }
            Expr::Has { operand, .. } => {
                let base = self.infer(operand);
                if !matches!(base, Type::Dyn | Type::Map(..) | Type::Optional(_)) {
                    return self.fail(format!("type '{base}' does not support field selection"));
                }
                Type::Bool
            }
            Expr::Index { operand, index, optional } => {
                let base = self.infer(operand);
                let idx = self.infer(index);
                let mut sigs = vec!["list(A), int -> A", "map(K, V), K -> V"];
                let name = if *optional { "_[?_]" } else { "_[_]" };
                if *optional {
                    sigs = vec!["list(A), int -> optional(A)", "map(K, V), K -> optional(V)"];
                }
                sigs.extend(["optional(list(A)), int -> optional(A)", "optional(map(K, V)), K -> optional(V)"]);
                self.resolve(name, false, &sigs, &[base, idx])
            }
            Expr::Call { name, target, args } => {
                let mut types = Vec::with_capacity(args.len() + 1);
                if let Some(t) = target {
                    types.push(self.infer(t));
                }
                types.extend(args.iter().map(|a| self.infer(a)));
                if name == "dyn" {
                    return Type::Dyn;
                }
                let sigs = functions::signatures(self.env.library, name, target.is_some(), args.len());
                self.resolve(name, target.is_some(), &sigs, &types)
            }
            Expr::Not(x) => {
                let t = self.infer(x);
                self.resolve("!_", false, &["bool -> bool"], &[t])
            }
            Expr::Neg(x) => {
                let t = self.infer(x);
                self.resolve("-_", false, &["int -> int", "double -> double"], &[t])
            }
            Expr::And(a, b) | Expr::Or(a, b) => {
                let name = if matches!(e, Expr::And(..)) { "_&&_" } else { "_||_" };
                let (x, y) = (self.infer(a), self.infer(b));
                self.resolve(name, false, &["bool, bool -> bool"], &[x, y])
            }
            Expr::Cond(c, yes, no) => {
                let types = [self.infer(c), self.infer(yes), self.infer(no)];
                self.resolve("_?_:_", false, &["bool, A, A -> A"], &types)
            }
            Expr::Binary(op, a, b) => {
                let (x, y) = (self.infer(a), self.infer(b));
                let (name, sigs): (&str, &[&'static str]) = match op {
                    BinOp::Eq => ("_==_", &["A, A -> bool"]),
                    BinOp::Ne => ("_!=_", &["A, A -> bool"]),
                    BinOp::Lt => ("_<_", RELATIONAL),
                    BinOp::Le => ("_<=_", RELATIONAL),
                    BinOp::Gt => ("_>_", RELATIONAL),
                    BinOp::Ge => ("_>=_", RELATIONAL),
                    BinOp::In => ("@in", &["A, list(A) -> bool", "A, map(A, B) -> bool"]),
                    BinOp::Add => (
                        "_+_",
                        &[
                            "int, int -> int",
                            "uint, uint -> uint",
                            "double, double -> double",
                            "string, string -> string",
                            "bytes, bytes -> bytes",
                            "list(A), list(A) -> list(A)",
                            "duration, duration -> duration",
                            "timestamp, duration -> timestamp",
                            "duration, timestamp -> timestamp",
                        ],
                    ),
                    BinOp::Sub => (
                        "_-_",
                        &[
                            "int, int -> int",
                            "uint, uint -> uint",
                            "double, double -> double",
                            "duration, duration -> duration",
                            "timestamp, timestamp -> duration",
                            "timestamp, duration -> timestamp",
                        ],
                    ),
                    BinOp::Mul => ("_*_", &["int, int -> int", "uint, uint -> uint", "double, double -> double"]),
                    BinOp::Div => ("_/_", &["int, int -> int", "uint, uint -> uint", "double, double -> double"]),
                    BinOp::Rem => ("_%_", &["int, int -> int", "uint, uint -> uint"]),
                };
                self.resolve(name, false, sigs, &[x, y])
            }
            Expr::List(items) => {
                let types: Vec<Type> = items.iter().map(|i| self.elem(i)).collect();
                Type::list(self.common(&types))
            }
            Expr::Map(entries) => {
                let mut keys = Vec::with_capacity(entries.len());
                let mut values = Vec::with_capacity(entries.len());
                for (k, v) in entries {
                    keys.push(self.infer(k));
                    values.push(self.elem(v));
                }
                Type::Map(Box::new(self.common(&keys)), Box::new(self.common(&values)))
            }
            Expr::Comprehension(c) => self.comprehension(c),
        }
    }

    fn ident(&mut self, name: &str) -> Type {
        if let Some((_, t)) = self.scope.iter().rev().find(|(n, _)| n == name) {
            return t.clone();
        }
        self.env.variable_type(name).cloned().unwrap_or(Type::Dyn)
    }

    fn select(&mut self, base: &Type, field: &str) -> Type {
        match base {
            Type::Dyn => Type::Dyn,
            Type::Map(k, v) if matches!(**k, Type::String | Type::Dyn) => (**v).clone(),
            Type::Optional(inner) => {
                let inner = (**inner).clone();
                match self.select(&inner, field) {
                    o @ Type::Optional(_) => o,
                    t => Type::optional(t),
                }
            }
            other => self.fail(format!("type '{other}' does not support field selection (.{field})")),
        }
    }

    /// An element of a list or map literal: `?x` contributes the optional's inner type.
    fn elem(&mut self, elem: &Elem) -> Type {
        let t = self.infer(&elem.expr);
        if !elem.optional {
            return t;
        }
        match t {
            Type::Optional(inner) => *inner,
            Type::Dyn => Type::Dyn,
            other => self.fail(format!("expected type 'optional_type' but found '{other}'")),
        }
    }

    /// The element type of a literal: the shared type, or `dyn` for a mix (an error where cel-go's
    /// `HomogeneousAggregateLiterals` applies, which Flux enables).
    fn common(&mut self, types: &[Type]) -> Type {
        let mut known = types.iter().filter(|t| **t != Type::Dyn);
        let Some(first) = known.next() else { return Type::Dyn };
        for t in known {
            if !compatible(first, t) {
                if self.env.library == Library::Flux {
                    return self.fail(format!("expected type '{first}' but found '{t}'"));
                }
                return Type::Dyn;
            }
        }
        first.clone()
    }

    fn comprehension(&mut self, c: &Comprehension) -> Type {
        let range = self.infer(&c.range);
        let (var, var2) = match (&range, c.kind) {
            (_, Macro::OptMap | Macro::OptFlatMap) => match &range {
                Type::Optional(inner) => ((**inner).clone(), None),
                Type::Dyn => (Type::Dyn, None),
                other => {
                    self.fail(format!("{} needs an optional_type target, found '{other}'", c.kind.name()));
                    (Type::Dyn, None)
                }
            },
            (Type::List(e), _) if c.var2.is_some() => (Type::Int, Some((**e).clone())),
            (Type::List(e), _) => ((**e).clone(), None),
            (Type::Map(k, v), _) => ((**k).clone(), Some((**v).clone())),
            (Type::Dyn, _) => (Type::Dyn, Some(Type::Dyn)),
            (other, _) => {
                self.fail(format!("expression of type '{other}' cannot be the range of a comprehension"));
                (Type::Dyn, Some(Type::Dyn))
            }
        };
        let depth = self.scope.len();
        self.scope.push((c.var.clone(), var.clone()));
        if let Some(name) = &c.var2 {
            self.scope.push((name.clone(), var2.unwrap_or(Type::Dyn)));
        }
        if let Some(f) = &c.filter {
            let t = self.infer(f);
            self.predicate(c.kind, t);
        }
        let body = self.infer(&c.body);
        self.scope.truncate(depth);
        match c.kind {
            Macro::All | Macro::Exists | Macro::ExistsOne => {
                self.predicate(c.kind, body);
                Type::Bool
            }
            Macro::Map => Type::list(body),
            Macro::Filter => {
                self.predicate(c.kind, body);
                Type::list(var)
            }
            Macro::OptMap => Type::optional(body),
            Macro::OptFlatMap => match body {
                o @ Type::Optional(_) => o,
                Type::Dyn => Type::Dyn,
                other => self.fail(format!("optFlatMap() expression must return an optional_type, found '{other}'")),
            },
        }
    }

    fn predicate(&mut self, kind: Macro, t: Type) {
        if !matches!(t, Type::Bool | Type::Dyn) {
            self.fail(format!("{}() predicate must be bool, found '{t}'", kind.name()));
        }
    }

    /// Overload resolution as cel-go's checker does it: every signature the arguments fit contributes its
    /// result type; one distinct result is the call's type, several make it `dyn`, none is an error.
    fn resolve(&mut self, name: &str, receiver: bool, sigs: &[&'static str], args: &[Type]) -> Type {
        let mut result: Option<Type> = None;
        for sig in sigs {
            let parsed = parsed(sig);
            let (params, ret) = (&parsed.0, &parsed.1);
            if params.len() != args.len() {
                continue;
            }
            let mut bound = HashMap::new();
            if params.iter().zip(args).all(|(p, a)| assignable(p, a, &mut bound)) {
                let r = substitute(ret, &bound);
                result = Some(match result {
                    None => r,
                    Some(prev) if prev == r => prev,
                    Some(_) => Type::Dyn,
                });
            }
        }
        if let Some(t) = result {
            return t;
        }
        let shown: Vec<String> = args.iter().map(Type::to_string).collect();
        let applied = match (receiver, shown.split_first()) {
            (true, Some((target, rest))) => format!("{target}.({})", rest.join(", ")),
            _ => format!("({})", shown.join(", ")),
        };
        self.fail(format!("found no matching overload for '{name}' applied to '{applied}'"))
    }
}

/// True if arguments of these types fit the signature `sig`.
pub(crate) fn fits(sig: &'static str, args: &[Type]) -> bool {
    let parsed = parsed(sig);
    let mut bound = HashMap::new();
    parsed.0.len() == args.len() && parsed.0.iter().zip(args).all(|(p, a)| assignable(p, a, &mut bound))
}

/// A parsed signature: parameters, then the result.
type Signature = Arc<(Vec<Type>, Type)>;

/// A signature's parameters and result, parsed once per process (evaluation checks them on every call).
fn parsed(sig: &'static str) -> Signature {
    static CACHE: OnceLock<Mutex<HashMap<&'static str, Signature>>> = OnceLock::new();
    let mut map = match CACHE.get_or_init(Default::default).lock() {
        Ok(m) => m,
        // Inserts are atomic, so a map behind a poisoned lock is still whole.
        Err(poisoned) => poisoned.into_inner(),
    };
    map.entry(sig).or_insert_with(|| Arc::new(parse_signature(sig))).clone()
}

/// Two types that can hold the same values: equal, or either unknown.
fn compatible(a: &Type, b: &Type) -> bool {
    match (a, b) {
        (Type::Dyn, _) | (_, Type::Dyn) => true,
        (Type::List(x), Type::List(y)) | (Type::Optional(x), Type::Optional(y)) => compatible(x, y),
        (Type::Map(k1, v1), Type::Map(k2, v2)) => compatible(k1, k2) && compatible(v1, v2),
        _ => a == b,
    }
}

fn assignable(param: &Type, arg: &Type, bound: &mut HashMap<char, Type>) -> bool {
    match (param, arg) {
        (Type::Param(c), _) => match bound.get(c) {
            Some(prev) => {
                let prev = prev.clone();
                let ok = compatible(&prev, arg);
                // Keep the more specific binding: `A` first bound to dyn, then to int, is int.
                if ok && prev == Type::Dyn {
                    bound.insert(*c, arg.clone());
                }
                ok
            }
            None => {
                bound.insert(*c, arg.clone());
                true
            }
        },
        (Type::Dyn, _) => true,
        (_, Type::Dyn) => {
            bind_unknown(param, bound);
            true
        }
        (Type::List(p), Type::List(a)) | (Type::Optional(p), Type::Optional(a)) => assignable(p, a, bound),
        (Type::Map(pk, pv), Type::Map(ak, av)) => assignable(pk, ak, bound) && assignable(pv, av, bound),
        _ => param == arg,
    }
}

/// A `dyn` argument fits any parameter; the parameter's type variables become `dyn` if still free.
fn bind_unknown(param: &Type, bound: &mut HashMap<char, Type>) {
    match param {
        Type::Param(c) => {
            bound.entry(*c).or_insert(Type::Dyn);
        }
        Type::List(t) | Type::Optional(t) => bind_unknown(t, bound),
        Type::Map(k, v) => {
            bind_unknown(k, bound);
            bind_unknown(v, bound);
        }
        _ => {}
    }
}

fn substitute(t: &Type, bound: &HashMap<char, Type>) -> Type {
    match t {
        Type::Param(c) => bound.get(c).cloned().unwrap_or(Type::Dyn),
        Type::List(e) => Type::list(substitute(e, bound)),
        Type::Optional(e) => Type::optional(substitute(e, bound)),
        Type::Map(k, v) => Type::Map(Box::new(substitute(k, bound)), Box::new(substitute(v, bound))),
        other => other.clone(),
    }
}

/// Reads a signature such as `list(A), A -> int` (parameters, then the result).
fn parse_signature(sig: &str) -> (Vec<Type>, Type) {
    let (params, ret) = sig.split_once("->").unwrap_or((sig, "dyn"));
    let params = split_top(params).into_iter().filter(|p| !p.is_empty()).map(parse_type).collect();
    (params, parse_type(ret.trim()))
}

/// Splits at the commas that are not inside parentheses.
fn split_top(s: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let (mut depth, mut start) = (0usize, 0usize);
    for (i, ch) in s.char_indices() {
        match ch {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            ',' if depth == 0 => {
                out.push(s[start..i].trim());
                start = i + 1;
            }
            _ => {}
        }
    }
    out.push(s[start..].trim());
    out
}

fn parse_type(s: &str) -> Type {
    let s = s.trim();
    if let Some(inner) = s.strip_prefix("list(").and_then(|r| r.strip_suffix(')')) {
        return Type::list(parse_type(inner));
    }
    if let Some(inner) = s.strip_prefix("optional(").and_then(|r| r.strip_suffix(')')) {
        return Type::optional(parse_type(inner));
    }
    if let Some(inner) = s.strip_prefix("map(").and_then(|r| r.strip_suffix(')')) {
        let parts = split_top(inner);
        let key = parts.first().map_or(Type::Dyn, |k| parse_type(k));
        let value = parts.get(1).map_or(Type::Dyn, |v| parse_type(v));
        return Type::Map(Box::new(key), Box::new(value));
    }
    match s {
        "null" => Type::Null,
        "bool" => Type::Bool,
        "int" => Type::Int,
        "uint" => Type::Uint,
        "double" => Type::Double,
        "string" => Type::String,
        "bytes" => Type::Bytes,
        "duration" => Type::Duration,
        "timestamp" => Type::Timestamp,
        p if p.len() == 1 && p.chars().all(|c| c.is_ascii_uppercase()) => Type::Param(p.chars().next().unwrap_or('A')),
        _ => Type::Dyn,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signatures_parse() {
        assert_eq!(
            parse_signature("list(A), map(K, list(V)) -> optional(A)"),
            (
                vec![
                    Type::list(Type::Param('A')),
                    Type::Map(Box::new(Type::Param('K')), Box::new(Type::list(Type::Param('V'))))
                ],
                Type::optional(Type::Param('A'))
            )
        );
        assert_eq!(parse_signature("-> optional(A)"), (vec![], Type::optional(Type::Param('A'))));
        assert_eq!(Type::object().to_string(), "map(string, dyn)");
    }
}

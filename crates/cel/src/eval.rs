//! A tree-walking evaluator with CEL's error semantics: errors are values that `&&`, `||`, `all` and `exists`
//! absorb when the other operands decide the result, and that every other operator propagates.

use std::cmp::Ordering;
use std::sync::Arc;

use crate::functions;
use crate::parser::{BinOp, Comprehension, Elem, Expr, Macro};
use crate::value::{compare, equal, no_overload2, Key, Val};
use crate::Library;

/// Variables in scope, innermost last.
pub(crate) struct Scope {
    library: Library,
    vars: Vec<(String, Val)>,
}

impl Scope {
    pub(crate) fn new(library: Library, vars: Vec<(String, Val)>) -> Scope {
        Scope { library, vars }
    }

    fn lookup(&self, name: &str) -> Result<Val, String> {
        match self.vars.iter().rev().find(|(n, _)| n == name) {
            Some((_, v)) => Ok(v.clone()),
            // A declared variable the caller left unbound (oldSelf on create), or an undeclared name in an
            // environment that accepts any (a field the object does not have).
            None => Err(format!("no such attribute(s): {name}")),
        }
    }

    fn is_bound(&self, name: &str) -> bool {
        self.vars.iter().any(|(n, _)| n == name)
    }
}

/// For `a.b.c` (or `has(a.b.c)`) whose root variable `a` is unbound, the qualified name cel-go reports:
/// with no `a`, the expression could only have meant a variable named `a.b.c`, so that is what is missing.
fn unbound_path(operand: &Expr, field: &str, env: &Scope) -> Option<String> {
    let mut parts = vec![field];
    let mut e = operand;
    loop {
        match e {
            Expr::Select { operand, field, optional: false } => {
                parts.push(field);
                e = operand;
            }
            Expr::Ident(name) if !env.is_bound(name) => {
                parts.push(name);
                parts.reverse();
                return Some(parts.join("."));
            }
            _ => return None,
        }
    }
}

pub(crate) fn eval(e: &Expr, env: &mut Scope) -> Result<Val, String> {
    match e {
        Expr::Lit(v) => Ok(v.clone()),
        Expr::Ident(name) => env.lookup(name),
        Expr::Select { operand, field, optional } => {
            if let Some(path) = unbound_path(operand, field, env) {
                return Err(format!("no such attribute(s): {path}"));
            }
            let base = eval(operand, env)?;
            select(&base, field, *optional)
        }
        Expr::Has { operand, field } => match eval_has_operand(operand, field, env)? {
            Val::Map(m) => Ok(Val::Bool(m.contains_key(&Key::Str(unescape(field).into())))),
            other => Err(format!("no such overload: has() on {}", other.type_name())),
        },
        Expr::Index { operand, index, optional } => {
            let base = eval(operand, env)?;
            let idx = eval(index, env)?;
            self::index(&base, &idx, *optional)
        }
        Expr::Call { name, target, args } => {
            let t = match target {
                Some(t) => Some(eval(t, env)?),
                None => None,
            };
            // `or` and `orValue` do not evaluate their argument when the target already has a value.
            if let (Some(v @ Val::Optional(Some(inner))), "or" | "orValue", [_]) = (&t, name.as_str(), &args[..]) {
                return Ok(if name == "or" { v.clone() } else { (**inner).clone() });
            }
            let values = args.iter().map(|a| eval(a, env)).collect::<Result<Vec<_>, _>>()?;
            functions::call(env.library, name, t.as_ref(), &values)
        }
        Expr::Not(x) => match eval(x, env)? {
            Val::Bool(b) => Ok(Val::Bool(!b)),
            other => Err(format!("no such overload: !{}", other.type_name())),
        },
        Expr::Neg(x) => match eval(x, env)? {
            Val::Int(i) => i.checked_neg().map(Val::Int).ok_or_else(overflow),
            Val::Double(d) => Ok(Val::Double(-d)),
            other => Err(format!("no such overload: -{}", other.type_name())),
        },
        Expr::And(a, b) => logical(eval(a, env), || eval(b, env), false),
        Expr::Or(a, b) => logical(eval(a, env), || eval(b, env), true),
        Expr::Cond(c, yes, no) => match eval(c, env)? {
            Val::Bool(true) => eval(yes, env),
            Val::Bool(false) => eval(no, env),
            other => Err(format!("no such overload: {} ? _ : _", other.type_name())),
        },
        Expr::Binary(op, a, b) => {
            let x = eval(a, env)?;
            let y = eval(b, env)?;
            binary(*op, &x, &y)
        }
        Expr::List(items) => {
            let mut out = Vec::with_capacity(items.len());
            for item in items {
                if let Some(v) = element(item, env)? {
                    out.push(v);
                }
            }
            Ok(Val::List(Arc::new(out)))
        }
        Expr::Map(entries) => {
            let mut out = Vec::with_capacity(entries.len());
            for (k, v) in entries {
                let key = eval(k, env)?;
                if let Some(value) = element(v, env)? {
                    out.push((key, value));
                }
            }
            Val::map_of(out)
        }
        Expr::Comprehension(c) => comprehension(c, env),
    }
}

/// `has(a.b.c)`'s operand `a.b`, reporting a missing root variable by the full path as cel-go does.
fn eval_has_operand(operand: &Expr, field: &str, env: &mut Scope) -> Result<Val, String> {
    if let Some(path) = unbound_path(operand, field, env) {
        return Err(format!("no such attribute(s): {path}"));
    }
    eval(operand, env)
}

/// A literal's element: `?x` contributes `x`'s value, or nothing when `x` is `optional.none()`.
fn element(elem: &Elem, env: &mut Scope) -> Result<Option<Val>, String> {
    let v = eval(&elem.expr, env)?;
    if !elem.optional {
        return Ok(Some(v));
    }
    match v {
        Val::Optional(inner) => Ok(inner.map(|i| (*i).clone())),
        other => Err(format!("no such overload: optional element of type {}", other.type_name())),
    }
}

fn overflow() -> String {
    "integer overflow".into()
}

/// `&&` (`decides` = false) and `||` (`decides` = true): the deciding value wins over an error on either side.
fn logical(
    left: Result<Val, String>,
    right: impl FnOnce() -> Result<Val, String>,
    decides: bool,
) -> Result<Val, String> {
    let as_bool = |r: Result<Val, String>| match r {
        Ok(Val::Bool(b)) => Ok(b),
        Ok(other) => Err(format!("no such overload: {} {} _", other.type_name(), if decides { "||" } else { "&&" })),
        Err(e) => Err(e),
    };
    let l = as_bool(left);
    if l == Ok(decides) {
        return Ok(Val::Bool(decides));
    }
    let r = as_bool(right());
    match (l, r) {
        (_, Ok(b)) if b == decides => Ok(Val::Bool(decides)),
        (Ok(_), Ok(_)) => Ok(Val::Bool(!decides)),
        (Err(e), _) | (_, Err(e)) => Err(e),
    }
}

/// Kubernetes escapes property names that are not CEL identifiers: `__dash__` for `-`, `__dot__`, `__slash__`,
/// `__underscores__` for `__`, and `__{keyword}__` for a reserved word.
fn unescape(field: &str) -> String {
    if !field.contains("__") {
        return field.to_string();
    }
    if let Some(inner) = field.strip_prefix("__").and_then(|f| f.strip_suffix("__")) {
        // CEL's reserved words plus the literals and `self`, which Kubernetes escapes the same way.
        if crate::parser::RESERVED.contains(&inner) || matches!(inner, "true" | "false" | "null" | "self") {
            return inner.to_string();
        }
    }
    let mut out = String::new();
    let mut rest = field;
    'scan: while !rest.is_empty() {
        for (esc, plain) in [("__underscores__", "__"), ("__dot__", "."), ("__dash__", "-"), ("__slash__", "/")] {
            if let Some(r) = rest.strip_prefix(esc) {
                out.push_str(plain);
                rest = r;
                continue 'scan;
            }
        }
        let ch = rest.chars().next().unwrap_or_default();
        out.push(ch);
        rest = &rest[ch.len_utf8()..];
    }
    out
}

fn select(base: &Val, field: &str, optional: bool) -> Result<Val, String> {
    match base {
        Val::Map(m) => {
            let found = m.get(&Key::Str(unescape(field).into())).map(|(_, v)| v.clone());
            match (found, optional) {
                (Some(v), false) => Ok(v),
                (None, false) => Err(format!("no such key: {field}")),
                (v, true) => Ok(Val::Optional(v.map(Arc::new))),
            }
        }
        Val::Optional(None) => Ok(Val::Optional(None)),
        Val::Optional(Some(inner)) => match select(inner, field, true)? {
            o @ Val::Optional(_) => Ok(o),
            v => Ok(Val::Optional(Some(Arc::new(v)))),
        },
        other => Err(format!("no such overload: field selection .{field} on {}", other.type_name())),
    }
}

fn index(base: &Val, idx: &Val, optional: bool) -> Result<Val, String> {
    let found = match base {
        Val::List(items) => {
            let i = match idx {
                Val::Int(i) => i128::from(*i),
                Val::Uint(u) => i128::from(*u),
                Val::Double(d) if d.fract() == 0.0 && d.abs() < 1e18 => *d as i128,
                other => return Err(format!("no such overload: list[{}]", other.type_name())),
            };
            let hit = usize::try_from(i).ok().and_then(|i| items.get(i)).cloned();
            if hit.is_none() && !optional {
                return Err(format!("index out of bounds: {i}"));
            }
            hit
        }
        Val::Map(m) => {
            let hit = m.get(&idx.key()?).map(|(_, v)| v.clone());
            if hit.is_none() && !optional {
                let shown = match idx {
                    Val::Str(s) => s.to_string(),
                    other => crate::value::to_string(other).unwrap_or_default(),
                };
                return Err(format!("no such key: {shown}"));
            }
            hit
        }
        Val::Optional(None) => return Ok(Val::Optional(None)),
        Val::Optional(Some(inner)) => return index(inner, idx, true),
        other => return Err(format!("no such overload: {}[{}]", other.type_name(), idx.type_name())),
    };
    Ok(if optional { Val::Optional(found.map(Arc::new)) } else { found.unwrap_or(Val::Null) })
}

fn binary(op: BinOp, x: &Val, y: &Val) -> Result<Val, String> {
    let ordered = |want: fn(Ordering) -> bool| compare(x, y).map(|o| Val::Bool(o.is_some_and(want)));
    match op {
        BinOp::Eq => Ok(Val::Bool(equal(x, y))),
        BinOp::Ne => Ok(Val::Bool(!equal(x, y))),
        BinOp::Lt => ordered(Ordering::is_lt),
        BinOp::Le => ordered(Ordering::is_le),
        BinOp::Gt => ordered(Ordering::is_gt),
        BinOp::Ge => ordered(Ordering::is_ge),
        BinOp::In => match y {
            Val::List(items) => Ok(Val::Bool(items.iter().any(|i| equal(i, x)))),
            Val::Map(m) => Ok(Val::Bool(x.key().is_ok_and(|k| m.contains_key(&k)))),
            _ => Err(no_overload2(x, "in", y)),
        },
        BinOp::Add => add(x, y),
        BinOp::Sub => sub(x, y),
        BinOp::Mul | BinOp::Div | BinOp::Rem => multiplicative(op, x, y),
    }
}

fn add(x: &Val, y: &Val) -> Result<Val, String> {
    Ok(match (x, y) {
        (Val::Int(a), Val::Int(b)) => Val::Int(a.checked_add(*b).ok_or_else(overflow)?),
        (Val::Uint(a), Val::Uint(b)) => Val::Uint(a.checked_add(*b).ok_or_else(overflow)?),
        (Val::Double(a), Val::Double(b)) => Val::Double(a + b),
        (Val::Str(a), Val::Str(b)) => Val::from(format!("{a}{b}")),
        (Val::Bytes(a), Val::Bytes(b)) => Val::Bytes([&a[..], &b[..]].concat().into()),
        (Val::List(a), Val::List(b)) => Val::List(Arc::new(a.iter().chain(b.iter()).cloned().collect())),
        (Val::Duration(a), Val::Duration(b)) => Val::Duration(a.checked_add(*b).ok_or_else(overflow)?),
        (Val::Timestamp(t), Val::Duration(d)) | (Val::Duration(d), Val::Timestamp(t)) => {
            Val::Timestamp(t.checked_add_signed(chrono::Duration::nanoseconds(*d)).ok_or_else(overflow)?)
        }
        _ => return Err(no_overload2(x, "+", y)),
    })
}

fn sub(x: &Val, y: &Val) -> Result<Val, String> {
    Ok(match (x, y) {
        (Val::Int(a), Val::Int(b)) => Val::Int(a.checked_sub(*b).ok_or_else(overflow)?),
        (Val::Uint(a), Val::Uint(b)) => Val::Uint(a.checked_sub(*b).ok_or_else(overflow)?),
        (Val::Double(a), Val::Double(b)) => Val::Double(a - b),
        (Val::Duration(a), Val::Duration(b)) => Val::Duration(a.checked_sub(*b).ok_or_else(overflow)?),
        (Val::Timestamp(t), Val::Duration(d)) => {
            Val::Timestamp(t.checked_sub_signed(chrono::Duration::nanoseconds(*d)).ok_or_else(overflow)?)
        }
        (Val::Timestamp(a), Val::Timestamp(b)) => Val::Duration((*a - *b).num_nanoseconds().ok_or_else(overflow)?),
        _ => return Err(no_overload2(x, "-", y)),
    })
}

fn multiplicative(op: BinOp, x: &Val, y: &Val) -> Result<Val, String> {
    let zero = || if op == BinOp::Rem { "modulus by zero".to_string() } else { "division by zero".to_string() };
    Ok(match (op, x, y) {
        (BinOp::Mul, Val::Int(a), Val::Int(b)) => Val::Int(a.checked_mul(*b).ok_or_else(overflow)?),
        (BinOp::Mul, Val::Uint(a), Val::Uint(b)) => Val::Uint(a.checked_mul(*b).ok_or_else(overflow)?),
        (BinOp::Mul, Val::Double(a), Val::Double(b)) => Val::Double(a * b),
        (_, Val::Int(_), Val::Int(0)) | (_, Val::Uint(_), Val::Uint(0)) => return Err(zero()),
        (BinOp::Div, Val::Int(a), Val::Int(b)) => Val::Int(a.checked_div(*b).ok_or_else(overflow)?),
        (BinOp::Rem, Val::Int(a), Val::Int(b)) => Val::Int(a.checked_rem(*b).ok_or_else(overflow)?),
        (BinOp::Div, Val::Uint(a), Val::Uint(b)) => Val::Uint(a / b),
        (BinOp::Rem, Val::Uint(a), Val::Uint(b)) => Val::Uint(a % b),
        (BinOp::Div, Val::Double(a), Val::Double(b)) => Val::Double(a / b),
        _ => {
            let sym = match op {
                BinOp::Mul => "*",
                BinOp::Div => "/",
                _ => "%",
            };
            return Err(no_overload2(x, sym, y));
        }
    })
}

/// `opt.optMap(v, expr)` and `opt.optFlatMap(v, expr)`.
fn optional_macro(c: &Comprehension, range: Val, env: &mut Scope) -> Result<Val, String> {
    let Val::Optional(value) = range else {
        return Err(format!("no such overload: {}() on {}", c.kind.name(), range.type_name()));
    };
    let Some(value) = value else { return Ok(Val::Optional(None)) };
    env.vars.push((c.var.clone(), (*value).clone()));
    let out = eval(&c.body, env);
    env.vars.pop();
    match (c.kind, out?) {
        (Macro::OptMap, v) => Ok(Val::Optional(Some(Arc::new(v)))),
        (_, o @ Val::Optional(_)) => Ok(o),
        (_, other) => Err(format!("no such overload: optFlatMap() expression returned {}", other.type_name())),
    }
}

fn comprehension(c: &Comprehension, env: &mut Scope) -> Result<Val, String> {
    let range = eval(&c.range, env)?;
    if matches!(c.kind, Macro::OptMap | Macro::OptFlatMap) {
        return optional_macro(c, range, env);
    }
    // (var, var2) bindings for each step: list → (element) or (index, element); map → (key) or (key, value).
    let steps: Vec<(Val, Option<Val>)> = match &range {
        Val::List(items) => items
            .iter()
            .enumerate()
            .map(|(i, v)| if c.var2.is_some() { (Val::Int(i as i64), Some(v.clone())) } else { (v.clone(), None) })
            .collect(),
        Val::Map(m) => m.values().map(|(k, v)| (k.clone(), c.var2.as_ref().map(|_| v.clone()))).collect(),
        other => return Err(format!("no such overload: comprehension over {}", other.type_name())),
    };
    let step = |env: &mut Scope, expr: &Expr, (a, b): &(Val, Option<Val>)| {
        let depth = env.vars.len();
        env.vars.push((c.var.clone(), a.clone()));
        if let (Some(name), Some(v)) = (&c.var2, b) {
            env.vars.push((name.clone(), v.clone()));
        }
        let out = eval(expr, env);
        env.vars.truncate(depth);
        out
    };
    let predicate = |r: Result<Val, String>| match r {
        Ok(Val::Bool(b)) => Ok(b),
        Ok(other) => Err(format!("no such overload: macro predicate returned {}", other.type_name())),
        Err(e) => Err(e),
    };
    match c.kind {
        Macro::All | Macro::Exists => {
            let decides = c.kind == Macro::Exists;
            let mut first_err = None;
            for s in &steps {
                match predicate(step(env, &c.body, s)) {
                    Ok(b) if b == decides => return Ok(Val::Bool(decides)),
                    Ok(_) => {}
                    Err(e) => {
                        first_err.get_or_insert(e);
                    }
                }
            }
            match first_err {
                Some(e) => Err(e),
                None => Ok(Val::Bool(!decides)),
            }
        }
        Macro::ExistsOne => {
            let mut n = 0;
            for s in &steps {
                n += usize::from(predicate(step(env, &c.body, s))?);
            }
            Ok(Val::Bool(n == 1))
        }
        Macro::Map => {
            let mut out = Vec::new();
            for s in &steps {
                if let Some(f) = &c.filter {
                    if !predicate(step(env, f, s))? {
                        continue;
                    }
                }
                out.push(step(env, &c.body, s)?);
            }
            Ok(Val::List(Arc::new(out)))
        }
        Macro::Filter => {
            let mut out = Vec::new();
            for s in &steps {
                if predicate(step(env, &c.body, s))? {
                    out.push(s.0.clone());
                }
            }
            Ok(Val::List(Arc::new(out)))
        }
        Macro::OptMap | Macro::OptFlatMap => optional_macro(c, range.clone(), env),
    }
}

//! A recursive-descent parser from tokens to an [`Expr`] tree, with CEL's precedence (`?:` < `||` < `&&` <
//! relations and `in` < `+ -` < `* / %` < unary `! -` < member, index and call) and its macros (`has`, `all`,
//! `exists`, `exists_one`/`existsOne`, `map`, `filter`, `optMap`, `optFlatMap`) expanded at parse time.
//! Names are resolved here too: only the environment's variables (or any name, in an environment that
//! declares none), macro variables and the functions flux-rs implements for the environment's library
//! compile, so an unsupported expression fails before it could be mistaken for an evaluated one.

use crate::functions;
use crate::lexer::Tok;
use crate::value::Val;
use crate::{Env, Library};

#[derive(Debug, Clone)]
pub(crate) enum Expr {
    Lit(Val),
    Ident(String),
    /// `a.b`, or `a.?b` (an optional) when `optional`.
    Select {
        operand: Box<Expr>,
        field: String,
        optional: bool,
    },
    /// `has(a.b)`: presence of field `b` in `a`.
    Has {
        operand: Box<Expr>,
        field: String,
    },
    /// `a[i]`, or `a[?i]` (an optional) when `optional`.
    Index {
        operand: Box<Expr>,
        index: Box<Expr>,
        optional: bool,
    },
    /// A function call: `size(x)` has no target, `x.size()` has `x`.
    Call {
        name: String,
        target: Option<Box<Expr>>,
        args: Vec<Expr>,
    },
    Not(Box<Expr>),
    Neg(Box<Expr>),
    Binary(BinOp, Box<Expr>, Box<Expr>),
    And(Box<Expr>, Box<Expr>),
    Or(Box<Expr>, Box<Expr>),
    Cond(Box<Expr>, Box<Expr>, Box<Expr>),
    List(Vec<Elem>),
    /// Entries of a map literal; an optional value (`{?k: v}`) leaves the entry out when `v` is empty.
    Map(Vec<(Expr, Elem)>),
    Comprehension(Box<Comprehension>),
}

/// An element of a list literal or a map literal's value; `[?x]` (`optional`) is added only if `x` has a value.
#[derive(Debug, Clone)]
pub(crate) struct Elem {
    pub expr: Expr,
    pub optional: bool,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum BinOp {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    In,
    Add,
    Sub,
    Mul,
    Div,
    Rem,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Macro {
    All,
    Exists,
    ExistsOne,
    Map,
    Filter,
    /// `opt.optMap(v, expr)`: `optional.of(expr)` with `v` bound to the value, or `optional.none()`.
    OptMap,
    /// `opt.optFlatMap(v, expr)`: `expr` (itself an optional) with `v` bound to the value, or `optional.none()`.
    OptFlatMap,
}

impl Macro {
    pub(crate) fn name(self) -> &'static str {
        match self {
            Macro::All => "all",
            Macro::Exists => "exists",
            Macro::ExistsOne => "exists_one",
            Macro::Map => "map",
            Macro::Filter => "filter",
            Macro::OptMap => "optMap",
            Macro::OptFlatMap => "optFlatMap",
        }
    }
}

/// `range.all(var, body)` and friends; `var2` is the value variable of the two-variable forms
/// (`list.all(i, v, …)`, `map.exists(k, v, …)`), `filter` the predicate of the three-argument `map`.
#[derive(Debug, Clone)]
pub(crate) struct Comprehension {
    pub kind: Macro,
    pub range: Expr,
    pub var: String,
    pub var2: Option<String>,
    pub filter: Option<Expr>,
    pub body: Expr,
}

/// Nesting deeper than this is refused rather than risking the stack on a hostile rule.
const MAX_DEPTH: usize = 100;

/// CEL's reserved words: not usable as identifiers (the evaluator's property-name escaping uses them too).
pub(crate) const RESERVED: [&str; 18] = [
    "as",
    "break",
    "const",
    "continue",
    "else",
    "for",
    "function",
    "if",
    "import",
    "let",
    "loop",
    "package",
    "namespace",
    "return",
    "var",
    "void",
    "while",
    "in",
];

/// CEL's type denotations: in cel-go they name types, never variables, and flux-rs has no type values.
const TYPE_NAMES: [&str; 11] =
    ["int", "uint", "double", "bool", "string", "bytes", "list", "map", "null_type", "type", "dyn"];

pub(crate) struct Parser<'t> {
    toks: &'t [(Tok, usize)],
    pos: usize,
    depth: usize,
    env: &'t Env,
    /// The enclosing macros' variables, innermost last.
    scope: Vec<String>,
    /// The environment's variables the expression reads (not counting macro variables that shadow them).
    pub references: std::collections::BTreeSet<String>,
}

impl<'t> Parser<'t> {
    pub(crate) fn new(toks: &'t [(Tok, usize)], env: &'t Env) -> Self {
        Parser { toks, pos: 0, depth: 0, env, scope: Vec::new(), references: Default::default() }
    }

    /// Parses the whole token list as one expression.
    pub(crate) fn parse(&mut self) -> Result<Expr, String> {
        let e = self.expr()?;
        match self.toks.get(self.pos) {
            None => Ok(e),
            Some((t, at)) => Err(format!("unexpected {} at offset {at}", describe(t))),
        }
    }

    fn peek(&self) -> Option<&Tok> {
        self.toks.get(self.pos).map(|(t, _)| t)
    }

    fn peek_punct(&self, p: &str) -> bool {
        matches!(self.peek(), Some(Tok::Punct(q)) if *q == p)
    }

    fn eat(&mut self, p: &str) -> bool {
        let hit = self.peek_punct(p);
        if hit {
            self.pos += 1;
        }
        hit
    }

    fn expect(&mut self, p: &str) -> Result<(), String> {
        if self.eat(p) {
            return Ok(());
        }
        Err(match self.toks.get(self.pos) {
            Some((t, at)) => format!("expected '{p}' but found {} at offset {at}", describe(t)),
            None => format!("expected '{p}' but the expression ended"),
        })
    }

    fn ident(&mut self) -> Result<String, String> {
        match self.toks.get(self.pos) {
            Some((Tok::Ident(name), _)) => {
                self.pos += 1;
                Ok(name.clone())
            }
            Some((t, at)) => Err(format!("expected an identifier but found {} at offset {at}", describe(t))),
            None => Err("expected an identifier but the expression ended".into()),
        }
    }

    /// One more level of nesting in the tree being built. Every construct that wraps a node in another
    /// (parentheses, operator chains, unary operators, selections and calls) counts, so neither the
    /// parser nor the checker, evaluator or drop of the tree can recurse deep enough to exhaust a stack.
    fn nest(&mut self) -> Result<(), String> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(format!("expression nested more than {MAX_DEPTH} levels deep"));
        }
        Ok(())
    }

    fn expr(&mut self) -> Result<Expr, String> {
        let mark = self.depth;
        self.nest()?;
        let cond = self.or()?;
        let e = if self.eat("?") {
            let yes = self.or()?;
            self.expect(":")?;
            let no = self.expr()?;
            Expr::Cond(Box::new(cond), Box::new(yes), Box::new(no))
        } else {
            cond
        };
        self.depth = mark;
        Ok(e)
    }

    fn or(&mut self) -> Result<Expr, String> {
        let mark = self.depth;
        let mut e = self.and()?;
        while self.eat("||") {
            self.nest()?;
            e = Expr::Or(Box::new(e), Box::new(self.and()?));
        }
        self.depth = mark;
        Ok(e)
    }

    fn and(&mut self) -> Result<Expr, String> {
        let mark = self.depth;
        let mut e = self.relation()?;
        while self.eat("&&") {
            self.nest()?;
            e = Expr::And(Box::new(e), Box::new(self.relation()?));
        }
        self.depth = mark;
        Ok(e)
    }

    fn relation(&mut self) -> Result<Expr, String> {
        let mark = self.depth;
        let mut e = self.additive()?;
        loop {
            let op = match self.peek() {
                Some(Tok::Punct("==")) => BinOp::Eq,
                Some(Tok::Punct("!=")) => BinOp::Ne,
                Some(Tok::Punct("<")) => BinOp::Lt,
                Some(Tok::Punct("<=")) => BinOp::Le,
                Some(Tok::Punct(">")) => BinOp::Gt,
                Some(Tok::Punct(">=")) => BinOp::Ge,
                Some(Tok::Ident(w)) if w == "in" => BinOp::In,
                _ => break,
            };
            self.pos += 1;
            self.nest()?;
            e = Expr::Binary(op, Box::new(e), Box::new(self.additive()?));
        }
        self.depth = mark;
        Ok(e)
    }

    fn additive(&mut self) -> Result<Expr, String> {
        let mark = self.depth;
        let mut e = self.multiplicative()?;
        loop {
            let op = match self.peek() {
                Some(Tok::Punct("+")) => BinOp::Add,
                Some(Tok::Punct("-")) => BinOp::Sub,
                _ => break,
            };
            self.pos += 1;
            self.nest()?;
            e = Expr::Binary(op, Box::new(e), Box::new(self.multiplicative()?));
        }
        self.depth = mark;
        Ok(e)
    }

    fn multiplicative(&mut self) -> Result<Expr, String> {
        let mark = self.depth;
        let mut e = self.unary()?;
        loop {
            let op = match self.peek() {
                Some(Tok::Punct("*")) => BinOp::Mul,
                Some(Tok::Punct("/")) => BinOp::Div,
                Some(Tok::Punct("%")) => BinOp::Rem,
                _ => break,
            };
            self.pos += 1;
            self.nest()?;
            e = Expr::Binary(op, Box::new(e), Box::new(self.unary()?));
        }
        self.depth = mark;
        Ok(e)
    }

    fn unary(&mut self) -> Result<Expr, String> {
        let mark = self.depth;
        if self.eat("!") {
            self.nest()?;
            let operand = self.unary()?;
            self.depth = mark;
            return Ok(Expr::Not(Box::new(operand)));
        }
        if self.eat("-") {
            // A negative literal is one token in CEL, so the most negative int64 is representable.
            if let Some(Tok::Int(n)) = self.peek() {
                let n = *n;
                if n == 1 << 63 {
                    self.pos += 1;
                    return self.postfix(Expr::Lit(Val::Int(i64::MIN)));
                }
            }
            self.nest()?;
            let operand = self.unary()?;
            self.depth = mark;
            return Ok(Expr::Neg(Box::new(operand)));
        }
        let primary = self.primary()?;
        self.postfix(primary)
    }

    fn postfix(&mut self, mut e: Expr) -> Result<Expr, String> {
        let mark = self.depth;
        loop {
            if matches!(self.peek(), Some(Tok::Punct("." | "["))) {
                self.nest()?;
            }
            if self.eat(".") {
                let optional = self.eat("?");
                let name = self.ident()?;
                if RESERVED.contains(&name.as_str()) || matches!(name.as_str(), "true" | "false" | "null") {
                    return Err(format!(
                        "reserved identifier '{name}' used as a field name (Kubernetes escapes it as __{name}__)"
                    ));
                }
                if !optional && self.peek_punct("(") {
                    self.pos += 1;
                    e = self.method(e, name)?;
                } else {
                    e = Expr::Select { operand: Box::new(e), field: name, optional };
                }
            } else if self.eat("[") {
                let optional = self.eat("?");
                let index = self.expr()?;
                self.expect("]")?;
                e = Expr::Index { operand: Box::new(e), index: Box::new(index), optional };
            } else {
                self.depth = mark;
                return Ok(e);
            }
        }
    }

    fn args(&mut self) -> Result<Vec<Expr>, String> {
        let mut args = Vec::new();
        if self.eat(")") {
            return Ok(args);
        }
        loop {
            args.push(self.expr()?);
            if self.eat(")") {
                return Ok(args);
            }
            self.expect(",")?;
        }
    }

    /// `target.name(` has been read: a macro or a receiver-style function call.
    fn method(&mut self, target: Expr, name: String) -> Result<Expr, String> {
        let kind = match name.as_str() {
            "all" => Some(Macro::All),
            "exists" => Some(Macro::Exists),
            "exists_one" | "existsOne" => Some(Macro::ExistsOne),
            "map" => Some(Macro::Map),
            "filter" => Some(Macro::Filter),
            "optMap" => Some(Macro::OptMap),
            "optFlatMap" => Some(Macro::OptFlatMap),
            _ => None,
        };
        let Some(kind) = kind else {
            let args = self.args()?;
            functions::check(self.env.library, &name, true, args.len())?;
            return Ok(Expr::Call { name, target: Some(Box::new(target)), args });
        };
        let var = self.ident()?;
        self.expect(",")?;
        let mut var2 = None;
        // The two-variable forms (`list.all(i, v, …)`) come from cel-go's TwoVarComprehensions extension,
        // which Kubernetes enables and Flux does not.
        if self.env.library == Library::Kubernetes
            && matches!(kind, Macro::All | Macro::Exists | Macro::ExistsOne)
            && matches!(self.toks.get(self.pos..self.pos + 2), Some([(Tok::Ident(_), _), (Tok::Punct(","), _)]))
        {
            var2 = Some(self.ident()?);
            self.expect(",")?;
        }
        self.scope.push(var.clone());
        if let Some(v) = &var2 {
            self.scope.push(v.clone());
        }
        let first = self.expr()?;
        let second = if self.eat(",") { Some(self.expr()?) } else { None };
        self.expect(")")?;
        self.scope.truncate(self.scope.len() - 1 - usize::from(var2.is_some()));
        let (filter, body) = match (kind, second) {
            (Macro::Map, Some(transform)) => (Some(first), transform),
            (_, None) => (None, first),
            (_, Some(_)) => return Err(format!("too many arguments to the {name}() macro")),
        };
        if matches!(kind, Macro::OptMap | Macro::OptFlatMap) && var2.is_some() {
            return Err(format!("too many arguments to the {name}() macro"));
        }
        Ok(Expr::Comprehension(Box::new(Comprehension { kind, range: target, var, var2, filter, body })))
    }

    fn primary(&mut self) -> Result<Expr, String> {
        let Some((tok, at)) = self.toks.get(self.pos).cloned() else {
            return Err("unexpected end of expression".into());
        };
        self.pos += 1;
        match tok {
            Tok::Int(n) => {
                let n = i64::try_from(n).map_err(|_| format!("integer literal {n} out of range at offset {at}"))?;
                Ok(Expr::Lit(Val::Int(n)))
            }
            Tok::Uint(n) => Ok(Expr::Lit(Val::Uint(n))),
            Tok::Double(d) => Ok(Expr::Lit(Val::Double(d))),
            Tok::Str(s) => Ok(Expr::Lit(Val::from(s))),
            Tok::Bytes(b) => Ok(Expr::Lit(Val::Bytes(b.into()))),
            Tok::Punct("(") => {
                let e = self.expr()?;
                self.expect(")")?;
                Ok(e)
            }
            Tok::Punct("[") => {
                let mut items = Vec::new();
                while !self.eat("]") {
                    let optional = self.eat("?");
                    items.push(Elem { expr: self.expr()?, optional });
                    if !self.eat(",") {
                        self.expect("]")?;
                        break;
                    }
                }
                Ok(Expr::List(items))
            }
            Tok::Punct("{") => {
                let mut entries = Vec::new();
                while !self.eat("}") {
                    let optional = self.eat("?");
                    let k = self.expr()?;
                    self.expect(":")?;
                    entries.push((k, Elem { expr: self.expr()?, optional }));
                    if !self.eat(",") {
                        self.expect("}")?;
                        break;
                    }
                }
                Ok(Expr::Map(entries))
            }
            Tok::Punct(".") => Err(format!("leading-dot names are not supported (offset {at})")),
            Tok::Ident(name) => self.name(name, at),
            t => Err(format!("unexpected {} at offset {at}", describe(&t))),
        }
    }

    /// An identifier in primary position: a literal keyword, a variable, or a (possibly qualified) function.
    fn name(&mut self, name: String, at: usize) -> Result<Expr, String> {
        match name.as_str() {
            "true" => return Ok(Expr::Lit(Val::Bool(true))),
            "false" => return Ok(Expr::Lit(Val::Bool(false))),
            "null" => return Ok(Expr::Lit(Val::Null)),
            _ => {}
        }
        if RESERVED.contains(&name.as_str()) {
            return Err(format!("reserved identifier '{name}' at offset {at}"));
        }
        if self.eat("(") {
            if name == "has" {
                return self.has();
            }
            let args = self.args()?;
            functions::check(self.env.library, &name, false, args.len())?;
            return Ok(Expr::Call { name, target: None, args });
        }
        if self.scope.contains(&name) {
            return Ok(Expr::Ident(name));
        }
        if self.env.declares(&name) {
            self.references.insert(name.clone());
            return Ok(Expr::Ident(name));
        }
        // A qualified function name such as `optional.of(x)`.
        if let [(Tok::Punct("."), _), (Tok::Ident(member), _), (Tok::Punct("("), _), ..] =
            self.toks.get(self.pos..).unwrap_or_default()
        {
            let qualified = format!("{name}.{member}");
            if functions::is_qualified(self.env.library, &qualified) {
                self.pos += 3;
                let args = self.args()?;
                functions::check(self.env.library, &qualified, false, args.len())?;
                return Ok(Expr::Call { name: qualified, target: None, args });
            }
        }
        if TYPE_NAMES.contains(&name.as_str()) {
            return Err(format!("type names as values are not supported: '{name}' at offset {at}"));
        }
        if self.env.accepts_any_variable() {
            self.references.insert(name.clone());
            return Ok(Expr::Ident(name));
        }
        Err(format!("undeclared reference to '{name}' at offset {at}"))
    }

    /// `has(` has been read: the argument must be a field selection.
    fn has(&mut self) -> Result<Expr, String> {
        let arg = self.expr()?;
        self.expect(")")?;
        match arg {
            Expr::Select { operand, field, optional: false } => Ok(Expr::Has { operand, field }),
            _ => Err("invalid argument to has() macro: it takes a field selection such as has(self.field)".into()),
        }
    }
}

fn describe(t: &Tok) -> String {
    match t {
        Tok::Punct(p) => format!("'{p}'"),
        Tok::Ident(i) => format!("'{i}'"),
        Tok::Str(_) | Tok::Bytes(_) => "a string literal".into(),
        _ => "a number".into(),
    }
}

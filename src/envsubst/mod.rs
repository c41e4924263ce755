//! Flux's variable substitution (fluxcd/pkg/envsubst v1.7, a fork of drone/envsubst): the engine behind
//! `flux envsubst` and, later, Kustomization post-build substitutions.
//!
//! Only the braced form is substituted. Supported, as upstream:
//! `${VAR}`, `${VAR:=default}`, `${VAR=default}`, `${VAR:-default}`, `${VAR:+x}`, `${VAR:?x}` (all four
//! colon forms and `=` give the value, or the default when the value is empty), `${#VAR}` (length),
//! `${VAR^}`, `${VAR^^}`, `${VAR,}`, `${VAR,,}` (case), `${VAR:pos}`, `${VAR:pos:len}` (substring),
//! `${VAR#glob}`, `${VAR##glob}`, `${VAR%glob}`, `${VAR%%glob}` (trim), `${VAR/a/b}`, `${VAR//a/b}`,
//! `${VAR/#a/b}`, `${VAR/%a/b}` (replace). `$VAR` is left as written and `$${VAR}` yields `${VAR}`.
//!
//! In strict mode an unset variable is an error unless its operator supplies a default
//! (`-`, `+`, `=`, `?` with or without `:`): `variable not set (strict mode): "VAR"`.
//!
//! ```text
//! namespace: ${REPO_NAMESPACE:=flux-system}   →   namespace: flux-system
//! ```

mod funcs;
mod glob;
mod parse;

use std::fmt;

use parse::Node;
pub use parse::ParseError;

/// Why a substitution failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    Parse(ParseError),
    /// Strict mode met an unset variable.
    NotSet(String),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Parse(e) => e.fmt(f),
            Error::NotSet(name) => write!(f, "variable not set (strict mode): {name:?}"),
        }
    }
}

impl std::error::Error for Error {}

/// Substitutes `${…}` in `text`; `lookup` returns a variable's value, `None` when it is unset.
pub fn eval(text: &str, lookup: &dyn Fn(&str) -> Option<String>, strict: bool) -> Result<String, Error> {
    let tree = parse::parse(text).map_err(Error::Parse)?;
    let mut out = String::new();
    eval_node(&tree, lookup, strict, &mut out)?;
    Ok(out)
}

/// [`eval`] against the process environment (upstream's `EvalEnv`).
pub fn eval_env(text: &str, strict: bool) -> Result<String, Error> {
    let lookup = |name: &str| std::env::var_os(name).map(|v| v.to_string_lossy().into_owned());
    eval(text, &lookup, strict)
}

fn eval_node(
    node: &Node,
    lookup: &dyn Fn(&str) -> Option<String>,
    strict: bool,
    out: &mut String,
) -> Result<(), Error> {
    match node {
        Node::Empty => {}
        Node::Text(t) => out.push_str(t),
        Node::List(nodes) => {
            for n in nodes {
                eval_node(n, lookup, strict, out)?;
            }
        }
        Node::Func { param, name, args } => {
            let mut values = Vec::with_capacity(args.len());
            for a in args {
                let mut s = String::new();
                eval_node(a, lookup, strict, &mut s)?;
                values.push(s);
            }
            let (value, exists) = match lookup(param) {
                Some(v) => (v, true),
                // Outside strict mode an unset variable reads as empty, like os.Getenv.
                None => (String::new(), !strict),
            };
            if !exists && !is_default_op(name) {
                return Err(Error::NotSet(param.clone()));
            }
            out.push_str(&funcs::apply(name, &value, &values));
        }
    }
    Ok(())
}

/// Operators whose contract covers the unset case, so strict mode lets them through.
fn is_default_op(name: &str) -> bool {
    matches!(name, "-" | "+" | "=" | "?" | ":-" | ":+" | ":=" | ":?")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(name: &str) -> Option<String> {
        match name {
            "REPO_NAME" => Some("test".into()),
            "EMPTY" => Some(String::new()),
            "PATHY" => Some("a/b/c.tar.gz".into()),
            "MIXED" => Some("hello World".into()),
            _ => None,
        }
    }

    fn sub(text: &str) -> String {
        eval(text, &env, false).unwrap()
    }

    fn strict(text: &str) -> Result<String, Error> {
        eval(text, &env, true)
    }

    #[test]
    fn upstream_golden() {
        assert_eq!(sub("  name: ${REPO_NAME}"), "  name: test");
        assert_eq!(sub("  namespace: ${REPO_NAMESPACE:=flux-system}"), "  namespace: flux-system");
        assert_eq!(sub("  url: ssh://git@github.com/example/${REPO_NAME}"), "  url: ssh://git@github.com/example/test");
    }

    #[test]
    fn defaults() {
        assert_eq!(sub("${UNSET:-x}"), "x");
        assert_eq!(sub("${EMPTY:-x}"), "x");
        assert_eq!(sub("${REPO_NAME:-x}"), "test");
        assert_eq!(sub("${UNSET=x}"), "x");
        // Upstream treats + and ? like a default, not like the shell.
        assert_eq!(sub("${REPO_NAME:+x}"), "test");
        assert_eq!(sub("${UNSET:+x}"), "x");
        assert_eq!(sub("${UNSET:-${REPO_NAME}}"), "test");
        assert_eq!(sub("${UNSET:-a b c}"), "a b c");
    }

    #[test]
    fn transformations() {
        assert_eq!(sub("${#REPO_NAME}"), "4");
        assert_eq!(sub("${MIXED^}"), "Hello World");
        assert_eq!(sub("${MIXED^^}"), "HELLO WORLD");
        assert_eq!(sub("${MIXED,,}"), "hello world");
        assert_eq!(sub("${MIXED:6}"), "World");
        assert_eq!(sub("${MIXED:0:5}"), "hello");
        assert_eq!(sub("${MIXED:-5}"), "hello World", ":- is a default, not a negative offset");
        assert_eq!(sub("${PATHY//\\//-}"), "a-b-c.tar.gz");
        assert_eq!(sub("${PATHY/\\//-}"), "a-b/c.tar.gz");
        assert_eq!(sub("${PATHY/#a/z}"), "z/b/c.tar.gz");
        assert_eq!(sub("${PATHY/%gz/bz2}"), "a/b/c.tar.bz2");
        assert_eq!(sub("${PATHY#*/}"), "b/c.tar.gz");
        assert_eq!(sub("${PATHY##*/}"), "c.tar.gz");
        assert_eq!(sub("${PATHY%.*}"), "a/b/c.tar");
        assert_eq!(sub("${PATHY%%.*}"), "a/b/c");
    }

    #[test]
    fn literal_dollars() {
        assert_eq!(sub("$REPO_NAME"), "$REPO_NAME");
        assert_eq!(sub("$${REPO_NAME}"), "${REPO_NAME}");
        assert_eq!(sub("cost: $$5"), "cost: $5");
        assert_eq!(sub("a $ b"), "a $ b");
    }

    #[test]
    fn strict_mode() {
        assert_eq!(strict("${REPO_NAME}"), Ok("test".into()));
        assert_eq!(strict("${EMPTY}"), Ok(String::new()));
        assert_eq!(strict("${UNSET}").unwrap_err().to_string(), "variable not set (strict mode): \"UNSET\"");
        assert!(strict("${#UNSET}").is_err());
        assert!(strict("${UNSET^^}").is_err());
        assert_eq!(strict("${UNSET:=x}"), Ok("x".into()));
        assert_eq!(strict("${UNSET:-}"), Ok(String::new()));
        // Without strict mode unset reads as empty.
        assert_eq!(sub("[${UNSET}]"), "[]");
    }

    #[test]
    fn parse_errors_are_reported() {
        assert_eq!(sub_err("${"), "unable to parse variable name");
        assert_eq!(sub_err("${A"), "missing closing brace");
    }

    fn sub_err(text: &str) -> String {
        eval(text, &env, false).unwrap_err().to_string()
    }
}

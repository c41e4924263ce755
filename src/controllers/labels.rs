//! Kubernetes label selectors in their string form (`app=web,tier!=db,env in (a,b),!legacy`), parsed and
//! matched as `k8s.io/apimachinery/pkg/labels` does: what `--watch-configs-label-selector` takes.
//!
//! ```ignore
//! let selector = LabelSelector::parse("reconcile.fluxcd.io/watch=Enabled").unwrap();
//! let labels = BTreeMap::from([("reconcile.fluxcd.io/watch".to_string(), "Enabled".to_string())]);
//! assert!(selector.matches(Some(&labels)));
//! assert!(!selector.matches(None));
//! assert!(LabelSelector::parse("").unwrap().matches(None), "the empty selector selects everything");
//! ```

use std::collections::BTreeMap;
use std::fmt;

/// A parsed label selector: every requirement must hold. The empty selector selects everything.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct LabelSelector {
    text: String,
    requirements: Vec<Requirement>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Requirement {
    key: String,
    operator: Operator,
    values: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Operator {
    /// `key=v`, `key==v`, `key in (v, w)`.
    In,
    /// `key!=v`, `key notin (v, w)`: also true when the label is absent.
    NotIn,
    /// `key`.
    Exists,
    /// `!key`.
    DoesNotExist,
    /// `key>5`, `key<5`: the label's value is an integer above (below) the number.
    GreaterThan,
    LessThan,
}

impl LabelSelector {
    /// Parses `text` with upstream's grammar.
    ///
    /// # Errors
    /// One line naming the selector and what is wrong with it: an invalid key or value, a missing
    /// operator or value, an empty `in ()` set, a non-integer with `>`/`<`.
    pub fn parse(text: &str) -> Result<LabelSelector, String> {
        let fail = |why: String| format!("invalid label selector {text:?}: {why}");
        let tokens = lex(text).map_err(fail)?;
        let requirements = Parser { tokens, at: 0 }.requirements().map_err(fail)?;
        Ok(LabelSelector { text: text.to_string(), requirements })
    }

    /// Whether an object with `labels` is selected.
    pub fn matches(&self, labels: Option<&BTreeMap<String, String>>) -> bool {
        let empty = BTreeMap::new();
        let labels = labels.unwrap_or(&empty);
        self.requirements.iter().all(|r| r.matches(labels))
    }
}

impl fmt::Display for LabelSelector {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

impl Requirement {
    fn matches(&self, labels: &BTreeMap<String, String>) -> bool {
        let value = labels.get(&self.key);
        match self.operator {
            Operator::In => value.is_some_and(|v| self.values.contains(v)),
            Operator::NotIn => value.is_none_or(|v| !self.values.contains(v)),
            Operator::Exists => value.is_some(),
            Operator::DoesNotExist => value.is_none(),
            Operator::GreaterThan | Operator::LessThan => {
                let (Some(Ok(have)), Some(Ok(bound))) =
                    (value.map(|v| v.parse::<i64>()), self.values.first().map(|v| v.parse::<i64>()))
                else {
                    return false;
                };
                if self.operator == Operator::GreaterThan {
                    have > bound
                } else {
                    have < bound
                }
            }
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Token {
    Word(String),
    Not,
    Equals,
    DoubleEquals,
    NotEquals,
    Greater,
    Less,
    Open,
    Close,
    Comma,
}

impl fmt::Display for Token {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            Token::Word(w) => w.as_str(),
            Token::Not => "!",
            Token::Equals => "=",
            Token::DoubleEquals => "==",
            Token::NotEquals => "!=",
            Token::Greater => ">",
            Token::Less => "<",
            Token::Open => "(",
            Token::Close => ")",
            Token::Comma => ",",
        };
        write!(f, "'{text}'")
    }
}

fn lex(text: &str) -> Result<Vec<Token>, String> {
    let mut tokens = Vec::new();
    let mut chars = text.chars().peekable();
    while let Some(&c) = chars.peek() {
        if c.is_whitespace() {
            chars.next();
            continue;
        }
        let special = |c: char| matches!(c, '!' | '=' | '>' | '<' | '(' | ')' | ',') || c.is_whitespace();
        if !special(c) {
            let mut word = String::new();
            while let Some(&c) = chars.peek().filter(|c| !special(**c)) {
                word.push(c);
                chars.next();
            }
            tokens.push(Token::Word(word));
            continue;
        }
        chars.next();
        let token = match c {
            '!' if chars.peek() == Some(&'=') => {
                chars.next();
                Token::NotEquals
            }
            '!' => Token::Not,
            '=' if chars.peek() == Some(&'=') => {
                chars.next();
                Token::DoubleEquals
            }
            '=' => Token::Equals,
            '>' => Token::Greater,
            '<' => Token::Less,
            '(' => Token::Open,
            ')' => Token::Close,
            ',' => Token::Comma,
            other => return Err(format!("unexpected character {other:?}")),
        };
        tokens.push(token);
    }
    Ok(tokens)
}

struct Parser {
    tokens: Vec<Token>,
    at: usize,
}

impl Parser {
    fn peek(&self) -> Option<&Token> {
        self.tokens.get(self.at)
    }

    fn next(&mut self) -> Option<Token> {
        let token = self.tokens.get(self.at).cloned();
        self.at += 1;
        token
    }

    fn requirements(mut self) -> Result<Vec<Requirement>, String> {
        let mut requirements = Vec::new();
        if self.tokens.is_empty() {
            return Ok(requirements);
        }
        loop {
            requirements.push(self.requirement()?);
            match self.next() {
                None => return Ok(requirements),
                Some(Token::Comma) if self.peek().is_some() => {}
                Some(Token::Comma) => return Err("a requirement is missing after ','".into()),
                Some(other) => return Err(format!("found {other}, expected ','")),
            }
        }
    }

    fn requirement(&mut self) -> Result<Requirement, String> {
        let negated = self.peek() == Some(&Token::Not);
        if negated {
            self.next();
        }
        let key = match self.next() {
            Some(Token::Word(w)) if w != "in" && w != "notin" => w,
            Some(other) => return Err(format!("found {other}, expected a label key")),
            None => return Err("a label key is missing".into()),
        };
        validate_key(&key)?;
        if negated {
            return Ok(Requirement { key, operator: Operator::DoesNotExist, values: Vec::new() });
        }
        let operator = match self.peek() {
            None | Some(Token::Comma) => {
                return Ok(Requirement { key, operator: Operator::Exists, values: Vec::new() });
            }
            Some(Token::Equals | Token::DoubleEquals) => Operator::In,
            Some(Token::NotEquals) => Operator::NotIn,
            Some(Token::Greater) => Operator::GreaterThan,
            Some(Token::Less) => Operator::LessThan,
            Some(Token::Word(w)) if w == "in" => Operator::In,
            Some(Token::Word(w)) if w == "notin" => Operator::NotIn,
            Some(other) => return Err(format!("found {other} after key {key:?}, expected an operator")),
        };
        let set = matches!(self.next(), Some(Token::Word(_)));
        let values = if set { self.set()? } else { vec![self.single()?] };
        for value in &values {
            validate_value(value)?;
        }
        if matches!(operator, Operator::GreaterThan | Operator::LessThan) && values[0].parse::<i64>().is_err() {
            return Err(format!("for '>' and '<' the value must be an integer, not {:?}", values[0]));
        }
        Ok(Requirement { key, operator, values })
    }

    /// The value after `=`, `==`, `!=`, `>` or `<`; it may be empty (`key=`).
    fn single(&mut self) -> Result<String, String> {
        match self.peek() {
            Some(Token::Word(_)) => match self.next() {
                Some(Token::Word(w)) => Ok(w),
                _ => unreachable!("peeked a word"),
            },
            None | Some(Token::Comma) => Ok(String::new()),
            Some(other) => Err(format!("found {other}, expected a value")),
        }
    }

    /// `(v, w, …)` after `in` or `notin`; never empty.
    fn set(&mut self) -> Result<Vec<String>, String> {
        if self.next() != Some(Token::Open) {
            return Err("'in' and 'notin' take a set of values in parentheses".into());
        }
        let mut values = Vec::new();
        loop {
            match self.next() {
                Some(Token::Word(w)) => values.push(w),
                Some(Token::Close) if values.is_empty() => {
                    return Err("for 'in' and 'notin' the set of values can't be empty".into());
                }
                Some(other) => return Err(format!("found {other}, expected a value")),
                None => return Err("the set of values is not closed with ')'".into()),
            }
            match self.next() {
                Some(Token::Comma) => {}
                Some(Token::Close) => return Ok(values),
                Some(other) => return Err(format!("found {other}, expected ',' or ')'")),
                None => return Err("the set of values is not closed with ')'".into()),
            }
        }
    }
}

/// A qualified name: an optional DNS-subdomain prefix and `/`, then a name of at most 63 characters.
fn validate_key(key: &str) -> Result<(), String> {
    let (prefix, name) = match key.split_once('/') {
        Some((prefix, name)) => (Some(prefix), name),
        None => (None, key),
    };
    if let Some(prefix) = prefix {
        let label_ok = |l: &str| {
            !l.is_empty()
                && l.len() <= 63
                && l.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                && !l.starts_with('-')
                && !l.ends_with('-')
        };
        if prefix.len() > 253 || !prefix.split('.').all(label_ok) {
            return Err(format!("invalid label key {key:?}: the prefix must be a DNS subdomain"));
        }
    }
    if name.is_empty() || !is_label_name(name) {
        return Err(format!(
            "invalid label key {key:?}: the name must be 63 characters or less, alphanumerics, '-', '_' or '.', \
             beginning and ending with an alphanumeric"
        ));
    }
    Ok(())
}

fn validate_value(value: &str) -> Result<(), String> {
    if value.is_empty() || is_label_name(value) {
        return Ok(());
    }
    Err(format!(
        "invalid label value {value:?}: it must be 63 characters or less, empty or alphanumerics, '-', '_' or \
         '.', beginning and ending with an alphanumeric"
    ))
}

fn is_label_name(text: &str) -> bool {
    let edge = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric());
    text.len() <= 63
        && edge(text.chars().next())
        && edge(text.chars().last())
        && text.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn labels(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
        pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
    }

    fn selects(selector: &str, pairs: &[(&str, &str)]) -> bool {
        LabelSelector::parse(selector).unwrap().matches(Some(&labels(pairs)))
    }

    #[test]
    fn upstreams_watch_configs_cases() {
        // fluxcd/pkg runtime/controller TestGetWatchConfigsPredicate.
        let default = &[("reconcile.fluxcd.io/watch", "Enabled")][..];
        let custom = &[("app", "my-app")][..];
        let helm = &[("owner", "helm")][..];
        let cases: [(&str, [bool; 4]); 4] = [
            ("reconcile.fluxcd.io/watch=Enabled", [true, false, false, false]),
            ("app=my-app", [false, true, false, false]),
            ("", [true, true, true, true]),
            ("owner!=helm", [true, true, true, false]),
        ];
        for (selector, [d, c, e, h]) in cases {
            assert_eq!(selects(selector, default), d, "{selector} on the default label");
            assert_eq!(selects(selector, custom), c, "{selector} on a custom label");
            assert_eq!(selects(selector, &[]), e, "{selector} on no labels");
            assert_eq!(selects(selector, helm), h, "{selector} on owner=helm");
        }
    }

    #[test]
    fn every_operator() {
        let obj = &[("env", "prod"), ("tier", "web"), ("replicas", "3")][..];
        for (selector, expected) in [
            ("env==prod", true),
            ("env = prod , tier=web", true),
            ("env=prod,tier=db", false),
            ("env in (dev, prod)", true),
            ("env notin (dev,prod)", false),
            ("zone notin (a)", true),
            ("zone!=a", true),
            ("env", true),
            ("!env", false),
            ("!zone", true),
            ("replicas>2", true),
            ("replicas<3", false),
            ("tier>2", false),
            ("env=", false),
            ("zone=", false),
        ] {
            assert_eq!(selects(selector, obj), expected, "{selector}");
        }
        assert!(selects("zone=", &[("zone", "")]));
    }

    #[test]
    fn invalid_selectors_are_one_line_errors() {
        for (selector, says) in [
            ("env in ()", "can't be empty"),
            ("env in (a", "not closed"),
            ("env in a", "in parentheses"),
            ("-bad=x", "invalid label key \"-bad\""),
            ("Example.com/x=y", "DNS subdomain"),
            ("a=b=c", "expected ','"),
            ("a=b,", "missing after ','"),
            ("a>b", "must be an integer"),
            ("a=(", "expected a value"),
            ("a=b c", "expected ','"),
            ("a=-x", "invalid label value \"-x\""),
            ("!", "label key is missing"),
        ] {
            let e = LabelSelector::parse(selector).unwrap_err();
            assert!(e.starts_with(&format!("invalid label selector {selector:?}: ")), "{e}");
            assert!(e.contains(says), "{selector}: {e}");
            assert!(!e.contains('\n'));
        }
        assert!(LabelSelector::parse("   ").unwrap().matches(None), "blank selects everything");
        assert_eq!(LabelSelector::parse("a=b").unwrap().to_string(), "a=b");
    }
}

//! Kubernetes label selectors (`app=web,tier!=db`, `env in (a,b)`, `!legacy`, `n>3`) as
//! replacement targets use them on labels and annotations: the grammar, the key and value rules and
//! the matching of apimachinery's `labels.Parse`.

use std::collections::BTreeSet;

/// A parsed selector: every requirement must hold. The empty selector selects everything.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Selector {
    requirements: Vec<Requirement>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Requirement {
    key: String,
    op: Op,
    values: BTreeSet<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Op {
    In,
    NotIn,
    Exists,
    DoesNotExist,
    GreaterThan,
    LessThan,
}

impl Selector {
    /// Whether a set of labels (looked up by key) satisfies every requirement.
    pub fn matches<'a>(&self, get: impl Fn(&str) -> Option<&'a str>) -> bool {
        self.requirements.iter().all(|r| {
            let value = get(&r.key);
            match r.op {
                Op::In => value.is_some_and(|v| r.values.contains(v)),
                Op::NotIn => value.is_none_or(|v| !r.values.contains(v)),
                Op::Exists => value.is_some(),
                Op::DoesNotExist => value.is_none(),
                Op::GreaterThan | Op::LessThan => {
                    let (Some(have), Some(want)) = (
                        value.and_then(|v| v.parse::<i64>().ok()),
                        r.values.first().and_then(|v| v.parse::<i64>().ok()),
                    ) else {
                        return false;
                    };
                    if r.op == Op::GreaterThan {
                        have > want
                    } else {
                        have < want
                    }
                }
            }
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Token {
    End,
    ClosedPar,
    Comma,
    Not,
    DoubleEquals,
    Equals,
    GreaterThan,
    Identifier,
    In,
    LessThan,
    NotEquals,
    NotIn,
    OpenPar,
}

fn special(c: u8) -> bool {
    matches!(c, b'=' | b'!' | b'(' | b')' | b',' | b'>' | b'<')
}

fn symbol(text: &str) -> Option<Token> {
    Some(match text {
        ")" => Token::ClosedPar,
        "," => Token::Comma,
        "!" => Token::Not,
        "==" => Token::DoubleEquals,
        "=" => Token::Equals,
        ">" => Token::GreaterThan,
        "<" => Token::LessThan,
        "!=" => Token::NotEquals,
        "(" => Token::OpenPar,
        _ => return None,
    })
}

/// Splits a selector into tokens as apimachinery's lexer does.
fn lex(input: &str) -> Vec<(Token, String)> {
    let bytes = input.as_bytes();
    let mut tokens = Vec::new();
    let mut i = 0;
    loop {
        while i < bytes.len() && matches!(bytes[i], b' ' | b'\t' | b'\r' | b'\n') {
            i += 1;
        }
        if i >= bytes.len() {
            tokens.push((Token::End, String::new()));
            return tokens;
        }
        let start = i;
        if special(bytes[i]) {
            // The longest run of symbols that is still a token.
            let mut best = None;
            while i < bytes.len() && special(bytes[i]) {
                match symbol(&input[start..=i]) {
                    Some(token) => best = Some((token, i + 1)),
                    None if best.is_some() => break,
                    None => {}
                }
                i += 1;
            }
            let (token, end) = best.unwrap_or((Token::Identifier, i));
            i = end;
            tokens.push((token, input[start..end].to_string()));
        } else {
            while i < bytes.len() && !special(bytes[i]) && !matches!(bytes[i], b' ' | b'\t' | b'\r' | b'\n') {
                i += 1;
            }
            let word = &input[start..i];
            let token = match word {
                "in" => Token::In,
                "notin" => Token::NotIn,
                _ => Token::Identifier,
            };
            tokens.push((token, word.to_string()));
        }
    }
}

struct Parser {
    tokens: Vec<(Token, String)>,
    at: usize,
}

impl Parser {
    /// The next token; where values are expected, `in` and `notin` are plain words.
    fn peek(&self, values: bool) -> (Token, String) {
        let (token, text) = self.tokens[self.at.min(self.tokens.len() - 1)].clone();
        match token {
            Token::In | Token::NotIn if values => (Token::Identifier, text),
            _ => (token, text),
        }
    }

    fn next(&mut self, values: bool) -> (Token, String) {
        let found = self.peek(values);
        self.at += 1;
        found
    }
}

/// Parses a selector as `labels.Parse` does.
///
/// # Errors
/// Its syntax, an invalid key or value, a missing value.
pub fn parse(input: &str) -> Result<Selector, String> {
    let mut p = Parser { tokens: lex(input), at: 0 };
    let mut requirements = Vec::new();
    loop {
        let (token, text) = p.peek(true);
        match token {
            Token::Identifier | Token::Not => {
                requirements.push(requirement(&mut p).map_err(|e| format!("unable to parse requirement: {e}"))?);
                let (token, text) = p.next(true);
                match token {
                    Token::End => break,
                    Token::Comma => {
                        let (token, text) = p.peek(true);
                        if token != Token::Identifier && token != Token::Not {
                            return Err(format!("found '{text}', expected: identifier after ','"));
                        }
                    }
                    _ => return Err(format!("found '{text}', expected: ',' or 'end of string'")),
                }
            }
            Token::End => break,
            _ => return Err(format!("found '{text}', expected: !, identifier, or 'end of string'")),
        }
    }
    requirements.sort_by(|a: &Requirement, b: &Requirement| a.key.cmp(&b.key));
    Ok(Selector { requirements })
}

fn requirement(p: &mut Parser) -> Result<Requirement, String> {
    let (mut token, mut key) = p.next(true);
    let negated = token == Token::Not;
    if negated {
        (token, key) = p.next(true);
    }
    if token != Token::Identifier {
        return Err(format!("found '{key}', expected: identifier"));
    }
    validate_key(&key)?;
    let (after, _) = p.peek(true);
    if negated || after == Token::End || after == Token::Comma {
        let op = if negated { Op::DoesNotExist } else { Op::Exists };
        return Ok(Requirement { key, op, values: BTreeSet::new() });
    }
    let (token, text) = p.next(false);
    let (op, exact) = match token {
        Token::In => (Op::In, false),
        Token::NotIn => (Op::NotIn, false),
        Token::Equals | Token::DoubleEquals => (Op::In, true),
        Token::NotEquals => (Op::NotIn, true),
        Token::GreaterThan => (Op::GreaterThan, true),
        Token::LessThan => (Op::LessThan, true),
        _ => return Err(format!("found '{text}', expected: '=', '!=', '==', 'in', notin'")),
    };
    let values = if exact { exact_value(p)? } else { value_list(p)? };
    if matches!(op, Op::GreaterThan | Op::LessThan) && values.iter().any(|v| v.parse::<i64>().is_err()) {
        return Err("for 'Gt', 'Lt' operators, the value must be an integer".into());
    }
    if !exact && values.is_empty() {
        return Err("for 'in', 'notin' operators, values set can't be empty".into());
    }
    for value in &values {
        validate_value(&key, value)?;
    }
    Ok(Requirement { key, op, values })
}

fn exact_value(p: &mut Parser) -> Result<BTreeSet<String>, String> {
    let (token, _) = p.peek(true);
    if token == Token::End || token == Token::Comma {
        return Ok([String::new()].into());
    }
    match p.next(true) {
        (Token::Identifier, text) => Ok([text].into()),
        (_, text) => Err(format!("found '{text}', expected: identifier")),
    }
}

fn value_list(p: &mut Parser) -> Result<BTreeSet<String>, String> {
    let (token, text) = p.next(true);
    if token != Token::OpenPar {
        return Err(format!("found '{text}' expected: '('"));
    }
    let (token, text) = p.peek(true);
    match token {
        Token::ClosedPar => {
            p.next(true);
            return Ok([String::new()].into());
        }
        Token::Identifier | Token::Comma => {}
        _ => return Err(format!("found '{text}', expected: ',', ')' or identifier")),
    }
    let mut values = BTreeSet::new();
    loop {
        match p.next(true) {
            (Token::Identifier, word) => {
                values.insert(word);
                match p.peek(true) {
                    (Token::Comma, _) => continue,
                    (Token::ClosedPar, _) => break,
                    (_, found) => return Err(format!("found '{found}', expected: ',' or ')'")),
                }
            }
            (Token::Comma, _) => {
                if values.is_empty() {
                    values.insert(String::new());
                }
                match p.peek(true).0 {
                    Token::ClosedPar => {
                        values.insert(String::new());
                        break;
                    }
                    Token::Comma => {
                        p.next(true);
                        values.insert(String::new());
                    }
                    _ => {}
                }
            }
            (_, found) => return Err(format!("found '{found}', expected: ',', or identifier")),
        }
    }
    if p.next(true).0 != Token::ClosedPar {
        return Err(format!("found '{text}', expected: ')'"));
    }
    Ok(values)
}

/// A name part of a qualified name: at most 63 characters, alphanumeric at both ends, `-`, `_`,
/// `.` inside.
fn is_name(s: &str) -> bool {
    let b = s.as_bytes();
    !b.is_empty()
        && b.len() <= 63
        && b[0].is_ascii_alphanumeric()
        && b[b.len() - 1].is_ascii_alphanumeric()
        && b.iter().all(|c| c.is_ascii_alphanumeric() || matches!(c, b'-' | b'_' | b'.'))
}

/// A DNS-1123 subdomain: lower-case labels separated by dots, at most 253 characters.
fn is_subdomain(s: &str) -> bool {
    s.len() <= 253
        && s.split('.').all(|label| {
            let b = label.as_bytes();
            !b.is_empty()
                && b[0].is_ascii_alphanumeric()
                && b[b.len() - 1].is_ascii_alphanumeric()
                && b.iter().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == b'-')
        })
}

fn validate_key(key: &str) -> Result<(), String> {
    let valid = match key.split('/').collect::<Vec<_>>().as_slice() {
        [name] => is_name(name),
        [prefix, name] => is_subdomain(prefix) && is_name(name),
        _ => false,
    };
    if valid {
        Ok(())
    } else {
        Err(format!(
            "invalid label key {key:?}: a qualified name must consist of alphanumeric characters, '-', '_' or '.'"
        ))
    }
}

fn validate_value(key: &str, value: &str) -> Result<(), String> {
    if value.is_empty() || is_name(value) {
        Ok(())
    } else {
        Err(format!("invalid label value: {value:?}: at key: {key:?}: a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.'"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn labels<'a>(pairs: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<&'a str> {
        move |key| pairs.iter().find(|(k, _)| *k == key).map(|(_, v)| *v)
    }

    #[test]
    fn selectors_match_as_kubernetes_matches_them() {
        let set = [("app", "web"), ("tier", "front"), ("n", "5")];
        let ok = |s: &str| parse(s).unwrap().matches(labels(&set));
        assert!(ok(""));
        assert!(ok("app=web"));
        assert!(ok("app==web,tier"));
        assert!(!ok("app!=web"));
        assert!(ok("app in (web, api)"));
        assert!(ok("app notin (api)"));
        assert!(ok("!legacy"));
        assert!(!ok("!app"));
        assert!(ok("n>3,n<6"));
        assert!(ok("missing!=x"));
        assert!(!ok("in=x"));
    }

    #[test]
    fn malformed_selectors_are_refused() {
        for bad in ["app in (a", "app=", "=x", "app in ()x", "a b", "app=a b", "n>x", "app notin", "-bad-=x", "a=-b-"] {
            if bad == "app=" {
                assert!(parse(bad).is_ok());
                continue;
            }
            assert!(parse(bad).is_err(), "{bad}");
        }
    }
}

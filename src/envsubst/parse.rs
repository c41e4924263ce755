//! The scanner and parser of Flux's envsubst (fluxcd/pkg/envsubst, forked from drone/envsubst).
//!
//! Its quirks are part of the behaviour users depend on, so they are kept: only `${…}` is a
//! substitution (`$VAR` stays as written); `$$` becomes `$` outside braces; inside a function `\/` and
//! `\\` escape; a NUL character ends the input; `${VAR-x}` (no colon) is a missing closing brace.

use std::fmt;

/// A parse error, with upstream's messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParseError {
    BadSubstitution,
    MissingClosingBrace,
    VariableName,
    FuncSubstitution,
    DefaultFunction,
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            ParseError::BadSubstitution => "bad substitution",
            ParseError::MissingClosingBrace => "missing closing brace",
            ParseError::VariableName => "unable to parse variable name",
            ParseError::FuncSubstitution => "unable to parse substitution within function",
            ParseError::DefaultFunction => "unable to parse default function",
        })
    }
}

impl std::error::Error for ParseError {}

/// The parse tree.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Node {
    /// Nothing (the end of the input).
    Empty,
    Text(String),
    /// `${param<name>args…}`: `name` is the operator (`""` for a plain `${param}`, `:-`, `//`, `#`, …).
    Func {
        param: String,
        name: String,
        args: Vec<Node>,
    },
    List(Vec<Node>),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Token {
    Illegal,
    Eof,
    Ident,
    Lbrack,
    Rbrack,
}

const SCAN_IDENT: u8 = 1;
const SCAN_LBRACK: u8 = 2;
const SCAN_RBRACK: u8 = 4;
const SCAN_ESCAPE: u8 = 8;

const ESCAPE_DOLLAR: u8 = 1;
const ESCAPE_BACKSLASH: u8 = 2;
const ESCAPE_ALL: u8 = ESCAPE_DOLLAR | ESCAPE_BACKSLASH;

/// The end of input; a NUL character reads the same, as upstream's scanner does.
const EOF: char = '\0';

type Accept = fn(char, usize) -> bool;

/// A scanner over bytes with Go's rune decoding (positions are byte offsets, as the accept functions
/// expect: `i` is the byte length of the token so far).
struct Scanner {
    buf: Vec<u8>,
    pos: usize,
    start: usize,
    width: usize,
    mode: u8,
    escape: u8,
    accept: Accept,
}

impl Scanner {
    fn read(&mut self) -> char {
        if self.pos >= self.buf.len() {
            self.width = 0;
            return EOF;
        }
        let (c, w) = decode(&self.buf[self.pos..]);
        self.width = w;
        self.pos += w;
        c
    }

    fn unread(&mut self) {
        self.pos -= self.width;
    }

    /// Removes the (one-byte) character just read.
    fn skip(&mut self) {
        self.buf.remove(self.pos - 1);
    }

    fn peek(&mut self) -> char {
        let c = self.read();
        self.unread();
        c
    }

    fn string(&self) -> String {
        String::from_utf8_lossy(&self.buf[self.start..self.pos]).into_owned()
    }

    fn scan(&mut self) -> Token {
        self.start = self.pos;
        let r = self.read();
        if r == EOF {
            Token::Eof
        } else if self.scan_lbrack(r) {
            Token::Lbrack
        } else if self.scan_rbrack(r) {
            Token::Rbrack
        } else if self.scan_ident(r) {
            Token::Ident
        } else {
            Token::Illegal
        }
    }

    fn scan_ident(&mut self, r: char) -> bool {
        if self.mode & SCAN_IDENT == 0 {
            return false;
        }
        if self.scan_escaped(r) {
            self.skip();
        } else if !(self.accept)(r, self.pos - self.start) {
            return false;
        }
        loop {
            let r = self.read();
            if r == EOF {
                self.unread();
                break;
            }
            if self.scan_lbrack(r) {
                self.unread();
                self.unread();
                break;
            }
            if self.scan_escaped(r) {
                self.skip();
                continue;
            }
            if !(self.accept)(r, self.pos - self.start) {
                self.unread();
                break;
            }
        }
        true
    }

    fn scan_lbrack(&mut self, r: char) -> bool {
        if self.mode & SCAN_LBRACK == 0 {
            return false;
        }
        if r == '$' {
            if self.read() == '{' {
                return true;
            }
            self.unread();
        }
        false
    }

    fn scan_rbrack(&self, r: char) -> bool {
        self.mode & SCAN_RBRACK != 0 && r == '}'
    }

    fn scan_escaped(&mut self, r: char) -> bool {
        if self.mode & SCAN_ESCAPE == 0 {
            return false;
        }
        if r == '$' && self.escape & ESCAPE_DOLLAR != 0 && self.peek() == '$' {
            return true;
        }
        if r == '\\' && self.escape & ESCAPE_BACKSLASH != 0 {
            return matches!(self.peek(), '/' | '\\');
        }
        false
    }
}

/// Go's `utf8.DecodeRuneInString`: invalid bytes decode as U+FFFD of width 1.
pub(super) fn decode(bytes: &[u8]) -> (char, usize) {
    let len = match bytes[0] {
        b if b < 0x80 => 1,
        b if b >= 0xF0 => 4,
        b if b >= 0xE0 => 3,
        b if b >= 0xC0 => 2,
        _ => 1,
    };
    match bytes.get(..len).and_then(|b| std::str::from_utf8(b).ok()).and_then(|s| s.chars().next()) {
        Some(c) => (c, len),
        None => (char::REPLACEMENT_CHARACTER, 1),
    }
}

fn accept_rune(_: char, _: usize) -> bool {
    true
}
fn accept_ident(r: char, _: usize) -> bool {
    r.is_alphabetic() || r.is_numeric() || r == '_'
}
fn accept_colon(r: char, _: usize) -> bool {
    r == ':'
}
fn accept_one_hash(r: char, i: usize) -> bool {
    r == '#' && i == 1
}
fn accept_not_closing(r: char, _: usize) -> bool {
    r != '}'
}
fn accept_hash_func(r: char, i: usize) -> bool {
    r == '#' && i < 3
}
fn accept_percent_func(r: char, i: usize) -> bool {
    r == '%' && i < 3
}
fn accept_default_func(r: char, i: usize) -> bool {
    (i == 1 && r == ':') || (i == 2 && matches!(r, '=' | '-' | '?' | '+'))
}
fn accept_replace_func(r: char, i: usize) -> bool {
    (i == 1 && r == '/') || (i == 2 && matches!(r, '/' | '#' | '%'))
}
fn accept_one_equal(r: char, i: usize) -> bool {
    i == 1 && r == '='
}
fn accept_one_colon(r: char, i: usize) -> bool {
    i == 1 && r == ':'
}
fn reject_colon_close(r: char, _: usize) -> bool {
    r != ':' && r != '}'
}
fn accept_slash(r: char, _: usize) -> bool {
    r == '/'
}
fn accept_not_slash(r: char, _: usize) -> bool {
    r != '/'
}
fn accept_casing_func(r: char, i: usize) -> bool {
    (r == ',' || r == '^') && i < 3
}

/// Parses one input string (upstream parses line by line).
pub fn parse(text: &str) -> Result<Node, ParseError> {
    let mut p = Parser {
        s: Scanner {
            buf: text.as_bytes().to_vec(),
            pos: 0,
            start: 0,
            width: 0,
            mode: 0,
            escape: 0,
            accept: accept_rune,
        },
    };
    p.parse_any()
}

struct Parser {
    s: Scanner,
}

type Parsed = Result<Node, ParseError>;

impl Parser {
    fn set(&mut self, accept: Accept, mode: u8) {
        self.s.accept = accept;
        self.s.mode = mode;
    }

    fn parse_any(&mut self) -> Parsed {
        self.set(accept_rune, SCAN_IDENT | SCAN_LBRACK | SCAN_ESCAPE);
        self.s.escape = ESCAPE_DOLLAR;
        let left = match self.s.scan() {
            Token::Ident => Node::Text(self.s.string()),
            Token::Eof => return Ok(Node::Empty),
            Token::Lbrack => self.parse_func()?,
            _ => return Err(ParseError::BadSubstitution),
        };
        match self.parse_any()? {
            Node::Empty => Ok(left),
            right => Ok(Node::List(vec![left, right])),
        }
    }

    fn parse_func(&mut self) -> Parsed {
        self.s.escape = ESCAPE_ALL;
        if self.s.peek() == '#' {
            return self.parse_len_func();
        }
        self.set(accept_ident, SCAN_IDENT);
        let name = match self.s.scan() {
            Token::Ident => self.s.string(),
            _ => return Err(ParseError::VariableName),
        };
        match self.s.peek() {
            ':' => return self.parse_default_or_substr(name),
            '=' => return self.parse_default_func(name),
            ',' | '^' => return self.parse_casing_func(name),
            '/' => return self.parse_replace_func(name),
            '#' => return self.parse_remove_func(name, accept_hash_func),
            '%' => return self.parse_remove_func(name, accept_percent_func),
            _ => {}
        }
        self.set(accept_ident, SCAN_RBRACK);
        match self.s.scan() {
            Token::Rbrack => Ok(Node::Func { param: name, name: String::new(), args: Vec::new() }),
            _ => Err(ParseError::MissingClosingBrace),
        }
    }

    fn parse_param(&mut self, accept: Accept, mode: u8) -> Parsed {
        self.set(accept, mode | SCAN_LBRACK);
        match self.s.scan() {
            Token::Lbrack => self.parse_func(),
            Token::Ident | Token::Rbrack => Ok(Node::Text(self.s.string())),
            _ => Err(ParseError::FuncSubstitution),
        }
    }

    fn parse_default_or_substr(&mut self, name: String) -> Parsed {
        // Upstream reads the ':', peeks, then steps back by the width of the peeked character.
        self.s.read();
        let r = self.s.peek();
        self.s.unread();
        match r {
            '=' | '-' | '?' | '+' => self.parse_default_func(name),
            _ => self.parse_substr_func(name),
        }
    }

    fn parse_substr_func(&mut self, param: String) -> Parsed {
        self.set(accept_one_colon, SCAN_IDENT);
        let name = match self.s.scan() {
            Token::Ident => self.s.string(),
            _ => return Err(ParseError::BadSubstitution),
        };
        let mut args = vec![self.parse_param(reject_colon_close, SCAN_IDENT)?];
        self.set(accept_colon, SCAN_IDENT | SCAN_RBRACK);
        match self.s.scan() {
            Token::Rbrack => return Ok(Node::Func { param, name, args }),
            Token::Ident => {}
            _ => return Err(ParseError::BadSubstitution),
        }
        args.push(self.parse_param(accept_not_closing, SCAN_IDENT)?);
        self.consume_rbrack()?;
        Ok(Node::Func { param, name, args })
    }

    fn parse_remove_func(&mut self, param: String, accept: Accept) -> Parsed {
        self.set(accept, SCAN_IDENT);
        let name = match self.s.scan() {
            Token::Ident => self.s.string(),
            _ => return Err(ParseError::BadSubstitution),
        };
        let args = vec![self.parse_param(accept_not_closing, SCAN_IDENT)?];
        self.consume_rbrack()?;
        Ok(Node::Func { param, name, args })
    }

    fn parse_replace_func(&mut self, param: String) -> Parsed {
        self.set(accept_replace_func, SCAN_IDENT);
        let name = match self.s.scan() {
            Token::Ident => self.s.string(),
            _ => return Err(ParseError::BadSubstitution),
        };
        let mut args = vec![self.parse_param(accept_not_slash, SCAN_IDENT | SCAN_ESCAPE)?];
        self.set(accept_slash, SCAN_IDENT);
        if self.s.scan() != Token::Ident {
            return Err(ParseError::BadSubstitution);
        }
        if self.s.peek() != '}' {
            args.push(self.parse_param(accept_not_closing, SCAN_IDENT | SCAN_ESCAPE)?);
        }
        self.consume_rbrack()?;
        Ok(Node::Func { param, name, args })
    }

    fn parse_default_func(&mut self, param: String) -> Parsed {
        let accept: Accept = if self.s.peek() == '=' { accept_one_equal } else { accept_default_func };
        self.set(accept, SCAN_IDENT);
        let name = match self.s.scan() {
            Token::Ident => self.s.string(),
            _ => return Err(ParseError::DefaultFunction),
        };
        let mut args = Vec::new();
        loop {
            if self.s.peek() == '}' {
                self.consume_rbrack()?;
                return Ok(Node::Func { param, name, args });
            }
            args.push(self.parse_param(accept_not_closing, SCAN_IDENT)?);
        }
    }

    fn parse_casing_func(&mut self, param: String) -> Parsed {
        self.set(accept_casing_func, SCAN_IDENT);
        let name = match self.s.scan() {
            Token::Ident => self.s.string(),
            _ => return Err(ParseError::BadSubstitution),
        };
        self.consume_rbrack()?;
        Ok(Node::Func { param, name, args: Vec::new() })
    }

    fn parse_len_func(&mut self) -> Parsed {
        self.set(accept_one_hash, SCAN_IDENT);
        let name = match self.s.scan() {
            Token::Ident => self.s.string(),
            _ => return Err(ParseError::BadSubstitution),
        };
        self.set(accept_ident, SCAN_IDENT);
        let param = match self.s.scan() {
            Token::Ident => self.s.string(),
            _ => return Err(ParseError::BadSubstitution),
        };
        self.consume_rbrack()?;
        Ok(Node::Func { param, name, args: Vec::new() })
    }

    fn consume_rbrack(&mut self) -> Result<(), ParseError> {
        self.s.mode = SCAN_RBRACK;
        if self.s.scan() != Token::Rbrack {
            return Err(ParseError::BadSubstitution);
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(s: &str) -> Node {
        Node::Text(s.into())
    }

    fn func(param: &str, name: &str, args: Vec<Node>) -> Node {
        Node::Func { param: param.into(), name: name.into(), args }
    }

    #[test]
    fn trees() {
        assert_eq!(parse("").unwrap(), Node::Empty);
        assert_eq!(parse("plain $VAR").unwrap(), text("plain $VAR"));
        assert_eq!(parse("${A}").unwrap(), func("A", "", vec![]));
        assert_eq!(
            parse("x${A}y").unwrap(),
            Node::List(vec![text("x"), Node::List(vec![func("A", "", vec![]), text("y")])])
        );
        assert_eq!(parse("${A:=flux-system}").unwrap(), func("A", ":=", vec![text("flux-system")]));
        assert_eq!(parse("${A=x}").unwrap(), func("A", "=", vec![text("x")]));
        assert_eq!(parse("${A:-${B}}").unwrap(), func("A", ":-", vec![func("B", "", vec![])]));
        assert_eq!(parse("${A//a/b}").unwrap(), func("A", "//", vec![text("a"), text("b")]));
        assert_eq!(parse("${A/a/}").unwrap(), func("A", "/", vec![text("a")]));
        assert_eq!(parse("${A:1:2}").unwrap(), func("A", ":", vec![text("1"), text("2")]));
        assert_eq!(parse("${#A}").unwrap(), func("A", "#", vec![]));
        assert_eq!(parse("${A^^}").unwrap(), func("A", "^^", vec![]));
        assert_eq!(parse("${A%%.*}").unwrap(), func("A", "%%", vec![text(".*")]));
        assert_eq!(parse("$${A}").unwrap(), text("${A}"));
    }

    #[test]
    fn errors() {
        assert_eq!(parse("${").unwrap_err(), ParseError::VariableName);
        assert_eq!(parse("${A").unwrap_err(), ParseError::MissingClosingBrace);
        assert_eq!(parse("${A-x}").unwrap_err(), ParseError::MissingClosingBrace);
        assert_eq!(parse("${A:=x").unwrap_err(), ParseError::FuncSubstitution);
        assert_eq!(ParseError::BadSubstitution.to_string(), "bad substitution");
    }
}

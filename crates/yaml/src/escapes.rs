//! Double-quoted escapes as go-yaml reads them.
//!
//! go-yaml v2 and v3 share libyaml's escape table (`yaml_parser_scan_flow_scalar`):
//!
//! | escape | character |
//! |---|---|
//! | `\0` `\a` `\b` `\t` (or a backslash before a tab) `\n` `\v` `\f` `\r` `\e` | U+0000, U+0007, U+0008, U+0009, U+000A, U+000B, U+000C, U+000D, U+001B |
//! | `\ ` `\"` `\'` `\\` | space, `"`, `'`, `\` |
//! | `\N` `\_` `\L` `\P` | U+0085, U+00A0, U+2028, U+2029 |
//! | `\xXX` `\uXXXX` `\UXXXXXXXX` | that code point; a surrogate or past U+10FFFF is refused |
//! | a backslash before a line break | nothing: the lines join |
//!
//! Anything else is `found unknown escape character`. granit-parser follows YAML 1.2's table,
//! which differs in three places: it has `\/` (go-yaml refuses it), it lacks `\'` (go-yaml reads
//! a quote) and it joins a surrogate pair `\uD83D\uDE00` into one character (go-yaml refuses
//! every surrogate). The parser's table cannot be changed, so the readers go around it with a
//! [`Source`]:
//!
//! - `\'`: when the text has one, a first pass over the events finds the double-quoted scalars
//!   the parser refuses; where go-yaml accepts them, their `\'` become `\"` in the text the
//!   parser reads (the same length, so every position still points into the source), and the
//!   `"` those decode to become `'` again ([`Source::scalar`]).
//! - `\/` and `\uD…`: a byte search finds them; a double-quoted scalar holding one is scanned
//!   with go-yaml's table and refused if go-yaml refuses it. Texts without any pay nothing more.
//! - The parser's own escape errors get go-yaml's words and line ([`refusal`]).

use std::borrow::Cow;

use granit_parser::{ErrorKind, Event, Marker, Options, Parser, ScalarStyle, ScanError, Span};

use crate::errors::Error;

/// Which go-yaml's lines an error names: v2 (sigs.k8s.io/yaml) names the line of the problem,
/// v3 (kyaml) the line where the scalar starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Dialect {
    V2,
    V3,
}

/// A text as the event parser reads it, with what it takes to give its double-quoted scalars
/// go-yaml's meaning.
pub(crate) struct Source<'a> {
    text: Cow<'a, str>,
    dialect: Dialect,
    /// Backslashes (byte offsets) the parser may read as an escape go-yaml refuses: `\/`, `\uD…`.
    suspects: Vec<usize>,
    /// Backslashes of the `\'` escapes the parser reads as `\"`, in order.
    quotes: Vec<usize>,
}

impl<'a> Source<'a> {
    /// Prepares `text` for the parser; `first_only`: the reader stops after the first document
    /// (the first pass does not look further either).
    pub(crate) fn new(text: &'a str, dialect: Dialect, first_only: bool) -> Self {
        let bytes = text.as_bytes();
        let mut suspects = Vec::new();
        let mut quote = false;
        for (at, _) in text.match_indices('\\') {
            match bytes.get(at + 1) {
                Some(b'/') => suspects.push(at),
                Some(b'u') if matches!(bytes.get(at + 2), Some(b'D' | b'd')) => suspects.push(at),
                Some(b'\'') => quote = true,
                _ => {}
            }
        }
        let mut source = Source { text: Cow::Borrowed(text), dialect, suspects, quotes: Vec::new() };
        if quote {
            source.rewrite_quotes(first_only);
        }
        source
    }

    /// The text the parser must read.
    pub(crate) fn text(&self) -> &str {
        &self.text
    }

    /// A scalar event's value as go-yaml decodes it, or go-yaml's refusal of the scalar.
    pub(crate) fn scalar<'v>(
        &self,
        value: Cow<'v, str>,
        style: ScalarStyle,
        span: &Span,
    ) -> Result<Cow<'v, str>, Error> {
        if style != ScalarStyle::DoubleQuoted || (self.suspects.is_empty() && self.quotes.is_empty()) {
            return Ok(value);
        }
        let text: &str = &self.text;
        let Some(start) = byte_offset(text, &span.start) else { return Ok(value) };
        let end = byte_offset(text, &span.end).unwrap_or(text.len());
        let within = |offsets: &[usize]| {
            let first = offsets.partition_point(|&at| at < start);
            offsets.get(first).is_some_and(|&at| at < end)
        };
        if within(&self.suspects) {
            if let Some(e) = refusal_from(text, start, self.dialect) {
                return Err(e);
            }
        }
        if !within(&self.quotes) {
            return Ok(value);
        }
        // Every `"` in the value comes from an escape (a bare one ends the scalar): the k-th is
        // a rewritten `\'` when the k-th escape decoding to `"` is one.
        let rewritten: Vec<bool> = Escapes::new(text, start)
            .filter(|(_, e)| matches!(e, Escape::Char('"')))
            .map(|(at, _)| self.quotes.binary_search(&at).is_ok())
            .collect();
        let mut k = 0;
        let restored = value
            .chars()
            .map(|c| {
                if c != '"' {
                    return c;
                }
                k += 1;
                if rewritten.get(k - 1) == Some(&true) {
                    '\''
                } else {
                    c
                }
            })
            .collect();
        Ok(Cow::Owned(restored))
    }

    /// The first pass: reads the events until the parser refuses a double-quoted scalar for its
    /// `\'`, rewrites them as `\"` and reads again from the start of that document. It stops at
    /// whatever else the reader will report (another syntax error, a scalar go-yaml refuses too,
    /// an unknown alias), which the reader then meets at the same place.
    fn rewrite_quotes(&mut self, first_only: bool) {
        let mut text = self.text.clone().into_owned();
        // A document is read again from its `---` line, unless directives (`%TAG`) must be read
        // with it: then from the top.
        let directives = text.starts_with('%') || text.contains("\n%");
        let mut options = Options::default();
        options.set_emit_comments(false);
        options.emit_unresolved_aliases = true;
        let mut from = 0;
        'pass: loop {
            let slice = &text[from..];
            let mut restart = from;
            for next in Parser::new_from_str_with_options(slice, options.clone()) {
                let e = match next {
                    Ok((Event::DocumentStart(explicit, _), span)) => {
                        if explicit && !directives && span.start.col() == 0 {
                            if let Some(at) = byte_offset(slice, &span.start) {
                                restart = from + at;
                            }
                        }
                        continue;
                    }
                    Ok((Event::DocumentEnd, _)) if first_only => break 'pass,
                    Ok((Event::UnresolvedAlias(_) | Event::StreamEnd, _)) => break 'pass,
                    Ok(_) => continue,
                    Err(e) if is_escape_error(&e) => e,
                    Err(_) => break 'pass,
                };
                let Some(start) = byte_offset(slice, e.marker()).map(|at| from + at) else { break 'pass };
                let mut found = Vec::new();
                for (at, escape) in Escapes::new(&text, start) {
                    match escape {
                        Escape::Char('\'') => found.push(at),
                        Escape::Refused(_) => break 'pass,
                        _ => {}
                    }
                }
                if found.is_empty() {
                    break 'pass;
                }
                for &at in &found {
                    text.replace_range(at + 1..at + 2, "\"");
                }
                self.quotes.extend(found);
                from = restart;
                continue 'pass;
            }
            break;
        }
        if !self.quotes.is_empty() {
            self.quotes.sort_unstable();
            self.text = Cow::Owned(text);
        }
    }
}

/// go-yaml's refusal of the double-quoted scalar the parser refused with `e`, as `dialect`
/// words it; `None` when `e` is not about an escape (or go-yaml refuses nothing there).
pub(crate) fn refusal(e: &ScanError, text: &str, dialect: Dialect) -> Option<Error> {
    if !is_escape_error(e) {
        return None;
    }
    refusal_from(text, byte_offset(text, e.marker())?, dialect)
}

fn is_escape_error(e: &ScanError) -> bool {
    matches!(
        e.kind(),
        ErrorKind::UnknownQuotedScalarEscape
            | ErrorKind::InvalidQuotedScalarHexEscape
            | ErrorKind::InvalidLowSurrogateHexEscape
            | ErrorKind::InvalidLowSurrogate
            | ErrorKind::MissingLowSurrogate
            | ErrorKind::UnpairedLowSurrogate
            | ErrorKind::InvalidUnicodeEscape
    )
}

/// go-yaml's refusal of the double-quoted scalar whose opening quote is at byte `start`.
fn refusal_from(text: &str, start: usize, dialect: Dialect) -> Option<Error> {
    let (at, problem) = Escapes::new(text, start).find_map(|(at, e)| match e {
        Escape::Refused(problem) => Some((at, problem)),
        _ => None,
    })?;
    let (line, column) = position(text, at);
    let (start_line, _) = position(text, start);
    // libyaml counts lines from 0 and go-yaml names none for line 0; scanner errors are printed
    // 1-based. v2 names the problem's line, v3 the context's (the scalar's start), falling back
    // to the problem's.
    let shown = match dialect {
        Dialect::V2 => line,
        Dialect::V3 if start_line > 1 => start_line,
        Dialect::V3 => line,
    };
    Some(Error::new(line, column, problem.message()).shown_at(if shown > 1 { shown } else { 0 }))
}

/// 1-based line and column (in characters) of byte `at`.
fn position(text: &str, at: usize) -> (usize, usize) {
    let before = &text[..at];
    let line_start = before.rfind('\n').map_or(0, |n| n + 1);
    (before.matches('\n').count() + 1, before[line_start..].chars().count() + 1)
}

/// The byte offset of `mark` in `text`, the text the parser read.
fn byte_offset(text: &str, mark: &Marker) -> Option<usize> {
    match mark.byte_offset() {
        Some(at) => Some(at).filter(|&at| text.is_char_boundary(at)),
        None => text.char_indices().map(|(at, _)| at).chain([text.len()]).nth(mark.index()),
    }
}

/// What go-yaml refuses in a double-quoted scalar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Problem {
    Unknown,
    Hex,
    Unicode,
}

impl Problem {
    fn message(self) -> &'static str {
        match self {
            Problem::Unknown => "found unknown escape character",
            Problem::Hex => "did not find expected hexdecimal number",
            Problem::Unicode => "found invalid Unicode character escape code",
        }
    }
}

/// One escape of a double-quoted scalar, read with go-yaml's table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Escape {
    Char(char),
    /// A backslash before a line break.
    Break,
    Refused(Problem),
}

/// The escapes of the double-quoted scalar whose opening quote is at a byte offset, in order,
/// each with the offset of its backslash. Ends at the closing quote, at the end of the text,
/// before a line starting with a document marker (which ends the scalar in error) and after a
/// refused escape.
struct Escapes<'t> {
    text: &'t [u8],
    pos: usize,
    done: bool,
}

impl<'t> Escapes<'t> {
    fn new(text: &'t str, quote: usize) -> Self {
        Escapes { text: text.as_bytes(), pos: quote + 1, done: false }
    }
}

impl Iterator for Escapes<'_> {
    type Item = (usize, Escape);

    fn next(&mut self) -> Option<(usize, Escape)> {
        while !self.done {
            let Some(found) = self.text.get(self.pos..)?.iter().position(|b| matches!(b, b'"' | b'\\' | b'\n')) else {
                break;
            };
            let at = self.pos + found;
            match self.text[at] {
                // go-yaml reads a backslash at the end of the text as the end of the stream.
                b'\\' if at + 1 == self.text.len() => break,
                b'\\' => {
                    let (escape, len) = escape(&self.text[at + 1..]);
                    self.pos = at + 1 + len;
                    self.done = matches!(escape, Escape::Refused(_));
                    return Some((at, escape));
                }
                b'\n' => {
                    self.pos = at + 1;
                    let line = &self.text[self.pos..];
                    let marker = line.starts_with(b"---") || line.starts_with(b"...");
                    if marker && line.get(3).is_none_or(|b| matches!(b, b' ' | b'\t' | b'\r' | b'\n')) {
                        break;
                    }
                }
                _ => break,
            }
        }
        self.done = true;
        None
    }
}

/// Reads the escape after a backslash: what it means and how many bytes it takes.
fn escape(after: &[u8]) -> (Escape, usize) {
    let simple = |c: char| (Escape::Char(c), 1);
    let Some(&letter) = after.first() else { return (Escape::Refused(Problem::Unknown), 0) };
    let digits = match letter {
        b'0' => return simple('\0'),
        b'a' => return simple('\x07'),
        b'b' => return simple('\x08'),
        b't' | b'\t' => return simple('\t'),
        b'n' => return simple('\n'),
        b'v' => return simple('\x0b'),
        b'f' => return simple('\x0c'),
        b'r' => return simple('\r'),
        b'e' => return simple('\x1b'),
        b' ' => return simple(' '),
        b'"' => return simple('"'),
        b'\'' => return simple('\''),
        b'\\' => return simple('\\'),
        b'N' => return simple('\u{85}'),
        b'_' => return simple('\u{a0}'),
        b'L' => return simple('\u{2028}'),
        b'P' => return simple('\u{2029}'),
        b'x' => 2,
        b'u' => 4,
        b'U' => 8,
        b'\n' => return (Escape::Break, 1),
        b'\r' => return (Escape::Break, if after.get(1) == Some(&b'\n') { 2 } else { 1 }),
        // go-yaml's line breaks also count NEL, LS and PS.
        _ if after.starts_with("\u{85}".as_bytes()) => return (Escape::Break, 2),
        _ if after.starts_with("\u{2028}".as_bytes()) || after.starts_with("\u{2029}".as_bytes()) => {
            return (Escape::Break, 3)
        }
        _ => return (Escape::Refused(Problem::Unknown), 0),
    };
    let hex = after.get(1..=digits).filter(|h| h.iter().all(u8::is_ascii_hexdigit));
    let Some(hex) = hex else { return (Escape::Refused(Problem::Hex), 0) };
    let value = hex.iter().fold(0u32, |v, &h| v << 4 | char::from(h).to_digit(16).unwrap_or(0));
    match char::from_u32(value) {
        Some(c) => (Escape::Char(c), 1 + digits),
        None => (Escape::Refused(Problem::Unicode), 0),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn escapes(scalar: &str) -> Vec<(usize, Escape)> {
        Escapes::new(scalar, 0).collect()
    }

    #[test]
    fn reads_go_yaml_table() {
        let all = r#""\0\a\b\t\	\n\v\f\r\e\ \"\'\\\N\_\L\P\x41\u00e9\U0001F600""#;
        let chars: String = escapes(all)
            .into_iter()
            .map(|(_, e)| match e {
                Escape::Char(c) => c,
                other => panic!("{other:?}"),
            })
            .collect();
        assert_eq!(chars, "\0\x07\x08\t\t\n\x0b\x0c\r\x1b \"'\\\u{85}\u{a0}\u{2028}\u{2029}Aé😀");
        assert_eq!(escapes("\"a\\\n  b\\\r\nc\""), [(2, Escape::Break), (7, Escape::Break)]);
    }

    #[test]
    fn refuses_what_go_yaml_refuses() {
        let refused = |s: &str| escapes(s).last().map(|&(at, e)| (at, e));
        assert_eq!(refused(r#""a\/b""#), Some((2, Escape::Refused(Problem::Unknown))));
        assert_eq!(refused(r#""\q""#), Some((1, Escape::Refused(Problem::Unknown))));
        assert_eq!(refused("\"\\é\""), Some((1, Escape::Refused(Problem::Unknown))));
        assert_eq!(refused(r#""\xZ1""#), Some((1, Escape::Refused(Problem::Hex))));
        assert_eq!(refused(r#""\u12""#), Some((1, Escape::Refused(Problem::Hex))));
        assert_eq!(refused(r#""\uD83D\uDE00""#), Some((1, Escape::Refused(Problem::Unicode))));
        assert_eq!(refused(r#""\U00110000""#), Some((1, Escape::Refused(Problem::Unicode))));
        assert_eq!(refused("\"a\\"), None);
        // Nothing after a refusal, nothing after the closing quote or a document marker.
        assert_eq!(escapes(r#""\q\n""#).len(), 1);
        assert_eq!(escapes(r#""a" "\q""#), []);
        assert_eq!(escapes("\"a\n--- \\q\""), []);
        assert_eq!(escapes("\"a\n---x \\t\"").len(), 1);
    }

    #[test]
    fn errors_name_go_yaml_lines() {
        let error = |text: &str, dialect| refusal_from(text, text.find('"').unwrap(), dialect).unwrap();
        let text = "a: b\nc: \"x\n  \\/\"\n";
        let v2 = error(text, Dialect::V2);
        assert_eq!((v2.line, v2.column), (3, 3));
        assert_eq!(v2.to_string(), "yaml: line 3: found unknown escape character");
        assert_eq!(error(text, Dialect::V3).to_string(), "yaml: line 2: found unknown escape character");
        // On the first line, go-yaml names no line; v3 then names the problem's.
        assert_eq!(error("\"\\/\"", Dialect::V2).to_string(), "yaml: found unknown escape character");
        assert_eq!(error("\"\\/\"", Dialect::V3).to_string(), "yaml: found unknown escape character");
        assert_eq!(error("\"a\n\\q\"", Dialect::V3).to_string(), "yaml: line 2: found unknown escape character");
    }

    /// Both readers' value of `key` in the first document of `text`, or their errors.
    fn read(text: &str, key: &str) -> (Result<String, String>, Result<String, String>) {
        let v2 =
            crate::from_str(text).map(|v| v[key].as_str().unwrap_or_default().to_owned()).map_err(|e| e.to_string());
        let v3 = crate::node::parse_documents(text).map_err(|e| e.to_string()).map(|docs| match &docs[0] {
            crate::node::Node::Map(map) => {
                map.entries.iter().find(|(k, _)| k.value == key).map(|(_, v)| format!("{v:?}")).unwrap_or_default()
            }
            other => format!("{other:?}"),
        });
        (v2, v3)
    }

    fn value(text: &str, key: &str) -> String {
        let (v2, v3) = read(text, key);
        let v2 = v2.unwrap_or_else(|e| panic!("{text:?}: {e}"));
        let v3 = v3.unwrap_or_else(|e| panic!("{text:?}: {e}"));
        assert!(v3.contains(&format!("value: {v2:?}")), "{text:?}: v2 {v2:?}, v3 {v3}");
        v2
    }

    fn refused(text: &str) -> (String, String) {
        match read(text, "a") {
            (Err(v2), Err(v3)) => (v2, v3),
            other => panic!("{text:?}: {other:?}"),
        }
    }

    #[test]
    fn readers_take_a_quote_escape() {
        assert_eq!(value(r#"a: "it\'s""#, "a"), "it's");
        assert_eq!(value(r#"a: "\'\"\x22\\\'\'""#, "a"), r#"'""\''"#);
        assert_eq!(value("x: 'a\\'\na: \"b\\'\"\n", "a"), "b'");
        assert_eq!(value("a: \"one\\'\n  two\\' \\\n  three\"\n", "a"), "one' two' three");
        assert_eq!(value("a: !!str &x \"\\'\"\nb: *x\n", "b"), "'");
        assert_eq!(value("\"k\\'\": v\na: \"\\'\"\n", "k'"), "v");
        // Every document of a stream, read again from its own start.
        let docs = crate::documents("a: \"1\\'\"\n---\na: \"2\\'\"\nb: \"3\\'\"\n---\na: '\\'\n").unwrap();
        assert_eq!(
            docs,
            [serde_json::json!({"a": "1'"}), serde_json::json!({"a": "2'", "b": "3'"}), serde_json::json!({"a": "\\"})]
        );
        let nodes = crate::node::parse_documents("a: \"1\\'\"\n---\na: \"2\\'\"\n").unwrap();
        assert_eq!(nodes.len(), 2);
        // After `%TAG`, the pass reads again from the top.
        let tagged = crate::from_str("%TAG !e! tag:e,2000:\n---\nx: !e!t \"\\'\"\na: \"\\'\"\n").unwrap();
        assert_eq!(tagged, serde_json::json!({"x": "'", "a": "'"}));
    }

    #[test]
    fn readers_refuse_what_go_yaml_refuses() {
        let slash = "yaml: line 2: found unknown escape character";
        assert_eq!(refused("b: c\na: \"https:\\/\\/example.com\"\n"), (slash.into(), slash.into()));
        assert_eq!(refused("b: c\na: !!str &x \"\\/\"\n"), (slash.into(), slash.into()));
        assert_eq!(refused("b: c\n\"\\/\": a\n"), (slash.into(), slash.into()));
        assert_eq!(refused("b: c\na: [\"\\/\"]\n"), (slash.into(), slash.into()));
        assert_eq!(refused("b: c\na: \"\\q\"\n"), (slash.into(), slash.into()));
        // v2 names the escape's line, v3 the scalar's.
        let (v2, v3) = refused("b: c\na: \"it\\'s\n  a \\/ b\"\n");
        assert_eq!((v2.as_str(), v3.as_str()), ("yaml: line 3: found unknown escape character", slash));
        let unicode = "yaml: line 2: found invalid Unicode character escape code";
        assert_eq!(refused("b: c\na: \"\\uD83D\\uDE00\"\n"), (unicode.into(), unicode.into()));
        assert_eq!(refused("b: c\na: \"\\ud800\"\n"), (unicode.into(), unicode.into()));
        assert_eq!(refused("b: c\na: \"\\U0000DC00\"\n"), (unicode.into(), unicode.into()));
        let hex = "yaml: line 2: did not find expected hexdecimal number";
        assert_eq!(refused("b: c\na: \"\\xZZ\"\n"), (hex.into(), hex.into()));
        assert_eq!(refused("b: c\na: \"\\'\\u12\"\n"), (hex.into(), hex.into()));
        // The first problem in the text is the one named.
        assert_eq!(refused("b: \"\\'\"\na: \"\\/\"\nc: [\n").0, slash);
        // Only the documents the readers read: sigs.k8s.io/yaml's `Unmarshal` reads the first.
        let two = "a: x\n---\na: \"\\/\"\n";
        assert_eq!(crate::from_str(two).unwrap(), serde_json::json!({"a": "x"}));
        assert!(crate::documents(two).is_err());
        assert!(crate::node::parse_documents(two).is_err());
        assert!(crate::node::parse_documents("a: x\n...\na: \"\\/\"\n").is_ok());
    }

    #[test]
    fn other_scalars_keep_their_backslashes() {
        let text = "# \"\\/\" \"\\'\"\na: x\\/y\\'z # \"\\/\"\nb: 'x\\/y\\'\nc: |\n  \"\\/\" \"\\'\"\nd: \"\\\\/\\\\'\"\ne: [x\\/, '\\/', \"\\\\/\"]\n";
        assert_eq!(value(text, "a"), r"x\/y\'z");
        assert_eq!(value(text, "b"), r"x\/y\");
        assert_eq!(value(text, "c"), "\"\\/\" \"\\'\"\n");
        assert_eq!(value(text, "d"), r"\/\'");
    }
}

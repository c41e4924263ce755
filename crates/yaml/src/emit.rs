//! The emitter: JSON values printed the way sigs.k8s.io/yaml's `Marshal` prints them.
//!
//! sigs.k8s.io/yaml turns JSON into go-yaml v2 values and lets go-yaml's port of libyaml print
//! them with its defaults: 2-space indent, a preferred line width of 80 columns, block style,
//! sequences inside a mapping not indented, empty collections in flow style. This module keeps
//! the same bookkeeping (current column, "just wrote whitespace", "only indentation so far on
//! this line") because every folding and spacing decision depends on it.

use std::borrow::Cow;

use serde_json::{Map, Number, Value};

use crate::resolve::{format_float, json_number, JsonNumber};
use crate::scalar::{
    analyze, block_indicators, double_quoted_escape, is_break, requested_style, select_style, GoYaml, Style,
};

/// go-yaml's preferred line width; a plain or quoted scalar is folded at the first space found
/// once the column has gone past it.
const BEST_WIDTH: usize = 80;
/// Keys longer than this (in bytes) are written as explicit `? key` entries.
const MAX_SIMPLE_KEY: usize = 128;

pub(crate) fn to_string(value: &Value) -> String {
    let mut e = Emitter { out: String::new(), column: 0, whitespace: true, indention: true };
    e.node(value, -1, false);
    // Document end: finish the last line.
    e.write_indent(0);
    e.out
}

struct Emitter {
    out: String,
    /// Characters (not bytes) written on the current line.
    column: usize,
    whitespace: bool,
    indention: bool,
}

impl Emitter {
    /// Emits a node whose parent sits at `parent` indentation (-1 at the root).
    fn node(&mut self, value: &Value, parent: i64, mapping_context: bool) {
        match value {
            Value::Object(map) if map.is_empty() => self.flow_empty('{', '}'),
            Value::Array(items) if items.is_empty() => self.flow_empty('[', ']'),
            Value::Object(map) if map.keys().any(|k| k.contains('\u{85}')) => {
                // Keys read back differently may now collide: the later one wins, as in a Go map.
                let read: Map<String, Value> =
                    map.iter().map(|(k, v)| (read_back(k).into_owned(), v.clone())).collect();
                self.block_mapping(&read, parent);
            }
            Value::Object(map) => self.block_mapping(map, parent),
            Value::Array(items) => self.block_sequence(items, parent, mapping_context),
            Value::Null => self.scalar("null", Style::Plain, parent, false),
            Value::Bool(b) => self.scalar(if *b { "true" } else { "false" }, Style::Plain, parent, false),
            Value::Number(n) => self.scalar(&format_number(n), Style::Plain, parent, false),
            Value::String(s) => {
                let s = read_back(s);
                self.scalar(&s, requested_style(&s, GoYaml::V2), parent, false);
            }
        }
    }

    fn flow_empty(&mut self, open: char, close: char) {
        self.write_indicator(open, true, true, false);
        self.write_indicator(close, false, false, false);
    }

    fn block_mapping(&mut self, map: &Map<String, Value>, parent: i64) {
        let indent = if parent < 0 { 0 } else { parent + 2 };
        for key in sorted_keys(map) {
            self.write_indent(indent);
            let style = requested_style(key, GoYaml::V2);
            let simple = !analyze(key, GoYaml::V2).multiline && key.len() <= MAX_SIMPLE_KEY;
            if simple {
                self.scalar(key, style, indent, true);
                self.write_indicator(':', false, false, false);
            } else {
                self.write_indicator('?', true, false, true);
                self.scalar(key, style, indent, false);
                self.write_indent(indent);
                self.write_indicator(':', true, false, true);
            }
            if let Some(value) = map.get(key) {
                self.node(value, indent, true);
            }
        }
    }

    fn block_sequence(&mut self, items: &[Value], parent: i64, mapping_context: bool) {
        // A sequence that is a mapping value starts on the next line at the key's own column.
        let indentless = mapping_context && !self.indention;
        let indent = if parent < 0 {
            0
        } else if indentless {
            parent
        } else {
            parent + 2
        };
        for item in items {
            self.write_indent(indent);
            self.write_indicator('-', true, false, true);
            self.node(item, indent, false);
        }
    }

    fn scalar(&mut self, value: &str, requested: Style, parent: i64, simple_key: bool) {
        let indent = if parent < 0 { 2 } else { parent + 2 };
        let style = select_style(requested, value, &analyze(value, GoYaml::V2), simple_key, false);
        let allow_breaks = !simple_key;
        match style {
            Style::Plain => self.write_plain(value, allow_breaks, indent),
            Style::Single => self.write_single_quoted(value, allow_breaks, indent),
            Style::Double => self.write_double_quoted(value, allow_breaks, indent),
            Style::Literal => self.write_literal(value, indent),
        }
    }

    fn put(&mut self, c: char) {
        self.out.push(c);
        self.column += 1;
    }

    fn put_break(&mut self) {
        self.out.push('\n');
        self.column = 0;
    }

    /// Copies a line-break character: `\n` as a newline, the others (LS, PS) verbatim.
    fn write_break(&mut self, c: char) {
        if c == '\n' {
            self.put_break();
        } else {
            self.out.push(c);
            self.column = 0;
        }
    }

    fn write_indent(&mut self, indent: i64) {
        let indent = usize::try_from(indent).unwrap_or(0);
        if !self.indention || self.column > indent || (self.column == indent && !self.whitespace) {
            self.put_break();
        }
        while self.column < indent {
            self.put(' ');
        }
        self.whitespace = true;
        self.indention = true;
    }

    fn write_indicator(&mut self, indicator: char, need_whitespace: bool, is_whitespace: bool, is_indention: bool) {
        if need_whitespace && !self.whitespace {
            self.put(' ');
        }
        self.put(indicator);
        self.whitespace = is_whitespace;
        self.indention = self.indention && is_indention;
    }

    fn write_plain(&mut self, value: &str, allow_breaks: bool, indent: i64) {
        if !self.whitespace {
            self.put(' ');
        }
        let chars: Vec<char> = value.chars().collect();
        let mut spaces = false;
        let mut breaks = false;
        for (i, &c) in chars.iter().enumerate() {
            if c == ' ' {
                let next_is_space = chars.get(i + 1) == Some(&' ');
                if allow_breaks && !spaces && self.column > BEST_WIDTH && !next_is_space {
                    self.write_indent(indent);
                } else {
                    self.put(c);
                }
                spaces = true;
            } else if is_break(c) {
                if !breaks && c == '\n' {
                    self.put_break();
                }
                self.write_break(c);
                self.indention = true;
                breaks = true;
            } else {
                if breaks {
                    self.write_indent(indent);
                }
                self.put(c);
                self.indention = false;
                spaces = false;
                breaks = false;
            }
        }
        self.whitespace = false;
        self.indention = false;
    }

    fn write_single_quoted(&mut self, value: &str, allow_breaks: bool, indent: i64) {
        self.write_indicator('\'', true, false, false);
        let chars: Vec<char> = value.chars().collect();
        let mut spaces = false;
        let mut breaks = false;
        for (i, &c) in chars.iter().enumerate() {
            if c == ' ' {
                let inner = i > 0 && i + 1 < chars.len() && chars[i + 1] != ' ';
                if allow_breaks && !spaces && self.column > BEST_WIDTH && inner {
                    self.write_indent(indent);
                } else {
                    self.put(c);
                }
                spaces = true;
            } else if is_break(c) {
                if !breaks && c == '\n' {
                    self.put_break();
                }
                self.write_break(c);
                self.indention = true;
                breaks = true;
            } else {
                if breaks {
                    self.write_indent(indent);
                }
                if c == '\'' {
                    self.put('\'');
                }
                self.put(c);
                self.indention = false;
                spaces = false;
                breaks = false;
            }
        }
        self.write_indicator('\'', false, false, false);
        self.whitespace = false;
        self.indention = false;
    }

    fn write_double_quoted(&mut self, value: &str, allow_breaks: bool, indent: i64) {
        self.write_indicator('"', true, false, false);
        // go-yaml's BOM test looks at the start of the value whatever the position, so a value
        // starting with U+FEFF has every character escaped.
        let bom = value.starts_with('\u{FEFF}');
        let chars: Vec<char> = value.chars().collect();
        let mut spaces = false;
        for (i, &c) in chars.iter().enumerate() {
            if let Some(escape) = double_quoted_escape(c, bom) {
                escape.chars().for_each(|e| self.put(e));
                spaces = false;
            } else if c == ' ' {
                if allow_breaks && !spaces && self.column > BEST_WIDTH && i > 0 && i + 1 < chars.len() {
                    self.write_indent(indent);
                    if chars.get(i + 1) == Some(&' ') {
                        self.put('\\');
                    }
                } else {
                    self.put(c);
                }
                spaces = true;
            } else {
                self.put(c);
                spaces = false;
            }
        }
        self.write_indicator('"', false, false, false);
        self.whitespace = false;
        self.indention = false;
    }

    fn write_literal(&mut self, value: &str, indent: i64) {
        self.write_indicator('|', true, false, false);
        let (indent_indicator, chomp) = block_indicators(value);
        if indent_indicator {
            self.write_indicator('2', false, false, false);
        }
        if let Some(chomp) = chomp {
            self.write_indicator(chomp, false, false, false);
        }
        self.put_break();
        self.indention = true;
        self.whitespace = true;
        let mut breaks = true;
        for c in value.chars() {
            if is_break(c) {
                self.write_break(c);
                self.indention = true;
                breaks = true;
            } else {
                if breaks {
                    self.write_indent(indent);
                }
                self.put(c);
                self.indention = false;
                breaks = false;
            }
        }
    }
}

/// Formats a JSON number as it comes out of Go's `json.Marshal` and go-yaml's re-reading:
/// integral floats print as the integers Go's JSON text reads back as, others in Go's shortest
/// `%g`.
fn format_number(n: &Number) -> String {
    if let Some(i) = n.as_i64() {
        return i.to_string();
    }
    if let Some(u) = n.as_u64() {
        return u.to_string();
    }
    match json_number(n.as_f64().unwrap_or(0.0)) {
        JsonNumber::Int(i) => i.to_string(),
        JsonNumber::Uint(u) => u.to_string(),
        JsonNumber::Float(f) => format_float(f),
    }
}

/// A string as go-yaml v2 reads it back from Go's JSON text. `encoding/json` leaves NEL (U+0085)
/// unescaped and go-yaml takes it for a line break inside the double-quoted string, so it is
/// folded as YAML folds line breaks: one becomes a space, `n` in a row `n - 1` newlines, and the
/// spaces around them go.
fn read_back(s: &str) -> Cow<'_, str> {
    if !s.contains('\u{85}') {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    loop {
        while let Some(&c) = chars.peek().filter(|&&c| c != ' ' && c != '\u{85}') {
            out.push(c);
            chars.next();
        }
        if chars.peek().is_none() {
            break;
        }
        let (mut spaces, mut breaks) = (0, 0);
        while let Some(&c) = chars.peek().filter(|&&c| c == ' ' || c == '\u{85}') {
            if c == '\u{85}' {
                breaks += 1;
            } else if breaks == 0 {
                spaces += 1;
            }
            chars.next();
        }
        match breaks {
            0 => out.extend(std::iter::repeat_n(' ', spaces)),
            1 => out.push(' '),
            n => out.extend(std::iter::repeat_n('\n', n - 1)),
        }
    }
    Cow::Owned(out)
}

/// Map keys in go-yaml's order: a "natural" sort where runs of digits compare as numbers and
/// letters sort after other characters.
fn sorted_keys(map: &Map<String, Value>) -> Vec<&String> {
    let mut keys: Vec<&String> = map.keys().collect();
    let chars: Vec<Vec<char>> = keys.iter().map(|k| k.chars().collect()).collect();
    let mut order: Vec<usize> = (0..keys.len()).collect();
    // A hand-written merge sort: the comparison is not guaranteed to be a total order for odd
    // inputs, and the standard library's sort may panic on such comparators.
    merge_sort(&mut order, &|a, b| key_less(&chars[a], &chars[b]));
    let sorted: Vec<&String> = order.iter().map(|&i| keys[i]).collect();
    keys.clear();
    sorted
}

fn merge_sort(v: &mut Vec<usize>, less: &dyn Fn(usize, usize) -> bool) {
    if v.len() <= 1 {
        return;
    }
    let mut right = v.split_off(v.len() / 2);
    merge_sort(v, less);
    merge_sort(&mut right, less);
    let left = std::mem::take(v);
    let (mut i, mut j) = (0, 0);
    while i < left.len() && j < right.len() {
        if less(right[j], left[i]) {
            v.push(right[j]);
            j += 1;
        } else {
            v.push(left[i]);
            i += 1;
        }
    }
    v.extend_from_slice(&left[i..]);
    v.extend_from_slice(&right[j..]);
}

fn key_less(a: &[char], b: &[char]) -> bool {
    for i in 0..a.len().min(b.len()) {
        if a[i] == b[i] {
            continue;
        }
        let al = a[i].is_alphabetic();
        let bl = b[i].is_alphabetic();
        if al && bl {
            return a[i] < b[i];
        }
        if al || bl {
            return bl;
        }
        let (mut an, mut bn) = (0i64, 0i64);
        if a[i] == '0' || b[i] == '0' {
            // A zero that continues a number ("10" vs "1a") still counts as a digit.
            let mut j = i;
            while j > 0 && a[j - 1].is_ascii_digit() {
                j -= 1;
                if a[j] != '0' {
                    an = 1;
                    bn = 1;
                    break;
                }
            }
        }
        let mut ai = i;
        while ai < a.len() && a[ai].is_ascii_digit() {
            an = an.wrapping_mul(10).wrapping_add(i64::from(a[ai] as u8 - b'0'));
            ai += 1;
        }
        let mut bi = i;
        while bi < b.len() && b[bi].is_ascii_digit() {
            bn = bn.wrapping_mul(10).wrapping_add(i64::from(b[bi] as u8 - b'0'));
            bi += 1;
        }
        if an != bn {
            return an < bn;
        }
        if ai != bi {
            return ai < bi;
        }
        return a[i] < b[i];
    }
    a.len() < b.len()
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn keys(v: &[&str]) -> Vec<String> {
        let map: Map<String, Value> = v.iter().map(|k| (k.to_string(), Value::Null)).collect();
        sorted_keys(&map).into_iter().cloned().collect()
    }

    #[test]
    fn natural_key_order() {
        assert_eq!(keys(&["a10", "a9", "a1"]), ["a1", "a9", "a10"]);
        assert_eq!(keys(&["b", "_a", "A", "1"]), ["_a", "1", "A", "b"]);
        assert_eq!(keys(&["x-2", "x-10", "x"]), ["x", "x-2", "x-10"]);
    }

    #[test]
    fn layout() {
        let v = json!({"b": [1, {"c": "d", "e": []}], "a": {}, "s": "multi\nline\n"});
        assert_eq!(to_string(&v), "a: {}\nb:\n- 1\n- c: d\n  e: []\ns: |\n  multi\n  line\n");
    }

    #[test]
    fn quoting() {
        let cases = [
            ("y", "\"y\"\n"),
            ("a: b", "'a: b'\n"),
            ("#x", "'#x'\n"),
            ("", "\"\"\n"),
            ("it's", "it's\n"),
            (" x", "' x'\n"),
            ("a\tb", "\"a\\tb\"\n"),
            ("\u{1F600}", "\"\\U0001F600\"\n"),
            ("1:20", "\"1:20\"\n"),
            ("2024-01-01", "\"2024-01-01\"\n"),
            ("<<", "<<\n"),
            // Past 64 bits go-yaml has no integer: kubectl 1.33 prints these plain.
            ("0x1_0000_0000_0000_0000", "0x1_0000_0000_0000_0000\n"),
            (
                "0b11111111111111111111111111111111111111111111111111111111111111111",
                "0b11111111111111111111111111111111111111111111111111111111111111111\n",
            ),
            ("18446744073709551616", "\"18446744073709551616\"\n"),
        ];
        for (s, want) in cases {
            assert_eq!(to_string(&Value::String(s.into())), want, "{s:?}");
        }
    }

    #[test]
    fn numbers_as_go_prints_them() {
        assert_eq!(to_string(&json!(1.0)), "1\n");
        assert_eq!(to_string(&json!(1.5)), "1.5\n");
        assert_eq!(to_string(&json!(1e300)), "1e+300\n");
        assert_eq!(to_string(&json!(u64::MAX)), "18446744073709551615\n");
        assert_eq!(to_string(&json!(-0.0)), "0\n");
        // Go's JSON writes the shortest digits, which is what go-yaml then reads (kubectl 1.33).
        assert_eq!(to_string(&json!(-9_223_372_036_854_775_809.0)), "-9.223372036854776e+18\n");
        assert_eq!(to_string(&json!(9_223_372_036_854_775_808.0)), "9223372036854776000\n");
        assert_eq!(to_string(&json!(12_345_678_901_234_567_890.5)), "12345678901234567000\n");
    }

    #[test]
    fn nel_is_a_line_break_when_go_yaml_reads_json_back() {
        // kubectl 1.33 -o yaml of {"d": "a \u0085 b\u0085", "e": "\u0085\u0085\u0085x", "x\u0085y": 1}.
        let v = json!({"d": "a \u{85} b\u{85}", "e": "\u{85}\u{85}\u{85}x", "x\u{85}y": 1});
        assert_eq!(to_string(&v), "d: 'a b '\ne: |2-\n\n\n  x\nx y: 1\n");
    }

    #[test]
    fn folds_long_plain_scalars() {
        let long = "word ".repeat(30);
        let long = long.trim_end();
        let out = to_string(&json!({ "k": long }));
        let first = out.lines().next().unwrap_or_default();
        assert!(first.chars().count() > BEST_WIDTH && first.chars().count() < BEST_WIDTH + 6, "{out}");
        assert!(out.lines().nth(1).is_some_and(|l| l.starts_with("  word")), "{out}");
    }
}

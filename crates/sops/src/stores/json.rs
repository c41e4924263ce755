//! The JSON store (and the binary store's JSON envelope): read token by token so that key order
//! and duplicate keys are kept, written as Go's `json.Marshal` writes values and `json.Indent`
//! with a tab indents them.

use yaml::go::Encoder;

use crate::tree::{Item, Value};

/// Reads the top-level object of a JSON document, as sops's JSON store does (what follows the
/// object is not looked at).
pub(crate) fn load(text: &str) -> Result<Vec<Item>, String> {
    let mut p = Parser { s: text.as_bytes(), i: 0, depth: 0 };
    p.ws();
    match p.peek() {
        Some(b'{') => {
            p.i += 1;
            p.object()
        }
        Some(b'[') => Err("sops only supports JSON files with a top-level object, not arrays".into()),
        None => Err("unexpected end of JSON input".into()),
        Some(_) => Err("sops only supports JSON files with a top-level object".into()),
    }
}

/// Go's JSON decoder refuses nesting deeper than 10000; this parser recurses, so it stops earlier.
const MAX_DEPTH: usize = 1000;

struct Parser<'a> {
    s: &'a [u8],
    i: usize,
    depth: usize,
}

impl Parser<'_> {
    fn peek(&self) -> Option<u8> {
        self.s.get(self.i).copied()
    }

    fn ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.i += 1;
        }
    }

    fn err(&self, what: &str) -> String {
        match self.peek() {
            None => "unexpected end of JSON input".into(),
            Some(c) => format!("invalid character {:?} {what} (offset {})", char::from(c), self.i),
        }
    }

    fn expect(&mut self, c: u8, what: &str) -> Result<(), String> {
        self.ws();
        if self.peek() == Some(c) {
            self.i += 1;
            Ok(())
        } else {
            Err(self.err(what))
        }
    }

    /// After the `{`.
    fn object(&mut self) -> Result<Vec<Item>, String> {
        let mut items = Vec::new();
        self.ws();
        if self.peek() == Some(b'}') {
            self.i += 1;
            return Ok(items);
        }
        loop {
            self.ws();
            if self.peek() != Some(b'"') {
                return Err(self.err("looking for beginning of object key string"));
            }
            let key = self.string()?;
            self.expect(b':', "after object key")?;
            let value = self.value()?;
            items.push(Item::new(key, value));
            self.ws();
            match self.peek() {
                Some(b',') => self.i += 1,
                Some(b'}') => {
                    self.i += 1;
                    return Ok(items);
                }
                _ => return Err(self.err("after object key:value pair")),
            }
        }
    }

    fn array(&mut self) -> Result<Vec<Value>, String> {
        let mut items = Vec::new();
        self.ws();
        if self.peek() == Some(b']') {
            self.i += 1;
            return Ok(items);
        }
        loop {
            items.push(self.value()?);
            self.ws();
            match self.peek() {
                Some(b',') => self.i += 1,
                Some(b']') => {
                    self.i += 1;
                    return Ok(items);
                }
                _ => return Err(self.err("after array element")),
            }
        }
    }

    fn value(&mut self) -> Result<Value, String> {
        self.ws();
        match self.peek() {
            Some(b'{' | b'[') if self.depth >= MAX_DEPTH => Err(format!("exceeded max depth of {MAX_DEPTH}")),
            Some(b'{') => {
                self.i += 1;
                self.depth += 1;
                let map = self.object().map(Value::Map);
                self.depth -= 1;
                map
            }
            Some(b'[') => {
                self.i += 1;
                self.depth += 1;
                let seq = self.array().map(Value::Seq);
                self.depth -= 1;
                seq
            }
            Some(b'"') => self.string().map(Value::Str),
            Some(b't') => self.word("true", Value::Bool(true)),
            Some(b'f') => self.word("false", Value::Bool(false)),
            Some(b'n') => self.word("null", Value::Null),
            Some(b'-' | b'0'..=b'9') => self.number(),
            _ => Err(self.err("looking for beginning of value")),
        }
    }

    fn word(&mut self, word: &str, value: Value) -> Result<Value, String> {
        if self.s[self.i..].starts_with(word.as_bytes()) {
            self.i += word.len();
            Ok(value)
        } else {
            Err(self.err("in literal"))
        }
    }

    /// A number as `json.Number`, then an `int` when it is one, else a `float64`.
    fn number(&mut self) -> Result<Value, String> {
        let start = self.i;
        if self.peek() == Some(b'-') {
            self.i += 1;
        }
        let digits = |p: &mut Self| {
            let from = p.i;
            while p.peek().is_some_and(|c| c.is_ascii_digit()) {
                p.i += 1;
            }
            p.i > from
        };
        if self.peek() == Some(b'0') {
            self.i += 1;
        } else if !digits(self) {
            return Err(self.err("in numeric literal"));
        }
        if self.peek() == Some(b'.') {
            self.i += 1;
            if !digits(self) {
                return Err(self.err("after decimal point in numeric literal"));
            }
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.i += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.i += 1;
            }
            if !digits(self) {
                return Err(self.err("in exponent of numeric literal"));
            }
        }
        let text = std::str::from_utf8(&self.s[start..self.i]).map_err(|_| "invalid number".to_string())?;
        if let Ok(i) = text.parse::<i64>() {
            return Ok(Value::Int(i));
        }
        match text.parse::<f64>() {
            Ok(f) if f.is_finite() => Ok(Value::Float(f)),
            _ => Err(format!("strconv.ParseFloat: parsing {text:?}: value out of range")),
        }
    }

    fn hex4(&mut self) -> Result<u32, String> {
        let digits = self.s.get(self.i..self.i + 4).ok_or_else(|| self.err("in \\u hexadecimal character escape"))?;
        let text = std::str::from_utf8(digits).map_err(|_| self.err("in \\u hexadecimal character escape"))?;
        let v = u32::from_str_radix(text, 16).map_err(|_| self.err("in \\u hexadecimal character escape"))?;
        self.i += 4;
        Ok(v)
    }

    fn string(&mut self) -> Result<String, String> {
        self.i += 1;
        let mut out = Vec::new();
        loop {
            let Some(c) = self.peek() else { return Err(self.err("in string literal")) };
            match c {
                b'"' => {
                    self.i += 1;
                    return String::from_utf8(out).map_err(|_| "invalid UTF-8 in string".into());
                }
                b'\\' => {
                    self.i += 1;
                    let e = self.peek().ok_or_else(|| self.err("in string escape code"))?;
                    self.i += 1;
                    let simple = match e {
                        b'"' => Some('"'),
                        b'\\' => Some('\\'),
                        b'/' => Some('/'),
                        b'b' => Some('\u{8}'),
                        b'f' => Some('\u{c}'),
                        b'n' => Some('\n'),
                        b'r' => Some('\r'),
                        b't' => Some('\t'),
                        b'u' => None,
                        _ => {
                            self.i -= 1;
                            return Err(self.err("in string escape code"));
                        }
                    };
                    let ch = match simple {
                        Some(ch) => ch,
                        None => {
                            let first = self.hex4()?;
                            // A surrogate pair makes one character; a lone surrogate is U+FFFD,
                            // as Go decodes it.
                            if (0xD800..0xDC00).contains(&first) && self.s[self.i..].starts_with(b"\\u") {
                                let save = self.i;
                                self.i += 2;
                                let second = self.hex4()?;
                                if (0xDC00..0xE000).contains(&second) {
                                    char::from_u32(0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00))
                                        .unwrap_or('\u{FFFD}')
                                } else {
                                    self.i = save;
                                    '\u{FFFD}'
                                }
                            } else {
                                char::from_u32(first).unwrap_or('\u{FFFD}')
                            }
                        }
                    };
                    let mut buf = [0u8; 4];
                    out.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
                }
                0..=0x1f => return Err(self.err("in string literal")),
                _ => {
                    out.push(c);
                    self.i += 1;
                }
            }
        }
    }
}

/// Writes a branch as sops's JSON store does: `json.Marshal` values, `json.Indent` with a tab,
/// a final newline. Comments are dropped.
pub(crate) fn emit(branch: &[Item]) -> Result<Vec<u8>, String> {
    let mut out = String::new();
    write_map(&mut out, branch, 0)?;
    out.push('\n');
    Ok(out.into_bytes())
}

fn newline(out: &mut String, depth: usize) {
    out.push('\n');
    out.extend(std::iter::repeat_n('\t', depth));
}

fn write_map(out: &mut String, items: &[Item], depth: usize) -> Result<(), String> {
    let entries: Vec<(&str, &Value)> = items.iter().filter_map(|i| Some((i.key_str()?, &i.value))).collect();
    if entries.is_empty() {
        out.push_str("{}");
        return Ok(());
    }
    out.push('{');
    for (n, (key, value)) in entries.iter().enumerate() {
        if n > 0 {
            out.push(',');
        }
        newline(out, depth + 1);
        write_string(out, key.as_bytes());
        out.push_str(": ");
        write_value(out, value, depth + 1)?;
    }
    newline(out, depth);
    out.push('}');
    Ok(())
}

fn write_value(out: &mut String, value: &Value, depth: usize) -> Result<(), String> {
    match value {
        Value::Map(items) => write_map(out, items, depth)?,
        Value::Seq(items) => {
            let items: Vec<&Value> = items.iter().filter(|v| !matches!(v, Value::Comment(_))).collect();
            if items.is_empty() {
                out.push_str("[]");
                return Ok(());
            }
            out.push('[');
            for (n, item) in items.iter().enumerate() {
                if n > 0 {
                    out.push(',');
                }
                newline(out, depth + 1);
                write_value(out, item, depth + 1)?;
            }
            newline(out, depth);
            out.push(']');
        }
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Int(i) => out.push_str(&i.to_string()),
        Value::Float(f) => out.push_str(&go_json_float(*f)?),
        Value::Str(s) => write_string(out, s.as_bytes()),
        Value::Raw(b) => write_string(out, b),
        Value::Time(t) => write_string(out, t.rfc3339_nano().as_bytes()),
        Value::Bytes(b) => {
            use base64::Engine;
            write_string(out, base64::engine::general_purpose::STANDARD.encode(b).as_bytes());
        }
        Value::Comment(_) => {}
    }
    Ok(())
}

/// `encoding/json`'s float ([`yaml::go::format_float_json`]), which refuses NaN and the
/// infinities.
pub(crate) fn go_json_float(f: f64) -> Result<String, String> {
    if !f.is_finite() {
        return Err(format!(
            "json: unsupported value: {}",
            if f.is_nan() {
                "NaN"
            } else if f > 0.0 {
                "+Inf"
            } else {
                "-Inf"
            }
        ));
    }
    Ok(yaml::go::format_float_json(f))
}

/// A JSON string as `encoding/json` writes it: HTML characters and U+2028/U+2029 escaped,
/// each invalid UTF-8 byte as `\ufffd`.
pub(crate) fn write_string(out: &mut String, bytes: &[u8]) {
    yaml::go::write_json_bytes(bytes, out, Encoder::EncodingJson);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn order_and_types_are_kept() {
        let items = load(r#"{"b": 1, "a": [1.5, true, null, "x"], "b": {"c": 9007199254740993}}"#).unwrap();
        let keys: Vec<_> = items.iter().map(|i| i.key_str().unwrap()).collect();
        assert_eq!(keys, ["b", "a", "b"]);
        assert_eq!(items[2].value, Value::Map(vec![Item::new("c", Value::Int(9007199254740993))]));
        let out = String::from_utf8(emit(&items).unwrap()).unwrap();
        assert_eq!(
            out,
            "{\n\t\"b\": 1,\n\t\"a\": [\n\t\t1.5,\n\t\ttrue,\n\t\tnull,\n\t\t\"x\"\n\t],\n\t\"b\": {\n\t\t\"c\": 9007199254740993\n\t}\n}\n"
        );
    }

    #[test]
    fn strings_and_floats_print_as_go() {
        let mut s = String::new();
        write_string(&mut s, b"<a&b>\x01\xff\"");
        assert_eq!(s, r#""\u003ca\u0026b\u003e\u0001\ufffd\"""#);
        assert_eq!(go_json_float(1e21).unwrap(), "1e+21");
        assert_eq!(go_json_float(1e-7).unwrap(), "1e-7");
        assert_eq!(go_json_float(0.5).unwrap(), "0.5");
        assert_eq!(go_json_float(100.0).unwrap(), "100");
        assert_eq!(
            emit(&[Item::new("e", Value::Map(vec![])), Item::new("l", Value::Seq(vec![]))]).unwrap(),
            b"{\n\t\"e\": {},\n\t\"l\": []\n}\n"
        );
    }

    #[test]
    fn malformed_json_is_an_error() {
        for bad in ["", "[1]", "{", "{\"a\" 1}", "{\"a\": tru}", "{\"a\": 1,}", "{\"a\": \"\\x\"}", "{\"a\": 1e999}"] {
            assert!(load(bad).is_err(), "{bad}");
        }
        let deep = format!("{{\"a\": {}{}}}", "[".repeat(100_000), "]".repeat(100_000));
        assert!(load(&deep).unwrap_err().contains("max depth"));
    }
}

//! Tokens of CEL source text: numbers (with `u` suffixes and hex), quoted strings and bytes (raw, triple-quoted,
//! every CEL escape), identifiers and punctuation.

#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Tok {
    /// A decimal or hex integer without its sign; the parser folds `-` in so `-9223372036854775808` fits.
    Int(u64),
    Uint(u64),
    Double(f64),
    Str(String),
    Bytes(Vec<u8>),
    Ident(String),
    /// Punctuation and operators: `( ) [ ] { } . , : ? ! + - * / % == != < <= > >= && ||`.
    Punct(&'static str),
}

/// Two-character operators first, so `<=` is not read as `<` then `=`.
const PUNCTS: [&str; 24] = [
    "==", "!=", "<=", ">=", "&&", "||", "(", ")", "[", "]", "{", "}", ".", ",", ":", "?", "!", "+", "-", "*", "/", "%",
    "<", ">",
];

/// Splits `src` into tokens, each with its byte offset (for error messages).
pub(crate) fn tokenize(src: &str) -> Result<Vec<(Tok, usize)>, String> {
    let bytes = src.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i];
        if c.is_ascii_whitespace() {
            i += 1;
            continue;
        }
        if src[i..].starts_with("//") {
            i = src[i..].find('\n').map_or(bytes.len(), |n| i + n);
            continue;
        }
        let start = i;
        if c.is_ascii_digit() || (c == b'.' && bytes.get(i + 1).is_some_and(u8::is_ascii_digit)) {
            let (tok, len) = number(&src[i..]).map_err(|e| format!("{e} at offset {start}"))?;
            out.push((tok, start));
            i += len;
            continue;
        }
        if c.is_ascii_alphabetic() || c == b'_' {
            let len = src[i..].find(|ch: char| !(ch.is_ascii_alphanumeric() || ch == '_')).unwrap_or(src.len() - i);
            let word = &src[i..i + len];
            let quote = bytes.get(i + len).copied();
            let is_prefix = matches!(word.to_ascii_lowercase().as_str(), "r" | "b" | "rb" | "br");
            if is_prefix && matches!(quote, Some(b'"' | b'\'')) {
                let lower = word.to_ascii_lowercase();
                let (text, n) = string(&src[i + len..], lower.contains('r'), lower.contains('b'))
                    .map_err(|e| format!("{e} at offset {start}"))?;
                out.push((if lower.contains('b') { Tok::Bytes(text) } else { Tok::Str(utf8(text)?) }, start));
                i += len + n;
            } else {
                out.push((Tok::Ident(word.to_string()), start));
                i += len;
            }
            continue;
        }
        if c == b'"' || c == b'\'' {
            let (text, n) = string(&src[i..], false, false).map_err(|e| format!("{e} at offset {start}"))?;
            out.push((Tok::Str(utf8(text)?), start));
            i += n;
            continue;
        }
        match PUNCTS.iter().find(|p| src[i..].starts_with(**p)) {
            Some(p) => {
                out.push((Tok::Punct(p), start));
                i += p.len();
            }
            None => {
                let ch = src[i..].chars().next().unwrap_or('?');
                return Err(format!("unexpected character {ch:?} at offset {start}"));
            }
        }
    }
    Ok(out)
}

fn utf8(b: Vec<u8>) -> Result<String, String> {
    String::from_utf8(b).map_err(|_| "string literal is not valid UTF-8".to_string())
}

/// Reads a number at the start of `s`, returning the token and how many bytes it used.
fn number(s: &str) -> Result<(Tok, usize), String> {
    let b = s.as_bytes();
    if s.starts_with("0x") || s.starts_with("0X") {
        let len = 2 + s[2..].find(|c: char| !c.is_ascii_hexdigit()).unwrap_or(s.len() - 2);
        let v = u64::from_str_radix(&s[2..len], 16).map_err(|_| format!("invalid hex literal {}", &s[..len]))?;
        return Ok(suffix(s, len, v));
    }
    let mut len = s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len());
    let mut float = false;
    if b.get(len) == Some(&b'.') && b.get(len + 1).is_some_and(u8::is_ascii_digit) {
        float = true;
        len += 1;
        len += s[len..].find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len() - len);
    }
    if matches!(b.get(len), Some(b'e' | b'E')) {
        let mut j = len + 1;
        if matches!(b.get(j), Some(b'+' | b'-')) {
            j += 1;
        }
        if b.get(j).is_some_and(u8::is_ascii_digit) {
            float = true;
            len = j + s[j..].find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len() - j);
        }
    }
    let text = &s[..len];
    if float {
        let v: f64 = text.parse().map_err(|_| format!("invalid double literal {text}"))?;
        return Ok((Tok::Double(v), len));
    }
    let v: u64 = text.parse().map_err(|_| format!("integer literal {text} out of range"))?;
    Ok(suffix(s, len, v))
}

fn suffix(s: &str, len: usize, v: u64) -> (Tok, usize) {
    match s.as_bytes().get(len) {
        Some(b'u' | b'U') => (Tok::Uint(v), len + 1),
        _ => (Tok::Int(v), len),
    }
}

/// Reads a quoted literal at the start of `s` (which begins with its quote); returns the bytes and the length.
fn string(s: &str, raw: bool, bytes_lit: bool) -> Result<(Vec<u8>, usize), String> {
    let q = &s[..1];
    let triple = q.repeat(3);
    let (close, mut i) = if s.starts_with(&triple) { (triple.as_str(), 3) } else { (q, 1) };
    let mut out = Vec::new();
    loop {
        let rest = &s[i..];
        if rest.starts_with(close) {
            return Ok((out, i + close.len()));
        }
        let Some(c) = rest.chars().next() else { return Err("unterminated string literal".into()) };
        if close.len() == 1 && (c == '\n' || c == '\r') {
            return Err("unterminated string literal".into());
        }
        if c != '\\' || raw {
            let mut buf = [0u8; 4];
            out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
            i += c.len_utf8();
            continue;
        }
        let esc = rest[1..].chars().next().ok_or("unterminated string literal")?;
        i += 1 + esc.len_utf8();
        let simple = match esc {
            'a' => Some(7u8),
            'b' => Some(8),
            'f' => Some(12),
            'n' => Some(b'\n'),
            'r' => Some(b'\r'),
            't' => Some(b'\t'),
            'v' => Some(11),
            '\\' | '\'' | '"' | '`' | '?' => Some(esc as u8),
            _ => None,
        };
        if let Some(b) = simple {
            out.push(b);
            continue;
        }
        let (digits, radix) = match esc {
            'x' | 'X' => (2, 16),
            'u' if !bytes_lit => (4, 16),
            'U' if !bytes_lit => (8, 16),
            '0'..='3' => (2, 8),
            _ => return Err(format!("invalid escape sequence \\{esc}")),
        };
        let text = s.get(i..i + digits).ok_or("truncated escape sequence")?;
        let mut code =
            u32::from_str_radix(text, radix).map_err(|_| format!("invalid escape sequence \\{esc}{text}"))?;
        if radix == 8 {
            code += (esc as u32 - '0' as u32) * 64;
        }
        i += digits;
        if matches!(esc, 'u' | 'U') || (!bytes_lit && code > 0x7f) {
            let ch = char::from_u32(code).ok_or_else(|| format!("invalid code point in escape \\{esc}{text}"))?;
            let mut buf = [0u8; 4];
            out.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
        } else {
            out.push(code as u8);
        }
    }
}

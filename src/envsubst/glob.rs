//! The glob matching of envsubst's trim operators (`#`, `##`, `%`, `%%`): Go's `path.Match` as forked by
//! fluxcd/pkg, where a trailing `*` matches the rest of the string, slashes included.
//!
//! `*` any run of bytes, `?` one character, `[a-z]`/`[^a-z]` classes, `\x` a literal `x`.

use super::parse::decode;

/// The pattern is malformed (an unclosed class, a trailing `\`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BadPattern;

/// Whether all of `name` matches `pattern`.
pub fn matches(mut pattern: &[u8], mut name: &[u8]) -> Result<bool, BadPattern> {
    'pattern: while !pattern.is_empty() {
        let (star, chunk, rest) = scan_chunk(pattern);
        pattern = rest;
        if star && chunk.is_empty() {
            return Ok(true);
        }
        let (t, ok, err) = match_chunk(chunk, name);
        // The last chunk must use up the name, or a later start for the star may still match.
        if ok && (t.is_empty() || !pattern.is_empty()) {
            name = t;
            continue;
        }
        if let Some(e) = err {
            return Err(e);
        }
        if star {
            for i in 0..name.len() {
                let (t, ok, err) = match_chunk(chunk, &name[i + 1..]);
                if ok {
                    if pattern.is_empty() && !t.is_empty() {
                        continue;
                    }
                    name = t;
                    continue 'pattern;
                }
                if let Some(e) = err {
                    return Err(e);
                }
            }
        }
        return Ok(false);
    }
    Ok(name.is_empty())
}

/// Splits off the leading stars and the literal chunk up to the next star outside a class.
fn scan_chunk(mut pattern: &[u8]) -> (bool, &[u8], &[u8]) {
    let mut star = false;
    while let Some(rest) = pattern.strip_prefix(b"*") {
        pattern = rest;
        star = true;
    }
    let mut in_range = false;
    let mut i = 0;
    while i < pattern.len() {
        match pattern[i] {
            b'\\' if i + 1 < pattern.len() => i += 1,
            b'[' => in_range = true,
            b']' => in_range = false,
            b'*' if !in_range => break,
            _ => {}
        }
        i += 1;
    }
    (star, &pattern[..i], &pattern[i..])
}

/// Matches `chunk` against the start of `s`: (rest of `s`, matched, error).
fn match_chunk<'a>(mut chunk: &[u8], mut s: &'a [u8]) -> (&'a [u8], bool, Option<BadPattern>) {
    while !chunk.is_empty() {
        if s.is_empty() {
            return (s, false, None);
        }
        match chunk[0] {
            b'[' => {
                let (r, n) = decode(s);
                s = &s[n..];
                chunk = &chunk[1..];
                let mut negated = false;
                if chunk.first() == Some(&b'^') {
                    negated = true;
                    chunk = &chunk[1..];
                }
                let mut matched = false;
                let mut ranges = 0;
                loop {
                    if chunk.first() == Some(&b']') && ranges > 0 {
                        chunk = &chunk[1..];
                        break;
                    }
                    let lo = match get_esc(chunk) {
                        Ok((c, rest)) => {
                            chunk = rest;
                            c
                        }
                        Err(e) => return (s, false, Some(e)),
                    };
                    let mut hi = lo;
                    if chunk.first() == Some(&b'-') {
                        match get_esc(&chunk[1..]) {
                            Ok((c, rest)) => {
                                chunk = rest;
                                hi = c;
                            }
                            Err(e) => return (s, false, Some(e)),
                        }
                    }
                    if lo <= r && r <= hi {
                        matched = true;
                    }
                    ranges += 1;
                }
                if matched == negated {
                    return (s, false, None);
                }
            }
            b'?' => {
                let (_, n) = decode(s);
                s = &s[n..];
                chunk = &chunk[1..];
            }
            c => {
                let c = if c == b'\\' {
                    chunk = &chunk[1..];
                    match chunk.first() {
                        Some(&escaped) => escaped,
                        None => return (s, false, Some(BadPattern)),
                    }
                } else {
                    c
                };
                if c != s[0] {
                    return (s, false, None);
                }
                s = &s[1..];
                chunk = &chunk[1..];
            }
        }
    }
    (s, true, None)
}

/// One (possibly escaped) character of a class; the class must continue after it.
fn get_esc(mut chunk: &[u8]) -> Result<(char, &[u8]), BadPattern> {
    if chunk.is_empty() || chunk[0] == b'-' || chunk[0] == b']' {
        return Err(BadPattern);
    }
    if chunk[0] == b'\\' {
        chunk = &chunk[1..];
        if chunk.is_empty() {
            return Err(BadPattern);
        }
    }
    let (r, n) = decode(chunk);
    if r == char::REPLACEMENT_CHARACTER && n == 1 {
        return Err(BadPattern);
    }
    let rest = &chunk[n..];
    if rest.is_empty() {
        return Err(BadPattern);
    }
    Ok((r, rest))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(p: &str, n: &str) -> Result<bool, BadPattern> {
        matches(p.as_bytes(), n.as_bytes())
    }

    #[test]
    fn globs() {
        assert_eq!(m("*", "a/b"), Ok(true), "a trailing star crosses slashes");
        assert_eq!(m("a*c", "abbc"), Ok(true));
        assert_eq!(m("a*c", "abbd"), Ok(false));
        assert_eq!(m("a?c", "abc"), Ok(true));
        assert_eq!(m("[a-c]x", "bx"), Ok(true));
        assert_eq!(m("[^a-c]x", "bx"), Ok(false));
        assert_eq!(m("\\*", "*"), Ok(true));
        assert_eq!(m("[a-", "a"), Err(BadPattern));
        assert_eq!(m("*.", "a.b."), Ok(true));
    }
}

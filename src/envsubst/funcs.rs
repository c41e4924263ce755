//! The substitution functions, selected by operator name as upstream's `lookupFunc` does.
//!
//! Lengths and offsets count bytes, as Go's `len` and slicing do.

use super::glob;

/// Applies operator `name` to the variable's `value` with the evaluated `args`.
pub fn apply(name: &str, value: &str, args: &[String]) -> String {
    match name {
        "," => first(value, |c| c.to_lowercase().collect()),
        ",," => value.to_lowercase(),
        "^" => first(value, |c| c.to_uppercase().collect()),
        "^^" => value.to_uppercase(),
        "#" if args.is_empty() => value.len().to_string(),
        "#" => trim_prefix(value, args, false),
        "##" => trim_prefix(value, args, true),
        "%" => trim_suffix(value, args, false),
        "%%" => trim_suffix(value, args, true),
        ":" => substring(value, args),
        "/#" => replace_prefix(value, args),
        "/%" => replace_suffix(value, args),
        "/" => replace(value, args, 1),
        "//" => replace(value, args, usize::MAX),
        // "", "=", ":=", ":-", ":?", ":+", "-", "+", "?" and anything unknown: the default function.
        _ => to_default(value, args),
    }
}

fn first(value: &str, map: impl Fn(char) -> String) -> String {
    let mut chars = value.chars();
    match chars.next() {
        Some(c) => map(c) + chars.as_str(),
        None => String::new(),
    }
}

/// The value, or all arguments joined without a separator when the value is empty.
fn to_default(value: &str, args: &[String]) -> String {
    if value.is_empty() && !args.is_empty() {
        return args.concat();
    }
    value.to_string()
}

/// Byte slicing that may cut a character, as Go's does; the cut bytes become U+FFFD.
fn bytes_to_string(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// Go's `strconv.Atoi`: optional sign, ASCII digits only.
fn atoi(s: &str) -> Option<i64> {
    let digits = s.strip_prefix(['+', '-']).unwrap_or(s);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

fn substring(value: &str, args: &[String]) -> String {
    let bytes = value.as_bytes();
    let len = bytes.len() as i64;
    let Some(first) = args.first() else { return value.to_string() };
    // bash returns the string when the position or length cannot be parsed.
    let Some(mut pos) = atoi(first) else { return value.to_string() };
    if pos < 0 {
        pos = (len + pos).max(0);
    }
    let Some(length) = args.get(1) else {
        return if pos < len { bytes_to_string(&bytes[pos as usize..]) } else { String::new() };
    };
    let Some(length) = atoi(length) else { return value.to_string() };
    if pos + length >= len {
        return if pos < len { bytes_to_string(&bytes[pos as usize..]) } else { String::new() };
    }
    // Go would panic on a negative length here; an empty result is the kind answer.
    let end = pos + length;
    if end < pos {
        return String::new();
    }
    bytes_to_string(&bytes[pos as usize..end as usize])
}

fn replace(value: &str, args: &[String], count: usize) -> String {
    match args {
        [] => value.to_string(),
        [from] => replace_n(value, from, "", count),
        [from, to, ..] => replace_n(value, from, to, count),
    }
}

/// Go's `strings.Replace`, including its rule for an empty `from` (insert before every character).
fn replace_n(value: &str, from: &str, to: &str, count: usize) -> String {
    if from.is_empty() {
        let mut out = String::new();
        let mut done = 0;
        for (i, c) in value.char_indices() {
            if done < count {
                out.push_str(to);
                done += 1;
            }
            let _ = i;
            out.push(c);
        }
        if done < count {
            out.push_str(to);
        }
        return out;
    }
    value.replacen(from, to, count)
}

fn replace_prefix(value: &str, args: &[String]) -> String {
    match args {
        [from, to] if value.starts_with(from.as_str()) => replace_n(value, from, to, 1),
        _ => value.to_string(),
    }
}

fn replace_suffix(value: &str, args: &[String]) -> String {
    match args {
        [from, to] => match value.strip_suffix(from.as_str()) {
            Some(rest) => format!("{rest}{to}"),
            None => value.to_string(),
        },
        _ => value.to_string(),
    }
}

fn trim_prefix(value: &str, args: &[String], longest: bool) -> String {
    match args.first() {
        Some(pattern) => bytes_to_string(&trim(value.as_bytes(), pattern.as_bytes(), longest)),
        None => value.to_string(),
    }
}

/// Suffix trimming reverses the value and the pattern (by character) and trims a prefix, as upstream.
fn trim_suffix(value: &str, args: &[String], longest: bool) -> String {
    match args.first() {
        Some(pattern) => {
            let reversed: String = value.chars().rev().collect();
            let pattern: String = pattern.chars().rev().collect();
            let trimmed = bytes_to_string(&trim(reversed.as_bytes(), pattern.as_bytes(), longest));
            trimmed.chars().rev().collect()
        }
        None => value.to_string(),
    }
}

/// Removes the shortest (or longest) prefix of `s` that `pattern` matches; a bad pattern trims nothing.
fn trim(s: &[u8], pattern: &[u8], longest: bool) -> Vec<u8> {
    let mut matched: Option<usize> = None;
    for i in 0..s.len() {
        let candidate = s.len() - i;
        match glob::matches(pattern, &s[..candidate]) {
            Err(_) => return s.to_vec(),
            Ok(true) if longest => return s[candidate..].to_vec(),
            Ok(true) => matched = Some(candidate),
            Ok(false) => {}
        }
    }
    match matched {
        // Go trims with strings.TrimPrefix, which the match already is.
        Some(n) if n > 0 => s[n..].to_vec(),
        _ => s.to_vec(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn a(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn substrings_like_upstream() {
        assert_eq!(apply(":", "abcdef", &a(&["2"])), "cdef");
        assert_eq!(apply(":", "abcdef", &a(&["-2"])), "ef");
        assert_eq!(apply(":", "abcdef", &a(&["-10"])), "abcdef");
        assert_eq!(apply(":", "abcdef", &a(&["10"])), "");
        assert_eq!(apply(":", "abcdef", &a(&["1", "2"])), "bc");
        assert_eq!(apply(":", "abcdef", &a(&["1", "20"])), "bcdef");
        assert_eq!(apply(":", "abcdef", &a(&["x"])), "abcdef");
    }

    #[test]
    fn replacements() {
        assert_eq!(apply("/", "aaa", &a(&["a", "b"])), "baa");
        assert_eq!(apply("//", "aaa", &a(&["a", "b"])), "bbb");
        assert_eq!(apply("//", "aaa", &a(&["a"])), "");
        assert_eq!(apply("/#", "abc", &a(&["ab", "x"])), "xc");
        assert_eq!(apply("/#", "abc", &a(&["bc", "x"])), "abc");
        assert_eq!(apply("/%", "abc", &a(&["bc", "x"])), "ax");
    }

    #[test]
    fn trims() {
        assert_eq!(apply("#", "a.b.c", &a(&["*."])), "b.c");
        assert_eq!(apply("##", "a.b.c", &a(&["*."])), "c");
        assert_eq!(apply("%", "a.b.c", &a(&[".*"])), "a.b");
        assert_eq!(apply("%%", "a.b.c", &a(&[".*"])), "a");
        assert_eq!(apply("#", "abc", &a(&["x"])), "abc");
    }

    #[test]
    fn defaults_and_case() {
        assert_eq!(apply(":=", "", &a(&["x", "y"])), "xy");
        assert_eq!(apply("", "v", &[]), "v");
        assert_eq!(apply(",", "ABC", &[]), "aBC");
        assert_eq!(apply("#", "héllo", &[]), "6", "length counts bytes, as Go's len");
    }
}

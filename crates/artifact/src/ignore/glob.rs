//! One path component against one shell pattern, with the syntax of Go's `path/filepath.Match` on Unix,
//! which upstream's ignore patterns use for every component.
//!
//! `*` matches any run of characters, `?` one character, `[...]` a class of characters and ranges (`[^...]`
//! negates; `!` is an ordinary character, unlike in Git), and `\` escapes the next character. A pattern Go
//! would reject as malformed (an unclosed `[`, an empty class, a range endpoint that is `-` or `]`, a trailing
//! `\`) never matches anything: upstream treats the error as "no match", and Go reports it for every input.

/// A compiled component pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Glob {
    /// `None` when the pattern is malformed.
    tokens: Option<Vec<Token>>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Token {
    Literal(char),
    AnyChar,
    Star,
    Class { negated: bool, ranges: Vec<(char, char)> },
}

impl Glob {
    pub(crate) fn new(pattern: &str) -> Self {
        Glob { tokens: tokenize(pattern) }
    }

    /// Whether the pattern is well formed (a malformed one matches nothing).
    pub(crate) fn is_valid(&self) -> bool {
        self.tokens.is_some()
    }

    /// Whether `name` (a single component, no `/`) matches the whole pattern.
    pub(crate) fn matches(&self, name: &str) -> bool {
        match &self.tokens {
            Some(tokens) => match_tokens(tokens, name),
            None => false,
        }
    }
}

fn tokenize(pattern: &str) -> Option<Vec<Token>> {
    let mut tokens = Vec::new();
    let mut chars = pattern.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '*' => {
                if tokens.last() != Some(&Token::Star) {
                    tokens.push(Token::Star);
                }
            }
            '?' => tokens.push(Token::AnyChar),
            '\\' => tokens.push(Token::Literal(chars.next()?)),
            '[' => {
                let negated = chars.next_if_eq(&'^').is_some();
                let mut ranges = Vec::new();
                loop {
                    if !ranges.is_empty() && chars.next_if_eq(&']').is_some() {
                        break;
                    }
                    let lo = class_char(&mut chars)?;
                    let hi = if chars.next_if_eq(&'-').is_some() { class_char(&mut chars)? } else { lo };
                    ranges.push((lo, hi));
                }
                tokens.push(Token::Class { negated, ranges });
            }
            other => tokens.push(Token::Literal(other)),
        }
    }
    Some(tokens)
}

/// One character of a class, as Go's `getEsc` reads it: `-` and `]` must be escaped, and the class must
/// go on after it (it still needs its closing `]`).
fn class_char(chars: &mut std::iter::Peekable<std::str::Chars<'_>>) -> Option<char> {
    let c = match chars.next()? {
        '-' | ']' => return None,
        '\\' => chars.next()?,
        c => c,
    };
    chars.peek()?;
    Some(c)
}

/// Wildcard matching with backtracking to the last `*`: exact for patterns whose only variable-length token
/// is `*`, as here.
fn match_tokens(tokens: &[Token], name: &str) -> bool {
    let name: Vec<char> = name.chars().collect();
    let (mut t, mut n) = (0usize, 0usize);
    let mut resume: Option<(usize, usize)> = None;
    while n < name.len() {
        match tokens.get(t) {
            Some(Token::Star) => {
                resume = Some((t, n));
                t += 1;
                continue;
            }
            Some(tok) if single_matches(tok, name[n]) => {
                t += 1;
                n += 1;
                continue;
            }
            _ => {}
        }
        match resume {
            Some((star, from)) => {
                t = star + 1;
                n = from + 1;
                resume = Some((star, from + 1));
            }
            None => return false,
        }
    }
    tokens[t..].iter().all(|tok| *tok == Token::Star)
}

fn single_matches(token: &Token, c: char) -> bool {
    match token {
        Token::Literal(l) => *l == c,
        Token::AnyChar => true,
        Token::Class { negated, ranges } => ranges.iter().any(|&(lo, hi)| lo <= c && c <= hi) != *negated,
        Token::Star => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(p: &str, s: &str) -> bool {
        Glob::new(p).matches(s)
    }

    #[test]
    fn go_filepath_match_cases() {
        // The table of Go's path/filepath match_test.go that applies to a single component on Unix.
        let cases: &[(&str, &str, bool)] = &[
            ("abc", "abc", true),
            ("*", "abc", true),
            ("*c", "abc", true),
            ("a*", "a", true),
            ("a*", "abc", true),
            ("a*", "ab", true),
            ("a*b*c*d*e*", "axbxcxdxe", true),
            ("a*b*c*d*e*", "axbxcxdxexxx", true),
            ("a*b?c*x", "abxbbxdbxebxczzx", true),
            ("a*b?c*x", "abxbbxdbxebxczzy", false),
            ("ab[c]", "abc", true),
            ("ab[b-d]", "abc", true),
            ("ab[e-g]", "abc", false),
            ("ab[^c]", "abc", false),
            ("ab[^b-d]", "abc", false),
            ("ab[^e-g]", "abc", true),
            ("a\\*b", "a*b", true),
            ("a\\*b", "ab", false),
            ("a?b", "a☺b", true),
            ("a[^a]b", "a☺b", true),
            ("a???b", "a☺b", false),
            ("a[^a][^a][^a]b", "a☺b", false),
            ("[a-ζ]*", "α", true),
            ("*[a-ζ]", "A", false),
            ("[\\]a]", "]", true),
            ("[\\-]", "-", true),
            ("[x\\-]", "x", true),
            ("[x\\-]", "-", true),
            ("[x\\-]", "z", false),
            ("[\\-x]", "x", true),
            ("[\\-x]", "-", true),
            ("[\\-x]", "a", false),
            ("*x", "xxx", true),
            ("a*", "", false),
            ("*", "", true),
        ];
        for &(p, s, want) in cases {
            assert_eq!(m(p, s), want, "pattern {p:?} on {s:?}");
        }
    }

    #[test]
    fn malformed_patterns_never_match() {
        for p in ["[]a]", "[-]", "[x-]", "[", "[^", "[^bc", "a[", "\\", "a\\", "[a-b-c]", "*[", "[a*", "[]", "[^]"] {
            assert!(!Glob::new(p).is_valid(), "{p:?} should be malformed");
            assert!(!m(p, "a"), "{p:?}");
        }
        // `[a-b-c]`: after the range a-b, `-` starts a new range endpoint, which Go rejects.
        assert!(Glob::new("[*]").is_valid());
        assert!(m("[*]", "*"));
    }

    #[test]
    fn bang_is_not_negation() {
        assert!(m("[!a]", "!"));
        assert!(m("[!a]", "a"));
        assert!(!m("[!a]", "b"));
    }
}

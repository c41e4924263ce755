//! Semantic versions and range constraints as Flux reads them for `ref.semver`: versions are parsed
//! loosely (optional `v`, but exactly three dot-separated parts, as Flux's `version.ParseVersion`
//! demands), constraints follow Masterminds/semver v3 (`=`, `!=`, `>`, `<`, `>=`, `<=`, `~`, `~>`, `^`,
//! `x`/`X`/`*` wildcards, `a - b` ranges, `,` or space for AND, `||` for OR). A version with a
//! pre-release only matches a constraint that itself names a pre-release.

use std::cmp::Ordering;
use std::fmt;

/// A parsed version; `original` is the text it came from (the tag name).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Version {
    pub major: u64,
    pub minor: u64,
    pub patch: u64,
    /// Dot-separated pre-release identifiers, empty for a release.
    pub pre: String,
    /// Build metadata; ignored when comparing.
    pub build: String,
    pub original: String,
}

fn valid_identifiers(s: &str) -> bool {
    !s.is_empty() && s.split('.').all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-'))
}

fn parse_number(s: &str) -> Option<u64> {
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

impl Version {
    /// Parses a tag as Flux does: `v` optional, `major.minor.patch` required, then `-pre` and `+build`.
    pub fn parse_tag(text: &str) -> Option<Version> {
        if text.splitn(3, '.').count() != 3 {
            return None;
        }
        Self::parse_loose(text)
    }

    /// Parses `v?major(.minor(.patch)?)?(-pre)?(+build)?`; missing parts are 0.
    pub fn parse_loose(text: &str) -> Option<Version> {
        let rest = text.strip_prefix('v').unwrap_or(text);
        let (rest, build) = match rest.split_once('+') {
            Some((r, b)) => (r, b.to_string()),
            None => (rest, String::new()),
        };
        let (core, pre) = match rest.split_once('-') {
            Some((c, p)) => (c, p.to_string()),
            None => (rest, String::new()),
        };
        if (!pre.is_empty() || rest.contains('-')) && !valid_identifiers(&pre) {
            return None;
        }
        if (!build.is_empty() || text.contains('+')) && !valid_identifiers(&build) {
            return None;
        }
        let mut parts = core.split('.');
        let major = parse_number(parts.next()?)?;
        let minor = match parts.next() {
            Some(p) => parse_number(p)?,
            None => 0,
        };
        let patch = match parts.next() {
            Some(p) => parse_number(p)?,
            None => 0,
        };
        if parts.next().is_some() {
            return None;
        }
        Some(Version { major, minor, patch, pre, build, original: text.to_string() })
    }

    fn triple(&self) -> (u64, u64, u64) {
        (self.major, self.minor, self.patch)
    }
}

fn compare_pre(a: &str, b: &str) -> Ordering {
    match (a.is_empty(), b.is_empty()) {
        (true, true) => return Ordering::Equal,
        (true, false) => return Ordering::Greater,
        (false, true) => return Ordering::Less,
        _ => {}
    }
    let (mut left, mut right) = (a.split('.'), b.split('.'));
    loop {
        match (left.next(), right.next()) {
            (None, None) => return Ordering::Equal,
            (None, Some(_)) => return Ordering::Less,
            (Some(_), None) => return Ordering::Greater,
            (Some(x), Some(y)) => {
                let order = match (parse_number(x), parse_number(y)) {
                    (Some(x), Some(y)) => x.cmp(&y),
                    (Some(_), None) => Ordering::Less,
                    (None, Some(_)) => Ordering::Greater,
                    (None, None) => x.cmp(y),
                };
                if order != Ordering::Equal {
                    return order;
                }
            }
        }
    }
}

impl Ord for Version {
    fn cmp(&self, other: &Self) -> Ordering {
        self.triple().cmp(&other.triple()).then_with(|| compare_pre(&self.pre, &other.pre))
    }
}

impl PartialOrd for Version {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl fmt::Display for Version {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.original)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Op {
    TildeOrEqual,
    NotEqual,
    Greater,
    Less,
    GreaterEqual,
    LessEqual,
    Tilde,
    Caret,
}

#[derive(Clone, Debug)]
struct Constraint {
    op: Op,
    version: Version,
    dirty: bool,
    minor_dirty: bool,
    patch_dirty: bool,
}

/// A parsed range: any of the AND-groups matches.
#[derive(Clone, Debug)]
pub struct Constraints {
    groups: Vec<Vec<Constraint>>,
}

/// Why a constraint does not parse.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("improper constraint: {0}")]
pub struct ConstraintError(pub String);

fn is_wild(part: &str) -> bool {
    matches!(part, "x" | "X" | "*")
}

fn is_version_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '+' | '*')
}

impl Constraints {
    /// Parses a Masterminds-style range.
    pub fn parse(text: &str) -> Result<Constraints, ConstraintError> {
        let mut groups = Vec::new();
        for group in text.split("||") {
            let group = rewrite_hyphen_range(group);
            let tokens = tokenize(&group).ok_or_else(|| ConstraintError(group.trim().to_string()))?;
            let mut parsed = Vec::new();
            for (op, version) in tokens {
                parsed.push(parse_constraint(&op, &version).ok_or_else(|| ConstraintError(group.trim().to_string()))?);
            }
            if parsed.is_empty() {
                return Err(ConstraintError(group.trim().to_string()));
            }
            groups.push(parsed);
        }
        Ok(Constraints { groups })
    }

    /// Whether `version` satisfies the range.
    pub fn matches(&self, version: &Version) -> bool {
        self.groups.iter().any(|group| group.iter().all(|c| c.check(version)))
    }
}

/// `1.2 - 1.4.5` → `>= 1.2, <= 1.4.5`.
fn rewrite_hyphen_range(group: &str) -> String {
    let words: Vec<&str> = group.split_whitespace().collect();
    if let Some(i) = words.iter().position(|w| *w == "-") {
        if i > 0 && i + 1 < words.len() {
            let mut out: Vec<String> = words[..i - 1].iter().map(|s| s.to_string()).collect();
            out.push(format!(">= {},", words[i - 1]));
            out.push(format!("<= {}", words[i + 1]));
            out.extend(words[i + 2..].iter().map(|s| s.to_string()));
            return rewrite_hyphen_range(&out.join(" "));
        }
    }
    group.to_string()
}

/// Splits an AND-group into (operator, version) pairs.
fn tokenize(group: &str) -> Option<Vec<(String, String)>> {
    let mut out = Vec::new();
    let mut chars = group.trim().chars().peekable();
    loop {
        while chars.peek().is_some_and(|c| c.is_whitespace() || *c == ',') {
            chars.next();
        }
        if chars.peek().is_none() {
            break;
        }
        let mut op = String::new();
        while chars.peek().is_some_and(|c| matches!(c, '=' | '!' | '>' | '<' | '~' | '^')) {
            op.push(chars.next()?);
        }
        while chars.peek().is_some_and(|c| c.is_whitespace()) {
            chars.next();
        }
        let mut version = String::new();
        while chars.peek().is_some_and(|c| is_version_char(*c)) {
            version.push(chars.next()?);
        }
        if version.is_empty() {
            return None;
        }
        if chars.peek().is_some_and(|c| !c.is_whitespace() && *c != ',') {
            return None;
        }
        out.push((op, version));
    }
    Some(out)
}

fn parse_constraint(op: &str, text: &str) -> Option<Constraint> {
    let op = match op {
        "" | "=" => Op::TildeOrEqual,
        "!=" => Op::NotEqual,
        ">" => Op::Greater,
        "<" => Op::Less,
        ">=" | "=>" => Op::GreaterEqual,
        "<=" | "=<" => Op::LessEqual,
        "~" | "~>" => Op::Tilde,
        "^" => Op::Caret,
        _ => return None,
    };
    let body = text.strip_prefix('v').unwrap_or(text);
    let (core, suffix) = match body.find(['-', '+']) {
        Some(i) => (&body[..i], &body[i..]),
        None => (body, ""),
    };
    // Build metadata is dropped from constraints; a pre-release is kept.
    let pre_suffix = suffix.split('+').next().unwrap_or("");
    let parts: Vec<&str> = core.split('.').collect();
    if parts.len() > 3 || parts.iter().any(|p| p.is_empty() || (!is_wild(p) && parse_number(p).is_none())) {
        return None;
    }
    let (mut dirty, mut minor_dirty, mut patch_dirty) = (false, false, false);
    let normalized = if is_wild(parts[0]) {
        dirty = true;
        format!("0.0.0{pre_suffix}")
    } else if parts.len() < 2 || is_wild(parts[1]) {
        dirty = true;
        minor_dirty = true;
        format!("{}.0.0{pre_suffix}", parts[0])
    } else if parts.len() < 3 || is_wild(parts[2]) {
        dirty = true;
        patch_dirty = true;
        format!("{}.{}.0{pre_suffix}", parts[0], parts[1])
    } else {
        format!("{core}{pre_suffix}")
    };
    let version = Version::parse_loose(&normalized)?;
    Some(Constraint { op, version, dirty, minor_dirty, patch_dirty })
}

impl Constraint {
    fn check(&self, v: &Version) -> bool {
        let c = &self.version;
        // A pre-release only matches constraints that ask for pre-releases.
        if !v.pre.is_empty() && c.pre.is_empty() {
            return false;
        }
        match self.op {
            Op::TildeOrEqual if self.dirty => self.tilde(v),
            Op::TildeOrEqual => v.cmp(c) == Ordering::Equal,
            Op::NotEqual => {
                if self.dirty {
                    if c.major != v.major {
                        return true;
                    }
                    if self.minor_dirty {
                        return false;
                    }
                    if c.minor != v.minor {
                        return true;
                    }
                    if self.patch_dirty {
                        return compare_pre(&v.pre, &c.pre) != Ordering::Equal
                            && (!v.pre.is_empty() || !c.pre.is_empty());
                    }
                }
                v.cmp(c) != Ordering::Equal
            }
            Op::Greater => {
                if !self.dirty {
                    return v > c;
                }
                if v.major != c.major {
                    return v.major > c.major;
                }
                if self.minor_dirty {
                    return false;
                }
                if self.patch_dirty {
                    return v.minor > c.minor;
                }
                v > c
            }
            Op::Less => v < c,
            Op::GreaterEqual => v >= c,
            Op::LessEqual => {
                if !self.dirty {
                    return v <= c;
                }
                if v.major > c.major {
                    return false;
                }
                !(v.major == c.major && v.minor > c.minor && !self.minor_dirty)
            }
            Op::Tilde => self.tilde(v),
            Op::Caret => {
                if v < c {
                    return false;
                }
                if c.major > 0 || self.minor_dirty {
                    return v.major == c.major;
                }
                if v.major > 0 {
                    return false;
                }
                if c.minor > 0 || self.patch_dirty {
                    return v.minor == c.minor;
                }
                if v.minor > 0 {
                    return false;
                }
                v.patch == c.patch
            }
        }
    }

    fn tilde(&self, v: &Version) -> bool {
        let c = &self.version;
        if v < c {
            return false;
        }
        if c.triple() == (0, 0, 0) && !self.minor_dirty && !self.patch_dirty {
            return true;
        }
        if v.major != c.major {
            return false;
        }
        self.minor_dirty || v.minor == c.minor
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(constraint: &str, version: &str) -> bool {
        Constraints::parse(constraint).unwrap().matches(&Version::parse_tag(version).unwrap())
    }

    #[test]
    fn tags_need_three_parts() {
        assert!(Version::parse_tag("v1.2.3").is_some());
        assert!(Version::parse_tag("1.2.3-rc.1+build.5").is_some());
        assert!(Version::parse_tag("1.2").is_none());
        assert!(Version::parse_tag("v1.2.x").is_none());
        assert!(Version::parse_tag("release-1").is_none());
    }

    #[test]
    fn ordering_follows_semver() {
        let v = |s| Version::parse_tag(s).unwrap();
        assert!(v("1.0.0-alpha") < v("1.0.0-alpha.1"));
        assert!(v("1.0.0-alpha.1") < v("1.0.0-beta"));
        assert!(v("1.0.0-beta.2") < v("1.0.0-beta.11"));
        assert!(v("1.0.0-rc.1") < v("1.0.0"));
        assert_eq!(v("1.0.0+a").cmp(&v("1.0.0+b")), Ordering::Equal);
    }

    #[test]
    fn masterminds_ranges() {
        assert!(m(">=1.0.0", "1.2.0"));
        assert!(!m(">=1.0.0", "1.2.0-rc.1"));
        assert!(m(">=1.0.0-0", "1.2.0-rc.1"));
        assert!(m("~1.2.3", "1.2.9") && !m("~1.2.3", "1.3.0"));
        assert!(m("~1", "1.9.0") && !m("~1", "2.0.0"));
        assert!(m("^1.2.3", "1.9.9") && !m("^1.2.3", "2.0.0") && !m("^1.2.3", "1.2.2"));
        assert!(m("^0.2.3", "0.2.9") && !m("^0.2.3", "0.3.0") && !m("^0.2.3", "1.2.3"));
        assert!(m("^0.0.3", "0.0.3") && !m("^0.0.3", "0.0.4"));
        assert!(m("1.2.x", "1.2.7") && !m("1.2.x", "1.3.0"));
        assert!(m("*", "5.0.0") && !m("*", "5.0.0-rc.1"));
        assert!(m(">1.2", "1.3.0") && !m(">1.2", "1.2.9"));
        assert!(m("<=1.2", "1.2.9") && !m("<=1.2", "1.3.0"));
        assert!(m("1.0.0 - 1.2.0", "1.1.0") && !m("1.0.0 - 1.2.0", "1.2.1"));
        assert!(m(">= 1.0, < 2", "1.5.0") && m(">=1.0 <2", "1.5.0") && !m(">=1.0 <2", "2.0.0"));
        assert!(m("<1 || >=3", "3.1.0") && !m("<1 || >=3", "2.0.0"));
        assert!(m("!=1.2.3", "1.2.4") && !m("!=1.2.3", "1.2.3") && !m("!=1.2.x", "1.2.9"));
        assert!(m("=1.2.3", "v1.2.3") && m("v1.2.3", "1.2.3"));
    }

    #[test]
    fn bad_constraints_are_errors() {
        for bad in ["", "abc", ">=1.0.0 <", "1.2.3.4", ">>1"] {
            assert!(Constraints::parse(bad).is_err(), "{bad} parsed");
        }
    }
}

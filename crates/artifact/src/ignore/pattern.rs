//! Gitignore patterns as upstream matches them (the go-git port in fluxcd/pkg `sourceignore/gitignore`),
//! which is close to Git but not the same:
//!
//! * every path is matched on its own against every pattern, and the **last** pattern that matches decides
//!   (`!` re-includes). Unlike Git, a file can be re-included inside an excluded directory.
//! * a pattern without `/` (other than a trailing one) matches any component of the path: `value` matches
//!   `head/value/tail`, so excluding a directory name excludes everything below it.
//! * a pattern with a `/` is anchored at its domain and matches a *prefix* of the path: `/deploy` matches
//!   `deploy/app.yaml` too. `**` as a whole component matches zero or more components; a component that
//!   contains `**` next to other characters makes the pattern match nothing.
//! * a trailing `/` restricts the pattern to directories when it matches the last component; trailing
//!   spaces are trimmed unless the line ends with `\ `; there is no other escaping of `#` or `!`.
//! * a pattern has a domain: the directory of the `.sourceignore` file it came from, as components relative
//!   to the archived root. It only applies to paths strictly below that directory.

use super::glob::Glob;

/// What one pattern says about one path.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MatchResult {
    NoMatch,
    Exclude,
    Include,
}

/// One line of a `.sourceignore` file or of `spec.ignore`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pattern {
    source: String,
    domain: Vec<String>,
    segments: Vec<Segment>,
    inclusion: bool,
    dir_only: bool,
    /// The pattern has a `/` in it: match anchored path prefixes instead of any single component.
    anchored: bool,
    /// A component was malformed, or mixed `**` with other characters: the pattern matches nothing.
    inert: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Segment {
    /// An empty component (a leading `/`, or `//`).
    Empty,
    /// `**` as a whole component.
    AnyDirs,
    Glob(Glob),
}

impl Pattern {
    /// Parses one pattern line for the given domain (components relative to the archived root; empty
    /// for the root itself).
    ///
    /// ```
    /// use artifact::ignore::{MatchResult, Pattern};
    /// let p = Pattern::parse("/deploy/**/*.md", &[]);
    /// assert_eq!(p.matches(&["deploy", "a", "README.md"], false), MatchResult::Exclude);
    /// assert_eq!(p.matches(&["docs", "README.md"], false), MatchResult::NoMatch);
    /// ```
    pub fn parse(line: &str, domain: &[String]) -> Self {
        let source = line.to_string();
        let mut p = line;
        let inclusion = p.starts_with('!');
        if inclusion {
            p = &p[1..];
        }
        if !p.ends_with("\\ ") {
            p = p.trim_end_matches(' ');
        }
        let dir_only = p.ends_with('/');
        if dir_only {
            p = &p[..p.len() - 1];
        }
        let anchored = p.contains('/');
        let mut inert = false;
        let segments: Vec<Segment> = p
            .split('/')
            .map(|s| {
                if s.is_empty() {
                    Segment::Empty
                } else if anchored && s == "**" {
                    Segment::AnyDirs
                } else {
                    if anchored && s.contains("**") {
                        inert = true;
                    }
                    let glob = Glob::new(s);
                    inert |= !glob.is_valid();
                    Segment::Glob(glob)
                }
            })
            .collect();
        Pattern { source, domain: domain.to_vec(), segments, inclusion, dir_only, anchored, inert }
    }

    /// The line this pattern was parsed from.
    pub fn source(&self) -> &str {
        &self.source
    }

    /// The directory the pattern is scoped to, as components relative to the archived root.
    pub fn domain(&self) -> &[String] {
        &self.domain
    }

    /// Whether the pattern re-includes (`!pattern`).
    pub fn is_inclusion(&self) -> bool {
        self.inclusion
    }

    /// Matches a path given as components relative to the archived root.
    pub fn matches(&self, path: &[&str], is_dir: bool) -> MatchResult {
        if path.len() <= self.domain.len() || self.domain.iter().zip(path).any(|(d, p)| d != p) {
            return MatchResult::NoMatch;
        }
        let path = &path[self.domain.len()..];
        let matched =
            !self.inert && if self.anchored { self.prefix_match(path, is_dir) } else { self.name_match(path, is_dir) };
        match (matched, self.inclusion) {
            (false, _) => MatchResult::NoMatch,
            (true, true) => MatchResult::Include,
            (true, false) => MatchResult::Exclude,
        }
    }

    /// A pattern without `/`: the first component it matches decides (a directory-only pattern fails when
    /// that component is the last one and not a directory).
    fn name_match(&self, path: &[&str], is_dir: bool) -> bool {
        let Some(Segment::Glob(glob)) = self.segments.first() else { return false };
        match path.iter().position(|c| glob.matches(c)) {
            Some(i) => !(self.dir_only && !is_dir && i == path.len() - 1),
            None => false,
        }
    }

    /// A pattern with `/`: its components consume the path's leading components; `**` lets the next
    /// component be found anywhere further down (the first occurrence is taken, without backtracking).
    fn prefix_match(&self, mut path: &[&str], is_dir: bool) -> bool {
        let mut matched = false;
        let mut any_dirs = false;
        let last = self.segments.len() - 1;
        for (i, segment) in self.segments.iter().enumerate() {
            let glob = match segment {
                Segment::Empty => {
                    any_dirs = false;
                    continue;
                }
                Segment::AnyDirs if i == last => break,
                Segment::AnyDirs => {
                    any_dirs = true;
                    continue;
                }
                Segment::Glob(glob) => glob,
            };
            if path.is_empty() {
                return false;
            }
            if any_dirs {
                any_dirs = false;
                match path.iter().position(|c| glob.matches(c)) {
                    Some(k) => {
                        path = &path[k + 1..];
                        matched = true;
                    }
                    None => {
                        path = &[];
                        matched = false;
                    }
                }
            } else {
                if !glob.matches(path[0]) {
                    return false;
                }
                matched = true;
                path = &path[1..];
            }
        }
        // A directory-only pattern that consumed the whole path matched a file itself: no match.
        matched && !(self.dir_only && !is_dir && path.is_empty())
    }
}

/// An ordered list of patterns: later patterns take precedence, and the last one that matches a path
/// decides whether it is excluded.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Matcher {
    patterns: Vec<Pattern>,
}

impl Matcher {
    /// Patterns in increasing order of precedence.
    pub fn new(patterns: Vec<Pattern>) -> Self {
        Matcher { patterns }
    }

    /// The patterns, lowest precedence first.
    pub fn patterns(&self) -> &[Pattern] {
        &self.patterns
    }

    /// Whether the path (components relative to the archived root) is excluded.
    ///
    /// ```
    /// use artifact::ignore::{Matcher, Pattern};
    /// let m = Matcher::new(vec![Pattern::parse("/*", &[]), Pattern::parse("!/deploy", &[])]);
    /// assert!(m.is_excluded(&["README.md"], false));
    /// assert!(!m.is_excluded(&["deploy", "app.yaml"], false));
    /// ```
    pub fn is_excluded(&self, path: &[&str], is_dir: bool) -> bool {
        for p in self.patterns.iter().rev() {
            match p.matches(path, is_dir) {
                MatchResult::NoMatch => continue,
                r => return r == MatchResult::Exclude,
            }
        }
        false
    }

    /// Whether everything below an excluded directory is excluded too, so a walk may skip it. True when no
    /// pattern re-includes: a pattern that matches a directory also matches every path below it.
    pub fn excludes_whole_dirs(&self) -> bool {
        !self.patterns.iter().any(Pattern::is_inclusion)
    }
}

#[cfg(test)]
mod tests {
    use super::MatchResult::{Exclude, Include, NoMatch};
    use super::*;

    fn dom(d: &[&str]) -> Vec<String> {
        d.iter().map(|s| s.to_string()).collect()
    }

    fn pm(pattern: &str, domain: &[&str], path: &[&str], is_dir: bool) -> MatchResult {
        Pattern::parse(pattern, &dom(domain)).matches(path, is_dir)
    }

    // The cases of upstream's pattern tests (sourceignore/gitignore/pattern_test.go), one line each.
    #[test]
    fn upstream_pattern_cases() {
        // (pattern, domain, path, is_dir, result)
        type Case<'a> = (&'a str, &'a [&'a str], &'a [&'a str], bool, MatchResult);
        let cases: &[Case] = &[
            ("!vul?ano", &[], &["value", "vulkano", "tail"], false, Include),
            ("value", &["head", "middle", "tail"], &["head", "middle"], false, NoMatch),
            ("value", &["head", "middle", "tail"], &["head", "middle", "tail"], false, NoMatch),
            ("value", &["head", "middle", "tail"], &["head", "middle", "_tail_", "value"], false, NoMatch),
            ("middle/", &["value", "volcano"], &["value", "volcano", "middle", "tail"], false, Exclude),
            ("volcano/", &["value", "volcano"], &["value", "volcano", "tail"], true, NoMatch),
            ("value", &[], &["value", "tail"], false, Exclude),
            ("value", &[], &["head", "value", "tail"], false, Exclude),
            ("value", &[], &["head", "value"], false, Exclude),
            ("value/", &[], &["value", "tail"], false, Exclude),
            ("value/", &[], &["head", "value", "tail"], false, Exclude),
            ("value/", &[], &["head", "value"], true, Exclude),
            ("value/", &[], &["head", "value"], false, NoMatch),
            ("value", &[], &["head", "val", "tail"], false, NoMatch),
            ("val", &[], &["head", "value", "tail"], false, NoMatch),
            ("v*o", &[], &["value", "vulkano", "tail"], false, Exclude),
            ("vul?ano", &[], &["value", "vulkano", "tail"], false, Exclude),
            ("v[ou]l[kc]ano", &[], &["value", "volcano"], false, Exclude),
            ("v[ou]l[", &[], &["value", "vol["], false, NoMatch),
            ("/value/vul?ano", &[], &["value", "vulkano", "tail"], false, Exclude),
            ("middle/tail/", &["value", "volcano"], &["value", "volcano", "middle", "tail"], true, Exclude),
            ("volcano/tail", &["value", "volcano"], &["value", "volcano", "tail"], false, NoMatch),
            ("value/vul?ano", &[], &["value", "vulkano", "tail"], false, Exclude),
            ("value/vulkano", &[], &["value", "volcano"], false, NoMatch),
            ("value/vul?ano", &[], &["value"], false, NoMatch),
            ("/value/volcano", &[], &["value", "value", "volcano"], false, NoMatch),
            ("**/*lue/vol?ano", &[], &["value", "volcano", "tail"], false, Exclude),
            ("**/*lue/vol?ano", &[], &["head", "value", "volcano", "tail"], false, Exclude),
            ("**/*lue/vol?ano", &[], &["head", "value", "Volcano", "tail"], false, NoMatch),
            ("**/*lue/vol?ano/", &[], &["head", "value", "volcano", "tail"], false, Exclude),
            ("**/*lue/vol?ano/", &[], &["head", "value", "volcano"], true, Exclude),
            ("**/*lue/vol?ano/", &[], &["head", "value", "Colcano"], true, NoMatch),
            ("**/*lue/vol?ano/", &[], &["head", "value", "volcano"], false, NoMatch),
            ("/*lue/vol?ano/**", &[], &["value", "volcano", "tail", "moretail"], false, Exclude),
            ("/*lue/vol?ano/**", &[], &["value", "volcano"], false, Exclude),
            ("/*lue/**/vol?ano", &[], &["value", "volcano"], false, Exclude),
            ("/*lue/**/vol?ano", &[], &["value", "middle", "volcano"], false, Exclude),
            ("/*lue/**/vol?ano", &[], &["value", "middle1", "middle2", "volcano"], false, Exclude),
            ("/*lue/**/vol?ano/", &[], &["value", "middle1", "middle2", "volcano"], true, Exclude),
            ("/*lue/**/vol?ano/", &[], &["value", "middle1", "middle2", "volcano"], false, NoMatch),
            ("/*lue/**/vol?ano/", &[], &["value", "middle1", "middle2", "volcano", "tail"], false, Exclude),
            ("/*lue/**foo/vol?ano", &[], &["value", "foo", "volcano", "tail"], false, NoMatch),
            ("**/head/v[ou]l[kc]ano", &[], &["value", "head", "volcano"], false, Exclude),
            ("**/head/v[ou]l[", &[], &["value", "head", "vol["], false, NoMatch),
            ("/value/**/v[ou]l[", &[], &["value", "head", "vol["], false, NoMatch),
            (
                "**/android/**/GeneratedPluginRegistrant.java",
                &[],
                &["packages", "flutter_tools", "lib", "src", "android", "gradle.dart"],
                false,
                NoMatch,
            ),
        ];
        for &(pattern, domain, path, is_dir, want) in cases {
            assert_eq!(pm(pattern, domain, path, is_dir), want, "{pattern:?} in {domain:?} on {path:?} dir={is_dir}");
        }
    }

    #[test]
    fn matcher_last_match_wins() {
        let m = Matcher::new(vec![Pattern::parse("**/middle/v[uo]l?ano", &[]), Pattern::parse("!volcano", &[])]);
        assert!(m.is_excluded(&["head", "middle", "vulkano"], false));
        assert!(!m.is_excluded(&["head", "middle", "volcano"], false));
        assert!(!m.excludes_whole_dirs());
        assert!(Matcher::new(vec![Pattern::parse("x", &[])]).excludes_whole_dirs());
    }

    #[test]
    fn trailing_spaces_and_escapes() {
        assert_eq!(pm("foo   ", &[], &["foo"], false), Exclude);
        // A line ending in `\ ` keeps its spaces, and `\ ` is a literal space in the glob.
        assert_eq!(pm("foo\\ ", &[], &["foo "], false), Exclude);
        assert_eq!(pm("foo\\ ", &[], &["foo"], false), NoMatch);
        // No escaping of a leading `!` or `#` as Git has: `\!x` is a glob escape of `!`.
        assert_eq!(pm("\\!x", &[], &["!x"], false), Exclude);
        // A lone `!` or `/` matches nothing.
        assert_eq!(pm("!", &[], &["a"], false), NoMatch);
        assert_eq!(pm("/", &[], &["a"], true), NoMatch);
    }

    #[test]
    fn anchored_patterns_match_prefixes() {
        assert_eq!(pm("/*", &[], &["deploy", "app.yaml"], false), Exclude);
        assert_eq!(pm("!/deploy", &[], &["deploy", "app.yaml"], false), Include);
        assert_eq!(pm("a/b", &[], &["x", "a", "b"], false), NoMatch);
        assert_eq!(pm("**", &[], &["any", "thing"], false), Exclude);
        assert_eq!(pm("foo/**", &[], &["foo"], true), Exclude);
    }

    /// The claim behind [`Matcher::excludes_whole_dirs`]: an exclusion that matches a directory also
    /// matches everything below it.
    #[test]
    fn excluding_a_directory_excludes_its_contents() {
        let patterns =
            ["value", "value/", "/value", "/value/", "*lue", "a/**", "**/a", "**/a/", "a/**/b", "/a/*", "[ab]", "a//b"];
        let dirs: &[&[&str]] =
            &[&["value"], &["x", "value"], &["a"], &["a", "b"], &["a", "x", "b"], &["q", "a"], &["b"]];
        for p in patterns {
            let pattern = Pattern::parse(p, &[]);
            for dir in dirs {
                if pattern.matches(dir, true) == Exclude {
                    let mut below = dir.to_vec();
                    below.push("child");
                    assert_eq!(pattern.matches(&below, false), Exclude, "{p:?} excludes {dir:?} but not its child");
                    assert_eq!(pattern.matches(&below, true), Exclude, "{p:?} excludes {dir:?} but not its child dir");
                }
            }
        }
    }
}

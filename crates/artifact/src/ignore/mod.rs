//! Which files of a source go into its artifact: `.sourceignore` files, `spec.ignore`, and the patterns
//! source-controller always or by default excludes.
//!
//! The rules, as upstream applies them (fluxcd/pkg `sourceignore`, `artifact/storage.SourceIgnoreFilter`):
//!
//! * [`EXCLUDE_VCS`] (`.git/`, `.gitignore`, `.gitmodules`, `.gitattributes`) is always excluded.
//! * [`EXCLUDE_EXT`], [`EXCLUDE_CI`] and [`EXCLUDE_EXTRA`] (images, archives, CI files, `.sops.yaml`, …)
//!   are excluded only when there is **no** user pattern at all: one line in any `.sourceignore` or in
//!   `spec.ignore` drops them.
//! * `.sourceignore` files are read from every directory (except `.git`), each scoped to its own directory;
//!   the root's come first, then each subdirectory's, depth first in name order, so deeper files take
//!   precedence. `spec.ignore` comes last and so takes precedence over all of them.
//! * Lines starting with `#` and blank lines are skipped. Matching follows the gitignore rules of
//!   [`pattern`] — our own matcher, because upstream's go-git port differs from Git (last match wins per
//!   path, so files can be re-included inside excluded directories; anchored patterns match prefixes; Go's
//!   glob syntax). Neither the `ignore` crate nor `gix-ignore` reproduces those differences, and an artifact
//!   whose contents depend on them must come out the same as upstream's.

mod glob;
pub mod pattern;

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

pub use pattern::{MatchResult, Matcher, Pattern};

/// The name of the ignore files loaded from a source tree.
pub const IGNORE_FILE: &str = ".sourceignore";
/// Always excluded.
pub const EXCLUDE_VCS: &str = ".git/,.gitignore,.gitmodules,.gitattributes";
/// Excluded when there are no user patterns.
pub const EXCLUDE_EXT: &str = "*.jpg,*.jpeg,*.gif,*.png,*.wmv,*.flv,*.tar.gz,*.zip";
/// Excluded when there are no user patterns.
pub const EXCLUDE_CI: &str = ".github/,.circleci/,.travis.yml,.gitlab-ci.yml,appveyor.yml,.drone.yml,cloudbuild.yaml,codeship-services.yml,codeship-steps.yml";
/// Excluded when there are no user patterns.
pub const EXCLUDE_EXTRA: &str = "**/.goreleaser.yml,**/.sops.yaml,**/.flux.yaml";

/// A `.sourceignore` file or directory that could not be read.
#[derive(Debug, thiserror::Error)]
#[error("reading ignore rules: {path}: {source}")]
pub struct IgnoreError {
    pub path: PathBuf,
    #[source]
    pub source: io::Error,
}

fn parse_list(list: &str, domain: &[String]) -> Vec<Pattern> {
    list.split(',').map(|p| Pattern::parse(p, domain)).collect()
}

/// The version-control patterns, scoped to `domain`.
pub fn vcs_patterns(domain: &[String]) -> Vec<Pattern> {
    parse_list(EXCLUDE_VCS, domain)
}

/// The default extra exclusions (extensions, CI files, tool configuration), scoped to `domain`.
pub fn default_patterns(domain: &[String]) -> Vec<Pattern> {
    [EXCLUDE_EXT, EXCLUDE_CI, EXCLUDE_EXTRA].iter().flat_map(|list| parse_list(list, domain)).collect()
}

/// Reads patterns from the text of an ignore file or of `spec.ignore`: one per line, `#` comments and
/// blank lines skipped, a trailing `\r` dropped.
///
/// ```
/// let ps = artifact::ignore::read_patterns("# comment\n\n*.md\r\n!README.md\n", &[]);
/// assert_eq!(ps.iter().map(|p| p.source()).collect::<Vec<_>>(), ["*.md", "!README.md"]);
/// ```
pub fn read_patterns(text: &str, domain: &[String]) -> Vec<Pattern> {
    text.lines()
        .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
        .map(|line| Pattern::parse(line, domain))
        .collect()
}

/// Loads the `.sourceignore` of `dir` and of every directory below it (`.git` and symlinks are not
/// entered), each scoped to its directory, in upstream's order: a directory's own file, then its
/// subdirectories by name, depth first.
pub fn load_ignore_patterns(dir: &Path) -> Result<Vec<Pattern>, IgnoreError> {
    let mut patterns = Vec::new();
    load_into(dir, &mut Vec::new(), &mut patterns)?;
    Ok(patterns)
}

fn load_into(dir: &Path, domain: &mut Vec<String>, out: &mut Vec<Pattern>) -> Result<(), IgnoreError> {
    let file = dir.join(IGNORE_FILE);
    match fs::read(&file) {
        Ok(bytes) => out.extend(read_patterns(&String::from_utf8_lossy(&bytes), domain)),
        // Upstream opens a `.sourceignore` directory, fails to scan it, and carries on with no patterns.
        Err(e) if matches!(e.kind(), io::ErrorKind::NotFound | io::ErrorKind::IsADirectory) => {}
        Err(source) => return Err(IgnoreError { path: file, source }),
    }
    let err = |source| IgnoreError { path: dir.to_path_buf(), source };
    let mut subdirs = Vec::new();
    for entry in fs::read_dir(dir).map_err(err)? {
        let entry = entry.map_err(err)?;
        if entry.file_type().map_err(err)?.is_dir() && entry.file_name() != ".git" {
            subdirs.push(entry.file_name());
        }
    }
    subdirs.sort();
    for name in subdirs {
        domain.push(name.to_string_lossy().into_owned());
        load_into(&dir.join(&name), domain, out)?;
        domain.pop();
    }
    Ok(())
}

/// The filter upstream archives a source with (`SourceIgnoreFilter`): with no user patterns, the VCS and
/// default patterns; with any, the VCS patterns followed by the user patterns only.
///
/// ```
/// use artifact::ignore::{read_patterns, source_ignore_matcher};
/// let defaults = source_ignore_matcher(Vec::new());
/// assert!(defaults.is_excluded(&["logo.png"], false));
/// let user = source_ignore_matcher(read_patterns("*.md", &[]));
/// assert!(!user.is_excluded(&["logo.png"], false));
/// assert!(user.is_excluded(&[".git", "config"], false));
/// ```
pub fn source_ignore_matcher(user_patterns: Vec<Pattern>) -> Matcher {
    let mut patterns = vcs_patterns(&[]);
    if user_patterns.is_empty() {
        patterns.extend(default_patterns(&[]));
    }
    patterns.extend(user_patterns);
    Matcher::new(patterns)
}

/// Everything a GitRepository (or an extracted OCI layer) is archived with: the `.sourceignore` files
/// under `dir`, then `spec.ignore`, through [`source_ignore_matcher`].
pub fn source_filter(dir: &Path, spec_ignore: Option<&str>) -> Result<Matcher, IgnoreError> {
    let mut patterns = load_ignore_patterns(dir)?;
    if let Some(text) = spec_ignore {
        patterns.extend(read_patterns(text, &[]));
    }
    Ok(source_ignore_matcher(patterns))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(p: &str) -> Vec<&str> {
        p.split('/').collect()
    }

    fn strings(d: &[&str]) -> Vec<String> {
        d.iter().map(|s| s.to_string()).collect()
    }

    // upstream sourceignore_test.go TestReadPatterns
    #[test]
    fn read_patterns_cases() {
        let m = Matcher::new(read_patterns("ignore-dir/*\n!ignore-dir/include\n", &[]));
        assert!(m.is_excluded(&split("ignore-dir/file.yaml"), false));
        assert!(!m.is_excluded(&split("file.yaml"), false));
        assert!(!m.is_excluded(&split("ignore-dir/include"), false));

        let m = Matcher::new(read_patterns("ignore-dir/*\n# !ignore-dir/include", &[]));
        assert!(m.is_excluded(&split("ignore-dir/file.yaml"), false));
        assert!(m.is_excluded(&split("ignore-dir/include"), false));

        let m = Matcher::new(read_patterns("ignore-dir/*", &strings(&["domain", "scoped"])));
        assert!(m.is_excluded(&split("domain/scoped/ignore-dir/file.yaml"), false));
        assert!(!m.is_excluded(&split("ignore-dir/file.yaml"), false));
    }

    // upstream TestVCSPatterns and TestDefaultPatterns
    #[test]
    fn vcs_and_default_patterns() {
        let default = |domain: &[&str], extra: Vec<Pattern>| {
            let d = strings(domain);
            let mut ps = vcs_patterns(&d);
            ps.extend(default_patterns(&d));
            ps.extend(extra);
            Matcher::new(ps)
        };
        let m = default(&[], vec![]);
        for p in [".git/config", ".gitignore", "image.jpg", "archive.tar.gz", ".github/workflows/workflow.yaml"] {
            assert!(m.is_excluded(&split(p), false), "{p}");
        }
        for p in ["subdir/.flux.yaml", "subdir2/.sops.yaml"] {
            assert!(m.is_excluded(&split(p), false), "{p}");
        }
        for p in ["workload.yaml", "workload.yml", "simple.txt"] {
            assert!(!m.is_excluded(&split(p), false), "{p}");
        }
        let m = default(&["directory"], vec![]);
        for p in ["directory/.git/config", "directory/.gitignore", "directory/image.jpg", "directory/archive.tar.gz"] {
            assert!(m.is_excluded(&split(p), false), "{p}");
        }
        for p in ["other/.git/config", "other/image.jpg", "other/archive.tar.gz"] {
            assert!(!m.is_excluded(&split(p), false), "{p}");
        }
        let m = default(&[], vec![Pattern::parse("!*.jpg", &[])]);
        assert!(!m.is_excluded(&["image.jpg"], false));
    }

    // upstream TestLoadExcludePatterns
    #[test]
    fn load_is_scoped_and_ordered() {
        let tmp = tempfile::tempdir().unwrap();
        let files = [
            (".sourceignore", "root.txt"),
            ("d/.gitignore", "ignored"),
            ("z/.sourceignore", "last.txt"),
            ("a/b/.sourceignore", "subdir.txt"),
            ("e/last.txt", "foo"),
            ("a/c/subdir.txt", "bar"),
            (".git/.sourceignore", "never-read"),
        ];
        for (name, content) in files {
            let path = tmp.path().join(name);
            fs::create_dir_all(path.parent().unwrap()).unwrap();
            fs::write(path, content).unwrap();
        }
        let ps = load_ignore_patterns(tmp.path()).unwrap();
        let got: Vec<(&str, &[String])> = ps.iter().map(|p| (p.source(), p.domain())).collect();
        let want: Vec<(&str, Vec<String>)> =
            vec![("root.txt", vec![]), ("subdir.txt", strings(&["a", "b"])), ("last.txt", strings(&["z"]))];
        assert_eq!(got.len(), want.len());
        for ((gs, gd), (ws, wd)) in got.iter().zip(&want) {
            assert_eq!((*gs, gd.to_vec()), (*ws, wd.clone()));
        }
    }

    #[test]
    fn any_user_pattern_drops_the_defaults() {
        let tmp = tempfile::tempdir().unwrap();
        let with_defaults = source_filter(tmp.path(), None).unwrap();
        assert!(with_defaults.is_excluded(&[".github", "workflows", "ci.yaml"], false));
        assert!(with_defaults.is_excluded(&[".sops.yaml"], false));
        let with_spec = source_filter(tmp.path(), Some("# only a comment\n*.md")).unwrap();
        assert!(!with_spec.is_excluded(&[".github", "workflows", "ci.yaml"], false));
        assert!(with_spec.is_excluded(&[".git", "HEAD"], false));
        assert!(with_spec.is_excluded(&["README.md"], false));
        // A spec.ignore made only of comments has no pattern: the defaults stay.
        let comments = source_filter(tmp.path(), Some("# nothing\n\n")).unwrap();
        assert!(comments.is_excluded(&["logo.png"], false));
    }

    #[test]
    fn spec_ignore_takes_precedence_over_sourceignore() {
        let tmp = tempfile::tempdir().unwrap();
        fs::create_dir_all(tmp.path().join("apps")).unwrap();
        fs::write(tmp.path().join("apps/.sourceignore"), "secret.yaml\n").unwrap();
        let m = source_filter(tmp.path(), Some("!apps/secret.yaml")).unwrap();
        assert!(!m.is_excluded(&["apps", "secret.yaml"], false));
        let m = source_filter(tmp.path(), None).unwrap();
        assert!(m.is_excluded(&["apps", "secret.yaml"], false));
        // The scoped pattern does not reach outside apps/.
        assert!(!m.is_excluded(&["secret.yaml"], false));
    }
}

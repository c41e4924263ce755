//! Remote bases: which `resources`/`components` entries name a Git repository, and which an HTTP file,
//! with kustomize's URL rules. Fetching is the caller's job ([`crate::RemoteLoader`]).

use std::time::Duration;

/// A Git repository holding a kustomization: `github.com/org/repo//deploy?ref=v1`,
/// `https://host/org/repo.git/deploy?ref=main`, `git@host:org/repo.git//deploy`, `ssh://…`, `file://…`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RepoSpec {
    /// The entry as written.
    pub raw: String,
    /// What to clone: scheme, user and host, then the repository path.
    pub clone_url: String,
    /// The kustomization's directory inside the repository (`""` for its root).
    pub path: String,
    /// `?ref=` (or `?version=`): a branch, tag or commit; empty for the remote's HEAD.
    pub reference: String,
    /// `?timeout=` (seconds or a Go duration), 27 s by default.
    pub timeout: Duration,
    /// `?submodules=`, true by default.
    pub submodules: bool,
}

const DEFAULT_TIMEOUT: Duration = Duration::from_secs(27);

impl RepoSpec {
    /// Parses `entry` as kustomize's `NewRepoSpecFromURL` does; `None` when it is not a repository URL
    /// (a local path has no scheme, no `user@` and does not start with `github.com`).
    pub fn parse(entry: &str) -> Option<RepoSpec> {
        if entry.starts_with('/') {
            return None;
        }
        let (rest, query) = entry.split_once('?').unwrap_or((entry, ""));
        let (reference, timeout, submodules) = parse_query(query);
        let (host, rest) = extract_host(rest)?;
        let (repo_path, path) = split_repo_path(rest, host.starts_with("file://"))?;
        Some(RepoSpec {
            raw: entry.to_string(),
            clone_url: format!("{host}{repo_path}"),
            path: path.trim_start_matches('/').to_string(),
            reference,
            timeout,
            submodules,
        })
    }
}

/// Whether `entry` is a file to download (`http://` or `https://`), tried before a repository.
pub fn is_remote_file(entry: &str) -> bool {
    let lower = entry.to_ascii_lowercase();
    lower.starts_with("http://") || lower.starts_with("https://")
}

fn parse_query(query: &str) -> (String, Duration, bool) {
    let mut version = String::new();
    let mut reference = String::new();
    let mut timeout = DEFAULT_TIMEOUT;
    let mut submodules = true;
    for pair in query.split('&').filter(|p| !p.is_empty()) {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        let value = percent_decode(value);
        match key {
            "version" if version.is_empty() => version = value,
            "ref" if reference.is_empty() => reference = value,
            "timeout" => {
                if let Ok(seconds) = value.parse::<u64>() {
                    if seconds > 0 {
                        timeout = Duration::from_secs(seconds);
                    }
                } else if let Some(d) = go_duration(&value).filter(|d| !d.is_zero()) {
                    timeout = d;
                }
            }
            "submodules" => {
                if let Some(b) = go_bool(&value) {
                    submodules = b;
                }
            }
            _ => {}
        }
    }
    (if reference.is_empty() { version } else { reference }, timeout, submodules)
}

fn percent_decode(s: &str) -> String {
    let hex = |b: u8| (b as char).to_digit(16).map(|d| d as u8);
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let escaped = (bytes[i] == b'%' && i + 2 < bytes.len())
            .then(|| Some(hex(bytes[i + 1])? * 16 + hex(bytes[i + 2])?))
            .flatten();
        match (escaped, bytes[i]) {
            (Some(b), _) => {
                out.push(b);
                i += 3;
            }
            (None, b'+') => {
                out.push(b' ');
                i += 1;
            }
            (None, b) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn go_bool(s: &str) -> Option<bool> {
    match s {
        "1" | "t" | "T" | "TRUE" | "true" | "True" => Some(true),
        "0" | "f" | "F" | "FALSE" | "false" | "False" => Some(false),
        _ => None,
    }
}

/// A Go duration such as `1m30s` or `500ms`.
fn go_duration(s: &str) -> Option<Duration> {
    let mut total = 0f64;
    let mut rest = s;
    if rest.is_empty() {
        return None;
    }
    while !rest.is_empty() {
        let number_len = rest.find(|c: char| !(c.is_ascii_digit() || c == '.')).unwrap_or(rest.len());
        if number_len == 0 {
            return None;
        }
        let value: f64 = rest[..number_len].parse().ok()?;
        rest = &rest[number_len..];
        let unit_len = rest.find(|c: char| c.is_ascii_digit() || c == '.').unwrap_or(rest.len());
        let scale = match &rest[..unit_len] {
            "ns" => 1e-9,
            "us" | "µs" => 1e-6,
            "ms" => 1e-3,
            "s" => 1.0,
            "m" => 60.0,
            "h" => 3600.0,
            _ => return None,
        };
        total += value * scale;
        rest = &rest[unit_len..];
    }
    Some(Duration::from_secs_f64(total))
}

fn strip_prefix_ignore_case<'a>(s: &'a str, prefix: &str) -> Option<&'a str> {
    (s.len() >= prefix.len() && s[..prefix.len()].eq_ignore_ascii_case(prefix)).then(|| &s[prefix.len()..])
}

/// Splits `scheme user@ host` from the rest, or `None` when the entry is not a repository URL.
fn extract_host(entry: &str) -> Option<(String, &str)> {
    let entry = strip_prefix_ignore_case(entry, "git::").unwrap_or(entry);
    let (scheme, rest) = ["ssh://", "https://", "http://", "file://"]
        .iter()
        .find_map(|p| strip_prefix_ignore_case(entry, p).map(|rest| (*p, rest)))
        .unwrap_or(("", entry));
    let user_len = username_len(rest);
    let (username, rest) = rest.split_at(user_len);
    let lower = rest.to_ascii_lowercase();
    let github = lower.starts_with("github.com/") || lower.starts_with("github.com:");
    let scp = scheme.is_empty() && (!username.is_empty() || github);
    if scheme.is_empty() && !scp {
        return None;
    }
    if scheme == "file://" {
        return Some((format!("{scheme}{username}"), rest));
    }
    let mut separator = rest.find('/');
    if scp {
        if let Some(colon) = rest.find(':') {
            if separator.is_none_or(|s| colon > 0 && colon < s) {
                separator = Some(colon);
            }
        }
    }
    let (mut host, rest) = match separator {
        Some(i) => (rest[..=i].to_string(), &rest[i + 1..]),
        None => (rest.to_string(), ""),
    };
    let (mut scheme, mut username) = (scheme.to_string(), username.to_string());
    if github {
        if scheme.starts_with("ssh://") || !username.is_empty() {
            scheme = String::new();
            host = "github.com:".into();
        } else {
            scheme = "https://".into();
            username = String::new();
            host = "github.com/".into();
        }
    }
    if host.is_empty() {
        return None;
    }
    Some((format!("{scheme}{username}{host}"), rest))
}

/// The length of a leading `user@` (a letter, then letters, digits and dashes).
fn username_len(s: &str) -> usize {
    let bytes = s.as_bytes();
    if !bytes.first().is_some_and(u8::is_ascii_alphabetic) {
        return 0;
    }
    let end = bytes.iter().position(|b| !(b.is_ascii_alphanumeric() || *b == b'-')).unwrap_or(bytes.len());
    if bytes.get(end) == Some(&b'@') {
        end + 1
    } else {
        0
    }
}

/// Splits the repository path from the kustomization's path inside it: at `_git/<repo>`, `//`,
/// `.git`, or else after `org/repo` (everything for `file://`).
fn split_repo_path(rest: &str, file: bool) -> Option<(String, String)> {
    let (repo, path) = if let Some(i) = rest.find("_git/") {
        let after = &rest[i + 5..];
        let (first, others) = after.split_once('/').unwrap_or((after, ""));
        (format!("{}{first}", &rest[..i + 5]), others.to_string())
    } else if let Some(i) = rest.find("//") {
        (rest[..i].to_string(), rest[i + 2..].to_string())
    } else if let Some(i) = rest.find(".git") {
        (rest[..i + 4].to_string(), rest[i + 4..].to_string())
    } else if file {
        (rest.to_string(), String::new())
    } else {
        let segments: Vec<&str> = rest.split('/').collect();
        if segments.len() < 2 {
            return None;
        }
        (segments[..2].join("/"), segments[2..].join("/"))
    };
    if repo.is_empty() {
        return None;
    }
    let first = path.trim_start_matches('/').split('/').find(|s| !s.is_empty() && *s != ".");
    if first == Some("..") {
        return None;
    }
    Some((repo, path))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec(entry: &str) -> (String, String, String) {
        let s = RepoSpec::parse(entry).unwrap_or_else(|| panic!("{entry} is a repository"));
        (s.clone_url, s.path, s.reference)
    }

    #[test]
    fn kustomizes_url_forms() {
        assert_eq!(
            spec("github.com/kubernetes-sigs/kustomize//examples/helloWorld?ref=v1.0.6"),
            ("https://github.com/kubernetes-sigs/kustomize".into(), "examples/helloWorld".into(), "v1.0.6".into())
        );
        assert_eq!(
            spec("https://github.com/kubernetes-sigs/kustomize.git/examples/helloWorld?ref=v1.0.6"),
            ("https://github.com/kubernetes-sigs/kustomize.git".into(), "examples/helloWorld".into(), "v1.0.6".into())
        );
        assert_eq!(
            spec("git@github.com:org/repo.git//app"),
            ("git@github.com:org/repo.git".into(), "app".into(), String::new())
        );
        assert_eq!(
            spec("ssh://git@example.com/org/repo//app?version=v2"),
            ("ssh://git@example.com/org/repo".into(), "app".into(), "v2".into())
        );
        assert_eq!(
            spec("https://dev.azure.com/org/project/_git/repo/app"),
            ("https://dev.azure.com/org/project/_git/repo".into(), "app".into(), String::new())
        );
        assert_eq!(
            spec("file:///srv/git/repo.git//base"),
            ("file:///srv/git/repo.git".into(), "base".into(), String::new())
        );
        assert_eq!(
            spec("https://example.com/org/repo/deploy/app"),
            ("https://example.com/org/repo".into(), "deploy/app".into(), String::new())
        );
        let s = RepoSpec::parse("github.com/o/r?ref=main&timeout=90&submodules=false").unwrap();
        assert_eq!((s.timeout, s.submodules), (Duration::from_secs(90), false));
        assert_eq!(RepoSpec::parse("https://github.com/o/r?timeout=2m").unwrap().timeout, Duration::from_secs(120));
    }

    #[test]
    fn local_paths_and_escapes_are_not_repositories() {
        for entry in ["../base", "overlays/prod", "/abs/path", "deployment.yaml", "https://example.com/o/r//../x"] {
            assert_eq!(RepoSpec::parse(entry), None, "{entry}");
        }
        assert!(is_remote_file("https://raw.example.com/a.yaml"));
        assert!(!is_remote_file("github.com/o/r"));
    }
}

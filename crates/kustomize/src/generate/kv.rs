//! The key-value pairs of a generator, read as kustomize's `kv` loader reads them: env files first,
//! then literals, then files.
//!
//! kustomize (as kubectl and the kustomize binary build it) validates neither keys nor env
//! variable names — its field validator accepts everything — so neither do we: `a b=c` is the key
//! `a b`. Only a key given twice is refused, later, when the data map is made.

use crate::fs::Loader;

use super::GeneratorArgs;

/// One entry of the generated data. Values are bytes: a file need not be UTF-8.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Pair {
    pub key: String,
    pub value: Vec<u8>,
}

/// The longest line Go's `bufio.Scanner` reads with its default buffer (64 KiB, the newline
/// included): kustomize stops reading an env file, silently, at the first longer line.
const MAX_ENV_LINE: usize = 64 * 1024 - 1;

/// Reads every pair of a generator: `envs` (then the legacy `env`), `literals`, `files`.
pub(crate) fn load(args: &GeneratorArgs, loader: &Loader<'_>) -> Result<Vec<Pair>, String> {
    let mut pairs = Vec::new();
    for path in args.envs.iter().chain(std::iter::once(&args.env).filter(|e| !e.is_empty())) {
        let content = loader.read(path).map_err(|e| format!("env file {path:?}: {e}"))?;
        pairs.extend(env_pairs(&content).map_err(|e| format!("env file {path:?}: {e}"))?);
    }
    for source in &args.literals {
        let (key, value) = literal(source)?;
        pairs.push(Pair { key, value: value.into_bytes() });
    }
    for source in &args.files {
        let (key, path) = file_source(source)?;
        let value = loader.read(&path).map_err(|e| format!("file source {source:?}: {e}"))?;
        pairs.push(Pair { key, value });
    }
    Ok(pairs)
}

/// The pairs of an env file: one `KEY=VALUE` per line, the value everything after the first `=`
/// (quotes and spaces kept), a line without `=` the key with an empty value; blank lines, lines
/// with an empty key and lines starting with `#` (after leading white space) skipped, a UTF-8
/// byte-order mark on the first line dropped. Values are taken literally: nothing is looked up in
/// the environment.
pub(crate) fn env_pairs(content: &[u8]) -> Result<Vec<Pair>, String> {
    let mut pairs = Vec::new();
    for (number, raw) in lines(content).enumerate() {
        if raw.len() > MAX_ENV_LINE {
            break;
        }
        let line = raw.strip_suffix(b"\r").unwrap_or(raw);
        let text = std::str::from_utf8(line).map_err(|_| format!("line {} is not valid UTF-8", number + 1))?;
        let text = if number == 0 { text.strip_prefix('\u{feff}').unwrap_or(text) } else { text };
        let text = text.trim_start();
        if text.is_empty() || text.starts_with('#') {
            continue;
        }
        let (key, value) = text.split_once('=').unwrap_or((text, ""));
        if key.is_empty() {
            continue;
        }
        pairs.push(Pair { key: key.to_string(), value: value.as_bytes().to_vec() });
    }
    Ok(pairs)
}

/// Lines as Go's `bufio.ScanLines` splits them: on `\n`, a last line without a newline kept when
/// it is not empty. The caller drops a trailing `\r`.
fn lines(content: &[u8]) -> impl Iterator<Item = &[u8]> {
    let mut rest = content;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let (line, next) = match rest.iter().position(|&b| b == b'\n') {
            Some(i) => (&rest[..i], &rest[i + 1..]),
            None => (rest, &rest[rest.len()..]),
        };
        rest = next;
        Some(line)
    })
}

/// `key=value`: split at the first `=`, matching quotes around the value removed.
pub(crate) fn literal(source: &str) -> Result<(String, String), String> {
    match source.split_once('=') {
        Some((key, value)) if !key.is_empty() => Ok((key.to_string(), unquote(value).to_string())),
        _ => Err(format!("invalid literal source {source}, expected key=value")),
    }
}

fn unquote(value: &str) -> &str {
    let bytes = value.as_bytes();
    match (bytes.first(), bytes.last()) {
        (Some(&first), Some(&last)) if bytes.len() >= 2 && first == last && (first == b'"' || first == b'\'') => {
            &value[1..value.len() - 1]
        }
        _ => value,
    }
}

/// `path` (the key is its base name) or `key=path`.
pub(crate) fn file_source(source: &str) -> Result<(String, String), String> {
    match source.matches('=').count() {
        0 => Ok((base_name(source), source.to_string())),
        1 => match source.split_once('=') {
            Some(("", path)) => Err(format!("missing key name for file path {path:?} in source {source:?}")),
            Some((key, "")) => Err(format!("missing file path for key name {key:?} in source {source:?}")),
            Some((key, path)) => Ok((key.to_string(), path.to_string())),
            None => Err(format!("source {source:?} has no '='")),
        },
        _ => Err(format!("source {source:?} key name or file path contains '='")),
    }
}

/// Go's `path.Base`: the last element, trailing slashes ignored; `.` for an empty path, `/` for
/// slashes only.
fn base_name(path: &str) -> String {
    if path.is_empty() {
        return ".".into();
    }
    let trimmed = path.trim_end_matches('/');
    if trimmed.is_empty() {
        return "/".into();
    }
    trimmed.rsplit('/').next().unwrap_or(trimmed).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(content: &[u8]) -> Vec<(String, String)> {
        env_pairs(content).unwrap().into_iter().map(|p| (p.key, String::from_utf8(p.value).unwrap())).collect()
    }

    #[test]
    fn env_files_read_as_kustomize_reads_them() {
        let got = pairs(b"\xef\xbb\xbfA=1\n# comment\n   B = two \r\n\tC\n\nD=\"q\"\nE=x=y\n  #c2\nlast=no newline");
        let want = [("A", "1"), ("B ", " two "), ("C", ""), ("D", "\"q\""), ("E", "x=y"), ("last", "no newline")];
        assert_eq!(got, want.map(|(k, v)| (k.to_string(), v.to_string())));
        // The byte-order mark is only dropped on the first line.
        assert_eq!(pairs(b"A=1\n\xef\xbb\xbfB=2\n")[1].0, "\u{feff}B");
        assert!(env_pairs(b"A=1\nB=\xff\n").unwrap_err().contains("line 2"));
    }

    #[test]
    fn env_files_stop_at_a_line_too_long_for_go_s_scanner() {
        let mut content = b"A=1\n".to_vec();
        content.extend(std::iter::repeat_n(b'x', MAX_ENV_LINE + 1));
        content.extend(b"\nB=2\n");
        assert_eq!(pairs(&content), [("A".to_string(), "1".to_string())]);
    }

    #[test]
    fn literals_split_at_the_first_equals_and_lose_matching_quotes() {
        assert_eq!(literal("a=1").unwrap(), ("a".into(), "1".into()));
        assert_eq!(literal("d=x=y").unwrap(), ("d".into(), "x=y".into()));
        assert_eq!(literal("b=\"q\"").unwrap().1, "q");
        assert_eq!(literal("c='s'").unwrap().1, "s");
        assert_eq!(literal("c='s\"").unwrap().1, "'s\"");
        assert_eq!(literal("c=\"").unwrap().1, "\"");
        assert_eq!(literal("f=").unwrap().1, "");
        assert!(literal("novalue").is_err());
        assert!(literal("=v").is_err());
    }

    #[test]
    fn file_sources_name_their_key() {
        assert_eq!(file_source("dir/a.txt").unwrap(), ("a.txt".into(), "dir/a.txt".into()));
        assert_eq!(file_source("k=dir/a.txt").unwrap(), ("k".into(), "dir/a.txt".into()));
        assert_eq!(file_source("dir/").unwrap().0, "dir");
        assert!(file_source("=a").unwrap_err().contains("missing key name"));
        assert!(file_source("k=").unwrap_err().contains("missing file path"));
        assert!(file_source("a=b=c").unwrap_err().contains("contains '='"));
    }
}

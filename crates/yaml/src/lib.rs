//! YAML in and out exactly as the Go tools read and print it.
//!
//! `flux export`, `flux build` and `kubectl -o yaml` print through sigs.k8s.io/yaml: the object
//! goes to JSON, the JSON is read by go-yaml v2 and printed by go-yaml's emitter. Reading goes
//! the other way, YAML through go-yaml v2 (YAML 1.1 implicit types) to JSON. This crate
//! reproduces both so that output compares byte for byte with the Go tools and input means the
//! same thing to flux-rs as to them:
//!
//! - keys sorted in go-yaml's natural order (`a2` before `a10`), two-space indentation,
//!   sequences not indented under their key, `{}` and `[]` for empty collections;
//! - strings that would read back as something else double-quoted (`"y"`, `"on"`, `"0755"`,
//!   `"1.0"`, `"2024-01-01"`, `""`), strings that are not plain-safe single-quoted (`'a: b'`,
//!   `'#x'`), control characters, tabs and characters outside the BMP escaped in double quotes;
//! - multi-line strings as `|`/`|-`/`|+` literal blocks, long lines folded past column 80;
//! - `yes`/`no`/`on`/`off`/`y`/`n` read as booleans, `010` as 8, `0x1F` as 31, `1_000` as 1000,
//!   unquoted dates kept as strings, anchors, aliases and `<<` merge keys expanded.
//!
//! [`node`] is the other reader, the one kustomize has: go-yaml v3 through kyaml, YAML 1.2
//! booleans (`yes` is a string), unquoted timestamps as times, anchors and merge keys expanded as
//! kyaml does, each scalar keeping the text it was written with.
//!
//! [`go`] holds Go's text forms of floats (`strconv`'s `%g`, `encoding/json`'s) and Go's JSON
//! encoders, which the other crates use where their output must match a Go tool's.
//!
//! [`scalar`] is go-yaml's choice of a scalar's style (v2's and v3's rules), for printers outside
//! this crate that must write what go-yaml writes (sops's YAML store).
//!
//! See `docs/yaml.md` for the choice of parser and the known differences from go-yaml.
//!
//! ```
//! let manifest = serde_json::json!({
//!     "kind": "ConfigMap",
//!     "data": {"enabled": "yes", "mode": "0755", "motd": "hello\nworld\n"},
//! });
//! assert_eq!(
//!     yaml::to_string(&manifest),
//!     "data:\n  enabled: \"yes\"\n  mode: \"0755\"\n  motd: |\n    hello\n    world\nkind: ConfigMap\n"
//! );
//! assert_eq!(yaml::from_str(&yaml::to_string(&manifest)).unwrap(), manifest);
//! ```

mod emit;
mod errors;
mod escapes;
pub mod go;
pub mod node;
mod parse;
mod resolve;
pub mod scalar;

pub use errors::Error;
use serde_json::Value;

/// Prints `value` as sigs.k8s.io/yaml's `Marshal` does (and so `kubectl -o yaml`).
///
/// The output always ends with a newline and never starts with `---`.
///
/// ```
/// let v = serde_json::json!({"spec": {"interval": "5m", "paths": ["./a", "./b"], "prune": true}});
/// assert_eq!(yaml::to_string(&v), "spec:\n  interval: 5m\n  paths:\n  - ./a\n  - ./b\n  prune: true\n");
/// assert_eq!(yaml::to_string(&serde_json::json!("on")), "\"on\"\n");
/// ```
pub fn to_string(value: &Value) -> String {
    emit::to_string(value)
}

/// Reads one YAML document as sigs.k8s.io/yaml's `Unmarshal` does.
///
/// Like go-yaml, only the first document of a stream is read; an empty text is `null`.
/// Duplicate keys are not an error: the last one wins, as in sigs.k8s.io/yaml's (non-strict)
/// `Unmarshal`.
///
/// ```
/// let v = yaml::from_str("a: yes\nb: 010\nc: 0x1F\nd: 1.0\ne: 2024-01-01\nf: ~\n").unwrap();
/// assert_eq!(v, serde_json::json!({"a": true, "b": 8, "c": 31, "d": 1, "e": "2024-01-01", "f": null}));
/// ```
///
/// # Errors
/// Syntax errors, unknown aliases, keys JSON cannot carry (`null`, collections), values JSON
/// cannot carry (`.inf`, `.nan`) and tags that contradict their value (`!!int abc`).
pub fn from_str(text: &str) -> Result<Value, Error> {
    let docs = parse::parse(text, true)?;
    Ok(docs.into_iter().next().unwrap_or(Value::Null))
}

/// Reads every document of a YAML stream (`---` separated), skipping empty (`null`) ones as
/// kubectl and flux do when they read manifests.
///
/// ```
/// let docs = yaml::documents("---\na: 1\n---\n# only a comment\n---\nb: 2\n...\n").unwrap();
/// assert_eq!(docs, vec![serde_json::json!({"a": 1}), serde_json::json!({"b": 2})]);
/// ```
///
/// # Errors
/// As [`from_str`], for the first document that has a problem.
pub fn documents(text: &str) -> Result<Vec<Value>, Error> {
    Ok(parse::parse(text, false)?.into_iter().filter(|d| !d.is_null()).collect())
}

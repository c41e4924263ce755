//! `yaml::from_str` and `yaml::documents` against kubectl's reading of the inputs in
//! `fixtures/parse/` (regenerate the expected files with `fixtures/regen.sh`).

use std::fs;
use std::path::{Path, PathBuf};

use serde_json::Value;

/// `yaml::node`, go-yaml v3's reading as kustomize does it, against kustomize itself.
mod node;

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/parse")
}

fn inputs() -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(fixtures())
        .expect("read fixtures/parse")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter_map(|n| n.strip_suffix(".yaml").map(str::to_owned))
        .collect();
    names.sort();
    names
}

fn read(name: &str, ext: &str) -> Option<String> {
    fs::read_to_string(fixtures().join(format!("{name}.{ext}"))).ok()
}

/// Errors whose wording cannot match go-yaml's: Go prints the offending value with `%#v`.
const GO_VALUE_DUMPS: &[&str] = &["err-null-key", "err-collection-key"];

/// Inputs both refuse, for reasons told apart differently (see docs/yaml.md): go-yaml reads an
/// unclosed quote to the end of the text, granit-parser stops at the first badly indented line.
const OTHER_WORDING: &[&str] = &["err-unclosed-quote"];

#[test]
fn every_input_has_an_expectation() {
    let names = inputs();
    assert!(names.len() >= 20, "only {} parse inputs", names.len());
    for name in names {
        assert!(read(&name, "json").is_some() != read(&name, "err").is_some(), "{name}: run fixtures/regen.sh");
    }
}

#[test]
fn values_match_kubectl() {
    let mut failures = Vec::new();
    for name in inputs() {
        let (Some(input), Some(json)) = (read(&name, "yaml"), read(&name, "json")) else { continue };
        // kubectl prints one JSON object per document.
        let want: Vec<Value> =
            serde_json::Deserializer::from_str(&json).into_iter().collect::<Result<_, _>>().expect("kubectl JSON");
        match yaml::documents(&input) {
            Ok(got) if got == want => {}
            Ok(got) => {
                for (g, w) in got.iter().zip(&want) {
                    if g != w {
                        failures.push(format!("{name}:\n  got  {g}\n  want {w}"));
                    }
                }
                if got.len() != want.len() {
                    failures.push(format!("{name}: {} documents, want {}", got.len(), want.len()));
                }
            }
            Err(e) => failures.push(format!("{name}: {e}")),
        }
        match yaml::from_str(&input) {
            Ok(first) if Some(&first) == want.first() => {}
            other => failures.push(format!("{name}: from_str gave {other:?}")),
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn errors_match_kubectl() {
    let mut failures = Vec::new();
    for name in inputs() {
        let (Some(input), Some(want)) = (read(&name, "yaml"), read(&name, "err")) else { continue };
        let want = want.trim();
        let err = match yaml::from_str(&input) {
            Ok(v) => {
                failures.push(format!("{name}: accepted as {v}, kubectl says {want}"));
                continue;
            }
            Err(e) => e,
        };
        assert!(err.line > 0 && err.column > 0, "{name}: {err} has no position");
        // go-yaml: "yaml: line N: message" or "yaml: message"; encoding/json: "json: ...".
        let (want_line, want_message) = match want.strip_prefix("yaml: line ") {
            Some(rest) => {
                let (line, message) = rest.split_once(": ").unwrap_or(("0", rest));
                (line.parse::<usize>().ok(), message)
            }
            None => (None, want.strip_prefix("yaml: ").unwrap_or(want)),
        };
        if let Some(line) = want_line {
            if !err.to_string().starts_with(&format!("yaml: line {line}: ")) {
                failures.push(format!("{name}: {err}, kubectl says {want}"));
            }
        }
        if OTHER_WORDING.contains(&name.as_str()) {
            continue;
        }
        let same = err.message == want_message
            || (GO_VALUE_DUMPS.contains(&name.as_str())
                && want_message.starts_with(err.message.split(':').next().unwrap_or_default()));
        if !same {
            failures.push(format!("{name}: {err}\n  kubectl: {want}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

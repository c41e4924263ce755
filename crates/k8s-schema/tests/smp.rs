//! Strategic merge patch against golden results produced by real kubectl (see `fixtures/smp/regen.sh`).
//!
//! Each directory under `fixtures/smp/` is a case: `original.json` (its apiVersion and kind select the
//! built-in schema, or none when a `schemaless` file is present), `patch.json`, and either
//! `expected.json` or `error.txt` (kubectl rejected the patch, so must we).

use std::fs;
use std::path::{Path, PathBuf};

use k8s_schema::{smp, Definitions, Gvk};
use serde_json::Value;

fn read_json(path: &Path) -> Value {
    let text = fs::read_to_string(path).unwrap_or_else(|e| panic!("reading {}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("parsing {}: {e}", path.display()))
}

fn gvk_of(object: &Value) -> Gvk {
    let api_version = object["apiVersion"].as_str().expect("original.json has an apiVersion");
    let kind = object["kind"].as_str().expect("original.json has a kind");
    let (group, version) = api_version.split_once('/').unwrap_or(("", api_version));
    Gvk::new(group, version, kind)
}

fn cases() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/smp");
    let mut dirs: Vec<PathBuf> = fs::read_dir(&root)
        .expect("fixtures/smp exists")
        .map(|e| e.expect("readable fixture entry").path())
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    dirs
}

#[test]
fn fixtures_match_kubectl() {
    let defs = Definitions::k8s_1_33();
    let mut failures = Vec::new();
    let cases = cases();
    assert!(cases.len() >= 25, "expected at least 25 fixture cases, found {}", cases.len());
    for dir in &cases {
        let name = dir.file_name().and_then(|n| n.to_str()).unwrap_or("?").to_string();
        let original = read_json(&dir.join("original.json"));
        let patch = read_json(&dir.join("patch.json"));
        let schema = if dir.join("schemaless").exists() {
            None
        } else {
            let gvk = gvk_of(&original);
            Some(defs.schema_for(&gvk).unwrap_or_else(|| panic!("{name}: no schema for {gvk:?}")))
        };
        let result = smp::apply(&original, &patch, schema);
        let expected = dir.join("expected.json");
        let error = dir.join("error.txt");
        match (result, expected.exists(), error.exists()) {
            (Ok(got), true, false) => {
                let want = read_json(&expected);
                if got != want {
                    failures.push(format!(
                        "{name}: result differs\n  got:  {}\n  want: {}",
                        serde_json::to_string(&got).unwrap(),
                        serde_json::to_string(&want).unwrap()
                    ));
                }
            }
            (Err(_), false, true) => {}
            (Ok(got), false, true) => failures.push(format!(
                "{name}: kubectl rejects this patch ({}) but apply returned {got}",
                fs::read_to_string(&error).unwrap_or_default().trim()
            )),
            (Err(e), true, false) => failures.push(format!("{name}: unexpected error: {e}")),
            (_, has_expected, has_error) => failures.push(format!(
                "{name}: needs exactly one of expected.json ({has_expected}) and error.txt ({has_error})"
            )),
        }
    }
    assert!(failures.is_empty(), "{} of {} cases failed:\n{}", failures.len(), cases.len(), failures.join("\n"));
}

//! The differential suite: every directory under `tests/fixtures/kustomize/` is a kustomization
//! tree built by us and by both oracles, live, and compared with the checked-in expectation.
//!
//! A case is a directory with:
//! - the tree to build; the build root is the case directory, or the path in its `ROOT` file;
//! - `expected.yaml`: what kustomize prints, byte for byte; or
//! - `expected.err`: for a tree kustomize refuses — a text our one-line error must contain (paths
//!   written from `<fixtures>`, the fixtures directory).
//!
//! - `PENDING`: why our engine cannot build it yet (a feature still missing). The oracle side is
//!   still checked, and ours must still disagree — a pending case that starts passing fails the
//!   suite until its `PENDING` file is removed.
//!
//! A directory with a `NOT_A_CASE` file only holds files other cases use.
//!
//! `UPDATE_GOLDEN=1` rewrites `expected.yaml` from the oracle's output (and `expected.err` from our
//! message); review the diff before committing it.

use std::path::{Path, PathBuf};

use crate::oracle::{self, Outcome, ORACLES};

fn fixtures_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/kustomize")
}

fn cases() -> Vec<PathBuf> {
    let mut cases: Vec<PathBuf> = std::fs::read_dir(fixtures_root())
        .expect("tests/fixtures/kustomize exists")
        .map(|e| e.expect("a fixture directory entry").path())
        .filter(|p| p.is_dir() && !p.join("NOT_A_CASE").exists())
        .collect();
    cases.sort();
    cases
}

fn build_root(case: &Path) -> PathBuf {
    match std::fs::read_to_string(case.join("ROOT")) {
        Ok(root) => case.join(root.trim()),
        Err(_) => case.to_path_buf(),
    }
}

/// Checks one case; returns a description of every disagreement.
fn check(case: &Path, update: bool) -> Vec<String> {
    let name = case.file_name().unwrap().to_string_lossy().to_string();
    let root = build_root(case);
    let ours = kustomize::build(&root, &kustomize::Options::default()).and_then(|o| o.to_yaml());
    let mut problems = Vec::new();
    let outcomes: Vec<(&str, Outcome)> =
        ORACLES.iter().map(|(bin, version)| (*version, oracle::kustomize(bin, &root, &[]))).collect();
    let (_, reference) = &outcomes[outcomes.len() - 1];
    for (version, outcome) in &outcomes {
        if outcome != reference && matches!((outcome, reference), (Outcome::Built(_), _) | (_, Outcome::Built(_))) {
            problems.push(format!("{name}: kustomize {version} and {} disagree", ORACLES[ORACLES.len() - 1].1));
        }
    }
    let expected_yaml = case.join("expected.yaml");
    let expected_err = case.join("expected.err");
    match (reference, &ours) {
        (Outcome::Built(want), Ok(got)) => {
            if update {
                std::fs::write(&expected_yaml, want).unwrap();
                let _ = std::fs::remove_file(&expected_err);
            }
            if got != want {
                problems.push(format!("{name}: our output differs from kustomize's:\n{}", diff(want, got)));
            }
            match std::fs::read_to_string(&expected_yaml) {
                Ok(checked_in) if &checked_in == want => {}
                Ok(_) => {
                    problems.push(format!("{name}: expected.yaml is not what kustomize prints today (UPDATE_GOLDEN=1)"))
                }
                Err(_) => problems.push(format!("{name}: expected.yaml is missing (UPDATE_GOLDEN=1)")),
            }
        }
        (Outcome::Built(_), Err(e)) => problems.push(format!("{name}: kustomize builds it, we fail: {e}")),
        (Outcome::Failed(theirs), Ok(_)) => problems.push(format!("{name}: kustomize fails ({theirs}), we build it")),
        (Outcome::Failed(_), Err(e)) => {
            // Paths in messages are absolute: the checked-in text names them from the fixtures root.
            let fixtures = std::fs::canonicalize(fixtures_root()).expect("the fixtures root exists");
            let message = e.to_string().replace(&fixtures.to_string_lossy().to_string(), "<fixtures>");
            assert!(!message.contains('\n'), "{name}: our error is one line: {message:?}");
            if update {
                std::fs::write(&expected_err, format!("{message}\n")).unwrap();
                let _ = std::fs::remove_file(&expected_yaml);
            }
            match std::fs::read_to_string(&expected_err) {
                Ok(want) if message.contains(want.trim()) => {}
                Ok(want) => problems.push(format!("{name}: our error {message:?} does not contain {:?}", want.trim())),
                Err(_) => problems.push(format!("{name}: expected.err is missing (UPDATE_GOLDEN=1)")),
            }
        }
    }
    problems
}

/// A short line diff for failure messages.
fn diff(want: &str, got: &str) -> String {
    let (w, g): (Vec<&str>, Vec<&str>) = (want.lines().collect(), got.lines().collect());
    let first = w.iter().zip(&g).position(|(a, b)| a != b).unwrap_or(w.len().min(g.len()));
    let from = first.saturating_sub(3);
    let show =
        |lines: &[&str]| lines.iter().skip(from).take(10).map(|l| format!("    {l}")).collect::<Vec<_>>().join("\n");
    format!("  first difference at line {}\n  kustomize:\n{}\n  ours:\n{}", first + 1, show(&w), show(&g))
}

#[test]
fn every_fixture_builds_as_kustomize_does() {
    let update = std::env::var_os("UPDATE_GOLDEN").is_some();
    let cases = cases();
    assert!(!cases.is_empty(), "no fixtures found");
    // The oracle is a process per case and version: check four cases at a time.
    let next = std::sync::atomic::AtomicUsize::new(0);
    let mut results: Vec<(usize, Vec<String>)> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..4)
            .map(|_| {
                scope.spawn(|| {
                    let mut done = Vec::new();
                    loop {
                        let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                        let Some(case) = cases.get(i) else { return done };
                        done.push((i, check(case, update)));
                    }
                })
            })
            .collect();
        workers.into_iter().flat_map(|w| w.join().expect("a fixture worker panicked")).collect()
    });
    results.sort_by_key(|(i, _)| *i);
    let mut problems = Vec::new();
    for (case, (_, found)) in cases.iter().zip(results) {
        let pending = std::fs::read_to_string(case.join("PENDING")).ok();
        let name = case.file_name().unwrap().to_string_lossy();
        match pending {
            None => problems.extend(found),
            Some(_) if found.is_empty() => {
                problems.push(format!("{name}: passes now, remove its PENDING file"));
            }
            Some(reason) => {
                let oracle_side = found.iter().filter(|p| p.contains("expected.yaml") || p.contains("disagree"));
                problems.extend(oracle_side.cloned());
                eprintln!("pending: {name}: {}", reason.trim());
            }
        }
    }
    assert!(problems.is_empty(), "{} of {} fixtures disagree:\n{}", problems.len(), cases.len(), problems.join("\n"));
}

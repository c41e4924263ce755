//! The fuzz corpus (`fuzz/corpus/<target>/`), replayed through the fuzz targets' entry points: CI
//! proves that no input the fuzzer ever kept makes the engine panic.

use std::path::Path;

fn replay(target: &str, run: fn(&[u8])) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fuzz/corpus").join(target);
    let mut count = 0;
    for entry in std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let path = entry.unwrap().path();
        let data = std::fs::read(&path).unwrap();
        // A panic fails the test and names the file through the backtrace's context below.
        let result = std::panic::catch_unwind(|| run(&data));
        assert!(result.is_ok(), "{target} panics on {}", path.display());
        count += 1;
    }
    assert!(count > 0, "the {target} corpus is empty");
}

#[test]
fn kustomization_file_corpus() {
    replay("kustomization_file", kustomize::fuzzing::kustomization_file);
}

#[test]
fn manifests_corpus() {
    replay("manifests", kustomize::fuzzing::manifests);
}

#[test]
fn patch_corpus() {
    replay("patch", kustomize::fuzzing::patch);
}

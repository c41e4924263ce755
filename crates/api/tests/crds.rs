//! The checked-in CRD manifests under `crates/api/crds/` are exactly what `api::crds()` generates.
//! Regenerate them with `UPDATE_CRDS=1 cargo test -p flux-rs-api`.

use std::collections::BTreeSet;
use std::path::PathBuf;

fn crds_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("crds")
}

#[test]
fn checked_in_crds_match_the_types() {
    let dir = crds_dir();
    let update = std::env::var_os("UPDATE_CRDS").is_some_and(|v| v == "1");
    if update {
        std::fs::create_dir_all(&dir).unwrap();
    }
    let mut expected_files = BTreeSet::new();
    let mut stale = Vec::new();
    for crd in api::crds() {
        let name = crd.metadata.name.clone().expect("every generated CRD has a name");
        let file = format!("{name}.json");
        let path = dir.join(&file);
        let generated = serde_json::to_string_pretty(&crd).unwrap() + "\n";
        if update {
            std::fs::write(&path, &generated).unwrap();
        } else if std::fs::read_to_string(&path).ok().as_deref() != Some(generated.as_str()) {
            stale.push(file.clone());
        }
        expected_files.insert(file);
    }
    let present: BTreeSet<String> =
        std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    let extra: Vec<_> = present.difference(&expected_files).collect();
    assert!(extra.is_empty(), "files in crates/api/crds/ that no type generates: {extra:?}");
    assert!(stale.is_empty(), "out of date: {stale:?}; regenerate with `UPDATE_CRDS=1 cargo test -p flux-rs-api`");
}

#[test]
fn every_crd_file_is_named_plural_dot_group() {
    for crd in api::crds() {
        let expected = format!("{}.{}", crd.spec.names.plural, crd.spec.group);
        assert_eq!(crd.metadata.name.as_deref(), Some(expected.as_str()));
    }
}

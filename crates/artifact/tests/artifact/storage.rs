//! Storage: paths, URLs, atomic archives and copies, verification, symlinks, locks, removal, retention.

use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::time::{Duration, SystemTime};

use artifact::archive::NoFilter;
use artifact::digest::Algorithm;
use artifact::gc::garbage_files;
use artifact::{Storage, StorageError, StorageOptions, LATEST_SYMLINK};

use crate::common::*;

const SHA: &str = "5394cb7f48332b2de7c17dd8b8384bbc84b7e738";

fn storage(root: &std::path::Path) -> Storage {
    Storage::at(root, "source-controller.flux-system.svc.cluster.local.").unwrap()
}

#[test]
fn urls_with_and_without_scheme() {
    let root = temp();
    let plain = storage(root.path());
    let a = plain.new_artifact_for(
        "GitRepository",
        "flux-system",
        "podinfo",
        &format!("main@sha1:{SHA}"),
        &format!("{SHA}.tar.gz"),
    );
    assert_eq!(a.path, format!("gitrepository/flux-system/podinfo/{SHA}.tar.gz"));
    assert_eq!(
        a.url,
        format!(
            "http://source-controller.flux-system.svc.cluster.local./gitrepository/flux-system/podinfo/{SHA}.tar.gz"
        )
    );
    assert_eq!(a.revision, format!("main@sha1:{SHA}"));

    let https = Storage::at(root.path(), "https://artifacts.example.com/").unwrap();
    assert_eq!(
        https.artifact_url("/helmrepository/ns/n/index.yaml"),
        "https://artifacts.example.com/helmrepository/ns/n/index.yaml"
    );
    let mut moved = a.clone();
    https.set_artifact_url(&mut moved);
    assert_eq!(moved.url, format!("https://artifacts.example.com/gitrepository/flux-system/podinfo/{SHA}.tar.gz"));

    let derived = Storage::new(&StorageOptions {
        path: root.path().into(),
        address: "127.0.0.1:9090".into(),
        ..Default::default()
    })
    .unwrap();
    assert_eq!(derived.artifact_url("x"), "http://127.0.0.1:9090/x");
}

#[test]
fn archive_stores_atomically_and_verifies() {
    let root = temp();
    let src = temp();
    write_tree(src.path(), &[("deploy/app.yaml", "kind: ConfigMap\n")]);
    let s = storage(root.path());
    let new = s.new_artifact_for("GitRepository", "ns", "repo", "main@sha1:x", &format!("{SHA}.tar.gz"));
    let lock = s.lock(&new).unwrap();
    let stored = s.archive(new, src.path(), &NoFilter).unwrap();
    drop(lock);

    let local = s.local_path(&stored).unwrap();
    let bytes = fs::read(&local).unwrap();
    assert_eq!(stored.digest, Algorithm::Sha256.digest(&bytes).to_string());
    assert_eq!(stored.size, Some(bytes.len() as i64));
    assert_eq!(fs::metadata(&local).unwrap().permissions().mode() & 0o777, 0o600);
    assert!(s.artifact_exists(&stored));
    s.verify(&stored).unwrap();
    // The directory holds the artifact and its lock file, no leftover temporary file.
    let dir = local.parent().unwrap();
    assert_eq!(listing(dir), [format!("{SHA}.tar.gz"), format!("{SHA}.tar.gz.lock")]);
    assert_eq!(names(&bytes), [".", "deploy", "deploy/app.yaml"]);

    // Archiving the same tree again gives the same digest.
    let again = s.archive(stored.clone(), src.path(), &NoFilter).unwrap();
    assert_eq!(again.digest, stored.digest);

    // A tampered file no longer verifies; a missing digest is refused.
    fs::write(&local, b"tampered").unwrap();
    match s.verify(&stored) {
        Err(StorageError::DigestMismatch { expected, .. }) => assert_eq!(expected, stored.digest),
        other => panic!("expected a digest mismatch, got {other:?}"),
    }
    let mut no_digest = stored.clone();
    no_digest.digest.clear();
    assert!(matches!(s.verify(&no_digest), Err(StorageError::NoDigest { .. })));
}

#[test]
fn failed_archive_leaves_nothing_behind() {
    let root = temp();
    let s = storage(root.path());
    let new = s.new_artifact_for("GitRepository", "ns", "repo", "r", "a.tar.gz");
    let err = s.archive(new.clone(), &root.path().join("missing"), &NoFilter).unwrap_err();
    assert!(err.to_string().contains("missing"), "{err}");
    assert!(!s.artifact_exists(&new));
    let dir = root.path().join("gitrepository/ns/repo");
    assert!(!dir.exists() || listing(&dir).is_empty());
}

#[test]
fn store_bytes_copy_and_symlink() {
    let root = temp();
    let s = storage(root.path());
    let index = s.new_artifact_for("HelmRepository", "ns", "podinfo", "sha256:abc", "index-abc.yaml");
    let index = s.store_bytes(index, b"{\"apiVersion\":\"v1\"}").unwrap();
    assert_eq!(index.digest, Algorithm::Sha256.digest(b"{\"apiVersion\":\"v1\"}").to_string());
    assert_eq!(index.size, Some(19));
    s.verify(&index).unwrap();
    let url = s.symlink(&index, artifact::INDEX_SYMLINK).unwrap();
    assert_eq!(url, "http://source-controller.flux-system.svc.cluster.local./helmrepository/ns/podinfo/index.yaml");
    let link = root.path().join("helmrepository/ns/podinfo/index.yaml");
    assert_eq!(fs::read_link(&link).unwrap(), std::path::Path::new("index-abc.yaml"));
    assert_eq!(fs::read(&link).unwrap(), b"{\"apiVersion\":\"v1\"}");

    // A chart .tgz copied from a file, then the latest link moved to it.
    let src = temp();
    let chart_file = src.path().join("podinfo-6.0.0.tgz");
    fs::write(&chart_file, b"chart bytes").unwrap();
    let chart = s.new_artifact_for("HelmChart", "ns", "podinfo", "6.0.0", "podinfo-6.0.0.tgz");
    let chart = s.copy_from_path(chart, &chart_file).unwrap();
    s.symlink(&chart, LATEST_SYMLINK).unwrap();
    let chart2 = s.new_artifact_for("HelmChart", "ns", "podinfo", "6.0.1", "podinfo-6.0.1.tgz");
    let chart2 = s.store(chart2, &b"newer chart"[..]).unwrap();
    s.symlink(&chart2, LATEST_SYMLINK).unwrap();
    assert_eq!(fs::read(root.path().join("helmchart/ns/podinfo/latest.tar.gz")).unwrap(), b"newer chart");
    // A symlink is not an artifact.
    let mut latest = chart2.clone();
    latest.path = "helmchart/ns/podinfo/latest.tar.gz".into();
    assert!(!s.artifact_exists(&latest));

    // Everything but the current artifact goes; the symlink stays.
    let removed = s.remove_all_but_current(&chart2).unwrap();
    assert_eq!(removed.len(), 1);
    assert_eq!(listing(&root.path().join("helmchart/ns/podinfo")), ["latest.tar.gz", "podinfo-6.0.1.tgz"]);
}

#[test]
fn removal_of_a_deleted_object() {
    let root = temp();
    let s = storage(root.path());
    let a = s.new_artifact_for("Bucket", "ns", "b", "sha256:x", "x.tar.gz");
    let a = s.store_bytes(a, b"x").unwrap();
    let other = s.store_bytes(s.new_artifact_for("Bucket", "ns", "keep", "r", "y.tar.gz"), b"y").unwrap();
    assert_eq!(s.remove_all_for("Bucket", "ns", "b").unwrap(), Some(root.path().join("bucket/ns/b")));
    assert!(!s.artifact_exists(&a));
    assert!(s.artifact_exists(&other));
    assert_eq!(s.remove_all_for("Bucket", "ns", "b").unwrap(), None);
    assert!(s.remove_all(&other).unwrap().is_some());
}

#[test]
fn paths_cannot_leave_the_root() {
    let root = temp();
    let s = storage(&root.path().join("data"));
    let mut a = s.new_artifact_for("GitRepository", "ns", "n", "r", "a.tar.gz");
    a.path = "../../../etc/passwd".into();
    assert_eq!(s.local_path(&a).unwrap(), root.path().join("data/etc/passwd"));
    a.path = "/..".into();
    assert!(matches!(s.local_path(&a), Err(StorageError::InvalidPath(_))));
}

#[test]
fn copy_to_path_extracts_an_included_sub_path() {
    let root = temp();
    let s = storage(root.path());
    let src = temp();
    write_tree(src.path(), &[("deploy/app.yaml", "a"), ("deploy/base/svc.yaml", "s"), ("other.yaml", "o")]);
    let a =
        s.archive(s.new_artifact_for("GitRepository", "ns", "lib", "r", "a.tar.gz"), src.path(), &NoFilter).unwrap();
    let work = temp();
    let to = work.path().join("checkout/vendor/lib");
    s.copy_to_path(&a, "deploy", &to).unwrap();
    assert_eq!(listing(&to), ["app.yaml", "base", "base/svc.yaml"]);
    // The scratch directory is gone.
    assert_eq!(listing(&work.path().join("checkout/vendor")), ["lib", "lib/app.yaml", "lib/base", "lib/base/svc.yaml"]);
}

fn touch(path: &std::path::Path, modified: SystemTime) {
    fs::write(path, b"x").unwrap();
    fs::File::options().write(true).open(path).unwrap().set_modified(modified).unwrap();
}

// upstream gc_test.go TestStorage_getGarbageFiles, with explicit times instead of sleeps.
#[test]
fn garbage_files_follow_upstream_cases() {
    let now = SystemTime::UNIX_EPOCH + Duration::from_secs(1_700_000_000);
    let secs = |s: u64| Duration::from_secs(s);
    struct Case {
        files: &'static [&'static str],
        spacing: Duration,
        ttl: Duration,
        records: usize,
        want: &'static [&'static str],
    }
    let cases = [
        // delete files based on maxItemsToBeRetained (and ignore lock files)
        Case {
            files: &["a1.tar.gz", "a2.tar.gz", "a3.tar.gz", "a4.tar.gz", "a5.tar.gz"],
            spacing: Duration::from_millis(10),
            ttl: secs(120),
            records: 2,
            want: &["a1.tar.gz", "a2.tar.gz", "a3.tar.gz"],
        },
        Case {
            files: &[
                "a1.tar.gz",
                "a1.tar.gz.lock",
                "a2.tar.gz",
                "a2.tar.gz.lock",
                "a3.tar.gz",
                "a3.tar.gz.lock",
                "a4.tar.gz",
                "a5.tar.gz",
            ],
            spacing: Duration::from_millis(10),
            ttl: secs(120),
            records: 2,
            want: &["a1.tar.gz", "a2.tar.gz", "a3.tar.gz"],
        },
        // delete files based on ttl
        Case {
            files: &["a1.tar.gz", "a2.tar.gz", "a3.tar.gz", "a4.tar.gz", "a5.tar.gz"],
            spacing: secs(1),
            ttl: Duration::from_millis(3500),
            records: 4,
            want: &["a1.tar.gz", "a2.tar.gz"],
        },
        // delete files based on ttl and maxItemsToBeRetained
        Case {
            files: &["a1.tar.gz", "a2.tar.gz", "a3.tar.gz", "a4.tar.gz", "a5.tar.gz", "a6.tar.gz"],
            spacing: secs(1),
            ttl: Duration::from_millis(5500),
            records: 4,
            want: &["a1.tar.gz", "a2.tar.gz"],
        },
    ];
    for (i, case) in cases.iter().enumerate() {
        let dir = temp();
        // Created one `spacing` apart, the last one `spacing` before now, as upstream's test sleeps.
        let n = case.files.iter().filter(|f| !f.ends_with(".lock")).count() as u32;
        let mut k = 0u32;
        for f in case.files {
            if !f.ends_with(".lock") {
                k += 1;
            }
            touch(&dir.path().join(f), now - case.spacing * (n - k + 1));
        }
        let current = dir.path().join(case.files.iter().rev().find(|f| !f.ends_with(".lock")).unwrap());
        let got: Vec<String> = garbage_files(&current, case.records, case.ttl, now)
            .unwrap()
            .iter()
            .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
            .collect();
        assert_eq!(got, case.want, "case {i}");
    }
}

#[test]
fn gc_keeps_the_current_artifact_and_removes_lock_files() {
    let root = temp();
    let s = Storage::new(&StorageOptions {
        path: root.path().into(),
        advertised_address: "x".into(),
        retention_ttl: Duration::from_secs(60),
        retention_records: 2,
        ..Default::default()
    })
    .unwrap();
    let dir = root.path().join("gitrepository/ns/n");
    fs::create_dir_all(&dir).unwrap();
    let now = SystemTime::now();
    let old = now - Duration::from_secs(3600);
    // The current artifact is the oldest file: it stays anyway.
    touch(&dir.join("current.tar.gz"), old - Duration::from_secs(10));
    touch(&dir.join("a.tar.gz"), old);
    touch(&dir.join("a.tar.gz.lock"), old);
    touch(&dir.join("b.tar.gz"), now - Duration::from_secs(2));
    touch(&dir.join("c.tar.gz"), now - Duration::from_secs(1));
    touch(&dir.join(".c.tar.gz.123.tmp"), old);
    touch(&dir.join(".d.tar.gz.456.tmp"), now);
    std::os::unix::fs::symlink("current.tar.gz", dir.join(LATEST_SYMLINK)).unwrap();
    let mut current = s.new_artifact_for("GitRepository", "ns", "n", "r", "current.tar.gz");
    current.digest = String::new();
    let removed: Vec<String> = s
        .garbage_collect(&current)
        .unwrap()
        .iter()
        .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    // a: expired. The stale temp file: expired. Then 3 records remain (current, b, c) for 2 slots: b goes.
    assert_eq!(removed, [".c.tar.gz.123.tmp", "a.tar.gz", "b.tar.gz"]);
    assert_eq!(listing(&dir), [".d.tar.gz.456.tmp", "c.tar.gz", "current.tar.gz", "latest.tar.gz"]);
}

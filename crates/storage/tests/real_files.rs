//! The public API against real files in a temporary directory.

use std::collections::BTreeMap;
use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::sync::{Arc, Barrier, Mutex};
use storage::{Options, Record, StorageError, Wal};

fn put(key: &str, revision: u64, value: &[u8]) -> Record {
    Record { key: key.to_owned(), revision, value: Some(value.to_vec()) }
}

fn del(key: &str, revision: u64) -> Record {
    Record { key: key.to_owned(), revision, value: None }
}

fn live(state: &BTreeMap<String, (u64, Vec<u8>)>) -> Vec<(String, u64, Vec<u8>)> {
    state.iter().map(|(k, (r, v))| (k.clone(), *r, v.clone())).collect()
}

fn segments(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| n.starts_with("wal-"))
        .collect();
    names.sort();
    names
}

#[test]
fn write_drop_reopen_compare() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("nested/data");
    let mut state = BTreeMap::new();
    {
        let (wal, rec) = Wal::open(&dir, Options::default()).unwrap();
        assert!(rec.live.is_empty());
        for rev in 1..=300u64 {
            let key = format!("/api/v1/namespaces/ns{}/configmaps/cm", rev % 37);
            let record =
                if rev % 5 == 0 { del(&key, rev) } else { put(&key, rev, format!("{{\"rev\":{rev}}}").as_bytes()) };
            match &record.value {
                Some(v) => state.insert(key, (rev, v.clone())),
                None => state.remove(&key),
            };
            let t = wal.append(&[record]).unwrap();
            if rev % 10 == 0 {
                wal.sync(t).unwrap();
            }
        }
        // Dropped without a checkpoint or a final sync.
    }
    let (wal, rec) = Wal::open(&dir, Options::default()).unwrap();
    assert_eq!(rec.live, live(&state));
    assert_eq!(rec.last_revision, 300);

    // Checkpoint, write more, reopen.
    let mut it = state.iter().map(|(k, (r, v))| (k.as_str(), *r, v.as_slice()));
    wal.checkpoint(&mut it, 300).unwrap();
    assert_eq!(segments(&dir), ["wal-0000000000000001.log"]);
    let t = wal.append(&[del("/api/v1/namespaces/ns1/configmaps/cm", 301)]).unwrap();
    wal.sync(t).unwrap();
    state.remove("/api/v1/namespaces/ns1/configmaps/cm");
    drop(wal);
    let (_, rec) = Wal::open(&dir, Options::default()).unwrap();
    assert_eq!(rec.live, live(&state));
    assert_eq!(rec.last_revision, 301);
}

#[test]
fn files_are_private() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    let (wal, _) = Wal::open(&dir, Options::default()).unwrap();
    let t = wal.append(&[put("secret", 1, b"hunter2")]).unwrap();
    wal.sync(t).unwrap();
    wal.checkpoint(&mut [("secret", 1, &b"hunter2"[..])].into_iter(), 1).unwrap();
    let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&dir), 0o700);
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        assert_eq!(mode(&path), 0o600, "{}", path.display());
    }
}

#[test]
fn a_directory_is_opened_once() {
    let tmp = tempfile::tempdir().unwrap();
    let (_wal, _) = Wal::open(tmp.path(), Options::default()).unwrap();
    let err = Wal::open(tmp.path(), Options::default()).unwrap_err();
    assert!(matches!(err, StorageError::Locked { .. }), "{err}");
    assert!(err.to_string().contains(&tmp.path().display().to_string()));
}

#[test]
fn torn_tail_on_disk_is_cut() {
    let tmp = tempfile::tempdir().unwrap();
    {
        let (wal, _) = Wal::open(tmp.path(), Options::default()).unwrap();
        wal.sync(wal.append(&[put("a", 1, b"x")]).unwrap()).unwrap();
    }
    let seg = tmp.path().join("wal-0000000000000000.log");
    let good = std::fs::metadata(&seg).unwrap().len();
    let mut bytes = std::fs::read(&seg).unwrap();
    bytes.extend_from_slice(&[0x20, 0, 0, 0, 1, 2]);
    std::fs::write(&seg, bytes).unwrap();
    let (_wal, rec) = Wal::open(tmp.path(), Options::default()).unwrap();
    assert_eq!(rec.live, vec![("a".to_string(), 1, b"x".to_vec())]);
    assert_eq!(std::fs::metadata(&seg).unwrap().len(), good);
}

#[test]
fn damaged_snapshot_names_the_file() {
    let tmp = tempfile::tempdir().unwrap();
    {
        let (wal, _) = Wal::open(tmp.path(), Options::default()).unwrap();
        wal.checkpoint(&mut [("k", 1, &b"v"[..])].into_iter(), 1).unwrap();
    }
    let snap = tmp.path().join("snapshot");
    let mut bytes = std::fs::read(&snap).unwrap();
    let last = bytes.len() - 3;
    bytes[last] ^= 0xFF;
    std::fs::write(&snap, bytes).unwrap();
    let err = Wal::open(tmp.path(), Options::default()).unwrap_err();
    let msg = err.to_string();
    assert!(msg.starts_with("corrupt ") && msg.contains("snapshot at byte"), "{msg}");
    assert!(!msg.contains('\n'));
}

#[test]
fn concurrent_writers_share_fsyncs() {
    let tmp = tempfile::tempdir().unwrap();
    let (wal, _) = Wal::open(tmp.path(), Options::default()).unwrap();
    let wal = Arc::new(wal);
    let revision = Arc::new(Mutex::new(0u64));
    const THREADS: usize = 64;
    const WRITES: usize = 8;
    let barrier = Arc::new(Barrier::new(THREADS));
    std::thread::scope(|s| {
        for t in 0..THREADS {
            let (wal, revision, barrier) = (wal.clone(), revision.clone(), barrier.clone());
            s.spawn(move || {
                barrier.wait();
                for i in 0..WRITES {
                    let ticket = {
                        let mut rev = revision.lock().unwrap();
                        *rev += 1;
                        wal.append(&[put(&format!("/t{t}/{i}"), *rev, b"{}")]).unwrap()
                    };
                    wal.sync(ticket).unwrap();
                }
            });
        }
    });
    let stats = wal.stats();
    let writes = (THREADS * WRITES) as u64;
    assert_eq!(stats.appends, writes);
    assert!(stats.syncs < writes, "no group commit: {stats:?}");
    drop(wal);
    let (_, rec) = Wal::open(tmp.path(), Options::default()).unwrap();
    assert_eq!(rec.live.len(), THREADS * WRITES);
    assert_eq!(rec.last_revision, writes);
}

#[test]
fn bench_runs() {
    let tmp = tempfile::tempdir().unwrap();
    let report = storage::bench::run(
        &tmp.path().join("data"),
        storage::bench::BenchConfig { threads: 4, writes_per_thread: 25, value_size: 256, options: Options::default() },
    )
    .unwrap();
    assert_eq!(report.writes, 100);
    assert!(report.fsyncs <= 100);
    assert!(report.writes_per_second() > 0.0);
}

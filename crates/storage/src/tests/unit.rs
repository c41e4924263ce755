use super::memfs::MemFs;
use super::*;
use crate::frame::{self, FrameError};
use crate::recovery::segment_name;
use crate::{Options, StorageError};
use std::time::Duration;

#[test]
fn fresh_directory_is_empty() {
    let fs = MemFs::new();
    let (wal, rec) = open(&fs);
    assert_eq!(rec, Recovered::default());
    assert_eq!(wal.log_bytes(), 0);
    let files = fs.files();
    assert_eq!(files.keys().collect::<Vec<_>>(), [&segment_name(0)]);
    assert_eq!(files[&segment_name(0)], frame::log_header(0));
}

#[test]
fn writes_and_tombstones_survive_reopen() {
    let fs = MemFs::new();
    let (wal, _) = open(&fs);
    let t1 = wal.append(&[put("a", 1, b"one"), put("b", 2, b"two")]).unwrap();
    let t2 = wal.append(&[put("a", 3, b"three")]).unwrap();
    let t3 = wal.append(&[del("b", 4)]).unwrap();
    assert!(t1 < t2 && t2 < t3);
    wal.sync(t3).unwrap();
    // An earlier ticket is already covered: no further fsync.
    let syncs = wal.stats().syncs;
    wal.sync(t1).unwrap();
    assert_eq!(wal.stats().syncs, syncs);
    drop(wal);

    let (_, rec) = open(&fs);
    assert_eq!(rec.live, vec![("a".to_string(), 3, b"three".to_vec())]);
    assert_eq!(rec.last_revision, 4);
}

#[test]
fn last_revision_counts_a_trailing_delete() {
    let fs = MemFs::new();
    let (wal, _) = open(&fs);
    wal.append(&[put("k", 7, b"v")]).unwrap();
    let t = wal.append(&[del("k", 8), del("never-existed", 9)]).unwrap();
    wal.sync(t).unwrap();
    drop(wal);
    let (_, rec) = open(&fs);
    assert!(rec.live.is_empty());
    assert_eq!(rec.last_revision, 9);
}

#[test]
fn checkpoint_then_more_writes_then_recover() {
    let fs = MemFs::new();
    let (wal, _) = open(&fs);
    let mut state = State::new();
    for rev in 1..=10u64 {
        let batch = [put(&format!("k{}", rev % 4), rev, &rev.to_le_bytes())];
        apply(&mut state, &batch);
        wal.append(&batch).unwrap();
    }
    assert!(wal.log_bytes() > 0);
    checkpoint(&wal, &state, 10).unwrap();
    assert_eq!(wal.log_bytes(), 0);
    assert_eq!(wal.stats().checkpoints, 1);
    let files = fs.files();
    assert!(files.contains_key("snapshot"));
    assert!(files.contains_key(&segment_name(1)));
    assert!(!files.contains_key(&segment_name(0)), "old segment removed");

    let more = [del("k1", 11), put("k9", 12, b"nine")];
    apply(&mut state, &more);
    let t = wal.append(&more).unwrap();
    wal.sync(t).unwrap();
    drop(wal);

    let (wal, rec) = open(&fs);
    assert_eq!(state_of(&rec), state);
    assert_eq!(rec.last_revision, 12);
    // A second checkpoint with a revision gap (the server may have burned
    // revisions on failed writes) and a later reopen.
    checkpoint(&wal, &state, 20).unwrap();
    drop(wal);
    let (_, rec) = open(&fs);
    assert_eq!(state_of(&rec), state);
    assert_eq!(rec.last_revision, 20);
    assert!(fs.files().contains_key(&segment_name(2)));
}

#[test]
fn torn_tail_is_truncated_and_appends_continue() {
    let fs = MemFs::new();
    let (wal, _) = open(&fs);
    let t = wal.append(&[put("a", 1, b"x")]).unwrap();
    wal.sync(t).unwrap();
    drop(wal);
    let seg = segment_name(0);
    let good_len = fs.files()[&seg].len();
    // Half a frame, as a crash in the middle of a write leaves.
    let mut half = Vec::new();
    frame::encode_batch(&mut half, &[put("b", 2, b"lost")]).unwrap();
    let mut bytes = fs.files()[&seg].clone();
    bytes.extend_from_slice(&half[..half.len() / 2]);
    fs.put(&seg, bytes);

    let (wal, rec) = open(&fs);
    assert_eq!(rec.live, vec![("a".to_string(), 1, b"x".to_vec())]);
    assert_eq!(fs.files()[&seg].len(), good_len, "torn tail cut");
    assert_eq!(wal.log_bytes(), (good_len - frame::LOG_HEADER) as u64);
    let t = wal.append(&[put("c", 2, b"y")]).unwrap();
    wal.sync(t).unwrap();
    drop(wal);
    let (_, rec) = open(&fs);
    assert_eq!(rec.live.len(), 2);
    assert_eq!(rec.last_revision, 2);
}

#[test]
fn corrupt_record_in_last_segment_stops_replay_there() {
    let fs = MemFs::new();
    let (wal, _) = open(&fs);
    let t1 = wal.append(&[put("a", 1, b"x")]).unwrap();
    let t2 = wal.append(&[put("b", 2, b"y")]).unwrap();
    wal.sync(t2).unwrap();
    drop(wal);
    // Flip a payload byte of the second frame.
    fs.poke(&segment_name(0), frame::LOG_HEADER + t1.0 as usize + 12, 0x40);
    let (_, rec) = open(&fs);
    assert_eq!(rec.live, vec![("a".to_string(), 1, b"x".to_vec())]);
    assert_eq!(rec.last_revision, 1);
}

#[test]
fn damaged_segment_header_is_an_error() {
    // Segments are renamed into place with a durable header, so even in the
    // last segment a bad header is damage, not a torn write.
    let fs = MemFs::new();
    fs.put(&segment_name(0), frame::LOG_MAGIC[..5].to_vec());
    let err = try_open(&fs).unwrap_err();
    assert!(err.to_string().contains("bad magic"), "{err}");
    // A leftover temporary segment is removed.
    let fs = MemFs::new();
    fs.put(&format!("{}.tmp", segment_name(0)), vec![1, 2, 3]);
    let (_wal, rec) = open(&fs);
    assert_eq!(rec, Recovered::default());
    assert_eq!(fs.files().len(), 1);
}

/// Leaves a directory with the snapshot of generation 1 still pointing at
/// segment 0... i.e. segments 0 and 1 both live: a checkpoint that stopped
/// right before its rename.
fn two_live_segments() -> Arc<MemFs> {
    let fs = MemFs::new();
    let (wal, _) = open(&fs);
    let mut state = State::new();
    let batch = [put("a", 1, b"x"), put("b", 2, b"y")];
    apply(&mut state, &batch);
    wal.append(&batch).unwrap();
    // write+fsync segment (2), create+write+fsync snapshot.tmp (3),
    // create+write+fsync+rename next segment (4), fsync dir: 10 operations,
    // then the snapshot's rename fails.
    fs.crash_after(10);
    let err = checkpoint(&wal, &state, 2).unwrap_err();
    assert!(matches!(err, StorageError::Io { op: "rename to snapshot", .. }), "{err}");
    drop(wal);
    let image = fs.crash_image(&mut fastrand::Rng::with_seed(1));
    assert!(image.files().contains_key(&segment_name(1)));
    image
}

#[test]
fn checkpoint_interrupted_before_rename_keeps_old_segments() {
    let fs = two_live_segments();
    let (wal, rec) = open(&fs);
    assert_eq!(rec.live.len(), 2);
    assert_eq!(rec.last_revision, 2);
    // New writes go to the newest segment; a later checkpoint removes both.
    wal.sync(wal.append(&[put("c", 3, b"z")]).unwrap()).unwrap();
    drop(wal);
    let (wal, rec) = open(&fs);
    assert_eq!(rec.live.len(), 3);
    checkpoint(&wal, &state_of(&rec), 3).unwrap();
    let names: Vec<String> = fs.files().into_keys().collect();
    assert_eq!(names, ["snapshot", &segment_name(2)]);
}

#[test]
fn corruption_in_a_sealed_segment_is_an_error() {
    let fs = two_live_segments();
    fs.poke(&segment_name(0), frame::LOG_HEADER + 20, 0x01);
    let err = try_open(&fs).unwrap_err();
    assert!(matches!(err, StorageError::Corrupt { .. }), "{err}");
    let msg = err.to_string();
    assert!(msg.contains(&segment_name(0)) && msg.contains("sealed"), "{msg}");
}

#[test]
fn corruption_anywhere_in_the_snapshot_is_an_error() {
    let fs = MemFs::new();
    let (wal, _) = open(&fs);
    let mut state = State::new();
    for rev in 1..=3 {
        let b = [put(&format!("k{rev}"), rev, b"value")];
        apply(&mut state, &b);
        wal.append(&b).unwrap();
    }
    checkpoint(&wal, &state, 3).unwrap();
    drop(wal);
    let good = fs.files()["snapshot"].clone();
    for i in 0..good.len() {
        let mut bad = good.clone();
        bad[i] ^= 0x10;
        fs.put("snapshot", bad);
        match try_open(&fs) {
            Err(StorageError::Corrupt { path, .. }) => assert!(path.ends_with("snapshot")),
            other => panic!("flip at {i}: {other:?}"),
        }
    }
    for cut in 0..good.len() {
        fs.put("snapshot", good[..cut].to_vec());
        assert!(matches!(try_open(&fs), Err(StorageError::Corrupt { .. })), "cut at {cut}");
    }
    fs.put("snapshot", good);
    assert_eq!(state_of(&open(&fs).1), state);
}

#[test]
fn missing_files_are_errors_not_empty_state() {
    // Segments without the snapshot they continue.
    let fs = two_live_segments();
    let (wal, rec) = open(&fs);
    checkpoint(&wal, &state_of(&rec), rec.last_revision).unwrap();
    drop(wal);
    fs.delete("snapshot");
    let err = try_open(&fs).unwrap_err();
    assert!(matches!(err, StorageError::Missing { .. }), "{err}");

    // A snapshot without its segment.
    let fs = MemFs::new();
    let (wal, _) = open(&fs);
    checkpoint(&wal, &State::new(), 0).unwrap();
    drop(wal);
    fs.delete(&segment_name(1));
    assert!(matches!(try_open(&fs), Err(StorageError::Missing { .. })));

    // A gap between segments.
    let fs = two_live_segments();
    fs.put(&segment_name(3), frame::log_header(3).to_vec());
    fs.delete(&segment_name(1));
    let err = try_open(&fs).unwrap_err();
    assert!(err.to_string().contains("missing"), "{err}");
}

#[test]
fn revisions_must_not_go_backwards() {
    let fs = MemFs::new();
    let (wal, _) = open(&fs);
    wal.append(&[put("a", 5, b"x"), put("b", 5, b"same revision is fine")]).unwrap();
    let err = wal.append(&[put("c", 4, b"x")]).unwrap_err();
    assert!(matches!(err, StorageError::RevisionOrder { revision: 4, last: 5, .. }));
    let err = wal.append(&[put("c", 6, b"x"), put("d", 5, b"x")]).unwrap_err();
    assert!(matches!(err, StorageError::RevisionOrder { .. }));
    // The refused batch left nothing behind.
    let t = wal.append(&[]).unwrap();
    wal.sync(t).unwrap();
    drop(wal);
    let (wal, rec) = open(&fs);
    assert_eq!(rec.last_revision, 5);
    assert_eq!(rec.live.len(), 2);
    // After recovery the floor is the recovered revision.
    assert!(wal.append(&[put("e", 4, b"x")]).is_err());
}

#[test]
fn checkpoint_refuses_states_it_cannot_represent() {
    let fs = MemFs::new();
    let (wal, _) = open(&fs);
    wal.append(&[put("a", 5, b"x")]).unwrap();
    let state: State = [("a".to_string(), (5, b"x".to_vec()))].into();
    let err = checkpoint(&wal, &state, 4).unwrap_err();
    assert!(matches!(err, StorageError::CheckpointBehind { given: 4, appended: 5, .. }));
    let err = checkpoint(&wal, &[("a".to_string(), (9, b"x".to_vec()))].into(), 5).unwrap_err();
    assert!(matches!(err, StorageError::InvalidCheckpoint { .. }), "{err}");
    let mut dup = [("a", 5u64, &b"x"[..]), ("a", 5, &b"y"[..])].into_iter();
    let err = wal.checkpoint(&mut dup, 5).unwrap_err();
    assert!(err.to_string().contains("twice"), "{err}");
    // None of that damaged anything: the log still works.
    assert!(!fs.files().contains_key("snapshot.tmp"));
    checkpoint(&wal, &state, 5).unwrap();
    drop(wal);
    assert_eq!(state_of(&open(&fs).1), state);
}

#[test]
fn failed_fsync_poisons_the_log_until_reopen() {
    let fs = MemFs::new();
    let (wal, _) = open(&fs);
    let t = wal.append(&[put("a", 1, b"x")]).unwrap();
    fs.crash_after(1); // the write succeeds, the fsync fails
    let err = wal.sync(t).unwrap_err();
    assert!(matches!(err, StorageError::Io { op: "fsync", .. }), "{err}");
    let err = wal.append(&[put("b", 2, b"y")]).unwrap_err();
    assert!(matches!(err, StorageError::Failed { .. }), "{err}");
    assert!(err.to_string().contains("simulated power loss"), "{err}");
    assert!(matches!(wal.sync(t), Err(StorageError::Failed { .. })));
}

#[test]
fn group_commit_shares_fsyncs() {
    // A 5 ms fsync, like a slow disk: writers arriving during one fsync are
    // all covered by the next.
    let fs = MemFs::with_sync_delay(Duration::from_millis(5));
    let (wal, _) = open(&fs);
    let wal = Arc::new(wal);
    let revision = Arc::new(std::sync::Mutex::new(0u64));
    let start = Arc::new(std::sync::Barrier::new(64));
    std::thread::scope(|s| {
        for t in 0..64 {
            let (wal, revision, start) = (wal.clone(), revision.clone(), start.clone());
            s.spawn(move || {
                start.wait();
                let ticket = {
                    let mut rev = revision.lock().unwrap();
                    *rev += 1;
                    wal.append(&[put(&format!("k{t}"), *rev, b"v")]).unwrap()
                };
                wal.sync(ticket).unwrap();
            });
        }
    });
    let stats = wal.stats();
    assert_eq!(stats.appends, 64);
    assert!(stats.syncs < 64, "{stats:?}");
    assert!(stats.syncs <= 8, "expected a handful of shared fsyncs: {stats:?}");
    drop(wal);
    let (_, rec) = open(&fs);
    assert_eq!(rec.live.len(), 64);
    assert_eq!(rec.last_revision, 64);
}

#[test]
fn sync_off_writes_without_fsync() {
    let fs = MemFs::new();
    let (wal, _) = Wal::open_with(fs.clone(), Path::new(DIR), Options { sync: false }).unwrap();
    let t = wal.append(&[put("a", 1, b"x")]).unwrap();
    wal.sync(t).unwrap();
    assert_eq!(wal.stats().syncs, 0);
    // Handed to the "kernel": survives the process, not a power loss.
    assert!(fs.files()[&segment_name(0)].len() > frame::LOG_HEADER);
}

#[test]
fn large_batches_are_written_without_sync() {
    let fs = MemFs::new();
    let (wal, _) = open(&fs);
    let value = vec![7u8; 10_000];
    for rev in 1..=20 {
        wal.append(&[put("big", rev, &value)]).unwrap();
    }
    // Memory stays bounded: most of it already reached the file.
    assert!(fs.files()[&segment_name(0)].len() > 64 * 1024);
    assert!(wal.log_bytes() > 200_000);
}

#[test]
fn wal_is_shareable_across_threads() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<Wal>();
}

#[test]
fn frames_detect_every_cut_and_flip() {
    let mut buf = Vec::new();
    let records = [put("a", 1, b"hello"), del("b", 2), put("", 3, b"")];
    frame::encode_batch(&mut buf, &records).unwrap();
    let (payload, next) = frame::read_frame(&buf, 0).unwrap().unwrap();
    assert_eq!(next, buf.len());
    assert_eq!(frame::decode_batch(payload).unwrap(), records);
    assert_eq!(frame::read_frame(&buf, buf.len()), Ok(None));
    for cut in 1..buf.len() {
        assert_eq!(frame::read_frame(&buf[..cut], 0), Err(FrameError::Truncated));
    }
    for i in 0..buf.len() {
        let mut bad = buf.clone();
        bad[i] ^= 0x04;
        assert!(frame::read_frame(&bad, 0).is_err(), "flip at {i}");
    }
    let mut huge = buf.clone();
    huge[..4].copy_from_slice(&u32::MAX.to_le_bytes());
    assert!(matches!(frame::read_frame(&huge, 0), Err(FrameError::BadLength(_))));
}

#[test]
fn checksummed_nonsense_is_corruption_not_a_torn_tail() {
    // A frame whose checksum is right but whose content is not a batch.
    let mut seg = frame::log_header(0).to_vec();
    let start = frame::begin_frame(&mut seg);
    seg.extend_from_slice(&[1, 0, 0, 0, 9]); // one record of kind 9
    frame::end_frame(&mut seg, start).unwrap();
    let fs = MemFs::new();
    fs.put(&segment_name(0), seg);
    let err = try_open(&fs).unwrap_err();
    assert!(err.to_string().contains("unknown record kind 9"), "{err}");
}

#[test]
fn snapshot_round_trip() {
    let mut buf = Vec::new();
    frame::encode_snapshot_header(&mut buf, 7, 42);
    frame::encode_snapshot_entry(&mut buf, "a", 40, b"x").unwrap();
    frame::encode_snapshot_entry(&mut buf, "b", 42, b"").unwrap();
    frame::encode_snapshot_trailer(&mut buf, 2);
    let snap = frame::decode_snapshot(&buf).unwrap();
    assert_eq!((snap.generation, snap.last_revision), (7, 42));
    assert_eq!(snap.entries["a"], (40, b"x".to_vec()));
    assert_eq!(snap.entries["b"], (42, Vec::new()));
}

//! Randomised crash testing against the in-memory file system.
//!
//! The model: every batch appended since the last recovery yields a state
//! `states[k]` (after k batches). A batch is *acknowledged* once a `sync`
//! covering it, or a `checkpoint`, returned `Ok`. Since a batch is one frame,
//! recovery must produce exactly `states[k]` for some k between the number of
//! acknowledged batches and the number appended: every acknowledged write is
//! there with its value and revision, nothing that was never appended shows
//! up, and no later batch survives without the earlier ones.

use super::memfs::MemFs;
use super::*;
use crate::Ticket;
use fastrand::Rng;

/// States since the last recovery and how many of their batches are acked.
struct Model {
    /// `(state, last_revision)` after 0, 1, 2... batches.
    states: Vec<(State, u64)>,
    tickets: Vec<Ticket>,
    acked: usize,
}

impl Model {
    fn new(recovered: &Recovered) -> Model {
        Model { states: vec![(state_of(recovered), recovered.last_revision)], tickets: Vec::new(), acked: 0 }
    }

    fn current(&self) -> &(State, u64) {
        &self.states[self.states.len() - 1]
    }

    /// Which prefix `recovered` corresponds to; panics if none allowed.
    fn check(&self, recovered: &Recovered, context: &str) -> usize {
        let keys_sorted = recovered.live.windows(2).all(|w| w[0].0 < w[1].0);
        assert!(keys_sorted, "{context}: live not sorted by key");
        let got = (state_of(recovered), recovered.last_revision);
        match (self.acked..self.states.len()).find(|&k| self.states[k] == got) {
            Some(k) => k,
            None => panic!(
                "{context}: recovered {got:?}\nis not any state after {} acked of {} appended batches:\n{:#?}",
                self.acked,
                self.states.len() - 1,
                &self.states[self.acked..]
            ),
        }
    }
}

fn random_batch(rng: &mut Rng, revision: &mut u64, salt: u64) -> Vec<Record> {
    let n = 1 + rng.u64(..3);
    // Several records may share a revision (one transaction) or not.
    let shared = rng.u64(..2) == 0;
    (0..n)
        .map(|i| {
            if i == 0 || !shared {
                *revision += 1;
            }
            let key = format!("/k/{}", rng.u64(..6));
            if rng.u64(..4) == 0 {
                del(&key, *revision)
            } else {
                let len = rng.u64(..48) as usize;
                let value: Vec<u8> = (0..len).map(|j| (salt as u8) ^ (j as u8) ^ (*revision as u8)).collect();
                put(&key, *revision, &value)
            }
        })
        .collect()
}

/// Random work against `wal` until `steps` run out; the machine may stop at
/// any point, after which every call fails and nothing more is acked.
fn random_work(wal: &Wal, model: &mut Model, rng: &mut Rng, steps: u64, salt: u64) {
    let mut revision = model.current().1;
    for _ in 0..steps {
        match rng.u64(..10) {
            0..=5 => {
                let batch = random_batch(rng, &mut revision, salt);
                if let Ok(ticket) = wal.append(&batch) {
                    let mut next = model.current().clone();
                    apply(&mut next.0, &batch);
                    next.1 = revision;
                    model.states.push(next);
                    model.tickets.push(ticket);
                } else {
                    // A refused batch is not in the log; reuse its revisions
                    // to keep the model simple.
                    revision = model.current().1;
                }
            }
            6..=8 if !model.tickets.is_empty() => {
                // Usually the newest ticket, sometimes an older one.
                let back = rng.u64(..3).min(model.tickets.len() as u64 - 1) as usize;
                let i = model.tickets.len() - 1 - back;
                if wal.sync(model.tickets[i]).is_ok() {
                    model.acked = model.acked.max(i + 1);
                }
            }
            9 => {
                // Sometimes skip revisions, as a server does after failed writes.
                let (state, last) = model.current().clone();
                let at = last + rng.u64(..2);
                let result = checkpoint(wal, &state, at);
                if at != last {
                    // Even a failed checkpoint may have reached the disk (the
                    // machine stopped after its rename): the raised revision
                    // is a possible state like an unacknowledged batch.
                    model.states.push((state, at));
                    model.tickets.push(Ticket(u64::MAX));
                    revision = at;
                }
                if result.is_ok() {
                    model.acked = model.states.len() - 1;
                }
            }
            _ => {}
        }
    }
}

#[test]
fn random_crashes_never_lose_acknowledged_writes() {
    let mut unacked_survived = 0usize;
    let mut appended_lost = 0usize;
    for seed in 0..1500u64 {
        let mut rng = Rng::with_seed(seed);
        let mut fs = MemFs::new();
        let (mut wal, rec) = open(&fs);
        let mut model = Model::new(&rec);
        for round in 0..4 {
            let context = format!("seed {seed} round {round}");
            // The machine stops at a random operation (or not at all).
            fs.crash_after(1 + rng.u64(..50));
            let steps = 1 + rng.u64(..30);
            random_work(&wal, &mut model, &mut rng, steps, seed);
            fs.power_off();
            drop(wal);
            fs = fs.crash_image(&mut rng);
            let (reopened, rec) = try_open(&fs).unwrap_or_else(|e| panic!("{context}: {e}"));
            let k = model.check(&rec, &context);
            unacked_survived += usize::from(k > model.acked);
            appended_lost += usize::from(k + 1 < model.states.len());
            // Recovery is idempotent: opening again finds the same state.
            drop(reopened);
            let (again, rec_again) = open(&fs);
            assert_eq!(rec_again, rec, "{context}: second open differs");
            model = Model::new(&rec);
            wal = again;
        }
    }
    // The generator must exercise both kinds of outcome, or it proves little.
    assert!(unacked_survived > 100, "unacked writes surviving: {unacked_survived}");
    assert!(appended_lost > 100, "unacked writes lost: {appended_lost}");
}

/// Crashes a checkpoint after each of its operations in turn, and for each
/// crash point tries many crash images (torn files, partial directory
/// updates). Every image must recover to the full state (all batches were
/// synced before the checkpoint) or, when unsynced batches were pending, to a
/// state at least as new as the synced ones.
#[test]
fn crash_at_every_step_of_a_checkpoint() {
    for unsynced in [0u64, 3] {
        let mut completed = false;
        let mut crash_points = 0;
        for step in 0..64u64 {
            let fs = MemFs::new();
            let (wal, rec) = open(&fs);
            let mut model = Model::new(&rec);
            let mut rng = Rng::with_seed(step);
            // History: synced writes, a first checkpoint, more synced writes,
            // then maybe unsynced ones.
            let mut revision = 0;
            for i in 0..12u64 {
                if i == 6 {
                    let (state, last) = model.current().clone();
                    checkpoint(&wal, &state, last).unwrap();
                }
                let batch = random_batch(&mut rng, &mut revision, i);
                let ticket = wal.append(&batch).unwrap();
                wal.sync(ticket).unwrap();
                let mut next = model.current().clone();
                apply(&mut next.0, &batch);
                next.1 = revision;
                model.states.push(next);
            }
            model.acked = model.states.len() - 1;
            for i in 0..unsynced {
                let batch = random_batch(&mut rng, &mut revision, 100 + i);
                wal.append(&batch).unwrap();
                let mut next = model.current().clone();
                apply(&mut next.0, &batch);
                next.1 = revision;
                model.states.push(next);
            }

            let before = fs.ops();
            fs.crash_after(step);
            let (state, last) = model.current().clone();
            let result = checkpoint(&wal, &state, last);
            if result.is_ok() {
                // `step` exceeds the checkpoint's operations: it completed.
                assert!(fs.ops() - before <= step);
                model.acked = model.states.len() - 1;
                completed = true;
            } else {
                crash_points += 1;
            }
            fs.power_off();
            drop(wal);
            for image in 0..24u64 {
                let mut rng = Rng::with_seed(step * 1000 + image);
                let img = fs.crash_image(&mut rng);
                let context = format!("unsynced {unsynced} crash after op {step}, image {image}");
                let (wal, rec) = try_open(&img).unwrap_or_else(|e| panic!("{context}: {e}"));
                model.check(&rec, &context);
                // The recovered log takes new writes and recovers them.
                let t = wal.append(&[put("/after", rec.last_revision + 1, b"crash")]).unwrap();
                wal.sync(t).unwrap();
                drop(wal);
                let (_, again) = open(&img);
                assert_eq!(again.last_revision, rec.last_revision + 1, "{context}");
                assert!(!img.files().contains_key("snapshot.tmp"), "{context}");
            }
            if completed {
                break;
            }
        }
        assert!(completed, "checkpoint never completed within 64 operations");
        assert!(crash_points >= 8, "only {crash_points} crash points");
    }
}

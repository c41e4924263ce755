//! Tests that need the crate's internals: the in-memory fault-injecting file
//! system and the recovery paths it drives. Tests of the public API against
//! real files live in `crates/storage/tests/`.

mod fault;
mod memfs;
mod unit;

use crate::{Options, Record, Recovered, Wal};
use memfs::MemFs;
use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;

/// The in-memory file system ignores directories; any path will do.
const DIR: &str = "/data";

/// key → (revision, value), the shape of `Recovered::live`.
type State = BTreeMap<String, (u64, Vec<u8>)>;

fn put(key: &str, revision: u64, value: &[u8]) -> Record {
    Record { key: key.to_owned(), revision, value: Some(value.to_vec()) }
}

fn del(key: &str, revision: u64) -> Record {
    Record { key: key.to_owned(), revision, value: None }
}

fn open(fs: &Arc<MemFs>) -> (Wal, Recovered) {
    try_open(fs).expect("open")
}

fn try_open(fs: &Arc<MemFs>) -> Result<(Wal, Recovered), crate::StorageError> {
    Wal::open_with(fs.clone(), Path::new(DIR), Options::default())
}

fn state_of(recovered: &Recovered) -> State {
    recovered.live.iter().map(|(k, r, v)| (k.clone(), (*r, v.clone()))).collect()
}

fn apply(state: &mut State, records: &[Record]) {
    for r in records {
        match &r.value {
            Some(v) => {
                state.insert(r.key.clone(), (r.revision, v.clone()));
            }
            None => {
                state.remove(&r.key);
            }
        }
    }
}

fn checkpoint(wal: &Wal, state: &State, last_revision: u64) -> Result<(), crate::StorageError> {
    let mut live = state.iter().map(|(k, (r, v))| (k.as_str(), *r, v.as_slice()));
    wal.checkpoint(&mut live, last_revision)
}

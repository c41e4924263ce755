//! An in-memory file system that models what survives a power loss.
//!
//! Each file remembers how many of its bytes were fsynced; the directory
//! remembers which entries were made durable by a directory fsync and which
//! creations, renames and removals happened since. A crash image keeps
//! synced bytes, a random prefix of the unsynced ones (a torn write, maybe
//! with one byte flipped), and a random subset of the directory operations
//! since the last directory fsync. `crash_after(n)` makes the n+1-th mutating operation, and every
//! one after it, fail, as if the machine stopped there.

use crate::fs::{DirLock, Fs, LogFile};
use fastrand::Rng;
use std::collections::BTreeMap;
use std::io;
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// Counts mutating operations and stops them at the crash point.
#[derive(Default)]
struct Gate {
    ops: u64,
    crash_after: Option<u64>,
    crashed: bool,
}

impl Gate {
    fn step(gate: &Mutex<Gate>) -> io::Result<()> {
        let mut g = gate.lock().unwrap();
        if !g.crashed && g.crash_after.is_some_and(|n| g.ops >= n) {
            g.crashed = true;
        }
        if g.crashed {
            return Err(io::Error::other("simulated power loss"));
        }
        g.ops += 1;
        Ok(())
    }
}

#[derive(Default)]
struct Data {
    bytes: Vec<u8>,
    synced: usize,
}

pub(crate) struct MemFile {
    gate: Arc<Mutex<Gate>>,
    data: Mutex<Data>,
    sync_delay: Duration,
}

impl MemFile {
    fn new(gate: &Arc<Mutex<Gate>>, bytes: Vec<u8>, sync_delay: Duration) -> Arc<MemFile> {
        let synced = bytes.len();
        Arc::new(MemFile { gate: Arc::clone(gate), data: Mutex::new(Data { bytes, synced }), sync_delay })
    }

    /// What a power loss leaves of this file.
    fn crash_bytes(&self, rng: &mut Rng) -> Vec<u8> {
        let d = self.data.lock().unwrap();
        let unsynced = d.bytes.len() - d.synced;
        let keep = match rng.u64(..4) {
            0 => 0,
            1 => unsynced,
            _ => rng.u64(..unsynced as u64 + 1) as usize,
        };
        let mut bytes = d.bytes[..d.synced + keep].to_vec();
        if keep > 0 && rng.u64(..4) == 0 {
            let i = d.synced + rng.u64(..keep as u64) as usize;
            bytes[i] ^= 1 << rng.u64(..8);
        }
        bytes
    }
}

impl LogFile for MemFile {
    fn write_all(&self, bytes: &[u8]) -> io::Result<()> {
        Gate::step(&self.gate)?;
        self.data.lock().unwrap().bytes.extend_from_slice(bytes);
        Ok(())
    }

    fn sync(&self) -> io::Result<()> {
        Gate::step(&self.gate)?;
        // Only bytes written before the fsync started are promised durable.
        let len = self.data.lock().unwrap().bytes.len();
        if !self.sync_delay.is_zero() {
            std::thread::sleep(self.sync_delay);
        }
        let mut d = self.data.lock().unwrap();
        d.synced = d.synced.max(len);
        Ok(())
    }

    fn truncate(&self, len: u64) -> io::Result<()> {
        Gate::step(&self.gate)?;
        let mut d = self.data.lock().unwrap();
        let len = len as usize;
        d.bytes.truncate(len);
        d.synced = d.synced.min(len);
        Ok(())
    }

    fn read_all(&self) -> io::Result<Vec<u8>> {
        Ok(self.data.lock().unwrap().bytes.clone())
    }
}

enum DirOp {
    Link(String, Arc<MemFile>),
    Rename(String, String),
    Remove(String),
}

#[derive(Default)]
struct Dir {
    names: BTreeMap<String, Arc<MemFile>>,
    durable: BTreeMap<String, Arc<MemFile>>,
    pending: Vec<DirOp>,
}

fn apply(names: &mut BTreeMap<String, Arc<MemFile>>, op: &DirOp) {
    match op {
        DirOp::Link(name, file) => {
            names.insert(name.clone(), Arc::clone(file));
        }
        DirOp::Rename(from, to) => {
            if let Some(f) = names.remove(from) {
                names.insert(to.clone(), f);
            }
        }
        DirOp::Remove(name) => {
            names.remove(name);
        }
    }
}

/// One directory's worth of files; paths are reduced to their file names.
#[derive(Default)]
pub(crate) struct MemFs {
    gate: Arc<Mutex<Gate>>,
    dir: Mutex<Dir>,
    sync_delay: Duration,
}

fn name(path: &Path) -> io::Result<String> {
    path.file_name()
        .and_then(|n| n.to_str())
        .map(str::to_owned)
        .ok_or_else(|| io::Error::other("path without a file name"))
}

impl MemFs {
    pub(crate) fn new() -> Arc<MemFs> {
        Arc::new(MemFs::default())
    }

    /// File fsyncs take `delay`, like a real disk, so concurrent syncs overlap.
    pub(crate) fn with_sync_delay(delay: Duration) -> Arc<MemFs> {
        Arc::new(MemFs { sync_delay: delay, ..MemFs::default() })
    }

    /// Mutating operations performed so far.
    pub(crate) fn ops(&self) -> u64 {
        self.gate.lock().unwrap().ops
    }

    /// Lets `n` more mutating operations succeed, then stops the machine.
    pub(crate) fn crash_after(&self, n: u64) {
        let mut g = self.gate.lock().unwrap();
        g.crash_after = Some(g.ops + n);
    }

    /// Stops the machine now.
    pub(crate) fn power_off(&self) {
        self.gate.lock().unwrap().crashed = true;
    }

    /// What a reboot would find on disk.
    pub(crate) fn crash_image(&self, rng: &mut Rng) -> Arc<MemFs> {
        let dir = self.dir.lock().unwrap();
        let mut names = dir.durable.clone();
        // POSIX orders nothing between directory operations until an fsync
        // of the directory, so any subset of them may have reached the disk
        // (in their original order).
        let all = rng.u64(..3) == 0;
        for op in &dir.pending {
            if all || rng.u64(..2) == 0 {
                apply(&mut names, op);
            }
        }
        let fs = MemFs::new();
        let mut out = fs.dir.lock().unwrap();
        for (name, file) in names {
            let f = MemFile::new(&fs.gate, file.crash_bytes(rng), Duration::ZERO);
            out.names.insert(name.clone(), Arc::clone(&f));
            out.durable.insert(name, f);
        }
        drop(out);
        fs
    }

    /// File names and contents, for assertions.
    pub(crate) fn files(&self) -> BTreeMap<String, Vec<u8>> {
        let dir = self.dir.lock().unwrap();
        dir.names.iter().map(|(n, f)| (n.clone(), f.data.lock().unwrap().bytes.clone())).collect()
    }

    /// Overwrites a file's bytes in place (durably), to plant corruption.
    pub(crate) fn poke(&self, file: &str, offset: usize, xor: u8) {
        let dir = self.dir.lock().unwrap();
        let mut d = dir.names[file].data.lock().unwrap();
        d.bytes[offset] ^= xor;
    }

    /// Replaces a file's content (durably).
    pub(crate) fn put(&self, file: &str, bytes: Vec<u8>) {
        let mut dir = self.dir.lock().unwrap();
        let f = MemFile::new(&self.gate, bytes, self.sync_delay);
        dir.names.insert(file.to_owned(), Arc::clone(&f));
        dir.durable.insert(file.to_owned(), f);
    }

    /// Removes a file (durably).
    pub(crate) fn delete(&self, file: &str) {
        let mut dir = self.dir.lock().unwrap();
        dir.names.remove(file);
        dir.durable.remove(file);
    }

    fn link(&self, path: &Path) -> io::Result<Arc<dyn LogFile>> {
        let name = name(path)?;
        let file = MemFile::new(&self.gate, Vec::new(), self.sync_delay);
        let op = DirOp::Link(name, Arc::clone(&file));
        let mut dir = self.dir.lock().unwrap();
        apply(&mut dir.names, &op);
        dir.pending.push(op);
        Ok(file)
    }
}

impl Fs for MemFs {
    fn create_dir_all(&self, _dir: &Path) -> io::Result<()> {
        Ok(())
    }

    fn lock(&self, _dir: &Path) -> io::Result<Option<DirLock>> {
        Ok(Some(Box::new(())))
    }

    fn list(&self, _dir: &Path) -> io::Result<Vec<String>> {
        Ok(self.dir.lock().unwrap().names.keys().cloned().collect())
    }

    fn open(&self, path: &Path) -> io::Result<Arc<dyn LogFile>> {
        let existing = self.dir.lock().unwrap().names.get(&name(path)?).cloned();
        match existing {
            Some(f) => Ok(f),
            None => {
                Gate::step(&self.gate)?;
                self.link(path)
            }
        }
    }

    fn create(&self, path: &Path) -> io::Result<Arc<dyn LogFile>> {
        Gate::step(&self.gate)?;
        self.link(path)
    }

    fn read(&self, path: &Path) -> io::Result<Option<Vec<u8>>> {
        let dir = self.dir.lock().unwrap();
        Ok(dir.names.get(&name(path)?).map(|f| f.data.lock().unwrap().bytes.clone()))
    }

    fn rename(&self, from: &Path, to: &Path) -> io::Result<()> {
        Gate::step(&self.gate)?;
        let (from, to) = (name(from)?, name(to)?);
        let mut dir = self.dir.lock().unwrap();
        if !dir.names.contains_key(&from) {
            return Err(io::Error::from(io::ErrorKind::NotFound));
        }
        let op = DirOp::Rename(from, to);
        apply(&mut dir.names, &op);
        dir.pending.push(op);
        Ok(())
    }

    fn remove(&self, path: &Path) -> io::Result<()> {
        Gate::step(&self.gate)?;
        let op = DirOp::Remove(name(path)?);
        let mut dir = self.dir.lock().unwrap();
        apply(&mut dir.names, &op);
        dir.pending.push(op);
        Ok(())
    }

    fn sync_dir(&self, _dir: &Path) -> io::Result<()> {
        Gate::step(&self.gate)?;
        let mut dir = self.dir.lock().unwrap();
        dir.durable = dir.names.clone();
        dir.pending.clear();
        Ok(())
    }
}

//! A dependency-free throughput measurement, callable from a binary or an
//! example (`cargo run --release -p flux-rs-storage --example walbench`).
//!
//! It drives the log the way the API server does: each writer takes the
//! revision lock, appends one record, releases the lock and syncs.

use crate::{Options, Record, StorageError, Wal};
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// What to measure.
#[derive(Debug, Clone, Copy)]
pub struct BenchConfig {
    /// Concurrent writer threads.
    pub threads: usize,
    /// Append+sync rounds per thread.
    pub writes_per_thread: usize,
    /// Bytes per value (a typical Kubernetes object is 1-4 KiB of JSON).
    pub value_size: usize,
    /// Passed to [`Wal::open`].
    pub options: Options,
}

/// What was measured.
#[derive(Debug, Clone, Copy)]
pub struct BenchReport {
    /// Acknowledged writes (append followed by a returned sync).
    pub writes: u64,
    /// Wall time for all of them.
    pub elapsed: Duration,
    /// `fsync` calls the log made.
    pub fsyncs: u64,
}

impl BenchReport {
    /// Acknowledged writes per second.
    pub fn writes_per_second(&self) -> f64 {
        self.writes as f64 / self.elapsed.as_secs_f64().max(1e-9)
    }
}

/// Opens a log in `dir` (which should be empty) and runs `config` against it.
pub fn run(dir: &Path, config: BenchConfig) -> Result<BenchReport, StorageError> {
    let (wal, recovered) = Wal::open(dir, config.options)?;
    let wal = Arc::new(wal);
    // Stands in for the API server's lock that assigns revisions.
    let revision = Arc::new(Mutex::new(recovered.last_revision));
    let value = vec![b'x'; config.value_size];
    let start = Instant::now();
    let results: Vec<Result<(), StorageError>> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..config.threads.max(1))
            .map(|t| {
                let wal = Arc::clone(&wal);
                let revision = Arc::clone(&revision);
                let value = value.clone();
                scope.spawn(move || -> Result<(), StorageError> {
                    for i in 0..config.writes_per_thread {
                        let ticket = {
                            let mut rev =
                                revision.lock().map_err(|_| StorageError::Poisoned { path: dir.to_path_buf() })?;
                            *rev += 1;
                            wal.append(&[Record {
                                key: format!("/bench/{t}/{}", i % 64),
                                revision: *rev,
                                value: Some(value.clone()),
                            }])?
                        };
                        wal.sync(ticket)?;
                    }
                    Ok(())
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().unwrap_or_else(|_| Err(StorageError::Poisoned { path: dir.to_path_buf() })))
            .collect()
    });
    let elapsed = start.elapsed();
    for r in results {
        r?;
    }
    Ok(BenchReport {
        writes: (config.threads.max(1) * config.writes_per_thread) as u64,
        elapsed,
        fsyncs: wal.stats().syncs,
    })
}

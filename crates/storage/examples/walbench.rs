//! Measures acknowledged writes per second.
//!
//! `cargo run --release -p flux-rs-storage --example walbench -- [THREADS...]`
//! (default: 1 and 16 threads), in a temporary directory under $TMPDIR.

use storage::bench::{run, BenchConfig};
use storage::Options;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut threads: Vec<usize> = std::env::args().skip(1).map(|a| a.parse()).collect::<Result<_, _>>()?;
    if threads.is_empty() {
        threads = vec![1, 16];
    }
    for sync in [true, false] {
        for &t in &threads {
            let tmp = tempfile::tempdir()?;
            let writes_per_thread = if sync { 2000 / t.max(1) + 200 } else { 20_000 };
            let report = run(
                &tmp.path().join("data"),
                BenchConfig { threads: t, writes_per_thread, value_size: 1024, options: Options { sync } },
            )?;
            println!(
                "sync={sync:<5} threads={t:<3} writes={:<7} {:>9.0} writes/s  fsyncs={:<6} ({:.1} writes/fsync)",
                report.writes,
                report.writes_per_second(),
                report.fsyncs,
                report.writes as f64 / report.fsyncs.max(1) as f64,
            );
        }
    }
    Ok(())
}

//! The artifact build after a checkout, as the GitRepository controller does it: lock, load the ignore
//! rules (`.sourceignore` and the defaults, which leave `.git` out), `Storage::archive` (tar, gzip,
//! digest, atomic rename). For the clone benchmark (`benches/git-clone.sh`).
//!
//! `cargo run --release -p flux-rs-git --example archive_checkout -- <checkout> [--runs N]`
//!
//! Runs once to warm up, then RUNS times (default 5) into a fresh storage folder; prints each time,
//! the median and the minimum, and what the artifact holds.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use artifact::archive::write_archive;
use artifact::ignore::source_filter;
use artifact::Storage;

fn main() {
    let mut args = std::env::args().skip(1);
    let mut dir: Option<PathBuf> = None;
    let mut runs = 5usize;
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--runs" => {
                runs = args
                    .next()
                    .and_then(|v| v.parse().ok())
                    .filter(|n| *n > 0)
                    .unwrap_or_else(|| usage("--runs takes a number above 0"))
            }
            "-h" | "--help" => usage(""),
            flag if flag.starts_with('-') => usage(&format!("unknown flag {flag}")),
            path => dir = Some(PathBuf::from(path)),
        }
    }
    let Some(dir) = dir else { usage("the checkout folder is required") };
    let storage_root = tempfile::Builder::new()
        .prefix("flux-rs-artifact-bench-")
        .tempdir()
        .unwrap_or_else(|e| fail(&format!("creating a storage folder: {e}")));
    let storage = Storage::at(storage_root.path(), "localhost:9090").unwrap_or_else(|e| fail(&e.to_string()));

    let build = |n: usize| -> (Duration, Option<i64>) {
        let started = Instant::now();
        let new = storage.new_artifact_for(
            "GitRepository",
            "flux-system",
            "bench",
            "main@sha1:bench",
            &format!("{n}.tar.gz"),
        );
        let _lock = storage.lock(&new).unwrap_or_else(|e| fail(&format!("locking: {e}")));
        let filter = source_filter(&dir, None).unwrap_or_else(|e| fail(&format!("ignore rules: {e}")));
        let stored = storage.archive(new, &dir, &filter).unwrap_or_else(|e| fail(&format!("archiving: {e}")));
        (started.elapsed(), stored.size)
    };
    let (_, size) = build(0);
    let mut times: Vec<Duration> = (1..=runs).map(|n| build(n).0).collect();
    let ms = |d: &Duration| d.as_secs_f64() * 1000.0;
    println!("runs (ms): {}", times.iter().map(|t| format!("{:.1}", ms(t))).collect::<Vec<_>>().join(" "));
    times.sort();
    println!(
        "Storage::archive: median {:.1} ms, min {:.1} ms ({runs} runs)",
        ms(&times[times.len() / 2]),
        ms(&times[0])
    );

    let filter = source_filter(&dir, None).unwrap_or_else(|e| fail(&format!("ignore rules: {e}")));
    let (_, stats) = write_archive(&dir, &filter, std::io::sink()).unwrap_or_else(|e| fail(&format!("archiving: {e}")));
    let size = size.unwrap_or_default();
    println!(
        "artifact: {} files, {} dirs, {} KiB of content, {} KiB compressed ({:.1}x)",
        stats.files,
        stats.dirs,
        stats.content_bytes / 1024,
        size / 1024,
        stats.content_bytes as f64 / size.max(1) as f64
    );
}

fn usage(problem: &str) -> ! {
    if !problem.is_empty() {
        eprintln!("archive_checkout: {problem}");
    }
    eprintln!("usage: archive_checkout <checkout> [--runs N]");
    std::process::exit(2)
}

fn fail(message: &str) -> ! {
    eprintln!("archive_checkout: {message}");
    std::process::exit(1)
}

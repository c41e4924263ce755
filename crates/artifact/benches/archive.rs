//! Artifact build time for a generated tree of 10 000 files, and the other half of the trip (extraction).
//!
//! `cargo bench -p flux-rs-artifact --bench archive [-- FILES [RUNS]]`. Prints one line per measurement:
//! the median and the minimum of RUNS runs (default 7) after one warm-up run. The tree is written once to
//! a temporary directory (page cache warm, as a fresh checkout is): FILES files (default 10 000) of
//! manifest-like YAML of 200 to 1 200 bytes, 100 per directory, two levels deep, plus a `.git` directory
//! of 500 objects that the ignore rules leave out.

use std::fs;
use std::path::Path;
use std::time::{Duration, Instant};

use artifact::archive::{write_archive, write_tar, NoFilter};
use artifact::ignore::source_filter;
use artifact::untar::{untar, UntarOptions};
use artifact::Storage;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).filter(|a| !a.starts_with("--")).collect();
    let files: usize = args.first().and_then(|s| s.parse().ok()).unwrap_or(10_000);
    let runs: usize = args.get(1).and_then(|s| s.parse().ok()).unwrap_or(7);

    let work = tempfile::tempdir().expect("a temporary directory");
    let src = work.path().join("src");
    let content_bytes = generate(&src, files);
    println!(
        "tree: {files} files, {} KiB of content, 100 files per directory (+ .git with 500 objects)",
        content_bytes / 1024
    );

    let filter = source_filter(&src, None).expect("ignore rules");
    let (tgz, stats) = write_archive(&src, &filter, Vec::new()).expect("archive");
    println!(
        "artifact: {} files, {} dirs, {} KiB compressed ({:.1}x)",
        stats.files,
        stats.dirs,
        tgz.len() / 1024,
        stats.content_bytes as f64 / tgz.len() as f64
    );

    report("write_archive to memory, no filter", runs, || {
        write_archive(&src, &NoFilter, Vec::new()).expect("archive");
    });
    report("write_tar to memory (the same without gzip), no filter", runs, || {
        write_tar(&src, &NoFilter, Vec::new()).expect("tar");
    });
    // GNU tar and gzip -6 (zlib) over the same tree, for scale; the pipe makes tar read the files.
    let gnu = format!("tar -C '{}' -cf - . | gzip -6 | wc -c > /dev/null", src.display());
    report("for scale: GNU tar | gzip -6 over the same tree", runs, || {
        let ok = std::process::Command::new("sh").arg("-c").arg(&gnu).status().is_ok_and(|s| s.success());
        assert!(ok, "GNU tar and gzip are needed for the comparison");
    });
    report("ignore rules: load .sourceignore files + matcher", runs, || {
        source_filter(&src, None).expect("ignore rules");
    });
    let storage = Storage::at(work.path().join("storage"), "localhost:9090").expect("storage");
    report("Storage::archive with default ignore rules (temp file, sha256, rename)", runs, || {
        let new = storage.new_artifact_for("GitRepository", "ns", "bench", "main@sha1:x", "x.tar.gz");
        let _lock = storage.lock(&new).expect("lock");
        let filter = source_filter(&src, None).expect("ignore rules");
        storage.archive(new, &src, &filter).expect("archive");
    });
    // Creating 10 000 files costs what the file system charges; GNU tar on the same archive gives the
    // scale. Fewer runs: each takes seconds on a busy disk.
    let extract_runs = runs.min(3);
    let mut n = 0;
    report("untar of that artifact (includes rm -r of the result)", extract_runs, || {
        n += 1;
        let dest = work.path().join(format!("out-{n}"));
        untar(&tgz[..], &dest, &UntarOptions::default()).expect("untar");
        fs::remove_dir_all(&dest).expect("cleanup");
    });
    let artifact_file = work.path().join("artifact.tar.gz");
    fs::write(&artifact_file, &tgz).expect("write");
    report("for scale: GNU tar -xzf of the same artifact (includes rm -r)", extract_runs, || {
        n += 1;
        let dest = work.path().join(format!("out-{n}"));
        fs::create_dir(&dest).expect("mkdir");
        let cmd = format!("tar -xzf '{}' -C '{}'", artifact_file.display(), dest.display());
        let ok = std::process::Command::new("sh").arg("-c").arg(&cmd).status().is_ok_and(|s| s.success());
        assert!(ok, "GNU tar is needed for the comparison");
        fs::remove_dir_all(&dest).expect("cleanup");
    });
}

fn report(what: &str, runs: usize, mut f: impl FnMut()) {
    f();
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed()
        })
        .collect();
    times.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!("{what}: median {:.1} ms, min {:.1} ms ({runs} runs)", ms(times[times.len() / 2]), ms(times[0]));
}

/// Writes the tree and returns its content size. Content is deterministic and varied enough that gzip
/// works about as hard as on real manifests.
fn generate(root: &Path, files: usize) -> u64 {
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let mut total = 0u64;
    for i in 0..files {
        let dir = root.join(format!("apps/team-{:02}/app-{:03}", i / 1000, (i / 100) % 10));
        if i % 100 == 0 {
            fs::create_dir_all(&dir).expect("mkdir");
        }
        let mut body = format!(
            "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app-{i}\n  namespace: team-{:02}\ndata:\n",
            i / 1000
        );
        let target = 200 + (next() % 1000) as usize;
        while body.len() < target {
            let r = next();
            body.push_str(&format!("  key-{}: \"value-{:x}\"\n", r % 97, r >> 40));
        }
        total += body.len() as u64;
        fs::write(dir.join(format!("cm-{i:05}.yaml")), body).expect("write");
    }
    for i in 0..500 {
        let dir = root.join(format!(".git/objects/{:02x}", i % 256));
        fs::create_dir_all(&dir).expect("mkdir");
        fs::write(dir.join(format!("{:038x}", next())), next().to_le_bytes()).expect("write");
    }
    total
}

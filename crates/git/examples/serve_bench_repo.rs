//! Generates the clone benchmark's repository and serves it over smart HTTP (`git http-backend`).
//!
//! `cargo run --release -p flux-rs-git --example serve_bench_repo -- <root> [--files N] [--commits N]`
//!
//! Writes `<root>/bench.git` (kept and reused when it was made with the same numbers): FILES files
//! (default 10 000) of manifest-like YAML, 200 to 1 200 bytes each, 100 per directory under
//! `apps/team-NN/app-NN/`, and COMMITS commits (default 1 000) on `main`: the first adds every file, each
//! later one rewrites 20 of them. Content and dates come from fixed seeds, so the repository is the same
//! on every machine. It is built with `git fast-import` and repacked as a server would keep it.
//!
//! Then serves `<root>` with [`GitHttpServer`], prints the repository's URL on one line, and runs until
//! it is killed.

use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use fastrand::Rng;
use git::testing::{git_binary, GitHttpServer, TestRepo};

const NAME: &str = "bench.git";
/// Files a later commit rewrites.
const CHANGED_PER_COMMIT: usize = 20;
const FILES_PER_DIR: usize = 100;
/// The seed of the content and of the files each commit rewrites.
const SEED: u64 = 0x9E37_79B9_7F4A_7C15;

fn main() {
    let mut args = std::env::args().skip(1);
    let mut root: Option<PathBuf> = None;
    let (mut files, mut commits) = (10_000usize, 1_000usize);
    while let Some(arg) = args.next() {
        let mut number = |flag: &str| -> usize {
            args.next().and_then(|v| v.parse().ok()).unwrap_or_else(|| usage(&format!("{flag} takes a number")))
        };
        match arg.as_str() {
            "--files" => files = number("--files").max(1),
            "--commits" => commits = number("--commits").max(1),
            "-h" | "--help" => usage(""),
            flag if flag.starts_with('-') => usage(&format!("unknown flag {flag}")),
            path => root = Some(PathBuf::from(path)),
        }
    }
    let Some(root) = root else { usage("the root folder is required") };
    std::fs::create_dir_all(&root).unwrap_or_else(|e| fail(&format!("creating {}: {e}", root.display())));

    // The generator is part of the stamp: another one writes another repository.
    let stamp = format!("files={files} commits={commits} changed={CHANGED_PER_COMMIT} rng=fastrand-2.5/{SEED:x}\n");
    let stamp_file = root.join("bench.params");
    if std::fs::read_to_string(&stamp_file).ok().as_deref() != Some(stamp.as_str()) {
        let _ = std::fs::remove_dir_all(root.join(NAME));
        let started = std::time::Instant::now();
        generate(&root, files, commits);
        std::fs::write(&stamp_file, &stamp).unwrap_or_else(|e| fail(&format!("writing {}: {e}", stamp_file.display())));
        eprintln!("generated {NAME}: {files} files, {commits} commits in {:.1?}", started.elapsed());
    }

    let server = GitHttpServer::start(&root);
    println!("{}", server.url(NAME));
    std::io::stdout().flush().unwrap_or_else(|e| fail(&format!("writing the URL: {e}")));
    loop {
        std::thread::park();
    }
}

fn usage(problem: &str) -> ! {
    if !problem.is_empty() {
        eprintln!("serve_bench_repo: {problem}");
    }
    eprintln!("usage: serve_bench_repo <root> [--files N] [--commits N]");
    std::process::exit(2)
}

fn fail(message: &str) -> ! {
    eprintln!("serve_bench_repo: {message}");
    std::process::exit(1)
}

fn path_of(file: usize) -> String {
    let dir = file / FILES_PER_DIR;
    format!("apps/team-{:02}/app-{:02}/config-{:03}.yaml", dir / 10, dir % 10, file % FILES_PER_DIR)
}

/// A ConfigMap of 200 to 1 200 bytes whose data depends on the file and the commit.
fn manifest(file: usize, commit: usize, rng: &mut Rng) -> Vec<u8> {
    let dir = file / FILES_PER_DIR;
    let mut text = format!(
        "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: config-{file:05}\n  namespace: team-{:02}\n  labels:\n    app.kubernetes.io/name: app-{:02}\n    app.kubernetes.io/part-of: bench\ndata:\n  revision: \"{commit}\"\n",
        dir / 10,
        dir % 10
    );
    let target = 200 + rng.usize(..1_001);
    let mut key = 0;
    while text.len() < target {
        text.push_str(&format!("  key-{key:03}: \"value-{:06x}\"\n", rng.u64(..) >> 40));
        key += 1;
    }
    text.into_bytes()
}

fn generate(root: &Path, files: usize, commits: usize) {
    let repo = TestRepo::init(root, NAME);
    let mut child = Command::new(git_binary())
        .arg("--git-dir")
        .arg(repo.path())
        .args(["fast-import", "--quiet", "--done"])
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .stdin(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| fail(&format!("starting git fast-import: {e}")));
    let stdin = child.stdin.take().unwrap_or_else(|| fail("git fast-import has no stdin"));
    let mut out = BufWriter::with_capacity(1 << 20, stdin);
    let mut rng = Rng::with_seed(SEED);
    // 2026-01-01T00:00:00Z, then one commit every ten minutes.
    let start = 1_767_225_600u64;
    let write = |out: &mut BufWriter<_>, bytes: &[u8]| {
        out.write_all(bytes).unwrap_or_else(|e| fail(&format!("writing to git fast-import: {e}")))
    };
    for commit in 0..commits {
        let message = if commit == 0 {
            "Add the apps".to_string()
        } else {
            format!("Update {CHANGED_PER_COMMIT} configs ({commit})")
        };
        let head = format!(
            "commit refs/heads/main\ncommitter Flux Bench <bench@flux-rs.invalid> {} +0000\ndata {}\n{message}\n",
            start + 600 * commit as u64,
            message.len() + 1
        );
        write(&mut out, head.as_bytes());
        let changed: Vec<usize> = if commit == 0 {
            (0..files).collect()
        } else {
            (0..CHANGED_PER_COMMIT).map(|_| rng.usize(..files)).collect()
        };
        for file in changed {
            let content = manifest(file, commit, &mut rng);
            write(&mut out, format!("M 100644 inline {}\ndata {}\n", path_of(file), content.len()).as_bytes());
            write(&mut out, &content);
            write(&mut out, b"\n");
        }
        write(&mut out, b"\n");
    }
    write(&mut out, b"done\n");
    drop(out.into_inner().unwrap_or_else(|e| fail(&format!("flushing to git fast-import: {e}"))));
    let status = child.wait().unwrap_or_else(|e| fail(&format!("waiting for git fast-import: {e}")));
    if !status.success() {
        fail(&format!("git fast-import failed ({status})"));
    }
    // One pack with deltas and a bitmap, as a server keeps a repository after `git gc`.
    repo.git(&["repack", "-a", "-d", "-q", "--write-bitmap-index"]);
    repo.git(&["prune-packed"]);
}

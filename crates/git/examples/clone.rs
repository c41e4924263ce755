//! One checkout the way the GitRepository controller makes it: a branch reference, depth 1, the
//! default 60 s timeout, with [`git::checkout`]. For the clone benchmark (`benches/git-clone.sh`).
//!
//! `cargo run --release -p flux-rs-git --example clone -- <url> <dest> [--branch main] [--last-observed-revision REV]`
//!
//! `dest` must be missing or empty. With `--last-observed-revision` (`main@sha1:<hash>`, what
//! `status.artifact.revision` holds) an unchanged remote is only listed (`ls-refs`), nothing is cloned.
//! Prints the outcome and the revision on one line.

use std::path::PathBuf;

use git::{checkout, Auth, Checkout, CheckoutOptions, Reference};

fn main() {
    let mut args = std::env::args().skip(1);
    let mut positional = Vec::new();
    let mut branch = "main".to_string();
    let mut options = CheckoutOptions::default();
    while let Some(arg) = args.next() {
        let mut value = |flag: &str| args.next().unwrap_or_else(|| usage(&format!("{flag} takes a value")));
        match arg.as_str() {
            "--branch" => branch = value("--branch"),
            "--last-observed-revision" => options.last_observed_revision = Some(value("--last-observed-revision")),
            "-h" | "--help" => usage(""),
            flag if flag.starts_with('-') => usage(&format!("unknown flag {flag}")),
            _ => positional.push(arg),
        }
    }
    let [url, dest] = positional.as_slice() else { usage("a URL and a destination are required") };
    let reference = Reference::branch(&branch);
    match checkout(url, &Auth::default(), &reference, &options, &PathBuf::from(dest)) {
        Ok(Checkout::CheckedOut(commit)) => println!("checked out {}", commit.revision()),
        Ok(Checkout::Unchanged { revision, .. }) => println!("unchanged {revision}"),
        Err(e) => {
            eprintln!("clone: {e}");
            std::process::exit(1);
        }
    }
}

fn usage(problem: &str) -> ! {
    if !problem.is_empty() {
        eprintln!("clone: {problem}");
    }
    eprintln!("usage: clone <url> <dest> [--branch main] [--last-observed-revision REV]");
    std::process::exit(2)
}

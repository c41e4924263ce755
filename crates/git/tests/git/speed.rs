//! Clone speed against `git clone` over the same server (ignored by default: a measurement, not a
//! check). Run with `cargo test -p flux-rs-git --test git speed -- --ignored --nocapture`.

use std::process::Command;
use std::time::Instant;

use git::testing::{git_binary, tempdir, GitHttpServer, TestRepo};
use git::{checkout, Auth, CheckoutOptions, Reference};

#[test]
#[ignore]
fn clone_speed_against_git_clone() {
    let root = tempdir();
    let repo = TestRepo::init(root.path(), "big.git");
    // 3 000 files of ~2 KiB over 20 commits, written through a work tree for speed.
    let work = tempdir();
    let git = |args: &[&str]| {
        let out = Command::new(git_binary())
            .current_dir(work.path())
            .args(args)
            .env("GIT_CONFIG_GLOBAL", "/dev/null")
            .env("GIT_AUTHOR_NAME", "t")
            .env("GIT_AUTHOR_EMAIL", "t@t")
            .env("GIT_COMMITTER_NAME", "t")
            .env("GIT_COMMITTER_EMAIL", "t@t")
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    };
    git(&["init", "-q", "-b", "main"]);
    for round in 0..20 {
        for i in 0..3000 {
            if round == 0 || i % 20 == round {
                let dir = work.path().join(format!("d{}", i % 30));
                std::fs::create_dir_all(&dir).unwrap();
                let body: String =
                    (0..40).map(|l| format!("file {i} line {l} round {round} xxxxxxxxxxxxxxxxxxxx\n")).collect();
                std::fs::write(dir.join(format!("f{i}.yaml")), body).unwrap();
            }
        }
        git(&["add", "-A"]);
        git(&["commit", "-q", "-m", &format!("round {round}")]);
    }
    git(&["push", "-q", repo.path().to_str().unwrap(), "main"]);
    let server = GitHttpServer::start(root.path());
    let url = server.url("big.git");

    for round in 0..3 {
        let dest = tempdir();
        let started = Instant::now();
        checkout(&url, &Auth::default(), &Reference::branch("main"), &CheckoutOptions::default(), dest.path()).unwrap();
        let ours = started.elapsed();

        let dest = tempdir();
        let started = Instant::now();
        let status = Command::new(git_binary())
            .args(["clone", "-q", "--depth=1", "--single-branch", "--branch=main", "--no-tags", &url])
            .arg(dest.path().join("c"))
            .env("GIT_CONFIG_GLOBAL", "/dev/null")
            .status()
            .unwrap();
        assert!(status.success());
        let theirs = started.elapsed();
        println!("round {round}: flux-rs-git {ours:?}, git clone --depth=1 {theirs:?}");
    }
}

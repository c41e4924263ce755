//! `git::serve::Server`, the smart HTTP server `flux-rs run --sync` serves its repository with: clones
//! through it with gix and the git command line, refuses pushes unless told, and stops at once.

use std::io::Write;
use std::net::{SocketAddr, TcpStream};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use git::commit::{commit_directory, init_bare, CommitOptions, Signature};
use git::serve::{Observer, ServeOptions, Server};
use git::{checkout, Auth, Checkout, CheckoutOptions, Reference};

use super::push_support::git;

fn loopback() -> SocketAddr {
    SocketAddr::from(([127, 0, 0, 1], 0))
}

#[test]
fn serves_a_repository_made_from_a_directory_and_stops() {
    let root = tempfile::tempdir().unwrap();
    let repos = root.path().join("repos");
    let dir = root.path().join("manifests");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("cm.yaml"), "kind: ConfigMap\n").unwrap();
    init_bare(&repos.join("app.git"), "main").unwrap();
    let options = CommitOptions::new(Signature::new("flux-rs", "flux-rs@localhost"), "sync");
    let head = commit_directory(&repos.join("app.git"), "main", &dir, &options).unwrap().unwrap();

    let paths = Arc::new(Mutex::new(Vec::new()));
    let seen = paths.clone();
    let observer: Observer =
        Arc::new(move |r| seen.lock().unwrap().push(format!("{} {} {}", r.method, r.path, r.status)));
    let server = Server::start(&repos, loopback(), ServeOptions { observer: Some(observer), ..Default::default() })
        .expect("the server starts");
    let url = server.url("app.git");
    assert!(url.starts_with("http://127.0.0.1:") && url.ends_with("/app.git"), "{url}");

    let reference = Reference { branch: Some("main".into()), ..Default::default() };
    let dest = root.path().join("checkout");
    let Checkout::CheckedOut(commit) =
        checkout(&url, &Auth::default(), &reference, &CheckoutOptions::default(), &dest).expect("clone over HTTP")
    else {
        panic!("a fresh clone is never unchanged")
    };
    assert_eq!(commit.hash.to_string(), head.to_string());
    assert_eq!(std::fs::read_to_string(dest.join("cm.yaml")).unwrap(), "kind: ConfigMap\n");
    assert!(paths.lock().unwrap().iter().any(|p| p.starts_with("GET /app.git/info/refs 200")), "{paths:?}");

    // Pushes are refused unless receive_pack is set.
    let work = root.path().join("work");
    git(root.path(), &["clone", "-q", &url, work.to_str().unwrap()]);
    std::fs::write(work.join("new.yaml"), "kind: Secret\n").unwrap();
    git(&work, &["add", "-A"]);
    git(&work, &["commit", "-q", "-m", "push"]);
    let push = std::process::Command::new("git").arg("-C").arg(&work).args(["push", "-q", "origin", "main"]).output();
    assert!(!push.unwrap().status.success(), "a read-only server accepted a push");

    // A client that never finishes its request does not hold the shutdown.
    let addr = server.addr();
    let mut idle = TcpStream::connect(addr).unwrap();
    idle.write_all(b"GET /app.git/info/refs HTTP/1.1\r\n").unwrap();
    std::thread::sleep(Duration::from_millis(50));
    let started = Instant::now();
    server.shutdown();
    assert!(started.elapsed() < Duration::from_secs(3), "shutting down took {:?}", started.elapsed());
    assert!(TcpStream::connect_timeout(&addr, Duration::from_millis(500)).is_err(), "still listening after shutdown");
}

#[test]
fn a_missing_root_is_one_line() {
    let root = tempfile::tempdir().unwrap();
    let err = Server::start(&root.path().join("absent"), loopback(), ServeOptions::default()).unwrap_err();
    let text = err.to_string();
    assert!(text.starts_with("cannot serve ") && text.contains("absent") && !text.contains('\n'), "{text}");
}

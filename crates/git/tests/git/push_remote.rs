//! Push over HTTP(S) (`git http-backend` with basic auth, bearer token, a private CA) and SSH (OpenSSH
//! `sshd`, strict host keys), and the host-key scan, against the crate's test servers.

use std::time::Duration;

use super::auth::ssh_auth;
use super::push_support::*;
use git::auth::{Auth, Basic};
use git::push::{push_branches, BranchUpdate, PushError, PushOutcome, DEFAULT_TIMEOUT};
use git::testing::{GitHttpServer, HttpAuth, HttpServerOptions, Sshd};

fn pb(repo: &std::path::Path, url: &str, auth: &Auth) -> Result<PushOutcome, PushError> {
    let main = BranchUpdate { local: "main".into(), remote: "main".into(), force: false };
    push_branches(repo, url, auth, &[main], DEFAULT_TIMEOUT)
}

/// Pushes a new branch then a one-file change, checking the remote after each.
fn push_twice(remote: &std::path::Path, work: &std::path::Path, url: &str, auth: &Auth) {
    pb(work, url, auth).unwrap();
    assert_eq!(rev(remote, "refs/heads/main"), rev(work, "main"));
    fsck(remote);
    std::fs::write(work.join("dir2/sub/file2.txt"), "changed\n").unwrap();
    git(work, &["commit", "-q", "-am", "one change"]);
    let outcome = pb(work, url, auth).unwrap();
    assert_eq!(outcome.objects, 5, "only the new commit's objects");
    assert_eq!(rev(remote, "refs/heads/main"), rev(work, "main"));
    fsck(remote);
    assert_eq!(git(remote, &["log", "-1", "--format=%s", "main"]), "one change");
}

#[test]
fn https_with_basic_auth_and_a_private_ca() {
    let root = tempfile::tempdir().unwrap();
    let remote = bare(root.path(), "app.git");
    let server = GitHttpServer::start_with(
        root.path(),
        HttpServerOptions {
            auth: HttpAuth::Basic { username: "flux".into(), password: "s3cret".into() },
            tls: true,
            receive_pack: true,
        },
    );
    let url = server.url("app.git");
    let work = work(root.path(), "work", 20);
    let auth = Auth {
        basic: Some(Basic { username: "flux".into(), password: "s3cret".into() }),
        ca_pem: server.ca_pem().map(|c| c.as_bytes().to_vec()),
        ..Auth::default()
    };
    push_twice(&remote, &work, &url, &auth);

    let wrong = Auth { basic: Some(Basic { username: "flux".into(), password: "nope".into() }), ..auth.clone() };
    let err = pb(&work, &url, &wrong).unwrap_err();
    assert!(matches!(err, PushError::Transport(git::Error::AuthenticationFailed { .. })), "{err:?}");
    assert!(!err.to_string().contains("nope"), "{err}");
    let no_ca = Auth { ca_pem: None, ..auth };
    let err = pb(&work, &url, &no_ca).unwrap_err();
    assert!(matches!(err, PushError::Transport(git::Error::Tls { .. })), "{err:?}");
}

#[test]
fn http_with_bearer_token_and_hook_rejection() {
    let root = tempfile::tempdir().unwrap();
    let remote = bare(root.path(), "app.git");
    let server = GitHttpServer::start_with(
        root.path(),
        HttpServerOptions { auth: HttpAuth::Bearer("t0ken".into()), tls: false, receive_pack: true },
    );
    let url = server.url("app.git");
    let work = work(root.path(), "work", 5);
    let auth = Auth { bearer_token: Some("t0ken".into()), ..Auth::default() };
    push_twice(&remote, &work, &url, &auth);

    hook(&remote, "pre-receive", "echo 'frozen: release in progress' >&2; exit 1");
    std::fs::write(work.join("late.txt"), "late\n").unwrap();
    git(&work, &["add", "-A"]);
    git(&work, &["commit", "-q", "-m", "late"]);
    let before = rev(&remote, "refs/heads/main");
    match pb(&work, &url, &auth).unwrap_err() {
        PushError::HookRejected { reference, output, .. } => {
            assert_eq!(reference, "refs/heads/main");
            assert!(output.contains("frozen: release in progress"), "{output}");
        }
        other => panic!("expected a hook rejection, got {other:?}"),
    }
    assert_eq!(rev(&remote, "refs/heads/main"), before);
    fsck(&remote);
}

#[test]
fn ssh_push_with_a_known_host_key() {
    let root = tempfile::tempdir().unwrap();
    let remote = bare(root.path(), "app.git");
    let sshd = Sshd::start(root.path());
    let url = sshd.url("app.git");
    let work = work(root.path(), "work", 10);
    push_twice(&remote, &work, &url, &ssh_auth(&sshd, sshd.known_hosts()));

    // The scanned host key is the server's, as known_hosts says it.
    let host = format!("127.0.0.1:{}", sshd.addr().port());
    let scanned = git::keys::scan_host_key(&host, Duration::from_secs(10)).unwrap();
    let expected = sshd.known_hosts();
    let expected: Vec<&str> = expected.split_whitespace().take(3).collect();
    assert_eq!(scanned.split_whitespace().collect::<Vec<_>>(), expected, "{scanned}");
    // And works as known_hosts for a push.
    std::fs::write(work.join("scan.txt"), "scan\n").unwrap();
    git(&work, &["add", "-A"]);
    git(&work, &["commit", "-q", "-m", "scan"]);
    pb(&work, &url, &ssh_auth(&sshd, scanned)).unwrap();
    assert_eq!(rev(&remote, "refs/heads/main"), rev(&work, "main"));
}

#[test]
fn ssh_push_refuses_an_unknown_host_key() {
    let root = tempfile::tempdir().unwrap();
    let remote = bare(root.path(), "app.git");
    let sshd = Sshd::start(root.path());
    let work = work(root.path(), "work", 1);
    let other = git::keys::generate(git::keys::KeyAlgorithm::Ed25519).unwrap();
    let wrong = format!("[127.0.0.1]:{} {}", sshd.addr().port(), other.public_key.trim());
    let err = pb(&work, &sshd.url("app.git"), &ssh_auth(&sshd, wrong)).unwrap_err();
    assert!(matches!(err, PushError::Transport(git::Error::UnknownHostKey { .. })), "{err:?}");
    assert!(git(&remote, &["for-each-ref"]).is_empty());
}

#[test]
fn scanning_a_closed_port_fails() {
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let err = git::keys::scan_host_key(&format!("127.0.0.1:{port}"), Duration::from_secs(5)).unwrap_err();
    assert_eq!(
        err.to_string(),
        format!("SSH key scan for host 127.0.0.1:{port} failed, error: dial tcp 127.0.0.1:{port}: connect: connection refused")
    );
}

/// The whole image-automation round trip with this crate only: a shallow checkout over SSH, a commit of
/// changed files in the work tree, a push back over SSH.
#[test]
fn checkout_commit_push_over_ssh() {
    use git::commit::{commit_worktree, CommitOptions, Signature};
    let root = tempfile::tempdir().unwrap();
    let remote = bare(root.path(), "app.git");
    let sshd = Sshd::start(root.path());
    let url = sshd.url("app.git");
    let auth = ssh_auth(&sshd, sshd.known_hosts());
    let seed = work(root.path(), "seed", 12);
    pb(&seed, &url, &auth).unwrap();

    let checkout_dir = root.path().join("checkout");
    let reference = git::Reference { branch: Some("main".into()), ..Default::default() };
    git::checkout(&url, &auth, &reference, &git::CheckoutOptions::default(), &checkout_dir).unwrap();
    std::fs::write(checkout_dir.join("dir3/sub/file3.txt"), "image: app:v2\n").unwrap();
    let options = CommitOptions::new(Signature::new("Flux", "flux@example.com"), "Update app to v2");
    let id = commit_worktree(&checkout_dir, "main", &options).unwrap().expect("a change to commit");
    let outcome = pb(&checkout_dir, &url, &auth).unwrap();
    assert_eq!(outcome.objects, 5);
    assert_eq!(rev(&remote, "refs/heads/main"), id.to_string());
    assert_eq!(git(&remote, &["show", "main:dir3/sub/file3.txt"]), "image: app:v2");
    assert_eq!(git(&remote, &["rev-list", "--count", "main"]), "13");
    fsck(&remote);
}

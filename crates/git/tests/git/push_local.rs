//! Push over `file://` and `git://` (a real `git-receive-pack`, a real `git daemon`), checked with `git fsck`.

use super::push_support::*;
use git::auth::Auth;
use git::push::{push_branches, BranchUpdate, PushError, PushOutcome, RefUpdate, DEFAULT_TIMEOUT};

fn pb(repo: &std::path::Path, url: &str, auth: &Auth, branches: &[BranchUpdate]) -> Result<PushOutcome, PushError> {
    push_branches(repo, url, auth, branches, DEFAULT_TIMEOUT)
}

fn branch(local: &str) -> BranchUpdate {
    BranchUpdate { local: local.into(), remote: local.into(), force: false }
}

fn pushes_and_updates(url_of: impl Fn(&str) -> String, root: &std::path::Path) {
    let remote = bare(root, "remote.git");
    let work = work(root, "work", 60);
    let url = url_of("remote.git");

    // A new branch in an empty repository: the whole history.
    let outcome = pb(&work, &url, &Auth::default(), &[branch("main")]).unwrap();
    assert_eq!(rev(&remote, "refs/heads/main"), rev(&work, "main"));
    assert_eq!(outcome.updated.len(), 1);
    assert!(outcome.updated[0].1.is_none(), "created");
    let full = outcome.objects;
    fsck(&remote);
    assert_eq!(git(&remote, &["rev-list", "--count", "main"]), "60");

    // One more file change: only the commit, the trees on its path and the blob.
    std::fs::write(work.join("dir1/sub/file5.txt"), "changed\n").unwrap();
    git(&work, &["commit", "-q", "-am", "one change"]);
    let outcome = pb(&work, &url, &Auth::default(), &[branch("main")]).unwrap();
    assert_eq!(outcome.objects, 5, "commit + root tree + dir1 + dir1/sub + blob, of {full} in all");
    assert!(outcome.pack_bytes < 2000, "pack of {} bytes", outcome.pack_bytes);
    assert_eq!(rev(&remote, "refs/heads/main"), rev(&work, "main"));
    fsck(&remote);
    assert_eq!(git(&remote, &["log", "-1", "--format=%s", "main"]), "one change");

    // Nothing to do: up to date, no pack.
    let outcome = pb(&work, &url, &Auth::default(), &[branch("main")]).unwrap();
    assert_eq!(outcome.up_to_date, ["refs/heads/main"]);
    assert_eq!(outcome.objects, 0);

    // A second branch leaves main alone, and sends only its new commit.
    git(&work, &["checkout", "-q", "-b", "feature"]);
    std::fs::write(work.join("new.txt"), "new\n").unwrap();
    git(&work, &["add", "new.txt"]);
    git(&work, &["commit", "-q", "-m", "feature"]);
    let main_before = rev(&remote, "refs/heads/main");
    let outcome = pb(&work, &url, &Auth::default(), &[branch("feature")]).unwrap();
    assert_eq!(outcome.objects, 3, "commit + root tree + blob");
    assert_eq!(rev(&remote, "refs/heads/main"), main_before);
    assert_eq!(rev(&remote, "refs/heads/feature"), rev(&work, "feature"));
    fsck(&remote);

    // A new branch at a commit the remote has: an empty pack.
    let at_main = BranchUpdate { local: "main".into(), remote: "release".into(), force: false };
    let outcome = pb(&work, &url, &Auth::default(), &[at_main]).unwrap();
    assert_eq!(outcome.objects, 0);
    assert_eq!(rev(&remote, "refs/heads/release"), rev(&work, "main"));
    git::push::push(
        &work,
        &url,
        &Auth::default(),
        &[RefUpdate { remote_ref: "refs/heads/release".into(), new: None, force: false }],
        DEFAULT_TIMEOUT,
    )
    .unwrap();

    // Deleting is explicit, and deletes only that ref.
    git::push::push(
        &work,
        &url,
        &Auth::default(),
        &[RefUpdate { remote_ref: "refs/heads/feature".into(), new: None, force: false }],
        DEFAULT_TIMEOUT,
    )
    .unwrap();
    assert_eq!(git(&remote, &["for-each-ref", "--format=%(refname)"]), "refs/heads/main");
    fsck(&remote);
}

#[test]
fn file_push_sends_only_missing_objects() {
    let root = tempfile::tempdir().unwrap();
    let base = root.path().to_path_buf();
    pushes_and_updates(|name| file_url(&base.join(name)), root.path());
}

#[test]
fn git_daemon_push_sends_only_missing_objects() {
    let root = tempfile::tempdir().unwrap();
    let daemon = git::testing::GitDaemon::start_with_push(root.path());
    pushes_and_updates(|name| daemon.url(name), root.path());
}

#[test]
fn non_fast_forward_is_refused_before_sending() {
    let root = tempfile::tempdir().unwrap();
    let remote = bare(root.path(), "remote.git");
    let url = file_url(&remote);
    let first = work(root.path(), "first", 3);
    pb(&first, &url, &Auth::default(), &[branch("main")]).unwrap();
    // Another writer pushed a commit this clone does not have.
    let other = root.path().join("other");
    git(root.path(), &["clone", "-q", &url, other.to_str().unwrap()]);
    std::fs::write(other.join("theirs.txt"), "theirs\n").unwrap();
    git(&other, &["add", "-A"]);
    git(&other, &["commit", "-q", "-m", "theirs"]);
    pb(&other, &url, &Auth::default(), &[branch("main")]).unwrap();
    let theirs = rev(&remote, "refs/heads/main");

    std::fs::write(first.join("mine.txt"), "mine\n").unwrap();
    git(&first, &["add", "-A"]);
    git(&first, &["commit", "-q", "-m", "mine"]);
    let err = pb(&first, &url, &Auth::default(), &[branch("main")]).unwrap_err();
    assert!(matches!(err, PushError::NonFastForward { ref reference, .. } if reference == "refs/heads/main"), "{err}");
    assert_eq!(rev(&remote, "refs/heads/main"), theirs, "their commit is not lost");

    // Forced, it replaces the branch.
    let forced = BranchUpdate { force: true, ..branch("main") };
    pb(&first, &url, &Auth::default(), &[forced]).unwrap();
    assert_eq!(rev(&remote, "refs/heads/main"), rev(&first, "main"));
    fsck(&remote);
}

#[test]
fn concurrent_push_is_a_non_fast_forward() {
    let root = tempfile::tempdir().unwrap();
    let remote = bare(root.path(), "remote.git");
    let url = file_url(&remote);
    let work = work(root.path(), "work", 2);
    pb(&work, &url, &Auth::default(), &[branch("main")]).unwrap();
    // Someone else's commit, already in the remote under another ref.
    git(&work, &["checkout", "-q", "-b", "other"]);
    std::fs::write(work.join("other.txt"), "other\n").unwrap();
    git(&work, &["add", "-A"]);
    git(&work, &["commit", "-q", "-m", "other"]);
    pb(&work, &url, &Auth::default(), &[branch("other")]).unwrap();
    let theirs = rev(&remote, "refs/heads/other");
    // The other push lands between our handshake and our update: the hook moves main behind our back.
    hook(
        &remote,
        "pre-receive",
        &format!(
            "env -u GIT_QUARANTINE_PATH -u GIT_OBJECT_DIRECTORY -u GIT_ALTERNATE_OBJECT_DIRECTORIES \
             git update-ref refs/heads/main {theirs}"
        ),
    );
    git(&work, &["checkout", "-q", "main"]);
    std::fs::write(work.join("mine.txt"), "mine\n").unwrap();
    git(&work, &["add", "-A"]);
    git(&work, &["commit", "-q", "-m", "mine"]);
    let err = pb(&work, &url, &Auth::default(), &[branch("main")]).unwrap_err();
    assert!(matches!(err, PushError::NonFastForward { .. }), "{err:?}");
    assert_eq!(rev(&remote, "refs/heads/main"), theirs, "the concurrent push is kept");
    fsck(&remote);
}

#[test]
fn hook_rejection_carries_the_hooks_message() {
    let root = tempfile::tempdir().unwrap();
    let remote = bare(root.path(), "remote.git");
    hook(&remote, "pre-receive", "echo 'pushes to main are closed today' >&2; exit 1");
    let work = work(root.path(), "work", 2);
    let err = pb(&work, &file_url(&remote), &Auth::default(), &[branch("main")]).unwrap_err();
    match err {
        PushError::HookRejected { reference, reason, output } => {
            assert_eq!(reference, "refs/heads/main");
            assert!(reason.contains("pre-receive hook declined"), "{reason}");
            assert!(output.contains("pushes to main are closed today"), "{output}");
        }
        other => panic!("expected a hook rejection, got {other:?}"),
    }
    assert!(git(&remote, &["for-each-ref"]).is_empty(), "nothing updated");
}

#[test]
fn hook_rejection_over_git_daemon() {
    let root = tempfile::tempdir().unwrap();
    let remote = bare(root.path(), "remote.git");
    hook(&remote, "update", "echo \"no updates to $1\" >&2; exit 1");
    let daemon = git::testing::GitDaemon::start_with_push(root.path());
    let work = work(root.path(), "work", 1);
    let err = pb(&work, &daemon.url("remote.git"), &Auth::default(), &[branch("main")]).unwrap_err();
    assert!(
        matches!(err, PushError::HookRejected { ref output, .. } if output.contains("no updates to refs/heads/main")),
        "{err:?}"
    );
}

#[test]
fn missing_local_branch_is_an_error() {
    let root = tempfile::tempdir().unwrap();
    let remote = bare(root.path(), "remote.git");
    let work = work(root.path(), "work", 1);
    let err = pb(&work, &file_url(&remote), &Auth::default(), &[branch("nope")]).unwrap_err();
    assert!(matches!(err, PushError::LocalRefNotFound(_)), "{err:?}");
}

#[test]
fn a_silent_server_times_out() {
    let root = tempfile::tempdir().unwrap();
    let work = work(root.path(), "work", 1);
    // Accepts connections and never answers.
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let _keep = std::thread::spawn(move || {
        let mut held = Vec::new();
        while let Ok((stream, _)) = listener.accept() {
            held.push(stream);
        }
    });
    let started = std::time::Instant::now();
    let main = BranchUpdate { local: "main".into(), remote: "main".into(), force: false };
    let url = format!("git://127.0.0.1:{port}/app.git");
    let err = push_branches(&work, &url, &Auth::default(), &[main], std::time::Duration::from_secs(2)).unwrap_err();
    assert!(matches!(err, PushError::Transport(git::Error::Timeout { .. })), "{err:?}");
    assert!(started.elapsed() < std::time::Duration::from_secs(10));
    let bad = push_branches(&work, "ftp://example.com/x", &Auth::default(), &[branch("main")], DEFAULT_TIMEOUT);
    assert!(matches!(bad, Err(PushError::Transport(git::Error::InvalidUrl { .. }))), "{bad:?}");
}

/// Image automation's path: a depth-1 clone, a commit made with this crate, pushed back.
#[test]
fn shallow_clone_commit_and_push() {
    use git::commit::{commit_changes, Change, CommitOptions, Signature};
    let root = tempfile::tempdir().unwrap();
    let remote = bare(root.path(), "remote.git");
    let url = file_url(&remote);
    let seed = work(root.path(), "seed", 30);
    pb(&seed, &url, &Auth::default(), &[branch("main")]).unwrap();

    let shallow = root.path().join("shallow");
    git(root.path(), &["clone", "-q", "--depth", "1", "--branch", "main", &url, shallow.to_str().unwrap()]);
    assert_eq!(git(&shallow, &["rev-list", "--count", "HEAD"]), "1");
    let options = CommitOptions::new(Signature::new("Flux", "flux@example.com"), "Update image");
    commit_changes(&shallow, "main", &[Change::write("dir0/sub/file0.txt", "image: app:v2\n")], &options)
        .unwrap()
        .unwrap();
    let outcome = pb(&shallow, &url, &Auth::default(), &[branch("main")]).unwrap();
    assert_eq!(outcome.objects, 5);
    assert_eq!(rev(&remote, "refs/heads/main"), rev(&shallow, "main"));
    assert_eq!(git(&remote, &["rev-list", "--count", "main"]), "31");
    fsck(&remote);
}

#[test]
fn annotated_tags_are_pushed_with_their_commit() {
    let root = tempfile::tempdir().unwrap();
    let remote = bare(root.path(), "remote.git");
    let url = file_url(&remote);
    let work = work(root.path(), "work", 3);
    pb(&work, &url, &Auth::default(), &[branch("main")]).unwrap();
    std::fs::write(work.join("release.txt"), "v1\n").unwrap();
    git(&work, &["add", "-A"]);
    git(&work, &["commit", "-q", "-m", "release"]);
    git(&work, &["tag", "-a", "v1.0.0", "-m", "v1.0.0"]);
    let tag = oid(&rev(&work, "refs/tags/v1.0.0"));
    let update = RefUpdate { remote_ref: "refs/tags/v1.0.0".into(), new: Some(tag), force: false };
    let outcome = git::push::push(&work, &url, &Auth::default(), &[update], DEFAULT_TIMEOUT).unwrap();
    assert_eq!(outcome.objects, 4, "tag, commit, root tree, blob");
    assert_eq!(rev(&remote, "refs/tags/v1.0.0"), tag.to_string());
    assert_eq!(git(&remote, &["cat-file", "-t", "v1.0.0"]), "tag");
    fsck(&remote);
}

/// A long history (5000 commits over 1000 files, made with `git fast-import`): after the first push, a
/// one-file change sends 5 small objects, quickly.
#[test]
fn one_change_on_a_long_history_sends_a_small_pack() {
    use std::io::Write;
    let root = tempfile::tempdir().unwrap();
    let remote = bare(root.path(), "remote.git");
    let url = file_url(&remote);
    let work = root.path().join("work");
    std::fs::create_dir_all(&work).unwrap();
    git(&work, &["init", "-q"]);
    let mut stream = String::new();
    for i in 0..5000 {
        let content = format!("revision {i}\n");
        stream.push_str(&format!(
            "commit refs/heads/main\ncommitter T <t@example.com> {} +0000\ndata 3\nc{}\n",
            1_600_000_000 + i,
            i % 10
        ));
        if i == 0 {
            for f in 0..1000 {
                let body = format!("file {f}\n");
                stream.push_str(&format!(
                    "M 644 inline d{}/e{}/f{f}.txt\ndata {}\n{body}\n",
                    f % 10,
                    f % 7,
                    body.len()
                ));
            }
        } else {
            let f = (i * 7) % 1000;
            stream.push_str(&format!(
                "M 644 inline d{}/e{}/f{f}.txt\ndata {}\n{content}\n",
                f % 10,
                f % 7,
                content.len()
            ));
        }
    }
    let mut child = std::process::Command::new("git")
        .arg("-C")
        .arg(&work)
        .args(["fast-import", "--quiet"])
        .stdin(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(stream.as_bytes()).unwrap();
    assert!(child.wait().unwrap().success());
    git(&work, &["checkout", "-q", "-f", "main"]);
    pb(&work, &url, &Auth::default(), &[branch("main")]).unwrap();
    fsck(&remote);

    std::fs::write(work.join("d3/e4/f53.txt"), "image: app:v2\n").unwrap();
    git(&work, &["commit", "-q", "-am", "one change"]);
    let started = std::time::Instant::now();
    let outcome = pb(&work, &url, &Auth::default(), &[branch("main")]).unwrap();
    let took = started.elapsed();
    eprintln!("one-file push on 5000 commits: {} objects, {} bytes, {took:?}", outcome.objects, outcome.pack_bytes);
    assert_eq!(outcome.objects, 5, "commit, root tree, d3, d3/e4, blob");
    assert!(outcome.pack_bytes < 2_000, "{} bytes", outcome.pack_bytes);
    assert!(took < std::time::Duration::from_secs(10), "{took:?}");
    assert_eq!(rev(&remote, "refs/heads/main"), rev(&work, "main"));
    assert_eq!(git(&remote, &["rev-list", "--count", "main"]), "5001");
    fsck(&remote);
}

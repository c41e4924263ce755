//! The test servers themselves, driven by the `git` command line.

use std::path::Path;
use std::process::Command;

use git::testing::{
    git_binary, tempdir, FileChange, GitDaemon, GitHttpServer, HttpAuth, HttpProxy, HttpServerOptions, Sshd, TestRepo,
};

/// Runs the git CLI with no user or system configuration; (success, stdout, stderr).
fn git_cli(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> (bool, String, String) {
    let mut cmd = Command::new(git_binary());
    cmd.current_dir(dir)
        .args(args)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_TERMINAL_PROMPT", "0")
        .env("GIT_ASKPASS", "/bin/false");
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd.output().expect("run git");
    (out.status.success(), String::from_utf8_lossy(&out.stdout).into(), String::from_utf8_lossy(&out.stderr).into())
}

fn sample(root: &Path) -> (TestRepo, String) {
    let repo = TestRepo::init(root, "app.git");
    let head = repo.commit("main", &[("README.md", "hello\n"), ("deploy/app.yaml", "kind: App\n")], "first");
    (repo, head)
}

/// `git ls-remote <url>` prints `<hash>\trefs/heads/main`.
fn assert_ls_remote(url: &str, head: &str, env: &[(&str, &str)]) {
    let dir = tempdir();
    let (ok, out, err) = git_cli(dir.path(), &["ls-remote", url], env);
    assert!(ok, "ls-remote {url}: {err}");
    assert!(out.contains(&format!("{head}\trefs/heads/main")), "{out}");
}

#[test]
fn repo_builder_makes_branches_tags_and_submodules() {
    let root = tempdir();
    let (repo, first) = sample(root.path());
    repo.branch("dev", "main");
    let second = repo.commit("dev", &[("README.md", "changed\n")], "second");
    repo.tag("v0.1.0", &first);
    let tag = repo.annotated_tag("v1.0.0", &second, "release 1.0.0");
    assert_ne!(tag, second);
    assert_eq!(repo.rev_parse("v1.0.0^{commit}"), second);
    assert_eq!(repo.rev_parse("refs/heads/dev~1"), first);
    assert_eq!(repo.git(&["cat-file", "-p", "dev:README.md"]), "changed");

    let lib = TestRepo::init(root.path(), "lib.git");
    let lib_head = lib.commit("main", &[("lib.txt", "lib\n")], "lib");
    let with_sub = repo.commit_changes(
        "main",
        &[FileChange::Submodule { path: "vendor/lib".into(), url: "../lib.git".into(), commit: lib_head.clone() }],
        "add submodule",
    );
    let tree = repo.git(&["ls-tree", "-r", &with_sub]);
    assert!(tree.contains(&format!("160000 commit {lib_head}\tvendor/lib")), "{tree}");
    assert!(repo.git(&["cat-file", "-p", &format!("{with_sub}:.gitmodules")]).contains("url = ../lib.git"));

    let signed = repo.commit_signed(
        "main",
        &[("a", "b")],
        "signed",
        "-----BEGIN PGP SIGNATURE-----\n\nabc\n-----END PGP SIGNATURE-----",
    );
    assert!(repo.git(&["cat-file", "-p", &signed]).contains("gpgsig -----BEGIN PGP SIGNATURE-----\n \n abc\n"));
}

#[test]
fn git_daemon_serves_fetch_and_optional_push() {
    let root = tempdir();
    let (_repo, head) = sample(root.path());
    let daemon = GitDaemon::start(root.path());
    assert_ls_remote(&daemon.url("app.git"), &head, &[]);

    let pushable = GitDaemon::start_with_push(root.path());
    let work = tempdir();
    let (ok, _, err) = git_cli(work.path(), &["clone", "--quiet", &pushable.url("app.git"), "w"], &[]);
    assert!(ok, "{err}");
    let w = work.path().join("w");
    std::fs::write(w.join("new.txt"), "x").unwrap();
    let ident = [
        ("GIT_AUTHOR_NAME", "t"),
        ("GIT_AUTHOR_EMAIL", "t@t"),
        ("GIT_COMMITTER_NAME", "t"),
        ("GIT_COMMITTER_EMAIL", "t@t"),
    ];
    assert!(git_cli(&w, &["add", "new.txt"], &ident).0);
    assert!(git_cli(&w, &["commit", "--quiet", "-m", "push me"], &ident).0);
    let (ok, _, err) = git_cli(&w, &["push", "--quiet", "origin", "HEAD:main"], &ident);
    assert!(ok, "{err}");
    let (ok, _, _) = git_cli(&w, &["push", "--quiet", &daemon.url("app.git"), "HEAD:other"], &ident);
    assert!(!ok, "the fetch-only daemon accepted a push");
}

#[test]
fn http_server_serves_anonymous_basic_bearer_and_tls() {
    let root = tempdir();
    let (_repo, head) = sample(root.path());

    let plain = GitHttpServer::start(root.path());
    assert_ls_remote(&plain.url("app.git"), &head, &[]);
    assert!(plain.log().entries().iter().any(|r| r.path == "/app.git/info/refs" && r.status == 200));

    let basic = GitHttpServer::start_with(
        root.path(),
        HttpServerOptions {
            auth: HttpAuth::Basic { username: "flux".into(), password: "s3cret".into() },
            ..Default::default()
        },
    );
    let with_creds = basic.url("app.git").replace("http://", "http://flux:s3cret@");
    assert_ls_remote(&with_creds, &head, &[]);
    let dir = tempdir();
    let wrong = basic.url("app.git").replace("http://", "http://flux:wrong@");
    assert!(!git_cli(dir.path(), &["ls-remote", &wrong], &[]).0);
    assert!(basic.log().entries().iter().any(|r| r.status == 401));

    let bearer = GitHttpServer::start_with(
        root.path(),
        HttpServerOptions { auth: HttpAuth::Bearer("tok-42".into()), ..Default::default() },
    );
    let header = "http.extraHeader=Authorization: Bearer tok-42";
    let (ok, out, err) = git_cli(dir.path(), &["-c", header, "ls-remote", &bearer.url("app.git")], &[]);
    assert!(ok && out.contains(&head), "{err}");
    assert!(!git_cli(dir.path(), &["ls-remote", &bearer.url("app.git")], &[]).0);

    let tls = GitHttpServer::start_with(root.path(), HttpServerOptions { tls: true, ..Default::default() });
    let ca = dir.path().join("ca.pem");
    std::fs::write(&ca, tls.ca_pem().expect("a CA")).unwrap();
    assert!(tls.url("app.git").starts_with("https://127.0.0.1:"));
    assert_ls_remote(&tls.url("app.git"), &head, &[("GIT_SSL_CAINFO", ca.to_str().unwrap())]);
    assert!(!git_cli(dir.path(), &["ls-remote", &tls.url("app.git")], &[]).0, "an unknown CA was trusted");

    let (ok, _, err) = git_cli(dir.path(), &["clone", "--quiet", "--depth=1", &plain.url("app.git"), "c"], &[]);
    assert!(ok, "{err}");
    assert!(dir.path().join("c/deploy/app.yaml").is_file());
}

#[test]
fn http_server_accepts_pushes_only_when_asked() {
    let root = tempdir();
    let (repo, _) = sample(root.path());
    let server = GitHttpServer::start_with(root.path(), HttpServerOptions { receive_pack: true, ..Default::default() });
    let work = tempdir();
    let (ok, _, err) = git_cli(work.path(), &["clone", "--quiet", &server.url("app.git"), "w"], &[]);
    assert!(ok, "{err}");
    let w = work.path().join("w");
    let ident = [
        ("GIT_COMMITTER_NAME", "t"),
        ("GIT_COMMITTER_EMAIL", "t@t"),
        ("GIT_AUTHOR_NAME", "t"),
        ("GIT_AUTHOR_EMAIL", "t@t"),
    ];
    assert!(git_cli(&w, &["commit", "--quiet", "--allow-empty", "-m", "x"], &ident).0);
    let (ok, _, err) = git_cli(&w, &["push", "--quiet", "origin", "HEAD:pushed"], &ident);
    assert!(ok, "{err}");
    assert!(repo.try_rev_parse("refs/heads/pushed").is_some());

    let read_only = GitHttpServer::start(root.path());
    assert!(!git_cli(&w, &["push", "--quiet", &read_only.url("app.git"), "HEAD:nope"], &ident).0);
}

#[test]
fn http_proxy_tunnels_and_forwards() {
    let root = tempdir();
    let (_repo, head) = sample(root.path());
    let server = GitHttpServer::start(root.path());
    let proxy = HttpProxy::start(Some(("p", "pw")));
    let with_auth = proxy.url().replace("http://", "http://p:pw@");
    assert_ls_remote(&server.url("app.git"), &head, &[("http_proxy", &with_auth), ("no_proxy", "")]);
    assert!(proxy.targets().iter().any(|t| t.starts_with("GET http://127.0.0.1")), "{:?}", proxy.targets());

    let tls = GitHttpServer::start_with(root.path(), HttpServerOptions { tls: true, ..Default::default() });
    let dir = tempdir();
    let ca = dir.path().join("ca.pem");
    std::fs::write(&ca, tls.ca_pem().unwrap()).unwrap();
    assert_ls_remote(
        &tls.url("app.git"),
        &head,
        &[("https_proxy", &with_auth), ("no_proxy", ""), ("GIT_SSL_CAINFO", ca.to_str().unwrap())],
    );
    assert!(proxy.targets().iter().any(|t| t.starts_with("CONNECT 127.0.0.1")), "{:?}", proxy.targets());

    let (ok, _, _) =
        git_cli(dir.path(), &["ls-remote", &server.url("app.git")], &[("http_proxy", &proxy.url()), ("no_proxy", "")]);
    assert!(!ok, "the proxy let a request without credentials through");
}

#[test]
fn sshd_serves_git_to_the_generated_key_only() {
    let root = tempdir();
    let (_repo, head) = sample(root.path());
    let sshd = Sshd::start(root.path());
    let dir = tempdir();
    let key = dir.path().join("id");
    std::fs::write(&key, sshd.client_private_key()).unwrap();
    std::fs::set_permissions(&key, std::os::unix::fs::PermissionsExt::from_mode(0o600)).unwrap();
    let known = dir.path().join("known_hosts");
    std::fs::write(&known, format!("{}\n", sshd.known_hosts())).unwrap();
    let ssh = format!(
        "ssh -F /dev/null -o BatchMode=yes -o IdentitiesOnly=yes -o StrictHostKeyChecking=yes -o UserKnownHostsFile={} -i {}",
        known.display(),
        key.display()
    );
    assert_ls_remote(&sshd.url("app.git"), &head, &[("GIT_SSH_COMMAND", &ssh)]);
    let (ok, _, err) =
        git_cli(dir.path(), &["clone", "--quiet", &sshd.url("app.git"), "c"], &[("GIT_SSH_COMMAND", &ssh)]);
    assert!(ok, "{err}\n{}", sshd.log());

    // An unknown host key is refused.
    let empty = dir.path().join("empty_known_hosts");
    std::fs::write(&empty, "").unwrap();
    let strict = ssh.replace(known.to_str().unwrap(), empty.to_str().unwrap());
    let (ok, _, err) = git_cli(dir.path(), &["ls-remote", &sshd.url("app.git")], &[("GIT_SSH_COMMAND", &strict)]);
    assert!(!ok && err.contains("Host key verification failed"), "{err}");

    // Another key is refused.
    let other = dir.path().join("other");
    let status = Command::new("ssh-keygen").args(["-q", "-t", "ed25519", "-N", "", "-f"]).arg(&other).status().unwrap();
    assert!(status.success());
    let wrong = ssh.replace(key.to_str().unwrap(), other.to_str().unwrap());
    let (ok, _, err) = git_cli(dir.path(), &["ls-remote", &sshd.url("app.git")], &[("GIT_SSH_COMMAND", &wrong)]);
    assert!(!ok && err.contains("Permission denied"), "{err}");
}

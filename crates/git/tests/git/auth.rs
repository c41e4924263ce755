//! Credentials and transports: HTTP basic and bearer, HTTPS with a custom CA, a proxy, SSH with a key
//! and known_hosts; and every way of failing — wrong credentials, unknown host key, unreachable
//! server, timeout, bad URL — without a secret in any message.

use std::net::TcpListener;
use std::time::{Duration, Instant};

use git::auth::{Basic, Proxy, Ssh};
use git::testing::{tempdir, GitHttpServer, HttpAuth, HttpProxy, HttpServerOptions, Sshd, TestRepo};
use git::{checkout, remote_refs, Auth, CheckoutOptions, Error, Reference};

use crate::checkout::{checked_out, git_in};

const PASSWORD: &str = "pa55-w0rd-secret";
const TOKEN: &str = "tok-3f9a-secret";
const PASSPHRASE: &str = "phrase-77-secret";

fn repo() -> (tempfile::TempDir, String) {
    let root = tempdir();
    let repo = TestRepo::init(root.path(), "app.git");
    let head = repo.commit("main", &[("app.yaml", "kind: App\n")], "app");
    (root, head)
}

fn basic(password: &str) -> Auth {
    Auth { basic: Some(Basic { username: "flux".into(), password: password.into() }), ..Default::default() }
}

fn bearer(token: &str) -> Auth {
    Auth { bearer_token: Some(token.into()), ..Default::default() }
}

fn try_main(url: &str, auth: &Auth) -> Result<git::Commit, Error> {
    let dest = tempdir();
    let options = CheckoutOptions { timeout: Duration::from_secs(30), ..Default::default() };
    checkout(url, auth, &Reference::branch("main"), &options, dest.path()).map(|c| match c {
        git::Checkout::CheckedOut(commit) => *commit,
        other => panic!("{other:?}"),
    })
}

/// The error, checked for secrets in its message and its Debug form.
fn failure(url: &str, auth: &Auth) -> Error {
    let err = try_main(url, auth).expect_err("should fail");
    let shown = format!("{err} {err:?}");
    for secret in [PASSWORD, TOKEN, PASSPHRASE, "Zmx1eDp"] {
        assert!(!shown.contains(secret), "secret {secret} leaked: {shown}");
    }
    err
}

#[test]
fn http_basic_auth() {
    let (root, head) = repo();
    let server = GitHttpServer::start_with(
        root.path(),
        HttpServerOptions {
            auth: HttpAuth::Basic { username: "flux".into(), password: PASSWORD.into() },
            ..Default::default()
        },
    );
    let url = server.url("app.git");
    assert_eq!(try_main(&url, &basic(PASSWORD)).unwrap().hash, head);

    let err = failure(&url, &basic("wrong-password"));
    assert!(matches!(err, Error::AuthenticationFailed { .. }), "{err:?}");
    assert!(err.to_string().contains("authentication failed"), "{err}");
    let err = failure(&url, &Auth::default());
    assert!(matches!(err, Error::AuthenticationFailed { .. }), "{err:?}");
    assert!(matches!(remote_refs(&url, &basic("nope")), Err(Error::AuthenticationFailed { .. })));
}

#[test]
fn http_bearer_token() {
    let (root, head) = repo();
    let server = GitHttpServer::start_with(
        root.path(),
        HttpServerOptions { auth: HttpAuth::Bearer(TOKEN.into()), ..Default::default() },
    );
    let url = server.url("app.git");
    assert_eq!(try_main(&url, &bearer(TOKEN)).unwrap().hash, head);
    assert!(server.log().entries().iter().all(|r| r.authorization.as_deref() == Some(&format!("Bearer {TOKEN}"))));
    let err = failure(&url, &bearer("tok-wrong"));
    assert!(matches!(err, Error::AuthenticationFailed { .. }), "{err:?}");
}

#[test]
fn https_with_a_custom_ca_and_through_a_proxy() {
    let (root, head) = repo();
    let server = GitHttpServer::start_with(
        root.path(),
        HttpServerOptions {
            tls: true,
            auth: HttpAuth::Basic { username: "flux".into(), password: PASSWORD.into() },
            ..Default::default()
        },
    );
    let url = server.url("app.git");
    let ca = server.ca_pem().unwrap().as_bytes().to_vec();
    let with_ca = Auth { ca_pem: Some(ca.clone()), ..basic(PASSWORD) };
    assert_eq!(try_main(&url, &with_ca).unwrap().hash, head);

    let err = failure(&url, &basic(PASSWORD));
    assert!(matches!(err, Error::Tls { .. }), "an unknown CA must be refused: {err:?}");

    let proxy = HttpProxy::start(Some(("proxy-user", PASSWORD)));
    let through = Auth {
        proxy: Some(Proxy {
            address: proxy.url(),
            username: Some("proxy-user".into()),
            password: Some(PASSWORD.into()),
        }),
        ..with_ca.clone()
    };
    assert_eq!(try_main(&url, &through).unwrap().hash, head);
    assert!(proxy.targets().iter().any(|t| t.starts_with("CONNECT 127.0.0.1:")), "{:?}", proxy.targets());

    let wrong_proxy = Auth {
        proxy: Some(Proxy { address: proxy.url(), username: Some("proxy-user".into()), password: Some("bad".into()) }),
        ..with_ca
    };
    let err = failure(&url, &wrong_proxy);
    assert!(!matches!(err, Error::Timeout { .. }), "{err:?}");
}

pub(crate) fn ssh_auth(sshd: &Sshd, known_hosts: String) -> Auth {
    Auth {
        ssh: Some(Ssh {
            user: None,
            private_key: sshd.client_private_key().as_bytes().to_vec(),
            passphrase: None,
            known_hosts,
        }),
        ..Default::default()
    }
}

#[test]
fn ssh_key_and_known_hosts() {
    let (root, head) = repo();
    let sshd = Sshd::start(root.path());
    let url = sshd.url("app.git");
    let good = ssh_auth(&sshd, sshd.known_hosts());
    let commit = try_main(&url, &good).unwrap_or_else(|e| panic!("{e}\n{}", sshd.log()));
    assert_eq!(commit.hash, head);
    let refs = remote_refs(&url, &good).unwrap();
    let main = refs.iter().find(|r| r.name == "refs/heads/main").expect("refs/heads/main listed");
    assert_eq!(main.target.to_string(), head);
    let unchanged = CheckoutOptions { last_observed_revision: Some(format!("main@sha1:{head}")), ..Default::default() };
    let out = checkout(&url, &good, &Reference::branch("main"), &unchanged, tempdir().path()).unwrap();
    assert!(out.is_unchanged(), "{out:?}");

    // The user comes from the credentials when the URL has none (Flux's default is `git`).
    let without_user = format!("ssh://{}/app.git", sshd.addr());
    let mut named = good.clone();
    named.ssh.as_mut().unwrap().user = Some(sshd.user().to_string());
    assert_eq!(try_main(&without_user, &named).unwrap().hash, head);

    // An encrypted key with its passphrase.
    let dir = tempdir();
    let key = dir.path().join("id");
    std::fs::write(&key, sshd.client_private_key()).unwrap();
    std::fs::set_permissions(&key, std::os::unix::fs::PermissionsExt::from_mode(0o600)).unwrap();
    let status = std::process::Command::new("ssh-keygen")
        .args(["-q", "-p", "-N", PASSPHRASE, "-P", "", "-f"])
        .arg(&key)
        .stdout(std::process::Stdio::null())
        .status()
        .unwrap();
    assert!(status.success());
    let mut encrypted = good.clone();
    let ssh = encrypted.ssh.as_mut().unwrap();
    ssh.private_key = std::fs::read(&key).unwrap();
    ssh.passphrase = Some(PASSPHRASE.into());
    assert_eq!(try_main(&url, &encrypted).unwrap().hash, head);
    encrypted.ssh.as_mut().unwrap().passphrase = Some("wrong-phrase".into());
    let err = failure(&url, &encrypted);
    assert!(matches!(err, Error::AuthenticationFailed { .. }), "{err:?}");
}

#[test]
fn ssh_refuses_unknown_host_keys_and_wrong_keys() {
    let (root, _) = repo();
    let sshd = Sshd::start(root.path());
    let url = sshd.url("app.git");

    for known_hosts in [
        String::new(),
        "[127.0.0.1]:1 ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl".to_string(),
    ] {
        let err = failure(&url, &ssh_auth(&sshd, known_hosts.clone()));
        assert!(matches!(err, Error::UnknownHostKey { .. }), "{known_hosts:?}: {err:?}");
    }
    // Another server's key for this very host and port.
    let other = Sshd::start(root.path());
    let mismatched =
        other.known_hosts().replace(&format!(":{}", other.addr().port()), &format!(":{}", sshd.addr().port()));
    let err = failure(&url, &ssh_auth(&sshd, mismatched));
    assert!(matches!(err, Error::UnknownHostKey { .. }), "{err:?}");

    // The key the other server accepts is not this one's.
    let mut wrong_key = ssh_auth(&sshd, sshd.known_hosts());
    wrong_key.ssh.as_mut().unwrap().private_key = other.client_private_key().as_bytes().to_vec();
    let err = failure(&url, &wrong_key);
    assert!(matches!(err, Error::AuthenticationFailed { .. }), "{err:?}");
    assert!(err.to_string().contains("authentication failed"));

    // No credentials at all: still no way past the host key.
    let err = failure(&url, &Auth::default());
    assert!(matches!(err, Error::UnknownHostKey { .. }), "{err:?}");

    let err = failure(&sshd.url("missing.git"), &ssh_auth(&sshd, sshd.known_hosts()));
    assert!(matches!(err, Error::RepositoryNotFound { .. }), "{err:?}");
}

fn closed_port() -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    listener.local_addr().unwrap().port()
}

#[test]
fn unreachable_servers() {
    let port = closed_port();
    for url in [
        format!("http://127.0.0.1:{port}/app.git"),
        format!("https://127.0.0.1:{port}/app.git"),
        format!("git://127.0.0.1:{port}/app.git"),
    ] {
        let err = failure(&url, &basic(PASSWORD));
        assert!(matches!(err, Error::Unreachable { .. }), "{url}: {err:?}");
    }
    let sshd_root = tempdir();
    let sshd = Sshd::start(sshd_root.path());
    let url = format!("ssh://git@127.0.0.1:{port}/app.git");
    let err = failure(&url, &ssh_auth(&sshd, sshd.known_hosts()));
    assert!(matches!(err, Error::Unreachable { .. }), "{err:?}");
}

#[test]
fn a_silent_server_times_out() {
    // Accepts connections and never answers.
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let _hold = std::thread::spawn(move || {
        let mut held = Vec::new();
        for stream in listener.incoming().take(8).flatten() {
            held.push(stream);
        }
    });
    for url in [format!("http://127.0.0.1:{port}/app.git"), format!("git://127.0.0.1:{port}/app.git")] {
        let options = CheckoutOptions { timeout: Duration::from_secs(2), ..Default::default() };
        let started = Instant::now();
        let err = checkout(&url, &Auth::default(), &Reference::branch("main"), &options, tempdir().path()).unwrap_err();
        assert!(matches!(err, Error::Timeout { .. }), "{url}: {err:?}");
        assert!(started.elapsed() < Duration::from_secs(10), "took {:?}", started.elapsed());
    }
}

#[test]
fn invalid_urls() {
    for url in ["not a url", "git@github.com:org/repo.git", "ftp://host/repo.git", "/just/a/path", "https://"] {
        let err = checkout(url, &Auth::default(), &Reference::default(), &CheckoutOptions::default(), tempdir().path())
            .unwrap_err();
        assert!(matches!(err, Error::InvalidUrl { .. }), "{url}: {err:?}");
    }
    let err = checkout(
        &format!("https://flux:{PASSWORD}@"),
        &Auth::default(),
        &Reference::default(),
        &CheckoutOptions::default(),
        tempdir().path(),
    )
    .unwrap_err();
    assert!(!err.to_string().contains(PASSWORD), "{err}");
}

#[test]
fn checkouts_keep_no_credentials_on_disk() {
    let (root, _) = repo();
    let server = GitHttpServer::start_with(
        root.path(),
        HttpServerOptions { auth: HttpAuth::Bearer(TOKEN.into()), ..Default::default() },
    );
    let dest = tempdir();
    checked_out(checkout(
        &server.url("app.git"),
        &bearer(TOKEN),
        &Reference::branch("main"),
        &CheckoutOptions::default(),
        dest.path(),
    ));
    let config = std::fs::read_to_string(dest.path().join(".git/config")).unwrap();
    assert!(!config.contains(TOKEN), "{config}");
    assert_eq!(git_in(dest.path(), &["config", "remote.origin.url"]), server.url("app.git"));
}

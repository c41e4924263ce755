//! Each kind of credentials against a server that demands it, and what the user sees when they are
//! wrong or missing — never the secret itself.

use git::testing::{GitHttpServer, HttpAuth, HttpProxy, HttpServerOptions, Sshd, TestRepo};
use serde_json::json;

use super::support::{artifact, condition, Fixture};

fn repo(root: &std::path::Path) -> (TestRepo, String) {
    let repo = TestRepo::init(root, "app.git");
    let commit = repo.commit("main", &[("app.yaml", "kind: ConfigMap\n")], "first");
    (repo, commit)
}

/// Everything a user could read: the object, its Events and the controller's log.
async fn visible(f: &Fixture, name: &str) -> String {
    let obj = serde_json::to_string(&f.get(name).await).unwrap();
    let events = serde_json::to_string(&f.events(name).await).unwrap();
    format!("{obj}\n{events}\n{}", f.log())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn http_basic_auth_and_bearer_token() {
    let root = git::testing::tempdir();
    let (_repo, commit) = repo(root.path());
    let basic = GitHttpServer::start_with(
        root.path(),
        HttpServerOptions {
            auth: HttpAuth::Basic { username: "flux".into(), password: "s3cr3t-pa55".into() },
            ..Default::default()
        },
    );
    let bearer = GitHttpServer::start_with(
        root.path(),
        HttpServerOptions { auth: HttpAuth::Bearer("t0k3n-v4lue".into()), ..Default::default() },
    );
    let f = Fixture::start().await;
    f.secret("basic", &[("username", "flux"), ("password", "s3cr3t-pa55")]).await;
    f.secret("bearer", &[("bearerToken", "t0k3n-v4lue")]).await;
    f.secret("wrong", &[("username", "flux"), ("password", "wr0ng-pa55")]).await;
    let main = json!({"branch": "main"});
    f.create("basic", json!({"url": basic.url("app.git"), "ref": main, "secretRef": {"name": "basic"}})).await;
    f.create("bearer", json!({"url": bearer.url("app.git"), "ref": main, "secretRef": {"name": "bearer"}})).await;
    f.create("wrong", json!({"url": basic.url("app.git"), "ref": main, "secretRef": {"name": "wrong"}})).await;
    f.create("anonymous", json!({"url": bearer.url("app.git"), "ref": main})).await;
    f.create("missing", json!({"url": basic.url("app.git"), "ref": main, "secretRef": {"name": "nope"}})).await;

    for name in ["basic", "bearer"] {
        let obj = f.wait_ready(name).await;
        assert_eq!(artifact(&obj).revision, format!("main@sha1:{commit}"));
    }
    for name in ["wrong", "anonymous"] {
        let obj = f.wait_ready_condition(name, "False", "GitOperationFailed").await;
        let fetch = condition(&obj, "FetchFailed").expect("FetchFailed");
        assert_eq!((fetch.status.as_str(), fetch.reason.as_str()), ("True", "GitOperationFailed"));
        assert!(fetch.message.starts_with("failed to checkout and determine revision: "), "{}", fetch.message);
        assert!(fetch.message.contains("authentication failed"), "{}", fetch.message);
        assert!(obj.status.as_ref().unwrap().artifact.is_none());
    }
    let obj = f.wait_ready_condition("missing", "False", "AuthenticationFailed").await;
    let fetch = condition(&obj, "FetchFailed").expect("FetchFailed");
    assert_eq!(
        fetch.message,
        "failed to get secret 'flux-system/nope': failed to get secret 'flux-system/nope': secrets \"nope\" not found"
    );
    f.wait_event("wrong", "GitOperationFailed").await;
    f.wait_event("missing", "AuthenticationFailed").await;
    for name in ["basic", "bearer", "wrong", "missing"] {
        let seen = visible(&f, name).await;
        for secret in ["s3cr3t-pa55", "wr0ng-pa55", "t0k3n-v4lue"] {
            assert!(!seen.contains(secret), "{secret} is visible for {name}:\n{seen}");
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn https_with_a_custom_ca() {
    let root = git::testing::tempdir();
    let (_repo, commit) = repo(root.path());
    let server = GitHttpServer::start_with(root.path(), HttpServerOptions { tls: true, ..Default::default() });
    let ca = server.ca_pem().expect("a CA").to_string();
    let f = Fixture::start().await;
    f.secret("ca", &[("ca.crt", &ca)]).await;
    let url = server.url("app.git");
    f.create("trusted", json!({"url": url, "ref": {"branch": "main"}, "secretRef": {"name": "ca"}})).await;
    f.create("untrusted", json!({"url": url, "ref": {"branch": "main"}})).await;
    let obj = f.wait_ready("trusted").await;
    assert_eq!(artifact(&obj).revision, format!("main@sha1:{commit}"));
    let obj = f.wait_ready_condition("untrusted", "False", "GitOperationFailed").await;
    let message = &condition(&obj, "Ready").unwrap().message;
    assert!(message.contains("TLS") || message.contains("certificate"), "{message}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ssh_key_with_known_hosts_and_an_unknown_host_key() {
    let root = git::testing::tempdir();
    let (_repo, commit) = repo(root.path());
    let sshd = Sshd::start(root.path());
    let other = Sshd::start(root.path());
    let f = Fixture::start().await;
    let key = sshd.client_private_key().to_string();
    f.secret("ssh", &[("identity", &key), ("known_hosts", &sshd.known_hosts())]).await;
    // The other server's host key: sshd's real key is unknown to it.
    f.secret("stranger", &[("identity", &key), ("known_hosts", &other.known_hosts())]).await;
    let url = sshd.url("app.git");
    f.create("ssh", json!({"url": url, "ref": {"branch": "main"}, "secretRef": {"name": "ssh"}})).await;
    f.create("stranger", json!({"url": url, "ref": {"branch": "main"}, "secretRef": {"name": "stranger"}})).await;
    f.create("keyless", json!({"url": url, "ref": {"branch": "main"}})).await;

    let obj = f.wait_ready("ssh").await;
    assert_eq!(artifact(&obj).revision, format!("main@sha1:{commit}"));
    let obj = f.wait_ready_condition("stranger", "False", "GitOperationFailed").await;
    let message = &condition(&obj, "Ready").unwrap().message;
    assert!(message.contains("unknown SSH host key"), "{message}");
    assert!(obj.status.as_ref().unwrap().artifact.is_none(), "nothing is fetched from an unknown host");
    let obj = f.wait_ready_condition("keyless", "False", "AuthenticationFailed").await;
    assert_eq!(
        condition(&obj, "Ready").unwrap().message,
        "failed to configure authentication options: invalid 'ssh' auth option: 'identity' is required"
    );
    let seen = visible(&f, "ssh").await + &visible(&f, "stranger").await;
    let key_body = key.lines().nth(1).expect("a key body line");
    assert!(!seen.contains(key_body), "the private key is visible");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn https_through_an_authenticating_proxy() {
    let root = git::testing::tempdir();
    let (_repo, commit) = repo(root.path());
    let server = GitHttpServer::start_with(root.path(), HttpServerOptions { tls: true, ..Default::default() });
    let proxy = HttpProxy::start(Some(("proxy-user", "pr0xy-pa55")));
    let f = Fixture::start().await;
    f.secret("ca", &[("ca.crt", server.ca_pem().expect("a CA"))]).await;
    f.secret("proxy", &[("address", &proxy.url()), ("username", "proxy-user"), ("password", "pr0xy-pa55")]).await;
    f.secret("no-address", &[("username", "proxy-user")]).await;
    let url = server.url("app.git");
    let spec = |proxy: &str| json!({"url": url, "ref": {"branch": "main"}, "secretRef": {"name": "ca"}, "proxySecretRef": {"name": proxy}});
    f.create("proxied", spec("proxy")).await;
    f.create("broken", spec("no-address")).await;
    let obj = f.wait_ready("proxied").await;
    assert_eq!(artifact(&obj).revision, format!("main@sha1:{commit}"));
    let tunnel = format!("CONNECT {}", server.url("").trim_start_matches("https://").trim_end_matches('/'));
    assert!(proxy.targets().contains(&tunnel), "{:?} lacks {tunnel}", proxy.targets());
    let obj = f.wait_ready_condition("broken", "False", "AuthenticationFailed").await;
    assert_eq!(
        condition(&obj, "Ready").unwrap().message,
        "failed to configure proxy options: secret 'flux-system/no-address': key 'address' not found"
    );
    let seen = visible(&f, "proxied").await;
    assert!(!seen.contains("pr0xy-pa55"), "the proxy password is visible:\n{seen}");
}

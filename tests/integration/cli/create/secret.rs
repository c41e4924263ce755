//! `flux-rs create secret git|helm|oci|tls|proxy|receiver`: upstream's `--export` goldens byte for byte,
//! the checks before any request, and create-or-update against the embedded server.

use std::collections::BTreeMap;

use k8s_openapi::api::core::v1::Secret;
use kube::api::{Api, PostParams};

use super::super::controller::{self, cluster_args, with_cluster, NS};
use super::super::support::{assert_golden, flux, flux_sync, Output};
use crate::support::{fixture, TestServer};

/// A file from `tests/fixtures/cli/create/secret/upstream/`, upstream's test data kept verbatim.
fn upstream(path: &str) -> String {
    let path = fixture(&format!("cli/create/secret/upstream/{path}"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("reading {}: {e}", path.display()))
}

fn upstream_path(path: &str) -> String {
    fixture(&format!("cli/create/secret/upstream/{path}")).to_str().expect("a UTF-8 path").to_string()
}

#[track_caller]
fn assert_upstream(out: &Output, want: &str) {
    assert_eq!(out.code, 0, "stderr: {}", out.stderr);
    assert_eq!(out.stderr, "");
    assert_eq!(out.stdout, want);
}

#[test]
fn export_reproduces_upstreams_goldens() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let ca = dir.path().join("ca-crt");
    std::fs::write(&ca, "ca-data").expect("writing the CA");
    let ca_flag = format!("--ca-crt-file={}", ca.display());
    let podinfo = "--url=https://github.com/stefanprodan/podinfo";
    let crt = format!("--tls-crt-file={}", upstream_path("tls/test-cert.pem"));
    let key = format!("--tls-key-file={}", upstream_path("tls/test-key.pem"));
    let tls_ca = format!("--ca-crt-file={}", upstream_path("tls/test-ca.pem"));
    let cases: &[(&str, &[&str])] = &[
        (
            "git/secret-git-basic.yaml",
            &["git", "podinfo-auth", podinfo, "--username=my-username", "--password=my-password"],
        ),
        (
            "git/git-bearer-token.yaml",
            &["git", "bearer-token-auth", podinfo, "--bearer-token=ghp_baR2qnFF0O41WlucePL3udt2N9vVZS4R0hAS"],
        ),
        (
            "git/secret-ca-crt.yaml",
            &["git", "ca-crt", podinfo, "--password=my-password", "--username=my-username", &ca_flag],
        ),
        ("helm/secret-helm.yaml", &["helm", "helm-secret", "--username=my-username", "--password=my-password"]),
        (
            "oci/create-secret.yaml",
            &["oci", "ghcr", "--url", "ghcr.io", "--username", "stefanprodan", "--password=password"],
        ),
        (
            "proxy/secret-proxy.yaml",
            &[
                "proxy",
                "proxy-secret",
                "--address=https://my-proxy.com",
                "--username=my-username",
                "--password=my-password",
            ],
        ),
        (
            "receiver/secret-receiver.yaml",
            &["receiver", "receiver-secret", "--type=github", "--token=test-token", "--hostname=flux.example.com"],
        ),
        (
            "receiver/secret-receiver-gcr.yaml",
            &[
                "receiver",
                "gcr-secret",
                "--type=gcr",
                "--token=test-token",
                "--hostname=flux.example.com",
                "--email-claim=sa@project.iam.gserviceaccount.com",
            ],
        ),
        (
            "receiver/secret-receiver-gcr-audience.yaml",
            &[
                "receiver",
                "gcr-secret",
                "--type=gcr",
                "--token=test-token",
                "--hostname=flux.example.com",
                "--email-claim=sa@project.iam.gserviceaccount.com",
                "--audience-claim=https://custom.audience.example.com",
            ],
        ),
        ("tls/secret-tls.yaml", &["tls", "certs", &crt, &key, &tls_ca]),
    ];
    for (golden, args) in cases {
        let args: Vec<&str> = ["create", "secret"]
            .iter()
            .chain(args.iter())
            .chain(["--namespace=my-namespace", "--export"].iter())
            .copied()
            .collect();
        assert_upstream(&flux_sync(&args, &[], None), &upstream(golden));
    }
}

/// Upstream's SSH goldens (their fixed keys, `--private-key-file`), with the host key scanned from a local
/// sshd in place of github.com's.
#[test]
fn ssh_export_reproduces_upstreams_goldens_against_a_local_sshd() {
    let root = tempfile::tempdir().expect("a temporary directory");
    let sshd = git::testing::Sshd::start(root.path());
    let url = format!("--url=ssh://git@127.0.0.1:{}/stefanprodan/podinfo", sshd.addr().port());
    let known_hosts: Vec<String> = sshd.known_hosts().split_whitespace().take(3).map(str::to_string).collect();
    let known_hosts = known_hosts.join(" ");
    let cases: &[(&str, &str, &[&str])] = &[
        ("git/git-ssh-secret.yaml", "git/ecdsa.private", &[]),
        ("git/git-ssh-secret-password.yaml", "git/ecdsa-password.private", &["--password=password"]),
    ];
    for (golden, key, extra) in cases {
        let key = format!("--private-key-file={}", upstream_path(key));
        let mut args = vec!["create", "secret", "git", "podinfo-auth", url.as_str(), key.as_str()];
        args.extend(extra.iter());
        args.extend(["--namespace=my-namespace", "--export"]);
        let want: String = upstream(golden)
            .lines()
            .map(|line| {
                if line.starts_with("  known_hosts: github.com ") {
                    format!("  known_hosts: '{known_hosts}'\n")
                } else {
                    format!("{line}\n")
                }
            })
            .collect();
        assert!(want.contains("127.0.0.1"), "{want}");
        assert_upstream(&flux_sync(&args, &[], None), &want);
    }
}

/// Generated keys: each algorithm's key is OpenSSH's, and `ssh-keygen -y` derives the stored public key.
#[test]
fn ssh_export_generates_keys_openssh_reads() {
    let root = tempfile::tempdir().expect("a temporary directory");
    let sshd = git::testing::Sshd::start(root.path());
    let url = format!("--url=ssh://git@127.0.0.1:{}/org/repo", sshd.addr().port());
    let cases: &[(&[&str], &str)] = &[
        (&[], "ecdsa-sha2-nistp384"),
        (&["--ssh-ecdsa-curve=p256"], "ecdsa-sha2-nistp256"),
        (&["--ssh-key-algorithm=ed25519"], "ssh-ed25519"),
        (&["--ssh-key-algorithm=rsa", "--ssh-rsa-bits=2048"], "ssh-rsa"),
    ];
    for (flags, kind) in cases {
        let mut args = vec!["create", "secret", "git", "deploy", url.as_str(), "--export"];
        args.extend(flags.iter());
        let out = flux_sync(&args, &[], None);
        assert_eq!(out.code, 0, "{flags:?}: {}", out.stderr);
        let secret: serde_json::Value = serde_yaml_value(&out.stdout);
        let data = &secret["stringData"];
        let identity = data["identity"].as_str().expect("identity");
        let public = data["identity.pub"].as_str().expect("identity.pub");
        assert!(identity.starts_with("-----BEGIN OPENSSH PRIVATE KEY-----\n"), "{flags:?}");
        assert!(public.starts_with(&format!("{kind} ")) && public.ends_with('\n'), "{flags:?}: {public}");
        assert!(data["known_hosts"].as_str().expect("known_hosts").starts_with("[127.0.0.1]:"));
        assert!(data.get("password").is_none());
        let key = root.path().join("identity");
        std::fs::write(&key, identity).expect("writing the key");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&key, std::fs::Permissions::from_mode(0o600)).expect("chmod");
        }
        let derived =
            std::process::Command::new("ssh-keygen").args(["-y", "-f"]).arg(&key).output().expect("ssh-keygen");
        assert_eq!(String::from_utf8_lossy(&derived.stdout), *public, "{flags:?}");
    }
}

/// The `--export` YAML as JSON, through the embedded server's YAML reader.
fn serde_yaml_value(text: &str) -> serde_json::Value {
    let body = text.trim_start_matches("---\n");
    yaml::from_str(body).expect("the export is YAML")
}

#[test]
fn export_carries_labels_and_the_other_shapes() {
    let args = [
        "create",
        "secret",
        "helm",
        "repo-auth",
        "-u",
        "user",
        "-p",
        "pw",
        "--label=team=apps",
        &format!("--ca-crt-file={}", upstream_path("tls/test-ca.pem")),
        "--export",
    ];
    assert_golden("create/secret/helm_export_basic_auth_and_ca", &flux_sync(&args, &[], None), &[]);
    let args = [
        "create",
        "secret",
        "tls",
        "ca-only",
        &format!("--ca-crt-file={}", upstream_path("tls/test-ca.pem")),
        "--export",
    ];
    assert_golden("create/secret/tls_export_ca_only", &flux_sync(&args, &[], None), &[]);
    // Upstream ignores --label for this one kind.
    let args =
        ["create", "secret", "oci", "ghcr", "--url=ghcr.io", "-u", "me", "-p", "<&>", "--label=team=apps", "--export"];
    assert_golden("create/secret/oci_export_html_escaped", &flux_sync(&args, &[], None), &[]);
}

#[test]
fn receiver_tokens_are_random_when_not_given() {
    let args = ["create", "secret", "receiver", "hook", "--type=generic", "--hostname=flux.example.com", "--export"];
    let first = flux_sync(&args, &[], None);
    let second = flux_sync(&args, &[], None);
    assert_eq!(first.code, 0, "{}", first.stderr);
    let token = |out: &Output| -> (String, String) {
        let value = &yaml::documents(&out.stdout).expect("valid YAML")[0];
        let token = value["stringData"]["token"].as_str().expect("a token").to_string();
        let url = value["metadata"]["annotations"]["notification.toolkit.fluxcd.io/webhook"].as_str().expect("a URL");
        (token, url.to_string())
    };
    let (t1, url1) = token(&first);
    let (t2, url2) = token(&second);
    for (t, url) in [(&t1, &url1), (&t2, &url2)] {
        assert_eq!(t.len(), 64, "32 bytes, hex-encoded: {t}");
        assert!(t.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b)), "{t}");
        let digest = url.strip_prefix("https://flux.example.com/hook/").expect("the webhook URL");
        assert_eq!(digest.len(), 64, "{url}");
    }
    assert_ne!(t1, t2);
    assert_ne!(url1, url2, "the URL is derived from the token");
}

#[test]
fn bad_input_is_refused_before_any_request() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let key = dir.path().join("other.key");
    let pair = rcgen::KeyPair::generate().expect("a key pair");
    std::fs::write(&key, pair.serialize_pem()).expect("writing the key");
    let other_key = format!("--tls-key-file={}", key.display());
    let podinfo = "--url=https://github.com/stefanprodan/podinfo";
    let cases: &[(&str, &[&str])] = &[
        ("git_name_required", &["git"]),
        ("git_url_required", &["git", "podinfo-auth"]),
        ("git_url_scheme", &["git", "podinfo-auth", "--url=ftp://example.com/repo", "-u", "a", "-p", "b"]),
        (
            "git_ssh_key_missing",
            &["git", "podinfo-auth", "--url=ssh://git@github.com/org/repo", "--private-key-file=/nonexistent/id"],
        ),
        ("git_credentials_required", &["git", "podinfo-auth", podinfo, "--username=me"]),
        (
            "git_basic_auth_and_bearer",
            &["git", "podinfo-auth", podinfo, "--username=aaa", "--password=zzzz", "--bearer-token=aaaa", "--export"],
        ),
        (
            "git_ca_missing",
            &["git", "podinfo-auth", podinfo, "-u", "a", "-p", "b", "--ca-crt-file=/nonexistent/ca.crt"],
        ),
        ("git_ssh_algorithm", &["git", "podinfo-auth", podinfo, "--ssh-key-algorithm=dsa"]),
        ("helm_name_required", &["helm"]),
        ("helm_username_only", &["helm", "helm-secret", "--username=me", "--export"]),
        ("helm_key_missing", &["helm", "helm-secret", "--tls-key-file=/nonexistent/tls.key", "--export"]),
        ("oci_name_required", &["oci"]),
        ("oci_url_required", &["oci", "ghcr"]),
        ("oci_username_required", &["oci", "ghcr", "--url=ghcr.io"]),
        ("oci_password_required", &["oci", "ghcr", "--url=ghcr.io", "-u", "me"]),
        ("oci_url_invalid", &["oci", "ghcr", "--url=GHCR.IO/Org/Repo", "-u", "me", "-p", "pw"]),
        ("proxy_address_required", &["proxy", "proxy-secret"]),
        ("proxy_address_invalid", &["proxy", "proxy-secret", "--address=http://proxy:port"]),
        ("receiver_type_required", &["receiver", "test-secret", "--token=t", "--hostname=h"]),
        ("receiver_type_invalid", &["receiver", "test-secret", "--type=invalid", "--token=t", "--hostname=h"]),
        ("receiver_hostname_required", &["receiver", "test-secret", "--type=github", "--token=t"]),
        ("receiver_email_claim_required", &["receiver", "test-secret", "--type=gcr", "--token=t", "--hostname=h"]),
        ("tls_nothing", &["tls", "certs", "--export"]),
        (
            "tls_key_missing",
            &["tls", "certs", &format!("--tls-crt-file={}", upstream_path("tls/test-cert.pem")), "--export"],
        ),
        (
            "tls_key_is_a_certificate",
            &[
                "tls",
                "certs",
                &format!("--tls-crt-file={}", upstream_path("tls/test-cert.pem")),
                &format!("--tls-key-file={}", upstream_path("tls/test-ca.pem")),
                "--export",
            ],
        ),
        (
            "tls_pair_mismatch",
            &[
                "tls",
                "certs",
                &format!("--tls-crt-file={}", upstream_path("tls/test-cert.pem")),
                &other_key,
                "--export",
            ],
        ),
    ];
    for (name, args) in cases {
        let args: Vec<&str> = ["create", "secret"].iter().chain(args.iter()).copied().collect();
        let out = flux_sync(&args, &[], None);
        assert_golden(&format!("create/secret/{name}"), &out, &[]);
    }
}

async fn stored(client: &kube::Client, name: &str) -> (Secret, BTreeMap<String, String>) {
    let api: Api<Secret> = Api::namespaced(client.clone(), NS);
    let secret = api.get(name).await.expect("the Secret exists");
    let data = secret.data.clone().unwrap_or_default();
    let data = data.into_iter().map(|(k, v)| (k, String::from_utf8(v.0).expect("text"))).collect();
    (secret, data)
}

fn map(items: &[(&str, &str)]) -> BTreeMap<String, String> {
    items.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn secrets_are_created_then_updated_in_place() {
    let server = TestServer::start().await;
    let client = controller::install_flux(&server, NS).await;
    let cluster = cluster_args(&server);
    let podinfo = "--url=https://github.com/stefanprodan/podinfo";

    let args = ["create", "secret", "git", "podinfo-auth", podinfo, "-u", "git", "-p", "s3cr3t", "--label=team=apps"];
    let out = flux(&with_cluster(&args, &cluster), &[], None).await;
    assert_golden("create/secret/git_created", &out, &[("ns", NS)]);
    let (secret, data) = stored(&client, "podinfo-auth").await;
    assert_eq!(secret.type_.as_deref(), Some("Opaque"));
    assert_eq!(data, map(&[("password", "s3cr3t"), ("username", "git")]));

    // Someone adds a key and a label; the update keeps both (upstream merges, it does not replace).
    let api: Api<Secret> = Api::namespaced(client.clone(), NS);
    let mut edited = secret.clone();
    edited.data.get_or_insert_with(Default::default).insert("extra".into(), k8s_openapi::ByteString(b"kept".to_vec()));
    edited.metadata.labels.get_or_insert_with(Default::default).insert("owner".into(), "me".into());
    api.replace("podinfo-auth", &PostParams::default(), &edited).await.expect("editing the Secret");

    let args =
        ["create", "secret", "git", "podinfo-auth", podinfo, "--bearer-token=t0ken-s3cr3t", "--label=team=platform"];
    let out = flux(&with_cluster(&args, &cluster), &[], None).await;
    assert_golden("create/secret/git_updated", &out, &[("ns", NS)]);
    assert!(!out.stderr.contains("s3cr3t"), "credentials must never be printed");
    let (secret, data) = stored(&client, "podinfo-auth").await;
    assert_eq!(
        data,
        map(&[("bearerToken", "t0ken-s3cr3t"), ("extra", "kept"), ("password", "s3cr3t"), ("username", "git")])
    );
    let labels = secret.metadata.labels.unwrap_or_default();
    assert_eq!(labels, map(&[("owner", "me"), ("team", "platform")]));
}

/// Applied over SSH: upstream's deploy-key line, then the Secret with the key, its public half and the
/// scanned host key.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ssh_secret_prints_the_deploy_key_and_is_stored() {
    let server = TestServer::start().await;
    let client = controller::install_flux(&server, NS).await;
    let cluster = cluster_args(&server);
    let root = tempfile::tempdir().expect("a temporary directory");
    let sshd = git::testing::Sshd::start(root.path());
    let url = format!("--url=ssh://git@127.0.0.1:{}/org/repo", sshd.addr().port());
    let key = format!("--private-key-file={}", upstream_path("git/ecdsa.private"));
    let args = ["create", "secret", "git", "ssh-auth", url.as_str(), key.as_str()];
    let out = flux(&with_cluster(&args, &cluster), &[], None).await;
    let public = "ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBBO6K76AbAsi70Tkni9GyGggEdJwrHhh/2ieJYywsUdermn0Yn95v0KveOA0AKcY4gY6qXAFC8/msIm5onSkJEpQ=";
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(out.stderr, format!("✚ deploy key: {public}\n\n► git secret 'ssh-auth' created in '{NS}' namespace\n"));
    let (_, data) = stored(&client, "ssh-auth").await;
    assert_eq!(data.keys().map(String::as_str).collect::<Vec<_>>(), ["identity", "identity.pub", "known_hosts"]);
    assert_eq!(data["identity"], upstream("git/ecdsa.private"));
    assert_eq!(data["identity.pub"], format!("{public}\n"));
    let known: Vec<&str> = data["known_hosts"].split_whitespace().collect();
    let want = sshd.known_hosts();
    assert_eq!(known, want.split_whitespace().take(3).collect::<Vec<_>>());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_kind_is_stored_with_its_type() {
    let server = TestServer::start().await;
    let client = controller::install_flux(&server, NS).await;
    let cluster = cluster_args(&server);
    let crt = format!("--tls-crt-file={}", upstream_path("tls/test-cert.pem"));
    let key = format!("--tls-key-file={}", upstream_path("tls/test-key.pem"));
    let ca = format!("--ca-crt-file={}", upstream_path("tls/test-ca.pem"));
    let cases: &[(&str, &[&str], &str, &[&str])] = &[
        (
            "helm",
            &["helm", "helm-auth", "-u", "user", "-p", "pw"],
            "kubernetes.io/basic-auth",
            &["password", "username"],
        ),
        (
            "oci",
            &["oci", "ghcr", "--url=ghcr.io", "-u", "user", "-p", "pw"],
            "kubernetes.io/dockerconfigjson",
            &[".dockerconfigjson"],
        ),
        ("proxy", &["proxy", "proxy", "--address=http://proxy.example.com:3128"], "Opaque", &["address"]),
        ("receiver", &["receiver", "hook", "--type=github", "--hostname=flux.example.com"], "Opaque", &["token"]),
        ("tls", &["tls", "certs", &crt, &key, &ca], "kubernetes.io/tls", &["ca.crt", "tls.crt", "tls.key"]),
    ];
    for (kind, args, type_, keys) in cases {
        let args: Vec<&str> = ["create", "secret"].iter().chain(args.iter()).copied().collect();
        let out = flux(&with_cluster(&args, &cluster), &[], None).await;
        assert_golden(&format!("create/secret/{kind}_created"), &out, &[("ns", NS)]);
        let (secret, data) = stored(&client, args[3]).await;
        assert_eq!(secret.type_.as_deref(), Some(*type_), "{kind}");
        assert_eq!(data.keys().map(String::as_str).collect::<Vec<_>>(), *keys, "{kind}");
    }
    let (secret, data) = stored(&client, "hook").await;
    let url = secret.metadata.annotations.unwrap_or_default()["notification.toolkit.fluxcd.io/webhook"].clone();
    assert!(url.starts_with("https://flux.example.com/hook/"), "{url}");
    assert_eq!(data["token"].len(), 64);

    // `--token` is the receiver's, never the API server's bearer token (upstream's local flag shadows it).
    let args =
        ["create", "secret", "receiver", "given", "--type=generic", "--hostname=h.example.com", "--token=given-t0ken"];
    let out = flux(&with_cluster(&args, &cluster), &[], None).await;
    assert_eq!(
        (out.code, out.stderr.as_str()),
        (0, format!("► receiver secret 'given' created in '{NS}' namespace\n").as_str())
    );
    let (_, data) = stored(&client, "given").await;
    assert_eq!(data["token"], "given-t0ken");
}

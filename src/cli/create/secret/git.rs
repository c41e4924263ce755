//! `flux create secret git`: credentials for a GitRepository — basic auth or a bearer token, with an
//! optional CA, for Git over HTTP/S; for Git over SSH a key pair (generated, or read from
//! `--private-key-file`) and the server's host key, scanned from the URL's host.

use std::time::Duration;

use clap::Args;

use super::sourcesecret::{self, GitCredentials, SshKeys};
use super::{meta, read, save, Ending};
use crate::cli::create::source::url;
use crate::cli::create::{object_name, Create};
use crate::ui;

/// How long the host-key scan may take, as upstream's.
const SCAN_TIMEOUT: Duration = Duration::from_secs(30);

/// The SSH part of upstream's `GenerateGit`: the key pair from `private_key_file` (decrypted with
/// `password` to derive its public key) or generated as `flags` say, and the host key of `host`
/// (`host[:port]`, port 22 by default) as one `known_hosts` line.
pub fn ssh_keys(host: &str, flags: &SshKeyFlags, private_key_file: &str, password: &str) -> anyhow::Result<SshKeys> {
    let pair = if private_key_file.is_empty() {
        let algorithm = match flags.key_algorithm.as_str() {
            "rsa" => git::keys::KeyAlgorithm::Rsa { bits: flags.rsa_bits as usize },
            "ed25519" => git::keys::KeyAlgorithm::Ed25519,
            _ => git::keys::KeyAlgorithm::Ecdsa(match flags.ecdsa_curve.as_str() {
                "p256" => git::keys::Curve::P256,
                "p521" => git::keys::Curve::P521,
                _ => git::keys::Curve::P384,
            }),
        };
        git::keys::generate(algorithm)?
    } else {
        let bytes = sourcesecret::read_file(private_key_file)
            .map_err(|e| anyhow::anyhow!("failed to open private key file: {e}"))?;
        git::keys::load(&bytes, Some(password))?
    };
    let known_hosts = git::keys::scan_host_key(host, SCAN_TIMEOUT)?;
    Ok(SshKeys {
        identity: String::from_utf8_lossy(&pair.private_key).into_owned(),
        identity_pub: pair.public_key,
        known_hosts,
    })
}

/// Create or update a Kubernetes secret for Git authentication.
///
/// The create secret git command generates a Kubernetes secret with Git credentials.
/// For Git over SSH, the host and SSH keys are automatically generated and stored
/// in the secret.
/// For Git over HTTP/S, the provided basic authentication credentials or bearer
/// authentication token are stored in the secret.
///
/// Examples:
///   # Create a Git SSH authentication secret using an ECDSA P-521 curve public key
///   flux-rs create secret git podinfo-auth \
///     --url=ssh://git@github.com/stefanprodan/podinfo \
///     --ssh-key-algorithm=ecdsa \
///     --ssh-ecdsa-curve=p521
///
///   # Create a Git SSH authentication secret with a passwordless private key from file
///   # The public SSH host key will still be gathered from the host
///   flux-rs create secret git podinfo-auth \
///     --url=ssh://git@github.com/stefanprodan/podinfo \
///     --private-key-file=./private.key
///
///   # Create a Git SSH authentication secret with a passworded private key from file
///   # The public SSH host key will still be gathered from the host
///   flux-rs create secret git podinfo-auth \
///     --url=ssh://git@github.com/stefanprodan/podinfo \
///     --private-key-file=./private.key \
///     --password=<password>
///
///   # Create a secret for a Git repository using basic authentication
///   flux-rs create secret git podinfo-auth \
///     --url=https://github.com/stefanprodan/podinfo \
///     --username=username \
///     --password=password
///
///   # Create a secret for a Git repository using a bearer token
///   flux-rs create secret git podinfo-auth \
///     --url=https://github.com/stefanprodan/podinfo \
///     --bearer-token=ghp_XXXX
///
///   # Create a Git secret on disk and encrypt it with Mozilla SOPS
///   flux-rs create secret git podinfo-auth \
///     --url=https://github.com/stefanprodan/podinfo \
///     --username=username \
///     --password=password \
///     --export > podinfo-auth.yaml
///   sops --encrypt --encrypted-regex '^(data|stringData)$' \
///     --in-place podinfo-auth.yaml
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct GitArgs {
    /// The Secret's name.
    #[arg(value_name = "NAME")]
    name: Option<String>,
    /// Git address, e.g. ssh://git@host/org/repository.
    #[arg(long, value_name = "URL", default_value = "")]
    url: String,
    /// Basic authentication username.
    #[arg(short = 'u', long, value_name = "USERNAME", default_value = "")]
    username: String,
    /// Basic authentication password.
    #[arg(short = 'p', long, value_name = "PASSWORD", default_value = "")]
    password: String,
    #[command(flatten)]
    ssh: SshKeyFlags,
    /// Path to TLS CA certificate file used for validating self-signed certificates.
    #[arg(long, value_name = "PATH", default_value = "")]
    ca_crt_file: String,
    /// Path to a passwordless private key file used for authenticating to the Git SSH server.
    #[arg(long, value_name = "PATH", default_value = "")]
    private_key_file: String,
    /// Bearer authentication token.
    #[arg(long, value_name = "TOKEN", default_value = "")]
    bearer_token: String,
}

/// The SSH key flags of `create secret git` and `create source git`, checked as upstream checks them.
#[derive(Debug, Args, Clone)]
pub struct SshKeyFlags {
    /// SSH public key algorithm (rsa, ecdsa, ed25519).
    #[arg(long = "ssh-key-algorithm", value_name = "rsa|ecdsa|ed25519", default_value = "ecdsa", value_parser = parse_key_algorithm)]
    pub key_algorithm: String,
    /// SSH RSA public key bit size (multiplies of 8, min 1024).
    #[arg(long = "ssh-rsa-bits", value_name = "BITS", default_value = "2048", value_parser = parse_rsa_bits)]
    pub rsa_bits: u32,
    /// SSH ECDSA public key curve (p256, p384, p521).
    #[arg(long = "ssh-ecdsa-curve", value_name = "p256|p384|p521", default_value = "p384", value_parser = parse_ecdsa_curve)]
    pub ecdsa_curve: String,
}

fn parse_key_algorithm(text: &str) -> Result<String, String> {
    const ALGORITHMS: [&str; 3] = ["rsa", "ecdsa", "ed25519"];
    if text.trim().is_empty() {
        return Err(format!("no public key algorithm given, must be one of: {}", ALGORITHMS.join(", ")));
    }
    if !ALGORITHMS.contains(&text) {
        return Err(format!("unsupported public key algorithm '{text}', must be one of: {}", ALGORITHMS.join(", ")));
    }
    Ok(text.to_string())
}

fn parse_rsa_bits(text: &str) -> Result<u32, String> {
    if text.trim().is_empty() {
        return Ok(2048);
    }
    let bits: i64 =
        text.parse().map_err(|_| format!("strconv.Atoi: parsing {}: invalid syntax", crate::cli::go_quote(text)))?;
    if bits < 1024 {
        return Err("RSA key bit size must be at least 1024".into());
    }
    if bits % 8 != 0 {
        return Err("RSA key bit size must be a multiples of 8".into());
    }
    u32::try_from(bits).map_err(|_| format!("strconv.Atoi: parsing {}: value out of range", crate::cli::go_quote(text)))
}

fn parse_ecdsa_curve(text: &str) -> Result<String, String> {
    match text {
        "p256" | "p384" | "p521" => Ok(text.to_string()),
        _ => Err(format!("unsupported curve '{text}', must be one of: p256, p384, p521")),
    }
}

pub async fn run(create: &Create<'_>, args: GitArgs) -> anyhow::Result<()> {
    let name = object_name(args.name.as_deref())?;
    if args.url.is_empty() {
        anyhow::bail!("url is required");
    }
    let u = url::parse(&args.url).map_err(|e| anyhow::anyhow!("git URL parse failed: {e}"))?;
    let meta = meta(create, &name)?;
    let creds = match u.scheme.as_str() {
        "ssh" => {
            let ssh = ssh_keys(&u.host, &args.ssh, &args.private_key_file, &args.password)?;
            GitCredentials { password: args.password, ssh: Some(ssh), ..GitCredentials::default() }
        }
        "http" | "https" => {
            if (args.username.is_empty() || args.password.is_empty()) && args.bearer_token.is_empty() {
                anyhow::bail!("for Git over HTTP/S the username and password, or a bearer token is required");
            }
            if !args.username.is_empty() && !args.password.is_empty() && !args.bearer_token.is_empty() {
                anyhow::bail!("user credentials and bearer token cannot be used together");
            }
            let ca = match args.ca_crt_file.as_str() {
                "" => None,
                path => Some(read(path, "unable to read TLS CA file")?),
            };
            GitCredentials {
                username: args.username,
                password: args.password,
                bearer_token: args.bearer_token,
                ca,
                ssh: None,
            }
        }
        other => anyhow::bail!("git URL scheme '{other}' not supported, can be: ssh, http and https"),
    };
    let secret = sourcesecret::git(&meta, &creds);
    if !create.flags.export {
        if let Some(ssh) = &creds.ssh {
            ui::generate(&format!("deploy key: {}", ssh.identity_pub));
        }
    }
    save(create, &secret, "git", Ending::EmptyLine).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ssh_flags_are_checked_like_upstream() {
        assert_eq!(parse_key_algorithm("ed25519").as_deref(), Ok("ed25519"));
        assert_eq!(
            parse_key_algorithm("dsa").unwrap_err(),
            "unsupported public key algorithm 'dsa', must be one of: rsa, ecdsa, ed25519"
        );
        assert_eq!(parse_rsa_bits("4096"), Ok(4096));
        assert_eq!(parse_rsa_bits("512").unwrap_err(), "RSA key bit size must be at least 1024");
        assert_eq!(parse_rsa_bits("1025").unwrap_err(), "RSA key bit size must be a multiples of 8");
        assert_eq!(parse_rsa_bits("x").unwrap_err(), r#"strconv.Atoi: parsing "x": invalid syntax"#);
        assert_eq!(
            parse_ecdsa_curve("p224").unwrap_err(),
            "unsupported curve 'p224', must be one of: p256, p384, p521"
        );
    }
}

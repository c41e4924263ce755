//! `flux create source git`: a GitRepository, with the basic-auth Secret upstream stores for `-u/-p`.

use clap::Args;

use api::source::{GitProvider, GitRepository, GitRepositoryRef, GitRepositorySpec};

use super::{ignore, reference, url, wait_for_artifact, SourceFlags, Wait};
use crate::cli::create::secret::{self, sourcesecret, SshKeyFlags};
use crate::cli::create::{non_empty, object_name, Create, Readiness, Report};
use crate::cli::kinds::GIT_REPOSITORY;
use crate::ui;

/// Create or update a GitRepository source.
///
/// The create source git command generates a GitRepository resource and waits for it to sync.
/// For private Git repositories over HTTP/S, the basic authentication credentials are stored in a
/// Kubernetes secret named after the source. For Git over SSH without --secret-ref, an SSH key pair is
/// generated (or read from --private-key-file), the server's host key is scanned, and both are stored in
/// a secret named after the source; the deploy key is printed for you to add to the repository.
///
/// Examples:
///   # Create a source from a public Git repository master branch
///   flux-rs create source git podinfo \
///     --url=https://github.com/stefanprodan/podinfo \
///     --branch=master
///
///   # Create a source for a Git repository pinned to specific git tag
///   flux-rs create source git podinfo \
///     --url=https://github.com/stefanprodan/podinfo \
///     --tag="3.2.3"
///
///   # Create a source from a public Git repository tag that matches a semver range
///   flux-rs create source git podinfo \
///     --url=https://github.com/stefanprodan/podinfo \
///     --tag-semver=">=3.2.0 <3.3.0"
///
///   # Create a source for a Git repository using basic authentication
///   flux-rs create source git podinfo \
///     --url=https://github.com/stefanprodan/podinfo \
///     --branch=master \
///     --username=username \
///     --password=password
///
///   # Create a source for a Git repository using SSH authentication (generates a deploy key)
///   flux-rs create source git podinfo \
///     --url=ssh://git@github.com/stefanprodan/podinfo \
///     --branch=master
///
///   # Create a source for a Git repository using SSH authentication and an ECDSA P-521 key
///   flux-rs create source git podinfo \
///     --url=ssh://git@github.com/stefanprodan/podinfo \
///     --branch=master \
///     --ssh-key-algorithm=ecdsa \
///     --ssh-ecdsa-curve=p521
///
///   # Create a source for a Git repository over SSH with an existing Secret
///   flux-rs create source git podinfo \
///     --url=ssh://git@github.com/stefanprodan/podinfo \
///     --branch=master \
///     --secret-ref=podinfo-ssh
///
///   # Create a source for a Git repository using azure provider
///   flux-rs create source git podinfo \
///     --url=https://dev.azure.com/foo/bar/_git/podinfo \
///     --branch=master \
///     --provider=azure
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct GitArgs {
    /// The GitRepository's name.
    #[arg(value_name = "NAME")]
    name: Option<String>,
    /// Git address, e.g. ssh://git@host/org/repository.
    #[arg(long, value_name = "URL", default_value = "")]
    url: String,
    /// Git branch.
    #[arg(long, value_name = "BRANCH", default_value = "")]
    branch: String,
    /// Git tag.
    #[arg(long, value_name = "TAG", default_value = "")]
    tag: String,
    /// Git tag semver range.
    #[arg(long = "tag-semver", value_name = "RANGE", default_value = "")]
    semver: String,
    /// Git reference name.
    #[arg(long, value_name = "REF", default_value = "")]
    ref_name: String,
    /// Git commit.
    #[arg(long, value_name = "SHA", default_value = "")]
    commit: String,
    /// Basic authentication username.
    #[arg(short = 'u', long, value_name = "USERNAME", default_value = "")]
    username: String,
    /// Basic authentication password.
    #[arg(short = 'p', long, value_name = "PASSWORD", default_value = "")]
    password: String,
    #[command(flatten)]
    ssh: SshKeyFlags,
    /// The name of an existing secret containing SSH or basic credentials or github app authentication.
    #[arg(long, value_name = "NAME", default_value = "")]
    secret_ref: String,
    /// The name of an existing secret containing the proxy address and credentials.
    #[arg(long, value_name = "NAME", default_value = "")]
    proxy_secret_ref: String,
    /// The Git provider name (generic, github, aws, azure).
    #[arg(long, value_name = "generic|github|aws|azure", value_parser = parse_provider)]
    provider: Option<GitProvider>,
    /// Path to TLS CA file used for validating self-signed certificates.
    #[arg(long, value_name = "PATH", default_value = "")]
    ca_file: String,
    /// Path to a passwordless private key file used for authenticating to the Git SSH server.
    #[arg(long, value_name = "PATH", default_value = "")]
    private_key_file: String,
    /// When enabled, configures the GitRepository source to initialize and include Git submodules in the
    /// artifact it produces.
    #[arg(long, action = clap::ArgAction::Set, num_args = 0..=1, require_equals = true, default_missing_value = "true", default_value = "false", value_name = "BOOL", value_parser = crate::cli::create::go_bool)]
    recurse_submodules: bool,
    /// Assumes the deploy key is already setup, skips confirmation.
    #[arg(short = 's', long, action = clap::ArgAction::Set, num_args = 0..=1, require_equals = true, default_missing_value = "true", default_value = "false", value_name = "BOOL", value_parser = crate::cli::create::go_bool)]
    silent: bool,
    /// Set paths to ignore in git resource (can specify multiple paths with commas: path1,path2).
    #[arg(long, value_name = "PATHS", value_delimiter = ',')]
    ignore_paths: Vec<String>,
    /// Set paths to sparse checkout in git resource (can specify multiple paths with commas: path1,path2).
    #[arg(long, value_name = "PATHS", value_delimiter = ',')]
    sparse_checkout_paths: Vec<String>,
}

/// Upstream's `SourceGitProvider` flag.
fn parse_provider(text: &str) -> Result<GitProvider, String> {
    match text {
        "generic" => Ok(GitProvider::Generic),
        "github" => Ok(GitProvider::Github),
        "aws" => Ok(GitProvider::Aws),
        "azure" => Ok(GitProvider::Azure),
        t if t.trim().is_empty() => Err("no source Git provider given, please specify the Git provider name".into()),
        t => Err(format!("source Git provider '{t}' is not supported, must be one of: generic|github|aws|azure")),
    }
}

/// The ref upstream writes: commit (with its branch) > ref name > semver > tag > branch.
fn git_ref(args: &GitArgs) -> GitRepositoryRef {
    if !args.commit.is_empty() {
        GitRepositoryRef { commit: non_empty(&args.commit), branch: non_empty(&args.branch), ..Default::default() }
    } else if !args.ref_name.is_empty() {
        GitRepositoryRef { name: non_empty(&args.ref_name), ..Default::default() }
    } else if !args.semver.is_empty() {
        GitRepositoryRef { semver: non_empty(&args.semver), ..Default::default() }
    } else if !args.tag.is_empty() {
        GitRepositoryRef { tag: non_empty(&args.tag), ..Default::default() }
    } else {
        GitRepositoryRef { branch: non_empty(&args.branch), ..Default::default() }
    }
}

pub async fn run(create: &Create<'_>, source: &SourceFlags, args: GitArgs) -> anyhow::Result<()> {
    let name = object_name(args.name.as_deref())?;
    if args.url.is_empty() {
        anyhow::bail!("url is required");
    }
    let u = url::parse(&args.url).map_err(|e| anyhow::anyhow!("git URL parse failed: {e}"))?;
    if !["ssh", "http", "https"].contains(&u.scheme.as_str()) {
        anyhow::bail!("git URL scheme '{}' not supported, can be: ssh, http and https", u.scheme);
    }
    let refs = [&args.branch, &args.tag, &args.semver, &args.commit, &args.ref_name];
    if refs.iter().all(|r| r.is_empty()) {
        anyhow::bail!(
            "a Git ref is required, use one of the following: --branch, --tag, --commit, --ref-name or --tag-semver"
        );
    }
    if !args.ca_file.is_empty() && u.scheme == "ssh" {
        anyhow::bail!("specifying a CA file is not supported for Git over SSH");
    }
    let metadata = create.metadata(&name)?;
    let mut spec = GitRepositorySpec {
        url: args.url.clone(),
        interval: create.interval(),
        timeout: source.timeout(),
        reference: Some(git_ref(&args)),
        recurse_submodules: args.recurse_submodules.then_some(true),
        ignore: ignore(&args.ignore_paths),
        sparse_checkout: (!args.sparse_checkout_paths.is_empty()).then(|| args.sparse_checkout_paths.clone()),
        secret_ref: reference(&args.secret_ref),
        proxy_secret_ref: reference(&args.proxy_secret_ref),
        provider: args.provider,
        ..GitRepositorySpec::default()
    };
    if create.flags.export {
        return super::super::export(&GitRepository { metadata, spec, status: None });
    }
    let kube = create.kube().await?;
    ui::generate("generating GitRepository source");
    if args.secret_ref.is_empty() {
        let mut creds = sourcesecret::GitCredentials::default();
        if u.scheme == "ssh" {
            creds.ssh = Some(secret::ssh_keys(&u.host, &args.ssh, &args.private_key_file, &args.password)?);
        }
        if u.scheme == "https" && !args.ca_file.is_empty() {
            let ca = sourcesecret::read_file(&args.ca_file)
                .map_err(|e| anyhow::anyhow!("unable to read TLS CA file: {e}"))?;
            creds.ca = Some(ca);
        }
        if u.scheme == "http" {
            ui::warning("insecure configuration: credentials configured for an HTTP URL");
        }
        if u.scheme != "ssh" {
            creds.username = args.username.clone();
        }
        creds.password = args.password.clone();
        // The Secret takes the source's name and no labels, as upstream's.
        let meta = sourcesecret::Meta { name: name.clone(), namespace: create.namespace().to_string(), labels: None };
        let secret = sourcesecret::git(&meta, &creds);
        if secret.string_data.is_some() {
            if let Some(ssh) = &creds.ssh {
                ui::success(&format!("collected public key from SSH server:\n{}", ssh.known_hosts));
                ui::generate(&format!("deploy key: {}", ssh.identity_pub));
                if !args.silent {
                    if !ui::can_prompt() {
                        anyhow::bail!(
                            "aborting: stdin is not a terminal, pass -s/--silent once the deploy key is added"
                        );
                    }
                    if !ui::confirm("Have you added the deploy key to your repository")? {
                        anyhow::bail!("aborting");
                    }
                }
            }
            ui::action("applying secret with repository credentials");
            secret::upsert_secret(create, &kube, &secret).await?;
            spec.secret_ref = reference(&name);
            ui::success("authentication configured");
        }
    }

    ui::action("applying GitRepository source");
    let repository = GitRepository { metadata, spec, status: None };
    create.apply(&kube, &GIT_REPOSITORY, "GitRepository source", &repository, Report::Always).await?;
    let wait = Wait {
        kind: &GIT_REPOSITORY,
        noun: "GitRepository source",
        rule: Readiness::Dynamic,
        no_artifact: Some("GitRepository source reconciliation completed but no artifact was found"),
    };
    wait_for_artifact(create, &kube, &name, wait).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn providers_are_upstreams() {
        assert_eq!(parse_provider("azure"), Ok(GitProvider::Azure));
        assert_eq!(
            parse_provider("dummy").unwrap_err(),
            "source Git provider 'dummy' is not supported, must be one of: generic|github|aws|azure"
        );
        assert_eq!(
            parse_provider("").unwrap_err(),
            "no source Git provider given, please specify the Git provider name"
        );
    }
}

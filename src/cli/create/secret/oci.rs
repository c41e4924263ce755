//! `flux create secret oci`: a `kubernetes.io/dockerconfigjson` Secret for an OCIRepository's registry.

use clap::Args;

use super::{save, sourcesecret, Ending};
use crate::cli::create::source::url;
use crate::cli::create::{object_name, Create};

/// Create or update a Kubernetes image pull secret.
///
/// The create secret oci command generates a Kubernetes secret that can be used for OCIRepository
/// authentication. As upstream, it sets no labels: --label is ignored.
///
/// Examples:
///   # Create an OCI authentication secret on disk and encrypt it with Mozilla SOPS
///   flux-rs create secret oci podinfo-auth \
///     --url=ghcr.io \
///     --username=username \
///     --password=password \
///     --export > repo-auth.yaml
///   sops --encrypt --encrypted-regex '^(data|stringData)$' \
///     --in-place repo-auth.yaml
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct OciArgs {
    /// The Secret's name.
    #[arg(value_name = "NAME")]
    name: Option<String>,
    /// OCI repository address, e.g. ghcr.io/stefanprodan/charts.
    #[arg(long, value_name = "URL", default_value = "")]
    url: String,
    /// Basic authentication username.
    #[arg(short = 'u', long, value_name = "USERNAME", default_value = "")]
    username: String,
    /// Basic authentication password.
    #[arg(short = 'p', long, value_name = "PASSWORD", default_value = "")]
    password: String,
}

pub async fn run(create: &Create<'_>, args: OciArgs) -> anyhow::Result<()> {
    let name = object_name(args.name.as_deref())?;
    if args.url.is_empty() {
        anyhow::bail!("--url is required");
    }
    if args.username.is_empty() {
        anyhow::bail!("--username is required");
    }
    if args.password.is_empty() {
        anyhow::bail!("--password is required");
    }
    if !is_image_reference(&args.url) {
        anyhow::bail!("error parsing url: 'could not parse reference: {}'", args.url);
    }
    // Upstream passes no labels to this Secret.
    let meta = sourcesecret::Meta { name, namespace: create.namespace().to_string(), labels: None };
    let secret = sourcesecret::oci(&meta, &args.url, &args.username, &args.password).map_err(anyhow::Error::msg)?;
    save(create, &secret, "oci", Ending::EmptyLine).await
}

/// go-containerregistry's weak `name.ParseReference`: a repository with an optional tag, or a
/// repository and a `sha256:` digest. The registry part (before the first `/`, when it has a `.` or a
/// `:`) must be a URI authority.
fn is_image_reference(text: &str) -> bool {
    is_tag_reference(text) || is_digest_reference(text)
}

fn is_tag_reference(text: &str) -> bool {
    let mut base = text;
    let parts: Vec<&str> = text.split(':').collect();
    if let [.., last] = parts.as_slice() {
        if parts.len() > 1 && !last.contains('/') {
            base = &text[..text.len() - last.len() - 1];
            if !last.is_empty() && !is_element(last, 1, 127, |c| c.is_ascii_alphanumeric() || "_-.".contains(c)) {
                return false;
            }
        }
    }
    is_repository(base)
}

fn is_digest_reference(text: &str) -> bool {
    let parts: Vec<&str> = text.split('@').collect();
    let [base, digest] = parts.as_slice() else { return false };
    if !is_element(digest, 71, 71, |c| "sh:0123456789abcdef".contains(c)) {
        return false;
    }
    // A tag before the digest is dropped, as `NewDigest` keeps only the tag's repository.
    let repository = if is_tag_reference(base) {
        let parts: Vec<&str> = base.split(':').collect();
        match parts.as_slice() {
            [.., last] if parts.len() > 1 && !last.contains('/') => &base[..base.len() - last.len() - 1],
            _ => base,
        }
    } else {
        base
    };
    is_repository(repository)
}

fn is_repository(name: &str) -> bool {
    if name.is_empty() {
        return false;
    }
    let (registry, repository) = match name.split_once('/') {
        Some((first, rest)) if first.contains('.') || first.contains(':') => (first, rest),
        _ => ("", name),
    };
    let repo_chars = |c: char| c.is_ascii_lowercase() || c.is_ascii_digit() || "_-./".contains(c);
    if !is_element(repository, 2, 255, repo_chars) {
        return false;
    }
    if !is_authority(registry) {
        return false;
    }
    // Docker Hub's single-component names get `library/` in front, which must still fit.
    if registry.is_empty() && !repository.contains('/') {
        return is_element(&format!("library/{repository}"), 2, 255, repo_chars);
    }
    true
}

fn is_element(text: &str, min: usize, max: usize, allowed: impl Fn(char) -> bool) -> bool {
    let count = text.chars().count();
    (min..=max).contains(&count) && text.chars().all(allowed)
}

/// Go's `url.Parse("//" + name).Host == name`.
fn is_authority(name: &str) -> bool {
    if name.contains(['/', '?', '#', '@']) {
        return false;
    }
    url::parse(&format!("//{name}")).is_ok_and(|u| u.host == name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_are_parsed_weakly_like_go_containerregistry() {
        for ok in [
            "ghcr.io",
            "ghcr.io/stefanprodan/charts",
            "localhost:5000/podinfo:6.3.5",
            "podinfo",
            "https://ghcr.io",
            "ghcr.io/podinfo@sha256:0000000000000000000000000000000000000000000000000000000000000000",
        ] {
            assert!(is_image_reference(ok), "{ok}");
        }
        for bad in ["", "GHCR.IO/Org", "ghcr.io/org/repo:bad tag", "ghcr.io/a b", "x", "ghcr.io/p@sha256:12"] {
            assert!(!is_image_reference(bad), "{bad}");
        }
    }
}

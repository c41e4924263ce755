//! `flux create source oci`: an OCIRepository, optionally with signature verification and a layer
//! selector.

use clap::Args;

use api::source::{
    OCILayerOperation, OCILayerSelector, OCIProvider, OCIRepository, OCIRepositoryRef, OCIRepositorySpec,
    OCIRepositoryVerification,
};

use super::{ignore, reference, wait_for_artifact, SourceFlags, VerifyFlags, Wait};
use crate::cli::create::{non_empty, object_name, Create, Readiness, Report};
use crate::cli::go_quote;
use crate::cli::kinds::OCI_REPOSITORY;
use crate::ui;

/// Create or update an OCIRepository.
///
/// The create source oci command generates an OCIRepository resource and waits for it to be ready.
///
/// Examples:
///   # Create an OCIRepository for a public container image
///   flux-rs create source oci podinfo \
///     --url=oci://ghcr.io/stefanprodan/manifests/podinfo \
///     --tag=6.6.2 \
///     --interval=10m
///
///   # Create an OCIRepository with OIDC signature verification
///   flux-rs create source oci podinfo \
///     --url=oci://ghcr.io/stefanprodan/manifests/podinfo \
///     --tag=6.6.2 \
///     --interval=10m \
///     --verify-provider=cosign \
///     --verify-subject="^https://github.com/stefanprodan/podinfo/.github/workflows/release.yml@refs/tags/6.6.2$" \
///     --verify-issuer="^https://token.actions.githubusercontent.com$"
///
///   # Create an OCIRepository for a Helm chart layer
///   flux-rs create source oci valkey-cluster \
///     --url=oci://example.com/charts/valkey \
///     --tag=0.11.6 \
///     --layer-selector=application/vnd.cncf.helm.chart.content.v1.tar+gzip:copy
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct OciArgs {
    /// The OCIRepository's name.
    #[arg(value_name = "NAME")]
    name: Option<String>,
    /// The OCI provider name (generic, aws, azure, gcp).
    #[arg(long, value_name = "generic|aws|azure|gcp", default_value = "generic", value_parser = parse_provider)]
    provider: OCIProvider,
    /// The OCI repository URL.
    #[arg(long, value_name = "URL", default_value = "")]
    url: String,
    /// The OCI artifact tag.
    #[arg(long, value_name = "TAG", default_value = "")]
    tag: String,
    /// The OCI artifact tag semver range.
    #[arg(long = "tag-semver", value_name = "RANGE", default_value = "")]
    semver: String,
    /// The OCI artifact digest.
    #[arg(long, value_name = "DIGEST", default_value = "")]
    digest: String,
    /// The name of the Kubernetes image pull secret (type 'kubernetes.io/dockerconfigjson').
    #[arg(long, value_name = "NAME", default_value = "")]
    secret_ref: String,
    /// The name of an existing secret containing the proxy address and credentials.
    #[arg(long, value_name = "NAME", default_value = "")]
    proxy_secret_ref: String,
    /// The name of the Kubernetes service account that refers to an image pull secret.
    #[arg(long, value_name = "NAME", default_value = "")]
    service_account: String,
    /// The name of a secret to use for TLS certificates.
    #[arg(long = "cert-ref", value_name = "NAME", default_value = "")]
    cert_secret_ref: String,
    #[command(flatten)]
    verify: VerifyFlags,
    /// Set paths to ignore resources (can specify multiple paths with commas: path1,path2).
    #[arg(long, value_name = "PATHS", value_delimiter = ',')]
    ignore_paths: Vec<String>,
    /// For when connecting to a non-TLS registries over plain HTTP.
    #[arg(long, action = clap::ArgAction::Set, num_args = 0..=1, require_equals = true, default_missing_value = "true", default_value = "false", value_name = "BOOL", value_parser = crate::cli::create::go_bool)]
    insecure: bool,
    /// The OCI artifact layer selector in the format '<media-type>:<operation>'.
    #[arg(long, value_name = "SELECTOR", default_value = "")]
    layer_selector: String,
}

/// Upstream's `SourceOCIProvider` flag.
fn parse_provider(text: &str) -> Result<OCIProvider, String> {
    match text {
        "generic" => Ok(OCIProvider::Generic),
        "aws" => Ok(OCIProvider::Aws),
        "azure" => Ok(OCIProvider::Azure),
        "gcp" => Ok(OCIProvider::Gcp),
        t if t.trim().is_empty() => Err("no source OCI provider given, please specify the OCI provider name".into()),
        t => Err(format!("source OCI provider '{t}' is not supported, must be one of: generic, aws, azure, gcp")),
    }
}

/// `<media-type>:<operation>`, the operation `extract` or `copy`; empty means no selector.
fn parse_layer_selector(selector: &str) -> anyhow::Result<Option<OCILayerSelector>> {
    if selector.is_empty() {
        return Ok(None);
    }
    let quoted = go_quote(selector);
    let Some((media_type, operation)) = selector.split_once(':').filter(|(m, o)| !m.is_empty() && !o.is_empty()) else {
        anyhow::bail!("invalid --layer-selector {quoted}: must be in the format '<media-type>:<operation>'");
    };
    let operation = match operation {
        "extract" => OCILayerOperation::Extract,
        "copy" => OCILayerOperation::Copy,
        _ => anyhow::bail!(r#"invalid --layer-selector {quoted}: operation must be "extract" or "copy""#),
    };
    Ok(Some(OCILayerSelector { media_type: Some(media_type.to_string()), operation: Some(operation) }))
}

pub async fn run(create: &Create<'_>, source: &SourceFlags, args: OciArgs) -> anyhow::Result<()> {
    let name = object_name(args.name.as_deref())?;
    if args.url.is_empty() {
        anyhow::bail!("url is required");
    }
    if args.semver.is_empty() && args.tag.is_empty() && args.digest.is_empty() {
        anyhow::bail!("--tag, --tag-semver or --digest is required");
    }
    let layer_selector = parse_layer_selector(&args.layer_selector)?;
    let metadata = create.metadata(&name)?;
    let verify = args.verify.resolve(true)?.map(|v| OCIRepositoryVerification {
        provider: v.provider,
        secret_ref: v.secret_ref,
        match_oidc_identity: v.match_oidc_identity,
        trusted_root_secret_ref: None,
    });
    let spec = OCIRepositorySpec {
        provider: Some(args.provider),
        url: args.url,
        insecure: args.insecure.then_some(true),
        interval: create.interval(),
        reference: Some(OCIRepositoryRef {
            digest: non_empty(&args.digest),
            semver: non_empty(&args.semver),
            tag: non_empty(&args.tag),
            semver_filter: None,
        }),
        ignore: ignore(&args.ignore_paths),
        layer_selector,
        timeout: source.timeout(),
        service_account_name: non_empty(&args.service_account),
        secret_ref: reference(&args.secret_ref),
        proxy_secret_ref: reference(&args.proxy_secret_ref),
        cert_secret_ref: reference(&args.cert_secret_ref),
        verify,
        suspend: None,
    };
    let repository = OCIRepository { metadata, spec, status: None };
    if create.flags.export {
        return super::super::export(&repository);
    }

    let kube = create.kube().await?;
    ui::action("applying OCIRepository");
    create.apply(&kube, &OCI_REPOSITORY, "OCIRepository", &repository, Report::Always).await?;
    let wait = Wait {
        kind: &OCI_REPOSITORY,
        noun: "OCIRepository",
        rule: Readiness::Dynamic,
        no_artifact: Some("no artifact was found"),
    };
    wait_for_artifact(create, &kube, &name, wait).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn layer_selectors_are_checked() {
        let ok = parse_layer_selector("application/vnd.cncf.helm.chart.content.v1.tar+gzip:copy").unwrap().unwrap();
        assert_eq!(ok.operation, Some(OCILayerOperation::Copy));
        assert_eq!(parse_layer_selector("").unwrap(), None);
        let err = parse_layer_selector("a:move").unwrap_err().to_string();
        assert_eq!(err, r#"invalid --layer-selector "a:move": operation must be "extract" or "copy""#);
        let err = parse_layer_selector(":copy").unwrap_err().to_string();
        assert_eq!(err, r#"invalid --layer-selector ":copy": must be in the format '<media-type>:<operation>'"#);
    }

    #[test]
    fn providers_are_upstreams() {
        assert_eq!(parse_provider("gcp"), Ok(OCIProvider::Gcp));
        assert_eq!(
            parse_provider("github").unwrap_err(),
            "source OCI provider 'github' is not supported, must be one of: generic, aws, azure, gcp"
        );
    }
}

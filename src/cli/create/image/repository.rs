//! `flux create image repository`: an ImageRepository, the image whose tags are scanned.

use clap::Args;

use api::image::{ImageRepository, ImageRepositorySpec};
use api::meta::LocalObjectReference;

use super::super::{non_empty, non_zero, object_name, Create};
use super::reference::check_repository;
use crate::cli::duration::{self, GoDuration};
use crate::cli::kinds::IMAGE_REPOSITORY;

/// Create or update an ImageRepository object.
///
/// The create image repository command generates an ImageRepository resource.
/// An ImageRepository object specifies an image repository to scan.
///
/// Examples:
///   # Create an ImageRepository object to scan the alpine image repository:
///   flux-rs create image repository alpine-repo --image alpine --interval 20m
///
///   # Create an image repository that uses an image pull secret (assumed to
///   # have been created already):
///   flux-rs create image repository myapp-repo \
///     --secret-ref image-pull \
///     --image ghcr.io/example.com/myapp --interval 5m
///
///   # Create a TLS secret for a local image registry using a self-signed
///   # host certificate, and use it to scan an image. ca.pem is a file
///   # containing the CA certificate used to sign the host certificate.
///   flux-rs create secret tls local-registry-cert --ca-crt-file ./ca.pem
///   flux-rs create image repository app-repo \
///     --cert-ref local-registry-cert \
///     --image local-registry:5000/app --interval 5m
#[derive(Debug, Args)]
#[command(verbatim_doc_comment, args_override_self = true)]
pub struct ImageRepositoryArgs {
    /// The ImageRepository's name.
    #[arg(value_name = "NAME")]
    name: Option<String>,
    /// The image repository to scan; e.g., library/alpine.
    #[arg(long, value_name = "IMAGE", default_value = "")]
    image: String,
    /// The name of a docker-registry secret to use for credentials.
    #[arg(long, value_name = "NAME", default_value = "")]
    secret_ref: String,
    /// The name of a secret to use for TLS certificates.
    #[arg(long, value_name = "NAME", default_value = "")]
    cert_ref: String,
    /// A timeout for scanning; this defaults to the interval if not set (--timeout is the command's own).
    #[arg(long, value_name = "DURATION", default_value = "0s", value_parser = duration::parse)]
    scan_timeout: GoDuration,
}

pub async fn run(create: &Create<'_>, args: ImageRepositoryArgs) -> anyhow::Result<()> {
    let name = object_name(args.name.as_deref())?;
    if args.image.is_empty() {
        anyhow::bail!("an image repository (--image) is required");
    }
    check_repository(&args.image).map_err(|e| anyhow::anyhow!("unable to parse image value: {e}"))?;
    let metadata = create.metadata(&name)?;
    let spec = ImageRepositorySpec {
        image: args.image,
        interval: create.interval(),
        timeout: non_zero(args.scan_timeout),
        secret_ref: non_empty(&args.secret_ref).map(|name| LocalObjectReference { name }),
        cert_secret_ref: non_empty(&args.cert_ref).map(|name| LocalObjectReference { name }),
        ..ImageRepositorySpec::default()
    };
    let repository = ImageRepository { metadata, spec, status: None };
    if create.flags.export {
        return super::super::export(&repository);
    }
    super::upsert_and_wait(create, &IMAGE_REPOSITORY, &name, &repository).await
}

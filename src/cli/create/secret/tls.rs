//! `flux create secret tls`: a client certificate pair and/or a CA, for sources that talk TLS.

use clap::Args;

use super::helm::TlsFiles;
use super::{meta, save, sourcesecret, Ending};
use crate::cli::create::{object_name, Create};

/// Create or update a Kubernetes secret with TLS certificates.
///
/// The create secret tls command generates a Kubernetes secret with certificates for use with TLS.
/// The certificate and key must be given together and must match; the CA can come alone.
///
/// Examples:
///   # Create a TLS secret on disk and encrypt it with SOPS.
///   # Files are expected to be PEM-encoded.
///   flux-rs create secret tls certs \
///     --namespace=my-namespace \
///     --tls-crt-file=./client.crt \
///     --tls-key-file=./client.key \
///     --ca-crt-file=./ca.crt \
///     --export > certs.yaml
///   sops --encrypt --encrypted-regex '^(data|stringData)$' \
///     --in-place certs.yaml
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct TlsArgs {
    /// The Secret's name.
    #[arg(value_name = "NAME")]
    name: Option<String>,
    #[command(flatten)]
    files: TlsFiles,
}

pub async fn run(create: &Create<'_>, args: TlsArgs) -> anyhow::Result<()> {
    let name = object_name(args.name.as_deref())?;
    let meta = meta(create, &name)?;
    let files = args.files.read()?;
    let secret = sourcesecret::tls(&meta, &files.crt, &files.key, &files.ca).map_err(anyhow::Error::msg)?;
    save(create, &secret, "tls", Ending::None).await
}

//! `flux create secret proxy`: the address and credentials of an HTTP/S proxy, for the sources'
//! `spec.proxySecretRef`.

use clap::Args;

use super::{meta, save, sourcesecret, Ending};
use crate::cli::create::{object_name, Create};

/// Create or update a Kubernetes secret for proxy authentication.
///
/// The create secret proxy command generates a Kubernetes secret with the
/// proxy address and the basic authentication credentials.
///
/// Examples:
///   # Create a proxy secret on disk and encrypt it with SOPS
///   flux-rs create secret proxy my-proxy \
///     --namespace=my-namespace \
///     --address=https://my-proxy.com \
///     --username=my-username \
///     --password=my-password \
///     --export > proxy.yaml
///   sops --encrypt --encrypted-regex '^(data|stringData)$' \
///     --in-place proxy.yaml
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct ProxyArgs {
    /// The Secret's name.
    #[arg(value_name = "NAME")]
    name: Option<String>,
    /// Proxy address.
    #[arg(long, value_name = "URL", default_value = "")]
    address: String,
    /// Basic authentication username.
    #[arg(short = 'u', long, value_name = "USERNAME", default_value = "")]
    username: String,
    /// Basic authentication password.
    #[arg(short = 'p', long, value_name = "PASSWORD", default_value = "")]
    password: String,
}

pub async fn run(create: &Create<'_>, args: ProxyArgs) -> anyhow::Result<()> {
    let name = object_name(args.name.as_deref())?;
    let meta = meta(create, &name)?;
    if args.address.is_empty() {
        anyhow::bail!("address is required");
    }
    let secret =
        sourcesecret::proxy(&meta, &args.address, &args.username, &args.password).map_err(anyhow::Error::msg)?;
    save(create, &secret, "proxy", Ending::EmptyLine).await
}

//! `flux create secret helm`: credentials for a HelmRepository — basic auth, a client certificate and
//! a CA.

use clap::Args;

use super::sourcesecret::{self, HelmCredentials};
use super::{meta, read, save, Ending};
use crate::cli::create::{object_name, Create};

/// Create or update a Kubernetes secret for Helm repository authentication.
///
/// The create secret helm command generates a Kubernetes secret with basic authentication
/// credentials, a TLS client certificate or a CA certificate.
///
/// Examples:
///   # Create a Helm authentication secret on disk and encrypt it with Mozilla SOPS
///   flux-rs create secret helm repo-auth \
///     --namespace=my-namespace \
///     --username=my-username \
///     --password=my-password \
///     --export > repo-auth.yaml
///   sops --encrypt --encrypted-regex '^(data|stringData)$' \
///     --in-place repo-auth.yaml
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct HelmArgs {
    /// The Secret's name.
    #[arg(value_name = "NAME")]
    name: Option<String>,
    /// Basic authentication username.
    #[arg(short = 'u', long, value_name = "USERNAME", default_value = "")]
    username: String,
    /// Basic authentication password.
    #[arg(short = 'p', long, value_name = "PASSWORD", default_value = "")]
    password: String,
    #[command(flatten)]
    tls: TlsFiles,
}

/// The certificate files of `create secret helm` and `create secret tls`.
#[derive(Debug, Args, Clone, Default)]
pub struct TlsFiles {
    /// TLS authentication cert file path.
    #[arg(long, value_name = "PATH", default_value = "")]
    pub tls_crt_file: String,
    /// TLS authentication key file path.
    #[arg(long, value_name = "PATH", default_value = "")]
    pub tls_key_file: String,
    /// TLS authentication CA file path.
    #[arg(long, value_name = "PATH", default_value = "")]
    pub ca_crt_file: String,
}

/// The three files' contents (empty when not given), read in upstream's order: CA, cert, key.
pub struct TlsData {
    pub ca: Vec<u8>,
    pub crt: Vec<u8>,
    pub key: Vec<u8>,
}

impl TlsFiles {
    pub fn read(&self) -> anyhow::Result<TlsData> {
        let optional = |path: &str, what: &str| -> anyhow::Result<Vec<u8>> {
            if path.is_empty() {
                Ok(Vec::new())
            } else {
                read(path, what)
            }
        };
        Ok(TlsData {
            ca: optional(&self.ca_crt_file, "unable to read TLS CA file")?,
            crt: optional(&self.tls_crt_file, "failed to read cert file")?,
            key: optional(&self.tls_key_file, "failed to read key file")?,
        })
    }
}

pub async fn run(create: &Create<'_>, args: HelmArgs) -> anyhow::Result<()> {
    let name = object_name(args.name.as_deref())?;
    let meta = meta(create, &name)?;
    let files = args.tls.read()?;
    let creds = HelmCredentials {
        username: args.username,
        password: args.password,
        ca: files.ca,
        tls_crt: files.crt,
        tls_key: files.key,
    };
    let secret = sourcesecret::helm(&meta, &creds).map_err(anyhow::Error::msg)?;
    save(create, &secret, "helm", Ending::EmptyLine).await
}

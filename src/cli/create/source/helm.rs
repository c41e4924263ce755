//! `flux create source helm`: a HelmRepository (an HTTP/S chart index or an OCI registry), with the
//! credentials Secret upstream stores for `-u/-p` and the certificate files.

use clap::Args;

use api::source::{HelmRepository, HelmRepositorySpec, HelmRepositoryType, OCIProvider};

use super::{reference, url, wait_for_artifact, SourceFlags, Wait};
use crate::cli::create::secret::{self, sourcesecret};
use crate::cli::create::{object_name, Create, Readiness, Report};
use crate::cli::kinds::HELM_REPOSITORY;
use crate::ui;

/// Create or update a HelmRepository source.
///
/// The create source helm command generates a HelmRepository resource and waits for it to fetch the index.
/// For private Helm repositories, the basic authentication credentials are stored in a Kubernetes secret
/// named helm-<name>.
///
/// Examples:
///   # Create a source for an HTTPS public Helm repository
///   flux-rs create source helm podinfo \
///     --url=https://stefanprodan.github.io/podinfo \
///     --interval=10m
///
///   # Create a source for an HTTPS Helm repository using basic authentication
///   flux-rs create source helm podinfo \
///     --url=https://stefanprodan.github.io/podinfo \
///     --username=username \
///     --password=password
///
///   # Create a source for an HTTPS Helm repository using TLS authentication
///   flux-rs create source helm podinfo \
///     --url=https://stefanprodan.github.io/podinfo \
///     --cert-file=./cert.crt \
///     --key-file=./key.crt \
///     --ca-file=./ca.crt
///
///   # Create a source for an OCI Helm repository using an existing secret
///   flux-rs create source helm podinfo \
///     --url=oci://ghcr.io/stefanprodan/charts/podinfo \
///     --secret-ref=docker-config
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct HelmArgs {
    /// The HelmRepository's name.
    #[arg(value_name = "NAME")]
    name: Option<String>,
    /// Helm repository address.
    #[arg(long, value_name = "URL", default_value = "")]
    url: String,
    /// Basic authentication username.
    #[arg(short = 'u', long, value_name = "USERNAME", default_value = "")]
    username: String,
    /// Basic authentication password.
    #[arg(short = 'p', long, value_name = "PASSWORD", default_value = "")]
    password: String,
    /// TLS authentication cert file path.
    #[arg(long, value_name = "PATH", default_value = "")]
    cert_file: String,
    /// TLS authentication key file path.
    #[arg(long, value_name = "PATH", default_value = "")]
    key_file: String,
    /// TLS authentication CA file path.
    #[arg(long, value_name = "PATH", default_value = "")]
    ca_file: String,
    /// The name of an existing secret containing TLS, basic auth or docker-config credentials.
    #[arg(long, value_name = "NAME", default_value = "")]
    secret_ref: String,
    /// OCI provider for authentication (generic, aws, azure, gcp); for oci:// URLs only.
    #[arg(long, value_name = "PROVIDER", value_parser = parse_oci_provider)]
    oci_provider: Option<OCIProvider>,
    /// Pass credentials to all domains.
    #[arg(long, action = clap::ArgAction::Set, num_args = 0..=1, require_equals = true, default_missing_value = "true", default_value = "false", value_name = "BOOL", value_parser = crate::cli::create::go_bool)]
    pass_credentials: bool,
}

/// The providers the HelmRepository API accepts (upstream leaves the check to the API server).
pub fn parse_oci_provider(text: &str) -> Result<OCIProvider, String> {
    match text {
        "generic" => Ok(OCIProvider::Generic),
        "aws" => Ok(OCIProvider::Aws),
        "azure" => Ok(OCIProvider::Azure),
        "gcp" => Ok(OCIProvider::Gcp),
        t => Err(format!("OCI provider '{t}' is not supported, must be one of: generic, aws, azure, gcp")),
    }
}

pub async fn run(create: &Create<'_>, source: &SourceFlags, args: HelmArgs) -> anyhow::Result<()> {
    let name = object_name(args.name.as_deref())?;
    if args.url.is_empty() {
        anyhow::bail!("url is required");
    }
    let metadata = create.metadata(&name)?;
    let u = url::parse(&args.url).map_err(|e| anyhow::anyhow!("url parse failed: {e}"))?;
    if !["http", "https", "oci"].contains(&u.scheme.as_str()) {
        anyhow::bail!("url scheme '{}' not supported, can be: http, https and oci", u.scheme);
    }
    if u.host.is_empty() {
        anyhow::bail!("url host is required");
    }
    let oci = u.scheme == "oci";
    let mut spec = HelmRepositorySpec {
        url: args.url.clone(),
        interval: Some(create.interval()),
        timeout: source.timeout(),
        type_: oci.then_some(HelmRepositoryType::Oci),
        provider: if oci { args.oci_provider } else { None },
        ..HelmRepositorySpec::default()
    };
    if !args.secret_ref.is_empty() {
        spec.secret_ref = reference(&args.secret_ref);
        spec.pass_credentials = args.pass_credentials.then_some(true);
    }
    if create.flags.export {
        return super::super::export(&HelmRepository { metadata, spec, status: None });
    }

    let kube = create.kube().await?;
    let read = |path: &str, what: &str| -> anyhow::Result<Vec<u8>> {
        sourcesecret::read_file(path).map_err(|e| anyhow::anyhow!("{what}: {e}"))
    };
    let ca = if args.ca_file.is_empty() { Vec::new() } else { read(&args.ca_file, "unable to read TLS CA file")? };
    let (mut tls_crt, mut tls_key) = (Vec::new(), Vec::new());
    // Upstream reads the pair only when both files are named.
    if !args.cert_file.is_empty() && !args.key_file.is_empty() {
        tls_crt = read(&args.cert_file, "failed to read cert file")?;
        tls_key = read(&args.key_file, "failed to read key file")?;
    }
    ui::generate("generating HelmRepository source");
    if args.secret_ref.is_empty() {
        let secret_name = format!("helm-{name}");
        let meta =
            sourcesecret::Meta { name: secret_name.clone(), namespace: create.namespace().to_string(), labels: None };
        let creds = sourcesecret::HelmCredentials {
            username: args.username.clone(),
            password: args.password.clone(),
            ca,
            tls_crt,
            tls_key,
        };
        let secret = sourcesecret::helm(&meta, &creds).map_err(anyhow::Error::msg)?;
        if secret.string_data.is_some() {
            ui::action("applying secret with repository credentials");
            secret::upsert_secret(create, &kube, &secret).await?;
            spec.secret_ref = reference(&secret_name);
            spec.pass_credentials = args.pass_credentials.then_some(true);
            ui::success("authentication configured");
        }
    }

    ui::action("applying HelmRepository source");
    let repository = HelmRepository { metadata, spec, status: None };
    create.apply(&kube, &HELM_REPOSITORY, "source", &repository, Report::Always).await?;
    // An OCI HelmRepository is static: no reconciliation, no artifact.
    let wait = Wait {
        kind: &HELM_REPOSITORY,
        noun: "HelmRepository source",
        rule: if oci { Readiness::Static } else { Readiness::Dynamic },
        no_artifact: (!oci).then_some("HelmRepository source reconciliation completed but no artifact was found"),
    };
    wait_for_artifact(create, &kube, &name, wait).await
}

//! `flux create alert-provider`: a notification Provider (Slack channel, Git commit statuses, …).

use clap::Args;

use api::meta::LocalObjectReference;
use api::notification::{Provider, ProviderSpec};

use super::{non_empty, object_name, Create, Readiness, Report};
use crate::cli::kinds::PROVIDER;
use crate::ui;

/// Create or update a Provider resource.
///
/// The create alert-provider command generates a Provider resource.
///
/// Examples:
///   # Create a Provider for a Slack channel
///   flux-rs create alert-provider slack \
///     --type slack \
///     --channel general \
///     --address https://hooks.slack.com/services/YOUR/SLACK/WEBHOOK \
///     --secret-ref webhook-url
///
///   # Create a Provider for a GitHub repository
///   flux-rs create alert-provider github-podinfo \
///     --type github \
///     --address https://github.com/stefanprodan/podinfo \
///     --secret-ref github-token
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct AlertProviderArgs {
    /// The Provider's name.
    #[arg(value_name = "NAME")]
    name: Option<String>,
    /// Type of provider (slack, msteams, github, generic, …).
    #[arg(long = "type", value_name = "TYPE", default_value = "")]
    provider_type: String,
    /// Channel to send messages to in the case of a chat provider.
    #[arg(long, value_name = "CHANNEL", default_value = "")]
    channel: String,
    /// Bot username used by the provider.
    #[arg(long, value_name = "NAME", default_value = "")]
    username: String,
    /// Path to either the git repository, chat provider or webhook.
    #[arg(long, value_name = "URL", default_value = "")]
    address: String,
    /// Name of secret containing authentication token.
    #[arg(long, value_name = "NAME", default_value = "")]
    secret_ref: String,
}

pub async fn run(create: &Create<'_>, args: AlertProviderArgs) -> anyhow::Result<()> {
    let name = object_name(args.name.as_deref())?;
    if args.provider_type.is_empty() {
        anyhow::bail!("Provider type is required");
    }
    let metadata = create.metadata(&name)?;
    create.generating("Provider");
    let spec = ProviderSpec {
        type_: args.provider_type,
        channel: non_empty(&args.channel),
        username: non_empty(&args.username),
        address: non_empty(&args.address),
        secret_ref: non_empty(&args.secret_ref).map(|name| LocalObjectReference { name }),
        ..ProviderSpec::default()
    };
    let provider = Provider { metadata, spec };
    if create.flags.export {
        return super::export(&provider);
    }
    let kube = create.kube().await?;
    create.upsert(&kube, &PROVIDER, "Provider", &provider, Report::Always).await?;
    create.wait(&kube, &PROVIDER, &name, Readiness::Static).await?;
    ui::success(&format!("Provider {name} is ready"));
    Ok(())
}

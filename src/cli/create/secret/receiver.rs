//! `flux create secret receiver`: the token a Receiver validates webhook payloads with, and the webhook
//! URL notification-controller will serve for it.

use clap::Args;

use super::sourcesecret::{self, ReceiverOptions};
use super::{meta, save, Ending};
use crate::cli::create::{object_name, parse_receiver_type, Create};

/// Create or update a Kubernetes secret for a Receiver webhook.
///
/// The create secret receiver command generates a Kubernetes secret with
/// the token used for webhook payload validation and an annotation with the
/// computed webhook URL (notification.toolkit.fluxcd.io/webhook).
/// Without --token, a random one (32 bytes, hex-encoded) is generated.
///
/// Examples:
///   # Create a receiver secret for a GitHub webhook
///   flux-rs create secret receiver github-receiver \
///     --namespace=my-namespace \
///     --type=github \
///     --hostname=flux.example.com \
///     --export
///
///   # Create a receiver secret for GCR with email claim
///   flux-rs create secret receiver gcr-receiver \
///     --namespace=my-namespace \
///     --type=gcr \
///     --hostname=flux.example.com \
///     --email-claim=sa@project.iam.gserviceaccount.com \
///     --export
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct ReceiverArgs {
    /// The Secret's name.
    #[arg(value_name = "NAME")]
    name: Option<String>,
    /// The receiver type (generic, generic-hmac, github, gitlab, bitbucket, harbor, dockerhub, quay, gcr,
    /// nexus, acr, cdevents).
    #[arg(long = "type", value_name = "TYPE", value_parser = parse_receiver_type)]
    receiver_type: Option<String>,
    /// Webhook token used for payload validation and URL computation, auto-generated if not specified.
    /// Here --token is this flag, never the API server's bearer token (as upstream's local flag shadows
    /// the global one).
    #[arg(long, value_name = "TOKEN")]
    token: Option<String>,
    /// Hostname for the webhook URL e.g. flux.example.com.
    #[arg(long, value_name = "HOST", default_value = "")]
    hostname: String,
    /// IAM service account email, required for gcr type.
    #[arg(long, value_name = "EMAIL", default_value = "")]
    email_claim: String,
    /// Custom OIDC token audience for gcr type, defaults to the webhook URL.
    #[arg(long, value_name = "AUDIENCE", default_value = "")]
    audience_claim: String,
}

pub async fn run(create: &Create<'_>, args: ReceiverArgs) -> anyhow::Result<()> {
    // clap gives the global `--token` this flag's value too (they share the id); drop it from the
    // connection settings so the cluster is reached with the kubeconfig's credentials.
    let mut ctx = create.ctx.clone();
    ctx.global.token = None;
    let create = &Create::new(&ctx, create.flags.clone());
    let name = object_name(args.name.as_deref())?;
    let Some(receiver_type) = args.receiver_type else { anyhow::bail!("--type is required") };
    if args.hostname.is_empty() {
        anyhow::bail!("--hostname is required");
    }
    if receiver_type == "gcr" && args.email_claim.is_empty() {
        anyhow::bail!("--email-claim is required for gcr receiver type");
    }
    let meta = meta(create, &name)?;
    let opts = ReceiverOptions {
        receiver_type,
        token: args.token.unwrap_or_default(),
        hostname: args.hostname,
        email_claim: args.email_claim,
        audience_claim: args.audience_claim,
    };
    let secret = sourcesecret::receiver(&meta, &opts).map_err(anyhow::Error::msg)?;
    save(create, &secret, "receiver", Ending::EmptyLine).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn receiver_types_are_upstreams() {
        assert_eq!(parse_receiver_type("gcr").as_deref(), Ok("gcr"));
        assert_eq!(
            parse_receiver_type("invalid").unwrap_err(),
            "receiver type 'invalid' is not supported, must be one of: generic, generic-hmac, github, gitlab, bitbucket, harbor, dockerhub, quay, gcr, nexus, acr, cdevents"
        );
    }
}

//! `flux create receiver`: a Receiver, the webhook endpoint that asks for a reconcile of some objects
//! when GitHub, a registry or any other sender calls it.

use clap::Args;
use serde_json::Value;

use api::meta::LocalObjectReference;
use api::notification::{CrossNamespaceObjectReference, Receiver, ReceiverSpec};

use super::{invalid_argument, kind_name, object_name, parse_receiver_type, Create, Readiness, Report};
use crate::cli::kinds::RECEIVER;
use crate::ui;

/// Create or update a Receiver resource.
///
/// The create receiver command generates a Receiver resource.
///
/// Examples:
///   # Create a Receiver
///   flux-rs create receiver github-receiver \
///     --type github \
///     --event ping \
///     --event push \
///     --secret-ref webhook-token \
///     --resource GitRepository/webapp \
///     --resource HelmRepository/webapp
#[derive(Debug, Args)]
#[command(verbatim_doc_comment, args_override_self = true)]
pub struct ReceiverArgs {
    /// The Receiver's name.
    #[arg(value_name = "NAME")]
    name: Option<String>,
    /// The receiver type (generic, generic-hmac, github, gitlab, bitbucket, harbor, dockerhub, quay, gcr,
    /// nexus, acr, cdevents).
    #[arg(long = "type", value_name = "TYPE")]
    receiver_type: Option<String>,
    /// The Secret holding the token that authenticates the sender.
    #[arg(long, value_name = "NAME", default_value = "")]
    secret_ref: String,
    /// The events that trigger a reconcile (all when none is given); also accepts comma-separated values.
    #[arg(long, value_name = "EVENT", value_delimiter = ',')]
    event: Vec<String>,
    /// The objects to reconcile, as <kind>/<name>; also accepts comma-separated values.
    #[arg(long, value_name = "KIND/NAME", value_delimiter = ',')]
    resource: Vec<String>,
}

pub async fn run(create: &Create<'_>, args: ReceiverArgs) -> anyhow::Result<()> {
    if let Some(text) = args.receiver_type.as_deref() {
        parse_receiver_type(text).map_err(|reason| invalid_argument("type", text, reason))?;
    }
    let name = object_name(args.name.as_deref())?;
    let Some(receiver_type) = args.receiver_type else {
        anyhow::bail!("Receiver type is required");
    };
    if args.secret_ref.is_empty() {
        anyhow::bail!("secret ref is required");
    }
    let mut resources = Vec::new();
    for resource in &args.resource {
        let (kind, name) = kind_name(resource);
        if kind.is_empty() {
            // Upstream's wording, shared with `create alert`.
            anyhow::bail!("invalid event source '{resource}', must be in format <kind>/<name>");
        }
        resources.push(CrossNamespaceObjectReference {
            kind: kind.to_string(),
            name: name.to_string(),
            ..CrossNamespaceObjectReference::default()
        });
    }
    if resources.is_empty() {
        anyhow::bail!("atleast one resource is required");
    }
    let metadata = create.metadata(&name)?;
    create.generating("Receiver");
    let spec = ReceiverSpec {
        type_: receiver_type,
        events: (!args.event.is_empty()).then_some(args.event),
        resources,
        secret_ref: Some(LocalObjectReference { name: args.secret_ref }),
        ..ReceiverSpec::default()
    };
    let receiver = Receiver { metadata, spec, status: None };
    if create.flags.export {
        return super::export(&receiver);
    }
    let kube = create.kube().await?;
    create.upsert(&kube, &RECEIVER, "Receiver", &receiver, Report::Always).await?;
    let ready = create.wait(&kube, &RECEIVER, &name, Readiness::Dynamic).await?;
    ui::success(&format!("Receiver {name} is ready"));
    let path = ready.pointer("/status/webhookPath").and_then(Value::as_str).unwrap_or_default();
    ui::success(&format!("generated webhook URL {path}"));
    Ok(())
}

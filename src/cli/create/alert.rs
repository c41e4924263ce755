//! `flux create alert`: an Alert routing the events of some Flux objects to a Provider.

use clap::Args;

use api::meta::LocalObjectReference;
use api::notification::{Alert, AlertSpec, EventSourceReference};

use super::{kind_name_namespace, non_empty, object_name, Create, Readiness, Report};
use crate::cli::kinds::ALERT;
use crate::ui;

/// Create or update a Alert resource.
///
/// The create alert command generates a Alert resource.
///
/// ⚠️  Please note that this command is in preview and under development.
/// While we try our best to not introduce breaking changes, they may occur when
/// we adapt to new features and/or find better ways to facilitate what it does.
///
/// Examples:
///   # Create an Alert for kustomization events
///   flux-rs create alert \
///   --event-severity info \
///   --event-source Kustomization/flux-system \
///   --provider-ref slack \
///   flux-system
#[derive(Debug, Args)]
#[command(verbatim_doc_comment, args_override_self = true)]
pub struct AlertArgs {
    /// The Alert's name.
    #[arg(value_name = "NAME")]
    name: Option<String>,
    /// Reference to provider.
    #[arg(long, value_name = "NAME", default_value = "")]
    provider_ref: String,
    /// Severity of events to send alerts for.
    #[arg(long, value_name = "SEVERITY", default_value = "")]
    event_severity: String,
    /// Sources that should generate alerts (<kind>/<name>[.<namespace>]), also accepts comma-separated values.
    #[arg(long, value_name = "KIND/NAME", value_delimiter = ',')]
    event_source: Vec<String>,
}

pub async fn run(create: &Create<'_>, args: AlertArgs) -> anyhow::Result<()> {
    let name = object_name(args.name.as_deref())?;
    if args.provider_ref.is_empty() {
        anyhow::bail!("provider ref is required");
    }
    let mut event_sources = Vec::new();
    for source in &args.event_source {
        let (kind, name, namespace) = kind_name_namespace(source);
        if kind.is_empty() {
            anyhow::bail!("invalid event source '{source}', must be in format <kind>/<name>");
        }
        event_sources.push(EventSourceReference {
            kind: kind.to_string(),
            name: name.to_string(),
            namespace: non_empty(namespace),
            ..EventSourceReference::default()
        });
    }
    if event_sources.is_empty() {
        anyhow::bail!("at least one event source is required");
    }
    let metadata = create.metadata(&name)?;
    create.generating("Alert");
    let spec = AlertSpec {
        provider_ref: LocalObjectReference { name: args.provider_ref },
        event_severity: non_empty(&args.event_severity),
        event_sources,
        ..AlertSpec::default()
    };
    let alert = Alert { metadata, spec };
    if create.flags.export {
        return super::export(&alert);
    }
    let kube = create.kube().await?;
    create.upsert(&kube, &ALERT, "Alert", &alert, Report::Always).await?;
    create.wait(&kube, &ALERT, &name, Readiness::Static).await?;
    ui::success(&format!("Alert {name} is ready"));
    Ok(())
}

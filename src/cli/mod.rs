//! The command tree. Only commands that work end to end are registered.
//!
//! Global flags live in [`GlobalArgs`], once, and every command sees them (`global = true`), as the
//! persistent flags of upstream's root command.

mod build;
mod check;
pub mod client;
mod completion;
mod create;
mod delete;
mod diff;
pub mod duration;
mod envsubst;
pub mod error;
mod events;
mod export;
pub mod get;
mod install;
pub mod kinds;
mod kustomize;
mod ratelimit;
pub mod readiness;
mod reconcile;
mod resume;
mod run;
mod stats;
mod suspend;
mod trace;
mod tree;
mod uninstall;
mod version;

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

use crate::ui;
use duration::GoDuration;

/// The namespace Flux is installed in unless told otherwise.
pub const DEFAULT_NAMESPACE: &str = "flux-system";

/// flux-rs: the Flux command line and all Flux controllers in one binary.
///
/// Flux's commands, flags, messages and exit codes, so that scripts written for `flux` keep
/// working. Exit codes: 0 success, 1 failure (one "✗ <error>" line on stderr), 2 usage error.
///
/// Examples:
///   flux-rs check --pre
///   flux-rs version --client
///   kustomize build . | flux-rs envsubst --strict
#[derive(Debug, Parser)]
#[command(name = "flux-rs", version, about, long_about, propagate_version = true, verbatim_doc_comment)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    command: Command,
}

/// Flags every command accepts.
#[derive(Debug, Args, Clone)]
#[command(next_help_heading = "Global flags")]
pub struct GlobalArgs {
    /// Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG
    /// is merged (the first file to set an entry wins), else ~/.kube/config is read.
    #[arg(long, global = true, value_name = "PATH")]
    pub kubeconfig: Option<PathBuf>,

    /// The name of the kubeconfig context to use (default: its current-context).
    #[arg(long, global = true, value_name = "NAME")]
    pub context: Option<String>,

    /// The name of the kubeconfig cluster to use (default: the context's).
    #[arg(long, global = true, value_name = "NAME")]
    pub cluster: Option<String>,

    /// The name of the kubeconfig user to use (default: the context's).
    #[arg(long, global = true, value_name = "NAME")]
    pub user: Option<String>,

    /// The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE
    /// when that is a valid DNS label].
    #[arg(short = 'n', long, global = true, value_name = "NAMESPACE")]
    pub namespace: Option<String>,

    /// Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also
    /// enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value.
    #[arg(long, global = true)]
    pub ns_follows_kube_context: bool,

    /// How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m).
    #[arg(long, global = true, value_name = "DURATION", default_value = "5m0s", value_parser = duration::parse)]
    pub timeout: GoDuration,

    /// Print generated objects.
    #[arg(long, global = true)]
    pub verbose: bool,

    /// The address and port of the Kubernetes API server (overrides the kubeconfig's). There is no `-s`:
    /// subcommands use `-s` for `--silent`, as upstream's do.
    #[arg(long, global = true, value_name = "URL")]
    pub server: Option<String>,

    /// Bearer token for authentication to the API server (overrides the kubeconfig user's).
    #[arg(long, global = true, value_name = "TOKEN")]
    pub token: Option<String>,

    /// Path to a cert file for the certificate authority to authenticate the Kubernetes API server.
    #[arg(long, global = true, value_name = "PATH")]
    pub certificate_authority: Option<PathBuf>,

    /// If true, the Kubernetes API server's certificate will not be checked for validity. This will make
    /// your HTTPS connections insecure.
    #[arg(long, global = true)]
    pub insecure_skip_tls_verify: bool,

    /// The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit).
    #[arg(long, global = true, value_name = "QPS", default_value_t = 50.0, allow_negative_numbers = true)]
    pub kube_api_qps: f32,

    /// The maximum burst queries-per-second of requests sent to the Kubernetes API.
    #[arg(long, global = true, value_name = "N", default_value_t = 300, allow_negative_numbers = true)]
    pub kube_api_burst: i64,

    /// Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`).
    #[arg(long, global = true, value_name = "LEVEL")]
    pub log_level: Option<String>,
}

/// What every command runs with: the flags and the namespace they resolve to.
#[derive(Debug, Clone)]
pub struct Ctx {
    pub global: GlobalArgs,
    /// `-n`, else the kubeconfig context's (with `--ns-follows-kube-context`), else `FLUX_SYSTEM_NAMESPACE`,
    /// else `flux-system`; always a valid DNS label.
    pub namespace: String,
}

impl Ctx {
    /// A client for the cluster the flags select.
    pub async fn kube(&self) -> Result<client::Kube, String> {
        client::connect(&self.global).await
    }
}

/// Runs `work` within `--timeout`; running out reads as Go's `context deadline exceeded`.
pub async fn with_timeout<T>(
    ctx: &Ctx,
    work: impl std::future::Future<Output = anyhow::Result<T>>,
) -> anyhow::Result<T> {
    match tokio::time::timeout(ctx.global.timeout.as_std(), work).await {
        Ok(result) => result,
        Err(_) => anyhow::bail!("context deadline exceeded"),
    }
}

#[derive(Debug, Subcommand)]
enum Command {
    Build(build::BuildArgs),
    Check(check::CheckArgs),
    Completion(completion::CompletionArgs),
    Create(create::CreateArgs),
    Delete(delete::DeleteArgs),
    Diff(diff::DiffArgs),
    Envsubst(envsubst::EnvsubstArgs),
    Events(events::EventsArgs),
    Export(export::ExportArgs),
    Get(get::GetArgs),
    Install(install::InstallArgs),
    Kustomize(kustomize::KustomizeArgs),
    Reconcile(reconcile::ReconcileArgs),
    Resume(resume::ResumeArgs),
    Run(Box<run::RunArgs>),
    Stats(stats::StatsArgs),
    Suspend(suspend::SuspendArgs),
    Trace(trace::TraceArgs),
    Tree(tree::TreeArgs),
    Uninstall(uninstall::UninstallArgs),
    Version(version::VersionArgs),
}

impl Cli {
    /// Whether the command installs its own logger: `run` logs in Flux's format.
    pub fn logs_itself(&self) -> bool {
        matches!(self.command, Command::Run(_))
    }

    /// Runs the command if it needs no async runtime (`kustomize build`); gives it back otherwise.
    #[allow(clippy::result_large_err)]
    pub fn run_blocking(self) -> Result<anyhow::Result<()>, Cli> {
        match self.command {
            Command::Kustomize(args) => Ok(kustomize::run_blocking(args)),
            _ => Err(self),
        }
    }

    pub async fn run(self) -> anyhow::Result<()> {
        let namespace = resolve_namespace(&self.global)?;
        let ctx = Ctx { global: self.global, namespace };
        match self.command {
            Command::Build(args) => build::run(&ctx, args).await,
            Command::Check(args) => check::run(&ctx, args).await,
            Command::Completion(args) => completion::run(args),
            Command::Create(args) => create::run(&ctx, args).await,
            Command::Delete(args) => delete::run(&ctx, args).await,
            Command::Diff(args) => diff::run(&ctx, args).await,
            Command::Envsubst(args) => envsubst::run(args),
            Command::Events(args) => events::run(&ctx, args).await,
            Command::Export(args) => export::run(&ctx, args).await,
            Command::Get(args) => get::run(&ctx, args).await,
            Command::Install(args) => install::run(&ctx, args).await,
            Command::Kustomize(args) => kustomize::run(args).await,
            Command::Reconcile(args) => reconcile::run(&ctx, args).await,
            Command::Resume(args) => resume::run(&ctx, args).await,
            Command::Run(args) => run::run(&ctx, *args).await,
            Command::Stats(args) => stats::run(&ctx, args).await,
            Command::Suspend(args) => suspend::run(&ctx, args).await,
            Command::Trace(args) => trace::run(&ctx, args).await,
            Command::Tree(args) => tree::run(&ctx, args).await,
            Command::Uninstall(args) => uninstall::run(&ctx, args).await,
            Command::Version(args) => version::run(&ctx, args).await,
        }
    }
}

/// Upstream's namespace rules (`configureDefaultNamespace` and the root `PersistentPreRunE`).
fn resolve_namespace(global: &GlobalArgs) -> anyhow::Result<String> {
    let mut namespace = DEFAULT_NAMESPACE.to_string();
    if let Some(from_env) = std::env::var("FLUX_SYSTEM_NAMESPACE").ok().filter(|v| !v.is_empty()) {
        if is_dns1123_label(&from_env) {
            namespace = from_env;
        } else {
            // Upstream's message starts with a space, giving two after the symbol.
            ui::warning(&format!(" ignoring invalid FLUX_SYSTEM_NAMESPACE: {}", go_quote(&from_env)));
        }
    }
    match &global.namespace {
        Some(flag) => namespace = flag.clone(),
        None => {
            let follows = global.ns_follows_kube_context
                || std::env::var_os("FLUX_NS_FOLLOWS_KUBE_CONTEXT").is_some_and(|v| !v.is_empty());
            if follows {
                if let Some(ns) = client::context_namespace(global) {
                    namespace = ns;
                }
            }
        }
    }
    if !is_dns1123_label(&namespace) {
        anyhow::bail!("namespace must be a valid DNS label: {}", go_quote(&namespace));
    }
    Ok(namespace)
}

/// RFC 1123 label: at most 63 characters, lowercase alphanumerics or `-`, alphanumeric at both ends.
pub fn is_dns1123_label(s: &str) -> bool {
    k8s_schema::validation::is_dns1123_label(s).is_empty()
}

/// Go's `%q`.
pub use yaml::go::quote as go_quote;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dns_labels() {
        assert!(is_dns1123_label("flux-system"));
        assert!(is_dns1123_label("a"));
        assert!(is_dns1123_label(&"a".repeat(63)));
        assert!(!is_dns1123_label(&"a".repeat(64)));
        assert!(!is_dns1123_label("Flux"));
        assert!(!is_dns1123_label("-a"));
        assert!(!is_dns1123_label("a-"));
        assert!(!is_dns1123_label("a.b"));
        assert!(!is_dns1123_label(""));
    }

    #[test]
    fn server_has_no_short_flag() {
        assert!(Cli::try_parse_from(["flux-rs", "-s", "https://x", "envsubst"]).is_err());
        let cli = Cli::try_parse_from(["flux-rs", "envsubst", "--server", "https://x", "-n", "apps"]).unwrap();
        assert_eq!(cli.global.server.as_deref(), Some("https://x"));
        assert_eq!(cli.global.namespace.as_deref(), Some("apps"));
        assert_eq!(cli.global.timeout.to_string(), "5m0s");
        assert_eq!(cli.global.kube_api_qps, 50.0);
        assert_eq!(cli.global.kube_api_burst, 300);
    }
}

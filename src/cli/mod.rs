//! The command tree. Only commands that work end to end are registered.

mod completion;
mod run;

use clap::{Args, Parser, Subcommand};

/// flux-rs: the Flux command line and all Flux controllers in one binary.
#[derive(Debug, Parser)]
#[command(name = "flux-rs", version, about, long_about = None, propagate_version = true)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    command: Command,
}

/// Flags every command accepts.
#[derive(Debug, Args)]
pub struct GlobalArgs {
    /// Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`).
    #[arg(long, global = true, value_name = "LEVEL")]
    pub log_level: Option<String>,
}

#[derive(Debug, Subcommand)]
enum Command {
    Run(run::RunArgs),
    Completion(completion::CompletionArgs),
}

impl Cli {
    pub async fn run(self) -> anyhow::Result<()> {
        match self.command {
            Command::Run(args) => run::run(args).await,
            Command::Completion(args) => completion::run(args),
        }
    }
}

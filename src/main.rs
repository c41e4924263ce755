//! flux-rs: a Flux-compatible GitOps tool. This binary is the command line; the work lives in the crates.
//!
//! Exit codes, as upstream's `main()`: 0 on success; a [`cli::error::RequestError`] exits with its own
//! code (printed with `⚠️` when that code is 1, `✗` otherwise); a command that already reported its
//! failure returns [`cli::error::Exit`]; every other error prints `✗ <error>` on stderr and exits 1.
//! Usage errors (unknown flag, missing argument) are clap's and exit 2 — the one documented divergence.

mod apply;
mod build;
mod cli;
mod controllers;
mod envsubst;
mod health;
mod kube_error;
mod kustomize_remote;
mod manifestgen;
mod securejoin;
mod sync;
mod ui;

use std::process::ExitCode;

use clap::Parser;

use cli::error::{Exit, RequestError};

fn main() -> ExitCode {
    restore_sigpipe();
    let cli = cli::Cli::parse();
    if !cli.logs_itself() {
        ui::init_logging(cli.global.log_level.as_deref());
    }
    // Commands that neither talk to a cluster nor serve run without the runtime, whose threads
    // cost more than a small `kustomize build` itself.
    let cli = match cli.run_blocking() {
        Ok(Ok(())) => return ExitCode::SUCCESS,
        Ok(Err(e)) => return exit_for(&e),
        Err(cli) => cli,
    };
    let runtime = match tokio::runtime::Builder::new_multi_thread().enable_all().build() {
        Ok(rt) => rt,
        Err(e) => {
            ui::failure(&format!("starting the async runtime: {e}"));
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(cli.run()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => exit_for(&e),
    }
}

/// `flux-rs get ks | head` must stop quietly when `head` exits, as Go and C tools do: Rust ignores
/// SIGPIPE by default, which turns every later `print!` into a panic.
fn restore_sigpipe() {
    #[cfg(unix)]
    // SAFETY: called first thing in `main`, before any thread exists; SIG_DFL is a valid disposition.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
}

/// Reports `e` on stderr and picks the exit code.
fn exit_for(e: &anyhow::Error) -> ExitCode {
    if let Some(Exit(code)) = e.downcast_ref::<Exit>() {
        return ExitCode::from(*code);
    }
    if let Some(request) = e.downcast_ref::<RequestError>() {
        if request.status_code == 1 {
            ui::warning(&request.message);
        } else {
            ui::failure(&request.message);
        }
        return ExitCode::from(request.status_code);
    }
    ui::failure(&format!("{e:#}"));
    ExitCode::FAILURE
}

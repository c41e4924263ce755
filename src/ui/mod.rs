//! What the user sees: status lines on stderr in Flux's style, tables on stdout, and logging setup.
//!
//! Status lines follow upstream's `cmd/flux/log.go` byte for byte: the symbol, one space, the message, a
//! newline, all on stderr. `⚠️` is two code points wide on screen but still followed by a single space;
//! messages that want the wider gap (`⚠️  ignoring invalid FLUX_SYSTEM_NAMESPACE`) carry it themselves, as
//! upstream's do. Data (tables, YAML, JSON) goes to stdout so scripts can pipe it.

pub mod clock;
pub mod spinner;
// `get`, `events` and `stats` are the first users of hashes and tables; until they land these are
// exercised by their unit tests only.
#[allow(dead_code)]
mod hex;
#[allow(dead_code)]
pub mod table;

use std::io::IsTerminal;

#[allow(unused_imports)] // `get` is the first command to print revisions
pub use hex::truncate_hex;

/// The status symbols of upstream's logger, in one place.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// `►` (`Actionf`): an action starts.
    Action,
    /// `✚` (`Generatef`): manifests are generated.
    Generate,
    /// `◎` (`Waitingf`): waiting for the cluster.
    Waiting,
    /// `✔` (`Successf`): something verified worked.
    Success,
    /// `⚠️` (`Warningf`): worth reading, not a failure.
    Warning,
    /// `✗` (`Failuref`): a failure.
    Failure,
}

impl Status {
    pub fn symbol(self) -> &'static str {
        match self {
            Status::Action => "►",
            Status::Generate => "✚",
            Status::Waiting => "◎",
            Status::Success => "✔",
            Status::Warning => "⚠️",
            Status::Failure => "✗",
        }
    }

    /// ANSI colour for the symbol on a terminal (upstream prints none; colour never changes the bytes
    /// that scripts and golden tests see, because it is off whenever stderr is not a terminal).
    fn colour(self) -> &'static str {
        match self {
            Status::Action | Status::Generate | Status::Waiting => "\x1b[36m",
            Status::Success => "\x1b[32m",
            Status::Warning => "\x1b[33m",
            Status::Failure => "\x1b[31m",
        }
    }
}

/// The line `status` and `msg` make, without colour: `✔ all checks passed`.
pub fn status_line(status: Status, msg: &str) -> String {
    format!("{} {msg}", status.symbol())
}

/// Prints one status line on stderr.
pub fn status(status: Status, msg: &str) {
    if colour_enabled() {
        eprintln!("{}{}\x1b[0m {msg}", status.colour(), status.symbol());
    } else {
        eprintln!("{}", status_line(status, msg));
    }
}

/// `► message`: an action starts.
pub fn action(msg: &str) {
    status(Status::Action, msg);
}

/// `✚ message`: something is generated.
#[allow(dead_code)] // used by `create` and `install`, which build on this module
pub fn generate(msg: &str) {
    status(Status::Generate, msg);
}

/// `◎ message`: waiting for the cluster.
#[allow(dead_code)] // used by `reconcile`, `resume` and `create`, which build on this module
pub fn waiting(msg: &str) {
    status(Status::Waiting, msg);
}

/// `✔ message`: something verified worked.
pub fn success(msg: &str) {
    status(Status::Success, msg);
}

/// `⚠️ message`: a warning.
pub fn warning(msg: &str) {
    status(Status::Warning, msg);
}

/// `✗ message`: a failure.
pub fn failure(msg: &str) {
    status(Status::Failure, msg);
}

/// Plain indented detail under a status line.
pub fn detail(msg: &str) {
    eprintln!("  {msg}");
}

/// Colours only on a terminal, and never with `NO_COLOR` set (to anything, as no-color.org asks).
pub fn colour_enabled() -> bool {
    std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none()
}

/// The log filter without `--log-level` or `RUST_LOG`: warnings, but not kube-rs's own report of a failed
/// request, which the command already prints as its one `✗` line.
const DEFAULT_LOG_FILTER: &str = "warn,kube_client=off";

/// Logs go to stderr; `--log-level` or `RUST_LOG` choose how much.
pub fn init_logging(level: Option<&str>) {
    let filter = match level {
        Some(l) => tracing_subscriber::EnvFilter::new(l),
        None => tracing_subscriber::EnvFilter::try_from_default_env()
            .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new(DEFAULT_LOG_FILTER)),
    };
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_ansi(colour_enabled())
        .try_init();
}

/// promptui's confirm prompt (`? <label>? [y/N] ` on stderr): yes only for `y` or `yes`. Callers ask
/// only when stdin is a terminal ([`can_prompt`]); nothing prompts in a pipe or in CI.
pub fn confirm(label: &str) -> anyhow::Result<bool> {
    use std::io::{BufRead, Write};
    let mut stderr = std::io::stderr();
    write!(stderr, "? {label}? [y/N] ")?;
    stderr.flush()?;
    let mut answer = String::new();
    std::io::stdin().lock().read_line(&mut answer)?;
    Ok(matches!(answer.trim().to_ascii_lowercase().as_str(), "y" | "yes"))
}

/// Whether a question can be asked: stdin is a terminal.
pub fn can_prompt() -> bool {
    std::io::stdin().is_terminal()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_lines_match_upstream_logger() {
        assert_eq!(status_line(Status::Action, "checking prerequisites"), "► checking prerequisites");
        assert_eq!(status_line(Status::Generate, "generating Kustomization"), "✚ generating Kustomization");
        assert_eq!(status_line(Status::Waiting, "waiting"), "◎ waiting");
        assert_eq!(status_line(Status::Success, "all checks passed"), "✔ all checks passed");
        assert_eq!(status_line(Status::Failure, "check failed"), "✗ check failed");
        // Upstream passes " ignoring…" to Warningf, so the line has two spaces after the symbol.
        assert_eq!(
            status_line(Status::Warning, " ignoring invalid FLUX_SYSTEM_NAMESPACE: \"X\""),
            "⚠\u{fe0f}  ignoring invalid FLUX_SYSTEM_NAMESPACE: \"X\""
        );
    }
}

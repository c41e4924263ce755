//! Status lines on stderr in Flux's style (► ✔ ✗ ◎ ⚠️), and logging setup.

use std::io::IsTerminal;

/// `► message`: an action starts.
pub fn action(msg: &str) {
    eprintln!("► {msg}");
}

/// `✔ message`: something verified worked.
pub fn success(msg: &str) {
    eprintln!("✔ {msg}");
}

/// `✗ message`: a failure.
pub fn failure(msg: &str) {
    eprintln!("✗ {msg}");
}

/// Plain indented detail under a status line.
pub fn detail(msg: &str) {
    eprintln!("  {msg}");
}

/// Logs go to stderr; `--log-level` or `RUST_LOG` choose how much. Colours only on a terminal without `NO_COLOR`.
pub fn init_logging(level: Option<&str>) {
    let filter = match level {
        Some(l) => tracing_subscriber::EnvFilter::new(l),
        None => tracing_subscriber::EnvFilter::try_from_default_env()
            .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("warn")),
    };
    let colour = std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none();
    let _ = tracing_subscriber::fmt().with_env_filter(filter).with_writer(std::io::stderr).with_ansi(colour).try_init();
}

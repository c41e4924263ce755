//! Errors that decide the exit code, as upstream's `main()` does.
//!
//! Any other error prints `✗ <error>` and exits 1 (see `main.rs`); usage errors are clap's and exit 2.

use std::fmt;

/// Upstream's `RequestError`: an error carrying its own exit code. Code 1 is printed as a warning
/// (`⚠️ identified at least one change, exiting with non-zero exit code` from `diff`), any other code
/// as a failure (`✗ …`).
#[derive(Debug)]
pub struct RequestError {
    pub status_code: u8,
    pub message: String,
}

impl fmt::Display for RequestError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for RequestError {}

/// The command already said what went wrong on stderr (`✗ check failed`); exit with this code and print
/// nothing more, like upstream's `os.Exit(1)` inside a command.
#[derive(Debug)]
pub struct Exit(pub u8);

impl fmt::Display for Exit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "exit status {}", self.0)
    }
}

impl std::error::Error for Exit {}

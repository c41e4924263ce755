//! `flux-rs envsubst`: substitute environment variables in standard input, as Flux does in
//! Kustomization post-build substitutions.

use std::io::{BufRead, Write};

use anyhow::Context;
use clap::Args;

/// Substitute the values of environment variables in standard input.
///
/// Reads standard input, substitutes environment variables with the rules of Flux's Kustomization
/// post-build substitutions, and writes the result to standard output.
///
/// Only the braced form is replaced: ${VAR}, ${VAR:=default}, ${VAR:-default}, ${VAR//from/to},
/// ${VAR#prefix}, ${VAR%suffix}, ${VAR:offset:length}, ${#VAR}, ${VAR^^}, ${VAR,,}.
/// $VAR is left as written and $${VAR} prints ${VAR}. Unset variables read as empty unless
/// --strict is given. Input is processed line by line and each line is written as soon as it is
/// substituted: on an error, the lines before it have already been written.
///
/// Examples:
///   # Run env var substitutions on the kustomization build output
///   export cluster_region=eu-central-1
///   kustomize build . | flux-rs envsubst
///
///   # Run env var substitutions and error out if a variable is not set
///   kustomize build . | flux-rs envsubst --strict
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct EnvsubstArgs {
    /// Fail if a variable without a default value is declared in the input but is missing from the
    /// environment.
    #[arg(long)]
    strict: bool,
}

pub fn run(args: EnvsubstArgs) -> anyhow::Result<()> {
    let stdin = std::io::stdin().lock();
    let mut stdout = std::io::stdout().lock();
    substitute(stdin, &mut stdout, args.strict)
}

/// Substitutes `input` into `output` line by line. Lines end at `\n` (a `\r` before it is dropped, as
/// Go's `bufio.Scanner` does); every output line ends with `\n`.
fn substitute(mut input: impl BufRead, output: &mut impl Write, strict: bool) -> anyhow::Result<()> {
    let mut raw = Vec::new();
    loop {
        raw.clear();
        if input.read_until(b'\n', &mut raw).context("reading standard input")? == 0 {
            return Ok(());
        }
        if raw.last() == Some(&b'\n') {
            raw.pop();
        }
        if raw.last() == Some(&b'\r') {
            raw.pop();
        }
        let line = String::from_utf8_lossy(&raw);
        let substituted = crate::envsubst::eval_env(&line, strict)?;
        writeln!(output, "{substituted}").context("writing standard output")?;
        output.flush().context("writing standard output")?;
    }
}

#[cfg(test)]
mod tests {
    use super::substitute;

    #[test]
    fn line_endings() {
        let mut out = Vec::new();
        substitute(&b"a\r\nb\n\nlast"[..], &mut out, false).unwrap();
        assert_eq!(String::from_utf8(out).unwrap(), "a\nb\n\nlast\n");
        let mut out = Vec::new();
        substitute(&b""[..], &mut out, false).unwrap();
        assert!(out.is_empty());
    }
}

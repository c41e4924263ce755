//! `flux-rs completion <shell>`: shell completion scripts, generated from the command tree.

use clap::{Args, CommandFactory, ValueEnum};

use super::Cli;

/// Print a completion script for your shell.
///
/// Examples:
///   source <(flux-rs completion bash)
///   flux-rs completion zsh > "${fpath[1]}/_flux-rs"
///   flux-rs completion fish > ~/.config/fish/completions/flux-rs.fish
///   flux-rs completion powershell | Out-String | Invoke-Expression
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct CompletionArgs {
    /// The shell to generate the script for.
    shell: Shell,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum Shell {
    Bash,
    Zsh,
    Fish,
    Powershell,
}

impl Shell {
    fn generator(self) -> clap_complete::Shell {
        match self {
            Shell::Bash => clap_complete::Shell::Bash,
            Shell::Zsh => clap_complete::Shell::Zsh,
            Shell::Fish => clap_complete::Shell::Fish,
            Shell::Powershell => clap_complete::Shell::PowerShell,
        }
    }
}

/// The completion script for `shell`.
pub fn script(shell: Shell) -> Vec<u8> {
    let mut out = Vec::new();
    clap_complete::generate(shell.generator(), &mut Cli::command(), "flux-rs", &mut out);
    out
}

pub fn run(args: CompletionArgs) -> anyhow::Result<()> {
    use std::io::Write;
    std::io::stdout().write_all(&script(args.shell))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The file name each script is checked in (and installed by install.sh) under.
    fn file_name(shell: Shell) -> &'static str {
        match shell {
            Shell::Bash => "flux-rs.bash",
            Shell::Zsh => "_flux-rs",
            Shell::Fish => "flux-rs.fish",
            Shell::Powershell => "_flux-rs.ps1",
        }
    }

    /// `completions/` holds the generated scripts; this fails when they are out of date.
    /// Regenerate with `UPDATE_COMPLETIONS=1 cargo test -p flux-rs completions`.
    #[test]
    fn checked_in_completions_are_up_to_date() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("completions");
        let update = std::env::var_os("UPDATE_COMPLETIONS").is_some();
        for shell in Shell::value_variants() {
            let path = dir.join(file_name(*shell));
            let want = script(*shell);
            if update {
                std::fs::create_dir_all(&dir).unwrap();
                std::fs::write(&path, &want).unwrap();
                continue;
            }
            let have = std::fs::read(&path).unwrap_or_default();
            assert!(
                have == want,
                "{} is out of date: run UPDATE_COMPLETIONS=1 cargo test -p flux-rs completions",
                path.display()
            );
        }
    }
}

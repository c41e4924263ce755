//! `flux-rs kustomize build`: the kustomize engine on its own, as `kustomize build` runs it.

use std::path::PathBuf;

use anyhow::Context;
use clap::{Args, Subcommand};

/// Build kustomization targets with flux-rs's kustomize engine.
#[derive(Debug, Args)]
pub struct KustomizeArgs {
    #[command(subcommand)]
    command: KustomizeCommand,
}

#[derive(Debug, Subcommand)]
enum KustomizeCommand {
    Build(BuildArgs),
}

/// Print the resources a kustomization directory builds to, as `kustomize build` does.
///
/// The output is byte for byte what kustomize v5.5/v5.6 prints for the same directory. The
/// directory defaults to the current one.
///
/// Examples:
///   # Build the current directory
///   flux-rs kustomize build
///
///   # Build an overlay that reads files outside its own directory
///   flux-rs kustomize build deploy/overlays/prod --load-restrictor LoadRestrictionsNone
///
///   # Write one file per resource into a directory
///   flux-rs kustomize build deploy/overlays/prod -o out/
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct BuildArgs {
    /// The directory holding kustomization.yaml.
    #[arg(default_value = ".")]
    dir: PathBuf,
    /// If set to 'LoadRestrictionsNone', local kustomizations may load files from outside their
    /// root. This does, however, break the relocatability of the kustomization.
    #[arg(long, default_value = "LoadRestrictionsRootOnly", value_parser = ["LoadRestrictionsRootOnly", "LoadRestrictionsNone"])]
    load_restrictor: String,
    /// Write the output to this file, or, if it is an existing directory, one file per resource in it.
    #[arg(short, long)]
    output: Option<PathBuf>,
}

pub async fn run(args: KustomizeArgs) -> anyhow::Result<()> {
    // The engine and the Git module are blocking: keep them off the async runtime's threads.
    tokio::task::spawn_blocking(move || run_blocking(args)).await?
}

/// The command on the calling thread, outside any async runtime (`main` runs it so: no runtime to
/// start for a build).
pub fn run_blocking(args: KustomizeArgs) -> anyhow::Result<()> {
    match args.command {
        KustomizeCommand::Build(args) => build(args),
    }
}

fn build(args: BuildArgs) -> anyhow::Result<()> {
    let load_restrictions = kustomize::LoadRestrictions::parse(&args.load_restrictor)
        .context("--load-restrictor must be LoadRestrictionsRootOnly or LoadRestrictionsNone")?;
    let options = kustomize::Options { load_restrictions, ..Default::default() };
    let remote = crate::kustomize_remote::GitRemoteLoader::new();
    let output = kustomize::build_with(&kustomize::DiskFs, Some(&remote), &args.dir, &options)?;
    for warning in &output.warnings {
        eprintln!("{warning}");
    }
    let resources = &output.resources;
    match &args.output {
        Some(dir) if dir.is_dir() => write_individual_files(dir, resources),
        Some(file) => std::fs::write(file, resources.to_yaml()?).with_context(|| format!("writing {}", file.display())),
        None => {
            use std::io::Write;
            let mut stdout = std::io::stdout().lock();
            stdout.write_all(resources.to_yaml()?.as_bytes()).context("writing standard output")?;
            stdout.flush().context("writing standard output")
        }
    }
}

/// kustomize's `-o DIR`: `<group>_<version>_<kind>_<name>.yaml`, lower-cased, prefixed with the
/// namespace when the resources span more than one.
fn write_individual_files(dir: &std::path::Path, resources: &kustomize::ResMap) -> anyhow::Result<()> {
    let namespaces: std::collections::BTreeSet<String> = resources
        .resources()
        .iter()
        .filter(|r| !r.gvk().is_cluster_scoped())
        .map(|r| r.namespace().to_string())
        .collect();
    for resource in resources.resources() {
        let gvk = resource.gvk();
        let parts: Vec<&str> = [gvk.group.as_str(), gvk.version.as_str(), gvk.kind.as_str()]
            .into_iter()
            .filter(|p| !p.is_empty())
            .collect();
        let mut name = format!("{}_{}.yaml", parts.join("_"), resource.name()).to_lowercase();
        if namespaces.len() > 1 && !gvk.is_cluster_scoped() {
            name = format!("{}_{name}", resource.namespace().to_lowercase());
        }
        let path = dir.join(name);
        std::fs::write(&path, yaml::to_string(&resource.to_json()?))
            .with_context(|| format!("writing {}", path.display()))?;
    }
    Ok(())
}

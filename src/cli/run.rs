//! `flux-rs run --embedded`: start the embedded Kubernetes API server and install Flux into it.

use std::net::SocketAddr;
use std::path::PathBuf;

use anyhow::Context;
use clap::Args;

use crate::apply::Applier;
use crate::manifestgen::install;
use crate::ui;

/// Run flux-rs. Today this starts the embedded Kubernetes API server (v1.33) and installs Flux into it
/// (the objects `flux-rs install` applies), so every flux-rs and kubectl command works against it.
/// The Flux controllers join it in a later release.
///
/// Example:
///   flux-rs run --embedded
///   export KUBECONFIG=~/.local/share/flux-rs/embedded/kubeconfig
///   kubectl get namespaces
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct RunArgs {
    /// Start the embedded Kubernetes API server in this process (required for now: the controllers that
    /// would run against another cluster are not part of this release).
    #[arg(long, required = true)]
    embedded: bool,

    /// Address to serve HTTPS on. Binding a non-loopback address exposes the cluster to the network.
    #[arg(long, value_name = "ADDR", default_value = "127.0.0.1:6443")]
    listen: SocketAddr,

    /// Where state, credentials and the kubeconfig live (default: $XDG_DATA_HOME/flux-rs/embedded).
    #[arg(long, value_name = "DIR")]
    data_dir: Option<PathBuf>,

    /// Where to write the kubeconfig (default: <data-dir>/kubeconfig).
    #[arg(long, value_name = "PATH")]
    kubeconfig_out: Option<PathBuf>,

    /// Keep objects in memory only; credentials and the kubeconfig are still written to the data dir.
    #[arg(long)]
    ephemeral: bool,

    /// How long Events are kept after they last happened, like kube-apiserver's flag (e.g. 1h, 30m, 90s).
    #[arg(long, value_name = "DURATION", default_value = "1h", value_parser = parse_duration)]
    event_ttl: std::time::Duration,

    /// Simulate workloads (Deployments roll out, Pods become Ready) so health checks pass.
    #[arg(long, default_value_t = true, action = clap::ArgAction::Set, value_name = "BOOL")]
    simulate_workloads: bool,
}

/// Parses Go-style durations made of whole units: `1h`, `30m`, `1h30m`, `90s`.
fn parse_duration(text: &str) -> Result<std::time::Duration, String> {
    let mut total = 0u64;
    let mut number = String::new();
    for c in text.chars() {
        if c.is_ascii_digit() {
            number.push(c);
            continue;
        }
        let n: u64 = number.parse().map_err(|_| format!("invalid duration {text:?}: expected e.g. 1h, 30m or 90s"))?;
        total += n * match c {
            'h' => 3600,
            'm' => 60,
            's' => 1,
            _ => return Err(format!("invalid duration {text:?}: unknown unit {c:?} (use h, m or s)")),
        };
        number.clear();
    }
    if !number.is_empty() || total == 0 {
        return Err(format!("invalid duration {text:?}: expected e.g. 1h, 30m or 90s"));
    }
    Ok(std::time::Duration::from_secs(total))
}

fn default_data_dir() -> anyhow::Result<PathBuf> {
    if let Some(xdg) = std::env::var_os("XDG_DATA_HOME").filter(|v| !v.is_empty()) {
        return Ok(PathBuf::from(xdg).join("flux-rs").join("embedded"));
    }
    let home = std::env::var_os("HOME").context("neither XDG_DATA_HOME nor HOME is set: pass --data-dir")?;
    Ok(PathBuf::from(home).join(".local/share/flux-rs/embedded"))
}

pub async fn run(args: RunArgs) -> anyhow::Result<()> {
    debug_assert!(args.embedded, "clap requires --embedded");
    let data_dir = match args.data_dir {
        Some(d) => d,
        None => default_data_dir()?,
    };
    let config = apiserver::Config {
        listen: args.listen,
        data_dir: data_dir.clone(),
        ephemeral: args.ephemeral,
        kubeconfig_out: args.kubeconfig_out,
        simulate_workloads: args.simulate_workloads,
        event_ttl: args.event_ttl,
        store: Default::default(),
    };
    // Handlers first: a SIGTERM that arrives while Flux is being installed must still stop cleanly.
    let mut signals = Signals::install()?;
    let server = apiserver::ApiServer::start(config).await.context("starting the embedded API server")?;
    ui::success(&format!("embedded Kubernetes API server {} serving on {}", apiserver::GIT_VERSION, server.url()));
    let installed = tokio::select! {
        installed = install_flux(server.kubeconfig_path()) => installed,
        _ = signals.recv() => {
            ui::action("shutting down");
            server.shutdown().await;
            ui::success("stopped");
            return Ok(());
        }
    };
    let installed = match installed {
        Ok(count) => count,
        Err(e) => {
            server.shutdown().await;
            return Err(e);
        }
    };
    ui::success(&format!("Flux installed in {}: {installed} objects applied", install::Options::default().namespace));
    let mode = if args.ephemeral { "in memory" } else { "persistent" };
    ui::action(&format!("state: {} ({mode})", data_dir.display()));
    ui::action(&format!("kubeconfig: {} (context {})", server.kubeconfig_path().display(), apiserver::CONTEXT));
    ui::detail(&format!("export KUBECONFIG={}", server.kubeconfig_path().display()));
    ui::detail("kubectl get namespaces");
    signals.recv().await;
    ui::action("shutting down");
    server.shutdown().await;
    ui::success("stopped");
    Ok(())
}

/// Applies the installation `flux-rs install` applies (CRDs, namespace, RBAC, Services, the controllers'
/// Deployment), so that `flux-rs check` and every Flux command work against the embedded cluster.
async fn install_flux(kubeconfig: &std::path::Path) -> anyhow::Result<usize> {
    let kc = kube::config::Kubeconfig::read_from(kubeconfig).context("reading the embedded kubeconfig")?;
    let config = kube::Config::from_custom_kubeconfig(kc, &kube::config::KubeConfigOptions::default())
        .await
        .context("loading the embedded kubeconfig")?;
    let client = kube::Client::try_from(config).context("connecting to the embedded API server")?;
    let objects = install::generate(&install::Options::default())?;
    let mut applier = Applier::new(client, super::install::FIELD_MANAGER);
    let changes = applier
        .apply_all(&objects, std::time::Duration::from_secs(60))
        .await
        .context("installing Flux into the embedded API server")?;
    Ok(changes.len())
}

/// SIGINT and SIGTERM, registered when created so that none is missed while starting up.
struct Signals {
    #[cfg(unix)]
    interrupt: tokio::signal::unix::Signal,
    #[cfg(unix)]
    terminate: tokio::signal::unix::Signal,
}

impl Signals {
    fn install() -> anyhow::Result<Signals> {
        #[cfg(unix)]
        {
            use tokio::signal::unix::{signal, SignalKind};
            Ok(Signals {
                interrupt: signal(SignalKind::interrupt()).context("installing the SIGINT handler")?,
                terminate: signal(SignalKind::terminate()).context("installing the SIGTERM handler")?,
            })
        }
        #[cfg(not(unix))]
        Ok(Signals {})
    }

    /// Waits for the next SIGINT or SIGTERM (Ctrl-C elsewhere).
    async fn recv(&mut self) {
        #[cfg(unix)]
        tokio::select! {
            _ = self.interrupt.recv() => {}
            _ = self.terminate.recv() => {}
        }
        #[cfg(not(unix))]
        let _ = tokio::signal::ctrl_c().await;
    }
}

#[cfg(test)]
mod tests {
    use super::parse_duration;

    #[test]
    fn durations() {
        assert_eq!(parse_duration("1h30m").unwrap().as_secs(), 5400);
        assert_eq!(parse_duration("90s").unwrap().as_secs(), 90);
        assert!(parse_duration("5").is_err());
        assert!(parse_duration("1d").is_err());
        assert!(parse_duration("0s").is_err());
    }
}

//! The Kubernetes client every cluster command uses, built from the global flags the way kubectl
//! builds its own: kubeconfig files merged (`--kubeconfig`, else every file in `KUBECONFIG`, else
//! `~/.kube/config`; the first file to set an entry wins), the context, cluster and user chosen by
//! flag or by `current-context`, then `--server`, `--token`, `--certificate-authority` and
//! `--insecure-skip-tls-verify` laid over the chosen entries.
//!
//! Throttling: `--kube-api-qps`/`--kube-api-burst` feed a token bucket ([`super::ratelimit`]). It is
//! applied by [`Kube::throttled`], which every request made by flux-rs's commands goes through, rather
//! than as a tower layer inside `kube::Client` (the binary does not depend on `tower` directly).

use std::path::{Path, PathBuf};
use std::sync::Arc;

use kube::config::{Cluster, Context, KubeConfigOptions, Kubeconfig, NamedAuthInfo, NamedCluster, NamedContext};

use super::ratelimit::{self, Limiter};
use super::GlobalArgs;

/// kubectl's wording when there is nothing to connect to.
const NO_CONFIGURATION: &str =
    "invalid configuration: no configuration has been provided, try setting KUBERNETES_MASTER environment variable";

/// A connected client plus the throttle all requests share.
#[derive(Clone)]
pub struct Kube {
    client: kube::Client,
    config: kube::Config,
    limiter: Option<Arc<Limiter>>,
    server: String,
}

impl Kube {
    /// The client, once the rate limiter allows one more request. Call it once per API request.
    pub async fn throttled(&self) -> kube::Client {
        if let Some(l) = &self.limiter {
            l.acquire().await;
        }
        self.client.clone()
    }

    /// A client that is not throttled, for a process that built its own (`run --embedded --sync`).
    pub fn unthrottled(client: kube::Client, config: kube::Config) -> Kube {
        let server = config.cluster_url.to_string().trim_end_matches('/').to_string();
        Kube { client, config, limiter: None, server }
    }

    /// What the client was built from.
    pub fn config(&self) -> &kube::Config {
        &self.config
    }

    /// The API server's URL, for error messages.
    pub fn server(&self) -> &str {
        &self.server
    }

    /// One line describing a failed request, in the shape Go's client prints:
    /// the API's own message for API errors (`… "x" not found`), else `Get "<url>": <cause>`.
    pub fn describe(&self, err: &kube::Error, path: &str) -> String {
        describe_error(err, &self.server, path)
    }
}

/// Builds a client from the global flags. Nothing is sent to the server yet.
pub async fn connect(global: &GlobalArgs) -> Result<Kube, String> {
    let limiter = ratelimit::limits(global.kube_api_qps, global.kube_api_burst)?
        .map(|(qps, burst)| Arc::new(Limiter::new(qps, burst)));
    let kubeconfig = load_kubeconfig(global)?;
    let (kubeconfig, options) = apply_overrides(kubeconfig, global)?;
    let config = kube::Config::from_custom_kubeconfig(kubeconfig, &options).await.map_err(|e| e.to_string())?;
    let server = config.cluster_url.to_string().trim_end_matches('/').to_string();
    let client = kube::Client::try_from(config.clone()).map_err(|e| e.to_string())?;
    Ok(Kube { client, config, limiter, server })
}

/// The namespace of the context the flags select, for `--ns-follows-kube-context`; `None` when it
/// cannot be determined (upstream then keeps its default silently).
pub fn context_namespace(global: &GlobalArgs) -> Option<String> {
    let kubeconfig = load_kubeconfig(global).ok()?;
    let name = global.context.clone().filter(|c| !c.is_empty()).or(kubeconfig.current_context.clone())?;
    kubeconfig
        .contexts
        .iter()
        .find(|c| c.name == name)
        .and_then(|c| c.context.as_ref())
        .and_then(|c| c.namespace.clone())
        .filter(|ns| !ns.is_empty())
}

/// The kubeconfig files to read, in precedence order.
fn kubeconfig_paths(global: &GlobalArgs) -> Result<Vec<PathBuf>, String> {
    if let Some(path) = global.kubeconfig.as_ref().filter(|p| !p.as_os_str().is_empty()) {
        // An explicit file must exist, as with kubectl.
        if !path.exists() {
            return Err(format!("stat {}: no such file or directory", path.display()));
        }
        return Ok(vec![path.clone()]);
    }
    if let Some(value) = std::env::var_os("KUBECONFIG").filter(|v| !v.is_empty()) {
        // Missing files in KUBECONFIG are skipped, as client-go does.
        return Ok(std::env::split_paths(&value).filter(|p| !p.as_os_str().is_empty() && p.exists()).collect());
    }
    let home = std::env::var_os("HOME").map(PathBuf::from);
    Ok(home.map(|h| h.join(".kube").join("config")).filter(|p| p.exists()).into_iter().collect())
}

/// Every kubeconfig file merged: the first file to set a cluster, user, context or `current-context` wins.
pub fn load_kubeconfig(global: &GlobalArgs) -> Result<Kubeconfig, String> {
    let mut merged = Kubeconfig::default();
    for path in kubeconfig_paths(global)? {
        let next = read_file(&path)?;
        merged = merged.merge(next).map_err(|e| format!("error loading config file {:?}: {e}", path.display()))?;
    }
    Ok(merged)
}

fn read_file(path: &Path) -> Result<Kubeconfig, String> {
    Kubeconfig::read_from(path).map_err(|e| {
        let cause = std::error::Error::source(&e).map(|s| s.to_string()).unwrap_or_else(|| e.to_string());
        // The YAML parser adds a source excerpt on further lines; errors are one line.
        let cause = cause.lines().next().unwrap_or_default().trim_end();
        format!("error loading config file {:?}: {cause}", path.display().to_string())
    })
}

/// Lays the connection flags over the kubeconfig entries they select, as client-go's overrides do.
fn apply_overrides(mut kc: Kubeconfig, g: &GlobalArgs) -> Result<(Kubeconfig, KubeConfigOptions), String> {
    const FLAGS: &str = "flux-rs-flags";
    let context_name = match g.context.clone().filter(|c| !c.is_empty()).or(kc.current_context.clone()) {
        Some(name) => name,
        None if g.server.is_some() => {
            // Only flags: make the entries they describe.
            kc.contexts.push(NamedContext {
                name: FLAGS.into(),
                context: Some(Context { cluster: FLAGS.into(), user: Some(FLAGS.into()), ..Default::default() }),
                other: Default::default(),
            });
            FLAGS.to_string()
        }
        None => return Err(NO_CONFIGURATION.to_string()),
    };
    let context = kc
        .contexts
        .iter()
        .find(|c| c.name == context_name)
        .and_then(|c| c.context.clone())
        .ok_or_else(|| format!("context {context_name:?} does not exist"))?;

    let cluster_name = g.cluster.clone().filter(|c| !c.is_empty()).unwrap_or(context.cluster.clone());
    if !kc.clusters.iter().any(|c| c.name == cluster_name) {
        if g.server.is_none() {
            return Err(format!("cluster {cluster_name:?} does not exist"));
        }
        kc.clusters.push(NamedCluster {
            name: cluster_name.clone(),
            cluster: Some(Cluster::default()),
            other: Default::default(),
        });
    }
    let user_name = g.user.clone().filter(|u| !u.is_empty()).or(context.user.clone());

    if let Some(named) = kc.clusters.iter_mut().find(|c| c.name == cluster_name) {
        let cluster = named.cluster.get_or_insert_with(Cluster::default);
        if let Some(server) = &g.server {
            cluster.server = Some(server.clone());
        }
        if let Some(ca) = &g.certificate_authority {
            cluster.certificate_authority = Some(ca.display().to_string());
            cluster.certificate_authority_data = None;
        }
        if g.insecure_skip_tls_verify {
            cluster.insecure_skip_tls_verify = Some(true);
            // client-go: an insecure override without a CA flag clears the CA the kubeconfig set.
            if g.certificate_authority.is_none() {
                cluster.certificate_authority = None;
                cluster.certificate_authority_data = None;
            }
        }
        if cluster.server.as_deref().unwrap_or("").is_empty() {
            return Err("invalid configuration: cluster has no server defined".to_string());
        }
    }
    if let Some(token) = &g.token {
        let name = user_name.clone().unwrap_or_else(|| FLAGS.to_string());
        if !kc.auth_infos.iter().any(|u| u.name == name) {
            kc.auth_infos.push(NamedAuthInfo {
                name: name.clone(),
                auth_info: Some(Default::default()),
                other: Default::default(),
            });
        }
        if let Some(named) = kc.auth_infos.iter_mut().find(|u| u.name == name) {
            let user = named.auth_info.get_or_insert_with(Default::default);
            user.token = Some(token.clone().into());
            user.token_file = None;
        }
        let options = KubeConfigOptions { context: Some(context_name), cluster: Some(cluster_name), user: Some(name) };
        return Ok((kc, options));
    }
    let options = KubeConfigOptions { context: Some(context_name), cluster: Some(cluster_name), user: user_name };
    Ok((kc, options))
}

/// See [`Kube::describe`].
pub fn describe_error(err: &kube::Error, server: &str, path: &str) -> String {
    if let kube::Error::Api(_) = err {
        return crate::kube_error::describe(err);
    }
    let url = format!("{server}{path}");
    let mut cause: &dyn std::error::Error = err;
    while let Some(next) = cause.source() {
        cause = next;
    }
    if let Some(io) = cause.downcast_ref::<std::io::Error>() {
        let authority = url.split("://").nth(1).and_then(|rest| rest.split('/').next()).unwrap_or(&url);
        if io.kind() == std::io::ErrorKind::ConnectionRefused {
            return format!("Get {url:?}: dial tcp {authority}: connect: connection refused");
        }
    }
    format!("Get {url:?}: {cause}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::Parser;

    fn global(args: &[&str]) -> GlobalArgs {
        let mut all = vec!["flux-rs"];
        all.extend_from_slice(args);
        all.push("envsubst");
        crate::cli::Cli::try_parse_from(all).expect("valid flags").global
    }

    const TWO_CONTEXTS: &str = r#"
apiVersion: v1
kind: Config
current-context: a
clusters:
- name: a
  cluster: {server: "https://a.example:6443", certificate-authority-data: "Zm9v"}
- name: b
  cluster: {server: "https://b.example:6443"}
contexts:
- name: a
  context: {cluster: a, user: a, namespace: apps}
- name: b
  context: {cluster: b, user: b}
users:
- name: a
  user: {token: ta}
- name: b
  user: {token: tb}
"#;

    #[test]
    fn overrides_patch_the_selected_entries() {
        let kc = Kubeconfig::from_yaml(TWO_CONTEXTS).unwrap();
        let g =
            global(&["--context", "b", "--server", "https://other:1", "--token", "t2", "--insecure-skip-tls-verify"]);
        let (kc, opts) = apply_overrides(kc, &g).unwrap();
        assert_eq!(opts.context.as_deref(), Some("b"));
        let b = kc.clusters.iter().find(|c| c.name == "b").unwrap().cluster.clone().unwrap();
        assert_eq!(b.server.as_deref(), Some("https://other:1"));
        assert_eq!(b.insecure_skip_tls_verify, Some(true));
        let a = kc.clusters.iter().find(|c| c.name == "a").unwrap().cluster.clone().unwrap();
        assert_eq!(a.server.as_deref(), Some("https://a.example:6443"), "other entries are untouched");
    }

    #[test]
    fn insecure_clears_the_kubeconfig_ca() {
        let kc = Kubeconfig::from_yaml(TWO_CONTEXTS).unwrap();
        let (kc, _) = apply_overrides(kc, &global(&["--insecure-skip-tls-verify"])).unwrap();
        let a = kc.clusters.iter().find(|c| c.name == "a").unwrap().cluster.clone().unwrap();
        assert_eq!(a.certificate_authority_data, None);
    }

    #[test]
    fn unknown_context_and_empty_config() {
        let kc = Kubeconfig::from_yaml(TWO_CONTEXTS).unwrap();
        let err = apply_overrides(kc, &global(&["--context", "nope"])).err().unwrap();
        assert_eq!(err, "context \"nope\" does not exist");
        let err = apply_overrides(Kubeconfig::default(), &global(&[])).err().unwrap();
        assert_eq!(err, NO_CONFIGURATION);
        let (kc, opts) = apply_overrides(Kubeconfig::default(), &global(&["--server", "https://x:1"])).unwrap();
        assert_eq!(opts.context.as_deref(), Some("flux-rs-flags"));
        assert_eq!(kc.clusters[0].cluster.as_ref().unwrap().server.as_deref(), Some("https://x:1"));
    }

    #[test]
    fn several_files_first_wins() {
        let dir = tempfile::tempdir().unwrap();
        let first = dir.path().join("first");
        let second = dir.path().join("second");
        std::fs::write(
            &first,
            "apiVersion: v1\nkind: Config\ncurrent-context: one\nclusters:\n- name: c\n  cluster: {server: \"https://first:1\"}\ncontexts:\n- name: one\n  context: {cluster: c, namespace: ns1}\n",
        )
        .unwrap();
        std::fs::write(
            &second,
            "apiVersion: v1\nkind: Config\ncurrent-context: two\nclusters:\n- name: c\n  cluster: {server: \"https://second:1\"}\ncontexts:\n- name: two\n  context: {cluster: c}\n",
        )
        .unwrap();
        let mut merged = Kubeconfig::default();
        for p in [&first, &second] {
            merged = merged.merge(read_file(p).unwrap()).unwrap();
        }
        assert_eq!(merged.current_context.as_deref(), Some("one"));
        assert_eq!(merged.clusters.len(), 1);
        assert_eq!(merged.clusters[0].cluster.as_ref().unwrap().server.as_deref(), Some("https://first:1"));
        assert_eq!(merged.contexts.len(), 2);
    }
}

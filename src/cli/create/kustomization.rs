//! `flux create kustomization`: a Kustomization that builds a path of a source and applies it.

use std::path::{Path, PathBuf};

use clap::{ArgAction, Args};

use api::kustomize::{CrossNamespaceSourceReference, Decryption, Kustomization, KustomizationSpec};
use api::meta::{KubeConfigReference, LocalObjectReference, NamespacedObjectKindReference, SecretKeyReference};

use super::{
    depends_on, go_bool, go_os_error, invalid_argument, kind_name_namespace, non_empty, non_zero, object_name, Create,
    Readiness, Report,
};
use crate::cli::duration::{self, GoDuration};
use crate::cli::kinds::{self, KUSTOMIZATION};
use crate::ui;

/// The source kinds a Kustomization may read, in upstream's order (its messages list them so).
const SOURCE_KINDS: [&str; 3] = ["OCIRepository", "GitRepository", "Bucket"];

/// The kinds `--health-check` accepts.
const HEALTH_CHECK_KINDS: [&str; 4] = ["Deployment", "DaemonSet", "StatefulSet", "HelmRelease"];

/// Create or update a Kustomization resource.
///
/// The create command generates a Kustomization resource for a given source.
///
/// Examples:
///   # Create a Kustomization resource from a source at a given path
///   flux-rs create kustomization kyverno \
///     --source=GitRepository/kyverno \
///     --path="./config/release" \
///     --prune=true \
///     --interval=60m \
///     --wait=true \
///     --health-check-timeout=3m
///
///   # Create a Kustomization resource that depends on the previous one
///   flux-rs create kustomization kyverno-policies \
///     --depends-on=kyverno \
///     --source=GitRepository/kyverno-policies \
///     --path="./policies/flux" \
///     --prune=true \
///     --interval=5m
///
///   # Create a Kustomization using a source from a different namespace
///   flux-rs create kustomization podinfo \
///     --namespace=default \
///     --source=GitRepository/podinfo.flux-system \
///     --path="./kustomize" \
///     --prune=true \
///     --interval=5m
///
///   # Create a Kustomization resource that references an OCIRepository
///   flux-rs create kustomization podinfo \
///     --source=OCIRepository/podinfo \
///     --target-namespace=default \
///     --prune=true \
///     --interval=5m
#[derive(Debug, Args)]
#[command(verbatim_doc_comment, args_override_self = true)]
pub struct KustomizationArgs {
    /// The Kustomization's name.
    #[arg(value_name = "NAME")]
    name: Option<String>,
    /// Source that contains the Kubernetes manifests in the format '[<kind>/]<name>.<namespace>', where
    /// kind must be one of: (OCIRepository, GitRepository, Bucket), if kind is not specified it defaults
    /// to GitRepository.
    #[arg(long, value_name = "SOURCE")]
    source: Option<String>,
    /// Path to the directory containing a kustomization.yaml file, relative to the source root
    /// (cleaned; `deploy` and `../deploy` both mean `./deploy`).
    #[arg(long, value_name = "PATH", default_value = "./")]
    path: String,
    /// Enable garbage collection.
    #[arg(long, value_name = "BOOL", num_args = 0..=1, require_equals = true, default_value = "false",
          default_missing_value = "true", action = ArgAction::Set, value_parser = go_bool)]
    prune: bool,
    /// Enable health checking of all the applied resources.
    #[arg(long, value_name = "BOOL", num_args = 0..=1, require_equals = true, default_value = "false",
          default_missing_value = "true", action = ArgAction::Set, value_parser = go_bool)]
    wait: bool,
    /// Workload to be included in the health assessment, in the format '<kind>/<name>.<namespace>'
    /// (ignored with --wait).
    #[arg(long, value_name = "KIND/NAME.NAMESPACE", value_delimiter = ',')]
    health_check: Vec<String>,
    /// Timeout of health checking operations.
    #[arg(long, value_name = "DURATION", default_value = "2m0s", value_parser = duration::parse)]
    health_check_timeout: GoDuration,
    /// Deprecated: this arg is no longer used, all resources are validated using server-side apply dry-run.
    #[arg(long, value_name = "MODE", hide = true)]
    validation: Option<String>,
    /// Kustomization that must be ready before this Kustomization can be applied, supported formats
    /// '<name>' and '<namespace>/<name>', also accepts comma-separated values.
    #[arg(long, value_name = "NAME", value_delimiter = ',')]
    depends_on: Vec<String>,
    /// The name of the service account to impersonate when reconciling this Kustomization.
    #[arg(long = "service-account", value_name = "NAME", default_value = "")]
    service_account: String,
    /// Decryption provider, available options are: (sops).
    #[arg(long, value_name = "PROVIDER")]
    decryption_provider: Option<String>,
    /// Set the Kubernetes secret name that contains the OpenPGP private keys used for sops decryption.
    #[arg(long, value_name = "NAME", default_value = "")]
    decryption_secret: String,
    /// Overrides the namespace of all Kustomization objects reconciled by this Kustomization.
    #[arg(long, value_name = "NAMESPACE", default_value = "")]
    target_namespace: String,
    /// The name of the Kubernetes Secret that contains a key with the kubeconfig file for connecting to a
    /// remote cluster.
    #[arg(long, value_name = "NAME", default_value = "")]
    kubeconfig_secret_ref: String,
    /// The interval at which to retry a previously failed reconciliation.
    #[arg(long, value_name = "DURATION", default_value = "0s", value_parser = duration::parse)]
    retry_interval: GoDuration,
}

/// `--source` as upstream's `KustomizationSource` flag type reads it.
#[derive(Debug, Default, PartialEq, Eq)]
struct Source {
    kind: String,
    name: String,
    namespace: String,
}

fn parse_source(text: &str) -> Result<Source, String> {
    if text.trim().is_empty() {
        return Err(format!(
            "no Kustomization source given, please specify source that contains the Kubernetes manifests in the format '[<kind>/]<name>.<namespace>', where kind must be one of: ({}), if kind is not specified it defaults to GitRepository",
            SOURCE_KINDS.join(", ")
        ));
    }
    let (kind, name, namespace) = kind_name_namespace(text);
    if name.is_empty() {
        return Err(format!("no name given for source of kind '{kind}'"));
    }
    let kind = if kind.is_empty() {
        // A bare kind is more likely a mistake than a GitRepository named like a kind.
        if SOURCE_KINDS.contains(&name) {
            return Err(format!("no kind specified for source '{name}'"));
        }
        "GitRepository"
    } else {
        kind
    };
    let Some(kind) = SOURCE_KINDS.iter().find(|k| k.eq_ignore_ascii_case(kind)) else {
        return Err(format!("source kind '{kind}' is not supported, must be one of: {}", SOURCE_KINDS.join(", ")));
    };
    Ok(Source { kind: kind.to_string(), name: name.to_string(), namespace: namespace.to_string() })
}

/// `--path` as upstream's `SafeRelativePath` flag type cleans it: joined onto the working directory
/// without ever leaving it (`..` stops at the root, symlinks inside it are followed), then `./`.
fn clean_path(text: &str) -> Result<String, String> {
    let joined = secure_join(Path::new("."), text.trim()).map_err(|e| format!("invalid relative path '': {e}"))?;
    Ok(if joined.is_empty() { "./".to_string() } else { format!("./{joined}") })
}

/// filepath-securejoin's `SecureJoin(root, path)`, relative to `root`: the path's components applied one
/// by one, `..` never above `root`, and each symlink found under `root` replaced by its target (an
/// absolute target restarting at `root`). Returns the cleaned path, empty for `root` itself.
fn secure_join(root: &Path, unsafe_path: &str) -> Result<String, String> {
    // Linux's limit, which securejoin copies.
    const MAX_SYMLINKS: usize = 255;
    let mut current: Vec<String> = Vec::new();
    let mut remaining = unsafe_path.to_string();
    let mut links = 0;
    while !remaining.is_empty() {
        let (part, rest) = match remaining.split_once('/') {
            Some((part, rest)) => (part.to_string(), rest.to_string()),
            None => (remaining.clone(), String::new()),
        };
        remaining = rest;
        let mut next = current.clone();
        match part.as_str() {
            "" | "." => {}
            ".." => {
                next.pop();
            }
            _ => next.push(part),
        }
        if next.is_empty() {
            current.clear();
            continue;
        }
        let full: PathBuf = root.join(next.join("/"));
        let is_link = match std::fs::symlink_metadata(&full) {
            Ok(meta) => meta.file_type().is_symlink(),
            Err(e) if matches!(e.raw_os_error(), Some(2) | Some(20)) => false, // ENOENT, ENOTDIR
            Err(e) => return Err(format!("lstat {}: {}", full.display(), go_os_error(&e))),
        };
        if !is_link {
            current = next;
            continue;
        }
        links += 1;
        if links > MAX_SYMLINKS {
            return Err(format!("SecureJoin {}/{unsafe_path}: too many levels of symbolic links", root.display()));
        }
        let target = std::fs::read_link(&full)
            .map_err(|e| format!("readlink {}: {}", full.display(), go_os_error(&e)))?
            .to_string_lossy()
            .into_owned();
        if target.starts_with('/') {
            current.clear();
        }
        remaining = format!("{target}/{remaining}");
    }
    Ok(current.join("/"))
}

/// Upstream's `--health-check` entries, `Kind/name.namespace`, with its messages.
fn health_checks(entries: &[String]) -> anyhow::Result<Vec<NamespacedObjectKindReference>> {
    let mut checks = Vec::new();
    for entry in entries {
        let parts: Vec<&str> = entry.split('/').collect();
        let [kind, name_namespace] = parts.as_slice() else {
            anyhow::bail!(
                "invalid health check '{entry}' must be in the format 'kind/name.namespace' [{}]",
                parts.join(" ")
            );
        };
        if !HEALTH_CHECK_KINDS.contains(kind) {
            anyhow::bail!(
                "invalid health check kind '{kind}' can be HelmRelease, Deployment, DaemonSet or StatefulSet"
            );
        }
        let Some((name, namespace)) = name_namespace.split_once('.').filter(|(_, ns)| !ns.contains('.')) else {
            anyhow::bail!("invalid health check '{entry}' must be in the format 'kind/name.namespace'");
        };
        checks.push(NamespacedObjectKindReference {
            api_version: (*kind == "HelmRelease").then(|| "helm.toolkit.fluxcd.io/v2".to_string()),
            kind: kind.to_string(),
            name: name.to_string(),
            namespace: non_empty(namespace),
        });
    }
    Ok(checks)
}

pub async fn run(create: &Create<'_>, args: KustomizationArgs) -> anyhow::Result<()> {
    if args.validation.is_some() {
        // pflag's notice for a deprecated flag, printed while the flags are parsed.
        eprintln!(
            "Flag --validation has been deprecated, this arg is no longer used, all resources are validated using server-side apply dry-run"
        );
    }
    let source = match args.source.as_deref() {
        Some(text) => parse_source(text).map_err(|e| invalid_argument("source", text, e))?,
        None => Source::default(),
    };
    let path = clean_path(&args.path).map_err(|e| invalid_argument("path", &args.path, e))?;
    if let Some(provider) = args.decryption_provider.as_deref() {
        if provider.trim().is_empty() {
            return Err(invalid_argument(
                "decryption-provider",
                provider,
                "no decryption provider given, must be one of: sops",
            ));
        }
        if provider != "sops" {
            let reason = format!("unsupported decryption provider '{provider}', must be one of: sops");
            return Err(invalid_argument("decryption-provider", provider, reason));
        }
    }
    let name = object_name(args.name.as_deref())?;
    if source.name.is_empty() {
        anyhow::bail!("source is required");
    }
    create.generating("Kustomization");
    let metadata = create.metadata(&name)?;
    let mut spec = KustomizationSpec {
        interval: create.interval(),
        path: Some(path),
        prune: args.prune,
        source_ref: CrossNamespaceSourceReference {
            api_version: None,
            kind: source.kind,
            name: source.name,
            namespace: non_empty(&source.namespace),
        },
        target_namespace: non_empty(&args.target_namespace),
        depends_on: depends_on(&args.depends_on),
        kube_config: non_empty(&args.kubeconfig_secret_ref).map(|name| KubeConfigReference {
            config_map_ref: None,
            secret_ref: Some(SecretKeyReference { name, key: None }),
        }),
        service_account_name: non_empty(&args.service_account),
        decryption: args.decryption_provider.map(|provider| Decryption {
            provider,
            service_account_name: None,
            secret_ref: non_empty(&args.decryption_secret).map(|name| LocalObjectReference { name }),
        }),
        ..KustomizationSpec::default()
    };
    // Upstream reads the health checks only without --wait, which checks everything anyway.
    if !args.health_check.is_empty() && !args.wait {
        spec.health_checks = Some(health_checks(&args.health_check)?);
        spec.timeout = Some(args.health_check_timeout.to_string());
    }
    if args.wait {
        spec.wait = Some(true);
        spec.timeout = Some(args.health_check_timeout.to_string());
    }
    if !args.retry_interval.to_string().starts_with('-') {
        spec.retry_interval = non_zero(args.retry_interval);
    }
    let kustomization = Kustomization { metadata, spec, status: None };
    if create.flags.export {
        return super::export(&kustomization);
    }
    let kube = create.kube().await?;
    create.upsert(&kube, &KUSTOMIZATION, "Kustomization", &kustomization, Report::Always).await?;
    let ready = create.wait(&kube, &KUSTOMIZATION, &name, Readiness::Dynamic).await?;
    ui::success(&format!("Kustomization {name} is ready"));
    ui::success(&kinds::applied_revision(&ready));
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn source(kind: &str, name: &str, namespace: &str) -> Source {
        Source { kind: kind.into(), name: name.into(), namespace: namespace.into() }
    }

    #[test]
    fn sources_read_like_upstreams_flag() {
        assert_eq!(parse_source("podinfo"), Ok(source("GitRepository", "podinfo", "")));
        assert_eq!(parse_source("ocirepository/podinfo.apps"), Ok(source("OCIRepository", "podinfo", "apps")));
        assert_eq!(parse_source("Bucket/a.b.c"), Ok(source("Bucket", "a.b", "c")));
        assert_eq!(parse_source("GitRepository").unwrap_err(), "no kind specified for source 'GitRepository'");
        assert_eq!(parse_source("Bucket/").unwrap_err(), "no name given for source of kind 'Bucket'");
        assert_eq!(
            parse_source("HelmRepository/x").unwrap_err(),
            "source kind 'HelmRepository' is not supported, must be one of: OCIRepository, GitRepository, Bucket"
        );
        assert!(parse_source(" ").unwrap_err().starts_with("no Kustomization source given, please specify source"));
    }

    #[test]
    fn paths_are_cleaned_into_the_root() {
        assert_eq!(clean_path("./"), Ok("./".into()));
        assert_eq!(clean_path(""), Ok("./".into()));
        assert_eq!(clean_path(" deploy/overlays/dev/ "), Ok("./deploy/overlays/dev".into()));
        assert_eq!(clean_path("../../etc//x/./y/.."), Ok("./etc/x".into()));
        assert_eq!(clean_path("/abs/path"), Ok("./abs/path".into()));
    }

    #[test]
    fn symlinks_under_the_root_are_followed_but_never_out_of_it() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("real/app")).unwrap();
        std::os::unix::fs::symlink("real", dir.path().join("link")).unwrap();
        std::os::unix::fs::symlink("/etc", dir.path().join("abs")).unwrap();
        std::os::unix::fs::symlink("../../..", dir.path().join("up")).unwrap();
        std::os::unix::fs::symlink("loop", dir.path().join("loop")).unwrap();
        assert_eq!(secure_join(dir.path(), "link/app"), Ok("real/app".into()));
        assert_eq!(secure_join(dir.path(), "abs/x"), Ok("etc/x".into()));
        assert_eq!(secure_join(dir.path(), "up/real"), Ok("real".into()));
        assert!(secure_join(dir.path(), "loop").unwrap_err().ends_with("too many levels of symbolic links"));
    }

    #[test]
    fn health_checks_follow_upstreams_format() {
        let checks = health_checks(&["Deployment/web.apps".into(), "HelmRelease/db.data".into()]).unwrap();
        assert_eq!(checks[0].api_version, None);
        assert_eq!(checks[1].api_version.as_deref(), Some("helm.toolkit.fluxcd.io/v2"));
        assert_eq!(checks[1].namespace.as_deref(), Some("data"));
        let err = health_checks(&["Deployment".into()]).unwrap_err().to_string();
        assert_eq!(err, "invalid health check 'Deployment' must be in the format 'kind/name.namespace' [Deployment]");
        let err = health_checks(&["Pod/web.apps".into()]).unwrap_err().to_string();
        assert_eq!(err, "invalid health check kind 'Pod' can be HelmRelease, Deployment, DaemonSet or StatefulSet");
        let err = health_checks(&["Deployment/web".into()]).unwrap_err().to_string();
        assert_eq!(err, "invalid health check 'Deployment/web' must be in the format 'kind/name.namespace'");
        let err = health_checks(&["Deployment/a.b.c".into()]).unwrap_err().to_string();
        assert_eq!(err, "invalid health check 'Deployment/a.b.c' must be in the format 'kind/name.namespace'");
    }
}

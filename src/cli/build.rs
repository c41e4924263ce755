//! `flux-rs build kustomization`: a Kustomization built locally as the controller builds it
//! (upstream `cmd/flux/build_kustomization.go`, `internal/build`).
//!
//! The Kustomization comes from the cluster, or from `--kustomization-file` (which takes precedence;
//! with `--dry-run` the cluster is not asked at all). Its overlay is generated for `--path` with the
//! very code the controller runs ([`crate::build`]), served from memory: unlike upstream, which
//! rewrites `kustomization.yaml` in the directory and restores it afterwards, nothing on disk is
//! ever touched (upstream's `--in-memory-build`, always). Then `postBuild` substitutions, the owner
//! labels, `commonMetadata`, and SOPS-encrypted Secret values masked — `flux build` never decrypts.
//!
//! `diff kustomization` shares all of it: the flags ([`LocalArgs`]), finding the Kustomization
//! ([`resolve_kustomization`]) and building it ([`build_kustomization`], which decrypts when given the
//! Kustomization's keys).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use anyhow::{anyhow, bail, Context};
use api::kustomize::Kustomization;
use clap::{Args, Subcommand};
use futures::future::BoxFuture;
use kube::Api;
use serde_json::Value;

use super::client::Kube;
use super::create::go_bool;
use super::{go_quote, with_timeout, Ctx};
use crate::build::sops::SopsDecryptor;
use crate::build::{self, objects, substitute, BuildError, IgnoreRules};

/// Build a flux resource.
///
/// The build command is used to build flux resources.
#[derive(Debug, Args)]
pub struct BuildArgs {
    #[command(subcommand)]
    what: What,
}

#[derive(Debug, Subcommand)]
enum What {
    Kustomization(KustomizationArgs),
}

/// Build Kustomization.
///
/// The build command queries the Kubernetes API and fetches the specified Flux Kustomization. It
/// then uses the fetched in cluster flux kustomization to perform needed transformation on the local
/// kustomization.yaml pointed at by --path. The local kustomization.yaml is generated if it does not
/// exist. Finally it builds the overlays using the local kustomization.yaml, and write the resulting
/// multi-doc YAML to stdout.
///
/// It is possible to specify a Flux kustomization file using --kustomization-file.
///
/// The directory is never modified: the generated or rewritten kustomization.yaml only exists in
/// memory (upstream's --in-memory-build, always on). SOPS-encrypted Secret values are printed
/// masked (**SOPS**), never decrypted.
///
/// Examples:
///   # Build the local manifests as they were built on the cluster
///   flux-rs build kustomization my-app --path ./path/to/local/manifests
///
///   # Build using a local flux kustomization file
///   flux-rs build kustomization my-app --path ./path/to/local/manifests \
///     --kustomization-file ./path/to/local/my-app.yaml
///
///   # Build in dry-run mode without connecting to the cluster.
///   # Note that variable substitutions from Secrets and ConfigMaps are skipped in dry-run mode.
///   flux-rs build kustomization my-app --path ./path/to/local/manifests \
///     --kustomization-file ./path/to/local/my-app.yaml \
///     --dry-run
///
///   # Exclude files by providing a comma separated list of entries that follow the .gitignore
///   # pattern format.
///   flux-rs build kustomization my-app --path ./path/to/local/manifests \
///     --kustomization-file ./path/to/local/my-app.yaml \
///     --ignore-paths "/to_ignore/**/*.yaml,ignore.yaml"
///
///   # Run recursively on all encountered Kustomizations
///   flux-rs build kustomization my-app --path ./path/to/local/manifests \
///     --recursive \
///     --local-sources GitRepository/flux-system/my-repo=./path/to/local/git
#[derive(Debug, Args)]
#[command(visible_alias = "ks", verbatim_doc_comment)]
pub struct KustomizationArgs {
    #[command(flatten)]
    local: LocalArgs,

    /// Dry run mode.
    #[arg(long, action = clap::ArgAction::Set, num_args = 0..=1, require_equals = true, default_missing_value = "true", default_value = "false", value_name = "BOOL", value_parser = go_bool)]
    dry_run: bool,
}

/// The flags `build kustomization` and `diff kustomization` share (diff rewords `--path` and
/// `--recursive`), and what they resolve to.
#[derive(Debug, Args)]
pub struct LocalArgs {
    /// The Kustomization to build.
    name: Option<String>,

    /// Path to the manifests location.
    #[arg(long, value_name = "DIR")]
    path: Option<String>,

    /// Path to the Flux Kustomization YAML file.
    #[arg(long, value_name = "FILE")]
    kustomization_file: Option<String>,

    /// set paths to ignore in .gitignore format
    #[arg(long, value_name = "PATTERNS", value_delimiter = ',')]
    ignore_paths: Vec<String>,

    /// When enabled, the post build substitutions will fail if a var without a default value is
    /// declared in files but is missing from the input vars.
    #[arg(long, action = clap::ArgAction::Set, num_args = 0..=1, require_equals = true, default_missing_value = "true", default_value = "false", value_name = "BOOL", value_parser = go_bool)]
    strict_substitute: bool,

    /// Recursively build Kustomizations
    #[arg(short, long, action = clap::ArgAction::Set, num_args = 0..=1, require_equals = true, default_missing_value = "true", default_value = "false", value_name = "BOOL", value_parser = go_bool)]
    recursive: bool,

    /// Comma-separated list of repositories in format: Kind/namespace/name=path
    #[arg(long, value_name = "SOURCES", value_delimiter = ',', value_parser = local_source)]
    local_sources: Vec<(String, String)>,

    /// Use in-memory filesystem during build. Accepted for compatibility: flux-rs always builds in
    /// memory.
    #[arg(long, action = clap::ArgAction::Set, num_args = 0..=1, require_equals = true, default_missing_value = "true", default_value = "false", value_name = "BOOL", value_parser = go_bool)]
    in_memory_build: bool,
}

/// A `--path` that is not a directory.
pub struct InvalidPath {
    /// As given on the command line (diff quotes this one).
    pub given: String,
    /// Made absolute and clean (build quotes this one).
    pub absolute: String,
}

impl LocalArgs {
    /// The Kustomization's name (`kustomization name is required`).
    pub fn name(&self) -> anyhow::Result<String> {
        self.name.clone().ok_or_else(|| anyhow!("kustomization name is required"))
    }

    /// `--path`, absolute and clean; it must be a directory.
    pub fn path(&self) -> Result<PathBuf, InvalidPath> {
        let given = self.path.clone().unwrap_or_default();
        if given.is_empty() {
            return Err(InvalidPath { given, absolute: String::new() });
        }
        let path = absolute(Path::new(&given));
        if !path.is_dir() {
            return Err(InvalidPath { given, absolute: path.display().to_string() });
        }
        Ok(path)
    }

    /// `--kustomization-file`, unchecked.
    pub fn kustomization_file(&self) -> Option<&str> {
        self.kustomization_file.as_deref()
    }

    /// `--kustomization-file`, when given, must be a file (`invalid kustomization file "<f>"`).
    pub fn check_kustomization_file(&self) -> anyhow::Result<()> {
        match &self.kustomization_file {
            Some(file) if !Path::new(file).is_file() => bail!("invalid kustomization file {}", go_quote(file)),
            _ => Ok(()),
        }
    }

    /// What to build: the flags with the name, namespace and checked path.
    pub fn request(&self, name: String, namespace: String, path: PathBuf) -> Request {
        let _ = self.in_memory_build;
        Request {
            name,
            namespace,
            path,
            kustomization_file: self.kustomization_file.clone(),
            ignore: IgnoreRules { patterns: self.ignore_paths.clone() },
            dry_run: false,
            ignore_not_found: false,
            strict: self.strict_substitute,
            recursive: self.recursive,
            local_sources: self.local_sources.iter().cloned().collect(),
            ancestors: Vec::new(),
        }
    }
}

/// pflag's `StringToString` entry: `key=value`.
fn local_source(text: &str) -> Result<(String, String), String> {
    match text.split_once('=') {
        Some((k, v)) => Ok((k.to_string(), v.to_string())),
        None => Err(format!("{text} must be formatted as key=value")),
    }
}

pub async fn run(ctx: &Ctx, args: BuildArgs) -> anyhow::Result<()> {
    match args.what {
        What::Kustomization(args) => kustomization(ctx, args).await,
    }
}

async fn kustomization(ctx: &Ctx, args: KustomizationArgs) -> anyhow::Result<()> {
    let name = args.local.name()?;
    let path = args.local.path().map_err(|e| anyhow!("invalid resource path {}", go_quote(&e.absolute)))?;
    if args.dry_run && args.local.kustomization_file().is_none() {
        bail!("dry-run mode requires a kustomization file");
    }
    args.local.check_kustomization_file()?;
    let kube = if args.dry_run { None } else { Some(ctx.kube().await.map_err(anyhow::Error::msg)?) };
    let request = Request { dry_run: args.dry_run, ..args.local.request(name, ctx.namespace.clone(), path) };
    let work = with_timeout(ctx, build_objects(kube.as_ref(), request, None));
    let objects = tokio::select! {
        _ = tokio::signal::ctrl_c() => {
            // Nothing was written to the directory, so there is nothing to restore.
            println!("Build cancelled... exiting.");
            return Ok(());
        }
        objects = work => objects?,
    };
    use std::io::Write;
    let mut stdout = std::io::stdout().lock();
    stdout.write_all(to_multi_doc(&objects).as_bytes()).context("writing standard output")?;
    stdout.flush().context("writing standard output")
}

/// ssa's `ObjectsToYAML`: each object followed by `---`.
pub fn to_multi_doc(objects: &[Value]) -> String {
    objects.iter().map(|o| format!("{}---\n", yaml::to_string(o))).collect()
}

/// One Kustomization to build locally (upstream's `Builder`).
#[derive(Debug, Clone)]
pub struct Request {
    pub name: String,
    pub namespace: String,
    /// The manifests (absolute).
    pub path: PathBuf,
    /// `--kustomization-file`: the Kustomization is read from it instead of the cluster.
    pub kustomization_file: Option<String>,
    pub ignore: IgnoreRules,
    /// The cluster is not asked: neither for the Kustomization nor for `substituteFrom`.
    pub dry_run: bool,
    /// `diff --ignore-not-found`: a Kustomization the cluster does not have is taken from the file.
    pub ignore_not_found: bool,
    pub strict: bool,
    pub recursive: bool,
    /// `Kind/namespace/name` of a source → its local checkout, for `--recursive`.
    pub local_sources: BTreeMap<String, String>,
    /// The Kustomizations being built above this one (`namespace/name`), so that two that deploy
    /// each other do not recurse forever.
    pub ancestors: Vec<String>,
}

/// Builds `request` into the objects `flux build` prints, and with `--recursive` those of the
/// Kustomizations they contain. `given` is the Kustomization found in a parent's output, used when
/// the cluster has none.
///
/// # Errors
/// See [`resolve_kustomization`] and [`build_kustomization`].
pub fn build_objects<'a>(
    kube: Option<&'a Kube>,
    request: Request,
    given: Option<Kustomization>,
) -> BoxFuture<'a, anyhow::Result<Vec<Value>>> {
    Box::pin(async move {
        let k = resolve_kustomization(kube, &request, given).await?;
        let mut objects = build_kustomization(kube, &request, &k, None).await?;
        if request.recursive {
            let (k_name, k_namespace) = name_of(&k);
            let mut children = Vec::new();
            for object in &objects {
                if !is_flux_kustomization(object) {
                    continue;
                }
                let child = lenient_kustomization(object.clone())
                    .map_err(|e| anyhow!("failed to convert to kustomization: {e}"))?;
                let (child_name, child_namespace) = name_of(&child);
                let id = format!("{child_namespace}/{child_name}");
                if (child_name == k_name && child_namespace == k_namespace) || request.ancestors.contains(&id) {
                    continue;
                }
                let sub = child_request(&request, &k, &child)?;
                children.extend(build_objects(kube, sub, Some(child)).await?);
            }
            objects.extend(children);
        }
        Ok(objects)
    })
}

/// A Kustomization's name and namespace.
pub fn name_of(k: &Kustomization) -> (String, String) {
    (k.metadata.name.clone().unwrap_or_default(), k.metadata.namespace.clone().unwrap_or_default())
}

/// The request that builds `child`, a Kustomization in the output of `parent`'s build: from its
/// source's `--local-sources` checkout, in its own namespace, never from a file.
///
/// # Errors
/// `cannot get local path for <source> of kustomization <name>`.
pub fn child_request(request: &Request, parent: &Kustomization, child: &Kustomization) -> anyhow::Result<Request> {
    let (parent_name, parent_namespace) = name_of(parent);
    let (name, namespace) = name_of(child);
    let mut ancestors = request.ancestors.clone();
    ancestors.push(format!("{parent_namespace}/{parent_name}"));
    Ok(Request {
        name,
        namespace,
        path: child_path(&request.local_sources, child)?,
        kustomization_file: None,
        ignore_not_found: false,
        ancestors,
        ..request.clone()
    })
}

/// The Kustomization `request` builds: `--kustomization-file`'s (which takes precedence) with the
/// cluster's status (so that its inventory is known), else the cluster's; `given` (or, with
/// `ignore_not_found`, the file alone) when the cluster has none.
///
/// # Errors
/// `failed to get kustomization object: <cause>`, or the file's own errors.
pub async fn resolve_kustomization(
    kube: Option<&Kube>,
    request: &Request,
    given: Option<Kustomization>,
) -> anyhow::Result<Kustomization> {
    let fallback = given.is_some() || request.ignore_not_found;
    let live = match kube {
        None => given,
        Some(kube) => match get_kustomization(kube, &request.namespace, &request.name).await {
            Ok(found) => Some(found),
            Err(e) if e.not_found && fallback => given,
            Err(e) => bail!("failed to get kustomization object: {}", e.message),
        },
    };
    match &request.kustomization_file {
        Some(file) => {
            let mut k = from_file(file, &request.name, &request.namespace)?;
            let inventory = live.as_ref().and_then(|l| l.status.as_ref()).is_some_and(|s| s.inventory.is_some());
            if kube.is_some() && inventory {
                k.status = live.and_then(|l| l.status);
            }
            Ok(k)
        }
        None => live.ok_or_else(|| anyhow!("failed to get kustomization object: no kustomization")),
    }
}

/// Builds `k` from `request.path` into the objects `flux build` prints and `flux diff` compares:
/// Flux's overlay, kustomize, `postBuild` (variables from the cluster unless `dry_run`), owner
/// labels, `commonMetadata`. SOPS-encrypted values are decrypted with `decryptor` when there is one,
/// and masked (`**SOPS**`) when there is none or a value is left encrypted.
///
/// # Errors
/// Upstream's messages: `failed to generate kustomization.yaml: …`, `kustomize build failed: …`,
/// `var substitution failed for '<name>': …`, `decryption failed for '<gvk>/<name>': …`.
pub async fn build_kustomization(
    kube: Option<&Kube>,
    request: &Request,
    k: &Kustomization,
    decryptor: Option<SopsDecryptor>,
) -> anyhow::Result<Vec<Value>> {
    let (k_name, k_namespace) = name_of(k);
    let spec = k.spec.clone();
    let (path, ignore) = (request.path.clone(), request.ignore.clone());
    let resources = tokio::task::spawn_blocking(move || {
        let remote = crate::kustomize_remote::GitRemoteLoader::new();
        let options = build::Options {
            ignore: Some(&ignore),
            remote: Some(&remote),
            decryptor: decryptor.as_ref().map(|d| d as &dyn build::Decryptor),
            ..Default::default()
        };
        build::build(&path, &spec, &options)
    })
    .await?
    .map_err(|e| match e {
        BuildError::Generate(cause) => anyhow!("failed to generate kustomization.yaml: {cause}"),
        other => anyhow!(other),
    })?;

    let resources = match &k.spec.post_build {
        None => resources,
        Some(post_build) => {
            let loaded = match kube {
                Some(kube) if !request.dry_run => {
                    let namespace = if k_namespace.is_empty() { &request.namespace } else { &k_namespace };
                    substitute::load_variables(&kube.throttled().await, namespace, post_build).await
                }
                _ => Ok(substitute::Variables::new()),
            };
            let options = substitute::SubstituteOptions { strict: request.strict };
            substitute::substitute(resources, post_build, loaded, options).map_err(|e| match e {
                BuildError::PostBuild { name, cause, .. } => {
                    anyhow!("var substitution failed for '{name}': {cause}")
                }
                other => anyhow!(other),
            })?
        }
    };

    let mut objects = objects::to_objects(&resources).map_err(|e| anyhow!("kustomize build failed: {e}"))?;
    objects::set_owner_labels(&mut objects, &k_name, &k_namespace);
    for object in &mut objects {
        objects::mask_sops_data(object).map_err(anyhow::Error::msg)?;
    }
    if let Some(common) = &k.spec.common_metadata {
        objects::set_common_metadata(&mut objects, common.labels.as_ref(), common.annotations.as_ref());
    }
    Ok(objects)
}

/// A failed lookup of the Kustomization.
struct LookupError {
    not_found: bool,
    message: String,
}

async fn get_kustomization(kube: &Kube, namespace: &str, name: &str) -> Result<Kustomization, LookupError> {
    if namespace.is_empty() {
        // No namespace to look in: as a lookup that finds nothing.
        return Err(LookupError {
            not_found: true,
            message: format!("kustomizations.kustomize.toolkit.fluxcd.io {} not found", go_quote(name)),
        });
    }
    let api: Api<Kustomization> = Api::namespaced(kube.throttled().await, namespace);
    let path = format!("/apis/kustomize.toolkit.fluxcd.io/v1/namespaces/{namespace}/kustomizations/{name}");
    api.get(name).await.map_err(|e| LookupError {
        not_found: matches!(&e, kube::Error::Api(s) if s.code == 404),
        message: kube.describe(&e, &path),
    })
}

/// The Kustomization named `name` in a multi-document file: the first document of the Flux group
/// and kind with that name and `namespace` (or none).
fn from_file(file: &str, name: &str, namespace: &str) -> anyhow::Result<Kustomization> {
    let text = std::fs::read_to_string(file)
        .map_err(|e| anyhow!("failed to read kustomization file {file}: {}", crate::build::io_text(&e)))?;
    let docs = yaml::documents(&text).map_err(|e| anyhow!("failed to unmarshall kustomization file {file}: {e}"))?;
    for doc in docs {
        let field = |path: &str| doc.pointer(path).and_then(Value::as_str).unwrap_or_default();
        let ns = field("/metadata/namespace");
        if is_flux_kustomization(&doc) && field("/metadata/name") == name && (ns == namespace || ns.is_empty()) {
            return lenient_kustomization(doc)
                .map_err(|e| anyhow!("failed to unmarshall kustomization file {file}: {e}"));
        }
    }
    bail!("failed find kustomization with name '{name}' and namespace '{namespace}' in file '{file}'")
}

pub fn is_flux_kustomization(object: &Value) -> bool {
    object.get("apiVersion").and_then(Value::as_str).is_some_and(|v| v.starts_with("kustomize.toolkit.fluxcd.io/"))
        && object.get("kind").and_then(Value::as_str) == Some("Kustomization")
}

/// A Kustomization read as Go reads one into its struct: fields the schema requires may be absent
/// (they are then empty).
pub fn lenient_kustomization(mut object: Value) -> Result<Kustomization, String> {
    if let Some(map) = object.as_object_mut() {
        let spec = map.entry("spec").or_insert_with(|| Value::Object(Default::default()));
        if let Some(spec) = spec.as_object_mut() {
            spec.entry("interval").or_insert_with(|| Value::String(String::new()));
            spec.entry("prune").or_insert(Value::Bool(false));
            let source = spec.entry("sourceRef").or_insert_with(|| Value::Object(Default::default()));
            if let Some(source) = source.as_object_mut() {
                source.entry("kind").or_insert_with(|| Value::String(String::new()));
                source.entry("name").or_insert_with(|| Value::String(String::new()));
            }
        }
    }
    serde_json::from_value(object).map_err(|e| e.to_string())
}

/// Where a child Kustomization's manifests are: its source's `--local-sources` entry joined with its
/// `spec.path`.
fn child_path(local_sources: &BTreeMap<String, String>, child: &Kustomization) -> anyhow::Result<PathBuf> {
    let source = &child.spec.source_ref;
    let namespace = source
        .namespace
        .clone()
        .filter(|ns| !ns.is_empty())
        .or_else(|| child.metadata.namespace.clone())
        .unwrap_or_default();
    let key = if namespace.is_empty() {
        format!("{}/{}", source.kind, source.name)
    } else {
        format!("{}/{}/{}", source.kind, namespace, source.name)
    };
    let Some(local) = local_sources.get(&key) else {
        bail!(
            "cannot get local path for {key} of kustomization {}",
            child.metadata.name.as_deref().unwrap_or_default()
        );
    };
    let path = Path::new(local).join(child.spec.path.as_deref().unwrap_or_default());
    Ok(build::generate::clean(&path))
}

/// `path` made absolute against the working directory and cleaned (Go's `filepath.Abs`).
fn absolute(path: &Path) -> PathBuf {
    let joined = if path.is_absolute() {
        path.to_path_buf()
    } else {
        std::env::current_dir().map(|cwd| cwd.join(path)).unwrap_or_else(|_| path.to_path_buf())
    };
    build::generate::clean(&joined)
}

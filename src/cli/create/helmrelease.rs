//! `flux create helmrelease`: a HelmRelease of a chart from a source (`--source` + `--chart`) or of a
//! chart another object provides (`--chart-ref`), with values from local files and cluster objects.

use std::io::Read;

use clap::{ArgAction, Args};
use serde_json::{Map, Value};

use api::helm::{
    CRDsPolicy, CrossNamespaceObjectReference, CrossNamespaceSourceReference, HelmChartTemplate, HelmChartTemplateSpec,
    HelmRelease, HelmReleaseSpec, Install, Upgrade,
};
use api::meta::{KubeConfigReference, SecretKeyReference, ValuesReference};
use api::source::ReconcileStrategy;

use super::{
    depends_on, go_bool, go_os_error, invalid_argument, kind_name, kind_name_namespace, non_empty, non_zero,
    object_name, Create, Readiness, Report,
};
use crate::cli::duration::{self, GoDuration};
use crate::cli::kinds::{self, HELM_RELEASE};
use crate::ui;

/// The kinds `--source` accepts, in upstream's order.
const SOURCE_KINDS: [&str; 3] = ["HelmRepository", "GitRepository", "Bucket"];
/// The kinds `--chart-ref` accepts.
const CHART_REF_KINDS: [&str; 2] = ["OCIRepository", "HelmChart"];
/// The kinds `--values-from` accepts.
const VALUES_FROM_KINDS: [&str; 2] = ["Secret", "ConfigMap"];
/// The policies `--crds` accepts.
const CRDS_POLICIES: [&str; 3] = ["Skip", "Create", "CreateReplace"];

/// Create or update a HelmRelease resource.
///
/// The helmrelease create command generates a HelmRelease resource for a given HelmRepository source.
///
/// Examples:
///   # Create a HelmRelease with a chart from a HelmRepository source
///   flux-rs create hr podinfo \
///     --interval=10m \
///     --source=HelmRepository/podinfo \
///     --chart=podinfo \
///     --chart-version=">4.0.0"
///
///   # Create a HelmRelease with a chart from a GitRepository source
///   flux-rs create hr podinfo \
///     --interval=10m \
///     --source=GitRepository/podinfo \
///     --chart=./charts/podinfo
///
///   # Create a HelmRelease with values from local YAML files (merged in order)
///   flux-rs create hr podinfo \
///     --source=HelmRepository/podinfo \
///     --chart=podinfo \
///     --values=./my-values1.yaml \
///     --values=./my-values2.yaml
///
///   # Create a HelmRelease with values from a Kubernetes secret
///   flux-rs -n app create hr podinfo \
///     --source=HelmRepository/podinfo \
///     --chart=podinfo \
///     --values-from=Secret/my-secret-values
///
///   # Create a HelmRelease targeting another namespace than the resource
///   flux-rs create hr podinfo \
///     --target-namespace=test \
///     --create-target-namespace=true \
///     --source=HelmRepository/podinfo \
///     --chart=podinfo
///
///   # Create a HelmRelease using a chart from an OCIRepository resource
///   flux-rs create hr podinfo \
///     --namespace=default \
///     --chart-ref=OCIRepository/podinfo.flux-system
///
///   # Create a HelmRelease definition on disk without applying it on the cluster
///   flux-rs create hr podinfo \
///     --source=HelmRepository/podinfo \
///     --chart=podinfo \
///     --values=./values.yaml \
///     --export > podinfo-release.yaml
#[derive(Debug, Args)]
#[command(verbatim_doc_comment, args_override_self = true)]
pub struct HelmReleaseArgs {
    /// The HelmRelease's name.
    #[arg(value_name = "NAME")]
    name: Option<String>,
    /// Name used for the Helm release, defaults to a composition of '[<target-namespace>-]<HelmRelease-name>'.
    #[arg(long, value_name = "NAME", default_value = "")]
    release_name: String,
    /// Source that contains the chart in the format '<kind>/<name>.<namespace>', where kind must be one of:
    /// (HelmRepository, GitRepository, Bucket).
    #[arg(long, value_name = "SOURCE")]
    source: Option<String>,
    /// Helm chart name or path.
    #[arg(long, value_name = "CHART", default_value = "")]
    chart: String,
    /// Helm chart version, accepts a semver range (ignored for charts from GitRepository sources).
    #[arg(long, value_name = "VERSION", default_value = "")]
    chart_version: String,
    /// The chart to release, from an object in the format '<kind>/<name>.<namespace>', where kind must be
    /// one of: (OCIRepository, HelmChart); instead of --chart.
    #[arg(long, value_name = "REF", default_value = "")]
    chart_ref: String,
    /// HelmReleases that must be ready before this release can be installed, supported formats '<name>'
    /// and '<namespace>/<name>'.
    #[arg(long, value_name = "NAME", value_delimiter = ',')]
    depends_on: Vec<String>,
    /// Namespace to install this release, defaults to the HelmRelease namespace.
    #[arg(long, value_name = "NAMESPACE", default_value = "")]
    target_namespace: String,
    /// Namespace to store the Helm release, defaults to the target namespace.
    #[arg(long, value_name = "NAMESPACE", default_value = "")]
    storage_namespace: String,
    /// Create the target namespace if it does not exist.
    #[arg(long, value_name = "BOOL", num_args = 0..=1, require_equals = true, default_value = "false",
          default_missing_value = "true", action = ArgAction::Set, value_parser = go_bool)]
    create_target_namespace: bool,
    /// The name of the service account to impersonate when reconciling this HelmRelease.
    #[arg(long = "service-account", value_name = "NAME", default_value = "")]
    service_account: String,
    /// The reconcile strategy for helm chart created by the helm release (accepted values: Revision and
    /// ChartVersion).
    #[arg(long, value_name = "STRATEGY", default_value = "ChartVersion")]
    reconcile_strategy: String,
    /// The interval of which to check for new chart versions.
    #[arg(long, value_name = "DURATION", default_value = "0s", value_parser = duration::parse)]
    chart_interval: GoDuration,
    /// Local path to values.yaml files, merged in order into spec.values; also accepts comma-separated
    /// values.
    #[arg(long, value_name = "FILE", value_delimiter = ',')]
    values: Vec<String>,
    /// A Kubernetes object reference that contains the values.yaml data key in the format '<kind>/<name>',
    /// where kind must be one of: (Secret,ConfigMap).
    #[arg(long, value_name = "KIND/NAME", value_delimiter = ',')]
    values_from: Vec<String>,
    /// Upgrade CRDs policy (Skip|Create|CreateReplace); install always creates them.
    #[arg(long, value_name = "POLICY")]
    crds: Option<String>,
    /// The name of the Kubernetes Secret that contains a key with the kubeconfig file for connecting to a
    /// remote cluster.
    #[arg(long, value_name = "NAME", default_value = "")]
    kubeconfig_secret_ref: String,
}

/// `--source` as upstream's `HelmChartSource` flag type reads it: kind, name, namespace.
fn parse_source(text: &str) -> Result<(String, String, String), String> {
    if text.trim().is_empty() {
        return Err(format!(
            "no helm chart source given, please specify source that contains the chart in the format '<kind>/<name>.<namespace>', where kind must be one of: ({})",
            SOURCE_KINDS.join(", ")
        ));
    }
    let (kind, name, namespace) = kind_name_namespace(text);
    if kind.is_empty() || name.is_empty() {
        return Err(format!("invalid helm chart source '{text}', must be in format <kind>/<name>"));
    }
    let Some(kind) = SOURCE_KINDS.iter().find(|k| k.eq_ignore_ascii_case(kind)) else {
        return Err(format!("source kind '{kind}' is not supported, must be one of: {}", SOURCE_KINDS.join(", ")));
    };
    Ok((kind.to_string(), name.to_string(), namespace.to_string()))
}

/// `--crds` as upstream's `CRDsPolicy` flag type reads it.
fn parse_crds(text: &str) -> Result<CRDsPolicy, String> {
    if text.trim().is_empty() {
        return Err(format!("no upgrade CRDs policy given, must be one of: {}", CRDS_POLICIES.join(", ")));
    }
    match text {
        "Skip" => Ok(CRDsPolicy::Skip),
        "Create" => Ok(CRDsPolicy::Create),
        "CreateReplace" => Ok(CRDsPolicy::CreateReplace),
        _ => Err(format!("unsupported upgrade CRDs policy '{text}', must be one of: {}", CRDS_POLICIES.join(", "))),
    }
}

/// Reads the `--values` files in order and deep-merges them (later files win, maps merge key by key).
fn merge_values_files(files: &[String]) -> anyhow::Result<Value> {
    let mut merged = Map::new();
    for file in files {
        let text = read_file(file).map_err(|e| anyhow::anyhow!("reading values from {file} failed: {e}"))?;
        let value =
            yaml::from_str(&text).map_err(|e| anyhow::anyhow!("converting values to JSON from {file} failed: {e}"))?;
        let values = match value {
            Value::Null => Map::new(),
            Value::Object(map) => map,
            other => {
                let found = match other {
                    Value::Array(_) => "array",
                    Value::String(_) => "string",
                    Value::Number(_) => "number",
                    _ => "bool",
                };
                anyhow::bail!(
                    "unmarshaling values from {file} failed: json: cannot unmarshal {found} into Go value of type map[string]interface {{}}"
                );
            }
        };
        merged = merge_maps(merged, values);
    }
    Ok(Value::Object(merged))
}

/// Reads a file as Go's `os.ReadFile` does, with its error wording (`open x: no such file or directory`).
fn read_file(path: &str) -> Result<String, String> {
    let mut file = std::fs::File::open(path).map_err(|e| format!("open {path}: {}", go_os_error(&e)))?;
    let mut bytes = Vec::new();
    file.read_to_end(&mut bytes).map_err(|e| format!("read {path}: {}", go_os_error(&e)))?;
    // Go reads bytes; YAML that is not UTF-8 fails in the parser either way.
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

/// Helm's values merge (fluxcd/pkg `transform.MergeMaps`): `b` over `a`, maps merged recursively, any
/// other value replaced.
fn merge_maps(mut a: Map<String, Value>, b: Map<String, Value>) -> Map<String, Value> {
    for (key, value) in b {
        match (a.remove(&key), value) {
            (Some(Value::Object(old)), Value::Object(new)) => {
                a.insert(key, Value::Object(merge_maps(old, new)));
            }
            (_, value) => {
                a.insert(key, value);
            }
        }
    }
    a
}

/// `--values-from` entries, `<kind>/<name>` with the kind matched case-insensitively.
fn values_from(entries: &[String]) -> anyhow::Result<Option<Vec<ValuesReference>>> {
    if entries.is_empty() {
        return Ok(None);
    }
    let mut refs = Vec::new();
    for entry in entries {
        let (kind, name) = kind_name(entry);
        if kind.is_empty() {
            anyhow::bail!("invalid Kubernetes object reference '{entry}', must be in format <kind>/<name>");
        }
        let Some(kind) = VALUES_FROM_KINDS.iter().find(|k| k.eq_ignore_ascii_case(kind)) else {
            anyhow::bail!("reference kind '{kind}' is not supported, must be one of: {}", VALUES_FROM_KINDS.join(", "));
        };
        refs.push(ValuesReference { kind: kind.to_string(), name: name.to_string(), ..ValuesReference::default() });
    }
    Ok(Some(refs))
}

pub async fn run(create: &Create<'_>, args: HelmReleaseArgs) -> anyhow::Result<()> {
    let (source_kind, source_name, source_namespace) = match args.source.as_deref() {
        Some(text) => parse_source(text).map_err(|e| invalid_argument("source", text, e))?,
        None => Default::default(),
    };
    let crds = match args.crds.as_deref() {
        Some(text) => Some(parse_crds(text).map_err(|e| invalid_argument("crds", text, e))?),
        None => None,
    };
    let name = object_name(args.name.as_deref())?;
    let mut storage_namespace = args.storage_namespace.clone();
    if storage_namespace.is_empty() && !args.target_namespace.is_empty() {
        storage_namespace = args.target_namespace.clone();
    }
    if args.chart.is_empty() && args.chart_ref.is_empty() {
        anyhow::bail!("chart or chart-ref is required");
    }
    if !args.chart.is_empty() && !args.chart_ref.is_empty() {
        anyhow::bail!("cannot use --chart in combination with --chart-ref");
    }
    let metadata = create.metadata(&name)?;
    create.generating("HelmRelease");
    let reconcile_strategy = match args.reconcile_strategy.as_str() {
        "ChartVersion" => ReconcileStrategy::ChartVersion,
        "Revision" => ReconcileStrategy::Revision,
        other => anyhow::bail!("'{other}' is an invalid reconcile strategy(valid: Revision, ChartVersion)"),
    };
    let mut spec = HelmReleaseSpec {
        release_name: non_empty(&args.release_name),
        interval: create.interval(),
        target_namespace: non_empty(&args.target_namespace),
        storage_namespace: non_empty(&storage_namespace),
        depends_on: depends_on(&args.depends_on),
        ..HelmReleaseSpec::default()
    };
    if !args.chart.is_empty() {
        spec.chart = Some(HelmChartTemplate {
            metadata: None,
            spec: HelmChartTemplateSpec {
                chart: args.chart.clone(),
                version: non_empty(&args.chart_version),
                source_ref: CrossNamespaceObjectReference {
                    api_version: None,
                    kind: source_kind,
                    name: source_name,
                    namespace: non_empty(&source_namespace),
                },
                reconcile_strategy: Some(reconcile_strategy),
                interval: non_zero(args.chart_interval),
                ..HelmChartTemplateSpec::default()
            },
        });
    } else {
        let (kind, name, namespace) = kind_name_namespace(&args.chart_ref);
        if !CHART_REF_KINDS.contains(&kind) {
            anyhow::bail!(
                "chart reference kind '{kind}' is not supported, must be one of: {}",
                CHART_REF_KINDS.join(", ")
            );
        }
        spec.chart_ref = Some(CrossNamespaceSourceReference {
            api_version: None,
            kind: kind.to_string(),
            name: name.to_string(),
            namespace: non_empty(namespace),
        });
    }
    spec.kube_config = non_empty(&args.kubeconfig_secret_ref).map(|name| KubeConfigReference {
        config_map_ref: None,
        secret_ref: Some(SecretKeyReference { name, key: None }),
    });
    if args.create_target_namespace {
        spec.install.get_or_insert_with(Install::default).create_namespace = Some(true);
    }
    spec.service_account_name = non_empty(&args.service_account);
    if let Some(policy) = crds {
        // Upstream's choice: installs always create the CRDs; the flag decides what upgrades do.
        spec.install.get_or_insert_with(Install::default).crds = Some(CRDsPolicy::Create);
        spec.upgrade = Some(Upgrade { crds: Some(policy), ..Upgrade::default() });
    }
    if !args.values.is_empty() {
        spec.values = Some(merge_values_files(&args.values)?);
    }
    spec.values_from = values_from(&args.values_from)?;
    let release = HelmRelease { metadata, spec, status: None };
    if create.flags.export {
        return super::export(&release);
    }
    let kube = create.kube().await?;
    create.upsert(&kube, &HELM_RELEASE, "HelmRelease", &release, Report::Always).await?;
    let ready = create.wait(&kube, &HELM_RELEASE, &name, Readiness::Dynamic).await?;
    ui::success(&format!("HelmRelease {name} is ready"));
    ui::success(&kinds::helmrelease_revision(&ready));
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn sources_read_like_upstreams_flag() {
        let parsed = parse_source("helmrepository/podinfo.flux-system").unwrap();
        assert_eq!(parsed, ("HelmRepository".into(), "podinfo".into(), "flux-system".into()));
        assert_eq!(
            parse_source("podinfo").unwrap_err(),
            "invalid helm chart source 'podinfo', must be in format <kind>/<name>"
        );
        assert_eq!(
            parse_source("foobar/podinfo").unwrap_err(),
            "source kind 'foobar' is not supported, must be one of: HelmRepository, GitRepository, Bucket"
        );
    }

    #[test]
    fn values_merge_like_helm() {
        let a = json!({"image": {"tag": "1", "repo": "x"}, "list": [1, 2], "flat": {"a": 1}});
        let b = json!({"image": {"tag": "2"}, "list": [3], "flat": "now a string"});
        let merged = merge_maps(a.as_object().unwrap().clone(), b.as_object().unwrap().clone());
        assert_eq!(
            Value::Object(merged),
            json!({"image": {"tag": "2", "repo": "x"}, "list": [3], "flat": "now a string"})
        );
    }

    #[test]
    fn crds_policies_are_checked() {
        assert_eq!(parse_crds("CreateReplace"), Ok(CRDsPolicy::CreateReplace));
        assert_eq!(
            parse_crds("create").unwrap_err(),
            "unsupported upgrade CRDs policy 'create', must be one of: Skip, Create, CreateReplace"
        );
        assert_eq!(
            parse_crds("").unwrap_err(),
            "no upgrade CRDs policy given, must be one of: Skip, Create, CreateReplace"
        );
    }

    #[test]
    fn values_from_kinds_are_checked() {
        let refs = values_from(&["secret/a".into(), "ConfigMap/b".into()]).unwrap().unwrap();
        assert_eq!((refs[0].kind.as_str(), refs[1].kind.as_str()), ("Secret", "ConfigMap"));
        let err = values_from(&["a".into()]).unwrap_err().to_string();
        assert_eq!(err, "invalid Kubernetes object reference 'a', must be in format <kind>/<name>");
        let err = values_from(&["Pod/a".into()]).unwrap_err().to_string();
        assert_eq!(err, "reference kind 'Pod' is not supported, must be one of: Secret, ConfigMap");
    }
}

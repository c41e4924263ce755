//! `flux-rs export`: Flux objects as YAML that can be applied elsewhere, as upstream's `printExport`:
//! `---`, then only apiVersion, kind, metadata (name, namespace, labels, annotations) and spec.
//!
//! The kinds are the ones `get` describes ([`super::get::kind::Kind`]); `export source … --with-credentials`
//! also prints the Secret named by `spec.secretRef`.

use clap::{Args, Subcommand};
use k8s_openapi::api::core::v1::Secret;
use kube::api::{Api, ListParams};
use kube::core::DynamicObject;
use serde_json::{json, Map, Value};

use super::client::Kube;
use super::get::kind::Kind;
use super::get::{helm, image, kustomize, notification, source};
use super::Ctx;

/// Export resources in YAML format.
///
/// The export sub-commands export resources in YAML format: each object as `---` and YAML with only
/// apiVersion, kind, metadata (name, namespace, labels, annotations) and spec, ready to be applied
/// elsewhere.
///
/// Examples:
///   flux-rs export source git --all > sources.yaml
///   flux-rs export source git my-private-repo --with-credentials > source.yaml
///   flux-rs export kustomization my-app -n apps
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct ExportArgs {
    /// Select all resources of the kind in the namespace.
    #[arg(long, global = true)]
    all: bool,
    #[command(subcommand)]
    what: What,
}

#[derive(Debug, Args)]
struct NameArg {
    /// The object to export (required unless --all).
    name: Option<String>,
}

#[derive(Debug, Subcommand)]
enum What {
    /// Export sources.
    #[command(subcommand)]
    Source(SourceKind),
    /// Export Kustomization resources in YAML format.
    #[command(visible_alias = "ks")]
    Kustomization(NameArg),
    /// Export HelmRelease resources in YAML format.
    #[command(visible_alias = "hr")]
    Helmrelease(NameArg),
    /// Export Alert resources in YAML format.
    Alert(NameArg),
    /// Export Provider resources in YAML format.
    #[command(name = "alert-provider")]
    AlertProvider(NameArg),
    /// Export Receiver resources in YAML format.
    Receiver(NameArg),
    /// Export image automation objects.
    #[command(subcommand)]
    Image(ImageKind),
}

#[derive(Debug, Args)]
struct SourceArgs {
    /// The object to export (required unless --all).
    name: Option<String>,
    /// Include credential secrets: the Secret named by spec.secretRef follows the source.
    #[arg(long)]
    with_credentials: bool,
}

#[derive(Debug, Subcommand)]
enum SourceKind {
    /// Export GitRepository sources in YAML format.
    Git(SourceArgs),
    /// Export OCIRepository sources in YAML format.
    Oci(SourceArgs),
    /// Export HelmRepository sources in YAML format.
    Helm(SourceArgs),
    /// Export HelmChart sources in YAML format.
    Chart(SourceArgs),
    /// Export Bucket sources in YAML format.
    Bucket(SourceArgs),
    /// Export ExternalArtifact sources in YAML format.
    External(SourceArgs),
}

#[derive(Debug, Subcommand)]
enum ImageKind {
    /// Export ImagePolicy resources in YAML format.
    Policy(NameArg),
    /// Export ImageRepository resources in YAML format.
    Repository(NameArg),
    /// Export ImageUpdateAutomation resources in YAML format.
    Update(NameArg),
}

pub async fn run(ctx: &Ctx, args: ExportArgs) -> anyhow::Result<()> {
    let (kind, name, with_credentials): (&'static Kind, Option<String>, bool) = match args.what {
        What::Source(s) => match s {
            SourceKind::Git(a) => (&source::GIT_REPOSITORY, a.name, a.with_credentials),
            SourceKind::Oci(a) => (&source::OCI_REPOSITORY, a.name, a.with_credentials),
            SourceKind::Helm(a) => (&source::HELM_REPOSITORY, a.name, a.with_credentials),
            SourceKind::Chart(a) => (&source::HELM_CHART, a.name, a.with_credentials),
            SourceKind::Bucket(a) => (&source::BUCKET, a.name, a.with_credentials),
            SourceKind::External(a) => (&source::EXTERNAL_ARTIFACT, a.name, a.with_credentials),
        },
        What::Kustomization(a) => (&kustomize::KUSTOMIZATION, a.name, false),
        What::Helmrelease(a) => (&helm::HELM_RELEASE, a.name, false),
        What::Alert(a) => (&notification::ALERT, a.name, false),
        What::AlertProvider(a) => (&notification::PROVIDER, a.name, false),
        What::Receiver(a) => (&notification::RECEIVER, a.name, false),
        What::Image(i) => match i {
            ImageKind::Policy(a) => (&image::IMAGE_POLICY, a.name, false),
            ImageKind::Repository(a) => (&image::IMAGE_REPOSITORY, a.name, false),
            ImageKind::Update(a) => (&image::IMAGE_UPDATE_AUTOMATION, a.name, false),
        },
    };
    if !args.all && name.is_none() {
        anyhow::bail!("name is required");
    }
    let kube = ctx.kube().await.map_err(anyhow::Error::msg)?;
    let work = export(&kube, kind, &ctx.namespace, name.as_deref(), with_credentials);
    // What was exported before a failure still goes out, as upstream prints object by object.
    let (out, result) = match tokio::time::timeout(ctx.global.timeout.as_std(), work).await {
        Ok(Ok(out)) => (out, Ok(())),
        Ok(Err(Partial { out, error })) => (out, Err(error)),
        Err(_) => (String::new(), Err(anyhow::anyhow!("context deadline exceeded"))),
    };
    print!("{out}");
    result
}

/// The output so far and the error that stopped it.
struct Partial {
    out: String,
    error: anyhow::Error,
}

impl From<anyhow::Error> for Partial {
    fn from(error: anyhow::Error) -> Self {
        Partial { out: String::new(), error }
    }
}

async fn export(
    kube: &Kube,
    kind: &Kind,
    namespace: &str,
    name: Option<&str>,
    with_credentials: bool,
) -> Result<String, Partial> {
    let api: Api<DynamicObject> = Api::namespaced_with(kube.throttled().await, namespace, &kind.resource());
    let path = format!("/apis/{}/namespaces/{namespace}/{}", kind.api_version(), kind.plural());
    let objects = match name {
        None => {
            let list = api
                .list(&ListParams::default())
                .await
                .map_err(|e| anyhow::Error::msg(describe(kube, kind, &e, &path)))?;
            if list.items.is_empty() {
                return Err(anyhow::anyhow!("no objects found in {namespace} namespace").into());
            }
            list.items
        }
        Some(name) => {
            let obj = api
                .get(name)
                .await
                .map_err(|e| anyhow::Error::msg(describe(kube, kind, &e, &format!("{path}/{name}"))))?;
            vec![obj]
        }
    };
    let mut out = String::new();
    for obj in &objects {
        let value = serde_json::to_value(obj).map_err(anyhow::Error::from)?;
        out.push_str(&print_export(&exported(kind, &value)));
        if with_credentials {
            if let Some(secret) = kind.secret.and_then(|f| f(&value)) {
                // Upstream returns after the first source that names a Secret, even with --all.
                return match secret_export(kube, namespace, &secret).await {
                    Ok(text) => Ok(out + &text),
                    Err(error) => Err(Partial { out, error }),
                };
            }
        }
    }
    Ok(out)
}

/// A missing CRD reads as upstream's "no match" error; the rest as the API's message.
fn describe(kube: &Kube, kind: &Kind, err: &kube::Error, path: &str) -> String {
    if let kube::Error::Api(status) = err {
        if status.code == 404 && status.reason != "NotFound" {
            return format!("no matches for kind {:?} in version {:?}", kind.kind, kind.api_version());
        }
    }
    kube.describe(err, path)
}

/// The object reduced to what upstream's `export*` functions copy.
pub fn exported(kind: &Kind, obj: &Value) -> Value {
    let meta = obj.get("metadata");
    let mut metadata = Map::new();
    for key in ["name", "namespace", "labels", "annotations"] {
        if let Some(v) = meta.and_then(|m| m.get(key)).filter(|v| !is_empty(v)) {
            metadata.insert(key.to_string(), v.clone());
        }
    }
    let mut out = Map::new();
    out.insert("apiVersion".into(), Value::String(kind.api_version()));
    out.insert("kind".into(), Value::String(kind.kind.to_string()));
    out.insert("metadata".into(), Value::Object(metadata));
    let mut spec = obj.get("spec").cloned().unwrap_or_else(|| json!({}));
    if let Some(schema) = spec_schema(kind) {
        go_shape(&mut spec, &schema);
    }
    out.insert("spec".into(), spec);
    Value::Object(out)
}

/// The OpenAPI schema of the kind's `spec`, from the CRDs flux-rs generates from its types.
fn spec_schema(kind: &Kind) -> Option<Value> {
    let resource = kind.resource();
    let crd = api::crds().into_iter().find(|c| c.spec.group == resource.group && c.spec.names.kind == kind.kind)?;
    let version = crd.spec.versions.into_iter().find(|v| v.name == resource.version)?;
    let schema = serde_json::to_value(version.schema?.open_api_v3_schema?).ok()?;
    schema.get("properties").and_then(|p| p.get("spec")).cloned()
}

/// Gives `spec` the shape upstream's round trip through its Go types gives it: `metav1.Duration`
/// fields (the string fields with Flux's interval or timeout pattern) written as Go prints durations
/// (`5m` → `5m0s`), and `false` dropped from optional booleans (`omitempty`; Flux's non-omitempty
/// booleans, such as `prune`, are required fields).
fn go_shape(value: &mut Value, schema: &Value) {
    match value {
        Value::Object(map) => {
            if schema.get("x-kubernetes-preserve-unknown-fields").and_then(Value::as_bool) == Some(true)
                && schema.get("properties").is_none()
            {
                return;
            }
            let Some(properties) = schema.get("properties") else { return };
            let required: Vec<&str> = schema
                .get("required")
                .and_then(Value::as_array)
                .map(|r| r.iter().filter_map(Value::as_str).collect())
                .unwrap_or_default();
            map.retain(|key, v| v != &Value::Bool(false) || required.contains(&key.as_str()));
            for (key, v) in map.iter_mut() {
                if let Some(sub) = properties.get(key) {
                    go_shape(v, sub);
                }
            }
        }
        Value::Array(items) => {
            if let Some(sub) = schema.get("items") {
                items.iter_mut().for_each(|v| go_shape(v, sub));
            }
        }
        Value::String(text) => {
            let pattern = schema.get("pattern").and_then(Value::as_str);
            if pattern == Some(api::meta::INTERVAL_PATTERN) || pattern == Some(api::meta::TIMEOUT_PATTERN) {
                if let Ok(d) = super::duration::parse(text) {
                    *text = d.to_string();
                }
            }
        }
        _ => {}
    }
}

/// Go's `omitempty` for the metadata fields copied.
fn is_empty(v: &Value) -> bool {
    match v {
        Value::Null => true,
        Value::String(s) => s.is_empty(),
        Value::Object(m) => m.is_empty(),
        _ => false,
    }
}

/// `---`, the YAML, a newline (upstream's `printExport`).
pub fn print_export(value: &Value) -> String {
    let text = yaml::to_string(value);
    format!("---\n{}\n", text.trim())
}

/// The Secret as upstream's `printSecretCredentials` rebuilds it: name, namespace, data and type.
async fn secret_export(kube: &Kube, namespace: &str, name: &str) -> anyhow::Result<String> {
    let api: Api<Secret> = Api::namespaced(kube.throttled().await, namespace);
    let secret = api.get(name).await.map_err(|e| {
        let cause = kube.describe(&e, &format!("/api/v1/namespaces/{namespace}/secrets/{name}"));
        anyhow::anyhow!("failed to retrieve secret {name}, error: {cause}")
    })?;
    let mut out = Map::new();
    out.insert("apiVersion".into(), json!("v1"));
    if let Some(data) = secret.data.filter(|d| !d.is_empty()) {
        out.insert("data".into(), serde_json::to_value(data)?);
    }
    out.insert("kind".into(), json!("Secret"));
    out.insert("metadata".into(), json!({"name": name, "namespace": namespace}));
    if let Some(t) = secret.type_.filter(|t| !t.is_empty()) {
        out.insert("type".into(), json!(t));
    }
    Ok(print_export(&Value::Object(out)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_identity_and_spec_are_kept() {
        let obj = json!({
            "apiVersion": "source.toolkit.fluxcd.io/v1", "kind": "GitRepository",
            "metadata": {"name": "podinfo", "namespace": "flux-system", "uid": "x", "resourceVersion": "1",
                         "labels": {}, "annotations": {"a": "b"}, "generation": 1},
            "spec": {"interval": "1m", "url": "https://example.com/repo", "timeout": "60s", "suspend": false,
                     "ref": {"branch": "main"}},
            "status": {"conditions": []}
        });
        let text = print_export(&exported(&source::GIT_REPOSITORY, &obj));
        assert_eq!(
            text,
            "---\napiVersion: source.toolkit.fluxcd.io/v1\nkind: GitRepository\nmetadata:\n  annotations:\n    a: b\n  name: podinfo\n  namespace: flux-system\nspec:\n  interval: 1m0s\n  ref:\n    branch: main\n  timeout: 1m0s\n  url: https://example.com/repo\n"
        );
    }
}

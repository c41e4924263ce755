//! `flux create …`: generate a Flux object from flags, print it (`--export`) or apply it and wait until
//! its controller reports it ready.
//!
//! What every subcommand shares lives here, once: the persistent flags (`--interval`, `--export`,
//! `--label`), upstream's name rule (RFC 1123, two characters at least), label parsing with
//! apimachinery's messages, the get-then-create-or-update upsert with its `✔ <kind> created|updated`
//! line, and the readiness wait. A subcommand builds its object from the `api` crate's types, so the
//! exported YAML has the fields, names and omissions of upstream's Go types.

mod alert;
mod alert_provider;
mod helmrelease;
mod image;
mod kustomization;
mod receiver;
pub(super) mod secret;
mod source;
mod tenant;

use std::collections::BTreeMap;

use clap::{Args, Subcommand};
use k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta;
use kube::api::{DynamicObject, PostParams};
use serde::Serialize;
use serde_json::Value;

use super::client::Kube;
use super::duration::{self, GoDuration};
use super::kinds::{self, Kind};
use super::{readiness, Ctx};
use crate::ui;

/// Create or update sources and resources.
///
/// The create sub-commands generate sources and resources. With --export they print the manifest
/// and need no cluster; otherwise they apply it and wait until the controller reports it ready.
///
/// Examples:
///   flux-rs create alert-provider slack --type slack --channel general --secret-ref webhook-url
///   flux-rs create alert-provider slack --type slack --export > provider.yaml
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct CreateArgs {
    #[command(flatten)]
    flags: CreateFlags,
    // Boxed: the subcommands' flags would make every `Command` as large as the largest of them.
    #[command(subcommand)]
    target: Box<CreateTarget>,
}

/// Upstream's persistent flags of `create`, accepted after any subcommand.
#[derive(Debug, Args, Clone)]
pub struct CreateFlags {
    /// Source sync interval, as a Go duration [default: 1m0s]. For `create image policy` it is the digest
    /// reflection interval, with no default (upstream's local flag of that name).
    #[arg(long, global = true, value_name = "DURATION", value_parser = duration::parse)]
    pub interval: Option<GoDuration>,
    /// Export in YAML format to stdout (no cluster needed).
    #[arg(long, global = true)]
    pub export: bool,
    /// Set labels on the resource (can specify multiple labels with commas: label1=value1,label2=value2).
    #[arg(long = "label", global = true, value_name = "KEY=VALUE", value_delimiter = ',')]
    pub labels: Vec<String>,
}

#[derive(Debug, Subcommand)]
enum CreateTarget {
    Alert(alert::AlertArgs),
    #[command(name = "alert-provider")]
    AlertProvider(alert_provider::AlertProviderArgs),
    Secret(secret::SecretArgs),
    Source(source::SourceArgs),
    #[command(visible_alias = "hr")]
    Helmrelease(helmrelease::HelmReleaseArgs),
    /// Create or update resources dealing with image automation.
    ///
    /// The create image sub-commands work with image automation objects; that is, object controlling
    /// updates to git based on e.g., new container images being available.
    #[command(subcommand, verbatim_doc_comment)]
    Image(image::ImageTarget),
    #[command(visible_alias = "ks")]
    Kustomization(kustomization::KustomizationArgs),
    Receiver(receiver::ReceiverArgs),
    Tenant(tenant::TenantArgs),
}

pub async fn run(ctx: &Ctx, args: CreateArgs) -> anyhow::Result<()> {
    let create = Create::new(ctx, args.flags);
    match *args.target {
        CreateTarget::Alert(a) => alert::run(&create, a).await,
        CreateTarget::AlertProvider(a) => alert_provider::run(&create, a).await,
        CreateTarget::Secret(a) => secret::run(&create, a).await,
        CreateTarget::Source(a) => source::run(&create, a).await,
        CreateTarget::Helmrelease(a) => helmrelease::run(&create, a).await,
        CreateTarget::Image(t) => image::run(&create, t).await,
        CreateTarget::Kustomization(a) => kustomization::run(&create, a).await,
        CreateTarget::Receiver(a) => receiver::run(&create, a).await,
        CreateTarget::Tenant(a) => tenant::run(&create, a).await,
    }
}

/// What a subcommand runs with: the global context, the create flags and the deadline `--timeout`
/// sets from the start of the command (upstream's one context for apply and wait).
pub struct Create<'a> {
    pub ctx: &'a Ctx,
    pub flags: CreateFlags,
    deadline: tokio::time::Instant,
}

/// How long a created object is waited for, and by which rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Readiness {
    /// The controller must have observed the current generation and report Ready (`isObjectReady`).
    Dynamic,
    /// kstatus alone (`isStaticObjectReadyConditionFunc`), for kinds without a reconcile loop.
    Static,
}

/// How the upsert reports itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Report {
    /// `✔ <label> created` or `✔ <label> updated`, even when nothing changed (most subcommands).
    Always,
    /// Silent when the object already had this content (`controllerutil.CreateOrUpdate`'s `unchanged`).
    Changes,
}

impl<'a> Create<'a> {
    pub fn new(ctx: &'a Ctx, flags: CreateFlags) -> Self {
        let deadline = tokio::time::Instant::now() + ctx.global.timeout.as_std();
        Create { ctx, flags, deadline }
    }

    /// The namespace objects are created in (`-n`).
    pub fn namespace(&self) -> &str {
        &self.ctx.namespace
    }

    /// The `--interval` as upstream writes it into a spec (`1m0s`).
    pub fn interval(&self) -> String {
        self.flags.interval.map_or_else(|| "1m0s".to_string(), |d| d.to_string())
    }

    /// `✚ generating <kind>`, which upstream prints only when it is going to apply.
    pub fn generating(&self, kind: &str) {
        if !self.flags.export {
            ui::generate(&format!("generating {kind}"));
        }
    }

    /// `--label` as a map; `None` when none is given, as Go's nil map (no `labels:` key at all).
    pub fn labels(&self) -> anyhow::Result<Option<BTreeMap<String, String>>> {
        parse_labels(&self.flags.labels)
    }

    /// `name` in the target namespace, with the `--label`s.
    pub fn metadata(&self, name: &str) -> anyhow::Result<ObjectMeta> {
        Ok(ObjectMeta {
            name: Some(name.to_string()),
            namespace: Some(self.namespace().to_string()),
            labels: self.labels()?,
            ..ObjectMeta::default()
        })
    }

    /// Connects to the cluster the global flags select.
    pub async fn kube(&self) -> anyhow::Result<Kube> {
        self.ctx.kube().await.map_err(anyhow::Error::msg)
    }

    /// Creates `object` or, when it exists, replaces its labels and spec (upstream's `upsert*`), printing
    /// `► applying <kind>` first and `✔ <label> created|updated` after. Returns the stored object.
    pub async fn upsert(
        &self,
        kube: &Kube,
        kind: &Kind,
        label: &str,
        object: &impl Serialize,
        report: Report,
    ) -> anyhow::Result<DynamicObject> {
        ui::action(&format!("applying {}", kind.kind));
        self.apply(kube, kind, label, object, report).await
    }

    /// `◎ waiting for <kind> reconciliation`, then polls until the object is ready by `rule`; returns the
    /// object as JSON for the lines the subcommand prints after (`✔ applied revision …`).
    pub async fn wait(&self, kube: &Kube, kind: &Kind, name: &str, rule: Readiness) -> anyhow::Result<Value> {
        self.wait_for(kube, kind, kind.kind, name, rule).await
    }

    /// Runs `work` unless `--timeout` has already passed (Go's `context deadline exceeded`).
    pub async fn before_deadline<T>(&self, work: impl std::future::Future<Output = T>) -> anyhow::Result<T> {
        tokio::time::timeout_at(self.deadline, work).await.map_err(|_| anyhow::anyhow!(kinds::DEADLINE_EXCEEDED))
    }
}

/// The first argument, required and a valid object name (upstream's `create` pre-run check).
pub fn object_name(name: Option<&str>) -> anyhow::Result<String> {
    let name = name.ok_or_else(|| anyhow::anyhow!("name is required"))?;
    if !is_object_name(name) {
        anyhow::bail!(
            "name '{name}' is invalid, it should adhere to standard defined in RFC 1123, the name can only contain alphanumeric characters or '-'"
        );
    }
    Ok(name.to_string())
}

/// Upstream's `validateObjectName`: `^[a-z0-9]([a-z0-9\-]){0,61}[a-z0-9]$`, so unlike an RFC 1123
/// label a one-character name is refused.
fn is_object_name(name: &str) -> bool {
    name.len() >= 2 && super::is_dns1123_label(name)
}

/// Upstream's `parseLabels`: `key=value` pairs with apimachinery's key and value checks.
pub fn parse_labels(labels: &[String]) -> anyhow::Result<Option<BTreeMap<String, String>>> {
    if labels.is_empty() {
        return Ok(None);
    }
    let mut out = BTreeMap::new();
    for label in labels {
        let parts: Vec<&str> = label.split('=').collect();
        let [key, value] = parts.as_slice() else {
            anyhow::bail!("invalid label format '{label}', must be key=value");
        };
        let errs = k8s_schema::validation::is_qualified_name(key);
        if !errs.is_empty() {
            anyhow::bail!("invalid label '{key}': [{}]", errs.join(" "));
        }
        let errs = k8s_schema::validation::is_valid_label_value(value);
        if !errs.is_empty() {
            anyhow::bail!("invalid label value '{value}': [{}]", errs.join(" "));
        }
        out.insert(key.to_string(), value.to_string());
    }
    Ok(Some(out))
}

/// Prints `object` as upstream's `printExport` does: `---`, the YAML, a newline.
pub fn export(object: &impl Serialize) -> anyhow::Result<()> {
    let value = serde_json::to_value(object)?;
    print!("{}", super::export::print_export(&value));
    Ok(())
}

/// `Some(text)` unless empty: Go's `omitempty` for optional string flags.
pub fn non_empty(text: &str) -> Option<String> {
    (!text.is_empty()).then(|| text.to_string())
}

/// The pieces of [`Create::upsert`] and [`Create::wait`], for subcommands whose upstream wording is not
/// the kind alone (`► applying GitRepository source`, `◎ waiting for HelmChart source reconciliation`).
impl Create<'_> {
    /// The upsert without its `► applying …` line: creates `object` or replaces its labels and spec,
    /// printing `✔ <label> created|updated`.
    pub async fn apply(
        &self,
        kube: &Kube,
        kind: &Kind,
        label: &str,
        object: &impl Serialize,
        report: Report,
    ) -> anyhow::Result<DynamicObject> {
        let wanted: DynamicObject = serde_json::to_value(object)
            .and_then(serde_json::from_value)
            .map_err(|e| anyhow::anyhow!("encoding {}: {e}", kind.kind))?;
        let name = wanted.metadata.name.clone().unwrap_or_default();
        let ns = self.namespace();
        let api = kind.api(kube, ns).await;
        let path = kinds::object_path(kind, ns, &name);
        let existing = self.before_deadline(api.get_opt(&name)).await?.map_err(|e| kube.describe(&e, &path));
        let stored = match existing.map_err(anyhow::Error::msg)? {
            None => {
                let created = self.before_deadline(api.create(&PostParams::default(), &wanted)).await?;
                let created = created.map_err(|e| anyhow::anyhow!(kube.describe(&e, &path)))?;
                ui::success(&format!("{label} created"));
                created
            }
            Some(mut existing) => {
                let unchanged = existing.metadata.labels == wanted.metadata.labels
                    && existing.data.get("spec") == wanted.data.get("spec");
                if unchanged && report == Report::Changes {
                    existing
                } else {
                    existing.metadata.labels = wanted.metadata.labels.clone();
                    if let (Some(data), Some(spec)) = (existing.data.as_object_mut(), wanted.data.get("spec")) {
                        data.insert("spec".into(), spec.clone());
                    }
                    let replaced = self.before_deadline(api.replace(&name, &PostParams::default(), &existing)).await?;
                    let replaced = replaced.map_err(|e| anyhow::anyhow!(kube.describe(&e, &path)))?;
                    ui::success(&format!("{label} updated"));
                    replaced
                }
            }
        };
        Ok(stored)
    }

    /// `◎ waiting for <noun> reconciliation`, then polls until the object is ready by `rule`.
    pub async fn wait_for(
        &self,
        kube: &Kube,
        kind: &Kind,
        noun: &str,
        name: &str,
        rule: Readiness,
    ) -> anyhow::Result<Value> {
        ui::waiting(&format!("waiting for {noun} reconciliation"));
        let ns = self.namespace();
        kinds::poll(self.deadline, || async {
            let obj = kinds::get(kind, kube, ns, name).await?;
            let value = kinds::to_json(&obj);
            let ready = match rule {
                Readiness::Dynamic => readiness::is_object_ready(&value)?,
                Readiness::Static => readiness::is_static_object_ready(&value)?,
            };
            Ok(ready.then_some(value))
        })
        .await
        .map_err(anyhow::Error::msg)
    }
}

/// pflag's message for a flag value its type refuses: `invalid argument "x" for "--source" flag: …`.
/// Checked in the subcommand rather than by clap so that the text and exit code 1 are upstream's.
pub fn invalid_argument(flag: &str, value: &str, reason: impl std::fmt::Display) -> anyhow::Error {
    anyhow::anyhow!("invalid argument {} for \"--{flag}\" flag: {reason}", super::go_quote(value))
}

/// A Go boolean flag value (`strconv.ParseBool`): `--prune`, `--prune=true`, `--prune=0`, …
pub fn go_bool(text: &str) -> Result<bool, String> {
    match text {
        "1" | "t" | "T" | "TRUE" | "true" | "True" => Ok(true),
        "0" | "f" | "F" | "FALSE" | "false" | "False" => Ok(false),
        _ => Err(format!("strconv.ParseBool: parsing {}: invalid syntax", super::go_quote(text))),
    }
}

/// Upstream's `ParseObjectKindName`: `<kind>/<name>`, or only a name (empty kind) unless there is
/// exactly one `/`.
pub fn kind_name(input: &str) -> (&str, &str) {
    let mut parts = input.split('/');
    match (parts.next(), parts.next(), parts.next()) {
        (Some(kind), Some(name), None) => (kind, name),
        _ => ("", input),
    }
}

/// Upstream's `ParseObjectKindNameNamespace`: [`kind_name`], then the text after the last `.` of the
/// name is the namespace.
pub fn kind_name_namespace(input: &str) -> (&str, &str, &str) {
    let (kind, name) = kind_name(input);
    match name.rsplit_once('.') {
        Some((name, namespace)) => (kind, name, namespace),
        None => (kind, name, ""),
    }
}

/// Upstream's `meta.MakeDependsOn` as `create` uses it: `[<namespace>/]<name>[@<readyExpr>]`, the
/// readiness expression dropped (the create commands copy only name and namespace).
pub fn depends_on(deps: &[String]) -> Option<Vec<api::meta::DependencyReference>> {
    if deps.is_empty() {
        return None;
    }
    let refs = deps
        .iter()
        .map(|dep| {
            let dep = dep.split_once('@').map_or(dep.as_str(), |(reference, _)| reference);
            let (namespace, name) = match dep.split_once('/') {
                Some((namespace, name)) => (non_empty(namespace), name),
                None => (None, dep),
            };
            api::meta::DependencyReference { name: name.to_string(), namespace, ready_expr: None }
        })
        .collect();
    Some(refs)
}

/// A duration as a spec writes it, unless it is zero (Go's `if d != 0`).
pub fn non_zero(d: GoDuration) -> Option<String> {
    let text = d.to_string();
    (text != "0s").then_some(text)
}

/// An OS error as Go's syscall package words it: `no such file or directory`.
pub fn go_os_error(e: &std::io::Error) -> String {
    let text = e.to_string();
    let text = text.split(" (os error").next().unwrap_or(&text);
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The receiver types upstream's `--type` flag accepts (its `flags.ReceiverType`), in its order; shared by
/// `create receiver` and `create secret receiver`.
pub const RECEIVER_TYPES: [&str; 12] = [
    "generic",
    "generic-hmac",
    "github",
    "gitlab",
    "bitbucket",
    "harbor",
    "dockerhub",
    "quay",
    "gcr",
    "nexus",
    "acr",
    "cdevents",
];

/// Upstream's check of a receiver `--type` value; the error is pflag's reason.
pub fn parse_receiver_type(text: &str) -> Result<String, String> {
    if text.trim().is_empty() {
        return Err("no receiver type given, please specify the receiver type".into());
    }
    if !RECEIVER_TYPES.contains(&text) {
        return Err(format!("receiver type '{text}' is not supported, must be one of: {}", RECEIVER_TYPES.join(", ")));
    }
    Ok(text.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_follow_upstreams_rule() {
        assert!(object_name(Some("flux-system")).is_ok());
        assert!(object_name(Some(&"a".repeat(63))).is_ok());
        for bad in ["a", "-flux", "flux-", "third.first", "THirdfirst", &"a".repeat(64)] {
            let err = object_name(Some(bad)).unwrap_err().to_string();
            assert!(err.starts_with(&format!("name '{bad}' is invalid")), "{err}");
        }
        assert_eq!(object_name(None).unwrap_err().to_string(), "name is required");
    }

    #[test]
    fn labels_are_checked_like_upstream() {
        assert_eq!(parse_labels(&[]).unwrap(), None);
        let ok = parse_labels(&["app=web".into(), "example.com/tier=db".into()]).unwrap().unwrap();
        assert_eq!(ok.get("example.com/tier").map(String::as_str), Some("db"));
        let err = parse_labels(&["a=b=c".into()]).unwrap_err().to_string();
        assert_eq!(err, "invalid label format 'a=b=c', must be key=value");
        let err = parse_labels(&["/x=y".into()]).unwrap_err().to_string();
        assert_eq!(err, "invalid label '/x': [prefix part must be non-empty]");
        let err = parse_labels(&["x=-y".into()]).unwrap_err().to_string();
        assert!(err.starts_with("invalid label value '-y': [a valid label must be"), "{err}");
    }

    #[test]
    fn os_errors_read_like_go() {
        assert_eq!(go_os_error(&std::io::Error::from_raw_os_error(2)), "no such file or directory");
        assert_eq!(go_os_error(&std::io::Error::from_raw_os_error(21)), "is a directory");
    }

    #[test]
    fn references_split_like_upstream() {
        assert_eq!(kind_name("Secret/a"), ("Secret", "a"));
        assert_eq!(kind_name("a"), ("", "a"));
        assert_eq!(kind_name("a/b/c"), ("", "a/b/c"));
        assert_eq!(kind_name_namespace("GitRepository/a.b.flux-system"), ("GitRepository", "a.b", "flux-system"));
        let deps = depends_on(&["a".into(), "apps/b@status.ready".into()]).unwrap();
        assert_eq!((deps[0].name.as_str(), deps[0].namespace.as_deref()), ("a", None));
        assert_eq!((deps[1].name.as_str(), deps[1].namespace.as_deref()), ("b", Some("apps")));
        assert_eq!(go_bool("T"), Ok(true));
        assert!(go_bool("yes").is_err());
    }
}

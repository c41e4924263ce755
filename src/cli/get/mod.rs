//! `flux-rs get`: the status of Flux objects as upstream's tables, plus `-o json|yaml|wide`.
//!
//! Every kind is described once in [`kind::Kind`] (the families live in `source.rs`, `kustomize.rs`,
//! `helm.rs`, `notification.rs`, `image.rs`); this module lists, filters, watches and prints them.

pub mod helm;
pub mod image;
pub mod kind;
pub mod kustomize;
pub mod notification;
pub mod source;

use clap::{Args, Subcommand, ValueEnum};
use futures::{StreamExt, TryStreamExt};
use kube::api::{Api, ListParams, WatchEvent, WatchParams};
use kube::core::DynamicObject;

use super::client::Kube;
use super::{with_timeout, Ctx};
use crate::ui;
use kind::{Kind, RowOptions};

/// Get the resources and their status.
///
/// The get sub-commands print the statuses of Flux resources: a table on stdout with upstream's exact
/// layout, or the objects themselves with -o json|yaml.
///
/// Examples:
///   flux-rs get kustomizations -A
///   flux-rs get sources git podinfo
///   flux-rs get all -n apps --status-selector ready=false
///   flux-rs get hr --show-source -o wide
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct GetArgs {
    #[command(flatten)]
    flags: GetFlags,
    #[command(subcommand)]
    what: What,
}

/// Flags of every `get` subcommand (upstream's persistent flags of `get`).
#[derive(Debug, Args, Clone)]
pub struct GetFlags {
    /// List the requested object(s) across all namespaces.
    #[arg(short = 'A', long, global = true)]
    all_namespaces: bool,

    /// Skip the header when printing the results.
    #[arg(long, global = true)]
    no_header: bool,

    /// After listing/getting the requested object, watch for changes: one row per change, until --timeout.
    #[arg(short, long, global = true)]
    watch: bool,

    /// Specify the status condition name and the desired state to filter the get result, e.g.
    /// ready=false or ready!=true.
    #[arg(long, global = true, value_name = "TYPE=STATUS")]
    status_selector: Option<String>,

    /// Filter objects by label selector (e.g. app=podinfo, 'env in (dev,prod)').
    #[arg(short = 'l', long, global = true, value_name = "SELECTOR")]
    label_selector: Option<String>,

    /// Output format beyond upstream: table (default), wide (adds SOURCE where the kind has one, one
    /// kind-specific column — URL, PATH, CHART, TYPE, IMAGE… — and INTERVAL), json or yaml (a List of
    /// the objects as the API returns them).
    #[arg(short, long, global = true, value_enum, default_value_t = Output::Table)]
    output: Output,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Output {
    Table,
    Wide,
    Json,
    Yaml,
}

/// Objects with a name, and `--show-source`.
#[derive(Debug, Args)]
struct NamedArgs {
    /// Only the object with this name.
    name: Option<String>,
}

#[derive(Debug, Args)]
struct SourceShownArgs {
    /// Only the object with this name.
    name: Option<String>,
    /// Show the source reference (Kind/namespace/name) of each object.
    #[arg(long)]
    show_source: bool,
}

#[derive(Debug, Subcommand)]
enum What {
    /// Get source statuses.
    #[command(visible_alias = "source", subcommand)]
    Sources(SourceKind),
    /// Get Kustomization statuses.
    #[command(visible_aliases = ["ks", "kustomization"])]
    Kustomizations(SourceShownArgs),
    /// Get HelmRelease statuses.
    #[command(visible_aliases = ["hr", "helmrelease"])]
    Helmreleases(SourceShownArgs),
    /// Get Alert statuses.
    #[command(visible_alias = "alert")]
    Alerts(NamedArgs),
    /// Get Provider statuses.
    #[command(name = "alert-providers", visible_alias = "alert-provider")]
    AlertProviders(NamedArgs),
    /// Get Receiver statuses.
    #[command(visible_alias = "receiver")]
    Receivers(NamedArgs),
    /// Get image automation object statuses.
    #[command(visible_alias = "image", subcommand)]
    Images(ImageKind),
    /// Get all resources and statuses: sources, images, HelmReleases, Kustomizations, Receivers,
    /// Providers and Alerts, one table per kind.
    All(NamedArgs),
}

#[derive(Debug, Subcommand)]
enum SourceKind {
    /// Get all source statuses.
    All(NamedArgs),
    /// Get GitRepository source statuses.
    Git(NamedArgs),
    /// Get OCIRepository statuses.
    Oci(NamedArgs),
    /// Get HelmRepository source statuses.
    Helm(NamedArgs),
    /// Get HelmChart statuses.
    Chart(NamedArgs),
    /// Get Bucket source statuses.
    Bucket(NamedArgs),
    /// Get ExternalArtifact source statuses.
    External(NamedArgs),
}

#[derive(Debug, Subcommand)]
enum ImageKind {
    /// Get all image statuses.
    All(NamedArgs),
    /// Get ImageRepository statuses.
    Repository(NamedArgs),
    /// Get ImagePolicy statuses.
    Policy(NamedArgs),
    /// Get ImageUpdateAutomation statuses.
    Update(NamedArgs),
}

/// `get all`'s kinds, in upstream's order.
fn everything() -> Vec<&'static Kind> {
    let mut kinds: Vec<&'static Kind> = source::ALL.to_vec();
    kinds.extend(image::ALL);
    kinds.extend([
        &helm::HELM_RELEASE,
        &kustomize::KUSTOMIZATION,
        &notification::RECEIVER,
        &notification::PROVIDER,
        &notification::ALERT,
    ]);
    kinds
}

pub async fn run(ctx: &Ctx, args: GetArgs) -> anyhow::Result<()> {
    let (kinds, name, show_source, all): (Vec<&'static Kind>, Option<String>, bool, bool) = match args.what {
        What::Sources(s) => match s {
            SourceKind::All(a) => (source::ALL.to_vec(), a.name, false, true),
            SourceKind::Git(a) => (vec![&source::GIT_REPOSITORY], a.name, false, false),
            SourceKind::Oci(a) => (vec![&source::OCI_REPOSITORY], a.name, false, false),
            SourceKind::Helm(a) => (vec![&source::HELM_REPOSITORY], a.name, false, false),
            SourceKind::Chart(a) => (vec![&source::HELM_CHART], a.name, false, false),
            SourceKind::Bucket(a) => (vec![&source::BUCKET], a.name, false, false),
            SourceKind::External(a) => (vec![&source::EXTERNAL_ARTIFACT], a.name, false, false),
        },
        What::Kustomizations(a) => (vec![&kustomize::KUSTOMIZATION], a.name, a.show_source, false),
        What::Helmreleases(a) => (vec![&helm::HELM_RELEASE], a.name, a.show_source, false),
        What::Alerts(a) => (vec![&notification::ALERT], a.name, false, false),
        What::AlertProviders(a) => (vec![&notification::PROVIDER], a.name, false, false),
        What::Receivers(a) => (vec![&notification::RECEIVER], a.name, false, false),
        What::Images(i) => match i {
            ImageKind::All(a) => (image::ALL.to_vec(), a.name, false, true),
            ImageKind::Repository(a) => (vec![&image::IMAGE_REPOSITORY], a.name, false, false),
            ImageKind::Policy(a) => (vec![&image::IMAGE_POLICY], a.name, false, false),
            ImageKind::Update(a) => (vec![&image::IMAGE_UPDATE_AUTOMATION], a.name, false, false),
        },
        What::All(a) => (everything(), a.name, false, true),
    };
    let flags = args.flags;
    if all && flags.watch {
        anyhow::bail!("expected a single resource type, but found all");
    }
    let query = Query {
        namespace: (!flags.all_namespaces).then(|| ctx.namespace.clone()),
        name,
        labels: flags.label_selector.clone().filter(|l| !l.is_empty()),
    };
    let view = View {
        namespace_column: flags.all_namespaces,
        header: !flags.no_header,
        opts: RowOptions { show_source: show_source || flags.output == Output::Wide },
        wide: flags.output == Output::Wide,
        status_selector: flags.status_selector.clone().filter(|s| !s.is_empty()),
    };
    let kube = ctx.kube().await.map_err(anyhow::Error::msg)?;
    if flags.watch {
        // `kinds` has one entry unless `all`, which was refused above.
        let Some(kind) = kinds.first() else { return Ok(()) };
        return watch(ctx, &kube, kind, &query, &view).await;
    }
    let lists = with_timeout(ctx, async {
        let calls = kinds.iter().map(|k| list(&kube, k, &query));
        Ok(futures::future::join_all(calls).await)
    })
    .await?;

    if matches!(flags.output, Output::Json | Output::Yaml) {
        return print_objects(&kinds, lists, flags.output, all);
    }

    print!("{}", tables(&kinds, lists, &query, &view, all)?);
    Ok(())
}

/// What `flux-rs get all -n <namespace>` prints on stdout: one table per kind that has objects there.
/// Kinds that fail to list are reported on stderr (`✗ …`), as that command does.
pub async fn all_tables(kube: &Kube, namespace: &str) -> anyhow::Result<String> {
    let kinds = everything();
    let query = Query { namespace: Some(namespace.to_string()), name: None, labels: None };
    let view =
        View { namespace_column: false, header: true, opts: RowOptions::default(), wide: false, status_selector: None };
    let lists = futures::future::join_all(kinds.iter().map(|k| list(kube, k, &query))).await;
    tables(&kinds, lists, &query, &view, true)
}

/// The tables of `kinds`, each followed by an empty line with `all`; there, a kind that fails is
/// reported on stderr and skipped.
fn tables(
    kinds: &[&'static Kind],
    lists: Vec<Result<Vec<DynamicObject>, ListError>>,
    query: &Query,
    view: &View,
    all: bool,
) -> anyhow::Result<String> {
    let ns_text = match &query.namespace {
        Some(ns) => format!("{ns:?}"),
        None => "any".to_string(),
    };
    let mut out = String::new();
    for (kind, listed) in kinds.iter().zip(lists) {
        match table(kind, listed, query, view, &ns_text, all) {
            Ok(Some(text)) => {
                out.push_str(&text);
                if all {
                    out.push('\n');
                }
            }
            Ok(None) => {}
            Err(e) if all => ui::failure(&format!("{e:#}")),
            Err(e) => return Err(e),
        }
    }
    Ok(out)
}

/// What to list.
struct Query {
    /// `None` with `-A`.
    namespace: Option<String>,
    name: Option<String>,
    labels: Option<String>,
}

/// How to print.
struct View {
    namespace_column: bool,
    header: bool,
    opts: RowOptions,
    wide: bool,
    status_selector: Option<String>,
}

/// A failed list: the kind's CRD is missing (upstream's "no match"), or any other error.
enum ListError {
    NoMatch(String),
    Other(anyhow::Error),
}

fn api_for(kube_client: kube::Client, kind: &Kind, namespace: Option<&str>) -> Api<DynamicObject> {
    let resource = kind.resource();
    match namespace {
        Some(ns) => Api::namespaced_with(kube_client, ns, &resource),
        None => Api::all_with(kube_client, &resource),
    }
}

fn list_params(query: &Query) -> ListParams {
    let mut lp = ListParams::default();
    if let Some(name) = &query.name {
        lp = lp.fields(&format!("metadata.name={name}"));
    }
    if let Some(labels) = &query.labels {
        lp = lp.labels(labels);
    }
    lp
}

fn path_of(kind: &Kind, namespace: Option<&str>) -> String {
    match namespace {
        Some(ns) => format!("/apis/{}/namespaces/{ns}/{}", kind.api_version(), kind.plural()),
        None => format!("/apis/{}/{}", kind.api_version(), kind.plural()),
    }
}

async fn list(kube: &Kube, kind: &Kind, query: &Query) -> Result<Vec<DynamicObject>, ListError> {
    let api = api_for(kube.throttled().await, kind, query.namespace.as_deref());
    match api.list(&list_params(query)).await {
        Ok(list) => Ok(list.items),
        Err(kube::Error::Api(status)) if status.code == 404 => {
            Err(ListError::NoMatch(format!("no matches for kind {:?} in version {:?}", kind.kind, kind.api_version())))
        }
        Err(e) => {
            Err(ListError::Other(anyhow::Error::msg(kube.describe(&e, &path_of(kind, query.namespace.as_deref())))))
        }
    }
}

/// One kind's table, as upstream's `getCommand.run`: `None` when `get all` has nothing to print.
fn table(
    kind: &Kind,
    listed: Result<Vec<DynamicObject>, ListError>,
    query: &Query,
    view: &View,
    ns_text: &str,
    all: bool,
) -> anyhow::Result<Option<String>> {
    let items = match listed {
        Ok(items) => items,
        Err(ListError::NoMatch(_)) if all => return Ok(None),
        Err(ListError::NoMatch(msg)) => anyhow::bail!(msg),
        Err(ListError::Other(e)) => return Err(e),
    };
    if items.is_empty() {
        if let Some(name) = &query.name {
            anyhow::bail!("{} object '{name}' not found in {ns_text} namespace", kind.kind);
        }
        if !all {
            anyhow::bail!("no {} objects found in {ns_text} namespace", kind.kind);
        }
        return Ok(None);
    }
    let filter = StatusFilter::parse(view.status_selector.as_deref())?;
    let rows: Vec<Vec<String>> =
        items.iter().filter(|o| filter.keeps(kind, o)).map(|o| row(kind, o, view, all)).collect();
    if all && rows.is_empty() {
        return Ok(None);
    }
    let header = view.header.then(|| headers(kind, view));
    Ok(Some(ui::table::render(header.as_deref(), &rows)))
}

fn headers(kind: &Kind, view: &View) -> Vec<String> {
    let mut h = kind.headers(view.namespace_column, view.opts);
    if view.wide {
        if let Some((title, _)) = kind.wide {
            h.push(title.to_string());
        }
        h.push("Interval".to_string());
    }
    h
}

fn row(kind: &Kind, obj: &DynamicObject, view: &View, all: bool) -> Vec<String> {
    let mut r = kind.summarise(obj, view.namespace_column, all, view.opts);
    if view.wide {
        let value = kind::object_value(obj);
        if let Some((_, cell)) = kind.wide {
            r.push(cell(&value));
        }
        r.push(kind::str_at(&value, &["spec", "interval"]).to_string());
    }
    r
}

/// `--status-selector type=status` or `type!=status`.
struct StatusFilter {
    selector: Option<(String, String, bool)>,
}

impl StatusFilter {
    fn parse(text: Option<&str>) -> anyhow::Result<StatusFilter> {
        let Some(text) = text else { return Ok(StatusFilter { selector: None }) };
        // "!=" first: it contains "=".
        let (separator, negated) = if text.contains("!=") { ("!=", true) } else { ("=", false) };
        match text.split_once(separator) {
            Some((t, s)) => Ok(StatusFilter { selector: Some((t.to_string(), s.to_string(), negated)) }),
            None => anyhow::bail!("expected status selector in type=status or type!=status format, but found: {text}"),
        }
    }

    fn keeps(&self, kind: &Kind, obj: &DynamicObject) -> bool {
        match &self.selector {
            None => true,
            Some((t, s, negated)) => kind.matches(obj, t, s) != *negated,
        }
    }
}

/// `-o json|yaml`: a `List` of the objects, kind by kind in the table order.
fn print_objects(
    kinds: &[&Kind],
    lists: Vec<Result<Vec<DynamicObject>, ListError>>,
    output: Output,
    all: bool,
) -> anyhow::Result<()> {
    let mut items = Vec::new();
    for (kind, listed) in kinds.iter().zip(lists) {
        match listed {
            Ok(objects) => {
                for mut obj in objects {
                    // List items come without their type; put it back so each object stands alone.
                    obj.types = Some(kube::core::TypeMeta { api_version: kind.api_version(), kind: kind.kind.into() });
                    // As kubectl without --show-managed-fields: the field owners are noise here.
                    obj.metadata.managed_fields = None;
                    items.push(serde_json::to_value(obj)?);
                }
            }
            Err(ListError::NoMatch(_)) if all => {}
            Err(ListError::NoMatch(msg)) => anyhow::bail!(msg),
            Err(ListError::Other(e)) => return Err(e),
        }
    }
    let list = serde_json::json!({"apiVersion": "v1", "kind": "List", "items": items});
    match output {
        Output::Json => println!("{}", serde_json::to_string_pretty(&list)?),
        _ => print!("{}", yaml::to_string(&list)),
    }
    Ok(())
}

/// `-w`: a row per watch event (the existing objects first), until `--timeout`, as upstream's
/// `watchUntil`: the first row comes with the header, later ones without.
async fn watch(ctx: &Ctx, kube: &Kube, kind: &Kind, query: &Query, view: &View) -> anyhow::Result<()> {
    let api = api_for(kube.throttled().await, kind, query.namespace.as_deref());
    let mut wp = WatchParams::default();
    if let Some(name) = &query.name {
        wp = wp.fields(&format!("metadata.name={name}"));
    }
    if let Some(labels) = &query.labels {
        wp = wp.labels(labels);
    }
    let filter = StatusFilter::parse(view.status_selector.as_deref())?;
    let stream = api.watch(&wp, "0").await.map_err(|e| match &e {
        kube::Error::Api(s) if s.code == 404 => {
            anyhow::anyhow!("no matches for kind {:?} in version {:?}", kind.kind, kind.api_version())
        }
        _ => anyhow::Error::msg(kube.describe(&e, &path_of(kind, query.namespace.as_deref()))),
    })?;
    let mut stream = stream.boxed();
    let mut first = true;
    let deadline = tokio::time::sleep(ctx.global.timeout.as_std());
    tokio::pin!(deadline);
    loop {
        let event = tokio::select! {
            _ = &mut deadline => anyhow::bail!("timed out waiting for the condition"),
            next = stream.try_next() => next,
        };
        let obj = match event {
            Ok(Some(WatchEvent::Added(o) | WatchEvent::Modified(o) | WatchEvent::Deleted(o))) => o,
            Ok(Some(WatchEvent::Bookmark(_))) => continue,
            Ok(Some(WatchEvent::Error(e))) => anyhow::bail!("{}", e.message),
            Ok(None) => return Ok(()),
            Err(e) => anyhow::bail!(kube.describe(&e, &path_of(kind, query.namespace.as_deref()))),
        };
        if !filter.keeps(kind, &obj) {
            continue;
        }
        let rows = vec![row(kind, &obj, view, false)];
        let header = (first && view.header).then(|| headers(kind, view));
        first = false;
        print!("{}", ui::table::render(header.as_deref(), &rows));
        use std::io::Write;
        std::io::stdout().flush()?;
    }
}

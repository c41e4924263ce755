//! `flux-rs events`: the Kubernetes events of Flux objects, as upstream's `flux events` prints them.
//!
//! Events are read from core/v1 (the API server serves events.k8s.io/v1 from the same store), only those
//! about a Flux kind are kept, and they are sorted by when they last happened. `--for Kind/name` also shows
//! the events of the objects that one depends on: a Kustomization's source, a HelmRelease's chart source
//! and HelmChart, an Alert's Provider, an ImagePolicy's ImageRepository, a HelmChart's source.
//!
//! Upstream's quirks kept on purpose: "No events found" is a `✗` line but the command exits 0, and
//! `--watch` ends quietly (exit 0) when `--timeout` runs out.

use chrono::{DateTime, Utc};
use clap::Args;
use futures::{StreamExt, TryStreamExt};
use k8s_openapi::api::core::v1::Event;
use k8s_openapi::apimachinery::pkg::apis::meta::v1::{MicroTime, Time};
use kube::api::{Api, ListParams, WatchEvent, WatchParams};
use serde_json::Value;

use super::client::Kube;
use super::get::kind::{at, object_value};
use super::kinds::{self, Kind, ALERT, HELM_CHART, HELM_RELEASE, IMAGE_POLICY, KUSTOMIZATION};
use super::{with_timeout, Ctx};
use crate::ui::{self, clock};

/// Show the Kubernetes events of Flux objects.
///
/// The events sub-command shows the Kubernetes events of Flux objects, oldest first:
/// when they were last seen ("(xN over AGE)" for repeated events), their type and reason,
/// the object and the message. With --for Kind/name it also shows the events of the objects
/// that one depends on: a Kustomization's source, a HelmRelease's chart source and HelmChart,
/// an Alert's Provider, an ImagePolicy's ImageRepository, a HelmChart's source.
///
/// Examples:
///   # Events of the Flux objects in the apps namespace
///   flux-rs events -n apps
///
///   # Events of the Flux objects in all namespaces
///   flux-rs events -A
///
///   # Events of the Kustomization podinfo and of its source
///   flux-rs events --for Kustomization/podinfo
///
///   # Events of all Kustomizations in the apps namespace
///   flux-rs events --for Kustomization -n apps
///
///   # Warnings about an Alert and its Provider
///   flux-rs events --for Alert/on-call --types warning
///
///   # Stream new events until interrupted or --timeout runs out
///   flux-rs events -w --timeout 1h
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct EventsArgs {
    /// Show the events of every namespace (adds a NAMESPACE column).
    #[arg(short = 'A', long)]
    all_namespaces: bool,

    /// Stream events as they happen, one row each, until --timeout (then exit 0).
    #[arg(short, long)]
    watch: bool,

    /// Only the events of one Flux kind, or of one object (kind/name) and of the objects it
    /// references; the kind is case-insensitive (kustomization/podinfo).
    #[arg(long = "for", value_name = "KIND[/NAME]")]
    for_object: Option<String>,

    /// Only events of these types: Normal, Warning (case-insensitive, comma-separated).
    #[arg(long, value_name = "TYPES", value_delimiter = ',')]
    types: Vec<String>,
}

/// Where the objects a Flux object depends on are named in its spec.
struct References {
    /// The kind of the object, to read it.
    object: &'static Kind,
    /// The reference's path in the object: `spec.sourceRef`.
    field: &'static [&'static str],
    /// The referenced kind when the reference does not say (`providerRef` is always a Provider).
    kind: Option<&'static str>,
    /// Whether the reference may name another namespace.
    cross_namespace: bool,
    /// HelmReleases also depend on the HelmChart `<namespace>-<name>` in the source's namespace.
    helm_chart: bool,
}

/// A kind whose events are shown, and what its objects reference.
struct EventKind {
    kind: &'static str,
    references: Option<References>,
}

/// Upstream's `fluxKindMap`: the only kinds whose events `flux events` shows.
static FLUX_KINDS: &[EventKind] = &[
    EventKind {
        kind: "Kustomization",
        references: Some(References {
            object: &KUSTOMIZATION,
            field: &["spec", "sourceRef"],
            kind: None,
            cross_namespace: true,
            helm_chart: false,
        }),
    },
    EventKind {
        kind: "HelmRelease",
        references: Some(References {
            object: &HELM_RELEASE,
            field: &["spec", "chart", "spec", "sourceRef"],
            kind: None,
            cross_namespace: true,
            helm_chart: true,
        }),
    },
    EventKind {
        kind: "Alert",
        references: Some(References {
            object: &ALERT,
            field: &["spec", "providerRef"],
            kind: Some("Provider"),
            cross_namespace: false,
            helm_chart: false,
        }),
    },
    EventKind { kind: "Receiver", references: None },
    EventKind { kind: "Provider", references: None },
    EventKind {
        kind: "ImagePolicy",
        references: Some(References {
            object: &IMAGE_POLICY,
            field: &["spec", "imageRepositoryRef"],
            kind: Some("ImageRepository"),
            cross_namespace: true,
            helm_chart: false,
        }),
    },
    EventKind {
        kind: "HelmChart",
        references: Some(References {
            object: &HELM_CHART,
            field: &["spec", "sourceRef"],
            kind: None,
            cross_namespace: true,
            helm_chart: false,
        }),
    },
    EventKind { kind: "GitRepository", references: None },
    EventKind { kind: "OCIRepository", references: None },
    EventKind { kind: "Bucket", references: None },
    EventKind { kind: "HelmRepository", references: None },
    EventKind { kind: "ImageUpdateAutomation", references: None },
    EventKind { kind: "ImageRepository", references: None },
    EventKind { kind: "ArtifactGenerator", references: None },
];

fn flux_kind(kind: &str) -> Option<&'static EventKind> {
    FLUX_KINDS.iter().find(|k| k.kind.eq_ignore_ascii_case(kind))
}

/// One list (or watch) of events: a namespace (`None`: all) and an involvedObject field selector.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Query {
    namespace: Option<String>,
    fields: Option<String>,
}

impl Query {
    fn api(&self, client: kube::Client) -> Api<Event> {
        match &self.namespace {
            Some(ns) => Api::namespaced(client, ns),
            None => Api::all(client),
        }
    }

    fn path(&self) -> String {
        match &self.namespace {
            Some(ns) => format!("/api/v1/namespaces/{ns}/events"),
            None => "/api/v1/events".to_string(),
        }
    }
}

/// `involvedObject.kind=K[,involvedObject.name=N]`.
fn selector(kind: &str, name: Option<&str>) -> String {
    match name {
        Some(name) => format!("involvedObject.kind={kind},involvedObject.name={name}"),
        None => format!("involvedObject.kind={kind}"),
    }
}

/// `--for`'s `kind[/name]`: one slash splits kind and name; without one the text is the kind.
fn parse_for(selector: &str) -> Option<(String, Option<String>)> {
    let parts: Vec<&str> = selector.split('/').collect();
    let (kind, name) = match parts.as_slice() {
        [kind, name] => (kind.to_string(), Some(name.to_string())),
        _ => (String::new(), Some(selector.to_string())),
    };
    // Upstream reads a lone word as the name first, then moves it to the kind.
    match (kind.is_empty(), name) {
        (true, Some(name)) if !name.is_empty() => Some((name, None)),
        (true, _) => None,
        (false, name) => Some((kind, name.filter(|n| !n.is_empty()))),
    }
}

/// What the events to show are: the queries, and the filters applied to each event.
struct Plan {
    main: Query,
    references: Vec<Query>,
    namespace_column: bool,
    types: Vec<String>,
}

impl Plan {
    /// Upstream's `ignoreEvent`: only Flux kinds, only the requested types.
    fn keeps(&self, e: &Event) -> bool {
        let kind = e.involved_object.kind.as_deref().unwrap_or_default();
        if flux_kind(kind).is_none() {
            return false;
        }
        let t = e.type_.as_deref().unwrap_or_default();
        self.types.is_empty() || self.types.iter().any(|want| want.eq_ignore_ascii_case(t))
    }

    fn headers(&self) -> Vec<&'static str> {
        let mut h = vec!["Last seen", "Type", "Reason", "Object", "Message"];
        if self.namespace_column {
            h.insert(0, "Namespace");
        }
        h
    }

    fn row(&self, e: &Event) -> Vec<String> {
        let mut row = Vec::with_capacity(6);
        if self.namespace_column {
            row.push(e.metadata.namespace.clone().unwrap_or_default());
        }
        let object = &e.involved_object;
        row.extend([
            last_seen(e),
            e.type_.clone().unwrap_or_default(),
            e.reason.clone().unwrap_or_default(),
            format!("{}/{}", object.kind.as_deref().unwrap_or_default(), object.name.as_deref().unwrap_or_default()),
            e.message.clone().unwrap_or_default(),
        ]);
        row
    }
}

pub async fn run(ctx: &Ctx, args: EventsArgs) -> anyhow::Result<()> {
    let types: Vec<String> = args.types.into_iter().filter(|t| !t.is_empty()).collect();
    if let Some(bad) = types.iter().find(|t| !t.eq_ignore_ascii_case("Normal") && !t.eq_ignore_ascii_case("Warning")) {
        anyhow::bail!("type '{bad}' not supported. Supported types are Normal, Warning");
    }
    let kube = ctx.kube().await.map_err(anyhow::Error::msg)?;
    let namespace = (!args.all_namespaces).then(|| ctx.namespace.clone());

    let plan = with_timeout(ctx, async {
        let mut main = Query { namespace: namespace.clone(), fields: None };
        let mut references = Vec::new();
        if let Some(text) = args.for_object.as_deref().filter(|s| !s.is_empty()) {
            let Some((kind, name)) = parse_for(text) else {
                anyhow::bail!("--for selector must be of format <kind>[/<name>]");
            };
            let Some(flux) = flux_kind(&kind) else { anyhow::bail!("'{kind}' is not a recognized Flux kind") };
            main.fields = Some(selector(flux.kind, name.as_deref()));
            if let (Some(name), Some(refs)) = (name.as_deref(), &flux.references) {
                // The object is read in -n's namespace, with or without -A, as upstream does.
                for (kind, name, ns) in referenced(&kube, refs, name, &ctx.namespace).await? {
                    references.push(Query { namespace: Some(ns), fields: Some(selector(&kind, Some(&name))) });
                }
            }
        }
        let other_namespace = references.iter().any(|r| r.namespace != namespace);
        Ok(Plan { main, references, namespace_column: namespace.is_none() || other_namespace, types })
    })
    .await?;

    if args.watch {
        return watch(ctx, &kube, &plan).await;
    }

    let mut events = Vec::new();
    with_timeout(ctx, async {
        for query in std::iter::once(&plan.main).chain(&plan.references) {
            events.extend(list(&kube, query).await?);
        }
        Ok(())
    })
    .await?;
    // Stable, so that events of the same instant keep the API server's order.
    events.sort_by_key(event_time);
    let rows: Vec<Vec<String>> = events.iter().filter(|e| plan.keeps(e)).map(|e| plan.row(e)).collect();
    if rows.is_empty() {
        match &namespace {
            None => ui::failure("No events found."),
            Some(ns) => ui::failure(&format!("No events found in {ns} namespace.")),
        }
        return Ok(());
    }
    print!("{}", ui::table::render(Some(&plan.headers()), &rows));
    Ok(())
}

/// The objects `name` references, as `(kind, name, namespace)` (upstream's `getObjectRef`).
async fn referenced(
    kube: &Kube,
    refs: &References,
    name: &str,
    namespace: &str,
) -> anyhow::Result<Vec<(String, String, String)>> {
    let obj = kinds::get(refs.object, kube, namespace, name).await.map_err(anyhow::Error::msg)?;
    let value = object_value(&obj);
    let field = |key: &str| -> Option<&Value> {
        let mut path = refs.field.to_vec();
        path.push(key);
        at(&value, &path)
    };
    let missing =
        |key: &str| anyhow::anyhow!("field '{}.{key}' for '{namespace}/{name}' not found", refs.field.join("."));
    let kind = match refs.kind {
        Some(kind) => kind.to_string(),
        None => field("kind").and_then(Value::as_str).ok_or_else(|| missing("kind"))?.to_string(),
    };
    let ref_name = field("name").and_then(Value::as_str).ok_or_else(|| missing("name"))?.to_string();
    let mut ref_namespace = namespace.to_string();
    if refs.cross_namespace {
        if let Some(ns) = field("namespace").and_then(Value::as_str) {
            ref_namespace = ns.to_string();
        }
    }
    let mut all = vec![(kind, ref_name, ref_namespace.clone())];
    if refs.helm_chart {
        all.push(("HelmChart".to_string(), format!("{namespace}-{name}"), ref_namespace));
    }
    Ok(all)
}

/// Every event the query matches, page by page (500 a page, as kubectl).
async fn list(kube: &Kube, query: &Query) -> anyhow::Result<Vec<Event>> {
    let mut events = Vec::new();
    let mut continue_token: Option<String> = None;
    loop {
        let mut params = ListParams::default().limit(500);
        if let Some(fields) = &query.fields {
            params = params.fields(fields);
        }
        if let Some(token) = &continue_token {
            params = params.continue_token(token);
        }
        let page = query
            .api(kube.throttled().await)
            .list(&params)
            .await
            .map_err(|e| anyhow::anyhow!("error getting events: {}", kube.describe(&e, &query.path())))?;
        events.extend(page.items);
        continue_token = page.metadata.continue_.filter(|t| !t.is_empty());
        if continue_token.is_none() {
            return Ok(events);
        }
    }
}

/// `-w`: the main query and every reference watched at once; a row per added or changed event (the
/// header with the first), until `--timeout`.
async fn watch(ctx: &Ctx, kube: &Kube, plan: &Plan) -> anyhow::Result<()> {
    let mut streams = Vec::new();
    for query in std::iter::once(&plan.main).chain(&plan.references) {
        streams.push(watch_query(kube, query).await?.boxed());
    }
    let mut events = futures::stream::select_all(streams);
    let deadline = tokio::time::sleep(ctx.global.timeout.as_std());
    tokio::pin!(deadline);
    let mut first = true;
    loop {
        let next = tokio::select! {
            _ = &mut deadline => return Ok(()),
            next = events.next() => next,
        };
        let event = match next {
            None => return Ok(()),
            Some(Err(e)) => anyhow::bail!(e),
            Some(Ok(event)) => event,
        };
        if !plan.keeps(&event) {
            continue;
        }
        let header = first.then(|| plan.headers());
        first = false;
        print!("{}", ui::table::render(header.as_deref(), &[plan.row(&event)]));
        use std::io::Write;
        std::io::stdout().flush()?;
    }
}

/// How long a watch the server ended waits before it is started again.
const RECONNECT_PAUSE: std::time::Duration = std::time::Duration::from_secs(1);

/// The added and modified events of one query, the existing ones first. A watch the server ends is
/// started again from the last version seen, so the stream lasts until the command's deadline.
async fn watch_query(
    kube: &Kube,
    query: &Query,
) -> anyhow::Result<impl futures::Stream<Item = anyhow::Result<Event>> + Send + 'static> {
    let mut params = WatchParams::default();
    if let Some(fields) = &query.fields {
        params = params.fields(fields);
    }
    let api = query.api(kube.throttled().await);
    let first = api.watch(&params, "0").await.map_err(|e| anyhow::anyhow!(kube.describe(&e, &query.path())))?.boxed();
    let (kube, path) = (kube.clone(), query.path());
    let state = (Some(first), "0".to_string());
    Ok(futures::stream::unfold(state, move |(mut stream, mut version)| {
        let (api, params, kube, path) = (api.clone(), params.clone(), kube.clone(), path.clone());
        async move {
            loop {
                let Some(current) = stream.as_mut() else {
                    // Reconnect, not in a tight loop should the server keep ending the watch at once; a
                    // version the server no longer has ends the stream, as upstream's would.
                    tokio::time::sleep(RECONNECT_PAUSE).await;
                    match api.watch(&params, &version).await {
                        Ok(s) => stream = Some(s.boxed()),
                        Err(kube::Error::Api(s)) if s.code == 410 => return None,
                        Err(e) => return Some((Err(anyhow::anyhow!(kube.describe(&e, &path))), (None, version))),
                    }
                    continue;
                };
                match current.try_next().await {
                    Ok(Some(WatchEvent::Added(e) | WatchEvent::Modified(e))) => {
                        if let Some(v) = &e.metadata.resource_version {
                            version = v.clone();
                        }
                        return Some((Ok(e), (stream, version)));
                    }
                    Ok(Some(WatchEvent::Deleted(e))) => {
                        if let Some(v) = &e.metadata.resource_version {
                            version = v.clone();
                        }
                    }
                    Ok(Some(WatchEvent::Bookmark(b))) => version = b.metadata.resource_version,
                    Ok(Some(WatchEvent::Error(e))) if e.code == 410 => return None,
                    Ok(Some(WatchEvent::Error(_))) => {}
                    Ok(None) => stream = None,
                    Err(e) => return Some((Err(anyhow::anyhow!(kube.describe(&e, &path))), (None, version))),
                }
            }
        }
    }))
}

fn micro(t: &Option<MicroTime>) -> Option<DateTime<Utc>> {
    t.as_ref().and_then(|t| Some(DateTime::from_timestamp_nanos(i64::try_from(t.0.as_nanosecond()).ok()?)))
}

fn time(t: &Option<Time>) -> Option<DateTime<Utc>> {
    t.as_ref().and_then(|t| Some(DateTime::from_timestamp_nanos(i64::try_from(t.0.as_nanosecond()).ok()?)))
}

/// When the event last happened, for sorting (kubectl's `eventTime`); `None` (Go's zero time) first.
fn event_time(e: &Event) -> Option<DateTime<Utc>> {
    if let Some(series) = &e.series {
        return micro(&series.last_observed_time);
    }
    time(&e.last_timestamp).or_else(|| micro(&e.event_time))
}

fn age(t: Option<DateTime<Utc>>) -> String {
    t.map(clock::since).unwrap_or_else(|| "<unknown>".to_string())
}

/// LAST SEEN: the age of the event, or `<last> (xN over <first>)` for one that repeated.
fn last_seen(e: &Event) -> String {
    let first = match micro(&e.event_time) {
        Some(t) => clock::since(t),
        None => age(time(&e.first_timestamp)),
    };
    if let Some(series) = &e.series {
        return format!("{} (x{} over {first})", age(micro(&series.last_observed_time)), series.count.unwrap_or(0));
    }
    match e.count {
        Some(count) if count > 1 => format!("{} (x{count} over {first})", age(time(&e.last_timestamp))),
        _ => first,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn for_selectors() {
        let s = |k: &str, n: Option<&str>| Some((k.to_string(), n.map(str::to_string)));
        assert_eq!(parse_for("Kustomization/podinfo"), s("Kustomization", Some("podinfo")));
        assert_eq!(parse_for("kustomization"), s("kustomization", None));
        assert_eq!(parse_for("Kustomization/"), s("Kustomization", None));
        assert_eq!(parse_for("/podinfo"), s("podinfo", None));
        assert_eq!(parse_for("a/b/c"), s("a/b/c", None));
        assert_eq!(parse_for("/"), None);
    }

    #[test]
    fn kinds_match_case_insensitively() {
        assert_eq!(flux_kind("helmrelease").map(|k| k.kind), Some("HelmRelease"));
        assert_eq!(flux_kind("ArtifactGenerator").map(|k| k.kind), Some("ArtifactGenerator"));
        assert!(flux_kind("ExternalArtifact").is_none());
        assert!(flux_kind("Deployment").is_none());
    }

    fn event(v: serde_json::Value) -> Event {
        serde_json::from_value(v).expect("an event")
    }

    #[test]
    fn last_seen_like_kubectl() {
        std::env::set_var(clock::NOW_VAR, "2024-01-01T01:00:00Z");
        let once = event(json!({"metadata": {}, "involvedObject": {}, "firstTimestamp": "2024-01-01T00:55:00Z"}));
        assert_eq!(last_seen(&once), "5m");
        let repeated = event(json!({"metadata": {}, "involvedObject": {}, "count": 3,
            "firstTimestamp": "2024-01-01T00:00:00Z", "lastTimestamp": "2024-01-01T00:59:00Z"}));
        assert_eq!(last_seen(&repeated), "60s (x3 over 60m)");
        let series = event(json!({"metadata": {}, "involvedObject": {}, "eventTime": "2024-01-01T00:30:00.000000Z",
            "series": {"count": 4, "lastObservedTime": "2024-01-01T00:58:00.000000Z"}}));
        assert_eq!(last_seen(&series), "2m (x4 over 30m)");
        assert_eq!(event_time(&series), DateTime::from_timestamp(1704070680, 0));
        let unknown = event(json!({"metadata": {}, "involvedObject": {}}));
        assert_eq!(last_seen(&unknown), "<unknown>");
        assert_eq!(event_time(&unknown), None);
    }
}

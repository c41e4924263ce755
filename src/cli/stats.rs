//! `flux-rs stats`: how many objects of each Flux kind run, fail and are suspended, and how much artifact
//! storage the sources use, as upstream's `flux stats`.
//!
//! As upstream, a kind the API server does not serve (its CRD is not installed, or listing it is
//! forbidden) counts as no objects. Unlike upstream, a cluster that cannot be reached fails the command
//! (one `✗` line, exit 1) instead of printing a table of zeros.

use clap::Args;
use kube::api::{Api, DynamicObject, ListParams};
use serde_json::Value;

use super::client::Kube;
use super::get::kind::{at, object_value};
use super::kinds::{
    Kind, ALERT, BUCKET, GIT_REPOSITORY, HELM_CHART, HELM_RELEASE, HELM_REPOSITORY, IMAGE_POLICY, IMAGE_REPOSITORY,
    IMAGE_UPDATE_AUTOMATION, KUSTOMIZATION, OCI_REPOSITORY, PROVIDER, RECEIVER,
};
use super::{with_timeout, Ctx};
use crate::ui;

/// Count the Flux objects of each kind and the storage their artifacts use.
///
/// The stats command prints a report of the Flux objects in a namespace (or the whole
/// cluster): for each kind, how many are running (not suspended), failing (Ready=False) and
/// suspended, and the storage the artifacts of the sources take (status.artifact.size).
///
/// Examples:
///   # The objects of the apps namespace
///   flux-rs stats -n apps
///
///   # The whole cluster
///   flux-rs stats -A
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct StatsArgs {
    /// Count the objects of every namespace.
    #[arg(short = 'A', long)]
    all_namespaces: bool,
}

/// The kinds of the report, in upstream's order.
static KINDS: [&Kind; 13] = [
    &GIT_REPOSITORY,
    &OCI_REPOSITORY,
    &HELM_REPOSITORY,
    &HELM_CHART,
    &BUCKET,
    &KUSTOMIZATION,
    &HELM_RELEASE,
    &ALERT,
    &PROVIDER,
    &RECEIVER,
    &IMAGE_UPDATE_AUTOMATION,
    &IMAGE_POLICY,
    &IMAGE_REPOSITORY,
];

pub async fn run(ctx: &Ctx, args: StatsArgs) -> anyhow::Result<()> {
    let kube = ctx.kube().await.map_err(anyhow::Error::msg)?;
    let namespace = (!args.all_namespaces).then_some(ctx.namespace.as_str());
    let lists = with_timeout(ctx, async {
        let lists = futures::future::join_all(KINDS.iter().map(|k| list(&kube, k, namespace))).await;
        lists.into_iter().collect::<Result<Vec<_>, _>>().map_err(anyhow::Error::msg)
    })
    .await?;
    let rows: Vec<Vec<String>> = KINDS
        .iter()
        .zip(lists)
        .map(|(kind, objects)| {
            let values: Vec<Value> = objects.iter().map(object_value).collect();
            Tally::of(&values).row(kind.kind)
        })
        .collect();
    print!("{}", ui::table::render(Some(&["Reconcilers", "Running", "Failing", "Suspended", "Storage"]), &rows));
    Ok(())
}

/// The objects of `kind`; none when the API answers with an error (upstream ignores those), `Err` only
/// when there was no answer.
async fn list(kube: &Kube, kind: &Kind, namespace: Option<&str>) -> Result<Vec<DynamicObject>, String> {
    let resource = kind.resource();
    let client = kube.throttled().await;
    let (api, path) = match namespace {
        Some(ns) => (
            Api::namespaced_with(client, ns, &resource),
            format!("/apis/{}/namespaces/{ns}/{}", resource.api_version, resource.plural),
        ),
        None => (Api::all_with(client, &resource), format!("/apis/{}/{}", resource.api_version, resource.plural)),
    };
    match api.list(&ListParams::default()).await {
        Ok(list) => Ok(list.items),
        Err(kube::Error::Api(_)) => Ok(Vec::new()),
        Err(e) => Err(kube.describe(&e, &path)),
    }
}

/// One kind's counts.
#[derive(Debug, Default, PartialEq, Eq)]
struct Tally {
    total: usize,
    suspended: usize,
    failing: usize,
    storage: i64,
}

impl Tally {
    fn of(objects: &[Value]) -> Tally {
        let mut t = Tally { total: objects.len(), ..Tally::default() };
        for v in objects {
            if at(v, &["spec", "suspend"]).and_then(Value::as_bool) == Some(true) {
                t.suspended += 1;
            }
            let conditions = at(v, &["status", "conditions"]).and_then(Value::as_array);
            t.failing += conditions
                .into_iter()
                .flatten()
                .filter(|c| {
                    c.get("type") == Some(&Value::from("Ready")) && c.get("status") == Some(&Value::from("False"))
                })
                .count();
            if let Some(size) = at(v, &["status", "artifact", "size"]).and_then(Value::as_i64) {
                t.storage += size;
            }
        }
        t
    }

    fn row(&self, kind: &str) -> Vec<String> {
        vec![
            kind.to_string(),
            (self.total - self.suspended).to_string(),
            self.failing.to_string(),
            self.suspended.to_string(),
            format_size(self.storage),
        ]
    }
}

/// Bytes in binary units with one decimal (`1.5 KiB`), plain below 1024 (`512 B`), `-` for none.
fn format_size(bytes: i64) -> String {
    if bytes == 0 {
        return "-".to_string();
    }
    const UNIT: i64 = 1024;
    if bytes < UNIT {
        return format!("{bytes} B");
    }
    let (mut div, mut exp) = (UNIT, 0);
    let mut n = bytes / UNIT;
    while n >= UNIT {
        div *= UNIT;
        exp += 1;
        n /= UNIT;
    }
    let prefix = ['K', 'M', 'G', 'T', 'P', 'E'][exp];
    format!("{:.1} {prefix}iB", bytes as f64 / div as f64)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn sizes_like_upstream() {
        assert_eq!(format_size(0), "-");
        assert_eq!(format_size(-5), "-5 B");
        assert_eq!(format_size(1023), "1023 B");
        assert_eq!(format_size(1024), "1.0 KiB");
        assert_eq!(format_size(1280), "1.2 KiB"); // a tie rounds to even, as Go's %.1f
        assert_eq!(format_size(1536), "1.5 KiB");
        assert_eq!(format_size(10 * 1024 * 1024 + 1), "10.0 MiB");
        assert_eq!(format_size(3 << 30), "3.0 GiB");
        assert_eq!(format_size(i64::MAX), "8.0 EiB");
    }

    #[test]
    fn counts() {
        let objects = [
            json!({"spec": {"suspend": true}, "status": {"artifact": {"size": 1000}}}),
            json!({"status": {"conditions": [{"type": "Ready", "status": "False"}], "artifact": {"size": 2000}}}),
            json!({"status": {"conditions": [{"type": "Ready", "status": "True"}]}}),
        ];
        let t = Tally::of(&objects);
        assert_eq!(t, Tally { total: 3, suspended: 1, failing: 1, storage: 3000 });
        assert_eq!(t.row("GitRepository"), ["GitRepository", "2", "1", "1", "2.9 KiB"]);
    }
}

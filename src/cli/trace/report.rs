//! The text `flux-rs trace` prints for an object: the object, the Kustomization or HelmRelease that
//! manages it, and its sources, in blocks separated by `---`, byte for byte as upstream's templates
//! render them (labels padded to each block's column, times as Go prints a `metav1.Time`, empty values
//! printed empty).

use std::fmt::Display;

use api::artifact::Artifact;
use api::helm::HelmRelease;
use api::kustomize::Kustomization;
use api::meta::Condition;
use api::source::{ExternalArtifact, GitRepository, HelmChart, HelmRepository, OCIRepository};
use kube::api::Api;
use kube::core::NamespaceResourceScope;
use kube::Resource;
use serde::de::DeserializeOwned;

use crate::cli::client::Kube;
use crate::ui::clock;

/// The OCI annotations upstream shows under an OCIRepository's or ExternalArtifact's revision, in the
/// order of their labels (a Go template ranges over a map sorted by key).
const ORIGIN: [(&str, &str); 2] = [
    ("Origin Revision: ", "org.opencontainers.image.revision"),
    ("Origin Source:   ", "org.opencontainers.image.source"),
];

/// Lines whose labels are padded to one width.
struct Block {
    width: usize,
    lines: Vec<String>,
}

impl Block {
    fn new(width: usize) -> Block {
        Block { width, lines: Vec::new() }
    }

    fn field(&mut self, label: &str, value: impl Display) {
        let label = format!("{label}:");
        self.lines.push(format!("{label:<width$}{value}", width = self.width));
    }

    /// `Status:` and `Message:` from a Ready condition, `Status: Unknown` without one. Sources say when
    /// the last reconciliation failed; appliers and HelmCharts do not.
    fn ready(&mut self, ready: Option<&Condition>, tells_failure: bool) {
        match ready {
            Some(c) => {
                let at = go_time(c);
                if tells_failure && c.status == "False" {
                    self.field("Status", format!("Last reconciliation failed at {at}"));
                } else {
                    self.field("Status", format!("Last reconciled at {at}"));
                }
                self.field("Message", &c.message);
            }
            None => self.field("Status", "Unknown"),
        }
    }

    /// `Revision:`, then for OCI artifacts a line per origin annotation: empty when the artifact's
    /// metadata lacks it, as upstream's template renders it.
    fn artifact(&mut self, artifact: Option<&Artifact>, origin: bool) {
        let Some(artifact) = artifact else { return };
        self.field("Revision", &artifact.revision);
        let metadata = artifact.metadata.as_ref().filter(|m| !m.is_empty());
        if let (true, Some(metadata)) = (origin, metadata) {
            for (label, key) in ORIGIN {
                self.lines.push(metadata.get(key).map(|v| format!("{label}{v}")).unwrap_or_default());
            }
        }
    }
}

fn go_time(c: &Condition) -> String {
    let nanos = c.last_transition_time.0.as_nanosecond();
    let t = i64::try_from(nanos).map(chrono::DateTime::from_timestamp_nanos).unwrap_or_default();
    clock::go_local_string(t)
}

fn ready(conditions: Option<&Vec<Condition>>) -> Option<&Condition> {
    conditions.and_then(|c| c.iter().find(|c| c.type_ == api::meta::condition::READY))
}

/// The blocks, separated by `---`, between a leading and a trailing newline.
fn render(blocks: Vec<Block>) -> String {
    let lines: Vec<String> = blocks
        .into_iter()
        .enumerate()
        .flat_map(|(i, b)| (i > 0).then(|| "---".to_string()).into_iter().chain(b.lines))
        .collect();
    format!("\n{}\n", lines.join("\n"))
}

/// The traced object's own block.
fn object_block(width: usize, object: &str, namespace: &str) -> Block {
    let mut b = Block::new(width);
    b.field("Object", object);
    if !namespace.is_empty() {
        b.field("Namespace", namespace);
    }
    b.field("Status", "Managed by Flux");
    b
}

fn name<K: Resource>(obj: &K) -> String {
    obj.meta().name.clone().unwrap_or_default()
}

fn namespace<K: Resource>(obj: &K) -> String {
    obj.meta().namespace.clone().unwrap_or_default()
}

/// Reads a Flux object; an empty namespace reads it without one, as Go's client does.
async fn fetch<K>(kube: &Kube, ns: &str, obj_name: &str) -> Result<K, String>
where
    K: Resource<DynamicType = (), Scope = NamespaceResourceScope> + Clone + DeserializeOwned + std::fmt::Debug,
{
    let client = kube.throttled().await;
    let api: Api<K> = if ns.is_empty() { Api::all(client) } else { Api::namespaced(client, ns) };
    let path = format!("/apis/{}/namespaces/{ns}/{}/{obj_name}", K::api_version(&()), K::plural(&()));
    api.get(obj_name).await.map_err(|e| kube.describe(&e, &path))
}

/// `failed to find <Kind>: <error>`.
fn failed(kind: &str) -> impl Fn(String) -> anyhow::Error + '_ {
    move |e| anyhow::anyhow!("failed to find {kind}: {e}")
}

/// The source namespace: the reference's, else the referrer's.
fn or_own(ns: Option<&String>, own: &str) -> String {
    ns.filter(|n| !n.is_empty()).cloned().unwrap_or_else(|| own.to_string())
}

fn git_block(width: usize, repo: &GitRepository) -> Block {
    let mut b = Block::new(width);
    b.field("GitRepository", name(repo));
    b.field("Namespace", namespace(repo));
    b.field("URL", &repo.spec.url);
    if let Some(r) = &repo.spec.reference {
        let set = |v: &Option<String>| v.clone().filter(|v| !v.is_empty());
        if let Some(tag) = set(&r.tag).or_else(|| set(&r.semver)) {
            b.field("Tag", tag);
        } else if let Some(branch) = set(&r.branch) {
            b.field("Branch", branch);
        }
    }
    let status = repo.status.as_ref();
    b.artifact(status.and_then(|s| s.artifact.as_ref()), false);
    b.ready(ready(status.and_then(|s| s.conditions.as_ref())), true);
    b
}

fn oci_block(repo: &OCIRepository, origin: bool) -> Block {
    let mut b = Block::new(17);
    b.field("OCIRepository", name(repo));
    b.field("Namespace", namespace(repo));
    b.field("URL", &repo.spec.url);
    if let Some(r) = &repo.spec.reference {
        let set = |v: &Option<String>| v.clone().filter(|v| !v.is_empty());
        if let Some(tag) = set(&r.tag).or_else(|| set(&r.semver)) {
            b.field("Tag", tag);
        } else if let Some(digest) = set(&r.digest) {
            b.field("Digest", digest);
        }
    }
    let status = repo.status.as_ref();
    b.artifact(status.and_then(|s| s.artifact.as_ref()), origin);
    b.ready(ready(status.and_then(|s| s.conditions.as_ref())), true);
    b
}

/// Reads an ExternalArtifact, which must say where it comes from.
async fn external_artifact(kube: &Kube, ns: &str, ea_name: &str) -> anyhow::Result<ExternalArtifact> {
    let ea: ExternalArtifact = fetch(kube, ns, ea_name).await.map_err(failed("ExternalArtifact"))?;
    if ea.spec.source_ref.is_none() {
        anyhow::bail!("ExternalArtifact {}/{} is missing spec.sourceRef", namespace(&ea), name(&ea));
    }
    Ok(ea)
}

fn external_block(ea: &ExternalArtifact, origin: bool) -> Block {
    let mut b = Block::new(17);
    b.field("ExternalArtifact", name(ea));
    b.field("Namespace", namespace(ea));
    let source = ea.spec.source_ref.clone().unwrap_or_default();
    let source_ns = source.namespace.unwrap_or_default();
    b.field("Source", format!("{}/{source_ns}/{}", source.kind, source.name));
    let status = ea.status.as_ref();
    b.artifact(status.and_then(|s| s.artifact.as_ref()), origin);
    b.ready(ready(status.and_then(|s| s.conditions.as_ref())), true);
    b
}

/// Upstream's `traceKustomization`: the object, the Kustomization `ns/name`, and its Git, OCI or
/// external source.
pub async fn kustomization(
    kube: &Kube,
    object: &str,
    object_ns: &str,
    ns: &str,
    ks_name: &str,
) -> anyhow::Result<String> {
    let ks: Kustomization = fetch(kube, ns, ks_name).await.map_err(failed("kustomization"))?;
    let own = namespace(&ks);
    let source = &ks.spec.source_ref;
    let source_ns = or_own(source.namespace.as_ref(), &own);
    let source_block = match source.kind.as_str() {
        "GitRepository" => {
            let repo: GitRepository = fetch(kube, &source_ns, &source.name).await.map_err(failed("GitRepository"))?;
            Some(git_block(17, &repo))
        }
        "OCIRepository" => {
            let repo: OCIRepository = fetch(kube, &source_ns, &source.name).await.map_err(failed("OCIRepository"))?;
            Some(oci_block(&repo, true))
        }
        "ExternalArtifact" => Some(external_block(&external_artifact(kube, &source_ns, &source.name).await?, true)),
        _ => None,
    };

    let mut b = Block::new(17);
    b.field("Kustomization", name(&ks));
    b.field("Namespace", &own);
    if let Some(target) = ks.spec.target_namespace.as_ref().filter(|t| !t.is_empty()) {
        b.field("Target", target);
    }
    b.field("Path", ks.spec.path.clone().unwrap_or_default());
    let status = ks.status.as_ref();
    b.field("Revision", status.and_then(|s| s.last_applied_revision.clone()).unwrap_or_default());
    b.ready(ready(status.and_then(|s| s.conditions.as_ref())), false);

    let mut blocks = vec![object_block(17, object, object_ns), b];
    blocks.extend(source_block);
    Ok(render(blocks))
}

/// Go's `ParseNamespacedName`: `namespace/name`, or a bare name.
fn namespaced_name(text: &str) -> (String, String) {
    let parts: Vec<&str> = text.split('/').collect();
    match parts.as_slice() {
        [ns, name] => (ns.to_string(), name.to_string()),
        _ => (String::new(), text.to_string()),
    }
}

/// Upstream's `traceHelm`: the object, the HelmRelease `ns/name`, its HelmChart, and the chart's source
/// (HelmRepository or GitRepository), or the OCIRepository or ExternalArtifact of its `chartRef`.
pub async fn helm_release(
    kube: &Kube,
    object: &str,
    object_ns: &str,
    ns: &str,
    hr_name: &str,
) -> anyhow::Result<String> {
    let hr: HelmRelease = fetch(kube, ns, hr_name).await.map_err(failed("HelmRelease"))?;
    let own = namespace(&hr);
    let status = hr.status.clone().unwrap_or_default();

    let mut blocks = Vec::new();
    if let Some(chart) = status.helm_chart.as_ref().filter(|c| !c.is_empty()) {
        let (chart_ns, chart_name) = namespaced_name(chart);
        let chart: HelmChart = fetch(kube, &chart_ns, &chart_name).await.map_err(failed("HelmChart"))?;
        let mut b = Block::new(16);
        b.field("HelmChart", name(&chart));
        b.field("Namespace", namespace(&chart));
        b.field("Chart", &chart.spec.chart);
        b.field("Version", chart.spec.version.clone().unwrap_or_default());
        let chart_status = chart.status.as_ref();
        b.artifact(chart_status.and_then(|s| s.artifact.as_ref()), false);
        b.ready(ready(chart_status.and_then(|s| s.conditions.as_ref())), false);
        blocks.push(b);
    }

    match (&hr.spec.chart, &hr.spec.chart_ref) {
        (Some(template), _) => {
            let source = &template.spec.source_ref;
            let source_ns = or_own(source.namespace.as_ref(), &own);
            match source.kind.as_str() {
                "GitRepository" => {
                    let repo: GitRepository =
                        fetch(kube, &source_ns, &source.name).await.map_err(failed("GitRepository"))?;
                    blocks.push(git_block(15, &repo));
                }
                "HelmRepository" => {
                    let repo: HelmRepository =
                        fetch(kube, &source_ns, &source.name).await.map_err(failed("HelmRepository"))?;
                    let mut b = Block::new(16);
                    b.field("HelmRepository", name(&repo));
                    b.field("Namespace", namespace(&repo));
                    b.field("URL", &repo.spec.url);
                    let repo_status = repo.status.as_ref();
                    b.artifact(repo_status.and_then(|s| s.artifact.as_ref()), false);
                    b.ready(ready(repo_status.and_then(|s| s.conditions.as_ref())), false);
                    blocks.push(b);
                }
                _ => {}
            }
        }
        (None, Some(chart_ref)) => {
            let source_ns = or_own(chart_ref.namespace.as_ref(), &own);
            match chart_ref.kind.as_str() {
                "OCIRepository" => {
                    let repo: OCIRepository =
                        fetch(kube, &source_ns, &chart_ref.name).await.map_err(failed("OCIRepository"))?;
                    blocks.push(oci_block(&repo, false));
                }
                "ExternalArtifact" => {
                    let ea = external_artifact(kube, &source_ns, &chart_ref.name).await?;
                    blocks.push(external_block(&ea, false));
                }
                _ => {}
            }
        }
        (None, None) => {}
    }

    let mut b = Block::new(16);
    b.field("HelmRelease", name(&hr));
    b.field("Namespace", &own);
    if let Some(target) = hr.spec.target_namespace.as_ref().filter(|t| !t.is_empty()) {
        b.field("Target", target);
    }
    b.field("Revision", status.last_attempted_revision.clone().unwrap_or_default());
    b.ready(ready(status.conditions.as_ref()), false);

    let mut all = vec![object_block(16, object, object_ns), b];
    all.extend(blocks);
    Ok(render(all))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_pad_labels_to_their_column() {
        let mut b = Block::new(17);
        b.field("ExternalArtifact", "x");
        b.field("URL", "u");
        let mut c = Block::new(15);
        c.field("GitRepository", "g");
        assert_eq!(render(vec![b, c]), "\nExternalArtifact:x\nURL:             u\n---\nGitRepository: g\n");
    }

    #[test]
    fn origin_annotations_leave_an_empty_line_when_missing() {
        let artifact: Artifact = serde_json::from_value(serde_json::json!({
            "digest": "sha256:0", "path": "p", "url": "u", "revision": "r", "lastUpdateTime": "2024-01-01T00:00:00Z",
            "metadata": {"org.opencontainers.image.source": "https://example.com/repo"}
        }))
        .unwrap();
        let mut b = Block::new(17);
        b.artifact(Some(&artifact), true);
        assert_eq!(b.lines, ["Revision:        r", "", "Origin Source:   https://example.com/repo"]);
    }

    #[test]
    fn namespaced_names() {
        assert_eq!(namespaced_name("flux-system/podinfo"), ("flux-system".into(), "podinfo".into()));
        assert_eq!(namespaced_name("podinfo"), (String::new(), "podinfo".into()));
    }
}

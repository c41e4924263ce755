//! `flux-rs diff kustomization`: a Kustomization built locally as `build kustomization` builds it, then
//! each object sent to the cluster in a server-side dry run, the one the controller applies with
//! (`crate::apply::ResourceManager::diff`: field manager `kustomize-controller`, owner labels, the
//! `ssa`/`reconcile`/`force` policies, `spec.force`, `commonMetadata`), and what would change printed
//! (upstream `cmd/flux/diff_kustomization.go`, `internal/build/diff.go`).
//!
//! Beyond upstream: when the Kustomization has `spec.decryption` and its key Secret can be read, SOPS
//! Secrets are decrypted before the dry run, so that the diff names the keys whose values changed (the
//! values themselves stay masked); `--output json` prints one JSON document for CI.

use std::io::Write;

use anyhow::{anyhow, Context as _};
use api::kustomize::Kustomization;
use base64::Engine as _;
use clap::Args;
use futures::future::BoxFuture;
use serde_json::{json, Value};

use super::report::{self, Difference};
use crate::apply::{inventory, Action, ChangeSet, ChangeSetEntry, Owner, ResourceManager};
use crate::build::objects::MASK;
use crate::build::sops::SopsDecryptor;
use crate::cli::build::{self, LocalArgs, Request};
use crate::cli::client::Kube;
use crate::cli::create::go_bool;
use crate::cli::error::RequestError;
use crate::cli::{go_quote, with_timeout, Ctx};
use crate::controllers::kustomize::{apply_options, FIELD_MANAGER};
use crate::ui;
use crate::ui::spinner::Spinner;

/// Diff Kustomization.
///
/// The diff command does a build, then it performs a server-side dry-run and prints the diff.
/// Exit status: 0 No differences were found. 1 Differences were found. >1 diff failed with an error.
///
/// Under each drifted object, the fields that would change (see docs/cli/diff.md). Secret values are
/// masked. When the Kustomization decrypts SOPS Secrets (spec.decryption) and its key Secret is
/// readable, they are decrypted before the dry run so that the keys whose values changed are named;
/// otherwise they are compared by their keys only, as upstream does. The directory is never modified.
///
/// Examples:
///   # Preview local changes as they were applied on the cluster
///   flux-rs diff kustomization my-app --path ./path/to/local/manifests
///
///   # Preview using a local flux kustomization file
///   flux-rs diff kustomization my-app --path ./path/to/local/manifests \
///     --kustomization-file ./path/to/local/my-app.yaml
///
///   # Exclude files by providing a comma separated list of entries that follow the .gitignore
///   # pattern format.
///   flux-rs diff kustomization my-app --path ./path/to/local/manifests \
///     --kustomization-file ./path/to/local/my-app.yaml \
///     --ignore-paths "/to_ignore/**/*.yaml,ignore.yaml"
///
///   # Run recursively on all encountered Kustomizations
///   flux-rs diff kustomization my-app --path ./path/to/local/manifests \
///     --recursive \
///     --local-sources GitRepository/flux-system/my-repo=./path/to/local/git
///
///   # In CI: one JSON document, the same exit status
///   flux-rs diff kustomization my-app --path ./path/to/local/manifests --output json
#[derive(Debug, Args)]
#[command(
    visible_alias = "ks",
    verbatim_doc_comment,
    mut_arg("name", |a| a.help("The Kustomization to diff")),
    mut_arg("path", |a| a.help("Path to a local directory that matches the specified Kustomization.spec.path")),
    mut_arg("recursive", |a| a.help("Recursively diff Kustomizations"))
)]
pub struct KustomizationArgs {
    #[command(flatten)]
    local: LocalArgs,

    /// Boolean to set the progress bar. The default value is true. (It shows only when stdout is a
    /// terminal.)
    #[arg(long, action = clap::ArgAction::Set, num_args = 0..=1, require_equals = true, default_missing_value = "true", default_value = "true", value_name = "BOOL", value_parser = go_bool)]
    progress_bar: bool,

    /// Ignore Kustomization not found errors on the cluster when diffing (requires
    /// --kustomization-file).
    #[arg(long, action = clap::ArgAction::Set, num_args = 0..=1, require_equals = true, default_missing_value = "true", default_value = "false", value_name = "BOOL", value_parser = go_bool)]
    ignore_not_found: bool,

    /// Print one JSON document instead of the report: every object's subject, action and changed field
    /// paths (no values). The exit status is the same.
    #[arg(short, long, value_name = "FORMAT", value_parser = ["json"])]
    output: Option<String>,
}

const CHANGES_FOUND: &str = "identified at least one change, exiting with non-zero exit code";
const DRY_RUN: &str = "running dry-run";

fn failed(message: impl std::fmt::Display) -> anyhow::Error {
    anyhow::Error::new(RequestError { status_code: 2, message: message.to_string() })
}

pub async fn run(ctx: &Ctx, args: KustomizationArgs) -> anyhow::Result<()> {
    let name = args.local.name()?;
    let path = args.local.path().map_err(|e| failed(format!("invalid resource path {}", go_quote(&e.given))))?;
    args.local.check_kustomization_file()?;
    if args.ignore_not_found && args.local.kustomization_file().is_none() {
        return Err(failed("kustomization file is required when assuming new kustomizations"));
    }
    let kube = ctx.kube().await.map_err(failed)?;
    let request =
        Request { ignore_not_found: args.ignore_not_found, ..args.local.request(name, ctx.namespace.clone(), path) };

    let mut spinner = args.progress_bar.then(|| Spinner::start(&format!(" Kustomization diffing... {DRY_RUN}")));
    let work = with_timeout(ctx, diff_tree(&kube, request, spinner.as_ref()));
    let outcome = tokio::select! {
        _ = tokio::signal::ctrl_c() => {
            if let Some(s) = spinner.as_mut() {
                s.stop();
            }
            // Nothing was written to the directory or the cluster: nothing to restore.
            println!("Build cancelled... exiting.");
            return Ok(());
        }
        outcome = work => outcome,
    };
    if let Some(s) = spinner.as_mut() {
        s.stop();
    }
    let outcome = outcome.map_err(|e| failed(format!("{e:#}")))?;

    let text = match args.output.as_deref() {
        Some(_) => format!("{:#}\n", outcome.to_json()),
        None => {
            for warning in outcome.warnings(false) {
                ui::warning(&warning);
            }
            outcome.render()
        }
    };
    let mut stdout = std::io::stdout().lock();
    stdout.write_all(text.as_bytes()).context("writing standard output")?;
    stdout.flush().context("writing standard output")?;
    drop(stdout);

    let errors = outcome.errors();
    if !errors.is_empty() {
        return Err(failed(aggregate(&errors)));
    }
    if outcome.changed {
        return Err(anyhow::Error::new(RequestError { status_code: 1, message: CHANGES_FOUND.to_string() }));
    }
    Ok(())
}

/// apimachinery's aggregate error text: one message alone, several as `[a, b]` (duplicates once).
fn aggregate(errors: &[String]) -> String {
    let mut unique: Vec<&str> = Vec::new();
    for e in errors {
        if !unique.contains(&e.as_str()) {
            unique.push(e);
        }
    }
    match unique.as_slice() {
        [one] => one.to_string(),
        many => format!("[{}]", many.join(", ")),
    }
}

/// What diffing one Kustomization (and, with `--recursive`, those it contains) found.
#[derive(Debug, Default)]
struct Outcome {
    /// `namespace/name` of the Kustomization.
    kustomization: String,
    entries: Vec<Entry>,
    /// One line each, never a secret value.
    warnings: Vec<String>,
    /// Objects whose dry run failed, child Kustomizations that could not be diffed.
    errors: Vec<String>,
    /// Something would be created, configured or deleted (here or in a child).
    changed: bool,
}

#[derive(Debug)]
enum Entry {
    /// An object of the build, or one the prune would delete.
    Object { change: ChangeSetEntry, diffs: Vec<Difference> },
    /// A child Kustomization on another cluster (`spec.kubeConfig`), not diffed.
    Remote { subject: String },
    /// A child Kustomization that would change.
    Child { subject: String, outcome: Outcome },
}

impl Outcome {
    /// Upstream's report: `► <subject> created|drifted|skipped|deleted`, the fields under each drifted
    /// object, `📁 <Kustomization> changed` before a child's report.
    fn render(&self) -> String {
        let mut out = String::new();
        for entry in &self.entries {
            match entry {
                Entry::Object { change, diffs } => match change.action {
                    Action::Configured => {
                        out.push_str(&format!("► {} drifted\n", change.subject));
                        out.push_str(&report::render(diffs));
                    }
                    Action::Unchanged => {}
                    action => out.push_str(&format!("► {} {action}\n", change.subject)),
                },
                Entry::Remote { subject } => {
                    out.push_str(&format!("⚠️ {subject} skipped: diff not supported for remote clusters\n"));
                }
                Entry::Child { subject, outcome } => {
                    out.push_str(&format!("📁 {subject} changed\n"));
                    out.push_str(&outcome.render());
                }
            }
        }
        out
    }

    /// The warnings of this Kustomization and its children; with `remote`, also the children not diffed
    /// because they are on another cluster (which the report already names).
    fn warnings(&self, remote: bool) -> Vec<String> {
        let mut all = self.warnings.clone();
        for entry in &self.entries {
            match entry {
                Entry::Child { outcome, .. } => all.extend(outcome.warnings(remote)),
                Entry::Remote { subject } if remote => {
                    all.push(format!("{subject} skipped: diff not supported for remote clusters"))
                }
                Entry::Remote { .. } | Entry::Object { .. } => {}
            }
        }
        all
    }

    fn errors(&self) -> Vec<String> {
        let mut all = self.errors.clone();
        for entry in &self.entries {
            if let Entry::Child { outcome, .. } = entry {
                all.extend(outcome.errors());
            }
        }
        all
    }

    /// Every object of this Kustomization and its children, for `--output json`.
    fn objects(&self, out: &mut Vec<Value>) {
        for entry in &self.entries {
            match entry {
                Entry::Object { change, diffs } => {
                    let mut object = json!({
                        "kustomization": self.kustomization,
                        "subject": change.subject,
                        "apiVersion": change.api_version,
                        "kind": change.id.kind,
                        "name": change.id.name,
                        "action": change.action.to_string(),
                    });
                    if !change.id.namespace.is_empty() {
                        object["namespace"] = json!(change.id.namespace);
                    }
                    if change.action == Action::Configured {
                        object["changes"] = json!(report::changed_paths(diffs));
                    }
                    out.push(object);
                }
                Entry::Child { outcome, .. } => outcome.objects(out),
                Entry::Remote { .. } => {}
            }
        }
    }

    fn to_json(&self) -> Value {
        let mut objects = Vec::new();
        self.objects(&mut objects);
        json!({
            "kustomization": self.kustomization,
            "changed": self.changed,
            "objects": objects,
            "warnings": self.warnings(true),
            "errors": self.errors(),
        })
    }
}

/// Diffs the Kustomization of `request` and, with `--recursive`, the Kustomizations it contains.
/// Errors that stop everything (the Kustomization, the build) are returned; an object whose dry run
/// fails is recorded and the others are still diffed, as upstream does.
fn diff_tree<'a>(
    kube: &'a Kube,
    request: Request,
    spinner: Option<&'a Spinner>,
) -> BoxFuture<'a, anyhow::Result<Outcome>> {
    Box::pin(async move {
        let k = build::resolve_kustomization(Some(kube), &request, None).await?;
        let (name, namespace) = build::name_of(&k);
        let mut outcome = Outcome { kustomization: format!("{namespace}/{name}"), ..Outcome::default() };
        let decryptor = decryptor(kube, &k, &mut outcome.warnings).await;
        let objects = build::build_kustomization(Some(kube), &request, &k, decryptor).await?;

        let client = kube.throttled().await;
        let owner = Owner { name: name.clone(), namespace: namespace.clone(), group: api::kustomize::GROUP.into() };
        let manager = ResourceManager::new(client, FIELD_MANAGER, Some(owner));
        let options = apply_options(&k);
        let mut applied = ChangeSet::default();
        for object in objects {
            let masked = has_masked_sops_values(&object);
            let entry = match manager.diff(object.clone(), &options).await {
                Ok(entry) => entry,
                Err(e) => {
                    outcome.errors.push(e.message);
                    continue;
                }
            };
            let mut change = entry.change;
            let diffs = match (change.action, entry.live, entry.merged) {
                (Action::Configured, Some(live), Some(merged)) if masked => {
                    // The values are masked in the build: only a change of keys can be seen.
                    let (live, merged) = (keys_only(&live), keys_only(&merged));
                    let diffs = report::compare(&live, &merged);
                    if diffs.is_empty() {
                        change.action = Action::Unchanged;
                    }
                    diffs
                }
                (Action::Configured, Some(live), Some(merged)) => report::compare(&live, &merged),
                _ => Vec::new(),
            };
            outcome.changed |= matches!(change.action, Action::Created | Action::Configured);
            applied.push(change.clone());
            let created = change.action == Action::Created;
            outcome.entries.push(Entry::Object { change, diffs });

            if request.recursive && build::is_flux_kustomization(&object) && !created {
                diff_child(kube, &request, &k, object, spinner, &mut outcome).await;
            }
        }

        if let Some(s) = spinner {
            s.set_suffix(" processing inventory");
        }
        let old = k.status.as_ref().and_then(|s| s.inventory.as_ref());
        if let (true, true, Some(old)) = (k.spec.prune, outcome.errors().is_empty(), old) {
            let stale = inventory::stale(old, &inventory::from_change_set(&applied)).map_err(|e| anyhow!("{e}"))?;
            for object in stale {
                outcome.changed = true;
                let change = ChangeSetEntry::new(&object, Action::Deleted);
                outcome.entries.push(Entry::Object { change, diffs: Vec::new() });
            }
        }
        Ok(outcome)
    })
}

/// Diffs the Kustomization `object` found in the build of `parent` (unless it is `parent` itself or one
/// above it), from its source's `--local-sources` checkout.
async fn diff_child(
    kube: &Kube,
    request: &Request,
    parent: &Kustomization,
    object: Value,
    spinner: Option<&Spinner>,
    outcome: &mut Outcome,
) {
    let subject = crate::apply::subject(&object);
    let child = match build::lenient_kustomization(object) {
        Ok(child) => child,
        Err(e) => {
            outcome.errors.push(format!("failed to convert to kustomization: {e}"));
            return;
        }
    };
    let (name, namespace) = build::name_of(&child);
    let (parent_name, parent_namespace) = build::name_of(parent);
    let id = format!("{namespace}/{name}");
    if (name == parent_name && namespace == parent_namespace) || request.ancestors.contains(&id) {
        return;
    }
    if child.spec.kube_config.is_some() {
        outcome.entries.push(Entry::Remote { subject });
        return;
    }
    if let Some(s) = spinner {
        s.set_suffix(&format!(" {DRY_RUN} in {name}"));
    }
    let result = match build::child_request(request, parent, &child) {
        Ok(sub) => diff_tree(kube, sub, spinner).await,
        Err(e) => Err(e),
    };
    match result {
        Ok(sub) => {
            if sub.changed {
                outcome.changed = true;
                outcome.entries.push(Entry::Child { subject, outcome: sub });
            } else {
                outcome.warnings.extend(sub.warnings(true));
                outcome.errors.extend(sub.errors());
            }
        }
        Err(e) => outcome.errors.push(format!("{e:#}")),
    }
    if let Some(s) = spinner {
        s.set_suffix(&format!(" {DRY_RUN}"));
    }
}

/// The SOPS keys of `k`, when it decrypts (`spec.decryption.provider: sops`) and its key Secret can be
/// read; otherwise a warning says why encrypted Secrets are compared by their keys only.
async fn decryptor(kube: &Kube, k: &Kustomization, warnings: &mut Vec<String>) -> Option<SopsDecryptor> {
    let decryption = k.spec.decryption.as_ref().filter(|d| d.provider == "sops")?;
    let (name, namespace) = build::name_of(k);
    let unavailable = |why: String| {
        format!(
            "Kustomization/{namespace}/{name}: SOPS decryption keys not available ({why}), encrypted Secrets are compared by their keys only"
        )
    };
    if decryption.secret_ref.is_none() {
        warnings.push(unavailable("spec.decryption.secretRef is not set".into()));
        return None;
    }
    match SopsDecryptor::for_kustomization(&kube.throttled().await, k).await {
        Ok(found) => found,
        Err(e) => {
            warnings.push(unavailable(e));
            None
        }
    }
}

/// Whether a built Secret carries values `build` masked (`**SOPS**`) because they are still encrypted.
fn has_masked_sops_values(object: &Value) -> bool {
    if object.get("kind").and_then(Value::as_str) != Some("Secret") {
        return false;
    }
    let b64 = base64::engine::general_purpose::STANDARD;
    ["data", "stringData"].iter().filter_map(|f| object.get(*f).and_then(Value::as_object)).flatten().any(|(_, v)| {
        let text = v.as_str().unwrap_or_default();
        text.contains(MASK) || b64.decode(text).is_ok_and(|d| d.windows(MASK.len()).any(|w| w == MASK.as_bytes()))
    })
}

/// A Secret reduced to the keys of its `data`, each value masked.
fn keys_only(secret: &Value) -> Value {
    let keys: serde_json::Map<String, Value> = secret
        .get("data")
        .and_then(Value::as_object)
        .map(|m| m.keys().map(|k| (k.clone(), json!("***"))).collect())
        .unwrap_or_default();
    json!({ "data": keys })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_aggregate_as_apimachinery_prints_them() {
        assert_eq!(aggregate(&["a".into()]), "a");
        assert_eq!(aggregate(&["a".into(), "b".into(), "a".into()]), "[a, b]");
    }

    #[test]
    fn masked_sops_values_are_recognised() {
        let masked = json!({"kind": "Secret", "data": {"token": "KipTT1BTKio="}});
        assert!(has_masked_sops_values(&masked));
        let string_data = json!({"kind": "Secret", "stringData": {"user": "**SOPS**"}});
        assert!(has_masked_sops_values(&string_data));
        let plain = json!({"kind": "Secret", "data": {"token": "c2VjcmV0"}});
        assert!(!has_masked_sops_values(&plain));
        assert!(!has_masked_sops_values(&json!({"kind": "ConfigMap", "data": {"x": "**SOPS**"}})));
        assert_eq!(keys_only(&json!({"data": {"a": "x", "b": "y"}})), json!({"data": {"a": "***", "b": "***"}}));
    }
}

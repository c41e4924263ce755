//! The order of the output: kustomize's `legacy` order (its default) or `fifo`.

use std::collections::HashMap;

use crate::kustomization::SortOptions;
use crate::resid::{Gvk, ResId};
use crate::resmap::ResMap;

/// Kinds that come first, in this order, in the legacy order.
const ORDER_FIRST: [&str; 22] = [
    "Namespace",
    "ResourceQuota",
    "StorageClass",
    "CustomResourceDefinition",
    "ServiceAccount",
    "PodSecurityPolicy",
    "Role",
    "ClusterRole",
    "RoleBinding",
    "ClusterRoleBinding",
    "ConfigMap",
    "Secret",
    "Endpoints",
    "Service",
    "LimitRange",
    "PriorityClass",
    "PersistentVolume",
    "PersistentVolumeClaim",
    "Deployment",
    "StatefulSet",
    "CronJob",
    "PodDisruptionBudget",
];

/// Kinds that come last, in this order.
const ORDER_LAST: [&str; 2] = ["MutatingWebhookConfiguration", "ValidatingWebhookConfiguration"];

/// A kind's rank in kustomize's default type order (`Gvk.IsLessThan`): the kinds that come first
/// are negative, those that come last positive, all others 0.
pub(crate) fn kind_rank(kind: &str) -> i64 {
    if let Some(i) = ORDER_FIRST.iter().position(|k| *k == kind) {
        return i as i64 - ORDER_FIRST.len() as i64;
    }
    ORDER_LAST.iter().position(|k| *k == kind).map_or(0, |i| 1 + i as i64)
}

/// Sorts the resources as `sortOptions` says (legacy when absent).
///
/// # Errors
/// An unknown order, or legacy options given with `fifo`.
pub fn sort(resources: &mut ResMap, options: Option<&SortOptions>) -> Result<(), String> {
    let (first, last): (Vec<String>, Vec<String>) = match options {
        None => (ORDER_FIRST.map(String::from).to_vec(), ORDER_LAST.map(String::from).to_vec()),
        Some(o) => match o.order.as_str() {
            "fifo" | "" if o.legacy_sort_options.is_some() => {
                return Err(format!(
                "the field 'sortOptions.legacySortOptions' is set but the selected sort order is '{}', not 'legacy'",
                if o.order.is_empty() { "fifo" } else { &o.order }
            ))
            }
            "fifo" | "" => return Ok(()),
            "legacy" => match &o.legacy_sort_options {
                Some(l) => (l.order_first.clone(), l.order_last.clone()),
                None => (ORDER_FIRST.map(String::from).to_vec(), ORDER_LAST.map(String::from).to_vec()),
            },
            _ => return Err("the field 'sortOptions.order' must be one of [fifo, legacy]".into()),
        },
    };
    let mut rank: HashMap<&str, i64> = HashMap::new();
    for (i, kind) in first.iter().enumerate() {
        rank.insert(kind, i as i64 - first.len() as i64);
    }
    for (i, kind) in last.iter().enumerate() {
        rank.insert(kind, 1 + i as i64);
    }
    struct Key {
        rank: i64,
        gvk: Gvk,
        gvk_key: String,
        id_key: String,
        index: usize,
    }
    let mut keyed: Vec<Key> = resources
        .resources()
        .iter()
        .enumerate()
        .map(|(index, r)| {
            let id = r.id();
            let rank = rank.get(id.gvk.kind.as_str()).copied().unwrap_or(0);
            Key { rank, gvk_key: gvk_key(&id.gvk), id_key: id_key(&id), gvk: id.gvk, index }
        })
        .collect();
    keyed.sort_by(|a, b| {
        a.rank
            .cmp(&b.rank)
            .then_with(|| {
                let (ga, gb) = (&a.gvk, &b.gvk);
                // A core-group Namespace sorts after a Namespace of another group, as in kustomize.
                if ga.kind == "Namespace" && gb.kind == "Namespace" && (ga.group.is_empty() || gb.group.is_empty()) {
                    b.gvk_key.cmp(&a.gvk_key)
                } else {
                    a.gvk_key.cmp(&b.gvk_key)
                }
            })
            .then_with(|| a.id_key.cmp(&b.id_key))
    });
    let order: Vec<usize> = keyed.into_iter().map(|k| k.index).collect();
    let list = resources.resources_mut();
    let mut taken: Vec<Option<_>> = std::mem::take(list).into_iter().map(Some).collect();
    list.extend(order.into_iter().filter_map(|i| taken[i].take()));
    Ok(())
}

/// `group_version_kind` with `~G`, `~V`, `~K` for empty parts.
fn gvk_key(gvk: &Gvk) -> String {
    let or = |s: &str, empty: &'static str| if s.is_empty() { empty.to_string() } else { s.to_string() };
    format!("{}_{}_{}", or(&gvk.group, "~G"), or(&gvk.version, "~V"), or(&gvk.kind, "~K"))
}

/// The id as the legacy order compares it: `Kind.version.group|namespace|name`.
fn id_key(id: &ResId) -> String {
    let ns = if id.namespace.is_empty() { "~X" } else { &id.namespace };
    let name = if id.name.is_empty() { "~N" } else { &id.name };
    format!("{}|{ns}|{name}", id.gvk)
}

//! The inventory a Kustomization keeps in `status.inventory` (kustomize-controller `internal/inventory`): every
//! object of the last apply (skipped and unchanged ones too), in apply order, as `{id, v}`.

use std::collections::HashSet;

use api::inventory::{InventoryError, ObjectId, ResourceInventory, ResourceRef};

use super::changeset::{ChangeSet, ObjectRef};
use super::stage;

/// The inventory of a change set.
pub fn from_change_set(changes: &ChangeSet) -> ResourceInventory {
    ResourceInventory {
        entries: changes.entries.iter().map(|e| ResourceRef::new(&e.id, e.object_ref().version())).collect(),
    }
}

/// The inventory's objects, in apply order.
pub fn objects(inventory: &ResourceInventory) -> Result<Vec<ObjectRef>, InventoryError> {
    let mut refs = inventory.entries.iter().map(ObjectRef::from_inventory).collect::<Result<Vec<_>, _>>()?;
    refs.sort_by(|a, b| stage::compare(&a.id, &b.id));
    Ok(refs)
}

/// The objects of `old` that `new` no longer has (by namespace, name, group and kind; versions do not matter),
/// in apply order: what a prune deletes.
pub fn stale(old: &ResourceInventory, new: &ResourceInventory) -> Result<Vec<ObjectRef>, InventoryError> {
    let kept: HashSet<ObjectId> = new.entries.iter().map(ResourceRef::object_id).collect::<Result<_, _>>()?;
    let mut gone: Vec<ObjectRef> = objects(old)?.into_iter().filter(|o| !kept.contains(&o.id)).collect();
    gone.dedup();
    Ok(gone)
}

/// Adds the objects that are not in the inventory yet (those whose prune failed, to retry it next time).
pub fn merge(inventory: &mut ResourceInventory, objects: &[ObjectRef]) {
    let mut seen: HashSet<String> = inventory.entries.iter().map(|e| e.id.clone()).collect();
    for o in objects {
        let entry = ResourceRef::new(&o.id, o.version());
        if seen.insert(entry.id.clone()) {
            inventory.entries.push(entry);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::apply::{Action, ChangeSetEntry};
    use serde_json::json;

    fn entry(api_version: &str, kind: &str, ns: &str, name: &str, action: Action) -> ChangeSetEntry {
        let mut o = json!({"apiVersion": api_version, "kind": kind, "metadata": {"name": name}});
        if !ns.is_empty() {
            o["metadata"]["namespace"] = json!(ns);
        }
        ChangeSetEntry::of(&o, action)
    }

    #[test]
    fn ids_versions_and_order_of_the_change_set() {
        let mut changes = ChangeSet::default();
        changes.push(entry("v1", "Namespace", "", "apps", Action::Unchanged));
        changes.push(entry("rbac.authorization.k8s.io/v1", "ClusterRole", "", "system:flux:view", Action::Created));
        changes.push(entry("v1", "Service", "apps", "podinfo", Action::Skipped));
        changes.push(entry("apps/v1", "Deployment", "apps", "podinfo", Action::Configured));
        changes.push(entry("helm.toolkit.fluxcd.io/v2", "HelmRelease", "apps", "redis", Action::Created));
        let inventory = from_change_set(&changes);
        let ids: Vec<(&str, &str)> = inventory.entries.iter().map(|e| (e.id.as_str(), e.v.as_str())).collect();
        assert_eq!(
            ids,
            [
                ("_apps__Namespace", "v1"),
                ("_system__flux__view_rbac.authorization.k8s.io_ClusterRole", "v1"),
                ("apps_podinfo__Service", "v1"),
                ("apps_podinfo_apps_Deployment", "v1"),
                ("apps_redis_helm.toolkit.fluxcd.io_HelmRelease", "v2"),
            ]
        );
        assert_eq!(
            serde_json::to_value(&inventory).unwrap()["entries"][1],
            json!({"id": "_system__flux__view_rbac.authorization.k8s.io_ClusterRole", "v": "v1"})
        );
        let back = objects(&inventory).unwrap();
        assert_eq!(back[1].id.name, "system:flux:view");
        assert_eq!(back[4].api_version, "helm.toolkit.fluxcd.io/v2");
    }

    #[test]
    fn stale_is_old_minus_new_in_apply_order() {
        let mut old = ChangeSet::default();
        old.push(entry("v1", "ConfigMap", "apps", "settings", Action::Created));
        old.push(entry("apps/v1", "Deployment", "apps", "podinfo", Action::Created));
        old.push(entry("v1", "Namespace", "", "apps", Action::Created));
        old.push(entry("autoscaling/v2", "HorizontalPodAutoscaler", "apps", "podinfo", Action::Created));
        let mut new = ChangeSet::default();
        new.push(entry("v1", "Namespace", "", "apps", Action::Unchanged));
        // Another version of the same object is the same object.
        new.push(entry("autoscaling/v1", "HorizontalPodAutoscaler", "apps", "podinfo", Action::Unchanged));
        let gone = stale(&from_change_set(&old), &from_change_set(&new)).unwrap();
        let subjects: Vec<String> = gone.iter().map(ObjectRef::subject).collect();
        assert_eq!(subjects, ["ConfigMap/apps/settings", "Deployment/apps/podinfo"]);
        let mut inventory = from_change_set(&new);
        merge(&mut inventory, &gone);
        merge(&mut inventory, &gone);
        assert_eq!(inventory.entries.len(), 4);
    }
}

//! The apply and update algorithms over managers' field sets (structured-merge-diff `merge/update.go` plus
//! the apiserver field manager layers around it).

use serde_json::{Map, Value};

use super::fieldset::{path_string, value_eq, FieldSet, PathElement};
use super::managed::{cap_update_managers, ManagerId, Managers, Operation, Owned};
use super::typed::{compare, ensure_named_fields_are_members, fill_zero_fields, merge, remove_items, to_field_set, Ty};
use super::{Conflict, SsaError};

/// What one write needs to know about where it lands.
pub(crate) struct Target<'a> {
    pub(crate) ty: Ty<'a>,
    pub(crate) api_version: &'a str,
    pub(crate) subresource: Option<&'a str>,
    pub(crate) now: &'a str,
    /// Fields this endpoint resets, e.g. `status` on the main resource: never owned, never in conflict.
    pub(crate) ignored: &'a FieldSet,
    /// Built-in kinds are Go structs upstream, whose always-present fields change what counts as added.
    pub(crate) builtin: bool,
}

/// Paths that are never owned: type meta and the metadata the server controls (apiserver `stripmeta.go`).
fn strip_set() -> FieldSet {
    let f = |n: &str| PathElement::Field(n.into());
    let mut set = FieldSet::new();
    for top in ["apiVersion", "kind", "metadata"] {
        set.insert(&[f(top)]);
    }
    for meta in [
        "name",
        "namespace",
        "creationTimestamp",
        "selfLink",
        "uid",
        "clusterName",
        "generation",
        "managedFields",
        "resourceVersion",
    ] {
        set.insert(&[f("metadata"), f(meta)]);
    }
    set
}

/// Takes the changes between `old` and `new` away from every manager but `skip`; without `force`, any
/// change to a field another manager owns is a conflict instead.
fn take_changes(
    old: &Value,
    new: &Value,
    managers: &mut Managers,
    skip: Option<&ManagerId>,
    force: bool,
    target: &Target<'_>,
) -> Result<FieldSet, SsaError> {
    let cmp = compare(old, new, target.ty)?.exclude(target.ignored);
    let changed = cmp.modified.union(&cmp.added);
    let mut conflicts: Vec<(ManagerId, FieldSet)> = Vec::new();
    for (id, owned) in managers.iter() {
        if Some(id) == skip {
            continue;
        }
        let clash = owned.set.intersection(&changed);
        if !clash.is_empty() {
            conflicts.push((id.clone(), clash));
        }
    }
    if !force && !conflicts.is_empty() {
        return Err(SsaError::Conflicts(to_conflicts(conflicts)));
    }
    for (id, clash) in conflicts {
        if let Some(owned) = managers.get_mut(&id) {
            owned.set = owned.set.difference(&clash);
        }
    }
    if !cmp.removed.is_empty() {
        for (id, owned) in managers.iter_mut() {
            if Some(id) != skip {
                owned.set = owned.set.difference(&cmp.removed);
            }
        }
    }
    managers.retain(|_, owned| !owned.set.is_empty());
    Ok(changed)
}

fn to_conflicts(mut by_manager: Vec<(ManagerId, FieldSet)>) -> Vec<Conflict> {
    by_manager.sort_by_cached_key(|(id, _)| id.identifier());
    by_manager
        .into_iter()
        .flat_map(|(id, set)| {
            set.paths().into_iter().map(move |p| Conflict {
                manager: id.manager.clone(),
                operation: id.operation,
                api_version: id.api_version.clone(),
                subresource: (!id.subresource.is_empty()).then(|| id.subresource.clone()),
                path: path_string(&p),
                field: p.clone(),
                described_manager: id.display(),
            })
        })
        .collect()
}

/// Records an Update by `manager`: what changed between `old` and `new` becomes the manager's, and
/// nobody else's.
pub(crate) fn update(
    old: &Value,
    new: &Value,
    managers: &mut Managers,
    manager: &str,
    target: &Target<'_>,
) -> Result<(), SsaError> {
    let id = ManagerId::new(manager, Operation::Update, target.api_version, target.subresource);
    let (mut old, mut new) = (old.clone(), new.clone());
    if target.builtin {
        fill_zero_fields(&mut old, target.ty);
        fill_zero_fields(&mut new, target.ty);
    }
    // The updater's own earlier fields are treated like anyone else's, then given back below: kube-apiserver
    // runs the update as a "current-operation" manager and merges it into the real one.
    let changed = take_changes(&old, &new, managers, None, true, target)?;
    let taken = changed.recursive_difference(target.ignored).difference(&strip_set());
    if !taken.is_empty() {
        let set = match managers.get(&id) {
            Some(previous) => taken.union(&previous.set),
            None => taken,
        };
        managers.insert(id, Owned { api_version: target.api_version.into(), set, time: Some(target.now.into()) });
    }
    cap_update_managers(managers);
    Ok(())
}

/// Applies `config` as `manager` to `live`, returning the new object and whether it differs from `live`.
pub(crate) fn apply(
    live: &Value,
    config: &Value,
    managers: &mut Managers,
    manager: &str,
    force: bool,
    target: &Target<'_>,
) -> Result<(Value, bool), SsaError> {
    let id = ManagerId::new(manager, Operation::Apply, target.api_version, target.subresource);
    let merged = merge(Some(live), Some(config), target.ty)?.unwrap_or_else(|| Value::Object(Map::new()));
    let previous = managers.get(&id).cloned();
    let set = to_field_set(config, target.ty)?.recursive_difference(target.ignored);
    managers.insert(
        id.clone(),
        Owned { api_version: target.api_version.into(), set, time: previous.as_ref().and_then(|p| p.time.clone()) },
    );
    let mut new = match previous.as_ref().map(|p| &p.set).filter(|s| !s.is_empty()) {
        Some(last) => prune(&merged, managers, last, target.ty)?,
        None => merged,
    };
    take_changes(live, &new, managers, Some(&id), force, target)?;
    drop_applied_nulls(&mut new, config);
    let changed = !value_eq(live, &new);
    if let Some(owned) = managers.get_mut(&id) {
        owned.set = owned.set.difference(&strip_set());
        if changed {
            owned.time = Some(target.now.into());
        }
        if owned.set.is_empty() {
            managers.remove(&id);
        }
    }
    Ok((new, changed))
}

/// Removes what the applier applied last time and no longer applies, unless another manager (or the
/// applier's new configuration) still owns it (structured-merge-diff `prune`, `addBackOwnedItems`,
/// `addBackDanglingItems`).
fn prune(merged: &Value, managers: &Managers, last: &FieldSet, ty: Ty<'_>) -> Result<Value, SsaError> {
    let ensure = |s: &FieldSet| ensure_named_fields_are_members(s, ty);
    let remove = |v: &Value, s: &FieldSet| remove_items(v, s, ty).unwrap_or_else(|| Value::Object(Map::new()));
    let last = ensure(last);
    let pruned = remove(merged, &last);

    let owned = managers.values().fold(FieldSet::new(), |acc, o| acc.union(&o.set));
    let merged_set = ensure(&to_field_set(merged, ty)?);
    let pruned_set = ensure(&to_field_set(&pruned, ty)?);
    let pruned = remove(merged, &merged_set.difference(&pruned_set.union(&ensure(&owned))));

    let pruned_set = ensure(&to_field_set(&pruned, ty)?);
    Ok(remove(merged, &merged_set.difference(&pruned_set).intersection(&last)))
}

/// An applied `null` asks for the field to be unset; the merged object keeps the null so that ownership and
/// conflicts see it, and loses it here, as decoding into a typed object does upstream.
fn drop_applied_nulls(obj: &mut Value, config: &Value) {
    let (Value::Object(out), Value::Object(cfg)) = (obj, config) else { return };
    for (k, v) in cfg {
        match v {
            Value::Null if out.get(k).is_some_and(Value::is_null) => {
                out.remove(k);
            }
            Value::Object(_) => {
                if let Some(child) = out.get_mut(k) {
                    drop_applied_nulls(child, v);
                }
            }
            _ => {}
        }
    }
}

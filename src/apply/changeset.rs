//! What an apply, prune or diff did to each object, printed as upstream prints it
//! (`Deployment/default/podinfo created`).

use std::fmt;

use api::inventory::{InventoryError, ObjectId, ResourceRef};
use serde_json::Value;

/// What happened to one object.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Action {
    Created,
    Configured,
    Unchanged,
    Deleted,
    /// Left alone on purpose: excluded by a policy label or annotation.
    Skipped,
}

impl Action {
    /// Whether the cluster changed (what upstream reports in events and logs).
    pub fn is_change(self) -> bool {
        matches!(self, Action::Created | Action::Configured | Action::Deleted)
    }
}

impl fmt::Display for Action {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Action::Created => "created",
            Action::Configured => "configured",
            Action::Unchanged => "unchanged",
            Action::Deleted => "deleted",
            Action::Skipped => "skipped",
        })
    }
}

/// An object by identity and API version: enough to find it again (an inventory entry, a health check).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ObjectRef {
    pub id: ObjectId,
    /// `apps/v1`, or `v1` for the core group.
    pub api_version: String,
}

impl ObjectRef {
    /// The identity of a manifest or live object.
    pub fn of(object: &Value) -> ObjectRef {
        let api_version = object.get("apiVersion").and_then(Value::as_str).unwrap_or_default();
        let text = |p: &str| object.pointer(p).and_then(Value::as_str).unwrap_or_default();
        ObjectRef {
            id: ObjectId::new(
                text("/metadata/namespace"),
                text("/metadata/name"),
                group_of(api_version),
                text("/kind"),
            ),
            api_version: api_version.to_string(),
        }
    }

    /// An inventory entry's object.
    pub fn from_inventory(entry: &ResourceRef) -> Result<ObjectRef, InventoryError> {
        Ok(ObjectRef { id: entry.object_id()?, api_version: entry.api_version()? })
    }

    /// The version without the group (`v1`), as inventories store it.
    pub fn version(&self) -> &str {
        self.api_version.rsplit_once('/').map_or(self.api_version.as_str(), |(_, v)| v)
    }

    /// `Kind/namespace/name`, or `Kind/name` for cluster-scoped objects.
    pub fn subject(&self) -> String {
        subject_of_id(&self.id)
    }
}

/// The group part of an apiVersion (empty for the core group).
pub(crate) fn group_of(api_version: &str) -> &str {
    api_version.rsplit_once('/').map_or("", |(g, _)| g)
}

/// `Kind/namespace/name`, or `Kind/name` when the namespace is empty, as Flux prints objects.
pub fn subject_of_id(id: &ObjectId) -> String {
    if id.namespace.is_empty() {
        format!("{}/{}", id.kind, id.name)
    } else {
        format!("{}/{}/{}", id.kind, id.namespace, id.name)
    }
}

/// [`subject_of_id`] of a manifest or live object.
pub fn subject(object: &Value) -> String {
    ObjectRef::of(object).subject()
}

/// One line of a change set.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChangeSetEntry {
    /// `Kind/namespace/name`.
    pub subject: String,
    pub id: ObjectId,
    /// The full apiVersion (`apps/v1`).
    pub api_version: String,
    pub action: Action,
}

impl ChangeSetEntry {
    pub fn new(object: &ObjectRef, action: Action) -> ChangeSetEntry {
        ChangeSetEntry {
            subject: object.subject(),
            id: object.id.clone(),
            api_version: object.api_version.clone(),
            action,
        }
    }

    /// The entry for a manifest or live object.
    pub fn of(object: &Value, action: Action) -> ChangeSetEntry {
        ChangeSetEntry::new(&ObjectRef::of(object), action)
    }

    pub fn object_ref(&self) -> ObjectRef {
        ObjectRef { id: self.id.clone(), api_version: self.api_version.clone() }
    }
}

impl fmt::Display for ChangeSetEntry {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.subject, self.action)
    }
}

/// The entries of an apply or prune, in the order the objects were handled.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ChangeSet {
    pub entries: Vec<ChangeSetEntry>,
}

impl ChangeSet {
    pub fn push(&mut self, entry: ChangeSetEntry) {
        self.entries.push(entry);
    }

    pub fn extend(&mut self, other: ChangeSet) {
        self.entries.extend(other.entries);
    }

    /// The objects of every entry.
    pub fn object_refs(&self) -> Vec<ObjectRef> {
        self.entries.iter().map(ChangeSetEntry::object_ref).collect()
    }

    /// The entries that changed the cluster, one per line (the text of upstream's apply events).
    pub fn changes(&self) -> String {
        let lines: Vec<String> = self.entries.iter().filter(|e| e.action.is_change()).map(|e| e.to_string()).collect();
        lines.join("\n")
    }
}

impl fmt::Display for ChangeSet {
    /// One entry per line, without a trailing newline.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, e) in self.entries.iter().enumerate() {
            if i > 0 {
                f.write_str("\n")?;
            }
            write!(f, "{e}")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn subjects_and_lines() {
        let ns = json!({"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": "flux-system"}});
        let dep = json!({"apiVersion": "apps/v1", "kind": "Deployment",
                         "metadata": {"name": "podinfo", "namespace": "default"}});
        assert_eq!(subject(&ns), "Namespace/flux-system");
        assert_eq!(subject(&dep), "Deployment/default/podinfo");
        let mut set = ChangeSet::default();
        set.push(ChangeSetEntry::of(&ns, Action::Unchanged));
        set.push(ChangeSetEntry::of(&dep, Action::Created));
        assert_eq!(set.to_string(), "Namespace/flux-system unchanged\nDeployment/default/podinfo created");
        assert_eq!(set.changes(), "Deployment/default/podinfo created");
        let r = ObjectRef::of(&dep);
        assert_eq!(r.id.to_string(), "default_podinfo_apps_Deployment");
        assert_eq!(r.version(), "v1");
        assert_eq!(ObjectRef::of(&ns).version(), "v1");
    }
}

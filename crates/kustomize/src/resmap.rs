//! The resources of a build, in order, with kustomize's rule that no two share an id.

use std::collections::HashSet;

use crate::resid::{Gvk, ResId};
use crate::resource::Resource;
use crate::Error;

/// An ordered set of resources.
#[derive(Debug, Clone, Default)]
pub struct ResMap {
    resources: Vec<Resource>,
    /// The ids present, by kustomize's equality; `None` after the resources were changed in place
    /// (rebuilt on the next append).
    index: Option<HashSet<IdKey>>,
}

/// An id reduced to what kustomize compares.
type IdKey = (Gvk, String, String);

fn key(id: &ResId) -> IdKey {
    (id.gvk.clone(), id.name.clone(), id.effective_namespace().to_string())
}

impl ResMap {
    /// The resources, in order.
    pub fn resources(&self) -> &[Resource] {
        &self.resources
    }

    pub(crate) fn resources_mut(&mut self) -> &mut Vec<Resource> {
        self.index = None;
        &mut self.resources
    }

    /// How many resources there are.
    pub fn len(&self) -> usize {
        self.resources.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.resources.is_empty()
    }

    /// The resources whose current id is `id` (by kustomize's id equality).
    pub fn matching(&self, id: &ResId) -> impl Iterator<Item = &Resource> {
        let id = id.clone();
        self.resources.iter().filter(move |r| r.id().same_as(&id))
    }

    /// Adds a resource, refusing one whose id is already there.
    pub(crate) fn append(&mut self, resource: Resource) -> Result<(), Error> {
        let id = resource.id();
        let resources = &self.resources;
        let index = self.index.get_or_insert_with(|| resources.iter().map(|r| key(&r.id())).collect());
        if !index.insert(key(&id)) {
            return Err(Error::Conflict { id: id.to_string(), file: resource.file.clone() });
        }
        self.resources.push(resource);
        Ok(())
    }

    /// Adds every resource of `other`, in order.
    pub(crate) fn append_all(&mut self, other: ResMap) -> Result<(), Error> {
        other.resources.into_iter().try_for_each(|r| self.append(r))
    }

    /// The build's output: each resource as kustomize prints it, `---` between them.
    ///
    /// # Errors
    /// A resource JSON cannot carry (kustomize fails the same way).
    pub fn to_yaml(&self) -> Result<String, Error> {
        let mut out = String::new();
        for (i, resource) in self.resources.iter().enumerate() {
            if i > 0 {
                out.push_str("---\n");
            }
            out.push_str(&yaml::to_string(&resource.to_json()?));
        }
        Ok(out)
    }
}

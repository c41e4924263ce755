//! Finding an object's REST endpoint by kind (discovery, cached per apiVersion and kind) and the calls the
//! applier makes on it, with objects as JSON exactly as the API server sends them.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use kube::api::{DeleteParams, GetParams, Patch, PatchParams, PropagationPolicy};
use kube::core::{ApiResource, DynamicObject, GroupVersionKind, Request};
use kube::discovery::Scope;
use kube::Resource;
use serde_json::Value;

use crate::kube_error::is_not_found;

/// A resolved kind: its REST resource and whether it is namespaced.
#[derive(Debug)]
pub(crate) struct Resolved {
    resource: ApiResource,
    namespaced: bool,
}

/// Discovery answers by (apiVersion, kind). Misses are not cached: a CRD applied in an earlier stage makes
/// its kind appear.
pub(crate) struct Discovery {
    client: kube::Client,
    cache: Mutex<HashMap<(String, String), Arc<Resolved>>>,
}

impl Discovery {
    pub(crate) fn new(client: kube::Client) -> Discovery {
        Discovery { client, cache: Mutex::new(HashMap::new()) }
    }

    /// The kind's resource; the error reads as the REST mapper's (`no matches for kind "X" in version "g/v"`).
    pub(crate) async fn resolve(&self, api_version: &str, kind: &str) -> Result<Arc<Resolved>, String> {
        let key = (api_version.to_string(), kind.to_string());
        if let Some(found) = self.cache.lock().unwrap_or_else(|e| e.into_inner()).get(&key) {
            return Ok(found.clone());
        }
        let (group, version) = api_version.rsplit_once('/').unwrap_or(("", api_version));
        let gvk = GroupVersionKind::gvk(group, version, kind);
        let no_match = || format!("no matches for kind \"{kind}\" in version \"{api_version}\"");
        let (resource, caps) = match kube::discovery::pinned_kind(&self.client, &gvk).await {
            Ok(found) => found,
            Err(kube::Error::Api(s)) if s.code != 404 => return Err(s.message),
            Err(kube::Error::Api(_)) | Err(kube::Error::Discovery(_)) => return Err(no_match()),
            Err(e) => return Err(e.to_string()),
        };
        let resolved = Arc::new(Resolved { resource, namespaced: caps.scope == Scope::Namespaced });
        self.cache.lock().unwrap_or_else(|e| e.into_inner()).insert(key, resolved.clone());
        Ok(resolved)
    }

    /// The endpoint of the object named `name` in `namespace` (ignored for cluster-scoped kinds).
    pub(crate) async fn endpoint(
        &self,
        api_version: &str,
        kind: &str,
        namespace: &str,
        name: &str,
    ) -> Result<Endpoint, String> {
        let resolved = self.resolve(api_version, kind).await?;
        let ns = resolved.namespaced.then_some(namespace);
        Ok(Endpoint {
            client: self.client.clone(),
            request: Request::new(DynamicObject::url_path(&resolved.resource, ns)),
            name: name.to_string(),
            namespaced: resolved.namespaced,
        })
    }
}

/// One object's REST endpoint.
pub(crate) struct Endpoint {
    client: kube::Client,
    request: Request,
    name: String,
    pub(crate) namespaced: bool,
}

impl Endpoint {
    /// The live object, or None when it does not exist.
    pub(crate) async fn get(&self) -> kube::Result<Option<Value>> {
        let request = self.request.get(&self.name, &GetParams::default()).map_err(kube::Error::BuildRequest)?;
        match self.client.request::<Value>(request).await {
            Ok(v) => Ok(Some(v)),
            Err(e) if is_not_found(&e) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// Server-side apply as `manager`, forcing ownership of conflicting fields.
    pub(crate) async fn apply(&self, object: &Value, manager: &str, dry_run: bool) -> kube::Result<Value> {
        let mut params = PatchParams::apply(manager).force();
        params.dry_run = dry_run;
        let request =
            self.request.patch(&self.name, &params, &Patch::Apply(object)).map_err(kube::Error::BuildRequest)?;
        self.client.request::<Value>(request).await
    }

    /// A JSON patch (RFC 6902) as `manager`.
    pub(crate) async fn json_patch(&self, ops: Vec<Value>, manager: &str) -> kube::Result<Value> {
        let patch = serde_json::from_value(Value::Array(ops)).map_err(kube::Error::SerdeError)?;
        let params = PatchParams { field_manager: Some(manager.to_string()), ..PatchParams::default() };
        let request =
            self.request.patch(&self.name, &params, &Patch::<()>::Json(patch)).map_err(kube::Error::BuildRequest)?;
        self.client.request::<Value>(request).await
    }

    /// Deletes the object; Ok(false) when it was already gone.
    pub(crate) async fn delete(&self, propagation: PropagationPolicy) -> kube::Result<bool> {
        let params = DeleteParams { propagation_policy: Some(propagation), ..DeleteParams::default() };
        let request = self.request.delete(&self.name, &params).map_err(kube::Error::BuildRequest)?;
        match self.client.request::<Value>(request).await {
            Ok(_) => Ok(true),
            Err(e) if is_not_found(&e) => Ok(false),
            Err(e) => Err(e),
        }
    }
}

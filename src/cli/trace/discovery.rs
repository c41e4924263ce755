//! Which API resource an argument means, as kubectl's REST mapper decides: `--kind`/`--api-version`
//! pairs (the kind as spelled or all lower-case), and `<resource>` arguments (`deployment`, `deploy`,
//! `deployments.apps`, `deployments.v1.apps`, a kind) over the server's preferred versions, the core group
//! first.

use std::collections::HashMap;

use k8s_openapi::apimachinery::pkg::apis::meta::v1::APIResource;
use kube::core::ApiResource;

use crate::cli::client::Kube;

/// A resource the server serves.
#[derive(Debug, Clone)]
pub struct Resource {
    pub api: ApiResource,
    pub namespaced: bool,
}

impl Resource {
    fn new(api_version: &str, r: &APIResource) -> Resource {
        let (group, version) = split_api_version(api_version);
        Resource {
            api: ApiResource {
                group: group.to_string(),
                version: version.to_string(),
                api_version: api_version.to_string(),
                kind: r.kind.clone(),
                plural: r.name.clone(),
            },
            namespaced: r.namespaced,
        }
    }

    /// The API path of one object, for error messages.
    pub fn path(&self, namespace: &str, name: &str) -> String {
        let base = if self.api.group.is_empty() {
            format!("/api/{}", self.api.version)
        } else {
            format!("/apis/{}", self.api.api_version)
        };
        if self.namespaced {
            format!("{base}/namespaces/{namespace}/{}/{name}", self.api.plural)
        } else {
            format!("{base}/{}/{name}", self.api.plural)
        }
    }
}

/// `apps/v1` → (`apps`, `v1`); `v1` → (``, `v1`).
pub fn split_api_version(api_version: &str) -> (&str, &str) {
    api_version.split_once('/').unwrap_or(("", api_version))
}

/// The server's resources, fetched as needed and remembered for the command's lifetime.
pub struct Discovery<'a> {
    kube: &'a Kube,
    /// Resource lists by group version; `None` when the server does not serve it.
    versions: HashMap<String, Option<Vec<APIResource>>>,
    /// Every group's preferred version, core first, in the server's order.
    preferred: Option<Vec<String>>,
}

impl<'a> Discovery<'a> {
    pub fn new(kube: &'a Kube) -> Discovery<'a> {
        Discovery { kube, versions: HashMap::new(), preferred: None }
    }

    async fn resources(&mut self, api_version: &str) -> Result<Option<&[APIResource]>, String> {
        if !self.versions.contains_key(api_version) {
            let client = self.kube.throttled().await;
            let (group, version) = split_api_version(api_version);
            let (listed, path) = if group.is_empty() {
                (client.list_core_api_resources(version).await, format!("/api/{version}"))
            } else {
                (client.list_api_group_resources(api_version).await, format!("/apis/{api_version}"))
            };
            let found = match listed {
                Ok(list) => Some(list.resources.into_iter().filter(|r| !r.name.contains('/')).collect()),
                Err(kube::Error::Api(s)) if s.code == 404 => None,
                Err(e) => return Err(self.kube.describe(&e, &path)),
            };
            self.versions.insert(api_version.to_string(), found);
        }
        Ok(self.versions.get(api_version).and_then(|r| r.as_deref()))
    }

    /// The resource of `kind` in `api_version` (kubectl's `RESTMapping`): the kind as the server spells
    /// it, or all lower-case.
    pub async fn for_kind(&mut self, api_version: &str, kind: &str) -> Result<Resource, String> {
        let found = self
            .resources(api_version)
            .await?
            .and_then(|all| all.iter().find(|r| r.kind == kind || r.kind.to_lowercase() == kind))
            .map(|r| Resource::new(api_version, r));
        found.ok_or_else(|| format!("no matches for kind {kind:?} in version {api_version:?}"))
    }

    async fn preferred_versions(&mut self) -> Result<Vec<String>, String> {
        if let Some(p) = &self.preferred {
            return Ok(p.clone());
        }
        let client = self.kube.throttled().await;
        let groups = client.list_api_groups().await.map_err(|e| self.kube.describe(&e, "/apis"))?;
        let mut preferred = vec!["v1".to_string()];
        for group in groups.groups {
            let version = group.preferred_version.map(|v| v.group_version);
            if let Some(gv) = version.or_else(|| group.versions.first().map(|v| v.group_version.clone())) {
                preferred.push(gv);
            }
        }
        self.preferred = Some(preferred.clone());
        Ok(preferred)
    }

    /// The resource a `<resource>` argument names, as `kubectl get <resource> <name>` resolves it.
    pub async fn for_argument(&mut self, arg: &str) -> Result<Resource, String> {
        let lower = arg.to_lowercase();
        let parts: Vec<&str> = lower.splitn(3, '.').collect();
        // resource.version.group, then resource.group (any version), then resource alone.
        let mut wanted: Vec<(&str, Option<&str>, Option<String>)> = Vec::new();
        if parts.len() == 3 {
            wanted.push((parts[0], Some(parts[1]), Some(parts[2].to_string())));
        }
        match lower.split_once('.') {
            Some((resource, group)) => wanted.push((resource, None, Some(group.to_string()))),
            None => wanted.push((&lower, None, None)),
        }
        let preferred = self.preferred_versions().await?;
        // Resource names (plural, singular, short names) first, in every group; kinds after.
        for by_kind in [false, true] {
            for (name, version, group) in &wanted {
                let versions: Vec<String> = match (version, group) {
                    (Some(v), Some(g)) => vec![format!("{g}/{v}")],
                    (None, Some(g)) => preferred.iter().filter(|gv| split_api_version(gv).0 == g).cloned().collect(),
                    _ => preferred.clone(),
                };
                for gv in versions {
                    let matches = |r: &&APIResource| {
                        if by_kind {
                            return r.kind.to_lowercase() == *name;
                        }
                        r.name == *name || r.singular_name == *name || r.short_names.iter().flatten().any(|s| s == name)
                    };
                    if let Some(r) = self.resources(&gv).await?.and_then(|all| all.iter().find(matches)) {
                        return Ok(Resource::new(&gv, r));
                    }
                }
            }
        }
        let resource = arg.split_once('.').map(|(r, _)| r).unwrap_or(arg);
        Err(format!("the server doesn't have a resource type {resource:?}"))
    }
}

//! The resources kube-apiserver v1.33 serves with its default `--runtime-config`.
//!
//! Discovery (`/api/v1`, `/apis/<group>/<version>`, aggregated discovery), request routing, scope
//! checks and `kubectl api-resources` all read this one table, so clients that build a RESTMapper
//! from discovery (kubectl, kube-rs, client-go) see the plural names, short names, categories, verbs
//! and subresources a real v1.33 cluster shows them.
//!
//! Only group-versions enabled by default are here: every GA version, and none of the beta or alpha
//! ones, because since v1.24 new beta APIs are off by default and v1.33 serves no legacy beta
//! resource any more (`flowcontrol.apiserver.k8s.io/v1beta3` was the last, removed in v1.32). So
//! `resource.k8s.io` (all beta or alpha in v1.33) is absent, and `networking.k8s.io/v1` has the
//! `ipaddresses` and `servicecidrs` that went GA in v1.33.
//!
//! The data lives in `data/resources-1.33.json`, one entry per resource, in the order discovery
//! lists them: group-versions in `/apis` order (core first), resources sorted by plural within each.
//!
//! ```
//! use k8s_schema::resources;
//!
//! let deploy = resources::find_by_plural("apps", "v1", "deployments").unwrap();
//! assert_eq!(deploy.kind, "Deployment");
//! assert_eq!(deploy.short_names, ["deploy"]);
//! assert_eq!(deploy.subresource("scale").unwrap().kind, "Scale");
//! ```

use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

/// The embedded table. It is data rather than code so it reads like `kubectl api-resources` and
/// can be diffed against a cluster's discovery documents.
const RESOURCES_1_33: &str = include_str!("../data/resources-1.33.json");

/// One resource of one group-version, as discovery describes it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ApiResource {
    /// The API group; `""` is the core (legacy) group served under `/api`.
    pub group: String,
    pub version: String,
    pub kind: String,
    /// The URL path segment, e.g. `deployments`.
    pub plural: String,
    pub singular: String,
    pub namespaced: bool,
    /// Sorted, as kube-apiserver's discovery sorts them.
    pub verbs: Vec<String>,
    pub short_names: Vec<String>,
    pub categories: Vec<String>,
    /// Sorted by name.
    pub subresources: Vec<Subresource>,
}

/// A subresource (`pods/log`, `deployments/scale`, …). Its scope is its parent's.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Subresource {
    /// The last path segment: `status`, `scale`, `log`, `exec`, `finalize`, …
    pub name: String,
    /// The kind the subresource speaks, which need not be the parent's: `deployments/scale` is an
    /// `autoscaling/v1` `Scale`, `pods/eviction` a `policy/v1` `Eviction`, `pods/exec` a
    /// `PodExecOptions`.
    pub kind: String,
    pub group: String,
    pub version: String,
    pub verbs: Vec<String>,
}

impl ApiResource {
    /// `apps/v1`, or `v1` for the core group.
    pub fn api_version(&self) -> String {
        api_version(&self.group, &self.version)
    }

    /// The subresource called `name`, if this resource has it.
    pub fn subresource(&self, name: &str) -> Option<&Subresource> {
        self.subresources.iter().find(|s| s.name == name)
    }

    /// Whether `verb` (`get`, `list`, `watch`, `create`, `update`, `patch`, `delete`,
    /// `deletecollection`) is served on the resource itself.
    pub fn supports(&self, verb: &str) -> bool {
        self.verbs.iter().any(|v| v == verb)
    }
}

impl Subresource {
    /// The API version of the subresource's kind, e.g. `autoscaling/v1` for `Scale`.
    pub fn api_version(&self) -> String {
        api_version(&self.group, &self.version)
    }
}

fn api_version(group: &str, version: &str) -> String {
    if group.is_empty() {
        version.to_string()
    } else {
        format!("{group}/{version}")
    }
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct Table {
    /// Documents which release the file describes; the code does not branch on it.
    #[serde(rename = "kubernetesVersion")]
    _kubernetes_version: String,
    group_versions: Vec<GroupVersions>,
    resources: Vec<ApiResource>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct GroupVersions {
    group: String,
    versions: Vec<String>,
}

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| {
        serde_json::from_str(RESOURCES_1_33).expect(
            "data/resources-1.33.json is compiled in and cannot change at run time; \
             the unit test `embedded_table_parses` parses it on every test run",
        )
    })
}

/// Every built-in resource, in the order discovery lists them: group-versions in the order of
/// [`group_versions`] (versions of a group preferred first), resources sorted by plural.
pub fn builtin() -> &'static [ApiResource] {
    &table().resources
}

/// The served groups in the order kube-apiserver's `/apis` lists them, with the core group (`""`,
/// served under `/api`) first; each group's versions preferred first.
///
/// The order is kube-apiserver's group priority (`DefaultGenericAPIServicePriorities` and the
/// kube-apiserver additions). It matters: client-go's RESTMapper prefers the earlier group when a
/// name is ambiguous, which is why `kubectl get events` means core `v1` events, not `events.k8s.io`.
pub fn group_versions() -> Vec<(String, Vec<String>)> {
    table().group_versions.iter().map(|gv| (gv.group.clone(), gv.versions.clone())).collect()
}

/// The resource served at `/apis/<group>/<version>/<plural>` (or `/api/v1/<plural>`).
/// Subresource paths such as `pods/log` are not resources: look up `pods` and then
/// [`ApiResource::subresource`].
pub fn find_by_plural(group: &str, version: &str, plural: &str) -> Option<&'static ApiResource> {
    builtin().iter().find(|r| r.group == group && r.version == version && r.plural == plural)
}

/// The resource whose objects are `kind` in `group`/`version`. Within one group-version a kind
/// names at most one resource (the test `kinds_are_unique_within_a_group_version` keeps it so).
pub fn find_by_kind(group: &str, version: &str, kind: &str) -> Option<&'static ApiResource> {
    builtin().iter().find(|r| r.group == group && r.version == version && r.kind == kind)
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use super::*;

    const ALL_VERBS: [&str; 8] = ["create", "delete", "deletecollection", "get", "list", "patch", "update", "watch"];

    fn res(group: &str, version: &str, plural: &str) -> &'static ApiResource {
        find_by_plural(group, version, plural).unwrap_or_else(|| panic!("{group}/{version} {plural} missing"))
    }

    fn sub_names(r: &ApiResource) -> Vec<&str> {
        r.subresources.iter().map(|s| s.name.as_str()).collect()
    }

    #[test]
    fn embedded_table_parses() {
        let parsed: Table = serde_json::from_str(RESOURCES_1_33).unwrap();
        assert_eq!(parsed._kubernetes_version, "1.33");
        assert_eq!(parsed.resources.len(), builtin().len());
    }

    #[test]
    fn counts() {
        let gvs = group_versions();
        assert_eq!(gvs.len(), 20, "groups");
        assert_eq!(gvs.iter().map(|(_, v)| v.len()).sum::<usize>(), 21, "group-versions");
        assert_eq!(builtin().len(), 61);
    }

    #[test]
    fn no_duplicate_plural_within_a_group_version() {
        let mut seen = HashSet::new();
        for r in builtin() {
            assert!(seen.insert((&r.group, &r.version, &r.plural)), "duplicate {} {}", r.api_version(), r.plural);
        }
    }

    #[test]
    fn kinds_are_unique_within_a_group_version() {
        let mut seen = HashSet::new();
        for r in builtin() {
            assert!(seen.insert((&r.group, &r.version, &r.kind)), "duplicate {} {}", r.api_version(), r.kind);
        }
    }

    #[test]
    fn verbs_are_known_sorted_and_non_empty() {
        for r in builtin() {
            let lists = std::iter::once((r.plural.clone(), &r.verbs))
                .chain(r.subresources.iter().map(|s| (format!("{}/{}", r.plural, s.name), &s.verbs)));
            for (name, verbs) in lists {
                assert!(!verbs.is_empty(), "{name} has no verbs");
                assert!(verbs.windows(2).all(|w| w[0] < w[1]), "{name} verbs not sorted: {verbs:?}");
                assert!(verbs.iter().all(|v| ALL_VERBS.contains(&v.as_str())), "{name}: {verbs:?}");
            }
        }
    }

    #[test]
    fn names_are_lowercase_and_singular_is_the_kind() {
        for r in builtin() {
            assert_eq!(r.plural, r.plural.to_lowercase());
            assert_eq!(r.singular, r.kind.to_lowercase(), "{}", r.plural);
            assert!(r.subresources.windows(2).all(|w| w[0].name < w[1].name), "{} subresources", r.plural);
        }
    }

    #[test]
    fn short_names_are_unique_across_groups() {
        // kubectl resolves a short name without a group, so two built-ins sharing one would be
        // ambiguous. The exception is `ev`, which core and events.k8s.io Event both claim upstream.
        let mut owner = std::collections::HashMap::new();
        for r in builtin().iter().filter(|r| r.group != "events.k8s.io") {
            for s in &r.short_names {
                let first = owner.entry(s.as_str()).or_insert((&r.group, &r.plural));
                assert_eq!(*first, (&r.group, &r.plural), "short name {s} names two resources");
            }
        }
    }

    #[test]
    fn order_follows_group_versions_then_plural() {
        let order: Vec<(String, String)> =
            group_versions().into_iter().flat_map(|(g, vs)| vs.into_iter().map(move |v| (g.clone(), v))).collect();
        assert_eq!(order[0], ("".to_string(), "v1".to_string()));
        let position = |r: &ApiResource| {
            order
                .iter()
                .position(|(g, v)| *g == r.group && *v == r.version)
                .unwrap_or_else(|| panic!("{} not listed", r.api_version()))
        };
        for w in builtin().windows(2) {
            let (a, b) = (position(&w[0]), position(&w[1]));
            assert!(a < b || (a == b && w[0].plural < w[1].plural), "{} before {}", w[0].plural, w[1].plural);
        }
        // Every listed group-version serves something.
        for (g, v) in &order {
            assert!(builtin().iter().any(|r| r.group == *g && r.version == *v), "{g}/{v} is empty");
        }
    }

    #[test]
    fn only_default_enabled_versions() {
        for (group, versions) in group_versions() {
            for v in versions {
                assert!(!v.contains("alpha") && !v.contains("beta"), "{group}/{v} is not on by default in 1.33");
            }
        }
        assert!(group_versions().iter().all(|(g, _)| g != "resource.k8s.io"));
        let autoscaling = group_versions().into_iter().find(|(g, _)| g == "autoscaling").map(|(_, v)| v);
        assert_eq!(autoscaling, Some(vec!["v2".to_string(), "v1".to_string()]));
    }

    #[test]
    fn namespaces() {
        let ns = res("", "v1", "namespaces");
        assert!(!ns.namespaced);
        assert_eq!(ns.short_names, ["ns"]);
        // Namespaces are deleted one at a time, through the namespace controller's finalization.
        assert!(!ns.supports("deletecollection"));
        assert_eq!(sub_names(ns), ["finalize", "status"]);
        assert_eq!(ns.subresource("finalize").unwrap().verbs, ["update"]);
    }

    #[test]
    fn deployments() {
        let d = res("apps", "v1", "deployments");
        assert!(d.namespaced);
        assert_eq!(d.short_names, ["deploy"]);
        assert_eq!(d.categories, ["all"]);
        assert_eq!(d.verbs, ALL_VERBS);
        assert_eq!(sub_names(d), ["scale", "status"]);
        let scale = d.subresource("scale").unwrap();
        assert_eq!((scale.api_version().as_str(), scale.kind.as_str()), ("autoscaling/v1", "Scale"));
        assert_eq!(scale.verbs, ["get", "patch", "update"]);
        let status = d.subresource("status").unwrap();
        assert_eq!((status.api_version().as_str(), status.kind.as_str()), ("apps/v1", "Deployment"));
    }

    #[test]
    fn pods() {
        let p = res("", "v1", "pods");
        assert_eq!(p.short_names, ["po"]);
        assert_eq!(p.categories, ["all"]);
        assert_eq!(
            sub_names(p),
            [
                "attach",
                "binding",
                "ephemeralcontainers",
                "eviction",
                "exec",
                "log",
                "portforward",
                "proxy",
                "resize",
                "status"
            ]
        );
        let eviction = p.subresource("eviction").unwrap();
        assert_eq!((eviction.api_version().as_str(), eviction.kind.as_str()), ("policy/v1", "Eviction"));
        assert_eq!(p.subresource("exec").unwrap().kind, "PodExecOptions");
        assert_eq!(p.subresource("exec").unwrap().verbs, ["create", "get"]);
        assert_eq!(p.subresource("log").unwrap().verbs, ["get"]);
        assert_eq!(p.subresource("proxy").unwrap().verbs, ["create", "delete", "get", "patch", "update"]);
    }

    #[test]
    fn create_only_and_read_only_resources() {
        for (g, plural) in [
            ("", "bindings"),
            ("authentication.k8s.io", "tokenreviews"),
            ("authentication.k8s.io", "selfsubjectreviews"),
            ("authorization.k8s.io", "subjectaccessreviews"),
            ("authorization.k8s.io", "selfsubjectaccessreviews"),
            ("authorization.k8s.io", "selfsubjectrulesreviews"),
            ("authorization.k8s.io", "localsubjectaccessreviews"),
        ] {
            assert_eq!(res(g, "v1", plural).verbs, ["create"], "{plural}");
        }
        assert_eq!(res("", "v1", "componentstatuses").verbs, ["get", "list"]);
        assert!(res("authorization.k8s.io", "v1", "localsubjectaccessreviews").namespaced);
        assert!(!res("authorization.k8s.io", "v1", "subjectaccessreviews").namespaced);
    }

    #[test]
    fn other_subresources() {
        let token = res("", "v1", "serviceaccounts").subresource("token").unwrap();
        assert_eq!((token.api_version().as_str(), token.kind.as_str()), ("authentication.k8s.io/v1", "TokenRequest"));
        let csr = res("certificates.k8s.io", "v1", "certificatesigningrequests");
        assert_eq!(sub_names(csr), ["approval", "status"]);
        assert_eq!(sub_names(res("", "v1", "replicationcontrollers")), ["scale", "status"]);
        assert_eq!(sub_names(res("apiextensions.k8s.io", "v1", "customresourcedefinitions")), ["status"]);
        assert!(res("", "v1", "configmaps").subresources.is_empty());
    }

    #[test]
    fn lookups() {
        assert_eq!(find_by_kind("", "v1", "Endpoints").map(|r| r.plural.as_str()), Some("endpoints"));
        assert_eq!(
            find_by_kind("autoscaling", "v1", "HorizontalPodAutoscaler").map(|r| r.version.as_str()),
            Some("v1")
        );
        assert_eq!(
            find_by_plural("networking.k8s.io", "v1", "servicecidrs").map(|r| r.kind.as_str()),
            Some("ServiceCIDR")
        );
        // Subresource paths and kinds are not resources.
        assert!(find_by_plural("", "v1", "pods/log").is_none());
        assert!(find_by_kind("autoscaling", "v1", "Scale").is_none());
        // Off by default in 1.33.
        assert!(find_by_plural("storage.k8s.io", "v1beta1", "volumeattributesclasses").is_none());
        assert!(find_by_plural("resource.k8s.io", "v1beta1", "resourceclaims").is_none());
    }
}

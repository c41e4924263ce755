//! `openapi`: which schema the strategic merge and the namespace scoping of a build read.
//!
//! kustomize keeps this choice in process-wide state (kyaml's `openapi` package): the top
//! kustomization's `openapi` field decides it before anything is built; without one, the first
//! base or component whose kustomization has one (in the order they are loaded) does, and later
//! ones are ignored. `version` may only name the built-in schema (`v1.21.2`); `path` names a
//! schema file (Swagger 2.0, JSON or YAML) that then **replaces** the built-in schema: strategic
//! merge finds merge keys only in it, and the types its `paths` list decide which types are
//! cluster-scoped (a `get` path without `namespaces/{namespace}` for a type is cluster-scoped),
//! after kustomize's own table of the built-in types. One exception, from kyaml's lazy loading:
//! when a strategic merge already read the built-in schema before a base chose a file, the file's
//! definitions are added to the built-in ones (replacing those of the same name).
//!
//! The engine keeps the same choice for the duration of one build, in state local to the
//! building thread ([`BuildScope`]), because what it changes — a type's scope — is asked deep
//! inside identity comparisons everywhere.

use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap};
use std::rc::Rc;

use k8s_schema::Definitions;
use serde_json::Value;

/// The only built-in schema version (kustomize's default).
const BUILTIN_VERSION: &str = "v1.21.2";

/// The built-in types kustomize knows to be namespaced (its precomputed table; the cluster-scoped
/// ones are in `resid.rs`): a custom schema cannot change their scope.
const NAMESPACED: &[(&str, &str)] = &[
    ("apps/v1", "ControllerRevision"),
    ("apps/v1", "DaemonSet"),
    ("apps/v1", "Deployment"),
    ("apps/v1", "ReplicaSet"),
    ("apps/v1", "StatefulSet"),
    ("autoscaling/v1", "HorizontalPodAutoscaler"),
    ("autoscaling/v1", "Scale"),
    ("autoscaling/v2beta1", "HorizontalPodAutoscaler"),
    ("autoscaling/v2beta2", "HorizontalPodAutoscaler"),
    ("batch/v1", "CronJob"),
    ("batch/v1", "Job"),
    ("batch/v1beta1", "CronJob"),
    ("coordination.k8s.io/v1", "Lease"),
    ("coordination.k8s.io/v1beta1", "Lease"),
    ("discovery.k8s.io/v1", "EndpointSlice"),
    ("discovery.k8s.io/v1beta1", "EndpointSlice"),
    ("events.k8s.io/v1", "Event"),
    ("events.k8s.io/v1beta1", "Event"),
    ("extensions/v1beta1", "Ingress"),
    ("networking.k8s.io/v1", "Ingress"),
    ("networking.k8s.io/v1", "NetworkPolicy"),
    ("networking.k8s.io/v1beta1", "Ingress"),
    ("policy/v1", "PodDisruptionBudget"),
    ("policy/v1beta1", "PodDisruptionBudget"),
    ("rbac.authorization.k8s.io/v1", "Role"),
    ("rbac.authorization.k8s.io/v1", "RoleBinding"),
    ("rbac.authorization.k8s.io/v1beta1", "Role"),
    ("rbac.authorization.k8s.io/v1beta1", "RoleBinding"),
    ("storage.k8s.io/v1beta1", "CSIStorageCapacity"),
    ("v1", "ConfigMap"),
    ("v1", "Endpoints"),
    ("v1", "Event"),
    ("v1", "LimitRange"),
    ("v1", "PersistentVolumeClaim"),
    ("v1", "Pod"),
    ("v1", "PodAttachOptions"),
    ("v1", "PodExecOptions"),
    ("v1", "PodPortForwardOptions"),
    ("v1", "PodProxyOptions"),
    ("v1", "PodTemplate"),
    ("v1", "ReplicationController"),
    ("v1", "ResourceQuota"),
    ("v1", "Secret"),
    ("v1", "Service"),
    ("v1", "ServiceAccount"),
    ("v1", "ServiceProxyOptions"),
];

/// A schema file given with `openapi: {path: …}`.
pub(crate) struct Custom {
    definitions: Definitions,
    /// Types its `paths` list: `(apiVersion, kind)` → namespaced.
    namespaced: HashMap<(String, String), bool>,
}

/// The choice made so far in this build (kyaml's `kubernetesOpenAPIVersion` and custom schema).
#[derive(Default)]
struct State {
    /// `""` until a kustomization names a version or a schema file (`custom` then).
    version: String,
    custom: Option<Rc<Custom>>,
    /// A strategic merge has read the built-in schema: kyaml has loaded it into its global schema,
    /// and a schema file chosen later adds its definitions to it instead of replacing it.
    builtin_loaded: bool,
}

thread_local! {
    static STATE: RefCell<State> = RefCell::new(State::default());
}

/// The schema choice of one build: starts empty, forgotten when the scope ends (even on a panic).
pub(crate) struct BuildScope(());

impl BuildScope {
    pub(crate) fn start() -> BuildScope {
        STATE.with(|s| *s.borrow_mut() = State::default());
        BuildScope(())
    }
}

impl Drop for BuildScope {
    fn drop(&mut self) {
        STATE.with(|s| *s.borrow_mut() = State::default());
    }
}

/// kustomize's `SetSchema`: applies a kustomization's `openapi` field (`schema` is the content
/// of its `path`, read by the caller). The top kustomization applies it unconditionally (`top`),
/// the others only while nothing has been chosen.
///
/// # Errors
/// Both a version and a schema file, a version that is not built in, a schema file that is not
/// a Swagger document.
pub(crate) fn set(field: &BTreeMap<String, String>, schema: Option<&[u8]>, top: bool) -> Result<(), String> {
    STATE.with(|state| {
        let mut state = state.borrow_mut();
        if !top && (!state.version.is_empty() || state.custom.is_some()) {
            return Ok(());
        }
        let version = field.get("version");
        if let Some(schema) = schema {
            if version.is_some() {
                return Err("builtin version and custom schema provided, cannot use both".into());
            }
            let (mut definitions, namespaced) = parse(schema).map_err(|e| format!("invalid schema file: {e}"))?;
            if state.builtin_loaded {
                let mut all: serde_json::Map<String, Value> =
                    Definitions::k8s_1_21().iter().map(|(name, d)| (name.to_string(), d.clone())).collect();
                all.append(&mut definitions);
                definitions = all;
            }
            state.custom = Some(Rc::new(Custom { definitions: Definitions::from_defs(definitions), namespaced }));
            state.version = "custom".into();
            return Ok(());
        }
        state.version = version.cloned().unwrap_or_default();
        if state.version.is_empty() {
            return Ok(());
        }
        if state.version != BUILTIN_VERSION {
            return Err("the specified OpenAPI version is not built in".into());
        }
        state.custom = None;
        Ok(())
    })
}

/// The schema strategic merge reads now.
pub(crate) fn current() -> Schema {
    STATE.with(|s| {
        let mut state = s.borrow_mut();
        match &state.custom {
            Some(custom) => Schema::Custom(Rc::clone(custom)),
            None => {
                state.builtin_loaded = true;
                Schema::Builtin
            }
        }
    })
}

/// A handle on the schema in use.
pub(crate) enum Schema {
    /// kustomize's Kubernetes 1.21 schema.
    Builtin,
    Custom(Rc<Custom>),
}

impl Schema {
    pub(crate) fn definitions(&self) -> &Definitions {
        match self {
            Schema::Builtin => Definitions::k8s_1_21(),
            Schema::Custom(custom) => &custom.definitions,
        }
    }
}

/// Whether a type that kustomize's table of cluster-scoped built-in types does not list is
/// cluster-scoped all the same: only when a custom schema says so, for a type that is not one of
/// the built-in namespaced ones.
pub(crate) fn cluster_scoped_by_schema(api_version: &str, kind: &str) -> bool {
    STATE.with(|s| {
        let state = s.borrow();
        let Some(custom) = &state.custom else { return false };
        if NAMESPACED.iter().any(|(v, k)| *k == kind && *v == api_version) {
            return false;
        }
        custom.namespaced.get(&(api_version.to_string(), kind.to_string())) == Some(&false)
    })
}

/// The definitions of a schema file, and the scope of the types its `paths` serve.
type Parsed = (serde_json::Map<String, Value>, HashMap<(String, String), bool>);

/// Reads a Swagger 2.0 document: its `definitions` and the scope of the types its `paths` serve.
fn parse(content: &[u8]) -> Result<Parsed, String> {
    let text = std::str::from_utf8(content).map_err(|_| "the file is not UTF-8".to_string())?;
    if text.trim().is_empty() {
        return Err("the file is empty".into());
    }
    let value: Value = if content[0] == b'{' {
        serde_json::from_str(text).map_err(|e| e.to_string())?
    } else {
        yaml::from_str(text).map_err(|e| e.to_string())?
    };
    let Value::Object(mut document) = value else {
        return Err("the schema is not a mapping".into());
    };
    let definitions = match document.remove("definitions") {
        None | Some(Value::Null) => serde_json::Map::new(),
        Some(Value::Object(d)) => d,
        Some(_) => return Err("'definitions' is not a mapping".into()),
    };
    if let Some((name, _)) = definitions.iter().find(|(_, d)| !d.is_object()) {
        return Err(format!("the definition '{name}' is not a schema"));
    }
    let mut namespaced = HashMap::new();
    match document.get("paths") {
        None | Some(Value::Null) => {}
        Some(Value::Object(paths)) => {
            for (path, operations) in paths {
                let Some(gvk) = operations.get("get").and_then(|g| g.get("x-kubernetes-group-version-kind")) else {
                    continue;
                };
                let text = |key: &str| gvk.get(key).and_then(Value::as_str);
                let (Some(version), Some(kind)) = (text("version"), text("kind")) else { continue };
                let api_version = match text("group").filter(|g| !g.is_empty()) {
                    Some(group) => format!("{group}/{version}"),
                    None => version.to_string(),
                };
                let key = (api_version, kind.to_string());
                // A namespaced path wins over any other path of the same type.
                if path.contains("namespaces/{namespace}") {
                    namespaced.insert(key, true);
                } else {
                    namespaced.entry(key).or_insert(false);
                }
            }
        }
        Some(_) => return Err("'paths' is not a mapping".into()),
    }
    Ok((definitions, namespaced))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn field(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
        pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
    }

    #[test]
    fn the_first_choice_sticks_below_the_top() {
        let _scope = BuildScope::start();
        set(&field(&[]), None, true).unwrap();
        let schema = br#"{"definitions": {}, "paths": {"/apis/x.io/v1/things/{name}": {"get":
            {"x-kubernetes-group-version-kind": {"group": "x.io", "version": "v1", "kind": "Thing"}}}}}"#;
        set(&field(&[("path", "s.json")]), Some(schema), false).unwrap();
        assert!(cluster_scoped_by_schema("x.io/v1", "Thing"));
        // A later base's choice is ignored, even an invalid one.
        set(&field(&[("version", "v1.14.0")]), None, false).unwrap();
        assert!(matches!(current(), Schema::Custom(_)));
        assert!(!cluster_scoped_by_schema("v1", "ConfigMap"));
    }

    #[test]
    fn versions_must_be_built_in() {
        let _scope = BuildScope::start();
        assert_eq!(
            set(&field(&[("version", "v1.14.0")]), None, true).unwrap_err(),
            "the specified OpenAPI version is not built in"
        );
        set(&field(&[("version", "v1.21.2")]), None, true).unwrap();
        assert_eq!(
            set(&field(&[("version", "v1.21.2")]), Some(b"{}"), true).unwrap_err(),
            "builtin version and custom schema provided, cannot use both"
        );
    }
}

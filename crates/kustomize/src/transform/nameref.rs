//! Name references: after names changed (prefix, suffix, namespace, hash), every field that names
//! another resource is made to name it by its new name — kustomize's `nameReference` transformer,
//! run once over the whole build.
//!
//! A referrer field holds an old name. The resource it means is found among those that once had
//! that name (their previous ids), of the table's type, in a namespace the referrer can see; when
//! several remain, those whose name prefixes and suffixes match the referrer's win; candidates that
//! would all give the same answer count as one; otherwise the build fails. A resource that was
//! never renamed or moved is never a candidate, as in kustomize.

use std::collections::{HashMap, HashSet};

use yaml::node::{Node, Scalar, Tag};

use crate::fieldspec::{visit, Create, FieldSpec};
use crate::node;
use crate::resid::{Gvk, ResId};
use crate::resmap::ResMap;
use crate::resource::Resource;

/// A type that can be referred to by name, and the fields of other types that hold such names (a
/// `nameReference` entry of a transformer configuration).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BackReference {
    pub target: Gvk,
    pub referrers: Vec<FieldSpec>,
}

/// A referrer field: kind, group, version of the referring type, and the path of the field.
type Field = (&'static str, &'static str, &'static str, &'static str);

/// kustomize's built-in `nameReference` table (kind, group, version of the referred-to type, and its
/// referrers), in the order kustomize sorts its configuration: by its legacy kind order, then by
/// `group_version_kind`. That order is the order in which a referrer's fields are updated.
/// `IngressClass` carries kustomize's own typo (`networking.k8s.io/v1` as the group), so it never
/// matches, as in kustomize.
const TABLE: &[(&str, &str, &str, &[Field])] = &[
    (
        "StorageClass",
        "storage.k8s.io",
        "v1",
        &[
            ("PersistentVolume", "", "", "spec/storageClassName"),
            ("PersistentVolumeClaim", "", "", "spec/storageClassName"),
            ("StatefulSet", "", "", "spec/volumeClaimTemplates/spec/storageClassName"),
        ],
    ),
    (
        "ServiceAccount",
        "",
        "v1",
        &[
            ("RoleBinding", "rbac.authorization.k8s.io", "", "subjects"),
            ("ClusterRoleBinding", "rbac.authorization.k8s.io", "", "subjects"),
            ("Pod", "", "", "spec/serviceAccountName"),
            ("StatefulSet", "", "", "spec/template/spec/serviceAccountName"),
            ("Deployment", "", "", "spec/template/spec/serviceAccountName"),
            ("ReplicationController", "", "", "spec/template/spec/serviceAccountName"),
            ("CronJob", "", "", "spec/jobTemplate/spec/template/spec/serviceAccountName"),
            ("Job", "", "", "spec/template/spec/serviceAccountName"),
            ("DaemonSet", "", "", "spec/template/spec/serviceAccountName"),
        ],
    ),
    ("Role", "rbac.authorization.k8s.io", "", &[("RoleBinding", "rbac.authorization.k8s.io", "", "roleRef/name")]),
    (
        "ClusterRole",
        "rbac.authorization.k8s.io",
        "",
        &[
            ("RoleBinding", "rbac.authorization.k8s.io", "", "roleRef/name"),
            ("ClusterRoleBinding", "rbac.authorization.k8s.io", "", "roleRef/name"),
        ],
    ),
    (
        "ConfigMap",
        "",
        "v1",
        &[
            ("Pod", "", "v1", "spec/volumes/configMap/name"),
            ("Pod", "", "v1", "spec/containers/env/valueFrom/configMapKeyRef/name"),
            ("Pod", "", "v1", "spec/initContainers/env/valueFrom/configMapKeyRef/name"),
            ("Pod", "", "v1", "spec/containers/envFrom/configMapRef/name"),
            ("Pod", "", "v1", "spec/initContainers/envFrom/configMapRef/name"),
            ("Pod", "", "v1", "spec/volumes/projected/sources/configMap/name"),
            ("PodTemplate", "", "", "template/spec/volumes/configMap/name"),
            ("PodTemplate", "", "", "template/spec/containers/env/valueFrom/configMapKeyRef/name"),
            ("PodTemplate", "", "", "template/spec/initContainers/env/valueFrom/configMapKeyRef/name"),
            ("PodTemplate", "", "", "template/spec/containers/envFrom/configMapRef/name"),
            ("PodTemplate", "", "", "template/spec/initContainers/envFrom/configMapRef/name"),
            ("PodTemplate", "", "", "template/spec/volumes/projected/sources/configMap/name"),
            ("Deployment", "", "", "spec/template/spec/volumes/configMap/name"),
            ("Deployment", "", "", "spec/template/spec/containers/env/valueFrom/configMapKeyRef/name"),
            ("Deployment", "", "", "spec/template/spec/initContainers/env/valueFrom/configMapKeyRef/name"),
            ("Deployment", "", "", "spec/template/spec/containers/envFrom/configMapRef/name"),
            ("Deployment", "", "", "spec/template/spec/initContainers/envFrom/configMapRef/name"),
            ("Deployment", "", "", "spec/template/spec/volumes/projected/sources/configMap/name"),
            ("ReplicaSet", "", "", "spec/template/spec/volumes/configMap/name"),
            ("ReplicaSet", "", "", "spec/template/spec/containers/env/valueFrom/configMapKeyRef/name"),
            ("ReplicaSet", "", "", "spec/template/spec/initContainers/env/valueFrom/configMapKeyRef/name"),
            ("ReplicaSet", "", "", "spec/template/spec/containers/envFrom/configMapRef/name"),
            ("ReplicaSet", "", "", "spec/template/spec/initContainers/envFrom/configMapRef/name"),
            ("ReplicaSet", "", "", "spec/template/spec/volumes/projected/sources/configMap/name"),
            ("DaemonSet", "", "", "spec/template/spec/volumes/configMap/name"),
            ("DaemonSet", "", "", "spec/template/spec/containers/env/valueFrom/configMapKeyRef/name"),
            ("DaemonSet", "", "", "spec/template/spec/initContainers/env/valueFrom/configMapKeyRef/name"),
            ("DaemonSet", "", "", "spec/template/spec/containers/envFrom/configMapRef/name"),
            ("DaemonSet", "", "", "spec/template/spec/initContainers/envFrom/configMapRef/name"),
            ("DaemonSet", "", "", "spec/template/spec/volumes/projected/sources/configMap/name"),
            ("StatefulSet", "", "", "spec/template/spec/volumes/configMap/name"),
            ("StatefulSet", "", "", "spec/template/spec/containers/env/valueFrom/configMapKeyRef/name"),
            ("StatefulSet", "", "", "spec/template/spec/initContainers/env/valueFrom/configMapKeyRef/name"),
            ("StatefulSet", "", "", "spec/template/spec/containers/envFrom/configMapRef/name"),
            ("StatefulSet", "", "", "spec/template/spec/initContainers/envFrom/configMapRef/name"),
            ("StatefulSet", "", "", "spec/template/spec/volumes/projected/sources/configMap/name"),
            ("Job", "", "", "spec/template/spec/volumes/configMap/name"),
            ("Job", "", "", "spec/template/spec/containers/env/valueFrom/configMapKeyRef/name"),
            ("Job", "", "", "spec/template/spec/initContainers/env/valueFrom/configMapKeyRef/name"),
            ("Job", "", "", "spec/template/spec/containers/envFrom/configMapRef/name"),
            ("Job", "", "", "spec/template/spec/initContainers/envFrom/configMapRef/name"),
            ("Job", "", "", "spec/template/spec/volumes/projected/sources/configMap/name"),
            ("CronJob", "", "", "spec/jobTemplate/spec/template/spec/volumes/configMap/name"),
            ("CronJob", "", "", "spec/jobTemplate/spec/template/spec/volumes/projected/sources/configMap/name"),
            ("CronJob", "", "", "spec/jobTemplate/spec/template/spec/containers/env/valueFrom/configMapKeyRef/name"),
            (
                "CronJob",
                "",
                "",
                "spec/jobTemplate/spec/template/spec/initContainers/env/valueFrom/configMapKeyRef/name",
            ),
            ("CronJob", "", "", "spec/jobTemplate/spec/template/spec/containers/envFrom/configMapRef/name"),
            ("CronJob", "", "", "spec/jobTemplate/spec/template/spec/initContainers/envFrom/configMapRef/name"),
            ("Node", "", "", "spec/configSource/configMap"),
            ("Role", "", "", "rules/resourceNames"),
            ("ClusterRole", "", "", "rules/resourceNames"),
            ("Ingress", "", "", r"metadata/annotations/nginx.ingress.kubernetes.io\/fastcgi-params-configmap"),
        ],
    ),
    (
        "Secret",
        "",
        "v1",
        &[
            ("Pod", "", "v1", "spec/volumes/secret/secretName"),
            ("Pod", "", "v1", "spec/containers/env/valueFrom/secretKeyRef/name"),
            ("Pod", "", "v1", "spec/initContainers/env/valueFrom/secretKeyRef/name"),
            ("Pod", "", "v1", "spec/containers/envFrom/secretRef/name"),
            ("Pod", "", "v1", "spec/initContainers/envFrom/secretRef/name"),
            ("Pod", "", "v1", "spec/imagePullSecrets/name"),
            ("Pod", "", "v1", "spec/volumes/projected/sources/secret/name"),
            ("PodTemplate", "", "", "template/spec/volumes/secret/secretName"),
            ("PodTemplate", "", "", "template/spec/containers/env/valueFrom/secretKeyRef/name"),
            ("PodTemplate", "", "", "template/spec/initContainers/env/valueFrom/secretKeyRef/name"),
            ("PodTemplate", "", "", "template/spec/containers/envFrom/secretRef/name"),
            ("PodTemplate", "", "", "template/spec/initContainers/envFrom/secretRef/name"),
            ("PodTemplate", "", "", "template/spec/imagePullSecrets/name"),
            ("PodTemplate", "", "", "template/spec/volumes/projected/sources/secret/name"),
            ("Deployment", "", "", "spec/template/spec/volumes/secret/secretName"),
            ("Deployment", "", "", "spec/template/spec/containers/env/valueFrom/secretKeyRef/name"),
            ("Deployment", "", "", "spec/template/spec/initContainers/env/valueFrom/secretKeyRef/name"),
            ("Deployment", "", "", "spec/template/spec/containers/envFrom/secretRef/name"),
            ("Deployment", "", "", "spec/template/spec/initContainers/envFrom/secretRef/name"),
            ("Deployment", "", "", "spec/template/spec/imagePullSecrets/name"),
            ("Deployment", "", "", "spec/template/spec/volumes/projected/sources/secret/name"),
            ("ReplicaSet", "", "", "spec/template/spec/volumes/secret/secretName"),
            ("ReplicaSet", "", "", "spec/template/spec/containers/env/valueFrom/secretKeyRef/name"),
            ("ReplicaSet", "", "", "spec/template/spec/initContainers/env/valueFrom/secretKeyRef/name"),
            ("ReplicaSet", "", "", "spec/template/spec/containers/envFrom/secretRef/name"),
            ("ReplicaSet", "", "", "spec/template/spec/initContainers/envFrom/secretRef/name"),
            ("ReplicaSet", "", "", "spec/template/spec/imagePullSecrets/name"),
            ("ReplicaSet", "", "", "spec/template/spec/volumes/projected/sources/secret/name"),
            ("DaemonSet", "", "", "spec/template/spec/volumes/secret/secretName"),
            ("DaemonSet", "", "", "spec/template/spec/containers/env/valueFrom/secretKeyRef/name"),
            ("DaemonSet", "", "", "spec/template/spec/initContainers/env/valueFrom/secretKeyRef/name"),
            ("DaemonSet", "", "", "spec/template/spec/containers/envFrom/secretRef/name"),
            ("DaemonSet", "", "", "spec/template/spec/initContainers/envFrom/secretRef/name"),
            ("DaemonSet", "", "", "spec/template/spec/imagePullSecrets/name"),
            ("DaemonSet", "", "", "spec/template/spec/volumes/projected/sources/secret/name"),
            ("StatefulSet", "", "", "spec/template/spec/volumes/secret/secretName"),
            ("StatefulSet", "", "", "spec/template/spec/containers/env/valueFrom/secretKeyRef/name"),
            ("StatefulSet", "", "", "spec/template/spec/initContainers/env/valueFrom/secretKeyRef/name"),
            ("StatefulSet", "", "", "spec/template/spec/containers/envFrom/secretRef/name"),
            ("StatefulSet", "", "", "spec/template/spec/initContainers/envFrom/secretRef/name"),
            ("StatefulSet", "", "", "spec/template/spec/imagePullSecrets/name"),
            ("StatefulSet", "", "", "spec/template/spec/volumes/projected/sources/secret/name"),
            ("Job", "", "", "spec/template/spec/volumes/secret/secretName"),
            ("Job", "", "", "spec/template/spec/containers/env/valueFrom/secretKeyRef/name"),
            ("Job", "", "", "spec/template/spec/initContainers/env/valueFrom/secretKeyRef/name"),
            ("Job", "", "", "spec/template/spec/containers/envFrom/secretRef/name"),
            ("Job", "", "", "spec/template/spec/initContainers/envFrom/secretRef/name"),
            ("Job", "", "", "spec/template/spec/imagePullSecrets/name"),
            ("Job", "", "", "spec/template/spec/volumes/projected/sources/secret/name"),
            ("CronJob", "", "", "spec/jobTemplate/spec/template/spec/volumes/secret/secretName"),
            ("CronJob", "", "", "spec/jobTemplate/spec/template/spec/volumes/projected/sources/secret/name"),
            ("CronJob", "", "", "spec/jobTemplate/spec/template/spec/containers/env/valueFrom/secretKeyRef/name"),
            ("CronJob", "", "", "spec/jobTemplate/spec/template/spec/initContainers/env/valueFrom/secretKeyRef/name"),
            ("CronJob", "", "", "spec/jobTemplate/spec/template/spec/containers/envFrom/secretRef/name"),
            ("CronJob", "", "", "spec/jobTemplate/spec/template/spec/initContainers/envFrom/secretRef/name"),
            ("CronJob", "", "", "spec/jobTemplate/spec/template/spec/imagePullSecrets/name"),
            ("Ingress", "", "", "spec/tls/secretName"),
            ("Ingress", "", "", r"metadata/annotations/ingress.kubernetes.io\/auth-secret"),
            ("Ingress", "", "", r"metadata/annotations/nginx.ingress.kubernetes.io\/auth-secret"),
            ("Ingress", "", "", r"metadata/annotations/nginx.ingress.kubernetes.io\/auth-tls-secret"),
            ("Ingress", "", "", "spec/tls/secretName"),
            ("ServiceAccount", "", "", "imagePullSecrets/name"),
            ("StorageClass", "", "", "parameters/secretName"),
            ("StorageClass", "", "", "parameters/adminSecretName"),
            ("StorageClass", "", "", "parameters/userSecretName"),
            ("StorageClass", "", "", "parameters/secretRef"),
            ("Role", "", "", "rules/resourceNames"),
            ("ClusterRole", "", "", "rules/resourceNames"),
            ("Service", "serving.knative.dev", "v1", "spec/template/spec/containers/env/valueFrom/secretKeyRef/name"),
            ("PersistentVolume", "", "", "spec/azureFile/secretName"),
        ],
    ),
    (
        "Service",
        "",
        "v1",
        &[
            ("StatefulSet", "apps", "", "spec/serviceName"),
            ("Ingress", "", "", "spec/rules/http/paths/backend/serviceName"),
            ("Ingress", "", "", "spec/backend/serviceName"),
            ("Ingress", "", "", "spec/rules/http/paths/backend/service/name"),
            ("Ingress", "", "", "spec/defaultBackend/service/name"),
            ("APIService", "apiregistration.k8s.io", "", "spec/service/name"),
            ("ValidatingWebhookConfiguration", "admissionregistration.k8s.io", "", "webhooks/clientConfig/service"),
            ("MutatingWebhookConfiguration", "admissionregistration.k8s.io", "", "webhooks/clientConfig/service"),
        ],
    ),
    (
        "PriorityClass",
        "scheduling.k8s.io",
        "v1",
        &[
            ("Pod", "", "", "spec/priorityClassName"),
            ("StatefulSet", "", "", "spec/template/spec/priorityClassName"),
            ("Deployment", "", "", "spec/template/spec/priorityClassName"),
            ("ReplicationController", "", "", "spec/template/spec/priorityClassName"),
            ("CronJob", "", "", "spec/jobTemplate/spec/template/spec/priorityClassName"),
            ("Job", "", "", "spec/template/spec/priorityClassName"),
            ("DaemonSet", "", "", "spec/template/spec/priorityClassName"),
        ],
    ),
    (
        "PersistentVolume",
        "",
        "v1",
        &[("PersistentVolumeClaim", "", "", "spec/volumeName"), ("ClusterRole", "", "", "rules/resourceNames")],
    ),
    (
        "PersistentVolumeClaim",
        "",
        "v1",
        &[
            ("Pod", "", "", "spec/volumes/persistentVolumeClaim/claimName"),
            ("StatefulSet", "", "", "spec/template/spec/volumes/persistentVolumeClaim/claimName"),
            ("Deployment", "", "", "spec/template/spec/volumes/persistentVolumeClaim/claimName"),
            ("ReplicationController", "", "", "spec/template/spec/volumes/persistentVolumeClaim/claimName"),
            ("CronJob", "", "", "spec/jobTemplate/spec/template/spec/volumes/persistentVolumeClaim/claimName"),
            ("Job", "", "", "spec/template/spec/volumes/persistentVolumeClaim/claimName"),
            ("DaemonSet", "", "", "spec/template/spec/volumes/persistentVolumeClaim/claimName"),
        ],
    ),
    ("Deployment", "", "", &[("HorizontalPodAutoscaler", "", "", "spec/scaleTargetRef/name")]),
    ("StatefulSet", "", "", &[("HorizontalPodAutoscaler", "", "", "spec/scaleTargetRef/name")]),
    (
        "ValidatingAdmissionPolicy",
        "admissionregistration.k8s.io",
        "",
        &[("ValidatingAdmissionPolicyBinding", "admissionregistration.k8s.io", "", "spec/policyName")],
    ),
    ("IngressClass", "networking.k8s.io/v1", "v1", &[("Ingress", "", "", "spec/ingressClassName")]),
    ("ReplicaSet", "", "", &[("HorizontalPodAutoscaler", "", "", "spec/scaleTargetRef/name")]),
    ("ReplicationController", "", "", &[("HorizontalPodAutoscaler", "", "", "spec/scaleTargetRef/name")]),
];

/// The built-in table as back references.
pub fn builtin() -> Vec<BackReference> {
    TABLE
        .iter()
        .map(|(kind, group, version, fields)| BackReference {
            target: Gvk { group: group.to_string(), version: version.to_string(), kind: kind.to_string() },
            referrers: fields
                .iter()
                .map(|(kind, group, version, path)| FieldSpec {
                    group: group.to_string(),
                    version: version.to_string(),
                    kind: kind.to_string(),
                    path: path.to_string(),
                    create: false,
                })
                .collect(),
        })
        .collect()
}

/// The effective namespace of cluster-scoped resources (kustomize's marker, never a real namespace).
const NOT_A_NAMESPACE: &str = "_non_namespaceable_";

/// Updates every name reference in `resources` as `backrefs` says.
///
/// # Errors
/// A referrer field that runs into a scalar, a mapping referrer without a `name`, a reference
/// that several differently named resources could satisfy, a RoleBinding subject whose namespace
/// is not a string.
pub fn fix(backrefs: &[BackReference], resources: &mut ResMap) -> Result<(), String> {
    let index = Index::new(resources.resources());
    let specs: Vec<Spec<'_>> = backrefs
        .iter()
        .flat_map(|b| {
            b.referrers.iter().map(move |s| Spec {
                target: &b.target,
                referrer: Gvk { group: s.group.clone(), version: s.version.clone(), kind: s.kind.clone() },
                path: &s.path,
                segments: s.segments(),
                role_ref: s.path.ends_with("roleRef/name"),
            })
        })
        .collect();
    // The specs that may apply to a kind, in table order (kind-less specs apply to every kind).
    let mut by_kind: HashMap<&str, Vec<usize>> = HashMap::new();
    let mut kindless = Vec::new();
    for (i, spec) in specs.iter().enumerate() {
        if spec.referrer.kind.is_empty() {
            kindless.push(i);
        } else {
            by_kind.entry(spec.referrer.kind.as_str()).or_default().push(i);
        }
    }
    if !kindless.is_empty() {
        for list in by_kind.values_mut() {
            list.extend(&kindless);
            list.sort_unstable();
        }
    }
    for (me, resource) in resources.resources_mut().iter_mut().enumerate() {
        let facts = &index.facts[me];
        // Referrers are chosen by their original kind (with the current group and version).
        let original_kind = resource.previous.first().map_or(facts.gvk.kind.as_str(), |id| id.gvk.kind.as_str());
        let list = by_kind.get(original_kind).unwrap_or(&kindless);
        let mut referrer: Option<Referrer<'_>> = None;
        for &i in list {
            let spec = &specs[i];
            let wanted = &spec.referrer;
            if !(wanted.group.is_empty() || wanted.group == facts.gvk.group)
                || !(wanted.version.is_empty() || wanted.version == facts.gvk.version)
                || !(wanted.kind.is_empty() || wanted.kind == original_kind)
            {
                continue;
            }
            if referrer.is_none() {
                referrer = Some(Referrer::new(&index, me, &resource.node)?);
            }
            let Some(referrer) = referrer.as_ref() else { continue };
            let field = FieldRef {
                referrer,
                target: spec.target,
                role_ref: if spec.role_ref { role_ref_gvk(&resource.node) } else { None },
            };
            visit(&spec.segments, false, &mut resource.node, Create::Nothing, &mut |node| field.set(node)).map_err(
                |e| {
                    format!(
                        "updating name reference in '{path}' field of '{}': considering field '{path}': {e}",
                        facts.id(),
                        path = spec.path
                    )
                },
            )?;
        }
    }
    Ok(())
}

/// A referrer field of the table, ready to walk.
struct Spec<'a> {
    /// The type it refers to.
    target: &'a Gvk,
    /// The referring type.
    referrer: Gvk,
    path: &'a str,
    segments: Vec<String>,
    /// A `roleRef/name`: only resources of the type its `roleRef` names qualify.
    role_ref: bool,
}

/// What name references need to know of a resource, read before any field changes (nothing this
/// transformer writes changes it).
struct Facts {
    gvk: Gvk,
    name: String,
    /// `metadata.namespace` as written.
    namespace: String,
    /// The effective current namespace: `default` for none, [`NOT_A_NAMESPACE`] when cluster-scoped.
    ns: String,
    /// The effective namespace of its original id.
    original_ns: String,
    cluster_scoped: bool,
    /// The kinds of its previous ids (which kustomize pairs with the current group and version).
    previous_kinds: Vec<String>,
    /// Its name prefixes and suffixes, as kustomize reads them back from its comma-separated
    /// annotations.
    prefixes: Vec<String>,
    suffixes: Vec<String>,
}

impl Facts {
    fn new(resource: &Resource) -> Facts {
        let gvk = resource.gvk();
        let cluster_scoped = gvk.is_cluster_scoped();
        let namespace = resource.namespace().to_string();
        let ns = if cluster_scoped {
            NOT_A_NAMESPACE.to_string()
        } else if namespace.is_empty() {
            "default".to_string()
        } else {
            namespace.clone()
        };
        let original_ns = match resource.previous.first() {
            Some(id) if id.namespace.is_empty() => "default".to_string(),
            Some(id) => id.namespace.clone(),
            None => ns.clone(),
        };
        let mut previous_kinds: Vec<String> = Vec::new();
        for id in &resource.previous {
            if !previous_kinds.contains(&id.gvk.kind) {
                previous_kinds.push(id.gvk.kind.clone());
            }
        }
        let csv = |list: &[String]| list.iter().flat_map(|p| p.split(',')).map(str::to_string).collect();
        Facts {
            name: resource.name().to_string(),
            namespace,
            ns,
            original_ns,
            cluster_scoped,
            previous_kinds,
            prefixes: csv(&resource.prefixes),
            suffixes: csv(&resource.suffixes),
            gvk,
        }
    }

    fn id(&self) -> ResId {
        ResId { gvk: self.gvk.clone(), name: self.name.clone(), namespace: self.namespace.clone() }
    }

    /// Whether one of its previous ids is of type `gvk` (empty parts match anything).
    fn previously_of(&self, gvk: &Gvk) -> bool {
        (gvk.group.is_empty() || gvk.group == self.gvk.group)
            && (gvk.version.is_empty() || gvk.version == self.gvk.version)
            && ((gvk.kind.is_empty() && !self.previous_kinds.is_empty()) || self.previous_kinds.contains(&gvk.kind))
    }

    /// kustomize's `PrefixesSuffixesEquals`: the lists end the same way (one of them may be empty
    /// when `allow_empty`).
    fn affixes_match(&self, other: &Facts, allow_empty: bool) -> bool {
        let matches = |a: &[String], b: &[String]| (allow_empty && (a.is_empty() || b.is_empty())) || same_ending(a, b);
        matches(&self.prefixes, &other.prefixes) && matches(&self.suffixes, &other.suffixes)
    }
}

/// Whether the shorter list is the end of the longer one (two empty lists do; one empty list and
/// another does not).
fn same_ending(a: &[String], b: &[String]) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if short.is_empty() {
        return long.is_empty();
    }
    long.ends_with(short)
}

/// The resources as candidates: who had which name, and who started in which namespace.
struct Index {
    facts: Vec<Facts>,
    /// Resources by each name they had before a rename or a move, in build order.
    by_previous_name: HashMap<String, Vec<usize>>,
    /// Resources by the effective namespace of their original id, in build order.
    by_original_ns: HashMap<String, Vec<usize>>,
}

impl Index {
    fn new(resources: &[Resource]) -> Index {
        let mut index = Index {
            facts: Vec::with_capacity(resources.len()),
            by_previous_name: HashMap::new(),
            by_original_ns: HashMap::new(),
        };
        for (i, resource) in resources.iter().enumerate() {
            let facts = Facts::new(resource);
            let mut seen = HashSet::new();
            for id in &resource.previous {
                // kustomize keeps previous names in a comma-separated annotation.
                for name in id.name.split(',') {
                    if seen.insert(name) {
                        index.by_previous_name.entry(name.to_string()).or_default().push(i);
                    }
                }
            }
            index.by_original_ns.entry(facts.original_ns.clone()).or_default().push(i);
            index.facts.push(facts);
        }
        index
    }
}

/// A resource whose fields may name others.
struct Referrer<'a> {
    index: &'a Index,
    me: usize,
    /// For a RoleBinding, the namespaces of the ServiceAccounts its subjects name: resources there
    /// are visible to it too.
    subject_namespaces: HashSet<String>,
}

impl<'a> Referrer<'a> {
    fn new(index: &'a Index, me: usize, node: &Node) -> Result<Referrer<'a>, String> {
        let facts = &index.facts[me];
        let mut subject_namespaces = HashSet::new();
        if facts.gvk.kind == "RoleBinding" && !facts.cluster_scoped {
            if let Some(Node::Seq(subjects)) = node::get(node, "subjects") {
                for subject in subjects {
                    let (Some(namespace), Some(kind)) = (node::get(subject, "namespace"), node::get(subject, "kind"))
                    else {
                        continue;
                    };
                    if !matches!(kind, Node::Scalar(s) if s.tag == Tag::Str && s.value == "ServiceAccount") {
                        continue;
                    }
                    match namespace {
                        Node::Scalar(s) if matches!(s.tag, Tag::Str | Tag::Binary | Tag::Other(_)) => {
                            subject_namespaces.insert(s.value.clone());
                        }
                        _ => return Err(format!("Invalid Input: namespace is blank for resource \"{}\"", facts.id())),
                    }
                }
            }
        }
        Ok(Referrer { index, me, subject_namespaces })
    }

    fn facts(&self) -> &Facts {
        &self.index.facts[self.me]
    }

    /// Whether the referrer can refer to `other` at all: kustomize's
    /// `SubsetThatCouldBeReferencedByResource`.
    fn can_see(&self, other: &Facts) -> bool {
        let me = self.facts();
        me.cluster_scoped
            || other.cluster_scoped
            || other.ns == me.ns
            || self.subject_namespaces.contains(&other.namespace)
    }

    /// kustomize's `sameCurrentNamespaceAsReferrer`, where ServiceAccounts pass anyway.
    fn same_namespace(&self, other: &Facts) -> bool {
        let me = self.facts();
        me.cluster_scoped || other.cluster_scoped || other.gvk.kind == "ServiceAccount" || other.ns == me.ns
    }
}

/// One referrer field being updated.
struct FieldRef<'a> {
    referrer: &'a Referrer<'a>,
    /// The type the field refers to.
    target: &'a Gvk,
    /// For a `roleRef/name` field, the type its `roleRef` names.
    role_ref: Option<Gvk>,
}

impl FieldRef<'_> {
    /// Updates the node at the end of the field's path: a name, a `{name, namespace}` mapping, or a
    /// list of either.
    fn set(&self, node: &mut Node) -> Result<(), String> {
        match node {
            Node::Scalar(s) if s.tag == Tag::Null => Ok(()),
            Node::Scalar(s) => self.set_name(s),
            Node::Map(_) => self.set_mapping(node),
            Node::Seq(items) => items.iter_mut().try_for_each(|item| match item {
                Node::Scalar(s) if s.tag == Tag::Null => Ok(()),
                Node::Scalar(s) => self.set_name(s),
                Node::Map(_) => self.set_mapping(item),
                Node::Seq(_) => Err("a list item is expected to be either a string or a map of string".into()),
            }),
        }
    }

    fn set_name(&self, scalar: &mut Scalar) -> Result<(), String> {
        let Some(referral) = self.select(&scalar.value, &|_| true, &|a, b| a.name == b.name)? else {
            return Ok(());
        };
        if referral.name != scalar.value {
            scalar.value = referral.name.clone();
            scalar.tag = Tag::Str;
        }
        Ok(())
    }

    /// A mapping with a `name` and maybe a `namespace` (a RoleBinding subject): both are read to
    /// find the referral, both are written.
    fn set_mapping(&self, node: &mut Node) -> Result<(), String> {
        let Some(name) = node::get(node, "name") else {
            return Err("path config error; no 'name' field in node".into());
        };
        let old = scalar_text(name).to_string();
        let index = self.referrer.index;
        let referral = match node::get(node, "namespace").map(scalar_text) {
            None => self.select(&old, &|_| true, &same_name_and_namespace)?,
            Some(NOT_A_NAMESPACE) => None,
            Some(ns) => {
                // kustomize groups the visible resources by original namespace, and falls back to
                // their current namespace when none started in this one.
                let by_original = index
                    .by_original_ns
                    .get(ns)
                    .is_some_and(|list| list.iter().any(|&c| self.referrer.can_see(&index.facts[c])));
                if by_original {
                    self.select(&old, &|f| f.original_ns == ns, &same_name_and_namespace)?
                } else {
                    self.select(&old, &|f| f.ns == ns, &same_name_and_namespace)?
                }
            }
        };
        let Some(referral) = referral else { return Ok(()) };
        if referral.name == old && referral.namespace.is_empty() {
            return Ok(());
        }
        set_string(node, "name", &referral.name);
        if !referral.namespace.is_empty() {
            set_string(node, "namespace", &referral.namespace);
        }
        Ok(())
    }

    /// kustomize's choice of the resource a name refers to; `None` when there is none.
    fn select(
        &self,
        old: &str,
        in_namespace: &dyn Fn(&Facts) -> bool,
        identical: &dyn Fn(&Facts, &Facts) -> bool,
    ) -> Result<Option<&Facts>, String> {
        let index = self.referrer.index;
        let Some(named) = index.by_previous_name.get(old) else { return Ok(None) };
        let mut candidates: Vec<&Facts> = named
            .iter()
            .map(|&c| &index.facts[c])
            .filter(|f| {
                self.referrer.can_see(f)
                    && in_namespace(f)
                    && f.previously_of(self.target)
                    && self.role_ref.as_ref().is_none_or(|g| f.previously_of(g))
                    && self.referrer.same_namespace(f)
            })
            .collect();
        if candidates.len() == 1 {
            return Ok(Some(candidates[0]));
        }
        let me = self.referrer.facts();
        candidates.retain(|f| f.affixes_match(me, true));
        if candidates.len() > 1 {
            candidates.retain(|f| f.affixes_match(me, false));
        }
        match candidates.as_slice() {
            [] => Ok(None),
            [first, rest @ ..] if rest.iter().all(|f| identical(first, f)) => Ok(Some(first)),
            _ => Err(format!(
                "found multiple possible referrals: {}",
                candidates.iter().map(|f| f.id().to_string()).collect::<Vec<_>>().join(", ")
            )),
        }
    }
}

fn same_name_and_namespace(a: &Facts, b: &Facts) -> bool {
    a.name == b.name && a.namespace == b.namespace
}

/// The text of a scalar as go-yaml keeps it (whatever its tag); `""` for a collection.
fn scalar_text(node: &Node) -> &str {
    match node {
        Node::Scalar(s) => &s.value,
        _ => "",
    }
}

/// Sets `key` to a string, keeping the quoting style of the value it replaces (kyaml's
/// `FieldSetter`).
fn set_string(node: &mut Node, key: &str, value: &str) {
    let style = match node::get(node, key) {
        Some(Node::Scalar(s)) => s.style,
        _ => Default::default(),
    };
    node::set(node, key, Node::Scalar(Scalar { style, ..Scalar::string(value) }));
}

/// The group and kind a `roleRef` names, when it has both (`roleRef/name` fields only refer to
/// resources of that type).
fn role_ref_gvk(node: &Node) -> Option<Gvk> {
    let role_ref = node::get(node, "roleRef")?;
    let group = node::get(role_ref, "apiGroup")?;
    let kind = node::get(role_ref, "kind")?;
    Some(Gvk { group: scalar_text(group).to_string(), version: String::new(), kind: scalar_text(kind).to_string() })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn affix_lists_match_by_their_ends() {
        assert!(same_ending(&strings(&["a", "b", "c"]), &strings(&["b", "c"])));
        assert!(!same_ending(&strings(&["a", "b", "c"]), &strings(&["a", "b"])));
        assert!(same_ending(&[], &[]));
        assert!(!same_ending(&[], &strings(&["a"])));
    }

    #[test]
    fn the_table_has_every_kustomize_entry() {
        let table = builtin();
        assert_eq!(table.len(), 16);
        assert_eq!(table.iter().map(|b| b.referrers.len()).sum::<usize>(), 167);
        let kinds: Vec<&str> = table.iter().map(|b| b.target.kind.as_str()).collect();
        assert_eq!(&kinds[..4], ["StorageClass", "ServiceAccount", "Role", "ClusterRole"]);
        assert_eq!(kinds.last(), Some(&"ReplicationController"));
    }
}

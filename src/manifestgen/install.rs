//! The installation manifests: what `flux-rs install` applies and `--export` prints.
//!
//! Upstream installs one Deployment per controller. flux-rs runs every controller in one process, so
//! the installation is one Deployment (`flux-rs`, container `manager`, running `flux-rs run`) behind the
//! Services upstream's controllers expose — `source-controller` (artifacts), `notification-controller`
//! (events) and `webhook-receiver` (Receivers) — so artifact URLs, event addresses and webhook URLs
//! that users and other tools know keep working. Everything carries `app.kubernetes.io/part-of=flux`,
//! which `check`, `version`, `logs` and `uninstall` select on.

use std::collections::BTreeMap;

use serde_json::{json, Map, Value};

/// The controllers upstream installs by default.
pub const DEFAULT_COMPONENTS: [&str; 4] =
    ["source-controller", "kustomize-controller", "helm-controller", "notification-controller"];
/// The controllers upstream offers as extras.
pub const EXTRA_COMPONENTS: [&str; 2] = ["image-reflector-controller", "image-automation-controller"];

/// The one Deployment, its ServiceAccount and the `app` label of its pods.
pub const DEPLOYMENT: &str = "flux-rs";
/// The container that runs `flux-rs run` (upstream's controllers name theirs `manager` too).
pub const CONTAINER: &str = "manager";

/// The label every installed object carries.
pub const PART_OF: (&str, &str) = ("app.kubernetes.io/part-of", "flux");

/// Ports of the one process, named as upstream's containers name theirs.
const STORAGE_PORT: u16 = 9090;
const EVENTS_PORT: u16 = 9690;
const WEBHOOK_PORT: u16 = 9292;
const METRICS_PORT: u16 = 8080;
const HEALTH_PORT: u16 = 9440;

/// The version written into labels and the default image tag.
pub fn version() -> String {
    format!("v{}", env!("CARGO_PKG_VERSION"))
}

/// The image `install` deploys unless told otherwise.
pub fn default_image() -> String {
    format!("ghcr.io/flux-rs/flux-rs:{}", version())
}

/// What the installation looks like; the defaults are upstream's.
#[derive(Debug, Clone)]
pub struct Options {
    pub namespace: String,
    /// Controllers to run and whose CRDs to install (upstream's component names).
    pub components: Vec<String>,
    pub image: String,
    /// A Secret in the namespace for pulling the image (`imagePullSecrets`).
    pub image_pull_secret: Option<String>,
    pub watch_all_namespaces: bool,
    pub log_level: String,
    pub network_policy: bool,
    pub cluster_domain: String,
    /// Taint keys the pod tolerates (`operator: Exists`).
    pub toleration_keys: Vec<String>,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            namespace: "flux-system".into(),
            components: DEFAULT_COMPONENTS.iter().map(|c| c.to_string()).collect(),
            image: default_image(),
            image_pull_secret: None,
            watch_all_namespaces: true,
            log_level: "info".into(),
            network_policy: true,
            cluster_domain: "cluster.local".into(),
            toleration_keys: Vec::new(),
        }
    }
}

/// Why options cannot become manifests.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Invalid {
    /// Not one of upstream's components, or one flux-rs does not have.
    Component(String),
    LogLevel(String),
}

impl std::fmt::Display for Invalid {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Invalid::Component(c) => write!(f, "component {c} is not available"),
            Invalid::LogLevel(l) => {
                write!(f, "unsupported log level \"{l}\", must be one of: debug, info, error")
            }
        }
    }
}

impl std::error::Error for Invalid {}

impl Options {
    fn has(&self, component: &str) -> bool {
        self.components.iter().any(|c| c == component)
    }

    fn validate(&self) -> Result<(), Invalid> {
        for c in &self.components {
            if !DEFAULT_COMPONENTS.contains(&c.as_str()) && !EXTRA_COMPONENTS.contains(&c.as_str()) {
                return Err(Invalid::Component(c.clone()));
            }
        }
        if !["debug", "info", "error"].contains(&self.log_level.as_str()) {
            return Err(Invalid::LogLevel(self.log_level.clone()));
        }
        Ok(())
    }

    /// The labels every object gets.
    fn labels(&self) -> Map<String, Value> {
        let mut labels = Map::new();
        labels.insert("app.kubernetes.io/instance".into(), json!(self.namespace));
        labels.insert(PART_OF.0.into(), json!(PART_OF.1));
        labels.insert("app.kubernetes.io/version".into(), json!(version()));
        labels
    }

    fn labels_with(&self, extra: &[(&str, &str)]) -> Value {
        let mut labels = self.labels();
        for (k, v) in extra {
            labels.insert(k.to_string(), json!(v));
        }
        Value::Object(labels)
    }

    /// The in-cluster host name of one of the installation's Services.
    fn service_host(&self, service: &str) -> String {
        format!("{service}.$(RUNTIME_NAMESPACE).svc.{}.", self.cluster_domain)
    }
}

/// The header upstream puts before generated manifests, naming what generated them.
pub fn header(options: &Options) -> String {
    format!(
        "---\n# This manifest was generated by flux-rs. DO NOT EDIT.\n# flux-rs Version: {}\n# Components: {}\n",
        version(),
        options.components.join(",")
    )
}

/// The objects of the installation, in kustomize's legacy order (Namespace, CRDs, ServiceAccount,
/// ClusterRoles, ClusterRoleBindings, Services, Deployment, NetworkPolicies).
pub fn generate(options: &Options) -> Result<Vec<Value>, Invalid> {
    options.validate()?;
    let mut objects = vec![namespace(options)];
    objects.extend(crds(options));
    objects.push(service_account(options));
    objects.extend(cluster_roles(options));
    objects.push(cluster_role_binding(options));
    objects.extend(services(options));
    objects.push(deployment(options));
    if options.network_policy {
        objects.extend(network_policies(options));
    }
    Ok(objects)
}

fn namespace(o: &Options) -> Value {
    json!({
        "apiVersion": "v1",
        "kind": "Namespace",
        "metadata": {
            "name": o.namespace,
            "labels": o.labels_with(&[
                ("pod-security.kubernetes.io/warn", "restricted"),
                ("pod-security.kubernetes.io/warn-version", "latest"),
            ]),
        },
    })
}

/// The CRDs of the selected components, labelled for this installation.
fn crds(o: &Options) -> Vec<Value> {
    let mut out = Vec::new();
    for crd in api::crds() {
        let labels = crd.metadata.labels.clone().unwrap_or_default();
        let component = labels.get("app.kubernetes.io/component").cloned().unwrap_or_default();
        if !o.has(&component) {
            continue;
        }
        let Ok(mut value) = serde_json::to_value(&crd) else { continue };
        let mut labels: BTreeMap<String, String> = labels;
        for (k, v) in o.labels() {
            labels.insert(k, v.as_str().unwrap_or_default().to_string());
        }
        value["metadata"]["labels"] = json!(labels);
        out.push(value);
    }
    out.sort_by(|a, b| a["metadata"]["name"].as_str().cmp(&b["metadata"]["name"].as_str()));
    out
}

fn service_account(o: &Options) -> Value {
    json!({
        "apiVersion": "v1",
        "kind": "ServiceAccount",
        "metadata": {"name": DEPLOYMENT, "namespace": o.namespace, "labels": o.labels_with(&[])},
    })
}

/// The API groups of every Flux kind, for the aggregated edit and view roles.
const FLUX_GROUPS: [&str; 5] = [
    "source.toolkit.fluxcd.io",
    "kustomize.toolkit.fluxcd.io",
    "helm.toolkit.fluxcd.io",
    "notification.toolkit.fluxcd.io",
    "image.toolkit.fluxcd.io",
];

/// `flux-edit-<ns>` and `flux-view-<ns>`: aggregated into Kubernetes' admin, edit and view roles so
/// that users who may edit or view a namespace may do the same with its Flux objects.
fn cluster_roles(o: &Options) -> Vec<Value> {
    let aggregate = |roles: &[&str]| -> Value {
        let pairs: Vec<(String, &str)> =
            roles.iter().map(|r| (format!("rbac.authorization.k8s.io/aggregate-to-{r}"), "true")).collect();
        let pairs: Vec<(&str, &str)> = pairs.iter().map(|(k, v)| (k.as_str(), *v)).collect();
        o.labels_with(&pairs)
    };
    let rule = |verbs: &[&str]| json!([{"apiGroups": FLUX_GROUPS, "resources": ["*"], "verbs": verbs}]);
    vec![
        json!({
            "apiVersion": "rbac.authorization.k8s.io/v1",
            "kind": "ClusterRole",
            "metadata": {"name": format!("flux-edit-{}", o.namespace), "labels": aggregate(&["admin", "edit"])},
            "rules": rule(&["create", "delete", "deletecollection", "patch", "update"]),
        }),
        json!({
            "apiVersion": "rbac.authorization.k8s.io/v1",
            "kind": "ClusterRole",
            "metadata": {"name": format!("flux-view-{}", o.namespace), "labels": aggregate(&["admin", "edit", "view"])},
            "rules": rule(&["get", "list", "watch"]),
        }),
    ]
}

/// The controllers reconcile anything users put in Git, as upstream's kustomize- and helm-controller
/// do: `cluster-admin`, narrowed per object with `serviceAccountName` impersonation.
fn cluster_role_binding(o: &Options) -> Value {
    json!({
        "apiVersion": "rbac.authorization.k8s.io/v1",
        "kind": "ClusterRoleBinding",
        "metadata": {"name": format!("cluster-reconciler-{}", o.namespace), "labels": o.labels_with(&[])},
        "roleRef": {"apiGroup": "rbac.authorization.k8s.io", "kind": "ClusterRole", "name": "cluster-admin"},
        "subjects": [{"kind": "ServiceAccount", "name": DEPLOYMENT, "namespace": o.namespace}],
    })
}

/// upstream's Service names, all in front of the one pod.
fn services(o: &Options) -> Vec<Value> {
    let service = |name: &str, target: &str| {
        json!({
            "apiVersion": "v1",
            "kind": "Service",
            "metadata": {
                "name": name,
                "namespace": o.namespace,
                "labels": o.labels_with(&[("app.kubernetes.io/component", name), ("control-plane", "controller")]),
            },
            "spec": {
                "type": "ClusterIP",
                "selector": {"app": DEPLOYMENT},
                "ports": [{"name": "http", "port": 80, "protocol": "TCP", "targetPort": target}],
            },
        })
    };
    let mut out = Vec::new();
    if o.has("notification-controller") {
        out.push(service("notification-controller", "http-events"));
    }
    if o.has("source-controller") {
        out.push(service("source-controller", "http"));
    }
    if o.has("notification-controller") {
        out.push(service("webhook-receiver", "http-webhook"));
    }
    out
}

/// The arguments of `flux-rs run` in the pod.
fn run_args(o: &Options) -> Vec<String> {
    let mut args = vec![
        "run".to_string(),
        format!("--controllers={}", o.components.join(",")),
        format!("--watch-all-namespaces={}", o.watch_all_namespaces),
        format!("--log-level={}", o.log_level),
        "--log-encoding=json".to_string(),
        "--enable-leader-election".to_string(),
        format!("--metrics-addr=:{METRICS_PORT}"),
        format!("--health-addr=:{HEALTH_PORT}"),
        "--storage-path=/data".to_string(),
        format!("--storage-addr=:{STORAGE_PORT}"),
        format!("--storage-adv-addr={}", o.service_host("source-controller")),
    ];
    if o.has("notification-controller") {
        args.push(format!("--events-addr=:{EVENTS_PORT}"));
        args.push(format!("--receiver-addr=:{WEBHOOK_PORT}"));
    }
    args
}

fn deployment(o: &Options) -> Value {
    let port = |name: &str, port: u16| json!({"containerPort": port, "name": name, "protocol": "TCP"});
    let mut ports = vec![port("http", STORAGE_PORT)];
    if o.has("notification-controller") {
        ports.push(port("http-events", EVENTS_PORT));
        ports.push(port("http-webhook", WEBHOOK_PORT));
    }
    ports.push(port("http-prom", METRICS_PORT));
    ports.push(port("healthz", HEALTH_PORT));
    let probe = |path: &str| json!({"httpGet": {"path": path, "port": "healthz"}});
    let mut pod = json!({
        "containers": [{
            "name": CONTAINER,
            "image": o.image,
            "imagePullPolicy": "IfNotPresent",
            "args": run_args(o),
            "env": [{"name": "RUNTIME_NAMESPACE", "valueFrom": {"fieldRef": {"fieldPath": "metadata.namespace"}}}],
            "ports": ports,
            "livenessProbe": probe("/healthz"),
            "readinessProbe": probe("/readyz"),
            "resources": {"limits": {"cpu": "1000m", "memory": "1Gi"}, "requests": {"cpu": "100m", "memory": "64Mi"}},
            "securityContext": {
                "allowPrivilegeEscalation": false,
                "capabilities": {"drop": ["ALL"]},
                "readOnlyRootFilesystem": true,
                "runAsNonRoot": true,
                "seccompProfile": {"type": "RuntimeDefault"},
            },
            "volumeMounts": [{"mountPath": "/data", "name": "data"}, {"mountPath": "/tmp", "name": "tmp"}],
        }],
        "nodeSelector": {"kubernetes.io/os": "linux"},
        "priorityClassName": "system-cluster-critical",
        "securityContext": {"fsGroup": 1337},
        "serviceAccountName": DEPLOYMENT,
        "terminationGracePeriodSeconds": 10,
        "volumes": [{"emptyDir": {}, "name": "data"}, {"emptyDir": {}, "name": "tmp"}],
    });
    if let Some(secret) = &o.image_pull_secret {
        pod["imagePullSecrets"] = json!([{"name": secret}]);
    }
    if !o.toleration_keys.is_empty() {
        let tolerations: Vec<Value> =
            o.toleration_keys.iter().map(|k| json!({"key": k, "operator": "Exists"})).collect();
        pod["tolerations"] = json!(tolerations);
    }
    let mut template_labels = o.labels();
    template_labels.insert("app".into(), json!(DEPLOYMENT));
    json!({
        "apiVersion": "apps/v1",
        "kind": "Deployment",
        "metadata": {
            "name": DEPLOYMENT,
            "namespace": o.namespace,
            "labels": o.labels_with(&[("app.kubernetes.io/component", DEPLOYMENT), ("control-plane", "controller")]),
        },
        "spec": {
            "replicas": 1,
            "selector": {"matchLabels": {"app": DEPLOYMENT}},
            "template": {
                "metadata": {
                    "annotations": {"prometheus.io/port": METRICS_PORT.to_string(), "prometheus.io/scrape": "true"},
                    "labels": template_labels,
                },
                "spec": pod,
            },
        },
    })
}

/// upstream's three policies: pods in the namespace talk freely among themselves and to the world,
/// metrics can be scraped from any namespace, and webhooks reach the receiver from anywhere.
fn network_policies(o: &Options) -> Vec<Value> {
    let policy = |name: &str, spec: Value| {
        json!({
            "apiVersion": "networking.k8s.io/v1",
            "kind": "NetworkPolicy",
            "metadata": {"name": name, "namespace": o.namespace, "labels": o.labels_with(&[])},
            "spec": spec,
        })
    };
    let mut out = vec![
        policy(
            "allow-egress",
            json!({
                "egress": [{}],
                "ingress": [{"from": [{"podSelector": {}}]}],
                "podSelector": {},
                "policyTypes": ["Ingress", "Egress"],
            }),
        ),
        policy(
            "allow-scraping",
            json!({
                "ingress": [{"from": [{"namespaceSelector": {}}], "ports": [{"port": METRICS_PORT, "protocol": "TCP"}]}],
                "podSelector": {},
                "policyTypes": ["Ingress"],
            }),
        ),
    ];
    if o.has("notification-controller") {
        out.push(policy(
            "allow-webhooks",
            json!({
                "ingress": [{"from": [{"namespaceSelector": {}}], "ports": [{"port": WEBHOOK_PORT, "protocol": "TCP"}]}],
                "podSelector": {"matchLabels": {"app": DEPLOYMENT}},
                "policyTypes": ["Ingress"],
            }),
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(objects: &[Value]) -> Vec<String> {
        objects
            .iter()
            .map(|o| format!("{}/{}", o["kind"].as_str().unwrap(), o["metadata"]["name"].as_str().unwrap()))
            .collect()
    }

    #[test]
    fn every_object_is_part_of_flux() {
        let objects = generate(&Options::default()).unwrap();
        for o in &objects {
            assert_eq!(o["metadata"]["labels"][PART_OF.0], PART_OF.1, "{}", o["metadata"]["name"]);
        }
        let names = kinds(&objects);
        assert_eq!(names[0], "Namespace/flux-system");
        for expected in [
            "Service/source-controller",
            "Service/notification-controller",
            "Service/webhook-receiver",
            "Deployment/flux-rs",
            "NetworkPolicy/allow-webhooks",
            "CustomResourceDefinition/kustomizations.kustomize.toolkit.fluxcd.io",
        ] {
            assert!(names.contains(&expected.to_string()), "{expected} missing from {names:?}");
        }
        assert!(!names.iter().any(|n| n.contains("image.toolkit")), "image CRDs are extras");
    }

    #[test]
    fn components_select_crds_services_and_controllers() {
        let options = Options { components: vec!["source-controller".into()], ..Options::default() };
        let objects = generate(&options).unwrap();
        let names = kinds(&objects);
        assert!(names.iter().all(|n| !n.contains("kustomize.toolkit") && !n.contains("notification")), "{names:?}");
        let deployment = objects.iter().find(|o| o["kind"] == "Deployment").unwrap();
        let args = &deployment["spec"]["template"]["spec"]["containers"][0]["args"];
        assert!(args.as_array().unwrap().contains(&json!("--controllers=source-controller")));
    }

    #[test]
    fn bad_options_are_refused() {
        let options = Options { components: vec!["source-watcher".into()], ..Options::default() };
        assert_eq!(generate(&options).unwrap_err().to_string(), "component source-watcher is not available");
        let options = Options { log_level: "trace".into(), ..Options::default() };
        assert!(generate(&options).is_err());
    }

    #[test]
    fn the_namespace_and_domain_reach_every_name() {
        let options =
            Options { namespace: "gitops".into(), cluster_domain: "example.internal".into(), ..Default::default() };
        let text = super::super::to_yaml(&generate(&options).unwrap());
        assert!(text.contains("name: flux-edit-gitops"));
        assert!(text.contains("--storage-adv-addr=source-controller.$(RUNTIME_NAMESPACE).svc.example.internal."));
        assert!(!text.contains("namespace: flux-system"));
    }
}

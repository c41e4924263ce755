//! RBAC authorization for impersonated identities (Flux's `serviceAccountName`), the access and rules
//! reviews `kubectl auth can-i [--list]` sends and the `SelfSubjectReview` of `kubectl auth whoami`. The
//! admin token is cluster-admin and is never checked.

use http::StatusCode;
use serde_json::{json, Value};

use crate::request::RequestInfo;
use crate::server::{Ctx, Identity, Reply, Server};
use crate::status::{ApiError, ApiResult};

/// What is being asked.
pub struct Attributes<'a> {
    pub verb: &'a str,
    pub group: &'a str,
    pub resource: &'a str,
    pub subresource: &'a str,
    pub namespace: &'a str,
    pub name: &'a str,
}

/// Refuses a resource request the identity's roles do not allow.
pub fn authorize(server: &Server, who: &Identity, info: &RequestInfo) -> ApiResult<()> {
    if who.admin {
        return Ok(());
    }
    let attrs = Attributes {
        verb: info.verb,
        group: &info.group,
        resource: &info.resource,
        subresource: &info.subresource,
        namespace: &info.namespace,
        name: &info.name,
    };
    if allowed(server, who, &attrs) {
        return Ok(());
    }
    let resource = if info.subresource.is_empty() {
        info.resource.clone()
    } else {
        format!("{}/{}", info.resource, info.subresource)
    };
    Err(ApiError::rbac_denied(&who.user, info.verb, &info.group, &resource, &info.name, &info.namespace))
}

fn subject_matches(subject: &Value, who: &Identity, binding_ns: &str) -> bool {
    let name = subject.get("name").and_then(Value::as_str).unwrap_or_default();
    match subject.get("kind").and_then(Value::as_str) {
        Some("User") => name == who.user,
        Some("Group") => who.groups.iter().any(|g| g == name),
        Some("ServiceAccount") => {
            let ns = subject.get("namespace").and_then(Value::as_str).filter(|n| !n.is_empty()).unwrap_or(binding_ns);
            who.user == format!("system:serviceaccount:{ns}:{name}")
        }
        _ => false,
    }
}

fn rule_allows(rule: &Value, a: &Attributes) -> bool {
    let list = |k: &str| -> Vec<String> {
        rule.get(k)
            .and_then(Value::as_array)
            .map(|v| v.iter().filter_map(Value::as_str).map(String::from).collect())
            .unwrap_or_default()
    };
    let has = |k: &str, want: &str| list(k).iter().any(|x| x == "*" || x == want);
    let resource =
        if a.subresource.is_empty() { a.resource.to_string() } else { format!("{}/{}", a.resource, a.subresource) };
    let names = list("resourceNames");
    has("verbs", a.verb)
        && has("apiGroups", a.group)
        && (list("resources")
            .iter()
            .any(|r| r == "*" || *r == resource || (r.ends_with("/*") && resource.starts_with(&r[..r.len() - 1]))))
        && (names.is_empty() || names.iter().any(|n| n == a.name))
}

fn role_rules(server: &Server, role_ref: &Value, binding_ns: &str) -> Vec<Value> {
    let name = role_ref.get("name").and_then(Value::as_str).unwrap_or_default();
    let key = match role_ref.get("kind").and_then(Value::as_str) {
        Some("ClusterRole") => format!("/rbac.authorization.k8s.io/clusterroles/{name}"),
        Some("Role") => format!("/rbac.authorization.k8s.io/roles/{binding_ns}/{name}"),
        _ => return Vec::new(),
    };
    server.store.get(&key).and_then(|s| s.value().get("rules").and_then(Value::as_array).cloned()).unwrap_or_default()
}

/// The rules of every role bound to the identity: cluster-wide bindings first, then the bindings of
/// `namespace` (none when empty), as RBAC's rule resolver visits them.
pub fn rules_for(server: &Server, who: &Identity, namespace: &str) -> Vec<Value> {
    let mut rules = Vec::new();
    for (_, stored) in server.store.scan("/rbac.authorization.k8s.io/clusterrolebindings/") {
        let b = stored.value();
        let subjects = b.get("subjects").and_then(Value::as_array).cloned().unwrap_or_default();
        if subjects.iter().any(|s| subject_matches(s, who, "")) {
            rules.extend(role_rules(server, &b["roleRef"], ""));
        }
    }
    if !namespace.is_empty() {
        for (_, stored) in server.store.scan(&format!("/rbac.authorization.k8s.io/rolebindings/{namespace}/")) {
            let b = stored.value();
            let subjects = b.get("subjects").and_then(Value::as_array).cloned().unwrap_or_default();
            if subjects.iter().any(|s| subject_matches(s, who, namespace)) {
                rules.extend(role_rules(server, &b["roleRef"], namespace));
            }
        }
    }
    rules
}

/// Whether the identity may do what `a` describes, by its ClusterRoleBindings and RoleBindings.
pub fn allowed(server: &Server, who: &Identity, a: &Attributes) -> bool {
    who.admin || rules_for(server, who, a.namespace).iter().any(|r| rule_allows(r, a))
}

/// The impersonation filter: a caller other than the admin needs the `impersonate` verb on the user (or
/// service account) and on every group it asks for.
pub fn authorize_impersonation(server: &Server, caller: &Identity, user: &str, groups: &[String]) -> ApiResult<()> {
    let check = |resource: &str, namespace: &str, name: &str| -> ApiResult<()> {
        let a = Attributes { verb: "impersonate", group: "", resource, subresource: "", namespace, name };
        if allowed(server, caller, &a) {
            Ok(())
        } else {
            Err(ApiError::rbac_denied(&caller.user, "impersonate", "", resource, name, namespace))
        }
    };
    match user.strip_prefix("system:serviceaccount:").and_then(|rest| rest.split_once(':')) {
        Some((namespace, name)) => check("serviceaccounts", namespace, name)?,
        None => check("users", "", user)?,
    }
    // The groups a service account always has come with it; only the ones asked for are checked.
    let implied = |g: &str| g == "system:authenticated" || g.starts_with("system:serviceaccounts");
    for g in groups.iter().filter(|g| !implied(g)) {
        check("groups", "", g)?;
    }
    Ok(())
}

/// Answers `SelfSubjectRulesReview` (`kubectl auth can-i --list`): the rules of the caller's roles in the
/// namespace, split into resource and non-resource rules as the RBAC authorizer reports them.
pub fn rules_review(server: &Server, ctx: &Ctx, mut obj: Value) -> ApiResult<Reply> {
    let namespace = obj.pointer("/spec/namespace").and_then(Value::as_str).unwrap_or_default().to_string();
    if namespace.is_empty() {
        return Err(ApiError::bad_request("no namespace on request"));
    }
    let list = |rule: &Value, k: &str| rule.get(k).and_then(Value::as_array).filter(|a| !a.is_empty()).cloned();
    let mut resource_rules = Vec::new();
    let mut non_resource_rules = Vec::new();
    for rule in rules_for(server, &ctx.identity, &namespace) {
        let verbs = list(&rule, "verbs").unwrap_or_default();
        if let Some(resources) = list(&rule, "resources") {
            let mut r = json!({"verbs": verbs, "apiGroups": list(&rule, "apiGroups").unwrap_or_default(), "resources": resources});
            if let Some(names) = list(&rule, "resourceNames") {
                r["resourceNames"] = json!(names);
            }
            resource_rules.push(r);
        }
        if let Some(urls) = list(&rule, "nonResourceURLs") {
            non_resource_rules.push(json!({"verbs": verbs, "nonResourceURLs": urls}));
        }
    }
    obj["status"] =
        json!({"resourceRules": resource_rules, "nonResourceRules": non_resource_rules, "incomplete": false});
    Ok(review_reply("authorization.k8s.io/v1", "SelfSubjectRulesReview", obj))
}

/// Answers `SelfSubjectReview` (`kubectl auth whoami`): who the server takes the caller for.
pub fn whoami(ctx: &Ctx, mut obj: Value) -> ApiResult<Reply> {
    let who = &ctx.identity;
    let mut user = json!({"username": who.user, "groups": who.groups});
    if !who.uid.is_empty() {
        user["uid"] = json!(who.uid);
    }
    if !who.extra.is_empty() {
        user["extra"] = json!(who.extra);
    }
    obj["status"] = json!({"userInfo": user});
    Ok(review_reply("authentication.k8s.io/v1", "SelfSubjectReview", obj))
}

/// A review answered, not stored: kube-apiserver returns it with `creationTimestamp: null` and 201.
fn review_reply(api_version: &str, kind: &str, mut obj: Value) -> Reply {
    obj["apiVersion"] = json!(api_version);
    obj["kind"] = json!(kind);
    if !obj.get("metadata").is_some_and(Value::is_object) {
        obj["metadata"] = json!({});
    }
    obj["metadata"]["creationTimestamp"] = Value::Null;
    Reply::Json(StatusCode::CREATED, obj)
}

/// Answers `SelfSubjectAccessReview`, `SubjectAccessReview` and `LocalSubjectAccessReview` creations.
pub fn review(server: &Server, ctx: &Ctx, mut obj: Value) -> ApiResult<Reply> {
    let kind = ctx.resource.kind.clone();
    let who = match kind.as_str() {
        "SelfSubjectAccessReview" => ctx.identity.clone(),
        "SubjectAccessReview" | "LocalSubjectAccessReview" => {
            let user = obj.pointer("/spec/user").and_then(Value::as_str).unwrap_or_default().to_string();
            let mut groups: Vec<String> = obj
                .pointer("/spec/groups")
                .and_then(Value::as_array)
                .map(|g| g.iter().filter_map(Value::as_str).map(String::from).collect())
                .unwrap_or_default();
            if let Some(rest) = user.strip_prefix("system:serviceaccount:") {
                if let Some((ns, _)) = rest.split_once(':') {
                    groups.push("system:serviceaccounts".into());
                    groups.push(format!("system:serviceaccounts:{ns}"));
                }
            }
            let admin = groups.iter().any(|g| g == "system:masters");
            Identity { user, groups, admin, ..Identity::default() }
        }
        "SelfSubjectRulesReview" => return rules_review(server, ctx, obj),
        other => return Err(ApiError::method_not_allowed(&format!("create {other}"))),
    };
    let ra = obj.pointer("/spec/resourceAttributes").cloned().unwrap_or(json!({}));
    let get = |k: &str| ra.get(k).and_then(Value::as_str).unwrap_or_default().to_string();
    let (verb, group, resource, sub, ns, name) =
        (get("verb"), get("group"), get("resource"), get("subresource"), get("namespace"), get("name"));
    let allowed = if obj.pointer("/spec/nonResourceAttributes").is_some() {
        true
    } else {
        self::allowed(
            server,
            &who,
            &Attributes {
                verb: &verb,
                group: &group,
                resource: &resource,
                subresource: &sub,
                namespace: &ns,
                name: &name,
            },
        )
    };
    let mut status = json!({"allowed": allowed});
    if allowed && !who.admin {
        status["reason"] = json!("allowed by RBAC");
    }
    obj["status"] = status;
    Ok(review_reply("authorization.k8s.io/v1", &kind, obj))
}

/// The default ClusterRoles every cluster has, so bindings to them (Flux binds `cluster-admin`) work.
pub fn bootstrap_roles() -> Vec<Value> {
    let role = |name: &str, rules: Value| {
        json!({"apiVersion": "rbac.authorization.k8s.io/v1", "kind": "ClusterRole",
               "metadata": {"name": name, "labels": {"kubernetes.io/bootstrapping": "rbac-defaults"},
                            "annotations": {"rbac.authorization.kubernetes.io/autoupdate": "true"}},
               "rules": rules})
    };
    let read = json!(["get", "list", "watch"]);
    vec![
        role(
            "cluster-admin",
            json!([{"apiGroups": ["*"], "resources": ["*"], "verbs": ["*"]}, {"nonResourceURLs": ["*"], "verbs": ["*"]}]),
        ),
        role("admin", json!([{"apiGroups": ["*"], "resources": ["*"], "verbs": ["*"]}])),
        role(
            "edit",
            json!([{"apiGroups": ["*"], "resources": ["*"], "verbs": ["create", "delete", "deletecollection", "get", "list", "patch", "update", "watch"]}]),
        ),
        role(
            "system:basic-user",
            json!([{"apiGroups": ["authorization.k8s.io"], "resources": ["selfsubjectaccessreviews", "selfsubjectrulesreviews"], "verbs": ["create"]},
                   {"apiGroups": ["authentication.k8s.io"], "resources": ["selfsubjectreviews"], "verbs": ["create"]}]),
        ),
        role(
            "system:discovery",
            json!([{"nonResourceURLs": ["/api", "/api/*", "/apis", "/apis/*", "/healthz", "/livez", "/openapi", "/openapi/*", "/readyz", "/version", "/version/"],
                    "verbs": ["get"]}]),
        ),
        role(
            "system:public-info-viewer",
            json!([{"nonResourceURLs": ["/healthz", "/livez", "/readyz", "/version", "/version/"], "verbs": ["get"]}]),
        ),
        role(
            "view",
            json!([{"apiGroups": ["", "apps", "batch", "autoscaling", "networking.k8s.io", "policy", "discovery.k8s.io"],
                             "resources": ["configmaps", "endpoints", "persistentvolumeclaims", "pods", "pods/log", "pods/status", "replicationcontrollers", "services", "serviceaccounts", "events", "limitranges", "resourcequotas", "namespaces", "deployments", "replicasets", "statefulsets", "daemonsets", "jobs", "cronjobs", "horizontalpodautoscalers", "ingresses", "networkpolicies", "poddisruptionbudgets", "endpointslices"],
                             "verbs": read}]),
        ),
    ]
}

/// The default ClusterRoleBindings: `system:masters` is cluster-admin, and every authenticated user may
/// ask about itself and read discovery (kube-apiserver's bootstrap policy since 1.14).
pub fn bootstrap_bindings() -> Vec<Value> {
    let binding = |name: &str, groups: &[&str]| {
        let subjects: Vec<Value> = groups
            .iter()
            .map(|g| json!({"apiGroup": "rbac.authorization.k8s.io", "kind": "Group", "name": g}))
            .collect();
        json!({"apiVersion": "rbac.authorization.k8s.io/v1", "kind": "ClusterRoleBinding",
               "metadata": {"name": name, "labels": {"kubernetes.io/bootstrapping": "rbac-defaults"},
                            "annotations": {"rbac.authorization.kubernetes.io/autoupdate": "true"}},
               "roleRef": {"apiGroup": "rbac.authorization.k8s.io", "kind": "ClusterRole", "name": name},
               "subjects": subjects})
    };
    vec![
        binding("cluster-admin", &["system:masters"]),
        binding("system:basic-user", &["system:authenticated"]),
        binding("system:discovery", &["system:authenticated"]),
        binding("system:public-info-viewer", &["system:authenticated", "system:unauthenticated"]),
    ]
}

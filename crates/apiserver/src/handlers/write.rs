//! create, update, patch (merge, JSON, strategic, apply), delete and deletecollection.
//!
//! Every write goes through one pipeline: build the candidate object, [`Server::admit`] it (schema pruning,
//! defaulting, validation, kind rules, generation, managed fields) and commit it with a revision
//! precondition, so concurrent writers get kube-apiserver's optimistic-concurrency behaviour.

use std::sync::Arc;

use http::StatusCode;
use k8s_schema::ssa::{Endpoint, FieldSet, SsaError};
use serde_json::{json, Value};

use super::read::{scope_prefix, ListFilter};
use super::{present_value, store_error};
use crate::objects::{self, meta_mut, meta_str};
use crate::registry::ResourceInfo;
use crate::server::{Ctx, Reply, Server};
use crate::status::{ApiError, ApiResult, Cause};
use crate::store::{Precondition, Stored};
use crate::structural;
use crate::typed;

/// Patch bodies kube-apiserver accepts for custom resources (strategic merge patch is built-in only).
const CR_PATCH_TYPES: &[&str] = &[
    "application/json-patch+json",
    "application/merge-patch+json",
    "application/apply-patch+yaml",
    "application/apply-patch+cbor",
];
const PATCH_TYPES: &[&str] = &[
    "application/json-patch+json",
    "application/merge-patch+json",
    "application/strategic-merge-patch+json",
    "application/apply-patch+yaml",
    "application/apply-patch+cbor",
];

/// How many times a patch is recomputed when another writer got in between.
const PATCH_RETRIES: usize = 8;

/// `DeleteOptions` from the body and the query string.
#[derive(Debug, Clone, Default)]
pub(crate) struct DeleteOptions {
    pub propagation: Option<String>,
    pub dry_run: bool,
    pub precondition_uid: Option<String>,
    pub precondition_rv: Option<String>,
}

impl DeleteOptions {
    fn from_ctx(ctx: &Ctx) -> ApiResult<DeleteOptions> {
        let body: Value = if ctx.body.is_empty() {
            json!({})
        } else {
            serde_json::from_slice(&ctx.body)
                .map_err(|e| ApiError::bad_request(format!("error decoding DeleteOptions: {e}")))?
        };
        DeleteOptions::from_value(&body, ctx)
    }

    /// Options from a `DeleteOptions` object (null for none) and the query string.
    pub(crate) fn from_value(body: &Value, ctx: &Ctx) -> ApiResult<DeleteOptions> {
        let mut propagation = body.get("propagationPolicy").and_then(Value::as_str).map(String::from);
        if propagation.is_none() {
            propagation = ctx.query.get("propagationPolicy").filter(|p| !p.is_empty()).map(String::from);
        }
        if propagation.is_none() {
            let orphan = body
                .get("orphanDependents")
                .and_then(Value::as_bool)
                .or_else(|| ctx.query.get("orphanDependents").map(|v| v == "true"));
            if orphan == Some(true) {
                propagation = Some("Orphan".into());
            }
        }
        if let Some(p) = &propagation {
            if !matches!(p.as_str(), "Orphan" | "Background" | "Foreground") {
                return Err(ApiError::invalid(
                    "",
                    "DeleteOptions",
                    "",
                    vec![Cause::not_supported(
                        "propagationPolicy",
                        &json!(p),
                        &[json!("Foreground"), json!("Background"), json!("Orphan"), json!("nil")],
                    )],
                ));
            }
        }
        let dry =
            body.get("dryRun").and_then(Value::as_array).is_some_and(|a| a.iter().any(|v| v == "All")) || ctx.dry_run();
        Ok(DeleteOptions {
            propagation,
            dry_run: dry,
            precondition_uid: body.pointer("/preconditions/uid").and_then(Value::as_str).map(String::from),
            precondition_rv: body.pointer("/preconditions/resourceVersion").and_then(Value::as_str).map(String::from),
        })
    }
}

/// The result of a delete.
pub(crate) enum Deleted {
    /// The object is gone; this is its last state.
    Gone(Value),
    /// Deletion started and waits on finalizers.
    Pending(Value),
}

/// The request body as JSON, decoded from JSON or protobuf.
pub(crate) fn parse_body(ctx: &Ctx) -> ApiResult<Value> {
    let ct = ctx.header("content-type");
    if ct.starts_with("application/vnd.kubernetes.protobuf") {
        return crate::protobuf::decode(&ctx.body, &ctx.resource);
    }
    serde_json::from_slice(&ctx.body).map_err(|e| {
        ApiError::bad_request(format!(
            "the object provided is unrecognized (must be of type {}): couldn't get version/kind; json parse error: {e}",
            ctx.resource.kind
        ))
    })
}

fn ssa_endpoint<'a>(r: &'a ResourceInfo, subresource: Option<&str>) -> Endpoint<'a> {
    let sub = subresource.filter(|s| !s.is_empty());
    let ep = match r.schema() {
        Some(s) => Endpoint::new(s, &r.api_version(), sub),
        None => Endpoint::schemaless(&r.api_version(), sub),
    };
    if r.is_custom() && !r.has_status() {
        ep.with_reset_fields(FieldSet::new())
    } else {
        ep
    }
}

fn ssa_error(e: SsaError, r: &ResourceInfo, name: &str) -> ApiError {
    match e {
        SsaError::Conflicts(conflicts) => {
            let causes = conflicts
                .iter()
                .map(|c| Cause {
                    reason: "FieldManagerConflict".into(),
                    field: c.path.clone(),
                    message: c.cause_message(),
                })
                .collect();
            ApiError::apply_conflict(&r.group, &r.plural, name, SsaError::Conflicts(conflicts).to_string(), causes)
        }
        SsaError::BadRequest(m) => ApiError::bad_request(m),
        SsaError::Invalid(m) => ApiError::internal(m),
    }
}

fn is_csr(r: &ResourceInfo) -> bool {
    r.group == "certificates.k8s.io" && r.plural == "certificatesigningrequests"
}

/// Server-side apply converts the applied configuration to a typed value after its own checks of the body
/// (managed fields, apiVersion), which report first.
fn check_applied(r: &ResourceInfo, applied: &Value) -> ApiResult<()> {
    if applied.pointer("/metadata/managedFields").is_some_and(|m| !m.is_null()) {
        return Ok(());
    }
    typed::check_applied(r, applied)
}

impl Server {
    pub(crate) async fn create(self: &Arc<Self>, ctx: &Ctx, warnings: &mut Vec<String>) -> ApiResult<Reply> {
        let r = ctx.resource.clone();
        let mut obj = parse_body(ctx)?;
        objects::check_type(&r, &mut obj)?;
        typed::check_body(&r, &obj)?;
        if r.group == "authorization.k8s.io" {
            return crate::rbac::review(self, ctx, obj);
        }
        if r.group == "authentication.k8s.io" && r.plural == "selfsubjectreviews" {
            return crate::rbac::whoami(ctx, obj);
        }
        self.place(ctx, &r, &mut obj)?;
        let stored = self.create_object(ctx, &r, obj, None, warnings).await?;
        Ok(Reply::Json(StatusCode::CREATED, present_value(&r, stored.value())))
    }

    /// Sets the namespace from the URL (or checks it matches) and resolves `generateName`.
    fn place(&self, ctx: &Ctx, r: &ResourceInfo, obj: &mut Value) -> ApiResult<()> {
        let body_ns = meta_str(obj, "namespace").to_string();
        let m = meta_mut(obj);
        if r.namespaced {
            if !body_ns.is_empty() && body_ns != ctx.info.namespace {
                return Err(ApiError::bad_request(
                    "the namespace of the provided object does not match the namespace sent on the request",
                ));
            }
            m.insert("namespace".into(), json!(ctx.info.namespace));
        } else {
            m.remove("namespace");
        }
        let name = m.get("name").and_then(Value::as_str).unwrap_or_default().to_string();
        let generate = m.get("generateName").and_then(Value::as_str).unwrap_or_default().to_string();
        if name.is_empty() && !generate.is_empty() {
            m.insert("name".into(), json!(format!("{generate}{}", objects::generate_suffix())));
        }
        Ok(())
    }

    /// The create pipeline shared by POST and by apply-creates. `applied` carries the managed fields already
    /// computed by server-side apply.
    async fn create_object(
        &self,
        ctx: &Ctx,
        r: &Arc<ResourceInfo>,
        mut obj: Value,
        applied: Option<()>,
        warnings: &mut Vec<String>,
    ) -> ApiResult<Arc<Stored>> {
        let name = objects::name_of(&obj).to_string();
        if name.is_empty() {
            return Err(ApiError::invalid(
                &r.group,
                &r.kind,
                "",
                vec![Cause {
                    reason: "FieldValueRequired".into(),
                    field: "metadata.name".into(),
                    message: "Required value: name or generateName is required".into(),
                }],
            ));
        }
        let mut causes = objects::validate_name(r, &name);
        causes.extend(objects::validate_labels(&obj));
        if !causes.is_empty() {
            return Err(ApiError::invalid(&r.group, &r.kind, &name, causes));
        }
        if r.namespaced {
            self.check_namespace_open(r, &ctx.info.namespace, &name)?;
        }
        {
            let m = meta_mut(&mut obj);
            m.insert("uid".into(), json!(uuid::Uuid::new_v4().to_string()));
            m.insert("creationTimestamp".into(), json!(objects::now()));
            for f in ["resourceVersion", "deletionTimestamp", "deletionGracePeriodSeconds", "selfLink"] {
                m.remove(f);
            }
        }
        if r.has_status() {
            objects::keep_status(None, &mut obj);
        }
        if is_csr(r) {
            crate::certificates::prepare_create(&mut obj, &ctx.identity);
        }
        objects::init_generation(r, &mut obj);
        self.admit(ctx, r, None, &mut obj, warnings)?;
        if applied.is_none() {
            obj = ssa_endpoint(r, None)
                .record_update(None, &obj, &ctx.manager(), &objects::now())
                .map_err(|e| ssa_error(e, r, &name))?;
        }
        let key = r.key(&ctx.info.namespace, &name);
        let obj = stored_form(r, obj);
        let written = self
            .store
            .put(&key, Precondition::MustNotExist, obj, ctx.dry_run())
            .await
            .map_err(|e| store_error(e, r, &name))?;
        if !ctx.dry_run() {
            self.after_write(r);
        }
        Ok(written.stored)
    }

    /// Schema and kind rules for a candidate object (create when `old` is None).
    fn admit(
        &self,
        ctx: &Ctx,
        r: &ResourceInfo,
        old: Option<&Value>,
        obj: &mut Value,
        warnings: &mut Vec<String>,
    ) -> ApiResult<()> {
        let name = objects::name_of(obj).to_string();
        if let Some(schema) = r.schema() {
            let pruned = structural::prune(obj, schema, r.is_custom());
            if !pruned.is_empty() {
                let list: Vec<String> = pruned.iter().map(|p| format!("unknown field \"{p}\"")).collect();
                match ctx.query.get("fieldValidation") {
                    Some("Strict") => {
                        return Err(ApiError::bad_request(format!("strict decoding error: {}", list.join(", "))))
                    }
                    Some("Warn") => warnings.extend(list),
                    _ => {}
                }
            }
            if r.is_custom() {
                structural::apply_defaults(obj, schema);
                let report = structural::validate(obj, old, schema);
                if !report.causes.is_empty() {
                    return Err(ApiError::invalid(&r.group, &r.kind, &name, report.causes));
                }
                for w in report.warnings {
                    if !warnings.contains(&w) {
                        warnings.push(w);
                    }
                }
            }
        }
        crate::admission::admit(self, r, old, obj)?;
        if let Some(old) = old {
            objects::bump_generation(r, old, obj);
        }
        Ok(())
    }

    fn check_namespace_open(&self, r: &ResourceInfo, namespace: &str, name: &str) -> ApiResult<()> {
        let ns = self
            .store
            .get(&format!("/core/namespaces/{namespace}"))
            .ok_or_else(|| ApiError::namespace_not_found(namespace))?;
        if objects::is_deleting(&ns.value()) {
            let mut e = ApiError::forbidden(format!(
                "{} \"{name}\" is forbidden: unable to create new content in namespace {namespace} because it is being terminated",
                crate::status::qualified(&r.plural, &r.group)
            ));
            e = e.with_causes(
                &r.group,
                &r.plural,
                name,
                vec![Cause {
                    reason: "NamespaceTerminating".into(),
                    field: "metadata.namespace".into(),
                    message: format!("namespace {namespace} is being terminated"),
                }],
            );
            return Err(e);
        }
        Ok(())
    }

    /// Hooks after a committed write: CRDs change what is served.
    pub(crate) fn after_write(&self, r: &ResourceInfo) {
        if r.group == "apiextensions.k8s.io" && r.plural == "customresourcedefinitions" {
            self.reload_registry();
        }
    }

    pub(crate) async fn update(self: &Arc<Self>, ctx: &Ctx, warnings: &mut Vec<String>) -> ApiResult<Reply> {
        let r = ctx.resource.clone();
        let mut obj = parse_body(ctx)?;
        objects::check_type(&r, &mut obj)?;
        typed::check_body(&r, &obj)?;
        let body_name = objects::name_of(&obj).to_string();
        if body_name != ctx.info.name {
            return Err(ApiError::bad_request(format!(
                "the name of the object ({body_name}) does not match the name on the URL ({})",
                ctx.info.name
            )));
        }
        self.place(ctx, &r, &mut obj)?;
        let key = r.key(&ctx.info.namespace, &ctx.info.name);
        let current = self.store.get(&key).ok_or_else(|| ApiError::not_found(&r.group, &r.plural, &ctx.info.name))?;
        let pre = match meta_str(&obj, "resourceVersion") {
            "" => current.revision,
            rv => rv.parse().map_err(|_| ApiError::bad_request(format!("invalid resource version: {rv}")))?,
        };
        if pre != current.revision {
            return Err(ApiError::stale(&r.group, &r.plural, &ctx.info.name));
        }
        let stored = self.update_object(ctx, &r, &current, obj, false, warnings).await?;
        Ok(Reply::Json(StatusCode::OK, present_value(&r, stored.value())))
    }

    /// The update pipeline shared by PUT, patches and applies. `applied` means managed fields were already
    /// computed by server-side apply.
    async fn update_object(
        &self,
        ctx: &Ctx,
        r: &Arc<ResourceInfo>,
        current: &Arc<Stored>,
        mut obj: Value,
        applied: bool,
        warnings: &mut Vec<String>,
    ) -> ApiResult<Arc<Stored>> {
        let old = present_value(r, current.value());
        let name = ctx.info.name.clone();
        let sub = ctx.info.subresource.as_str();
        match sub {
            "status" => obj = objects::status_only(&old, &obj),
            "approval" => {
                crate::certificates::authorize_approval(self, &ctx.identity, &old, &obj)?;
                let causes = crate::certificates::validate_conditions(&old, &obj);
                if !causes.is_empty() {
                    return Err(ApiError::invalid(&r.group, &r.kind, &name, causes));
                }
                obj = crate::certificates::approval_update(&old, &obj, &objects::now());
            }
            "finalize" => {
                let mut next = old.clone();
                next["spec"]["finalizers"] = obj.pointer("/spec/finalizers").cloned().unwrap_or(json!([]));
                obj = next;
            }
            _ => {
                objects::keep_server_fields(&old, &mut obj);
                if r.has_status() {
                    objects::keep_status(Some(&old), &mut obj);
                }
                if is_csr(r) {
                    crate::certificates::keep_spec_and_status(&old, &mut obj);
                }
            }
        }
        if objects::is_deleting(&old) {
            let before = objects::finalizers(&old);
            let added: Vec<String> = objects::finalizers(&obj).into_iter().filter(|f| !before.contains(f)).collect();
            if !added.is_empty() {
                let list = added.iter().map(|f| format!("{f:?}")).collect::<Vec<_>>().join(", ");
                return Err(ApiError::invalid(&r.group, &r.kind, &name, vec![Cause::forbidden("metadata.finalizers", &format!("no new finalizers can be added if the object is being deleted, found new finalizers []string{{{list}}}"))]));
            }
        }
        let mut causes = objects::validate_labels(&obj);
        if !causes.is_empty() {
            causes.truncate(10);
            return Err(ApiError::invalid(&r.group, &r.kind, &name, causes));
        }
        self.admit(ctx, r, Some(&old), &mut obj, warnings)?;
        if !applied {
            let subresource = (!sub.is_empty()).then_some(sub);
            obj = ssa_endpoint(r, subresource)
                .record_update(Some(&old), &obj, &ctx.manager(), &objects::now())
                .map_err(|e| ssa_error(e, r, &name))?;
        }
        // Managed-field timestamps alone are not a change: a no-op write must not take a revision.
        if unchanged_but_times(&old, &obj) {
            return Ok(current.clone());
        }
        let key = r.key(&ctx.info.namespace, &name);
        let obj = stored_form(r, obj);
        let written = self
            .store
            .put(&key, Precondition::Revision(current.revision), obj, ctx.dry_run())
            .await
            .map_err(|e| store_error(e, r, &name))?;
        let value = written.stored.value();
        if objects::is_deleting(&value)
            && objects::finalizers(&value).is_empty()
            && !ctx.dry_run()
            && !(r.group.is_empty() && r.plural == "namespaces")
        {
            let gone = self
                .store
                .delete(&key, Precondition::Revision(written.stored.revision), false)
                .await
                .map_err(|e| store_error(e, r, &name))?;
            self.after_write(r);
            return Ok(gone);
        }
        if !ctx.dry_run() {
            self.after_write(r);
        }
        Ok(written.stored)
    }

    pub(crate) async fn patch(self: &Arc<Self>, ctx: &Ctx, warnings: &mut Vec<String>) -> ApiResult<Reply> {
        let r = ctx.resource.clone();
        let content_type = ctx.header("content-type").split(';').next().unwrap_or_default().trim().to_string();
        let accepted = if r.is_custom() { CR_PATCH_TYPES } else { PATCH_TYPES };
        if !accepted.contains(&content_type.as_str()) {
            return Err(ApiError::unsupported_media_type(&content_type, accepted));
        }
        let is_apply = content_type.starts_with("application/apply-patch");
        let patch: Value = if is_apply && content_type.ends_with("yaml") {
            crate::yamlish::parse(&ctx.body).map_err(|e| ApiError::bad_request(format!("error decoding YAML: {e}")))?
        } else {
            serde_json::from_slice(&ctx.body)
                .map_err(|e| ApiError::bad_request(format!("error decoding patch: {e}")))?
        };
        if is_apply && ctx.query.get("fieldManager").unwrap_or_default().is_empty() {
            return Err(ApiError::invalid(
                "meta.k8s.io",
                "PatchOptions",
                "",
                vec![Cause {
                    reason: "FieldValueRequired".into(),
                    field: "fieldManager".into(),
                    message: "Required value: is required for apply patch".into(),
                }],
            ));
        }
        let key = r.key(&ctx.info.namespace, &ctx.info.name);
        let force = ctx.query.flag("force");
        let now = objects::now();
        for _ in 0..PATCH_RETRIES {
            let current = self.store.get(&key);
            let Some(current) = current else {
                if is_apply && ctx.info.subresource.is_empty() {
                    let mut obj = patch.clone();
                    objects::check_type(&r, &mut obj)?;
                    check_applied(&r, &obj)?;
                    if objects::name_of(&obj) != ctx.info.name {
                        return Err(ApiError::bad_request(format!(
                            "the name of the object ({}) does not match the name on the URL ({})",
                            objects::name_of(&obj),
                            ctx.info.name
                        )));
                    }
                    self.place(ctx, &r, &mut obj)?;
                    let created = ssa_endpoint(&r, None)
                        .apply(None, &obj, &ctx.manager(), force, &now)
                        .map_err(|e| ssa_error(e, &r, &ctx.info.name))?;
                    match self.create_object(ctx, &r, created, Some(()), warnings).await {
                        Err(e) if e.reason == "AlreadyExists" => continue,
                        Err(e) => return Err(e),
                        Ok(stored) => return Ok(Reply::Json(StatusCode::CREATED, present_value(&r, stored.value()))),
                    }
                }
                return Err(ApiError::not_found(&r.group, &r.plural, &ctx.info.name));
            };
            let old = present_value(&r, current.value());
            let sub = ctx.info.subresource.as_str();
            let patched = match content_type.as_str() {
                "application/merge-patch+json" => {
                    let mut v = old.clone();
                    crate::patch::merge_patch(&mut v, &patch);
                    typed::check_json_patched(&r, &v)?;
                    v
                }
                "application/json-patch+json" => {
                    let mut v = old.clone();
                    crate::patch::json_patch(&mut v, &patch).map_err(|m| {
                        ApiError::invalid(
                            &r.group,
                            &r.kind,
                            &ctx.info.name,
                            vec![Cause { reason: "FieldValueInvalid".into(), field: String::new(), message: m }],
                        )
                    })?;
                    typed::check_json_patched(&r, &v)?;
                    v
                }
                "application/strategic-merge-patch+json" => {
                    let patched = k8s_schema::smp::apply(&old, &patch, r.schema()).map_err(|e| {
                        ApiError::invalid(
                            &r.group,
                            &r.kind,
                            &ctx.info.name,
                            vec![Cause {
                                reason: "FieldValueInvalid".into(),
                                field: String::new(),
                                message: e.to_string(),
                            }],
                        )
                    })?;
                    typed::check_strategic_patched(&r, &patch, &patched)?;
                    patched
                }
                _ => {
                    let mut applied = patch.clone();
                    objects::check_type(&r, &mut applied)?;
                    check_applied(&r, &applied)?;
                    ssa_endpoint(&r, (!sub.is_empty()).then_some(sub))
                        .apply(Some(&old), &applied, &ctx.manager(), force, &now)
                        .map_err(|e| ssa_error(e, &r, &ctx.info.name))?
                }
            };
            let mut patched = patched;
            objects::check_type(&r, &mut patched)?;
            if objects::name_of(&patched) != ctx.info.name {
                return Err(ApiError::bad_request(
                    "metadata.name: Invalid value: the name of the object may not change",
                ));
            }
            // A resourceVersion in the patch is a precondition, as in kube-apiserver.
            let wanted_rv = meta_str(&patched, "resourceVersion").to_string();
            if !wanted_rv.is_empty() && wanted_rv != current.revision.to_string() {
                return Err(ApiError::stale(&r.group, &r.plural, &ctx.info.name));
            }
            self.place(ctx, &r, &mut patched)?;
            match self.update_object(ctx, &r, &current, patched, is_apply, warnings).await {
                Err(e)
                    if e.reason == "Conflict"
                        && e.code == 409
                        && wanted_rv.is_empty()
                        && e.message.contains("has been modified") =>
                {
                    continue
                }
                Err(e) => return Err(e),
                Ok(stored) => {
                    return Ok(Reply::Json(StatusCode::OK, present_value(&r, stored.value())));
                }
            }
        }
        Err(ApiError::stale(&r.group, &r.plural, &ctx.info.name))
    }

    pub(crate) async fn write_scale(self: &Arc<Self>, ctx: &Ctx) -> ApiResult<Reply> {
        let r = ctx.resource.clone();
        let key = r.key(&ctx.info.namespace, &ctx.info.name);
        let current = self.store.get(&key).ok_or_else(|| ApiError::not_found(&r.group, &r.plural, &ctx.info.name))?;
        let obj = current.value();
        let mut scale = super::read::scale_of(&r, &obj);
        let body: Value = serde_json::from_slice(&ctx.body)
            .map_err(|e| ApiError::bad_request(format!("error decoding Scale: {e}")))?;
        if ctx.info.verb == "patch" {
            crate::patch::merge_patch(&mut scale, &body);
        } else {
            scale = body;
        }
        let replicas = scale.pointer("/spec/replicas").and_then(Value::as_i64).unwrap_or(0);
        if replicas < 0 {
            return Err(ApiError::invalid(
                "autoscaling",
                "Scale",
                &ctx.info.name,
                vec![Cause::invalid("spec.replicas", &json!(replicas), "must be greater than or equal to 0")],
            ));
        }
        let path = r.scale.as_ref().map(|s| s.spec_replicas.clone()).unwrap_or_else(|| ".spec.replicas".into());
        let mut next = obj.clone();
        let pointer = format!("/{}", path.trim_start_matches('.').replace('.', "/"));
        set_pointer(&mut next, &pointer, json!(replicas));
        let mut warnings = Vec::new();
        let stored = self.update_object(ctx, &r, &current, next, false, &mut warnings).await?;
        Ok(Reply::Json(StatusCode::OK, super::read::scale_of(&r, &stored.value())))
    }

    pub(crate) async fn delete(self: &Arc<Self>, ctx: &Ctx) -> ApiResult<Reply> {
        let r = ctx.resource.clone();
        let opts = DeleteOptions::from_ctx(ctx)?;
        let key = r.key(&ctx.info.namespace, &ctx.info.name);
        if r.group.is_empty()
            && r.plural == "namespaces"
            && matches!(ctx.info.name.as_str(), "default" | "kube-system" | "kube-public")
        {
            return Err(ApiError::forbidden(format!(
                "namespaces \"{}\" is forbidden: this namespace may not be deleted",
                ctx.info.name
            ))
            .with_causes("", "namespaces", &ctx.info.name, vec![]));
        }
        match delete_object(self, &r, &key, &ctx.info.name, &opts).await? {
            Deleted::Pending(obj) => Ok(Reply::Json(StatusCode::OK, present_value(&r, obj))),
            Deleted::Gone(obj) if r.group.is_empty() && r.plural == "pods" => {
                Ok(Reply::Json(StatusCode::OK, present_value(&r, obj)))
            }
            Deleted::Gone(obj) => Ok(Reply::Json(
                StatusCode::OK,
                json!({
                    "kind": "Status", "apiVersion": "v1", "metadata": {}, "status": "Success",
                    "details": {"name": ctx.info.name, "group": r.group, "kind": r.plural, "uid": meta_str(&obj, "uid")}
                }),
            )),
        }
    }

    pub(crate) async fn delete_collection(self: &Arc<Self>, ctx: &Ctx) -> ApiResult<Reply> {
        let r = ctx.resource.clone();
        let opts = DeleteOptions::from_ctx(ctx)?;
        let filter = ListFilter::from_ctx(ctx)?;
        let mut items = Vec::new();
        for (key, stored) in self.store.scan(&scope_prefix(ctx)) {
            let obj = stored.value();
            if !filter.matches(&obj) {
                continue;
            }
            let name = objects::name_of(&obj).to_string();
            match delete_object(self, &r, &key, &name, &opts).await {
                Ok(Deleted::Gone(v) | Deleted::Pending(v)) => items.push(present_value(&r, v)),
                Err(e) if e.code == 404 => {}
                Err(e) => return Err(e),
            }
        }
        Ok(Reply::Json(
            StatusCode::OK,
            json!({"kind": format!("{}List", r.kind), "apiVersion": r.api_version(), "metadata": {"resourceVersion": self.store.revision().to_string()}, "items": items}),
        ))
    }
}

/// Deletes one object with kube-apiserver's finalizer and propagation rules. Controllers call this too.
pub(crate) async fn delete_object(
    server: &Server,
    r: &ResourceInfo,
    key: &str,
    name: &str,
    opts: &DeleteOptions,
) -> ApiResult<Deleted> {
    loop {
        let current = server.store.get(key).ok_or_else(|| ApiError::not_found(&r.group, &r.plural, name))?;
        let mut obj = current.value();
        if let Some(uid) = &opts.precondition_uid {
            let have = meta_str(&obj, "uid");
            if uid != have {
                return Err(ApiError::conflict(
                    &r.group,
                    &r.plural,
                    name,
                    &format!("Precondition failed: UID in precondition: {uid}, UID in object meta: {have}"),
                ));
            }
        }
        if let Some(rv) = &opts.precondition_rv {
            let have = meta_str(&obj, "resourceVersion");
            if rv != have {
                return Err(ApiError::conflict(&r.group, &r.plural, name, &format!("Precondition failed: ResourceVersion in precondition: {rv}, ResourceVersion in object meta: {have}")));
            }
        }
        let is_namespace = r.group.is_empty() && r.plural == "namespaces";
        let mut finalizers = objects::finalizers(&obj);
        let deleting = objects::is_deleting(&obj);
        if !deleting {
            match opts.propagation.as_deref() {
                Some("Foreground") if !finalizers.iter().any(|f| f == "foregroundDeletion") => {
                    finalizers.push("foregroundDeletion".into())
                }
                Some("Orphan") if !finalizers.iter().any(|f| f == "orphan") => finalizers.push("orphan".into()),
                _ => {}
            }
        }
        let spec_finalizers = obj.pointer("/spec/finalizers").and_then(Value::as_array).is_some_and(|a| !a.is_empty());
        if finalizers.is_empty() && !(is_namespace && spec_finalizers) {
            return match server.store.delete(key, Precondition::Revision(current.revision), opts.dry_run).await {
                Ok(gone) => {
                    if !opts.dry_run {
                        server.after_write(r);
                    }
                    Ok(Deleted::Gone(gone.value()))
                }
                Err(crate::store::StoreError::Conflict) => continue,
                Err(e) => Err(store_error(e, r, name)),
            };
        }
        if deleting {
            return Ok(Deleted::Pending(obj));
        }
        let old = obj.clone();
        {
            let m = meta_mut(&mut obj);
            m.insert("deletionTimestamp".into(), json!(objects::now()));
            m.insert("deletionGracePeriodSeconds".into(), json!(0));
            m.insert("finalizers".into(), json!(finalizers));
        }
        if is_namespace {
            obj["status"]["phase"] = json!("Terminating");
        }
        objects::bump_generation(r, &old, &mut obj);
        match server.store.put(key, Precondition::Revision(current.revision), obj, opts.dry_run).await {
            Ok(w) => {
                if !opts.dry_run {
                    server.after_write(r);
                }
                return Ok(Deleted::Pending(w.stored.value()));
            }
            Err(crate::store::StoreError::Conflict) => continue,
            Err(e) => return Err(store_error(e, r, name)),
        }
    }
}

/// The form an object is stored in: events.k8s.io Events become core/v1 Events.
fn stored_form(r: &ResourceInfo, obj: Value) -> Value {
    if crate::events::is_events_view(&r.group, &r.plural) {
        crate::events::to_core(&obj)
    } else {
        obj
    }
}

/// True when two objects differ at most in managed-field timestamps.
fn unchanged_but_times(old: &Value, new: &Value) -> bool {
    fn strip(v: &Value) -> Value {
        let mut v = v.clone();
        if let Some(Value::Array(entries)) = v.pointer_mut("/metadata/managedFields") {
            for e in entries {
                if let Some(m) = e.as_object_mut() {
                    m.remove("time");
                }
            }
        }
        if let Some(m) = v.get_mut("metadata").and_then(Value::as_object_mut) {
            m.remove("resourceVersion");
        }
        v
    }
    strip(old) == strip(new)
}

fn set_pointer(v: &mut Value, pointer: &str, value: Value) {
    let mut cur = v;
    let parts: Vec<&str> = pointer.trim_start_matches('/').split('/').collect();
    for (i, p) in parts.iter().enumerate() {
        if i == parts.len() - 1 {
            if let Some(m) = cur.as_object_mut() {
                m.insert(p.to_string(), value);
            }
            return;
        }
        if !cur.get(*p).is_some_and(Value::is_object) {
            cur[*p] = json!({});
        }
        cur = &mut cur[*p];
    }
}

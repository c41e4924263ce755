//! Events, as upstream's `runtime/events` recorder emits them: every event becomes a core/v1 Event (repeats
//! of the same event raise its `count` and `lastTimestamp` instead of creating another, as client-go's
//! correlator does) and, unless it is a Trace event, is handed to the in-process [`EventSink`] — the
//! notification controller — with severity `error` for Warning and `info` for Normal.

use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, RwLock};

use k8s_openapi::api::core::v1::{Event as CoreEvent, EventSource, ObjectReference};
use k8s_openapi::apimachinery::pkg::apis::meta::v1::{ObjectMeta, Time};
use kube::api::{Api, Patch, PatchParams, PostParams};
use kube::Resource;
use serde::{Deserialize, Serialize};
use tokio::sync::mpsc;

use crate::conditions::now;

/// Annotations of the object with this prefix are copied into every event about it.
pub const EVENT_ANNOTATION_PREFIX: &str = "event.toolkit.fluxcd.io/";

/// client-go's `maxQueuedEvents`: events beyond are dropped rather than block a reconciliation.
const QUEUED_EVENTS: usize = 1000;
/// client-go's correlator cache size.
const CORRELATION_CACHE: usize = 4096;

/// The type of an event.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EventType {
    /// Something worth telling: severity `info`.
    Normal,
    /// Something failed: severity `error`.
    Warning,
    /// Routine progress: kept as a Normal Kubernetes Event only, never forwarded.
    Trace,
}

impl EventType {
    /// The Kubernetes Event `type`.
    pub fn kubernetes_type(self) -> &'static str {
        match self {
            EventType::Warning => "Warning",
            EventType::Normal | EventType::Trace => "Normal",
        }
    }

    /// The Flux severity (upstream's `eventTypeToSeverity`).
    pub fn severity(self) -> &'static str {
        match self {
            EventType::Warning => "error",
            EventType::Trace => "trace",
            EventType::Normal => "info",
        }
    }
}

/// An event as Flux's controllers post it to the notification controller (`event.toolkit.fluxcd.io`
/// v1beta1 `Event`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FluxEvent {
    /// The object the event is about.
    pub involved_object: ObjectReference,
    /// `trace`, `info` or `error`.
    pub severity: String,
    pub timestamp: Time,
    pub message: String,
    pub reason: String,
    /// The event's annotations, e.g. the revision.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub metadata: BTreeMap<String, String>,
    /// e.g. `source-controller`.
    pub reporting_controller: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub reporting_instance: String,
}

/// Where non-Trace events go besides Kubernetes: the notification controller, in this process.
pub trait EventSink: Send + Sync + 'static {
    /// Called once per event, on the reconciling task: must not block.
    fn forward(&self, event: &FluxEvent);
}

/// The slot a manager's recorders share, so that the sink can be installed after controllers.
pub(crate) type SinkSlot = Arc<RwLock<Option<Arc<dyn EventSink>>>>;

/// Records events for one controller (`reportingController`). Cheap to clone.
#[derive(Clone)]
pub struct EventRecorder {
    component: Arc<str>,
    instance: Arc<str>,
    writer: mpsc::Sender<CoreEvent>,
    sink: SinkSlot,
}

impl std::fmt::Debug for EventRecorder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("EventRecorder").field("component", &self.component).finish_non_exhaustive()
    }
}

impl EventRecorder {
    pub(crate) fn new(component: &str, instance: &str, writer: mpsc::Sender<CoreEvent>, sink: SinkSlot) -> Self {
        EventRecorder { component: component.into(), instance: instance.into(), writer, sink }
    }

    /// The controller the events are reported by.
    pub fn component(&self) -> &str {
        &self.component
    }

    /// Records an event about `obj`.
    pub fn event<K: Resource<DynamicType = ()>>(&self, obj: &K, type_: EventType, reason: &str, message: &str) {
        self.annotated_event(obj, BTreeMap::new(), type_, reason, message);
    }

    /// Records an event about `obj` with annotations (e.g. `source.toolkit.fluxcd.io/revision`); the
    /// object's own `event.toolkit.fluxcd.io/*` annotations are added.
    pub fn annotated_event<K: Resource<DynamicType = ()>>(
        &self,
        obj: &K,
        mut annotations: BTreeMap<String, String>,
        type_: EventType,
        reason: &str,
        message: &str,
    ) {
        if let Some(own) = obj.meta().annotations.as_ref() {
            for (k, v) in own {
                if k.starts_with(EVENT_ANNOTATION_PREFIX) {
                    annotations.insert(k.clone(), v.clone());
                }
            }
        }
        let reference = reference(obj);
        tracing::trace!(
            reason,
            annotations = ?annotations,
            "reconciler kind" = reference.kind.as_deref().unwrap_or_default(),
            "{message}"
        );
        let timestamp = now();
        let event = core_event(&reference, &annotations, type_, reason, message, &self.component, timestamp.clone());
        if self.writer.try_send(event).is_err() {
            tracing::error!(reason, "dropping event: too many queued (or the manager stopped)");
        }
        if type_ == EventType::Trace || reference.namespace.as_deref().unwrap_or_default().is_empty() {
            return;
        }
        let sink = self.sink.read().unwrap_or_else(|e| e.into_inner()).clone();
        if let Some(sink) = sink {
            sink.forward(&FluxEvent {
                involved_object: reference,
                severity: type_.severity().to_string(),
                timestamp,
                message: message.to_string(),
                reason: reason.to_string(),
                metadata: annotations,
                reporting_controller: self.component.to_string(),
                reporting_instance: self.instance.to_string(),
            });
        }
    }
}

/// The reference client-go's `reference.GetReference` makes.
pub fn reference<K: Resource<DynamicType = ()>>(obj: &K) -> ObjectReference {
    let meta = obj.meta();
    ObjectReference {
        api_version: Some(K::api_version(&()).to_string()),
        kind: Some(K::kind(&()).to_string()),
        name: meta.name.clone(),
        namespace: meta.namespace.clone(),
        uid: meta.uid.clone(),
        resource_version: meta.resource_version.clone(),
        field_path: None,
    }
}

fn core_event(
    reference: &ObjectReference,
    annotations: &BTreeMap<String, String>,
    type_: EventType,
    reason: &str,
    message: &str,
    component: &str,
    timestamp: Time,
) -> CoreEvent {
    let nanos = chrono::Utc::now().timestamp_nanos_opt().unwrap_or_default();
    let name = reference.name.clone().unwrap_or_default();
    let namespace = reference.namespace.clone().filter(|n| !n.is_empty()).unwrap_or_else(|| "default".into());
    CoreEvent {
        metadata: ObjectMeta {
            name: Some(format!("{name}.{nanos:x}")),
            namespace: Some(namespace),
            annotations: (!annotations.is_empty()).then(|| annotations.clone()),
            ..Default::default()
        },
        involved_object: reference.clone(),
        reason: Some(reason.to_string()),
        message: Some(message.to_string()),
        source: Some(EventSource { component: Some(component.to_string()), host: None }),
        first_timestamp: Some(timestamp.clone()),
        last_timestamp: Some(timestamp),
        count: Some(1),
        type_: Some(type_.kubernetes_type().to_string()),
        reporting_component: Some(component.to_string()),
        reporting_instance: Some(String::new()),
        ..Default::default()
    }
}

/// What identifies repeats of one event: everything but the timestamps.
fn correlation_key(e: &CoreEvent) -> String {
    let o = &e.involved_object;
    let source = e.source.as_ref().and_then(|s| s.component.clone()).unwrap_or_default();
    [
        source.as_str(),
        o.kind.as_deref().unwrap_or_default(),
        o.namespace.as_deref().unwrap_or_default(),
        o.name.as_deref().unwrap_or_default(),
        o.uid.as_deref().unwrap_or_default(),
        o.api_version.as_deref().unwrap_or_default(),
        e.type_.as_deref().unwrap_or_default(),
        e.reason.as_deref().unwrap_or_default(),
        e.message.as_deref().unwrap_or_default(),
    ]
    .join("\u{0}")
}

/// Writes recorded events to the API, one at a time so that repeats are counted reliably.
pub(crate) struct EventWriter {
    client: kube::Client,
    events: mpsc::Receiver<CoreEvent>,
    /// Event name, count and first timestamp of each recent event.
    seen: HashMap<String, (String, i32, Option<Time>)>,
}

/// A recorder's queue and the writer that drains it.
pub(crate) fn channel(client: kube::Client) -> (mpsc::Sender<CoreEvent>, EventWriter) {
    let (tx, rx) = mpsc::channel(QUEUED_EVENTS);
    (tx, EventWriter { client, events: rx, seen: HashMap::new() })
}

impl EventWriter {
    pub(crate) async fn run(mut self) {
        while let Some(event) = self.events.recv().await {
            self.write(event).await;
        }
    }

    async fn write(&mut self, mut event: CoreEvent) {
        let namespace = event.metadata.namespace.clone().unwrap_or_default();
        let api: Api<CoreEvent> = Api::namespaced(self.client.clone(), &namespace);
        let key = correlation_key(&event);
        if let Some((name, count, first)) = self.seen.get(&key).cloned() {
            let count = count.saturating_add(1);
            let patch = serde_json::json!({
                "count": count,
                "lastTimestamp": event.last_timestamp,
                "message": event.message,
            });
            match api.patch(&name, &PatchParams::default(), &Patch::Merge(&patch)).await {
                Ok(_) => {
                    self.seen.insert(key, (name, count, first));
                    return;
                }
                Err(kube::Error::Api(s)) if s.code == 404 => {
                    // Expired meanwhile: write it again under its name with the running count.
                    event.metadata.name = Some(name);
                    event.count = Some(count);
                    event.first_timestamp = first;
                }
                Err(e) => {
                    tracing::error!(error = %e, "Server rejected event (will not retry!)");
                    return;
                }
            }
        }
        match api.create(&PostParams::default(), &event).await {
            Ok(created) => {
                if self.seen.len() >= CORRELATION_CACHE {
                    self.seen.clear();
                }
                let name = created.metadata.name.unwrap_or_default();
                self.seen.insert(key, (name, created.count.unwrap_or(1), created.first_timestamp));
            }
            Err(e) => tracing::error!(error = %e, "Server rejected event (will not retry!)"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use api::source::GitRepository;

    fn repo() -> GitRepository {
        serde_json::from_value(serde_json::json!({
            "apiVersion": "source.toolkit.fluxcd.io/v1", "kind": "GitRepository",
            "metadata": {"name": "podinfo", "namespace": "apps", "uid": "u1", "resourceVersion": "7",
                         "annotations": {"event.toolkit.fluxcd.io/team": "a", "other": "b"}},
            "spec": {"interval": "1m", "url": "https://example.com/r"}
        }))
        .unwrap()
    }

    struct Collect(std::sync::Mutex<Vec<FluxEvent>>);
    impl EventSink for Collect {
        fn forward(&self, event: &FluxEvent) {
            self.0.lock().unwrap().push(event.clone());
        }
    }

    #[test]
    fn events_are_queued_and_forwarded_except_traces() {
        let (tx, mut rx) = mpsc::channel(10);
        let sink = Arc::new(Collect(Default::default()));
        let slot: SinkSlot = Arc::new(RwLock::new(Some(sink.clone())));
        let recorder = EventRecorder::new("source-controller", "pod-1", tx, slot);
        let r = repo();
        recorder.annotated_event(
            &r,
            [("source.toolkit.fluxcd.io/revision".to_string(), "main@sha1:abc".to_string())].into(),
            EventType::Warning,
            "GitOperationFailed",
            "clone failed",
        );
        recorder.event(&r, EventType::Trace, "ArtifactUpToDate", "artifact up-to-date");

        let first = rx.try_recv().unwrap();
        assert_eq!(first.type_.as_deref(), Some("Warning"));
        assert_eq!(first.count, Some(1));
        assert!(first.metadata.name.as_deref().unwrap().starts_with("podinfo."));
        assert_eq!(first.metadata.namespace.as_deref(), Some("apps"));
        assert_eq!(first.source.unwrap().component.as_deref(), Some("source-controller"));
        let annotations = first.metadata.annotations.unwrap();
        assert_eq!(annotations.get("event.toolkit.fluxcd.io/team").map(String::as_str), Some("a"));
        assert!(!annotations.contains_key("other"));
        let trace = rx.try_recv().unwrap();
        assert_eq!(trace.type_.as_deref(), Some("Normal"), "Trace is a Normal Kubernetes event");

        let forwarded = sink.0.lock().unwrap();
        assert_eq!(forwarded.len(), 1, "Trace events are not forwarded");
        let e = &forwarded[0];
        assert_eq!((e.severity.as_str(), e.reason.as_str()), ("error", "GitOperationFailed"));
        assert_eq!(e.reporting_instance, "pod-1");
        let json = serde_json::to_value(e).unwrap();
        assert_eq!(json["involvedObject"]["kind"], "GitRepository");
        assert_eq!(json["reportingController"], "source-controller");
        assert_eq!(json["metadata"]["source.toolkit.fluxcd.io/revision"], "main@sha1:abc");
    }

    #[test]
    fn repeats_share_a_correlation_key() {
        let r = reference(&repo());
        let a = core_event(&r, &BTreeMap::new(), EventType::Normal, "R", "m", "c", now());
        let b = core_event(&r, &BTreeMap::new(), EventType::Normal, "R", "m", "c", now());
        let c = core_event(&r, &BTreeMap::new(), EventType::Normal, "R", "other", "c", now());
        assert_eq!(correlation_key(&a), correlation_key(&b));
        assert_ne!(correlation_key(&a), correlation_key(&c));
    }
}

//! Logs in the shape Flux's controllers write them (zap through controller-runtime), one line per entry on
//! stderr, so that log tooling written for Flux — `flux logs` included — reads them:
//!
//! ```text
//! {"level":"info","ts":"2024-05-01T10:00:00.123Z","msg":"stored artifact","controller":"gitrepository","controllerGroup":"source.toolkit.fluxcd.io","controllerKind":"GitRepository","name":"podinfo","namespace":"flux-system","reconcileID":"…"}
//! ```
//!
//! Fields of the enclosing spans come first (the runtime opens one per reconciliation with `controller`,
//! `controllerGroup`, `controllerKind`, `name`, `namespace` and `reconcileID`), then the entry's own
//! (`error`, …). `--log-encoding console` prints `ts`, `LEVEL`, `msg` and the fields as JSON, tab-separated.

use std::fmt;
use std::io::Write;
use std::str::FromStr;

use serde_json::Value;
use tracing::field::{Field, Visit};
use tracing::span::{Attributes, Record};
use tracing::{Event, Id, Level, Subscriber};
use tracing_subscriber::fmt::MakeWriter;
use tracing_subscriber::layer::{Context, SubscriberExt};
use tracing_subscriber::registry::LookupSpan;
use tracing_subscriber::{EnvFilter, Layer};

/// `--log-level`: upstream's four levels.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogLevel {
    Trace,
    Debug,
    Info,
    Error,
}

impl FromStr for LogLevel {
    type Err = String;

    fn from_str(s: &str) -> Result<LogLevel, String> {
        match s {
            "trace" => Ok(LogLevel::Trace),
            "debug" => Ok(LogLevel::Debug),
            "info" => Ok(LogLevel::Info),
            "error" => Ok(LogLevel::Error),
            _ => Err(format!("invalid log level {s:?}: use trace, debug, info or error")),
        }
    }
}

impl fmt::Display for LogLevel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            LogLevel::Trace => "trace",
            LogLevel::Debug => "debug",
            LogLevel::Info => "info",
            LogLevel::Error => "error",
        })
    }
}

/// `--log-encoding`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogEncoding {
    Json,
    Console,
}

impl FromStr for LogEncoding {
    type Err = String;

    fn from_str(s: &str) -> Result<LogEncoding, String> {
        match s {
            "json" => Ok(LogEncoding::Json),
            "console" => Ok(LogEncoding::Console),
            _ => Err(format!("invalid log encoding {s:?}: use json or console")),
        }
    }
}

/// The filter for a level: this process's own entries at `level`, chatty libraries at warn at most.
pub fn filter(level: LogLevel) -> EnvFilter {
    let mut directives = level.to_string();
    if matches!(level, LogLevel::Trace | LogLevel::Debug | LogLevel::Info) {
        for quiet in
            ["kube", "kube_client", "kube_runtime", "hyper", "hyper_util", "h2", "rustls", "tower", "tokio_util", "mio"]
        {
            directives.push_str(&format!(",{quiet}=warn"));
        }
    }
    EnvFilter::new(directives)
}

/// Installs the process-wide logger. Fails when one is already installed.
pub fn init(level: LogLevel, encoding: LogEncoding) -> Result<(), String> {
    let layer = FluxLayer::new(encoding, std::io::stderr).with_filter(filter(level));
    let subscriber = tracing_subscriber::registry().with(layer);
    tracing::subscriber::set_global_default(subscriber).map_err(|e| e.to_string())
}

/// A [`Layer`] writing Flux-shaped log lines to `writer`.
pub struct FluxLayer<W> {
    encoding: LogEncoding,
    writer: W,
}

impl<W> FluxLayer<W> {
    pub fn new(encoding: LogEncoding, writer: W) -> FluxLayer<W> {
        FluxLayer { encoding, writer }
    }
}

/// The fields recorded on a span.
struct SpanFields(Vec<(String, Value)>);

struct Collect<'a>(&'a mut Vec<(String, Value)>);

impl Collect<'_> {
    fn put(&mut self, field: &Field, value: Value) {
        let name = match field.name() {
            "message" => "msg",
            other => other,
        };
        match self.0.iter_mut().find(|(k, _)| k == name) {
            Some(slot) => slot.1 = value,
            None => self.0.push((name.to_string(), value)),
        }
    }
}

impl Visit for Collect<'_> {
    fn record_str(&mut self, field: &Field, value: &str) {
        self.put(field, Value::from(value));
    }
    fn record_i64(&mut self, field: &Field, value: i64) {
        self.put(field, Value::from(value));
    }
    fn record_u64(&mut self, field: &Field, value: u64) {
        self.put(field, Value::from(value));
    }
    fn record_f64(&mut self, field: &Field, value: f64) {
        self.put(field, Value::from(value));
    }
    fn record_bool(&mut self, field: &Field, value: bool) {
        self.put(field, Value::from(value));
    }
    fn record_error(&mut self, field: &Field, value: &(dyn std::error::Error + 'static)) {
        self.put(field, Value::from(value.to_string()));
    }
    fn record_debug(&mut self, field: &Field, value: &dyn fmt::Debug) {
        self.put(field, Value::from(format!("{value:?}")));
    }
}

impl<S, W> Layer<S> for FluxLayer<W>
where
    S: Subscriber + for<'a> LookupSpan<'a>,
    W: for<'w> MakeWriter<'w> + 'static,
{
    fn on_new_span(&self, attrs: &Attributes<'_>, id: &Id, ctx: Context<'_, S>) {
        if let Some(span) = ctx.span(id) {
            let mut fields = Vec::new();
            attrs.record(&mut Collect(&mut fields));
            span.extensions_mut().insert(SpanFields(fields));
        }
    }

    fn on_record(&self, id: &Id, values: &Record<'_>, ctx: Context<'_, S>) {
        if let Some(span) = ctx.span(id) {
            let mut extensions = span.extensions_mut();
            if let Some(SpanFields(fields)) = extensions.get_mut::<SpanFields>() {
                values.record(&mut Collect(fields));
            }
        }
    }

    fn on_event(&self, event: &Event<'_>, ctx: Context<'_, S>) {
        let mut fields: Vec<(String, Value)> = Vec::new();
        if let Some(scope) = ctx.event_scope(event) {
            for span in scope.from_root() {
                if let Some(SpanFields(span_fields)) = span.extensions().get::<SpanFields>() {
                    for (k, v) in span_fields {
                        match fields.iter_mut().find(|(name, _)| name == k) {
                            Some(slot) => slot.1 = v.clone(),
                            None => fields.push((k.clone(), v.clone())),
                        }
                    }
                }
            }
        }
        let mut own = Vec::new();
        event.record(&mut Collect(&mut own));
        let mut msg = String::new();
        for (k, v) in own {
            if k == "msg" {
                msg = match v {
                    Value::String(s) => s,
                    other => other.to_string(),
                };
                continue;
            }
            match fields.iter_mut().find(|(name, _)| *name == k) {
                Some(slot) => slot.1 = v,
                None => fields.push((k, v)),
            }
        }
        let line = format_line(self.encoding, *event.metadata().level(), &timestamp(), &msg, &fields);
        let _ = self.writer.make_writer().write_all(line.as_bytes());
    }
}

/// zap's ISO 8601 time with milliseconds, in UTC.
fn timestamp() -> String {
    chrono::Utc::now().format("%Y-%m-%dT%H:%M:%S%.3fZ").to_string()
}

fn level_name(level: Level, upper: bool) -> &'static str {
    match (level, upper) {
        (Level::ERROR, false) => "error",
        (Level::WARN, false) => "warn",
        (Level::INFO, false) => "info",
        (Level::DEBUG, false) => "debug",
        (Level::TRACE, false) => "trace",
        (Level::ERROR, true) => "ERROR",
        (Level::WARN, true) => "WARN",
        (Level::INFO, true) => "INFO",
        (Level::DEBUG, true) => "DEBUG",
        (Level::TRACE, true) => "TRACE",
    }
}

fn json_string(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_else(|_| "\"\"".into())
}

fn json_object(fields: &[(String, Value)]) -> String {
    let parts: Vec<String> = fields.iter().map(|(k, v)| format!("{}:{}", json_string(k), v)).collect();
    format!("{{{}}}", parts.join(","))
}

/// One log line, newline included.
pub fn format_line(encoding: LogEncoding, level: Level, ts: &str, msg: &str, fields: &[(String, Value)]) -> String {
    match encoding {
        LogEncoding::Json => {
            let mut line = format!(
                "{{\"level\":\"{}\",\"ts\":{},\"msg\":{}",
                level_name(level, false),
                json_string(ts),
                json_string(msg)
            );
            for (k, v) in fields {
                line.push_str(&format!(",{}:{}", json_string(k), v));
            }
            line.push_str("}\n");
            line
        }
        LogEncoding::Console => {
            let mut line = format!("{ts}\t{}\t{msg}", level_name(level, true));
            if !fields.is_empty() {
                line.push('\t');
                line.push_str(&json_object(fields));
            }
            line.push('\n');
            line
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::{Arc, Mutex};

    #[derive(Clone, Default)]
    struct Buffer(Arc<Mutex<Vec<u8>>>);

    impl Write for Buffer {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            self.0.lock().unwrap().extend_from_slice(buf);
            Ok(buf.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    impl<'a> MakeWriter<'a> for Buffer {
        type Writer = Buffer;
        fn make_writer(&'a self) -> Buffer {
            self.clone()
        }
    }

    fn capture(encoding: LogEncoding, level: LogLevel, f: impl FnOnce()) -> String {
        let buffer = Buffer::default();
        let layer = FluxLayer::new(encoding, buffer.clone()).with_filter(filter(level));
        let subscriber = tracing_subscriber::registry().with(layer);
        tracing::subscriber::with_default(subscriber, f);
        let bytes = buffer.0.lock().unwrap().clone();
        String::from_utf8(bytes).unwrap()
    }

    #[test]
    fn json_lines_have_upstreams_shape() {
        let out = capture(LogEncoding::Json, LogLevel::Info, || {
            let span = tracing::info_span!(
                "reconcile",
                controller = "gitrepository",
                controllerGroup = "source.toolkit.fluxcd.io",
                controllerKind = "GitRepository",
                name = "podinfo",
                namespace = "flux-system",
                reconcileID = "id-1",
            );
            let _entered = span.enter();
            tracing::error!(error = "clone failed", "Reconciler error");
            tracing::debug!("hidden at info");
        });
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines.len(), 1, "{out}");
        let v: Value = serde_json::from_str(lines[0]).unwrap();
        assert_eq!(v["level"], "error");
        assert_eq!(v["msg"], "Reconciler error");
        assert_eq!(v["controllerKind"], "GitRepository");
        assert_eq!(v["name"], "podinfo");
        assert_eq!(v["namespace"], "flux-system");
        assert_eq!(v["reconcileID"], "id-1");
        assert_eq!(v["error"], "clone failed");
        let ts = v["ts"].as_str().unwrap();
        assert!(ts.len() == 24 && ts.ends_with('Z') && ts.as_bytes()[19] == b'.', "{ts}");
        assert!(lines[0].starts_with("{\"level\":\"error\",\"ts\":"), "level, ts and msg first: {}", lines[0]);
    }

    #[test]
    fn console_lines() {
        let out = capture(LogEncoding::Console, LogLevel::Debug, || {
            tracing::info!("worker count" = 2, "Starting workers");
            tracing::debug!("plain");
        });
        let lines: Vec<&str> = out.lines().collect();
        assert!(lines[0].ends_with("\tINFO\tStarting workers\t{\"worker count\":2}"), "{out}");
        assert!(lines[1].ends_with("\tDEBUG\tplain"), "{out}");
    }

    #[test]
    fn levels_parse_as_upstream() {
        assert_eq!("debug".parse::<LogLevel>(), Ok(LogLevel::Debug));
        assert!("warn".parse::<LogLevel>().is_err());
        assert_eq!("console".parse::<LogEncoding>(), Ok(LogEncoding::Console));
        assert!("text".parse::<LogEncoding>().is_err());
    }
}

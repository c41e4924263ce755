//! Prometheus metrics under upstream's names, rendered in the text exposition format (0.0.4).
//!
//! Only what the runtime records exists: Flux's `gotk_reconcile_duration_seconds` (the one `gotk_*`
//! series Flux v2.9's controllers still record; `gotk_reconcile_condition` and `gotk_suspend_status`
//! are no longer written by them), controller-runtime's `controller_runtime_*` and `workqueue_*`
//! series, client-go's `leader_election_master_status`, and the `process_*` basics.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::sync::{Arc, Mutex};

/// controller-runtime's `controller_runtime_reconcile_time_seconds` buckets.
const RECONCILE_TIME_BUCKETS: [f64; 40] = [
    0.005, 0.01, 0.025, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0, 1.25, 1.5,
    1.75, 2.0, 2.5, 3.0, 3.5, 4.0, 4.5, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0, 15.0, 20.0, 25.0, 30.0, 40.0, 50.0, 60.0,
];

/// Flux's duration buckets: `prometheus.ExponentialBucketsRange(10e-3, 1800, 10)`.
fn gotk_duration_buckets() -> Vec<f64> {
    let (min, max, count) = (0.01f64, 1800.0f64, 10);
    let factor = (max / min).powf(1.0 / f64::from(count - 1));
    (0..count).map(|i| min * factor.powi(i)).collect()
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Type {
    Counter,
    Gauge,
    Histogram,
}

#[derive(Debug, Clone)]
enum Series {
    Value(f64),
    Histogram { counts: Vec<u64>, sum: f64, count: u64 },
}

#[derive(Debug)]
struct Family {
    help: &'static str,
    type_: Type,
    labels: &'static [&'static str],
    buckets: Vec<f64>,
    series: BTreeMap<Vec<String>, Series>,
}

/// The families the runtime records, by name.
pub mod names {
    pub const GOTK_RECONCILE_DURATION: &str = "gotk_reconcile_duration_seconds";
    pub const RECONCILE_TOTAL: &str = "controller_runtime_reconcile_total";
    pub const RECONCILE_ERRORS: &str = "controller_runtime_reconcile_errors_total";
    pub const RECONCILE_TIME: &str = "controller_runtime_reconcile_time_seconds";
    pub const MAX_CONCURRENT_RECONCILES: &str = "controller_runtime_max_concurrent_reconciles";
    pub const ACTIVE_WORKERS: &str = "controller_runtime_active_workers";
    pub const WORKQUEUE_DEPTH: &str = "workqueue_depth";
    pub const WORKQUEUE_ADDS: &str = "workqueue_adds_total";
    pub const WORKQUEUE_RETRIES: &str = "workqueue_retries_total";
    pub const LEADER_ELECTION_MASTER_STATUS: &str = "leader_election_master_status";
}

/// The metrics registry a manager shares with its controllers. Cloning shares it.
#[derive(Debug, Clone)]
pub struct Metrics {
    families: Arc<Mutex<BTreeMap<&'static str, Family>>>,
}

impl Default for Metrics {
    fn default() -> Metrics {
        Metrics::new()
    }
}

impl Metrics {
    pub fn new() -> Metrics {
        use names::*;
        let mut families = BTreeMap::new();
        let mut family = |name, help, type_, labels, buckets| {
            families.insert(name, Family { help, type_, labels, buckets, series: BTreeMap::new() });
        };
        family(
            GOTK_RECONCILE_DURATION,
            "The duration in seconds of a GitOps Toolkit resource reconciliation.",
            Type::Histogram,
            &["kind", "name", "namespace"],
            gotk_duration_buckets(),
        );
        family(
            RECONCILE_TOTAL,
            "Total number of reconciliations per controller",
            Type::Counter,
            &["controller", "result"],
            vec![],
        );
        family(
            RECONCILE_ERRORS,
            "Total number of reconciliation errors per controller",
            Type::Counter,
            &["controller"],
            vec![],
        );
        family(
            RECONCILE_TIME,
            "Length of time per reconciliation per controller",
            Type::Histogram,
            &["controller"],
            RECONCILE_TIME_BUCKETS.to_vec(),
        );
        family(
            MAX_CONCURRENT_RECONCILES,
            "Maximum number of concurrent reconciles per controller",
            Type::Gauge,
            &["controller"],
            vec![],
        );
        family(ACTIVE_WORKERS, "Number of currently used workers per controller", Type::Gauge, &["controller"], vec![]);
        family(WORKQUEUE_DEPTH, "Current depth of workqueue", Type::Gauge, &["name", "controller"], vec![]);
        family(
            WORKQUEUE_ADDS,
            "Total number of adds handled by workqueue",
            Type::Counter,
            &["name", "controller"],
            vec![],
        );
        family(
            WORKQUEUE_RETRIES,
            "Total number of retries handled by workqueue",
            Type::Counter,
            &["name", "controller"],
            vec![],
        );
        family(
            LEADER_ELECTION_MASTER_STATUS,
            "Gauge of if the reporting system is master of the relevant lease, 0 indicates backup, 1 indicates master. 'name' is the string used to identify the lease. Please make sure to group by name.",
            Type::Gauge,
            &["name"],
            vec![],
        );
        Metrics { families: Arc::new(Mutex::new(families)) }
    }

    fn with<T>(&self, name: &str, f: impl FnOnce(&mut Family) -> T) -> Option<T> {
        let mut families = self.families.lock().unwrap_or_else(|e| e.into_inner());
        families.get_mut(name).map(f)
    }

    fn key(family: &Family, labels: &[&str]) -> Vec<String> {
        debug_assert_eq!(family.labels.len(), labels.len(), "label values must match the label names");
        labels.iter().map(|l| l.to_string()).collect()
    }

    /// Adds `by` to a counter.
    pub fn add(&self, name: &str, labels: &[&str], by: f64) {
        self.with(name, |f| {
            let key = Self::key(f, labels);
            if let Series::Value(v) = f.series.entry(key).or_insert(Series::Value(0.0)) {
                *v += by;
            }
        });
    }

    /// Adds one to a counter.
    pub fn inc(&self, name: &str, labels: &[&str]) {
        self.add(name, labels, 1.0);
    }

    /// Sets a gauge (or a counter mirrored from elsewhere).
    pub fn set(&self, name: &str, labels: &[&str], value: f64) {
        self.with(name, |f| {
            let key = Self::key(f, labels);
            f.series.insert(key, Series::Value(value));
        });
    }

    /// Records one observation in a histogram.
    pub fn observe(&self, name: &str, labels: &[&str], value: f64) {
        self.with(name, |f| {
            let key = Self::key(f, labels);
            let buckets = f.buckets.len();
            let series =
                f.series.entry(key).or_insert(Series::Histogram { counts: vec![0; buckets], sum: 0.0, count: 0 });
            if let Series::Histogram { counts, sum, count } = series {
                for (i, bound) in f.buckets.iter().enumerate() {
                    if value <= *bound {
                        counts[i] += 1;
                    }
                }
                *sum += value;
                *count += 1;
            }
        });
    }

    /// Drops one series (a deleted object's duration histogram).
    pub fn remove(&self, name: &str, labels: &[&str]) {
        self.with(name, |f| {
            let key = Self::key(f, labels);
            f.series.remove(&key);
        });
    }

    /// The value of a counter or gauge series, for tests.
    pub fn value(&self, name: &str, labels: &[&str]) -> Option<f64> {
        self.with(name, |f| match f.series.get(&Self::key(f, labels)) {
            Some(Series::Value(v)) => Some(*v),
            Some(Series::Histogram { count, .. }) => Some(*count as f64),
            None => None,
        })
        .flatten()
    }

    /// Every family in the Prometheus text format, plus the process metrics.
    pub fn render(&self) -> String {
        let mut out = String::new();
        {
            let families = self.families.lock().unwrap_or_else(|e| e.into_inner());
            for (name, family) in families.iter() {
                if family.series.is_empty() {
                    continue;
                }
                render_family(&mut out, name, family);
            }
        }
        render_process(&mut out);
        out
    }
}

fn render_family(out: &mut String, name: &str, family: &Family) {
    let type_ = match family.type_ {
        Type::Counter => "counter",
        Type::Gauge => "gauge",
        Type::Histogram => "histogram",
    };
    let _ = writeln!(out, "# HELP {name} {}", family.help);
    let _ = writeln!(out, "# TYPE {name} {type_}");
    for (values, series) in &family.series {
        let labels: Vec<String> =
            family.labels.iter().zip(values).map(|(k, v)| format!("{k}=\"{}\"", escape(v))).collect();
        match series {
            Series::Value(v) => {
                let _ = writeln!(out, "{name}{} {}", braces(&labels), number(*v));
            }
            Series::Histogram { counts, sum, count } => {
                for (bound, c) in family.buckets.iter().zip(counts) {
                    let mut l = labels.clone();
                    l.push(format!("le=\"{}\"", number(*bound)));
                    let _ = writeln!(out, "{name}_bucket{} {c}", braces(&l));
                }
                let mut l = labels.clone();
                l.push("le=\"+Inf\"".to_string());
                let _ = writeln!(out, "{name}_bucket{} {count}", braces(&l));
                let _ = writeln!(out, "{name}_sum{} {}", braces(&labels), number(*sum));
                let _ = writeln!(out, "{name}_count{} {count}", braces(&labels));
            }
        }
    }
}

fn braces(labels: &[String]) -> String {
    if labels.is_empty() {
        String::new()
    } else {
        format!("{{{}}}", labels.join(","))
    }
}

fn escape(value: &str) -> String {
    value.replace('\\', "\\\\").replace('"', "\\\"").replace('\n', "\\n")
}

fn number(v: f64) -> String {
    if v.is_finite() && v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        format!("{v}")
    }
}

/// `process_resident_memory_bytes`, `process_cpu_seconds_total`, `process_open_fds` and
/// `process_start_time_seconds` from `/proc` (Linux only; elsewhere nothing).
#[cfg(not(target_os = "linux"))]
fn render_process(_out: &mut String) {}

#[cfg(target_os = "linux")]
fn render_process(out: &mut String) {
    let Ok(stat) = std::fs::read_to_string("/proc/self/stat") else { return };
    // Fields after the command name, which is in parentheses and may contain spaces.
    let Some(rest) = stat.rsplit_once(')').map(|(_, r)| r) else { return };
    let fields: Vec<&str> = rest.split_whitespace().collect();
    // SAFETY: sysconf only reads system constants.
    let (ticks, page) = unsafe { (libc::sysconf(libc::_SC_CLK_TCK), libc::sysconf(libc::_SC_PAGESIZE)) };
    let field = |i: usize| fields.get(i).and_then(|f| f.parse::<f64>().ok());
    // rest[0] is field 3 (state): utime is field 14, stime 15, starttime 22, rss 24.
    if let (Some(utime), Some(stime)) = (field(11), field(12)) {
        if ticks > 0 {
            let _ = writeln!(out, "# HELP process_cpu_seconds_total Total user and system CPU time spent in seconds.");
            let _ = writeln!(out, "# TYPE process_cpu_seconds_total counter");
            let _ = writeln!(out, "process_cpu_seconds_total {}", (utime + stime) / ticks as f64);
        }
    }
    if let Some(rss) = field(21) {
        let _ = writeln!(out, "# HELP process_resident_memory_bytes Resident memory size in bytes.");
        let _ = writeln!(out, "# TYPE process_resident_memory_bytes gauge");
        let _ = writeln!(out, "process_resident_memory_bytes {}", number(rss * page as f64));
    }
    if let Ok(fds) = std::fs::read_dir("/proc/self/fd") {
        let _ = writeln!(out, "# HELP process_open_fds Number of open file descriptors.");
        let _ = writeln!(out, "# TYPE process_open_fds gauge");
        let _ = writeln!(out, "process_open_fds {}", fds.count());
    }
    let boot = std::fs::read_to_string("/proc/stat")
        .ok()
        .and_then(|s| s.lines().find_map(|l| l.strip_prefix("btime ").and_then(|v| v.trim().parse::<f64>().ok())));
    if let (Some(start), Some(boot)) = (field(19), boot) {
        if ticks > 0 {
            let _ = writeln!(
                out,
                "# HELP process_start_time_seconds Start time of the process since unix epoch in seconds."
            );
            let _ = writeln!(out, "# TYPE process_start_time_seconds gauge");
            let _ = writeln!(out, "process_start_time_seconds {}", boot + start / ticks as f64);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gotk_buckets_match_upstream() {
        let b = gotk_duration_buckets();
        assert_eq!(b.len(), 10);
        assert!((b[0] - 0.01).abs() < 1e-12 && (b[9] - 1800.0).abs() < 1e-9);
        assert!((b[1] - 0.03836).abs() < 1e-4, "{b:?}");
    }

    #[test]
    fn renders_counters_gauges_and_histograms() {
        let m = Metrics::new();
        m.inc(names::RECONCILE_TOTAL, &["gitrepository", "success"]);
        m.inc(names::RECONCILE_TOTAL, &["gitrepository", "success"]);
        m.set(names::ACTIVE_WORKERS, &["gitrepository"], 0.0);
        m.observe(names::GOTK_RECONCILE_DURATION, &["GitRepository", "podinfo", "flux-system"], 0.02);
        let text = m.render();
        assert!(text.contains("# TYPE controller_runtime_reconcile_total counter\n"), "{text}");
        assert!(
            text.contains("controller_runtime_reconcile_total{controller=\"gitrepository\",result=\"success\"} 2\n")
        );
        assert!(text.contains("controller_runtime_active_workers{controller=\"gitrepository\"} 0\n"));
        assert!(text.contains(
            "gotk_reconcile_duration_seconds_bucket{kind=\"GitRepository\",name=\"podinfo\",namespace=\"flux-system\",le=\"0.01\"} 0\n"
        ));
        assert!(text.contains(
            "gotk_reconcile_duration_seconds_bucket{kind=\"GitRepository\",name=\"podinfo\",namespace=\"flux-system\",le=\"+Inf\"} 1\n"
        ));
        assert!(text.contains("gotk_reconcile_duration_seconds_count{kind=\"GitRepository\",name=\"podinfo\",namespace=\"flux-system\"} 1\n"));
        assert!(!text.contains("workqueue_depth"), "families without series are left out");
        m.remove(names::GOTK_RECONCILE_DURATION, &["GitRepository", "podinfo", "flux-system"]);
        assert!(!m.render().contains("gotk_reconcile_duration_seconds"));
    }

    #[test]
    fn process_metrics_on_linux() {
        if cfg!(target_os = "linux") {
            let text = Metrics::new().render();
            assert!(text.contains("process_resident_memory_bytes "), "{text}");
        }
    }
}

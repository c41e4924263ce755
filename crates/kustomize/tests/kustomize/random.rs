//! Random kustomization trees, built by us and by kustomize, live: the two must agree, byte for byte
//! on success and both failing otherwise.
//!
//! Trees are generated from a seed by a small deterministic generator, so a failure names the seed
//! that reproduces it (`KUSTOMIZE_RANDOM_SEED=<n>` runs that one alone and keeps its directory);
//! `KUSTOMIZE_RANDOM_CASES=<n>` runs more of them (40 by default, to stay within CI's time).
//!
//! What the generator produces grows with the engine: resources of common kinds spread over files
//! and `List`s, bases, overlays and components up to three levels deep, `namespace`, `namePrefix`,
//! `nameSuffix`, `commonLabels`, `labels` (with selectors, templates), `commonAnnotations`,
//! `sortOptions`, and now and then a conflicting id.

use std::fmt::Write as _;
use std::path::Path;

use crate::oracle::{self, Outcome};

/// xorshift64*: small, deterministic, good enough to pick shapes.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

const NAMES: [&str; 6] = ["web", "api", "db", "cache", "worker", "web"];
const KEYS: [&str; 5] = ["app", "tier", "team", "app.kubernetes.io/name", "env"];
const VALUES: [&str; 5] = ["shop", "backend", "\"1\"", "blue", "prod"];

/// One resource of a random kind, with fields the transformers touch.
fn resource(rng: &mut Rng, name: &str) -> String {
    let labels = if rng.chance(50) {
        format!("  labels:\n    {}: {}\n", rng.pick(&KEYS), rng.pick(&VALUES))
    } else {
        String::new()
    };
    let annotations =
        if rng.chance(30) { format!("  annotations:\n    note: {}\n", rng.pick(&VALUES)) } else { String::new() };
    let namespace = if rng.chance(20) {
        format!("  namespace: {}\n", rng.pick(&["team-a", "default", "team-b"]))
    } else {
        String::new()
    };
    let meta = format!("metadata:\n  name: {name}\n{namespace}{labels}{annotations}");
    match rng.below(9) {
        0 => format!("apiVersion: v1\nkind: ConfigMap\n{meta}data:\n  key: {}\n", rng.pick(&VALUES)),
        1 => format!(
            "apiVersion: apps/v1\nkind: Deployment\n{meta}spec:\n  replicas: {}\n  selector:\n    matchLabels:\n      run: {name}\n  template:\n    metadata:\n      labels:\n        run: {name}\n    spec:\n      containers:\n      - name: main\n        image: nginx:1.{}\n",
            rng.below(5),
            rng.below(30)
        ),
        2 => format!("apiVersion: v1\nkind: Service\n{meta}spec:\n  selector:\n    run: {name}\n  ports:\n  - port: {}\n", 80 + rng.below(3)),
        3 => format!("apiVersion: v1\nkind: Namespace\nmetadata:\n  name: {name}\n{labels}"),
        4 => format!("apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata:\n  name: {name}\n{labels}rules: []\n"),
        5 => format!(
            "apiVersion: apps/v1\nkind: StatefulSet\n{meta}spec:\n  selector:\n    matchLabels:\n      run: {name}\n  template:\n    metadata:\n      labels:\n        run: {name}\n    spec:\n      containers:\n      - name: main\n        image: postgres\n  volumeClaimTemplates:\n  - metadata:\n      name: data\n"
        ),
        6 => format!("apiVersion: example.com/v1\nkind: Widget\n{meta}spec:\n  size: {}\n", rng.below(9)),
        7 => format!("apiVersion: batch/v1\nkind: CronJob\n{meta}spec:\n  schedule: \"@hourly\"\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          restartPolicy: Never\n          containers:\n          - name: c\n            image: busybox\n"),
        _ => format!("apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\n{meta}spec:\n  podSelector:\n    matchLabels:\n      run: {name}\n"),
    }
}

/// The transformer fields of a kustomization, at random.
fn transformers(rng: &mut Rng, out: &mut String) {
    if rng.chance(30) {
        let _ = writeln!(out, "namespace: {}", rng.pick(&["prod", "staging", "team-a"]));
    }
    if rng.chance(35) {
        let _ = writeln!(out, "namePrefix: {}", rng.pick(&["p-", "prod-", "x-"]));
    }
    if rng.chance(25) {
        let _ = writeln!(out, "nameSuffix: {}", rng.pick(&["-v1", "-blue"]));
    }
    if rng.chance(30) {
        let _ = writeln!(out, "commonLabels:\n  {}: {}", rng.pick(&KEYS), rng.pick(&VALUES));
    }
    if rng.chance(30) {
        let _ = writeln!(out, "labels:\n- pairs:\n    {}: {}", rng.pick(&KEYS), rng.pick(&VALUES));
        if rng.chance(50) {
            let _ = writeln!(out, "  includeSelectors: true");
        } else if rng.chance(50) {
            let _ = writeln!(out, "  includeTemplates: true");
        }
    }
    if rng.chance(30) {
        let _ =
            writeln!(out, "commonAnnotations:\n  {}: {}", rng.pick(&["owner", "note", "a.io/b"]), rng.pick(&VALUES));
    }
}

/// Writes a kustomization (or component) into `dir`, with `depth` more levels of bases below it.
fn kustomization(rng: &mut Rng, dir: &Path, depth: usize, component: bool, counter: &mut usize) {
    std::fs::create_dir_all(dir).unwrap();
    let mut k = String::new();
    if component {
        k.push_str("apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\n");
    }
    let mut entries = Vec::new();
    for f in 0..1 + rng.below(2) {
        let file = format!("res{f}.yaml");
        let mut docs = Vec::new();
        for _ in 0..1 + rng.below(3) {
            *counter += 1;
            // Mostly unique names; a repeated one now and then makes a conflict both must refuse.
            let name =
                if rng.chance(8) { rng.pick(&NAMES).to_string() } else { format!("{}-{counter}", rng.pick(&NAMES)) };
            docs.push(resource(rng, &name));
        }
        let text = if rng.chance(15) {
            let items: Vec<String> = docs.iter().map(|d| indent_item(d)).collect();
            format!("apiVersion: v1\nkind: List\nitems:\n{}", items.concat())
        } else {
            docs.join("---\n")
        };
        std::fs::write(dir.join(&file), text).unwrap();
        entries.push(file);
    }
    let mut components = Vec::new();
    if depth > 0 {
        for b in 0..1 + rng.below(2) {
            let name = format!("base{b}");
            kustomization(rng, &dir.join(&name), depth - 1, false, counter);
            entries.push(name);
        }
        if !component && rng.chance(30) {
            kustomization(rng, &dir.join("comp"), 0, true, counter);
            components.push("comp".to_string());
        }
    }
    let _ = writeln!(k, "resources:");
    for e in entries {
        let _ = writeln!(k, "- {e}");
    }
    if !components.is_empty() {
        let _ = writeln!(k, "components:\n- {}", components.join("\n- "));
    }
    transformers(rng, &mut k);
    if rng.chance(10) {
        k.push_str("sortOptions:\n  order: fifo\n");
    }
    std::fs::write(dir.join("kustomization.yaml"), k).unwrap();
}

fn indent_item(doc: &str) -> String {
    let mut out = String::new();
    for (i, line) in doc.lines().enumerate() {
        out.push_str(if i == 0 { "- " } else { "  " });
        out.push_str(line);
        out.push('\n');
    }
    out
}

/// Generates the tree of `seed`, builds it both ways, and describes any disagreement.
fn run(seed: u64, dir: &Path) -> Option<String> {
    let mut rng = Rng::new(seed);
    let depth = rng.below(3);
    kustomization(&mut rng, dir, depth, false, &mut 0);
    let ours = kustomize::build(dir, &kustomize::Options::default()).and_then(|o| o.to_yaml());
    match (oracle::kustomize(oracle::ORACLES[1].0, dir, &[]), ours) {
        (Outcome::Built(want), Ok(got)) if want == got => None,
        (Outcome::Failed(_), Err(_)) => None,
        (Outcome::Built(want), Ok(got)) => {
            Some(format!("seed {seed}: outputs differ\n--- kustomize\n{want}\n--- ours\n{got}"))
        }
        (Outcome::Built(_), Err(e)) => Some(format!("seed {seed}: kustomize builds it, we fail: {e}")),
        (Outcome::Failed(e), Ok(_)) => Some(format!("seed {seed}: kustomize fails ({e}), we build it")),
    }
}

#[test]
fn random_trees_build_as_kustomize_builds_them() {
    if let Some(seed) = std::env::var("KUSTOMIZE_RANDOM_SEED").ok().and_then(|s| s.parse().ok()) {
        let dir = tempfile::tempdir().unwrap().keep();
        let problem = run(seed, &dir);
        assert!(problem.is_none(), "{} (tree kept in {})", problem.unwrap(), dir.display());
        return;
    }
    let cases: u64 = std::env::var("KUSTOMIZE_RANDOM_CASES").ok().and_then(|s| s.parse().ok()).unwrap_or(40);
    let problems: Vec<String> = (0..cases)
        .filter_map(|seed| {
            let dir = tempfile::tempdir().unwrap();
            run(seed, dir.path())
        })
        .collect();
    assert!(
        problems.is_empty(),
        "{} of {cases} random trees disagree (rerun one with KUSTOMIZE_RANDOM_SEED):\n{}",
        problems.len(),
        problems.join("\n\n")
    );
}

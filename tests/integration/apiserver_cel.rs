//! `x-kubernetes-validations` rules through kubectl: cross-field, transition and list rules refuse writes with
//! kube-apiserver's wording; a rule flux-rs cannot evaluate is skipped with a warning, never passed silently.

use crate::support::{fixture, TestServer};

const GADGET: &str = "apiVersion: example.com/v1
kind: Gadget
metadata:
  name: NAME
  namespace: default
spec:
  minReplicas: 1
  maxReplicas: 3
  storageClass: fast
  ports: [8080, 9090]
";

const UNSUPPORTED: &str = "Warning: x-kubernetes-validations rule not supported by flux-rs: \
    !has(self.memory) || quantity(self.memory).isLessThan(quantity('1Gi')) \
    (unsupported function quantity() with 1 argument(s))";

fn gadget(name: &str) -> String {
    GADGET.replace("NAME", name)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn validation_rules_guard_custom_resources() {
    let server = TestServer::start().await;
    let k = server.kubectl();
    let crd = fixture("apiserver/gadget-crd.yaml");
    k.run(&["apply", "-f", crd.to_str().unwrap()]).ok();
    k.run(&["wait", "--for=condition=Established", "crd/gadgets.example.com", "--timeout=10s"]).ok();

    // A valid object is created; the rule flux-rs cannot evaluate is reported, not silently passed.
    let created = k.run_stdin(&["apply", "-f", "-"], &gadget("g1")).ok();
    assert!(created.stdout.contains("gadget.example.com/g1 created"), "{}", created.stdout);
    assert!(created.stderr.contains(UNSUPPORTED), "{}", created.stderr);

    // Cross-field (reported at its fieldPath) and list rules, in one refusal.
    let invalid = gadget("g2").replace("minReplicas: 1", "minReplicas: 5").replace("9090", "80");
    let refused = k.run_stdin(&["apply", "-f", "-"], &invalid).fails();
    assert!(
        refused.contains(
            "The Gadget \"g2\" is invalid: \n\
             * spec.minReplicas: Invalid value: \"object\": minReplicas must not exceed maxReplicas\n\
             * spec.ports: Invalid value: \"array\": failed rule: self.all(p, p > 1024 && p < 65536)\n"
        ),
        "{refused}"
    );
    assert_ne!(k.run(&["get", "gadget", "g2"]).code, 0, "a refused object is not stored");

    // A field the rule reads but the object lacks is an evaluation error, as CEL's "no such key".
    let missing = gadget("g3").replace("  maxReplicas: 3\n", "");
    let refused = k.run_stdin(&["apply", "-f", "-"], &missing).fails();
    assert!(
        refused.contains(
            "The Gadget \"g3\" is invalid: spec: Invalid value: \"object\": no such key: maxReplicas \
             evaluating rule: minReplicas must not exceed maxReplicas"
        ),
        "{refused}"
    );

    // The transition rule: storageClass may not change, while other fields may.
    let changed = gadget("g1").replace("storageClass: fast", "storageClass: slow");
    let refused = k.run_stdin(&["apply", "-f", "-"], &changed).fails();
    assert!(
        refused.contains(
            "The Gadget \"g1\" is invalid: spec.storageClass: Invalid value: \"string\": storageClass is \
             immutable"
        ),
        "{refused}"
    );
    let scaled = gadget("g1").replace("maxReplicas: 3", "maxReplicas: 4");
    let configured = k.run_stdin(&["apply", "-f", "-"], &scaled).ok();
    assert!(configured.stdout.contains("gadget.example.com/g1 configured"), "{}", configured.stdout);
    let g1 = k.run(&["get", "gadget", "g1", "-o", "json"]).ok().json();
    assert_eq!(g1["spec"]["maxReplicas"], 4);
    assert_eq!(g1["spec"]["storageClass"], "fast");

    // The same rules guard merge patches.
    let patch = k.run(&["patch", "gadget", "g1", "--type=merge", "-p", r#"{"spec":{"ports":[22]}}"#]).fails();
    assert!(
        patch.contains("spec.ports: Invalid value: \"array\": failed rule: self.all(p, p > 1024 && p < 65536)"),
        "{patch}"
    );
}

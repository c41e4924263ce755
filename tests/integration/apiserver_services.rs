//! Service node ports as kube-apiserver allocates them: in range, once per cluster, kept across updates,
//! released when the Service stops needing them.

use crate::support::TestServer;

fn node_port_service(namespace: &str, name: &str, node_port: Option<u16>) -> String {
    let node_port = node_port.map(|p| format!("    nodePort: {p}\n")).unwrap_or_default();
    format!(
        "apiVersion: v1\nkind: Service\nmetadata:\n  name: {name}\n  namespace: {namespace}\nspec:\n  type: NodePort\n  selector: {{app: web}}\n  ports:\n  - name: http\n    port: 80\n    targetPort: 8080\n{node_port}"
    )
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn node_ports_are_allocated_once_per_cluster() {
    let server = TestServer::start().await;
    let k = server.kubectl();
    k.run(&["create", "namespace", "other"]).ok();
    k.run(&["create", "service", "nodeport", "web", "--tcp=80:8080", "--node-port=30080"]).ok();

    let err =
        k.run(&["create", "service", "nodeport", "copy", "-n", "other", "--tcp=81:8080", "--node-port=30080"]).fails();
    assert!(
        err.contains(r#"Service "copy" is invalid: spec.ports[0].nodePort: Invalid value: 30080: provided port is already allocated"#),
        "{err}"
    );
    let err = k.run(&["create", "service", "nodeport", "low", "--tcp=80:8080", "--node-port=29999"]).fails();
    assert!(
        err.contains("spec.ports[0].nodePort: Invalid value: 29999: provided port is not in the valid range. The range of valid ports is 30000-32767"),
        "{err}"
    );
    let err =
        k.run_stdin(&["apply", "--server-side", "-f", "-"], &node_port_service("other", "copy", Some(30080))).fails();
    assert!(err.contains("provided port is already allocated"), "{err}");

    // Without a node port one is allocated, and updates that leave it out keep it.
    k.run_stdin(&["apply", "-f", "-"], &node_port_service("other", "auto", None)).ok();
    let port_of = |ns: &str, name: &str| {
        k.run(&["get", "service", name, "-n", ns, "-o", "jsonpath={.spec.ports[0].nodePort}"]).ok().stdout
    };
    let allocated: u16 = port_of("other", "auto").parse().expect("an allocated node port");
    assert!((30000..=32767).contains(&allocated) && allocated != 30080, "{allocated}");
    let replaced = node_port_service("other", "auto", None).replace("app: web", "app: api");
    k.run_stdin(&["replace", "-f", "-"], &replaced).ok();
    assert_eq!(port_of("other", "auto"), allocated.to_string());

    // A ClusterIP Service holds no node port: an unchanged one is dropped with the type, a new one refused.
    k.run(&["patch", "service", "web", "-p", r#"{"spec":{"type":"ClusterIP"}}"#]).ok();
    assert_eq!(port_of("default", "web"), "");
    let err = k
        .run_stdin(
            &["create", "-f", "-"],
            &node_port_service("default", "fixed", Some(30081)).replace("type: NodePort", "type: ClusterIP"),
        )
        .fails();
    assert!(err.contains("spec.ports[0].nodePort: Forbidden: may not be used when `type` is 'ClusterIP'"), "{err}");
    // 30080 is free again.
    k.run_stdin(&["apply", "-f", "-"], &node_port_service("other", "copy", Some(30080))).ok();
}

//! Networking: Services, Endpoints, EndpointSlices, Ingresses, IngressClasses and NetworkPolicies.

use chrono::{DateTime, Utc};
use serde_json::{json, Value};

use super::{
    age, age_col, col, format_label_selector, format_labels, int_at, list_at, list_with_more, name, name_col, or,
    str_at, wide, ColumnDef,
};

// Column descriptions: upstream's 1.33 field docs, as in mod.rs.
const D_SVC_TYPE: &str = "type determines how the Service is exposed. Defaults to ClusterIP. Valid options are ExternalName, ClusterIP, NodePort, and LoadBalancer.";
const D_SVC_CLUSTER_IP: &str = "clusterIP is the IP address of the service and is usually assigned randomly.";
const D_SVC_EXTERNAL_IPS: &str = "externalIPs is a list of IP addresses for which nodes in the cluster will also accept traffic for this service.  These IPs are not managed by Kubernetes.  The user is responsible for ensuring that traffic arrives at a node with this IP.  A common example is external load-balancers that are not part of the Kubernetes system.";
const D_SVC_PORTS: &str = "The list of ports that are exposed by this service. More info: https://kubernetes.io/docs/concepts/services-networking/service/#virtual-ips-and-service-proxies";
const D_SVC_SELECTOR: &str = "Route service traffic to pods with label keys and values matching this selector. If empty or not present, the service is assumed to have an external process managing its endpoints, which Kubernetes will not modify. Only applies to types ClusterIP, NodePort, and LoadBalancer. Ignored if type is ExternalName. More info: https://kubernetes.io/docs/concepts/services-networking/service/";

pub(super) fn service_columns() -> Vec<ColumnDef> {
    vec![
        name_col(),
        col("Type", "string", D_SVC_TYPE),
        col("Cluster-IP", "string", D_SVC_CLUSTER_IP),
        col("External-IP", "string", D_SVC_EXTERNAL_IPS),
        col("Port(s)", "string", D_SVC_PORTS),
        age_col(),
        wide("Selector", D_SVC_SELECTOR),
    ]
}

/// Load-balancer ingress points, sorted and deduplicated (the server renders wide, so never clipped).
fn load_balancer_ips(ingress: &[Value]) -> Vec<String> {
    let mut ips: Vec<String> = ingress
        .iter()
        .map(|i| or(str_at(i, "/ip"), str_at(i, "/hostname")).to_string())
        .filter(|s| !s.is_empty())
        .collect();
    ips.sort();
    ips.dedup();
    ips
}

fn service_external_ip(svc: &Value) -> String {
    let external: Vec<&str> = list_at(svc, "/spec/externalIPs").iter().filter_map(Value::as_str).collect();
    match or(str_at(svc, "/spec/type"), "ClusterIP") {
        "ClusterIP" | "NodePort" if external.is_empty() => "<none>".into(),
        "ClusterIP" | "NodePort" => external.join(","),
        "LoadBalancer" => {
            let mut all = load_balancer_ips(list_at(svc, "/status/loadBalancer/ingress"));
            if all.is_empty() && external.is_empty() {
                return "<pending>".into();
            }
            all.extend(external.iter().map(|s| s.to_string()));
            all.join(",")
        }
        "ExternalName" => str_at(svc, "/spec/externalName").to_string(),
        _ => "<unknown>".into(),
    }
}

pub(super) fn service_row(svc: &Value, now: DateTime<Utc>) -> Vec<Value> {
    // The API server keeps clusterIP and clusterIPs[0] equal; either may be all a stored object has.
    let cluster_ip = or(str_at(svc, "/spec/clusterIP"), str_at(svc, "/spec/clusterIPs/0"));
    let ports: Vec<String> = list_at(svc, "/spec/ports")
        .iter()
        .map(|p| {
            let protocol = or(str_at(p, "/protocol"), "TCP");
            match int_at(p, "/nodePort") {
                n if n > 0 => format!("{}:{n}/{protocol}", int_at(p, "/port")),
                _ => format!("{}/{protocol}", int_at(p, "/port")),
            }
        })
        .collect();
    let ports = if ports.is_empty() { "<none>".to_string() } else { ports.join(",") };
    vec![
        name(svc),
        json!(or(str_at(svc, "/spec/type"), "ClusterIP")),
        json!(or(cluster_ip, "<none>")),
        json!(service_external_ip(svc)),
        json!(ports),
        age(svc, now),
        json!(format_labels(svc.pointer("/spec/selector"))),
    ]
}

/// `formatEndpoints`: up to three `ip:port` pairs, then `+ N more...`.
pub(super) fn endpoints_row(obj: &Value, now: DateTime<Utc>) -> Vec<Value> {
    let subsets = list_at(obj, "/subsets");
    let cell = if subsets.is_empty() {
        "<none>".to_string()
    } else {
        let max: usize = 3;
        let (mut list, mut count) = (Vec::new(), 0);
        for ss in subsets {
            let addresses: Vec<&str> = list_at(ss, "/addresses").iter().map(|a| str_at(a, "/ip")).collect();
            let ports = list_at(ss, "/ports");
            if ports.is_empty() {
                count += addresses.len();
                list.extend(addresses.iter().take(max.saturating_sub(list.len())).map(|a| a.to_string()));
                continue;
            }
            for port in ports {
                count += addresses.len();
                for a in &addresses {
                    if list.len() == max {
                        break;
                    }
                    let p = int_at(port, "/port");
                    list.push(if a.contains(':') { format!("[{a}]:{p}") } else { format!("{a}:{p}") });
                }
            }
        }
        let ret = list.join(",");
        if count > max {
            format!("{ret} + {} more...", count - max)
        } else {
            ret
        }
    };
    vec![name(obj), json!(cell), age(obj, now)]
}

pub(super) fn endpoint_slice_columns() -> Vec<ColumnDef> {
    vec![
        name_col(),
        col("AddressType", "string", "addressType specifies the type of address carried by this EndpointSlice."),
        col("Ports", "string", "ports specifies the list of network ports exposed by each endpoint in this slice."),
        col("Endpoints", "string", "endpoints is a list of unique endpoints in this slice."),
        age_col(),
    ]
}

pub(super) fn endpoint_slice_row(obj: &Value, now: DateTime<Utc>) -> Vec<Value> {
    let max = 3;
    let ports = list_at(obj, "/ports");
    let port_list: Vec<String> = ports
        .iter()
        .take(max)
        .map(|p| match p.get("port").and_then(Value::as_i64) {
            Some(n) => n.to_string(),
            None => p.get("name").and_then(Value::as_str).unwrap_or("*").to_string(),
        })
        .collect();
    let addresses: Vec<String> = list_at(obj, "/endpoints")
        .iter()
        .flat_map(|e| list_at(e, "/addresses").iter().filter_map(Value::as_str).map(str::to_string))
        .collect();
    let shown: Vec<String> = addresses.iter().take(max).cloned().collect();
    vec![
        name(obj),
        json!(str_at(obj, "/addressType")),
        json!(list_with_more(&port_list, ports.len(), max)),
        json!(list_with_more(&shown, addresses.len(), max)),
        age(obj, now),
    ]
}

pub(super) fn ingress_columns() -> Vec<ColumnDef> {
    vec![
        name_col(),
        col(
            "Class",
            "string",
            "The name of the IngressClass resource that should be used for additional configuration",
        ),
        col("Hosts", "string", "Hosts that incoming requests are matched against before the ingress rule"),
        col("Address", "string", "Address is a list containing ingress points for the load-balancer"),
        col("Ports", "string", "Ports of TLS configurations that open"),
        age_col(),
    ]
}

pub(super) fn ingress_row(obj: &Value, now: DateTime<Utc>) -> Vec<Value> {
    let rules = list_at(obj, "/spec/rules");
    let max = 3;
    let (mut hosts, mut more) = (Vec::new(), false);
    for rule in rules {
        // Upstream's quirk: "more" once three hosts are listed and another rule follows, counted in rules.
        if hosts.len() == max {
            more = true;
            break;
        }
        let host = str_at(rule, "/host");
        if !host.is_empty() {
            hosts.push(host);
        }
    }
    let hosts = match (hosts.is_empty(), more) {
        (true, _) => "*".to_string(),
        (false, true) => format!("{} + {} more...", hosts.join(","), rules.len() - max),
        (false, false) => hosts.join(","),
    };
    let ports = if list_at(obj, "/spec/tls").is_empty() { "80" } else { "80, 443" };
    vec![
        name(obj),
        json!(or(str_at(obj, "/spec/ingressClassName"), "<none>")),
        json!(hosts),
        json!(load_balancer_ips(list_at(obj, "/status/loadBalancer/ingress")).join(",")),
        json!(ports),
        age(obj, now),
    ]
}

pub(super) fn ingress_class_columns() -> Vec<ColumnDef> {
    vec![
        name_col(),
        col("Controller", "string", "Controller that is responsible for handling this class"),
        col("Parameters", "string", "A reference to a resource with additional parameters"),
        age_col(),
    ]
}

pub(super) fn ingress_class_row(obj: &Value, now: DateTime<Utc>) -> Vec<Value> {
    let parameters = match obj.pointer("/spec/parameters").filter(|p| p.is_object()) {
        None => "<none>".to_string(),
        Some(p) => match p.get("apiGroup").and_then(Value::as_str) {
            Some(g) => format!("{}.{g}/{}", str_at(p, "/kind"), str_at(p, "/name")),
            None => format!("{}/{}", str_at(p, "/kind"), str_at(p, "/name")),
        },
    };
    vec![name(obj), json!(str_at(obj, "/spec/controller")), json!(parameters), age(obj, now)]
}

pub(super) fn network_policy_row(obj: &Value, now: DateTime<Utc>) -> Vec<Value> {
    // The pod selector is a value, not a pointer: absent means empty, which matches everything.
    let selector = obj.pointer("/spec/podSelector").cloned().unwrap_or_else(|| json!({}));
    vec![name(obj), json!(format_label_selector(Some(&selector))), age(obj, now)]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::printers::tests::{ago, header, row};

    #[test]
    fn services_of_every_type() {
        assert_eq!(
            header("", "services"),
            [
                ("Name", "string", 0),
                ("Type", "string", 0),
                ("Cluster-IP", "string", 0),
                ("External-IP", "string", 0),
                ("Port(s)", "string", 0),
                ("Age", "string", 0),
                ("Selector", "string", 1),
            ]
        );
        let svc = json!({
            "metadata": {"name": "web", "creationTimestamp": ago(45)},
            "spec": {"type": "ClusterIP", "clusterIP": "10.96.12.34", "clusterIPs": ["10.96.12.34"], "selector": {"app": "web"},
                     "ports": [{"name": "http", "port": 80, "protocol": "TCP", "targetPort": 8080}, {"name": "https", "port": 443, "protocol": "TCP"}]},
        });
        assert_eq!(
            row("", "services", svc),
            [
                json!("web"),
                json!("ClusterIP"),
                json!("10.96.12.34"),
                json!("<none>"),
                json!("80/TCP,443/TCP"),
                json!("45s"),
                json!("app=web")
            ]
        );
        let node_port = json!({"metadata": {"name": "np"}, "spec": {"type": "NodePort", "clusterIPs": ["10.96.0.9"], "externalIPs": ["1.2.3.4"],
                               "ports": [{"port": 80, "nodePort": 30080}, {"port": 53, "protocol": "UDP", "nodePort": 30053}]}});
        assert_eq!(
            row("", "services", node_port)[1..5],
            [json!("NodePort"), json!("10.96.0.9"), json!("1.2.3.4"), json!("80:30080/TCP,53:30053/UDP")]
        );
        let pending = json!({"metadata": {"name": "lb"}, "spec": {"type": "LoadBalancer", "clusterIP": "10.96.0.10", "ports": [{"port": 443, "protocol": "TCP", "nodePort": 31443}]}});
        assert_eq!(row("", "services", pending.clone())[3], json!("<pending>"));
        let mut ready = pending;
        ready["status"] = json!({"loadBalancer": {"ingress": [{"ip": "203.0.113.9"}, {"hostname": "lb.example.com"}]}});
        assert_eq!(row("", "services", ready)[3], json!("203.0.113.9,lb.example.com"));
        let headless = json!({"metadata": {"name": "db"}, "spec": {"clusterIP": "None", "ports": []}});
        assert_eq!(
            row("", "services", headless)[1..5],
            [json!("ClusterIP"), json!("None"), json!("<none>"), json!("<none>")]
        );
        let external =
            json!({"metadata": {"name": "ext"}, "spec": {"type": "ExternalName", "externalName": "db.example.com"}});
        assert_eq!(
            row("", "services", external)[1..5],
            [json!("ExternalName"), json!("<none>"), json!("db.example.com"), json!("<none>")]
        );
    }

    #[test]
    fn endpoints_and_endpoint_slices() {
        let ep = json!({"metadata": {"name": "web"}, "subsets": [
            {"addresses": [{"ip": "10.0.0.1"}, {"ip": "10.0.0.2"}], "ports": [{"port": 8080}, {"port": 8443}]},
        ]});
        assert_eq!(row("", "endpoints", ep)[1], json!("10.0.0.1:8080,10.0.0.2:8080,10.0.0.1:8443 + 1 more..."));
        assert_eq!(row("", "endpoints", json!({"metadata": {"name": "none"}}))[1], json!("<none>"));
        let slice = json!({"metadata": {"name": "web-abc"}, "addressType": "IPv4", "ports": [{"port": 80}, {"name": "metrics"}],
                           "endpoints": [{"addresses": ["10.0.0.1"]}, {"addresses": ["10.0.0.2"]}]});
        assert_eq!(
            row("discovery.k8s.io", "endpointslices", slice)[1..4],
            [json!("IPv4"), json!("80,metrics"), json!("10.0.0.1,10.0.0.2")]
        );
    }

    #[test]
    fn ingresses() {
        let ing = json!({
            "metadata": {"name": "web", "creationTimestamp": ago(90)},
            "spec": {"ingressClassName": "nginx", "tls": [{"hosts": ["a.example.com"]}],
                     "rules": [{"host": "a.example.com"}, {"host": "b.example.com"}, {}, {"host": "c.example.com"}, {"host": "d.example.com"}]},
            "status": {"loadBalancer": {"ingress": [{"ip": "192.0.2.10"}]}},
        });
        assert_eq!(
            row("networking.k8s.io", "ingresses", ing),
            [
                json!("web"),
                json!("nginx"),
                json!("a.example.com,b.example.com,c.example.com + 2 more..."),
                json!("192.0.2.10"),
                json!("80, 443"),
                json!("90s")
            ]
        );
        let bare = json!({"metadata": {"name": "any"}, "spec": {"rules": [{"http": {}}]}});
        assert_eq!(
            row("networking.k8s.io", "ingresses", bare)[1..5],
            [json!("<none>"), json!("*"), json!(""), json!("80")]
        );
    }
}

//! Turning an HTTP request line into what the API machinery acts on.

use std::collections::HashMap;

/// What a resource request is about, like kube-apiserver's `RequestInfo`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RequestInfo {
    pub group: String,
    pub version: String,
    pub namespace: String,
    pub resource: String,
    pub name: String,
    pub subresource: String,
    /// get, list, watch, create, update, patch, delete, deletecollection
    pub verb: &'static str,
}

/// Namespaces' own subresources: `/api/v1/namespaces/x/status` is not a resource called "status".
const NAMESPACE_SUBRESOURCES: &[&str] = &["status", "finalize"];

/// Parses `/api/v1/...` and `/apis/<group>/<version>/...`. `None` for paths that are not resource paths
/// (discovery documents are answered before this is called).
pub fn parse(method: &http::Method, path: &str, query: &Query) -> Option<RequestInfo> {
    let parts: Vec<&str> = path.trim_matches('/').split('/').collect();
    let (group, version, rest) = match parts.as_slice() {
        ["api", version, rest @ ..] => ("", *version, rest),
        ["apis", group, version, rest @ ..] => (*group, *version, rest),
        _ => return None,
    };
    if rest.is_empty() || rest.iter().any(|p| p.is_empty()) {
        return None;
    }
    let mut info = RequestInfo { group: group.into(), version: version.into(), ..Default::default() };
    let mut rest = rest;
    if rest[0] == "namespaces" && rest.len() > 1 {
        info.namespace = rest[1].to_string();
        if rest.len() > 2 && !NAMESPACE_SUBRESOURCES.contains(&rest[2]) {
            rest = &rest[2..];
        }
    }
    match rest {
        [resource] => info.resource = resource.to_string(),
        [resource, name] => {
            info.resource = resource.to_string();
            info.name = name.to_string();
        }
        [resource, name, sub] => {
            info.resource = resource.to_string();
            info.name = name.to_string();
            info.subresource = sub.to_string();
        }
        _ => return None,
    }
    // `/api/v1/namespaces/foo` is the namespace foo itself, not a namespaced request inside it.
    if info.resource == "namespaces" {
        info.namespace.clear();
    }
    let named = !info.name.is_empty();
    info.verb = match *method {
        http::Method::GET | http::Method::HEAD if named => "get",
        http::Method::GET | http::Method::HEAD if query.flag("watch") => "watch",
        http::Method::GET | http::Method::HEAD => "list",
        http::Method::POST => "create",
        http::Method::PUT => "update",
        http::Method::PATCH => "patch",
        http::Method::DELETE if named => "delete",
        http::Method::DELETE => "deletecollection",
        _ => return None,
    };
    Some(info)
}

/// Query parameters. kube-rs sends `?&limit=500`: empty pairs are ignored.
#[derive(Debug, Clone, Default)]
pub struct Query(HashMap<String, String>);

impl Query {
    pub fn parse(raw: Option<&str>) -> Query {
        let mut map = HashMap::new();
        for pair in raw.unwrap_or_default().split('&').filter(|p| !p.is_empty()) {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            map.insert(percent_decode(k), percent_decode(v));
        }
        Query(map)
    }

    pub fn get(&self, key: &str) -> Option<&str> {
        self.0.get(key).map(String::as_str)
    }

    /// A boolean parameter: `watch=true`, `watch=1`.
    pub fn flag(&self, key: &str) -> bool {
        matches!(self.get(key), Some("true" | "1" | "True"))
    }

    pub fn u64(&self, key: &str) -> Option<u64> {
        self.get(key).and_then(|v| v.parse().ok())
    }
}

/// Decodes `%XX` escapes and `+` (form encoding, which client-go's query strings use for spaces).
pub fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' if i + 2 < bytes.len() => {
                let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).ok().and_then(|h| u8::from_str_radix(h, 16).ok());
                match hex {
                    Some(b) => {
                        out.push(b);
                        i += 3;
                    }
                    None => {
                        out.push(b'%');
                        i += 1;
                    }
                }
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use http::Method;

    fn p(m: Method, path: &str, q: &str) -> RequestInfo {
        parse(&m, path, &Query::parse(Some(q))).unwrap()
    }

    #[test]
    fn paths() {
        let r = p(Method::GET, "/api/v1/namespaces/default/configmaps", "&limit=500");
        assert_eq!((r.namespace.as_str(), r.resource.as_str(), r.verb), ("default", "configmaps", "list"));
        let r = p(Method::GET, "/apis/apps/v1/namespaces/x/deployments/d/scale", "");
        assert_eq!((r.group.as_str(), r.name.as_str(), r.subresource.as_str(), r.verb), ("apps", "d", "scale", "get"));
        let r = p(Method::GET, "/api/v1/namespaces/foo", "");
        assert_eq!((r.namespace.as_str(), r.resource.as_str(), r.name.as_str()), ("", "namespaces", "foo"));
        let r = p(Method::PUT, "/api/v1/namespaces/foo/finalize", "");
        assert_eq!(
            (r.resource.as_str(), r.name.as_str(), r.subresource.as_str(), r.verb),
            ("namespaces", "foo", "finalize", "update")
        );
        let r = p(Method::GET, "/api/v1/configmaps", "watch=1&resourceVersion=5");
        assert_eq!((r.namespace.as_str(), r.verb), ("", "watch"));
        let r = p(Method::DELETE, "/api/v1/namespaces/a/secrets", "");
        assert_eq!(r.verb, "deletecollection");
        assert!(parse(&Method::GET, "/apis/apps", &Query::default()).is_none());
        assert!(parse(&Method::GET, "/api/v1/namespaces/a/b/c/d/e", &Query::default()).is_none());
    }

    #[test]
    fn query_decoding() {
        let q = Query::parse(Some("labelSelector=app%3Dweb%2Ctier+in+%28a%29&&watch=true"));
        assert_eq!(q.get("labelSelector"), Some("app=web,tier in (a)"));
        assert!(q.flag("watch"));
        assert_eq!(percent_decode("100%"), "100%");
    }
}

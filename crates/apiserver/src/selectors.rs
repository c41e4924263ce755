//! Label and field selectors, with kube-apiserver's syntax and error wording.

use serde_json::Value;

use crate::status::ApiError;

#[derive(Debug, Clone, PartialEq)]
enum Requirement {
    Equals(String, String),
    NotEquals(String, String),
    In(String, Vec<String>),
    NotIn(String, Vec<String>),
    Exists(String),
    DoesNotExist(String),
    GreaterThan(String, i64),
    LessThan(String, i64),
}

/// A parsed label selector: every requirement must hold.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LabelSelector(Vec<Requirement>);

impl LabelSelector {
    /// Parses `app=web,tier in (a,b),!legacy,env!=prod,version>3`.
    pub fn parse(input: &str) -> Result<LabelSelector, ApiError> {
        let mut reqs = Vec::new();
        let mut rest = input.trim();
        while !rest.is_empty() {
            let (req, tail) = parse_requirement(rest)
                .map_err(|why| ApiError::bad_request(format!("unable to parse requirement: {why}")))?;
            reqs.push(req);
            rest = tail.trim_start();
            if let Some(t) = rest.strip_prefix(',') {
                rest = t.trim_start();
                if rest.is_empty() {
                    return Err(ApiError::bad_request(format!(
                        "unable to parse requirement: found '', expected: identifier after ',' in {input:?}"
                    )));
                }
            } else if !rest.is_empty() {
                return Err(ApiError::bad_request(format!(
                    "unable to parse requirement: found '{}', expected: ',' or end of string",
                    rest.split_whitespace().next().unwrap_or(rest)
                )));
            }
        }
        Ok(LabelSelector(reqs))
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Whether `labels` (a `metadata.labels` object, or absent) satisfy the selector.
    pub fn matches(&self, labels: Option<&Value>) -> bool {
        let get = |k: &str| labels.and_then(|l| l.get(k)).and_then(Value::as_str);
        self.0.iter().all(|r| match r {
            Requirement::Equals(k, v) => get(k) == Some(v.as_str()),
            Requirement::NotEquals(k, v) => get(k) != Some(v.as_str()),
            Requirement::In(k, vs) => get(k).is_some_and(|x| vs.iter().any(|v| v == x)),
            Requirement::NotIn(k, vs) => get(k).is_none_or(|x| !vs.iter().any(|v| v == x)),
            Requirement::Exists(k) => get(k).is_some(),
            Requirement::DoesNotExist(k) => get(k).is_none(),
            Requirement::GreaterThan(k, n) => get(k).and_then(|x| x.parse::<i64>().ok()).is_some_and(|x| x > *n),
            Requirement::LessThan(k, n) => get(k).and_then(|x| x.parse::<i64>().ok()).is_some_and(|x| x < *n),
        })
    }

    /// Builds a selector from a `metav1.LabelSelector` object (`matchLabels` and `matchExpressions`).
    pub fn from_object(sel: &Value) -> Result<LabelSelector, String> {
        let mut reqs = Vec::new();
        if let Some(Value::Object(ml)) = sel.get("matchLabels") {
            for (k, v) in ml {
                reqs.push(Requirement::Equals(k.clone(), v.as_str().unwrap_or_default().to_string()));
            }
        }
        if let Some(Value::Array(exprs)) = sel.get("matchExpressions") {
            for e in exprs {
                let key = e.get("key").and_then(Value::as_str).unwrap_or_default().to_string();
                let values: Vec<String> = e
                    .get("values")
                    .and_then(Value::as_array)
                    .map(|vs| vs.iter().filter_map(Value::as_str).map(String::from).collect())
                    .unwrap_or_default();
                reqs.push(match e.get("operator").and_then(Value::as_str) {
                    Some("In") => Requirement::In(key, values),
                    Some("NotIn") => Requirement::NotIn(key, values),
                    Some("Exists") => Requirement::Exists(key),
                    Some("DoesNotExist") => Requirement::DoesNotExist(key),
                    other => return Err(format!("{other:?} is not a valid label selector operator")),
                });
            }
        }
        Ok(LabelSelector(reqs))
    }

    /// The selector in its string form, as `kubectl` and the Scale subresource print it.
    pub fn to_string_form(&self) -> String {
        let parts: Vec<String> = self
            .0
            .iter()
            .map(|r| match r {
                Requirement::Equals(k, v) => format!("{k}={v}"),
                Requirement::NotEquals(k, v) => format!("{k}!={v}"),
                Requirement::In(k, vs) => format!("{k} in ({})", sorted(vs).join(",")),
                Requirement::NotIn(k, vs) => format!("{k} notin ({})", sorted(vs).join(",")),
                Requirement::Exists(k) => k.clone(),
                Requirement::DoesNotExist(k) => format!("!{k}"),
                Requirement::GreaterThan(k, n) => format!("{k}>{n}"),
                Requirement::LessThan(k, n) => format!("{k}<{n}"),
            })
            .collect();
        parts.join(",")
    }
}

fn sorted(vs: &[String]) -> Vec<String> {
    let mut v = vs.to_vec();
    v.sort();
    v
}

fn is_key_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | '/')
}

fn take_key(s: &str) -> (&str, &str) {
    let end = s.find(|c: char| !is_key_char(c)).unwrap_or(s.len());
    (&s[..end], &s[end..])
}

fn parse_requirement(s: &str) -> Result<(Requirement, &str), String> {
    if let Some(rest) = s.strip_prefix('!') {
        let (key, tail) = take_key(rest.trim_start());
        if key.is_empty() {
            return Err(format!("found '{}', expected: identifier", rest.chars().next().unwrap_or(' ')));
        }
        return Ok((Requirement::DoesNotExist(key.into()), tail));
    }
    let (key, tail) = take_key(s);
    if key.is_empty() {
        return Err(format!(
            "found '{}', expected: !, identifier, or 'end of string'",
            s.chars().next().unwrap_or(' ')
        ));
    }
    let key = key.to_string();
    let tail = tail.trim_start();
    let (op, tail) = if let Some(t) = tail.strip_prefix("==") {
        ("=", t)
    } else if let Some(t) = tail.strip_prefix("!=") {
        ("!=", t)
    } else if let Some(t) = tail.strip_prefix('=') {
        ("=", t)
    } else if let Some(t) = tail.strip_prefix('>') {
        (">", t)
    } else if let Some(t) = tail.strip_prefix('<') {
        ("<", t)
    } else if let Some(t) = word(tail, "notin") {
        ("notin", t)
    } else if let Some(t) = word(tail, "in") {
        ("in", t)
    } else {
        return Ok((Requirement::Exists(key), tail));
    };
    let tail = tail.trim_start();
    match op {
        "in" | "notin" => {
            let inner = tail.strip_prefix('(').ok_or("found '', expected: '('")?;
            let close = inner.find(')').ok_or("found '', expected: ')'")?;
            let values: Vec<String> =
                inner[..close].split(',').map(|v| v.trim().to_string()).filter(|v| !v.is_empty()).collect();
            let rest = &inner[close + 1..];
            let req = if op == "in" { Requirement::In(key, values) } else { Requirement::NotIn(key, values) };
            Ok((req, rest))
        }
        _ => {
            let end = tail.find(|c: char| c == ',' || c.is_whitespace()).unwrap_or(tail.len());
            let (value, rest) = (&tail[..end], &tail[end..]);
            let req = match op {
                "=" => Requirement::Equals(key, value.into()),
                "!=" => Requirement::NotEquals(key, value.into()),
                _ => {
                    let n: i64 = value
                        .parse()
                        .map_err(|_| "for 'Gt', 'Lt' operators, the value must be an integer".to_string())?;
                    if op == ">" {
                        Requirement::GreaterThan(key, n)
                    } else {
                        Requirement::LessThan(key, n)
                    }
                }
            };
            Ok((req, rest))
        }
    }
}

/// `in`/`notin` only count as operators when followed by a space or `(`.
fn word<'a>(s: &'a str, w: &str) -> Option<&'a str> {
    let rest = s.strip_prefix(w)?;
    (rest.starts_with(' ') || rest.starts_with('(')).then_some(rest)
}

/// A parsed field selector: `metadata.name=x,type!=Opaque`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FieldSelector(Vec<(String, bool, String)>);

impl FieldSelector {
    /// Parses and checks the fields against those the resource supports.
    pub fn parse(input: &str, supported: &dyn Fn(&str) -> bool) -> Result<FieldSelector, ApiError> {
        let mut terms = Vec::new();
        for term in input.split(',').map(str::trim).filter(|t| !t.is_empty()) {
            let (field, eq, value) = if let Some((f, v)) = term.split_once("!=") {
                (f, false, v)
            } else if let Some((f, v)) = term.split_once("==") {
                (f, true, v)
            } else if let Some((f, v)) = term.split_once('=') {
                (f, true, v)
            } else {
                return Err(ApiError::bad_request(format!("invalid selector: '{input}'; can't understand '{term}'")));
            };
            let field = field.trim();
            if !supported(field) {
                return Err(ApiError::bad_request(format!("field label not supported: {field}")));
            }
            terms.push((field.to_string(), eq, value.trim().to_string()));
        }
        Ok(FieldSelector(terms))
    }

    /// Renames the fields, for views whose stored form names them differently.
    pub fn map_fields(self, f: impl Fn(&str) -> String) -> FieldSelector {
        FieldSelector(self.0.into_iter().map(|(field, eq, v)| (f(&field), eq, v)).collect())
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn matches(&self, obj: &Value) -> bool {
        self.0.iter().all(|(field, eq, want)| {
            let got = field_value(obj, field);
            (got == *want) == *eq
        })
    }
}

/// The string value of a dotted field path as field selectors see it: absent is "".
fn field_value(obj: &Value, path: &str) -> String {
    let mut cur = obj;
    for part in path.split('.') {
        match cur.get(part) {
            Some(v) => cur = v,
            None => return String::new(),
        }
    }
    match cur {
        Value::String(s) => s.clone(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => n.to_string(),
        _ => String::new(),
    }
}

/// Field selectors each built-in resource supports beyond `metadata.name` and `metadata.namespace`.
pub fn builtin_selectable_fields(group: &str, resource: &str) -> &'static [&'static str] {
    match (group, resource) {
        ("", "secrets") => &["type"],
        ("", "events") => &[
            "involvedObject.kind",
            "involvedObject.namespace",
            "involvedObject.name",
            "involvedObject.uid",
            "involvedObject.apiVersion",
            "involvedObject.resourceVersion",
            "involvedObject.fieldPath",
            "reason",
            "reportingComponent",
            "source",
            "type",
        ],
        ("events.k8s.io", "events") => &[
            "regarding.kind",
            "regarding.namespace",
            "regarding.name",
            "regarding.uid",
            "regarding.apiVersion",
            "regarding.resourceVersion",
            "regarding.fieldPath",
            "reason",
            "reportingController",
            "type",
        ],
        ("", "pods") => &[
            "spec.nodeName",
            "spec.restartPolicy",
            "spec.schedulerName",
            "spec.serviceAccountName",
            "spec.hostNetwork",
            "status.phase",
            "status.podIP",
            "status.nominatedNodeName",
        ],
        ("", "namespaces") => &["status.phase"],
        ("", "nodes") => &["spec.unschedulable"],
        ("", "replicationcontrollers") | ("apps", "replicasets") => &["status.replicas"],
        ("batch", "jobs") => &["status.successful"],
        ("certificates.k8s.io", "certificatesigningrequests") => &["spec.signerName"],
        _ => &[],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn label_selector_syntax() {
        let labels = json!({"app": "web", "tier": "front", "version": "4"});
        let ok = |s: &str| LabelSelector::parse(s).unwrap().matches(Some(&labels));
        assert!(ok("app=web"));
        assert!(ok("app==web,tier in (front, back)"));
        assert!(ok("tier notin (db),!legacy,app"));
        assert!(ok("version>3,version<5"));
        assert!(!ok("app!=web"));
        assert!(!ok("missing"));
        assert!(ok(""));
        assert!(LabelSelector::parse("app=web,").is_err());
        assert!(LabelSelector::parse("a in b").is_err());
        assert!(LabelSelector::parse("x>y").is_err());
        assert!(LabelSelector::parse("!").is_err());
    }

    #[test]
    fn selector_from_object() {
        let sel = LabelSelector::from_object(&json!({"matchLabels": {"app": "x"}, "matchExpressions": [{"key": "t", "operator": "In", "values": ["b", "a"]}]})).unwrap();
        assert_eq!(sel.to_string_form(), "app=x,t in (a,b)");
    }

    #[test]
    fn field_selectors() {
        let supported = |f: &str| matches!(f, "metadata.name" | "metadata.namespace" | "type");
        let fs = FieldSelector::parse("metadata.name=a,type!=Opaque", &supported).unwrap();
        assert!(fs.matches(&json!({"metadata": {"name": "a"}, "type": "kubernetes.io/tls"})));
        assert!(!fs.matches(&json!({"metadata": {"name": "a"}, "type": "Opaque"})));
        let err = FieldSelector::parse("spec.x=1", &supported).unwrap_err();
        assert_eq!(err.message, "field label not supported: spec.x");
    }
}

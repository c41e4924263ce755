use super::*;

/// `tests/fixtures/yaml-store/NAME.yaml` read and printed back must give `NAME.out`, which is
/// what sops's YAML store (go-yaml v3) printed for the same input: comments, scalar styles,
/// value types, documents.
#[test]
fn documents_print_back_as_sops_prints_them() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/yaml-store");
    let mut checked = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "yaml") {
            continue;
        }
        let input = std::fs::read_to_string(&path).unwrap();
        let want = std::fs::read_to_string(path.with_extension("out")).unwrap();
        let branches = load(&input).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        assert_eq!(emit(&branches), want, "{}", path.display());
        checked += 1;
    }
    assert!(checked >= 10, "{checked} cases");
}

#[test]
fn comments_are_items_where_sops_puts_them() {
    let branches = load("# head\na: 1 # inline\nb:\n    c: x\n    # foot of b\n# before d\nd: [1]\n").unwrap();
    let shape: Vec<String> = branches[0]
        .iter()
        .map(|i| match &i.key {
            Key::Comment(c) => format!("#{}{}", c.text, if c.inline { " (inline)" } else { "" }),
            Key::Str(k) => k.clone(),
            Key::Other(k) => format!("?{k}"),
        })
        .collect();
    assert_eq!(shape, ["# head", "# inline (inline)", "a", "b", "# before d", "d"]);
    let Value::Map(b) = &branches[0][3].value else { panic!("b is a mapping") };
    assert_eq!(b[1].key, Key::Comment(crate::tree::Comment { text: " foot of b".into(), inline: false }));
}

#[test]
fn values_have_go_yaml_v3_types() {
    let branches = load("s: yes\ni: 0x10\nf: 1.0\nb: true\nn: ~\nt: 2024-01-01\nq: \"1\"\n").unwrap();
    let values: Vec<&Value> = branches[0].iter().map(|i| &i.value).collect();
    assert_eq!(values[0], &Value::Str("yes".into()));
    assert_eq!(values[1], &Value::Int(16));
    assert_eq!(values[2], &Value::Float(1.0));
    assert_eq!(values[3], &Value::Bool(true));
    assert_eq!(values[4], &Value::Null);
    assert!(matches!(values[5], Value::Time(t) if t.rfc3339_nano() == "2024-01-01T00:00:00Z"));
    assert_eq!(values[6], &Value::Str("1".into()));
}

#[test]
fn unsupported_documents_are_refused() {
    assert!(load("- a\n- b\n").unwrap_err().contains("sequences are not supported"));
    assert!(load("just a value\n").unwrap_err().contains("values are not supported"));
    let err = load("a: 1\nb: 2\na: 3\n").unwrap_err();
    assert!(err.contains("mapping key \"a\" already defined at line 1"), "{err}");
    assert!(!err.contains('\n'));
    // Only the first document is checked for repeated keys, as sops does.
    assert!(load("a: 1\n---\nb: 1\nb: 2\n").is_ok());
    assert!(load("a: [1\n").is_err());
}

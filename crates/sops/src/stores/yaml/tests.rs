use super::*;

#[test]
fn oracle_roundtrip() {
    let Ok(dir) = std::env::var("SOPS_YAML_CASES") else { return };
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "yaml") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        let out = match load(&text) {
            Ok(b) => emit(&b),
            Err(e) => format!("ERROR: {e}\n"),
        };
        std::fs::write(path.with_extension("rust"), out).unwrap();
    }
}

#[test]
fn oracle_roundtrip_ini() {
    let Ok(dir) = std::env::var("SOPS_INI_CASES") else { return };
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "ini") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        let out = match crate::stores::ini::load(&text) {
            Ok(b) => String::from_utf8(crate::stores::ini::emit(&[b]).unwrap()).unwrap(),
            Err(e) => format!("ERROR: {e}\n"),
        };
        std::fs::write(path.with_extension("rust"), out).unwrap();
    }
}

#[test]
fn debug_spans() {
    let Ok(text) = std::env::var("SOPS_SPANS") else { return };
    let mut options = Options::default();
    options.set_emit_comments(true);
    for next in Parser::new_from_str_with_options(&text, options) {
        let (event, span) = next.unwrap();
        eprintln!("{:?} {}:{} - {}:{}", event, span.start.line(), span.start.col(), span.end.line(), span.end.col());
    }
}

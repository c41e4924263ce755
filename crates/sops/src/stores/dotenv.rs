//! The dotenv store: `KEY=value` lines, `#` comments, line breaks in values written `\n`.

use crate::tree::{Item, Value};

/// Reads the lines of a dotenv file. A line without `=` is an error naming its number only (the
/// line may hold a secret).
pub(crate) fn load(text: &str) -> Result<Vec<Item>, String> {
    let mut items = Vec::new();
    for (index, line) in text.split('\n').enumerate() {
        if line.is_empty() {
            continue;
        }
        if let Some(comment) = line.strip_prefix('#') {
            items.push(Item::comment(comment, false));
            continue;
        }
        let Some((key, value)) = line.split_once('=') else {
            return Err(format!("invalid dotenv input line {}: no '='", index + 1));
        };
        items.push(Item::new(key, Value::Str(value.replace("\\n", "\n"))));
    }
    Ok(items)
}

/// Writes the items back: values that are not strings as sops's `ValToString` prints them.
pub(crate) fn emit(branch: &[Item]) -> Result<Vec<u8>, String> {
    let mut out = Vec::new();
    for item in branch {
        if item.value.is_complex() {
            return Err(format!("cannot use complex value in dotenv file; offending key {}", key_text(item)));
        }
        match &item.key {
            crate::tree::Key::Comment(c) => {
                out.push(b'#');
                out.extend_from_slice(c.text.as_bytes());
            }
            _ => {
                out.extend_from_slice(key_text(item).as_bytes());
                out.push(b'=');
                match item.value.str_bytes() {
                    Some(bytes) => out.extend_from_slice(&replace_newlines(bytes)),
                    None => out.extend_from_slice(super::value_to_string(&item.value).as_bytes()),
                }
            }
        }
        out.push(b'\n');
    }
    Ok(out)
}

fn key_text(item: &Item) -> String {
    match &item.key {
        crate::tree::Key::Str(k) | crate::tree::Key::Other(k) => k.clone(),
        crate::tree::Key::Comment(c) => c.text.clone(),
    }
}

fn replace_newlines(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(bytes.len());
    for b in bytes {
        if *b == b'\n' {
            out.extend_from_slice(b"\\n");
        } else {
            out.push(*b);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_round_trip() {
        let text = "#comment\nA=1\nB=multi\\nline\n\nC=\n";
        let items = load(text).unwrap();
        assert_eq!(items[2].value, Value::Str("multi\nline".into()));
        assert_eq!(String::from_utf8(emit(&items).unwrap()).unwrap(), "#comment\nA=1\nB=multi\\nline\nC=\n");
        let err = load("A=1\nsecret-without-equals\n").unwrap_err();
        assert!(!err.contains("secret"), "{err}");
    }
}

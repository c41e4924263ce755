//! The formats: each reads its text into [`crate::tree`] branches and writes branches back as
//! sops's store for it does.

pub(crate) mod dotenv;
pub(crate) mod ini;
pub(crate) mod json;
pub(crate) mod yaml;

use crate::tree::{format_float_f, Value};

/// sops's `stores.ValToString`: how dotenv and INI print a value that is not a string.
pub(crate) fn value_to_string(value: &Value) -> String {
    match value {
        Value::Float(f) => {
            // Go's `%G`: `%g` with a capital exponent.
            let g = ::yaml::go::format_float_g(*f).replace('e', "E");
            if g.contains('.') || g.contains('E') || !f.is_finite() {
                g
            } else {
                // An integral float keeps one decimal so that it does not read as an integer.
                format!("{}.0", format_float_f(*f))
            }
        }
        Value::Bool(b) => b.to_string(),
        Value::Time(t) => t.rfc3339(),
        Value::Int(i) => i.to_string(),
        Value::Null => "<nil>".into(),
        Value::Str(s) => s.clone(),
        Value::Raw(b) => String::from_utf8_lossy(b).into_owned(),
        Value::Bytes(b) => format!("[{}]", b.iter().map(u8::to_string).collect::<Vec<_>>().join(" ")),
        Value::Comment(c) => format!("{{{} {}}}", c.text, c.inline),
        Value::Map(_) | Value::Seq(_) => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floats_print_as_go_val_to_string() {
        assert_eq!(value_to_string(&Value::Float(-2.5e-7)), "-2.5E-07");
        assert_eq!(value_to_string(&Value::Float(1e21)), "1E+21");
        assert_eq!(value_to_string(&Value::Float(1.5)), "1.5");
        assert_eq!(value_to_string(&Value::Float(100.0)), "100.0");
        assert_eq!(value_to_string(&Value::Float(f64::INFINITY)), "+Inf");
    }
}

//! Plugin configurations read as kustomize reads them: its plugins unmarshal their configuration
//! (the resource printed as YAML) into Go structs, which is more forgiving than the kustomization
//! file.
//!
//! - Unknown fields are ignored (`apiVersion`, `kind`, anything misspelt).
//! - A number or a boolean where a string is expected becomes its text (`version: 1` is `"1"`).
//! - `null` is the zero value of whatever is expected (an empty string, list or map, `false`, 0).
//!
//! Most plugins use sigs.k8s.io/yaml ([`Flavor::Json`]): a field name also matches
//! case-insensitively (Go's JSON decoder), and a float becomes text as
//! `strconv.FormatFloat(f, 'g', -1, 32)` prints it. The prefix and suffix plugins use go-yaml v3
//! ([`Flavor::GoYaml`]): names match exactly, and a float is the text the YAML printer wrote
//! (`FormatFloat(f, 'g', -1, 64)`).
//!
//! [`from_value`] deserializes any `Deserialize` type from the configuration's JSON this way.

use serde::de::{self, DeserializeSeed, Deserializer, IntoDeserializer, MapAccess, SeqAccess, Visitor};
use serde::Deserialize;
use serde_json::{Map, Number, Value};

/// Which decoder a plugin reads its configuration with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flavor {
    /// sigs.k8s.io/yaml: YAML converted to JSON, then Go's JSON decoder.
    Json,
    /// go-yaml v3 (kyaml's `yaml.Unmarshal`).
    GoYaml,
}

/// Deserializes `T` from `value` with sigs.k8s.io/yaml's leniency.
///
/// # Errors
/// A value of the wrong kind (a string where a list is expected, text where a boolean is); the
/// message names the field.
pub fn from_value<T: for<'de> Deserialize<'de>>(value: &Value) -> Result<T, String> {
    from_value_as(Flavor::Json, value)
}

/// [`from_value`] with the leniency of `flavor`'s decoder.
///
/// # Errors
/// As [`from_value`].
pub fn from_value_as<T: for<'de> Deserialize<'de>>(flavor: Flavor, value: &Value) -> Result<T, String> {
    T::deserialize(Lenient(value, flavor)).map_err(|e: de::value::Error| e.to_string())
}

/// A JSON value deserialized leniently.
#[derive(Clone, Copy)]
struct Lenient<'a>(&'a Value, Flavor);

type Error = de::value::Error;

impl<'de> Deserializer<'de> for Lenient<'_> {
    type Error = Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.0 {
            Value::Null => visitor.visit_unit(),
            Value::Bool(b) => visitor.visit_bool(*b),
            Value::Number(n) => match (n.as_u64(), n.as_i64(), n.as_f64()) {
                (Some(u), _, _) => visitor.visit_u64(u),
                (_, Some(i), _) => visitor.visit_i64(i),
                (_, _, Some(f)) => visitor.visit_f64(f),
                _ => Err(de::Error::custom(format!("unreadable number {n}"))),
            },
            Value::String(s) => visitor.visit_str(s),
            Value::Array(items) => visitor.visit_seq(Items::new(items, self.1)),
            Value::Object(map) => visitor.visit_map(Entries::new(map, None, self.1)),
        }
    }

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.0 {
            Value::Null => visitor.visit_str(""),
            Value::Bool(b) => visitor.visit_str(if *b { "true" } else { "false" }),
            Value::Number(n) => visitor.visit_string(go_number_text(n, self.1)),
            _ => self.deserialize_any(visitor),
        }
    }

    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_str(visitor)
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.0 {
            Value::Null => visitor.visit_none(),
            _ => visitor.visit_some(self),
        }
    }

    fn deserialize_bool<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.0 {
            Value::Null => visitor.visit_bool(false),
            _ => self.deserialize_any(visitor),
        }
    }

    fn deserialize_i64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.0 {
            Value::Null => visitor.visit_i64(0),
            _ => self.deserialize_any(visitor),
        }
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.0 {
            Value::Null => visitor.visit_seq(Items::new(&[], self.1)),
            _ => self.deserialize_any(visitor),
        }
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.0 {
            Value::Null => visitor.visit_map(Entries::new(&Map::new(), None, self.1)),
            _ => self.deserialize_any(visitor),
        }
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        match self.0 {
            Value::Null => visitor.visit_map(Entries::new(&Map::new(), None, self.1)),
            Value::Object(map) => visitor.visit_map(Entries::new(map, Some(fields), self.1)),
            _ => self.deserialize_any(visitor),
        }
    }

    serde::forward_to_deserialize_any! {
        i8 i16 i32 i128 u8 u16 u32 u64 u128 f32 f64 char bytes byte_buf unit unit_struct
        newtype_struct tuple tuple_struct enum identifier ignored_any
    }
}

/// The items of a list; an error names the item (`[1]: …`).
struct Items<'a>(std::iter::Enumerate<std::slice::Iter<'a, Value>>, Flavor);

impl<'a> Items<'a> {
    fn new(items: &'a [Value], flavor: Flavor) -> Items<'a> {
        Items(items.iter().enumerate(), flavor)
    }
}

impl<'de> SeqAccess<'de> for Items<'_> {
    type Error = Error;

    fn next_element_seed<T: DeserializeSeed<'de>>(&mut self, seed: T) -> Result<Option<T::Value>, Error> {
        match self.0.next() {
            Some((i, v)) => {
                seed.deserialize(Lenient(v, self.1)).map(Some).map_err(|e| de::Error::custom(format!("[{i}]: {e}")))
            }
            None => Ok(None),
        }
    }
}

/// The entries of an object; for a struct read as JSON, keys renamed to the field they match
/// case-insensitively (an exact match wins).
/// An error names the field (`fieldSpecs: [0]: create: …`).
struct Entries<'a> {
    entries: std::vec::IntoIter<(String, &'a Value)>,
    value: Option<(String, &'a Value)>,
    flavor: Flavor,
}

impl<'a> Entries<'a> {
    fn new(map: &'a Map<String, Value>, fields: Option<&[&str]>, flavor: Flavor) -> Entries<'a> {
        let fields = fields.filter(|_| flavor == Flavor::Json);
        let mut entries: Vec<(String, &Value)> = Vec::with_capacity(map.len());
        for (key, value) in map {
            let name = match fields {
                Some(fields) if !fields.contains(&key.as_str()) => {
                    fields.iter().find(|f| f.eq_ignore_ascii_case(key)).map_or_else(|| key.clone(), |f| f.to_string())
                }
                _ => key.clone(),
            };
            match entries.iter_mut().find(|(k, _)| *k == name) {
                // An exact match beats a case-insensitive one whatever the order.
                Some(existing) if fields.is_some() && name == *key => *existing = (name, value),
                Some(_) if fields.is_some() => {}
                _ => entries.push((name, value)),
            }
        }
        Entries { entries: entries.into_iter(), value: None, flavor }
    }
}

impl<'de> MapAccess<'de> for Entries<'_> {
    type Error = Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>, Error> {
        match self.entries.next() {
            Some((key, value)) => {
                let result = seed.deserialize(key.as_str().into_deserializer()).map(Some);
                self.value = Some((key, value));
                result
            }
            None => Ok(None),
        }
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, Error> {
        let (key, value) = self.value.take().ok_or_else(|| de::Error::custom("a value without its key"))?;
        seed.deserialize(Lenient(value, self.flavor)).map_err(|e| de::Error::custom(format!("{key}: {e}")))
    }
}

/// A number as the decoder turns it into a string: integers in decimal, floats as Go's
/// `strconv.FormatFloat(f, 'g', -1, 32)` (sigs.k8s.io/yaml) or with 64 bits (the text go-yaml
/// wrote, which go-yaml v3 keeps).
fn go_number_text(n: &Number, flavor: Flavor) -> String {
    if let Some(u) = n.as_u64() {
        return u.to_string();
    }
    if let Some(i) = n.as_i64() {
        return i.to_string();
    }
    let f = n.as_f64().unwrap_or_default();
    match flavor {
        Flavor::Json => yaml::go::format_float32_g(f as f32),
        Flavor::GoYaml => yaml::go::format_float_g(f),
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use serde_json::json;

    use super::*;

    #[derive(Debug, Default, Deserialize, PartialEq)]
    #[serde(default, rename_all = "camelCase")]
    struct Config {
        labels: BTreeMap<String, String>,
        field_specs: Vec<Spec>,
        unset_only: bool,
        prefix: String,
    }

    #[derive(Debug, Default, Deserialize, PartialEq)]
    #[serde(default)]
    struct Spec {
        path: String,
        create: bool,
    }

    #[test]
    fn scalars_become_text_where_text_is_expected() {
        let config: Config = from_value(&json!({
            "labels": {"i": 1, "b": true, "f": 1.5, "big": 1_000_000.0, "s": "x", "n": null},
            "prefix": 7,
        }))
        .unwrap();
        let labels: Vec<(&str, &str)> = config.labels.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        assert_eq!(labels, [("b", "true"), ("big", "1e+06"), ("f", "1.5"), ("i", "1"), ("n", ""), ("s", "x")]);
        assert_eq!(config.prefix, "7");
    }

    #[test]
    fn unknown_fields_are_ignored_and_names_match_case_insensitively() {
        let config: Config = from_value(&json!({
            "apiVersion": "builtin", "kind": "X", "FieldSpecs": [{"Path": "a", "create": true}], "unsetonly": true,
        }))
        .unwrap();
        assert_eq!(config.field_specs, [Spec { path: "a".into(), create: true }]);
        assert!(config.unset_only);
    }

    #[test]
    fn go_yaml_matches_names_exactly() {
        let config: Config = from_value_as(Flavor::GoYaml, &json!({"FieldSpecs": [{}], "prefix": 1.5})).unwrap();
        assert!(config.field_specs.is_empty());
        assert_eq!(config.prefix, "1.5");
    }

    #[test]
    fn null_is_the_zero_value_and_wrong_kinds_fail() {
        let config: Config = from_value(&json!({"labels": null, "fieldSpecs": null, "unsetOnly": null})).unwrap();
        assert_eq!(config, Config::default());
        let wrong = from_value::<Config>(&json!({"unsetOnly": "yes"})).unwrap_err();
        assert_eq!(wrong, "unsetOnly: invalid type: string \"yes\", expected a boolean");
        let nested = from_value::<Config>(&json!({"fieldSpecs": [{}, {"create": 1}]})).unwrap_err();
        assert!(nested.starts_with("fieldSpecs: [1]: create: invalid type"), "{nested}");
        assert!(from_value::<Config>(&json!({"fieldSpecs": "a"})).is_err());
    }

    #[test]
    fn floats_print_as_go_s_32_bit_g_format() {
        let cases = [
            (1.5, "1.5"),
            (3.0, "3"),
            (1.23456789, "1.2345679"),
            (123456.0, "123456"),
            (1e-5, "1e-05"),
            (0.0001, "0.0001"),
        ];
        for (f, want) in cases {
            assert_eq!(go_number_text(&Number::from_f64(f).unwrap(), Flavor::Json), want, "{f}");
        }
        assert_eq!(go_number_text(&Number::from_f64(-2.5e10).unwrap(), Flavor::Json), "-2.5e+10");
        let long = Number::from_f64(1.23456789).unwrap();
        assert_eq!(go_number_text(&long, Flavor::GoYaml), "1.23456789");
    }
}

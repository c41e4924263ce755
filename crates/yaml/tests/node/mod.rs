//! `yaml::node` against kustomize itself: kubectl 1.33's `kubectl kustomize` (kustomize v5.6)
//! reads a ConfigMap holding every case of [`ACCEPTED`] in its `data` and prints it; reading
//! the same file with `node::parse_documents` and printing with `Node::to_yaml` must give the
//! same text, key by key. Inputs kustomize refuses ([`REJECTED`], [`STREAMS`]) must be refused
//! here too, with kustomize's words. The oracle is run, not recorded: a missing binary fails.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};

const KUBECTL: &str = "/usr/lib/google-cloud-sdk/bin/kubectl.1.33";

const HEADER: &str = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cases\ndata:\n";

/// `key: value` lines for the ConfigMap's `data`, in order (anchors come before their aliases).
/// A value spanning lines carries its own indentation (four spaces).
const ACCEPTED: &[(&str, &str)] = &[
    // Integers: Go's base prefixes, `_` dropped, legacy octal, 64-bit edges.
    ("zero", "0"),
    ("neg_zero", "-0"),
    ("plus_one", "+1"),
    ("binary", "0b101"),
    ("neg_binary", "-0b101"),
    ("hex", "0x1F"),
    ("neg_hex", "-0x1F"),
    ("underscores", "1_000"),
    ("octal_o", "0o17"),
    ("neg_octal_o", "-0o17"),
    ("octal_legacy", "017"),
    ("octal_mode", "0755"),
    ("eight", "08"),
    ("nine_and_half", "09.5"),
    ("i64_max", "9223372036854775807"),
    ("i64_min", "-9223372036854775808"),
    ("below_i64_min", "-9223372036854775809"),
    ("u64", "12345678901234567890"),
    ("u64_max_hex", "0xFFFFFFFFFFFFFFFF"),
    ("past_u64", "18446744073709551616"),
    ("past_u64_hex", "0x1_0000_0000_0000_0000"),
    ("huge", "123456789012345678901234567890"),
    // Floats.
    ("float_dot", "1."),
    ("dot_five", ".5"),
    ("neg_dot_five", "-.5"),
    ("exp", "1e3"),
    ("exp_upper", "1E3"),
    ("exp_small", "1e-7"),
    ("exp_signed", "1.5e+3"),
    ("one_fifty", "1.50"),
    ("three_point_oh", "3.0"),
    ("e20", "1e20"),
    ("e21", "1e21"),
    ("pi", "3.14159265358979323846"),
    ("float_overflow", "1e400"),
    ("dot", "."),
    ("dot_e", ".e5"),
    // Booleans and nulls: YAML 1.2 spellings only.
    ("true_lower", "true"),
    ("true_title", "True"),
    ("true_upper", "TRUE"),
    ("true_mixed", "tRUE"),
    ("false_title", "False"),
    ("yes", "yes"),
    ("on", "on"),
    ("off", "off"),
    ("n", "n"),
    ("y_upper", "Y"),
    ("tilde", "~"),
    ("null_lower", "null"),
    ("null_title", "Null"),
    ("null_upper", "NULL"),
    ("null_mixed", "nULL"),
    ("empty", ""),
    ("inf_word", "inf"),
    ("nan_word", "nan"),
    // Timestamps: only go-yaml's layouts are times.
    ("ts_lower_t", "2001-12-14t21:59:43.10-05:00"),
    ("ts_space_zone", "2001-12-14 21:59:43.10 -5"),
    ("ts_date", "2002-12-14"),
    ("ts_short_fields", "2001-1-2"),
    ("ts_utc", "2001-12-14T21:59:43Z"),
    ("ts_space", "2001-12-14 21:59:43.10"),
    ("ts_nanos", "2001-12-14T21:59:43.123456789123+01:30"),
    ("ts_zero_offset", "2001-12-14T21:59:43+00:00"),
    ("ts_bad_day", "2024-02-30"),
    ("ts_no_zone", "2001-12-14T21:59:43"),
    ("ts_leap", "2024-02-29"),
    // Explicit tags.
    ("tag_str_int", "!!str 1"),
    ("tag_int_quoted", "!!int \"1\""),
    ("tag_float_int", "!!float 1"),
    ("tag_float_hex", "!!float 0x10"),
    ("tag_int_octal", "!!int 0o17"),
    ("tag_binary", "!!binary aGk="),
    ("tag_binary_lines", "!!binary |\n    aGVsbG8g\n    d29ybGQ="),
    ("tag_binary_invalid_utf8", "!!binary 4oI="),
    ("tag_str_true", "!!str true"),
    ("tag_bool", "!!bool TRUE"),
    ("tag_null", "!!null ~"),
    ("tag_str_empty", "!!str"),
    ("tag_timestamp", "!!timestamp 2001-01-01"),
    ("tag_custom", "!foo bar"),
    ("tag_custom_number", "!foo 12"),
    ("tag_non_specific", "! 12"),
    ("tag_verbatim", "!<tag:yaml.org,2002:str> 5"),
    ("tag_merge_value", "!!merge <<"),
    ("tag_custom_map", "!foo {x: 1}"),
    // Quoted scalars are strings.
    ("dq_octal", "\"0755\""),
    ("sq_yes", "'yes'"),
    ("dq_true", "\"true\""),
    ("dq_exp", "\"1e3\""),
    ("dq_tilde", "\"~\""),
    ("dq_empty", "\"\""),
    ("sq_empty", "''"),
    ("dq_tab", "\"a\\tb\""),
    ("dq_escapes", "\"\\u00e9\\x41\\U0001F680\\N\\_\""),
    ("dq_newline", "\"line1\\nline2\""),
    ("sq_quote", "'it''s'"),
    ("dq_nel", "\"\\x85\""),
    // go-yaml's escape table (libyaml's): `\'` is a quote, a backslash before a tab a tab.
    ("dq_quote_escape", "\"it\\'s \\'\\\"\\x22\\'\""),
    ("dq_quote_escape_lines", "\"one\\'\n    two\\' \\\n    three\""),
    ("dq_all_escapes", "\"\\0\\a\\b\\t\\\t\\n\\v\\f\\r\\e\\ \\\"\\\\\\_\\L\\P\""),
    ("dq_backslash_slash", "\"a\\\\/b\""),
    ("sq_backslash_slash", "'a\\/b\\'"),
    ("plain_backslash_slash", "a\\/b\\'c"),
    ("literal_backslash_slash", "|\n    \"a\\/b\\'c\""),
    ("merge_text", "<<"),
    // Block scalars: clip, strip, keep, folded, indentation indicator.
    ("literal_clip", "|\n    a\n    b"),
    ("literal_strip", "|-\n    a\n    b"),
    ("literal_keep", "|+\n    a\n\n"),
    ("folded", ">\n    folded\n    text\n\n    para"),
    ("folded_strip", ">-\n    one\n    two"),
    ("literal_indent", "|2\n      indented\n     less"),
    ("literal_trailing_space", "|\n    a \n    b"),
    // go-yaml v3 prints folded text back wrongly around indented lines and kept trailing lines.
    ("folded_keep_end", ">+\n    kept\n\n"),
    ("folded_indented", ">\n    a\n      b\n    c"),
    ("folded_starts_indented", ">2\n      x\n    b\n    c"),
    ("folded_starts_indented_breaks", ">2\n      x\n    b\n\n    c\n      d"),
    ("folded_blank_lines", ">\n    a\n\n    b\n\n\n    c"),
    ("folded_strip_indented", ">-\n    a\n      b"),
    ("folded_trailing_space", ">\n    a \n    b"),
    ("folded_emoji", ">\n    a 🚀\n      b"),
    // Plain scalars over several lines, unicode, long text.
    ("plain_multiline", "plain\n    continued"),
    ("unicode", "héllo wörld"),
    ("cjk", "日本語"),
    ("emoji", "🚀 launch"),
    ("nbsp", "a\u{a0}b"),
    ("long_words", "lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor incididunt ut labore et dolore magna aliqua"),
    ("long_word", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"),
    ("long_quoted", "\"quoted text that is long enough to be folded by the emitter when it is printed back, twice over and more\""),
    ("colon_text", "\"a: b\""),
    ("hash_text", "'#x'"),
    ("dash_text", "'- x'"),
    ("url", "http://example.com:8080/a?b=c#d"),
    // Collections, anchors, merges.
    ("flow_seq", "[a, 1, true, ~, 0x10]"),
    ("flow_map", "{a: 1, b: yes, c: 2001-01-01}"),
    ("empty_seq", "[]"),
    ("empty_map", "{}"),
    ("nested", "\n    list:\n    - name: x\n      value: 012\n    - [1, [2, {}]]\n    map:\n      k: v"),
    ("seq_nulls", "[~, null, '']"),
    ("anchor_map", "&base {p: 1, q: 2, s: str}"),
    ("anchor_scalar", "&word hello"),
    ("alias_scalar", "*word"),
    ("alias_map", "*base"),
    ("merge_one", "{<<: *base, q: 3}"),
    ("merge_list", "{q: 3, <<: [*base, {r: 9, p: 7}]}"),
    ("merge_inline", "{<<: {x: 1}, y: 2}"),
    ("merge_quoted_key_removed", "{\"<<\": dropped, a: b}"),
    ("merge_then_quoted", "{<<: *base, \"<<\": kept}"),
    ("merge_tagged", "{!!merge <<: *base}"),
    ("anchor_in_list", "[&item {n: 1}, *item]"),
    ("key_tags_str", "{!!str 1: one, \"2\": two}"),
    ("empty_key", "{\"\": empty}"),
    ("empty_null_key", "{? : nothing}"),
];

/// ConfigMap `data` entries kustomize refuses, one run each, with the end of its message (what
/// follows kustomize's `map[string]interface {}…: ` prefix).
const REJECTED: &[(&str, &str, &str)] = &[
    ("inf", ".inf", "json: unsupported value: +Inf"),
    ("neg_inf", "-.inf", "json: unsupported value: -Inf"),
    ("nan", ".NaN", "json: unsupported value: NaN"),
    ("tag_int_text", "!!int abc", "yaml: cannot decode !!str `abc` as a !!int"),
    ("tag_bool_yes", "!!bool yes", "yaml: cannot decode !!str `yes` as a !!bool"),
    ("tag_int_float", "!!int 1.5", "yaml: cannot decode !!float `1.5` as a !!int"),
    (
        "tag_float_uint",
        "!!float 18446744073709551615",
        "yaml: cannot decode !!int `18446744073709551615` as a !!float",
    ),
    ("tag_null_text", "!!null x", "yaml: cannot decode !!str `x` as a !!null"),
    ("tag_binary_bad", "!!binary \"a!\"", "yaml: !!binary value contains invalid base64 data"),
    ("int_key", "{1: a}", "json: unsupported type: map[interface {}]interface {}"),
    ("bool_key", "{true: a}", "json: unsupported type: map[interface {}]interface {}"),
    ("null_key", "{x: 1, ~: 2}", "yaml: unmarshal errors:\n  line 6: mapping key \"~\" already defined at line 6"),
    ("dup_key", "{a: 1, a: 2}", "yaml: unmarshal errors:\n  line 6: mapping key \"a\" already defined at line 6"),
    (
        "dup_key_thrice",
        "\n    k: 1\n    k: 2\n    k: 3",
        "yaml: unmarshal errors:\n  line 8: mapping key \"k\" already defined at line 7\n  line 9: mapping key \"k\" already defined at line 7\n  line 9: mapping key \"k\" already defined at line 8",
    ),
    ("del", "\"a\\x7fb\"", "yaml: control characters are not allowed"),
    ("c1", "\"\\u0090\"", "yaml: control characters are not allowed"),
    ("dq_slash", "\"a\\/b\"", "yaml: line 6: found unknown escape character"),
    ("dq_surrogate_pair", "\"\\uD83D\\uDE00\"", "yaml: line 6: found invalid Unicode character escape code"),
    ("dq_surrogate", "\"\\U0000DC00\"", "yaml: line 6: found invalid Unicode character escape code"),
    ("dq_short_hex", "\"\\'\\u12\"", "yaml: line 6: did not find expected hexdecimal number"),
    ("unknown_anchor", "*nowhere", "yaml: unknown anchor 'nowhere' referenced"),
    ("duplicate_merge", "&m {a: 1}\n  x: {<<: *m, <<: *m}", "duplicate merge key"),
    ("merge_alias_seq", "&s [1]\n  x: {<<: *s}", "invalid map merge: received alias for a non-map value"),
    ("merge_nested_seq", "{<<: [[{a: 1}]]}", "invalid map merge: received a nested sequence"),
    ("merge_scalar", "{<<: [x]}", "map merge requires map or sequence of maps as the value"),
    ("unclosed_flow", "[a", "yaml: line 5: did not find expected ',' or ']'"),
    ("mapping_values", "a: b: c", "yaml: line 6: mapping values are not allowed in this context"),
];

/// Whole streams: the text of `cm.yaml`, and kustomize's output (`Ok`) or the end of its error.
const STREAMS: &[(&str, &str)] = &[
    (
        "empty and null documents",
        "---\n---\n# only a comment\n---\nnull\n---\n~\n---\n@a\n...\n---\n@b\n---",
    ),
    ("separators with comments", "--- # first\n@a\n--- # second\n@b\n"),
    ("end marker hides the rest", "@a\n...\n: : not yaml ][\n"),
    ("crlf", "@a\r\ndata:\r\n  k: |\r\n    x\r\n    y\r\n"),
    (
        "single List is unwrapped",
        "apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: ConfigMap\n  metadata:\n    name: a\n  data:\n    mode: 0755\n",
    ),
    ("anchors across a document", "@a\ndata: &d\n  x: 1\n---\n@b\ndata:\n  <<: {y: 2}\n  z: on\n"),
    ("bad separator", "@a\n---- x\n@b\n"),
    ("text after separator", "@a\n--- x\n"),
    ("error line counts from its document", "@a\n---\n@b\ndata:\n  x: [a\n"),
    ("bad indentation", "@a\ndata:\n  x: 1\n y: 2\n"),
    ("tab", "@a\ndata:\n\tx: 1\n"),
    // Syntax errors: go-yaml v3 names the line of the collection being parsed (0-based) for
    // parser errors, the token's (1-based) for scanner errors, none on the first line.
    ("unknown escape", "@a\ndata:\n  a: \"bad \\q escape\"\n"),
    ("slash escape on a later line", "@a\ndata:\n  a: \"it\\'s\n    a \\/ b\"\n"),
    ("slash escape on the first line", "@a\n---\n{a: \"\\/\"}\n"),
    ("quote escapes in every document", "@a\ndata: {a: \"\\'\"}\n---\n@b\ndata:\n  b: \"\\'\\'\"\n"),
    ("missing colon", "@a\ndata:\n  a: b\n  c\n  d: e\n"),
    ("sequence in mapping", "@a\ndata:\n  a: b\n  - c\n"),
    ("undefined tag handle", "@a\ndata:\n  a: !x!foo bar\n"),
    ("unclosed flow mapping", "@a\ndata:\n  a: {b: c\n  d: e\n"),
    ("colon in flow sequence", "@a\ndata:\n  a: [b, c\n  d: e\n"),
    ("mismatched bracket", "@a\ndata:\n  a: {b: c]}\n"),
    ("zone offset of a day", "@a\ndata:\n  b: 2001-12-14T21:59:43+24:00\n  a: 2001-12-14T21:59:43+23:60\n"),
    ("dedented sequence", "@a\ndata:\n  a:\n    - b\n   - c\n"),
    ("first line", "a: b: c\n"),
    ("reserved character", "@a\ndata:\n  a: @b\n"),
    ("duplicate directive", "%YAML 1.1\n%YAML 1.1\n---\n@a\n"),
    ("unknown anchor", "@a\ndata:\n  a: &x\n  b: *y\n"),
    ("collection key", "@a\n? [k]\n: v\n"),
    ("unclosed empty flow", "@a\n---\nb: [\n"),
    ("unclosed flow after a comma", "@a\ndata: {a: 1,\n\n"),
    ("unclosed flow without a line break", "@a\n---\nb: ["),
    ("unclosed flow after an item", "@a\ndata:\n  x: [a, b"),
];

/// Kustomize's output for a stream whose `@a` / `@b` stand for ConfigMaps `a` and `b`.
fn expand(stream: &str) -> String {
    let line_end = if stream.contains("\r\n") { "\r\n" } else { "\n" };
    let cm = |name: &str| ["apiVersion: v1", "kind: ConfigMap", "metadata:", &format!("  name: {name}")].join(line_end);
    stream.replace("@a", &cm("a")).replace("@b", &cm("b"))
}

static RUN: AtomicUsize = AtomicUsize::new(0);

/// A kustomization directory with one resource file, `cm.yaml`.
struct Oracle {
    dir: PathBuf,
}

impl Oracle {
    fn new() -> Oracle {
        assert!(
            Path::new(KUBECTL).is_file(),
            "the oracle {KUBECTL} is missing: these tests compare with kustomize v5.6 (kubectl 1.33)"
        );
        let n = RUN.fetch_add(1, Ordering::Relaxed);
        let dir = std::env::temp_dir().join(format!("flux-rs-yaml-node-{}-{n}", std::process::id()));
        fs::create_dir_all(&dir).expect("create the kustomization directory");
        fs::write(dir.join("kustomization.yaml"), "resources:\n- cm.yaml\n").expect("write kustomization.yaml");
        Oracle { dir }
    }

    /// `kubectl kustomize` of `cm.yaml`: its output, or its error.
    fn build(&self, cm: &str) -> Result<String, String> {
        fs::write(self.dir.join("cm.yaml"), cm).expect("write cm.yaml");
        let out = Command::new(KUBECTL).arg("kustomize").arg(&self.dir).output().expect("run kubectl kustomize");
        if out.status.success() {
            Ok(String::from_utf8(out.stdout).expect("kustomize prints UTF-8"))
        } else {
            Err(String::from_utf8_lossy(&out.stderr).trim_end().to_owned())
        }
    }
}

impl Drop for Oracle {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.dir);
    }
}

/// flux-rs's reading and printing of `cm.yaml`, documents joined as kustomize joins them.
fn ours(cm: &str) -> Result<String, String> {
    let docs = yaml::node::parse_documents(cm).map_err(|e| e.to_string())?;
    let printed = docs.iter().map(yaml::node::Node::to_yaml).collect::<Result<Vec<_>, _>>();
    printed.map(|p| p.join("---\n")).map_err(|e| e.to_string())
}

/// The entries of the printed `data:` mapping, by key, each as printed (one or more lines).
fn data_entries(printed: &str) -> BTreeMap<String, String> {
    let mut entries: Vec<String> = Vec::new();
    // The block ends at the next top-level key; empty lines belong to block scalars.
    let block =
        printed.lines().skip_while(|l| *l != "data:").skip(1).take_while(|l| l.is_empty() || l.starts_with(' '));
    for line in block {
        match entries.last_mut() {
            Some(entry) if line.is_empty() || line.starts_with("   ") || line.starts_with("  - ") => {
                entry.push('\n');
                entry.push_str(line);
            }
            _ => entries.push(line.to_owned()),
        }
    }
    entries
        .into_iter()
        .map(|entry| {
            // Case names are identifiers, double-quoted where go-yaml quotes them (`"on"`).
            let key = entry.split_once(':').map(|(k, _)| k.trim().trim_matches('"').to_owned());
            (key.unwrap_or_else(|| panic!("printed entry {entry:?} has no key")), entry)
        })
        .collect()
}

#[test]
fn scalar_table_has_the_edges() {
    assert!(ACCEPTED.len() >= 60, "only {} accepted cases", ACCEPTED.len());
    let mut keys: Vec<&str> = ACCEPTED.iter().map(|(k, _)| *k).collect();
    keys.sort_unstable();
    keys.dedup();
    assert_eq!(keys.len(), ACCEPTED.len(), "case names must be unique");
}

#[test]
fn accepted_values_print_as_kustomize_prints_them() {
    let mut cm = HEADER.to_owned();
    for (key, value) in ACCEPTED {
        let sep = if value.is_empty() || value.starts_with('\n') { "" } else { " " };
        cm.push_str(&format!("  {key}:{sep}{value}\n"));
    }
    let want = Oracle::new().build(&cm).unwrap_or_else(|e| panic!("kustomize refused the table: {e}"));
    let got = ours(&cm).unwrap_or_else(|e| panic!("flux-rs refused the table: {e}"));
    let (want_entries, got_entries) = (data_entries(&want), data_entries(&got));
    assert_eq!(want_entries.len(), ACCEPTED.len(), "kustomize's data has one entry per case");
    let mut failures = Vec::new();
    for (key, _) in ACCEPTED {
        let (w, g) = (want_entries.get(*key), got_entries.get(*key));
        if w != g {
            failures.push(format!("{key}:\n  kustomize: {w:?}\n  flux-rs:   {g:?}"));
        }
    }
    assert!(failures.is_empty(), "{} of {} cases differ:\n{}", failures.len(), ACCEPTED.len(), failures.join("\n"));
    assert_eq!(got, want, "same entries, different document");
}

#[test]
fn rejected_values_fail_with_kustomize_words() {
    let oracle = Oracle::new();
    let mut failures = Vec::new();
    for (key, value, message) in REJECTED {
        let cm = format!("{HEADER}  {key}: {value}\n");
        match (oracle.build(&cm), ours(&cm)) {
            (Err(want), Err(got)) => {
                if !want.contains(message) {
                    failures.push(format!("{key}: the expectation is stale, kustomize says {want:?}"));
                } else if got != *message {
                    failures.push(format!("{key}:\n  kustomize: {message:?}\n  flux-rs:   {got:?}"));
                }
            }
            (want, got) => failures.push(format!("{key}:\n  kustomize: {want:?}\n  flux-rs:   {got:?}")),
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn streams_read_as_kustomize_reads_them() {
    let oracle = Oracle::new();
    let mut failures = Vec::new();
    for (name, stream) in STREAMS {
        let cm = expand(stream);
        match (oracle.build(&cm), ours(&cm)) {
            (Ok(want), Ok(got)) if want == got => {}
            (Err(want), Err(got)) if want.contains(&got) => {}
            (want, got) => failures.push(format!("{name}:\n  kustomize: {want:?}\n  flux-rs:   {got:?}")),
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

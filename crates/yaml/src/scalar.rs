//! How go-yaml's emitter decides the style of one scalar, for every printer that must write what
//! go-yaml writes: this crate's ([`crate::to_string`], go-yaml v2 under sigs.k8s.io/yaml) and
//! sops's YAML store (go-yaml v3 with a 4-space indent).
//!
//! go-yaml picks a style in two steps: its encoder asks for one ([`requested_style`]: literal for
//! text with a line break, double quotes for text that would read back as something else, plain
//! otherwise), then its emitter falls back to a style the text allows ([`analyze`],
//! [`select_style`]). The two go-yaml versions differ in a few rules, named by [`GoYaml`].
//!
//! ```
//! use yaml::scalar::{analyze, requested_style, select_style, GoYaml, Style};
//!
//! let style = |s: &str| select_style(requested_style(s, GoYaml::V3), s, &analyze(s, GoYaml::V3), false, false);
//! assert_eq!(style("a: b"), Style::Single);
//! assert_eq!(style("yes"), Style::Double);
//! assert_eq!(style(" x\n"), Style::Literal);
//! assert_eq!(style("a\tb"), Style::Double);
//! ```

use crate::resolve::{is_base60_float, resolve_plain, Resolved};

/// The go-yaml whose rules apply.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GoYaml {
    /// gopkg.in/yaml.v2, under sigs.k8s.io/yaml (`kubectl -o yaml`, `flux build`): YAML 1.1
    /// resolution, a tab is a special character.
    V2,
    /// gopkg.in/yaml.v3 (sops, kyaml): YAML 1.2 resolution, YAML 1.1 booleans still quoted, a tab
    /// rules out plain and single-quoted text but not a literal block.
    V3,
}

/// The scalar styles go-yaml's encoder asks for and its emitter writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    Plain,
    Single,
    Double,
    Literal,
}

/// What go-yaml's scalar analysis concludes about a text: whether it has line breaks and which
/// styles can carry it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Analysis {
    pub multiline: bool,
    pub flow_plain_allowed: bool,
    pub block_plain_allowed: bool,
    pub single_quoted_allowed: bool,
    pub block_allowed: bool,
}

/// go-yaml's `yaml_emitter_analyze_scalar`.
pub fn analyze(value: &str, version: GoYaml) -> Analysis {
    if value.is_empty() {
        return Analysis {
            multiline: false,
            flow_plain_allowed: false,
            block_plain_allowed: true,
            single_quoted_allowed: true,
            block_allowed: false,
        };
    }
    let chars: Vec<char> = value.chars().collect();
    let (mut block_indicators, mut flow_indicators) = (false, false);
    if value.starts_with("---") || value.starts_with("...") {
        block_indicators = true;
        flow_indicators = true;
    }
    let (mut line_breaks, mut special, mut tabs) = (false, false, false);
    let (mut leading_space, mut leading_break, mut trailing_space, mut trailing_break) = (false, false, false, false);
    let (mut break_space, mut space_break, mut previous_space, mut previous_break) = (false, false, false, false);
    let mut preceded_by_whitespace = true;
    let last = chars.len() - 1;
    for (i, &c) in chars.iter().enumerate() {
        let followed_by_whitespace = chars.get(i + 1).is_none_or(|n| matches!(n, ' ' | '\t'));
        if i == 0 {
            match c {
                '#' | ',' | '[' | ']' | '{' | '}' | '&' | '*' | '!' | '|' | '>' | '\'' | '"' | '%' | '@' | '`' => {
                    flow_indicators = true;
                    block_indicators = true;
                }
                '?' | ':' => {
                    flow_indicators = true;
                    if followed_by_whitespace {
                        block_indicators = true;
                    }
                }
                '-' if followed_by_whitespace => {
                    flow_indicators = true;
                    block_indicators = true;
                }
                _ => {}
            }
        } else {
            match c {
                ',' | '?' | '[' | ']' | '{' | '}' => flow_indicators = true,
                ':' => {
                    flow_indicators = true;
                    if followed_by_whitespace {
                        block_indicators = true;
                    }
                }
                '#' if preceded_by_whitespace => {
                    flow_indicators = true;
                    block_indicators = true;
                }
                _ => {}
            }
        }
        if c == '\t' && version == GoYaml::V3 {
            tabs = true;
        } else if !is_printable(c) {
            special = true;
        }
        if c == ' ' {
            leading_space |= i == 0;
            trailing_space |= i == last;
            break_space |= previous_break;
            previous_space = true;
            previous_break = false;
        } else if is_break(c) {
            line_breaks = true;
            leading_break |= i == 0;
            trailing_break |= i == last;
            space_break |= previous_space;
            previous_space = false;
            previous_break = true;
        } else {
            previous_space = false;
            previous_break = false;
        }
        preceded_by_whitespace = matches!(c, ' ' | '\t' | '\0') || is_break(c);
    }
    let mut a = Analysis {
        multiline: line_breaks,
        flow_plain_allowed: true,
        block_plain_allowed: true,
        single_quoted_allowed: true,
        block_allowed: true,
    };
    if leading_space || leading_break || trailing_space || trailing_break {
        a.flow_plain_allowed = false;
        a.block_plain_allowed = false;
    }
    if trailing_space {
        a.block_allowed = false;
    }
    if break_space || space_break || tabs || special {
        a.flow_plain_allowed = false;
        a.block_plain_allowed = false;
        a.single_quoted_allowed = false;
    }
    if space_break || special {
        a.block_allowed = false;
    }
    if line_breaks {
        a.flow_plain_allowed = false;
        a.block_plain_allowed = false;
    }
    if flow_indicators {
        a.flow_plain_allowed = false;
    }
    if block_indicators {
        a.block_plain_allowed = false;
    }
    a
}

/// go-yaml's `yaml_emitter_select_scalar_style`: the `requested` style, or the first fallback the
/// text allows where it goes (a simple mapping key, inside a flow collection).
pub fn select_style(requested: Style, value: &str, analysis: &Analysis, simple_key: bool, flow: bool) -> Style {
    let mut style = requested;
    if simple_key && analysis.multiline {
        style = Style::Double;
    }
    if style == Style::Plain {
        let plain_allowed = if flow { analysis.flow_plain_allowed } else { analysis.block_plain_allowed };
        if !plain_allowed || (value.is_empty() && (flow || simple_key)) {
            style = Style::Single;
        }
    }
    if style == Style::Single && !analysis.single_quoted_allowed {
        style = Style::Double;
    }
    if style == Style::Literal && (!analysis.block_allowed || flow || simple_key) {
        style = Style::Double;
    }
    style
}

/// The style go-yaml's encoder asks for a string: literal with a line break, double quotes when
/// the text written plain would read back as another type (or, in v3, as a YAML 1.1 boolean or
/// base-60 float for older readers), plain otherwise.
pub fn requested_style(value: &str, version: GoYaml) -> Style {
    if value.contains('\n') {
        return Style::Literal;
    }
    let plain_is_string = match version {
        GoYaml::V2 => resolve_plain(value) == Resolved::Str,
        GoYaml::V3 => crate::node::plain_tag(value) == crate::node::Tag::Str && !is_old_bool(value),
    };
    if plain_is_string && !is_base60_float(value) {
        Style::Plain
    } else {
        Style::Double
    }
}

/// go-yaml v3's `isOldBool`: the YAML 1.1 booleans it no longer reads but still quotes.
fn is_old_bool(value: &str) -> bool {
    matches!(
        value,
        "y" | "Y" | "yes" | "Yes" | "YES" | "on" | "On" | "ON" | "n" | "N" | "no" | "No" | "NO" | "off" | "Off" | "OFF"
    )
}

/// The indicators go-yaml writes after `|`: whether the text needs an indentation indicator (it
/// starts with a space or a line break) and its chomping indicator (`-` without a final line
/// break, `+` with more than one, none with exactly one).
pub fn block_indicators(value: &str) -> (bool, Option<char>) {
    let indent = value.starts_with(' ') || value.chars().next().is_some_and(is_break);
    let mut tail = value.chars().rev();
    let chomp = match (tail.next(), tail.next()) {
        (None, _) => Some('-'),
        (Some(last), _) if !is_break(last) => Some('-'),
        (Some(_), None) => Some('+'),
        (Some(_), Some(before)) if is_break(before) => Some('+'),
        _ => None,
    };
    (indent, chomp)
}

/// The escape go-yaml writes for `c` in a double-quoted scalar (`\n`, `\x7F`, `\U0001F600`), or
/// `None` when `c` is written as it is. `bom`: the value starts with U+FEFF, which go-yaml tests
/// at every position, so every character is escaped.
pub fn double_quoted_escape(c: char, bom: bool) -> Option<String> {
    if is_printable(c) && !bom && !is_break(c) && c != '"' && c != '\\' {
        return None;
    }
    let short = match c {
        '\0' => '0',
        '\u{7}' => 'a',
        '\u{8}' => 'b',
        '\t' => 't',
        '\n' => 'n',
        '\u{b}' => 'v',
        '\u{c}' => 'f',
        '\r' => 'r',
        '\u{1b}' => 'e',
        '"' => '"',
        '\\' => '\\',
        '\u{85}' => 'N',
        '\u{a0}' => '_',
        '\u{2028}' => 'L',
        '\u{2029}' => 'P',
        _ => {
            let code = u32::from(c);
            return Some(if code <= 0xFF {
                format!("\\x{code:02X}")
            } else if code <= 0xFFFF {
                format!("\\u{code:04X}")
            } else {
                format!("\\U{code:08X}")
            });
        }
    };
    Some(format!("\\{short}"))
}

/// go-yaml's line breaks: CR, LF, NEL, LS and PS.
pub fn is_break(c: char) -> bool {
    matches!(c, '\r' | '\n' | '\u{85}' | '\u{2028}' | '\u{2029}')
}

/// libyaml's printable set as go-yaml tests it on UTF-8 bytes: no C0/C1 controls other than
/// newline, no DEL, no BOM, and nothing outside the Basic Multilingual Plane (emoji included).
pub fn is_printable(c: char) -> bool {
    matches!(c, '\n' | ' '..='~' | '\u{A0}'..='\u{D7FF}') || (('\u{E000}'..='\u{FFFD}').contains(&c) && c != '\u{FEFF}')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn block(s: &str, version: GoYaml) -> Style {
        select_style(requested_style(s, version), s, &analyze(s, version), false, false)
    }

    #[test]
    fn tabs_allow_a_literal_block_in_v3_only() {
        assert_eq!(block("a\tb\n", GoYaml::V3), Style::Literal);
        assert_eq!(block("a\tb\n", GoYaml::V2), Style::Double);
        assert_eq!(block("a\tb", GoYaml::V3), Style::Double);
    }

    #[test]
    fn v3_still_quotes_yaml_1_1_booleans_and_base_60_floats() {
        for s in ["yes", "off", "y", "1:20"] {
            assert_eq!(block(s, GoYaml::V3), Style::Double, "{s}");
            assert_eq!(block(s, GoYaml::V2), Style::Double, "{s}");
        }
        assert_eq!(block("yesterday", GoYaml::V3), Style::Plain);
    }

    #[test]
    fn keys_and_flow_collections_narrow_the_choice() {
        let a = analyze("", GoYaml::V3);
        assert_eq!(select_style(Style::Plain, "", &a, true, false), Style::Single);
        assert_eq!(select_style(Style::Plain, "", &a, false, false), Style::Plain);
        let a = analyze("a,b", GoYaml::V3);
        assert_eq!(select_style(Style::Plain, "a,b", &a, false, true), Style::Single);
        assert_eq!(select_style(Style::Plain, "a,b", &a, false, false), Style::Plain);
        let a = analyze("a\nb", GoYaml::V3);
        assert_eq!(select_style(Style::Literal, "a\nb", &a, true, false), Style::Double);
    }

    #[test]
    fn block_indicators_and_escapes() {
        assert_eq!(block_indicators("a\n"), (false, None));
        assert_eq!(block_indicators("a"), (false, Some('-')));
        assert_eq!(block_indicators(" a\n\n"), (true, Some('+')));
        assert_eq!(block_indicators("\n"), (true, Some('+')));
        assert_eq!(double_quoted_escape('a', false), None);
        assert_eq!(double_quoted_escape('a', true).as_deref(), Some("\\x61"));
        assert_eq!(double_quoted_escape('\t', false).as_deref(), Some("\\t"));
        assert_eq!(double_quoted_escape('\u{7f}', false).as_deref(), Some("\\x7F"));
        assert_eq!(double_quoted_escape('\u{1F600}', false).as_deref(), Some("\\U0001F600"));
    }
}

//! Scalars as go-yaml v3's emitter writes them: plain, quoted and literal, never folded. Which
//! style a value gets is the yaml crate's [`yaml::scalar`].

use yaml::scalar::{analyze, block_indicators, double_quoted_escape, is_break, requested_style, select_style, GoYaml};

use super::{Emitter, ScalarStyle};

impl Emitter {
    /// Plain scalars are never folded: go-yaml v3's encoder has no preferred width.
    pub(super) fn write_plain(&mut self, value: &str) {
        if !value.is_empty() && !self.whitespace {
            self.put(' ');
        }
        let mut breaks = false;
        for c in value.chars() {
            if c == ' ' {
                self.put(c);
            } else if is_break(c) {
                if !breaks && c == '\n' {
                    self.put_break();
                }
                self.write_break(c);
                breaks = true;
            } else {
                if breaks {
                    self.write_indent();
                }
                self.put(c);
                self.indention = false;
                breaks = false;
            }
        }
        if !value.is_empty() {
            self.whitespace = false;
        }
        self.indention = false;
    }

    pub(super) fn write_single_quoted(&mut self, value: &str) {
        self.write_indicator("'", true, false, false);
        let mut breaks = false;
        for c in value.chars() {
            if c == ' ' {
                self.put(c);
            } else if is_break(c) {
                if !breaks && c == '\n' {
                    self.put_break();
                }
                self.write_break(c);
                breaks = true;
            } else {
                if breaks {
                    self.write_indent();
                }
                if c == '\'' {
                    self.put('\'');
                }
                self.put(c);
                self.indention = false;
                breaks = false;
            }
        }
        self.write_indicator("'", false, false, false);
        self.whitespace = false;
        self.indention = false;
    }

    pub(super) fn write_double_quoted(&mut self, value: &str) {
        self.write_indicator("\"", true, false, false);
        let bom = value.starts_with('\u{FEFF}');
        for c in value.chars() {
            match double_quoted_escape(c, bom) {
                Some(escape) => self.write_all(&escape),
                None => self.put(c),
            }
        }
        self.write_indicator("\"", false, false, false);
        self.whitespace = false;
        self.indention = false;
    }

    fn write_block_hints(&mut self, value: &str) {
        let (indent_indicator, chomp) = block_indicators(value);
        if indent_indicator {
            let hint = self.best_indent.to_string();
            self.write_indicator(&hint, false, false, false);
        }
        self.open_ended = chomp == Some('+');
        if let Some(chomp) = chomp {
            self.write_indicator(&chomp.to_string(), false, false, false);
        }
    }

    pub(super) fn write_literal(&mut self, value: &str) {
        self.write_indicator("|", true, false, false);
        self.write_block_hints(value);
        self.process_line_comment();
        self.whitespace = true;
        let mut breaks = true;
        for c in value.chars() {
            if is_break(c) {
                self.write_break(c);
                breaks = true;
            } else {
                if breaks {
                    self.write_indent();
                }
                self.put(c);
                self.indention = false;
                breaks = false;
            }
        }
    }
}

/// The style a string's node has after go-yaml's `Node.Encode`: the encoder asks for one, the
/// emitter writes what the text allows (in block context, not as a key), and that is what the
/// node is read back with.
pub(crate) fn string_style(s: &str) -> ScalarStyle {
    select_style(requested_style(s, GoYaml::V3), s, &analyze(s, GoYaml::V3), false, false)
}

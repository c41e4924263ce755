//! go-yaml v3's emitter, for the documents sops prints: block mappings and sequences, empty
//! collections as `{}`/`[]`, plain, quoted and literal scalars, head, line and foot comments, a
//! 4-space indent and no line folding (go-yaml v3's encoder sets no width).
//!
//! go-yaml's emitter is an event-driven state machine whose output depends on small pieces of
//! state (the column, "just wrote whitespace", "only indentation on this line", the foot-comment
//! indent). This port keeps that state and the order in which it is changed, for the events
//! sops's YAML store produces.

use yaml::scalar::{analyze, is_break, select_style, Analysis, GoYaml};

/// The scalar styles go-yaml can be asked for.
pub(crate) use yaml::scalar::Style as ScalarStyle;

#[derive(Debug, Clone)]
pub(crate) enum Event {
    StreamStart,
    StreamEnd,
    DocumentStart {
        head: String,
    },
    DocumentEnd {
        foot: String,
    },
    SequenceStart {
        head: String,
    },
    SequenceEnd {
        line: String,
        foot: String,
    },
    MappingStart {
        head: String,
        tail: String,
    },
    MappingEnd {
        tail: String,
        line: String,
        foot: String,
    },
    Scalar {
        value: String,
        tag: Option<&'static str>,
        style: ScalarStyle,
        head: String,
        line: String,
        foot: String,
        tail: String,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    StreamStart,
    FirstDocumentStart,
    DocumentStart,
    DocumentContent,
    DocumentEnd,
    FlowSequenceFirstItem,
    FlowMappingFirstKey,
    BlockSequenceFirstItem,
    BlockSequenceItem,
    BlockMappingFirstKey,
    BlockMappingKey,
    BlockMappingSimpleValue,
    BlockMappingValue,
    End,
}

pub(crate) struct Emitter {
    out: String,
    best_indent: i64,
    events: Vec<Event>,
    head_index: usize,
    state: State,
    states: Vec<State>,
    indent: i64,
    indents: Vec<i64>,
    flow_level: i64,
    simple_key_context: bool,
    column: i64,
    whitespace: bool,
    indention: bool,
    open_ended: bool,
    foot_indent: i64,
    head_comment: String,
    line_comment: String,
    foot_comment: String,
    tail_comment: String,
    key_line_comment: String,
    scalar: Analysis,
    scalar_value: String,
    scalar_style: ScalarStyle,
    tag: Option<&'static str>,
}

impl Emitter {
    fn new(best_indent: i64, events: Vec<Event>) -> Emitter {
        Emitter {
            out: String::new(),
            best_indent,
            events,
            head_index: 0,
            state: State::StreamStart,
            states: Vec::new(),
            indent: -1,
            indents: Vec::new(),
            flow_level: 0,
            simple_key_context: false,
            column: 0,
            whitespace: true,
            indention: true,
            open_ended: false,
            foot_indent: -1,
            head_comment: String::new(),
            line_comment: String::new(),
            foot_comment: String::new(),
            tail_comment: String::new(),
            key_line_comment: String::new(),
            scalar: analyze("", GoYaml::V3),
            scalar_value: String::new(),
            scalar_style: ScalarStyle::Plain,
            tag: None,
        }
    }
}

mod scalar;

pub(crate) use scalar::string_style;

/// Prints a stream of events with go-yaml v3's emitter and the given indent.
pub(crate) fn emit(events: Vec<Event>, indent: i64) -> String {
    let mut e = Emitter::new(if (2..=9).contains(&indent) { indent } else { 2 }, events);
    while e.head_index < e.events.len() {
        let event = e.events[e.head_index].clone();
        e.analyze_event(&event);
        e.state_machine(&event);
        e.head_index += 1;
    }
    e.out
}

impl Emitter {
    pub(super) fn put(&mut self, c: char) {
        self.out.push(c);
        self.column += 1;
    }

    pub(super) fn put_break(&mut self) {
        self.out.push('\n');
        self.column = 0;
        self.indention = true;
    }

    pub(super) fn write_break(&mut self, c: char) {
        if c == '\n' {
            self.put_break();
        } else {
            self.out.push(c);
            self.column = 0;
            self.indention = true;
        }
    }

    pub(super) fn write_all(&mut self, s: &str) {
        for c in s.chars() {
            self.put(c);
        }
    }

    pub(super) fn write_indent(&mut self) {
        let indent = self.indent.max(0);
        if !self.indention || self.column > indent || (self.column == indent && !self.whitespace) {
            self.put_break();
        }
        if self.foot_indent == indent {
            self.put_break();
        }
        while self.column < indent {
            self.put(' ');
        }
        self.whitespace = true;
        self.foot_indent = -1;
    }

    pub(super) fn write_indicator(
        &mut self,
        indicator: &str,
        need_whitespace: bool,
        is_whitespace: bool,
        is_indention: bool,
    ) {
        if need_whitespace && !self.whitespace {
            self.put(' ');
        }
        self.write_all(indicator);
        self.whitespace = is_whitespace;
        self.indention = self.indention && is_indention;
        self.open_ended = false;
    }

    pub(super) fn increase_indent(&mut self, flow: bool, indentless: bool) {
        self.indents.push(self.indent);
        if self.indent < 0 {
            self.indent = if flow { self.best_indent } else { 0 };
        } else if !indentless {
            if self.states.last() == Some(&State::BlockSequenceItem) {
                // The first indent inside a sequence item only skips the "- ".
                self.indent += 2;
            } else {
                self.indent = self.best_indent * ((self.indent + self.best_indent) / self.best_indent);
            }
        }
    }

    pub(super) fn pop_indent(&mut self) {
        self.indent = self.indents.pop().unwrap_or(-1);
    }

    pub(super) fn pop_state(&mut self) {
        self.state = self.states.pop().unwrap_or(State::End);
    }

    fn analyze_event(&mut self, event: &Event) {
        self.tag = None;
        let (head, line, foot, tail) = match event {
            Event::DocumentStart { head } | Event::SequenceStart { head } => (Some(head), None, None, None),
            Event::DocumentEnd { foot } => (None, None, Some(foot), None),
            Event::SequenceEnd { line, foot } => (None, Some(line), Some(foot), None),
            Event::MappingStart { head, tail } => (Some(head), None, None, Some(tail)),
            Event::MappingEnd { tail, line, foot } => (None, Some(line), Some(foot), Some(tail)),
            Event::Scalar { head, line, foot, tail, .. } => (Some(head), Some(line), Some(foot), Some(tail)),
            Event::StreamStart | Event::StreamEnd => (None, None, None, None),
        };
        if let Some(h) = head.filter(|h| !h.is_empty()) {
            self.head_comment = h.clone();
        }
        if let Some(l) = line.filter(|l| !l.is_empty()) {
            self.line_comment = l.clone();
        }
        if let Some(f) = foot.filter(|f| !f.is_empty()) {
            self.foot_comment = f.clone();
        }
        if let Some(t) = tail.filter(|t| !t.is_empty()) {
            self.tail_comment = t.clone();
        }
        if let Event::Scalar { value, tag, .. } = event {
            self.tag = *tag;
            self.scalar = analyze(value, GoYaml::V3);
        }
    }

    fn state_machine(&mut self, event: &Event) {
        match self.state {
            State::StreamStart => self.emit_stream_start(event),
            State::FirstDocumentStart => self.emit_document_start(event, true),
            State::DocumentStart => self.emit_document_start(event, false),
            State::DocumentContent => self.emit_document_content(event),
            State::DocumentEnd => self.emit_document_end(),
            State::FlowSequenceFirstItem => self.emit_flow_sequence_item(event, true),
            State::FlowMappingFirstKey => self.emit_flow_mapping_key(event, true),
            State::BlockSequenceFirstItem => self.emit_block_sequence_item(event, true),
            State::BlockSequenceItem => self.emit_block_sequence_item(event, false),
            State::BlockMappingFirstKey => self.emit_block_mapping_key(event, true),
            State::BlockMappingKey => self.emit_block_mapping_key(event, false),
            State::BlockMappingSimpleValue => self.emit_block_mapping_value(event, true),
            State::BlockMappingValue => self.emit_block_mapping_value(event, false),
            State::End => {}
        }
    }

    fn emit_stream_start(&mut self, _event: &Event) {
        self.indent = -1;
        self.column = 0;
        self.whitespace = true;
        self.indention = true;
        self.foot_indent = -1;
        self.state = State::FirstDocumentStart;
    }

    fn emit_document_start(&mut self, event: &Event, first: bool) {
        match event {
            Event::DocumentStart { .. } => {
                // The first document's start is implicit; the others write `---`.
                if !first {
                    self.write_indent();
                    self.write_indicator("---", true, false, false);
                    self.write_indent();
                }
                if !self.head_comment.is_empty() {
                    self.process_head_comment();
                    self.put_break();
                }
                self.state = State::DocumentContent;
            }
            Event::StreamEnd => {
                if self.open_ended {
                    self.write_indicator("...", true, false, false);
                    self.write_indent();
                }
                self.state = State::End;
            }
            _ => {}
        }
    }

    fn emit_document_content(&mut self, event: &Event) {
        self.states.push(State::DocumentEnd);
        self.process_head_comment();
        self.emit_node(event, false);
        self.process_line_comment();
        self.process_foot_comment();
    }

    fn emit_document_end(&mut self) {
        // go-yaml forces a blank line between a document's foot comment and what follows.
        self.foot_indent = 0;
        self.process_foot_comment();
        self.foot_indent = -1;
        self.write_indent();
        self.state = State::DocumentStart;
    }

    /// sops prints only empty collections in flow style (`[]`, `{}`): the state after `[` only
    /// ever sees the sequence's end.
    fn emit_flow_sequence_item(&mut self, event: &Event, first: bool) {
        if first {
            self.write_indicator("[", true, true, false);
            self.increase_indent(true, false);
            self.flow_level += 1;
        }
        if let Event::SequenceEnd { .. } = event {
            self.flow_level -= 1;
            self.pop_indent();
            if self.column == 0 {
                self.write_indent();
            }
            self.write_indicator("]", false, false, false);
            self.process_line_comment();
            self.process_foot_comment();
            self.pop_state();
        }
    }

    /// As [`Emitter::emit_flow_sequence_item`], for `{}`.
    fn emit_flow_mapping_key(&mut self, event: &Event, first: bool) {
        if first {
            self.write_indicator("{", true, true, false);
            self.increase_indent(true, false);
            self.flow_level += 1;
        }
        if let Event::MappingEnd { .. } = event {
            self.process_head_comment();
            self.flow_level -= 1;
            self.pop_indent();
            self.write_indicator("}", false, false, false);
            self.process_line_comment();
            self.process_foot_comment();
            self.pop_state();
        }
    }

    fn emit_block_sequence_item(&mut self, event: &Event, first: bool) {
        if first {
            self.increase_indent(false, false);
        }
        if let Event::SequenceEnd { .. } = event {
            self.pop_indent();
            self.pop_state();
            return;
        }
        self.process_head_comment();
        self.write_indent();
        self.write_indicator("-", true, false, true);
        self.states.push(State::BlockSequenceItem);
        self.emit_node(event, false);
        self.process_line_comment();
        self.process_foot_comment();
    }

    fn emit_block_mapping_key(&mut self, event: &Event, first: bool) {
        if first {
            self.increase_indent(false, false);
        }
        self.process_head_comment();
        if let Event::MappingEnd { .. } = event {
            self.pop_indent();
            self.pop_state();
            return;
        }
        self.write_indent();
        if !self.line_comment.is_empty() {
            // A line comment on a key is kept for the value's line.
            self.key_line_comment = std::mem::take(&mut self.line_comment);
        }
        if self.check_simple_key(event) {
            self.states.push(State::BlockMappingSimpleValue);
            self.emit_node(event, true);
        } else {
            self.write_indicator("?", true, false, true);
            self.states.push(State::BlockMappingValue);
            self.emit_node(event, false);
        }
    }

    fn emit_block_mapping_value(&mut self, event: &Event, simple: bool) {
        if simple {
            self.write_indicator(":", false, false, false);
        } else {
            self.write_indent();
            self.write_indicator(":", true, false, true);
        }
        if !self.key_line_comment.is_empty() {
            match event {
                // A scalar with a line comment of its own loses the key's, as in go-yaml.
                Event::Scalar { .. } if self.line_comment.is_empty() => {
                    self.line_comment = std::mem::take(&mut self.key_line_comment);
                }
                Event::MappingStart { .. } | Event::SequenceStart { .. } => {
                    std::mem::swap(&mut self.line_comment, &mut self.key_line_comment);
                    self.process_line_comment();
                    std::mem::swap(&mut self.line_comment, &mut self.key_line_comment);
                }
                _ => {}
            }
        }
        self.states.push(State::BlockMappingKey);
        self.emit_node(event, false);
        self.process_line_comment();
        self.process_foot_comment();
    }

    fn emit_node(&mut self, event: &Event, simple_key: bool) {
        self.simple_key_context = simple_key;
        match event {
            Event::Scalar { .. } => self.emit_scalar(event),
            Event::SequenceStart { .. } => {
                self.state = if self.flow_level > 0 || self.next_is(|e| matches!(e, Event::SequenceEnd { .. })) {
                    State::FlowSequenceFirstItem
                } else {
                    State::BlockSequenceFirstItem
                };
            }
            Event::MappingStart { .. } => {
                self.state = if self.flow_level > 0 || self.next_is(|e| matches!(e, Event::MappingEnd { .. })) {
                    State::FlowMappingFirstKey
                } else {
                    State::BlockMappingFirstKey
                };
            }
            _ => {}
        }
    }

    fn next_is(&self, test: impl Fn(&Event) -> bool) -> bool {
        self.events.get(self.head_index + 1).is_some_and(test)
    }

    fn check_simple_key(&self, event: &Event) -> bool {
        match event {
            Event::Scalar { value, .. } => {
                !self.scalar.multiline && value.len() + self.tag.map_or(0, |t| t.len()) <= 128
            }
            Event::SequenceStart { .. } => self.next_is(|e| matches!(e, Event::SequenceEnd { .. })),
            Event::MappingStart { .. } => self.next_is(|e| matches!(e, Event::MappingEnd { .. })),
            _ => false,
        }
    }

    fn emit_scalar(&mut self, event: &Event) {
        let Event::Scalar { value, style, .. } = event else { return };
        self.select_scalar_style(value, *style);
        if let Some(tag) = self.tag {
            if !self.whitespace {
                self.put(' ');
            }
            self.write_all(tag);
            self.whitespace = false;
            self.indention = false;
        }
        self.increase_indent(true, false);
        let value = self.scalar_value.clone();
        match self.scalar_style {
            ScalarStyle::Plain => self.write_plain(&value),
            ScalarStyle::Single => self.write_single_quoted(&value),
            ScalarStyle::Double => self.write_double_quoted(&value),
            ScalarStyle::Literal => self.write_literal(&value),
        }
        self.pop_indent();
        self.pop_state();
    }

    fn select_scalar_style(&mut self, value: &str, requested: ScalarStyle) {
        self.scalar_style = select_style(requested, value, &self.scalar, self.simple_key_context, self.flow_level > 0);
        self.scalar_value = value.to_string();
    }

    fn process_head_comment(&mut self) {
        if !self.tail_comment.is_empty() {
            self.write_indent();
            let tail = std::mem::take(&mut self.tail_comment);
            self.write_comment(&tail);
            self.foot_indent = self.indent.max(0);
        }
        if self.head_comment.is_empty() {
            return;
        }
        self.write_indent();
        let head = std::mem::take(&mut self.head_comment);
        self.write_comment(&head);
    }

    pub(super) fn process_line_comment(&mut self) {
        if self.line_comment.is_empty() {
            return;
        }
        if !self.whitespace {
            self.put(' ');
        }
        let line = std::mem::take(&mut self.line_comment);
        self.write_comment(&line);
    }

    fn process_foot_comment(&mut self) {
        if self.foot_comment.is_empty() {
            return;
        }
        self.write_indent();
        let foot = std::mem::take(&mut self.foot_comment);
        self.write_comment(&foot);
        self.foot_indent = self.indent.max(0);
    }

    fn write_comment(&mut self, comment: &str) {
        let mut breaks = false;
        let mut pound = false;
        for c in comment.chars() {
            if is_break(c) {
                self.write_break(c);
                breaks = true;
                pound = false;
            } else {
                if breaks {
                    self.write_indent();
                }
                if !pound {
                    if c != '#' {
                        self.put('#');
                        self.put(' ');
                    }
                    pound = true;
                }
                self.put(c);
                self.indention = false;
                breaks = false;
            }
        }
        if !breaks {
            self.put_break();
        }
        self.whitespace = true;
    }
}

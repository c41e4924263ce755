//! Errors that read like go-yaml's: `yaml: line 3: mapping values are not allowed in this context`.

use std::borrow::Cow;
use std::fmt;

use granit_parser::{ErrorKind, Marker, ScanError};

use crate::escapes::{self, Dialect};

/// A YAML text that sigs.k8s.io/yaml would refuse, with where it went wrong.
///
/// `line` and `column` are 1-based; both are 0 when the problem has no position (a value JSON
/// cannot carry, found after an alias was expanded). The message uses go-yaml's wording where
/// go-yaml has one for the same problem.
///
/// ```
/// let err = yaml::from_str("a: b: c").unwrap_err();
/// assert_eq!(err.to_string(), "yaml: line 1: mapping values are not allowed in this context");
/// assert_eq!((err.line, err.column), (1, 5));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct Error {
    /// 1-based line of the problem, 0 when unknown.
    pub line: usize,
    /// 1-based column (in characters) of the problem, 0 when unknown.
    pub column: usize,
    /// What went wrong, without the `yaml: line N:` prefix.
    pub message: String,
    /// The line go-yaml would name for the same problem, when it differs from `line`: its parser
    /// (not scanner) errors name the 0-based line, and errors at the end of the text name the
    /// end. 0 means go-yaml names no line.
    shown_line: Option<usize>,
    /// The message is not go-yaml's (`json: unsupported value: +Inf`, kyaml's `duplicate merge
    /// key`): it is printed as it is, without `yaml:` or a line.
    bare: bool,
}

impl Error {
    pub(crate) fn new(line: usize, column: usize, message: impl Into<String>) -> Self {
        Error { line, column, message: message.into(), shown_line: None, bare: false }
    }

    /// An error that does not come from go-yaml, printed as its message alone; `line` and
    /// `column` still say where the problem is.
    pub(crate) fn bare(line: usize, column: usize, message: impl Into<String>) -> Self {
        Error { bare: true, ..Error::new(line, column, message) }
    }

    /// The same error, printed as go-yaml prints it: naming `line` (0: no line) instead of
    /// the real one.
    pub(crate) fn shown_at(self, line: usize) -> Self {
        Error { shown_line: Some(line), ..self }
    }

    pub(crate) fn at(mark: Marker, message: impl Into<String>) -> Self {
        Error::new(mark.line(), mark.col() + 1, message)
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.bare {
            return f.write_str(&self.message);
        }
        match self.shown_line.unwrap_or(self.line) {
            0 => write!(f, "yaml: {}", self.message),
            line => write!(f, "yaml: line {line}: {}", self.message),
        }
    }
}

/// Translates the event parser's error into go-yaml's words for the same problem; `text` is the
/// whole input, for problems go-yaml only notices at its end.
pub(crate) fn scan_error(e: &ScanError, text: &str) -> Error {
    if let Some(refused) = escapes::refusal(e, text, Dialect::V2) {
        return refused;
    }
    let mark = *e.marker();
    // go-yaml's parser errors name the 0-based line of the token where the problem shows.
    let parser_line = Some(mark.line().saturating_sub(1));
    let end_line = Some(text.matches('\n').count());
    let shown_line = match e.kind() {
        ErrorKind::ExpectedBlockMappingKey
        | ErrorKind::ExpectedBlockSequenceEntry
        | ErrorKind::ExpectedNodeContent
        | ErrorKind::ExpectedFlowMappingSeparator
        | ErrorKind::ExpectedFlowSequenceSeparator
        | ErrorKind::UndeclaredTagHandle => parser_line,
        ErrorKind::UnclosedFlowCollection { .. }
        | ErrorKind::UnexpectedEofFlowSequence
        | ErrorKind::UnexpectedEofFlowMapping
        | ErrorKind::UnexpectedEofImplicitFlowMapping => end_line,
        _ => None,
    };
    let message = go_message(e.kind());
    Error { shown_line, ..Error::at(mark, message) }
}

/// The same translation with go-yaml v3's choice of line (v3 is what kustomize reads with);
/// `text` is the document's text.
///
/// libyaml records two marks for a problem: the *context* (the collection being parsed, the
/// token being scanned) and the problem itself. go-yaml v2 names the problem's line, v3 the
/// context's; both name 0-based lines for parser errors and 1-based ones for scanner errors, and
/// fall back to the other mark when the chosen one is on the first line (0). granit-parser only
/// reports the problem, so `context` is the start of the innermost open collection, which is
/// libyaml's context for the parser errors that have one; scanner errors use the problem's
/// position, which is libyaml's context for the common ones (`mapping values are not allowed`,
/// `found character that cannot start any token`).
///
/// `flow` is the opening bracket of the innermost open collection when it is a flow one: go-yaml
/// reports some problems granit-parser names otherwise (a `]` closing a `{`, a `:` out of place)
/// as that collection's missing separator.
pub(crate) fn scan_error_v3(e: &ScanError, text: &str, context: Option<Marker>, flow: Option<char>) -> Error {
    if let Some(refused) = escapes::refusal(e, text, Dialect::V3) {
        return refused;
    }
    let problem = *e.marker();
    let problem_line = problem.line().saturating_sub(1);
    let context_line = context.map_or(problem_line, |m| m.line().saturating_sub(1));
    let separator = |open: char| {
        if open == '{' {
            "did not find expected ',' or '}'"
        } else {
            "did not find expected ',' or ']'"
        }
    };
    // (message, the line libyaml's context mark is on, whether it is a scanner error)
    let (message, line, scanner): (Cow<'_, str>, usize, bool) = match e.kind() {
        ErrorKind::UnclosedFlowCollection { .. }
        | ErrorKind::UnexpectedEofFlowSequence
        | ErrorKind::UnexpectedEofFlowMapping
        | ErrorKind::UnexpectedEofImplicitFlowMapping => {
            // libyaml's end of stream is on a line of its own, after a last unfinished line.
            let end = text.matches('\n').count() + usize::from(!text.is_empty() && !text.ends_with('\n'));
            // Right after `[`, `{`, `,` or `:` a node is due; after one, a separator.
            if matches!(text.trim_end().chars().last(), Some('[' | '{' | ',' | ':')) {
                ("did not find expected node content".into(), end, false)
            } else {
                let line = if context_line == 0 { end } else { context_line };
                (go_message(e.kind()).into(), line, false)
            }
        }
        ErrorKind::MismatchedFlowCollectionEnd { open, .. } => (separator(*open).into(), context_line, false),
        ErrorKind::InvalidColonPlacement if flow.is_some() => {
            (separator(flow.unwrap_or('[')).into(), context_line, false)
        }
        ErrorKind::DuplicateVersionDirective => ("found duplicate %YAML directive".into(), problem_line, false),
        ErrorKind::ExpectedBlockMappingKey
        | ErrorKind::ExpectedBlockSequenceEntry
        | ErrorKind::ExpectedFlowMappingSeparator
        | ErrorKind::ExpectedFlowSequenceSeparator => (go_message(e.kind()).into(), context_line, false),
        ErrorKind::ExpectedNodeContent | ErrorKind::UndeclaredTagHandle | ErrorKind::ExpectedDocumentStart => {
            (go_message(e.kind()).into(), problem_line, false)
        }
        kind => (go_message(kind).into(), problem_line, true),
    };
    let shown = [line, problem_line].into_iter().find(|&l| l != 0).map_or(0, |l| l + usize::from(scanner));
    Error::at(problem, message).shown_at(shown)
}

/// go-yaml's words for the problem granit-parser reports.
fn go_message(kind: &ErrorKind) -> String {
    match kind {
        ErrorKind::UnclosedFlowCollection { open: '{' } => "did not find expected ',' or '}'".to_owned(),
        ErrorKind::UnclosedFlowCollection { .. } => "did not find expected ',' or ']'".to_owned(),
        ErrorKind::ExpectedBlockMappingKey => "did not find expected key".to_owned(),
        ErrorKind::ExpectedBlockSequenceEntry => "did not find expected '-' indicator".to_owned(),
        ErrorKind::ExpectedNodeContent => "did not find expected node content".to_owned(),
        ErrorKind::ExpectedFlowMappingSeparator => "did not find expected ',' or '}'".to_owned(),
        ErrorKind::ExpectedFlowSequenceSeparator => "did not find expected ',' or ']'".to_owned(),
        ErrorKind::SimpleKeyExpected => "could not find expected ':'".to_owned(),
        ErrorKind::UndeclaredTagHandle => "found undefined tag handle".to_owned(),
        ErrorKind::UnknownQuotedScalarEscape => "found unknown escape character".to_owned(),
        ErrorKind::UnexpectedCharacter { .. } | ErrorKind::TabInBlockIndentation | ErrorKind::TabNotAllowed => {
            "found character that cannot start any token".to_owned()
        }
        ErrorKind::UnclosedQuotedScalar => "found unexpected end of stream".to_owned(),
        ErrorKind::BlockSequenceEntryNotAllowed | ErrorKind::BlockEntryInFlowCollection => {
            "block sequence entries are not allowed in this context".to_owned()
        }
        ErrorKind::UnexpectedEofFlowSequence => "did not find expected ',' or ']'".to_owned(),
        ErrorKind::UnexpectedEofFlowMapping | ErrorKind::UnexpectedEofImplicitFlowMapping => {
            "did not find expected ',' or '}'".to_owned()
        }
        other => {
            let text = other.to_string();
            match text.as_str() {
                t if t.contains("mapping values are not allowed") => {
                    "mapping values are not allowed in this context".to_owned()
                }
                // granit prefixes its context ("while parsing a node, ..."); go-yaml puts the
                // problem first.
                t => t.split_once(", ").filter(|(ctx, _)| ctx.starts_with("while ")).map_or(t, |(_, p)| p).to_owned(),
            }
        }
    }
}

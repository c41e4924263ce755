//! Errors that read like go-yaml's: `yaml: line 3: mapping values are not allowed in this context`.

use std::fmt;

use granit_parser::{ErrorKind, Marker, ScanError};

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
}

impl Error {
    pub(crate) fn new(line: usize, column: usize, message: impl Into<String>) -> Self {
        Error { line, column, message: message.into(), shown_line: None }
    }

    pub(crate) fn at(mark: Marker, message: impl Into<String>) -> Self {
        Error::new(mark.line(), mark.col() + 1, message)
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.shown_line.unwrap_or(self.line) {
            0 => write!(f, "yaml: {}", self.message),
            line => write!(f, "yaml: line {line}: {}", self.message),
        }
    }
}

/// Translates the event parser's error into go-yaml's words for the same problem; `text` is the
/// whole input, for problems go-yaml only notices at its end.
pub(crate) fn scan_error(e: &ScanError, text: &str) -> Error {
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
    let message = match e.kind() {
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
    };
    Error { shown_line, ..Error::at(mark, message) }
}

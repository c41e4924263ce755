//! Kubernetes label selectors (`app=web,tier in (a,b),!legacy,env!=prod,version>3`), parsed with
//! apimachinery's grammar and checks: patch targets and replacement selectors use them on labels and
//! annotations.

/// A label selector (`app=web,tier in (a,b),!legacy,env!=prod,version>3`), parsed with
/// apimachinery's grammar and checks.
#[derive(Debug, Default)]
pub struct LabelSelector(Vec<Requirement>);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Operator {
    In,
    NotIn,
    Equals,
    DoubleEquals,
    NotEquals,
    Exists,
    DoesNotExist,
    GreaterThan,
    LessThan,
}

#[derive(Debug)]
struct Requirement {
    key: String,
    operator: Operator,
    values: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Token {
    End,
    ClosedPar,
    Comma,
    DoesNotExist,
    DoubleEquals,
    Equals,
    GreaterThan,
    Identifier,
    In,
    LessThan,
    NotEquals,
    NotIn,
    OpenPar,
}

fn keyword(text: &str) -> Option<Token> {
    Some(match text {
        ")" => Token::ClosedPar,
        "," => Token::Comma,
        "!" => Token::DoesNotExist,
        "==" => Token::DoubleEquals,
        "=" => Token::Equals,
        ">" => Token::GreaterThan,
        "in" => Token::In,
        "<" => Token::LessThan,
        "!=" => Token::NotEquals,
        "notin" => Token::NotIn,
        "(" => Token::OpenPar,
        _ => return None,
    })
}

fn is_special(b: u8) -> bool {
    matches!(b, b'=' | b'!' | b'(' | b')' | b',' | b'>' | b'<')
}

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\r' | b'\n')
}

/// apimachinery's lexer: identifiers run up to a space or a special character; special characters
/// form the longest operator they can.
fn lex(input: &str) -> Vec<(Token, String)> {
    let bytes = input.as_bytes();
    let mut pos = 0;
    let mut out = Vec::new();
    loop {
        while pos < bytes.len() && is_space(bytes[pos]) {
            pos += 1;
        }
        if pos >= bytes.len() {
            out.push((Token::End, String::new()));
            return out;
        }
        let start = pos;
        if is_special(bytes[pos]) {
            let mut best = None;
            while pos < bytes.len() && is_special(bytes[pos]) {
                match keyword(&input[start..=pos]) {
                    Some(token) => best = Some((token, pos + 1)),
                    None if best.is_some() => break,
                    None => {}
                }
                pos += 1;
            }
            // Every single special character is a token, so `best` is set.
            let (token, end) = best.unwrap_or((Token::Identifier, pos));
            pos = end;
            out.push((token, input[start..end].to_string()));
        } else {
            while pos < bytes.len() && !is_special(bytes[pos]) && !is_space(bytes[pos]) {
                pos += 1;
            }
            let text = &input[start..pos];
            out.push((keyword(text).unwrap_or(Token::Identifier), text.to_string()));
        }
    }
}

struct Parser {
    items: Vec<(Token, String)>,
    position: usize,
}

/// Where the parser is: after a key (`in` and `notin` are operators) or among values (they are
/// identifiers).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Context {
    KeyAndOperator,
    Values,
}

impl Parser {
    fn token(&self, index: usize, context: Context) -> (Token, String) {
        let (token, text) = self.items.get(index).cloned().unwrap_or((Token::End, String::new()));
        match token {
            Token::In | Token::NotIn if context == Context::Values => (Token::Identifier, text),
            other => (other, text),
        }
    }

    fn lookahead(&self, context: Context) -> (Token, String) {
        self.token(self.position, context)
    }

    fn consume(&mut self, context: Context) -> (Token, String) {
        let item = self.token(self.position, context);
        self.position += 1;
        item
    }

    fn parse(&mut self) -> Result<Vec<Requirement>, String> {
        let mut requirements = Vec::new();
        loop {
            let (token, text) = self.lookahead(Context::Values);
            match token {
                Token::Identifier | Token::DoesNotExist => {
                    requirements.push(self.requirement().map_err(|e| format!("unable to parse requirement: {e}"))?);
                    let (token, text) = self.consume(Context::Values);
                    match token {
                        Token::End => return Ok(requirements),
                        Token::Comma => {
                            let (next, text) = self.lookahead(Context::Values);
                            if next != Token::Identifier && next != Token::DoesNotExist {
                                return Err(format!("found '{text}', expected: identifier after ','"));
                            }
                        }
                        _ => return Err(format!("found '{text}', expected: ',' or 'end of string'")),
                    }
                }
                Token::End => return Ok(requirements),
                _ => return Err(format!("found '{text}', expected: !, identifier, or 'end of string'")),
            }
        }
    }

    fn requirement(&mut self) -> Result<Requirement, String> {
        let (key, inferred) = self.key_and_inferred_operator()?;
        if let Some(operator) = inferred {
            return Requirement::new(key, operator, Vec::new());
        }
        let operator = self.operator()?;
        let values = match operator {
            Operator::In | Operator::NotIn => self.values()?,
            _ => self.exact_value()?,
        };
        Requirement::new(key, operator, values)
    }

    fn key_and_inferred_operator(&mut self) -> Result<(String, Option<Operator>), String> {
        let mut operator = None;
        let (mut token, mut text) = self.consume(Context::Values);
        if token == Token::DoesNotExist {
            operator = Some(Operator::DoesNotExist);
            (token, text) = self.consume(Context::Values);
        }
        if token != Token::Identifier {
            return Err(format!("found '{text}', expected: identifier"));
        }
        validate_key(&text)?;
        if matches!(self.lookahead(Context::Values).0, Token::End | Token::Comma) && operator.is_none() {
            operator = Some(Operator::Exists);
        }
        Ok((text, operator))
    }

    fn operator(&mut self) -> Result<Operator, String> {
        let (token, text) = self.consume(Context::KeyAndOperator);
        Ok(match token {
            Token::In => Operator::In,
            Token::Equals => Operator::Equals,
            Token::DoubleEquals => Operator::DoubleEquals,
            Token::GreaterThan => Operator::GreaterThan,
            Token::LessThan => Operator::LessThan,
            Token::NotIn => Operator::NotIn,
            Token::NotEquals => Operator::NotEquals,
            _ => return Err(format!("found '{text}', expected: '=', '!=', '==', 'in', notin'")),
        })
    }

    fn values(&mut self) -> Result<Vec<String>, String> {
        let (token, text) = self.consume(Context::Values);
        if token != Token::OpenPar {
            return Err(format!("found '{text}' expected: '('"));
        }
        let (token, text) = self.lookahead(Context::Values);
        match token {
            Token::Identifier | Token::Comma => {
                let values = self.identifiers()?;
                if self.consume(Context::Values).0 != Token::ClosedPar {
                    return Err(format!("found '{text}', expected: ')'"));
                }
                Ok(values)
            }
            Token::ClosedPar => {
                self.consume(Context::Values);
                Ok(vec![String::new()])
            }
            _ => Err(format!("found '{text}', expected: ',', ')' or identifier")),
        }
    }

    fn identifiers(&mut self) -> Result<Vec<String>, String> {
        let mut set: Vec<String> = Vec::new();
        let insert = |set: &mut Vec<String>, v: String| {
            if !set.contains(&v) {
                set.push(v);
            }
        };
        loop {
            let (token, text) = self.consume(Context::Values);
            match token {
                Token::Identifier => {
                    insert(&mut set, text);
                    let (next, text) = self.lookahead(Context::Values);
                    match next {
                        Token::Comma => continue,
                        Token::ClosedPar => return Ok(set),
                        _ => return Err(format!("found '{text}', expected: ',' or ')'")),
                    }
                }
                Token::Comma => {
                    if set.is_empty() {
                        insert(&mut set, String::new());
                    }
                    match self.lookahead(Context::Values).0 {
                        Token::ClosedPar => {
                            insert(&mut set, String::new());
                            return Ok(set);
                        }
                        Token::Comma => {
                            self.consume(Context::Values);
                            insert(&mut set, String::new());
                        }
                        _ => {}
                    }
                }
                _ => return Err(format!("found '{text}', expected: ',', or identifier")),
            }
        }
    }

    fn exact_value(&mut self) -> Result<Vec<String>, String> {
        if matches!(self.lookahead(Context::Values).0, Token::End | Token::Comma) {
            return Ok(vec![String::new()]);
        }
        match self.consume(Context::Values) {
            (Token::Identifier, text) => Ok(vec![text]),
            (_, text) => Err(format!("found '{text}', expected: identifier")),
        }
    }
}

fn validate_key(key: &str) -> Result<(), String> {
    let errors = k8s_schema::validation::is_qualified_name(key);
    if errors.is_empty() {
        Ok(())
    } else {
        Err(format!("invalid label key \"{key}\": {}", errors.join("; ")))
    }
}

impl Requirement {
    /// apimachinery's `NewRequirement`: the checks on the number and shape of values.
    fn new(key: String, operator: Operator, mut values: Vec<String>) -> Result<Requirement, String> {
        validate_key(&key)?;
        match operator {
            Operator::In | Operator::NotIn if values.is_empty() => {
                return Err("for 'in', 'notin' operators, values set can't be empty".into());
            }
            Operator::Equals | Operator::DoubleEquals | Operator::NotEquals if values.len() != 1 => {
                return Err("exact-match compatibility requires one single value".into());
            }
            Operator::Exists | Operator::DoesNotExist if !values.is_empty() => {
                return Err("values set must be empty for exists and does not exist".into());
            }
            Operator::GreaterThan | Operator::LessThan => {
                if values.len() != 1 {
                    return Err("for 'Gt', 'Lt' operators, exactly one value is required".into());
                }
                if values[0].parse::<i64>().is_err() {
                    return Err("for 'Gt', 'Lt' operators, the value must be an integer".into());
                }
            }
            _ => {}
        }
        for value in &values {
            let errors = k8s_schema::validation::is_valid_label_value(value);
            if !errors.is_empty() {
                return Err(format!("invalid label value: \"{value}\": at key: \"{key}\": {}", errors.join("; ")));
            }
        }
        values.sort();
        Ok(Requirement { key, operator, values })
    }

    fn matches(&self, labels: &[(&str, &str)]) -> bool {
        let value = labels.iter().find(|(k, _)| *k == self.key).map(|(_, v)| *v);
        let listed = |v: &str| self.values.iter().any(|x| x == v);
        match self.operator {
            Operator::In | Operator::Equals | Operator::DoubleEquals => value.is_some_and(listed),
            Operator::NotIn | Operator::NotEquals => value.is_none_or(|v| !listed(v)),
            Operator::Exists => value.is_some(),
            Operator::DoesNotExist => value.is_none(),
            Operator::GreaterThan | Operator::LessThan => {
                let (Some(Ok(have)), Ok(want)) = (value.map(str::parse::<i64>), self.values[0].parse::<i64>()) else {
                    return false;
                };
                if self.operator == Operator::GreaterThan {
                    have > want
                } else {
                    have < want
                }
            }
        }
    }
}

impl LabelSelector {
    /// Parses a selector; the empty one selects everything.
    ///
    /// # Errors
    /// apimachinery's: a malformed expression, an invalid key or value.
    pub fn parse(input: &str) -> Result<LabelSelector, String> {
        let mut parser = Parser { items: lex(input), position: 0 };
        Ok(LabelSelector(parser.parse()?))
    }

    /// Whether labels (key and text of each) satisfy every requirement.
    pub fn matches(&self, labels: &[(&str, &str)]) -> bool {
        self.0.iter().all(|r| r.matches(labels))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sel(s: &str) -> LabelSelector {
        LabelSelector::parse(s).unwrap()
    }

    #[test]
    fn label_selectors_match_as_kubernetes_does() {
        let labels = [("app", "web"), ("tier", "front"), ("n", "5")];
        assert!(sel("").matches(&labels));
        assert!(sel("app=web").matches(&labels));
        assert!(sel("app==web,tier in (front, back)").matches(&labels));
        assert!(!sel("app!=web").matches(&labels));
        assert!(sel("!legacy,app").matches(&labels));
        assert!(sel("tier notin (back)").matches(&labels));
        assert!(sel("n>3,n<6").matches(&labels));
        assert!(!sel("n>5").matches(&labels));
        assert!(sel("x in (,a)").matches(&[("x", "")]));
        assert!(sel("app=").matches(&[("app", "")]));
    }

    #[test]
    fn malformed_selectors_are_errors() {
        for bad in ["app=web,", "=web", "app in web", "app in (a", "app=a b", "app>x", "a/b/c=1", "app=-x-", "!app=x"] {
            assert!(LabelSelector::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn operators_lex_greedily() {
        let tokens: Vec<Token> = lex("a!=b,c==(d)").into_iter().map(|(t, _)| t).collect();
        assert_eq!(
            tokens,
            [
                Token::Identifier,
                Token::NotEquals,
                Token::Identifier,
                Token::Comma,
                Token::Identifier,
                Token::DoubleEquals,
                Token::OpenPar,
                Token::Identifier,
                Token::ClosedPar,
                Token::End
            ]
        );
    }
}

//! The INI store: sections of `key = value` lines as gopkg.in/ini.v1 reads and writes them
//! (sops loads with non-unique sections allowed and writes with the library's defaults: `=`
//! aligned in each section, a blank line between sections, values quoted when they must be).
//!
//! A comment belongs to the key that follows it (and an inline comment to its own key); sops
//! keeps it as a comment item after that key, and writes it back above the key.

use crate::tree::{Item, Key, Value};

const DEFAULT_SECTION: &str = "DEFAULT";
const DELIMITERS: &[char] = &['=', ':'];

struct Section {
    name: String,
    comment: String,
    /// Keys in first-appearance order; a repeated key keeps its place and takes the last value.
    keys: Vec<(String, String, String)>,
}

/// Reads an INI file into one branch: a mapping per section, `DEFAULT` first.
pub(crate) fn load(text: &str) -> Result<Vec<Item>, String> {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let mut sections = vec![Section { name: DEFAULT_SECTION.into(), comment: String::new(), keys: Vec::new() }];
    let mut comment = String::new();
    let mut lines = text.split_inclusive('\n').enumerate();
    while let Some((index, raw)) = lines.next() {
        let line = raw.trim_start();
        if line.is_empty() {
            continue;
        }
        if line.starts_with(['#', ';']) {
            comment.push_str(line);
            continue;
        }
        if let Some(rest) = line.strip_prefix('[') {
            let close = line.rfind(']').ok_or_else(|| format!("line {}: unclosed section", index + 1))?;
            let name = rest[..close - 1].to_string();
            if name.is_empty() {
                return Err(format!("line {}: empty section name", index + 1));
            }
            if let Some(i) = line[close + 1..].find(['#', ';']) {
                comment.push_str(&line[close + 1 + i..]);
            }
            sections.push(Section { name, comment: comment.trim().to_string(), keys: Vec::new() });
            comment.clear();
            continue;
        }
        let (name, offset) = read_key_name(line).map_err(|e| format!("line {}: {e}", index + 1))?;
        let name = if name == "-" { format!("#{}", auto_increment(&sections)) } else { name };
        let value =
            read_value(&line[offset..], &mut lines, &mut comment).map_err(|e| format!("line {}: {e}", index + 1))?;
        let section = sections.last_mut().unwrap_or_else(|| unreachable!("the default section is always there"));
        let key_comment = comment.trim().to_string();
        comment.clear();
        match section.keys.iter_mut().find(|(k, _, _)| *k == name) {
            Some(entry) => {
                entry.1 = value;
                entry.2 = key_comment;
            }
            None => section.keys.push((name, value, key_comment)),
        }
    }
    Ok(sections
        .into_iter()
        .map(|s| {
            let mut items = Vec::new();
            if !s.comment.is_empty() {
                items.push(Item::comment(strip_comment_char(&s.comment), false));
            }
            for (name, value, comment) in s.keys {
                items.push(Item::new(name, Value::Str(value)));
                if !comment.is_empty() {
                    items.push(Item::comment(strip_comment_char(&comment), false));
                }
            }
            Item::new(s.name, Value::Map(items))
        })
        .collect())
}

/// The number an auto-increment key (`-`) gets: its position among them in the section.
fn auto_increment(sections: &[Section]) -> usize {
    sections.last().map_or(0, |s| s.keys.iter().filter(|(k, _, _)| k.starts_with('#')).count()) + 1
}

fn strip_comment_char(comment: &str) -> String {
    if comment.starts_with(';') {
        comment.trim_start_matches([';', ' ']).to_string()
    } else if comment.starts_with('#') {
        comment.trim_start_matches(['#', ' ']).to_string()
    } else {
        comment.to_string()
    }
}

/// ini.v1's `readKeyName`: a name in `"`, `"""` or backquotes, or up to the first `=` or `:`.
fn read_key_name(line: &str) -> Result<(String, usize), String> {
    let quote = if line.starts_with("\"\"\"") && line.len() > 6 {
        "\"\"\""
    } else if line.starts_with('"') {
        "\""
    } else if line.starts_with('`') {
        "`"
    } else {
        ""
    };
    if !quote.is_empty() {
        let start = quote.len();
        let pos = line[start..].find(quote).ok_or("missing closing key quote")? + start;
        let after = pos + start;
        let i = line.get(after..).and_then(|rest| rest.find(DELIMITERS)).ok_or("key-value delimiter not found")?;
        return Ok((line[start..pos].trim().to_string(), after + i + 1));
    }
    match line.find(DELIMITERS) {
        None => Err("key-value delimiter not found".into()),
        Some(0) => Err("empty key name".into()),
        Some(end) => Ok((line[..end].trim().to_string(), end + 1)),
    }
}

/// ini.v1's `readValue` with its default options: quoted and multi-line values, backslash
/// continuations, and an inline comment from the first `#` or `;`.
fn read_value<'a>(
    raw: &str,
    lines: &mut impl Iterator<Item = (usize, &'a str)>,
    comment: &mut String,
) -> Result<String, String> {
    let line = raw.trim_start();
    if line.is_empty() {
        return Ok(String::new());
    }
    let quote = if line.len() > 3 && line.starts_with("\"\"\"") {
        "\"\"\""
    } else if line.starts_with('`') {
        "`"
    } else {
        ""
    };
    if !quote.is_empty() {
        let start = quote.len();
        if let Some(pos) = line[start..].rfind(quote) {
            return Ok(line[start..start + pos].to_string());
        }
        let mut value = line[start..].to_string();
        for (_, next) in lines.by_ref() {
            if let Some(pos) = next.rfind(quote) {
                value.push_str(&next[..pos]);
                if let Some(i) = next[pos..].find(['#', ';']) {
                    comment.push_str(next[pos + i..].trim());
                }
                return Ok(value);
            }
            value.push_str(next);
        }
        return Err("missing closing key quote".into());
    }
    let mut line = line.trim().to_string();
    if line.ends_with('\\') {
        line.pop();
        for (_, next) in lines.by_ref() {
            let next = next.trim();
            if next.is_empty() {
                break;
            }
            line.push_str(next);
            if !line.ends_with('\\') {
                break;
            }
            line.pop();
        }
        return Ok(line);
    }
    if let Some(i) = line.find(['#', ';']) {
        comment.push_str(&line[i..]);
        line = line[..i].trim().to_string();
    }
    let surrounded = |q: char| {
        line.len() >= 2 && line.starts_with(q) && line.ends_with(q) && line[1..].find(q) == Some(line.len() - 2)
    };
    if surrounded('\'') || surrounded('"') {
        line = line[1..line.len() - 1].to_string();
    }
    Ok(line)
}

/// Writes the branches as sops's INI store does through ini.v1.
pub(crate) fn emit(branches: &[Vec<Item>]) -> Result<Vec<u8>, String> {
    struct Out {
        name: String,
        comment: String,
        keys: Vec<(String, String, String)>,
    }
    let mut sections: Vec<Out> = Vec::new();
    for branch in branches {
        for item in branch {
            let name = match &item.key {
                Key::Comment(_) => continue,
                Key::Str(n) | Key::Other(n) => n.clone(),
            };
            if name.is_empty() {
                return Err("error encoding section : empty section name".into());
            }
            let Value::Map(items) = &item.value else {
                return Err("error encoding section: section values should always be mappings".into());
            };
            let mut section = Out { name, comment: String::new(), keys: Vec::new() };
            let mut first = 0;
            if let Some(Item { key: Key::Comment(c), .. }) = items.first() {
                section.comment = c.text.clone();
                first = 1;
            }
            let mut last: Option<usize> = None;
            for entry in &items[first..] {
                match &entry.key {
                    Key::Comment(c) => {
                        if let Some(i) = last {
                            section.keys[i].2 = c.text.clone();
                        }
                    }
                    Key::Str(k) | Key::Other(k) => {
                        if k.is_empty() {
                            return Err("error encoding key: empty key name".into());
                        }
                        let value = super::value_to_string(&entry.value);
                        match section.keys.iter().position(|(name, _, _)| name == k) {
                            Some(i) => {
                                section.keys[i].1 = value;
                                last = Some(i);
                            }
                            None => {
                                section.keys.push((k.clone(), value, String::new()));
                                last = Some(section.keys.len() - 1);
                            }
                        }
                    }
                }
            }
            sections.push(section);
        }
    }
    let mut out = String::new();
    let last_index = sections.len().saturating_sub(1);
    for (i, section) in sections.iter().enumerate() {
        if !section.comment.is_empty() {
            for line in section.comment.split('\n') {
                out.push_str(&comment_line(line, false)?);
                out.push('\n');
            }
        }
        if i > 0 || section.name.to_uppercase() != DEFAULT_SECTION {
            out.push_str(&format!("[{}]\n", section.name));
        } else if section.keys.is_empty() {
            continue;
        }
        let align = section.keys.iter().map(|(k, _, _)| quoted_key(k).len()).max().unwrap_or(0);
        for (name, value, comment) in &section.keys {
            if !comment.is_empty() {
                for line in comment.split('\n') {
                    out.push_str(&comment_line(line, true)?);
                    out.push('\n');
                }
            }
            let name = quoted_key(name);
            out.push_str(&name);
            out.push_str(&" ".repeat(align.saturating_sub(name.len())));
            out.push_str(" = ");
            out.push_str(&quoted_value(value));
            out.push('\n');
        }
        if i != last_index {
            out.push('\n');
        }
    }
    Ok(out.into_bytes())
}

/// A comment line as ini.v1 writes it: `; ` added unless it starts with `#` or `;`, whose
/// text is then trimmed (a key's comment is trimmed either way).
fn comment_line(line: &str, trim: bool) -> Result<String, String> {
    match line.chars().next() {
        // ini.v1 indexes the first byte of every comment line; an empty one makes it panic.
        None => Err("cannot write an empty comment line".into()),
        Some(c @ ('#' | ';')) => Ok(format!("{c} {}", line[1..].trim())),
        Some(_) if trim => Ok(format!("; {}", line.trim())),
        Some(_) => Ok(format!("; {line}")),
    }
}

fn quoted_key(name: &str) -> String {
    if name.contains('"') || name.contains(DELIMITERS) {
        format!("`{name}`")
    } else if name.contains('`') {
        format!("\"\"\"{name}\"\"\"")
    } else {
        name.to_string()
    }
}

fn quoted_value(value: &str) -> String {
    if value.contains(['\n', '`']) {
        format!("\"\"\"{value}\"\"\"")
    } else if value.contains(['#', ';']) {
        format!("`{value}`")
    } else if value.trim().len() != value.len() {
        format!("\"{value}\"")
    } else {
        value.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sections_keys_and_comments_round_trip() {
        let text =
            "; top\nname = app\n\n# db settings\n[database]\nhost = db.local ; inline\nport: 5432\nlong_key_name = x\n";
        let items = load(text).unwrap();
        let names: Vec<_> = items.iter().map(|i| i.key_str().unwrap()).collect();
        assert_eq!(names, ["DEFAULT", "database"]);
        let out = String::from_utf8(emit(&[items]).unwrap()).unwrap();
        assert_eq!(
            out,
            "; top\nname = app\n\n; db settings\n[database]\n; inline\nhost          = db.local\nport          = 5432\nlong_key_name = x\n"
        );
    }

    #[test]
    fn values_are_quoted_when_they_must_be() {
        assert_eq!(quoted_value("a#b"), "`a#b`");
        assert_eq!(quoted_value(" x"), "\" x\"");
        assert_eq!(quoted_value("a\nb"), "\"\"\"a\nb\"\"\"");
        assert_eq!(quoted_key("a=b"), "`a=b`");
        let items = load("[s]\na = \"\"\"multi\nline\"\"\"\nb = `x;y`\n").unwrap();
        let Value::Map(section) = &items[1].value else { panic!("a section") };
        assert_eq!(section[0].value, Value::Str("multi\nline".into()));
        assert_eq!(section[1].value, Value::Str("x;y".into()));
    }
}

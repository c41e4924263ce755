//! Tables exactly as upstream prints them: olekukonko/tablewriter v0.0.5 configured by flux's
//! `pkg/printers/table_printer.go` (no borders, headers upper-cased, left aligned, no wrapping,
//! `SetNoWhiteSpace(true)`, `SetTablePadding("\t")`).
//!
//! That configuration produces this byte layout, which scripts and golden files depend on:
//! - every cell is padded with spaces to its column's widest line (header included);
//! - a header line joins its cells with `\t`, and its last cell is followed by one space;
//! - a data line follows every cell, the last one included, with `\t`;
//! - a cell with newlines spans several lines; shorter cells in that row are filled with two spaces.
//!
//! ```text
//! NAME          \tREVISION          \tSUSPENDED\tREADY\tMESSAGE                              ␠
//! podinfo       \tmain@sha1:696f056d\tFalse    \tTrue \tFetched revision: main@sha1:696f056d\t
//! ```

/// Renders `rows` under `header` (`None` for `--no-header`: widths then come from the rows alone).
pub fn render<S: AsRef<str>>(header: Option<&[S]>, rows: &[Vec<String>]) -> String {
    let header: Option<Vec<Vec<&str>>> = header.map(|h| h.iter().map(|c| c.as_ref().split('\n').collect()).collect());
    let rows: Vec<Vec<Vec<&str>>> = rows.iter().map(|r| r.iter().map(|c| c.split('\n').collect()).collect()).collect();

    let mut widths: Vec<usize> = Vec::new();
    let mut widen = |column: usize, lines: &[&str]| {
        let w = lines.iter().map(|l| display_width(l)).max().unwrap_or(0);
        if widths.len() <= column {
            widths.resize(column + 1, 0);
        }
        widths[column] = widths[column].max(w);
    };
    if let Some(h) = &header {
        for (i, cell) in h.iter().enumerate() {
            widen(i, cell);
        }
    }
    for row in &rows {
        for (i, cell) in row.iter().enumerate() {
            widen(i, cell);
        }
    }

    let mut out = String::new();
    if let Some(h) = header.filter(|h| !h.is_empty()) {
        let height = h.iter().map(Vec::len).max().unwrap_or(1);
        let last = widths.len().saturating_sub(1);
        for line in 0..height {
            for (column, width) in widths.iter().enumerate() {
                let text = h.get(column).and_then(|c| c.get(line)).copied().unwrap_or("");
                pad_right(&mut out, &title(text), *width);
                out.push(if column == last { ' ' } else { '\t' });
            }
            out.push('\n');
        }
    }
    for row in &rows {
        let height = row.iter().map(Vec::len).max().unwrap_or(0);
        for line in 0..height {
            for (column, cell) in row.iter().enumerate() {
                // tablewriter fills the missing lines of shorter cells with two spaces.
                let text = cell.get(line).copied().unwrap_or("  ");
                pad_right(&mut out, text, widths[column]);
                out.push('\t');
            }
            out.push('\n');
        }
    }
    out
}

fn pad_right(out: &mut String, text: &str, width: usize) {
    out.push_str(text);
    for _ in display_width(text)..width {
        out.push(' ');
    }
}

/// tablewriter's header auto-format: `_` and word-joining `.` become spaces, trimmed, upper-cased.
fn title(name: &str) -> String {
    let chars: Vec<char> = name.chars().collect();
    let num_or_space = |c: char| c.is_ascii_digit() || c == ' ';
    let replaced: String = chars
        .iter()
        .enumerate()
        .map(|(i, &c)| match c {
            '_' => ' ',
            // A dot between digits is kept, so "0.0" stays a number.
            '.' if (i != 0 && !num_or_space(chars[i - 1])) || (i + 1 != chars.len() && !num_or_space(chars[i + 1])) => {
                ' '
            }
            c => c,
        })
        .collect();
    let trimmed = replaced.trim();
    if trimmed.is_empty() && !name.is_empty() {
        return " ".to_string();
    }
    trimmed.to_uppercase()
}

/// Columns a string takes on a terminal, as go-runewidth counts them (ANSI colour codes count zero).
///
/// East Asian wide characters and emoji take two columns, combining marks and variation selectors none;
/// this covers the ranges that occur in Kubernetes names and messages, not every Unicode table entry.
pub fn display_width(text: &str) -> usize {
    let mut width = 0;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\x1b' && chars.peek() == Some(&'[') {
            // Skip an SGR/erase sequence: ESC [ digits;… m|K
            chars.next();
            while let Some(&n) = chars.peek() {
                chars.next();
                if n == 'm' || n == 'K' {
                    break;
                }
            }
            continue;
        }
        width += char_width(c);
    }
    width
}

fn char_width(c: char) -> usize {
    let u = c as u32;
    let zero = matches!(u, 0x0300..=0x036F | 0x200B..=0x200F | 0xFE00..=0xFE0F | 0x20D0..=0x20FF) || c.is_control();
    if zero {
        return 0;
    }
    let wide = matches!(
        u,
        0x1100..=0x115F
            | 0x2E80..=0x303E
            | 0x3041..=0x33FF
            | 0x3400..=0x4DBF
            | 0x4E00..=0x9FFF
            | 0xA000..=0xA4CF
            | 0xAC00..=0xD7A3
            | 0xF900..=0xFAFF
            | 0xFE30..=0xFE4F
            | 0xFF00..=0xFF60
            | 0xFFE0..=0xFFE6
            | 0x1F300..=0x1F64F
            | 0x1F900..=0x1F9FF
            | 0x20000..=0x3FFFD
    );
    if wide {
        2
    } else {
        1
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(data: &[&[&str]]) -> Vec<Vec<String>> {
        data.iter().map(|r| r.iter().map(|c| c.to_string()).collect()).collect()
    }

    /// `cmd/flux/testdata/get/get.golden` (`flux get sources git`).
    #[test]
    fn get_sources_git_golden() {
        let header = ["NAME", "REVISION", "SUSPENDED", "READY", "MESSAGE"];
        fn row(name: &str) -> [&str; 5] {
            [name, "main@sha1:696f056d", "False", "True", "Fetched revision: main@sha1:696f056d"]
        }
        let data = rows(&[&row("podinfo"), &row("podinfo-shard1"), &row("podinfo-shard2")]);
        let want = concat!(
            "NAME          \tREVISION          \tSUSPENDED\tREADY\tMESSAGE                              \n",
            "podinfo       \tmain@sha1:696f056d\tFalse    \tTrue \tFetched revision: main@sha1:696f056d\t\n",
            "podinfo-shard1\tmain@sha1:696f056d\tFalse    \tTrue \tFetched revision: main@sha1:696f056d\t\n",
            "podinfo-shard2\tmain@sha1:696f056d\tFalse    \tTrue \tFetched revision: main@sha1:696f056d\t\n",
        );
        assert_eq!(render(Some(&header), &data), want);
    }

    /// `cmd/flux/testdata/kustomization/get_kustomization_from_git.golden`.
    #[test]
    fn get_kustomization_golden() {
        let header = ["NAME", "REVISION", "SUSPENDED", "READY", "MESSAGE"];
        let data = rows(&[&["tkfg", "6.3.5@sha1:67e2c98a", "False", "True", "Applied revision: 6.3.5@sha1:67e2c98a"]]);
        let want = concat!(
            "NAME\tREVISION           \tSUSPENDED\tREADY\tMESSAGE                               \n",
            "tkfg\t6.3.5@sha1:67e2c98a\tFalse    \tTrue \tApplied revision: 6.3.5@sha1:67e2c98a\t\n",
        );
        assert_eq!(render(Some(&header), &data), want);
    }

    /// `cmd/flux/testdata/helmrelease/get_helmrelease_from_git.golden`.
    #[test]
    fn get_helmrelease_golden() {
        let header = ["NAME", "REVISION", "SUSPENDED", "READY", "MESSAGE"];
        let message = "Helm install succeeded for release thrfg-1/thrfg.v1 with chart podinfo@6.3.5";
        let data = rows(&[&["thrfg", "6.3.5", "False", "True", message]]);
        let want = concat!(
            "NAME \tREVISION\tSUSPENDED\tREADY\tMESSAGE                                                                      \n",
            "thrfg\t6.3.5   \tFalse    \tTrue \tHelm install succeeded for release thrfg-1/thrfg.v1 with chart podinfo@6.3.5\t\n",
        );
        assert_eq!(render(Some(&header), &data), want);
    }

    #[test]
    fn no_header_takes_widths_from_rows() {
        let data = rows(&[&["a", "long value"], &["longer", "b"]]);
        let none: Option<&[&str]> = None;
        assert_eq!(render(none, &data), "a     \tlong value\t\nlonger\tb         \t\n");
    }

    #[test]
    fn empty_table_prints_the_header_only() {
        assert_eq!(render(Some(&["NAME", "READY"]), &[]), "NAME\tREADY \n");
    }

    #[test]
    fn headers_are_auto_formatted() {
        assert_eq!(title("last_seen"), "LAST SEEN");
        assert_eq!(title("Last Scan"), "LAST SCAN");
        assert_eq!(title("a.b"), "A B");
        assert_eq!(title("v1.0"), "V1.0");
        assert_eq!(title("1.0"), "1.0");
        assert_eq!(title("_"), " ");
    }

    #[test]
    fn multi_line_cells_fill_with_two_spaces() {
        let data = rows(&[&["a", "x\ny"]]);
        let none: Option<&[&str]> = None;
        assert_eq!(render(none, &data), "a\tx\t\n  \ty\t\n");
    }

    #[test]
    fn wide_characters_and_colour_codes() {
        assert_eq!(display_width("日本"), 4);
        assert_eq!(display_width("\x1b[32mok\x1b[0m"), 2);
        assert_eq!(display_width("é"), 1);
    }
}

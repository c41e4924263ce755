//! The scalar decoders with their own rules: quantities (`resource.ParseQuantity`) and base64 (`[]byte`).

/// apimachinery's quantity errors, worded as `resource.ParseQuantity` returns them.
pub(crate) const QUANTITY_FORMAT: &str =
    "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'";
pub(crate) const QUANTITY_SUFFIX: &str = "unable to parse quantity's suffix";

/// Whether `s` parses as a quantity, and if not the error `ParseQuantity` gives. Follows its scanner:
/// sign, digits, an optional fraction, suffix letters, an optional signed exponent.
pub(crate) fn parse_quantity(s: &str) -> Result<(), &'static str> {
    if s.is_empty() {
        return Err(QUANTITY_FORMAT);
    }
    let b = s.as_bytes();
    let mut pos = 0;
    if matches!(b[0], b'-' | b'+') {
        pos = 1;
    }
    while pos < b.len() && b[pos].is_ascii_digit() {
        pos += 1;
    }
    if pos < b.len() && b[pos] == b'.' {
        pos += 1;
        while pos < b.len() && b[pos].is_ascii_digit() {
            pos += 1;
        }
    }
    let suffix_start = pos;
    while pos < b.len() && b"eEinumkKMGTP".contains(&b[pos]) {
        pos += 1;
    }
    if pos < b.len() && matches!(b[pos], b'-' | b'+') {
        pos += 1;
    }
    while pos < b.len() && b[pos].is_ascii_digit() {
        pos += 1;
    }
    if pos < b.len() {
        return Err(QUANTITY_FORMAT);
    }
    let suffix = &s[suffix_start..];
    let known = matches!(
        suffix,
        "" | "n" | "u" | "m" | "k" | "M" | "G" | "T" | "P" | "E" | "Ki" | "Mi" | "Gi" | "Ti" | "Pi" | "Ei"
    );
    // `e`/`E` and a decimal exponent, which Go's ParseInt reads with an optional sign.
    let exponent = suffix.len() > 1 && suffix.starts_with(['e', 'E']) && suffix[1..].parse::<i64>().is_ok();
    if known || exponent {
        Ok(())
    } else {
        Err(QUANTITY_SUFFIX)
    }
}

/// The error Go's `base64.StdEncoding.Decode` gives for `s` (`illegal base64 data at input byte 4`), or
/// `None` when it decodes. Newlines are skipped; padding is required; bits after the data are not checked.
pub(crate) fn base64_error(s: &str) -> Option<String> {
    let src = s.as_bytes();
    let corrupt = |at: usize| Some(format!("illegal base64 data at input byte {at}"));
    let valid = |c: u8| c.is_ascii_alphanumeric() || c == b'+' || c == b'/';
    let newline = |c: u8| c == b'\n' || c == b'\r';
    let mut si = 0;
    // One quantum (four symbols) per iteration, as Go's decodeQuantum.
    while si < src.len() {
        let mut j = 0;
        while j < 4 {
            if si == src.len() {
                if j == 0 {
                    return None;
                }
                // Padding is required, so a short final quantum is corrupt where it began.
                return corrupt(si - j);
            }
            let c = src[si];
            si += 1;
            if valid(c) {
                j += 1;
                continue;
            }
            if newline(c) {
                continue;
            }
            if c != b'=' {
                return corrupt(si - 1);
            }
            match j {
                0 | 1 => return corrupt(si - 1),
                2 => {
                    while si < src.len() && newline(src[si]) {
                        si += 1;
                    }
                    if si == src.len() {
                        return corrupt(src.len());
                    }
                    if src[si] != b'=' {
                        return corrupt(si - 1);
                    }
                    si += 1;
                }
                _ => {}
            }
            while si < src.len() && newline(src[si]) {
                si += 1;
            }
            if si < src.len() {
                // Trailing garbage after the padding.
                return corrupt(si);
            }
            return None;
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quantities_parse_like_apimachinery() {
        for ok in ["1", "0", "100m", "1.5Gi", "2e3", "1E-2", "+5k", "-1", ".5", "128Mi", "1Ei", "1.", "Ki"] {
            assert_eq!(parse_quantity(ok), Ok(()), "{ok}");
        }
        for (bad, why) in [
            ("", QUANTITY_FORMAT),
            ("abc", QUANTITY_FORMAT),
            ("1Gb", QUANTITY_FORMAT),
            ("1 Gi", QUANTITY_FORMAT),
            ("true", QUANTITY_FORMAT),
            ("1ki", QUANTITY_SUFFIX),
            ("1e", QUANTITY_SUFFIX),
            ("1Mk", QUANTITY_SUFFIX),
        ] {
            assert_eq!(parse_quantity(bad), Err(why), "{bad}");
        }
    }

    #[test]
    fn base64_errors_point_where_go_does() {
        assert_eq!(base64_error("aGVsbG8="), None);
        assert_eq!(base64_error("aGVs\nbG8="), None);
        assert_eq!(base64_error(""), None);
        assert_eq!(base64_error("not base64!").as_deref(), Some("illegal base64 data at input byte 3"));
        assert_eq!(base64_error("abc").as_deref(), Some("illegal base64 data at input byte 0"));
        assert_eq!(base64_error("abcde").as_deref(), Some("illegal base64 data at input byte 4"));
        assert_eq!(base64_error("ab=").as_deref(), Some("illegal base64 data at input byte 3"));
        assert_eq!(base64_error("a===").as_deref(), Some("illegal base64 data at input byte 1"));
        assert_eq!(base64_error("ab==cd").as_deref(), Some("illegal base64 data at input byte 4"));
    }
}

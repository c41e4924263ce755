//! Go's duration syntax (`time.ParseDuration`), which Flux's `--timeout` and `--poll-interval` take.

use std::fmt;
use std::time::Duration;

use yaml::go::quote as go_quote;

/// A duration as Go writes it: `5m0s`, `1h30m`, `1.5h`, `300ms`, `-1s`, `0`.
///
/// Kept signed because Go accepts negative values (a negative timeout has already expired).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GoDuration {
    nanos: i128,
}

impl GoDuration {
    /// The duration for timers; negative durations are zero (expired).
    pub fn as_std(self) -> Duration {
        if self.nanos <= 0 {
            return Duration::ZERO;
        }
        Duration::from_nanos(u64::try_from(self.nanos).unwrap_or(u64::MAX))
    }
}

/// Parses like Go's `time.ParseDuration`, with its error messages.
pub fn parse(text: &str) -> Result<GoDuration, String> {
    let invalid = || format!("time: invalid duration {}", go_quote(text));
    let mut s = text;
    let mut negative = false;
    if let Some(rest) = s.strip_prefix('-') {
        negative = true;
        s = rest;
    } else if let Some(rest) = s.strip_prefix('+') {
        s = rest;
    }
    if s == "0" {
        return Ok(GoDuration { nanos: 0 });
    }
    if s.is_empty() {
        return Err(invalid());
    }
    let mut total: f64 = 0.0;
    while !s.is_empty() {
        let digits_end = s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len());
        let (int_part, rest) = s.split_at(digits_end);
        let mut number = int_part.to_string();
        s = rest;
        let mut had_fraction = false;
        if let Some(rest) = s.strip_prefix('.') {
            let frac_end = rest.find(|c: char| !c.is_ascii_digit()).unwrap_or(rest.len());
            had_fraction = frac_end > 0;
            number.push('.');
            number.push_str(&rest[..frac_end]);
            s = &rest[frac_end..];
        }
        if int_part.is_empty() && !had_fraction {
            return Err(invalid());
        }
        let unit_end = s.find(|c: char| c == '.' || c.is_ascii_digit()).unwrap_or(s.len());
        let unit = &s[..unit_end];
        s = &s[unit_end..];
        if unit.is_empty() {
            return Err(format!("time: missing unit in duration {}", go_quote(text)));
        }
        let scale: f64 = match unit {
            "ns" => 1.0,
            "us" | "µs" | "μs" => 1e3,
            "ms" => 1e6,
            "s" => 1e9,
            "m" => 60e9,
            "h" => 3600e9,
            _ => return Err(format!("time: unknown unit {} in duration {}", go_quote(unit), go_quote(text))),
        };
        let value: f64 = number.trim_end_matches('.').parse().map_err(|_| invalid())?;
        total += value * scale;
    }
    if total > i64::MAX as f64 {
        return Err(invalid());
    }
    let nanos = total.round() as i128;
    Ok(GoDuration { nanos: if negative { -nanos } else { nanos } })
}

impl From<Duration> for GoDuration {
    fn from(d: Duration) -> GoDuration {
        GoDuration { nanos: d.as_nanos() as i128 }
    }
}

impl fmt::Display for GoDuration {
    /// Go's `Duration.String()`: `5m0s`, `1h30m0s`, `2s`, `300ms`, `0s`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sign = if self.nanos < 0 { "-" } else { "" };
        let n = self.nanos.unsigned_abs();
        if n == 0 {
            return f.write_str("0s");
        }
        if n < 1_000_000_000 {
            let (value, unit) = match n {
                n if n < 1_000 => return write!(f, "{sign}{n}ns"),
                n if n < 1_000_000 => (n as f64 / 1e3, "µs"),
                n => (n as f64 / 1e6, "ms"),
            };
            return write!(f, "{sign}{}{unit}", trim_float(value));
        }
        let hours = n / 3_600_000_000_000;
        let minutes = (n / 60_000_000_000) % 60;
        let seconds = (n % 60_000_000_000) as f64 / 1e9;
        let mut out = String::from(sign);
        if hours > 0 {
            out.push_str(&format!("{hours}h"));
        }
        if hours > 0 || minutes > 0 {
            out.push_str(&format!("{minutes}m"));
        }
        out.push_str(&format!("{}s", trim_float(seconds)));
        f.write_str(&out)
    }
}

fn trim_float(v: f64) -> String {
    let s = format!("{v:.9}");
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn secs(text: &str) -> f64 {
        parse(text).unwrap().nanos as f64 / 1e9
    }

    #[test]
    fn parses_go_durations() {
        assert_eq!(secs("5m0s"), 300.0);
        assert_eq!(secs("5m"), 300.0);
        assert_eq!(secs("1h30m"), 5400.0);
        assert_eq!(secs("1.5h"), 5400.0);
        assert_eq!(secs("300ms"), 0.3);
        assert_eq!(secs("0"), 0.0);
        assert_eq!(secs("-1s"), -1.0);
        assert_eq!(secs(".5s"), 0.5);
        assert_eq!(parse("-1s").unwrap().as_std(), Duration::ZERO);
    }

    #[test]
    fn errors_read_like_go() {
        assert_eq!(parse("").unwrap_err(), "time: invalid duration \"\"");
        assert_eq!(parse("5").unwrap_err(), "time: missing unit in duration \"5\"");
        assert_eq!(parse("1d").unwrap_err(), "time: unknown unit \"d\" in duration \"1d\"");
        assert_eq!(parse("abc").unwrap_err(), "time: invalid duration \"abc\"");
        assert_eq!(parse(".s").unwrap_err(), "time: invalid duration \".s\"");
    }

    #[test]
    fn formats_like_go() {
        let show = |t: &str| parse(t).unwrap().to_string();
        assert_eq!(show("5m"), "5m0s");
        assert_eq!(show("5s"), "5s");
        assert_eq!(show("1h30m"), "1h30m0s");
        assert_eq!(show("1.5s"), "1.5s");
        assert_eq!(show("300ms"), "300ms");
        assert_eq!(show("0"), "0s");
        assert_eq!(show("-2m"), "-2m0s");
    }
}

//! Time as the CLI shows it: the current instant (with a test hook), Kubernetes' human durations
//! (`LAST SEEN` in `flux-rs events`) and Go's `time.Time.String()` in the local zone (`trace`).
//!
//! `FLUX_RS_NOW` is a documented test hook: when it holds an RFC 3339 time, [`now`] returns that instead
//! of the system clock, so that ages in golden files never change.
//!
//! ```text
//! FLUX_RS_NOW=2024-01-01T00:10:00Z flux-rs events   # an event of 23:55:00 reads "15m"
//! ```

use chrono::{DateTime, TimeDelta, Utc};

/// The variable [`now`] reads.
pub const NOW_VAR: &str = "FLUX_RS_NOW";

/// The current time: `FLUX_RS_NOW` when it is set to an RFC 3339 time, else the system clock. A value
/// that does not parse is ignored (the hook is for tests; a typo must not break a user's command).
pub fn now() -> DateTime<Utc> {
    std::env::var(NOW_VAR)
        .ok()
        .and_then(|v| DateTime::parse_from_rfc3339(v.trim()).ok())
        .map(|t| t.with_timezone(&Utc))
        .unwrap_or_else(Utc::now)
}

/// How long ago `t` was, as Kubernetes prints ages ([`human_duration`] of `now() - t`).
pub fn since(t: DateTime<Utc>) -> String {
    human_duration(now() - t)
}

/// Kubernetes' `duration.HumanDuration`: about two significant figures, `"<invalid>"` for more than a
/// second in the future (clock skew up to that reads `0s`).
///
/// ```text
/// 90s → 90s   150s → 2m30s   10m → 10m   3h5m → 3h5m   9h → 9h   50h → 2d2h   400d → 400d   3y2d
/// ```
pub fn human_duration(d: TimeDelta) -> String {
    // `num_seconds` truncates toward zero, as Go's int(d.Seconds()) does.
    let seconds = d.num_seconds();
    if seconds < -1 {
        return "<invalid>".to_string();
    }
    if seconds < 0 {
        return "0s".to_string();
    }
    if seconds < 120 {
        return format!("{seconds}s");
    }
    let minutes = seconds / 60;
    if minutes < 10 {
        return match seconds % 60 {
            0 => format!("{minutes}m"),
            s => format!("{minutes}m{s}s"),
        };
    }
    if minutes < 180 {
        return format!("{minutes}m");
    }
    let hours = minutes / 60;
    if hours < 8 {
        return match minutes % 60 {
            0 => format!("{hours}h"),
            m => format!("{hours}h{m}m"),
        };
    }
    if hours < 48 {
        return format!("{hours}h");
    }
    let days = hours / 24;
    if hours < 24 * 8 {
        return match hours % 24 {
            0 => format!("{days}d"),
            h => format!("{days}d{h}h"),
        };
    }
    if hours < 24 * 365 * 2 {
        return format!("{days}d");
    }
    let years = days / 365;
    if hours < 24 * 365 * 8 {
        return match days % 365 {
            0 => format!("{years}y"),
            d => format!("{years}y{d}d"),
        };
    }
    format!("{years}y")
}

/// `t` as Go's `time.Time.String()` prints it after `t.Local()`: `2021-07-16 15:42:20 +0000 UTC`,
/// fractional seconds only when there are some, the zone's abbreviation last.
///
/// Go reads the zone from `TZ` (a zone name or a path, empty for UTC) or `/etc/localtime`; the offset here
/// comes from chrono, which reads the same, and the abbreviation from the zone's TZif file.
pub fn go_local_string(t: DateTime<Utc>) -> String {
    let local = t.with_timezone(&chrono::Local);
    let offset = local.offset().local_minus_utc();
    let nanos = t.timestamp_subsec_nanos();
    let fraction = if nanos == 0 { String::new() } else { format!(".{nanos:09}").trim_end_matches('0').to_string() };
    let zone = zone::abbreviation(t.timestamp(), offset).unwrap_or_else(|| numeric_zone(offset));
    format!("{}{fraction} {} {zone}", local.format("%Y-%m-%d %H:%M:%S"), local.format("%z"))
}

/// Go's stand-in when a zone has no name: `-0700`.
fn numeric_zone(offset: i32) -> String {
    let sign = if offset < 0 { '-' } else { '+' };
    let minutes = offset.abs() / 60;
    format!("{sign}{:02}{:02}", minutes / 60, minutes % 60)
}

/// The local zone's abbreviation at an instant, from the TZif file Go would load.
mod zone {
    /// Where Go looks for zone files by name.
    const SOURCES: &[&str] =
        &["/usr/share/zoneinfo/", "/usr/share/lib/zoneinfo/", "/usr/lib/locale/TZ/", "/etc/zoneinfo/"];

    /// The abbreviation in effect at `unix` seconds, given the UTC offset chrono computed for it; `None`
    /// when the zone has no name for it.
    pub fn abbreviation(unix: i64, offset: i32) -> Option<String> {
        match local_tzif() {
            Some(data) => parse(&data).and_then(|z| z.abbreviation(unix, offset)),
            // Go falls back to UTC when it cannot load the zone.
            None => (offset == 0).then(|| "UTC".to_string()),
        }
    }

    /// The bytes of the local zone's file, following Go's `initLocal`.
    fn local_tzif() -> Option<Vec<u8>> {
        match std::env::var("TZ") {
            Err(_) => std::fs::read("/etc/localtime").ok(),
            Ok(tz) => {
                let tz = tz.strip_prefix(':').unwrap_or(&tz);
                if tz.is_empty() || tz == "UTC" {
                    None
                } else if tz.starts_with('/') {
                    std::fs::read(tz).ok()
                } else {
                    SOURCES.iter().find_map(|dir| std::fs::read(format!("{dir}{tz}")).ok())
                }
            }
        }
    }

    /// What a TZif file says about names: transitions, their types, and the footer rule's names.
    #[derive(Debug, Default)]
    pub struct Zone {
        transitions: Vec<(i64, usize)>,
        /// `(utc offset, is dst, abbreviation)`.
        types: Vec<(i32, bool, String)>,
        /// The footer's standard and daylight-saving names with the standard offset, for instants after
        /// the last transition.
        rule: Option<(String, i32, Option<String>)>,
    }

    impl Zone {
        fn abbreviation(&self, unix: i64, offset: i32) -> Option<String> {
            let last = self.transitions.last().map(|(at, _)| *at);
            if let Some((std, std_offset, dst)) = &self.rule {
                if last.is_none_or(|at| unix >= at) {
                    return match dst {
                        Some(dst) if offset != *std_offset => Some(dst.clone()),
                        _ => Some(std.clone()),
                    };
                }
            }
            let index = match self.transitions.iter().rposition(|(at, _)| *at <= unix) {
                Some(i) => self.transitions[i].1,
                // Before the first transition Go uses the first standard-time type.
                None => self.types.iter().position(|t| !t.1).unwrap_or(0),
            };
            self.types.get(index).map(|t| t.2.clone()).filter(|name| !name.is_empty())
        }
    }

    struct Reader<'a> {
        data: &'a [u8],
        at: usize,
    }

    impl<'a> Reader<'a> {
        fn take(&mut self, n: usize) -> Option<&'a [u8]> {
            let slice = self.data.get(self.at..self.at.checked_add(n)?)?;
            self.at += n;
            Some(slice)
        }

        fn u32(&mut self) -> Option<u32> {
            self.take(4).map(|b| u32::from_be_bytes([b[0], b[1], b[2], b[3]]))
        }

        fn i64(&mut self) -> Option<i64> {
            let b = self.take(8)?;
            let mut a = [0u8; 8];
            a.copy_from_slice(b);
            Some(i64::from_be_bytes(a))
        }
    }

    /// Counts from a TZif header: isut, isstd, leap, time, type, char.
    fn header(r: &mut Reader) -> Option<(u8, [usize; 6])> {
        if r.take(4)? != b"TZif" {
            return None;
        }
        let version = r.take(1)?[0];
        r.take(15)?;
        let mut counts = [0usize; 6];
        for c in &mut counts {
            *c = r.u32()? as usize;
        }
        Some((version, counts))
    }

    /// Parses a TZif file (RFC 8536), preferring the 64-bit data of version 2 and later.
    pub fn parse(data: &[u8]) -> Option<Zone> {
        let mut r = Reader { data, at: 0 };
        let (version, counts) = header(&mut r)?;
        let mut time_size = 4;
        let mut counts = counts;
        if version >= b'2' {
            let [isut, isstd, leap, time, types, chars] = counts;
            r.take(time * 5 + types * 6 + chars + leap * 8 + isstd + isut)?;
            counts = header(&mut r)?.1;
            time_size = 8;
        }
        let [isut, isstd, leap, time, type_count, chars] = counts;
        let mut times = Vec::with_capacity(time);
        for _ in 0..time {
            times.push(if time_size == 8 { r.i64()? } else { i64::from(r.u32()? as i32) });
        }
        let indices = r.take(time)?.to_vec();
        let mut raw_types = Vec::with_capacity(type_count);
        for _ in 0..type_count {
            let b = r.take(6)?;
            raw_types.push((i32::from_be_bytes([b[0], b[1], b[2], b[3]]), b[4] != 0, usize::from(b[5])));
        }
        let names = r.take(chars)?;
        r.take(leap * (time_size + 4) + isstd + isut)?;
        let name_at = |i: usize| {
            let rest = names.get(i..).unwrap_or_default();
            let end = rest.iter().position(|&c| c == 0).unwrap_or(rest.len());
            String::from_utf8_lossy(&rest[..end]).into_owned()
        };
        let types = raw_types.iter().map(|&(off, dst, i)| (off, dst, name_at(i))).collect();
        let transitions = times.into_iter().zip(indices.into_iter().map(usize::from)).collect();
        let rule = if time_size == 8 {
            let footer = String::from_utf8_lossy(data.get(r.at..).unwrap_or_default()).into_owned();
            posix_rule(footer.trim_matches('\n'))
        } else {
            None
        };
        Some(Zone { transitions, types, rule })
    }

    /// The names and standard offset of a POSIX TZ rule such as `CET-1CEST,M3.5.0,M10.5.0/3`.
    fn posix_rule(rule: &str) -> Option<(String, i32, Option<String>)> {
        let (std, rest) = posix_name(rule)?;
        let digits_end =
            rest.find(|c: char| !(c.is_ascii_digit() || matches!(c, '+' | '-' | ':'))).unwrap_or(rest.len());
        let (offset_text, rest) = rest.split_at(digits_end);
        let (sign, hms) = match offset_text.strip_prefix('-') {
            Some(hms) => (-1, hms),
            None => (1, offset_text.strip_prefix('+').unwrap_or(offset_text)),
        };
        let mut seconds = 0;
        for (part, unit) in hms.split(':').zip([3600, 60, 1]) {
            seconds += part.parse::<i32>().ok()? * unit;
        }
        // POSIX offsets count westward: CET-1 is one hour east of UTC.
        let std_offset = -sign * seconds;
        let dst = posix_name(rest).map(|(name, _)| name);
        Some((std, std_offset, dst))
    }

    /// A zone name at the start of `text`: letters, or anything between `<` and `>`.
    fn posix_name(text: &str) -> Option<(String, &str)> {
        if let Some(quoted) = text.strip_prefix('<') {
            let end = quoted.find('>')?;
            return Some((quoted[..end].to_string(), &quoted[end + 1..]));
        }
        let end = text.find(|c: char| !c.is_ascii_alphabetic()).unwrap_or(text.len());
        (end >= 3).then(|| (text[..end].to_string(), &text[end..]))
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        #[test]
        fn posix_rules() {
            assert_eq!(posix_rule("CET-1CEST,M3.5.0,M10.5.0/3"), Some(("CET".into(), 3600, Some("CEST".into()))));
            assert_eq!(posix_rule("UTC0"), Some(("UTC".into(), 0, None)));
            assert_eq!(posix_rule("<+0330>-3:30"), Some(("+0330".into(), 12600, None)));
            assert_eq!(posix_rule("EST5EDT,M3.2.0,M11.1.0"), Some(("EST".into(), -18000, Some("EDT".into()))));
        }

        #[test]
        fn zone_files() {
            let Ok(data) = std::fs::read("/usr/share/zoneinfo/Europe/Berlin") else { return };
            let zone = parse(&data).expect("a TZif file");
            // 2021-07-16T15:42:20Z in summer, 2021-01-16 in winter, 1980 before summer time came back.
            assert_eq!(zone.abbreviation(1626450140, 7200).as_deref(), Some("CEST"));
            assert_eq!(zone.abbreviation(1610800000, 3600).as_deref(), Some("CET"));
            assert_eq!(zone.abbreviation(315532800, 3600).as_deref(), Some("CET"));
            let Ok(data) = std::fs::read("/usr/share/zoneinfo/Etc/UTC") else { return };
            assert_eq!(parse(&data).expect("a TZif file").abbreviation(0, 0).as_deref(), Some("UTC"));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn human_durations_like_kubernetes() {
        let cases = [
            (-3, "<invalid>"),
            (-1, "0s"),
            (0, "0s"),
            (119, "119s"),
            (120, "2m"),
            (150, "2m30s"),
            (599, "9m59s"),
            (600, "10m"),
            (179 * 60 + 59, "179m"),
            (3 * 3600, "3h"),
            (3 * 3600 + 5 * 60, "3h5m"),
            (8 * 3600, "8h"),
            (47 * 3600 + 59 * 60, "47h"),
            (48 * 3600, "2d"),
            (50 * 3600, "2d2h"),
            (8 * 86400, "8d"),
            (400 * 86400, "400d"),
            (730 * 86400, "2y"),
            (732 * 86400, "2y2d"),
            (8 * 365 * 86400, "8y"),
        ];
        for (seconds, want) in cases {
            assert_eq!(human_duration(TimeDelta::seconds(seconds)), want, "{seconds}s");
        }
        // Go truncates toward zero: 1.9 seconds in the future still reads "0s".
        assert_eq!(human_duration(TimeDelta::milliseconds(-1900)), "0s");
    }

    #[test]
    fn go_time_strings() {
        assert_eq!(numeric_zone(-7 * 3600), "-0700");
        assert_eq!(numeric_zone(12600), "+0330");
        std::env::set_var("TZ", "UTC");
        let t = DateTime::parse_from_rfc3339("2021-07-16T15:42:20Z").unwrap().with_timezone(&Utc);
        assert_eq!(go_local_string(t), "2021-07-16 15:42:20 +0000 UTC");
        let t = DateTime::parse_from_rfc3339("2021-07-16T15:42:20.120Z").unwrap().with_timezone(&Utc);
        assert_eq!(go_local_string(t), "2021-07-16 15:42:20.12 +0000 UTC");
    }
}

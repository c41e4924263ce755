//! Tar headers laid out as Go's `archive/tar` writer lays them out for the headers upstream writes (regular
//! files and directories, owner 0:0, no owner names, modification time zero).
//!
//! Go picks the first format that can hold a header: USTAR (a name up to 100 bytes, or up to 256 split at a
//! `/` into the 155-byte prefix field, ASCII only, size below 8 GiB), else PAX (an `x` extended header
//! carrying `path` and/or `size` records before the main header). The end of the archive is two zero
//! blocks, with no padding to a record size. Matching this keeps our tar streams readable by every tool
//! upstream's are readable by, and makes them the same bytes as Go would produce for the same tree (the
//! gzip layer around them differs: see `docs/artifact.md`).

pub(crate) const BLOCK: usize = 512;

const NAME: std::ops::Range<usize> = 0..100;
const MODE: std::ops::Range<usize> = 100..108;
const UID: std::ops::Range<usize> = 108..116;
const GID: std::ops::Range<usize> = 116..124;
const SIZE: std::ops::Range<usize> = 124..136;
const MTIME: std::ops::Range<usize> = 136..148;
const CHKSUM: std::ops::Range<usize> = 148..156;
const TYPEFLAG: usize = 156;
const MAGIC: std::ops::Range<usize> = 257..263;
const VERSION: std::ops::Range<usize> = 263..265;
const DEVMAJOR: std::ops::Range<usize> = 329..337;
const DEVMINOR: std::ops::Range<usize> = 337..345;
const PREFIX: std::ops::Range<usize> = 345..500;

pub(crate) const TYPE_REG: u8 = b'0';
pub(crate) const TYPE_DIR: u8 = b'5';
const TYPE_PAX: u8 = b'x';

/// The largest size the 12-byte octal size field holds (11 digits and a NUL).
const MAX_OCTAL_SIZE: u64 = 0o777_7777_7777;

/// The header block(s) for one entry: a single USTAR block, or a PAX extended header (block, records
/// padded to a block) followed by the main block.
pub(crate) fn encode(name: &[u8], typeflag: u8, mode: u32, size: u64) -> Vec<u8> {
    let ascii = is_ascii(name);
    let plain_name = name.len() <= NAME.len() && ascii;
    let split = if plain_name { None } else { split_ustar_path(name) };
    let mut records: Vec<(&str, Vec<u8>)> = Vec::new();
    if !plain_name && split.is_none() {
        records.push(("path", name.to_vec()));
    }
    if size > MAX_OCTAL_SIZE {
        records.push(("size", size.to_string().into_bytes()));
    }

    if records.is_empty() {
        let (prefix, suffix) = split.unwrap_or((&[], name));
        let mut block = main_block(suffix, typeflag, mode, size);
        put_string(&mut block[PREFIX], prefix);
        finish_block(&mut block);
        return block.to_vec();
    }

    // Records sorted by key, as Go writes them ("path" < "size": already in order).
    let mut data = Vec::new();
    for (key, value) in &records {
        data.extend_from_slice(&pax_record(key, value));
    }
    let mut out = Vec::with_capacity(3 * BLOCK + data.len());
    out.extend_from_slice(&pax_block(&pax_header_name(name), data.len() as u64));
    out.extend_from_slice(&data);
    out.resize(out.len().next_multiple_of(BLOCK), 0);
    let mut block = main_block(&to_ascii(name), typeflag, mode, if size > MAX_OCTAL_SIZE { 0 } else { size });
    finish_block(&mut block);
    out.extend_from_slice(&block);
    out
}

/// The main header: name, mode, owner 0:0, size, mtime 0, type, the USTAR fields with empty owner names
/// and zero device numbers.
fn main_block(name: &[u8], typeflag: u8, mode: u32, size: u64) -> [u8; BLOCK] {
    let mut b = [0u8; BLOCK];
    put_string(&mut b[NAME], name);
    put_octal(&mut b[MODE], u64::from(mode));
    put_octal(&mut b[UID], 0);
    put_octal(&mut b[GID], 0);
    put_octal(&mut b[SIZE], size);
    put_octal(&mut b[MTIME], 0);
    b[TYPEFLAG] = typeflag;
    put_octal(&mut b[DEVMAJOR], 0);
    put_octal(&mut b[DEVMINOR], 0);
    b
}

/// The header of a PAX extended-header "file": only the V7 fields are set (Go's `writeRawFile`).
fn pax_block(name: &[u8], size: u64) -> [u8; BLOCK] {
    let mut b = [0u8; BLOCK];
    let mut name = to_ascii(name);
    name.truncate(NAME.len());
    while name.last() == Some(&b'/') {
        name.pop();
    }
    put_string(&mut b[NAME], &name);
    put_octal(&mut b[MODE], 0);
    put_octal(&mut b[UID], 0);
    put_octal(&mut b[GID], 0);
    put_octal(&mut b[SIZE], size);
    put_octal(&mut b[MTIME], 0);
    b[TYPEFLAG] = TYPE_PAX;
    finish_block(&mut b);
    b
}

/// Sets the USTAR magic and version, then the checksum: the unsigned sum of the block with the checksum
/// field read as spaces, written as six octal digits, a NUL and a space.
fn finish_block(b: &mut [u8; BLOCK]) {
    b[MAGIC].copy_from_slice(b"ustar\0");
    b[VERSION].copy_from_slice(b"00");
    b[CHKSUM].fill(b' ');
    let sum: u64 = b.iter().map(|&x| u64::from(x)).sum();
    put_octal(&mut b[CHKSUM.start..CHKSUM.end - 1], sum);
    b[CHKSUM.end - 1] = b' ';
}

/// Zero-padded octal leaving room for a NUL terminator. Values are checked to fit by the callers.
fn put_octal(field: &mut [u8], value: u64) {
    let digits = format!("{value:o}");
    let width = field.len() - 1;
    let s = format!("{digits:0>width$}");
    put_string(field, s.as_bytes());
}

/// Copies a string into a field, NUL-terminated when there is room; a string that overflows a field
/// ending in `/` has that slash replaced (with any run before it) by a NUL, as Go does for readers that
/// would otherwise take a truncated regular file for a directory.
fn put_string(field: &mut [u8], s: &[u8]) {
    let n = s.len().min(field.len());
    field[..n].copy_from_slice(&s[..n]);
    if s.len() < field.len() {
        field[s.len()] = 0;
    }
    if s.len() > field.len() && field[field.len() - 1] == b'/' {
        let kept = s[..field.len() - 1].iter().rposition(|&c| c != b'/').map_or(0, |i| i + 1);
        field[kept] = 0;
    }
}

fn is_ascii(s: &[u8]) -> bool {
    s.iter().all(|&c| c != 0 && c < 0x80)
}

fn to_ascii(s: &[u8]) -> Vec<u8> {
    s.iter().copied().filter(|&c| c != 0 && c < 0x80).collect()
}

/// Splits a long ASCII name at a `/` so that the part before fits the prefix field (155 bytes) and the
/// part after fits the name field (100 bytes).
fn split_ustar_path(name: &[u8]) -> Option<(&[u8], &[u8])> {
    if name.len() <= NAME.len() || !is_ascii(name) {
        return None;
    }
    let mut length = name.len();
    if length > PREFIX.len() + 1 {
        length = PREFIX.len() + 1;
    } else if name[length - 1] == b'/' {
        length -= 1;
    }
    let i = name[..length].iter().rposition(|&c| c == b'/')?;
    let suffix_len = name.len() - i - 1;
    if i == 0 || suffix_len > NAME.len() || suffix_len == 0 || i > PREFIX.len() {
        return None;
    }
    Some((&name[..i], &name[i + 1..]))
}

/// `<dir>/PaxHeaders.0/<file>`, the name Go gives an entry's extended header.
fn pax_header_name(name: &[u8]) -> Vec<u8> {
    let (dir, file) = match name.iter().rposition(|&c| c == b'/') {
        Some(i) => (&name[..i], &name[i + 1..]),
        None => (&name[..0], name),
    };
    let mut out = Vec::with_capacity(name.len() + 13);
    if !dir.is_empty() {
        out.extend_from_slice(dir);
        out.push(b'/');
    }
    out.extend_from_slice(b"PaxHeaders.0");
    if !file.is_empty() {
        out.push(b'/');
        out.extend_from_slice(file);
    }
    out
}

/// `"<length> <key>=<value>\n"`, where the length counts the whole record including its own digits.
fn pax_record(key: &str, value: &[u8]) -> Vec<u8> {
    let record = |size: usize| {
        let mut rec = format!("{size} {key}=").into_bytes();
        rec.extend_from_slice(value);
        rec.push(b'\n');
        rec
    };
    let base = key.len() + value.len() + 3; // ' ', '=' and '\n'
    let guess = base + base.to_string().len();
    let rec = record(guess);
    // Adding the length's digits may have added a digit to the length itself.
    if rec.len() == guess {
        rec
    } else {
        record(rec.len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn field(b: &[u8], r: std::ops::Range<usize>) -> &[u8] {
        &b[r]
    }

    #[test]
    fn ustar_file_header_fields() {
        let b = encode(b"dir/file.yaml", TYPE_REG, 0o600, 42);
        assert_eq!(b.len(), BLOCK);
        assert_eq!(&b[..13], b"dir/file.yaml");
        assert_eq!(b[13], 0);
        assert_eq!(field(&b, MODE), b"0000600\0");
        assert_eq!(field(&b, UID), b"0000000\0");
        assert_eq!(field(&b, GID), b"0000000\0");
        assert_eq!(field(&b, SIZE), b"00000000052\0");
        assert_eq!(field(&b, MTIME), b"00000000000\0");
        assert_eq!(b[TYPEFLAG], b'0');
        assert_eq!(field(&b, MAGIC), b"ustar\0");
        assert_eq!(field(&b, VERSION), b"00");
        assert!(b[265..329].iter().all(|&c| c == 0), "empty uname and gname");
        assert_eq!(field(&b, DEVMAJOR), b"0000000\0");
        let sum: u64 = b.iter().enumerate().map(|(i, &c)| if CHKSUM.contains(&i) { 32 } else { u64::from(c) }).sum();
        assert_eq!(field(&b, CHKSUM), format!("{sum:06o}\0 ").as_bytes());
    }

    #[test]
    fn long_ascii_names_use_the_prefix_field() {
        let name = format!("{}/{}", "d".repeat(120), "f".repeat(90));
        let b = encode(name.as_bytes(), TYPE_REG, 0o600, 0);
        assert_eq!(b.len(), BLOCK);
        assert_eq!(&b[PREFIX][..120], "d".repeat(120).as_bytes());
        assert_eq!(&b[NAME][..90], "f".repeat(90).as_bytes());
    }

    #[test]
    fn unsplittable_and_non_ascii_names_use_pax() {
        let name = "f".repeat(150);
        let b = encode(name.as_bytes(), TYPE_REG, 0o600, 5);
        assert_eq!(b.len(), 3 * BLOCK);
        assert_eq!(b[TYPEFLAG], b'x');
        assert_eq!(&b[..12], b"PaxHeaders.0");
        let record = format!("160 path={name}\n");
        assert_eq!(record.len(), 160);
        assert_eq!(&b[BLOCK..BLOCK + record.len()], record.as_bytes());
        let main = &b[2 * BLOCK..];
        assert_eq!(&main[..100], "f".repeat(100).as_bytes());
        assert_eq!(main[TYPEFLAG], b'0');

        let b = encode("dir/résumé.yaml".as_bytes(), TYPE_REG, 0o600, 0);
        assert_eq!(b.len(), 3 * BLOCK);
        assert_eq!(&b[..25], b"dir/PaxHeaders.0/rsum.yam");
        assert_eq!(&b[2 * BLOCK..2 * BLOCK + 14], b"dir/rsum.yaml\0");
    }

    #[test]
    fn pax_record_lengths_count_themselves() {
        assert_eq!(pax_record("path", b"a"), b"9 path=a\n");
        assert_eq!(pax_record("k", b"x"), b"6 k=x\n");
        // 98 bytes without the length: "100 " would make 101, so the record says 101.
        let v = "x".repeat(91);
        let rec = pax_record("path", v.as_bytes());
        assert_eq!(rec.len(), 101);
        assert!(rec.starts_with(b"101 path="));
    }

    #[test]
    fn huge_sizes_get_a_size_record() {
        let b = encode(b"big", TYPE_REG, 0o600, MAX_OCTAL_SIZE + 1);
        assert_eq!(b.len(), 3 * BLOCK);
        let rec = format!("size={}\n", MAX_OCTAL_SIZE + 1);
        assert!(b[BLOCK..2 * BLOCK].windows(rec.len()).any(|w| w == rec.as_bytes()));
        assert_eq!(&b[2 * BLOCK..][SIZE], b"00000000000\0");
    }
}

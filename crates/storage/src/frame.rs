//! The byte formats: frames, log records and snapshot entries.
//!
//! Every frame is `len: u32 LE | crc: u32 LE | payload[len]`, where `crc` is
//! the CRC-32 of the four length bytes followed by the payload. Covering the
//! length too means a torn or flipped length field is caught by the checksum
//! instead of making the reader skip to a wrong position that happens to parse.

use crate::crc::Crc32;
use crate::Record;
use std::collections::BTreeMap;

/// Bytes before each frame's payload.
pub(crate) const FRAME_HEADER: usize = 8;

/// The largest payload one frame may carry. A length field above this is
/// garbage, not a record, which lets recovery reject a torn length without
/// trying to read a gigabyte.
pub(crate) const MAX_FRAME: usize = 1 << 30;

/// First bytes of every log segment, followed by its generation (u64 LE).
pub(crate) const LOG_MAGIC: &[u8; 8] = b"FLXWAL01";
/// Length of the segment header.
pub(crate) const LOG_HEADER: usize = 16;
/// First bytes of the snapshot file.
pub(crate) const SNAPSHOT_MAGIC: &[u8; 8] = b"FLXSNP01";

const KIND_DELETE: u8 = 0;
const KIND_PUT: u8 = 1;

/// Starts a frame in `out`; returns where it starts, for [`end_frame`].
pub(crate) fn begin_frame(out: &mut Vec<u8>) -> usize {
    let start = out.len();
    out.extend_from_slice(&[0u8; FRAME_HEADER]);
    start
}

/// Fills in the length and checksum of the frame begun at `start`.
/// On an oversized payload the frame is removed again and its size returned.
pub(crate) fn end_frame(out: &mut Vec<u8>, start: usize) -> Result<(), usize> {
    let len = out.len() - start - FRAME_HEADER;
    let len32 = match u32::try_from(len) {
        Ok(l) if len <= MAX_FRAME => l,
        _ => {
            out.truncate(start);
            return Err(len);
        }
    };
    let len_bytes = len32.to_le_bytes();
    let crc = Crc32::new().update(&len_bytes).update(&out[start + FRAME_HEADER..]).finish();
    out[start..start + 4].copy_from_slice(&len_bytes);
    out[start + 4..start + 8].copy_from_slice(&crc.to_le_bytes());
    Ok(())
}

/// Why a frame could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum FrameError {
    /// The file ends inside the frame header or payload.
    Truncated,
    /// The length field is larger than any frame we write.
    BadLength(u32),
    /// The checksum does not match.
    BadChecksum,
}

impl std::fmt::Display for FrameError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            FrameError::Truncated => write!(f, "frame cut short"),
            FrameError::BadLength(n) => write!(f, "frame length {n} exceeds {MAX_FRAME}"),
            FrameError::BadChecksum => write!(f, "frame checksum mismatch"),
        }
    }
}

/// Reads the frame at `offset`: `Ok(None)` at a clean end of data, otherwise
/// the payload and the offset of the next frame.
pub(crate) fn read_frame(data: &[u8], offset: usize) -> Result<Option<(&[u8], usize)>, FrameError> {
    let rest = data.get(offset..).unwrap_or_default();
    if rest.is_empty() {
        return Ok(None);
    }
    if rest.len() < FRAME_HEADER {
        return Err(FrameError::Truncated);
    }
    let len_bytes = [rest[0], rest[1], rest[2], rest[3]];
    let len32 = u32::from_le_bytes(len_bytes);
    let len = len32 as usize;
    if len > MAX_FRAME {
        return Err(FrameError::BadLength(len32));
    }
    let stored = u32::from_le_bytes([rest[4], rest[5], rest[6], rest[7]]);
    let payload = rest.get(FRAME_HEADER..FRAME_HEADER + len).ok_or(FrameError::Truncated)?;
    if Crc32::new().update(&len_bytes).update(payload).finish() != stored {
        return Err(FrameError::BadChecksum);
    }
    Ok(Some((payload, offset + FRAME_HEADER + len)))
}

/// A cursor over a checksummed payload. Errors here mean the checksum matched
/// but the content is impossible: a bug or deliberate tampering, never a torn
/// write, so callers report them as corruption wherever they occur.
struct Reader<'a> {
    buf: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    fn new(buf: &'a [u8]) -> Self {
        Reader { buf, pos: 0 }
    }

    fn bytes(&mut self, n: usize) -> Result<&'a [u8], String> {
        let end = self.pos.checked_add(n).filter(|&e| e <= self.buf.len());
        match end {
            Some(end) => {
                let s = &self.buf[self.pos..end];
                self.pos = end;
                Ok(s)
            }
            None => Err(format!(
                "field of {n} bytes at payload offset {} overruns the payload of {} bytes",
                self.pos,
                self.buf.len()
            )),
        }
    }

    fn u8(&mut self) -> Result<u8, String> {
        Ok(self.bytes(1)?[0])
    }

    fn u32(&mut self) -> Result<u32, String> {
        let b = self.bytes(4)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }

    fn u64(&mut self) -> Result<u64, String> {
        let b = self.bytes(8)?;
        let mut a = [0u8; 8];
        a.copy_from_slice(b);
        Ok(u64::from_le_bytes(a))
    }

    fn key(&mut self) -> Result<String, String> {
        let len = self.u32()? as usize;
        let raw = self.bytes(len)?;
        String::from_utf8(raw.to_vec()).map_err(|_| "key is not valid UTF-8".to_string())
    }

    fn value(&mut self) -> Result<Vec<u8>, String> {
        let len = self.u32()? as usize;
        Ok(self.bytes(len)?.to_vec())
    }

    fn finish(&self) -> Result<(), String> {
        if self.pos == self.buf.len() {
            Ok(())
        } else {
            Err(format!("{} unexpected bytes after the last field", self.buf.len() - self.pos))
        }
    }
}

fn put_bytes(out: &mut Vec<u8>, bytes: &[u8]) -> Result<(), usize> {
    let len = u32::try_from(bytes.len()).map_err(|_| bytes.len())?;
    out.extend_from_slice(&len.to_le_bytes());
    out.extend_from_slice(bytes);
    Ok(())
}

/// Appends one frame holding the whole batch, so that a batch is recovered
/// entirely or not at all.
///
/// Payload: `count: u32`, then per record `kind: u8 (0 delete, 1 put) |
/// revision: u64 | key_len: u32 | key | [value_len: u32 | value]`.
///
/// On error `out` is left as it was and the oversized length is returned.
pub(crate) fn encode_batch(out: &mut Vec<u8>, records: &[Record]) -> Result<(), usize> {
    let start = begin_frame(out);
    let encoded = (|| {
        let count = u32::try_from(records.len()).map_err(|_| records.len())?;
        out.extend_from_slice(&count.to_le_bytes());
        for r in records {
            out.push(if r.value.is_some() { KIND_PUT } else { KIND_DELETE });
            out.extend_from_slice(&r.revision.to_le_bytes());
            put_bytes(out, r.key.as_bytes())?;
            if let Some(v) = &r.value {
                put_bytes(out, v)?;
            }
        }
        Ok(())
    })();
    if let Err(size) = encoded {
        out.truncate(start);
        return Err(size);
    }
    end_frame(out, start)
}

/// Decodes the payload of a batch frame.
pub(crate) fn decode_batch(payload: &[u8]) -> Result<Vec<Record>, String> {
    let mut r = Reader::new(payload);
    let count = r.u32()? as usize;
    // Each record takes at least 13 bytes, which bounds the allocation by the
    // payload size whatever the count field says.
    let mut records = Vec::with_capacity(count.min(payload.len() / 13));
    for _ in 0..count {
        let kind = r.u8()?;
        if kind != KIND_PUT && kind != KIND_DELETE {
            return Err(format!("unknown record kind {kind}"));
        }
        let revision = r.u64()?;
        let key = r.key()?;
        let value = if kind == KIND_PUT { Some(r.value()?) } else { None };
        records.push(Record { key, revision, value });
    }
    r.finish()?;
    Ok(records)
}

/// The first 16 bytes of a log segment.
pub(crate) fn log_header(generation: u64) -> [u8; LOG_HEADER] {
    let mut h = [0u8; LOG_HEADER];
    h[..8].copy_from_slice(LOG_MAGIC);
    h[8..].copy_from_slice(&generation.to_le_bytes());
    h
}

/// The result of scanning one log segment.
#[derive(Debug, Default)]
pub(crate) struct LogScan {
    /// The batches of every intact frame, in order, with their offsets.
    pub(crate) batches: Vec<(usize, Vec<Record>)>,
    /// Bytes up to and including the last intact frame.
    pub(crate) valid_len: usize,
    /// Why scanning stopped before the end of the data, if it did.
    pub(crate) torn: Option<FrameError>,
}

/// Scans a segment's frames (the data after the header), stopping at the first
/// frame that is cut short or fails its checksum. `Err` is reserved for frames
/// whose checksum matches but whose content is impossible.
pub(crate) fn scan_log(data: &[u8], base: usize) -> Result<LogScan, (usize, String)> {
    let mut scan = LogScan { valid_len: base, ..LogScan::default() };
    let mut offset = base;
    loop {
        match read_frame(data, offset) {
            Ok(None) => return Ok(scan),
            Ok(Some((payload, next))) => {
                let batch = decode_batch(payload).map_err(|e| (offset, e))?;
                scan.batches.push((offset, batch));
                offset = next;
                scan.valid_len = next;
            }
            Err(e) => {
                scan.torn = Some(e);
                return Ok(scan);
            }
        }
    }
}

/// What a snapshot file holds.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub(crate) struct Snapshot {
    /// The first log segment to replay on top of this snapshot.
    pub(crate) generation: u64,
    /// The highest revision the state had when the snapshot was taken.
    pub(crate) last_revision: u64,
    /// key → (revision, value).
    pub(crate) entries: BTreeMap<String, (u64, Vec<u8>)>,
}

// Snapshot frames start with a tag byte. The entry count lives in a trailer
// rather than the header so entries can be streamed from the caller's
// iterator without knowing how many there are; a snapshot cut short at a frame
// boundary then lacks its trailer and is rejected instead of loading as a
// silently smaller state.
const SNAP_HEADER: u8 = 1;
const SNAP_ENTRY: u8 = 2;
const SNAP_TRAILER: u8 = 3;

/// Appends the snapshot's magic and header frame
/// (`tag 1 | generation: u64 | last_revision: u64`).
pub(crate) fn encode_snapshot_header(out: &mut Vec<u8>, generation: u64, last_revision: u64) {
    out.extend_from_slice(SNAPSHOT_MAGIC);
    let start = begin_frame(out);
    out.push(SNAP_HEADER);
    out.extend_from_slice(&generation.to_le_bytes());
    out.extend_from_slice(&last_revision.to_le_bytes());
    // 17 bytes always fit in a frame, so this cannot fail.
    let _ = end_frame(out, start);
}

/// Appends one entry frame
/// (`tag 2 | revision: u64 | key_len: u32 | key | value_len: u32 | value`).
/// On error `out` is left as it was and the oversized length is returned.
pub(crate) fn encode_snapshot_entry(out: &mut Vec<u8>, key: &str, revision: u64, value: &[u8]) -> Result<(), usize> {
    let start = begin_frame(out);
    out.push(SNAP_ENTRY);
    out.extend_from_slice(&revision.to_le_bytes());
    let fields = put_bytes(out, key.as_bytes()).and_then(|()| put_bytes(out, value));
    if let Err(size) = fields {
        out.truncate(start);
        return Err(size);
    }
    end_frame(out, start)
}

/// Appends the trailer frame (`tag 3 | count: u64`).
pub(crate) fn encode_snapshot_trailer(out: &mut Vec<u8>, count: u64) {
    let start = begin_frame(out);
    out.push(SNAP_TRAILER);
    out.extend_from_slice(&count.to_le_bytes());
    // 9 bytes always fit in a frame, so this cannot fail.
    let _ = end_frame(out, start);
}

/// Decodes a whole snapshot file. Any damage is an error, never a truncation:
/// the snapshot is written to a temporary file, fsynced and renamed into
/// place, so a crash cannot leave a torn one behind.
pub(crate) fn decode_snapshot(data: &[u8]) -> Result<Snapshot, (usize, String)> {
    if data.len() < SNAPSHOT_MAGIC.len() || &data[..SNAPSHOT_MAGIC.len()] != SNAPSHOT_MAGIC {
        return Err((0, "not a flux-rs snapshot (bad magic)".to_string()));
    }
    let mut offset = SNAPSHOT_MAGIC.len();
    let mut snapshot = Snapshot::default();
    let mut count = 0u64;
    loop {
        let (payload, next) = match read_frame(data, offset) {
            Ok(Some(f)) => f,
            Ok(None) => return Err((offset, format!("ends after {count} entries without a trailer"))),
            Err(e) => return Err((offset, e.to_string())),
        };
        let mut r = Reader::new(payload);
        let tag = r.u8().map_err(|e| (offset, e))?;
        if (offset == SNAPSHOT_MAGIC.len()) != (tag == SNAP_HEADER) {
            return Err((offset, format!("frame tag {tag} where the header must be")));
        }
        let step = (|| match tag {
            SNAP_HEADER => {
                snapshot.generation = r.u64()?;
                snapshot.last_revision = r.u64()?;
                r.finish()?;
                Ok(false)
            }
            SNAP_ENTRY => {
                let revision = r.u64()?;
                let key = r.key()?;
                let value = r.value()?;
                r.finish()?;
                if revision > snapshot.last_revision {
                    return Err(format!(
                        "entry {key:?} has revision {revision} above the snapshot's {}",
                        snapshot.last_revision
                    ));
                }
                if snapshot.entries.insert(key.clone(), (revision, value)).is_some() {
                    return Err(format!("key {key:?} appears twice"));
                }
                count += 1;
                Ok(false)
            }
            SNAP_TRAILER => {
                let stated = r.u64()?;
                r.finish()?;
                if stated != count {
                    return Err(format!("trailer says {stated} entries, found {count}"));
                }
                Ok(true)
            }
            other => Err(format!("unknown frame tag {other}")),
        })();
        let done = step.map_err(|e| (offset, e))?;
        offset = next;
        if done {
            break;
        }
    }
    if offset != data.len() {
        return Err((offset, format!("{} bytes after the trailer", data.len() - offset)));
    }
    Ok(snapshot)
}

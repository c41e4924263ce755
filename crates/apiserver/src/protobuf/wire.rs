//! The protobuf wire format: keys, varints and length-delimited bytes, with errors that name where they happened.

pub(super) const VARINT: u8 = 0;
pub(super) const I64: u8 = 1;
pub(super) const LEN: u8 = 2;
pub(super) const I32: u8 = 5;

/// A decoding failure and the field path that led to it, innermost first.
#[derive(Debug)]
pub(super) struct DecodeError {
    path: Vec<String>,
    msg: String,
}

impl DecodeError {
    pub(super) fn new(msg: String) -> DecodeError {
        DecodeError { path: Vec::new(), msg }
    }

    pub(super) fn within(mut self, name: &str) -> DecodeError {
        self.path.push(name.to_string());
        self
    }
}

impl std::fmt::Display for DecodeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let path: Vec<&str> = self.path.iter().rev().map(String::as_str).collect();
        if path.is_empty() {
            f.write_str(&self.msg)
        } else {
            write!(f, "{}: {}", path.join("."), self.msg)
        }
    }
}

pub(super) struct Reader<'a> {
    buf: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    pub(super) fn new(buf: &'a [u8]) -> Reader<'a> {
        Reader { buf, pos: 0 }
    }

    pub(super) fn at_end(&self) -> bool {
        self.pos >= self.buf.len()
    }

    /// The next field's number and wire type, or `None` at the end of the message.
    pub(super) fn key(&mut self) -> Result<Option<(u64, u8)>, DecodeError> {
        if self.at_end() {
            return Ok(None);
        }
        let at = self.pos;
        let key = self.varint()?;
        let (num, wire) = (key >> 3, (key & 7) as u8);
        if num == 0 {
            return Err(DecodeError::new(format!("field number 0 at byte {at}")));
        }
        Ok(Some((num, wire)))
    }

    pub(super) fn varint(&mut self) -> Result<u64, DecodeError> {
        let mut value = 0u64;
        for shift in (0..64).step_by(7) {
            let Some(&byte) = self.buf.get(self.pos) else {
                return Err(DecodeError::new(format!("truncated varint at byte {}", self.pos)));
            };
            self.pos += 1;
            value |= u64::from(byte & 0x7f) << shift;
            if byte & 0x80 == 0 {
                return Ok(value);
            }
        }
        Err(DecodeError::new(format!("varint longer than 10 bytes before byte {}", self.pos)))
    }

    fn take(&mut self, n: u64) -> Result<&'a [u8], DecodeError> {
        let end = usize::try_from(n).ok().and_then(|n| self.pos.checked_add(n)).filter(|&end| end <= self.buf.len());
        let Some(end) = end else {
            return Err(DecodeError::new(format!(
                "truncated: {n} bytes announced at byte {}, {} left",
                self.pos,
                self.buf.len() - self.pos
            )));
        };
        let out = &self.buf[self.pos..end];
        self.pos = end;
        Ok(out)
    }

    pub(super) fn bytes(&mut self) -> Result<&'a [u8], DecodeError> {
        let n = self.varint()?;
        self.take(n)
    }

    pub(super) fn string(&mut self) -> Result<String, DecodeError> {
        utf8(self.bytes()?)
    }

    pub(super) fn skip(&mut self, wire: u8) -> Result<(), DecodeError> {
        match wire {
            VARINT => self.varint().map(drop),
            I64 => self.take(8).map(drop),
            LEN => self.bytes().map(drop),
            I32 => self.take(4).map(drop),
            other => Err(DecodeError::new(format!("unsupported wire type {other} before byte {}", self.pos))),
        }
    }

    /// The payload of field `num`, which must be length-delimited.
    pub(super) fn len_field(&mut self, num: u64, wire: u8) -> Result<&'a [u8], DecodeError> {
        expect_wire(num, wire, LEN)?;
        self.bytes()
    }

    /// The value of field `num`, which must be a varint.
    pub(super) fn varint_field(&mut self, num: u64, wire: u8) -> Result<u64, DecodeError> {
        expect_wire(num, wire, VARINT)?;
        self.varint()
    }
}

fn expect_wire(num: u64, wire: u8, want: u8) -> Result<(), DecodeError> {
    if wire == want {
        Ok(())
    } else {
        Err(DecodeError::new(format!("field {num} has wire type {wire}, expected {want}")))
    }
}

pub(super) fn utf8(buf: &[u8]) -> Result<String, DecodeError> {
    String::from_utf8(buf.to_vec()).map_err(|e| DecodeError::new(format!("invalid UTF-8 in string: {e}")))
}

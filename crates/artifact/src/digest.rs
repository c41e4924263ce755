//! Artifact digests: `<algorithm>:<hex>` of a file's bytes, as `status.artifact.digest` carries them.
//!
//! source-controller hashes the stored file — for an archive, the *compressed* bytes — with the algorithm
//! of `--artifact-digest-algo` (`sha256` by default). Consumers recompute it over what they downloaded.

use std::fmt;
use std::io::{self, Read, Write};

use sha2::Digest as _;

/// A hash algorithm an artifact digest may use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Algorithm {
    /// `sha256`, upstream's canonical algorithm and the default of `--artifact-digest-algo`.
    #[default]
    Sha256,
    /// `sha384`.
    Sha384,
    /// `sha512`.
    Sha512,
}

impl Algorithm {
    /// Looks an algorithm up by the name used in digests and in `--artifact-digest-algo`.
    ///
    /// ```
    /// use artifact::digest::Algorithm;
    /// assert_eq!(Algorithm::from_name("sha512").unwrap(), Algorithm::Sha512);
    /// assert!(Algorithm::from_name("md5").is_err());
    /// ```
    pub fn from_name(name: &str) -> Result<Self, DigestError> {
        match name {
            "sha256" => Ok(Algorithm::Sha256),
            "sha384" => Ok(Algorithm::Sha384),
            "sha512" => Ok(Algorithm::Sha512),
            other => Err(DigestError::UnsupportedAlgorithm(other.to_string())),
        }
    }

    /// The name used in digests: `sha256`, `sha384`, `sha512`.
    pub fn name(self) -> &'static str {
        match self {
            Algorithm::Sha256 => "sha256",
            Algorithm::Sha384 => "sha384",
            Algorithm::Sha512 => "sha512",
        }
    }

    fn hex_len(self) -> usize {
        match self {
            Algorithm::Sha256 => 64,
            Algorithm::Sha384 => 96,
            Algorithm::Sha512 => 128,
        }
    }

    /// A fresh hasher for this algorithm.
    pub fn hasher(self) -> Hasher {
        let state = match self {
            Algorithm::Sha256 => State::Sha256(sha2::Sha256::new()),
            Algorithm::Sha384 => State::Sha384(sha2::Sha384::new()),
            Algorithm::Sha512 => State::Sha512(sha2::Sha512::new()),
        };
        Hasher { algorithm: self, state }
    }

    /// The digest of a byte slice.
    ///
    /// ```
    /// use artifact::digest::Algorithm;
    /// assert_eq!(
    ///     Algorithm::Sha256.digest(b"").to_string(),
    ///     "sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
    /// );
    /// ```
    pub fn digest(self, bytes: &[u8]) -> Digest {
        let mut h = self.hasher();
        h.update(bytes);
        h.finish()
    }

    /// The digest of everything a reader yields.
    pub fn digest_reader(self, mut reader: impl Read) -> io::Result<Digest> {
        let mut h = self.hasher();
        io::copy(&mut reader, &mut h)?;
        Ok(h.finish())
    }
}

impl fmt::Display for Algorithm {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A parsed `<algorithm>:<lower-case hex>` digest.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Digest {
    pub algorithm: Algorithm,
    /// Lower-case hexadecimal.
    pub hex: String,
}

impl Digest {
    /// Parses a digest as `artifact.digest` carries it. A bare hex string is read as `sha256`, as upstream's
    /// archive fetcher does for digests written before the algorithm prefix existed.
    ///
    /// ```
    /// use artifact::digest::{Algorithm, Digest};
    /// let hex = "a".repeat(64);
    /// assert_eq!(Digest::parse(&format!("sha256:{hex}")).unwrap().algorithm, Algorithm::Sha256);
    /// assert_eq!(Digest::parse(&hex).unwrap().to_string(), format!("sha256:{hex}"));
    /// assert!(Digest::parse("sha256:abc").is_err());
    /// ```
    pub fn parse(s: &str) -> Result<Self, DigestError> {
        if s.is_empty() {
            return Err(DigestError::Empty);
        }
        let (name, hex) = s.split_once(':').unwrap_or(("sha256", s));
        let algorithm = Algorithm::from_name(name)?;
        let valid =
            hex.len() == algorithm.hex_len() && hex.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b));
        if !valid {
            return Err(DigestError::Invalid(s.to_string()));
        }
        Ok(Digest { algorithm, hex: hex.to_string() })
    }
}

impl fmt::Display for Digest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.algorithm.name(), self.hex)
    }
}

/// Why a digest string could not be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DigestError {
    #[error("empty digest")]
    Empty,
    #[error("unsupported digest algorithm '{0}' (supported: sha256, sha384, sha512)")]
    UnsupportedAlgorithm(String),
    #[error("invalid digest '{0}': expected <algorithm>:<lower-case hex of the algorithm's length>")]
    Invalid(String),
}

enum State {
    Sha256(sha2::Sha256),
    Sha384(sha2::Sha384),
    Sha512(sha2::Sha512),
}

/// An incremental hasher that is also an [`io::Write`], so it can sit beside a file in a tee.
pub struct Hasher {
    algorithm: Algorithm,
    state: State,
}

impl Hasher {
    /// Feeds bytes.
    pub fn update(&mut self, bytes: &[u8]) {
        match &mut self.state {
            State::Sha256(h) => h.update(bytes),
            State::Sha384(h) => h.update(bytes),
            State::Sha512(h) => h.update(bytes),
        }
    }

    /// The digest of everything fed so far.
    pub fn finish(self) -> Digest {
        let bytes: Vec<u8> = match self.state {
            State::Sha256(h) => h.finalize().to_vec(),
            State::Sha384(h) => h.finalize().to_vec(),
            State::Sha512(h) => h.finalize().to_vec(),
        };
        Digest { algorithm: self.algorithm, hex: to_hex(&bytes) }
    }
}

impl Write for Hasher {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.update(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

fn to_hex(bytes: &[u8]) -> String {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut s = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        s.push(HEX[usize::from(b >> 4)] as char);
        s.push(HEX[usize::from(b & 0xf)] as char);
    }
    s
}

/// A writer that hashes and counts what passes through it on its way to `inner`.
pub(crate) struct DigestWriter<W> {
    pub(crate) inner: W,
    pub(crate) hasher: Hasher,
    pub(crate) written: u64,
}

impl<W: Write> DigestWriter<W> {
    pub(crate) fn new(inner: W, algorithm: Algorithm) -> Self {
        DigestWriter { inner, hasher: algorithm.hasher(), written: 0 }
    }
}

impl<W: Write> Write for DigestWriter<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.hasher.update(&buf[..n]);
        self.written += n as u64;
        Ok(n)
    }
    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_digests() {
        assert_eq!(
            Algorithm::Sha256.digest(b"abc").hex,
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        assert_eq!(Algorithm::Sha384.digest(b"").hex.len(), 96);
        assert_eq!(Algorithm::Sha512.digest(b"").hex.len(), 128);
    }

    #[test]
    fn parse_rejects_bad_digests() {
        assert_eq!(Digest::parse(""), Err(DigestError::Empty));
        assert!(matches!(Digest::parse("md5:abc"), Err(DigestError::UnsupportedAlgorithm(_))));
        let upper = "A".repeat(64);
        assert!(matches!(Digest::parse(&format!("sha256:{upper}")), Err(DigestError::Invalid(_))));
        let short = "a".repeat(63);
        assert!(matches!(Digest::parse(&format!("sha256:{short}")), Err(DigestError::Invalid(_))));
        let d = Algorithm::Sha512.digest(b"x");
        assert_eq!(Digest::parse(&d.to_string()).unwrap(), d);
    }

    #[test]
    fn digest_writer_tees() {
        let mut w = DigestWriter::new(Vec::new(), Algorithm::Sha256);
        w.write_all(b"hello ").unwrap();
        w.write_all(b"world").unwrap();
        assert_eq!(w.written, 11);
        assert_eq!(w.inner, b"hello world");
        assert_eq!(w.hasher.finish(), Algorithm::Sha256.digest(b"hello world"));
    }
}

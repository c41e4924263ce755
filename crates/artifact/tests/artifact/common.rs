//! Helpers shared by the artifact tests: trees on disk, archive listings, crafted tar streams, and a raw
//! HTTP client that sends paths exactly as written.

use std::fs;
use std::io::{Read, Write};
use std::os::unix::fs::PermissionsExt;
use std::path::Path;

use flate2::write::GzEncoder;

/// Writes files (`path`, `content`); a path ending in `/` makes a directory.
pub fn write_tree(root: &Path, files: &[(&str, &str)]) {
    for (name, content) in files {
        let path = root.join(name);
        if name.ends_with('/') {
            fs::create_dir_all(&path).unwrap();
            continue;
        }
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(&path, content).unwrap();
    }
}

pub fn chmod(path: &Path, mode: u32) {
    fs::set_permissions(path, fs::Permissions::from_mode(mode)).unwrap();
}

/// One entry of an archive as the `tar` crate reads it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub name: String,
    pub kind: char,
    pub mode: u32,
    pub uid: u64,
    pub gid: u64,
    pub mtime: u64,
    pub uname: Vec<u8>,
    pub gname: Vec<u8>,
    pub size: u64,
    pub content: Vec<u8>,
}

pub fn entries(tgz: &[u8]) -> Vec<Entry> {
    let mut archive = tar::Archive::new(flate2::read::GzDecoder::new(tgz));
    let mut out = Vec::new();
    for e in archive.entries().unwrap() {
        let mut e = e.unwrap();
        let h = e.header().clone();
        let mut content = Vec::new();
        e.read_to_end(&mut content).unwrap();
        out.push(Entry {
            name: String::from_utf8_lossy(&e.path_bytes()).into_owned(),
            kind: h.entry_type().as_byte() as char,
            mode: h.mode().unwrap(),
            uid: h.uid().unwrap(),
            gid: h.gid().unwrap(),
            mtime: h.mtime().unwrap(),
            uname: h.username_bytes().map(<[u8]>::to_vec).unwrap_or_default(),
            gname: h.groupname_bytes().map(<[u8]>::to_vec).unwrap_or_default(),
            size: e.size(),
            content,
        });
    }
    out
}

pub fn names(tgz: &[u8]) -> Vec<String> {
    entries(tgz).into_iter().map(|e| e.name).collect()
}

/// `tar -tvzf` of the archive in UTC, one line per entry with runs of spaces collapsed.
pub fn gnu_tar_listing(tgz: &Path) -> Vec<String> {
    let out =
        std::process::Command::new("tar").arg("-tvzf").arg(tgz).env("TZ", "UTC").output().expect("GNU tar is on PATH");
    assert!(out.status.success(), "tar -tvzf failed: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap().lines().map(|l| l.split_whitespace().collect::<Vec<_>>().join(" ")).collect()
}

/// A raw tar header block with the given name bytes (written as is, unchecked), type, mode, size and
/// link name, in USTAR format with a correct checksum.
pub fn raw_header(name: &[u8], typeflag: u8, mode: u32, size: u64, link: &[u8]) -> [u8; 512] {
    let mut b = [0u8; 512];
    b[..name.len()].copy_from_slice(name);
    let octal = |field: &mut [u8], v: u64| {
        let s = format!("{:0width$o}\0", v, width = field.len() - 1);
        field.copy_from_slice(s.as_bytes());
    };
    octal(&mut b[100..108], u64::from(mode));
    octal(&mut b[108..116], 0);
    octal(&mut b[116..124], 0);
    octal(&mut b[124..136], size);
    octal(&mut b[136..148], 0);
    b[156] = typeflag;
    b[157..157 + link.len()].copy_from_slice(link);
    b[257..263].copy_from_slice(b"ustar\0");
    b[263..265].copy_from_slice(b"00");
    b[148..156].fill(b' ');
    let sum: u64 = b.iter().map(|&c| u64::from(c)).sum();
    let s = format!("{sum:06o}\0 ");
    b[148..156].copy_from_slice(s.as_bytes());
    b
}

/// A tar stream builder for crafted (possibly malicious) archives.
#[derive(Default)]
pub struct Crafted {
    bytes: Vec<u8>,
}

impl Crafted {
    pub fn file(mut self, name: &str, content: &[u8]) -> Self {
        self.bytes.extend_from_slice(&raw_header(name.as_bytes(), b'0', 0o644, content.len() as u64, b""));
        self.data(content)
    }
    pub fn dir(mut self, name: &str) -> Self {
        self.bytes.extend_from_slice(&raw_header(name.as_bytes(), b'5', 0o755, 0, b""));
        self
    }
    pub fn link(mut self, typeflag: u8, name: &str, target: &str) -> Self {
        self.bytes.extend_from_slice(&raw_header(name.as_bytes(), typeflag, 0o777, 0, target.as_bytes()));
        self
    }
    /// A header claiming `size` bytes, with that much content only if `content` is given.
    pub fn header(mut self, name: &str, typeflag: u8, size: u64) -> Self {
        self.bytes.extend_from_slice(&raw_header(name.as_bytes(), typeflag, 0o644, size, b""));
        self
    }
    /// A PAX extended header whose records apply to the next entry.
    pub fn pax(mut self, records: &[(&str, &str)]) -> Self {
        let mut data = Vec::new();
        for (k, v) in records {
            let base = k.len() + v.len() + 3;
            let mut size = base + base.to_string().len();
            if base + size.to_string().len() != size {
                size = base + size.to_string().len();
            }
            data.extend_from_slice(format!("{size} {k}={v}\n").as_bytes());
        }
        self.bytes.extend_from_slice(&raw_header(b"PaxHeaders.0/x", b'x', 0o644, data.len() as u64, b""));
        self.data(&data)
    }
    /// A GNU long-name entry (`L`) naming the next entry.
    pub fn gnu_long_name(mut self, name: &str) -> Self {
        let mut data = name.as_bytes().to_vec();
        data.push(0);
        let mut h = raw_header(b"././@LongLink", b'L', 0o644, data.len() as u64, b"");
        // GNU magic, so that readers treat the block as a GNU header.
        h[257..265].copy_from_slice(b"ustar  \0");
        h[148..156].fill(b' ');
        let sum: u64 = h.iter().map(|&c| u64::from(c)).sum();
        h[148..156].copy_from_slice(format!("{sum:06o}\0 ").as_bytes());
        self.bytes.extend_from_slice(&h);
        self.data(&data)
    }
    fn data(mut self, content: &[u8]) -> Self {
        self.bytes.extend_from_slice(content);
        let pad = (512 - content.len() % 512) % 512;
        self.bytes.extend(std::iter::repeat_n(0u8, pad));
        self
    }
    pub fn tar(mut self) -> Vec<u8> {
        self.bytes.extend_from_slice(&[0u8; 1024]);
        self.bytes
    }
    pub fn tgz(self) -> Vec<u8> {
        let mut gz = GzEncoder::new(Vec::new(), flate2::Compression::fast());
        gz.write_all(&self.tar()).unwrap();
        gz.finish().unwrap()
    }
}

/// Every path under `root` (relative, sorted), for "nothing else was written" checks.
pub fn listing(root: &Path) -> Vec<String> {
    fn walk(root: &Path, dir: &Path, out: &mut Vec<String>) {
        for e in fs::read_dir(dir).unwrap() {
            let e = e.unwrap();
            let p = e.path();
            out.push(p.strip_prefix(root).unwrap().to_string_lossy().into_owned());
            if e.file_type().unwrap().is_dir() {
                walk(root, &p, out);
            }
        }
    }
    let mut out = Vec::new();
    walk(root, root, &mut out);
    out.sort();
    out
}

/// A response as read off the wire.
#[derive(Debug)]
pub struct RawResponse {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl RawResponse {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(k, _)| k.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
    }
}

/// Sends `METHOD path` exactly as given (no normalisation, no encoding) and reads the whole response.
pub async fn raw_request(addr: std::net::SocketAddr, method: &str, path: &str) -> RawResponse {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let mut stream = tokio::net::TcpStream::connect(addr).await.unwrap();
    let req = format!("{method} {path} HTTP/1.1\r\nHost: test\r\nConnection: close\r\n\r\n");
    stream.write_all(req.as_bytes()).await.unwrap();
    let mut buf = Vec::new();
    stream.read_to_end(&mut buf).await.unwrap();
    parse_response(&buf)
}

pub fn parse_response(buf: &[u8]) -> RawResponse {
    let end = buf.windows(4).position(|w| w == b"\r\n\r\n").expect("a complete response head");
    let head = String::from_utf8_lossy(&buf[..end]).into_owned();
    let mut lines = head.split("\r\n");
    let status = lines.next().unwrap().split(' ').nth(1).unwrap().parse().unwrap();
    let headers =
        lines.filter_map(|l| l.split_once(':')).map(|(k, v)| (k.trim().to_string(), v.trim().to_string())).collect();
    RawResponse { status, headers, body: buf[end + 4..].to_vec() }
}

pub fn temp() -> tempfile::TempDir {
    tempfile::tempdir().unwrap()
}

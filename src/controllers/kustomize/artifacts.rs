//! Source artifacts as the Kustomization controller reads them: downloaded, verified against their digest
//! and unpacked once per digest, then shared read-only by every Kustomization built from them.
//!
//! Upstream downloads and extracts the artifact into a fresh directory on every reconciliation; with a
//! thousand Kustomizations on one repository that is a thousand downloads of the same archive per
//! interval. Here the first reconciliation that needs a digest unpacks it (the others wait for it), and
//! builds never write into the tree: Flux's generated `kustomization.yaml` and decrypted files live in
//! an in-memory overlay over it (`build::fs::BuildFs`).
//!
//! Unpacked trees are kept while in use and, beyond [`ArtifactCache::capacity`], the least recently used
//! ones that nobody holds are removed.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Instant;

use artifact::fetch::{FetchError, Fetcher};
use tokio::sync::OnceCell;

/// One unpacked artifact. The directory stays on disk while any clone of the `Arc` lives.
#[derive(Debug)]
pub struct Unpacked {
    dir: PathBuf,
}

impl Unpacked {
    /// The root of the unpacked tree.
    pub fn dir(&self) -> &Path {
        &self.dir
    }
}

impl Drop for Unpacked {
    fn drop(&mut self) {
        // Only reached once the cache itself dropped the entry: nobody can see the tree any more.
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

struct Entry {
    cell: OnceCell<Arc<Unpacked>>,
    last_used: Mutex<Instant>,
}

/// Unpacked artifacts by digest.
pub struct ArtifactCache {
    root: tempfile::TempDir,
    fetcher: Fetcher,
    capacity: usize,
    entries: Mutex<HashMap<String, Arc<Entry>>>,
    sequence: std::sync::atomic::AtomicU64,
}

impl ArtifactCache {
    /// A cache under a new temporary directory, downloading with `fetcher`, keeping at most `capacity`
    /// unused trees.
    pub fn new(fetcher: Fetcher, capacity: usize) -> std::io::Result<ArtifactCache> {
        let root = tempfile::Builder::new().prefix("kustomize-controller-").tempdir()?;
        Ok(ArtifactCache {
            root,
            fetcher,
            capacity,
            entries: Mutex::new(HashMap::new()),
            sequence: std::sync::atomic::AtomicU64::new(0),
        })
    }

    /// The artifact at `url` with `digest`, unpacked: from the cache, or downloaded, verified and extracted
    /// now. Concurrent calls for one digest download it once. A failure is not remembered.
    pub async fn get(&self, url: &str, digest: &str) -> Result<Arc<Unpacked>, FetchError> {
        let entry = {
            let mut entries = self.entries.lock().unwrap_or_else(|e| e.into_inner());
            entries
                .entry(digest.to_string())
                .or_insert_with(|| Arc::new(Entry { cell: OnceCell::new(), last_used: Mutex::new(Instant::now()) }))
                .clone()
        };
        let unpacked = entry
            .cell
            .get_or_try_init(|| async {
                let n = self.sequence.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                let dir = self.root.path().join(format!("{n}"));
                let unpacked = Unpacked { dir: dir.clone() };
                // Dropping `unpacked` on failure removes whatever was partly extracted.
                self.fetcher.fetch_and_verify(url, digest, &dir).await?;
                Ok::<_, FetchError>(Arc::new(unpacked))
            })
            .await;
        match unpacked {
            Ok(unpacked) => {
                *entry.last_used.lock().unwrap_or_else(|e| e.into_inner()) = Instant::now();
                let unpacked = unpacked.clone();
                self.evict();
                Ok(unpacked)
            }
            Err(e) => {
                let mut entries = self.entries.lock().unwrap_or_else(|e| e.into_inner());
                if entries.get(digest).is_some_and(|held| Arc::ptr_eq(held, &entry) && held.cell.get().is_none()) {
                    entries.remove(digest);
                }
                Err(e)
            }
        }
    }

    /// Removes the least recently used trees nobody holds, beyond the capacity.
    fn evict(&self) {
        let mut entries = self.entries.lock().unwrap_or_else(|e| e.into_inner());
        let mut idle: Vec<(Instant, String)> = entries
            .iter()
            .filter(|(_, e)| e.cell.get().is_some_and(|u| Arc::strong_count(u) == 1))
            .map(|(d, e)| (*e.last_used.lock().unwrap_or_else(|e| e.into_inner()), d.clone()))
            .collect();
        if idle.len() <= self.capacity {
            return;
        }
        idle.sort();
        let excess = idle.len() - self.capacity;
        for (_, digest) in idle.into_iter().take(excess) {
            entries.remove(&digest);
        }
    }

    /// How many digests are cached (unpacked or being unpacked).
    #[cfg(test)]
    fn len(&self) -> usize {
        self.entries.lock().unwrap().len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    /// Serves one tar.gz over HTTP, counting requests.
    async fn serve(archive: Vec<u8>) -> (String, Arc<std::sync::atomic::AtomicUsize>) {
        use tokio::io::{AsyncReadExt, AsyncWriteExt};
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let hits = Arc::new(std::sync::atomic::AtomicUsize::new(0));
        let counted = hits.clone();
        tokio::spawn(async move {
            loop {
                let Ok((mut conn, _)) = listener.accept().await else { return };
                counted.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                let body = archive.clone();
                tokio::spawn(async move {
                    let mut buf = [0u8; 4096];
                    let _ = conn.read(&mut buf).await;
                    let head = format!(
                        "HTTP/1.1 200 OK\r\ncontent-length: {}\r\ncontent-type: application/gzip\r\nconnection: close\r\n\r\n",
                        body.len()
                    );
                    let _ = conn.write_all(head.as_bytes()).await;
                    let _ = conn.write_all(&body).await;
                });
            }
        });
        (format!("http://{addr}/a.tar.gz"), hits)
    }

    fn archive(files: &[(&str, &str)]) -> Vec<u8> {
        let gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        let mut tar = tar::Builder::new(gz);
        for (name, content) in files {
            let mut header = tar::Header::new_gnu();
            header.set_size(content.len() as u64);
            header.set_mode(0o644);
            header.set_cksum();
            tar.append_data(&mut header, name, content.as_bytes()).unwrap();
        }
        let mut gz = tar.into_inner().unwrap();
        gz.flush().unwrap();
        gz.finish().unwrap()
    }

    fn sha256(bytes: &[u8]) -> String {
        artifact::digest::Algorithm::Sha256.digest(bytes).to_string()
    }

    #[tokio::test]
    async fn one_download_per_digest_shared_by_concurrent_readers() {
        let bytes = archive(&[("deploy/app.yaml", "kind: ConfigMap\n")]);
        let digest = sha256(&bytes);
        let (url, hits) = serve(bytes).await;
        let cache = Arc::new(ArtifactCache::new(Fetcher::default(), 2).unwrap());
        let mut tasks = Vec::new();
        for _ in 0..8 {
            let (cache, url, digest) = (cache.clone(), url.clone(), digest.clone());
            tasks.push(tokio::spawn(async move { cache.get(&url, &digest).await.unwrap() }));
        }
        let mut dirs = Vec::new();
        for t in tasks {
            dirs.push(t.await.unwrap().dir().to_path_buf());
        }
        assert_eq!(hits.load(std::sync::atomic::Ordering::SeqCst), 1, "downloaded once");
        assert!(dirs.windows(2).all(|w| w[0] == w[1]));
        assert_eq!(std::fs::read_to_string(dirs[0].join("deploy/app.yaml")).unwrap(), "kind: ConfigMap\n");
    }

    #[tokio::test]
    async fn a_wrong_digest_is_an_error_and_not_remembered() {
        let bytes = archive(&[("a.yaml", "x: 1\n")]);
        let (url, hits) = serve(bytes.clone()).await;
        let cache = ArtifactCache::new(Fetcher { retries: 0, ..Fetcher::default() }, 2).unwrap();
        let wrong = sha256(b"something else");
        let err = cache.get(&url, &wrong).await.unwrap_err();
        assert!(err.to_string().contains("doesn't match"), "{err}");
        assert_eq!(cache.len(), 0);
        cache.get(&url, &sha256(&bytes)).await.unwrap();
        assert_eq!(hits.load(std::sync::atomic::Ordering::SeqCst), 2);
    }

    #[tokio::test]
    async fn unused_trees_beyond_capacity_are_removed_held_ones_stay() {
        let cache = ArtifactCache::new(Fetcher::default(), 1).unwrap();
        let mut held = Vec::new();
        let mut dirs = Vec::new();
        for i in 0..4 {
            let bytes = archive(&[("f.yaml", &format!("n: {i}\n"))]);
            let digest = sha256(&bytes);
            let (url, _) = serve(bytes).await;
            let unpacked = cache.get(&url, &digest).await.unwrap();
            dirs.push(unpacked.dir().to_path_buf());
            if i == 0 {
                held.push(unpacked);
            }
        }
        // The first is held; when the fourth came, the second and third were idle and only the more
        // recent of them stayed.
        assert!(dirs[0].exists());
        assert!(!dirs[1].exists(), "the least recently used idle tree is removed");
        assert!(dirs[2].exists() && dirs[3].exists());
        drop(held);
    }
}

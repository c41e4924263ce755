//! A progress spinner on a terminal, as upstream's briandowns/spinner (character set 14, 100 ms): a frame and
//! a message redrawn on one line of stdout, erased when it stops. Off a terminal it prints nothing, so
//! output piped to a file or read by CI is never interleaved with it.

use std::io::{IsTerminal, Write};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::Duration;

const FRAMES: [&str; 10] = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"];
const TICK: Duration = Duration::from_millis(100);

/// A running spinner; [`Spinner::stop`] (or dropping it) erases its line.
pub struct Spinner {
    suffix: Arc<Mutex<String>>,
    stop: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
}

impl Spinner {
    /// Starts spinning with `suffix` after the frame (` Kustomization diffing... running dry-run`), when
    /// stdout is a terminal.
    pub fn start(suffix: &str) -> Spinner {
        let suffix = Arc::new(Mutex::new(suffix.to_string()));
        let stop = Arc::new(AtomicBool::new(false));
        let thread = std::io::stdout().is_terminal().then(|| {
            let (suffix, stop) = (suffix.clone(), stop.clone());
            std::thread::spawn(move || {
                let mut out = std::io::stdout();
                for frame in FRAMES.iter().cycle() {
                    if stop.load(Ordering::Relaxed) {
                        break;
                    }
                    let text = suffix.lock().map(|s| s.clone()).unwrap_or_default();
                    let _ = write!(out, "\r\x1b[K{frame}{text}");
                    let _ = out.flush();
                    std::thread::sleep(TICK);
                }
                let _ = write!(out, "\r\x1b[K");
                let _ = out.flush();
            })
        });
        Spinner { suffix, stop, thread }
    }

    /// Replaces the text after the frame.
    pub fn set_suffix(&self, suffix: &str) {
        if let Ok(mut s) = self.suffix.lock() {
            *s = suffix.to_string();
        }
    }

    /// Stops and erases the line; nothing else is printed.
    pub fn stop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

impl Drop for Spinner {
    fn drop(&mut self) {
        self.stop();
    }
}

//! OpenSSH `sshd` on a random loopback port, serving only Git.

use std::io::Read;
use std::net::{SocketAddr, TcpStream};
use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use super::{free_port, git_binary, require_program, run, stop, tempdir, utf8};

const SSHD: &str = "/usr/sbin/sshd";

/// A running `sshd` that accepts one generated client key for the current user and runs only
/// `git-upload-pack`/`git-receive-pack` (and `git upload-archive`) on repositories under its root,
/// whatever command the client asks for. Stopped, and its files removed, on drop.
pub struct Sshd {
    child: Child,
    addr: SocketAddr,
    user: String,
    host_public_key: String,
    client_private_key: String,
    client_public_key: String,
    dir: tempfile::TempDir,
}

impl std::fmt::Debug for Sshd {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Sshd").field("addr", &self.addr).field("user", &self.user).finish()
    }
}

fn keygen(path: &Path, kind: &str, comment: &str) -> (String, String) {
    let keygen = require_program("ssh-keygen", "apt-get install openssh-client");
    run(Command::new(keygen).args(["-q", "-t", kind, "-N", "", "-C", comment, "-f"]).arg(path));
    let private = std::fs::read_to_string(path).expect("read generated key");
    let public = std::fs::read_to_string(path.with_extension("pub")).expect("read generated public key");
    (private, public.trim().to_string())
}

fn current_user() -> String {
    let out = Command::new("id").arg("-un").output().expect("id: run `id -un`");
    String::from_utf8_lossy(&out.stdout).trim().to_string()
}

impl Sshd {
    /// Serves the repositories under `root`: `ssh://<user>@127.0.0.1:<port>/<name>`.
    pub fn start(root: &Path) -> Self {
        if !Path::new(SSHD).is_file() {
            panic!("sshd: {SSHD} not found (apt-get install openssh-server)");
        }
        let git = git_binary();
        let dir = tempdir();
        let base = dir.path();
        let user = current_user();
        let (_, host_public_key) = keygen(&base.join("host_ed25519"), "ed25519", "flux-rs-test-host");
        let (client_private_key, client_public_key) =
            keygen(&base.join("client_ed25519"), "ed25519", "flux-rs-test-client");
        std::fs::write(base.join("authorized_keys"), format!("{client_public_key}\n")).expect("authorized_keys");

        let serve = base.join("serve-git");
        std::fs::write(&serve, serve_script(&git, root)).expect("write the forced command");
        std::fs::set_permissions(&serve, std::fs::Permissions::from_mode(0o755)).expect("chmod forced command");

        // As root, sshd wants its privilege separation folder.
        if user == "root" {
            let _ = std::fs::create_dir_all("/run/sshd");
        }

        for _ in 0..5 {
            let port = free_port();
            let config = base.join("sshd_config");
            std::fs::write(&config, sshd_config(base, port, &user, &serve)).expect("write sshd_config");
            let log = std::fs::File::create(base.join("sshd.log")).expect("sshd log");
            let mut child = Command::new(SSHD)
                .arg("-D")
                .arg("-e")
                .arg("-f")
                .arg(&config)
                .stdin(Stdio::null())
                .stdout(Stdio::null())
                .stderr(log)
                .spawn()
                .unwrap_or_else(|e| panic!("sshd: cannot start {SSHD}: {e}"));
            let addr: SocketAddr = ([127, 0, 0, 1], port).into();
            if wait_for_banner(addr, &mut child) {
                return Sshd { child, addr, user, host_public_key, client_private_key, client_public_key, dir };
            }
            let log = std::fs::read_to_string(base.join("sshd.log")).unwrap_or_default();
            if !log.contains("Address already in use") {
                panic!("sshd: exited at start: {}", log.trim());
            }
        }
        panic!("sshd: could not find a free port in five tries");
    }

    /// `127.0.0.1:<port>`.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// The user logged in as (the current user).
    pub fn user(&self) -> &str {
        &self.user
    }

    /// `ssh://<user>@127.0.0.1:<port>/<name>`.
    pub fn url(&self, name: &str) -> String {
        format!("ssh://{}@{}/{}", self.user, self.addr, name.trim_start_matches('/'))
    }

    /// The `known_hosts` line for this server: `[127.0.0.1]:<port> ssh-ed25519 AAAA…`.
    pub fn known_hosts(&self) -> String {
        let mut parts = self.host_public_key.split_whitespace();
        let (kind, key) = (parts.next().unwrap_or_default(), parts.next().unwrap_or_default());
        format!("[127.0.0.1]:{} {kind} {key}", self.addr.port())
    }

    /// The accepted client key, OpenSSH private key format.
    pub fn client_private_key(&self) -> &str {
        &self.client_private_key
    }

    /// The accepted client key's public half (`ssh-ed25519 AAAA… comment`).
    pub fn client_public_key(&self) -> &str {
        &self.client_public_key
    }

    /// What sshd logged so far (for test failure messages).
    pub fn log(&self) -> String {
        std::fs::read_to_string(self.dir.path().join("sshd.log")).unwrap_or_default()
    }
}

impl Drop for Sshd {
    fn drop(&mut self) {
        stop(&mut self.child);
    }
}

/// Waits for the `SSH-2.0-` banner; false if sshd exited first.
fn wait_for_banner(addr: SocketAddr, child: &mut Child) -> bool {
    let deadline = Instant::now() + super::START_DEADLINE;
    loop {
        if let Ok(Some(_)) = child.try_wait() {
            return false;
        }
        if let Ok(mut stream) = TcpStream::connect_timeout(&addr, Duration::from_millis(200)) {
            let _ = stream.set_read_timeout(Some(Duration::from_secs(5)));
            let mut banner = [0u8; 8];
            if stream.read_exact(&mut banner).is_ok() && &banner == b"SSH-2.0-" {
                return true;
            }
        }
        if Instant::now() > deadline {
            stop(child);
            panic!("sshd: no SSH banner on {addr} within {:?}", super::START_DEADLINE);
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

fn sshd_config(base: &Path, port: u16, user: &str, serve: &Path) -> String {
    let permit_root = if user == "root" { "prohibit-password" } else { "no" };
    format!(
        "Port {port}
ListenAddress 127.0.0.1
HostKey {host_key}
PidFile {pid}
AuthorizedKeysFile {authorized}
AllowUsers {user}
PermitRootLogin {permit_root}
PubkeyAuthentication yes
PasswordAuthentication no
KbdInteractiveAuthentication no
HostbasedAuthentication no
UsePAM no
StrictModes no
AllowAgentForwarding no
AllowTcpForwarding no
X11Forwarding no
PermitTTY no
PermitTunnel no
PermitUserEnvironment no
PrintMotd no
AcceptEnv GIT_PROTOCOL
ForceCommand {serve}
LogLevel VERBOSE
",
        host_key = utf8(&base.join("host_ed25519")),
        pid = utf8(&base.join("sshd.pid")),
        authorized = utf8(&base.join("authorized_keys")),
        serve = utf8(serve),
    )
}

/// The forced command: maps `git-upload-pack '/app.git'` (or `git upload-pack`, `git-receive-pack`,
/// `git-upload-archive`) onto `<root>/app.git`, refusing anything else.
fn serve_script(git: &Path, root: &Path) -> String {
    format!(
        r#"#!/bin/sh
set -eu
cmd="${{SSH_ORIGINAL_COMMAND:-}}"
case "$cmd" in
  "git-upload-pack "*|"git upload-pack "*) service=upload-pack ;;
  "git-receive-pack "*|"git receive-pack "*) service=receive-pack ;;
  "git-upload-archive "*|"git upload-archive "*) service=upload-archive ;;
  *) echo "this server only serves git, not: $cmd" >&2; exit 1 ;;
esac
repo="${{cmd#* }}"
case "$cmd" in "git "*) repo="${{repo#* }}" ;; esac
repo="${{repo#\'}}"; repo="${{repo%\'}}"
repo="${{repo#/}}"; repo="${{repo#\~/}}"
case "$repo" in *..*|"") echo "bad repository path: $repo" >&2; exit 1 ;; esac
if [ ! -d "{root}/$repo" ]; then echo "fatal: '$repo' does not appear to be a git repository" >&2; exit 128; fi
exec "{git}" "$service" "{root}/$repo"
"#,
        root = utf8(root),
        git = utf8(git),
    )
}

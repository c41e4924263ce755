//! Serves the Git repositories under a folder over smart HTTP (`git http-backend`) until killed, for the
//! benchmarks and demos that need a Git server on the machine.
//!
//! `cargo run --release -p flux-rs-git --example serve_repos -- <root>`
//!
//! Prints the server's base URL on one line (`http://127.0.0.1:<port>`); `<root>/<name>.git` is then
//! reachable as `<base>/<name>.git`.

use std::io::Write;

use git::testing::GitHttpServer;

fn main() {
    let Some(root) = std::env::args().nth(1) else {
        eprintln!("usage: serve_repos <root>");
        std::process::exit(2)
    };
    let server = GitHttpServer::start(std::path::Path::new(&root));
    println!("{}", server.url("").trim_end_matches('/'));
    if let Err(e) = std::io::stdout().flush() {
        eprintln!("serve_repos: writing the URL: {e}");
        std::process::exit(1)
    }
    loop {
        std::thread::park();
    }
}

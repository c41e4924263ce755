//! The README's main-job line works as written, so the README cannot rot.

use std::time::Duration;

use crate::support::server::client_for;

/// The first command of the README's first code block, split into words.
fn readme_main_job() -> Vec<String> {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).expect("README.md");
    let block = readme.split("```").nth(1).expect("a code block in the README");
    let line = block
        .lines()
        .skip(1)
        .map(str::trim)
        .find(|l| !l.is_empty() && !l.starts_with('#'))
        .expect("a command in the first code block");
    let command = line.split('#').next().unwrap_or(line).trim();
    command.split_whitespace().map(String::from).collect()
}

#[test]
fn readme_starts_with_the_main_job_and_the_tests() {
    let words = readme_main_job();
    assert_eq!(&words[..4], ["cargo", "run", "--release", "--"], "the main job is run through cargo: {words:?}");
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let block = readme.split("```").nth(1).unwrap();
    assert!(block.contains("cargo test --workspace"), "the second set-up command runs the tests");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn readme_main_job_serves_a_cluster() {
    let words = readme_main_job();
    // Run the binary cargo already built with exactly the README's arguments (cargo itself is busy
    // running this test).
    let args = &words[4..];
    let home = tempfile::tempdir().unwrap();
    let log = home.path().join("stderr.log");
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_flux-rs"))
        .args(args)
        .env("XDG_DATA_HOME", home.path())
        .stdin(std::process::Stdio::null())
        .stderr(std::fs::File::create(&log).unwrap())
        .spawn()
        .expect("starting the README's main job");
    let kubeconfig = home.path().join("flux-rs/embedded/kubeconfig");
    let deadline = std::time::Instant::now() + Duration::from_secs(30);
    // The main job serves the cluster and installs Flux into it before it says where the kubeconfig is.
    while !std::fs::read_to_string(&log).unwrap_or_default().contains("Flux installed") {
        if let Ok(Some(status)) = child.try_wait() {
            panic!(
                "the README's main job exited early ({status}):\n{}",
                std::fs::read_to_string(&log).unwrap_or_default()
            );
        }
        assert!(
            std::time::Instant::now() < deadline,
            "the README's main job did not serve a cluster with Flux in time"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    let client = client_for(&kubeconfig).await;
    let version = client.apiserver_version().await.expect("the cluster answers");
    assert_eq!((version.major.as_str(), version.minor.as_str()), ("1", "33"));
    let _ = std::process::Command::new("kill").args(["-TERM", &child.id().to_string()]).status();
    let status = child.wait().unwrap();
    assert!(status.success(), "{}", std::fs::read_to_string(&log).unwrap_or_default());
}

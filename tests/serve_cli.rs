//! `faqbot serve` without a token, and with a runtime it cannot start. SIGTERM handling is in `discord_e2e::process`.

use std::process::Command;

#[test]
fn without_a_token_serve_says_what_to_set_and_fails() {
    let output = Command::new(env!("CARGO_BIN_EXE_faqbot"))
        .arg("serve")
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("DISCORD_TOKEN")
        .env_remove("FAQBOT__DISCORD__TOKEN")
        .env_remove("RUST_LOG")
        .output()
        .expect("run faqbot serve");
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("DISCORD_TOKEN"), "{stderr}");
    assert!(stderr.contains("FAQBOT__DISCORD__TOKEN"), "{stderr}");
    assert!(stderr.contains("faqbot ask"), "{stderr}");
}

#[test]
fn zero_worker_threads_is_refused_with_the_key_named() {
    let output = Command::new(env!("CARGO_BIN_EXE_faqbot"))
        .arg("serve")
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("FAQBOT__DISCORD__TOKEN", "never-used")
        .env("FAQBOT__DISCORD__API_BASE", "http://127.0.0.1:1")
        .env("FAQBOT__RUNTIME__WORKER_THREADS", "0")
        .env_remove("RUST_LOG")
        .output()
        .expect("run faqbot serve");
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("runtime.worker_threads"), "{stderr}");
    assert!(!stderr.contains("never-used"), "{stderr}");
}

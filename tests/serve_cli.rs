//! `faqbot serve` as a process: the missing-token message, and a clean exit on SIGTERM.

use std::process::{Command, Stdio};
use std::time::Duration;

use crate::mini_discord::Discord;
use axum::http::Method;

fn faqbot() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_faqbot"));
    command
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("DISCORD_TOKEN")
        .env_remove("FAQBOT__DISCORD__TOKEN")
        .env_remove("RUST_LOG");
    command
}

#[test]
fn without_a_token_serve_says_what_to_set_and_fails() {
    let output = faqbot().arg("serve").output().unwrap();
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("DISCORD_TOKEN"), "{stderr}");
    assert!(stderr.contains("FAQBOT__DISCORD__TOKEN"), "{stderr}");
    assert!(stderr.contains("faqbot ask"), "{stderr}");
}

#[tokio::test]
async fn serve_exits_zero_on_sigterm_and_never_prints_the_token() {
    const TOKEN: &str = "very-secret-stand-in-token";
    let mut discord = Discord::start(Duration::ZERO).await;
    let child = faqbot()
        .arg("serve")
        .env("DISCORD_TOKEN", TOKEN)
        .env(
            "FAQBOT__DISCORD__API_BASE",
            format!("http://{}", discord.addr),
        )
        .env("FAQBOT__LOG__LEVEL", "debug")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    discord.next(|r| r.method == Method::PUT).await;

    let killed = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    let exit = tokio::task::spawn_blocking(move || child.wait_with_output());
    let output = tokio::time::timeout(Duration::from_secs(30), exit)
        .await
        .expect("faqbot exits in time after SIGTERM")
        .unwrap()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{:?}\n{stderr}", output.status);
    assert!(stderr.contains("shut down"), "{stderr}");
    assert!(!stderr.contains(TOKEN), "the token leaked into the logs");
    assert!(!String::from_utf8_lossy(&output.stdout).contains(TOKEN));
}

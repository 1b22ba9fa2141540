//! The two ways the bench runs the real bot: as a task in this process, and as a separate
//! `faqbot serve` process, whose own peak RSS is the honest figure for the memory target.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;

use anyhow::Context as _;
use arc_swap::ArcSwap;
use faqbot::config::Settings;
use faqbot::corpus::Corpus;
use faqbot::faq::Faq;
use tokio::runtime::Runtime;
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

pub const TOKEN: &str = "bench-stand-in-token";

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The environment `faqbot serve` gets: the stand-in, one answer channel, no cooldown (every
/// message comes from a cycling set of users, and a cooldown would silence repeats), and
/// logs at warn so per-message info lines are not part of what is measured.
pub fn serve_env(api_base: &str, answer_channel: u64) -> Vec<(String, String)> {
    [
        ("FAQBOT__DISCORD__TOKEN", TOKEN.to_owned()),
        ("FAQBOT__DISCORD__API_BASE", api_base.to_owned()),
        (
            "FAQBOT__DISCORD__ANSWER_CHANNELS",
            answer_channel.to_string(),
        ),
        ("FAQBOT__DISCORD__COOLDOWN_SECONDS", "0".to_owned()),
        ("FAQBOT__LOG__LEVEL", "warn".to_owned()),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v))
    .collect()
}

pub fn settings(api_base: &str, answer_channel: u64) -> anyhow::Result<Settings> {
    let env: HashMap<String, String> = serve_env(api_base, answer_channel).into_iter().collect();
    let mut settings = Settings::load_with_env(&root().join("config"), env)?;
    settings.corpus.dir = root().join("faq");
    Ok(settings)
}

pub fn load_faq(settings: &Settings) -> anyhow::Result<Faq> {
    let corpus = Corpus::load(&settings.corpus.dir).context("load the corpus")?;
    Ok(Faq::new(corpus, settings.matcher))
}

/// The bot in this process, on a runtime of its own built as `faqbot serve` builds one, apart
/// from the stand-in's thread; send on `stop` (or drop it) to stop it.
pub struct InProcess {
    stop: oneshot::Sender<()>,
    task: JoinHandle<anyhow::Result<()>>,
    runtime: Runtime,
}

impl InProcess {
    pub fn start(settings: Settings, faq: Faq) -> anyhow::Result<InProcess> {
        let runtime =
            faqbot::cli::bot_runtime(&settings.runtime).context("start the bot's runtime")?;
        let (stop, stopped) = oneshot::channel::<()>();
        let faq = Arc::new(ArcSwap::from_pointee(faq));
        let shutdown = async move {
            let _ = stopped.await;
        };
        let task = runtime.spawn(faqbot::discord::run(settings, faq, shutdown));
        Ok(InProcess {
            stop,
            task,
            runtime,
        })
    }

    pub async fn stop(self) -> anyhow::Result<()> {
        let _ = self.stop.send(());
        let result = self.task.await.context("the bot task panicked")?;
        // Dropping a runtime inside another one's async context panics; let it go from a thread
        // that may block.
        tokio::task::spawn_blocking(move || drop(self.runtime)).await?;
        result
    }
}

/// `faqbot serve` as a child process, built by cargo for this bench (release under
/// `cargo bench`).
pub struct Process {
    child: Child,
}

impl Process {
    pub fn spawn(api_base: &str, answer_channel: u64) -> anyhow::Result<Process> {
        let child = Command::new(env!("CARGO_BIN_EXE_faqbot"))
            .arg("serve")
            .current_dir(root())
            .env_remove("DISCORD_TOKEN")
            .env_remove("RUST_LOG")
            .envs(serve_env(api_base, answer_channel))
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::inherit())
            .spawn()
            .context("spawn faqbot serve")?;
        Ok(Process { child })
    }

    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// SIGTERM, then waits for a clean exit as `faqbot serve` promises.
    pub fn stop(mut self) -> anyhow::Result<()> {
        let pid = self.child.id().to_string();
        let killed = Command::new("kill").args(["-TERM", &pid]).status()?;
        anyhow::ensure!(killed.success(), "kill -TERM {pid} failed");
        let status = self.child.wait()?;
        anyhow::ensure!(status.success(), "faqbot serve exited with {status}");
        Ok(())
    }
}

impl Drop for Process {
    fn drop(&mut self) {
        // Only reached on an error path: never leave a stray bot behind.
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

/// A `kB` line of /proc/<pid>/status (VmRSS, VmHWM...), in kB.
pub fn proc_status_kb(pid: Option<u32>, key: &str) -> Option<u64> {
    let path = match pid {
        Some(pid) => Path::new("/proc").join(pid.to_string()).join("status"),
        None => PathBuf::from("/proc/self/status"),
    };
    let status = std::fs::read_to_string(path).ok()?;
    let line = status.lines().find(|l| l.starts_with(&format!("{key}:")))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// CPU time (user + system, all threads) of a process so far, from /proc/<pid>/stat. Linux
/// reports it in USER_HZ ticks, 100 a second on every mainstream build, hence 10 ms steps.
pub fn cpu_time(pid: Option<u32>) -> Option<std::time::Duration> {
    let path = match pid {
        Some(pid) => Path::new("/proc").join(pid.to_string()).join("stat"),
        None => PathBuf::from("/proc/self/stat"),
    };
    let stat = std::fs::read_to_string(path).ok()?;
    // The command name (field 2) may hold spaces; fields after its closing ')' are plain.
    let fields: Vec<&str> = stat.rsplit_once(')')?.1.split_whitespace().collect();
    let ticks: u64 = fields.get(11)?.parse::<u64>().ok()? + fields.get(12)?.parse::<u64>().ok()?;
    Some(std::time::Duration::from_millis(ticks * 10))
}

//! The `faqbot` command line.

use std::io::{self, BufRead, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::Context;
use clap::{Parser, Subcommand};

use crate::config::{RuntimeSettings, Settings};
use crate::corpus::Corpus;
use crate::faq::Faq;
use crate::live::LiveFaq;
use crate::moderation::Moderation;

#[derive(Debug, Parser)]
#[command(
    name = "faqbot",
    version,
    about = "Answers patients' Botox questions from a curated, sourced FAQ"
)]
pub struct Cli {
    /// Directory holding default.toml and local.toml.
    #[arg(long, global = true, default_value = "config")]
    pub config_dir: PathBuf,
    /// Corpus directory; overrides `corpus.dir` from the config.
    #[arg(long, global = true)]
    pub corpus: Option<PathBuf>,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Answer one question offline, as the bot would.
    Ask {
        /// Print one JSON object per question.
        #[arg(long)]
        json: bool,
        /// Also show, on stderr, the terms the matcher saw and its five best entries.
        #[arg(long)]
        explain: bool,
        /// The question; `-` reads one question per line from stdin.
        #[arg(required = true, num_args = 1..)]
        question: Vec<String>,
    },
    /// Validate the corpus; exits non-zero and names each problem's file and field.
    Check,
    /// Print every entry.
    Export {
        /// As one JSON array (the only format so far).
        #[arg(long, required = true)]
        json: bool,
    },
    /// Score the matcher and triage on a labelled JSON-lines file, printing each failure.
    Eval {
        /// One `{"q", "ids", "urgent"}` object per line, like tests/data/dev.jsonl.
        file: PathBuf,
    },
    /// Run the Discord bot.
    Serve,
}

pub fn settings_for(cli: &Cli) -> anyhow::Result<Settings> {
    let mut settings = Settings::load(&cli.config_dir).context("cannot read the configuration")?;
    if let Some(dir) = &cli.corpus {
        settings.corpus.dir = dir.clone();
    }
    Ok(settings)
}

pub fn load_faq(settings: &Settings) -> anyhow::Result<Faq> {
    let corpus = Corpus::load(&settings.corpus.dir).with_context(|| {
        format!(
            "cannot load the corpus in {}",
            settings.corpus.dir.display()
        )
    })?;
    Ok(Faq::new(corpus, settings.matcher))
}

pub fn ask(
    settings: &Settings,
    json: bool,
    explain: bool,
    question: &[String],
) -> anyhow::Result<ExitCode> {
    let faq = load_faq(settings)?;
    let stdout = io::stdout();
    let mut out = stdout.lock();
    let number = &settings.safety.emergency_number;
    let answer_one = |query: &str, out: &mut dyn Write| -> anyhow::Result<()> {
        let response = faq.respond(query, number);
        if explain {
            eprintln!("{}", faq.explain(query));
        }
        if json {
            serde_json::to_writer(&mut *out, &faq.to_json(query, &response))?;
            writeln!(out)?;
        } else {
            writeln!(out, "{}\n", response.reply.to_text())?;
        }
        Ok(())
    };
    if question == ["-"] {
        for line in io::stdin().lock().lines() {
            let line = line.context("cannot read stdin")?;
            if !line.trim().is_empty() {
                answer_one(&line, &mut out)?;
            }
        }
    } else {
        answer_one(&question.join(" "), &mut out)?;
    }
    Ok(ExitCode::SUCCESS)
}

pub fn check(dir: &Path) -> ExitCode {
    let (corpus, mut problems) = Corpus::read(dir);
    problems.extend(crate::matcher::vocabulary_check::problems(&corpus, dir));
    problems.extend(crate::matcher::scope::problems(&corpus, dir));
    if problems.is_empty() {
        println!(
            "{}: {} entries, {} synonym groups: OK",
            dir.display(),
            corpus.entries.len(),
            corpus.vocabulary.synonyms.len()
        );
        return ExitCode::SUCCESS;
    }
    for problem in &problems {
        eprintln!("{problem}");
    }
    eprintln!("{} problem(s) in {}", problems.len(), dir.display());
    ExitCode::FAILURE
}

pub fn export(settings: &Settings) -> anyhow::Result<ExitCode> {
    let faq = load_faq(settings)?;
    serde_json::to_writer_pretty(io::stdout().lock(), &faq.corpus().entries)?;
    println!();
    Ok(ExitCode::SUCCESS)
}

pub fn eval(settings: &Settings, file: &Path) -> anyhow::Result<ExitCode> {
    let faq = load_faq(settings)?;
    let text =
        std::fs::read_to_string(file).with_context(|| format!("cannot read {}", file.display()))?;
    let items = crate::eval::parse_items(&text)
        .with_context(|| format!("{} is not valid JSON lines", file.display()))?;
    write!(
        io::stdout().lock(),
        "{}",
        crate::eval::evaluate(&faq, &items)
    )?;
    Ok(ExitCode::SUCCESS)
}

/// Runs the bot until SIGINT or SIGTERM; exits 0 after a clean shutdown.
pub fn serve(settings: Settings) -> anyhow::Result<ExitCode> {
    if crate::discord::token(&settings).is_none() {
        eprintln!("{}", crate::discord::MISSING_TOKEN);
        return Ok(ExitCode::from(2));
    }
    crate::telemetry::init(&settings.log.level, &settings.log.format);
    if let Err(err) = small_pages_only() {
        tracing::warn!(error = %err, "cannot turn off transparent huge pages; replies may stall");
    }
    let runtime = bot_runtime(&settings.runtime).context("cannot start the async runtime")?;
    runtime.block_on(async {
        let shutdown = shutdown_signal().context("cannot listen for SIGINT and SIGTERM")?;
        serve_until(settings, shutdown).await
    })?;
    Ok(ExitCode::SUCCESS)
}

/// Keeps the kernel from backing this process's memory with 2 MB transparent huge pages.
///
/// mimalloc asks for them on its arenas. Where the host backs a VM's memory lazily, the first
/// touch of each huge page faults in 512 small pages at once: up to 11 ms on this project's
/// machine, against about 6 µs for a small page, and every reply waiting on the thread that
/// touched it waits as long (see README, Performance). The bot peaks at about 17 MB, so
/// huge pages save it little. Applies to the whole process and to processes it starts.
/// `serve` calls it, and so does the benchmark, which runs bot A in its own process.
pub fn small_pages_only() -> io::Result<()> {
    #[cfg(target_os = "linux")]
    rustix::thread::disable_transparent_huge_pages(true)?;
    Ok(())
}

/// The runtime `serve` runs the bot on; public so the benchmark runs the bot on the same.
pub fn bot_runtime(settings: &RuntimeSettings) -> io::Result<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(settings.worker_threads.get())
        .enable_all()
        .build()
}

/// The bot with everything `serve` wires up: the live corpus and its watcher (so files
/// changed in the corpus directory are picked up), moderation, the logs and the counts.
/// Runs until `shutdown` resolves.
pub async fn serve_until(
    settings: Settings,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> anyhow::Result<()> {
    let dir = settings.corpus.dir.clone();
    let live = LiveFaq::load(&dir, settings.matcher)
        .with_context(|| format!("cannot load the corpus in {}", dir.display()))?;
    let live = Arc::new(live);
    tracing::info!(
        entries = live.current().corpus().entries.len(),
        "corpus loaded"
    );
    // Watching stops when this is dropped, so it lives as long as the bot.
    let _watcher = live
        .watch()
        .with_context(|| format!("cannot watch {} for changes", dir.display()))?;
    let moderation = Moderation::open(&settings, live).with_context(|| {
        format!(
            "cannot open the data directory {}",
            settings.data.dir.display()
        )
    })?;
    crate::discord::run_moderated(settings, Arc::new(moderation), shutdown).await
}

/// Resolves on the first SIGINT or SIGTERM. The handlers are installed before it is returned,
/// so a signal that arrives while the bot connects is not lost.
fn shutdown_signal() -> io::Result<impl std::future::Future<Output = ()> + Send + 'static> {
    use tokio::signal::unix::{signal, SignalKind};
    let mut interrupt = signal(SignalKind::interrupt())?;
    let mut terminate = signal(SignalKind::terminate())?;
    Ok(async move {
        tokio::select! {
            _ = interrupt.recv() => tracing::info!("SIGINT received"),
            _ = terminate.recv() => tracing::info!("SIGTERM received"),
        }
    })
}

#[cfg(all(test, target_os = "linux"))]
mod tests {
    #[test]
    fn small_pages_only_turns_transparent_huge_pages_off_for_the_process() {
        super::small_pages_only().expect("prctl(PR_SET_THP_DISABLE)");
        // The flag belongs to the process, so a thread started afterwards sees it too.
        let seen_by_another_thread =
            std::thread::spawn(rustix::thread::transparent_huge_pages_are_disabled)
                .join()
                .unwrap();
        assert!(seen_by_another_thread.expect("prctl(PR_GET_THP_DISABLE)"));
    }
}

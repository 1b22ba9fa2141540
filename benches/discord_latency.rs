//! End-to-end reply latency, throughput and memory of the real bot against the loopback
//! Discord stand-in. A plain `main` (harness = false) that prints figures and PASS/FAIL per
//! target; run with `cargo bench --bench discord_latency`.
//!
//! Knobs (environment): BENCH_WINDOW = most questions awaiting a reply at once (default 8;
//! 0 floods without waiting), BENCH_MESSAGES = measured messages (default 2000),
//! BENCH_TIMELINE = a file to append each run's per-message (dispatch offset, latency) to.

#[path = "latency/bot.rs"]
mod bot;
#[path = "latency/drive.rs"]
mod drive;
#[path = "../tests/support/mod.rs"]
mod support;

use std::time::Duration;

use anyhow::{ensure, Context as _};
use faqbot::faq::Faq;
use faqbot::matcher::Outcome;

use drive::{Load, Run};

/// The allocator `faqbot serve` uses, so run A measures the bot as it ships.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;
use support::{StandIn, StandInConfig};

/// Patients' phrasings of questions the corpus answers; any that stops being a confident
/// answer is dropped (and reported) rather than skewing the run with silences.
const QUESTIONS: &[&str] = &[
    "How long do Botox side effects last?",
    "is botox safe",
    "what is botox and how does it work",
    "can botox give me a headache",
    "Could Botox cause droopy eyelids?",
    "how much botox should i get",
    "can botox spread beyond where it was injected",
    "does botox cause dizziness",
    "can botox make it difficult to swallow",
    "can my face become paralyzed from botox",
    "what is botox used for",
    "how do i report a side effect from botox",
];

const P99_TARGET: Duration = Duration::from_millis(5);
const THROUGHPUT_TARGET: f64 = 2_000.0;
const RSS_TARGET_KB: u64 = 60 * 1024;

/// The stand-in and the load driver share one thread. On a multi-thread runtime the thread
/// blocking on the driver and the workers serving the stand-in woke each other hundreds of
/// times a millisecond (seen with `perf sched timehist`), in a trace where a runnable bot
/// thread also waited 5 ms for a core. Real Discord is another machine; one thread is the
/// least this stand-in can take from the bot's cores.
fn main() -> anyhow::Result<()> {
    // As `faqbot serve` does: run A's bot lives in this process (and so does the stand-in).
    faqbot::cli::small_pages_only()?;
    let standin_runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    standin_runtime.block_on(bench())
}

fn env_usize(key: &str, default: usize) -> anyhow::Result<usize> {
    match std::env::var(key) {
        Ok(v) => v
            .parse()
            .with_context(|| format!("{key}={v:?} is not a count")),
        Err(_) => Ok(default),
    }
}

async fn bench() -> anyhow::Result<()> {
    let load = Load {
        warmup: 200,
        measured: env_usize("BENCH_MESSAGES", 2_000)?,
        window: env_usize("BENCH_WINDOW", 8)?,
        users: 500,
        drain: Duration::from_secs(30),
    };
    ensure!(load.measured > 0, "BENCH_MESSAGES must be at least 1");
    let settings = bot::settings("http://127.0.0.1:1", 1)?;
    let questions = answerable(
        &bot::load_faq(&settings)?,
        &settings.safety.emergency_number,
    );
    ensure!(
        questions.len() >= 5,
        "too few answerable questions: {questions:?}"
    );
    print_setup(&load, questions.len());

    let rss_before = bot::proc_status_kb(None, "VmRSS").unwrap_or(0);
    let in_process = in_process(&load, &questions).await?;
    let bench_hwm = bot::proc_status_kb(None, "VmHWM").unwrap_or(0);
    println!();
    println!("[A] bot in this process (its figures include the stand-in)");
    print_run(&in_process);
    println!(
        "    RSS of this process: {} before the run, peak (VmHWM) {} after",
        mb(rss_before),
        mb(bench_hwm)
    );

    // Let run A's stand-in (it keeps every frame and request) be freed before B starts.
    tokio::time::sleep(Duration::from_millis(500)).await;
    let b = separate_process(&load, &questions).await?;
    println!();
    println!("[B] bot as a separate `faqbot serve` process (release binary)");
    print_run(&b.run);
    println!(
        "    faqbot serve peak RSS (VmHWM of its pid): {}",
        mb(b.hwm_kb)
    );
    let per_msg = |d: Duration| d.as_secs_f64() * 1e6 / (load.warmup + load.measured) as f64;
    println!(
        "    CPU during the run: faqbot serve {:.0} ms ({:.0} us/message), stand-in + driver \
         {:.0} ms ({:.0} us/message)",
        b.bot_cpu.as_secs_f64() * 1e3,
        per_msg(b.bot_cpu),
        b.own_cpu.as_secs_f64() * 1e3,
        per_msg(b.own_cpu)
    );
    let (separate, serve_hwm) = (b.run, b.hwm_kb);

    print_targets(&in_process, &separate, serve_hwm);
    Ok(())
}

/// PASS/FAIL per target; memory is judged on `faqbot serve` alone, not bot + stand-in.
fn print_targets(in_process: &Run, separate: &Run, serve_hwm: u64) {
    println!();
    println!("targets:");
    for (name, run) in [("A in-process", in_process), ("B faqbot serve", separate)] {
        verdict(
            &format!("p99 <= 5 ms ({name})"),
            run.percentile(0.99) <= P99_TARGET,
        );
        verdict(
            &format!(">= 2000 replies/s ({name})"),
            run.throughput() >= THROUGHPUT_TARGET,
        );
    }
    verdict(
        "peak RSS <= 60 MB (B faqbot serve)",
        serve_hwm <= RSS_TARGET_KB,
    );
}

/// The questions the bot answers (not merely suggests for) in an answer channel.
fn answerable(faq: &Faq, emergency_number: &str) -> Vec<String> {
    let mut kept = Vec::new();
    for q in QUESTIONS {
        if faq.respond(q, emergency_number).result.outcome == Outcome::Answer {
            kept.push(q.to_string());
        } else {
            println!("note: dropped {q:?}: the bot would not answer it in an answer channel");
        }
    }
    kept
}

fn print_setup(load: &Load, questions: usize) {
    let cpus = std::thread::available_parallelism().map_or(0, |n| n.get());
    println!("faqbot discord_latency");
    println!(
        "  {} measured MESSAGE_CREATEs after {} warm-up, {questions} questions and {} users cycling",
        load.measured, load.warmup, load.users
    );
    if load.window == 0 {
        println!("  pacing: flood, every message sent without waiting for replies");
    } else {
        println!(
            "  pacing: bounded window, at most {} messages awaiting their reply (BENCH_WINDOW)",
            load.window
        );
    }
    println!(
        "  machine: {cpus} CPUs shared by all; stand-in and driver on one thread of this \
         process (127.0.0.1), the bot on its own runtime"
    );
    println!(
        "  latency = reply POST received by the stand-in - MESSAGE_CREATE queued to the socket"
    );
}

fn print_run(run: &Run) {
    let ms = |d: Duration| d.as_secs_f64() * 1e3;
    println!(
        "    replies {}  p50 {:.3} ms  p90 {:.3} ms  p99 {:.3} ms  max {:.3} ms",
        run.latencies.len(),
        ms(run.percentile(0.50)),
        ms(run.percentile(0.90)),
        ms(run.percentile(0.99)),
        ms(run.max()),
    );
    println!(
        "    throughput {:.0} replies/s ({} replies in {:.3} s, first dispatch to last reply)",
        run.throughput(),
        run.latencies.len(),
        run.span.as_secs_f64()
    );
}

fn verdict(target: &str, ok: bool) {
    println!("  {} {target}", if ok { "PASS" } else { "FAIL" });
}

fn mb(kb: u64) -> String {
    format!("{:.1} MB", kb as f64 / 1024.0)
}

/// Starts a stand-in and waits until the bot identified and registered its commands.
async fn ready_standin(
    boot: impl FnOnce(&StandIn) -> anyhow::Result<()>,
) -> anyhow::Result<StandIn> {
    let standin = StandIn::start(StandInConfig::default()).await;
    boot(&standin)?;
    standin.wait_ready().await;
    let registered = standin
        .wait_for_request(
            |r| r.method == "PUT" && r.path.ends_with("/commands"),
            support::DEFAULT_WAIT,
        )
        .await;
    ensure!(
        registered.is_some(),
        "the bot never registered its commands"
    );
    Ok(standin)
}

async fn in_process(load: &Load, questions: &[String]) -> anyhow::Result<Run> {
    let mut bot = None;
    let standin = ready_standin(|s| {
        let settings = bot::settings(&s.api_base(), s.guild().text_channel_id)?;
        let faq = bot::load_faq(&settings)?;
        bot = Some(bot::InProcess::start(settings, faq)?);
        Ok(())
    })
    .await?;
    let run = drive::run(&standin, questions, load).await;
    if let Some(bot) = bot {
        bot.stop().await?;
    }
    run
}

/// What the run against `faqbot serve` saw, with where the CPU went.
struct Separate {
    run: Run,
    /// faqbot serve's VmHWM.
    hwm_kb: u64,
    bot_cpu: Duration,
    /// The stand-in and the load driver: everything in this process during the run.
    own_cpu: Duration,
}

/// Runs the load against `faqbot serve`.
async fn separate_process(load: &Load, questions: &[String]) -> anyhow::Result<Separate> {
    let mut child = None;
    let standin = ready_standin(|s| {
        child = Some(bot::Process::spawn(
            &s.api_base(),
            s.guild().text_channel_id,
        )?);
        Ok(())
    })
    .await?;
    let child = child.context("faqbot serve was not started")?;
    let cpu = |pid| bot::cpu_time(pid).unwrap_or_default();
    let (bot_before, own_before) = (cpu(Some(child.pid())), cpu(None));
    let run = drive::run(&standin, questions, load).await?;
    let (bot_cpu, own_cpu) = (cpu(Some(child.pid())) - bot_before, cpu(None) - own_before);
    let hwm = bot::proc_status_kb(Some(child.pid()), "VmHWM").context("read faqbot's VmHWM")?;
    tokio::task::spawn_blocking(move || child.stop()).await??;
    Ok(Separate {
        run,
        hwm_kb: hwm,
        bot_cpu,
        own_cpu,
    })
}

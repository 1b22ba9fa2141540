//! Load generation against the stand-in and the figures taken from what it recorded: each
//! reply is matched to its question by `message_reference.message_id`, and both instants come
//! from the stand-in's clock (dispatch queued to the socket, reply POST received).

use std::collections::HashMap;
use std::time::{Duration, Instant};

use anyhow::{bail, ensure};

use crate::support::{MessageCreate, Recorded, StandIn, UserSpec};

/// How many messages, and how they are paced.
#[derive(Clone, Copy, Debug)]
pub struct Load {
    /// Messages sent (and replies awaited) before measuring: connection pool, caches, JIT-free
    /// but still cold allocator and page faults.
    pub warmup: usize,
    pub measured: usize,
    /// At most this many questions await their reply at once; 0 floods without waiting.
    pub window: usize,
    /// Authors cycle through this many user ids.
    pub users: u64,
    /// How long to wait for all replies once everything is sent.
    pub drain: Duration,
}

/// What one measured run saw.
pub struct Run {
    /// Reply POST recorded minus dispatch, one per measured message, sorted.
    pub latencies: Vec<Duration>,
    /// From the first measured dispatch to the last measured reply.
    pub span: Duration,
}

impl Run {
    pub fn percentile(&self, p: f64) -> Duration {
        let rank = ((p * self.latencies.len() as f64).ceil() as usize).max(1);
        self.latencies[rank.min(self.latencies.len()) - 1]
    }

    pub fn max(&self) -> Duration {
        self.latencies.last().copied().unwrap_or_default()
    }

    pub fn throughput(&self) -> f64 {
        self.latencies.len() as f64 / self.span.as_secs_f64()
    }
}

/// Replies seen so far, read incrementally from the stand-in's request log.
#[derive(Default)]
struct Replies {
    cursor: usize,
    at: HashMap<u64, Instant>,
}

impl Replies {
    /// Waits until `n` replies are in; false at `deadline`.
    async fn until(&mut self, standin: &StandIn, n: usize, deadline: Instant) -> bool {
        while self.at.len() < n {
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                return false;
            }
            let (cursor, fresh) = standin
                .pick_requests_since(self.cursor, left, reply_to)
                .await;
            self.cursor = cursor;
            for (id, at) in fresh {
                self.at.entry(id).or_insert(at);
            }
        }
        true
    }
}

/// The question a bot message replies to, with the instant its POST was recorded.
fn reply_to(r: &Recorded) -> Option<(u64, Instant)> {
    if !r.is_message_post() {
        return None;
    }
    Some((r.replied_to()?, r.at))
}

/// Sends `count` messages, keeping at most `window` unanswered; returns (id, dispatched at).
async fn send(
    standin: &StandIn,
    replies: &mut Replies,
    questions: &[String],
    load: &Load,
    count: usize,
) -> anyhow::Result<Vec<(u64, Instant)>> {
    let guild = standin.guild().clone();
    let base = replies.at.len();
    let mut sent = Vec::with_capacity(count);
    for i in 0..count {
        if load.window > 0 && i >= load.window {
            let need = base + i + 1 - load.window;
            if !replies
                .until(standin, need, Instant::now() + load.drain)
                .await
            {
                bail!(
                    "the bot stopped replying after {} of {count}",
                    replies.at.len() - base
                );
            }
        }
        let user_id = 1_190_000_000_000_000_000 + (i as u64 % load.users);
        let author = UserSpec::human(user_id, &format!("patient{}", i as u64 % load.users));
        let text = questions[i % questions.len()].clone();
        let msg = standin.send_message_create(MessageCreate::guild(&guild, author, text));
        sent.push((msg.id, msg.dispatched.at));
        if load.window == 0 {
            // Let the gateway task and the bot run between sends, as a socket would.
            tokio::task::yield_now().await;
        }
    }
    Ok(sent)
}

/// Appends one line per measured message, "dispatch offset µs, latency µs" in send order,
/// and a blank line after the run: where in a run the slow replies cluster.
fn write_timeline(
    path: &str,
    sent: &[(u64, Instant)],
    replied: &HashMap<u64, Instant>,
) -> anyhow::Result<()> {
    use std::io::Write as _;
    let mut out = String::new();
    for (id, dispatched) in sent {
        let latency = replied[id].saturating_duration_since(*dispatched);
        let offset = dispatched.saturating_duration_since(sent[0].1);
        out += &format!("{} {}\n", offset.as_micros(), latency.as_micros());
    }
    out.push('\n');
    let mut file = std::fs::OpenOptions::new()
        .append(true)
        .create(true)
        .open(path)?;
    file.write_all(out.as_bytes())?;
    Ok(())
}

/// Warms up, then measures `load.measured` messages.
pub async fn run(standin: &StandIn, questions: &[String], load: &Load) -> anyhow::Result<Run> {
    let mut replies = Replies::default();
    send(standin, &mut replies, questions, load, load.warmup).await?;
    if !replies
        .until(standin, load.warmup, Instant::now() + load.drain)
        .await
    {
        bail!(
            "only {} of {} warm-up replies",
            replies.at.len(),
            load.warmup
        );
    }
    let sent = send(standin, &mut replies, questions, load, load.measured).await?;
    let want = load.warmup + load.measured;
    let complete = replies
        .until(standin, want, Instant::now() + load.drain)
        .await;
    ensure!(
        complete,
        "only {} of {} replies within {:?} after the last send",
        replies.at.len() - load.warmup,
        load.measured,
        load.drain
    );
    let mut latencies = Vec::with_capacity(sent.len());
    let mut last = sent[0].1;
    for (id, dispatched) in &sent {
        let Some(&replied) = replies.at.get(id) else {
            bail!("no reply to message {id}");
        };
        latencies.push(replied.saturating_duration_since(*dispatched));
        last = last.max(replied);
    }
    if let Ok(path) = std::env::var("BENCH_TIMELINE") {
        write_timeline(&path, &sent, &replies.at)?;
    }
    latencies.sort_unstable();
    let span = last.saturating_duration_since(sent[0].1);
    Ok(Run { latencies, span })
}

//! Booting the real bot against the stand-in, and reading its replies back out of the
//! stand-in's request log.

use std::collections::HashMap;
use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use arc_swap::ArcSwap;
use faqbot::config::Settings;
use faqbot::corpus::Corpus;
use faqbot::faq::Faq;
use serde_json::Value;
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

use crate::support::{init_test_log, MessageCreate, Recorded, SentMessage, StandIn, UserSpec};

/// How long any single wait for the bot may take before the test fails. Generous for a loaded
/// CI machine; a passing test waits milliseconds.
pub const WAIT: Duration = Duration::from_secs(10);
/// A DM channel: any channel outside the stand-in's guilds is a DM.
pub const DM_CHANNEL: u64 = 1_180_000_000_000_000_300;
/// The token the bot sends; never a real one.
pub const TOKEN: &str = "stand-in-token-not-a-secret";

/// A patient; `n` keeps users apart (the cooldown is per user).
pub fn patient(n: u64) -> UserSpec {
    UserSpec::human(1_180_000_000_000_000_500 + n, &format!("patient{n}"))
}

/// Settings that point the bot at `standin`, with the guild's text channel as the answer
/// channel and no cooldown; `extra` environment variables override any of it.
pub fn settings(standin: &StandIn, extra: &[(&str, String)]) -> Settings {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut env: HashMap<String, String> = bot_env(standin).into_iter().collect();
    env.extend(extra.iter().map(|(k, v)| (k.to_string(), v.clone())));
    let mut settings =
        Settings::load_with_env(&root.join("config"), env).expect("test settings load");
    settings.corpus.dir = root.join("faq");
    settings
}

/// The environment that points `faqbot serve` (or [`settings`]) at `standin`.
pub fn bot_env(standin: &StandIn) -> Vec<(String, String)> {
    [
        ("FAQBOT__DISCORD__TOKEN", TOKEN.to_string()),
        ("FAQBOT__DISCORD__API_BASE", standin.api_base()),
        (
            "FAQBOT__DISCORD__ANSWER_CHANNELS",
            standin.guild().text_channel_id.to_string(),
        ),
        ("FAQBOT__DISCORD__COOLDOWN_SECONDS", "0".to_string()),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v))
    .collect()
}

/// The bot running in-process (`faqbot::discord::run`) until [`Bot::stop`].
pub struct Bot {
    task: JoinHandle<anyhow::Result<()>>,
    stop: oneshot::Sender<()>,
}

impl Bot {
    /// Starts the bot without waiting for anything.
    pub fn spawn(settings: Settings) -> Bot {
        init_test_log();
        let corpus = Corpus::load(&settings.corpus.dir).expect("the shipped corpus loads");
        let faq = Arc::new(ArcSwap::from_pointee(Faq::new(corpus, settings.matcher)));
        let (stop, stopped) = oneshot::channel::<()>();
        let task = tokio::spawn(faqbot::discord::run(settings, faq, async {
            let _ = stopped.await;
        }));
        Bot { task, stop }
    }

    /// Starts the bot and waits until it is connected and its commands are registered, so
    /// every event a test sends from then on is handled.
    pub async fn start(standin: &StandIn, extra: &[(&str, String)]) -> Bot {
        let bot = Bot::spawn(settings(standin, extra));
        standin.wait_ready().await;
        let registered = |r: &Recorded| r.method == "PUT" && r.succeeded();
        let put = standin.wait_for_request(registered, WAIT).await;
        put.expect("the bot registers its slash commands");
        bot
    }

    /// [`Bot::start`] with a per-user cooldown that cannot run out during a test.
    pub async fn start_with_cooldown(standin: &StandIn) -> Bot {
        let long = [("FAQBOT__DISCORD__COOLDOWN_SECONDS", "600".to_string())];
        Bot::start(standin, &long).await
    }

    /// Stops the bot and returns what `run` returned.
    pub async fn stop(self) -> anyhow::Result<()> {
        // The bot may already have ended (then its result says why).
        let _ = self.stop.send(());
        tokio::time::timeout(Duration::from_secs(30), self.task)
            .await
            .expect("the bot stops in time")
            .expect("the bot task did not panic")
    }
}

/// Every message post, failed or not, that replies to `message`.
pub fn posts_replying_to(standin: &StandIn, message: &SentMessage) -> Vec<Recorded> {
    standin
        .requests()
        .into_iter()
        .filter(|r| r.is_message_post() && r.replied_to() == Some(message.id))
        .collect()
}

/// Waits for the bot's successful reply to `message`.
pub async fn reply_to(standin: &StandIn, message: &SentMessage) -> Recorded {
    let id = message.id;
    let found = standin
        .wait_for_request(
            |r| r.is_message_post() && r.succeeded() && r.replied_to() == Some(id),
            WAIT,
        )
        .await;
    found.unwrap_or_else(|| panic!("no reply to message {id} within {WAIT:?}"))
}

/// How many message posts the bot has made so far.
pub fn message_posts(standin: &StandIn) -> usize {
    standin
        .requests()
        .iter()
        .filter(|r| r.is_message_post())
        .count()
}

/// How long a "no reply" check keeps watching after the reply it waited for. Event handlers
/// run concurrently, so a wrong reply to an earlier message could land just after it.
const LATE_REPLY_GRACE: std::time::Duration = std::time::Duration::from_millis(250);

/// Sends `then`, asserts that the bot's next message post after the first `before` ones
/// answers it, and returns that post. So whatever was sent before `then` got no reply: it
/// would have come first, or (its handler running late) within [`LATE_REPLY_GRACE`] after,
/// and no other post is allowed then.
pub async fn assert_next_reply_is_to(
    standin: &StandIn,
    before: usize,
    then: MessageCreate,
) -> Recorded {
    let sent = standin.send_message_create(then);
    let next = standin
        .wait_for_nth_request(before + 1, Recorded::is_message_post, WAIT)
        .await
        .expect("the bot replies to the later message");
    assert_eq!(
        next.replied_to(),
        Some(sent.id),
        "the next reply answers the later message, so the earlier ones got none: {}",
        next.body
    );
    tokio::time::sleep(LATE_REPLY_GRACE).await;
    let late: Vec<String> = standin
        .requests()
        .iter()
        .filter(|r| r.is_message_post())
        .skip(before + 1)
        .map(|r| r.body.to_string())
        .collect();
    assert!(late.is_empty(), "posts after the awaited reply: {late:?}");
    next
}

/// The id of the first message created after message `after`: the bot's reply to it, which
/// the stand-in echoed back as MESSAGE_CREATE. A button on that reply sits on this message.
pub fn message_created_after(standin: &StandIn, after: u64) -> u64 {
    standin
        .dispatched()
        .iter()
        .filter(|d| d.event == "MESSAGE_CREATE")
        .filter_map(|d| d.message_id)
        .find(|&id| id > after)
        .expect("the reply was echoed as MESSAGE_CREATE")
}

/// The path of the callback for an interaction the stand-in sent.
pub fn callback_path(id: u64, token: &str) -> String {
    format!("/api/v10/interactions/{id}/{token}/callback")
}

/// Waits for the bot's interaction callback and returns its body.
pub async fn callback(standin: &StandIn, id: u64, token: &str) -> Value {
    let path = callback_path(id, token);
    let answered = |r: &Recorded| r.path == path && r.status.is_some();
    let found = standin.wait_for_request(answered, WAIT).await;
    let recorded = found.unwrap_or_else(|| panic!("no callback for interaction {id}"));
    assert!(
        recorded.succeeded(),
        "callback refused: {:?}",
        recorded.status
    );
    Value::clone(&recorded.body)
}

/// The shipped corpus, to compare replies with the entries they come from.
pub fn corpus() -> Corpus {
    Corpus::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("faq")).expect("corpus loads")
}

//! The Discord front end: the only module that knows serenity and poise.
//!
//! Events flow through [`events::Events`], which gates them for shutdown, answers messages
//! ([`messages`]) and button presses ([`components`]) itself, and hands slash commands and
//! autocomplete to poise ([`commands`]). Every message the bot sends is built in [`render`].

mod admin;
mod autocomplete;
mod commands;
mod components;
mod cooldown;
mod custom_id;
mod events;
mod inflight;
mod learn;
mod messages;
mod observe;
pub mod policy;
mod render;
mod retry;
mod threads;

use std::collections::HashSet;
use std::future::{Future, IntoFuture};
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use anyhow::{bail, ensure, Context as _};
use arc_swap::ArcSwap;
use secrecy::{ExposeSecret, SecretString};
use serenity::all::{
    Client, ClientBuilder, GatewayIntents, GuildId, Http, HttpBuilder, ShardManager,
};
use tracing::{info, warn};

use crate::config::Settings;
use crate::faq::Faq;
use crate::moderation::Moderation;
use cooldown::Cooldown;
use inflight::InFlight;
use threads::ThreadParents;

/// Shared by every handler. Built once per run; the corpus inside can be swapped live.
pub struct Data {
    /// Loaded afresh for each event, so a swapped corpus takes effect on the next message.
    pub faq: Arc<ArcSwap<Faq>>,
    pub emergency_number: String,
    pub answer_channels: HashSet<u64>,
    pub cooldown: Mutex<Cooldown>,
    pub thread_parents: ThreadParents,
    /// None when the bot runs without moderation (then nothing is learned or recorded).
    pub moderation: Option<Arc<Moderation>>,
    pub moderators: admin::Moderators,
    /// Moderator forms and confirmations between two interactions.
    pub pending: admin::pending::PendingStore,
}

pub type Error = Box<dyn std::error::Error + Send + Sync>;
/// The bot has slash commands only, so commands get the application context directly.
pub type Context<'a> = poise::ApplicationContext<'a, Arc<Data>, Error>;

/// What `faqbot serve` says when there is no token.
pub const MISSING_TOKEN: &str = "faqbot serve needs a Discord bot token, and none is set.\n\
    Set DISCORD_TOKEN=<your bot token> (or FAQBOT__DISCORD__TOKEN=<your bot token>) in the \
    environment and run `faqbot serve` again.\n\
    Without a token, `faqbot ask \"<your question>\"` still answers questions offline.";

/// Where the real Discord API lives; any other `discord.api_base` is a stand-in.
const DISCORD_API: &str = "https://discord.com";
/// serenity's gateway when discovery fails (`src/client/mod.rs`). Seeing it with a stand-in
/// means discovery failed and the bot would connect to the real Discord.
const FALLBACK_GATEWAY: &str = "wss://gateway.discord.gg";
/// How long shutdown waits for replies under way before closing the connection anyway.
const DRAIN_TIMEOUT: Duration = Duration::from_secs(10);
/// How long to wait for serenity's own shutdown after asking the shards to stop.
const STOP_TIMEOUT: Duration = Duration::from_secs(10);
/// How often to ask again while a shard is still connecting.
const STOP_RETRY: Duration = Duration::from_millis(200);
/// How often vote and answer counts are written; a crash loses at most this much.
const FLUSH_EVERY: Duration = Duration::from_secs(10);

impl Data {
    pub fn new(settings: &Settings, faq: Arc<ArcSwap<Faq>>) -> Self {
        let cooldown = Duration::from_secs(settings.discord.cooldown_seconds);
        Data {
            faq,
            emergency_number: settings.safety.emergency_number.clone(),
            answer_channels: settings.discord.answer_channels.iter().copied().collect(),
            cooldown: Mutex::new(Cooldown::new(cooldown)),
            thread_parents: ThreadParents::default(),
            moderation: None,
            moderators: admin::Moderators::new(&settings.moderation),
            pending: Default::default(),
        }
    }

    /// The per-user cooldown's verdict for an answer posted where others see it; an allowed
    /// answer is recorded at once (see [`Cooldown::try_answer`]).
    pub fn may_answer_now(&self, user: u64, urgent: bool) -> bool {
        self.cooldown
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .try_answer(user, Instant::now(), urgent)
    }
}

pub fn intents() -> GatewayIntents {
    GatewayIntents::GUILDS
        | GatewayIntents::GUILD_MESSAGES
        | GatewayIntents::DIRECT_MESSAGES
        | GatewayIntents::MESSAGE_CONTENT
}

/// The token, if one is set and not blank.
pub fn token(settings: &Settings) -> Option<&SecretString> {
    settings
        .discord
        .token
        .as_ref()
        .filter(|token| !token.expose_secret().trim().is_empty())
}

/// Connects to Discord (or the stand-in at `discord.api_base`) and answers until `shutdown`
/// resolves; then stops taking events, lets replies under way finish, disconnects and
/// returns `Ok`.
pub async fn run(
    settings: Settings,
    faq: Arc<ArcSwap<Faq>>,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> anyhow::Result<()> {
    let data = Data::new(&settings, faq);
    run_with(settings, data, shutdown).await
}

/// [`run`] with moderation: `/faqadmin` in the moderation guilds, votes and the unanswered
/// log recorded, and the corpus served from `moderation.live`. Counts are flushed every
/// [`FLUSH_EVERY`] and once more after shutdown.
pub async fn run_moderated(
    settings: Settings,
    moderation: Arc<Moderation>,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> anyhow::Result<()> {
    let mut data = Data::new(&settings, moderation.live.handle());
    data.moderation = Some(Arc::clone(&moderation));
    let flusher = Arc::clone(&moderation);
    let flushing = tokio::spawn(async move {
        let mut every = tokio::time::interval(FLUSH_EVERY);
        loop {
            every.tick().await;
            flush(&flusher);
        }
    });
    let result = run_with(settings, data, shutdown).await;
    flushing.abort();
    flush(&moderation);
    result
}

fn flush(moderation: &Moderation) {
    if let Err(err) = moderation.feedback.flush() {
        warn!(error = %err, "could not write the feedback counts");
    }
}

async fn run_with(
    settings: Settings,
    data: Data,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> anyhow::Result<()> {
    let Some(token) = token(&settings) else {
        bail!(MISSING_TOKEN);
    };
    let api_base = settings.discord.api_base.trim().trim_end_matches('/');
    let stand_in = api_base != DISCORD_API;
    let http = build_http(token, api_base)?;
    let moderated = data.moderation.is_some();
    let data = Arc::new(data);
    let inflight = InFlight::new();
    let guilds = events::Guilds {
        commands: command_guilds(&settings.discord.command_guilds),
        moderation: if moderated {
            command_guilds(&settings.moderation.guilds)
        } else {
            Vec::new()
        },
    };
    let events = events::Events::new(Arc::clone(&data), Arc::clone(&inflight), guilds);
    let mut shutdown = std::pin::pin!(shutdown);
    // Building the client asks the API for the gateway URL (GET /api/v10/gateway), which may
    // take a while against an unresponsive API; a shutdown then still ends the run at once.
    let building = ClientBuilder::new_with_http(http, intents())
        .framework(events)
        .into_future();
    let client = tokio::select! {
        client = building => client.context("cannot set up the Discord client")?,
        () = shutdown.as_mut() => return Ok(()),
    };
    let gateway = client.ws_url.lock().await.clone();
    if stand_in && gateway == FALLBACK_GATEWAY {
        bail!("gateway discovery at {api_base} failed; refusing to fall back to Discord's real gateway");
    }
    info!(api_base, gateway = %gateway, "connecting to Discord");
    serve(client, inflight, shutdown).await
}

/// The REST client. With a stand-in, every request goes to `api_base`: serenity's rate
/// limiter builds its requests without the proxy (`src/http/ratelimiting.rs`), so it is off.
fn build_http(token: &SecretString, api_base: &str) -> anyhow::Result<Http> {
    let builder =
        HttpBuilder::new(token.expose_secret()).default_allowed_mentions(render::no_mentions());
    if api_base == DISCORD_API {
        return Ok(builder.build());
    }
    ensure!(
        api_base.starts_with("http://") || api_base.starts_with("https://"),
        "discord.api_base must be an http:// or https:// URL, not {api_base:?}"
    );
    Ok(builder.proxy(api_base).ratelimiter_disabled(true).build())
}

/// Guild ids as serenity wants them. Zero is not a Discord id (and would panic in serenity).
fn command_guilds(ids: &[u64]) -> Vec<GuildId> {
    ids.iter()
        .filter(|&&id| {
            if id == 0 {
                warn!("ignoring guild id 0 in discord.command_guilds");
            }
            id != 0
        })
        .map(|&id| GuildId::new(id))
        .collect()
}

async fn serve(
    mut client: Client,
    inflight: Arc<InFlight>,
    shutdown: Pin<&mut impl Future<Output = ()>>,
) -> anyhow::Result<()> {
    let shard_manager = Arc::clone(&client.shard_manager);
    let start = client.start();
    tokio::pin!(start);
    tokio::select! {
        result = &mut start => return result.context("the Discord connection failed"),
        () = shutdown => {}
    }
    info!("shutting down: no new events, finishing replies under way");
    inflight.close();
    if tokio::time::timeout(DRAIN_TIMEOUT, inflight.idle())
        .await
        .is_err()
    {
        warn!(
            running = inflight.running(),
            "gave up waiting for replies under way"
        );
    }
    stop_shards(&shard_manager, start).await;
    info!("shut down");
    Ok(())
}

/// Asks the shards to stop until `start` returns. One request is not always enough: serenity
/// ignores it while the shard is still connecting (it has no runner yet), which happens when
/// shutdown comes right after start.
async fn stop_shards(
    shard_manager: &ShardManager,
    mut start: Pin<&mut impl Future<Output = serenity::Result<()>>>,
) {
    let deadline = Instant::now() + STOP_TIMEOUT;
    loop {
        shard_manager.shutdown_all().await;
        match tokio::time::timeout(STOP_RETRY, start.as_mut()).await {
            Ok(Ok(())) => return,
            Ok(Err(err)) => {
                return warn!(error = %err, "the Discord connection ended with an error")
            }
            Err(_) if Instant::now() >= deadline => {
                return warn!("the Discord connection did not close in time");
            }
            Err(_) => {}
        }
    }
}

#[cfg(test)]
mod test_support {
    use std::path::Path;

    use crate::corpus::Corpus;
    use crate::faq::Faq;
    use crate::matcher::Thresholds;

    /// The repository's own corpus, so tests see real entries.
    pub fn faq() -> Faq {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("faq");
        let corpus = Corpus::load(&dir).expect("the repository's corpus is valid");
        Faq::new(corpus, Thresholds::default())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Builders set their own `allowed_mentions` too; the client's default is the net under
    /// any send that forgets to, against Discord and against a stand-in alike.
    #[test]
    fn every_rest_client_pings_no_one_unless_told() {
        let token = SecretString::from("not-a-real-token");
        for api_base in [DISCORD_API, "http://127.0.0.1:9"] {
            let http = build_http(&token, api_base).expect("a valid api_base");
            let default = serde_json::to_value(&http.default_allowed_mentions).unwrap();
            assert_eq!(
                default["parse"],
                serde_json::json!([]),
                "{api_base}: {default}"
            );
            assert_eq!(default["replied_user"], false, "{api_base}: {default}");
        }
    }

    #[test]
    fn an_api_base_that_is_not_http_is_refused() {
        let token = SecretString::from("not-a-real-token");
        let err = build_http(&token, "ws://127.0.0.1:9").unwrap_err();
        assert!(err.to_string().contains("discord.api_base"), "{err}");
    }
}

//! A bare serenity client wired to a stand-in, forwarding the events it gets to the test.

use std::collections::VecDeque;
use std::sync::Arc;
use std::time::Duration;

use serenity::all::{
    ClientBuilder, Context, EventHandler, GatewayIntents, Guild, HttpBuilder, Interaction, Message,
    Ready, ResumedEvent, ShardManager,
};
use serenity::async_trait;
use tokio::sync::mpsc;

use crate::support::{init_test_log, StandIn, StandInConfig};

/// How long one expected event may take to arrive.
pub const EVENT_WAIT: Duration = Duration::from_secs(5);

#[derive(Debug)]
pub enum Event {
    Ready(Box<Ready>),
    GuildCreate(Box<Guild>),
    Message(Box<Message>),
    Interaction(Box<Interaction>),
    Resumed,
}

struct Forwarder(mpsc::UnboundedSender<Event>);

#[async_trait]
impl EventHandler for Forwarder {
    async fn ready(&self, _: Context, ready: Ready) {
        let _ = self.0.send(Event::Ready(Box::new(ready)));
    }

    async fn guild_create(&self, _: Context, guild: Guild, _: Option<bool>) {
        let _ = self.0.send(Event::GuildCreate(Box::new(guild)));
    }

    async fn message(&self, _: Context, msg: Message) {
        let _ = self.0.send(Event::Message(Box::new(msg)));
    }

    async fn interaction_create(&self, _: Context, interaction: Interaction) {
        let _ = self.0.send(Event::Interaction(Box::new(interaction)));
    }

    async fn resume(&self, _: Context, _: ResumedEvent) {
        let _ = self.0.send(Event::Resumed);
    }
}

/// A running serenity client and the stand-in it talks to.
pub struct Harness {
    pub standin: StandIn,
    pub http: Arc<serenity::http::Http>,
    events: mpsc::UnboundedReceiver<Event>,
    skipped: VecDeque<Event>,
    shards: Arc<ShardManager>,
}

impl Harness {
    /// Starts a stand-in and a client with `intents`, and waits for the session to be ready.
    pub async fn start(config: StandInConfig, intents: GatewayIntents) -> Harness {
        init_test_log();
        let standin = StandIn::start(config).await;
        let http = HttpBuilder::new("Bot-token-for-tests")
            .proxy(standin.api_base())
            .ratelimiter_disabled(true)
            .build();
        let (tx, events) = mpsc::unbounded_channel();
        let mut client = ClientBuilder::new_with_http(http, intents)
            .event_handler(Forwarder(tx))
            .await
            .expect("build the serenity client");
        assert_eq!(client.ws_url.lock().await.as_str(), standin.ws_url());
        let shards = client.shard_manager.clone();
        let http = client.http.clone();
        tokio::spawn(async move { client.start().await });
        standin.wait_ready().await;
        Harness {
            standin,
            http,
            events,
            skipped: VecDeque::new(),
            shards,
        }
    }

    pub async fn with_intents(intents: GatewayIntents) -> Harness {
        Self::start(StandInConfig::default(), intents).await
    }

    /// The first event matching `pick`, earlier skipped ones included; panics on timeout.
    ///
    /// serenity runs each handler call in its own task, so events can reach the handler out of
    /// the gateway's order: skipped events are kept for later calls rather than dropped.
    pub async fn next<T>(&mut self, what: &str, pick: impl Fn(&Event) -> Option<T>) -> T {
        if let Some(found) = self.skipped.iter().position(|e| pick(e).is_some()) {
            let event = self.skipped.remove(found).expect("position is in range");
            return pick(&event).expect("matched above");
        }
        let deadline = tokio::time::Instant::now() + EVENT_WAIT;
        loop {
            match tokio::time::timeout_at(deadline, self.events.recv()).await {
                Ok(Some(event)) => match pick(&event) {
                    Some(found) => return found,
                    None => self.skipped.push_back(event),
                },
                Ok(None) => panic!("the client stopped before {what}"),
                Err(_) => panic!("no {what} within {EVENT_WAIT:?} (TEST_LOG=warn shows drops)"),
            }
        }
    }

    pub async fn next_message(&mut self) -> Message {
        self.next("MESSAGE_CREATE", |e| match e {
            Event::Message(m) => Some(Message::clone(m)),
            _ => None,
        })
        .await
    }

    pub async fn next_interaction(&mut self) -> Interaction {
        self.next("INTERACTION_CREATE", |e| match e {
            Event::Interaction(i) => Some(Interaction::clone(i)),
            _ => None,
        })
        .await
    }

    pub async fn shutdown(self) {
        self.shards.shutdown_all().await;
    }
}

/// Intents a FAQ bot needs, with or without the privileged MESSAGE_CONTENT.
pub fn intents(message_content: bool) -> GatewayIntents {
    let base =
        GatewayIntents::GUILDS | GatewayIntents::GUILD_MESSAGES | GatewayIntents::DIRECT_MESSAGES;
    if message_content {
        base | GatewayIntents::MESSAGE_CONTENT
    } else {
        base
    }
}

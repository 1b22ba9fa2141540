//! A loopback Discord stand-in: REST API v10 and a JSON gateway on 127.0.0.1, driven from tests
//! through the [`StandIn`] handle.
//!
//! Gateway: HELLO, IDENTIFY -> READY + GUILD_CREATE per guild, heartbeat ACKs, RESUME replays
//! missed dispatches then RESUMED (op 9 for an unknown session), op 7/op 9/close on command.
//! MESSAGE_CREATE content is blanked as Discord does when MESSAGE_CONTENT was not identified.
//! REST: every request is recorded; unknown routes answer 404 `{"message":"Unknown","code":0}`.
//!
//! Shared by the integration tests and the benches (`#[path]`-included), so it depends on no
//! test harness, and each target uses only part of it.
#![allow(dead_code, unused_imports)]

mod config;
mod gateway;
pub mod interactions;
pub mod messages;
pub mod payloads;
mod replies;
mod rest;
mod state;
mod traffic;
mod util;

use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::routing::get;
use axum::Router;
use serde_json::Value;

pub use config::{GuildSpec, StandInConfig, UserSpec};
pub use interactions::{opt, InteractionKind, InteractionSpec};
pub use messages::{MessageCreate, MESSAGE_CONTENT_INTENT};
pub use state::{Dispatched, GatewayStats, IssuedInteraction, Recorded};
pub use util::{init_test_log, within};

use interactions::{interaction_json, InteractionIds};
use state::Shared;

/// How long the `wait_*` helpers without an explicit timeout wait before panicking.
pub const DEFAULT_WAIT: Duration = Duration::from_secs(10);

/// What [`StandIn::send_message_create`] dispatched.
#[derive(Clone, Debug)]
pub struct SentMessage {
    pub id: u64,
    pub payload: Value,
    pub dispatched: Dispatched,
}

/// What [`StandIn::send_interaction`] dispatched; `token` addresses its responses.
#[derive(Clone, Debug)]
pub struct SentInteraction {
    pub id: u64,
    pub token: String,
    pub payload: Value,
    pub dispatched: Dispatched,
}

/// The running stand-in. Dropping it stops the server.
pub struct StandIn {
    shared: Arc<Shared>,
    addr: std::net::SocketAddr,
    server: tokio::task::JoinHandle<()>,
}

impl Drop for StandIn {
    fn drop(&mut self) {
        self.server.abort();
    }
}

impl StandIn {
    /// Binds 127.0.0.1:0 and serves until dropped. Needs a running tokio runtime.
    pub async fn start(config: StandInConfig) -> StandIn {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind the stand-in on 127.0.0.1:0");
        let addr = listener.local_addr().expect("stand-in local address");
        let shared = Arc::new(Shared::new(config, format!("ws://{addr}/gateway")));
        let app = Router::new()
            .route("/gateway", get(gateway::upgrade))
            .fallback(rest::handle)
            .with_state(shared.clone());
        // Like Discord's edge, answer and push frames at once: with Nagle on, a dispatch can
        // wait for the ACK of the previous one, which the bot delays ~40 ms.
        let server = tokio::spawn(async move {
            let _ = axum::serve(listener, app).tcp_nodelay(true).await;
        });
        StandIn {
            shared,
            addr,
            server,
        }
    }

    /// The base to give serenity's `HttpBuilder::proxy`, e.g. `http://127.0.0.1:PORT`.
    pub fn api_base(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// The gateway URL, as `GET /gateway` reports it.
    pub fn ws_url(&self) -> String {
        self.shared.ws_url.clone()
    }

    pub fn config(&self) -> &StandInConfig {
        &self.shared.config
    }

    pub fn bot(&self) -> &UserSpec {
        &self.shared.config.bot
    }

    pub fn guild(&self) -> &GuildSpec {
        self.shared
            .config
            .guilds
            .first()
            .expect("the stand-in config has no guild")
    }

    /// Waits until a socket is identified or resumed and can take dispatches; panics after
    /// [`DEFAULT_WAIT`].
    pub async fn wait_ready(&self) {
        let ready = self
            .shared
            .wait_for(DEFAULT_WAIT, |s| s.live().then_some(()))
            .await;
        assert!(
            ready.is_some(),
            "no ready gateway session within {DEFAULT_WAIT:?}"
        );
    }

    /// Waits until `pred` holds for the gateway counters; `None` on timeout.
    pub async fn wait_for_stats(
        &self,
        timeout: Duration,
        pred: impl Fn(&GatewayStats) -> bool,
    ) -> Option<GatewayStats> {
        self.shared
            .wait_for(timeout, |s| pred(&s.stats).then(|| s.stats.clone()))
            .await
    }

    pub fn stats(&self) -> GatewayStats {
        self.shared.read(|s| s.stats.clone())
    }

    /// Every REST request so far, oldest first.
    pub fn requests(&self) -> Vec<Recorded> {
        self.shared.read(|s| s.requests.clone())
    }

    /// Waits for the first recorded request (past or future) matching `pred`.
    pub async fn wait_for_request(
        &self,
        pred: impl Fn(&Recorded) -> bool,
        timeout: Duration,
    ) -> Option<Recorded> {
        self.shared
            .wait_for(timeout, |s| s.requests.iter().find(|r| pred(r)).cloned())
            .await
    }

    /// Waits for the `n`th (1-based) recorded request matching `pred`.
    pub async fn wait_for_nth_request(
        &self,
        n: usize,
        pred: impl Fn(&Recorded) -> bool,
        timeout: Duration,
    ) -> Option<Recorded> {
        let nth = |s: &state::Inner| s.requests.iter().filter(|r| pred(r)).nth(n - 1).cloned();
        self.shared.wait_for(timeout, nth).await
    }

    /// The `d` of every IDENTIFY received (token, intents, properties, presence...).
    pub fn identify_payloads(&self) -> Vec<Value> {
        self.shared.read(|s| s.identifies.clone())
    }

    /// Every frame the bot sent on the gateway (heartbeats included).
    pub fn client_frames(&self) -> Vec<Value> {
        self.shared.read(|s| s.client_frames.clone())
    }

    /// Every dispatch emitted, with its timestamp (for latency measurements).
    pub fn dispatched(&self) -> Vec<Dispatched> {
        self.shared.read(|s| s.dispatched.clone())
    }

    /// Closes the current socket with code 4000 (resumable). Returns false without a socket.
    /// Dispatches sent until the bot reconnects are replayed if it resumes.
    pub fn drop_gateway(&self) -> bool {
        self.shared.close_conn(4000)
    }

    /// Sends op 7 RECONNECT: the bot should close and resume.
    pub fn request_reconnect(&self) {
        self.shared.with(|s| {
            s.send(serde_json::json!({ "op": 7, "d": null }));
            if let Some(c) = s.conn.as_mut() {
                c.live = false;
            }
        });
    }

    /// Sends op 9 INVALID_SESSION (not resumable) and forgets the session: the bot must
    /// IDENTIFY again, and events sent before it does are lost, as on Discord.
    pub fn invalidate_session(&self) {
        self.shared.with(|s| {
            s.send(serde_json::json!({ "op": 9, "d": false }));
            s.stats.invalid_sessions += 1;
            s.session = None;
            if let Some(c) = s.conn.as_mut() {
                c.live = false;
            }
        });
    }

    /// The next `POST /channels/{id}/messages` gets a 429 with Discord's headers and body.
    pub fn fail_next_message_post_with_429(&self, retry_after_secs: f64) {
        self.shared
            .with(|s| s.fail_next_message_post = Some(retry_after_secs));
    }

    /// Holds every later `POST /channels/{id}/messages` for `delay` before answering it: the
    /// request is recorded at once (with `status: None`), so a test can act while it is pending.
    pub fn delay_message_posts(&self, delay: Duration) {
        self.shared.with(|s| s.message_post_delay = delay);
    }

    /// Dispatches MESSAGE_CREATE (content blanked per the identified intents, as Discord does).
    /// Panics if the bot never identified.
    pub fn send_message_create(&self, msg: MessageCreate) -> SentMessage {
        let id = self.shared.next_id();
        let payload = msg.to_json(id);
        let dispatched = self
            .shared
            .dispatch("MESSAGE_CREATE", &payload)
            .expect("MESSAGE_CREATE before any IDENTIFY: await wait_ready() first");
        SentMessage {
            id,
            payload,
            dispatched,
        }
    }

    /// Dispatches INTERACTION_CREATE and starts its response deadline. Panics if the bot never
    /// identified.
    pub fn send_interaction(&self, spec: InteractionSpec) -> SentInteraction {
        let cfg = &self.shared.config;
        let id = self.shared.next_id();
        let token = format!("interaction-token-{id}");
        let message = match &spec.kind {
            InteractionKind::Button { message_id, .. } => {
                Some(self.message_for_button(&spec, *message_id))
            }
            _ => None,
        };
        let ids = InteractionIds {
            id,
            token: &token,
            application_id: cfg.application_id,
            command_id: self.command_id(&spec),
            message,
        };
        let payload = interaction_json(&spec, ids);
        let issued = IssuedInteraction {
            id,
            kind: spec.type_code(),
            channel_id: spec.channel_id,
            guild_id: spec.guild_id,
            issued: Instant::now(),
            acked: false,
        };
        let dispatched = self.shared.with(|s| {
            s.interactions.insert(token.clone(), issued);
            s.dispatch(cfg.bot.id, "INTERACTION_CREATE", &payload)
        });
        let dispatched =
            dispatched.expect("INTERACTION_CREATE before any IDENTIFY: await wait_ready() first");
        SentInteraction {
            id,
            token,
            payload,
            dispatched,
        }
    }

    /// The id the bot registered for the command, so poise can match it; a fresh one otherwise.
    fn command_id(&self, spec: &InteractionSpec) -> u64 {
        let name = match &spec.kind {
            InteractionKind::Command { name, .. } | InteractionKind::Autocomplete { name, .. } => {
                name
            }
            _ => return self.shared.next_id(),
        };
        let found = self.shared.read(|s| {
            [spec.guild_id, None].iter().find_map(|scope| {
                let cmds = s.commands.get(scope)?;
                let c = cmds
                    .iter()
                    .find(|c| c["name"].as_str() == Some(name.as_str()))?;
                c["id"].as_str()?.parse().ok()
            })
        });
        found.unwrap_or_else(|| self.shared.next_id())
    }

    /// The message a clicked button sits on: the one the bot posted, or a plain bot message.
    fn message_for_button(&self, spec: &InteractionSpec, message_id: u64) -> Value {
        let known = self.shared.read(|s| s.messages.get(&message_id).cloned());
        known.unwrap_or_else(|| {
            MessageCreate::in_channel(spec.channel_id, spec.guild_id, self.bot().clone(), "")
                .to_json(message_id)
        })
    }
}

//! A tiny loopback Discord for the bot's smoke tests: REST on `/api/v10/...`, a gateway on
//! `/gateway`, every request recorded. Just enough for serenity and poise; the full stand-in
//! is built elsewhere.

// Each test crate that includes this module uses a different part of it.
#![allow(dead_code)]

use std::collections::HashMap;
use std::net::SocketAddr;
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use arc_swap::ArcSwap;
use axum::body::{to_bytes, Body};
use axum::extract::ws::{Message as WsMessage, WebSocket, WebSocketUpgrade};
use axum::extract::State;
use axum::http::{Method, Request, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use faqbot::config::Settings;
use faqbot::corpus::Corpus;
use faqbot::faq::Faq;
use serde_json::{json, Value};
use tokio::sync::{mpsc, oneshot};
use tokio::task::JoinHandle;

pub const BOT_ID: &str = "1000";
pub const APP_ID: &str = "1001";
pub const USER_ID: &str = "2000";
pub const DM_CHANNEL: &str = "3000";
pub const GUILD: &str = "4000";
pub const LISTED: &str = "5000";
pub const UNLISTED: &str = "5001";
/// A thread under `LISTED`, known only over REST.
pub const THREAD: &str = "5002";

#[derive(Debug)]
pub struct Recorded {
    pub method: Method,
    pub path: String,
    pub body: Value,
}

#[derive(Clone)]
struct Shared {
    addr: SocketAddr,
    recorded: mpsc::UnboundedSender<Recorded>,
    events: Arc<Mutex<Option<mpsc::UnboundedReceiver<Value>>>>,
    paths: Arc<Mutex<Vec<String>>>,
    message_delay: Duration,
    messages_done: Arc<Mutex<usize>>,
}

pub struct Discord {
    pub addr: SocketAddr,
    recorded: mpsc::UnboundedReceiver<Recorded>,
    events: mpsc::UnboundedSender<Value>,
    paths: Arc<Mutex<Vec<String>>>,
    messages_done: Arc<Mutex<usize>>,
}

impl Discord {
    /// `message_delay` holds each "send message" response back, to catch replies in flight.
    pub async fn start(message_delay: Duration) -> Discord {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let (recorded_tx, recorded) = mpsc::unbounded_channel();
        let (events, events_rx) = mpsc::unbounded_channel();
        let shared = Shared {
            addr,
            recorded: recorded_tx,
            events: Arc::new(Mutex::new(Some(events_rx))),
            paths: Arc::default(),
            message_delay,
            messages_done: Arc::default(),
        };
        let (paths, messages_done) = (shared.paths.clone(), shared.messages_done.clone());
        let app = Router::new()
            .route("/gateway", get(gateway))
            .fallback(rest)
            .with_state(shared);
        tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
        Discord {
            addr,
            recorded,
            events,
            paths,
            messages_done,
        }
    }

    /// Sends a gateway dispatch `{"t": ..., "d": ...}` to the bot.
    pub fn dispatch(&self, event: Value) {
        self.events.send(event).unwrap();
    }

    /// The next recorded request `wanted` accepts, skipping others.
    pub async fn next(&mut self, wanted: impl Fn(&Recorded) -> bool) -> Recorded {
        let wait = async {
            loop {
                let request = self.recorded.recv().await.expect("stand-in running");
                if wanted(&request) {
                    return request;
                }
            }
        };
        tokio::time::timeout(Duration::from_secs(20), wait)
            .await
            .expect("the bot made the request in time")
    }

    /// "METHOD /path" of every request so far.
    pub fn paths(&self) -> Vec<String> {
        self.paths.lock().unwrap().clone()
    }

    /// How many "send message" responses were fully sent.
    pub fn messages_done(&self) -> usize {
        *self.messages_done.lock().unwrap()
    }
}

async fn rest(State(shared): State<Shared>, request: Request<Body>) -> Response {
    let method = request.method().clone();
    let path = request.uri().path().to_owned();
    let bytes = to_bytes(request.into_body(), 1 << 20).await.unwrap();
    let body = serde_json::from_slice(&bytes).unwrap_or(Value::Null);
    shared
        .paths
        .lock()
        .unwrap()
        .push(format!("{method} {path}"));
    let recorded = Recorded {
        method: method.clone(),
        path: path.clone(),
        body,
    };
    let _ = shared.recorded.send(recorded);
    let parts: Vec<&str> = path.trim_start_matches("/api/v10/").split('/').collect();
    match (method, parts.as_slice()) {
        (Method::GET, ["gateway"]) => {
            Json(json!({"url": format!("ws://{}/gateway", shared.addr)})).into_response()
        }
        (Method::PUT, ["applications", _, "commands"])
        | (Method::PUT, ["applications", _, "guilds", _, "commands"]) => {
            Json(json!([])).into_response()
        }
        (Method::POST, ["channels", channel, "messages"]) => {
            tokio::time::sleep(shared.message_delay).await;
            *shared.messages_done.lock().unwrap() += 1;
            Json(message_json("9000", channel, BOT_ID, "")).into_response()
        }
        (Method::GET, ["channels", channel]) => Json(channel_json(channel)).into_response(),
        (Method::POST, ["interactions", _, _, "callback"]) => {
            StatusCode::NO_CONTENT.into_response()
        }
        _ => StatusCode::NOT_FOUND.into_response(),
    }
}

async fn gateway(State(shared): State<Shared>, upgrade: WebSocketUpgrade) -> Response {
    let events = shared.events.lock().unwrap().take();
    upgrade.on_upgrade(move |socket| session(socket, shared.addr, events))
}

async fn session(
    mut socket: WebSocket,
    addr: SocketAddr,
    events: Option<mpsc::UnboundedReceiver<Value>>,
) {
    let Some(mut events) = events else { return };
    let text = |value: Value| WsMessage::Text(value.to_string());
    let hello = json!({"op": 10, "d": {"heartbeat_interval": 41250}});
    socket.send(text(hello)).await.unwrap();
    let mut seq = 0;
    loop {
        let frame = tokio::select! {
            incoming = socket.recv() => {
                let Some(Ok(WsMessage::Text(incoming))) = incoming else { return };
                let incoming: Value = serde_json::from_str(&incoming).unwrap();
                match incoming["op"].as_u64() {
                    Some(2) => {
                        seq += 1;
                        json!({"op": 0, "t": "READY", "s": seq, "d": ready(addr)})
                    }
                    Some(1) => json!({"op": 11}),
                    _ => continue,
                }
            }
            event = events.recv() => {
                let Some(event) = event else { return };
                seq += 1;
                json!({"op": 0, "t": event["t"], "s": seq, "d": event["d"]})
            }
        };
        if socket.send(text(frame)).await.is_err() {
            return;
        }
    }
}

fn channel_json(id: &str) -> Value {
    if id == THREAD {
        json!({"id": id, "type": 11, "guild_id": GUILD, "name": "a thread", "parent_id": LISTED})
    } else {
        json!({"id": id, "type": 0, "guild_id": GUILD, "name": "a channel"})
    }
}

fn ready(addr: SocketAddr) -> Value {
    json!({
        "v": 10,
        "user": {"id": BOT_ID, "username": "faqbot", "bot": true},
        "guilds": [],
        "session_id": "session",
        "resume_gateway_url": format!("ws://{addr}/gateway"),
        "application": {"id": APP_ID, "flags": 0}
    })
}

pub fn user(id: &str, bot: bool) -> Value {
    json!({"id": id, "username": format!("user{id}"), "bot": bot})
}

fn message_json(id: &str, channel: &str, author: &str, content: &str) -> Value {
    json!({
        "id": id, "channel_id": channel, "author": user(author, author == BOT_ID),
        "content": content, "timestamp": "2024-01-01T00:00:00.000000+00:00", "tts": false,
        "mention_everyone": false, "mentions": [], "mention_roles": [],
        "attachments": [], "embeds": [], "pinned": false, "type": 0
    })
}

/// A MESSAGE_CREATE from the patient `USER_ID`; `guild` None makes it a DM.
pub fn message(id: &str, channel: &str, guild: Option<&str>, content: &str) -> Value {
    message_from(USER_ID, id, channel, guild, content)
}

/// A MESSAGE_CREATE from `author` (the bot itself when `BOT_ID`).
pub fn message_from(
    author: &str,
    id: &str,
    channel: &str,
    guild: Option<&str>,
    content: &str,
) -> Value {
    let mut message = message_json(id, channel, author, content);
    if let Some(guild) = guild {
        message["guild_id"] = json!(guild);
    }
    json!({"t": "MESSAGE_CREATE", "d": message})
}

/// An INTERACTION_CREATE from `USER_ID` in the DM channel.
pub fn interaction(id: &str, kind: u8, data: Value) -> Value {
    let mut d = json!({
        "id": id, "application_id": APP_ID, "type": kind, "channel_id": DM_CHANNEL,
        "token": "interaction-token", "version": 1, "locale": "en-US", "entitlements": [],
        "attachment_size_limit": 8388608, "user": user(USER_ID, false), "data": data
    });
    if kind == 3 {
        d["message"] = message_json("8000", DM_CHANNEL, BOT_ID, "");
    }
    json!({"t": "INTERACTION_CREATE", "d": d})
}

pub fn settings(addr: SocketAddr, extra: &[(&str, &str)]) -> Settings {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut env = HashMap::from([
        (
            "FAQBOT__DISCORD__TOKEN".to_owned(),
            "stand-in-token".to_owned(),
        ),
        (
            "FAQBOT__DISCORD__API_BASE".to_owned(),
            format!("http://{addr}"),
        ),
        (
            "FAQBOT__DISCORD__COOLDOWN_SECONDS".to_owned(),
            "0".to_owned(),
        ),
    ]);
    env.extend(extra.iter().map(|(k, v)| (k.to_string(), v.to_string())));
    let mut settings = Settings::load_with_env(&root.join("config"), env).unwrap();
    settings.corpus.dir = root.join("faq");
    settings
}

pub struct Bot {
    pub task: JoinHandle<anyhow::Result<()>>,
    stop: oneshot::Sender<()>,
}

impl Bot {
    pub fn boot(settings: Settings) -> Bot {
        // Quiet unless RUST_LOG asks for logs.
        faqbot::telemetry::init("off", "pretty");
        let corpus = Corpus::load(&settings.corpus.dir).unwrap();
        let faq = Arc::new(ArcSwap::from_pointee(Faq::new(corpus, settings.matcher)));
        let (stop, stopped) = oneshot::channel::<()>();
        let task = tokio::spawn(faqbot::discord::run(settings, faq, async {
            let _ = stopped.await;
        }));
        Bot { task, stop }
    }

    /// Stops the bot and returns what `run` returned.
    pub async fn stop(self) -> anyhow::Result<()> {
        self.stop.send(()).unwrap();
        tokio::time::timeout(Duration::from_secs(30), self.task)
            .await
            .expect("the bot stops in time")
            .expect("the bot task did not panic")
    }
}

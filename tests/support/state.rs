//! Shared state of the stand-in: recorded traffic, the gateway session and its dispatch log.
//!
//! A std `Mutex` guards everything (never held across an await); a watch channel counts changes
//! so waiters wake on any update instead of polling.

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use serde_json::{json, Value};
use tokio::sync::{mpsc, watch};

use super::messages::redacted_for_intents;
use super::payloads;
use super::StandInConfig;

/// 2015-01-01T00:00:00Z in Unix milliseconds: the origin of snowflake timestamps.
const DISCORD_EPOCH_MS: u64 = 1_420_070_400_000;

/// One HTTP request the bot made.
#[derive(Clone, Debug)]
pub struct Recorded {
    pub method: String,
    /// Path without the query string, e.g. `/api/v10/channels/1/messages`.
    pub path: String,
    /// Raw query string without `?` (serenity writes `&k=v`), empty when absent.
    pub query: String,
    /// Parsed JSON body; `Null` when empty, a `String` when not JSON (e.g. multipart).
    /// Shared with the route that answers the request, so it is parsed once and not copied.
    pub body: Arc<Value>,
    pub authorization: Option<String>,
    pub at: Instant,
    /// The HTTP status the stand-in answered with; `None` while the answer is still pending
    /// (e.g. held back by [`super::StandIn::delay_message_posts`]).
    pub status: Option<u16>,
}

impl Recorded {
    /// Answered with a 2xx status: for a POST, the thing was created.
    pub fn succeeded(&self) -> bool {
        self.status.is_some_and(|s| (200..300).contains(&s))
    }

    /// A POST creating a message in a channel (a reply, or any other post).
    pub fn is_message_post(&self) -> bool {
        self.method == "POST"
            && self.path.starts_with("/api/v10/channels/")
            && self.path.ends_with("/messages")
    }

    /// The id of the message this request's body replies to, if it is a reply.
    pub fn replied_to(&self) -> Option<u64> {
        self.body["message_reference"]["message_id"]
            .as_str()
            .and_then(|id| id.parse().ok())
    }
}

/// Gateway counters, for asserting on reconnect behaviour.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct GatewayStats {
    pub connections: u32,
    pub identifies: u32,
    pub resumes: u32,
    pub heartbeats: u32,
    pub readies: u32,
    pub resumed: u32,
    pub invalid_sessions: u32,
    /// Close codes of the close frames the bot sent, in order.
    pub client_closes: Vec<u16>,
}

/// One dispatch (op 0) the stand-in emitted, with the instant it was queued to the socket.
#[derive(Clone, Debug)]
pub struct Dispatched {
    pub event: String,
    pub seq: u64,
    pub at: Instant,
    /// For MESSAGE_CREATE: the message id, to correlate with the bot's reply in benchmarks.
    pub message_id: Option<u64>,
    /// False when no ready connection existed: it waits in the log for a RESUME.
    pub delivered: bool,
}

/// What the connection task writes to the socket. Frames travel as text serialised once,
/// because the same dispatch is also kept in the session log for RESUME.
pub enum Outgoing {
    Text(Arc<str>),
    Close(u16),
}

pub struct Session {
    pub id: String,
    pub intents: u64,
    pub seq: u64,
    /// Full op-0 frames as sent; sequence number `n` is at index `n - 1`. Replayed on RESUME.
    pub log: Vec<Arc<str>>,
    /// Index in `Inner::dispatched` of this session's first dispatch (sequences restart at 1).
    pub dispatch_base: usize,
}

pub struct Conn {
    pub id: u64,
    pub tx: mpsc::UnboundedSender<Outgoing>,
    /// READY or RESUMED was sent on this socket, so dispatches may flow to it.
    pub live: bool,
}

#[derive(Default)]
pub struct Inner {
    pub requests: Vec<Recorded>,
    pub identifies: Vec<Value>,
    pub client_frames: Vec<Value>,
    pub stats: GatewayStats,
    pub dispatched: Vec<Dispatched>,
    pub session: Option<Session>,
    pub conn: Option<Conn>,
    pub next_conn_id: u64,
    pub fail_next_message_post: Option<f64>,
    /// How long each `POST /channels/{id}/messages` is held before it is answered.
    pub message_post_delay: Duration,
    /// Bulk-overwritten commands, keyed by `None` (global) or `Some(guild)`.
    pub commands: HashMap<Option<u64>, Vec<Value>>,
    /// Messages created through REST, for later GET/PATCH and button interactions.
    pub messages: HashMap<u64, Value>,
    /// Interaction token -> original response message.
    pub originals: HashMap<String, Value>,
    /// Interaction token -> what the callback endpoint needs to judge a response.
    pub interactions: HashMap<String, IssuedInteraction>,
}

/// An interaction sent to the bot, tracked to enforce Discord's response rules.
#[derive(Clone, Debug)]
pub struct IssuedInteraction {
    pub id: u64,
    pub kind: u8,
    pub channel_id: u64,
    pub guild_id: Option<u64>,
    pub issued: Instant,
    pub acked: bool,
}

impl Inner {
    /// Queues a frame on the current socket, if any.
    pub fn send(&self, frame: Value) {
        self.send_text(frame.to_string().into());
    }

    fn send_text(&self, text: Arc<str>) {
        if let Some(c) = &self.conn {
            let _ = c.tx.send(Outgoing::Text(text));
        }
    }

    /// Appends an op-0 dispatch to the session log and sends it when the socket is ready.
    /// Returns `None` when no session was ever identified (Discord would have no one to tell).
    pub fn dispatch(&mut self, bot_id: u64, event: &str, d: &Value) -> Option<Dispatched> {
        let intents = self.session.as_ref()?.intents;
        let is_message = event == "MESSAGE_CREATE" || event == "MESSAGE_UPDATE";
        let message_id = is_message
            .then(|| d["id"].as_str().and_then(|s| s.parse().ok()))
            .flatten();
        let redacted = is_message
            .then(|| redacted_for_intents(d, intents, bot_id))
            .flatten();
        let d = redacted.as_ref().unwrap_or(d);
        self.dispatch_json(event, message_id, &d.to_string())
    }

    /// [`Inner::dispatch`] of a payload already serialised, which must not need redaction.
    pub fn dispatch_json(
        &mut self,
        event: &str,
        message_id: Option<u64>,
        d: &str,
    ) -> Option<Dispatched> {
        let session = self.session.as_mut()?;
        session.seq += 1;
        let seq = session.seq;
        let frame: Arc<str> = format!(r#"{{"op":0,"t":"{event}","s":{seq},"d":{d}}}"#).into();
        session.log.push(Arc::clone(&frame));
        let delivered = self.conn.as_ref().is_some_and(|c| c.live);
        if delivered {
            self.send_text(frame);
        }
        let record = Dispatched {
            event: event.into(),
            seq,
            at: Instant::now(),
            message_id,
            delivered,
        };
        self.dispatched.push(record.clone());
        Some(record)
    }

    pub fn live(&self) -> bool {
        self.conn.as_ref().is_some_and(|c| c.live)
    }
}

pub struct Shared {
    pub config: StandInConfig,
    pub ws_url: String,
    inner: Mutex<Inner>,
    changed: watch::Sender<u64>,
    last_id: AtomicU64,
}

impl Shared {
    pub fn new(config: StandInConfig, ws_url: String) -> Self {
        Self {
            config,
            ws_url,
            inner: Mutex::new(Inner::default()),
            changed: watch::channel(0).0,
            last_id: AtomicU64::new(0),
        }
    }

    /// A fresh snowflake: real timestamp bits, strictly increasing even within a millisecond.
    pub fn next_id(&self) -> u64 {
        let now = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .unwrap_or_default();
        let candidate = (now.as_millis() as u64).saturating_sub(DISCORD_EPOCH_MS) << 22;
        let prev = self
            .last_id
            .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |last| {
                Some(candidate.max(last + 1))
            })
            .unwrap_or(0);
        candidate.max(prev + 1)
    }

    fn lock(&self) -> MutexGuard<'_, Inner> {
        // A panicking test thread must not wedge the server for the other assertions.
        self.inner.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Runs `f` on the state and wakes every waiter.
    pub fn with<R>(&self, f: impl FnOnce(&mut Inner) -> R) -> R {
        let r = f(&mut self.lock());
        self.changed.send_modify(|v| *v += 1);
        r
    }

    /// Reads the state without waking waiters.
    pub fn read<R>(&self, f: impl FnOnce(&Inner) -> R) -> R {
        f(&self.lock())
    }

    /// Waits until `pred` holds, returning its `Some` value, or `None` after `timeout`.
    pub async fn wait_for<R>(
        &self,
        timeout: Duration,
        mut pred: impl FnMut(&Inner) -> Option<R>,
    ) -> Option<R> {
        let deadline = tokio::time::Instant::now() + timeout;
        let mut rx = self.changed.subscribe();
        loop {
            // Mark the current version seen before checking, so no update slips between.
            rx.borrow_and_update();
            if let Some(r) = pred(&self.lock()) {
                return Some(r);
            }
            if tokio::time::timeout_at(deadline, rx.changed())
                .await
                .is_err()
            {
                return None;
            }
        }
    }

    pub fn dispatch(&self, event: &str, d: &Value) -> Option<Dispatched> {
        let bot_id = self.config.bot.id;
        self.with(|s| s.dispatch(bot_id, event, d))
    }

    /// Registers a new socket; the previous one, if still open, stops receiving dispatches.
    pub fn register_conn(&self, tx: mpsc::UnboundedSender<Outgoing>) -> u64 {
        self.with(|s| {
            s.next_conn_id += 1;
            s.stats.connections += 1;
            s.conn = Some(Conn {
                id: s.next_conn_id,
                tx,
                live: false,
            });
            s.next_conn_id
        })
    }

    pub fn unregister_conn(&self, id: u64) {
        self.with(|s| {
            if s.conn.as_ref().is_some_and(|c| c.id == id) {
                s.conn = None;
            }
        });
    }

    /// Closes the current socket with `code`; dispatches queue up for a RESUME meanwhile.
    pub fn close_conn(&self, code: u16) -> bool {
        self.with(|s| match s.conn.as_mut() {
            Some(c) => {
                c.live = false;
                c.tx.send(Outgoing::Close(code)).is_ok()
            }
            None => false,
        })
    }

    /// Handles one text frame from the bot: heartbeat, identify or resume.
    pub fn on_client_frame(&self, conn_id: u64, text: &str) {
        let Ok(frame) = serde_json::from_str::<Value>(text) else {
            return;
        };
        self.with(|s| {
            if s.conn.as_ref().map(|c| c.id) != Some(conn_id) {
                return;
            }
            s.client_frames.push(frame.clone());
            match frame["op"].as_u64() {
                Some(1) => {
                    s.stats.heartbeats += 1;
                    s.send(json!({ "op": 11 }));
                }
                Some(2) => self.identify(s, frame["d"].clone()),
                Some(6) => self.resume(s, &frame["d"]),
                _ => {}
            }
        });
    }

    fn identify(&self, s: &mut Inner, d: Value) {
        s.stats.identifies += 1;
        s.stats.readies += 1;
        let intents = d["intents"].as_u64().unwrap_or(0);
        s.identifies.push(d);
        let id = format!("{:032x}", self.next_id());
        let ready = payloads::ready(&self.config, &id, &self.ws_url);
        let dispatch_base = s.dispatched.len();
        s.session = Some(Session {
            id,
            intents,
            seq: 0,
            log: Vec::new(),
            dispatch_base,
        });
        if let Some(c) = s.conn.as_mut() {
            c.live = true;
        }
        let bot_id = self.config.bot.id;
        s.dispatch(bot_id, "READY", &ready);
        for g in &self.config.guilds {
            s.dispatch(
                bot_id,
                "GUILD_CREATE",
                &payloads::guild_create(g, &self.config),
            );
        }
    }

    fn resume(&self, s: &mut Inner, d: &Value) {
        s.stats.resumes += 1;
        let from = d["seq"].as_u64().unwrap_or(0);
        let valid = s
            .session
            .as_ref()
            .is_some_and(|x| d["session_id"].as_str() == Some(&x.id));
        if !valid {
            // op 9 with d=false: the session is gone, identify again.
            s.stats.invalid_sessions += 1;
            s.send(json!({ "op": 9, "d": false }));
            return;
        }
        let (missed, base) = s.session.as_ref().map_or((Vec::new(), 0), |x| {
            let missed = x.log.iter().skip(from as usize).cloned();
            (missed.collect::<Vec<_>>(), x.dispatch_base)
        });
        for frame in missed {
            s.send_text(frame);
        }
        for rec in s.dispatched.iter_mut().skip(base).filter(|r| r.seq > from) {
            rec.delivered = true;
        }
        if let Some(c) = s.conn.as_mut() {
            c.live = true;
        }
        s.stats.resumed += 1;
        s.dispatch(
            self.config.bot.id,
            "RESUMED",
            &json!({ "_trace": ["faqbot-standin"] }),
        );
    }
}

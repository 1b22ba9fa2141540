//! Boots the real bot against a tiny loopback Discord and checks one message answer, one
//! slash command, and a clean shutdown. The full stand-in and its end-to-end tests live
//! elsewhere; this is the bot's own smoke test.

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
use tokio::sync::mpsc;

const BOT_ID: &str = "1000";
const APP_ID: &str = "1001";
const USER_ID: &str = "2000";
const DM_CHANNEL: &str = "3000";

#[derive(Debug)]
struct Recorded {
    method: Method,
    path: String,
    body: Value,
}

#[derive(Clone)]
struct StandIn {
    addr: SocketAddr,
    recorded: mpsc::UnboundedSender<Recorded>,
    events: Arc<Mutex<Option<mpsc::UnboundedReceiver<Value>>>>,
}

async fn start_stand_in() -> (
    SocketAddr,
    mpsc::UnboundedReceiver<Recorded>,
    mpsc::UnboundedSender<Value>,
) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let (recorded_tx, recorded_rx) = mpsc::unbounded_channel();
    let (events_tx, events_rx) = mpsc::unbounded_channel();
    let state = StandIn {
        addr,
        recorded: recorded_tx,
        events: Arc::new(Mutex::new(Some(events_rx))),
    };
    let app = Router::new()
        .route("/gateway", get(gateway))
        .fallback(rest)
        .with_state(state);
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    (addr, recorded_rx, events_tx)
}

async fn rest(State(state): State<StandIn>, request: Request<Body>) -> Response {
    let method = request.method().clone();
    let path = request.uri().path().to_owned();
    let bytes = to_bytes(request.into_body(), 1 << 20).await.unwrap();
    let body = serde_json::from_slice(&bytes).unwrap_or(Value::Null);
    let _ = state.recorded.send(Recorded {
        method: method.clone(),
        path: path.clone(),
        body,
    });
    let parts: Vec<&str> = path.trim_start_matches("/api/v10/").split('/').collect();
    match (method, parts.as_slice()) {
        (Method::GET, ["gateway"]) => {
            Json(json!({"url": format!("ws://{}/gateway", state.addr)})).into_response()
        }
        (Method::PUT, ["applications", _, "commands"]) => Json(json!([])).into_response(),
        (Method::POST, ["channels", channel, "messages"]) => Json(json!({
            "id": "9000", "channel_id": channel, "content": "",
            "author": {"id": BOT_ID, "username": "faqbot", "bot": true},
            "timestamp": "2024-01-01T00:00:00.000000+00:00", "tts": false,
            "mention_everyone": false, "mentions": [], "mention_roles": [],
            "attachments": [], "embeds": [], "pinned": false, "type": 0
        }))
        .into_response(),
        (Method::POST, ["interactions", _, _, "callback"]) => {
            StatusCode::NO_CONTENT.into_response()
        }
        _ => StatusCode::NOT_FOUND.into_response(),
    }
}

async fn gateway(State(state): State<StandIn>, upgrade: WebSocketUpgrade) -> Response {
    let events = state.events.lock().unwrap().take();
    upgrade.on_upgrade(move |socket| session(socket, state.addr, events))
}

async fn session(
    mut socket: WebSocket,
    addr: SocketAddr,
    events: Option<mpsc::UnboundedReceiver<Value>>,
) {
    let Some(mut events) = events else { return };
    let send = |value: Value| WsMessage::Text(value.to_string());
    let hello = json!({"op": 10, "d": {"heartbeat_interval": 41250}});
    socket.send(send(hello)).await.unwrap();
    let mut seq = 0;
    loop {
        tokio::select! {
            incoming = socket.recv() => {
                let Some(Ok(WsMessage::Text(text))) = incoming else { return };
                let frame: Value = serde_json::from_str(&text).unwrap();
                let reply = match frame["op"].as_u64() {
                    Some(2) => {
                        seq += 1;
                        json!({"op": 0, "t": "READY", "s": seq, "d": ready(addr)})
                    }
                    Some(1) => json!({"op": 11}),
                    _ => continue,
                };
                if socket.send(send(reply)).await.is_err() { return }
            }
            event = events.recv() => {
                let Some(event) = event else { return };
                seq += 1;
                let frame = json!({"op": 0, "t": event["t"], "s": seq, "d": event["d"]});
                if socket.send(send(frame)).await.is_err() { return }
            }
        }
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

fn user() -> Value {
    json!({"id": USER_ID, "username": "patient"})
}

fn dm(id: &str, content: &str) -> Value {
    json!({"t": "MESSAGE_CREATE", "d": {
        "id": id, "channel_id": DM_CHANNEL, "author": user(), "content": content,
        "timestamp": "2024-01-01T00:00:00.000000+00:00", "tts": false,
        "mention_everyone": false, "mentions": [], "mention_roles": [],
        "attachments": [], "embeds": [], "pinned": false, "type": 0
    }})
}

fn ask(question: &str) -> Value {
    json!({"t": "INTERACTION_CREATE", "d": {
        "id": "5000", "application_id": APP_ID, "type": 2, "channel_id": DM_CHANNEL,
        "token": "interaction-token", "version": 1, "locale": "en-US", "entitlements": [],
        "attachment_size_limit": 8388608, "user": user(),
        "data": {"id": "6000", "name": "faq", "type": 1, "options": [
            {"name": "ask", "type": 1, "options": [
                {"name": "question", "type": 3, "value": question}
            ]}
        ]}
    }})
}

async fn next_request(
    recorded: &mut mpsc::UnboundedReceiver<Recorded>,
    wanted: impl Fn(&Recorded) -> bool,
) -> Recorded {
    let wait = async {
        loop {
            let request = recorded.recv().await.expect("stand-in running");
            if wanted(&request) {
                return request;
            }
        }
    };
    tokio::time::timeout(Duration::from_secs(20), wait)
        .await
        .expect("the bot made the request in time")
}

fn settings(addr: SocketAddr, root: &Path) -> Settings {
    let env = HashMap::from([
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
    let mut settings = Settings::load_with_env(&root.join("config"), env).unwrap();
    settings.corpus.dir = root.join("faq");
    settings
}

#[tokio::test]
async fn answers_a_dm_and_a_slash_command_then_shuts_down() {
    let (addr, mut recorded, events) = start_stand_in().await;
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let settings = settings(addr, root);
    let corpus = Corpus::load(&settings.corpus.dir).unwrap();
    let faq = Arc::new(ArcSwap::from_pointee(Faq::new(corpus, settings.matcher)));
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let bot = tokio::spawn(faqbot::discord::run(settings, faq, async {
        let _ = stopped.await;
    }));

    let put = next_request(&mut recorded, |r| r.method == Method::PUT).await;
    assert_eq!(put.path, format!("/api/v10/applications/{APP_ID}/commands"));
    assert_eq!(put.body[0]["name"], "faq");

    events.send(dm("7000", "how long does botox last")).unwrap();
    let reply = next_request(&mut recorded, |r| r.path.ends_with("/messages")).await;
    assert_eq!(
        reply.path,
        format!("/api/v10/channels/{DM_CHANNEL}/messages")
    );
    assert_eq!(reply.body["allowed_mentions"]["parse"], json!([]));
    assert_eq!(reply.body["allowed_mentions"]["replied_user"], false);
    assert_eq!(reply.body["message_reference"]["message_id"], "7000");
    assert!(reply.body["embeds"][0]["footer"]["text"].is_string());

    events.send(ask("how long does botox last")).unwrap();
    let callback = next_request(&mut recorded, |r| r.path.ends_with("/callback")).await;
    assert_eq!(
        callback.path,
        "/api/v10/interactions/5000/interaction-token/callback"
    );
    assert_eq!(callback.body["type"], 4);
    assert_eq!(callback.body["data"]["flags"], 64);
    assert_eq!(
        callback.body["data"]["allowed_mentions"]["parse"],
        json!([])
    );

    stop.send(()).unwrap();
    let result = tokio::time::timeout(Duration::from_secs(20), bot)
        .await
        .expect("the bot stops in time")
        .expect("the bot task did not panic");
    assert!(result.is_ok(), "{result:?}");
}

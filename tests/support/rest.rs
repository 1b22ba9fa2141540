//! Discord REST API v10 under `/api/v10`: every request is recorded, then routed by hand so
//! serenity's `?&k=v` query strings and unknown routes need no special casing.

use std::sync::Arc;
use std::time::{Instant, SystemTime, UNIX_EPOCH};

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde_json::{json, Value};

use super::messages::MessageCreate;
use super::payloads;
use super::replies;
use super::state::{Recorded, Shared};
use super::UserSpec;

pub enum Reply {
    Json(StatusCode, Value),
    /// A body already serialised as JSON (the created message, also sent on the gateway).
    JsonText(StatusCode, String),
    NoContent,
    RateLimited(f64),
}

pub fn error(status: StatusCode, code: u32, message: &str) -> Reply {
    Reply::Json(status, json!({ "message": message, "code": code }))
}

pub async fn handle(
    State(shared): State<Arc<Shared>>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let body = Arc::new(parse_body(&body));
    let recorded = Recorded {
        method: method.to_string(),
        path: uri.path().to_string(),
        query: uri.query().unwrap_or("").to_string(),
        body: Arc::clone(&body),
        authorization: headers
            .get("authorization")
            .and_then(|v| v.to_str().ok())
            .map(str::to_string),
        at: Instant::now(),
        status: None,
    };
    let index = shared.with(|s| {
        s.requests.push(recorded);
        s.requests.len() - 1
    });
    let response = match uri.path().strip_prefix("/api/v10") {
        Some(rest) => {
            let segs: Vec<&str> = rest.split('/').filter(|s| !s.is_empty()).collect();
            hold_message_post(&shared, method.as_str(), &segs).await;
            render(route(&shared, method.as_str(), &segs, &body))
        }
        None => render(error(StatusCode::NOT_FOUND, 0, "Unknown")),
    };
    let status = response.status().as_u16();
    shared.with(|s| s.requests[index].status = Some(status));
    response
}

/// Holds a message post back when the test asked for it, so a reply can be caught in flight.
async fn hold_message_post(shared: &Shared, method: &str, segs: &[&str]) {
    if method == "POST" && matches!(segs, ["channels", _, "messages"]) {
        let delay = shared.read(|s| s.message_post_delay);
        if !delay.is_zero() {
            tokio::time::sleep(delay).await;
        }
    }
}

fn parse_body(body: &[u8]) -> Value {
    if body.is_empty() {
        return Value::Null;
    }
    serde_json::from_slice(body)
        .unwrap_or_else(|_| Value::String(String::from_utf8_lossy(body).into_owned()))
}

fn route(shared: &Shared, method: &str, segs: &[&str], body: &Value) -> Reply {
    let cfg = &shared.config;
    let ok = |v: Value| Reply::Json(StatusCode::OK, v);
    match (method, segs) {
        ("GET", ["gateway"]) => ok(json!({ "url": shared.ws_url })),
        ("GET", ["gateway", "bot"]) => ok(json!({
            "url": shared.ws_url,
            "shards": 1,
            "session_start_limit": {
                "total": 1000, "remaining": 999, "reset_after": 0, "max_concurrency": 1
            },
        })),
        ("GET", ["oauth2", "applications", "@me"] | ["applications", "@me"]) => {
            ok(payloads::application_info(cfg))
        }
        ("GET", ["users", "@me"]) => ok(payloads::user(&cfg.bot)),
        ("POST", ["users", "@me", "channels"]) => {
            let id = body["recipient_id"]
                .as_str()
                .and_then(|s| s.parse().ok())
                .unwrap_or(0);
            let recipient = UserSpec::human(id, &format!("user{id}"));
            ok(payloads::dm_channel(shared.next_id(), &recipient))
        }
        ("PUT", ["applications", _, "commands"]) => ok(overwrite_commands(shared, None, body)),
        ("PUT", ["applications", _, "guilds", guild, "commands"]) => {
            ok(overwrite_commands(shared, guild.parse().ok(), body))
        }
        ("GET", ["applications", _, "commands"]) => ok(list_commands(shared, None)),
        ("GET", ["applications", _, "guilds", guild, "commands"]) => {
            ok(list_commands(shared, guild.parse().ok()))
        }
        ("GET", ["channels", id]) => get_channel(shared, id),
        ("POST", ["channels", id, "typing"]) if id.parse::<u64>().is_ok() => Reply::NoContent,
        ("POST", ["channels", id, "messages"]) => match id.parse() {
            Ok(id) => post_message(shared, id, body),
            Err(_) => error(StatusCode::NOT_FOUND, 10003, "Unknown Channel"),
        },
        ("POST", ["interactions", id, token, "callback"]) => {
            replies::callback(shared, id.parse().unwrap_or(0), token, body)
        }
        ("POST", ["webhooks", _, token]) => replies::follow_up(shared, token, body),
        ("GET", ["webhooks", _, token, "messages", "@original"]) => {
            replies::get_original(shared, token)
        }
        ("PATCH", ["webhooks", _, token, "messages", "@original"]) => {
            replies::edit_original(shared, token, body)
        }
        ("DELETE", ["webhooks", _, token, "messages", "@original"]) => {
            shared.with(|s| s.originals.remove(*token));
            Reply::NoContent
        }
        _ => error(StatusCode::NOT_FOUND, 0, "Unknown"),
    }
}

fn overwrite_commands(shared: &Shared, guild: Option<u64>, body: &Value) -> Value {
    let app = shared.config.application_id;
    let echoed: Vec<Value> = body
        .as_array()
        .map(|cmds| {
            let build = |c: &Value| payloads::registered_command(c, shared.next_id(), app, guild);
            cmds.iter().map(build).collect()
        })
        .unwrap_or_default();
    shared.with(|s| s.commands.insert(guild, echoed.clone()));
    Value::Array(echoed)
}

fn list_commands(shared: &Shared, guild: Option<u64>) -> Value {
    Value::Array(shared.read(|s| s.commands.get(&guild).cloned().unwrap_or_default()))
}

fn get_channel(shared: &Shared, id: &str) -> Reply {
    let cfg = &shared.config;
    let id: u64 = id.parse().unwrap_or(0);
    for g in &cfg.guilds {
        if g.text_channel_id == id {
            return Reply::Json(StatusCode::OK, payloads::text_channel(g));
        }
        if g.thread_id == id {
            return Reply::Json(StatusCode::OK, payloads::thread_channel(g, cfg.owner.id));
        }
    }
    error(StatusCode::NOT_FOUND, 10003, "Unknown Channel")
}

/// `POST /channels/{id}/messages`: answers the created message and, as Discord does, echoes it
/// back to the bot as MESSAGE_CREATE. Channels outside the configured guilds count as DMs.
fn post_message(shared: &Shared, channel_id: u64, body: &Value) -> Reply {
    if let Some(retry_after) = shared.with(|s| s.fail_next_message_post.take()) {
        return Reply::RateLimited(retry_after);
    }
    let guild_id = shared.config.guild_of_channel(channel_id);
    let mut spec = MessageCreate::in_channel(
        channel_id,
        guild_id,
        shared.config.bot.clone(),
        body["content"].as_str().unwrap_or(""),
    );
    spec.reply_to = body["message_reference"]["message_id"]
        .as_str()
        .and_then(|s| s.parse().ok());
    let id = shared.next_id();
    let mut msg = spec.to_json(id);
    replies::copy_rich_fields(&mut msg, body);
    // Serialised once for both the echo and the response; the bot's own message is never
    // redacted, so the gateway frame needs no per-session copy.
    let text = msg.to_string();
    shared.with(|s| {
        s.dispatch_json("MESSAGE_CREATE", Some(id), &text);
        s.messages.insert(id, msg);
    });
    Reply::JsonText(StatusCode::OK, text)
}

fn render(reply: Reply) -> Response {
    match reply {
        Reply::Json(status, v) => (status, Json(v)).into_response(),
        Reply::JsonText(status, text) => {
            let json = [(header::CONTENT_TYPE, "application/json")];
            (status, json, text).into_response()
        }
        Reply::NoContent => StatusCode::NO_CONTENT.into_response(),
        Reply::RateLimited(retry_after) => rate_limited(retry_after),
    }
}

/// A per-route 429 with the headers Discord sends, so a client's limiter can parse it.
fn rate_limited(retry_after: f64) -> Response {
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default();
    let reset = now.as_secs_f64() + retry_after;
    let body = json!({
        "message": "You are being rate limited.",
        "retry_after": retry_after,
        "global": false,
    });
    let mut resp = (StatusCode::TOO_MANY_REQUESTS, Json(body)).into_response();
    let h = resp.headers_mut();
    let mut set = |k: &'static str, v: String| {
        if let Ok(v) = HeaderValue::from_str(&v) {
            h.insert(k, v);
        }
    };
    set("x-ratelimit-limit", "5".into());
    set("x-ratelimit-remaining", "0".into());
    set("x-ratelimit-reset", format!("{reset:.3}"));
    set("x-ratelimit-reset-after", format!("{retry_after:.3}"));
    set("x-ratelimit-bucket", "faqbot-standin-messages".into());
    set("x-ratelimit-scope", "user".into());
    set("retry-after", format!("{}", retry_after.ceil() as u64));
    resp
}

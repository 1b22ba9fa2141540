//! Interaction responses: the callback, the original response and follow-ups, with Discord's
//! rules (one acknowledgement, within the deadline) so a slow or double reply fails as in prod.

use axum::http::StatusCode;
use serde_json::{json, Value};

use super::messages::MessageCreate;
use super::payloads::sf;
use super::rest::{error, Reply};
use super::state::{Inner, IssuedInteraction};
use super::Shared;

/// Flag 64: only the invoking user sees the message. Flag 128: "Bot is thinking...".
const LOADING: u64 = 128;

/// `POST /interactions/{id}/{token}/callback`.
pub fn callback(shared: &Shared, id: u64, token: &str, body: &Value) -> Reply {
    let deadline = shared.config.interaction_deadline;
    let checked = shared.with(|s| {
        let issued = s.interactions.get_mut(token).filter(|i| i.id == id)?;
        if issued.issued.elapsed() > deadline {
            return Some(Err(error(
                StatusCode::NOT_FOUND,
                10062,
                "Unknown interaction",
            )));
        }
        if issued.acked {
            let msg = "Interaction has already been acknowledged.";
            return Some(Err(error(StatusCode::BAD_REQUEST, 40060, msg)));
        }
        issued.acked = true;
        Some(Ok(issued.clone()))
    });
    let issued = match checked {
        None => return error(StatusCode::NOT_FOUND, 10062, "Unknown interaction"),
        Some(Err(reply)) => return reply,
        Some(Ok(issued)) => issued,
    };
    match body["type"].as_u64() {
        // CHANNEL_MESSAGE_WITH_SOURCE and DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE both create the
        // original response message, which Discord dispatches to the bot.
        Some(4) => create_response(shared, &issued, token, &body["data"], false),
        Some(5) => create_response(shared, &issued, token, &body["data"], true),
        _ => {}
    }
    Reply::NoContent
}

fn create_response(
    shared: &Shared,
    issued: &IssuedInteraction,
    token: &str,
    data: &Value,
    loading: bool,
) {
    let msg = response_message(shared, issued, data, loading);
    shared.with(|s| {
        s.originals.insert(token.to_string(), msg.clone());
        s.dispatch(shared.config.bot.id, "MESSAGE_CREATE", &msg);
    });
}

/// A message authored by the bot through the application's webhook.
fn response_message(
    shared: &Shared,
    issued: &IssuedInteraction,
    data: &Value,
    loading: bool,
) -> Value {
    let cfg = &shared.config;
    let content = data["content"].as_str().unwrap_or("");
    let spec =
        MessageCreate::in_channel(issued.channel_id, issued.guild_id, cfg.bot.clone(), content)
            .via_webhook(cfg.application_id);
    let mut msg = spec.to_json(shared.next_id());
    copy_rich_fields(&mut msg, data);
    msg["application_id"] = sf(cfg.application_id);
    // 20 = CHAT_INPUT_COMMAND: a reply to a slash command; component replies are DEFAULT.
    msg["type"] = json!(if issued.kind == 2 { 20 } else { 0 });
    let flags = data["flags"].as_u64().unwrap_or(0) | if loading { LOADING } else { 0 };
    msg["flags"] = json!(flags);
    msg
}

/// Copies the request's rich parts (embeds, components, flags) onto the created message.
pub fn copy_rich_fields(msg: &mut Value, body: &Value) {
    for key in ["embeds", "components"] {
        if let Some(v) = body.get(key).filter(|v| v.is_array()) {
            msg[key] = v.clone();
        }
    }
    if let Some(f) = body.get("flags").and_then(Value::as_u64) {
        msg["flags"] = json!(f);
    }
    if let Some(tts) = body.get("tts").and_then(Value::as_bool) {
        msg["tts"] = json!(tts);
    }
}

fn issued(s: &Inner, token: &str) -> Option<IssuedInteraction> {
    s.interactions.get(token).cloned()
}

/// `POST /webhooks/{app}/{token}`: a follow-up message, valid only after an acknowledgement.
pub fn follow_up(shared: &Shared, token: &str, body: &Value) -> Reply {
    let Some(issued) = shared.read(|s| issued(s, token)) else {
        return error(StatusCode::NOT_FOUND, 10015, "Unknown Webhook");
    };
    if !issued.acked {
        return error(StatusCode::NOT_FOUND, 10015, "Unknown Webhook");
    }
    let msg = response_message(shared, &issued, body, false);
    shared.with(|s| {
        let id = msg["id"].as_str().and_then(|i| i.parse().ok()).unwrap_or(0);
        s.messages.insert(id, msg.clone());
        s.dispatch(shared.config.bot.id, "MESSAGE_CREATE", &msg);
    });
    Reply::Json(StatusCode::OK, msg)
}

/// `GET /webhooks/{app}/{token}/messages/@original`.
pub fn get_original(shared: &Shared, token: &str) -> Reply {
    match shared.read(|s| s.originals.get(token).cloned()) {
        Some(m) => Reply::Json(StatusCode::OK, m),
        None => error(StatusCode::NOT_FOUND, 10008, "Unknown Message"),
    }
}

/// `PATCH /webhooks/{app}/{token}/messages/@original`: edits the response (ends "thinking").
pub fn edit_original(shared: &Shared, token: &str, body: &Value) -> Reply {
    let edited = shared.with(|s| {
        let msg = s.originals.get_mut(token)?;
        if let Some(c) = body.get("content").filter(|c| !c.is_null()) {
            msg["content"] = c.clone();
        }
        copy_rich_fields(msg, body);
        let flags = msg["flags"].as_u64().unwrap_or(0) & !LOADING;
        msg["flags"] = json!(flags);
        msg["edited_timestamp"] = json!(super::payloads::now_timestamp());
        let msg = msg.clone();
        s.dispatch(shared.config.bot.id, "MESSAGE_UPDATE", &msg);
        Some(msg)
    });
    match edited {
        Some(m) => Reply::Json(StatusCode::OK, m),
        None => error(StatusCode::NOT_FOUND, 10008, "Unknown Message"),
    }
}

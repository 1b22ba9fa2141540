//! Boots the real bot against the tiny loopback Discord in `mini_discord` and checks what it sends.

use std::time::Duration;

use crate::mini_discord::*;
use axum::http::Method;
use serde_json::{json, Value};

const ANSWERABLE: &str = "how long do botox side effects last";
const VAGUE: &str = "botox";
const URGENT: &str = "i cant breathe after my botox";

fn is_reply(request: &Recorded) -> bool {
    request.method == Method::POST && request.path.ends_with("/messages")
}

fn is_callback(request: &Recorded) -> bool {
    request.path.ends_with("/callback")
}

fn assert_pings_no_one(body: &Value) {
    assert_eq!(body["allowed_mentions"]["parse"], json!([]), "{body}");
    assert_eq!(body["allowed_mentions"]["replied_user"], false, "{body}");
}

fn command(id: &str, sub: &str, options: Value) -> Value {
    let data = json!({"id": "6000", "name": "faq", "type": 1, "options": [
        {"name": sub, "type": 1, "options": options}
    ]});
    interaction(id, 2, data)
}

#[tokio::test]
async fn answers_a_dm_and_a_slash_command_then_shuts_down() {
    let mut discord = Discord::start(Duration::ZERO).await;
    let bot = Bot::boot(settings(discord.addr, &[]));

    let put = discord.next(|r| r.method == Method::PUT).await;
    assert_eq!(put.path, format!("/api/v10/applications/{APP_ID}/commands"));
    assert_eq!(put.body[0]["name"], "faq");
    let subcommands = put.body[0]["options"].as_array().unwrap();
    let names: Vec<&str> = subcommands
        .iter()
        .map(|s| s["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["ask", "show", "list", "about"]);
    assert_eq!(subcommands[0]["options"][0]["autocomplete"], true);
    assert_eq!(subcommands[1]["options"][0]["autocomplete"], true);

    discord.dispatch(message("7000", DM_CHANNEL, None, ANSWERABLE));
    let reply = discord.next(is_reply).await;
    assert_eq!(
        reply.path,
        format!("/api/v10/channels/{DM_CHANNEL}/messages")
    );
    assert_pings_no_one(&reply.body);
    assert_eq!(reply.body["message_reference"]["message_id"], "7000");
    assert_eq!(
        reply.body["embeds"][0]["title"],
        "How long do Botox side effects last?"
    );

    let question = json!([{"name": "question", "type": 3, "value": ANSWERABLE}]);
    discord.dispatch(command("5000", "ask", question));
    let callback = discord.next(is_callback).await;
    assert_eq!(
        callback.path,
        "/api/v10/interactions/5000/interaction-token/callback"
    );
    assert_eq!(callback.body["type"], 4);
    assert_eq!(callback.body["data"]["flags"], 64);
    assert_pings_no_one(&callback.body["data"]);

    bot.stop().await.expect("a clean shutdown returns Ok");
    let start: Vec<String> = discord.paths().into_iter().take(2).collect();
    assert_eq!(
        start,
        [
            "GET /api/v10/gateway".to_owned(),
            format!("PUT /api/v10/applications/{APP_ID}/commands")
        ]
    );
}

#[tokio::test]
async fn buttons_autocomplete_and_the_other_commands() {
    let mut discord = Discord::start(Duration::ZERO).await;
    let bot = Bot::boot(settings(discord.addr, &[]));
    discord.next(|r| r.method == Method::PUT).await;

    let show = json!({"custom_id": "faq:show:dosing", "component_type": 2});
    discord.dispatch(interaction("5101", 3, show));
    let callback = discord.next(is_callback).await;
    assert_eq!(callback.body["type"], 4);
    assert_eq!(callback.body["data"]["flags"], 64);
    assert_eq!(
        callback.body["data"]["embeds"][0]["title"],
        "How much Botox should I get?"
    );

    let page = json!({"custom_id": "faq:list:2", "component_type": 2});
    discord.dispatch(interaction("5102", 3, page));
    let callback = discord.next(is_callback).await;
    assert_eq!(callback.body["type"], 7);
    let footer = callback.body["data"]["embeds"][0]["footer"]["text"]
        .as_str()
        .unwrap();
    assert!(footer.starts_with("Page 2 of 3"), "{footer}");

    let typed = json!([{"name": "entry", "type": 3, "value": "dos", "focused": true}]);
    discord.dispatch(command("5103", "show", typed).with_type(4));
    let callback = discord.next(is_callback).await;
    assert_eq!(callback.body["type"], 8);
    assert_eq!(callback.body["data"]["choices"][0]["value"], "dosing");

    for (id, sub) in [("5104", "list"), ("5105", "about")] {
        discord.dispatch(command(id, sub, json!([])));
        let callback = discord.next(is_callback).await;
        assert_eq!(callback.body["type"], 4, "{sub}");
        assert_eq!(callback.body["data"]["flags"], 64, "{sub}");
        assert_pings_no_one(&callback.body["data"]);
    }
    bot.stop().await.unwrap();
}

#[tokio::test]
async fn answer_channels_hear_only_confident_answers_and_emergencies() {
    let mut discord = Discord::start(Duration::ZERO).await;
    let extra = [("FAQBOT__DISCORD__ANSWER_CHANNELS", LISTED)];
    let bot = Bot::boot(settings(discord.addr, &extra));
    discord.next(|r| r.method == Method::PUT).await;

    discord.dispatch(message("7101", LISTED, Some(GUILD), VAGUE));
    discord.dispatch(message_from("2999", "7102", LISTED, Some(GUILD), ANSWERABLE).by_a_bot());
    discord.dispatch(message_from(
        BOT_ID,
        "7103",
        LISTED,
        Some(GUILD),
        ANSWERABLE,
    ));
    discord.dispatch(message("7104", UNLISTED, Some(GUILD), ANSWERABLE));
    tokio::time::sleep(Duration::from_millis(300)).await;
    discord.dispatch(message("7105", LISTED, Some(GUILD), ANSWERABLE));
    let reply = discord.next(is_reply).await;
    assert_eq!(
        reply.body["message_reference"]["message_id"], "7105",
        "the others stay quiet"
    );
    assert_eq!(reply.body["message_reference"]["guild_id"], GUILD);

    discord.dispatch(message("7106", THREAD, Some(GUILD), ANSWERABLE));
    let reply = discord.next(is_reply).await;
    assert_eq!(
        reply.body["message_reference"]["message_id"], "7106",
        "threads count"
    );

    let mention = format!("<@{BOT_ID}> {VAGUE}");
    discord.dispatch(message("7108", UNLISTED, Some(GUILD), &mention).mentioning_bot());
    let reply = discord.next(is_reply).await;
    assert_eq!(
        reply.body["message_reference"]["message_id"], "7108",
        "mentions are direct"
    );
    let buttons = &reply.body["components"][0]["components"];
    assert!(
        buttons[0]["custom_id"]
            .as_str()
            .unwrap()
            .starts_with("faq:show:"),
        "{buttons}"
    );

    discord.dispatch(message("7107", LISTED, Some(GUILD), URGENT));
    let reply = discord.next(is_reply).await;
    assert_eq!(reply.body["message_reference"]["message_id"], "7107");
    let content = reply.body["content"].as_str().unwrap();
    assert!(
        content.starts_with("Get medical help right away"),
        "{content}"
    );
    bot.stop().await.unwrap();
}

#[tokio::test]
async fn cooldown_silences_repeats_but_never_emergencies() {
    let mut discord = Discord::start(Duration::ZERO).await;
    let extra = [("FAQBOT__DISCORD__COOLDOWN_SECONDS", "600")];
    let bot = Bot::boot(settings(discord.addr, &extra));
    discord.next(|r| r.method == Method::PUT).await;

    discord.dispatch(message("7201", DM_CHANNEL, None, ANSWERABLE));
    discord.next(is_reply).await;
    discord.dispatch(message("7202", DM_CHANNEL, None, VAGUE));
    tokio::time::sleep(Duration::from_millis(300)).await;
    discord.dispatch(message("7203", DM_CHANNEL, None, URGENT));
    let reply = discord.next(is_reply).await;
    assert_eq!(reply.body["message_reference"]["message_id"], "7203");
    bot.stop().await.unwrap();
}

#[tokio::test]
async fn shutdown_lets_a_reply_under_way_finish() {
    let mut discord = Discord::start(Duration::from_millis(1_500)).await;
    let bot = Bot::boot(settings(discord.addr, &[]));
    discord.next(|r| r.method == Method::PUT).await;

    discord.dispatch(message("7301", DM_CHANNEL, None, ANSWERABLE));
    discord.next(is_reply).await;
    assert_eq!(
        discord.messages_done(),
        0,
        "the stand-in is still holding the reply"
    );
    bot.stop().await.unwrap();
    assert_eq!(discord.messages_done(), 1, "shutdown waited for the reply");
}

/// Small edits to canned payloads.
trait Tweak {
    fn with_type(self, kind: u8) -> Self;
    fn by_a_bot(self) -> Self;
    fn mentioning_bot(self) -> Self;
}

impl Tweak for Value {
    fn with_type(mut self, kind: u8) -> Self {
        self["d"]["type"] = json!(kind);
        self
    }

    fn by_a_bot(mut self) -> Self {
        self["d"]["author"]["bot"] = json!(true);
        self
    }

    fn mentioning_bot(mut self) -> Self {
        self["d"]["mentions"] = json!([user(BOT_ID, true)]);
        self
    }
}

#[tokio::test]
async fn stopping_right_after_start_is_clean_and_quick() {
    let discord = Discord::start(Duration::ZERO).await;
    let bot = Bot::boot(settings(discord.addr, &[]));
    let started = std::time::Instant::now();
    bot.stop().await.expect("a clean shutdown returns Ok");
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "{:?}",
        started.elapsed()
    );
}

//! The bot's start-up, shutdown and less common paths, against the stand-in. The main
//! behaviours have their own tests in `discord_e2e`.

use std::time::{Duration, Instant};

use serde_json::{json, Value};

use crate::discord_e2e::harness::{
    assert_next_reply_is_to, callback, message_posts, patient, reply_to, settings, Bot, DM_CHANNEL,
    WAIT,
};
use crate::support::{
    opt, GuildSpec, InteractionKind, InteractionSpec, MessageCreate, Recorded, StandIn,
    StandInConfig,
};

const ANSWERABLE: &str = "how long do botox side effects last";
const VAGUE: &str = "botox";

fn assert_pings_no_one(message: &Value) {
    assert_eq!(message["allowed_mentions"]["parse"], json!([]), "{message}");
    assert_eq!(
        message["allowed_mentions"]["replied_user"], false,
        "{message}"
    );
}

fn faq(subcommand: &str, options: Vec<Value>) -> Vec<Value> {
    vec![opt::subcommand(subcommand, options)]
}

async fn interact(standin: &StandIn, kind: InteractionKind) -> Value {
    let spec = InteractionSpec::in_dm(DM_CHANNEL, patient(1), kind);
    let sent = standin.send_interaction(spec);
    callback(standin, sent.id, &sent.token).await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn registers_globally_first_thing_and_answers_a_dm() {
    let standin = StandIn::start(Default::default()).await;
    let bot = Bot::start(&standin, &[]).await;
    let app = standin.config().application_id;
    let start: Vec<String> = standin
        .requests()
        .iter()
        .take(2)
        .map(|r| format!("{} {}", r.method, r.path))
        .collect();
    let global = format!("PUT /api/v10/applications/{app}/commands");
    assert_eq!(start, ["GET /api/v10/gateway".to_owned(), global]);

    let dm = MessageCreate::dm(DM_CHANNEL, patient(1), ANSWERABLE);
    let sent = standin.send_message_create(dm);
    let reply = reply_to(&standin, &sent).await;
    assert_eq!(
        reply.path,
        format!("/api/v10/channels/{DM_CHANNEL}/messages")
    );
    assert_pings_no_one(&reply.body);
    let title = &reply.body["embeds"][0]["title"];
    assert_eq!(title, "How long do Botox side effects last?");
    bot.stop().await.expect("a clean shutdown returns Ok");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn buttons_autocomplete_and_the_other_commands() {
    let standin = StandIn::start(Default::default()).await;
    let bot = Bot::start(&standin, &[]).await;
    // A button on a bot message the stand-in does not know: it makes one up.
    let on_message = 1_180_000_000_000_000_800;
    let button = |custom_id: &str| InteractionKind::Button {
        custom_id: custom_id.into(),
        message_id: on_message,
    };

    let body = interact(&standin, button("faq:show:dosing")).await;
    assert_eq!(
        (body["type"].as_u64(), body["data"]["flags"].as_u64()),
        (Some(4), Some(64))
    );
    assert_eq!(
        body["data"]["embeds"][0]["title"],
        "How much Botox should I get?"
    );

    let body = interact(&standin, button("faq:list:2")).await;
    assert_eq!(body["type"], 7, "a page button updates its message");
    let footer = body["data"]["embeds"][0]["footer"]["text"].as_str();
    assert!(
        footer.unwrap_or_default().starts_with("Page 2 of 3"),
        "{footer:?}"
    );

    let typed = faq("show", vec![opt::focused("entry", 3, "dos")]);
    let autocomplete = InteractionKind::Autocomplete {
        name: "faq".into(),
        options: typed,
    };
    let body = interact(&standin, autocomplete).await;
    assert_eq!(body["type"], 8);
    assert_eq!(body["data"]["choices"][0]["value"], "dosing");

    for subcommand in ["list", "about"] {
        let command = InteractionKind::Command {
            name: "faq".into(),
            options: faq(subcommand, vec![]),
        };
        let body = interact(&standin, command).await;
        assert_eq!(body["type"], 4, "{subcommand}");
        assert_eq!(body["data"]["flags"], 64, "{subcommand}");
        assert_pings_no_one(&body["data"]);
    }
    bot.stop().await.expect("a clean shutdown returns Ok");
}

/// The default guild, whose text channel is the answer channel, and a second one whose
/// channel is not.
fn two_guilds() -> StandInConfig {
    let mut config = StandInConfig::default();
    config.guilds.push(GuildSpec {
        id: 1_180_000_000_000_000_200,
        name: "Elsewhere".into(),
        text_channel_id: 1_180_000_000_000_000_201,
        thread_id: 1_180_000_000_000_000_202,
    });
    config
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn answer_channels_hear_confident_answers_threads_count_and_mentions_work_anywhere() {
    let standin = StandIn::start(two_guilds()).await;
    let bot = Bot::start(&standin, &[]).await;
    let (listed, unlisted) = (
        standin.config().guilds[0].clone(),
        standin.config().guilds[1].clone(),
    );

    standin.send_message_create(MessageCreate::guild(&listed, patient(1), VAGUE));
    standin.send_message_create(MessageCreate::guild(&unlisted, patient(2), ANSWERABLE));
    let in_thread = MessageCreate::thread(&listed, patient(3), ANSWERABLE);
    assert_next_reply_is_to(&standin, 0, in_thread).await;

    let mention = format!("{} {VAGUE}", standin.bot().mention());
    let mention = MessageCreate::guild(&unlisted, patient(4), mention).mentioning(standin.bot());
    let reply = assert_next_reply_is_to(&standin, 1, mention).await;
    let buttons = &reply.body["components"][0]["components"];
    let first = buttons[0]["custom_id"].as_str().unwrap_or_default();
    assert!(
        first.starts_with("faq:show:"),
        "suggestions come with buttons: {buttons}"
    );
    assert_eq!(message_posts(&standin), 2);

    // Mentioning the bot's own role counts as mentioning the bot; another role does not.
    let other_role = format!("<@&{}> {VAGUE}", unlisted.id + 9);
    let other_role = MessageCreate::guild(&unlisted, patient(5), other_role);
    standin.send_message_create(other_role.mentioning_role(unlisted.id + 9));
    let own_role = format!("<@&{}> {VAGUE}", unlisted.bot_role_id());
    let own_role = MessageCreate::guild(&unlisted, patient(6), own_role);
    assert_next_reply_is_to(
        &standin,
        2,
        own_role.mentioning_role(unlisted.bot_role_id()),
    )
    .await;
    assert_eq!(
        message_posts(&standin),
        3,
        "no reply to the other role's mention"
    );
    bot.stop().await.expect("a clean shutdown returns Ok");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn shutdown_lets_a_reply_under_way_finish() {
    let standin = StandIn::start(Default::default()).await;
    let bot = Bot::start(&standin, &[]).await;
    standin.delay_message_posts(Duration::from_millis(1_500));
    standin.send_message_create(MessageCreate::dm(DM_CHANNEL, patient(1), ANSWERABLE));
    let pending = standin
        .wait_for_request(Recorded::is_message_post, WAIT)
        .await;
    assert_eq!(
        pending.expect("the reply is being sent").status,
        None,
        "still held"
    );

    bot.stop().await.expect("a clean shutdown returns Ok");
    let post = standin
        .requests()
        .into_iter()
        .find(Recorded::is_message_post);
    assert_eq!(
        post.and_then(|p| p.status),
        Some(200),
        "shutdown waited for the reply"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn stopping_right_after_start_is_clean_and_quick() {
    let standin = StandIn::start(Default::default()).await;
    let bot = Bot::spawn(settings(&standin, &[]));
    let started = Instant::now();
    bot.stop().await.expect("a clean shutdown returns Ok");
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "{:?}",
        started.elapsed()
    );
}

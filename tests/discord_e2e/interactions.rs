//! Slash commands, autocomplete and suggestion buttons.

use serde_json::{json, Value};

use super::harness::{callback, corpus, message_created_after, patient, reply_to, Bot, DM_CHANNEL};
use crate::support::{opt, InteractionKind, InteractionSpec, MessageCreate, StandIn};

const EPHEMERAL: u64 = 64;
const CHANNEL_MESSAGE: u64 = 4;
const AUTOCOMPLETE_RESULT: u64 = 8;

fn faq_command(subcommand: &str, options: Vec<Value>) -> InteractionKind {
    InteractionKind::Command {
        name: "faq".into(),
        options: vec![opt::subcommand(subcommand, options)],
    }
}

fn faq_autocomplete(subcommand: &str, option: &str, typed: &str) -> InteractionKind {
    InteractionKind::Autocomplete {
        name: "faq".into(),
        options: vec![opt::subcommand(
            subcommand,
            vec![opt::focused(option, 3, typed)],
        )],
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ask_is_ephemeral_autocomplete_suggests_and_buttons_show_the_entry() {
    let standin = StandIn::start(Default::default()).await;
    let bot = Bot::start(&standin, &[]).await;
    let guild = standin.guild().clone();
    let corpus = corpus();
    let cancer = corpus.get("cancer-risk").expect("the cancer-risk entry");

    let ask = faq_command(
        "ask",
        vec![opt::string("question", "does botox cause cancer?")],
    );
    let sent = standin.send_interaction(InteractionSpec::in_guild(&guild, patient(1), ask));
    let body = callback(&standin, sent.id, &sent.token).await;
    assert_eq!(body["type"], CHANNEL_MESSAGE);
    assert_eq!(body["data"]["flags"], EPHEMERAL, "only the asker sees it");
    assert_eq!(body["data"]["embeds"][0]["title"], cancer.question.as_str());

    for (subcommand, option, wanted) in [
        ("ask", "question", json!(cancer.question)),
        ("show", "entry", json!(cancer.id)),
    ] {
        let typed = faq_autocomplete(subcommand, option, "canc");
        let sent = standin.send_interaction(InteractionSpec::in_guild(&guild, patient(1), typed));
        let body = callback(&standin, sent.id, &sent.token).await;
        assert_eq!(body["type"], AUTOCOMPLETE_RESULT, "{subcommand}");
        let choices = body["data"]["choices"].as_array().expect("choices");
        let first = choices.first().expect("at least one choice");
        assert_eq!(first["value"], wanted, "{subcommand}: {choices:?}");
        let name = first["name"].as_str().unwrap_or_default().to_lowercase();
        assert!(
            name.contains("canc"),
            "the first choice matches the typed text: {name}"
        );
    }

    let vague = standin.send_message_create(MessageCreate::dm(DM_CHANNEL, patient(2), "botox"));
    let suggestions = reply_to(&standin, &vague).await;
    let button = &suggestions.body["components"][0]["components"][0];
    let custom_id = button["custom_id"].as_str().expect("a suggestion button");
    let entry_id = custom_id.strip_prefix("faq:show:").expect("a show button");
    let entry = corpus.get(entry_id).expect("the button names a real entry");
    let press = InteractionKind::Button {
        custom_id: custom_id.to_owned(),
        message_id: message_created_after(&standin, vague.id),
    };
    let press = InteractionSpec::in_dm(DM_CHANNEL, patient(2), press);
    let sent = standin.send_interaction(press);
    let body = callback(&standin, sent.id, &sent.token).await;
    assert_eq!(body["type"], CHANNEL_MESSAGE);
    assert_eq!(body["data"]["flags"], EPHEMERAL, "only the presser sees it");
    assert_eq!(body["data"]["embeds"][0]["title"], entry.question.as_str());
    assert_eq!(
        body["data"]["embeds"][0]["description"],
        entry.answer.trim()
    );
    bot.stop().await.expect("a clean shutdown returns Ok");
}

/// Public answers share the per-user cooldown with message answers, so `/faq ask public`
/// cannot flood a channel; a cooling-down asker still gets the answer, privately.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_public_ask_during_the_cooldown_is_answered_privately() {
    let standin = StandIn::start(Default::default()).await;
    let bot = Bot::start_with_cooldown(&standin).await;
    let guild = standin.guild().clone();
    let public_ask = |question: &str| {
        let options = vec![
            opt::string("question", question),
            opt::boolean("public", true),
        ];
        InteractionSpec::in_guild(&guild, patient(1), faq_command("ask", options))
    };

    let mut flags = Vec::new();
    for question in [
        "does botox cause cancer?",
        "how long do botox side effects last?",
        "I had botox yesterday and now I can't breathe",
    ] {
        let sent = standin.send_interaction(public_ask(question));
        let body = callback(&standin, sent.id, &sent.token).await;
        assert_eq!(body["type"], CHANNEL_MESSAGE, "{question}");
        assert!(body["data"]["embeds"][0].is_object(), "{question}: {body}");
        flags.push(body["data"]["flags"].as_u64().unwrap_or(0) & EPHEMERAL);
    }
    assert_eq!(
        flags,
        [0, EPHEMERAL, 0],
        "public, then private while cooling down, and public again when urgent"
    );
    bot.stop().await.expect("a clean shutdown returns Ok");
}

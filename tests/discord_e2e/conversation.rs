//! Messages from patients: what gets an answer, what is left alone, and the cooldown.

use serde_json::json;

use super::harness::{
    assert_next_reply_is_to, corpus, message_posts, patient, posts_replying_to, reply_to, Bot,
    DM_CHANNEL,
};
use crate::support::{MessageCreate, StandIn, UserSpec};

const CANCER: &str = "does botox cause cancer?";
const URGENT: &str = "I had botox yesterday and now I can't breathe";
const GET_HELP: &str = "Get medical help right away";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_question_in_an_answer_channel_gets_a_sourced_reply_that_pings_no_one() {
    let standin = StandIn::start(Default::default()).await;
    let bot = Bot::start(&standin, &[]).await;
    let question = MessageCreate::guild(standin.guild(), patient(1), CANCER);
    let sent = standin.send_message_create(question);

    let reply = reply_to(&standin, &sent).await;
    let corpus = corpus();
    let entry = corpus.get("cancer-risk").expect("the cancer-risk entry");
    let channel = standin.guild().text_channel_id;
    assert_eq!(reply.path, format!("/api/v10/channels/{channel}/messages"));
    let embed = &reply.body["embeds"][0];
    assert_eq!(embed["title"], entry.question.as_str());
    assert_eq!(embed["description"], entry.answer.trim());
    assert_eq!(embed["fields"][0]["name"], "Sources");
    let sources = embed["fields"][0]["value"].as_str().unwrap_or_default();
    assert!(sources.contains(&entry.sources[0].title), "{sources}");
    assert_eq!(embed["footer"]["text"], faqbot::reply::DISCLAIMER);
    let reference = &reply.body["message_reference"];
    assert_eq!(reference["message_id"], sent.id.to_string());
    assert_eq!(reference["guild_id"], standin.guild().id.to_string());
    let allowed = &reply.body["allowed_mentions"];
    assert_eq!(allowed["parse"], json!([]), "{allowed}");
    assert_eq!(allowed["replied_user"], json!(false), "{allowed}");
    bot.stop().await.expect("a clean shutdown returns Ok");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn chat_bots_webhooks_and_the_bots_own_echoes_get_no_reply_but_dms_do() {
    let standin = StandIn::start(Default::default()).await;
    let bot = Bot::start(&standin, &[]).await;
    let guild = standin.guild().clone();

    let dm = standin.send_message_create(MessageCreate::dm(DM_CHANNEL, patient(1), "botox"));
    let reply = reply_to(&standin, &dm).await;
    let answered = reply.body["embeds"][0]["title"].is_string();
    let buttons = reply.body["components"][0]["components"].as_array();
    let suggested = buttons.is_some_and(|b| {
        b.iter().all(|b| {
            b["custom_id"]
                .as_str()
                .is_some_and(|id| id.starts_with("faq:show:"))
        })
    });
    assert!(
        answered || suggested,
        "a DM gets an answer or suggestions: {}",
        reply.body
    );

    // Everything below must stay unanswered; the bot's reply to the DM was echoed back to it
    // as MESSAGE_CREATE, as Discord does, and must not be answered either.
    let before = message_posts(&standin);
    let chat = "anyone watching the game tonight?";
    standin.send_message_create(MessageCreate::guild(&guild, patient(2), chat));
    let own = MessageCreate::guild(&guild, standin.bot().clone(), CANCER);
    standin.send_message_create(own);
    let other_bot = UserSpec::bot(1_180_000_000_000_000_700, "otherbot");
    standin.send_message_create(MessageCreate::guild(&guild, other_bot, CANCER));
    // A webhook posts as a made-up user that is not flagged as a bot.
    let webhook =
        MessageCreate::guild(&guild, patient(5), CANCER).via_webhook(1_180_000_000_000_000_800);
    standin.send_message_create(webhook);
    let later = MessageCreate::guild(&guild, patient(3), CANCER);
    assert_next_reply_is_to(&standin, before, later).await;

    // One more round trip, so any reply to the echoes above would have been made by now.
    let last = standin.send_message_create(MessageCreate::guild(&guild, patient(4), CANCER));
    reply_to(&standin, &last).await;
    assert_eq!(
        message_posts(&standin),
        3,
        "the DM, the later question and the last one"
    );
    bot.stop().await.expect("a clean shutdown returns Ok");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_emergency_is_answered_even_during_the_cooldown_and_other_questions_are_not() {
    let standin = StandIn::start(Default::default()).await;
    let bot = Bot::start_with_cooldown(&standin).await;
    let guild = standin.guild().clone();
    let who = patient(1);

    let first = MessageCreate::guild(&guild, who.clone(), "how long do botox side effects last");
    let first = standin.send_message_create(first);
    reply_to(&standin, &first).await;
    let before = message_posts(&standin);
    let again = standin.send_message_create(MessageCreate::guild(&guild, who.clone(), CANCER));
    let urgent = MessageCreate::guild(&guild, who.clone(), URGENT);
    let reply = assert_next_reply_is_to(&standin, before, urgent).await;
    let content = reply.body["content"].as_str().unwrap_or_default();
    assert!(content.starts_with(GET_HELP), "{content}");
    assert!(
        posts_replying_to(&standin, &again).is_empty(),
        "cooldown: no reply in the channel"
    );

    // The cooldown keeps a channel from being flooded; a DM floods no one, so a private
    // question asked moments later is still answered.
    let private = MessageCreate::dm(DM_CHANNEL, who.clone(), CANCER);
    let private = standin.send_message_create(private);
    let answer = reply_to(&standin, &private).await;
    assert!(
        answer.body["embeds"][0]["title"].is_string(),
        "{}",
        answer.body
    );
    bot.stop().await.expect("a clean shutdown returns Ok");
}

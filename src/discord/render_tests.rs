use serde_json::{json, Value};
use serenity::all::{ChannelId, CreateInteractionResponse, GuildId, Message, MessageId};

use super::*;
use crate::corpus::Source;
use crate::discord::test_support::faq;
use crate::reply::{urgent_notice, Suggestion};

fn to_json(value: impl serde::Serialize) -> Value {
    serde_json::to_value(value).expect("builders serialise")
}

fn question_message() -> Message {
    let mut message = Message::default();
    message.id = MessageId::new(111);
    message.channel_id = ChannelId::new(222);
    message.guild_id = Some(GuildId::new(333));
    message
}

fn entry() -> Entry {
    Entry {
        id: "how-long".into(),
        question: "How long does Botox last?".into(),
        alternates: vec![],
        answer: "Usually three to four months.".into(),
        sources: vec![
            Source {
                title: "Medication Guide".into(),
                publisher: "FDA".into(),
                url: Some("https://example.org/guide".into()),
            },
            Source {
                title: "Patient leaflet".into(),
                publisher: "Maker".into(),
                url: None,
            },
        ],
        reviewed: "2024-01-01".into(),
        tags: vec![],
        scope_words: vec![],
    }
}

fn suggestions(count: usize) -> Vec<Suggestion> {
    (1..=count)
        .map(|n| Suggestion {
            id: format!("entry-{n}"),
            question: format!("Question {n}?"),
            score: 0.4,
        })
        .collect()
}

fn assert_no_mentions(value: &Value) {
    assert_eq!(
        value["allowed_mentions"],
        json!({"parse": [], "users": [], "roles": [], "replied_user": false})
    );
}

#[test]
fn answer_reply_is_an_embed_replying_without_a_ping() {
    let value = to_json(message_reply(&Reply::answer(&entry()), &question_message()));
    let embed = &value["embeds"][0];
    assert_eq!(embed["title"], "How long does Botox last?");
    assert_eq!(embed["description"], "Usually three to four months.");
    assert_eq!(embed["fields"][0]["name"], "Sources");
    assert_eq!(
        embed["fields"][0]["value"],
        "Medication Guide (FDA) https://example.org/guide\nPatient leaflet (Maker)"
    );
    assert_eq!(embed["footer"]["text"], DISCLAIMER);
    assert_no_mentions(&value);
    assert_eq!(value["message_reference"]["message_id"], "111");
    assert_eq!(value["message_reference"]["channel_id"], "222");
    assert_eq!(value["message_reference"]["guild_id"], "333");
    assert_eq!(value["message_reference"]["fail_if_not_exists"], false);
    assert!(
        value.get("content").is_none(),
        "no content without a red flag"
    );
    let buttons = &value["components"][0]["components"];
    assert_eq!(buttons[0]["custom_id"], "faq:vote:how-long:up");
    assert_eq!(buttons[1]["custom_id"], "faq:vote:how-long:down");
}

#[test]
fn urgent_answer_puts_the_notice_in_content_first() {
    let reply = Reply::answer(&entry()).urgent("112");
    let value = to_json(message_reply(&reply, &question_message()));
    assert_eq!(value["content"], urgent_notice("112"));
    assert_eq!(value["embeds"][0]["title"], "How long does Botox last?");
}

#[test]
fn suggest_reply_offers_buttons_for_each_suggestion() {
    let reply = Reply::suggest(suggestions(3));
    let value = to_json(message_reply(&reply, &question_message()));
    let description = value["embeds"][0]["description"].as_str().unwrap();
    assert!(description.starts_with(crate::reply::SUGGEST_INTRO));
    assert!(description.contains("1. Question 1?"));
    let row = &value["components"][0];
    assert_eq!(row["type"], 1);
    let buttons = row["components"].as_array().unwrap();
    assert_eq!(buttons.len(), 3);
    assert_eq!(buttons[0]["type"], 2);
    assert_eq!(buttons[0]["custom_id"], "faq:show:entry-1");
    assert_eq!(buttons[0]["label"], "1. Question 1?");
    assert_eq!(buttons[2]["custom_id"], "faq:show:entry-3");
    assert_no_mentions(&value);
}

#[test]
fn urgent_suggest_starts_the_description_with_the_notice() {
    let reply = Reply::suggest(suggestions(2)).urgent("911");
    let value = to_json(message_reply(&reply, &question_message()));
    let notice = urgent_notice("911");
    assert_eq!(value["content"], notice);
    let description = value["embeds"][0]["description"].as_str().unwrap();
    assert!(
        description.starts_with(&format!("**{notice}**")),
        "{description}"
    );
}

#[test]
fn none_reply_is_the_polite_no_answer() {
    let value = to_json(message_reply(&Reply::none(), &question_message()));
    assert_eq!(value["embeds"][0]["description"], NO_ANSWER);
    assert!(NO_ANSWER.contains("/faq list"));
    assert_eq!(value["embeds"][0]["footer"]["text"], DISCLAIMER);
}

#[test]
fn urgent_none_reply_is_the_notice_alone() {
    let value = to_json(message_reply(
        &Reply::none().urgent("911"),
        &question_message(),
    ));
    assert_eq!(value["content"], urgent_notice("911"));
    assert_eq!(value["embeds"][0]["description"], urgent_notice("911"));
}

#[test]
fn dm_replies_carry_no_guild() {
    let mut message = question_message();
    message.guild_id = None;
    let value = to_json(message_reply(&Reply::none(), &message));
    assert!(value["message_reference"]
        .get("guild_id")
        .is_none_or(Value::is_null));
}

#[test]
fn ephemeral_interaction_replies_carry_flag_64() {
    let value = to_json(CreateInteractionResponse::Message(interaction_reply(
        &Reply::answer(&entry()),
        true,
    )));
    assert_eq!(value["type"], 4);
    assert_eq!(value["data"]["flags"], 64);
    assert_eq!(
        value["data"]["embeds"][0]["title"],
        "How long does Botox last?"
    );
    assert_no_mentions(&value["data"]);

    let public = to_json(interaction_reply(&Reply::answer(&entry()), false));
    assert_eq!(public["flags"], 0);
    assert_eq!(to_json(entry_reply(&entry(), true))["flags"], 64);
    assert_eq!(to_json(note("gone"))["flags"], 64);
}

/// Regression: a note quoting a long taught phrase could pass Discord's 2,000-character
/// limit, and Discord refuses such a message, so the moderator got no reply at all.
#[test]
fn a_note_is_cut_to_discords_message_limit() {
    let long = format!("Not taught: {}", "why ".repeat(1_000));
    let value = to_json(note(&long));
    let content = value["content"].as_str().unwrap();
    assert_eq!(content.chars().count(), 2_000);
    assert!(content.ends_with('…'));
    assert_eq!(to_json(note("short"))["content"], "short");
}

#[test]
fn list_pages_hold_ten_topics_with_prev_and_next() {
    let faq = faq();
    let entries = &faq.corpus().entries;
    assert!(
        entries.len() > LIST_PAGE_SIZE,
        "the test corpus spans pages"
    );
    let pages = page_count(entries.len());

    let first = to_json(list_page(entries, 1));
    let lines = first["embeds"][0]["description"]
        .as_str()
        .unwrap()
        .lines()
        .count();
    assert_eq!(lines, LIST_PAGE_SIZE);
    let buttons = &first["components"][0]["components"];
    assert_eq!(buttons[0]["custom_id"], "faq:list:0");
    assert_eq!(buttons[0]["disabled"], true);
    assert_eq!(buttons[1]["custom_id"], "faq:list:2");
    assert_eq!(buttons[1]["disabled"], false);
    assert_no_mentions(&first);

    let last = to_json(list_page(entries, pages + 5));
    let footer = last["embeds"][0]["footer"]["text"].as_str().unwrap();
    assert!(
        footer.starts_with(&format!("Page {pages} of {pages}")),
        "{footer}"
    );
    assert_eq!(last["components"][0]["components"][1]["disabled"], true);
}

#[test]
fn list_of_nothing_still_renders() {
    let value = to_json(list_page(&[], 1));
    assert_eq!(
        value["embeds"][0]["description"],
        "There are no topics yet."
    );
}

#[test]
fn about_states_version_count_safety_and_disclaimer() {
    let value = to_json(about("1.2.3", 24));
    let embed = &value["embeds"][0];
    let description = embed["description"].as_str().unwrap();
    assert!(description.contains("1.2.3") && description.contains("24"));
    let safety = embed["fields"][0]["value"].as_str().unwrap();
    assert!(safety.contains("curated") && safety.contains("generated"));
    assert!(safety.contains("emergency"));
    assert_eq!(embed["footer"]["text"], DISCLAIMER);
    assert_eq!(value["flags"], 64);
}

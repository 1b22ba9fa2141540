//! A patient's mentions must never make the bot ping anyone.

use serde_json::{json, Value};

use super::harness::{callback, patient, reply_to, Bot, DM_CHANNEL};
use crate::support::{opt, InteractionKind, InteractionSpec, MessageCreate, Recorded, StandIn};

const ROLE: u64 = 1_180_000_000_000_000_900;

/// Every string anywhere in `value`.
fn strings(value: &Value, out: &mut Vec<String>) {
    match value {
        Value::String(s) => out.push(s.clone()),
        Value::Array(items) => items.iter().for_each(|v| strings(v, out)),
        Value::Object(map) => map.values().for_each(|v| strings(v, out)),
        _ => {}
    }
}

/// The message a request creates or edits, if it carries text: the body of a message post or
/// webhook call, or `data` of an interaction callback.
fn sent_message(r: &Recorded) -> Option<&Value> {
    let message = if r.path.ends_with("/callback") {
        &r.body["data"]
    } else {
        &r.body
    };
    let has_text = message.get("content").is_some() || message.get("embeds").is_some();
    has_text.then_some(message)
}

fn assert_cannot_ping(r: &Recorded, message: &Value) {
    let allowed = &message["allowed_mentions"];
    let what = format!("{} {}: {message}", r.method, r.path);
    assert_eq!(allowed["parse"], json!([]), "{what}");
    for list in ["roles", "users"] {
        let listed = allowed[list].as_array().map_or(0, Vec::len);
        assert_eq!(listed, 0, "{list} allowed in {what}");
    }
    let mut texts = Vec::new();
    strings(message, &mut texts);
    for text in texts {
        for ping in ["@everyone", "@here"] {
            assert!(!text.contains(ping), "{ping} unescaped in {what}");
        }
    }
}

/// Sends the guild and DM messages; returns how many replies they get.
async fn send_messages(standin: &StandIn, pings: &str) -> usize {
    let guild = standin.guild().clone();
    let other = patient(9);
    let texts = [
        format!("{pings} does botox cause cancer?"),
        format!("{pings} I had botox yesterday and now I can't breathe"),
    ];
    for text in &texts {
        let message = MessageCreate::guild(&guild, patient(1), text.as_str())
            .mentioning(&other)
            .mentioning_role(ROLE);
        let mut message = message;
        message.mention_everyone = true;
        let sent = standin.send_message_create(message);
        reply_to(standin, &sent).await;
    }
    let mention = format!("{} {pings} botox", standin.bot().mention());
    let mentioned = MessageCreate::guild(&guild, patient(2), mention).mentioning(standin.bot());
    let sent = standin.send_message_create(mentioned.mentioning_role(ROLE));
    reply_to(standin, &sent).await;
    let dm = MessageCreate::dm(DM_CHANNEL, patient(3), format!("{pings} hello there"));
    let sent = standin.send_message_create(dm);
    reply_to(standin, &sent).await;
    texts.len() + 2
}

/// Runs the slash commands that take free text; returns how many callbacks they get.
async fn send_commands(standin: &StandIn, pings: &str) -> usize {
    let guild = standin.guild().clone();
    let commands = [
        (
            "ask",
            vec![
                opt::string("question", &format!("{pings} botox")),
                opt::boolean("public", true),
            ],
        ),
        ("show", vec![opt::string("entry", pings)]),
    ];
    for (subcommand, options) in &commands {
        let kind = InteractionKind::Command {
            name: "faq".into(),
            options: vec![opt::subcommand(subcommand, options.clone())],
        };
        let sent = standin.send_interaction(InteractionSpec::in_guild(&guild, patient(4), kind));
        callback(standin, sent.id, &sent.token).await;
    }
    commands.len()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn everyone_here_role_and_user_mentions_from_patients_never_ping() {
    let standin = StandIn::start(Default::default()).await;
    let bot = Bot::start(&standin, &[]).await;
    let other = patient(9);
    let pings = format!("@everyone @here <@&{ROLE}> {}", other.mention());

    let expected = send_messages(&standin, &pings).await + send_commands(&standin, &pings).await;
    let requests = standin.requests();
    let sent: Vec<(&Recorded, &Value)> = requests
        .iter()
        .filter_map(|r| sent_message(r).map(|m| (r, m)))
        .collect();
    assert_eq!(sent.len(), expected, "one reply per message and command");
    for (request, message) in sent {
        assert_cannot_ping(request, message);
    }
    bot.stop().await.expect("a clean shutdown returns Ok");
}

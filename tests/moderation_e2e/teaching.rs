//! Teaching the bot: aliases, the unanswered list, and files changed by hand.

use std::time::{Duration, Instant};

use super::*;
use crate::support::opt;

const GYM: &str = "is it fine to lift weights at the gym afterwards";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_alias_makes_the_taught_phrasing_answer_and_votes_are_counted() {
    let bot = Bot::start().await;
    let dosing = "How much Botox should I get?";
    assert_ne!(bot.ask(GYM).await["embeds"][0]["title"], dosing);
    let options = vec![opt::string("entry", "dosing"), opt::string("phrase", GYM)];
    let taught = bot
        .interact(bot.as_moderator(admin("alias", options)))
        .await;
    assert!(ephemeral_text(&taught).contains("now answers"));
    let reply = bot.ask(GYM).await;
    assert_eq!(reply["embeds"][0]["title"], dosing);

    // A patient finds it helpful; pressing twice counts once, and stats shows it.
    let up = reply["components"][0]["components"][0]["custom_id"]
        .as_str()
        .unwrap();
    let vote = || bot.as_member(press(up));
    assert!(ephemeral_text(&bot.interact(vote()).await).starts_with("Thanks, your feedback"));
    assert!(ephemeral_text(&bot.interact(vote()).await).contains("already noted"));
    let stats = bot.interact(bot.as_moderator(admin("stats", vec![]))).await;
    let table = stats["data"]["embeds"][0]["description"].as_str().unwrap();
    assert!(table.contains("`dosing`: 1, 👍 1, 👎 0"), "{table}");
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn unanswered_lists_a_question_asked_three_times_without_who_asked() {
    let bot = Bot::start().await;
    for _ in 0..3 {
        bot.ask(GYM).await;
    }
    let listed = bot
        .interact(bot.as_moderator(admin("unanswered", vec![])))
        .await;
    ephemeral_text(&listed);
    let description = listed["data"]["embeds"][0]["description"].as_str().unwrap();
    assert!(
        description.contains(&format!("1. {GYM} (asked 3 times)")),
        "{description}"
    );
    let log = bot.data_file("unanswered.jsonl");
    assert_eq!(log.lines().count(), 3, "{log}");
    assert!(!log.contains(&patient().id.to_string()), "{log}");

    // Each question becomes a new entry in one step: the form opens with it filled in.
    let buttons = &listed["data"]["components"][0]["components"];
    let new_entry = buttons[0]["custom_id"].as_str().unwrap();
    let form = bot.interact(bot.as_moderator(press(new_entry))).await;
    assert_eq!(modal_value(&form, "question").as_deref(), Some(GYM));
    let alias = bot
        .interact(bot.as_moderator(press(buttons[1]["custom_id"].as_str().unwrap())))
        .await;
    assert!(modal_id(&alias).starts_with("faqadmin:aliasform:"));
    bot.stop().await;
}

const SCUBA_FILE: &str = r#"id = "scuba-diving"
question = "Can I go scuba diving after Botox injections?"
alternates = []
answer = "Ask the doctor who treated you. Many clinics suggest waiting a day."
reviewed = "2024-05-01"

[[sources]]
title = "Diving"
publisher = "Example Clinic"
url = "https://example.org/diving"
"#;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_broken_file_keeps_the_last_good_corpus_and_a_fix_goes_live() {
    let bot = Bot::start().await;
    let path = bot.faq.path().join("scuba-diving.toml");
    std::fs::write(&path, "id = \"scuba-diving\"\nquestion = [broken").unwrap();
    tokio::time::sleep(Duration::from_millis(600)).await;
    let known = "How long do Botox side effects last?";
    assert_eq!(
        bot.ask("how long do botox side effects last").await["embeds"][0]["title"],
        known
    );

    std::fs::write(&path, SCUBA_FILE).unwrap();
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        if bot.ask(SCUBA_Q).await["embeds"][0]["title"] == SCUBA_Q {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "the watcher never reloaded the fixed file"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    bot.stop().await;
}

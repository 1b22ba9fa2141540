//! The add and edit forms: saving, validation with the moderator's text kept, and conflicts.

use faqbot::corpus::Corpus;

use super::*;
use crate::support::opt;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_moderator_adds_an_entry_that_then_answers_patients() {
    let bot = Bot::start().await;
    let options = vec![
        opt::string("id", "scuba-diving"),
        opt::string("source_url", "https://example.org/diving"),
    ];
    let opened = bot.interact(bot.as_moderator(admin("add", options))).await;
    let form = modal_id(&opened);
    assert_eq!(opened["data"]["components"].as_array().unwrap().len(), 5);

    let fields = form_fields(
        SCUBA_Q,
        "Is scuba diving ok after Botox?",
        SCUBA_A,
        "Diving",
        "Example Clinic",
    );
    let saved = bot.interact(bot.as_moderator(submit(&form, fields))).await;
    let text = ephemeral_text(&saved);
    assert!(text.starts_with("Added `scuba-diving`"), "{text}");
    assert_eq!(saved["data"]["embeds"][0]["title"], SCUBA_Q, "the preview");

    let file = std::fs::read_to_string(bot.faq.path().join("scuba-diving.toml")).unwrap();
    assert!(file.contains("https://example.org/diving"), "{file}");
    Corpus::load(bot.faq.path()).expect("the corpus still passes check");
    let reply = bot.ask(SCUBA_Q).await;
    assert_eq!(reply["embeds"][0]["title"], SCUBA_Q);
    let votes = &reply["components"][0]["components"];
    assert_eq!(votes[0]["custom_id"], "faq:vote:scuba-diving:up");
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_invalid_entry_is_refused_naming_each_problem_and_keeping_the_text() {
    let bot = Bot::start().await;
    let before = bot.snapshot();
    let options = vec![
        opt::string("id", "bad-entry"),
        opt::string("source_url", "http://example.org/plain"),
    ];
    let form = modal_id(&bot.interact(bot.as_moderator(admin("add", options))).await);
    let question = "Should I tell @everyone about my Botox?";
    let long = "a".repeat(400);
    let fields = form_fields(question, &long, "", "Title", "Publisher");
    let refused = bot.interact(bot.as_moderator(submit(&form, fields))).await;
    let text = ephemeral_text(&refused);
    for problem in [
        "`answer` is empty",
        "`sources.url` \"http://example.org/plain\" is not an https:// URL",
        "`question` contains",
        "`alternates` has one longer than 300 characters",
    ] {
        assert!(text.contains(problem), "{problem:?} missing from {text}");
    }
    let echoed = refused["data"]["embeds"][0]["fields"].to_string();
    assert!(
        echoed.contains("Should I tell @") && echoed.contains(&long[..100]),
        "{echoed}"
    );
    assert_eq!(bot.snapshot(), before, "nothing was saved");

    let retry = refused["data"]["components"][0]["components"][0]["custom_id"]
        .as_str()
        .unwrap()
        .to_owned();
    assert!(retry.starts_with("faqadmin:retry:"), "{retry}");
    let reopened = bot.interact(bot.as_moderator(press(&retry))).await;
    assert_eq!(modal_id(&reopened), form, "the same form, its draft kept");
    assert_eq!(
        modal_value(&reopened, "question").as_deref(),
        Some(question)
    );
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn of_two_concurrent_edits_exactly_one_wins() {
    let bot = Bot::start().await;
    let edit = || admin("edit", vec![opt::string("entry", "dosing")]);
    let first = bot.interact(bot.as_moderator(edit())).await;
    let second = bot.interact(bot.as_moderator(edit())).await;
    let question = modal_value(&first, "question").unwrap();
    assert_eq!(question, "How much Botox should I get?");
    let (publisher, title) = (
        modal_value(&first, "source_publisher").unwrap(),
        modal_value(&first, "source_title").unwrap(),
    );
    let answer = |text: &str| form_fields(&question, "", text, &title, &publisher);

    let won = bot
        .interact(bot.as_moderator(submit(&modal_id(&first), answer("First answer."))))
        .await;
    assert!(ephemeral_text(&won).starts_with("Updated `dosing`"));
    let lost = bot
        .interact(bot.as_moderator(submit(&modal_id(&second), answer("Second answer."))))
        .await;
    let text = ephemeral_text(&lost);
    assert!(text.contains("changed since you opened it"), "{text}");
    assert!(
        lost["data"].get("components").is_none(),
        "no retry against a newer version"
    );
    let file = std::fs::read_to_string(bot.faq.path().join("dosing.toml")).unwrap();
    assert!(
        file.contains("First answer.") && !file.contains("Second answer."),
        "{file}"
    );
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_confirmed_removal_moves_the_file_aside_and_restore_brings_it_back() {
    let bot = Bot::start().await;
    let entry = || vec![opt::string("entry", "dosing")];
    let prompt = bot
        .interact(bot.as_moderator(admin("remove", entry())))
        .await;
    assert!(ephemeral_text(&prompt).starts_with("Remove `dosing`"));
    let confirm = prompt["data"]["components"][0]["components"][0]["custom_id"]
        .as_str()
        .unwrap();
    let done = bot.interact(bot.as_moderator(press(confirm))).await;
    assert_eq!(done["type"], 7, "the prompt is replaced: {done}");
    assert!(bot.faq.path().join(".removed/dosing.toml").exists());
    assert!(!bot.faq.path().join("dosing.toml").exists());

    let restored = bot
        .interact(bot.as_moderator(admin("restore", entry())))
        .await;
    assert!(ephemeral_text(&restored).starts_with("Restored `dosing`"));
    assert!(bot.faq.path().join("dosing.toml").exists());
    bot.stop().await;
}

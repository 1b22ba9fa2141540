//! Only moderators moderate: commands, replayed forms and crafted buttons are all refused
//! and audited, and nothing on disk changes.

use super::*;
use crate::support::opt;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn non_moderators_are_refused_everywhere_and_audited() {
    let bot = Bot::start().await;
    let before = bot.snapshot();
    let refused = bot.interact(bot.as_member(admin("add", vec![]))).await;
    assert_eq!(ephemeral_text(&refused), "Only moderators can do that.");

    // A real form and a real removal prompt, whose ids a non-moderator then replays.
    let form = modal_id(&bot.interact(bot.as_moderator(admin("add", vec![]))).await);
    let removal = bot
        .interact(bot.as_moderator(admin("remove", vec![opt::string("entry", "dosing")])))
        .await;
    let remove = removal["data"]["components"][0]["components"][0]["custom_id"]
        .as_str()
        .unwrap()
        .to_owned();
    let fields = form_fields(SCUBA_Q, "", SCUBA_A, "Diving", "Example Clinic");
    let dm = InteractionSpec::in_dm(DM_CHANNEL, moderator(), submit(&form, fields.clone()));
    for spec in [
        bot.as_member(submit(&form, fields.clone())),
        bot.as_member(submit("faqadmin:form:0000000000000000", fields)),
        bot.as_member(press(&remove)),
        dm,
    ] {
        let answer = bot.interact(spec).await;
        assert_eq!(ephemeral_text(&answer), "Only moderators can do that.");
    }
    assert_eq!(bot.snapshot(), before, "nothing changed on disk");

    let audit = bot.data_file("audit.jsonl");
    let refusals: Vec<serde_json::Value> = audit
        .lines()
        .map(|line| serde_json::from_str(line).unwrap())
        .filter(|r: &serde_json::Value| r["outcome"] == "refused")
        .collect();
    assert_eq!(refusals.len(), 5, "{audit}");
    let member = patient().id.to_string();
    let by_member = refusals.iter().take(4);
    assert!(by_member
        .clone()
        .all(|r| r["moderator"].as_str() == Some(&member)));
    bot.stop().await;
}

//! What the bot tells Discord when it connects: its intents and its slash commands.

use serde_json::{json, Value};

use super::harness::{Bot, WAIT};
use crate::support::StandIn;

// Discord's gateway intent bits.
const GUILDS: u64 = 1 << 0;
const GUILD_MESSAGES: u64 = 1 << 9;
const DIRECT_MESSAGES: u64 = 1 << 12;
const MESSAGE_CONTENT: u64 = 1 << 15;

/// A subcommand's options as `(name, type, autocomplete, required)`.
fn options(subcommand: &Value) -> Vec<(String, u64, bool, bool)> {
    let none = Vec::new();
    let options = subcommand["options"].as_array().unwrap_or(&none);
    options
        .iter()
        .map(|o| {
            (
                o["name"].as_str().unwrap_or_default().to_owned(),
                o["type"].as_u64().unwrap_or_default(),
                o["autocomplete"].as_bool().unwrap_or(false),
                o["required"].as_bool().unwrap_or(false),
            )
        })
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn identify_asks_for_message_intents_and_guild_commands_are_registered() {
    let standin = StandIn::start(Default::default()).await;
    let guild = standin.guild().id;
    let extra = [("FAQBOT__DISCORD__COMMAND_GUILDS", guild.to_string())];
    let bot = Bot::start(&standin, &extra).await;

    let identify = &standin.identify_payloads()[0];
    let intents = identify["intents"]
        .as_u64()
        .expect("IDENTIFY carries intents");
    for (bit, name) in [
        (GUILDS, "GUILDS"),
        (GUILD_MESSAGES, "GUILD_MESSAGES"),
        (DIRECT_MESSAGES, "DIRECT_MESSAGES"),
        (MESSAGE_CONTENT, "MESSAGE_CONTENT"),
    ] {
        assert_ne!(intents & bit, 0, "{name} missing from {intents:#b}");
    }
    let wanted = GUILDS | GUILD_MESSAGES | DIRECT_MESSAGES | MESSAGE_CONTENT;
    assert_eq!(intents, wanted, "no other (privileged) intents");

    let app = standin.config().application_id;
    let path = format!("/api/v10/applications/{app}/guilds/{guild}/commands");
    let put = standin
        .wait_for_request(|r| r.method == "PUT" && r.path == path, WAIT)
        .await
        .expect("commands are overwritten in the configured guild");
    let puts = standin.requests().into_iter().filter(|r| r.method == "PUT");
    assert_eq!(puts.count(), 1, "not also globally");

    let commands = put.body.as_array().expect("a bulk overwrite sends a list");
    assert_eq!(commands.len(), 1);
    assert_eq!(commands[0]["name"], "faq");
    let subcommands = commands[0]["options"].as_array().expect("subcommands");
    let names: Vec<&str> = subcommands
        .iter()
        .filter_map(|s| s["name"].as_str())
        .collect();
    assert_eq!(names, ["ask", "show", "list", "about"]);
    assert!(
        subcommands.iter().all(|s| s["type"] == json!(1)),
        "all subcommands"
    );
    let (string, boolean) = (3, 5);
    let ask = options(&subcommands[0]);
    assert_eq!(ask[0], ("question".into(), string, true, true));
    assert_eq!(ask[1], ("public".into(), boolean, false, false));
    assert_eq!(ask.len(), 2);
    let show = options(&subcommands[1]);
    assert_eq!(show[0], ("entry".into(), string, true, true));
    assert!(options(&subcommands[2]).is_empty(), "list takes nothing");
    assert!(options(&subcommands[3]).is_empty(), "about takes nothing");
    bot.stop().await.expect("a clean shutdown returns Ok");
}

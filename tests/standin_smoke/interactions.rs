//! INTERACTION_CREATE of each type reaches serenity, and responses follow Discord's rules.

use std::time::Duration;

use serenity::all::{
    CommandDataOptionValue, ComponentInteractionDataKind, CreateInteractionResponse,
    CreateInteractionResponseFollowup, CreateInteractionResponseMessage, Interaction,
};

use super::client::{intents, Harness};
use crate::support::{opt, InteractionKind, InteractionSpec, StandInConfig, UserSpec};

fn patient() -> UserSpec {
    UserSpec::human(1_180_000_000_000_000_500, "patient")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn command_and_autocomplete_interactions_reach_the_handler() {
    let mut h = Harness::with_intents(intents(false)).await;
    let guild = h.standin.guild().clone();
    let ask = opt::subcommand("ask", vec![opt::string("question", "Does it hurt?")]);
    let cmd = InteractionKind::Command {
        name: "faq".into(),
        options: vec![ask],
    };
    h.standin
        .send_interaction(InteractionSpec::in_guild(&guild, patient(), cmd));
    let Interaction::Command(c) = h.next_interaction().await else {
        panic!("not a command")
    };
    assert_eq!(
        (c.data.name.as_str(), c.data.options[0].name.as_str()),
        ("faq", "ask")
    );
    assert!(matches!(
        c.data.options[0].value,
        CommandDataOptionValue::SubCommand(_)
    ));
    assert!(c.member.as_ref().is_some_and(|m| m.permissions.is_some()));

    let focused = opt::subcommand("ask", vec![opt::focused("question", 3, "hur")]);
    let auto = InteractionKind::Autocomplete {
        name: "faq".into(),
        options: vec![focused],
    };
    h.standin
        .send_interaction(InteractionSpec::in_dm(77, patient(), auto));
    let Interaction::Autocomplete(a) = h.next_interaction().await else {
        panic!("not autocomplete")
    };
    assert_eq!(a.data.autocomplete().map(|f| f.value), Some("hur"));
    assert_eq!(a.user.id.get(), patient().id);
    h.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn button_and_modal_interactions_reach_the_handler() {
    let mut h = Harness::with_intents(intents(false)).await;
    let guild = h.standin.guild().clone();
    let button = InteractionKind::Button {
        custom_id: "helpful:yes".into(),
        message_id: 5,
    };
    h.standin
        .send_interaction(InteractionSpec::in_guild(&guild, patient(), button));
    let Interaction::Component(b) = h.next_interaction().await else {
        panic!("not a component")
    };
    assert_eq!(b.data.custom_id, "helpful:yes");
    assert!(matches!(b.data.kind, ComponentInteractionDataKind::Button));

    let fields = vec![("comment".to_string(), "thanks".to_string())];
    let modal = InteractionKind::ModalSubmit {
        custom_id: "feedback".into(),
        fields,
    };
    h.standin
        .send_interaction(InteractionSpec::in_guild(&guild, patient(), modal));
    let Interaction::Modal(m) = h.next_interaction().await else {
        panic!("not a modal submit")
    };
    assert_eq!(m.data.custom_id, "feedback");
    h.shutdown().await;
}

fn reply(text: &str) -> CreateInteractionResponse {
    CreateInteractionResponse::Message(CreateInteractionResponseMessage::new().content(text))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn responses_are_acknowledged_once_and_follow_ups_are_echoed() {
    let mut h = Harness::with_intents(intents(false)).await;
    let guild = h.standin.guild().clone();
    let cmd = InteractionKind::Command {
        name: "faq".into(),
        options: vec![],
    };
    let sent = h
        .standin
        .send_interaction(InteractionSpec::in_guild(&guild, patient(), cmd));
    let Interaction::Command(c) = h.next_interaction().await else {
        panic!("not a command")
    };
    assert_eq!(c.token, sent.token);
    c.create_response(&h.http, reply("first"))
        .await
        .expect("first response");
    let original = h.next_message().await;
    assert_eq!(
        (original.content.as_str(), original.author.bot),
        ("first", true)
    );
    let again = c.create_response(&h.http, reply("second")).await;
    assert!(again
        .expect_err("double ack")
        .to_string()
        .contains("already been acknowledged"));
    let follow = CreateInteractionResponseFollowup::new().content("more");
    let msg = c.create_followup(&h.http, follow).await.expect("follow-up");
    assert_eq!(h.next_message().await.id, msg.id);
    let edited = c.get_response(&h.http).await.expect("original response");
    assert_eq!(edited.content, "first");
    h.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_late_first_response_is_an_unknown_interaction() {
    let cfg = StandInConfig {
        interaction_deadline: Duration::from_millis(50),
        ..Default::default()
    };
    let mut h = Harness::start(cfg, intents(false)).await;
    let guild = h.standin.guild().clone();
    let cmd = InteractionKind::Command {
        name: "faq".into(),
        options: vec![],
    };
    h.standin
        .send_interaction(InteractionSpec::in_guild(&guild, patient(), cmd));
    let Interaction::Command(c) = h.next_interaction().await else {
        panic!("not a command")
    };
    tokio::time::sleep(Duration::from_millis(80)).await;
    let late = c.create_response(&h.http, reply("too late")).await;
    assert!(late
        .expect_err("past the deadline")
        .to_string()
        .contains("Unknown interaction"));
    h.shutdown().await;
}

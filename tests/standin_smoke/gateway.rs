//! Handshake, message flow, REST echo and reconnects, seen from a real serenity client.

use std::time::Duration;

use serenity::all::{ChannelId, GatewayIntents};
use serenity::http::HttpError;
use serenity::Error;

use super::client::{intents, Event, Harness};
use crate::support::{MessageCreate, StandInConfig, UserSpec, MESSAGE_CONTENT_INTENT};

fn patient() -> UserSpec {
    UserSpec::human(1_180_000_000_000_000_500, "patient")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ready_and_guild_create_reach_the_handler() {
    let mut h = Harness::with_intents(intents(true)).await;
    let ready = h.next("READY", |e| match e {
        Event::Ready(r) => Some(r.clone()),
        _ => None,
    });
    let ready = ready.await;
    assert_eq!(ready.user.id.get(), h.standin.bot().id);
    assert_eq!(ready.guilds.len(), 1);
    let guild = h.next("GUILD_CREATE", |e| match e {
        Event::GuildCreate(g) => Some(g.clone()),
        _ => None,
    });
    let guild = guild.await;
    let spec = h.standin.guild().clone();
    assert_eq!(
        (guild.id.get(), guild.name.as_str()),
        (spec.id, spec.name.as_str())
    );
    assert!(guild
        .channels
        .contains_key(&ChannelId::new(spec.text_channel_id)));
    let identify = &h.standin.identify_payloads()[0];
    assert_eq!(identify["token"], "Bot Bot-token-for-tests");
    assert_ne!(
        identify["intents"].as_u64().unwrap() & MESSAGE_CONTENT_INTENT,
        0
    );
    let gets = h.standin.requests();
    assert!(gets
        .iter()
        .any(|r| r.method == "GET" && r.path == "/api/v10/gateway"));
    h.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn message_content_is_intact_with_the_intent() {
    let mut h = Harness::with_intents(intents(true)).await;
    let guild = h.standin.guild().clone();
    let sent =
        h.standin
            .send_message_create(MessageCreate::guild(&guild, patient(), "Does it hurt?"));
    let msg = h.next_message().await;
    assert_eq!(
        (msg.id.get(), msg.content.as_str()),
        (sent.id, "Does it hurt?")
    );
    assert_eq!(msg.guild_id.map(|g| g.get()), Some(guild.id));
    h.standin
        .send_message_create(MessageCreate::thread(&guild, patient(), "In a thread"));
    assert_eq!(h.next_message().await.channel_id.get(), guild.thread_id);
    h.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn message_content_is_blanked_without_the_intent_unless_mentioned_or_dm() {
    let mut h = Harness::with_intents(intents(false)).await;
    let guild = h.standin.guild().clone();
    let bot = h.standin.bot().clone();
    h.standin
        .send_message_create(MessageCreate::guild(&guild, patient(), "secret"));
    assert_eq!(h.next_message().await.content, "");
    let pinged = format!("{} how long does it last?", bot.mention());
    h.standin
        .send_message_create(MessageCreate::guild(&guild, patient(), &pinged).mentioning(&bot));
    assert_eq!(h.next_message().await.content, pinged);
    h.standin
        .send_message_create(MessageCreate::dm(42, patient(), "in private"));
    let dm = h.next_message().await;
    assert_eq!((dm.content.as_str(), dm.guild_id), ("in private", None));
    h.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn say_is_recorded_echoed_and_can_be_rate_limited() {
    let mut h = Harness::with_intents(intents(false)).await;
    let channel = ChannelId::new(h.standin.guild().text_channel_id);
    let sent = channel
        .say(&h.http, "Botox lasts 3-4 months.")
        .await
        .expect("say");
    let path = format!("/api/v10/channels/{channel}/messages");
    let rec = h.standin.wait_for_request(
        |r| r.method == "POST" && r.path == path,
        Duration::from_secs(1),
    );
    assert_eq!(
        rec.await.expect("recorded POST").body["content"],
        "Botox lasts 3-4 months."
    );
    // The bot's own message comes back with content even without MESSAGE_CONTENT.
    let echo = h.next_message().await;
    assert_eq!((echo.id, echo.author.bot), (sent.id, true));
    assert_eq!(echo.content, "Botox lasts 3-4 months.");

    h.standin.fail_next_message_post_with_429(0.2);
    let err = channel
        .say(&h.http, "again")
        .await
        .expect_err("429 must surface");
    // Discord's 429 body has no `code`, so serenity reports a decode error: match the status.
    let status = match &err {
        Error::Http(HttpError::UnsuccessfulRequest(resp)) => resp.status_code.as_u16(),
        other => panic!("unexpected error {other:?}"),
    };
    assert_eq!(status, 429);
    channel
        .say(&h.http, "after the limit")
        .await
        .expect("second try succeeds");
    h.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn dropped_gateway_resumes_and_replays_missed_events() {
    let cfg = StandInConfig {
        heartbeat_interval_ms: 300,
        ..StandInConfig::default()
    };
    let mut h = Harness::start(cfg, intents(true)).await;
    let guild = h.standin.guild().clone();
    assert!(h.standin.drop_gateway());
    // Sent while no socket is live: it must arrive through the RESUME replay.
    let missed = h
        .standin
        .send_message_create(MessageCreate::guild(&guild, patient(), "missed"));
    assert!(!missed.dispatched.delivered);
    let stats = h
        .standin
        .wait_for_stats(Duration::from_secs(8), |s| s.resumed >= 1)
        .await;
    let stats = stats.expect("the client resumed");
    assert_eq!((stats.connections, stats.identifies), (2, 1));
    assert_eq!(h.next_message().await.content, "missed");
    h.next("RESUMED", |e| matches!(e, Event::Resumed).then_some(()))
        .await;
    h.standin
        .send_message_create(MessageCreate::guild(&guild, patient(), "after"));
    assert_eq!(h.next_message().await.content, "after");
    h.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn heartbeats_are_acknowledged_on_a_short_interval() {
    let cfg = StandInConfig {
        heartbeat_interval_ms: 100,
        ..StandInConfig::default()
    };
    let h = Harness::start(cfg, GatewayIntents::GUILDS).await;
    let stats = h
        .standin
        .wait_for_stats(Duration::from_secs(3), |s| s.heartbeats >= 3)
        .await;
    // A missing ACK would make serenity reconnect; one connection proves each was acknowledged.
    assert_eq!(stats.expect("three heartbeats").connections, 1);
    h.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn op7_reconnect_is_followed_by_a_resume() {
    let h = Harness::with_intents(intents(true)).await;
    h.standin.request_reconnect();
    let resumed = h
        .standin
        .wait_for_stats(Duration::from_secs(8), |s| s.resumed >= 1)
        .await;
    assert_eq!(resumed.expect("resumed after op 7").identifies, 1);
    h.shutdown().await;
}

/// Slow by serenity's design: on a non-resumable op 9 the shard restarts itself and waits out
/// its own 5 s shutdown timeout before identifying again.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn op9_invalid_session_leads_to_a_new_identify() {
    let mut h = Harness::with_intents(intents(true)).await;
    let guild = h.standin.guild().clone();
    h.standin.invalidate_session();
    let again = h
        .standin
        .wait_for_stats(Duration::from_secs(9), |s| s.identifies >= 2)
        .await;
    again.expect("identified again after op 9");
    h.standin.wait_ready().await;
    h.standin
        .send_message_create(MessageCreate::guild(&guild, patient(), "still here"));
    h.next("MESSAGE_CREATE", |e| match e {
        Event::Message(m) if m.content == "still here" => Some(()),
        _ => None,
    })
    .await;
    h.shutdown().await;
}

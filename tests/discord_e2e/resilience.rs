//! Discord misbehaving: a rate-limited send, a dropped gateway connection, and a flood.

use std::time::{Duration, Instant};

use super::harness::{message_posts, patient, posts_replying_to, reply_to, Bot, WAIT};
use crate::support::{MessageCreate, Recorded, StandIn};

const QUESTION: &str = "does botox cause cancer?";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_reply_refused_with_429_is_sent_again_and_arrives_exactly_once() {
    let standin = StandIn::start(Default::default()).await;
    let bot = Bot::start(&standin, &[]).await;
    let guild = standin.guild().clone();

    standin.fail_next_message_post_with_429(0.2);
    let sent = standin.send_message_create(MessageCreate::guild(&guild, patient(1), QUESTION));
    reply_to(&standin, &sent).await;
    // One more question and answer, so a stray second retry would have shown up by now.
    let later = standin.send_message_create(MessageCreate::guild(&guild, patient(2), QUESTION));
    reply_to(&standin, &later).await;

    let posts = posts_replying_to(&standin, &sent);
    let statuses: Vec<Option<u16>> = posts.iter().map(|p| p.status).collect();
    assert_eq!(
        statuses,
        [Some(429), Some(200)],
        "refused once, then delivered"
    );
    assert_eq!(
        posts[0].body, posts[1].body,
        "the same reply was sent again"
    );
    assert_eq!(message_posts(&standin), 3);
    bot.stop().await.expect("a clean shutdown returns Ok");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn after_the_gateway_drops_the_bot_reconnects_and_answers() {
    let standin = StandIn::start(Default::default()).await;
    let bot = Bot::start(&standin, &[]).await;
    let before = standin.stats();

    assert!(standin.drop_gateway(), "a connection to drop");
    let reconnected = standin
        .wait_for_stats(WAIT, |s| {
            s.connections > before.connections
                && (s.resumed > before.resumed || s.readies > before.readies)
        })
        .await;
    let stats = reconnected.expect("the bot resumes or identifies again");
    assert_eq!(stats.connections, before.connections + 1, "{stats:?}");
    standin.wait_ready().await;

    let guild = standin.guild().clone();
    let sent = standin.send_message_create(MessageCreate::guild(&guild, patient(1), QUESTION));
    reply_to(&standin, &sent).await;
    bot.stop().await.expect("a clean shutdown returns Ok");
}

/// A raid, or a burst in a busy server: with every reply held up in flight, each of a
/// hundred questions sent at once is still answered exactly once.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_burst_of_questions_is_answered_once_each() {
    const BURST: u64 = 100;
    let standin = StandIn::start(Default::default()).await;
    let bot = Bot::start(&standin, &[]).await;
    let guild = standin.guild().clone();
    standin.delay_message_posts(Duration::from_millis(300));
    let sent: Vec<_> = (0..BURST)
        .map(|n| standin.send_message_create(MessageCreate::guild(&guild, patient(n), QUESTION)))
        .collect();

    let pending = |r: &Recorded| r.is_message_post() && r.status.is_none();
    let deadline = Instant::now() + WAIT * 3;
    while message_posts(&standin) < sent.len() || standin.requests().iter().any(pending) {
        assert!(
            Instant::now() < deadline,
            "the burst was not answered in time"
        );
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    // One more question and answer, so a stray duplicate would have shown up by now.
    let later = standin.send_message_create(MessageCreate::guild(&guild, patient(BURST), QUESTION));
    reply_to(&standin, &later).await;
    for message in &sent {
        let posts = posts_replying_to(&standin, message);
        let delivered: Vec<Option<u16>> = posts.iter().map(|p| p.status).collect();
        assert_eq!(
            delivered,
            [Some(200)],
            "one reply to message {}",
            message.id
        );
    }
    bot.stop().await.expect("a clean shutdown returns Ok");
}

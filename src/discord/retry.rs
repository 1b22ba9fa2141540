//! Sending a reply again when Discord answers 429 Too Many Requests.
//!
//! serenity's rate limiter would wait and retry by itself, but it is off whenever
//! `discord.api_base` points elsewhere (see `build_http`). serenity then hands a 429 back as an
//! error, and the patient would get no answer at all. Message replies, command responses and
//! button responses go through [`send`]; autocomplete responses (sent by poise itself, and
//! worthless a moment later) and the error note do not.
//!
//! Discord says how long to wait (`retry_after` in the body, `Retry-After` in the headers), but
//! serenity keeps neither: its error holds only the status and whatever of the body decodes as
//! `{code, message}`, and a 429 body has no `code`. So the wait is a short, growing backoff,
//! capped so the whole series stays inside the shutdown drain. An interaction's first response
//! stops retrying early: Discord refuses it once its 3 s are up, and a try sent later is
//! wasted (see [`Within`]).

use std::future::Future;
use std::time::{Duration, Instant};

use tracing::warn;

/// Attempts after the first one.
const MAX_RETRIES: u32 = 3;
/// The first wait; each later one doubles. Discord's per-route limits reset within about a
/// second, so this usually succeeds on the first retry.
const FIRST_WAIT: Duration = Duration::from_millis(500);
/// No single wait is longer than this, whatever the backoff says.
const MAX_WAIT: Duration = Duration::from_secs(5);
const TOO_MANY_REQUESTS: u16 = 429;
/// Discord refuses an interaction's first response 3 s after the interaction was created.
/// The bot hears of it a little later, and the last try needs time to travel, so the series
/// of tries keeps half a second in hand.
const INTERACTION_BUDGET: Duration = Duration::from_millis(2_500);

/// How long a series of tries may go on, counted from the first.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Within {
    /// A message reply has no deadline of its own; all [`MAX_RETRIES`] waits fit inside the
    /// shutdown drain.
    ShutdownDrain,
    /// An interaction's first response (a command or a button).
    InteractionDeadline,
}

impl Within {
    fn budget(self) -> Duration {
        match self {
            Within::ShutdownDrain => Duration::MAX,
            Within::InteractionDeadline => INTERACTION_BUDGET,
        }
    }
}

/// How long to wait before retry number `retry` (from 0) after a failure with HTTP `status`,
/// `elapsed` after the first try, or `None` to give up. Only a 429 is retried: the request
/// was refused before Discord acted on it, so sending it again cannot post the reply twice.
/// Anything else (a 403, a 500, a network error) may have taken effect, or will fail the
/// same way again.
pub fn wait_before_retry(
    status: Option<u16>,
    retry: u32,
    elapsed: Duration,
    within: Within,
) -> Option<Duration> {
    if status != Some(TOO_MANY_REQUESTS) || retry >= MAX_RETRIES {
        return None;
    }
    let wait = FIRST_WAIT
        .saturating_mul(2u32.saturating_pow(retry))
        .min(MAX_WAIT);
    (elapsed.saturating_add(wait) < within.budget()).then_some(wait)
}

/// The HTTP status Discord answered with, if the error is an HTTP answer at all.
fn status_of(error: &serenity::Error) -> Option<u16> {
    match error {
        serenity::Error::Http(http) => http.status_code().map(|status| status.as_u16()),
        _ => None,
    }
}

/// Runs `attempt` until it succeeds, fails for good, or [`MAX_RETRIES`] rate-limited retries
/// are used up. `what` names the kind of send in the log; the message itself is never logged
/// (it answers someone's health question).
pub async fn send<T, F, Fut>(
    what: &'static str,
    within: Within,
    mut attempt: F,
) -> serenity::Result<T>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = serenity::Result<T>>,
{
    let first_try = Instant::now();
    let mut retry = 0;
    loop {
        let error = match attempt().await {
            Ok(sent) => return Ok(sent),
            Err(error) => error,
        };
        let status = status_of(&error);
        let Some(wait) = wait_before_retry(status, retry, first_try.elapsed(), within) else {
            return Err(error);
        };
        retry += 1;
        warn!(
            what,
            status,
            retry,
            wait_ms = u64::try_from(wait.as_millis()).unwrap_or(u64::MAX),
            "Discord rate-limited a reply; sending it again"
        );
        tokio::time::sleep(wait).await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_429_is_retried() {
        for status in [None, Some(400), Some(403), Some(404), Some(500), Some(503)] {
            assert_eq!(
                wait_before_retry(status, 0, Duration::ZERO, Within::ShutdownDrain),
                None,
                "{status:?}"
            );
        }
        assert!(wait_before_retry(Some(429), 0, Duration::ZERO, Within::ShutdownDrain).is_some());
    }

    #[test]
    fn waits_grow_and_stay_capped() {
        let mut elapsed = Duration::ZERO;
        let mut waits = Vec::new();
        for retry in 0..MAX_RETRIES {
            let wait = wait_before_retry(Some(429), retry, elapsed, Within::ShutdownDrain)
                .expect("a message reply uses every retry");
            elapsed += wait;
            waits.push(wait);
        }
        assert_eq!(waits[0], FIRST_WAIT);
        assert!(waits.windows(2).all(|pair| pair[0] < pair[1]), "{waits:?}");
        assert!(waits.iter().all(|&wait| wait <= MAX_WAIT), "{waits:?}");
        let total: Duration = waits.iter().sum();
        assert!(total < Duration::from_secs(10), "inside the shutdown drain");
    }

    #[test]
    fn gives_up_after_the_last_retry() {
        let wait =
            |retry| wait_before_retry(Some(429), retry, Duration::ZERO, Within::ShutdownDrain);
        assert!(wait(MAX_RETRIES - 1).is_some());
        assert_eq!(wait(MAX_RETRIES), None);
        assert_eq!(wait(u32::MAX), None);
    }

    /// Regression: the third retry of a command response went out 3.5 s after the first
    /// try, when Discord had already refused the interaction.
    #[test]
    fn interaction_responses_stop_retrying_before_discords_three_seconds() {
        let mut elapsed = Duration::ZERO;
        let mut retries = 0;
        while let Some(wait) =
            wait_before_retry(Some(429), retries, elapsed, Within::InteractionDeadline)
        {
            elapsed += wait;
            retries += 1;
        }
        assert!(retries >= 1, "a 429 is still worth one more try");
        assert!(retries < MAX_RETRIES, "{retries} retries");
        assert!(elapsed < Duration::from_secs(3), "last try at {elapsed:?}");
    }

    #[test]
    fn errors_without_an_http_status_are_not_retried() {
        let error = serenity::Error::Other("the gateway went away");
        assert_eq!(status_of(&error), None);
    }

    /// serenity's HTTP error cannot be built outside serenity, so the 429 path is covered by
    /// the end-to-end test against the stand-in; here, that other outcomes end at once.
    #[tokio::test]
    async fn a_send_that_succeeds_or_fails_for_good_is_made_once() {
        let mut calls = 0;
        let result: serenity::Result<()> = send("test", Within::ShutdownDrain, || {
            calls += 1;
            async { Err(serenity::Error::Other("refused")) }
        })
        .await;
        assert!(result.is_err());
        assert_eq!(calls, 1, "a non-429 error is not retried");

        let mut calls = 0;
        let result = send("test", Within::ShutdownDrain, || {
            calls += 1;
            async { Ok::<_, serenity::Error>(7) }
        })
        .await;
        assert_eq!((result.ok(), calls), (Some(7), 1));
    }
}

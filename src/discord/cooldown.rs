//! Per-user cooldown for automatic answers, so one person cannot make the bot flood a channel.
//! Time is passed in, so the rules are tested without sleeping.

use std::collections::HashMap;
use std::time::{Duration, Instant};

/// How many users to remember before forgetting the ones whose cooldown is over; bounds memory
/// on a busy server without a background task.
const PRUNE_AT: usize = 10_000;

#[derive(Debug)]
pub struct Cooldown {
    period: Duration,
    last_answer: HashMap<u64, Instant>,
}

impl Cooldown {
    /// A zero period turns the cooldown off.
    pub fn new(period: Duration) -> Self {
        Cooldown {
            period,
            last_answer: HashMap::new(),
        }
    }

    /// Whether `user` may get an automatic answer at `now`; if so, records it as answered.
    /// Urgent answers always pass (a person in danger is never kept waiting) and still count
    /// as answers. Checking and recording in one step means two messages sent at once cannot
    /// both slip through.
    pub fn try_answer(&mut self, user: u64, now: Instant, urgent: bool) -> bool {
        if self.period.is_zero() {
            return true;
        }
        let cooling = self
            .last_answer
            .get(&user)
            .is_some_and(|&last| now.saturating_duration_since(last) < self.period);
        if cooling && !urgent {
            return false;
        }
        if self.last_answer.len() >= PRUNE_AT {
            let period = self.period;
            self.last_answer
                .retain(|_, last| now.saturating_duration_since(*last) < period);
        }
        self.last_answer.insert(user, now);
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ALICE: u64 = 1;
    const BOB: u64 = 2;

    #[test]
    fn a_second_answer_within_the_period_is_refused() {
        let start = Instant::now();
        let mut cooldown = Cooldown::new(Duration::from_secs(20));
        assert!(cooldown.try_answer(ALICE, start, false));
        assert!(!cooldown.try_answer(ALICE, start + Duration::from_secs(19), false));
        assert!(cooldown.try_answer(ALICE, start + Duration::from_secs(20), false));
    }

    #[test]
    fn refused_attempts_do_not_extend_the_cooldown() {
        let start = Instant::now();
        let mut cooldown = Cooldown::new(Duration::from_secs(10));
        assert!(cooldown.try_answer(ALICE, start, false));
        assert!(!cooldown.try_answer(ALICE, start + Duration::from_secs(9), false));
        assert!(cooldown.try_answer(ALICE, start + Duration::from_secs(10), false));
    }

    #[test]
    fn users_cool_down_independently() {
        let start = Instant::now();
        let mut cooldown = Cooldown::new(Duration::from_secs(20));
        assert!(cooldown.try_answer(ALICE, start, false));
        assert!(cooldown.try_answer(BOB, start + Duration::from_secs(1), false));
    }

    #[test]
    fn urgent_answers_ignore_the_cooldown_and_restart_it() {
        let start = Instant::now();
        let mut cooldown = Cooldown::new(Duration::from_secs(20));
        assert!(cooldown.try_answer(ALICE, start, false));
        assert!(cooldown.try_answer(ALICE, start + Duration::from_secs(1), true));
        assert!(!cooldown.try_answer(ALICE, start + Duration::from_secs(20), false));
    }

    #[test]
    fn zero_seconds_turns_it_off() {
        let start = Instant::now();
        let mut cooldown = Cooldown::new(Duration::ZERO);
        assert!(cooldown.try_answer(ALICE, start, false));
        assert!(cooldown.try_answer(ALICE, start, false));
    }

    #[test]
    fn pruning_forgets_only_users_whose_cooldown_is_over() {
        let start = Instant::now();
        let mut cooldown = Cooldown::new(Duration::from_secs(5));
        for user in 0..PRUNE_AT as u64 {
            cooldown.try_answer(user + 100, start, false);
        }
        assert!(cooldown.try_answer(ALICE, start + Duration::from_secs(1), false));
        assert!(!cooldown.try_answer(ALICE, start + Duration::from_secs(2), false));
        assert!(cooldown.last_answer.len() > 1);
        assert!(cooldown.try_answer(BOB, start + Duration::from_millis(5_500), false));
        assert_eq!(
            cooldown.last_answer.len(),
            2,
            "only Alice (still cooling) and Bob remain"
        );
    }
}

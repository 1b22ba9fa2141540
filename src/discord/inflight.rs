//! Tracks the events being handled, so shutdown can stop taking new ones and still let the
//! replies already under way finish.

use std::sync::Arc;

use tokio::sync::watch;

#[derive(Debug, Clone, Copy, Default)]
struct State {
    closed: bool,
    running: usize,
}

#[derive(Debug)]
pub struct InFlight {
    state: watch::Sender<State>,
}

/// Held while one event is handled; dropping it marks the event done.
#[derive(Debug)]
pub struct Guard {
    tracker: Arc<InFlight>,
}

impl InFlight {
    pub fn new() -> Arc<Self> {
        Arc::new(InFlight {
            state: watch::Sender::new(State::default()),
        })
    }

    /// Starts handling an event, or `None` once closed. Checking and counting under one lock
    /// means no event can start after `close` has returned.
    pub fn enter(self: &Arc<Self>) -> Option<Guard> {
        let admitted = self.state.send_if_modified(|state| {
            if state.closed {
                return false;
            }
            state.running += 1;
            true
        });
        admitted.then(|| Guard {
            tracker: Arc::clone(self),
        })
    }

    pub fn close(&self) {
        self.state.send_modify(|state| state.closed = true);
    }

    pub fn running(&self) -> usize {
        self.state.borrow().running
    }

    /// Resolves once no event is being handled.
    pub async fn idle(&self) {
        let mut receiver = self.state.subscribe();
        // The sender lives in `self`, so the channel cannot close while we wait.
        let _ = receiver.wait_for(|state| state.running == 0).await;
    }
}

impl Drop for Guard {
    fn drop(&mut self) {
        self.tracker
            .state
            .send_modify(|state| state.running = state.running.saturating_sub(1));
    }
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;

    #[test]
    fn closing_refuses_new_events() {
        let tracker = InFlight::new();
        let guard = tracker.enter();
        assert!(guard.is_some());
        assert_eq!(tracker.running(), 1);
        tracker.close();
        assert!(tracker.enter().is_none());
        drop(guard);
        assert_eq!(tracker.running(), 0);
    }

    #[tokio::test]
    async fn idle_waits_for_running_events() {
        let tracker = InFlight::new();
        let guard = tracker.enter().expect("open");
        tracker.close();
        let waiter = tokio::spawn({
            let tracker = Arc::clone(&tracker);
            async move { tracker.idle().await }
        });
        tokio::time::sleep(Duration::from_millis(20)).await;
        assert!(!waiter.is_finished());
        drop(guard);
        tokio::time::timeout(Duration::from_secs(1), waiter)
            .await
            .expect("idle after the last guard is dropped")
            .expect("task");
    }

    #[tokio::test]
    async fn idle_returns_at_once_with_nothing_running() {
        let tracker = InFlight::new();
        tokio::time::timeout(Duration::from_millis(100), tracker.idle())
            .await
            .expect("nothing running");
    }
}

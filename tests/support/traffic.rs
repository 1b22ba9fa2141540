//! Incremental access to recorded traffic, for benches that read thousands of requests: a
//! cursor returns only what is new, and only the part the caller picks, so waiting costs
//! O(new) per wake rather than rescanning (or cloning) every request recorded so far.

use std::time::Duration;

use super::{Recorded, StandIn};

impl StandIn {
    /// Waits up to `timeout` for requests recorded after the first `from`. Returns the next
    /// cursor (`from` on timeout) and what `pick` took from each new request.
    pub async fn pick_requests_since<T>(
        &self,
        from: usize,
        timeout: Duration,
        pick: impl Fn(&Recorded) -> Option<T>,
    ) -> (usize, Vec<T>) {
        let fresh = |s: &super::state::Inner| {
            (s.requests.len() > from).then(|| {
                (
                    s.requests.len(),
                    s.requests[from..].iter().filter_map(&pick).collect(),
                )
            })
        };
        self.shared
            .wait_for(timeout, fresh)
            .await
            .unwrap_or((from, Vec::new()))
    }
}

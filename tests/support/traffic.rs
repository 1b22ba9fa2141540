//! Incremental access to recorded traffic, for benches that read thousands of requests: a
//! cursor returns only what is new, so waiting costs O(new) per wake rather than rescanning
//! (and cloning) every request recorded so far.

use std::time::Duration;

use super::{Recorded, StandIn};

impl StandIn {
    /// The requests recorded after the first `from`, waiting up to `timeout` for at least one;
    /// empty on timeout. Pass `from + returned.len()` as the next cursor.
    pub async fn wait_for_requests_since(&self, from: usize, timeout: Duration) -> Vec<Recorded> {
        let fresh = |s: &super::state::Inner| {
            (s.requests.len() > from).then(|| s.requests[from..].to_vec())
        };
        self.shared
            .wait_for(timeout, fresh)
            .await
            .unwrap_or_default()
    }
}

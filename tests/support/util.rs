//! Small helpers for tests and benches that use the stand-in.

use std::future::Future;
use std::sync::Once;
use std::time::Duration;

/// Installs a tracing subscriber once, only when TEST_LOG is set (its value is the filter,
/// e.g. `TEST_LOG=serenity=warn,faqbot=debug`; `1` means `warn`).
pub fn init_test_log() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let Ok(filter) = std::env::var("TEST_LOG") else {
            return;
        };
        let filter = if filter == "1" || filter.is_empty() {
            "warn".to_string()
        } else {
            filter
        };
        let _ = tracing_subscriber::fmt()
            .with_env_filter(tracing_subscriber::EnvFilter::new(filter))
            .with_test_writer()
            .try_init();
    });
}

/// Awaits `fut` for at most `limit`, panicking with `what` on timeout.
pub async fn within<T>(limit: Duration, what: &str, fut: impl Future<Output = T>) -> T {
    match tokio::time::timeout(limit, fut).await {
        Ok(v) => v,
        Err(_) => panic!("timed out after {limit:?} waiting for {what}"),
    }
}

//! Tracing setup, in one place. Logs go to stderr so `faqbot ask --json` output stays clean.
//!
//! Privacy rule for every span and event in the crate: patients' words are health data, so
//! message text is never logged at info level or above. Log ids, outcomes and scores.

use std::io::IsTerminal;

use tracing_subscriber::{fmt, EnvFilter};

/// Install the global subscriber. `RUST_LOG` wins over the configured level.
/// Safe to call more than once (later calls do nothing), which tests rely on.
pub fn init(level: &str, format: &str) {
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new(level));
    // Colour codes only for a person at a terminal: in a file or a journal they are noise.
    let builder = fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_ansi(std::io::stderr().is_terminal());
    let _ = if format == "json" {
        builder.json().try_init()
    } else {
        builder.try_init()
    };
}

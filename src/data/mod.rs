//! What the bot keeps about its own use, in the configured data directory (not in `faq/`).

pub mod audit;
pub mod feedback;
pub mod unanswered;

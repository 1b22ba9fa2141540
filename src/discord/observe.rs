//! What the bot records about each answer: ids, outcome and score, never the patient's words.

use tracing::Span;

use crate::faq::{Faq, Response};
use crate::matcher::Outcome;

/// Fills the `entry`, `outcome`, `score` and `urgent` fields of `span` (declared `Empty`).
/// For suggest and none, `entry` is the best candidate, which helps tune the corpus.
pub fn record(span: &Span, faq: &Faq, response: &Response) {
    let result = &response.result;
    if let Some(best) = result.best {
        span.record("entry", faq.corpus().entries[best.entry].id.as_str());
        // Three decimals: enough to tune thresholds, and readable.
        span.record("score", (f64::from(best.score) * 1000.0).round() / 1000.0);
    }
    span.record("outcome", outcome_name(result.outcome));
    span.record("urgent", response.red_flag.is_some());
}

pub fn outcome_name(outcome: Outcome) -> &'static str {
    match outcome {
        Outcome::Answer => "answer",
        Outcome::Suggest => "suggest",
        Outcome::None => "none",
    }
}

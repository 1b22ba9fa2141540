//! The bot learning from its own use: which entries answered, which questions went
//! unanswered, and what patients thought of an answer (the Helpful / Not helpful buttons).

use serenity::all::{ComponentInteraction, CreateInteractionResponse};
use tracing::warn;

use super::policy::Venue;
use super::{render, Data};
use crate::data::feedback::Vote;
use crate::matcher::Outcome;

const THANKS: &str = "Thanks, your feedback helps us improve these answers.";
const ALREADY: &str = "Thanks, that is already noted for this answer.";
const NOT_KEPT: &str = "Thanks. Feedback is not being collected right now.";

/// Keep a question the bot could not answer confidently, so a moderator can teach it.
/// Only questions put to the bot (or near-misses in answer channels, where it stays quiet)
/// count: chatter it was never asked about is not an FAQ gap. Emergencies are left out:
/// they got the get-help-now advice, and an FAQ entry is not what they need.
pub fn note_question(data: &Data, venue: Venue, question: &str, outcome: Outcome, urgent: bool) {
    let Some(moderation) = &data.moderation else {
        return;
    };
    let unanswered = match venue {
        Venue::Direct => outcome != Outcome::Answer,
        Venue::Listed => outcome == Outcome::Suggest,
        Venue::Elsewhere => false,
    };
    if unanswered && !urgent {
        moderation.note_unanswered(&without_mentions(question));
    }
}

/// Count an answer that was sent.
pub fn note_answered(data: &Data, entry: Option<&str>) {
    if let (Some(moderation), Some(entry)) = (&data.moderation, entry) {
        moderation.feedback.record_answer(entry);
    }
}

/// A press of Helpful / Not helpful: one vote per person per reply, answered privately.
pub fn vote(
    data: &Data,
    interaction: &ComponentInteraction,
    entry: &str,
    helpful: bool,
) -> CreateInteractionResponse {
    let Some(moderation) = &data.moderation else {
        return CreateInteractionResponse::Message(render::note(NOT_KEPT));
    };
    let vote = if helpful {
        Vote::Helpful
    } else {
        Vote::NotHelpful
    };
    let reply = interaction.message.id.get();
    let text = match moderation
        .feedback
        .vote(reply, interaction.user.id.get(), entry, vote)
    {
        Ok(true) => THANKS,
        Ok(false) => ALREADY,
        Err(err) => {
            warn!(error = %err, "could not save a vote");
            NOT_KEPT
        }
    };
    CreateInteractionResponse::Message(render::note(text))
}

/// The text without Discord mentions, custom emoji, `@everyone`/`@here` or URLs, so the
/// unanswered log never holds anyone's id. The matcher strips the same markup.
pub fn without_mentions(text: &str) -> String {
    crate::matcher::normalize::strip_discord_markup(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mentions_are_removed_and_other_text_kept() {
        assert_eq!(
            without_mentions("<@123> does <@!45> it <@&6> hurt <#7>?"),
            "does it hurt ?"
        );
        assert_eq!(without_mentions("a < b <@x> <@12"), "a < b <@x> <@12");
    }
}

//! Read-only moderator views: the unanswered questions and the per-entry counts.

use serenity::all::{
    ButtonStyle, CreateActionRow, CreateButton, CreateEmbed, CreateInteractionResponseMessage,
};

use super::ids::AdminId;
use super::pending::{Pending, PendingStore};
use crate::data::feedback::EntryStats;
use crate::data::unanswered::Frequent;
use crate::discord::autocomplete::truncate_chars;
use crate::discord::render::no_mentions;
use crate::reply::defuse_mentions;

/// A message holds at most five rows of buttons: one row per question.
pub const UNANSWERED_SHOWN: usize = 5;
const DESCRIPTION_MAX: usize = 4_096;
const LABEL_MAX: usize = 80;

/// The most asked unanswered questions, each with "New entry" and "Alias…" buttons.
pub fn unanswered(
    frequent: &[Frequent],
    pending: &PendingStore,
) -> CreateInteractionResponseMessage {
    let message = CreateInteractionResponseMessage::new()
        .allowed_mentions(no_mentions())
        .ephemeral(true);
    if frequent.is_empty() {
        return message.content("No unanswered questions recently.");
    }
    let mut lines = Vec::new();
    let mut rows = Vec::new();
    for (n, asked) in frequent.iter().take(UNANSWERED_SHOWN).enumerate() {
        let times = if asked.count == 1 { "time" } else { "times" };
        let question = truncate_chars(&defuse_mentions(&asked.question), 300);
        lines.push(format!(
            "{}. {question} (asked {} {times})",
            n + 1,
            asked.count
        ));
        let nonce = pending.insert(Pending::Question(asked.question.clone()));
        let button = |id: AdminId, label: String, style| {
            CreateButton::new(id.to_custom_id())
                .label(truncate_chars(&label, LABEL_MAX))
                .style(style)
        };
        rows.push(CreateActionRow::Buttons(vec![
            button(
                AdminId::NewFrom(nonce.clone()),
                format!("{}. New entry", n + 1),
                ButtonStyle::Primary,
            ),
            button(
                AdminId::AliasFrom(nonce),
                format!("{}. Alias…", n + 1),
                ButtonStyle::Secondary,
            ),
        ]));
    }
    let embed = CreateEmbed::new()
        .title("Questions I could not answer")
        .description(truncate_chars(&lines.join("\n"), DESCRIPTION_MAX));
    message.embed(embed).components(rows)
}

/// How often each entry answered and what patients thought, most answered first.
pub fn stats(rows: &[(String, EntryStats)]) -> CreateInteractionResponseMessage {
    let mut lines = vec!["entry: answered, 👍, 👎".to_owned()];
    lines.extend(rows.iter().map(|(id, s)| {
        format!(
            "`{id}`: {}, 👍 {}, 👎 {}",
            s.answered, s.helpful, s.not_helpful
        )
    }));
    let embed = CreateEmbed::new()
        .title("Answers and feedback")
        .description(truncate_chars(&lines.join("\n"), DESCRIPTION_MAX));
    CreateInteractionResponseMessage::new()
        .embed(embed)
        .allowed_mentions(no_mentions())
        .ephemeral(true)
}

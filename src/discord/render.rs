//! Turns the platform-neutral [`Reply`] into serenity builders. The only place that decides
//! what the bot's Discord messages look like.

use serenity::all::{
    ButtonStyle, Colour, CreateActionRow, CreateAllowedMentions, CreateButton, CreateEmbed,
    CreateEmbedFooter, CreateInteractionResponseMessage, CreateMessage, Message, MessageReference,
    MessageReferenceKind,
};

use super::autocomplete::truncate_chars;
use super::custom_id::ComponentId;
use crate::corpus::{Entry, Source};
use crate::matcher::MAX_SUGGESTIONS;
use crate::reply::{defuse_mentions, suggestion_list, Body, Reply, DISCLAIMER, NO_ANSWER};

/// Topics per page of `/faq list`.
pub const LIST_PAGE_SIZE: usize = 10;

// Discord's embed and button limits, in characters.
const TITLE_MAX: usize = 256;
const DESCRIPTION_MAX: usize = 4096;
const FIELD_MAX: usize = 1024;
const FOOTER_MAX: usize = 2048;
const LABEL_MAX: usize = 80;
/// Discord's limit on a message's content, in characters.
const CONTENT_MAX: usize = 2_000;

const URGENT_COLOUR: Colour = Colour(0xC6_28_28);
const ANSWER_COLOUR: Colour = Colour(0x1E_63_A8);
const NEUTRAL_COLOUR: Colour = Colour(0x60_6B_78);

/// Parses nothing and does not ping the person replied to: a health bot never pings anyone.
/// Serialises to `{"parse":[],"users":[],"roles":[],"replied_user":false}`.
pub fn no_mentions() -> CreateAllowedMentions {
    CreateAllowedMentions::new().replied_user(false)
}

/// A reply's pieces, before they go into a message or an interaction response.
struct Parts {
    /// The get-help-now text, repeated outside the embed so that notifications and screen
    /// readers get it first.
    content: Option<String>,
    embed: CreateEmbed,
    components: Vec<CreateActionRow>,
}

fn parts(reply: &Reply) -> Parts {
    let urgent = reply.urgent_notice.as_deref();
    let (embed, components) = match &reply.body {
        Body::Answer {
            id,
            question,
            answer,
            sources,
        } => (
            answer_embed(question, answer, sources, urgent.is_some()),
            vec![vote_row(id)],
        ),
        Body::Suggest { suggestions } => {
            let buttons = suggestions
                .iter()
                .take(MAX_SUGGESTIONS)
                .enumerate()
                .map(|(n, s)| {
                    CreateButton::new(ComponentId::Show(s.id.clone()).to_custom_id())
                        .label(truncate_chars(
                            &format!("{}. {}", n + 1, s.question),
                            LABEL_MAX,
                        ))
                        .style(ButtonStyle::Secondary)
                })
                .collect::<Vec<_>>();
            let embed = notice_embed(urgent, &suggestion_list(suggestions));
            (embed, vec![CreateActionRow::Buttons(buttons)])
        }
        // With a red flag, getting help matters more than the FAQ's reach.
        Body::None if urgent.is_some() => (notice_embed(urgent, ""), vec![]),
        Body::None => (notice_embed(None, NO_ANSWER), vec![]),
    };
    Parts {
        content: urgent.map(defuse_mentions),
        embed: embed.footer(CreateEmbedFooter::new(truncate_chars(
            reply.disclaimer,
            FOOTER_MAX,
        ))),
        components,
    }
}

fn answer_embed(question: &str, answer: &str, sources: &[Source], urgent: bool) -> CreateEmbed {
    let sources = sources
        .iter()
        .map(Source::describe)
        .collect::<Vec<_>>()
        .join("\n");
    CreateEmbed::new()
        .title(truncate_chars(question, TITLE_MAX))
        .description(truncate_chars(answer, DESCRIPTION_MAX))
        .field("Sources", truncate_chars(&sources, FIELD_MAX), false)
        .colour(if urgent { URGENT_COLOUR } else { ANSWER_COLOUR })
}

/// "Helpful" / "Not helpful" under an answer: how moderators learn which answers miss.
fn vote_row(entry: &str) -> CreateActionRow {
    let button = |helpful: bool, label: &str, style| {
        let id = ComponentId::Vote {
            entry: entry.to_owned(),
            helpful,
        };
        CreateButton::new(id.to_custom_id())
            .label(label)
            .style(style)
    };
    CreateActionRow::Buttons(vec![
        button(true, "Helpful", ButtonStyle::Secondary),
        button(false, "Not helpful", ButtonStyle::Secondary),
    ])
}

/// An embed whose description starts with the urgent notice, when there is one.
fn notice_embed(urgent: Option<&str>, text: &str) -> CreateEmbed {
    let description = match urgent {
        Some(notice) if text.is_empty() => notice.to_owned(),
        Some(notice) => format!("**{notice}**\n\n{text}"),
        None => text.to_owned(),
    };
    CreateEmbed::new()
        .description(truncate_chars(&description, DESCRIPTION_MAX))
        .colour(if urgent.is_some() {
            URGENT_COLOUR
        } else {
            NEUTRAL_COLOUR
        })
}

/// The reply to a patient's message, as a Discord reply that pings no one.
pub fn message_reply(reply: &Reply, to: &Message) -> CreateMessage {
    let mut reference = MessageReference::new(MessageReferenceKind::Default, to.channel_id)
        .message_id(to.id)
        // If the question was deleted meanwhile, the answer still goes out.
        .fail_if_not_exists(false);
    if let Some(guild) = to.guild_id {
        reference = reference.guild_id(guild);
    }
    let Parts {
        content,
        embed,
        components,
    } = parts(reply);
    let mut message = CreateMessage::new()
        .embed(embed)
        .allowed_mentions(no_mentions())
        .reference_message(reference);
    if let Some(content) = content {
        message = message.content(content);
    }
    if !components.is_empty() {
        message = message.components(components);
    }
    message
}

/// The reply as an interaction response (slash command or button).
pub fn interaction_reply(reply: &Reply, ephemeral: bool) -> CreateInteractionResponseMessage {
    let Parts {
        content,
        embed,
        components,
    } = parts(reply);
    let mut message = CreateInteractionResponseMessage::new()
        .embed(embed)
        .allowed_mentions(no_mentions())
        .ephemeral(ephemeral);
    if let Some(content) = content {
        message = message.content(content);
    }
    if !components.is_empty() {
        message = message.components(components);
    }
    message
}

/// One entry's answer, as `/faq show` and the suggestion buttons give it.
pub fn entry_reply(entry: &Entry, ephemeral: bool) -> CreateInteractionResponseMessage {
    interaction_reply(&Reply::answer(entry), ephemeral)
}

/// A short private note to the one who acted, such as "that topic is gone". Cut to
/// Discord's limit: a note may quote what a patient or moderator typed ("Not taught: ...
/// {phrase}"), and Discord refuses a longer message outright, which would leave the
/// moderator with no reply at all.
pub fn note(text: &str) -> CreateInteractionResponseMessage {
    CreateInteractionResponseMessage::new()
        .content(truncate_chars(&defuse_mentions(text), CONTENT_MAX))
        .allowed_mentions(no_mentions())
        .ephemeral(true)
}

pub fn page_count(entries: usize) -> usize {
    entries.div_ceil(LIST_PAGE_SIZE).max(1)
}

/// Page `page` (from 1; clamped) of the topic list, with Prev/Next buttons. Without flags:
/// the caller sets ephemerality on a new message, and an update keeps the original's.
pub fn list_page(entries: &[Entry], page: usize) -> CreateInteractionResponseMessage {
    let pages = page_count(entries.len());
    let page = page.clamp(1, pages);
    let first = (page - 1) * LIST_PAGE_SIZE;
    let lines = entries
        .iter()
        .enumerate()
        .skip(first)
        .take(LIST_PAGE_SIZE)
        .map(|(n, entry)| format!("{}. {}", n + 1, entry.question))
        .collect::<Vec<_>>();
    let description = if lines.is_empty() {
        "There are no topics yet.".to_owned()
    } else {
        lines.join("\n")
    };
    let embed = CreateEmbed::new()
        .title("FAQ topics")
        .description(truncate_chars(&description, DESCRIPTION_MAX))
        .colour(ANSWER_COLOUR)
        .footer(CreateEmbedFooter::new(format!(
            "Page {page} of {pages}. Use /faq show to read a topic, or /faq ask to ask a question."
        )));
    let buttons = vec![
        CreateButton::new(ComponentId::List(page - 1).to_custom_id())
            .label("Prev")
            .style(ButtonStyle::Secondary)
            .disabled(page == 1),
        CreateButton::new(ComponentId::List(page + 1).to_custom_id())
            .label("Next")
            .style(ButtonStyle::Secondary)
            .disabled(page == pages),
    ];
    CreateInteractionResponseMessage::new()
        .embed(embed)
        .components(vec![CreateActionRow::Buttons(buttons)])
        .allowed_mentions(no_mentions())
}

pub fn about(version: &str, entries: usize) -> CreateInteractionResponseMessage {
    let safety = "Answers come only from curated entries, each reviewed and backed by named \
        sources. Nothing is generated or made up: if no entry fits, I say so. A message that \
        sounds like an emergency gets the get-help-now advice first, before anything else.";
    let embed = CreateEmbed::new()
        .title("About faqbot")
        .description(format!(
            "Version {version}. I answer common questions about Botox from {entries} curated \
             FAQ entries. Ask with /faq ask, browse with /faq list, or mention me."
        ))
        .field("Safety", safety, false)
        .colour(ANSWER_COLOUR)
        .footer(CreateEmbedFooter::new(DISCLAIMER));
    CreateInteractionResponseMessage::new()
        .embed(embed)
        .allowed_mentions(no_mentions())
        .ephemeral(true)
}

#[cfg(test)]
#[path = "render_tests.rs"]
mod tests;

//! The add/edit form (a Discord modal) and what the moderator sees after submitting it.
//! Modals hold at most five rows, so the entry id and the source URL come from the slash
//! command's options and live in the server-side draft.

use serenity::all::{
    ActionRowComponent, ButtonStyle, CreateActionRow, CreateButton, CreateEmbed, CreateInputText,
    CreateInteractionResponseMessage, CreateModal, InputTextStyle, ModalInteraction,
};

use super::ids::AdminId;
use super::pending::{Form, FormKind};
use crate::corpus::Entry;
use crate::discord::autocomplete::truncate_chars;
use crate::discord::render::{self, no_mentions};
use crate::moderation::Draft;
use crate::reply::{defuse_mentions, Reply};

/// Discord's limits: a modal title, a text input's value, an embed field.
const TITLE_MAX: usize = 45;
const INPUT_MAX: usize = 4_000;
const FIELD_MAX: usize = 1_024;

/// (custom_id, label, paragraph?) of each form row, in order.
const ROWS: [(&str, &str, bool); 5] = [
    ("question", "Question, as patients would ask it", false),
    ("alternates", "Other phrasings, one per line", true),
    ("answer", "Answer", true),
    ("source_title", "Source title", false),
    ("source_publisher", "Source publisher", false),
];

pub fn form_modal(nonce: &str, form: &Form) -> CreateModal {
    let title = match &form.kind {
        FormKind::Add => "New FAQ entry".to_owned(),
        FormKind::Edit { id, .. } => truncate_chars(&format!("Edit {id}"), TITLE_MAX),
    };
    let rows = ROWS
        .iter()
        .map(|&(id, label, paragraph)| {
            let style = if paragraph {
                InputTextStyle::Paragraph
            } else {
                InputTextStyle::Short
            };
            // Discord refuses a modal whose prefilled value is over the input's maximum.
            let value = truncate_chars(field(&form.draft, id), INPUT_MAX);
            let mut input = CreateInputText::new(style, label, id)
                .required(id != "alternates")
                .max_length(INPUT_MAX as u16);
            if !value.is_empty() {
                input = input.value(value);
            }
            CreateActionRow::InputText(input)
        })
        .collect();
    CreateModal::new(AdminId::Form(nonce.to_owned()).to_custom_id(), title).components(rows)
}

/// The one-field form asking which entry should answer an unanswered question.
pub fn alias_modal(nonce: &str, suggestion: Option<&str>) -> CreateModal {
    let mut input = CreateInputText::new(InputTextStyle::Short, "Entry id to answer it", "entry")
        .required(true)
        .max_length(64);
    if let Some(suggestion) = suggestion {
        input = input.value(suggestion);
    }
    CreateModal::new(
        AdminId::AliasForm(nonce.to_owned()).to_custom_id(),
        "Answer this with an entry",
    )
    .components(vec![CreateActionRow::InputText(input)])
}

fn field<'a>(draft: &'a Draft, id: &str) -> &'a str {
    match id {
        "question" => &draft.question,
        "alternates" => &draft.alternates,
        "answer" => &draft.answer,
        "source_title" => &draft.source_title,
        "source_publisher" => &draft.source_publisher,
        _ => "",
    }
}

/// The submitted text inputs, by custom_id.
pub fn submitted(interaction: &ModalInteraction) -> Vec<(String, String)> {
    interaction
        .data
        .components
        .iter()
        .flat_map(|row| &row.components)
        .filter_map(|component| match component {
            ActionRowComponent::InputText(input) => Some((
                input.custom_id.clone(),
                input.value.clone().unwrap_or_default(),
            )),
            _ => None,
        })
        .collect()
}

/// Copy the submitted fields into the draft; unknown fields are ignored.
pub fn apply(draft: &mut Draft, fields: &[(String, String)]) {
    for (id, value) in fields {
        let slot = match id.as_str() {
            "question" => &mut draft.question,
            "alternates" => &mut draft.alternates,
            "answer" => &mut draft.answer,
            "source_title" => &mut draft.source_title,
            "source_publisher" => &mut draft.source_publisher,
            _ => continue,
        };
        *slot = value.clone();
    }
}

/// A refused save: every problem, the moderator's own text (so nothing typed is lost), and,
/// when trying again can help, a button reopening the form with that text.
pub fn rejected(
    draft: &Draft,
    problems: &[String],
    retry: Option<&str>,
) -> CreateInteractionResponseMessage {
    let list = problems
        .iter()
        .map(|p| format!("- {}", defuse_mentions(p)))
        .collect::<Vec<_>>()
        .join("\n");
    let content = truncate_chars(&format!("Not saved. Please fix:\n{list}"), 2_000);
    let mut echo = CreateEmbed::new().title("Your text (not saved)");
    let shown = [
        ("id", draft.id.as_deref().unwrap_or("")),
        ("source_url", &draft.source_url),
    ];
    for (name, value) in ROWS
        .iter()
        .map(|&(id, ..)| (id, field(draft, id)))
        .chain(shown)
    {
        let value = if value.trim().is_empty() {
            "(empty)".to_owned()
        } else {
            truncate_chars(&defuse_mentions(value), FIELD_MAX)
        };
        echo = echo.field(name, value, false);
    }
    let mut message = CreateInteractionResponseMessage::new()
        .content(content)
        .embed(echo)
        .allowed_mentions(no_mentions())
        .ephemeral(true);
    if let Some(nonce) = retry {
        let button = CreateButton::new(AdminId::Retry(nonce.to_owned()).to_custom_id())
            .label("Try again")
            .style(ButtonStyle::Primary);
        message = message.components(vec![CreateActionRow::Buttons(vec![button])]);
    }
    message
}

/// A saved entry, with the reply patients will now get.
pub fn saved(entry: &Entry, edited: bool) -> CreateInteractionResponseMessage {
    let verb = if edited { "Updated" } else { "Added" };
    render::interaction_reply(&Reply::answer(entry), true)
        .content(format!(
            "{verb} `{}`. It answers from the next question on; patients will see:",
            entry.id
        ))
        // The preview is not an answer anyone can vote on.
        .components(Vec::new())
}

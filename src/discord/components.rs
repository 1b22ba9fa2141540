//! Button presses: a suggestion's answer (shown only to the presser), topic-list paging and
//! votes on answers.

use serenity::all::{ComponentInteraction, Context, CreateInteractionResponse};
use tracing::field::Empty;
use tracing::{debug, info, info_span, warn, Instrument};

use super::custom_id::ComponentId;
use super::{learn, render, retry, Data};

/// Said when a button names an entry that a newer corpus no longer has.
const GONE: &str = "That topic is no longer available. Use /faq list to see the current \
    topics, and ask your doctor about anything else.";

pub async fn handle(ctx: &Context, data: &Data, interaction: &ComponentInteraction) {
    let Some(id) = ComponentId::parse(&interaction.data.custom_id) else {
        debug!("ignoring a component the bot did not make");
        return;
    };
    let span = info_span!(
        "component",
        interaction_id = interaction.id.get(),
        guild = interaction.guild_id.map(|guild| guild.get()),
        channel = interaction.channel_id.get(),
        action = Empty,
        entry = Empty,
        page = Empty,
    );
    async {
        let response = match &id {
            ComponentId::Vote { entry, helpful } => {
                tracing::Span::current().record("action", "vote");
                tracing::Span::current().record("entry", entry.as_str());
                learn::vote(data, interaction, entry, *helpful)
            }
            _ => respond(data, &id),
        };
        let sent = retry::send(
            "button response",
            retry::Within::InteractionDeadline,
            || interaction.create_response(&ctx.http, response.clone()),
        )
        .await;
        match sent {
            Ok(()) => info!("answered the button"),
            Err(err) => warn!(error = %err, "could not answer the button"),
        }
    }
    .instrument(span)
    .await;
}

fn respond(data: &Data, id: &ComponentId) -> CreateInteractionResponse {
    let span = tracing::Span::current();
    let faq = data.faq.load();
    match id {
        ComponentId::Show(entry_id) => {
            span.record("action", "show");
            span.record("entry", entry_id.as_str());
            let message = match faq.corpus().get(entry_id) {
                Some(entry) => render::entry_reply(entry, true),
                None => render::note(GONE),
            };
            CreateInteractionResponse::Message(message)
        }
        ComponentId::List(page) => {
            span.record("action", "list");
            span.record("page", *page);
            CreateInteractionResponse::UpdateMessage(render::list_page(
                &faq.corpus().entries,
                *page,
            ))
        }
        // Answered in `handle`, which has the presser and the message.
        ComponentId::Vote { .. } => CreateInteractionResponse::Acknowledge,
    }
}

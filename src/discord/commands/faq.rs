//! `/faq`: ask, show, list and about. Every reply is built in `render`; matching is fast, so
//! each command answers at once, well within Discord's three seconds.

use std::sync::atomic::Ordering;

use serenity::all::{
    AutocompleteChoice, CreateAutocompleteResponse, CreateInteractionResponse,
    CreateInteractionResponseMessage,
};
use tracing::field::Empty;
use tracing::{debug, debug_span, info, info_span, Instrument};

use crate::discord::autocomplete::{self, ChoiceValue};
use crate::discord::policy::Venue;
use crate::discord::{learn, observe, render, retry, Context, Error};
use crate::matcher::Outcome;

/// Said when `/faq show` gets text that names no topic.
const NOT_FOUND: &str = "I have no topic by that name. Use /faq list to see them all, or /faq \
    ask to ask in your own words.";

/// Answers about Botox from a curated, sourced FAQ
#[poise::command(
    slash_command,
    subcommands("ask", "show", "list", "about"),
    subcommand_required
)]
pub async fn faq(_ctx: Context<'_>) -> Result<(), Error> {
    Ok(())
}

/// Ask a question; only you see the answer unless you make it public
#[poise::command(slash_command)]
async fn ask(
    ctx: Context<'_>,
    #[description = "Your question, in your own words"]
    #[autocomplete = "complete_question"]
    #[max_length = 1000]
    question: String,
    #[description = "Post the answer in the channel for everyone (default: only you see it)"]
    public: Option<bool>,
) -> Result<(), Error> {
    let span = command_span(ctx, "ask");
    let message = {
        let data = ctx.data();
        let faq = data.faq.load();
        let response = faq.respond(&question, &data.emergency_number);
        observe::record(&span, &faq, &response);
        // Asking the bot is addressing it, as in a DM.
        let urgent = response.red_flag.is_some();
        learn::note_question(
            data,
            Venue::Direct,
            &question,
            response.result.outcome,
            urgent,
        );
        learn::note_answered(data, faq.answered_id(&response));
        let public = may_post_publicly(ctx, public, urgent);
        render::interaction_reply(&response.reply, !public)
    };
    respond(ctx, message).instrument(span).await
}

/// Show one topic's answer
#[poise::command(slash_command)]
async fn show(
    ctx: Context<'_>,
    #[description = "The topic to show"]
    #[autocomplete = "complete_entry"]
    entry: String,
    #[description = "Post it in the channel for everyone (default: only you see it)"]
    public: Option<bool>,
) -> Result<(), Error> {
    let span = command_span(ctx, "show");
    let message = {
        let faq = ctx.data().faq.load();
        let corpus = faq.corpus();
        // A picked choice is an id; someone who typed instead gets the entry their text
        // names exactly or answers confidently, never a guess.
        let found = corpus
            .get(&entry)
            .or_else(|| {
                corpus
                    .entries
                    .iter()
                    .find(|e| e.question.eq_ignore_ascii_case(entry.trim()))
            })
            .or_else(|| {
                let result = faq.matcher().find(&entry);
                let best = result.best.filter(|_| result.outcome == Outcome::Answer)?;
                corpus.entries.get(best.entry)
            });
        match found {
            Some(found) => {
                span.record("entry", found.id.as_str());
                render::entry_reply(found, !may_post_publicly(ctx, public, false))
            }
            None => render::note(NOT_FOUND),
        }
    };
    respond(ctx, message).instrument(span).await
}

/// Browse every topic I can answer
#[poise::command(slash_command)]
async fn list(ctx: Context<'_>) -> Result<(), Error> {
    let span = command_span(ctx, "list");
    let message = render::list_page(&ctx.data().faq.load().corpus().entries, 1).ephemeral(true);
    respond(ctx, message).instrument(span).await
}

/// What this bot is, and how it keeps answers safe
#[poise::command(slash_command)]
async fn about(ctx: Context<'_>) -> Result<(), Error> {
    let span = command_span(ctx, "about");
    let entries = ctx.data().faq.load().corpus().entries.len();
    let message = render::about(env!("CARGO_PKG_VERSION"), entries);
    respond(ctx, message).instrument(span).await
}

/// Whether an answer asked for in public may be posted in the channel. Public answers count
/// against the same per-user cooldown as answers to messages, so commands cannot flood a
/// channel either; when the user is cooling down, the answer still comes, privately. An
/// urgent answer is never held back.
fn may_post_publicly(ctx: Context<'_>, public: Option<bool>, urgent: bool) -> bool {
    public.unwrap_or(false)
        && ctx
            .data()
            .may_answer_now(ctx.interaction.user.id.get(), urgent)
}

fn command_span(ctx: Context<'_>, name: &'static str) -> tracing::Span {
    info_span!(
        "command",
        command = name,
        interaction_id = ctx.interaction.id.get(),
        guild = ctx.interaction.guild_id.map(|guild| guild.get()),
        channel = ctx.interaction.channel_id.get(),
        entry = Empty,
        outcome = Empty,
        score = Empty,
        urgent = Empty,
    )
}

async fn respond(ctx: Context<'_>, message: CreateInteractionResponseMessage) -> Result<(), Error> {
    let response = CreateInteractionResponse::Message(message);
    retry::send(
        "command response",
        retry::Within::InteractionDeadline,
        || {
            ctx.interaction
                .create_response(ctx.http(), response.clone())
        },
    )
    .await?;
    // Lets poise follow up (not respond twice) if anything later reports an error.
    ctx.has_sent_initial_response.store(true, Ordering::SeqCst);
    info!("responded");
    Ok(())
}

async fn complete_question(ctx: Context<'_>, typed: &str) -> CreateAutocompleteResponse {
    complete(ctx, typed, ChoiceValue::Question)
}

async fn complete_entry(ctx: Context<'_>, typed: &str) -> CreateAutocompleteResponse {
    complete(ctx, typed, ChoiceValue::EntryId)
}

/// Typed text is as private as a question, so the span names where, never what.
fn complete(ctx: Context<'_>, typed: &str, value: ChoiceValue) -> CreateAutocompleteResponse {
    let span = debug_span!(
        "autocomplete",
        command = %ctx.command().qualified_name,
        interaction_id = ctx.interaction.id.get(),
        guild = ctx.interaction.guild_id.map(|guild| guild.get()),
        channel = ctx.interaction.channel_id.get(),
        choices = Empty,
    );
    let _entered = span.enter();
    let faq = ctx.data().faq.load();
    let choices: Vec<AutocompleteChoice> = autocomplete::choices(&faq, typed, value)
        .into_iter()
        .map(|choice| AutocompleteChoice::new(choice.name, choice.value))
        .collect();
    span.record("choices", choices.len());
    debug!("completed");
    CreateAutocompleteResponse::new().set_choices(choices)
}

//! `/faqadmin`: moderators add, edit, remove, restore and teach entries, see what went
//! unanswered and how answers were received, and reload the corpus.
//!
//! Registered only in `moderation.guilds`, and hidden from members without Manage Server
//! (`default_member_permissions`). Server admins can show it to moderator roles in
//! Server Settings → Integrations. That is only what Discord displays: every action is
//! checked again here against `moderation.moderator_role_ids` and Manage Server.

use std::sync::atomic::Ordering;
use std::sync::Arc;

use serenity::all::{
    AutocompleteChoice, CreateAutocompleteResponse, CreateInteractionResponse,
    CreateInteractionResponseMessage,
};

use crate::discord::admin::pending::{Form, FormKind, Pending};
use crate::discord::admin::{self, forms, views, REFUSED};
use crate::discord::autocomplete::{self, ChoiceValue};
use crate::discord::{render, Context, Error};
use crate::moderation::{Draft, Moderation};

/// How many unanswered questions to consider.
const UNANSWERED_LISTED: usize = views::UNANSWERED_SHOWN;

/// Moderator tools for the FAQ
#[poise::command(
    slash_command,
    subcommands(
        "add",
        "edit",
        "remove",
        "restore",
        "alias",
        "unanswered",
        "stats",
        "reload"
    ),
    subcommand_required,
    default_member_permissions = "MANAGE_GUILD"
)]
pub async fn faqadmin(_ctx: Context<'_>) -> Result<(), Error> {
    Ok(())
}

/// Add an entry (opens a form)
#[poise::command(slash_command)]
async fn add(
    ctx: Context<'_>,
    #[description = "The entry id, e.g. flying-after-botox (default: made from the question)"]
    #[max_length = 64]
    id: Option<String>,
    #[description = "The source's https:// address"] source_url: Option<String>,
) -> Result<(), Error> {
    let Some(_moderation) = guard(ctx, "add").await? else {
        return Ok(());
    };
    let form = Form {
        kind: FormKind::Add,
        draft: Draft {
            id,
            source_url: source_url.unwrap_or_default(),
            ..Draft::default()
        },
    };
    open_form(ctx, form).await
}

/// Edit an entry (opens a form filled in)
#[poise::command(slash_command)]
async fn edit(
    ctx: Context<'_>,
    #[description = "The entry to edit"]
    #[autocomplete = "complete_entry"]
    entry: String,
    #[description = "A new https:// address for the first source"] source_url: Option<String>,
) -> Result<(), Error> {
    let Some(moderation) = guard(ctx, "edit").await? else {
        return Ok(());
    };
    match moderation.draft_of(&entry) {
        Ok((mut draft, version)) => {
            if let Some(url) = source_url {
                draft.source_url = url;
            }
            let kind = FormKind::Edit { id: entry, version };
            open_form(ctx, Form { kind, draft }).await
        }
        Err(err) => say(ctx, &format!("Cannot edit: {err}")).await,
    }
}

/// Remove an entry (asks to confirm; it can be restored)
#[poise::command(slash_command)]
async fn remove(
    ctx: Context<'_>,
    #[description = "The entry to remove"]
    #[autocomplete = "complete_entry"]
    entry: String,
) -> Result<(), Error> {
    let Some(moderation) = guard(ctx, "remove").await? else {
        return Ok(());
    };
    let (draft, version) = match moderation.draft_of(&entry) {
        Ok(found) => found,
        Err(err) => return say(ctx, &format!("Cannot remove: {err}")).await,
    };
    let pending = Pending::Remove {
        id: entry.clone(),
        version,
    };
    let nonce = ctx.data().pending.insert(pending);
    let button =
        serenity::all::CreateButton::new(admin::ids::AdminId::Remove(nonce).to_custom_id())
            .label("Remove")
            .style(serenity::all::ButtonStyle::Danger);
    let text = format!(
        "Remove `{entry}` ({:?})? Patients stop getting it at once; /faqadmin restore brings \
         it back.",
        draft.question
    );
    let message =
        render::note(&text).components(vec![serenity::all::CreateActionRow::Buttons(vec![button])]);
    respond(ctx, CreateInteractionResponse::Message(message)).await
}

/// Bring back a removed entry
#[poise::command(slash_command)]
async fn restore(
    ctx: Context<'_>,
    #[description = "The removed entry"]
    #[autocomplete = "complete_removed"]
    entry: String,
) -> Result<(), Error> {
    let Some(moderation) = guard(ctx, "restore").await? else {
        return Ok(());
    };
    let user = ctx.interaction.user.id.get();
    match moderation.restore(user, &entry) {
        Ok(_) => say(ctx, &format!("Restored `{entry}`; it answers again.")).await,
        Err(err) => say(ctx, &format!("Not restored: {err}")).await,
    }
}

/// Teach an entry another way patients ask it
#[poise::command(slash_command)]
async fn alias(
    ctx: Context<'_>,
    #[description = "The entry that should answer"]
    #[autocomplete = "complete_entry"]
    entry: String,
    #[description = "The question as patients phrase it"]
    #[max_length = 300]
    phrase: String,
) -> Result<(), Error> {
    let Some(moderation) = guard(ctx, "alias").await? else {
        return Ok(());
    };
    let user = ctx.interaction.user.id.get();
    match moderation.alias(user, &entry, &phrase) {
        Ok(_) => say(ctx, &format!("`{entry}` now answers {:?}.", phrase.trim())).await,
        Err(err) => say(ctx, &format!("Not taught: {err}")).await,
    }
}

/// The questions I could not answer, most asked first
#[poise::command(slash_command)]
async fn unanswered(ctx: Context<'_>) -> Result<(), Error> {
    let Some(moderation) = guard(ctx, "unanswered").await? else {
        return Ok(());
    };
    let Some(log) = &moderation.unanswered else {
        return say(
            ctx,
            "The unanswered-questions log is switched off in the config.",
        )
        .await;
    };
    let frequent = log.most_frequent(UNANSWERED_LISTED);
    let message = views::unanswered(&frequent, &ctx.data().pending);
    respond(ctx, CreateInteractionResponse::Message(message)).await
}

/// How often each entry answered, and the 👍 and 👎 it got
#[poise::command(slash_command)]
async fn stats(ctx: Context<'_>) -> Result<(), Error> {
    let Some(moderation) = guard(ctx, "stats").await? else {
        return Ok(());
    };
    let counted = moderation.feedback.stats();
    // Entries that never answered are listed too: they may need better phrasings.
    let mut rows = counted.clone();
    for entry in &moderation.live.current().corpus().entries {
        if !counted.iter().any(|(id, _)| *id == entry.id) {
            rows.push((entry.id.clone(), Default::default()));
        }
    }
    respond(ctx, CreateInteractionResponse::Message(views::stats(&rows))).await
}

/// Re-read the corpus from disk
#[poise::command(slash_command)]
async fn reload(ctx: Context<'_>) -> Result<(), Error> {
    let Some(moderation) = guard(ctx, "reload").await? else {
        return Ok(());
    };
    match moderation.reload(ctx.interaction.user.id.get()) {
        Ok(count) => say(ctx, &format!("Reloaded: {count} entries.")).await,
        Err(err) => say(ctx, &err.to_string()).await,
    }
}

/// The moderation core if this member may moderate here; otherwise the refusal is sent
/// (and audited) and `None` returned.
async fn guard(ctx: Context<'_>, action: &str) -> Result<Option<Arc<Moderation>>, Error> {
    let interaction = ctx.interaction;
    let data = ctx.data();
    let member = interaction.member.as_deref();
    if admin::permitted(
        data,
        interaction.guild_id,
        member,
        interaction.user.id,
        action,
    ) {
        return Ok(data.moderation.clone());
    }
    say(ctx, REFUSED).await?;
    Ok(None)
}

async fn open_form(ctx: Context<'_>, form: Form) -> Result<(), Error> {
    let nonce = ctx.data().pending.insert(Pending::Form(form.clone()));
    let modal = forms::form_modal(&nonce, &form);
    respond(ctx, CreateInteractionResponse::Modal(modal)).await
}

async fn say(ctx: Context<'_>, text: &str) -> Result<(), Error> {
    let message: CreateInteractionResponseMessage = render::note(text);
    respond(ctx, CreateInteractionResponse::Message(message)).await
}

async fn respond(ctx: Context<'_>, response: CreateInteractionResponse) -> Result<(), Error> {
    ctx.interaction
        .create_response(ctx.http(), response)
        .await?;
    // Lets poise follow up (not respond twice) if anything later reports an error.
    ctx.has_sent_initial_response.store(true, Ordering::SeqCst);
    Ok(())
}

/// Only moderators see choices: the removed entries are not public.
fn may_see(ctx: Context<'_>) -> bool {
    let interaction = ctx.interaction;
    let member = interaction.member.as_deref();
    ctx.data().moderation.is_some() && ctx.data().moderators.allows(interaction.guild_id, member)
}

async fn complete_entry(ctx: Context<'_>, typed: &str) -> CreateAutocompleteResponse {
    if !may_see(ctx) {
        return CreateAutocompleteResponse::new();
    }
    let faq = ctx.data().faq.load();
    let choices = autocomplete::choices(&faq, typed, ChoiceValue::EntryId)
        .into_iter()
        .map(|choice| AutocompleteChoice::new(choice.name, choice.value))
        .collect();
    CreateAutocompleteResponse::new().set_choices(choices)
}

async fn complete_removed(ctx: Context<'_>, typed: &str) -> CreateAutocompleteResponse {
    let Some(moderation) = ctx.data().moderation.as_ref().filter(|_| may_see(ctx)) else {
        return CreateAutocompleteResponse::new();
    };
    let typed = typed.trim().to_lowercase();
    let choices = moderation
        .store
        .removed_ids()
        .into_iter()
        .filter(|id| id.contains(&typed))
        .take(autocomplete::MAX_CHOICES)
        .map(|id| AutocompleteChoice::new(id.clone(), id))
        .collect();
    CreateAutocompleteResponse::new().set_choices(choices)
}

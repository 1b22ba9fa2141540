//! Answering patients' messages: in DMs, when mentioned, and in the answer channels.

use serenity::all::{ChannelId, Context, Http, LightMethod, Message, Request, Route, UserId};
use tracing::field::Empty;
use tracing::{debug, info, info_span, warn, Instrument};

use super::policy::{self, MessageFacts, Venue};
use super::{learn, observe, render, retry, Data};

pub async fn handle(ctx: &Context, data: &Data, message: &Message) {
    let bot_id = ctx.cache.current_user().id;
    let mut facts = MessageFacts {
        is_dm: message.guild_id.is_none(),
        mentioned: message.mentions_user_id(bot_id) || mentions_own_role(ctx, message, bot_id),
        channel_id: message.channel_id.get(),
        parent_id: None,
        author_is_bot: message.author.bot,
        from_webhook: message.webhook_id.is_some(),
        author_is_self: message.author.id == bot_id,
    };
    if policy::needs_parent(&facts, &data.answer_channels) {
        facts.parent_id = data
            .thread_parents
            .parent_of(ctx, message.guild_id, message.channel_id)
            .await;
    }
    let venue = policy::venue(&facts, &data.answer_channels);
    if venue == Venue::Elsewhere {
        return;
    }
    let span = info_span!(
        "message",
        message_id = message.id.get(),
        guild = message.guild_id.map(|guild| guild.get()),
        channel = message.channel_id.get(),
        venue = ?venue,
        entry = Empty,
        outcome = Empty,
        score = Empty,
        urgent = Empty,
    );
    let text = policy::without_mention(&message.content, bot_id.get());
    answer(ctx, data, message, venue, &text)
        .instrument(span)
        .await;
}

/// Whether the message mentions the role Discord made for this bot in the guild, which
/// people pick from the mention list as often as the bot itself.
fn mentions_own_role(ctx: &Context, message: &Message, bot_id: UserId) -> bool {
    let Some(guild) = message
        .guild_id
        .filter(|_| !message.mention_roles.is_empty())
    else {
        return false;
    };
    let Some(guild) = ctx.cache.guild(guild) else {
        return false;
    };
    message.mention_roles.iter().any(|role| {
        guild
            .roles
            .get(role)
            .is_some_and(|role| role.tags.bot_id == Some(bot_id))
    })
}

async fn answer(ctx: &Context, data: &Data, message: &Message, venue: Venue, text: &str) {
    let (reply, outcome, urgent, answered) = {
        let faq = data.faq.load();
        let response = faq.respond(text, &data.emergency_number);
        observe::record(&tracing::Span::current(), &faq, &response);
        let urgent = response.red_flag.is_some();
        let answered = faq.answered_id(&response).map(str::to_owned);
        (response.reply, response.result.outcome, urgent, answered)
    };
    learn::note_question(data, venue, text, outcome, urgent);
    if !policy::should_reply(venue, outcome, urgent) {
        debug!("staying quiet: not sure enough to speak in an answer channel");
        return;
    }
    let in_dm = message.guild_id.is_none();
    if policy::cooldown_applies(in_dm) && !data.may_answer_now(message.author.id.get(), urgent) {
        debug!("staying quiet: this user was answered moments ago");
        return;
    }
    learn::note_answered(data, answered.as_deref());
    let body = match serde_json::to_vec(&render::message_reply(&reply, message)) {
        Ok(body) => body,
        Err(err) => return warn!(error = %err, "could not encode the reply"),
    };
    let sent = retry::send("message reply", retry::Within::ShutdownDrain, || {
        post_message(&ctx.http, message.channel_id, body.clone())
    })
    .await;
    match sent {
        Ok(_) => info!("replied"),
        Err(err) => warn!(error = %err, "could not send the reply"),
    }
}

/// POSTs an already encoded message. Straight to the API: serenity's cached permission check
/// would refuse a reply whenever its view of the guild is incomplete, and Discord checks
/// permissions anyway. Discord's answer (the created message) is read but not decoded, as
/// `Http::send_message` would: the bot never uses it, and decoding it cost more CPU than
/// matching the question (see README, Performance).
async fn post_message(http: &Http, channel_id: ChannelId, body: Vec<u8>) -> serenity::Result<()> {
    let route = Route::ChannelMessages { channel_id };
    let request = Request::new(route, LightMethod::Post).body(Some(body));
    let response = http.request(request).await?;
    // Reading the body to its end lets the connection go back to the pool.
    response.bytes().await?;
    Ok(())
}

//! The serenity framework the client runs: gates events for shutdown, answers messages and
//! button presses, and passes the rest (ready, slash commands, autocomplete) to poise.

use std::sync::Arc;

use serenity::all::{Client, FullEvent, GuildId, Interaction};
use serenity::framework::Framework;
use tracing::{debug, error, info, warn};

use super::inflight::InFlight;
use super::render::no_mentions;
use super::{commands, components, messages, Data, Error};

pub struct Events {
    poise: poise::Framework<Arc<Data>, Error>,
    data: Arc<Data>,
    inflight: Arc<InFlight>,
}

impl Events {
    pub fn new(data: Arc<Data>, inflight: Arc<InFlight>, command_guilds: Vec<GuildId>) -> Self {
        Events {
            poise: poise_framework(Arc::clone(&data), command_guilds),
            data,
            inflight,
        }
    }
}

#[serenity::async_trait]
impl Framework for Events {
    async fn init(&mut self, client: &Client) {
        self.poise.init(client).await;
    }

    async fn dispatch(&self, ctx: serenity::all::Context, event: FullEvent) {
        let Some(_running) = self.inflight.enter() else {
            debug!(
                event = event.snake_case_name(),
                "shutting down; event dropped"
            );
            return;
        };
        match &event {
            FullEvent::Message { new_message } => {
                messages::handle(&ctx, &self.data, new_message).await;
            }
            FullEvent::InteractionCreate {
                interaction: Interaction::Component(interaction),
            } => components::handle(&ctx, &self.data, interaction).await,
            // poise waits for its setup (command registration) before handling any event, so
            // it only gets the events it needs and messages are never held up by it.
            FullEvent::Ready { .. }
            | FullEvent::InteractionCreate {
                interaction: Interaction::Command(_) | Interaction::Autocomplete(_),
            } => self.poise.dispatch(ctx, event).await,
            _ => {}
        }
    }
}

fn poise_framework(data: Arc<Data>, guilds: Vec<GuildId>) -> poise::Framework<Arc<Data>, Error> {
    let options = poise::FrameworkOptions {
        commands: commands::all(),
        // poise's default pings users and the replied-to user.
        allowed_mentions: Some(no_mentions()),
        on_error: |error| Box::pin(on_error(error)),
        prefix_options: poise::PrefixFrameworkOptions {
            mention_as_prefix: false,
            ..Default::default()
        },
        ..Default::default()
    };
    poise::Framework::builder()
        .options(options)
        // No owner-only commands, so no need for GET /oauth2/applications/@me.
        .initialize_owners(false)
        .setup(move |ctx, _ready, framework| {
            Box::pin(async move {
                register(ctx, &framework.options().commands, &guilds).await;
                Ok(data)
            })
        })
        .build()
}

/// Registration failures are logged, not returned: poise would otherwise never finish setup
/// and every later command would hang.
async fn register(
    ctx: &serenity::all::Context,
    commands: &[poise::Command<Arc<Data>, Error>],
    guilds: &[GuildId],
) {
    if guilds.is_empty() {
        match poise::builtins::register_globally(ctx, commands).await {
            Ok(()) => info!("registered slash commands globally"),
            Err(err) => error!(error = %err, "could not register slash commands globally"),
        }
        return;
    }
    for &guild in guilds {
        match poise::builtins::register_in_guild(ctx, commands, guild).await {
            Ok(()) => info!(guild = guild.get(), "registered slash commands"),
            Err(err) => {
                error!(guild = guild.get(), error = %err, "could not register slash commands")
            }
        }
    }
}

const SORRY: &str = "Sorry, something went wrong on my side. Please try again in a moment.";

/// Logs without the user's input (it may be health data) and tells the user, privately,
/// that it failed rather than leaving the interaction unanswered.
async fn on_error(error: poise::FrameworkError<'_, Arc<Data>, Error>) {
    match &error {
        poise::FrameworkError::Setup { error, .. } => error!(error = %error, "setup failed"),
        poise::FrameworkError::Command { error, ctx, .. } => {
            warn!(command = %ctx.command().qualified_name, error = %error, "command failed");
        }
        poise::FrameworkError::ArgumentParse { ctx, .. } => {
            warn!(command = %ctx.command().qualified_name, "could not read a command argument");
        }
        other => warn!(error = %other, "framework error"),
    }
    if let Some(ctx) = error.ctx() {
        let reply = poise::CreateReply::default()
            .content(SORRY)
            .ephemeral(true)
            .allowed_mentions(no_mentions());
        if let Err(err) = ctx.send(reply).await {
            debug!(error = %err, "could not tell the user about the error");
        }
    }
}

//! The serenity framework the client runs: gates events for shutdown, answers messages and
//! button presses, and passes the rest (ready, slash commands, autocomplete) to poise.

use std::sync::Arc;

use serenity::all::{Client, FullEvent, GuildId, Interaction};
use serenity::framework::Framework;
use tracing::{debug, error, info, warn};

use super::admin::{self, ids::AdminId};
use super::inflight::InFlight;
use super::render::no_mentions;
use super::{commands, components, messages, Data, Error};

/// Where to register slash commands.
pub struct Guilds {
    /// Guilds for the public commands; empty means globally.
    pub commands: Vec<GuildId>,
    /// Guilds for `/faqadmin`, which is never registered globally.
    pub moderation: Vec<GuildId>,
}

pub struct Events {
    poise: poise::Framework<Arc<Data>, Error>,
    data: Arc<Data>,
    inflight: Arc<InFlight>,
}

impl Events {
    pub fn new(data: Arc<Data>, inflight: Arc<InFlight>, guilds: Guilds) -> Self {
        Events {
            poise: poise_framework(Arc::clone(&data), guilds),
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
            } if AdminId::owns(&interaction.data.custom_id) => {
                admin::component(&ctx, &self.data, interaction).await;
            }
            FullEvent::InteractionCreate {
                interaction: Interaction::Component(interaction),
            } => components::handle(&ctx, &self.data, interaction).await,
            FullEvent::InteractionCreate {
                interaction: Interaction::Modal(interaction),
            } => admin::modal(&ctx, &self.data, interaction).await,
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

fn poise_framework(data: Arc<Data>, guilds: Guilds) -> poise::Framework<Arc<Data>, Error> {
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
/// and every later command would hang. A guild's commands are replaced as a whole, so a
/// guild that gets both kinds gets them in one request.
async fn register(
    ctx: &serenity::all::Context,
    commands: &[poise::Command<Arc<Data>, Error>],
    guilds: &Guilds,
) {
    let (admin, public): (Vec<_>, Vec<_>) = commands
        .iter()
        .partition(|c| c.name == commands::ADMIN_COMMAND);
    if guilds.commands.is_empty() {
        let public = poise::builtins::create_application_commands(public.iter().copied());
        match serenity::all::Command::set_global_commands(ctx, public).await {
            Ok(_) => info!("registered slash commands globally"),
            Err(err) => error!(error = %err, "could not register slash commands globally"),
        }
    }
    let mut all: Vec<GuildId> = guilds.commands.clone();
    all.extend(
        guilds
            .moderation
            .iter()
            .filter(|g| !guilds.commands.contains(g)),
    );
    for guild in all {
        let mut here = Vec::new();
        if guilds.commands.contains(&guild) {
            here.extend(public.iter().copied());
        }
        if guilds.moderation.contains(&guild) {
            here.extend(admin.iter().copied());
        }
        let created = poise::builtins::create_application_commands(here);
        match guild.set_commands(ctx, created).await {
            Ok(_) => info!(guild = guild.get(), "registered slash commands"),
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

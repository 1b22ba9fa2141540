//! What the stand-in plays: the bot user, the application owner and the guilds.

use std::time::Duration;

/// A Discord user as the stand-in renders it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UserSpec {
    pub id: u64,
    pub username: String,
    pub global_name: Option<String>,
    pub bot: bool,
}

impl UserSpec {
    pub fn human(id: u64, username: &str) -> Self {
        Self {
            id,
            username: username.into(),
            global_name: None,
            bot: false,
        }
    }

    pub fn bot(id: u64, username: &str) -> Self {
        Self {
            bot: true,
            ..Self::human(id, username)
        }
    }

    /// `<@id>`, for message content that mentions this user.
    pub fn mention(&self) -> String {
        format!("<@{}>", self.id)
    }
}

/// A guild with one text channel and one public thread under it. `@everyone` has the guild's id.
#[derive(Clone, Debug)]
pub struct GuildSpec {
    pub id: u64,
    pub name: String,
    pub text_channel_id: u64,
    pub thread_id: u64,
}

#[derive(Clone, Debug)]
pub struct StandInConfig {
    /// Sent in HELLO. Discord uses 41 250 ms; tests may shrink it to exercise heartbeats.
    pub heartbeat_interval_ms: u64,
    /// The bot user; its id is also the application id, as for every modern Discord app.
    pub bot: UserSpec,
    pub application_id: u64,
    /// Owner of the application and of the guilds.
    pub owner: UserSpec,
    pub guilds: Vec<GuildSpec>,
    /// Time allowed for the first interaction response (Discord: 3 s).
    pub interaction_deadline: Duration,
}

impl Default for StandInConfig {
    fn default() -> Self {
        let bot_id = 1_180_000_000_000_000_001;
        Self {
            heartbeat_interval_ms: 41_250,
            bot: UserSpec::bot(bot_id, "faqbot"),
            application_id: bot_id,
            owner: UserSpec::human(1_180_000_000_000_000_002, "clinic-owner"),
            guilds: vec![GuildSpec {
                id: 1_180_000_000_000_000_100,
                name: "Botox Clinic".into(),
                text_channel_id: 1_180_000_000_000_000_101,
                thread_id: 1_180_000_000_000_000_102,
            }],
            interaction_deadline: Duration::from_secs(3),
        }
    }
}

impl GuildSpec {
    /// The role Discord makes for the bot when it joins a guild (managed, tagged with the
    /// bot's id); users often mention it instead of the bot. Here: the guild's id plus 3.
    pub fn bot_role_id(&self) -> u64 {
        self.id + 3
    }
}

impl StandInConfig {
    /// The guild owning a text channel or thread, `None` for any other (DM) channel.
    pub fn guild_of_channel(&self, channel_id: u64) -> Option<u64> {
        self.guilds
            .iter()
            .find(|g| g.text_channel_id == channel_id || g.thread_id == channel_id)
            .map(|g| g.id)
    }
}

//! MESSAGE_CREATE builder and the Discord rule that hides content from bots without the
//! privileged MESSAGE_CONTENT intent.

use serde_json::{json, Value};

use super::payloads::{member, now_timestamp, sf, user};
use super::{GuildSpec, UserSpec};

/// GatewayIntents::MESSAGE_CONTENT.
pub const MESSAGE_CONTENT_INTENT: u64 = 1 << 15;

/// A message to dispatch as MESSAGE_CREATE. Mentions are not parsed out of `content`: list them
/// explicitly, as Discord's payload does.
#[derive(Clone, Debug)]
pub struct MessageCreate {
    pub channel_id: u64,
    pub guild_id: Option<u64>,
    pub author: UserSpec,
    pub content: String,
    pub mentions: Vec<UserSpec>,
    pub mention_roles: Vec<u64>,
    pub mention_everyone: bool,
    pub webhook_id: Option<u64>,
    /// Id of the message this one replies to (`message_reference`).
    pub reply_to: Option<u64>,
}

impl MessageCreate {
    /// A message in the guild's text channel.
    pub fn guild(guild: &GuildSpec, author: UserSpec, content: impl Into<String>) -> Self {
        Self::in_channel(guild.text_channel_id, Some(guild.id), author, content)
    }

    /// A message in the guild's thread (its parent is the guild's text channel).
    pub fn thread(guild: &GuildSpec, author: UserSpec, content: impl Into<String>) -> Self {
        Self::in_channel(guild.thread_id, Some(guild.id), author, content)
    }

    /// A direct message: no `guild_id`, no `member`.
    pub fn dm(channel_id: u64, author: UserSpec, content: impl Into<String>) -> Self {
        Self::in_channel(channel_id, None, author, content)
    }

    pub fn in_channel(
        channel_id: u64,
        guild_id: Option<u64>,
        author: UserSpec,
        content: impl Into<String>,
    ) -> Self {
        Self {
            channel_id,
            guild_id,
            author,
            content: content.into(),
            mentions: Vec::new(),
            mention_roles: Vec::new(),
            mention_everyone: false,
            webhook_id: None,
            reply_to: None,
        }
    }

    pub fn mentioning(mut self, who: &UserSpec) -> Self {
        self.mentions.push(who.clone());
        self
    }

    pub fn mentioning_role(mut self, role_id: u64) -> Self {
        self.mention_roles.push(role_id);
        self
    }

    pub fn via_webhook(mut self, webhook_id: u64) -> Self {
        self.webhook_id = Some(webhook_id);
        self
    }

    pub fn replying_to(mut self, message_id: u64) -> Self {
        self.reply_to = Some(message_id);
        self
    }

    /// The full message object with the given id.
    pub fn to_json(&self, id: u64) -> Value {
        let mentions: Vec<Value> = self.mentions.iter().map(mention_json).collect();
        let mut m = json!({
            "id": sf(id),
            "channel_id": sf(self.channel_id),
            "author": user(&self.author),
            "content": self.content,
            "timestamp": now_timestamp(),
            "edited_timestamp": null,
            "tts": false,
            "mention_everyone": self.mention_everyone,
            "mentions": mentions,
            "mention_roles": self.mention_roles.iter().map(|r| sf(*r)).collect::<Vec<_>>(),
            "attachments": [],
            "embeds": [],
            "components": [],
            "pinned": false,
            "type": if self.reply_to.is_some() { 19 } else { 0 },
            "flags": 0,
            "nonce": null,
        });
        if let Some(g) = self.guild_id {
            m["guild_id"] = sf(g);
            // Discord's MESSAGE_CREATE member is partial: no `user`, it is `author`.
            m["member"] = member(&self.author, &[], false);
        }
        if let Some(w) = self.webhook_id {
            m["webhook_id"] = sf(w);
        }
        if let Some(r) = self.reply_to {
            m["message_reference"] = json!({
                "type": 0,
                "message_id": sf(r),
                "channel_id": sf(self.channel_id),
                "guild_id": self.guild_id.map_or(Value::Null, sf),
            });
        }
        m
    }
}

/// A mentioned user carries a partial `member` in guild messages; a bare user is also valid.
fn mention_json(u: &UserSpec) -> Value {
    user(u)
}

/// Discord's MESSAGE_CONTENT rule for a MESSAGE_CREATE/UPDATE payload: the blanked copy a
/// session with `intents` gets, or `None` when it sees the message as it is.
///
/// Without the intent, a bot still sees content of DMs, of its own messages and of messages that
/// mention it; everything else arrives with empty content, embeds, attachments and components.
pub fn redacted_for_intents(msg: &Value, intents: u64, bot_id: u64) -> Option<Value> {
    if intents & MESSAGE_CONTENT_INTENT != 0 || msg.get("guild_id").is_none() {
        return None;
    }
    let bot = bot_id.to_string();
    let by_bot = msg["author"]["id"].as_str() == Some(bot.as_str());
    let mentions_bot = msg["mentions"]
        .as_array()
        .is_some_and(|ms| ms.iter().any(|m| m["id"].as_str() == Some(bot.as_str())));
    if by_bot || mentions_bot {
        return None;
    }
    let mut blanked = msg.clone();
    blanked["content"] = json!("");
    blanked["embeds"] = json!([]);
    blanked["attachments"] = json!([]);
    blanked["components"] = json!([]);
    Some(blanked)
}

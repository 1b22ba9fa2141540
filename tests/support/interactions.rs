//! INTERACTION_CREATE builders for the four interaction kinds a bot receives over the gateway.

use serde_json::{json, Value};

use super::payloads::{member, sf, user};
use super::{GuildSpec, UserSpec};

/// What the interaction carries in `data`, by interaction type.
#[derive(Clone, Debug)]
pub enum InteractionKind {
    /// Type 2. `options` are built with [`opt`] helpers.
    Command { name: String, options: Vec<Value> },
    /// Type 4. Exactly one option (possibly nested in a subcommand) should be [`opt::focused`].
    Autocomplete { name: String, options: Vec<Value> },
    /// Type 3, a button (component_type 2) on the message with `message_id`.
    Button { custom_id: String, message_id: u64 },
    /// Type 5. Each field is `(custom_id, value)` of a text input in its own action row.
    ModalSubmit {
        custom_id: String,
        fields: Vec<(String, String)>,
    },
}

/// Where an interaction happens and who triggers it.
#[derive(Clone, Debug)]
pub struct InteractionSpec {
    pub kind: InteractionKind,
    pub user: UserSpec,
    pub channel_id: u64,
    /// `None` for a DM: Discord then sends `user` instead of `member`.
    pub guild_id: Option<u64>,
    pub roles: Vec<u64>,
    /// The member's permissions as Discord computes them for the interaction (all by default).
    pub permissions: u64,
    pub locale: String,
}

/// Every permission bit Discord knew of when the stand-in was written.
pub const ALL_PERMISSIONS: u64 = 1_099_511_627_775;

impl InteractionSpec {
    /// The interaction in the guild's text channel.
    pub fn in_guild(guild: &GuildSpec, user: UserSpec, kind: InteractionKind) -> Self {
        Self {
            kind,
            user,
            channel_id: guild.text_channel_id,
            guild_id: Some(guild.id),
            roles: Vec::new(),
            permissions: ALL_PERMISSIONS,
            locale: "en-US".into(),
        }
    }

    pub fn in_dm(channel_id: u64, user: UserSpec, kind: InteractionKind) -> Self {
        Self {
            kind,
            user,
            channel_id,
            guild_id: None,
            roles: Vec::new(),
            permissions: ALL_PERMISSIONS,
            locale: "en-US".into(),
        }
    }

    pub fn in_channel(mut self, channel_id: u64) -> Self {
        self.channel_id = channel_id;
        self
    }

    /// The member's roles and permissions (guild interactions only).
    pub fn with_member(mut self, roles: Vec<u64>, permissions: u64) -> Self {
        self.roles = roles;
        self.permissions = permissions;
        self
    }

    pub fn with_locale(mut self, locale: &str) -> Self {
        self.locale = locale.into();
        self
    }

    pub fn type_code(&self) -> u8 {
        match self.kind {
            InteractionKind::Command { .. } => 2,
            InteractionKind::Button { .. } => 3,
            InteractionKind::Autocomplete { .. } => 4,
            InteractionKind::ModalSubmit { .. } => 5,
        }
    }
}

/// Everything the stand-in knows that the payload needs beyond the spec.
pub struct InteractionIds<'a> {
    pub id: u64,
    pub token: &'a str,
    pub application_id: u64,
    pub command_id: u64,
    /// The message a button sits on (a previous bot message); built by the caller.
    pub message: Option<Value>,
}

pub fn interaction_json(spec: &InteractionSpec, ids: InteractionIds<'_>) -> Value {
    let data = match &spec.kind {
        InteractionKind::Command { name, options }
        | InteractionKind::Autocomplete { name, options } => json!({
            "id": sf(ids.command_id), "name": name, "type": 1, "options": options,
        }),
        InteractionKind::Button { custom_id, .. } => {
            json!({ "custom_id": custom_id, "component_type": 2 })
        }
        InteractionKind::ModalSubmit { custom_id, fields } => modal_data(custom_id, fields),
    };
    let guild = spec.guild_id.is_some();
    let mut i = json!({
        "id": sf(ids.id),
        "application_id": sf(ids.application_id),
        "type": spec.type_code(),
        "data": data,
        "channel_id": sf(spec.channel_id),
        "channel": {
            "id": sf(spec.channel_id),
            "type": if guild { 0 } else { 1 },
            "name": if guild { json!("ask-the-clinic") } else { Value::Null },
            "permissions": "1099511627775",
        },
        "token": ids.token,
        "version": 1,
        "app_permissions": "1099511627775",
        "locale": spec.locale,
        "guild_locale": if guild { json!("en-US") } else { Value::Null },
        "entitlements": [],
        "authorizing_integration_owners": { "0": sf(spec.guild_id.unwrap_or(0)) },
        "context": if guild { 0 } else { 1 },
        "attachment_size_limit": 10_485_760,
    });
    if let Some(g) = spec.guild_id {
        i["guild_id"] = sf(g);
        i["guild"] = json!({ "id": sf(g), "locale": "en-US", "features": [] });
        i["member"] = member(&spec.user, &spec.roles, true);
        i["member"]["permissions"] = json!(spec.permissions.to_string());
    } else {
        i["user"] = user(&spec.user);
        i["authorizing_integration_owners"] = json!({ "1": sf(spec.user.id) });
    }
    if let Some(m) = ids.message {
        i["message"] = m;
    }
    i
}

fn modal_data(custom_id: &str, fields: &[(String, String)]) -> Value {
    let rows: Vec<Value> = fields
        .iter()
        .map(|(id, value)| {
            json!({ "type": 1, "components": [{ "type": 4, "custom_id": id, "value": value }] })
        })
        .collect();
    json!({ "custom_id": custom_id, "components": rows })
}

/// Application command option values, as Discord nests them in `data.options`.
pub mod opt {
    use serde_json::{json, Value};

    /// Type 1. serenity 0.12.5 requires `options` on a subcommand, even when empty.
    pub fn subcommand(name: &str, options: Vec<Value>) -> Value {
        json!({ "name": name, "type": 1, "options": options })
    }

    /// Type 2.
    pub fn group(name: &str, subcommands: Vec<Value>) -> Value {
        json!({ "name": name, "type": 2, "options": subcommands })
    }

    pub fn string(name: &str, value: &str) -> Value {
        json!({ "name": name, "type": 3, "value": value })
    }

    pub fn integer(name: &str, value: i64) -> Value {
        json!({ "name": name, "type": 4, "value": value })
    }

    pub fn boolean(name: &str, value: bool) -> Value {
        json!({ "name": name, "type": 5, "value": value })
    }

    /// The option being typed during autocomplete: always sent as a string, even for numbers.
    pub fn focused(name: &str, kind: u8, partial: &str) -> Value {
        json!({ "name": name, "type": kind, "value": partial, "focused": true })
    }
}

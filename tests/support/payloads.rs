//! JSON builders for Discord API v10 objects.
//!
//! Each builder emits every field serenity 0.12.5 requires to deserialize the object (a missing
//! one makes serenity drop the whole gateway event with only a WARN log), plus the optional ones
//! Discord really sends, so the bot under test sees realistic payloads.

use serde_json::{json, Value};

use super::{GuildSpec, StandInConfig, UserSpec};

/// Discord's current wall-clock time as an RFC 3339 timestamp.
pub fn now_timestamp() -> String {
    serenity::model::Timestamp::now().to_string()
}

/// Snowflakes travel as strings: they overflow JavaScript's 53-bit integers.
pub fn sf(id: u64) -> Value {
    Value::String(id.to_string())
}

pub fn user(u: &UserSpec) -> Value {
    json!({
        "id": sf(u.id),
        "username": u.username,
        "discriminator": "0",
        "global_name": u.global_name.clone().unwrap_or_else(|| u.username.clone()),
        "avatar": null,
        "bot": u.bot,
        "system": false,
        "public_flags": 0,
        "flags": 0,
        "banner": null,
        "accent_color": null,
        "avatar_decoration_data": null,
    })
}

/// A full guild member, as carried by interactions. `permissions` is only sent by Discord inside
/// interactions, and poise's `required_permissions` panics without it.
pub fn member(u: &UserSpec, roles: &[u64], with_user: bool) -> Value {
    let mut m = json!({
        "nick": null,
        "avatar": null,
        "banner": null,
        "roles": roles.iter().map(|r| sf(*r)).collect::<Vec<_>>(),
        "joined_at": "2024-01-01T00:00:00.000000+00:00",
        "premium_since": null,
        "deaf": false,
        "mute": false,
        "flags": 0,
        "pending": false,
        "permissions": "1099511627775",
        "communication_disabled_until": null,
    });
    if with_user {
        m["user"] = user(u);
    }
    m
}

pub fn text_channel(g: &GuildSpec) -> Value {
    json!({
        "id": sf(g.text_channel_id),
        "guild_id": sf(g.id),
        "type": 0,
        "name": "ask-the-clinic",
        "position": 0,
        "permission_overwrites": [],
        "topic": "Questions about your treatment",
        "nsfw": false,
        "last_message_id": null,
        "rate_limit_per_user": 0,
        "parent_id": null,
        "flags": 0,
    })
}

pub fn thread_channel(g: &GuildSpec, owner: u64) -> Value {
    json!({
        "id": sf(g.thread_id),
        "guild_id": sf(g.id),
        "parent_id": sf(g.text_channel_id),
        "owner_id": sf(owner),
        "type": 11,
        "name": "follow-up questions",
        "last_message_id": null,
        "rate_limit_per_user": 0,
        "message_count": 0,
        "member_count": 1,
        "flags": 0,
        "total_message_sent": 0,
        "thread_metadata": {
            "archived": false,
            "auto_archive_duration": 1440,
            "archive_timestamp": "2024-01-01T00:00:00.000000+00:00",
            "locked": false,
            "create_timestamp": "2024-01-01T00:00:00.000000+00:00",
        },
    })
}

/// The `@everyone` role shares the guild's id. serenity 0.12.5 requires `colors` (the role
/// gradient object) even though older Discord docs list only `color`.
pub fn everyone_role(g: &GuildSpec) -> Value {
    json!({
        "id": sf(g.id),
        "name": "@everyone",
        "color": 0,
        "colors": { "primary_color": 0, "secondary_color": null, "tertiary_color": null },
        "hoist": false,
        "icon": null,
        "unicode_emoji": null,
        "position": 0,
        "permissions": "2248473465835073",
        "managed": false,
        "mentionable": false,
        "flags": 0,
    })
}

/// The bot's managed role, tagged with its user id as Discord does.
pub fn bot_role(g: &GuildSpec, bot_id: u64) -> Value {
    let mut role = everyone_role(g);
    role["id"] = sf(g.bot_role_id());
    role["name"] = json!("faqbot");
    role["position"] = json!(1);
    role["managed"] = json!(true);
    role["mentionable"] = json!(true);
    role["tags"] = json!({ "bot_id": sf(bot_id) });
    role
}

/// GUILD_CREATE data: a guild object plus the gateway-only extra fields.
pub fn guild_create(g: &GuildSpec, cfg: &StandInConfig) -> Value {
    let mut guild = json!({
        "id": sf(g.id),
        "name": g.name,
        "icon": null, "icon_hash": null, "splash": null, "discovery_splash": null,
        "owner_id": sf(cfg.owner.id),
        "afk_channel_id": null, "afk_timeout": 300,
        "widget_enabled": false, "widget_channel_id": null,
        "verification_level": 1,
        "default_message_notifications": 1,
        "explicit_content_filter": 2,
        "roles": [everyone_role(g), bot_role(g, cfg.bot.id)],
        "emojis": [],
        "features": [],
        "mfa_level": 0,
        "application_id": null,
        "system_channel_id": sf(g.text_channel_id),
        "system_channel_flags": 0,
        "rules_channel_id": null,
        "max_presences": null, "max_members": 500000,
        "vanity_url_code": null, "description": null, "banner": null,
        "premium_tier": 0, "premium_subscription_count": 0,
        "preferred_locale": "en-US",
        "public_updates_channel_id": null,
        "max_video_channel_users": 25, "max_stage_video_channel_users": 50,
        "welcome_screen": null,
        "nsfw_level": 0,
        "stickers": [],
        "premium_progress_bar_enabled": false,
        "safety_alerts_channel_id": null,
        "incidents_data": null,
    });
    // json! recurses per field: one literal for all of them exceeds the macro recursion limit.
    let extras = json!({
        "joined_at": "2024-01-01T00:00:00.000000+00:00",
        "large": false,
        "unavailable": false,
        "member_count": 2,
        "voice_states": [],
        "members": [],
        "channels": [text_channel(g)],
        "threads": [thread_channel(g, cfg.owner.id)],
        "presences": [],
        "stage_instances": [],
        "guild_scheduled_events": [],
        "soundboard_sounds": [],
    });
    if let (Some(base), Value::Object(more)) = (guild.as_object_mut(), extras) {
        base.extend(more);
    }
    guild
}

pub fn ready(cfg: &StandInConfig, session_id: &str, ws_url: &str) -> Value {
    let guilds: Vec<Value> = cfg
        .guilds
        .iter()
        .map(|g| json!({"id": sf(g.id), "unavailable": true}))
        .collect();
    let mut me = user(&cfg.bot);
    me["verified"] = json!(true);
    me["mfa_enabled"] = json!(false);
    json!({
        "v": 10,
        "user": me,
        "guilds": guilds,
        "session_id": session_id,
        "resume_gateway_url": ws_url,
        "shard": [0, 1],
        "application": { "id": sf(cfg.application_id), "flags": 8_953_856 },
        "private_channels": [],
        "relationships": [],
        "presences": [],
        "guild_join_requests": [],
        "geo_ordered_rtc_regions": [],
        "user_settings": {},
        "_trace": ["[\"faqbot-standin\"]"],
    })
}

pub fn application_info(cfg: &StandInConfig) -> Value {
    json!({
        "id": sf(cfg.application_id),
        "name": cfg.bot.username,
        "icon": null,
        "description": "Loopback stand-in application",
        "summary": "",
        "type": null,
        "bot_public": false,
        "bot_require_code_grant": false,
        "verify_key": "0".repeat(64),
        "flags": 8_953_856,
        "owner": user(&cfg.owner),
        "team": null,
        "rpc_origins": [],
        "tags": [],
        "redirect_uris": [],
        "interactions_endpoint_url": null,
        "role_connections_verification_url": null,
        "approximate_guild_count": cfg.guilds.len(),
        "bot": user(&cfg.bot),
    })
}

/// Echo of one command from a bulk overwrite: the request body plus the server-side fields.
pub fn registered_command(
    body: &Value,
    id: u64,
    application_id: u64,
    guild_id: Option<u64>,
) -> Value {
    let mut c = body.clone();
    if !c.is_object() {
        c = json!({});
    }
    c["id"] = sf(id);
    c["application_id"] = sf(application_id);
    c["version"] = sf(id);
    if c.get("type").is_none() {
        c["type"] = json!(1);
    }
    if c.get("description").is_none() {
        c["description"] = json!("");
    }
    c["guild_id"] = guild_id.map_or(Value::Null, sf);
    c["default_member_permissions"] = c.get("default_member_permissions").cloned().into();
    c["nsfw"] = json!(c.get("nsfw").and_then(Value::as_bool).unwrap_or(false));
    c
}

/// A DM channel as returned by `POST /users/@me/channels`.
pub fn dm_channel(id: u64, recipient: &UserSpec) -> Value {
    json!({
        "id": sf(id),
        "type": 1,
        "last_message_id": null,
        "flags": 0,
        "recipients": [user(recipient)],
    })
}

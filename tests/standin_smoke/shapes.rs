//! Every payload the stand-in emits deserializes into serenity 0.12.5's model. Faster and more
//! precise than a gateway round trip: a failure names the missing field.

use serde::de::DeserializeOwned;
use serde_json::Value;
use serenity::all::{
    Command, CurrentApplicationInfo, CurrentUser, Guild, GuildChannel, Interaction, Message,
    PrivateChannel, Ready,
};

use crate::support::interactions::{interaction_json, InteractionIds};
use crate::support::payloads;
use crate::support::{
    opt, InteractionKind, InteractionSpec, MessageCreate, StandInConfig, UserSpec,
};

fn parse<T: DeserializeOwned>(what: &str, v: Value) -> T {
    match serde_json::from_value(v.clone()) {
        Ok(t) => t,
        Err(e) => panic!("{what} does not deserialize: {e}\n{v:#}"),
    }
}

fn patient() -> UserSpec {
    UserSpec::human(1_180_000_000_000_000_500, "patient")
}

#[test]
fn guild_create_and_channels_deserialize() {
    let cfg = StandInConfig::default();
    let g = &cfg.guilds[0];
    let guild: Guild = parse("GUILD_CREATE", payloads::guild_create(g, &cfg));
    assert_eq!(guild.channels.len(), 1);
    assert_eq!(
        guild.threads[0].parent_id.map(|c| c.get()),
        Some(g.text_channel_id)
    );
    assert!(guild.roles.contains_key(&serenity::all::RoleId::new(g.id)));
    let text: GuildChannel = parse("text channel", payloads::text_channel(g));
    assert_eq!(text.guild_id.get(), g.id);
    let _: GuildChannel = parse("thread", payloads::thread_channel(g, cfg.owner.id));
    let _: PrivateChannel = parse("DM channel", payloads::dm_channel(7, &patient()));
}

#[test]
fn ready_and_rest_objects_deserialize() {
    let cfg = StandInConfig::default();
    let ready: Ready = parse("READY", payloads::ready(&cfg, "s", "ws://x/gateway"));
    assert_eq!(ready.user.id.get(), cfg.bot.id);
    let _: CurrentApplicationInfo = parse("application", payloads::application_info(&cfg));
    let _: CurrentUser = parse("users/@me", payloads::user(&cfg.bot));
    let body = serde_json::json!({"name": "faq", "description": "Ask", "options": [
        {"type": 1, "name": "ask", "description": "Ask", "options": []}]});
    let cmd: Command = parse(
        "command",
        payloads::registered_command(&body, 5, 6, Some(7)),
    );
    assert_eq!(cmd.version.get(), 5);
}

#[test]
fn messages_deserialize_in_guilds_threads_and_dms() {
    let cfg = StandInConfig::default();
    let g = &cfg.guilds[0];
    let specs = [
        MessageCreate::guild(g, patient(), "hi").mentioning(&cfg.bot),
        MessageCreate::thread(g, patient(), "hi").replying_to(3),
        MessageCreate::dm(9, patient(), "hi").via_webhook(4),
    ];
    for spec in specs {
        let msg: Message = parse("MESSAGE_CREATE", spec.to_json(11));
        assert_eq!(msg.guild_id.map(|g| g.get()), spec.guild_id);
    }
}

fn all_kinds() -> Vec<InteractionKind> {
    let ask = opt::subcommand("ask", vec![opt::string("question", "Does it hurt?")]);
    vec![
        InteractionKind::Command {
            name: "faq".into(),
            options: vec![ask],
        },
        InteractionKind::Command {
            name: "about".into(),
            options: vec![opt::subcommand("bot", vec![])],
        },
        InteractionKind::Autocomplete {
            name: "faq".into(),
            options: vec![opt::subcommand(
                "ask",
                vec![opt::focused("question", 3, "hur")],
            )],
        },
        InteractionKind::Button {
            custom_id: "helpful:yes".into(),
            message_id: 12,
        },
        InteractionKind::ModalSubmit {
            custom_id: "feedback".into(),
            fields: vec![("comment".into(), "thanks".into())],
        },
    ]
}

#[test]
fn interactions_of_every_kind_deserialize_in_guild_and_dm() {
    let cfg = StandInConfig::default();
    for kind in all_kinds() {
        for spec in [
            InteractionSpec::in_guild(&cfg.guilds[0], patient(), kind.clone()),
            InteractionSpec::in_dm(9, patient(), kind.clone()),
        ] {
            let message = matches!(kind, InteractionKind::Button { .. })
                .then(|| MessageCreate::dm(9, cfg.bot.clone(), "answer").to_json(12));
            let ids = InteractionIds {
                id: 1,
                token: "t",
                application_id: cfg.application_id,
                command_id: 2,
                message,
            };
            let v = interaction_json(&spec, ids);
            let i: Interaction = parse("INTERACTION_CREATE", v);
            assert_eq!(i.guild_id().map(|g| g.get()), spec.guild_id);
        }
    }
}

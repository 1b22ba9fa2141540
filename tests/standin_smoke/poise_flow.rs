//! poise's start-up calls (application info, command registration) and a slash command round
//! trip through the stand-in: the path faqbot itself takes.

use std::time::Duration;

use serenity::all::{ClientBuilder, HttpBuilder};

use super::client::intents;
use crate::support::{init_test_log, opt, InteractionKind, InteractionSpec, StandIn, UserSpec};

type Ctx<'a> = poise::Context<'a, (), anyhow::Error>;

/// Answers a question with a fixed text.
#[poise::command(slash_command)]
async fn ask(
    ctx: Ctx<'_>,
    #[description = "Your question"] question: String,
) -> anyhow::Result<()> {
    ctx.say(format!("You asked: {question}")).await?;
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn poise_registers_commands_and_answers_a_slash_command() {
    init_test_log();
    let standin = StandIn::start(Default::default()).await;
    let http = HttpBuilder::new("Bot-token-for-tests")
        .proxy(standin.api_base())
        .ratelimiter_disabled(true)
        .build();
    let framework = poise::Framework::builder()
        .options(poise::FrameworkOptions {
            commands: vec![ask()],
            ..Default::default()
        })
        .setup(|ctx, _ready, framework| {
            Box::pin(async move {
                poise::builtins::register_globally(ctx, &framework.options().commands).await?;
                Ok(())
            })
        })
        .build();
    let mut client = ClientBuilder::new_with_http(http, intents(false))
        .framework(framework)
        .await
        .expect("build the poise client");
    let shards = client.shard_manager.clone();
    tokio::spawn(async move { client.start().await });
    standin.wait_ready().await;
    let wait = Duration::from_secs(5);
    let put =
        standin.wait_for_request(|r| r.method == "PUT" && r.path.ends_with("/commands"), wait);
    assert_eq!(
        put.await.expect("commands registered").body[0]["name"],
        "ask"
    );

    let patient = UserSpec::human(1_180_000_000_000_000_500, "patient");
    let options = vec![opt::string("question", "Does it hurt?")];
    let kind = InteractionKind::Command {
        name: "ask".into(),
        options,
    };
    let sent = standin.send_interaction(InteractionSpec::in_guild(standin.guild(), patient, kind));
    let path = format!("/api/v10/interactions/{}/{}/callback", sent.id, sent.token);
    let callback = standin.wait_for_request(|r| r.path == path, wait).await;
    let body = callback.expect("poise answered the interaction").body;
    assert_eq!(
        (body["type"].as_u64(), body["data"]["content"].as_str()),
        (Some(4), Some("You asked: Does it hurt?"))
    );
    shards.shutdown_all().await;
}

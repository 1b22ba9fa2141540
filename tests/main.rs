//! One integration-test binary. Set TEST_LOG=1 to see the bot's logs.

mod bot_smoke;
mod cli;
mod corpus_check;
mod helpers;
mod matching;
mod mini_discord;
mod moderation_e2e;
mod serve_cli;
mod standin_smoke;
mod support;

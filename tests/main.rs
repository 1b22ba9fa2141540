//! One integration-test binary. Set TEST_LOG=1 to see the bot's logs.

mod bot_smoke;
mod cli;
mod corpus_check;
mod crash_safety;
mod discord_e2e;
mod helpers;
mod matcher_review;
mod matching;
mod matching_rules;
mod moderation_core;
mod moderation_e2e;
mod serve_cli;
mod standin_smoke;
mod support;
mod triage_review;
mod urgent_replies;

//! faqbot: answers patients' questions from a curated, sourced FAQ corpus.
//!
//! Data flows one way: a message is triaged ([`triage`]), matched ([`matcher`]), turned
//! into a platform-neutral [`reply`], and rendered by a front end (the CLI or Discord).

pub mod cli;
pub mod config;
pub mod corpus;
pub mod data;
pub mod discord;
pub mod disk;
pub mod eval;
pub mod faq;
pub mod live;
pub mod matcher;
pub mod moderation;
pub mod reply;
pub mod telemetry;
pub mod triage;

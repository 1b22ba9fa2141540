//! Slash commands, one module per command group.

mod faq;
mod faqadmin;

use std::sync::Arc;

use super::{Data, Error};

/// The moderator command's name: registered only in the moderation guilds.
pub const ADMIN_COMMAND: &str = "faqadmin";

pub fn all() -> Vec<poise::Command<Arc<Data>, Error>> {
    vec![faq::faq(), faqadmin::faqadmin()]
}

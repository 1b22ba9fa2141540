//! Slash commands, one module per command group.

mod faq;

use std::sync::Arc;

use super::{Data, Error};

pub fn all() -> Vec<poise::Command<Arc<Data>, Error>> {
    vec![faq::faq()]
}

//! Finding a thread's parent channel, so threads under an answer channel count as listed.

use std::collections::HashMap;
use std::sync::Mutex;

use serenity::all::{Cache, Channel, ChannelId, ChannelType, Context, GuildChannel, GuildId};
use tracing::debug;

/// Remembered lookups before the memo starts over; bounds memory on a busy server.
const MEMO_MAX: usize = 10_000;

/// Parents fetched over HTTP, remembered because a channel's thread-ness and parent never
/// change, and the cache may lack threads it was never told about.
#[derive(Debug, Default)]
pub struct ThreadParents {
    fetched: Mutex<HashMap<ChannelId, Option<u64>>>,
}

impl ThreadParents {
    /// The parent of `channel` if it is a thread; `None` for other channels and on errors.
    pub async fn parent_of(
        &self,
        ctx: &Context,
        guild: Option<GuildId>,
        channel: ChannelId,
    ) -> Option<u64> {
        if let Some(known) = guild.and_then(|guild| cached_parent(&ctx.cache, guild, channel)) {
            return known;
        }
        let remembered = self.memo().get(&channel).copied();
        if let Some(known) = remembered {
            return known;
        }
        let parent = match ctx.http.get_channel(channel).await {
            Ok(Channel::Guild(found)) => thread_parent(&found),
            Ok(_) => None,
            Err(err) => {
                debug!(channel = channel.get(), error = %err, "could not fetch the channel");
                return None;
            }
        };
        let mut memo = self.memo();
        if memo.len() >= MEMO_MAX {
            memo.clear();
        }
        memo.insert(channel, parent);
        parent
    }

    fn memo(&self) -> std::sync::MutexGuard<'_, HashMap<ChannelId, Option<u64>>> {
        // A panic while holding the lock cannot leave the map inconsistent, so keep using it.
        self.fetched
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

/// `Some(parent)` when the cache knows the channel: `Some(None)` for a channel that is not a
/// thread (its own parent is a category, which does not make it listed).
fn cached_parent(cache: &Cache, guild: GuildId, channel: ChannelId) -> Option<Option<u64>> {
    let guild = cache.guild(guild)?;
    if let Some(thread) = guild.threads.iter().find(|thread| thread.id == channel) {
        return Some(thread_parent(thread));
    }
    guild.channels.get(&channel).map(thread_parent)
}

fn thread_parent(channel: &GuildChannel) -> Option<u64> {
    let is_thread = matches!(
        channel.kind,
        ChannelType::PublicThread | ChannelType::PrivateThread | ChannelType::NewsThread
    );
    if is_thread {
        channel.parent_id.map(ChannelId::get)
    } else {
        None
    }
}

//! Moderator tools on Discord: who may moderate, and the buttons and forms `/faqadmin`
//! leaves behind. Every press and submit is checked again here, since a custom_id can be
//! crafted by anyone; the command itself is in `commands::faqadmin`.

pub mod forms;
pub mod ids;
pub mod pending;
pub mod views;

use std::collections::HashSet;

use serenity::all::{
    ComponentInteraction, Context, CreateInteractionResponse, GuildId, Member, ModalInteraction,
    UserId,
};
use tracing::{info, warn};

use super::{render, Data};
use crate::config::ModerationSettings;
use crate::corpus::StoreError;
use crate::moderation::{Draft, ModError};
use ids::AdminId;
use pending::{Form, FormKind, Pending};

pub const REFUSED: &str = "Only moderators can do that.";
const EXPIRED: &str = "That form or button has expired. Run the /faqadmin command again.";

/// Where and to whom moderation is open.
#[derive(Debug, Clone, Default)]
pub struct Moderators {
    guilds: HashSet<u64>,
    roles: HashSet<u64>,
}

impl Moderators {
    pub fn new(settings: &ModerationSettings) -> Self {
        Moderators {
            guilds: settings.guilds.iter().copied().collect(),
            roles: settings.moderator_role_ids.iter().copied().collect(),
        }
    }

    /// A member of a moderation guild with a moderator role or Manage Server. DMs and other
    /// guilds never qualify. Permissions come from the interaction, as Discord computed them.
    pub fn allows(&self, guild: Option<GuildId>, member: Option<&Member>) -> bool {
        let (Some(guild), Some(member)) = (guild, member) else {
            return false;
        };
        if !self.guilds.contains(&guild.get()) {
            return false;
        }
        let manages = member
            .permissions
            .is_some_and(|p| p.manage_guild() || p.administrator());
        manages || member.roles.iter().any(|r| self.roles.contains(&r.get()))
    }
}

/// Whether the interaction's user may moderate; a refusal is audited.
pub fn permitted(
    data: &Data,
    guild: Option<GuildId>,
    member: Option<&Member>,
    user: UserId,
    action: &str,
) -> bool {
    if data.moderation.is_some() && data.moderators.allows(guild, member) {
        return true;
    }
    if let Some(moderation) = &data.moderation {
        moderation.refuse(user.get(), action, None, "not a moderator here");
    }
    info!(action, "refused a moderator action");
    false
}

pub fn note(text: &str) -> CreateInteractionResponse {
    CreateInteractionResponse::Message(render::note(text))
}

/// What to tell a moderator about a failed action: each problem on its own.
pub fn problems_of(err: &ModError) -> Vec<String> {
    match err {
        ModError::Store(StoreError::Invalid(problems)) => problems
            .iter()
            .map(|p| format!("`{}` {}", p.field, p.message))
            .collect(),
        other => vec![other.to_string()],
    }
}

pub async fn component(ctx: &Context, data: &Data, interaction: &ComponentInteraction) {
    let user = interaction.user.id;
    let response = respond_if_permitted(
        data,
        &interaction.data.custom_id,
        interaction.guild_id,
        interaction.member.as_ref(),
        user,
        |id| press(data, user.get(), id),
    );
    if let Err(err) = interaction.create_response(&ctx.http, response).await {
        warn!(error = %err, "could not answer a moderator button");
    }
}

/// Parse a moderator custom_id and check, at run time, that the user may moderate before
/// `act` runs: crafted ids and replayed submits get the same refusal (audited by
/// `permitted`), and an id that is not one of ours gets the "expired" note.
fn respond_if_permitted(
    data: &Data,
    custom_id: &str,
    guild: Option<GuildId>,
    member: Option<&Member>,
    user: UserId,
    act: impl FnOnce(&AdminId) -> CreateInteractionResponse,
) -> CreateInteractionResponse {
    let id = AdminId::parse(custom_id);
    let action = id.as_ref().map_or("unknown", AdminId::action);
    if !permitted(data, guild, member, user, action) {
        return note(REFUSED);
    }
    match id {
        Some(id) => act(&id),
        None => note(EXPIRED),
    }
}

fn press(data: &Data, user: u64, id: &AdminId) -> CreateInteractionResponse {
    let Some(moderation) = &data.moderation else {
        return note(REFUSED);
    };
    match (id, data.pending.get(nonce_of(id))) {
        (AdminId::Retry(nonce), Some(Pending::Form(form))) => {
            CreateInteractionResponse::Modal(forms::form_modal(nonce, &form))
        }
        (AdminId::Remove(nonce), Some(Pending::Remove { id, version })) => {
            data.pending.remove(nonce);
            let text = match moderation.remove(user, &id, Some(&version)) {
                Ok(_) => format!(
                    "Removed `{id}`. It is kept in faq/.removed/; /faqadmin restore brings it back."
                ),
                Err(err) => format!("Not removed: {err}"),
            };
            CreateInteractionResponse::UpdateMessage(render::note(&text).components(Vec::new()))
        }
        (AdminId::NewFrom(_), Some(Pending::Question(question))) => {
            let form = Form {
                kind: FormKind::Add,
                draft: Draft {
                    question,
                    ..Draft::default()
                },
            };
            let nonce = data.pending.insert(Pending::Form(form.clone()));
            CreateInteractionResponse::Modal(forms::form_modal(&nonce, &form))
        }
        (AdminId::AliasFrom(nonce), Some(Pending::Question(question))) => {
            let faq = moderation.live.current();
            let best = faq.matcher().rank(&question).first().map(|c| c.entry);
            let suggestion = best.map(|i| faq.corpus().entries[i].id.as_str());
            CreateInteractionResponse::Modal(forms::alias_modal(nonce, suggestion))
        }
        _ => note(EXPIRED),
    }
}

pub async fn modal(ctx: &Context, data: &Data, interaction: &ModalInteraction) {
    let user = interaction.user.id;
    let response = respond_if_permitted(
        data,
        &interaction.data.custom_id,
        interaction.guild_id,
        interaction.member.as_ref(),
        user,
        |id| submit(data, user.get(), id, &forms::submitted(interaction)),
    );
    if let Err(err) = interaction.create_response(&ctx.http, response).await {
        warn!(error = %err, "could not answer a moderator form");
    }
}

fn submit(
    data: &Data,
    user: u64,
    id: &AdminId,
    fields: &[(String, String)],
) -> CreateInteractionResponse {
    let Some(moderation) = &data.moderation else {
        return note(REFUSED);
    };
    match (id, data.pending.get(nonce_of(id))) {
        (AdminId::Form(nonce), Some(Pending::Form(mut form))) => {
            forms::apply(&mut form.draft, fields);
            let result = match &form.kind {
                FormKind::Add => moderation.add(user, &form.draft),
                FormKind::Edit { id, version } => moderation.edit(user, id, &form.draft, version),
            };
            let edited = matches!(form.kind, FormKind::Edit { .. });
            let message = match result {
                Ok(entry) => {
                    data.pending.remove(nonce);
                    forms::saved(&entry, edited)
                }
                Err(err) => {
                    // Trying the same edit again cannot get past a newer version.
                    let conflict = matches!(err, ModError::Store(StoreError::Conflict { .. }));
                    data.pending.put(nonce, Pending::Form(form.clone()));
                    let retry = (!conflict).then_some(nonce.as_str());
                    forms::rejected(&form.draft, &problems_of(&err), retry)
                }
            };
            CreateInteractionResponse::Message(message)
        }
        (AdminId::AliasForm(nonce), Some(Pending::Question(question))) => {
            let entry = fields.first().map_or("", |(_, value)| value.trim());
            match moderation.alias(user, entry, &question) {
                Ok(_) => {
                    data.pending.remove(nonce);
                    note(&format!("`{entry}` now answers {question:?}."))
                }
                Err(err) => note(&format!("Not taught: {err}")),
            }
        }
        _ => note(EXPIRED),
    }
}

fn nonce_of(id: &AdminId) -> &str {
    match id {
        AdminId::Form(n)
        | AdminId::Retry(n)
        | AdminId::Remove(n)
        | AdminId::NewFrom(n)
        | AdminId::AliasFrom(n)
        | AdminId::AliasForm(n) => n,
    }
}

#[cfg(test)]
mod tests {
    use serenity::all::{Permissions, RoleId};

    use super::*;

    fn member(roles: &[u64], permissions: Permissions) -> Member {
        let mut member: Member = serde_json::from_value(serde_json::json!({
            "user": {"id": "5", "username": "m", "discriminator": "0", "avatar": null},
            "roles": [], "joined_at": null, "deaf": false, "mute": false, "flags": 0,
            "guild_id": "1"
        }))
        .unwrap();
        member.roles = roles.iter().map(|&r| RoleId::new(r)).collect();
        member.permissions = Some(permissions);
        member
    }

    #[test]
    fn moderators_need_the_guild_and_a_role_or_manage_server() {
        let moderators = Moderators::new(&ModerationSettings {
            guilds: vec![1],
            moderator_role_ids: vec![9],
        });
        let here = Some(GuildId::new(1));
        let none = Permissions::empty();
        assert!(moderators.allows(here, Some(&member(&[9], none))));
        assert!(moderators.allows(here, Some(&member(&[], Permissions::MANAGE_GUILD))));
        assert!(!moderators.allows(here, Some(&member(&[8], Permissions::SEND_MESSAGES))));
        let elsewhere = Some(GuildId::new(2));
        assert!(!moderators.allows(elsewhere, Some(&member(&[9], Permissions::all()))));
        assert!(!moderators.allows(None, None), "DMs never moderate");
    }
}

//! `/faqadmin` end to end: the real bot (`faqbot::cli::serve_until`, as `faqbot serve` runs
//! it) against the loopback stand-in, each test on its own copy of faq/ and data dir.

mod forms;
mod refusals;
mod teaching;

use std::collections::{BTreeMap, HashMap};
use std::path::Path;
use std::time::Duration;

use faqbot::config::Settings;
use serde_json::Value;
use tempfile::TempDir;
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

use crate::helpers::{corpus_copy, init_test_logs, repo_path};
use crate::support::{
    opt, InteractionKind, InteractionSpec, MessageCreate, SentInteraction, StandIn, UserSpec,
};

pub const MOD_ROLE: u64 = 1_180_000_000_000_000_900;
pub const DM_CHANNEL: u64 = 1_180_000_000_000_000_300;
/// VIEW_CHANNEL | SEND_MESSAGES: an ordinary member, without Manage Server.
pub const MEMBER_PERMISSIONS: u64 = 1024 | 2048;
const WAIT: Duration = Duration::from_secs(10);

pub fn moderator() -> UserSpec {
    UserSpec::human(1_180_000_000_000_000_700, "moderator")
}

pub fn patient() -> UserSpec {
    UserSpec::human(1_180_000_000_000_000_701, "patient")
}

pub struct Bot {
    pub standin: StandIn,
    pub faq: TempDir,
    pub data: TempDir,
    stop: oneshot::Sender<()>,
    task: JoinHandle<anyhow::Result<()>>,
}

impl Bot {
    pub async fn start() -> Bot {
        init_test_logs();
        let standin = StandIn::start(Default::default()).await;
        let (faq, data) = (corpus_copy(), tempfile::tempdir().unwrap());
        let settings = settings(&standin, faq.path(), data.path());
        let (stop, stopped) = oneshot::channel::<()>();
        let task = tokio::spawn(faqbot::cli::serve_until(settings, async {
            let _ = stopped.await;
        }));
        standin.wait_ready().await;
        let guild_commands = format!("/guilds/{}/commands", standin.guild().id);
        let registered = standin
            .wait_for_request(
                |r| r.method == "PUT" && r.path.ends_with(&guild_commands),
                WAIT,
            )
            .await
            .expect("the bot registers /faqadmin in the moderation guild");
        assert_eq!(registered.body[0]["name"], "faqadmin");
        assert_eq!(registered.body[0]["default_member_permissions"], "32");
        Bot {
            standin,
            faq,
            data,
            stop,
            task,
        }
    }

    pub async fn stop(self) {
        let _ = self.stop.send(());
        let result = tokio::time::timeout(Duration::from_secs(30), self.task).await;
        result.expect("the bot stops in time").unwrap().unwrap();
    }

    /// An interaction in the guild by a moderator (by role, without Manage Server).
    pub fn as_moderator(&self, kind: InteractionKind) -> InteractionSpec {
        InteractionSpec::in_guild(self.standin.guild(), moderator(), kind)
            .with_member(vec![MOD_ROLE], MEMBER_PERMISSIONS)
    }

    /// The same, by an ordinary member.
    pub fn as_member(&self, kind: InteractionKind) -> InteractionSpec {
        InteractionSpec::in_guild(self.standin.guild(), patient(), kind)
            .with_member(Vec::new(), MEMBER_PERMISSIONS)
    }

    /// Sends the interaction and returns the body of the bot's callback to it.
    pub async fn interact(&self, spec: InteractionSpec) -> Value {
        let sent = self.standin.send_interaction(spec);
        self.callback(&sent).await
    }

    pub async fn callback(&self, sent: &SentInteraction) -> Value {
        let path = format!("/api/v10/interactions/{}/{}/callback", sent.id, sent.token);
        let found = self
            .standin
            .wait_for_request(|r| r.path == path, WAIT)
            .await;
        Value::clone(&found.expect("the bot answered the interaction").body)
    }

    /// A patient's DM; returns the bot's reply body.
    pub async fn ask(&self, question: &str) -> Value {
        let sent =
            self.standin
                .send_message_create(MessageCreate::dm(DM_CHANNEL, patient(), question));
        let id = sent.id.to_string();
        let reply = self
            .standin
            .wait_for_request(
                |r| r.method == "POST" && r.body["message_reference"]["message_id"] == id,
                WAIT,
            )
            .await;
        Value::clone(&reply.expect("the bot replied to the DM").body)
    }

    /// Every file under faq/ with its content, to prove nothing changed.
    pub fn snapshot(&self) -> BTreeMap<String, String> {
        let mut files = BTreeMap::new();
        for item in walk(self.faq.path()) {
            let name = item.strip_prefix(self.faq.path()).unwrap();
            let text = std::fs::read_to_string(&item).unwrap_or_default();
            files.insert(name.display().to_string(), text);
        }
        files
    }

    pub fn data_file(&self, name: &str) -> String {
        std::fs::read_to_string(self.data.path().join(name)).unwrap_or_default()
    }
}

fn walk(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for item in std::fs::read_dir(dir).unwrap() {
        let path = item.unwrap().path();
        if path.is_dir() {
            out.extend(walk(&path));
        } else {
            out.push(path);
        }
    }
    out
}

fn settings(standin: &StandIn, faq: &Path, data: &Path) -> Settings {
    let env = HashMap::from([
        ("FAQBOT__DISCORD__TOKEN", "stand-in-token".to_owned()),
        ("FAQBOT__DISCORD__API_BASE", standin.api_base()),
        ("FAQBOT__DISCORD__COOLDOWN_SECONDS", "0".to_owned()),
        ("FAQBOT__MODERATION__GUILDS", standin.guild().id.to_string()),
        (
            "FAQBOT__MODERATION__MODERATOR_ROLE_IDS",
            MOD_ROLE.to_string(),
        ),
        ("FAQBOT__DATA__DIR", data.display().to_string()),
    ]);
    let env = env.into_iter().map(|(k, v)| (k.to_owned(), v)).collect();
    let mut settings = Settings::load_with_env(&repo_path("config"), env).unwrap();
    settings.corpus.dir = faq.to_path_buf();
    settings
}

/// `/faqadmin <sub> <options>`.
pub fn admin(sub: &str, options: Vec<Value>) -> InteractionKind {
    InteractionKind::Command {
        name: "faqadmin".into(),
        options: vec![opt::subcommand(sub, options)],
    }
}

/// The five form fields, in the form's order.
pub fn form_fields(
    question: &str,
    alternates: &str,
    answer: &str,
    title: &str,
    publisher: &str,
) -> Vec<(String, String)> {
    [
        ("question", question),
        ("alternates", alternates),
        ("answer", answer),
        ("source_title", title),
        ("source_publisher", publisher),
    ]
    .iter()
    .map(|(k, v)| (k.to_string(), v.to_string()))
    .collect()
}

pub fn submit(custom_id: &str, fields: Vec<(String, String)>) -> InteractionKind {
    InteractionKind::ModalSubmit {
        custom_id: custom_id.into(),
        fields,
    }
}

pub fn press(custom_id: &str) -> InteractionKind {
    InteractionKind::Button {
        custom_id: custom_id.into(),
        message_id: 1_180_000_000_000_000_800,
    }
}

/// The custom_id of a modal the bot opened (callback type 9).
pub fn modal_id(callback: &Value) -> String {
    assert_eq!(callback["type"], 9, "a modal: {callback}");
    callback["data"]["custom_id"].as_str().unwrap().to_owned()
}

/// The prefilled value of a modal's text input, by its custom_id.
pub fn modal_value(callback: &Value, input: &str) -> Option<String> {
    let rows = callback["data"]["components"].as_array()?;
    rows.iter()
        .flat_map(|row| row["components"].as_array().cloned().unwrap_or_default())
        .find(|c| c["custom_id"] == input)
        .and_then(|c| c["value"].as_str().map(str::to_owned))
}

/// An ephemeral message's text.
pub fn ephemeral_text(callback: &Value) -> String {
    assert_eq!(callback["type"], 4, "a message: {callback}");
    assert_eq!(callback["data"]["flags"], 64, "ephemeral: {callback}");
    callback["data"]["content"]
        .as_str()
        .unwrap_or_default()
        .to_owned()
}

pub const SCUBA_Q: &str = "Can I go scuba diving after Botox injections?";
pub const SCUBA_A: &str = "Ask the doctor who treated you. Many clinics suggest waiting a day.";

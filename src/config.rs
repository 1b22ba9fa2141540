//! Layered settings: built-in defaults, `config/default.toml`, `config/local.toml`,
//! then `FAQBOT__SECTION__KEY` environment variables (and `DISCORD_TOKEN`).

use std::collections::HashMap;
use std::num::NonZeroUsize;
use std::path::{Path, PathBuf};

use config::{Config, Environment, File, FileFormat};
use secrecy::SecretString;
use serde::{Deserialize, Deserializer};

use crate::matcher::Thresholds;

/// Compiled in, so the binary works from any directory.
const BUILT_IN_DEFAULTS: &str = include_str!("../config/default.toml");

#[derive(Debug, Clone, Deserialize)]
pub struct Settings {
    pub corpus: CorpusSettings,
    pub safety: SafetySettings,
    pub matcher: Thresholds,
    pub discord: DiscordSettings,
    pub data: DataSettings,
    pub moderation: ModerationSettings,
    pub unanswered: UnansweredSettings,
    pub log: LogSettings,
    pub runtime: RuntimeSettings,
}

#[derive(Debug, Clone, Deserialize)]
pub struct DataSettings {
    pub dir: PathBuf,
}

#[derive(Debug, Clone, Deserialize)]
pub struct ModerationSettings {
    #[serde(deserialize_with = "ids")]
    pub guilds: Vec<u64>,
    #[serde(deserialize_with = "ids")]
    pub moderator_role_ids: Vec<u64>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct UnansweredSettings {
    pub enabled: bool,
    pub max_entries: usize,
    pub max_age_days: u32,
}

#[derive(Debug, Clone, Deserialize)]
pub struct CorpusSettings {
    pub dir: PathBuf,
}

#[derive(Debug, Clone, Deserialize)]
pub struct SafetySettings {
    pub emergency_number: String,
}

/// `Debug` shows the token as `[REDACTED]`, so logging settings can never leak it.
#[derive(Debug, Clone, Deserialize)]
pub struct DiscordSettings {
    #[serde(default)]
    pub token: Option<SecretString>,
    pub api_base: String,
    #[serde(deserialize_with = "ids")]
    pub answer_channels: Vec<u64>,
    #[serde(deserialize_with = "ids")]
    pub command_guilds: Vec<u64>,
    pub cooldown_seconds: u64,
}

/// How `faqbot serve` runs its async work; see `config/default.toml` for why one worker.
#[derive(Debug, Clone, Deserialize)]
pub struct RuntimeSettings {
    #[serde(deserialize_with = "worker_count")]
    pub worker_threads: NonZeroUsize,
}

#[derive(Debug, Clone, Deserialize)]
pub struct LogSettings {
    pub level: String,
    pub format: String,
}

impl Settings {
    /// Load from `config_dir` and the process environment.
    pub fn load(config_dir: &Path) -> Result<Settings, config::ConfigError> {
        Self::load_with_env(config_dir, std::env::vars().collect())
    }

    /// Load with an explicit environment, so tests need not touch the process's.
    pub fn load_with_env(
        config_dir: &Path,
        env: HashMap<String, String>,
    ) -> Result<Settings, config::ConfigError> {
        let fallback_token = env.get("DISCORD_TOKEN").cloned();
        let mut builder = Config::builder()
            .add_source(File::from_str(BUILT_IN_DEFAULTS, FileFormat::Toml))
            .add_source(File::from(config_dir.join("default.toml")).required(false))
            .add_source(File::from(config_dir.join("local.toml")).required(false))
            .add_source(
                Environment::with_prefix("FAQBOT")
                    .separator("__")
                    .source(Some(env.clone()))
                    .ignore_empty(true),
            );
        if !env.contains_key("FAQBOT__DISCORD__TOKEN") {
            if let Some(token) = fallback_token.filter(|t| !t.is_empty()) {
                builder = builder.set_override("discord.token", token)?;
            }
        }
        builder.build()?.try_deserialize()
    }
}

/// serde's own error for a zero `NonZeroUsize` does not say which key it was.
fn worker_count<'de, D: Deserializer<'de>>(deserializer: D) -> Result<NonZeroUsize, D::Error> {
    let count = usize::deserialize(deserializer)?;
    NonZeroUsize::new(count)
        .ok_or_else(|| serde::de::Error::custom("runtime.worker_threads must be at least 1"))
}

/// Discord ids from a TOML list (numbers or strings) or an environment variable
/// ("123,456").
fn ids<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<u64>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Id {
        Number(u64),
        Text(String),
    }
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Ids {
        List(Vec<Id>),
        One(Id),
    }
    let parse = |text: &str| -> Result<Vec<u64>, D::Error> {
        text.split(',')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(|s| {
                s.parse::<u64>()
                    .map_err(|_| serde::de::Error::custom(format!("{s:?} is not a Discord id")))
            })
            .collect()
    };
    let items = match Ids::deserialize(deserializer)? {
        Ids::List(items) => items,
        Ids::One(item) => vec![item],
    };
    let mut out = Vec::new();
    for item in items {
        match item {
            Id::Number(n) => out.push(n),
            Id::Text(text) => out.extend(parse(&text)?),
        }
    }
    Ok(out)
}

use std::process::ExitCode;

use clap::Parser;
use faqbot::cli::{self, Cli, Command};

/// The bot allocates for every gateway event and request it decodes, and glibc's malloc took
/// about a fifth of its CPU under load; mimalloc is faster at many small short-lived blocks
/// across threads (see README, Performance).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(err) => {
            eprintln!("error: {err:#}");
            ExitCode::from(2)
        }
    }
}

fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    let settings = cli::settings_for(&cli)?;
    match &cli.command {
        Command::Ask {
            json,
            explain,
            question,
        } => cli::ask(&settings, *json, *explain, question),
        Command::Check => Ok(cli::check(&settings.corpus.dir)),
        Command::Export { .. } => cli::export(&settings),
        Command::Eval { file } => cli::eval(&settings, file),
        Command::Serve => cli::serve(settings),
    }
}

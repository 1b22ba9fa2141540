//! `faqbot serve` as a process: SIGTERM while replies are under way.

use std::io::Read;
use std::process::{Child, Command, ExitStatus, Stdio};
use std::time::Duration;

use super::harness::{bot_env, patient, posts_replying_to, reply_to, TOKEN, WAIT};
use crate::support::{MessageCreate, Recorded, StandIn};

const QUESTIONS: [&str; 4] = [
    "does botox cause cancer?",
    "how long do botox side effects last",
    "how much botox should i get",
    "is botox safe?",
];
/// Long enough that every reply is still pending when SIGTERM arrives, well inside the bot's
/// ten-second drain.
const POST_DELAY: Duration = Duration::from_millis(1_500);

fn serve(standin: &StandIn) -> Child {
    Command::new(env!("CARGO_BIN_EXE_faqbot"))
        .arg("serve")
        // From the repository root, where config/ and faq/ are.
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("RUST_LOG")
        .envs(bot_env(standin))
        // The token the way most people set it, rather than FAQBOT__DISCORD__TOKEN.
        .env_remove("FAQBOT__DISCORD__TOKEN")
        .env("DISCORD_TOKEN", TOKEN)
        // The most talkative level, to prove even it never prints the token.
        .env("FAQBOT__LOG__LEVEL", "debug")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start faqbot serve")
}

/// Reads a pipe to the end on a thread, so a full pipe never blocks the bot's logging.
fn drain(mut pipe: impl Read + Send + 'static) -> std::thread::JoinHandle<String> {
    std::thread::spawn(move || {
        let mut text = String::new();
        let _ = pipe.read_to_string(&mut text);
        text
    })
}

/// Sends `signal` (as `kill` spells it) and waits for the process to exit.
async fn signal_and_wait(mut child: Child, signal: &str) -> ExitStatus {
    let pid = child.id().to_string();
    let sent = Command::new("kill").args([signal, &pid]).status();
    assert!(sent.expect("run kill").success());
    let exit = tokio::task::spawn_blocking(move || child.wait());
    tokio::time::timeout(Duration::from_secs(30), exit)
        .await
        .unwrap_or_else(|_| panic!("faqbot exits in time after kill {signal}"))
        .expect("wait thread")
        .expect("wait for faqbot")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigterm_with_replies_in_flight_delivers_each_once_and_exits_zero() {
    let standin = StandIn::start(Default::default()).await;
    let mut child = serve(&standin);
    let stdout = drain(child.stdout.take().expect("piped stdout"));
    let stderr = drain(child.stderr.take().expect("piped stderr"));
    standin.wait_ready().await;
    let registered = |r: &Recorded| r.method == "PUT" && r.succeeded();
    let put = standin.wait_for_request(registered, WAIT).await;
    put.expect("the bot registers its slash commands");

    standin.delay_message_posts(POST_DELAY);
    let guild = standin.guild().clone();
    let sent: Vec<_> = (0u64..)
        .zip(QUESTIONS)
        .map(|(n, q)| standin.send_message_create(MessageCreate::guild(&guild, patient(n), q)))
        .collect();
    let all_pending = standin
        .wait_for_nth_request(sent.len(), Recorded::is_message_post, WAIT)
        .await;
    all_pending.expect("the bot is sending every reply");
    assert!(
        standin
            .requests()
            .iter()
            .filter(|r| r.is_message_post())
            .all(|r| r.status.is_none()),
        "SIGTERM must come while the replies are still pending"
    );
    let status = signal_and_wait(child, "-TERM").await;
    let stderr = stderr.join().expect("stderr reader");
    let stdout = stdout.join().expect("stdout reader");
    assert!(status.success(), "{status:?}\n{stderr}");
    for message in &sent {
        let posts = posts_replying_to(&standin, message);
        let delivered = posts.iter().filter(|p| p.succeeded()).count();
        assert_eq!(
            (posts.len(), delivered),
            (1, 1),
            "one reply per question\n{stderr}"
        );
    }
    assert!(stderr.contains("shut down"), "{stderr}");
    // Closed the gateway with a normal close, rather than dropping the socket.
    assert_eq!(standin.stats().client_closes, [1000], "{stderr}");
    assert!(
        !stderr.contains(TOKEN) && !stdout.contains(TOKEN),
        "the token leaked"
    );
    assert_logs_say_where_and_what_matched_but_not_what_was_asked(&stderr, &stdout);
}

/// Patients' words are health data: not even the debug level these logs were taken at may
/// hold them. Each reply's log line names the place, the entry, the outcome and the score.
fn assert_logs_say_where_and_what_matched_but_not_what_was_asked(stderr: &str, stdout: &str) {
    let logged = format!("{stderr}\n{stdout}").to_lowercase();
    for question in QUESTIONS {
        let asked = question.trim_end_matches('?').to_lowercase();
        assert!(
            !logged.contains(&asked),
            "{question:?} was logged:\n{stderr}"
        );
    }
    let replied: Vec<&str> = stderr
        .lines()
        .filter(|line| line.contains(" INFO ") && line.ends_with(": replied"))
        .collect();
    assert_eq!(replied.len(), QUESTIONS.len(), "{stderr}");
    for line in replied {
        for field in ["guild=", "channel=", "entry=", "outcome=", "score="] {
            assert!(line.contains(field), "{field} missing from {line}");
        }
    }
}

/// Ctrl-C at a terminal: the same clean stop as SIGTERM.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigint_stops_the_bot_cleanly_too() {
    let standin = StandIn::start(Default::default()).await;
    let mut child = serve(&standin);
    let stderr = drain(child.stderr.take().expect("piped stderr"));
    let _stdout = drain(child.stdout.take().expect("piped stdout"));
    standin.wait_ready().await;
    let question = MessageCreate::guild(standin.guild(), patient(1), QUESTIONS[0]);
    let sent = standin.send_message_create(question);
    reply_to(&standin, &sent).await;

    let status = signal_and_wait(child, "-INT").await;
    let stderr = stderr.join().expect("stderr reader");
    assert!(status.success(), "{status:?}\n{stderr}");
    assert!(stderr.contains("SIGINT received"), "{stderr}");
    assert_eq!(standin.stats().client_closes, [1000], "{stderr}");
}

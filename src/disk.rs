//! Waiting on the disk without holding up the bot.
//!
//! Saving the corpus, the audit log, the unanswered log and the feedback counts ends in an
//! fsync, which takes about a millisecond on this project's machine and can take tens on a
//! busy or networked disk. `faqbot serve` runs on one worker thread by default, so a save
//! done in place would hold up every other patient's answer meanwhile.

use tokio::runtime::{Handle, RuntimeFlavor};

/// Runs `work`, which blocks on the disk. On a multi-thread tokio runtime the worker's other
/// tasks move to another thread while it waits (`block_in_place`); with no runtime (the CLI),
/// or on a current-thread runtime, where that is not allowed, `work` simply runs here.
pub fn wait_on_disk<T>(work: impl FnOnce() -> T) -> T {
    match Handle::try_current().map(|handle| handle.runtime_flavor()) {
        Ok(RuntimeFlavor::MultiThread) => tokio::task::block_in_place(work),
        _ => work(),
    }
}

#[cfg(test)]
mod tests {
    use std::sync::mpsc;
    use std::time::Duration;

    use super::wait_on_disk;

    /// The regression this guards: with one worker, a save done in place left every other
    /// task waiting until the disk answered.
    #[test]
    fn other_tasks_run_while_one_worker_waits_on_the_disk() {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .enable_all()
            .build()
            .unwrap();
        let answered = runtime.block_on(async {
            let (tx, rx) = mpsc::channel::<()>();
            tokio::spawn(async move {
                // Runs only on the (only) worker, or on the thread that takes over its tasks.
                tokio::spawn(async move { tx.send(()) });
                wait_on_disk(|| rx.recv_timeout(Duration::from_secs(5)))
            })
            .await
            .unwrap()
        });
        assert!(
            answered.is_ok(),
            "the other task never ran while the save waited"
        );
    }

    #[test]
    fn without_a_runtime_or_on_a_current_thread_runtime_the_work_runs_in_place() {
        assert_eq!(wait_on_disk(|| 7), 7);
        let runtime = tokio::runtime::Builder::new_current_thread()
            .build()
            .unwrap();
        assert_eq!(runtime.block_on(async { wait_on_disk(|| 8) }), 8);
    }
}

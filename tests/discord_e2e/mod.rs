//! End to end: the real bot (`faqbot::discord::run` in-process, or `faqbot serve` as a process)
//! against the loopback Discord stand-in in `tests/support`, one test per behaviour patients
//! and moderators rely on.

pub mod harness;

mod conversation;
mod interactions;
mod mentions;
mod process;
mod resilience;
mod startup;

//! The single integration-test binary: one link step for all suites.

mod standin_smoke;
mod support;

//! The reply the shipped FAQ gives a message: red-flag reports open with the get-help text,
//! questions about red flags do not, and every reply carries the doctor line and cannot ping.

use crate::helpers::shipped_faq;

/// Each report is flagged, and its reply opens with the get-help text and the configured
/// emergency number.
fn assert_urgent(reports: &[&str]) {
    let faq = shipped_faq();
    for report in reports {
        let response = faq.respond(report, "112");
        assert!(response.red_flag.is_some(), "{report:?} not urgent");
        assert!(
            response
                .reply
                .to_text()
                .starts_with("Get medical help right away. Call 112"),
            "{report:?}"
        );
    }
}

#[test]
fn red_flags_are_urgent_whoever_reports_them() {
    assert_urgent(&[
        "my mom got botox yesterday and now she can't breathe well",
        "since my injection I keep choking when I drink water",
        "my voice is hoarse and I'm seeing double after botox",
        "I feel weak all over after my botox shots",
    ]);
}

/// Each of these once got an ordinary answer, or none, with no "get help" line.
#[test]
fn red_flags_without_a_subject_in_lay_words_or_with_a_typo_are_urgent() {
    assert_urgent(&[
        "can't breathe after botox",
        "its hard to breathe after botox",
        "i cant swalow after my botox shot",
        "i can\u{ad}t breathe",
        "my voice is weak and raspy after botox",
        "i see two of everything after botox",
        "i peed myself after botox and cant control it",
        "cannot lift my arms after botox",
        "i can barely get words out",
    ]);
}

#[test]
fn questions_about_red_flags_are_not_urgent() {
    let faq = shipped_faq();
    for question in [
        "can botox cause trouble breathing",
        "is double vision a possible side effect of botox",
        "can botox affect your voice",
        "can botox make it hard to breathe",
        "what if you can not swallow after botox",
        "does botox make you feel weak",
    ] {
        assert!(
            faq.respond(question, "911").red_flag.is_none(),
            "{question:?}"
        );
    }
}

/// A still forehead is what cosmetic Botox is for, not weakness all over the body.
#[test]
fn a_face_that_can_not_move_is_not_a_red_flag() {
    let faq = shipped_faq();
    for report in [
        "i cant move my forehead after botox",
        "cant raise my eyebrows since botox",
    ] {
        assert!(faq.respond(report, "911").red_flag.is_none(), "{report:?}");
    }
}

#[test]
fn every_reply_carries_the_doctor_line_and_cannot_ping() {
    let faq = shipped_faq();
    for message in [
        "does botox cause cancer",
        "botox side effects",
        "pizza",
        "@everyone <@1> help",
    ] {
        let text = faq.respond(message, "911").reply.to_text();
        assert!(text.contains("Talk to your doctor"), "{message:?}: {text}");
        assert!(
            !text.contains("@everyone") && !text.contains("<@"),
            "{message:?}: {text}"
        );
    }
}

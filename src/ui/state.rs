//! The app's state: the person's answers ([`crate::flow::Answers`]) and where they are.
//!
//! Moving around never touches the browser's history: the app keeps its own trail of pages for
//! its Back link, so that after "Exit this page" the browser's Back cannot bring the app (and the
//! case) back, and nothing about the person's answers is in the address bar.

use leptos::prelude::*;

use crate::flow::{steps, Answers, Check};
use crate::rules::Date;

/// A page of the app.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Page {
    /// "What is your situation?" (and, for a helper, the situation of the person they help).
    Start { step: usize },
    /// "What do you want to know?"
    Want,
    /// Every check, the closed 2021 scheme among them.
    OtherChecks,
    /// One question of a check (an index into the steps that apply).
    Step { check: Check, index: usize },
    /// The answers of a check, each with a Change link.
    CheckAnswers { check: Check },
    /// The answer of a check.
    Result { check: Check },
    /// Every question of a check on one page, with the answer under them (caseworker mode).
    AllOnOne { check: Check },
    /// What is kept on this device, and the person's own data.
    Data,
    /// Staying safe on this phone.
    Safety,
    /// The summary of every check answered, to print.
    Print,
}

/// The state every page shares, provided as context.
#[derive(Clone, Copy)]
pub struct AppState {
    pub answers: RwSignal<Answers>,
    pub page: RwSignal<Page>,
    /// The pages before this one, for the app's own Back link.
    trail: RwSignal<Vec<Page>>,
    /// When a Change link was followed from the check-answers page: go back there after the
    /// question.
    pub returning_to: RwSignal<Option<Page>>,
    /// The device's date, read once.
    pub today: Date,
    /// "Remember my answers on this phone": the answers are kept in the browser (`ui::data`).
    pub remember: RwSignal<bool>,
    /// "Erase them when I use Exit this page" (read by `boot.js` from the kept document).
    pub erase_on_exit: RwSignal<bool>,
    /// Something is kept on the device that this app cannot read: left alone until erased.
    pub kept_unreadable: RwSignal<bool>,
    /// The browser refused to keep the answers (a private tab, storage turned off).
    pub storage_failed: RwSignal<bool>,
    /// The answers from before a file was opened, for Undo (until the next file or erase).
    pub before_open: RwSignal<Option<crate::flow::Answers>>,
    /// The check last begun, and the situation it was begun in: "What do you want to know?"
    /// shows it chosen when the person comes back to it in the same situation.
    pub last_check: RwSignal<Option<(Option<crate::flow::Situation>, Check)>>,
}

impl AppState {
    pub fn provide(answers: Answers, today: Date) -> AppState {
        let state = AppState {
            answers: RwSignal::new(answers),
            page: RwSignal::new(Page::Start { step: 0 }),
            trail: RwSignal::new(Vec::new()),
            returning_to: RwSignal::new(None),
            today,
            remember: RwSignal::new(false),
            erase_on_exit: RwSignal::new(false),
            kept_unreadable: RwSignal::new(false),
            storage_failed: RwSignal::new(false),
            before_open: RwSignal::new(None),
            last_check: RwSignal::new(None),
        };
        provide_context(state);
        state
    }

    /// Goes to a page, remembering this one for Back.
    pub fn go(&self, to: Page) {
        let from = self.page.get_untracked();
        if from != to {
            self.trail.update(|t| t.push(from));
            self.page.set(to);
        }
        focus_main();
    }

    /// Goes to a page in place of this one (Back skips this one).
    pub fn replace(&self, to: Page) {
        self.page.set(to);
        focus_main();
    }

    /// The app's own Back: the page before, if any.
    pub fn back(&self) {
        let previous = self.trail.try_update(Vec::pop).flatten();
        if let Some(p) = previous {
            self.page.set(p);
            focus_main();
        }
    }

    pub fn can_go_back(&self) -> bool {
        self.trail.with(|t| !t.is_empty())
    }

    /// Starts again from the first question, keeping the answers.
    pub fn restart(&self) {
        self.trail.set(Vec::new());
        self.returning_to.set(None);
        self.page.set(Page::Start { step: 0 });
        focus_main();
    }

    /// The first page of a check: its first question (which goes on to the answer when no
    /// question applies, see `StepPage`), or all of them on one page in caseworker mode.
    /// (Which questions apply is not worked out here: that needs the engine, which is not in
    /// the first module, see `parts`.)
    pub fn begin(&self, check: Check) {
        let situation = self.answers.with_untracked(|a| a.situation());
        self.last_check.set(Some((situation, check)));
        let caseworker = self.answers.with_untracked(|a| a.all_on_one_page);
        self.go(if caseworker {
            Page::AllOnOne { check }
        } else {
            Page::Step { check, index: 0 }
        });
    }

    /// After a question: the next one that applies, else the check-answers page (or back to
    /// it after a Change link).
    pub fn next(&self, check: Check, index: usize) {
        if let Some(p) = self.returning_to.get_untracked() {
            self.returning_to.set(None);
            self.go(p);
            return;
        }
        let n = self
            .answers
            .with_untracked(|a| steps::steps(check, a).len());
        self.go(if index + 1 < n {
            Page::Step {
                check,
                index: index + 1,
            }
        } else {
            Page::CheckAnswers { check }
        });
    }
}

pub fn use_state() -> AppState {
    expect_context::<AppState>()
}

/// Moves focus to the page's heading, so that a screen reader starts reading the new page and
/// the view starts at its top.
pub fn focus_main() {
    request_animation_frame(|| {
        let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        if let Some(h) = doc.query_selector("#main h1").ok().flatten() {
            use wasm_bindgen::JsCast;
            if let Ok(h) = h.dyn_into::<web_sys::HtmlElement>() {
                let _ = h.set_attribute("tabindex", "-1");
                let _ = h.focus();
            }
        }
        if let Some(w) = web_sys::window() {
            w.scroll_to_with_x_and_y(0.0, 0.0);
        }
    });
}

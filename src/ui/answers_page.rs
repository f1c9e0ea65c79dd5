//! "Check your answers": every question of the check with the answer given (or "Not answered"),
//! each with a Change link back to its page; then the way to the answer. The same words describe
//! the answers on the result page and in the printed summary.

use leptos::prelude::*;

use super::i18n::{t, use_i18n, I18n};
use super::state::{use_state, Page};
use super::step::{question, BackLink};
use crate::flow::steps::{self, Ask, Step};
use crate::flow::{Answers, Check, DateDraft, Reply};
use crate::msg;

fn date_words(i18n: &I18n, d: &DateDraft) -> String {
    match d.check() {
        None => i18n.t("answer-not-given"),
        Some(Ok(date)) => i18n.catalog().date(date),
        Some(Err(_)) => i18n.msg(&msg!(
            "answer-not-a-date",
            typed = format!("{}.{}.{}", d.day.trim(), d.month.trim(), d.year.trim())
        )),
    }
}

fn reply_words(i18n: &I18n, r: Reply<&str>, step: &Step) -> String {
    match r {
        Reply::Unanswered => i18n.t("answer-not-given"),
        Reply::Unknown => i18n.t("answer-unknown"),
        Reply::Is(name) => match step.ask {
            Ask::YesNo(_) => i18n.t(if name == "yes" {
                "answer-yes"
            } else {
                "answer-no"
            }),
            _ => i18n.id(&format!("q-{}-{name}", step.id)),
        },
    }
}

/// A step's answer in words (for this page, the result page and the printed summary).
pub fn answer_words(i18n: &I18n, step: &Step, a: &Answers) -> Vec<String> {
    match step.ask {
        Ask::YesNo(f) => {
            let r = match f.get(a) {
                Reply::Is(true) => Reply::Is("yes"),
                Reply::Is(false) => Reply::Is("no"),
                Reply::Unknown => Reply::Unknown,
                Reply::Unanswered => Reply::Unanswered,
            };
            vec![reply_words(i18n, r, step)]
        }
        Ask::Choice(f) => vec![reply_words(i18n, f.get(a), step)],
        Ask::Dates([only]) => vec![date_words(i18n, &only.get(a))],
        Ask::Dates(fields) => fields
            .iter()
            .map(|f| {
                format!(
                    "{}: {}",
                    i18n.id(&format!("q-{}-{}", step.id, f.name())),
                    date_words(i18n, &f.get(a))
                )
            })
            .collect(),
        Ask::Stays => {
            if a.stays.is_empty() {
                return vec![i18n.t("stays-none")];
            }
            a.stays
                .iter()
                .map(|s| {
                    let from = date_words(i18n, &s.from);
                    let marks = [
                        s.schengen.then(|| i18n.t("stay-mark-schengen")),
                        s.ukraine.then(|| i18n.t("stay-mark-ukraine")),
                    ]
                    .into_iter()
                    .flatten()
                    .collect::<Vec<_>>();
                    let dates = if s.ongoing {
                        i18n.msg(&msg!("stay-summary-ongoing-words", from = from))
                    } else {
                        i18n.msg(&msg!(
                            "stay-summary-words",
                            from = from,
                            to = date_words(i18n, &s.to)
                        ))
                    };
                    if marks.is_empty() {
                        dates
                    } else {
                        format!("{dates} ({})", marks.join(", "))
                    }
                })
                .collect()
        }
        Ask::Trip => {
            if a.trip.from.is_empty() && a.trip.to.is_empty() {
                return vec![i18n.t("trip-none")];
            }
            let mut out = vec![
                format!(
                    "{}: {}",
                    i18n.t("trip-from"),
                    date_words(i18n, &a.trip.from)
                ),
                format!("{}: {}", i18n.t("trip-to"), date_words(i18n, &a.trip.to)),
            ];
            if a.trip.schengen {
                out.push(i18n.t("stay-mark-schengen"));
            }
            if a.trip.ukraine {
                out.push(i18n.t("stay-mark-ukraine"));
            }
            out
        }
    }
}

/// The list of questions and answers of a check, each with a Change link when `change` is set.
#[component]
pub fn AnswersList(check: Check, change: bool) -> impl IntoView {
    let state = use_state();
    let i18n = use_i18n();
    view! {
        <dl class="summary-list">
            {move || {
                let a = state.answers.get();
                steps::steps(check, &a)
                    .into_iter()
                    .enumerate()
                    .map(|(index, step)| {
                        let q = question(step);
                        let words = answer_words(&i18n, step, &a);
                        let missing = !steps::answered(step, &a);
                        let change_link = change.then(|| {
                            let q2 = q.clone();
                            view! {
                                <dd class="summary-actions">
                                    <button type="button" class="button-link" on:click=move |_| {
                                        state.returning_to.set(Some(Page::CheckAnswers { check }));
                                        state.go(Page::Step { check, index });
                                    }>
                                        {t("change")}
                                        <span class="visually-hidden">" "{i18n.id(&q2)}</span>
                                    </button>
                                </dd>
                            }
                        });
                        view! {
                            <div class="summary-row" class:summary-missing=missing data-step=step.id>
                                <dt class="summary-key">{i18n.id(&q)}</dt>
                                <dd class="summary-value">
                                    {words.into_iter().map(|w| view! { <span class="summary-line">{w}</span> }).collect_view()}
                                </dd>
                                {change_link}
                            </div>
                        }
                    })
                    .collect_view()
            }}
        </dl>
    }
}

/// "Check your answers".
#[component]
pub fn CheckAnswersPage(check: Check) -> impl IntoView {
    let state = use_state();
    let unanswered = Memo::new(move |_| {
        state.answers.with(|a| {
            steps::steps(check, a)
                .into_iter()
                .filter(|s| !steps::answered(s, a))
                .count()
        })
    });
    let i18n = use_i18n();
    view! {
        <BackLink />
        <p class="caption">{t(check.title())}</p>
        <h1>{t("check-answers-title")}</h1>
        {move || (unanswered.get() > 0).then(|| view! {
            <p class="notice-inline">{move || i18n.msg(&msg!("check-answers-unanswered", n = unanswered.get()))}</p>
        })}
        <AnswersList check=check change=true />
        <div class="button-row">
            <button type="button" class="button" on:click=move |_| state.go(Page::Result { check })>
                {t("check-answers-continue")}
            </button>
        </div>
    }
}

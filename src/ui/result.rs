//! The answer of a check: the outcome and the sentence that decides it first (with the planning
//! answer in it), the criteria that decide it next, the others folded, what every criterion
//! shares said once, then what to do, the sources and the date the rules were checked.

use leptos::prelude::*;

use super::guides::GuideResult;
use super::i18n::{t, use_i18n, I18n};
use super::next_steps::NextSteps;
use super::state::{use_state, Page};
use super::step::{target_of, BackLink};
use crate::flow::evaluate::context;
use crate::flow::steps;
use crate::flow::validate::belongs;
use crate::flow::{evaluate, Answer, Check};
use crate::msg;
use crate::rules::law::RULES_CHECKED_ON;
use crate::rules::{Criterion, Figure, Outcome, Status};
use crate::text::{Msg, Review, Text};

/// The headline of an outcome (`outcome-<name>`).
fn outcome_id(o: Outcome) -> &'static str {
    match o {
        Outcome::Eligible => "outcome-eligible",
        Outcome::NotEligible => "outcome-not-eligible",
        Outcome::Unknown => "outcome-unknown",
        Outcome::NotApplicable => "outcome-not-applicable",
        Outcome::WithinLimits => "outcome-within-limits",
        Outcome::AtRisk => "outcome-at-risk",
        Outcome::LimitExceeded => "outcome-limit-exceeded",
        Outcome::MustNotTravel => "outcome-must-not-travel",
    }
}

/// How an outcome looks: good, warning or stop.
fn outcome_tone(o: Outcome) -> &'static str {
    match o {
        Outcome::Eligible | Outcome::WithinLimits | Outcome::NotApplicable => "tone-good",
        Outcome::Unknown | Outcome::AtRisk => "tone-warn",
        Outcome::NotEligible | Outcome::LimitExceeded | Outcome::MustNotTravel => "tone-stop",
    }
}

fn status_id(s: Status) -> &'static str {
    match s {
        Status::Met => "status-met",
        Status::NotMet => "status-not-met",
        Status::Unknown => "status-unknown",
    }
}

/// A source as the person reads it: a UDI page by its title, a provision as written.
fn source_words(i18n: &I18n, s: &str) -> String {
    match s.strip_prefix("seed:") {
        Some(n) => i18n.id(&format!("source-seed-{n}")),
        None => s.to_string(),
    }
}

/// A figure's value in words; `None` when not applicable.
fn figure_words(i18n: &I18n, f: Figure) -> Option<String> {
    let c = i18n.catalog();
    Some(match f {
        Figure::Days(n) => c.render_arg(&crate::text::Arg::Days(n)),
        Figure::Years(n) => c.render_arg(&crate::text::Arg::Years(n)),
        Figure::Count(n) => c.render_arg(&crate::text::Arg::Num(n)),
        Figure::Date(d) => c.date(d),
        Figure::Bool(b) => i18n.t(if b { "answer-yes" } else { "answer-no" }),
        Figure::Word(w) => w.to_string(),
        Figure::None => return None,
    })
}

/// The sentences every criterion's explanation shares (a notice, the counting convention):
/// said once, above the criteria.
fn shared_sentences(criteria: &[Criterion]) -> Vec<Msg> {
    let Some((first, rest)) = criteria.split_first() else {
        return Vec::new();
    };
    if rest.is_empty() {
        return Vec::new();
    }
    first
        .explanation
        .0
        .iter()
        .filter(|m| rest.iter().all(|c| c.explanation.0.contains(m)))
        .cloned()
        .collect()
}

fn without(t: &Text, shared: &[Msg]) -> Text {
    Text(
        t.0.iter()
            .filter(|m| !shared.contains(m))
            .cloned()
            .collect(),
    )
}

/// One criterion: its status (with a mark and a word, never colour alone), its title, the
/// explanation, the figures it used and its sources.
fn criterion_view(i18n: I18n, c: Criterion, shared: Vec<Msg>) -> impl IntoView {
    let mark = match c.status {
        Status::Met => "✓",
        Status::NotMet => "✗",
        Status::Unknown => "?",
    };
    let status = status_id(c.status);
    let class = format!("criterion {status}");
    let figures: Vec<(String, String)> = c
        .figures
        .iter()
        .filter_map(|(name, f)| {
            let label = format!("figure-{name}");
            if !i18n.has(&label) {
                return None;
            }
            figure_words(&i18n, *f).map(|w| (label, w))
        })
        .collect();
    let explanation = without(&c.explanation, &shared);
    let title = c.title.clone();
    let sources = c.sources.clone();
    view! {
        <li class=class data-criterion=c.id>
            <h3 class="criterion-title">
                <span class="mark" aria-hidden="true">{mark}</span>" "
                <span class="status-label">{move || i18n.t(status)}": "</span>
                {move || i18n.msg(&title)}
            </h3>
            <p class="explanation">{move || i18n.text(&explanation)}</p>
            {c.borderline.then(|| view! { <p class="borderline">{t("borderline")}</p> })}
            {(!figures.is_empty()).then(|| view! {
                <dl class="figures">
                    {figures.into_iter().map(|(label, value)| view! {
                        <div class="figure"><dt>{move || i18n.id(&label)}</dt><dd>{value}</dd></div>
                    }).collect_view()}
                </dl>
            })}
            <p class="sources">
                <span class="sources-label">{t("sources")}" "</span>
                {move || sources.iter().map(|s| source_words(&i18n, s)).collect::<Vec<_>>().join(" · ")}
            </p>
        </li>
    }
}

/// The criteria: the deciding ones first, open; the others folded.
fn criteria_view(i18n: I18n, criteria: Vec<Criterion>) -> impl IntoView {
    let shared = shared_sentences(&criteria);
    let (open, folded): (Vec<Criterion>, Vec<Criterion>) = criteria
        .into_iter()
        .partition(|c| c.decisive || c.status != Status::Met);
    let n_folded = folded.len();
    let shared_view = (!shared.is_empty()).then(|| {
        let text = Text(shared.clone());
        view! { <p class="shared-note">{move || i18n.text(&text)}</p> }
    });
    view! {
        {shared_view}
        {(!open.is_empty()).then(|| {
            let shared = shared.clone();
            view! {
                <h2>{t("result-deciding")}</h2>
                <ul class="criteria">
                    {open.into_iter().map(|c| criterion_view(i18n, c, shared.clone())).collect_view()}
                </ul>
            }
        })}
        {(n_folded > 0).then(|| view! {
            <details class="criteria-met" open=printing()>
                <summary>{move || i18n.msg(&msg!("result-met", n = n_folded))}</summary>
                <ul class="criteria">
                    {folded.into_iter().map(|c| criterion_view(i18n, c, shared.clone())).collect_view()}
                </ul>
            </details>
        })}
    }
}

/// Provided by the print summary (`data::PrintPage`), which shows several answers on one page:
/// their headlines are not the page's `<h1>`, their summaries carry no id, and the conditions
/// met are not folded away.
#[derive(Clone, Copy)]
pub struct PrintMode;

/// Whether the answer is being shown in the print summary.
pub fn printing() -> bool {
    use_context::<PrintMode>().is_some()
}

/// Provided by the caseworker page, where the answer sits under the questions: the page's
/// `<h1>` is the page's title, so the answer's headline is an `<h2>`.
#[derive(Clone, Copy)]
pub struct UnderTheQuestions;

/// The panel at the top of an answer: a headline and the sentence that decides it (`extra`:
/// what follows it inside the panel, such as a date).
pub fn panel_view(
    tone: &str,
    outcome: Option<String>,
    headline: Signal<String>,
    summary: Signal<String>,
    extra: Option<AnyView>,
) -> AnyView {
    let printing = printing();
    let head = if printing {
        view! { <h3 class="result-headline">{move || headline.get()}</h3> }.into_any()
    } else if use_context::<UnderTheQuestions>().is_some() {
        view! { <h2 class="result-headline">{move || headline.get()}</h2> }.into_any()
    } else {
        view! { <h1 class="result-headline">{move || headline.get()}</h1> }.into_any()
    };
    view! {
        <div class=format!("result-panel {tone}") data-outcome=outcome>
            {head}
            // On the caseworker page the answer changes as the questions are answered: its
            // sentence (not the whole answer) is announced.
            <p class="result-summary" id=(!printing).then_some("result-summary") aria-live=(!printing).then_some("polite")>{move || summary.get()}</p>
            {extra}
        </div>
    }
    .into_any()
}

/// Questions of the check that were not answered, each with a link to answer it.
#[component]
fn NotAnswered(check: Check) -> impl IntoView {
    let state = use_state();
    let i18n = use_i18n();
    // A memo of which questions (by place and id): typing into an answered question leaves it
    // as it is, so the list is not rebuilt at every key.
    let missing = Memo::new(move |_| {
        state.answers.with(|a| {
            steps::steps(check, a)
                .into_iter()
                .enumerate()
                .filter(|(_, s)| !steps::answered(s, a))
                .map(|(i, s)| (i, s.id))
                .collect::<Vec<(usize, &'static str)>>()
        })
    });
    view! {
        {move || {
            let missing = missing.get();
            (!missing.is_empty()).then(|| view! {
                <div class="not-answered">
                    <h2>{t("result-not-answered")}</h2>
                    <ul>
                        {missing.into_iter().map(|(index, id)| {
                            let q = format!("q-{id}");
                            view! {
                                <li>
                                    <button type="button" class="button-link" on:click=move |_| {
                                        state.returning_to.set(Some(Page::Result { check }));
                                        state.go(Page::Step { check, index });
                                    }>{move || i18n.id(&q)}</button>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                </div>
            })
        }}
    }
}

/// What needs fixing before the check can answer: each problem with a link to its question.
fn problems_view(check: Check, problems: Vec<(String, String)>) -> impl IntoView {
    let state = use_state();
    view! {
        <div class="error-summary" role="alert" tabindex="-1">
            <h2 class="error-summary-title">{t("result-cannot-answer")}</h2>
            <ul class="error-list">
                {problems.into_iter().map(|(field, message)| {
                    let index = state.answers.with_untracked(|a| {
                        steps::steps(check, a).iter().position(|s| belongs(s, &field))
                    });
                    view! {
                        <li>
                            {match index {
                                Some(index) => view! {
                                    <button type="button" class="button-link" on:click=move |_| {
                                        state.returning_to.set(Some(Page::Result { check }));
                                        state.go(Page::Step { check, index });
                                        super::fields::focus_after(target_of("", &field));
                                    }>{message}</button>
                                }.into_any(),
                                None => view! { <span>{message}</span> }.into_any(),
                            }}
                        </li>
                    }
                }).collect_view()}
            </ul>
        </div>
    }
}

/// The answer of a check: the panel, the planning answer in it, the criteria, the next steps.
/// `heading_level`: the caseworker page shows it under the questions.
#[component]
pub fn ResultBody(
    check: Check,
    /// The evaluation, when the page has it already (the caseworker page).
    #[prop(optional)]
    answer: Option<Memo<Result<Answer, Vec<crate::rules::InputError>>>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let answer = answer.unwrap_or_else(|| live_answer(check));
    // Each part of the answer is its own memo, so that an answer that changes in one part (a
    // keystroke in the planned trip changes the latest return date, not the criteria) rebuilds
    // only that part: on the caseworker page the answer follows every key.
    let kind = Memo::new(move |_| {
        answer.with(|a| match a {
            Err(_) => Kind::Problems,
            Ok(a) if checked(a).is_some() => Kind::Check,
            Ok(_) => Kind::Guide,
        })
    });
    let outcome =
        Memo::new(move |_| answer.with(|a| a.as_ref().ok().and_then(checked).map(|c| c.0)));
    let summary = Memo::new(move |_| {
        answer.with(|a| {
            a.as_ref()
                .ok()
                .and_then(checked)
                .map(|c| c.1.clone())
                .unwrap_or_default()
        })
    });
    let criteria = Memo::new(move |_| {
        answer.with(|a| {
            a.as_ref()
                .ok()
                .and_then(checked)
                .map(|c| c.2.to_vec())
                .unwrap_or_default()
        })
    });
    let exemption = Memo::new(move |_| {
        answer.with(|a| matches!(a, Ok(Answer::PermanentPermit(e)) if e.extra.exemption_may_apply))
    });
    let summary_text = Signal::derive(move || summary.with(|t| i18n.text(t)));
    view! {
        {move || match kind.get() {
            Kind::Problems => (move || answer.with(|a| a.as_ref().err().map(|errors| {
                let rendered = errors.iter().map(|e| (e.field.clone(), i18n.msg(&e.message))).collect();
                problems_view(check, rendered)
            }))).into_any(),
            Kind::Check => view! {
                {move || outcome.get().map(|o| {
                    let id = outcome_id(o);
                    panel_view(
                        outcome_tone(o),
                        Some(format!("{o:?}")),
                        Signal::derive(move || i18n.t(id)),
                        summary_text,
                        None,
                    )
                })}
                <NotAnswered check=check />
                {move || criteria_view(i18n, criteria.get())}
                {move || exemption.get().then(|| view! { <p class="callout">{t("pp-exemption-may-apply")}</p> })}
                {move || outcome.get().map(|o| view! {
                    <NextSteps check=check outcome=Some(o) criteria=criteria.get() />
                })}
            }.into_any(),
            Kind::Guide => view! {
                {move || answer.get().ok().map(|guide| view! { <GuideResult answer=guide /> })}
                <NotAnswered check=check />
            }.into_any(),
        }}
        <RulesChecked />
    }
}

/// The check's answer to the answers as they are now, as a memo.
pub fn live_answer(check: Check) -> Memo<Result<Answer, Vec<crate::rules::InputError>>> {
    let state = use_state();
    Memo::new(move |_| {
        state
            .answers
            .with(|a| evaluate(check, a, &context(a, state.today)))
    })
}

/// Which kind of answer a check has now (the structure of the view).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Problems,
    Check,
    Guide,
}

/// A checker's outcome, summary and criteria (not a guide's).
fn checked(a: &Answer) -> Option<(Outcome, &Text, &[Criterion])> {
    match a {
        Answer::TravelLimits(e) => Some((e.outcome, &e.summary, &e.criteria)),
        Answer::PermanentPermit(e) => Some((e.outcome, &e.summary, &e.criteria)),
        Answer::WorkPermit(e) => Some((e.outcome, &e.summary, &e.criteria)),
        Answer::TemporaryRegulation(e) => Some((e.outcome, &e.summary, &e.criteria)),
        _ => None,
    }
}

/// "Show this in English" in English (once its catalog is here; until then in the language in use).
fn in_own_language(i18n: super::i18n::I18n, tag: &'static str, id: &str) -> String {
    match i18n.other(tag) {
        Some(c) => c.render_id(id),
        None => i18n.id(id),
    }
}

/// "Rules checked on 1 December 2026", and for a translation no qualified translator has checked,
/// that the English and Norwegian texts are what count, with a one-tap switch to them.
#[component]
pub fn RulesChecked() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <p class="rules-checked">{move || i18n.msg(&msg!("rules-checked-on", date = RULES_CHECKED_ON))}</p>
        {move || (i18n.lang().review == Review::Unreviewed).then(|| view! {
            <p class="translation-note">
                {t("translation-unreviewed")}" "
                <button type="button" class="button-link" lang="en" on:click=move |_| i18n.set_lang("en")>
                    {move || in_own_language(i18n, "en", "show-in-english")}
                </button>
                {move || (i18n.lang().tag != "nb").then(|| view! {
                    " · "
                    <button type="button" class="button-link" lang="nb" on:click=move |_| i18n.set_lang("nb")>
                        {move || in_own_language(i18n, "nb", "show-in-norwegian")}
                    </button>
                })}
            </p>
        })}
    }
}

/// The result page.
#[component]
pub fn ResultPage(check: Check) -> impl IntoView {
    let state = use_state();
    view! {
        <BackLink />
        <p class="caption">{t(check.title())}</p>
        <ResultBody check=check />
        <div class="button-row no-print">
            <button type="button" class="button button-secondary" on:click=move |_| state.go(Page::CheckAnswers { check })>
                {t("result-see-answers")}
            </button>
            <button type="button" class="button button-secondary" on:click=move |_| state.restart()>
                {t("result-start-again")}
            </button>
        </div>
    }
}

//! The "Permanent permit" tab (RULES.md §2; seed 003): can a permanent residence permit be lost
//! by staying abroad too long, or on other grounds, and how long can the person travel?
//!
//! It collects answers and renders the engine's answer; it computes no rule. Every date, count
//! and window shown comes from the response's figures (`years`, `periods`, `maxFourYearWindow`,
//! `maxFourYearDays`, `latestReturnDate`, `latestReturnRule`, `plannedReturnWithinLimits`) and
//! the `exemptionMayApply` extra. Strings: `locales/*/pp.json`.
//!
//! The stays and the planned trip are the person's own (shared with the travel-limits tab).
//! The engine plans for a stay still going on when no planned trip is given, and treats a
//! planned trip together with an ongoing stay as an error; so while a stay is going on this tab
//! sends no planned trip (the typed trip is kept for later, and the user is told why it is not
//! checked) and shows the latest return for the stay the person is on.

use leptos::prelude::*;

use crate::ui::Say;
use serde_json::Value;

use crate::api::Response;
use crate::rules::dates::{parse_date, Date};
use crate::rules::guides::HELP_LINES;
use crate::rules::permanent_permit::{ID_CONTINUOUS, ID_CORRECT_INFORMATION, ID_FOUR_YEAR};
use crate::rules::text;
use crate::rules::Outcome;
use crate::ui::components::{
    engine_errors, field_error, DateField, ResultView, Timeline, TimelineMark, TimelineStay,
    TimelineWindow, TimelineYear, TripEditor, YesNoUnknown,
};
use crate::ui::i18n::{t, td_string, use_i18n};
use crate::ui::state::{AppState, Checker, Prepared};
use crate::ui::use_engine_locale;

/// A date figure of the response, or `None` (absent, `null`, not a date).
fn figure_date(r: &Response, name: &str) -> Option<Date> {
    r.figures
        .get(name)
        .and_then(Value::as_str)
        .and_then(|s| parse_date(s).ok())
}

#[component]
pub fn PermanentPermitPanel() -> impl IntoView {
    let i18n = use_i18n();
    let state = AppState::expect();
    let locale = use_engine_locale();
    let answers = state.answers;
    let checker = Checker::PermanentPermit;

    // The stay still going on, if any (its position and its departure as typed): a form-level
    // fact about the answers, not a rule.
    let ongoing = Memo::new(move |_| {
        answers.with(|a| {
            a.stays
                .iter()
                .position(|s| s.ongoing)
                .map(|i| (i, a.stays.get(i).and_then(|s| s.from.date())))
        })
    });
    let planned_from = Memo::new(move |_| answers.with(|a| a.planned_trip.from.date()));

    // The request of `state.rs`, without the planned trip while a stay is going on (see the
    // module docs); evaluated only when it changes.
    let prepared = Memo::new(move |_| {
        let loc = locale.get();
        answers.with(|a| {
            let mut prepared = a.prepare(checker, loc);
            if let Prepared::Ready(request) = &mut prepared {
                if a.stays.iter().any(|s| s.ongoing) {
                    if let Some(input) = request.input.as_object_mut() {
                        input.insert("plannedTrip".into(), Value::Null);
                    }
                }
            }
            prepared
        })
    });
    let response = Memo::new(move |_| prepared.with(|p| p.evaluate(checker)));
    let ok = Memo::new(move |_| response.with(|r| r.outcome.is_some() && r.errors.is_empty()));

    // ---------------------------------------------------------------- result

    let headline = Callback::new(move |o: Outcome| match o {
        Outcome::LimitExceeded => t!(i18n, pp.outcome_exceeded).into_any(),
        Outcome::AtRisk => t!(i18n, pp.outcome_at_risk).into_any(),
        _ => t!(i18n, pp.outcome_within).into_any(),
    });
    let criterion_title = Callback::new(move |id: String| match id.as_str() {
        ID_CONTINUOUS => Some(t!(i18n, pp.crit_continuous).into_any()),
        ID_FOUR_YEAR => Some(t!(i18n, pp.crit_four_year).into_any()),
        ID_CORRECT_INFORMATION => Some(t!(i18n, pp.crit_information).into_any()),
        _ => None,
    });
    // `windowStart` / `windowEnd` are left out: the explanation names the window in order ("from
    // … to …"), and the figures would come in alphabetical order (end before start).
    let figure_label = Callback::new(move |name: String| match name.as_str() {
        "longestStayDays" => Some(t!(i18n, pp.fig_longest).into_any()),
        "limitDays" => Some(t!(i18n, pp.fig_limit).into_any()),
        "exceededOn" => Some(t!(i18n, pp.fig_exceeded_on).into_any()),
        "maxFourYearDays" => Some(t!(i18n, pp.fig_max_four).into_any()),
        _ => None,
    });
    let field_label = Callback::new(move |field: String| match field.as_str() {
        "gaveIncorrectInformation" => Some(t!(i18n, pp.gave_incorrect).into_any()),
        "withheldInformation" => Some(t!(i18n, pp.withheld).into_any()),
        "incorrectIdentity" => Some(t!(i18n, pp.identity).into_any()),
        "abuseExemption" => Some(t!(i18n, pp.ex_heading).into_any()),
        "abuseExemption.familyImmigrationPermit" => Some(t!(i18n, pp.ex_family).into_any()),
        "abuseExemption.preventedFromReturning" => Some(t!(i18n, pp.ex_prevented).into_any()),
        "abuseExemption.victimOfAbuse" => Some(t!(i18n, pp.ex_abuse).into_any()),
        "abuseExemption.relationshipEnded" => Some(t!(i18n, pp.ex_ended).into_any()),
        _ => None,
    });

    // ---------------------------------------------------------------- timeline

    let timeline_years = Signal::derive(move || {
        response.with(|r| TimelineYear::list_from(r.figures.get("years").cloned()))
    });
    let timeline_stays = Signal::derive(move || {
        answers.with(|a| {
            a.stays
                .iter()
                .filter_map(|s| {
                    Some(TimelineStay {
                        start: s.from.date()?,
                        end: if s.ongoing { None } else { Some(s.to.date()?) },
                        label: None,
                        schengen: false,
                    })
                })
                .collect::<Vec<_>>()
        })
    });
    let timeline_resets = Signal::derive(move || {
        let label = td_string!(i18n.get_locale(), pp.timeline_reset).to_string();
        response.with(|r| match r.figures.get("periods") {
            Some(Value::Array(periods)) => periods
                .iter()
                .skip(1)
                .filter_map(|p| p.get("start")?.as_str())
                .filter_map(|s| parse_date(s).ok())
                .map(|date| TimelineMark {
                    date,
                    label: label.clone(),
                })
                .collect(),
            _ => Vec::new(),
        })
    });
    let timeline_windows = Signal::derive(move || {
        let ui = i18n.get_locale();
        let loc = locale.get();
        response.with(|r| {
            let mut out = Vec::new();
            let days = r.figures.get("maxFourYearDays").and_then(Value::as_i64);
            let label = match days {
                Some(n) => format!(
                    "{} ({})",
                    td_string!(ui, pp.timeline_window),
                    text::days(n, loc)
                ),
                None => td_string!(ui, pp.timeline_window).to_string(),
            };
            out.extend(TimelineWindow::from_figure(
                r.figures.get("maxFourYearWindow"),
                label,
            ));
            out
        })
    });
    // The planned trip (or the stay going on) from its departure as typed to the engine's
    // `latestReturnDate`.
    let timeline_planned = Signal::derive(move || {
        let start = match ongoing.get() {
            Some((_, from)) => from,
            None => planned_from.get(),
        }?;
        let end = response.with(|r| figure_date(r, "latestReturnDate"))?;
        Some(TimelineStay {
            start,
            end: Some(end),
            label: None,
            schengen: false,
        })
    });
    let has_stays = Memo::new(move |_| answers.with(|a| !a.stays.is_empty()));

    // ---------------------------------------------------------------- planning

    let plan_answer = move || {
        let loc = locale.get();
        let ongoing_stay = ongoing.get();
        let planning = ongoing_stay.is_some() || planned_from.get().is_some();
        if !planning {
            return view! { <p>{t!(i18n, pp.plan_prompt)}</p> }.into_any();
        }
        if !ok.get() {
            return view! { <p>{t!(i18n, pp.plan_fix_first)}</p> }.into_any();
        }
        let (latest, rule, within, exceeded) = response.with(|r| {
            (
                figure_date(r, "latestReturnDate"),
                r.figures
                    .get("latestReturnRule")
                    .and_then(Value::as_str)
                    .map(str::to_string),
                r.figures
                    .get("plannedReturnWithinLimits")
                    .and_then(Value::as_bool),
                r.outcome == Some(Outcome::LimitExceeded),
            )
        });
        let Some(latest) = latest else {
            return if exceeded {
                view! { <p class="pp-plan-answer">{t!(i18n, pp.plan_none_exceeded)}</p> }.into_any()
            } else {
                view! { <p class="pp-plan-answer">{t!(i18n, pp.plan_none)}</p> }.into_any()
            };
        };
        let date = text::date(latest, loc);
        let main = match ongoing_stay {
            Some((_, from)) => {
                let from = from.map(|d| text::date(d, loc)).unwrap_or_default();
                t!(i18n, pp.plan_ongoing_come_back_by, from, date).into_any()
            }
            None => t!(i18n, pp.plan_come_back_by, date).into_any(),
        };
        let rule = match rule.as_deref() {
            Some(ID_CONTINUOUS) => t!(i18n, pp.plan_rule_continuous).into_any(),
            Some(ID_FOUR_YEAR) => t!(i18n, pp.plan_rule_four_year).into_any(),
            _ => t!(i18n, pp.plan_rule_next_stay).into_any(),
        };
        let within = within.map(|w| {
            if w {
                view! { <p>{t!(i18n, pp.plan_within_yes)}</p> }.into_any()
            } else {
                view! { <p class="pp-warning-text">{t!(i18n, pp.plan_within_no)}</p> }.into_any()
            }
        });
        view! {
            <p class="pp-plan-answer">{main}</p>
            <p>{rule}</p>
            {within}
            <p class="borderline">{t!(i18n, pp.plan_margin)}</p>
        }
        .into_any()
    };

    // ---------------------------------------------------------------- exemption

    let exemption = Memo::new(move |_| {
        response.with(|r| r.extra.get("exemptionMayApply").and_then(Value::as_bool))
    });
    let exemption_answer = move || match exemption.get() {
        Some(true) => {
            Some(view! { <p class="pp-may-apply">{t!(i18n, pp.ex_may_apply)}</p> }.into_any())
        }
        Some(false) => Some(view! { <p>{t!(i18n, pp.ex_not_all)}</p> }.into_any()),
        None => None,
    };
    let help_lines = move || {
        let loc = locale.get();
        HELP_LINES
            .iter()
            .map(|line| {
                view! {
                    <li>
                        <a class="pp-tel" href=line.tel_uri()>{line.number}</a>
                        " – "
                        {line.purpose.msg().say(loc)}
                    </li>
                }
            })
            .collect_view()
    };

    view! {
        <div class="pp">
            <h2>{t!(i18n, pp.heading)}</h2>
            <p>{t!(i18n, pp.intro)}</p>

            <section class="pp-section" aria-labelledby="pp-stays-heading">
                <h3 id="pp-stays-heading">{t!(i18n, pp.stays_heading)}</h3>
                <p class="hint">{t!(i18n, pp.stays_hint)}</p>
                <TripEditor
                    id="pp-stays"
                    stays=crate::field!(state, stays)
                    errors=engine_errors(response)
                />
            </section>

            <section class="pp-section" aria-labelledby="pp-info-heading">
                <h3 id="pp-info-heading">{t!(i18n, pp.info_heading)}</h3>
                <p>{t!(i18n, pp.info_intro)}</p>
                <YesNoUnknown
                    id="pp-gave-incorrect"
                    legend=move || t!(i18n, pp.gave_incorrect)
                    hint=move || t!(i18n, pp.gave_incorrect_hint)
                    value=crate::field!(state, permanent_permit.gave_incorrect_information)
                    error=field_error(response, "gaveIncorrectInformation")
                />
                <YesNoUnknown
                    id="pp-withheld"
                    legend=move || t!(i18n, pp.withheld)
                    hint=move || t!(i18n, pp.withheld_hint)
                    value=crate::field!(state, permanent_permit.withheld_information)
                    error=field_error(response, "withheldInformation")
                />
                <YesNoUnknown
                    id="pp-identity"
                    legend=move || t!(i18n, pp.identity)
                    hint=move || t!(i18n, pp.identity_hint)
                    value=crate::field!(state, permanent_permit.incorrect_identity)
                    error=field_error(response, "incorrectIdentity")
                />
            </section>

            <ResultView
                id="pp-result"
                response=response
                headline=headline
                criterion_title=criterion_title
                figure_label=figure_label
                field_label=field_label
            />

            <Show when=move || ok.get()>
                <aside class="pp-callout" aria-labelledby="pp-repeal-heading">
                    <h3 id="pp-repeal-heading" class="pp-callout-title">{t!(i18n, pp.repeal_title)}</h3>
                    <p>{t!(i18n, pp.repeal_body)}</p>
                </aside>
            </Show>

            <Show when=move || ok.get() && has_stays.get()>
                <p class="hint">{t!(i18n, pp.timeline_intro)}</p>
                <Timeline
                    id="pp-timeline"
                    caption=move || t!(i18n, pp.timeline_caption)
                    years=timeline_years
                    stays=timeline_stays
                    resets=timeline_resets
                    windows=timeline_windows
                    planned=timeline_planned
                />
            </Show>

            <section class="pp-section" aria-labelledby="pp-plan-heading">
                <h3 id="pp-plan-heading">{t!(i18n, pp.plan_heading)}</h3>
                {move || match ongoing.get() {
                    Some((i, _)) => {
                        let n = i + 1;
                        view! { <p class="pp-ongoing-note">{t!(i18n, pp.plan_ongoing_note, n)}</p> }.into_any()
                    }
                    None => view! {
                        <DateField
                            id="pp-plan-from"
                            legend=move || t!(i18n, pp.plan_from)
                            hint=move || t!(i18n, pp.plan_from_hint)
                            value=crate::field!(state, planned_trip.from)
                            error=field_error(response, "plannedTrip.from")
                        />
                        <DateField
                            id="pp-plan-to"
                            legend=move || t!(i18n, pp.plan_to)
                            value=crate::field!(state, planned_trip.to)
                            error=field_error(response, "plannedTrip.to")
                        />
                    }
                    .into_any(),
                }}
                <div class="pp-plan-result" role="status" aria-atomic="true">
                    {plan_answer}
                </div>
                <p class="pp-note">{t!(i18n, pp.plan_apply)}</p>
            </section>

            <section class="pp-section" aria-labelledby="pp-ex-heading">
                <h3 id="pp-ex-heading">{t!(i18n, pp.ex_heading)}</h3>
                <p>{t!(i18n, pp.ex_intro)}</p>
                <YesNoUnknown
                    id="pp-ex-family"
                    legend=move || t!(i18n, pp.ex_family)
                    hint=move || t!(i18n, pp.ex_family_hint)
                    value=crate::field!(state, permanent_permit.abuse_exemption.family_immigration_permit)
                    error=field_error(response, "abuseExemption.familyImmigrationPermit")
                />
                <YesNoUnknown
                    id="pp-ex-prevented"
                    legend=move || t!(i18n, pp.ex_prevented)
                    hint=move || t!(i18n, pp.ex_prevented_hint)
                    value=crate::field!(state, permanent_permit.abuse_exemption.prevented_from_returning)
                    error=field_error(response, "abuseExemption.preventedFromReturning")
                />
                <YesNoUnknown
                    id="pp-ex-abuse"
                    legend=move || t!(i18n, pp.ex_abuse)
                    hint=move || t!(i18n, pp.ex_abuse_hint)
                    value=crate::field!(state, permanent_permit.abuse_exemption.victim_of_abuse)
                    error=field_error(response, "abuseExemption.victimOfAbuse")
                />
                <YesNoUnknown
                    id="pp-ex-ended"
                    legend=move || t!(i18n, pp.ex_ended)
                    hint=move || t!(i18n, pp.ex_ended_hint)
                    value=crate::field!(state, permanent_permit.abuse_exemption.relationship_ended)
                    error=field_error(response, "abuseExemption.relationshipEnded")
                />
                <div class="pp-ex-result" role="status" aria-atomic="true">
                    {exemption_answer}
                </div>
                <p class="pp-note">{t!(i18n, pp.ex_contact)}</p>
                <p>{t!(i18n, pp.ex_not_cover)}</p>
                <ul>
                    <li>{t!(i18n, pp.ex_not_children)}</li>
                    <li>{t!(i18n, pp.ex_not_unmarried)}</li>
                </ul>
                <div class="pp-help" role="region" aria-labelledby="pp-help-heading">
                    <h4 id="pp-help-heading">{t!(i18n, pp.help_heading)}</h4>
                    <p>{t!(i18n, pp.help_intro)}</p>
                    <ul class="pp-help-lines">{help_lines}</ul>
                </div>
            </section>

            <section class="pp-section" aria-labelledby="pp-next-heading">
                <h3 id="pp-next-heading">{t!(i18n, pp.next_heading)}</h3>
                <h4>{t!(i18n, pp.next_before)}</h4>
                <ul>
                    <li>{t!(i18n, pp.next_interview)}</li>
                    <li>{t!(i18n, pp.next_notice)}</li>
                    <li>{t!(i18n, pp.next_legal)}</li>
                    <li>{t!(i18n, pp.next_documents)}</li>
                </ul>
                <h4>{t!(i18n, pp.next_decision_heading)}</h4>
                <ul>
                    <li>{t!(i18n, pp.next_decision)}</li>
                    <li>{t!(i18n, pp.next_appeal)}</li>
                    <li>{t!(i18n, pp.next_legal)}</li>
                    <li>{t!(i18n, pp.next_travel_docs)}</li>
                    <li>
                        {t!(i18n, pp.next_new_permit)}
                        <ul>
                            <li>{t!(i18n, pp.next_connection)}</li>
                            <li>{t!(i18n, pp.next_humanitarian)}</li>
                            <li>{t!(i18n, pp.next_refoulement)}</li>
                        </ul>
                    </li>
                    <li>{t!(i18n, pp.next_leave)}</li>
                </ul>
                <h4>{t!(i18n, pp.next_keep_heading)}</h4>
                <p>{t!(i18n, pp.next_apply)}</p>
            </section>
        </div>
    }
}

//! The "Temporary regulation" tab: utf. § 8-14 for long-staying asylum seekers (RULES.md §1,
//! seed 001).
//!
//! The panel asks one question per answer of the `temporary-regulation` request (API.md), in
//! plain language with a hint saying why it is asked and what counts, and shows the engine's
//! answer as the user types: the outcome, every criterion with its mark, the figures written out
//! in words, the kind of permit, and the next steps of seed 001. It computes no rule: the request
//! comes from [`AppState`] and the answer from `api::evaluate` (through
//! [`AppState::response`], a `Memo`); every date and count shown is one of the response's
//! figures, only written out here.
//!
//! The deadline (1 December 2021) passed long ago, so any request made today fails
//! `tr.deadline`: the panel says so before the first question and again in the next steps.

use leptos::prelude::*;
use serde_json::Value;

use crate::api::Response;
use crate::field;
use crate::rules::dates::add_days;
use crate::rules::law::{UDI_POSTAL_ADDRESS, UNE_PHONE, UNE_PHONE_URI, UNE_POSTAL_ADDRESS};
use crate::rules::text::{self, Locale as EngineLocale};
use crate::api::Criterion;
use crate::rules::{Outcome, Status};
use crate::ui::components::{
    engine_errors, field_error, DateField, ResultView, TripEditor, YesNoUnknown,
};
use crate::ui::i18n::{t, use_i18n};
use crate::ui::state::{AppState, Checker};
use crate::ui::use_engine_locale;

/// What the headline adds under the outcome.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Detail {
    /// Eligible, identity documented: a full permit.
    Full,
    /// Eligible, identity not documented: a limited permit (utl. § 38 (5)).
    Limited,
    /// Eligible, identity not answered.
    TypeUnknown,
    /// Every criterion met except the deadline: the usual case for a request made today.
    OnlyDeadline,
    /// The deadline not met, nothing else not met, some criteria not known yet: a request made
    /// today, before the other questions are answered.
    DeadlineAndUnknown,
    /// Some other criterion not met.
    NotMet,
    /// Some criterion not known yet.
    Unknown,
}

impl Detail {
    /// Read from the response (its outcome, `permitType` and the criteria's statuses).
    fn of(r: &Response) -> Option<Detail> {
        match r.outcome? {
            Outcome::Eligible => Some(match r.extra.get("permitType").and_then(Value::as_str) {
                Some("full") => Detail::Full,
                Some("limited") => Detail::Limited,
                _ => Detail::TypeUnknown,
            }),
            Outcome::NotEligible => {
                let not_met = |c: &&Criterion| c.status == Status::NotMet;
                let only_deadline = r
                    .criteria
                    .iter()
                    .filter(not_met)
                    .all(|c| c.id == "tr.deadline");
                let all_known = r.criteria.iter().all(|c| c.status != Status::Unknown);
                Some(match (only_deadline, all_known) {
                    (true, true) => Detail::OnlyDeadline,
                    (true, false) => Detail::DeadlineAndUnknown,
                    (false, _) => Detail::NotMet,
                })
            }
            _ => Some(Detail::Unknown),
        }
    }
}

/// The time in Norway by the cut-off, written out.
#[derive(Clone, Debug, PartialEq)]
enum ResidenceText {
    /// The first application was after the cut-off (`residenceDays` negative).
    None,
    /// "16 years and 2 months" and "5905 days" (the span only when it says more than the days).
    Some { span: Option<String>, days: String },
}

/// The response's figures, written out in the UI language. `None` where the engine gave `null`.
#[derive(Clone, Debug, PartialEq)]
struct FiguresText {
    cutoff: String,
    residence: Option<ResidenceText>,
    abroad: Option<String>,
    age: Option<String>,
    /// The date, and whether it is on time (the criterion is met).
    sixteen: Option<(String, bool)>,
    combined: Option<(String, bool)>,
}

impl FiguresText {
    /// `None` when the response has no figures (it has errors instead).
    fn of(r: &Response, loc: EngineLocale) -> Option<FiguresText> {
        let cutoff = r.figure_date("cutoff")?;
        let met = |id: &str| r.criterion(id).is_some_and(|c| c.status == Status::Met);
        let residence = r.figure_int("residenceDays").map(|days| {
            if days < 0 {
                ResidenceText::None
            } else {
                // The same writing as the engine's explanation: the span that ends on the cut-off.
                let span = text::span(add_days(cutoff, -days), cutoff, loc);
                let days = text::days(days, loc);
                ResidenceText::Some {
                    span: (span != days).then_some(span),
                    days,
                }
            }
        });
        Some(FiguresText {
            cutoff: text::date(cutoff, loc),
            residence,
            abroad: r.figure_int("daysAbroad").map(|d| text::days(d, loc)),
            age: r.figure_int("ageOnCutoff").map(|y| text::years(y, loc)),
            sixteen: r
                .figure_date("sixteenYearsReachedOn")
                .map(|d| (text::date(d, loc), met("tr.sixteen-years"))),
            combined: r
                .figure_date("combined65ReachedOn")
                .map(|d| (text::date(d, loc), met("tr.combined-65"))),
        })
    }

    fn is_empty(&self) -> bool {
        self.residence.is_none()
            && self.abroad.is_none()
            && self.age.is_none()
            && self.sixteen.is_none()
            && self.combined.is_none()
    }
}

/// One row of a `<dl class="figures">`.
fn figure_row(label: impl IntoView, value: impl IntoView) -> impl IntoView {
    view! {
        <div class="figure">
            <dt>{label}</dt>
            <dd>{value}</dd>
        </div>
    }
}

/// A postal address as seed 001 writes it, one line each (Norwegian, so marked `lang="nb"`).
fn postal_address(lines: [&'static str; 3]) -> impl IntoView {
    view! {
        <address class="tr-address" lang="nb">
            {lines.map(|line| view! { <span>{line}</span> }).collect_view()}
        </address>
    }
}

#[component]
pub fn TemporaryRegulationPanel() -> impl IntoView {
    let i18n = use_i18n();
    let locale = use_engine_locale();
    let state = AppState::expect();
    let response = state.response(Checker::TemporaryRegulation);

    // A memo, so that the headline (a live region) changes only when what it says changes.
    let detail = Memo::new(move |_| response.with(Detail::of));
    let headline = Callback::new(move |outcome: Outcome| {
        let main = match outcome {
            Outcome::Eligible => t!(i18n, tr.outcome_eligible).into_any(),
            Outcome::NotEligible => t!(i18n, tr.outcome_not_eligible).into_any(),
            _ => t!(i18n, tr.outcome_unknown).into_any(),
        };
        let detail = detail.get().map(|d| match d {
            Detail::Full => t!(i18n, tr.detail_full).into_any(),
            Detail::Limited => t!(i18n, tr.detail_limited).into_any(),
            Detail::TypeUnknown => t!(i18n, tr.detail_type_unknown).into_any(),
            Detail::OnlyDeadline => t!(i18n, tr.detail_only_deadline).into_any(),
            Detail::DeadlineAndUnknown => t!(i18n, tr.detail_deadline_unknown).into_any(),
            Detail::NotMet => t!(i18n, tr.detail_not_met).into_any(),
            Detail::Unknown => t!(i18n, tr.detail_unknown).into_any(),
        });
        view! {
            <span class="tr-outcome">{main}</span>
            {detail.map(|d| view! { " " <span class="tr-headline-detail">{d}</span> })}
        }
        .into_any()
    });

    let criterion_title = Callback::new(move |id: String| {
        Some(match id.as_str() {
            "tr.applied-for-asylum" => t!(i18n, tr.c_applied).into_any(),
            "tr.no-return-after-rejection" => t!(i18n, tr.c_no_return).into_any(),
            "tr.sixteen-years" => t!(i18n, tr.c_sixteen).into_any(),
            "tr.combined-65" => t!(i18n, tr.c_combined).into_any(),
            "tr.lived-in-norway-2019" => t!(i18n, tr.c_2019).into_any(),
            "tr.lives-in-norway" => t!(i18n, tr.c_lives).into_any(),
            "tr.no-conviction" => t!(i18n, tr.c_conviction).into_any(),
            "tr.no-residence-permit" => t!(i18n, tr.c_permit).into_any(),
            "tr.deadline" => t!(i18n, tr.c_deadline).into_any(),
            _ => return None,
        })
    });

    // Under each criterion: the answer or date it used. The computed figures (residence, days
    // abroad, the dates 16 and 65 years are reached, the age) are written out together below the
    // result instead; the index of a stay covering 1 January 2019 is in the explanation already.
    let figure_label = Callback::new(move |name: String| {
        Some(match name.as_str() {
            "appliedForAsylum"
            | "leftAfterRejectionAndReapplied"
            | "livedInNorwayOn20190101"
            | "livesInNorway"
            | "convicted"
            | "hasResidencePermit" => t!(i18n, tr.f_answer).into_any(),
            "firstAsylumApplication" => t!(i18n, tr.f_first).into_any(),
            "dateOfBirth" => t!(i18n, tr.f_birth).into_any(),
            "requestDate" => t!(i18n, tr.f_request).into_any(),
            "deadline" => t!(i18n, tr.f_deadline).into_any(),
            _ => return None,
        })
    });

    let field_label = Callback::new(move |field: String| {
        Some(match field.as_str() {
            "dateOfBirth" => t!(i18n, tr.f_birth).into_any(),
            "firstAsylumApplication" => t!(i18n, tr.f_first).into_any(),
            "requestDate" => t!(i18n, tr.f_request).into_any(),
            _ => return None,
        })
    });

    let figures = Memo::new(move |_| {
        let loc = locale.get();
        response.with(|r| FiguresText::of(r, loc))
    });
    let figures_view = move || {
        let f = figures.get()?;
        if f.is_empty() {
            return Some(view! { <p class="hint">{t!(i18n, tr.figures_missing)}</p> }.into_any());
        }
        let cutoff = f.cutoff.clone();
        let residence = f.residence.map(|r| {
            let date = cutoff.clone();
            let value = match r {
                ResidenceText::None => t!(i18n, tr.fig_residence_none).into_any(),
                ResidenceText::Some { span: None, days } => days.into_any(),
                ResidenceText::Some {
                    span: Some(span),
                    days,
                } => t!(i18n, tr.fig_residence_value, span, days).into_any(),
            };
            figure_row(t!(i18n, tr.fig_residence, date), value)
        });
        let abroad = f
            .abroad
            .map(|days| figure_row(t!(i18n, tr.fig_abroad), days));
        let sixteen = f.sixteen.map(|(date, on_time)| {
            let label = if on_time {
                t!(i18n, tr.fig_sixteen_reached).into_any()
            } else {
                t!(i18n, tr.fig_sixteen_late).into_any()
            };
            figure_row(label, date)
        });
        let age = f.age.map(|years| {
            let date = cutoff.clone();
            figure_row(t!(i18n, tr.fig_age, date), years)
        });
        let combined = f.combined.map(|(date, on_time)| {
            let label = if on_time {
                t!(i18n, tr.fig_combined_reached).into_any()
            } else {
                t!(i18n, tr.fig_combined_late).into_any()
            };
            figure_row(label, date)
        });
        Some(
            view! {
                <dl class="figures tr-figures">
                    {residence} {abroad} {sixteen} {age} {combined}
                </dl>
            }
            .into_any(),
        )
    };

    view! {
        <div class="tr">
            <h2>{t!(i18n, tr.heading)}</h2>
            <p>{t!(i18n, tr.intro)}</p>

            <section class="tr-deadline" aria-labelledby="tr-deadline-title">
                <h3 id="tr-deadline-title">{t!(i18n, tr.deadline_title)}</h3>
                <p>
                    <strong>{t!(i18n, tr.deadline_body)}</strong>
                </p>
                <p>{t!(i18n, tr.deadline_use)}</p>
            </section>

            <h3 class="tr-section">{t!(i18n, tr.section_case)}</h3>
            <YesNoUnknown
                id="tr-applied"
                legend=move || t!(i18n, tr.applied)
                hint=move || t!(i18n, tr.applied_hint)
                value=field!(state, temporary_regulation.applied_for_asylum)
            />
            <YesNoUnknown
                id="tr-left"
                legend=move || t!(i18n, tr.left)
                hint=move || t!(i18n, tr.left_hint)
                value=field!(state, temporary_regulation.left_after_rejection_and_reapplied)
            />

            <h3 class="tr-section">{t!(i18n, tr.section_time)}</h3>
            <DateField
                id="tr-birth"
                legend=move || t!(i18n, tr.birth)
                hint=move || {
                    view! {
                        {t!(i18n, tr.birth_hint)}
                        " "
                        <span class="tr-date-example">{t!(i18n, common.date_hint)}</span>
                    }
                }
                value=field!(state, temporary_regulation.date_of_birth)
                error=field_error(response, "dateOfBirth")
                autocomplete="bday"
            />
            <DateField
                id="tr-first"
                legend=move || t!(i18n, tr.first)
                hint=move || {
                    view! {
                        {t!(i18n, tr.first_hint)}
                        " "
                        <span class="tr-date-example">{t!(i18n, common.date_hint)}</span>
                    }
                }
                value=field!(state, temporary_regulation.first_asylum_application)
                error=field_error(response, "firstAsylumApplication")
            />
            <div
                class="field tr-stays"
                role="group"
                aria-labelledby="tr-stays-label"
                aria-describedby="tr-stays-hint"
            >
                <p class="legend" id="tr-stays-label">{t!(i18n, tr.stays)}</p>
                <div class="hint" id="tr-stays-hint">{t!(i18n, tr.stays_hint)}</div>
                <TripEditor
                    id="tr-stays"
                    stays=field!(state, stays)
                    errors=engine_errors(response)
                />
            </div>
            <YesNoUnknown
                id="tr-lived-2019"
                legend=move || t!(i18n, tr.lived_2019)
                hint=move || t!(i18n, tr.lived_2019_hint)
                value=field!(state, temporary_regulation.lived_in_norway_on_20190101)
            />
            <YesNoUnknown
                id="tr-lives"
                legend=move || t!(i18n, tr.lives)
                hint=move || t!(i18n, tr.lives_hint)
                value=field!(state, temporary_regulation.lives_in_norway)
            />

            <h3 class="tr-section">{t!(i18n, tr.section_other)}</h3>
            <YesNoUnknown
                id="tr-convicted"
                legend=move || t!(i18n, tr.convicted)
                hint=move || t!(i18n, tr.convicted_hint)
                value=field!(state, temporary_regulation.convicted)
            />
            <YesNoUnknown
                id="tr-permit"
                legend=move || t!(i18n, tr.permit)
                hint=move || t!(i18n, tr.permit_hint)
                value=field!(state, temporary_regulation.has_residence_permit)
            />
            <YesNoUnknown
                id="tr-identity"
                legend=move || t!(i18n, tr.identity)
                hint=move || t!(i18n, tr.identity_hint)
                value=field!(state, temporary_regulation.identity_documented)
            />

            <h3 class="tr-section">{t!(i18n, tr.section_request)}</h3>
            <DateField
                id="tr-request"
                legend=move || t!(i18n, tr.request_date)
                hint=move || {
                    view! {
                        {t!(i18n, tr.request_date_hint)}
                        " "
                        <span class="tr-date-example">{t!(i18n, common.date_hint)}</span>
                    }
                }
                value=field!(state, temporary_regulation.request_date)
                error=field_error(response, "requestDate")
            />

            <ResultView
                id="tr-result"
                response
                headline
                criterion_title
                figure_label
                field_label
            />

            <Show when=move || figures.with(Option::is_some)>
                <section class="tr-figures-box" aria-labelledby="tr-figures-title">
                    <h3 id="tr-figures-title">{t!(i18n, tr.figures_heading)}</h3>
                    {figures_view}
                </section>
            </Show>

            <section class="tr-next" aria-labelledby="tr-next-title">
                <h3 id="tr-next-title">{t!(i18n, tr.next_heading)}</h3>
                <p class="tr-next-deadline">
                    <strong>{t!(i18n, tr.next_deadline)}</strong>
                </p>

                <h4>{t!(i18n, tr.next_where)}</h4>
                <p>{t!(i18n, tr.next_where_body)}</p>
                <div class="tr-addresses">
                    <div class="tr-address-block">
                        <p class="tr-address-label">{t!(i18n, tr.next_une)}</p>
                        {postal_address(UNE_POSTAL_ADDRESS)}
                    </div>
                    <div class="tr-address-block">
                        <p class="tr-address-label">{t!(i18n, tr.next_udi)}</p>
                        {postal_address(UDI_POSTAL_ADDRESS)}
                    </div>
                </div>
                <p>
                    {t!(i18n, tr.next_phone)} " "
                    <a class="tr-phone" href=UNE_PHONE_URI>{UNE_PHONE}</a> ". "
                    {t!(i18n, tr.next_hours)}
                </p>

                <h4>{t!(i18n, tr.next_write)}</h4>
                <p>{t!(i18n, tr.next_write_body)}</p>
                <p>{t!(i18n, tr.next_duf)}</p>

                <h4>{t!(i18n, tr.next_evidence)}</h4>
                <p>{t!(i18n, tr.next_evidence_known)}</p>
                <p>{t!(i18n, tr.next_evidence_other)}</p>
                <ul class="tr-evidence">
                    <li>{t!(i18n, tr.ev_letters)}</li>
                    <li>{t!(i18n, tr.ev_rental)}</li>
                    <li>{t!(i18n, tr.ev_receipts)}</li>
                    <li>{t!(i18n, tr.ev_testimony)}</li>
                </ul>
                <p>{t!(i18n, tr.next_evidence_wait)}</p>

                <h4>{t!(i18n, tr.next_identity)}</h4>
                <p>{t!(i18n, tr.next_identity_body)}</p>
            </section>
        </div>
    }
}

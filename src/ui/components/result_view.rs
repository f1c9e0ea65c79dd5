//! `ResultView`: the engine's answer, criterion by criterion.

use leptos::prelude::*;
use serde_json::Value;

use crate::api::Response;
use crate::rules::dates::parse_date;
use crate::rules::text::{self, Locale as EngineLocale};
use crate::api::Criterion;
use crate::rules::{Outcome, Status};
use crate::ui::i18n::{t, td_string, use_i18n};
use crate::ui::use_engine_locale;

/// A source as the user reads it: `seed:001` becomes the title of that UDI page in the UI
/// language; a legal provision ("utl. § 62 (8)") stays as written.
fn source_label(source: &str) -> AnyView {
    let i18n = use_i18n();
    match source {
        "seed:000" => t!(i18n, common.source_seed_000).into_any(),
        "seed:001" => t!(i18n, common.source_seed_001).into_any(),
        "seed:002" => t!(i18n, common.source_seed_002).into_any(),
        "seed:003" => t!(i18n, common.source_seed_003).into_any(),
        "seed:004" => t!(i18n, common.source_seed_004).into_any(),
        other => other.to_string().into_any(),
    }
}

/// The readable name of an input field the engine names in an error, for the fields every
/// checker shares: `stays[1].to` → "Stay 2, date you came back to Norway", `plannedTrip.from`
/// → "Planned trip, date you plan to leave". `None` for anything else.
pub fn shared_field_label(field: &str) -> Option<AnyView> {
    let i18n = use_i18n();
    if let Some(rest) = field.strip_prefix("plannedTrip") {
        let part = match rest {
            "" => return Some(t!(i18n, common.trip_label).into_any()),
            ".from" => t!(i18n, common.trip_from).into_any(),
            ".to" => t!(i18n, common.trip_to).into_any(),
            _ => return None,
        };
        return Some(view! { {t!(i18n, common.trip_label)} ", " {part} }.into_any());
    }
    let rest = field.strip_prefix("stays[")?;
    let (index, rest) = rest.split_once(']')?;
    let n = index.parse::<usize>().ok()?.saturating_add(1);
    let part = match rest {
        "" => return Some(t!(i18n, common.stay_n, n).into_any()),
        ".from" => t!(i18n, common.stay_from).into_any(),
        ".to" => t!(i18n, common.stay_to).into_any(),
        ".schengen" => t!(i18n, common.stay_schengen).into_any(),
        _ => return None,
    };
    Some(view! { {t!(i18n, common.stay_n, n)} ", " {part} }.into_any())
}

/// A figure's value as text: dates written out ("1 October 2021"), day counts with their unit
/// (figures whose name mentions days), yes/no, numbers and text as they are. `None` for `null`
/// (not applicable).
fn figure_text(
    name: &str,
    value: &Value,
    loc: EngineLocale,
    yes: &str,
    no: &str,
) -> Option<String> {
    match value {
        Value::Null => None,
        Value::Bool(b) => Some(if *b { yes } else { no }.to_string()),
        Value::Number(n) => Some(match n.as_i64() {
            Some(i) if name.to_ascii_lowercase().contains("days") => text::days(i, loc),
            _ => n.to_string(),
        }),
        Value::String(s) => Some(match parse_date(s) {
            Ok(d) => text::date(d, loc),
            Err(_) => s.clone(),
        }),
        other => Some(other.to_string()),
    }
}

/// Shows a checker's [`Response`]:
///
/// 1. a headline for the outcome (the tab supplies the words), in a polite live region, so a
///    screen reader hears when the outcome changes; when the engine found errors, a request to
///    fix them instead, with each error listed with the field it concerns;
/// 2. every criterion as a list item: a ✓ / ✗ / ? mark *and* a text label (Met / Not met / Not
///    known yet; colour is never the only signal), an optional title, the engine's explanation
///    (already in the UI language: requests carry it as `locale`), a borderline notice when the
///    figure is close to its limit (RULES.md C7), the criterion's figures, and its sources.
///
/// It knows no rule: it shows what the engine said.
///
/// ```ignore
/// let response = state.response(Checker::TravelLimits);
/// <ResultView
///     response
///     headline=Callback::new(move |o: Outcome| match o {
///         Outcome::WithinLimits => t!(i18n, tl.within_limits).into_any(),
///         _ => …,
///     })
///     criterion_title=Callback::new(move |id: String| match id.as_str() {   // optional
///         "tl.schengen" => Some(t!(i18n, tl.schengen_title).into_any()),
///         _ => None,
///     })
///     figure_label=Callback::new(move |name: String| …)                       // optional
///     field_label=Callback::new(move |field: String| …)                       // optional
/// />
/// ```
#[component]
pub fn ResultView(
    /// The engine's answer (e.g. `AppState::response(checker)`).
    #[prop(into)]
    response: Signal<Response>,
    /// The words for each outcome.
    headline: Callback<Outcome, AnyView>,
    /// A short title for a criterion id (`tr.sixteen-years`); `None`: no title.
    #[prop(optional)]
    criterion_title: Option<Callback<String, Option<AnyView>>>,
    /// The label of a figure (`daysAbroad`); `None` hides that figure. Without this prop every
    /// figure is shown under its own name.
    #[prop(optional)]
    figure_label: Option<Callback<String, Option<AnyView>>>,
    /// The label of an input field named in an error (`dateOfBirth`). `stays[i]…` and
    /// `plannedTrip…` have labels already; anything without one is shown by its name.
    #[prop(optional)]
    field_label: Option<Callback<String, Option<AnyView>>>,
    /// Base of the element ids (one result per tab: give each its own).
    #[prop(into)]
    id: String,
) -> impl IntoView {
    let i18n = use_i18n();
    let locale = use_engine_locale();
    let heading_id = format!("{id}-heading");

    let outcome = Memo::new(move |_| response.with(|r| r.outcome));
    let errors = Memo::new(move |_| response.with(|r| r.errors.clone()));
    let criteria = Memo::new(move |_| response.with(|r| r.criteria.clone()));

    let headline_view = move || match outcome.get() {
        Some(o) if errors.with(Vec::is_empty) => headline.run(o),
        _ => t!(i18n, common.result_errors).into_any(),
    };

    let label_field = move |field: String| -> AnyView {
        if let Some(label) = shared_field_label(&field) {
            return label;
        }
        if let Some(label) = field_label.and_then(|cb| cb.run(field.clone())) {
            return label;
        }
        view! { <code>{field}</code> }.into_any()
    };

    let error_items = move || {
        errors
            .get()
            .into_iter()
            .map(|e| {
                view! {
                    <li class="error-message">
                        <span class="error-field">{label_field(e.field)}</span>
                        ": "
                        {e.message}
                    </li>
                }
            })
            .collect_view()
    };

    let criterion_item = move |c: Criterion| {
        let (mark, class) = match c.status {
            Status::Met => ("✓", "criterion status-met"),
            Status::NotMet => ("✗", "criterion status-not-met"),
            Status::Unknown => ("?", "criterion status-unknown"),
        };
        let status_label = match c.status {
            Status::Met => t!(i18n, common.status_met).into_any(),
            Status::NotMet => t!(i18n, common.status_not_met).into_any(),
            Status::Unknown => t!(i18n, common.status_unknown).into_any(),
        };
        let title = criterion_title.and_then(|cb| cb.run(c.id.clone()));
        let loc = locale.get_untracked();
        let ui = i18n.get_locale_untracked();
        let (yes, no) = (td_string!(ui, common.yes), td_string!(ui, common.no));
        let figures = c
            .figures
            .iter()
            .filter_map(|(name, value)| {
                let text = figure_text(name, value, loc, yes, no)?;
                let label = match figure_label {
                    Some(cb) => cb.run(name.clone())?,
                    None => name.clone().into_any(),
                };
                Some(view! {
                    <div class="figure">
                        <dt>{label}</dt>
                        <dd>{text}</dd>
                    </div>
                })
            })
            .collect::<Vec<_>>();
        let sources = c.sources.clone();
        view! {
            <li class=class data-criterion=c.id.clone()>
                <p class="criterion-status">
                    <span class="mark" aria-hidden="true">{mark}</span>
                    " "
                    <span class="status-label">{status_label}</span>
                    {title.map(|t| view! { " " <span class="criterion-title">{t}</span> })}
                </p>
                <p class="explanation">{c.explanation.clone()}</p>
                {c.borderline.then(|| view! {
                    <p class="borderline">{t!(i18n, common.borderline)}</p>
                })}
                {(!figures.is_empty()).then(|| view! {
                    <dl class="figures">
                        {figures}
                    </dl>
                })}
                {(!sources.is_empty()).then(|| view! {
                    <p class="sources">
                        <span class="sources-label">{t!(i18n, common.sources)}": "</span>
                        {sources
                            .iter()
                            .enumerate()
                            .map(|(i, s)| view! {
                                {(i > 0).then_some("; ")}
                                <cite>{source_label(s)}</cite>
                            })
                            .collect_view()}
                    </p>
                })}
            </li>
        }
    };

    view! {
        <section class="result" aria-labelledby=heading_id.clone() id=id>
            <h3 id=heading_id.clone()>{t!(i18n, common.result_heading)}</h3>
            <div class="result-headline" role="status" aria-atomic="true">
                {headline_view}
            </div>
            {move || {
                (!errors.with(Vec::is_empty))
                    .then(|| view! { <ul class="error-list">{error_items}</ul> })
            }}
            {move || {
                (!criteria.with(Vec::is_empty))
                    .then(|| {
                        view! {
                            <h4 class="criteria-heading">{t!(i18n, common.criteria_heading)}</h4>
                            <ul class="criteria">
                                {move || criteria.get().into_iter().map(criterion_item).collect_view()}
                            </ul>
                        }
                    })
            }}
        </section>
    }
}

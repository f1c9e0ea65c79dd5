//! The shared UI pieces in a real browser (wasm-bindgen-test, headless Chromium): components
//! mounted into the DOM and driven with real events, and the conversion of drafts into API
//! requests. Run by `cargo xtask test` (or `cargo test --target wasm32-unknown-unknown --test
//! web_ui`, with `webdriver.json`).
#![cfg(target_arch = "wasm32")]

use leptos::mount::mount_to;
use leptos::prelude::*;
use permit_check::api::Response;
use permit_check::field;
use permit_check::rules::dates::FieldError;
use permit_check::rules::text::Locale as EngineLocale;
use permit_check::rules::{Criterion, Outcome, Status};
use permit_check::ui::components::{
    Choice, ChoiceGroup, DateField, ResultView, TripEditor, YesNoUnknown,
};
use permit_check::ui::i18n::Locale;
use permit_check::ui::provide_app_context;
use permit_check::ui::state::{
    Answers, AppState, Checker, DateDraft, Decision, PermitBasis, Prepared, Protection, Situation,
    StayDraft, TripDraft,
};
use serde_json::{json, Map, Value};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

// ---------------------------------------------------------------------------------------------
// DOM helpers
// ---------------------------------------------------------------------------------------------

/// A fresh element in `<body>` to mount into.
fn host() -> HtmlElement {
    let el = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&el).unwrap();
    el.unchecked_into()
}

fn element(selector: &str) -> web_sys::Element {
    document()
        .query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no element {selector}"))
}

fn maybe(selector: &str) -> Option<web_sys::Element> {
    document().query_selector(selector).unwrap()
}

fn input(selector: &str) -> HtmlInputElement {
    element(selector).unchecked_into()
}

fn text(selector: &str) -> String {
    element(selector).text_content().unwrap_or_default()
}

/// Types `value` into an input as a user would: the value changes, then an `input` event.
fn type_into(selector: &str, value: &str) {
    let el = input(selector);
    el.set_value(value);
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    let event = web_sys::Event::new_with_event_init_dict("input", &init).unwrap();
    el.dispatch_event(&event).unwrap();
}

/// Focus leaves `selector` for somewhere outside the page's fields.
fn leave(selector: &str) {
    let init = web_sys::FocusEventInit::new();
    init.set_bubbles(true);
    let event = web_sys::FocusEvent::new_with_focus_event_init_dict("focusout", &init).unwrap();
    element(selector).dispatch_event(&event).unwrap();
}

fn click(selector: &str) {
    element(selector).unchecked_into::<HtmlElement>().click();
}

/// Lets Leptos apply pending updates to the DOM.
async fn settle() {
    for _ in 0..3 {
        leptos::task::tick().await;
    }
}

// ---------------------------------------------------------------------------------------------
// DateField
// ---------------------------------------------------------------------------------------------

#[wasm_bindgen_test]
async fn date_field_explains_31_february_and_keeps_what_was_typed() {
    let state = RwSignal::new(None::<AppState>);
    let _app = mount_to(host(), move || {
        let app = provide_app_context(Locale::en);
        state.set(Some(app));
        view! {
            <DateField
                id="dob"
                legend=move || "Date of birth"
                value=field!(app, temporary_regulation.date_of_birth)
                autocomplete="bday"
            />
        }
    });
    settle().await;
    let app = state.get_untracked().unwrap();

    assert_eq!(
        input("#dob-day").get_attribute("inputmode").as_deref(),
        Some("numeric")
    );
    assert_eq!(
        input("#dob-year").get_attribute("autocomplete").as_deref(),
        Some("bday-year")
    );
    assert_eq!(text("#dob legend"), "Date of birth");
    assert_eq!(
        element("#dob").get_attribute("aria-describedby").as_deref(),
        Some("dob-hint")
    );

    type_into("#dob-day", "31");
    type_into("#dob-month", "2");
    type_into("#dob-year", "2024");
    settle().await;
    assert!(
        maybe("#dob-error").is_none(),
        "no error while the user is still in the field"
    );

    leave("#dob-year");
    settle().await;
    assert_eq!(
        text("#dob-error"),
        "Error: This date does not exist. Check the day and the month."
    );
    assert_eq!(
        element("#dob").get_attribute("aria-describedby").as_deref(),
        Some("dob-hint dob-error")
    );
    assert_eq!(
        input("#dob-day").get_attribute("aria-invalid").as_deref(),
        Some("true")
    );
    assert_eq!(
        input("#dob-month").get_attribute("aria-invalid").as_deref(),
        Some("true")
    );
    assert_eq!(input("#dob-year").get_attribute("aria-invalid"), None);
    // Nothing typed is lost, in the boxes and in the state.
    assert_eq!(
        [
            input("#dob-day").value(),
            input("#dob-month").value(),
            input("#dob-year").value()
        ],
        ["31", "2", "2024"]
    );
    let draft = app
        .answers
        .with_untracked(|a| a.temporary_regulation.date_of_birth.clone());
    assert_eq!(draft, DateDraft::new("31", "2", "2024"));
    // The engine gets no date: it answers "unknown" for what depends on it.
    let request = app
        .answers
        .with_untracked(|a| a.request(Checker::TemporaryRegulation, EngineLocale::En));
    assert_eq!(request.input["dateOfBirth"], Value::Null);

    // 29 February 2024 exists: the error goes, the date reaches the request.
    type_into("#dob-day", "29");
    settle().await;
    assert!(maybe("#dob-error").is_none());
    assert_eq!(input("#dob-day").get_attribute("aria-invalid"), None);
    let request = app
        .answers
        .with_untracked(|a| a.request(Checker::TemporaryRegulation, EngineLocale::En));
    assert_eq!(request.input["dateOfBirth"], json!("2024-02-29"));

    // A missing part names the box to fill.
    type_into("#dob-month", "");
    settle().await;
    assert_eq!(text("#dob-error"), "Error: Enter the month.");
    assert_eq!(
        input("#dob-month").get_attribute("aria-invalid").as_deref(),
        Some("true")
    );
    assert_eq!(input("#dob-day").get_attribute("aria-invalid"), None);
}

#[wasm_bindgen_test]
async fn date_field_speaks_the_ui_language_and_shows_engine_errors() {
    let _app = mount_to(host(), move || {
        let app = provide_app_context(Locale::nb);
        app.answers.update(|a| {
            a.travel_limits.permit_start = DateDraft::new("30", "2", "2023");
        });
        view! {
            <DateField
                id="start"
                legend=move || "Start"
                value=field!(app, travel_limits.permit_start)
            />
            <DateField
                id="end"
                legend=move || "Slutt"
                value=field!(app, travel_limits.permit_end)
                error="Sluttdatoen er før startdatoen."
            />
        }
    });
    settle().await;
    // A draft that was already there counts as typed: its problem shows at once, in Bokmål.
    assert_eq!(
        text("#start-error"),
        "Feil: Denne datoen finnes ikke. Sjekk dagen og måneden."
    );
    assert_eq!(text("#start .hint"), "For eksempel 27 3 2019");
    assert_eq!(text("label[for='start-day']"), "Dag");
    // An engine error on an empty field waits until the user has been there.
    assert!(maybe("#end-error").is_none());
    leave("#end-day");
    settle().await;
    assert_eq!(text("#end-error"), "Feil: Sluttdatoen er før startdatoen.");
}

// ---------------------------------------------------------------------------------------------
// YesNoUnknown and ChoiceGroup
// ---------------------------------------------------------------------------------------------

#[wasm_bindgen_test]
async fn yes_no_unknown_starts_at_i_dont_know_and_sets_the_answer() {
    let state = RwSignal::new(None::<AppState>);
    let _app = mount_to(host(), move || {
        let app = provide_app_context(Locale::uk);
        state.set(Some(app));
        view! {
            <YesNoUnknown
                id="passport"
                legend=move || "Passport?"
                hint=move || "A real one"
                value=field!(app, work_permit.valid_passport)
            />
            <ChoiceGroup
                id="protection"
                legend=move || "Protection"
                value=field!(app, work_permit.protection)
                options=vec![
                    Choice::new(Protection::Individual, move || "Individual"),
                    Choice::new(Protection::Collective, move || "Collective"),
                ]
            />
        }
    });
    settle().await;
    let app = state.get_untracked().unwrap();

    assert!(input("#passport-unknown").checked());
    assert!(!input("#passport-0").checked());
    assert_eq!(text("label[for='passport-0']"), "Так");
    assert_eq!(text("label[for='passport-1']"), "Ні");
    assert_eq!(text("label[for='passport-unknown']"), "Не знаю");
    assert_eq!(
        element("#passport")
            .get_attribute("aria-describedby")
            .as_deref(),
        Some("passport-hint")
    );
    click("#passport-1");
    settle().await;
    assert_eq!(
        app.answers.with_untracked(|a| a.work_permit.valid_passport),
        Some(false)
    );
    assert!(!input("#passport-unknown").checked());
    click("#passport-unknown");
    settle().await;
    assert_eq!(
        app.answers.with_untracked(|a| a.work_permit.valid_passport),
        None
    );

    // Without an "I don't know" option nothing is selected until the user picks.
    assert!(maybe("#protection-unknown").is_none());
    assert!(!input("#protection-0").checked() && !input("#protection-1").checked());
    click("#protection-1");
    settle().await;
    assert_eq!(
        app.answers.with_untracked(|a| a.work_permit.protection),
        Some(Protection::Collective)
    );
    // Changing the state elsewhere (a loaded file) moves the selection.
    app.answers
        .update(|a| a.work_permit.protection = Some(Protection::Individual));
    settle().await;
    assert!(input("#protection-0").checked());
}

// ---------------------------------------------------------------------------------------------
// TripEditor
// ---------------------------------------------------------------------------------------------

#[wasm_bindgen_test]
async fn trip_editor_adds_names_removes_and_undoes() {
    let state = RwSignal::new(None::<AppState>);
    let _app = mount_to(host(), move || {
        let app = provide_app_context(Locale::en);
        state.set(Some(app));
        let errors = Signal::stored(vec![FieldError::new(
            "stays[1].to",
            "Comes back too early.",
        )]);
        view! { <TripEditor id="stays" stays=field!(app, stays) errors schengen=true /> }
    });
    settle().await;
    let app = state.get_untracked().unwrap();
    let ids = || {
        app.answers
            .with_untracked(|a| a.stays.iter().map(|s| s.id).collect::<Vec<_>>())
    };

    click("#stays > button");
    click("#stays > button");
    settle().await;
    let [first, second] = ids().try_into().expect("two stays");
    let row = |id: u64| format!("#stays-{id}");

    // Accessible names say which stay a control belongs to.
    assert_eq!(
        text(&format!("{}-from legend", row(second))),
        "Stay 2, Date you left Norway"
    );
    assert_eq!(
        text(&format!("label[for='stays-{second}-ongoing']")),
        "Stay 2, I am still abroad (no return date yet)"
    );
    assert!(maybe(&format!("label[for='stays-{second}-schengen']")).is_some());
    // The engine's error about stays[1].to shows at that row's return date (once visited).
    leave(&format!("{}-to-day", row(second)));
    settle().await;
    assert_eq!(
        text(&format!("{}-to-error", row(second))),
        "Error: Comes back too early."
    );

    // Typing and "still abroad" go into the state; the return date is hidden but kept.
    type_into(&format!("{}-from-day", row(first)), "1");
    type_into(&format!("{}-to-year", row(first)), "2019");
    click(&format!("{}-ongoing", row(first)));
    settle().await;
    assert!(maybe(&format!("{}-to-day", row(first))).is_none());
    let stay = app.answers.with_untracked(|a| a.stays[0].clone());
    assert!(stay.ongoing);
    assert_eq!(stay.from.day, "1");
    assert_eq!(stay.to.year, "2019");

    // Remove stay 1: stay 2 becomes stay 1; Undo puts it back where it was.
    click(&format!("{} button", row(first)));
    settle().await;
    assert_eq!(ids(), vec![second]);
    assert_eq!(text(".status-message"), "Stay 1 was removed. Undo");
    assert_eq!(
        text(&format!("{}-from legend", row(second))),
        "Stay 1, Date you left Norway"
    );
    click("#stays-undo");
    settle().await;
    assert_eq!(ids(), vec![first, second]);
    assert_eq!(app.answers.with_untracked(|a| a.stays[0].clone()), stay);
    assert!(maybe("#stays-undo").is_none());
}

// ---------------------------------------------------------------------------------------------
// ResultView
// ---------------------------------------------------------------------------------------------

#[wasm_bindgen_test]
async fn result_view_marks_every_criterion_in_text_and_names_its_sources() {
    let mut borderline =
        Criterion::new("x.limit", Status::NotMet, "Too long.".into(), &["seed:004"])
            .with_borderline(true);
    borderline
        .figures
        .insert("maxDaysAbroadIn365".into(), json!(185));
    borderline
        .figures
        .insert("exceededOn".into(), json!("2024-03-01"));
    borderline
        .figures
        .insert("latestReturnDate".into(), Value::Null);
    let response = Response {
        checker: "travel-limits".into(),
        outcome: Some(Outcome::LimitExceeded),
        criteria: vec![
            Criterion::new(
                "x.met",
                Status::Met,
                "Fine.".into(),
                &["seed:001", "utl. § 62 (8)"],
            ),
            borderline,
            Criterion::new("x.unknown", Status::Unknown, "Answer it.".into(), &[]),
        ],
        figures: Map::new(),
        errors: Vec::new(),
        extra: Map::new(),
    };
    let shown = RwSignal::new(response.clone());
    let _app = mount_to(host(), move || {
        provide_app_context(Locale::en);
        view! {
            <ResultView
                id="result"
                response=shown
                headline=Callback::new(|o: Outcome| format!("headline {o:?}").into_any())
                criterion_title=Callback::new(|id: String| {
                    (id == "x.met").then(|| "The first rule".into_any())
                })
            />
        }
    });
    settle().await;

    assert_eq!(text("#result .result-headline"), "headline LimitExceeded");
    assert_eq!(
        element("#result .result-headline")
            .get_attribute("role")
            .as_deref(),
        Some("status")
    );
    let items = document().query_selector_all("#result .criterion").unwrap();
    assert_eq!(items.length(), 3);
    assert_eq!(
        text("[data-criterion='x.met'] .criterion-status"),
        "✓ Met The first rule"
    );
    assert_eq!(text("[data-criterion='x.limit'] .status-label"), "Not met");
    assert_eq!(text("[data-criterion='x.limit'] .mark"), "✗");
    assert_eq!(
        text("[data-criterion='x.unknown'] .status-label"),
        "Not known yet"
    );
    assert_eq!(text("[data-criterion='x.unknown'] .mark"), "?");
    assert!(maybe("[data-criterion='x.met'] .borderline").is_none());
    assert!(text("[data-criterion='x.limit'] .borderline").starts_with("Close to the limit."));
    // Figures: days with their unit, dates written out, null (not applicable) left out.
    let figures = text("[data-criterion='x.limit'] .figures");
    assert!(figures.contains("185 days"), "{figures}");
    assert!(figures.contains("1 March 2024"), "{figures}");
    assert!(!figures.contains("latestReturnDate"), "{figures}");
    // Sources: the seed page by its title, the provision as written.
    assert_eq!(
        text("[data-criterion='x.met'] .sources"),
        "Sources: UDI: Temporary regulation for asylum seekers who have lived in Norway for more than 16 years; utl. § 62 (8)"
    );
    assert!(maybe("[data-criterion='x.unknown'] .sources").is_none());
    assert!(maybe("#result .error-list").is_none());

    // Errors replace the outcome, each with the field it concerns.
    shown.set(Response {
        outcome: None,
        criteria: Vec::new(),
        errors: vec![
            FieldError::new("stays[1].to", "Before the departure."),
            FieldError::new("permitEnd", "Before the start."),
        ],
        ..response
    });
    settle().await;
    assert_eq!(
        text("#result .result-headline"),
        "Fix these answers to see a result:"
    );
    assert_eq!(
        text("#result .error-list"),
        "Stay 2, Date you came back to Norway: Before the departure.permitEnd: Before the start."
    );
    assert!(maybe("#result .criterion").is_none());
}

// ---------------------------------------------------------------------------------------------
// Drafts → requests
// ---------------------------------------------------------------------------------------------

fn stay(from: (&str, &str, &str), to: (&str, &str, &str)) -> StayDraft {
    StayDraft {
        from: DateDraft::new(from.0, from.1, from.2),
        to: DateDraft::new(to.0, to.1, to.2),
        ..StayDraft::default()
    }
}

fn sample() -> Answers {
    let mut a = Answers::default();
    let tr = &mut a.temporary_regulation;
    tr.date_of_birth = DateDraft::new(" 1", "10", "1960");
    tr.first_asylum_application = DateDraft::new("31", "2", "2003");
    tr.applied_for_asylum = Some(true);
    tr.convicted = Some(false);
    let pp = &mut a.permanent_permit;
    pp.withheld_information = Some(false);
    pp.abuse_exemption.victim_of_abuse = Some(true);
    let tl = &mut a.travel_limits;
    tl.situation = Some(Situation::TemporaryPermit);
    tl.permit_basis = Some(PermitBasis::Refugee);
    tl.permit_start = DateDraft::new("1", "1", "2024");
    tl.permit_end = DateDraft::new("", "", "");
    let wp = &mut a.work_permit;
    wp.protection = Some(Protection::Individual);
    wp.valid_passport = Some(true);
    wp.decision = Some(Decision::NoDecision);
    let mut ongoing = stay(("2", "3", "2024"), ("9", "9", "2099"));
    ongoing.ongoing = true;
    ongoing.schengen = true;
    a.stays = vec![stay(("1", "3", "2019"), ("15", "4", "2019")), ongoing];
    a.planned_trip.from = DateDraft::new("1", "7", "2025");
    a
}

#[wasm_bindgen_test]
fn requests_use_the_api_names_and_send_only_dates_that_parse() {
    let a = sample();
    let stays = json!([
        { "from": "2019-03-01", "to": "2019-04-15", "schengen": false },
        { "from": "2024-03-02", "to": null, "schengen": true },
    ]);
    let trip = json!({ "from": "2025-07-01", "to": null, "schengen": false });

    let r = a.request(Checker::TemporaryRegulation, EngineLocale::Nb);
    assert_eq!(r.checker, "temporary-regulation");
    assert_eq!(r.locale.as_deref(), Some("nb"));
    assert_eq!((r.as_of.clone(), r.counting.clone()), (None, None));
    assert_eq!(
        r.input,
        json!({
            "dateOfBirth": "1960-10-01",
            "firstAsylumApplication": null,
            "stays": stays,
            "appliedForAsylum": true,
            "leftAfterRejectionAndReapplied": null,
            "livedInNorwayOn20190101": null,
            "livesInNorway": null,
            "convicted": false,
            "hasResidencePermit": null,
            "identityDocumented": null,
            "requestDate": null,
        })
    );

    let r = a.request(Checker::PermanentPermit, EngineLocale::En);
    assert_eq!(r.checker, "permanent-permit");
    assert_eq!(
        r.input,
        json!({
            "stays": stays,
            "plannedTrip": trip,
            "gaveIncorrectInformation": null,
            "withheldInformation": false,
            "incorrectIdentity": null,
            "abuseExemption": {
                "familyImmigrationPermit": null,
                "preventedFromReturning": null,
                "victimOfAbuse": true,
                "relationshipEnded": null,
            },
        })
    );

    let r = a.request(Checker::TravelLimits, EngineLocale::Uk);
    assert_eq!(r.checker, "travel-limits");
    assert_eq!(
        r.input,
        json!({
            "situation": "temporary-permit",
            "permitBasis": "refugee",
            "permitStart": "2024-01-01",
            "permitEnd": null,
            "stays": stays,
            "plannedTrip": trip,
        })
    );

    let mut strict = a.clone();
    strict.strict_counting = true;
    strict.planned_trip.from = DateDraft::new("1", "13", "2025");
    let r = strict.request(Checker::WorkPermit, EngineLocale::En);
    assert_eq!(r.checker, "work-permit");
    assert_eq!(r.counting.as_deref(), Some("strict"));
    assert_eq!(
        r.input,
        json!({
            "protection": "individual",
            "hadAsylumInterview": null,
            "validPassport": true,
            "dublinCase": null,
            "decision": "none",
        })
    );
    // A planned trip whose departure is not a date yet is no trip.
    let r = strict.request(Checker::TravelLimits, EngineLocale::En);
    assert_eq!(r.input["plannedTrip"], Value::Null);

    // Every request is one the engine reads without input errors (the planned trip goes: the
    // engine does not plan a trip while a stay is still going on).
    let mut a = a;
    a.planned_trip = TripDraft::default();
    for checker in Checker::ALL {
        let response = permit_check::evaluate(&a.request(checker, EngineLocale::En));
        assert!(
            response.errors.is_empty(),
            "{checker:?}: {:?}",
            response.errors
        );
        assert!(response.outcome.is_some());
    }
}

#[wasm_bindgen_test]
fn incomplete_stays_are_reported_not_guessed() {
    let mut a = sample();
    a.stays.push(stay(("5", "5", "2020"), ("", "", "")));
    a.stays.push(StayDraft::default());

    let expected = vec![
        "stays[2].to".to_string(),
        "stays[3].from".to_string(),
        "stays[3].to".to_string(),
    ];
    for checker in [
        Checker::TemporaryRegulation,
        Checker::PermanentPermit,
        Checker::TravelLimits,
    ] {
        let Prepared::Incomplete(errors) = a.prepare(checker, EngineLocale::En) else {
            panic!("{checker:?} must not run on incomplete stays");
        };
        assert_eq!(
            errors.iter().map(|e| e.field.clone()).collect::<Vec<_>>(),
            expected
        );
        let response = Prepared::Incomplete(errors).evaluate(checker);
        assert_eq!(response.outcome, None);
        assert_eq!(response.checker, checker.api_name());
    }
    let errors = a.stay_problems(EngineLocale::Nb);
    assert!(
        errors[0].message.starts_with("Opphold 3:"),
        "{}",
        errors[0].message
    );
    // The work permit does not read stays.
    assert!(matches!(
        a.prepare(Checker::WorkPermit, EngineLocale::En),
        Prepared::Ready(_)
    ));
}

#[wasm_bindgen_test]
fn answers_survive_a_json_round_trip_with_fresh_row_ids() {
    let a = sample();
    let text = serde_json::to_string(&a).unwrap();
    assert!(!text.contains("\"id\""), "row ids are not saved: {text}");
    let back: Answers = serde_json::from_str(&text).unwrap();
    assert_eq!(back.temporary_regulation, a.temporary_regulation);
    assert_eq!(back.travel_limits, a.travel_limits);
    assert_eq!(back.planned_trip, a.planned_trip);
    assert_eq!(back.stays.len(), 2);
    assert_ne!(back.stays[0].id, back.stays[1].id);
    assert_ne!(back.stays[0].id, a.stays[0].id);
    assert_eq!(
        back.stays[1].to, a.stays[1].to,
        "a hidden return date is kept"
    );
    // Missing fields read as empty answers.
    let partial: Answers = serde_json::from_str(r#"{"workPermit":{"dublinCase":true}}"#).unwrap();
    assert_eq!(partial.work_permit.dublin_case, Some(true));
    assert!(partial.stays.is_empty());
}

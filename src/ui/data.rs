//! The user's own data: remember it on this device (or not), erase it, export it, import it,
//! and print a summary of it for a caseworker or lawyer.
//!
//! # Where the answers are kept
//!
//! Nowhere, by default: the answers live in [`AppState`] in the open page and are gone when it is
//! closed. With "Remember my answers on this device" switched on, they are kept in the browser's
//! `localStorage` (through gloo-storage) as one [`Document`] under the key
//! `permit-check <path of the page>` (so two copies of the app on one web site keep separate
//! answers), written again on every change. "Erase everything", or switching it off, removes that
//! key. Nothing else is ever written: no cookie, no sessionStorage, no IndexedDB. (The service
//! worker's cache holds the app's own files, never an answer.)
//!
//! # The document and its versions
//!
//! Stored answers and exported files are the same JSON document:
//!
//! ```json
//! { "format": "permit-check-answers", "version": 1, "language": "nb", "answers": { … } }
//! ```
//!
//! - `format` names the kind of file; anything else is refused.
//! - `version` is the version of the document's shape ([`VERSION`]). Every change of shape gets a
//!   new number and a migration in [`MIGRATIONS`]: `MIGRATIONS[n]` turns a version-`n` document
//!   into version `n + 1`, and reading applies them in turn, so a document of any older version
//!   is brought up to date and nothing in it is lost. A document of a newer version than this app
//!   knows is refused (with a message), never guessed at.
//! - `language` (stored document only; exports leave it out): the language chosen in the app.
//! - `answers`: [`Answers`] as serde writes them: each date as the three boxes typed
//!   (`{"day": "27", "month": "3", "year": "2019"}`), yes/no answers as `true`/`false`/`null`
//!   (null: I don't know), choices by their API.md names, the stays, the planned trip and the
//!   counting convention. Missing keys read as "not answered".
//!
//! Version 0 was the prototype's shape: dates as `"YYYY-MM-DD"` strings (or `null`) and the
//! list of stays named `trips`. [`MIGRATIONS`]`[0]` turns it into version 1.
//!
//! Adding an answer (with a default) needs no new version: a missing member reads as "not
//! answered". Renaming or removing one, or changing what its value means, does.
//!
//! An imported file must also have only valid dates (or empty ones): a file that fails any check
//! is refused with a message saying what is wrong, and the current answers stay as they were.
//! Export refuses in the same way while a date on screen is not valid, so that every exported
//! file can be imported again.
//!
//! # The printable summary
//!
//! [`Summary`] shows every checker's answers as the engine receives them and its answer from
//! [`crate::api::evaluate`] (criteria, figures, sources) through the shared
//! [`ResultView`]. It computes nothing itself.

use gloo_storage::{LocalStorage, Storage};
use leptos::prelude::*;

use crate::ui::Say;
use leptos_i18n::Locale as _;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use wasm_bindgen::JsCast;

use super::components::ResultView;
use super::i18n::{t, use_i18n, Locale};
use super::state::{Answers, AppState, Checker, DateDraft};
use super::use_engine_locale;
use crate::api;
use crate::rules::dates::{parse_date, DateProblem};
use crate::rules::text::{self, Locale as EngineLocale};
use crate::rules::Outcome;
use crate::tr;

// ---------------------------------------------------------------------------------------------
// The document
// ---------------------------------------------------------------------------------------------

/// `format` of every document.
pub const FORMAT: &str = "permit-check-answers";

/// The current version of the document's shape.
pub const VERSION: u64 = 1;

/// The largest file accepted for import (an answers file is a few kilobytes).
pub const MAX_FILE_BYTES: usize = 1_000_000;

/// One step of migration: a document of version `n` (as JSON) to version `n + 1`.
pub type Migration = fn(Value) -> Value;

/// `MIGRATIONS[n]` migrates version `n` to `n + 1`; there is one for every version below
/// [`VERSION`] (the array's length says so).
pub const MIGRATIONS: [Migration; VERSION as usize] = [migrate_v0_to_v1];

/// Everything the app keeps or exports.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Document {
    pub format: String,
    pub version: u64,
    /// The app's language (`en`, `nb`, `uk`): only in the stored document.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    pub answers: Answers,
}

impl Document {
    pub fn new(answers: Answers, language: Option<Locale>) -> Document {
        Document {
            format: FORMAT.to_string(),
            version: VERSION,
            language: language.map(|l| l.as_str().to_string()),
            answers,
        }
    }

    /// The document as a file: indented JSON.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// The language the document names, if it is one of the app's.
    pub fn locale(&self) -> Option<Locale> {
        match self.language.as_deref()? {
            "en" => Some(Locale::en),
            "nb" => Some(Locale::nb),
            "uk" => Some(Locale::uk),
            _ => None,
        }
    }
}

/// Version 0 → 1: dates were `"YYYY-MM-DD"` strings (or `null`), the stays were `trips`.
fn migrate_v0_to_v1(mut doc: Value) -> Value {
    if let Some(answers) = doc.get_mut("answers").and_then(Value::as_object_mut) {
        if let Some(trips) = answers.remove("trips") {
            answers.entry("stays").or_insert(trips);
        }
    }
    if let Some(answers) = doc.get_mut("answers") {
        iso_dates_to_drafts(answers);
    }
    if let Some(obj) = doc.as_object_mut() {
        obj.insert("version".into(), Value::from(1));
    }
    doc
}

/// `"2019-03-27"` → `{"day": "27", "month": "3", "year": "2019"}` everywhere in `v`, and `null`
/// members dropped (version 1 reads a missing member as "not answered", as version 0 read null).
/// A string shaped like a date that is no date (`"2019-02-30"`) becomes a draft too, so that the
/// date check names it.
fn iso_dates_to_drafts(v: &mut Value) {
    match v {
        Value::Object(map) => {
            map.retain(|_, x| !x.is_null());
            map.values_mut().for_each(iso_dates_to_drafts);
        }
        Value::Array(items) => items.iter_mut().for_each(iso_dates_to_drafts),
        Value::String(s) => {
            let b = s.as_bytes();
            let shaped = b.len() == 10
                && b[4] == b'-'
                && b[7] == b'-'
                && b.iter()
                    .enumerate()
                    .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
            if shaped {
                let number = |part: &str| {
                    part.parse::<u32>()
                        .map(|n| n.to_string())
                        .unwrap_or_default()
                };
                let (year, month, day) = (&s[0..4], &s[5..7], &s[8..10]);
                *v = serde_json::json!({
                    "day": number(day),
                    "month": number(month),
                    "year": year,
                });
            }
        }
        _ => {}
    }
}

/// Why a document cannot be read.
#[derive(Clone, Debug, PartialEq)]
pub enum ReadError {
    /// Larger than [`MAX_FILE_BYTES`].
    TooLarge,
    /// Not JSON: where the reading stopped.
    NotJson { line: usize, column: usize },
    /// JSON, but not a Permit Check answers document.
    NotOurs,
    /// No `version`, or not a whole number.
    NoVersion,
    /// Made by a newer version of the app.
    TooNew(u64),
    /// A value of the wrong kind: where (`answers.workPermit.validPassport`) and what it is.
    BadValue { path: String, value: String },
    /// Dates that are not valid: where (`stays[1].from`) and what is wrong.
    BadDates(Vec<(String, DateProblem)>),
}

/// How much to check when reading.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Check {
    /// An imported file: every date must be valid (or empty).
    Strict,
    /// The stored document: half-typed dates are kept as they were typed.
    AsTyped,
}

/// Reads a document from the text of a file (or of storage): checks, migrates, checks again.
pub fn read_document(text: &str, check: Check) -> Result<Document, ReadError> {
    if text.len() > MAX_FILE_BYTES {
        return Err(ReadError::TooLarge);
    }
    // Some editors start a saved file with a byte order mark.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let value: Value = serde_json::from_str(text).map_err(|e| ReadError::NotJson {
        line: e.line(),
        column: e.column(),
    })?;
    read_value(value, check)
}

/// [`read_document`] for a parsed value.
pub fn read_value(value: Value, check: Check) -> Result<Document, ReadError> {
    let ours = value.get("format").and_then(Value::as_str) == Some(FORMAT);
    if !value.is_object() || !ours {
        return Err(ReadError::NotOurs);
    }
    let version = value
        .get("version")
        .and_then(Value::as_u64)
        .ok_or(ReadError::NoVersion)?;
    if version > VERSION {
        return Err(ReadError::TooNew(version));
    }
    let mut doc = value;
    for migrate in MIGRATIONS.iter().skip(version as usize) {
        doc = migrate(doc);
    }
    let language = doc
        .get("language")
        .and_then(Value::as_str)
        .map(str::to_string);
    let answers_value = doc
        .get("answers")
        .cloned()
        .unwrap_or_else(|| Value::Object(Map::new()));
    let answers: Answers = serde_json::from_value(answers_value.clone()).map_err(|_| {
        let (path, value) = find_bad_value(&answers_value);
        ReadError::BadValue {
            path: if path.is_empty() {
                "answers".to_string()
            } else {
                format!("answers.{path}")
            },
            value: describe(&value),
        }
    })?;
    if check == Check::Strict {
        let problems = date_problems(&answers);
        if !problems.is_empty() {
            return Err(ReadError::BadDates(problems));
        }
    }
    let mut document = Document::new(answers, None);
    document.language = language;
    Ok(document)
}

#[derive(Clone, Debug)]
enum PathStep {
    Key(String),
    Index(usize),
}

/// Where in `answers` the first value that does not fit is: each member is tried alone (inside
/// the same path, everything else left out), going down into the first one that fails.
fn find_bad_value(answers: &Value) -> (String, Value) {
    fn wrap(path: &[PathStep], leaf: Value) -> Value {
        path.iter().rev().fold(leaf, |inner, step| match step {
            PathStep::Key(k) => {
                let mut m = Map::new();
                m.insert(k.clone(), inner);
                Value::Object(m)
            }
            PathStep::Index(_) => Value::Array(vec![inner]),
        })
    }
    let fits = |v: Value| serde_json::from_value::<Answers>(v).is_ok();
    let mut path: Vec<PathStep> = Vec::new();
    let mut current = answers;
    // Deep enough for every shape of Answers (answers.stays[i].from.day is four steps).
    for _ in 0..8 {
        let children: Vec<(PathStep, &Value)> = match current {
            Value::Object(m) => m
                .iter()
                .map(|(k, v)| (PathStep::Key(k.clone()), v))
                .collect(),
            Value::Array(a) => a
                .iter()
                .enumerate()
                .map(|(i, v)| (PathStep::Index(i), v))
                .collect(),
            _ => break,
        };
        let bad = children.into_iter().find(|(step, child)| {
            let mut trial = path.clone();
            trial.push(step.clone());
            !fits(wrap(&trial, (*child).clone()))
        });
        match bad {
            Some((step, child)) => {
                path.push(step);
                current = child;
            }
            None => break,
        }
    }
    let mut text = String::new();
    for step in &path {
        match step {
            PathStep::Key(k) => {
                if !text.is_empty() {
                    text.push('.');
                }
                text.push_str(k);
            }
            PathStep::Index(i) => text.push_str(&format!("[{i}]")),
        }
    }
    (text, current.clone())
}

/// A short, safe description of a JSON value for a message.
fn describe(v: &Value) -> String {
    let text = match v {
        Value::String(s) => format!("\"{s}\""),
        other => other.to_string(),
    };
    let mut short: String = text.chars().take(40).collect();
    if short.len() < text.len() {
        short.push('…');
    }
    short
}

/// The dates that are typed but not valid, with where they are (`temporaryRegulation.dateOfBirth`,
/// `stays[1].to`). Every date of the answers is found by its shape (day, month and year), so an
/// answer added later is checked too. The return date of a stay still going on is kept but not
/// used, and not checked.
pub fn date_problems(answers: &Answers) -> Vec<(String, DateProblem)> {
    fn walk(v: &Value, path: &str, out: &mut Vec<(String, DateProblem)>) {
        match v {
            Value::Object(map) => {
                let is_date = map.len() == 3
                    && ["day", "month", "year"]
                        .iter()
                        .all(|k| map.contains_key(*k));
                if is_date {
                    if let Ok(draft) = serde_json::from_value::<DateDraft>(v.clone()) {
                        if let Some(Err(problem)) = draft.check() {
                            out.push((path.to_string(), problem));
                        }
                    }
                    return;
                }
                let ongoing = map.get("ongoing") == Some(&Value::Bool(true));
                for (key, child) in map {
                    if ongoing && key == "to" {
                        continue;
                    }
                    let inner = if path.is_empty() {
                        key.clone()
                    } else {
                        format!("{path}.{key}")
                    };
                    walk(child, &inner, out);
                }
            }
            Value::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    walk(item, &format!("{path}[{i}]"), out);
                }
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    if let Ok(value) = serde_json::to_value(answers) {
        walk(&value, "", &mut out);
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Words
// ---------------------------------------------------------------------------------------------

/// The name of an input (API.md) as the user reads it. `None` for names it does not know.
pub fn input_label(name: &str, loc: EngineLocale) -> Option<String> {
    if let Some(rest) = name.strip_prefix("stays[") {
        let (index, part) = rest.split_once(']')?;
        let n = index.parse::<usize>().ok()?.saturating_add(1);
        return Some(match part {
            ".from" => tr!(loc,
                en: "Stay {n}, date you left Norway",
                nb: "Opphold {n}, datoen du reiste fra Norge",
                uk: "Перебування {n}, дата виїзду з Норвегії"),
            ".to" => tr!(loc,
                en: "Stay {n}, date you came back to Norway",
                nb: "Opphold {n}, datoen du kom tilbake til Norge",
                uk: "Перебування {n}, дата повернення до Норвегії"),
            _ => tr!(loc, en: "Stay {n}", nb: "Opphold {n}", uk: "Перебування {n}"),
        });
    }
    // `temporaryRegulation.dateOfBirth` (a path in the document) reads as `dateOfBirth`.
    let name = [
        "temporaryRegulation.",
        "permanentPermit.",
        "travelLimits.",
        "workPermit.",
        "guides.",
    ]
    .iter()
    .find_map(|section| name.strip_prefix(section))
    .unwrap_or(name);
    let name = name.strip_prefix("abuseExemption.").unwrap_or(name);
    Some(match name {
        "dateOfBirth" => tr!(loc, en: "Date of birth", nb: "Fødselsdato", uk: "Дата народження"),
        "firstAsylumApplication" => tr!(loc,
            en: "Date of the first application for asylum",
            nb: "Dato for den første asylsøknaden",
            uk: "Дата першої заяви про притулок"),
        "appliedForAsylum" => tr!(loc,
            en: "Applied for asylum in Norway",
            nb: "Har søkt asyl i Norge",
            uk: "Подавали заяву про притулок у Норвегії"),
        "leftAfterRejectionAndReapplied" => tr!(loc,
            en: "Left Norway after a final rejection and applied again",
            nb: "Reiste fra Norge etter endelig avslag og søkte på nytt",
            uk: "Виїжджали з Норвегії після остаточної відмови й подали заяву знову"),
        "livedInNorwayOn20190101" => tr!(loc,
            en: "Lived in Norway on 1 January 2019",
            nb: "Bodde i Norge 1. januar 2019",
            uk: "Проживали в Норвегії 1 січня 2019 року"),
        "livesInNorway" => tr!(loc,
            en: "Lives in Norway now",
            nb: "Bor i Norge nå",
            uk: "Зараз проживає в Норвегії"),
        "convicted" => tr!(loc,
            en: "Convicted of a crime",
            nb: "Dømt for en straffbar handling",
            uk: "Засуджений(-а) за злочин"),
        "hasResidencePermit" => tr!(loc,
            en: "Has a residence permit",
            nb: "Har oppholdstillatelse",
            uk: "Має дозвіл на проживання"),
        "identityDocumented" => tr!(loc,
            en: "Identity documented",
            nb: "Identiteten er dokumentert",
            uk: "Особу підтверджено документами"),
        "requestDate" => tr!(loc,
            en: "Date of the request",
            nb: "Dato for søknaden",
            uk: "Дата звернення"),
        "gaveIncorrectInformation" => tr!(loc,
            en: "Gave incorrect information to the authorities",
            nb: "Har gitt uriktige opplysninger til myndighetene",
            uk: "Надавали органам влади неправдиві відомості"),
        "withheldInformation" => tr!(loc,
            en: "Withheld important information",
            nb: "Har holdt tilbake viktige opplysninger",
            uk: "Приховували важливі відомості"),
        "incorrectIdentity" => tr!(loc,
            en: "Registered with an incorrect identity",
            nb: "Registrert med uriktig identitet",
            uk: "Зареєстровані з неправильною особою"),
        "abuseExemption" => tr!(loc,
            en: "Exemption for victims of abuse",
            nb: "Unntak for den som er utsatt for mishandling",
            uk: "Виняток для постраждалих від насильства"),
        "familyImmigrationPermit" => tr!(loc,
            en: "Has a permit as a family member",
            nb: "Har tillatelse som familiemedlem",
            uk: "Має дозвіл як член сім'ї"),
        "preventedFromReturning" => tr!(loc,
            en: "Was prevented from returning to Norway",
            nb: "Ble hindret i å reise tilbake til Norge",
            uk: "Не мав(-ла) змоги повернутися до Норвегії"),
        "victimOfAbuse" => tr!(loc,
            en: "Was subjected to abuse",
            nb: "Ble utsatt for mishandling",
            uk: "Зазнав(-ла) насильства"),
        "relationshipEnded" => tr!(loc,
            en: "The relationship has ended",
            nb: "Samlivet er avsluttet",
            uk: "Стосунки припинено"),
        "situation" => tr!(loc, en: "Situation", nb: "Situasjon", uk: "Ситуація"),
        "permitBasis" => tr!(loc,
            en: "Basis of the permit",
            nb: "Grunnlaget for tillatelsen",
            uk: "Підстава дозволу"),
        "permitStart" => tr!(loc,
            en: "First day of the permit",
            nb: "Første dag av tillatelsen",
            uk: "Перший день дії дозволу"),
        "permitEnd" => tr!(loc,
            en: "Last day of the permit",
            nb: "Siste dag av tillatelsen",
            uk: "Останній день дії дозволу"),
        "protection" => tr!(loc,
            en: "Kind of protection applied for",
            nb: "Type beskyttelse det er søkt om",
            uk: "Вид захисту, про який подано заяву"),
        "hadAsylumInterview" => tr!(loc,
            en: "Had the asylum interview",
            nb: "Har hatt asylintervju",
            uk: "Пройшли співбесіду щодо притулку"),
        "validPassport" => tr!(loc,
            en: "Has a valid passport",
            nb: "Har gyldig pass",
            uk: "Має дійсний паспорт"),
        "dublinCase" => tr!(loc, en: "Dublin case", nb: "Dublin-sak", uk: "Дублінська справа"),
        "decision" => tr!(loc,
            en: "Decision on the application",
            nb: "Vedtak i saken",
            uk: "Рішення щодо заяви"),
        "cardAppointment" => tr!(loc,
            en: "Date of the appointment for the residence card",
            nb: "Dato for timen for oppholdskortet",
            uk: "Дата запису на отримання посвідки на проживання"),
        "stays" => tr!(loc,
            en: "Stays abroad",
            nb: "Opphold i utlandet",
            uk: "Перебування за кордоном"),
        "plannedTrip" | "plannedTrip.from" => tr!(loc,
            en: "Planned trip, date you plan to leave",
            nb: "Planlagt reise, datoen du planlegger å reise",
            uk: "Запланована поїздка, дата виїзду"),
        "plannedTrip.to" => tr!(loc,
            en: "Planned trip, date you plan to come back",
            nb: "Planlagt reise, datoen du planlegger å komme tilbake",
            uk: "Запланована поїздка, дата повернення"),
        _ => return None,
    })
}

/// A choice's API.md name as the user reads it.
fn choice_label(value: &str, loc: EngineLocale) -> Option<String> {
    Some(match value {
        "temporary-permit" => tr!(loc,
            en: "Has a temporary residence permit",
            nb: "Har midlertidig oppholdstillatelse",
            uk: "Має тимчасовий дозвіл на проживання"),
        "asylum-seeker" => tr!(loc,
            en: "Application for protection still pending",
            nb: "Søknaden om beskyttelse er ikke avgjort",
            uk: "Заяву про захист ще не розглянуто"),
        "humanitarian" => tr!(loc,
            en: "Humanitarian grounds",
            nb: "Sterke menneskelige hensyn",
            uk: "Гуманітарні підстави"),
        "refugee" => tr!(loc, en: "Refugee", nb: "Flyktning", uk: "Біженець"),
        "other" => tr!(loc, en: "Other", nb: "Annet", uk: "Інше"),
        "individual" => tr!(loc,
            en: "Individual protection (asylum)",
            nb: "Individuell beskyttelse (asyl)",
            uk: "Індивідуальний захист (притулок)"),
        "collective" => tr!(loc,
            en: "Collective protection",
            nb: "Kollektiv beskyttelse",
            uk: "Колективний захист"),
        "none" => tr!(loc, en: "No decision yet", nb: "Ikke avgjort ennå", uk: "Рішення ще немає"),
        "rejected" => tr!(loc, en: "Rejected", nb: "Avslag", uk: "Відмова"),
        // planningFor, latestReturnRule (travel limits, permanent permit).
        "planned-trip" => tr!(loc,
            en: "The planned trip",
            nb: "Den planlagte reisen",
            uk: "Запланована поїздка"),
        "ongoing-stay" => tr!(loc,
            en: "The stay going on now",
            nb: "Oppholdet som pågår nå",
            uk: "Поточне перебування"),
        "next-stay" => tr!(loc,
            en: "The next stay abroad",
            nb: "Neste opphold i utlandet",
            uk: "Наступне перебування за кордоном"),
        "tl.half-time" => tr!(loc,
            en: "Half of the time abroad (temporary permit)",
            nb: "Halvparten av tiden i utlandet (midlertidig tillatelse)",
            uk: "Половина часу за кордоном (тимчасовий дозвіл)"),
        "tl.schengen" => tr!(loc,
            en: "90 days in 180 in other Schengen countries",
            nb: "90 dager av 180 i andre Schengen-land",
            uk: "90 днів із 180 в інших країнах Шенгену"),
        "tl.permanent-residence" => tr!(loc,
            en: "Days abroad on the way to permanent residence",
            nb: "Dager i utlandet på veien mot permanent opphold",
            uk: "Дні за кордоном на шляху до постійного проживання"),
        "pp.continuous" => tr!(loc,
            en: "Continuous stay abroad (2 years)",
            nb: "Sammenhengende opphold i utlandet (2 år)",
            uk: "Безперервне перебування за кордоном (2 роки)"),
        "pp.four-year-total" => tr!(loc,
            en: "Total abroad in 4 years",
            nb: "Samlet tid i utlandet på 4 år",
            uk: "Загалом за кордоном за 4 роки"),
        // permitType (RULES.md §1).
        "full" => tr!(loc, en: "Ordinary permit", nb: "Ordinær tillatelse", uk: "Звичайний дозвіл"),
        "limited" => tr!(loc,
            en: "Limited permit (does not lead to permanent residence)",
            nb: "Begrenset tillatelse (gir ikke grunnlag for permanent opphold)",
            uk: "Обмежений дозвіл (не веде до постійного проживання)"),
        _ => return None,
    })
}

/// A figure's name (the engine's `figures`) as the user reads it; unknown names as they are.
pub fn figure_label(name: &str, loc: EngineLocale) -> String {
    let known = match name {
        "residenceDays" => tr!(loc,
            en: "Days of residence",
            nb: "Dager med opphold",
            uk: "Днів проживання"),
        "exceededOn" => tr!(loc,
            en: "Limit exceeded on",
            nb: "Grensen ble overskredet",
            uk: "Ліміт перевищено"),
        "limit" => tr!(loc, en: "Limit", nb: "Grense", uk: "Ліміт"),
        "limitDays" => tr!(loc, en: "Limit in days", nb: "Grense i dager", uk: "Ліміт у днях"),
        "daysAbroad" => tr!(loc, en: "Days abroad", nb: "Dager i utlandet", uk: "Днів за кордоном"),
        "days" => tr!(loc, en: "Days", nb: "Dager", uk: "Днів"),
        "years" => tr!(loc, en: "Years", nb: "År", uk: "Років"),
        "sixteenYearsReachedOn" => tr!(loc,
            en: "16 years reached on",
            nb: "16 år nådd",
            uk: "16 років виповнюється"),
        "plannedReturnWithinLimits" => tr!(loc,
            en: "Planned return within the limits",
            nb: "Planlagt hjemreise innenfor grensene",
            uk: "Заплановане повернення в межах лімітів"),
        "maxFourYearDays" => tr!(loc,
            en: "Most days abroad in any 4 years",
            nb: "Flest dager i utlandet i en 4-årsperiode",
            uk: "Найбільше днів за кордоном за будь-які 4 роки"),
        "maxFourYearWindow" => tr!(loc,
            en: "The 4 years with most days abroad",
            nb: "4-årsperioden med flest dager i utlandet",
            uk: "4 роки з найбільшою кількістю днів за кордоном"),
        "longestStayDays" => tr!(loc,
            en: "Longest stay abroad",
            nb: "Lengste opphold i utlandet",
            uk: "Найдовше перебування за кордоном"),
        "latestReturnRule" => tr!(loc,
            en: "Rule that sets the latest return",
            nb: "Regelen som bestemmer seneste hjemreise",
            uk: "Правило, що визначає найпізніше повернення"),
        "latestReturnDate" => tr!(loc,
            en: "Latest day to come back",
            nb: "Seneste dag å komme tilbake",
            uk: "Найпізніший день повернення"),
        "latestReturnForPermanent" => tr!(loc,
            en: "Latest day to come back to keep permanent residence",
            nb: "Seneste dag å komme tilbake for å beholde permanent opphold",
            uk: "Найпізніший день повернення, щоб зберегти постійне проживання"),
        "firstAsylumApplication" => tr!(loc,
            en: "First application for asylum",
            nb: "Første asylsøknad",
            uk: "Перша заява про притулок"),
        "deadline" => tr!(loc, en: "Deadline", nb: "Frist", uk: "Кінцевий термін"),
        "ageOnCutoff" => tr!(loc,
            en: "Age on the cut-off date",
            nb: "Alder på skjæringsdatoen",
            uk: "Вік на граничну дату"),
        "cutoff" => tr!(loc, en: "Cut-off date", nb: "Skjæringsdato", uk: "Гранична дата"),
        "windowStart" => tr!(loc,
            en: "Period starts",
            nb: "Perioden starter",
            uk: "Початок періоду"),
        "windowEnd" => tr!(loc, en: "Period ends", nb: "Perioden slutter", uk: "Кінець періоду"),
        "schengenWindow" => tr!(loc,
            en: "Schengen period (180 days)",
            nb: "Schengen-periode (180 dager)",
            uk: "Шенгенський період (180 днів)"),
        "schengenLimit" => tr!(loc,
            en: "Schengen limit",
            nb: "Schengen-grense",
            uk: "Шенгенський ліміт"),
        "schengenDaysLeftInWindow" => tr!(loc,
            en: "Schengen days left in the period",
            nb: "Schengen-dager igjen i perioden",
            uk: "Залишок шенгенських днів у періоді"),
        "daysLeftInWindow" => tr!(loc,
            en: "Days left in the period",
            nb: "Dager igjen i perioden",
            uk: "Залишок днів у періоді"),
        "requestDate" => tr!(loc,
            en: "Date of the request",
            nb: "Dato for søknaden",
            uk: "Дата звернення"),
        "planningFrom" => tr!(loc, en: "Planning from", nb: "Planlegging fra", uk: "Планування з"),
        "planningFor" => tr!(loc, en: "Planning for", nb: "Planlegging for", uk: "Планування для"),
        "plannedReturnKeepsPermanent" => tr!(loc,
            en: "Planned return keeps permanent residence",
            nb: "Planlagt hjemreise beholder permanent opphold",
            uk: "Заплановане повернення зберігає постійне проживання"),
        "permanentResidenceYears" => tr!(loc,
            en: "Years with permanent residence",
            nb: "År med permanent opphold",
            uk: "Років постійного проживання"),
        "permanentResidenceLimit" => tr!(loc,
            en: "Limit for permanent residence",
            nb: "Grense for permanent opphold",
            uk: "Ліміт для постійного проживання"),
        "periods" => tr!(loc, en: "Periods", nb: "Perioder", uk: "Періоди"),
        "noReturnLimit" => tr!(loc,
            en: "No limit for coming back",
            nb: "Ingen frist for å komme tilbake",
            uk: "Без обмеження для повернення"),
        "halfTimeWindow" => tr!(loc,
            en: "Half-time period",
            nb: "Halvtidsperiode",
            uk: "Період половини часу"),
        "halfTimeRule" => tr!(loc,
            en: "Half-time rule",
            nb: "Halvtidsregelen",
            uk: "Правило половини часу"),
        "halfTimeLimit" => tr!(loc,
            en: "Half-time limit",
            nb: "Halvtidsgrense",
            uk: "Ліміт половини часу"),
        "halfTimeApplies" => tr!(loc,
            en: "Half-time rule applies",
            nb: "Halvtidsregelen gjelder",
            uk: "Правило половини часу застосовується"),
        "daysAbroadInPermitYear" => tr!(loc,
            en: "Days abroad in the permit year",
            nb: "Dager i utlandet i tillatelsesåret",
            uk: "Днів за кордоном у році дії дозволу"),
        "daysAbroadForPermanent" => tr!(loc,
            en: "Days abroad that count for permanent residence",
            nb: "Dager i utlandet som teller for permanent opphold",
            uk: "Днів за кордоном, що враховуються для постійного проживання"),
        "dateOfBirth" => tr!(loc, en: "Date of birth", nb: "Fødselsdato", uk: "Дата народження"),
        "applies" => tr!(loc, en: "Applies", nb: "Gjelder", uk: "Застосовується"),
        "combined65ReachedOn" => tr!(loc,
            en: "Age and residence add up to 65 on",
            nb: "Alder og botid blir til sammen 65",
            uk: "Вік і строк проживання разом становлять 65"),
        "maxDaysAbroadIn365" => tr!(loc,
            en: "Most days abroad in any 365 days",
            nb: "Flest dager i utlandet i en periode på 365 dager",
            uk: "Найбільше днів за кордоном за будь-які 365 днів"),
        "maxSchengenDaysIn180" => tr!(loc,
            en: "Most days in other Schengen countries in any 180 days",
            nb: "Flest dager i andre Schengen-land i en periode på 180 dager",
            uk: "Найбільше днів в інших країнах Шенгену за будь-які 180 днів"),
        "stayCovering20190101" => tr!(loc,
            en: "Stay abroad on 1 January 2019 (number)",
            nb: "Opphold i utlandet 1. januar 2019 (nummer)",
            uk: "Перебування за кордоном 1 січня 2019 року (номер)"),
        "livedInNorwayOn20190101" => tr!(loc,
            en: "Lived in Norway on 1 January 2019",
            nb: "Bodde i Norge 1. januar 2019",
            uk: "Проживали в Норвегії 1 січня 2019 року"),
        "year" => tr!(loc, en: "Year", nb: "År", uk: "Рік"),
        "counted" => tr!(loc, en: "Counted", nb: "Telles med", uk: "Зараховується"),
        "start" => tr!(loc, en: "From", nb: "Fra", uk: "З"),
        "end" => tr!(loc, en: "To", nb: "Til", uk: "До"),
        "permitType" => tr!(loc, en: "Kind of permit", nb: "Type tillatelse", uk: "Вид дозволу"),
        "exemptionMayApply" => tr!(loc,
            en: "An exemption may apply",
            nb: "Et unntak kan gjelde",
            uk: "Може застосовуватися виняток"),
        _ => return name.to_string(),
    };
    known
}

impl ReadError {
    /// What is wrong, in the user's language.
    pub fn message(&self, loc: EngineLocale) -> String {
        match self {
            ReadError::TooLarge => tr!(loc,
                en: "This file is too large to be a Permit Check answers file.",
                nb: "Denne filen er for stor til å være en svarfil fra Permit Check.",
                uk: "Цей файл завеликий, щоб бути файлом відповідей Permit Check."),
            ReadError::NotJson { line, column } => tr!(loc,
                en: "This file is damaged or is not a Permit Check answers file: it cannot be read (line {line}, character {column}).",
                nb: "Denne filen er skadet eller er ikke en svarfil fra Permit Check: den kan ikke leses (linje {line}, tegn {column}).",
                uk: "Цей файл пошкоджений або не є файлом відповідей Permit Check: його неможливо прочитати (рядок {line}, символ {column})."),
            ReadError::NotOurs => tr!(loc,
                en: "This is not a Permit Check answers file. Choose a file that was saved with \u{201c}Save answers to a file\u{201d}.",
                nb: "Dette er ikke en svarfil fra Permit Check. Velg en fil som ble lagret med \u{ab}Lagre svarene i en fil\u{bb}.",
                uk: "Це не файл відповідей Permit Check. Виберіть файл, збережений кнопкою \u{ab}Зберегти відповіді у файл\u{bb}."),
            ReadError::NoVersion => tr!(loc,
                en: "This file has no valid version number, so it cannot be read safely.",
                nb: "Denne filen har ikke et gyldig versjonsnummer, så den kan ikke leses trygt.",
                uk: "Цей файл не має правильного номера версії, тому його неможливо безпечно прочитати."),
            ReadError::TooNew(v) => {
                let known = VERSION;
                tr!(loc,
                    en: "This file was saved by a newer Permit Check (file version {v}; this one reads versions up to {known}). Reload the page to get the newest version, then try again.",
                    nb: "Denne filen ble lagret av en nyere Permit Check (filversjon {v}; denne leser versjoner til og med {known}). Last inn siden på nytt for å få den nyeste versjonen, og prøv igjen.",
                    uk: "Цей файл збережено новішою версією Permit Check (версія файлу {v}; ця читає версії до {known}). Перезавантажте сторінку, щоб отримати найновішу версію, і спробуйте ще раз.")
            }
            ReadError::BadValue { path, value } => tr!(loc,
                en: "In this file, \u{201c}{path}\u{201d} has a value Permit Check cannot use: {value}.",
                nb: "I denne filen har \u{ab}{path}\u{bb} en verdi Permit Check ikke kan bruke: {value}.",
                uk: "У цьому файлі \u{ab}{path}\u{bb} має значення, яке Permit Check не може використати: {value}."),
            ReadError::BadDates(problems) => {
                let list = date_problem_list(problems, loc);
                tr!(loc,
                    en: "This file has dates that are not valid: {list}",
                    nb: "Denne filen har datoer som ikke er gyldige: {list}",
                    uk: "У цьому файлі є недійсні дати: {list}")
            }
        }
    }
}

/// "Date of birth: The month must be a number from 1 to 12. Stay 2, …: …"
fn date_problem_list(problems: &[(String, DateProblem)], loc: EngineLocale) -> String {
    problems
        .iter()
        .map(|(path, problem)| {
            let label = input_label(path, loc).unwrap_or_else(|| path.clone());
            format!("{label}: {}", problem.msg().say(loc))
        })
        .collect::<Vec<_>>()
        .join(" ")
}

// ---------------------------------------------------------------------------------------------
// Storage
// ---------------------------------------------------------------------------------------------

/// Moves focus to the element `id` once the view has been updated.
fn focus_soon(id: &'static str) {
    request_animation_frame(move || {
        if let Some(el) = document()
            .get_element_by_id(id)
            .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = el.focus();
        }
    });
}

/// The storage key: one per copy of the app (the folder of the page).
pub fn storage_key() -> String {
    let path = window().location().pathname().unwrap_or_default();
    let folder = match path.rfind('/') {
        Some(i) => &path[..=i],
        None => "/",
    };
    format!("permit-check {folder}")
}

/// Whether the browser lets this page use `localStorage` at all (it throws when blocked, and
/// gloo-storage would pass that on as a panic).
fn storage_available() -> bool {
    window().local_storage().ok().flatten().is_some()
}

fn write_stored(doc: &Document) -> bool {
    storage_available() && LocalStorage::set(storage_key(), doc).is_ok()
}

fn delete_stored() {
    if storage_available() {
        LocalStorage::delete(storage_key());
    }
}

/// What was in storage when the app started.
#[derive(Clone, Debug)]
pub enum Saved {
    Nothing,
    Found(Box<Document>),
    /// Something is stored but cannot be read: it is left alone (not overwritten) until the
    /// user switches remembering on again or erases it.
    Unreadable(ReadError),
}

impl Saved {
    /// Reads the stored document (migrating an older version).
    pub fn read() -> Saved {
        if !storage_available() {
            return Saved::Nothing;
        }
        // The text as it is (gloo's typed `get` would hide where a damaged document breaks).
        let text = match LocalStorage::raw().get_item(&storage_key()) {
            Ok(Some(text)) => text,
            _ => return Saved::Nothing,
        };
        match read_document(&text, Check::AsTyped) {
            Ok(doc) => Saved::Found(Box::new(doc)),
            Err(e) => Saved::Unreadable(e),
        }
    }

    /// The remembered language, if any.
    pub fn locale(&self) -> Option<Locale> {
        match self {
            Saved::Found(doc) => doc.locale(),
            _ => None,
        }
    }
}

// ---------------------------------------------------------------------------------------------
// State
// ---------------------------------------------------------------------------------------------

/// What the data section says after an action (rendered in the current language).
#[derive(Clone, Debug, PartialEq)]
pub enum Notice {
    Remembered,
    Forgotten,
    Erased,
    Exported(String),
    ExportBlocked(Vec<(String, DateProblem)>),
    Imported(String),
    ImportFailed(ReadError),
    Undone,
    StorageUnavailable,
    StoredUnreadable(ReadError),
}

impl Notice {
    fn is_error(&self) -> bool {
        matches!(
            self,
            Notice::ExportBlocked(_)
                | Notice::ImportFailed(_)
                | Notice::StorageUnavailable
                | Notice::StoredUnreadable(_)
        )
    }

    fn text(&self, loc: EngineLocale) -> String {
        match self {
            Notice::Remembered => tr!(loc,
                en: "Your answers are now kept on this device, and updated as you type.",
                nb: "Svarene dine blir nå lagret på denne enheten og oppdatert mens du skriver.",
                uk: "Ваші відповіді тепер зберігаються на цьому пристрої й оновлюються, поки ви вводите."),
            Notice::Forgotten => tr!(loc,
                en: "Your answers are no longer kept on this device: what was kept is deleted. The answers on screen stay until you close or reload the page.",
                nb: "Svarene dine lagres ikke lenger på denne enheten, og det som var lagret, er slettet. Svarene på skjermen blir værende til du lukker eller laster inn siden på nytt.",
                uk: "Ваші відповіді більше не зберігаються на цьому пристрої, а збережене видалено. Відповіді на екрані залишаться, доки ви не закриєте або не перезавантажите сторінку."),
            Notice::Erased => tr!(loc,
                en: "Everything is erased: your answers, your stays and the remembered language are gone from this page and from this device.",
                nb: "Alt er slettet: svarene, oppholdene og det lagrede språket er borte fra siden og fra denne enheten.",
                uk: "Усе видалено: ваші відповіді, перебування та збережену мову прибрано з цієї сторінки й цього пристрою."),
            Notice::Exported(file) => tr!(loc,
                en: "Your answers were saved to the file \u{201c}{file}\u{201d} (look in your downloads). Anyone who gets this file can read your answers.",
                nb: "Svarene dine ble lagret i filen \u{ab}{file}\u{bb} (se i nedlastingene dine). Alle som får denne filen, kan lese svarene dine.",
                uk: "Ваші відповіді збережено у файл \u{ab}{file}\u{bb} (перегляньте завантаження). Будь-хто, хто отримає цей файл, зможе прочитати ваші відповіді."),
            Notice::ExportBlocked(problems) => {
                let list = date_problem_list(problems, loc);
                tr!(loc,
                    en: "Fix these dates first, so that the file can be read again later: {list}",
                    nb: "Rett disse datoene først, slik at filen kan leses igjen senere: {list}",
                    uk: "Спочатку виправте ці дати, щоб файл можна було потім прочитати: {list}")
            }
            Notice::Imported(file) => tr!(loc,
                en: "The answers from \u{201c}{file}\u{201d} are loaded. They replace the answers you had on screen.",
                nb: "Svarene fra \u{ab}{file}\u{bb} er hentet inn. De erstatter svarene du hadde på skjermen.",
                uk: "Відповіді з \u{ab}{file}\u{bb} завантажено. Вони замінили відповіді, що були на екрані."),
            Notice::ImportFailed(e) => {
                let why = e.message(loc);
                tr!(loc,
                    en: "The file was not loaded. {why} Your answers have not been changed.",
                    nb: "Filen ble ikke hentet inn. {why} Svarene dine er ikke endret.",
                    uk: "Файл не завантажено. {why} Ваші відповіді не змінено.")
            }
            Notice::Undone => tr!(loc,
                en: "The answers you had before loading the file are back.",
                nb: "Svarene du hadde før du hentet inn filen, er tilbake.",
                uk: "Відповіді, які ви мали до завантаження файлу, повернуто."),
            Notice::StorageUnavailable => tr!(loc,
                en: "This browser does not let the page keep anything on this device (saving site data may be turned off, or it is full). Your answers stay only until you close the page; you can save them to a file instead.",
                nb: "Denne nettleseren lar ikke siden lagre noe på enheten (lagring av nettstedsdata kan være slått av, eller lageret er fullt). Svarene blir bare værende til du lukker siden; du kan lagre dem i en fil i stedet.",
                uk: "Цей браузер не дозволяє сторінці зберігати дані на пристрої (збереження даних сайтів може бути вимкнено або сховище заповнене). Відповіді залишаться лише до закриття сторінки; натомість можна зберегти їх у файл."),
            Notice::StoredUnreadable(e) => {
                let why = e.message(loc);
                tr!(loc,
                    en: "Answers kept on this device could not be read, so they were not loaded and have not been changed. {why} Use \u{201c}Erase everything\u{201d} to delete them.",
                    nb: "Svar som er lagret på denne enheten, kunne ikke leses, så de ble ikke hentet inn og er ikke endret. {why} Bruk \u{ab}Slett alt\u{bb} for å slette dem.",
                    uk: "Відповіді, збережені на цьому пристрої, не вдалося прочитати, тому їх не завантажено й не змінено. {why} Натисніть \u{ab}Видалити все\u{bb}, щоб їх видалити.")
            }
        }
    }
}

/// The data section's state, provided as context by [`provide`].
#[derive(Clone, Copy)]
pub struct DataState {
    /// "Remember my answers on this device".
    pub remember: RwSignal<bool>,
    /// The message about the last action.
    pub notice: RwSignal<Option<Notice>>,
    /// The printable summary is open.
    pub summary: RwSignal<bool>,
    /// The answers before the last import (for Undo).
    pub before_import: RwSignal<Option<Answers>>,
}

/// Loads what was stored (see [`Saved::read`]) into the app's state and keeps storage up to
/// date from then on, while remembering is on. Call it after [`super::provide_app_context`].
pub fn provide(saved: Saved) -> DataState {
    let state = AppState::expect();
    let i18n = use_i18n();
    let (remember, notice) = match saved {
        Saved::Found(doc) => {
            state.answers.set(doc.answers);
            (true, None)
        }
        Saved::Unreadable(e) => (false, Some(Notice::StoredUnreadable(e))),
        Saved::Nothing => (false, None),
    };
    let data = DataState {
        remember: RwSignal::new(remember),
        notice: RwSignal::new(notice),
        summary: RwSignal::new(false),
        before_import: RwSignal::new(None),
    };
    provide_context(data);

    // One write per change of the answers or the language, only while remembering is on.
    Effect::new(move |_| {
        if !data.remember.get() {
            return;
        }
        let locale = i18n.get_locale();
        let doc = state
            .answers
            .with(|a| Document::new(a.clone(), Some(locale)));
        if !write_stored(&doc) {
            data.remember.set(false);
            data.notice.set(Some(Notice::StorageUnavailable));
        }
    });
    data
}

impl DataState {
    pub fn expect() -> DataState {
        expect_context::<DataState>()
    }

    fn set_remember(self, on: bool) {
        if on {
            if storage_available() {
                self.remember.set(true);
                self.notice.set(Some(Notice::Remembered));
            } else {
                self.remember.set(false);
                self.notice.set(Some(Notice::StorageUnavailable));
            }
        } else {
            self.remember.set(false);
            delete_stored();
            self.notice.set(Some(Notice::Forgotten));
        }
    }

    fn erase(self, state: AppState) {
        self.remember.set(false);
        delete_stored();
        state.answers.set(Answers::default());
        self.before_import.set(None);
        self.summary.set(false);
        self.notice.set(Some(Notice::Erased));
    }

    fn import(self, state: AppState, file: String, text: &str) {
        match read_document(text, Check::Strict) {
            Ok(doc) => {
                let before = state.answers.get_untracked();
                state.answers.set(doc.answers);
                self.before_import.set(Some(before));
                self.notice.set(Some(Notice::Imported(file)));
            }
            Err(e) => self.notice.set(Some(Notice::ImportFailed(e))),
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Files
// ---------------------------------------------------------------------------------------------

/// Offers `text` as a file download (a `blob:` URL: nothing leaves the device).
fn download(name: &str, mime: &str, text: &str) -> bool {
    let run = || -> Option<()> {
        let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
        let options = web_sys::BlobPropertyBag::new();
        options.set_type(mime);
        let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
        let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
        let link: web_sys::HtmlAnchorElement =
            document().create_element("a").ok()?.dyn_into().ok()?;
        link.set_href(&url);
        link.set_download(name);
        link.click();
        // Revoked once the download has started.
        set_timeout(
            move || {
                let _ = web_sys::Url::revoke_object_url(&url);
            },
            std::time::Duration::from_secs(10),
        );
        Some(())
    };
    run().is_some()
}

/// `permit-check-answers-2026-11-22.json`.
fn file_name(kind: &str, extension: &str) -> String {
    format!(
        "permit-check-{kind}-{}.{extension}",
        api::today().format("%Y-%m-%d")
    )
}

/// A CSV cell (RFC 4180): quoted when it holds a comma, quote or line break.
fn csv_cell(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// The stays as CSV: one row each, dates as `YYYY-MM-DD`, the header in the user's language.
pub fn stays_csv(answers: &Answers, loc: EngineLocale) -> String {
    let yes = tr!(loc, en: "yes", nb: "ja", uk: "так");
    let no = tr!(loc, en: "no", nb: "nei", uk: "ні");
    let header = [
        tr!(loc, en: "Stay", nb: "Opphold", uk: "Перебування"),
        tr!(loc, en: "Left Norway", nb: "Reiste fra Norge", uk: "Виїзд з Норвегії"),
        tr!(loc,
            en: "Came back to Norway",
            nb: "Kom tilbake til Norge",
            uk: "Повернення до Норвегії"),
        tr!(loc, en: "Still abroad", nb: "Fortsatt i utlandet", uk: "Досі за кордоном"),
        tr!(loc,
            en: "Another Schengen country",
            nb: "Et annet Schengen-land",
            uk: "Інша країна Шенгену"),
    ];
    let iso = |d: &DateDraft| {
        d.date()
            .map(|d| d.format("%Y-%m-%d").to_string())
            .unwrap_or_default()
    };
    let mut out = header
        .iter()
        .map(|h| csv_cell(h))
        .collect::<Vec<_>>()
        .join(",");
    out.push_str("\r\n");
    for (i, stay) in answers.stays.iter().enumerate() {
        let row = [
            (i + 1).to_string(),
            iso(&stay.from),
            if stay.ongoing {
                String::new()
            } else {
                iso(&stay.to)
            },
            if stay.ongoing {
                yes.clone()
            } else {
                no.clone()
            },
            if stay.schengen {
                yes.clone()
            } else {
                no.clone()
            },
        ];
        out.push_str(
            &row.iter()
                .map(|c| csv_cell(c))
                .collect::<Vec<_>>()
                .join(","),
        );
        out.push_str("\r\n");
    }
    out
}

// ---------------------------------------------------------------------------------------------
// The section: privacy statement and controls
// ---------------------------------------------------------------------------------------------

/// The privacy statement (what is stored, where, for how long) and the controls for the user's
/// data. It replaces the shell's privacy notice, in the footer.
#[component]
pub fn DataSection() -> impl IntoView {
    let i18n = use_i18n();
    let loc = use_engine_locale();
    let state = AppState::expect();
    let data = DataState::expect();
    let confirming = RwSignal::new(false);

    let notice_view = move || {
        data.notice.get().map(|n| {
            let class = if n.is_error() {
                "data-notice data-notice-error"
            } else {
                "data-notice"
            };
            let undo = matches!(n, Notice::Imported(_)) && data.before_import.with(Option::is_some);
            view! {
                <p class=class>
                    {n.text(loc.get())}
                    {undo.then(|| view! {
                        " "
                        <button
                            type="button"
                            class="button button-link"
                            id="data-undo-import"
                            on:click=move |_| {
                                if let Some(before) = data.before_import.get_untracked() {
                                    state.answers.set(before);
                                    data.before_import.set(None);
                                    data.notice.set(Some(Notice::Undone));
                                }
                            }
                        >
                            {t!(i18n, data.undo_import)}
                        </button>
                    })}
                </p>
            }
        })
    };

    let export_json = move |_| {
        let answers = state.answers.get_untracked();
        let problems = date_problems(&answers);
        if !problems.is_empty() {
            data.notice.set(Some(Notice::ExportBlocked(problems)));
            return;
        }
        let name = file_name("answers", "json");
        let text = Document::new(answers, None).to_json();
        if download(&name, "application/json", &text) {
            data.notice.set(Some(Notice::Exported(name)));
        }
    };

    let export_csv = move |_| {
        let answers = state.answers.get_untracked();
        let problems: Vec<_> = date_problems(&answers)
            .into_iter()
            .filter(|(path, _)| path.starts_with("stays["))
            .collect();
        if !problems.is_empty() {
            data.notice.set(Some(Notice::ExportBlocked(problems)));
            return;
        }
        let name = file_name("stays", "csv");
        // A byte order mark, so that spreadsheet programs read the letters right.
        let text = format!("\u{feff}{}", stays_csv(&answers, loc.get_untracked()));
        if download(&name, "text/csv", &text) {
            data.notice.set(Some(Notice::Exported(name)));
        }
    };

    let import = move |e: leptos::ev::Event| {
        let Some(input) = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let Some(file) = input.files().and_then(|files| files.get(0)) else {
            return;
        };
        // The same file can be chosen again later.
        input.set_value("");
        let name = file.name();
        if file.size() > MAX_FILE_BYTES as f64 {
            data.notice
                .set(Some(Notice::ImportFailed(ReadError::TooLarge)));
            return;
        }
        leptos::task::spawn_local(async move {
            let text = wasm_bindgen_futures::JsFuture::from(file.text())
                .await
                .ok()
                .and_then(|v| v.as_string());
            match text {
                Some(text) => data.import(state, name, &text),
                None => data
                    .notice
                    .set(Some(Notice::ImportFailed(ReadError::NotJson {
                        line: 1,
                        column: 1,
                    }))),
            }
        });
    };

    let open_summary = move |_| {
        data.summary.set(true);
        // After the summary is drawn: move focus (and the view) to it.
        focus_soon("summary");
    };

    view! {
        <section
            id="your-data"
            class="notice notice-privacy data-section"
            aria-labelledby="privacy-title"
        >
            <h2 id="privacy-title">{t!(i18n, common.privacy_title)}</h2>
            <p>{t!(i18n, data.privacy_intro)}</p>
            <dl class="privacy-facts">
                <div>
                    <dt>{t!(i18n, data.stored_what)}</dt>
                    <dd>
                        {move || {
                            if data.remember.get() {
                                t!(i18n, data.stored_what_on).into_any()
                            } else {
                                t!(i18n, data.stored_what_off).into_any()
                            }
                        }}
                    </dd>
                </div>
                <div>
                    <dt>{t!(i18n, data.stored_where)}</dt>
                    <dd>
                        {move || {
                            if data.remember.get() {
                                t!(i18n, data.stored_where_on).into_any()
                            } else {
                                t!(i18n, data.stored_where_off).into_any()
                            }
                        }}
                    </dd>
                </div>
                <div>
                    <dt>{t!(i18n, data.stored_how_long)}</dt>
                    <dd>
                        {move || {
                            if data.remember.get() {
                                t!(i18n, data.stored_how_long_on).into_any()
                            } else {
                                t!(i18n, data.stored_how_long_off).into_any()
                            }
                        }}
                    </dd>
                </div>
                <div>
                    <dt>{t!(i18n, data.stored_app)}</dt>
                    <dd>{t!(i18n, data.stored_app_body)}</dd>
                </div>
            </dl>
            <p>{t!(i18n, data.no_tracking)}</p>

            <h3 id="data-heading">{t!(i18n, data.heading)}</h3>
            <div class="checkbox data-remember">
                <input
                    type="checkbox"
                    role="switch"
                    class="checkbox-input"
                    id="data-remember"
                    aria-describedby="data-remember-hint"
                    prop:checked=move || data.remember.get()
                    on:change=move |e| data.set_remember(event_target_checked(&e))
                />
                <label class="checkbox-label" for="data-remember">
                    {t!(i18n, data.remember)}
                </label>
                <p class="hint radio-hint" id="data-remember-hint">
                    {t!(i18n, data.remember_hint)}
                </p>
            </div>

            <div class="data-actions">
                <button type="button" class="button button-secondary" id="data-export" on:click=export_json>
                    {t!(i18n, data.export_json)}
                </button>
                <button type="button" class="button button-secondary" id="data-export-csv" on:click=export_csv>
                    {t!(i18n, data.export_csv)}
                </button>
                <button type="button" class="button button-secondary" id="data-print" on:click=open_summary>
                    {t!(i18n, data.show_summary)}
                </button>
            </div>

            <div class="field data-import">
                <label class="legend" for="data-import">{t!(i18n, data.import)}</label>
                <p class="hint" id="data-import-hint">{t!(i18n, data.import_hint)}</p>
                <input
                    type="file"
                    id="data-import"
                    class="data-file"
                    accept=".json,application/json"
                    aria-describedby="data-import-hint"
                    on:change=import
                />
            </div>

            <div class="data-erase">
                {move || {
                    if confirming.get() {
                        view! {
                            <div class="data-confirm" role="group" aria-labelledby="data-erase-question">
                                <p id="data-erase-question">
                                    <strong>{t!(i18n, data.erase_question)}</strong>
                                </p>
                                <button
                                    type="button"
                                    class="button button-danger"
                                    id="data-erase-confirm"
                                    on:click=move |_| {
                                        confirming.set(false);
                                        data.erase(state);
                                        focus_soon("data-erase");
                                    }
                                >
                                    {t!(i18n, data.erase_confirm)}
                                </button>
                                " "
                                <button
                                    type="button"
                                    class="button button-secondary"
                                    id="data-erase-cancel"
                                    on:click=move |_| {
                                        confirming.set(false);
                                        focus_soon("data-erase");
                                    }
                                >
                                    {t!(i18n, data.erase_cancel)}
                                </button>
                            </div>
                        }
                            .into_any()
                    } else {
                        view! {
                            <button
                                type="button"
                                class="button button-danger"
                                id="data-erase"
                                on:click=move |_| {
                                    confirming.set(true);
                                    focus_soon("data-erase-cancel");
                                }
                            >
                                {t!(i18n, data.erase)}
                            </button>
                        }
                            .into_any()
                    }
                }}
            </div>

            <div class="data-status" role="status" aria-live="polite" id="data-status">
                {notice_view}
            </div>
        </section>
    }
}

// ---------------------------------------------------------------------------------------------
// The printable summary
// ---------------------------------------------------------------------------------------------

/// An answer's value as text: dates written out, yes/no, choices by name, `null` as unknown.
fn value_text(value: &Value, loc: EngineLocale) -> String {
    match value {
        Value::Null => tr!(loc, en: "Not known", nb: "Ikke kjent", uk: "Невідомо"),
        Value::Bool(true) => tr!(loc, en: "Yes", nb: "Ja", uk: "Так"),
        Value::Bool(false) => tr!(loc, en: "No", nb: "Nei", uk: "Ні"),
        Value::String(s) => match parse_date(s) {
            Ok(d) => text::date(d, loc),
            Err(_) => choice_label(s, loc).unwrap_or_else(|| s.clone()),
        },
        other => other.to_string(),
    }
}

/// A figure's value as text: like [`value_text`], with day counts in days (figures whose name
/// mentions days), periods as "from – to", lists and records written out. `None` for `null`
/// (not applicable).
fn figure_value_text(name: &str, value: &Value, loc: EngineLocale) -> Option<String> {
    match value {
        Value::Null => None,
        Value::Number(n) => Some(match n.as_i64() {
            Some(i) if name.to_ascii_lowercase().contains("days") || name == "limit" => {
                text::days(i, loc)
            }
            _ => n.to_string(),
        }),
        Value::Array(items) => {
            let parts: Vec<String> = items
                .iter()
                .filter_map(|v| figure_value_text(name, v, loc))
                .collect();
            (!parts.is_empty()).then(|| parts.join("; "))
        }
        Value::Object(map) => {
            if let (Some(start), Some(end)) = (map.get("start"), map.get("end")) {
                let start = value_text(start, loc);
                let end = match end {
                    Value::Null => tr!(loc, en: "still open", nb: "fortsatt åpen", uk: "ще триває"),
                    v => value_text(v, loc),
                };
                return Some(format!("{start} – {end}"));
            }
            let parts: Vec<String> = map
                .iter()
                .filter_map(|(k, v)| {
                    let text = figure_value_text(k, v, loc)?;
                    Some(format!("{}: {text}", figure_label(k, loc)))
                })
                .collect();
            (!parts.is_empty()).then(|| parts.join(", "))
        }
        other => Some(value_text(other, loc)),
    }
}

/// The inputs of every checker in API.md's order.
const INPUT_ORDER: &[&str] = &[
    "dateOfBirth",
    "firstAsylumApplication",
    "appliedForAsylum",
    "leftAfterRejectionAndReapplied",
    "livedInNorwayOn20190101",
    "livesInNorway",
    "convicted",
    "hasResidencePermit",
    "identityDocumented",
    "requestDate",
    "gaveIncorrectInformation",
    "withheldInformation",
    "incorrectIdentity",
    "abuseExemption",
    "situation",
    "permitBasis",
    "permitStart",
    "permitEnd",
    "protection",
    "hadAsylumInterview",
    "validPassport",
    "dublinCase",
    "decision",
];

/// The answers a checker's request carries, in the order of API.md, as (label, value) rows.
/// `stays` and `plannedTrip` are shown once for all checkers, not here.
fn answer_rows(input: &Value, loc: EngineLocale) -> Vec<(String, String)> {
    let mut rows = Vec::new();
    let Some(map) = input.as_object() else {
        return rows;
    };
    // API.md's order; anything else after it.
    let position = |name: &str| {
        INPUT_ORDER
            .iter()
            .position(|n| *n == name)
            .unwrap_or(INPUT_ORDER.len())
    };
    let mut entries: Vec<(&String, &Value)> = map.iter().collect();
    entries.sort_by_key(|(name, _)| position(name));
    for (name, value) in entries {
        if name == "stays" || name == "plannedTrip" {
            continue;
        }
        if let Value::Object(inner) = value {
            let order = [
                "familyImmigrationPermit",
                "preventedFromReturning",
                "victimOfAbuse",
                "relationshipEnded",
            ];
            let mut inner: Vec<(&String, &Value)> = inner.iter().collect();
            inner.sort_by_key(|(k, _)| order.iter().position(|o| o == k).unwrap_or(order.len()));
            for (sub, v) in inner {
                let path = format!("{name}.{sub}");
                let label = input_label(&path, loc).unwrap_or(path);
                rows.push((label, value_text(v, loc)));
            }
            continue;
        }
        let label = input_label(name, loc).unwrap_or_else(|| name.clone());
        rows.push((label, value_text(value, loc)));
    }
    rows
}

fn checker_title(checker: Checker) -> AnyView {
    let i18n = use_i18n();
    match checker {
        Checker::TemporaryRegulation => t!(i18n, tr.title).into_any(),
        Checker::PermanentPermit => t!(i18n, pp.title).into_any(),
        Checker::TravelLimits => t!(i18n, tl.title).into_any(),
        Checker::WorkPermit => t!(i18n, wp.title).into_any(),
    }
}

fn checker_slug(checker: Checker) -> &'static str {
    match checker {
        Checker::TemporaryRegulation => "tr",
        Checker::PermanentPermit => "pp",
        Checker::TravelLimits => "tl",
        Checker::WorkPermit => "wp",
    }
}

/// One checker in the summary: its answers, the engine's answer, and its overall figures.
#[component]
fn SummaryChecker(checker: Checker) -> impl IntoView {
    let i18n = use_i18n();
    let loc = use_engine_locale();
    let state = AppState::expect();
    let response = state.response(checker);
    let slug = checker_slug(checker);
    let heading_id = format!("summary-{slug}-title");

    let answers = move || {
        let locale = loc.get();
        let input = state.answers.with(|a| a.request(checker, locale).input);
        answer_rows(&input, locale)
            .into_iter()
            .map(|(label, value)| {
                view! {
                    <div class="figure">
                        <dt>{label}</dt>
                        <dd>{value}</dd>
                    </div>
                }
            })
            .collect_view()
    };

    // The response's own figures and extra fields (permitType, exemptionMayApply).
    let figures = move || {
        let locale = loc.get();
        response.with(|r| {
            r.figures
                .iter()
                .chain(r.extra.iter())
                .filter_map(|(name, value)| {
                    let text = figure_value_text(name, value, locale)?;
                    Some(view! {
                        <div class="figure">
                            <dt>{figure_label(name, locale)}</dt>
                            <dd>{text}</dd>
                        </div>
                    })
                })
                .collect::<Vec<_>>()
        })
    };

    view! {
        <section class="summary-checker" aria-labelledby=heading_id.clone()>
            <h3 id=heading_id.clone()>{checker_title(checker)}</h3>
            <h4>{t!(i18n, data.summary_answers)}</h4>
            <dl class="figures summary-answers">{answers}</dl>
            <ResultView
                id=format!("summary-{slug}-result")
                response
                headline=Callback::new(move |outcome: Outcome| match outcome {
                    Outcome::Eligible => t!(i18n, data.outcome_eligible).into_any(),
                    Outcome::NotEligible => t!(i18n, data.outcome_not_eligible).into_any(),
                    Outcome::Unknown => t!(i18n, data.outcome_unknown).into_any(),
                    Outcome::NotApplicable => t!(i18n, data.outcome_not_applicable).into_any(),
                    Outcome::WithinLimits => t!(i18n, data.outcome_within_limits).into_any(),
                    Outcome::AtRisk => t!(i18n, data.outcome_at_risk).into_any(),
                    Outcome::LimitExceeded => t!(i18n, data.outcome_limit_exceeded).into_any(),
                    Outcome::MustNotTravel => t!(i18n, data.outcome_must_not_travel).into_any(),
                })
                figure_label=Callback::new(move |name: String| {
                    Some(figure_label(&name, loc.get_untracked()).into_any())
                })
                field_label=Callback::new(move |name: String| {
                    input_label(&name, loc.get_untracked()).map(IntoAny::into_any)
                })
            />
            {move || {
                let rows = figures();
                (!rows.is_empty()).then(|| view! {
                    <h4>{t!(i18n, data.summary_figures)}</h4>
                    <dl class="figures">{rows}</dl>
                })
            }}
        </section>
    }
}

/// The printable summary, shown (and printed) when the user asks for it.
#[component]
pub fn Summary() -> impl IntoView {
    let data = DataState::expect();
    move || data.summary.get().then(|| view! { <SummaryBody /> })
}

#[component]
fn SummaryBody() -> impl IntoView {
    let i18n = use_i18n();
    let loc = use_engine_locale();
    let state = AppState::expect();
    let data = DataState::expect();

    let made_on = move || {
        let today = text::date(api::today(), loc.get());
        tr!(loc.get(),
            en: "Made with Permit Check on {today}, on the user's own device. This is not legal advice: the results show what UDI's public pages and the law say about these answers.",
            nb: "Laget med Permit Check {today}, på brukerens egen enhet. Dette er ikke juridisk rådgivning: resultatene viser hva UDIs offentlige sider og loven sier om disse svarene.",
            uk: "Створено за допомогою Permit Check {today} на власному пристрої користувача. Це не юридична консультація: результати показують, що публічні сторінки UDI та закон кажуть про ці відповіді.")
    };

    let stays = move || {
        let locale = loc.get();
        let input = state
            .answers
            .with(|a| a.request(Checker::PermanentPermit, locale).input);
        let stays = input
            .get("stays")
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default();
        if stays.is_empty() {
            return view! { <p>{t!(i18n, data.summary_no_stays)}</p> }.into_any();
        }
        let rows = stays
            .iter()
            .enumerate()
            .map(|(i, stay)| {
                let from = stay
                    .get("from")
                    .map(|v| value_text(v, locale))
                    .unwrap_or_default();
                let to = match stay.get("to") {
                    Some(Value::Null) | None => t!(i18n, data.summary_still_abroad).into_any(),
                    Some(v) => value_text(v, locale).into_any(),
                };
                let schengen = stay
                    .get("schengen")
                    .map(|v| value_text(v, locale))
                    .unwrap_or_default();
                view! {
                    <tr>
                        <th scope="row">{i + 1}</th>
                        <td>{from}</td>
                        <td>{to}</td>
                        <td>{schengen}</td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <table class="summary-stays">
                <thead>
                    <tr>
                        <th scope="col">{t!(i18n, data.summary_stay)}</th>
                        <th scope="col">{t!(i18n, common.stay_from)}</th>
                        <th scope="col">{t!(i18n, common.stay_to)}</th>
                        <th scope="col">{t!(i18n, data.summary_schengen)}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        }
        .into_any()
    };

    let trip = move || {
        let locale = loc.get();
        let input = state
            .answers
            .with(|a| a.request(Checker::TravelLimits, locale).input);
        match input.get("plannedTrip") {
            Some(Value::Object(t)) => {
                let from = t
                    .get("from")
                    .map(|v| value_text(v, locale))
                    .unwrap_or_default();
                let to = t
                    .get("to")
                    .map(|v| value_text(v, locale))
                    .unwrap_or_default();
                let schengen = t
                    .get("schengen")
                    .map(|v| value_text(v, locale))
                    .unwrap_or_default();
                view! {
                    <dl class="figures">
                        <div class="figure"><dt>{t!(i18n, common.trip_from)}</dt><dd>{from}</dd></div>
                        <div class="figure"><dt>{t!(i18n, common.trip_to)}</dt><dd>{to}</dd></div>
                        <div class="figure"><dt>{t!(i18n, data.summary_schengen)}</dt><dd>{schengen}</dd></div>
                    </dl>
                }
                .into_any()
            }
            _ => view! { <p>{t!(i18n, data.summary_no_trip)}</p> }.into_any(),
        }
    };

    view! {
        <section id="summary" class="summary" aria-labelledby="summary-title" tabindex="-1">
            <h2 id="summary-title">{t!(i18n, data.summary_title)}</h2>
            <p class="summary-meta">{made_on}</p>
            <div class="data-actions summary-actions">
                <button
                    type="button"
                    class="button"
                    id="summary-print"
                    on:click=move |_| {
                        let _ = window().print();
                    }
                >
                    {t!(i18n, data.print)}
                </button>
                <button
                    type="button"
                    class="button button-secondary"
                    id="summary-close"
                    on:click=move |_| {
                        data.summary.set(false);
                        focus_soon("data-print");
                    }
                >
                    {t!(i18n, data.close_summary)}
                </button>
            </div>
            <h3>{t!(i18n, common.trip_label)}</h3>
            {trip}
            <h3>{t!(i18n, data.summary_stays)}</h3>
            {stays}
            {move || {
                state.answers.with(|a| a.strict_counting).then(|| view! {
                    <p>{t!(i18n, data.summary_strict)}</p>
                })
            }}
            {Checker::ALL
                .into_iter()
                .map(|checker| view! { <SummaryChecker checker /> })
                .collect_view()}
        </section>
    }
}

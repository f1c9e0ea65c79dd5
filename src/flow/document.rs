//! The person's answers as a document: what "Remember my answers on this phone" keeps in the
//! browser and what "Save my answers to a file" writes (the same JSON), and reading one back,
//! from any version this app has ever written. With the API, the one place that knows JSON.
//!
//! ```json
//! { "format": "permit-check-answers", "version": 2, "language": "ar", "eraseOnExit": true,
//!   "answers": { "start": { "reply": "is", "value": "temporary-permit" }, "stays": [ … ], … } }
//! ```
//!
//! - `format` names the kind of file; anything else is refused.
//! - `version` is the version of the shape ([`VERSION`]). Every change of shape gets a new number
//!   and a migration in [`MIGRATIONS`] (`MIGRATIONS[n]` turns version `n` into `n + 1`), so a
//!   document of any older version is brought up to date and nothing in it is lost. A document of
//!   a newer version is refused ([`ReadError::Newer`]), never guessed at.
//! - `language` and `eraseOnExit`: only in the kept document (a file leaves them out).
//!   `eraseOnExit` is read by `boot.js` too: "Exit this page" then removes the kept answers.
//! - `answers`: [`Answers`] as serde writes them: each reply `{"reply": "is", "value": …}`,
//!   `{"reply": "unknown"}` ("I don't know") or missing (not answered); each date as the three
//!   boxes typed (`{"day": "27", "month": "3", "year": "2019"}`), kept as typed even when it is
//!   not a date yet (its field says what is wrong). Missing members read as "not answered";
//!   members this version does not know are ignored.
//!
//! Versions 0 and 1 were written by the first app (one form per check): version 0 had ISO date
//! strings and `trips`, version 1 day/month/year boxes, `true`/`false`/`null` answers and one
//! object per check. Adding an answer with a default needs no new version; renaming or removing
//! one, or changing what its value means, does.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::answers::Answers;

/// `format` of every document.
pub const FORMAT: &str = "permit-check-answers";

/// The current version of the document's shape.
pub const VERSION: u64 = 2;

/// The largest file read (an answers file is a few kilobytes).
pub const MAX_BYTES: usize = 1_000_000;

/// One migration: a document of version `n` (as JSON) to version `n + 1`.
pub type Migration = fn(Value) -> Value;

/// `MIGRATIONS[n]` migrates version `n` to `n + 1`: one for every version below [`VERSION`].
pub const MIGRATIONS: [Migration; VERSION as usize] = [v0_to_v1, v1_to_v2];

/// Everything the app keeps or saves.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Document {
    pub format: String,
    pub version: u64,
    /// The app's language (a tag of `locales/`): only in the kept document.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// "Erase them when I use Exit this page": only in the kept document.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub erase_on_exit: bool,
    #[serde(default)]
    pub answers: Answers,
}

impl Document {
    /// A file of the answers (no language, no exit setting).
    pub fn file(answers: Answers) -> Document {
        Document {
            format: FORMAT.into(),
            version: VERSION,
            language: None,
            erase_on_exit: false,
            answers,
        }
    }

    /// The document kept on the device.
    pub fn kept(answers: Answers, language: &str, erase_on_exit: bool) -> Document {
        Document {
            language: Some(language.to_string()),
            erase_on_exit,
            ..Document::file(answers)
        }
    }

    /// The document as text: indented JSON.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }
}

/// Why a text is not a document this app can read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReadError {
    /// Not JSON, not a Permit Check document, or damaged (the detail is for developers).
    NotADocument(String),
    /// Written by a newer version of the app.
    Newer(u64),
}

/// Reads a kept document or a file, bringing an older version up to date. Never panics.
pub fn read(text: &str) -> Result<Document, ReadError> {
    if text.len() > MAX_BYTES {
        return Err(ReadError::NotADocument(format!(
            "{} bytes, more than {MAX_BYTES}",
            text.len()
        )));
    }
    let mut value: Value =
        serde_json::from_str(text).map_err(|e| ReadError::NotADocument(e.to_string()))?;
    if value.get("format").and_then(Value::as_str) != Some(FORMAT) {
        return Err(ReadError::NotADocument(format!("format is not `{FORMAT}`")));
    }
    let version = value
        .get("version")
        .and_then(Value::as_u64)
        .ok_or_else(|| ReadError::NotADocument("no version".into()))?;
    if version > VERSION {
        return Err(ReadError::Newer(version));
    }
    for migrate in &MIGRATIONS[version as usize..] {
        value = migrate(value);
    }
    serde_json::from_value(value).map_err(|e| ReadError::NotADocument(e.to_string()))
}

/// The file name of a saved document: neutral (it says nothing about what is in it).
pub fn file_name(today: crate::rules::Date) -> String {
    format!("notes-{}.json", today.format("%Y-%m-%d"))
}

fn set_version(doc: &mut Value, version: u64) {
    if let Some(obj) = doc.as_object_mut() {
        obj.insert("version".into(), Value::from(version));
    }
}

/// Version 0 → 1: dates were `"YYYY-MM-DD"` strings (or `null`), the stays were `trips`.
fn v0_to_v1(mut doc: Value) -> Value {
    if let Some(answers) = doc.get_mut("answers").and_then(Value::as_object_mut) {
        if let Some(trips) = answers.remove("trips") {
            answers.entry("stays").or_insert(trips);
        }
    }
    if let Some(answers) = doc.get_mut("answers") {
        iso_dates_to_boxes(answers);
    }
    set_version(&mut doc, 1);
    doc
}

/// `"2019-03-27"` → `{"day": "27", "month": "3", "year": "2019"}` everywhere in `v`; `null`
/// members dropped (version 1 reads a missing member as version 0 read null). Text shaped like a
/// date that is none (`"2019-02-30"`) becomes boxes too, so that the date's field says what is
/// wrong.
fn iso_dates_to_boxes(v: &mut Value) {
    match v {
        Value::Object(map) => {
            map.retain(|_, x| !x.is_null());
            for x in map.values_mut() {
                iso_dates_to_boxes(x);
            }
        }
        Value::Array(items) => items.iter_mut().for_each(iso_dates_to_boxes),
        Value::String(s) => {
            let parts: Vec<&str> = s.split('-').collect();
            if let [y, m, d] = parts[..] {
                let digits =
                    |p: &str, n: usize| p.len() == n && p.bytes().all(|b| b.is_ascii_digit());
                if digits(y, 4) && digits(m, 2) && digits(d, 2) {
                    let strip = |p: &str| p.trim_start_matches('0').to_string();
                    *v = serde_json::json!({ "day": strip(d), "month": strip(m), "year": y });
                }
            }
        }
        _ => {}
    }
}

/// An answer of version 1 as a reply of version 2: `true`/`false`/a name → "is", `null` →
/// "I don't know" (version 1 stored null for it), missing → not answered (left out).
fn reply(v: Value) -> Option<Value> {
    match v {
        Value::Null => Some(serde_json::json!({ "reply": "unknown" })),
        Value::Bool(_) | Value::String(_) => Some(serde_json::json!({ "reply": "is", "value": v })),
        _ => None,
    }
}

/// Version 1 → 2: one object per check becomes the one set of answers the checks share; yes/no
/// and choices become replies; the travel check's situation becomes the start question's answer.
fn v1_to_v2(mut doc: Value) -> Value {
    let Some(old) = doc.get_mut("answers").and_then(Value::as_object_mut) else {
        set_version(&mut doc, 2);
        return doc;
    };
    let old = std::mem::take(old);
    let mut new = Map::new();
    let mut take = |from: &Map<String, Value>, key: &str, to: &str, as_reply: bool| {
        if let Some(v) = from.get(key).cloned() {
            let v = if as_reply { reply(v) } else { Some(v) };
            if let Some(v) = v {
                new.insert(to.to_string(), v);
            }
        }
    };
    let empty = Map::new();
    let section = |name: &str| old.get(name).and_then(Value::as_object).unwrap_or(&empty);
    let tr = section("temporaryRegulation");
    for key in ["dateOfBirth", "firstAsylumApplication", "requestDate"] {
        take(tr, key, key, false);
    }
    for key in [
        "appliedForAsylum",
        "leftAfterRejectionAndReapplied",
        "livesInNorway",
        "convicted",
        "hasResidencePermit",
        "identityDocumented",
    ] {
        take(tr, key, key, true);
    }
    let pp = section("permanentPermit");
    for key in [
        "brexitPermit",
        "gaveIncorrectInformation",
        "withheldInformation",
        "incorrectIdentity",
    ] {
        take(pp, key, key, true);
    }
    let abuse = pp
        .get("abuseExemption")
        .and_then(Value::as_object)
        .unwrap_or(&empty);
    for key in [
        "familyImmigrationPermit",
        "preventedFromReturning",
        "victimOfAbuse",
        "relationshipEnded",
    ] {
        take(abuse, key, key, true);
    }
    let tl = section("travelLimits");
    take(tl, "situation", "start", true);
    take(tl, "permitBasis", "permitBasis", true);
    take(tl, "afterAsylumApplication", "afterAsylumApplication", true);
    for key in ["permitStart", "permitEnd", "residenceSince"] {
        take(tl, key, key, false);
    }
    let wp = section("workPermit");
    for key in [
        "protection",
        "hadAsylumInterview",
        "validPassport",
        "dublinCase",
        "decision",
    ] {
        take(wp, key, key, true);
    }
    take(&old, "stays", "stays", false);
    take(&old, "plannedTrip", "trip", false);
    take(&old, "strictCounting", "strictCounting", false);
    if let Some(answers) = doc.get_mut("answers") {
        *answers = Value::Object(new);
    }
    set_version(&mut doc, 2);
    doc
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::flow::answers::{DateDraft, Reply, Situation, StayDraft};
    use crate::rules::travel_limits::Basis;

    fn sample() -> Answers {
        Answers {
            start: Reply::Is(Situation::TemporaryPermit),
            permit_basis: Reply::Unknown,
            permit_end: DateDraft::new("31", "5", "2027"),
            stays: vec![StayDraft {
                from: DateDraft::new("10", "7", "2023"),
                to: DateDraft::new("2", "8", "20"),
                schengen: true,
                ..StayDraft::default()
            }],
            ..Answers::default()
        }
    }

    #[test]
    fn a_document_reads_back_as_it_was_written_even_with_unfinished_dates() {
        let kept = Document::kept(sample(), "ar", true);
        assert_eq!(read(&kept.to_json()), Ok(kept.clone()));
        let file = Document::file(sample());
        let text = file.to_json();
        assert!(
            !text.contains("language") && !text.contains("eraseOnExit"),
            "{text}"
        );
        assert_eq!(read(&text).map(|d| d.answers), Ok(sample()));
    }

    #[test]
    fn what_is_not_a_document_is_refused_and_a_newer_one_is_not_guessed_at() {
        for bad in [
            "",
            "{",
            "[]",
            "{\"format\": \"other\", \"version\": 1}",
            "{\"format\": \"permit-check-answers\"}",
        ] {
            assert!(
                matches!(read(bad), Err(ReadError::NotADocument(_))),
                "{bad}"
            );
        }
        let newer = format!("{{\"format\": \"{FORMAT}\", \"version\": {}}}", VERSION + 1);
        assert_eq!(read(&newer), Err(ReadError::Newer(VERSION + 1)));
        let wrong_type =
            format!("{{\"format\": \"{FORMAT}\", \"version\": 2, \"answers\": {{\"stays\": 3}}}}");
        assert!(matches!(read(&wrong_type), Err(ReadError::NotADocument(_))));
        assert!(matches!(
            read(&" ".repeat(MAX_BYTES + 1)),
            Err(ReadError::NotADocument(_))
        ));
    }

    #[test]
    fn unknown_members_are_ignored_and_missing_ones_are_not_answered() {
        let text = format!(
            "{{\"format\": \"{FORMAT}\", \"version\": 2, \"later\": 1, \"answers\": {{\"soon\": true, \"convicted\": {{\"reply\": \"is\", \"value\": false}}}}}}"
        );
        let doc = read(&text).unwrap();
        assert_eq!(doc.answers.convicted, Reply::Is(false));
        assert_eq!(doc.answers.start, Reply::Unanswered);
    }

    /// A version-1 file of the first app (tests/e2e/pwa-lib.mjs wrote these).
    fn version_1() -> String {
        r#"{ "format": "permit-check-answers", "version": 1, "language": "nb", "answers": {
            "temporaryRegulation": { "dateOfBirth": {"day": "14", "month": "2", "year": "1990"},
              "appliedForAsylum": true, "identityDocumented": null, "livedInNorwayOn20190101": true },
            "permanentPermit": { "gaveIncorrectInformation": false,
              "abuseExemption": { "familyImmigrationPermit": false, "victimOfAbuse": null } },
            "travelLimits": { "situation": "temporary-permit", "permitBasis": "humanitarian",
              "permitEnd": {"day": "31", "month": "5", "year": "2027"} },
            "workPermit": { "protection": "individual", "decision": "none", "validPassport": false },
            "stays": [ { "from": {"day": "10", "month": "7", "year": "2023"},
                         "to": {"day": "2", "month": "8", "year": "2023"}, "ongoing": false, "schengen": true } ],
            "plannedTrip": { "from": {"day": "1", "month": "7", "year": "2027"}, "to": {"day": "", "month": "", "year": ""}, "schengen": false },
            "strictCounting": true } }"#
            .to_string()
    }

    #[test]
    fn a_version_1_file_of_the_first_app_is_migrated_without_losing_an_answer() {
        let doc = read(&version_1()).unwrap();
        assert_eq!(doc.version, VERSION);
        assert_eq!(doc.language.as_deref(), Some("nb"));
        let a = doc.answers;
        assert_eq!(a.start, Reply::Is(Situation::TemporaryPermit));
        assert_eq!(a.permit_basis, Reply::Is(Basis::Humanitarian));
        assert_eq!(a.permit_end, DateDraft::new("31", "5", "2027"));
        assert_eq!(a.date_of_birth, DateDraft::new("14", "2", "1990"));
        assert_eq!(a.applied_for_asylum, Reply::Is(true));
        assert_eq!(a.identity_documented, Reply::Unknown);
        assert_eq!(a.gave_incorrect_information, Reply::Is(false));
        assert_eq!(a.family_immigration_permit, Reply::Is(false));
        assert_eq!(a.victim_of_abuse, Reply::Unknown);
        assert_eq!(a.valid_passport, Reply::Is(false));
        assert_eq!(a.stays.len(), 1);
        assert!(a.stays[0].schengen);
        assert_eq!(a.trip.from, DateDraft::new("1", "7", "2027"));
        assert!(a.strict_counting);
    }

    #[test]
    fn a_version_0_document_is_migrated_too() {
        let v0 = r#"{ "format": "permit-check-answers", "version": 0, "answers": {
            "travelLimits": { "situation": "collective-protection", "permitEnd": "2027-05-31" },
            "trips": [ { "from": "2023-07-10", "to": null, "ongoing": true } ] } }"#;
        let a = read(v0).unwrap().answers;
        assert_eq!(a.start, Reply::Is(Situation::CollectiveProtection));
        assert_eq!(a.permit_end, DateDraft::new("31", "5", "2027"));
        assert_eq!(a.stays[0].from, DateDraft::new("10", "7", "2023"));
        assert!(a.stays[0].ongoing);
    }

    #[test]
    fn there_is_a_migration_for_every_older_version() {
        assert_eq!(MIGRATIONS.len() as u64, VERSION);
        assert_eq!(
            file_name(chrono::NaiveDate::from_ymd_opt(2026, 12, 1).unwrap()),
            "notes-2026-12-01.json"
        );
    }
}

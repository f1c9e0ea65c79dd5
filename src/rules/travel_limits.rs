//! Checker `travel-limits` (RULES.md §3): how long someone with a temporary residence permit may
//! be abroad, and what an asylum seeker must know before leaving Norway.
//!
//! Sources: seed 004 ("Can I travel to other countries while I am living in Norway?"), seed 002
//! ("May I leave Norway while I am waiting …? No, your case will be dismissed if you leave
//! Norway."); utl. § 60 (5) and utf. § 10-19a (half of the time in Norway), utl. § 62 (1)-(2) and
//! utf. § 11-3 (stays abroad before a permanent permit), CISA art. 21 and utf. § 3-1 (Schengen).
//!
//! Three criteria, each a small function below: `half_time` (`tl.half-time`),
//! `permanent_residence` (`tl.permanent-residence`) and `schengen` (`tl.schengen`).
//! Planning (`latestReturnDate`) is done by `Planning`: feasibility is monotone in the return
//! date (a later return only adds days abroad), so it is found by bisection, each candidate
//! evaluated on sorted spans with prefix sums ([`DaySet`]), never on per-day sets, and only on
//! the windows that meet the trip (the others were checked once, for the earliest return).
//!
//! Figures (API.md "more may be added"; the UI shows them and recomputes nothing):
//! `halfTimeApplies`, `halfTimeRule` (`permit-year` | `rolling-365`), `halfTimeLimit`,
//! `maxDaysAbroadIn365` (rolling rule, else null), `daysAbroadInPermitYear` (one-year permit, else
//! null), `halfTimeWindow` {start, end}, `daysLeftInWindow` (182 minus the days in the permit
//! year, or in the 365 days ending on `asOf`; null for refugees), `daysAbroadForPermanent`,
//! `permanentResidenceLimit`, `permanentResidenceYears`, `maxSchengenDaysIn180`, `schengenLimit`,
//! `schengenWindow` {start, end}, `schengenDaysLeftInWindow`, `exceededOn` (first day the
//! half-time rule, where it applies, or the Schengen rule is broken; the permanent-residence
//! limit does not cost the permit and is not included); planning: `planningFor`
//! (`planned-trip` | `ongoing-stay` | null), `planningFrom`, `latestReturnDate`,
//! `latestReturnRule` (`tl.half-time` | `tl.schengen` | `next-stay`: the rule the day after
//! breaks, or, when no return keeps the rules, the rule already broken), `noReturnLimit` (true
//! when no rule bounds the trip: a refugee's trip outside Schengen, or a trip that no longer
//! touches a one-year permit's year), `latestReturnForPermanent`, and with `plannedTrip.to`:
//! `plannedReturnWithinLimits`, `plannedReturnKeepsPermanent`.
//!
//! Choices where RULES.md is silent (each protects the user; repeated beside the code):
//! - `situation` unknown (`null`) is evaluated as a temporary permit (this checker's subject, and
//!   what an API caller that leaves it out means), but every explanation then opens with the
//!   warning that an asylum seeker must not leave Norway. Answering `must-not-travel` would hide
//!   every limit from the permit holders the checker is for; the app asks the situation first.
//! - Permit dates unknown: an unknown end applies the rolling 365-day rule (stricter than one
//!   permit year); an unknown start counts every 365-day window over all recorded stays.
//! - `permitBasis` unknown: the half-time rule applies (it spares only refugees), and both
//!   permanent-residence tracks are checked.
//! - Over 182 days under those strict readings while a permit date or the basis is unknown:
//!   `tl.half-time` is `unknown`, not `not-met` (C8: unknown answers give unknown; the rule
//!   might not count those days); the outcome stays `limit-exceeded` (the permit may be lost).
//! - `tl.permanent-residence` unknown (the two tracks disagree) gives `at-risk`, like not met.
//! - Days abroad after the end of a one-year permit are outside its permit year and do not count
//!   for `tl.half-time`, exactly as the rule reads.
//! - `halfTimeWindow` and `schengenWindow` give the first and the *last* day of the window
//!   (both included), as a person reads a period; the engine's windows are half-open inside.
//! - With no planned trip but a stay still going on, planning is done for that stay: the latest
//!   day to come back from it.
//! - For `must-not-travel`, no return date is given at all (`latestReturnDate` null,
//!   `daysLeftInWindow` 0): any trip gets the application for protection dismissed.

use serde_json::{json, Value};

use super::dates::{
    add_days, add_years, borderline, check_stays, days_between, DaySet, Span, Stay,
};
use super::input::{Reader, Trip};
use super::law::{
    SCHENGEN_MAX_DAYS, SCHENGEN_WINDOW_DAYS, TL_HALF_TIME_MAX_DAYS, TL_HALF_TIME_WINDOW_DAYS,
    TL_PR_LAW_CHANGE, TL_PR_OTHER_MAX_DAYS, TL_PR_OTHER_YEARS, TL_PR_PROTECTED_MAX_DAYS,
    TL_PR_PROTECTED_YEARS,
};
use super::text::{self, Locale};
use super::{Context, Counting, Criterion, Date, Evaluation, FieldError, Outcome, Status};
use crate::tr;

/// Sources of each criterion (seed page + provisions).
const SOURCES_HALF_TIME: [&str; 3] = ["seed:004", "utl. § 60 (5)", "utf. § 10-19a"];
const SOURCES_PERMANENT: [&str; 3] = ["seed:004", "utl. § 62 (1)-(2)", "utf. § 11-3"];
const SOURCES_SCHENGEN: [&str; 3] = ["seed:004", "CISA art. 21", "utf. § 3-1"];
const SOURCE_ASYLUM: &str = "seed:002";

/// Planning looks at most this many years past the later of earliest return and permit end. Every
/// rule that bounds a trip is broken well before (a trip of 183 days breaks the rolling
/// half-time rule, 91 days the Schengen rule); a trip still allowed then is not bounded.
const PLANNING_HORIZON_YEARS: i64 = 2;

// ---------------------------------------------------------------------------------------------
// Input
// ---------------------------------------------------------------------------------------------

/// `situation`: holds a temporary permit, or waits for an answer to an application for
/// protection.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Situation {
    TemporaryPermit,
    AsylumSeeker,
}

/// `permitBasis`: § 38 (strong humanitarian grounds / particular connection), § 28 (refugee),
/// or another temporary permit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Basis {
    Humanitarian,
    Refugee,
    Other,
}

struct Input {
    situation: Option<Situation>,
    basis: Option<Basis>,
    permit_start: Option<Date>,
    permit_end: Option<Date>,
    stays: Vec<Stay>,
    trip: Option<Trip>,
}

/// Reads the input (API.md) and checks it (C8): field types and dates through [`Reader`], the
/// stays through [`check_stays`], permit dates in order, and a planned trip that neither ends
/// before it starts nor overlaps a recorded stay.
fn read(input: &Value, ctx: &Context) -> Result<Input, Vec<FieldError>> {
    let loc = ctx.locale;
    let mut r = Reader::new(input, loc);
    let situation = r
        .choice("situation", &["temporary-permit", "asylum-seeker"])
        .map(|s| match s {
            "asylum-seeker" => Situation::AsylumSeeker,
            _ => Situation::TemporaryPermit,
        });
    let basis = r
        .choice("permitBasis", &["humanitarian", "refugee", "other"])
        .map(|b| match b {
            "humanitarian" => Basis::Humanitarian,
            "refugee" => Basis::Refugee,
            _ => Basis::Other,
        });
    let permit_start = r.date("permitStart");
    let permit_end = r.date("permitEnd");
    let stays = r.stays("stays");
    let trip = r.trip("plannedTrip");
    let mut errors = r.into_errors();

    if let (Some(start), Some(end)) = (permit_start, permit_end) {
        if end < start {
            let (start_s, end_s) = (text::date(start, loc), text::date(end, loc));
            errors.push(FieldError::new(
                "permitEnd",
                tr!(loc,
                    en: "The permit ends ({end_s}) before it starts ({start_s}). Check both dates on your decision letter or residence card.",
                    nb: "Tillatelsen slutter ({end_s}) før den starter ({start_s}). Sjekk begge datoene i vedtaket eller på oppholdskortet.",
                    uk: "Дозвіл закінчується ({end_s}) раніше, ніж починається ({start_s}). Перевірте обидві дати в рішенні або на картці проживання."),
            ));
        }
    }

    // Entries that could not be read are missing from `stays`, so list-level checks (which
    // name entries by position) run only on a list read in full.
    let list_read = !errors
        .iter()
        .any(|e| e.field == "stays" || e.field.starts_with("stays["));
    let stay_errors = if list_read {
        check_stays(&stays, ctx.as_of, "stays", loc)
    } else {
        Vec::new()
    };
    let stays_ok = list_read && stay_errors.is_empty();
    errors.extend(stay_errors);

    if let Some(t) = trip {
        match t.to {
            Some(to) if to < t.from => {
                let (from_s, to_s) = (text::date(t.from, loc), text::date(to, loc));
                errors.push(FieldError::new(
                    "plannedTrip.to",
                    tr!(loc,
                        en: "The planned return ({to_s}) is before the planned departure ({from_s}). Check both dates.",
                        nb: "Den planlagte hjemkomsten ({to_s}) er før den planlagte avreisen ({from_s}). Sjekk begge datoene.",
                        uk: "Заплановане повернення ({to_s}) раніше за запланований виїзд ({from_s}). Перевірте обидві дати."),
                ));
            }
            _ if stays_ok => {
                if let Some(e) = trip_overlap(&t, &stays, loc) {
                    errors.push(e);
                }
            }
            _ => {}
        }
    }

    if errors.is_empty() {
        Ok(Input {
            situation,
            basis,
            permit_start,
            permit_end,
            stays,
            trip,
        })
    } else {
        Err(errors)
    }
}

/// C8 for the planned trip: it may not overlap a recorded stay (touching is fine: coming back
/// and leaving on the same day). A trip without a return date overlaps the stay that covers its
/// departure; a recorded stay that starts later only bounds its return (see [`Planning`]).
fn trip_overlap(t: &Trip, stays: &[Stay], loc: Locale) -> Option<FieldError> {
    let from_s = text::date(t.from, loc);
    for (i, s) in stays.iter().enumerate() {
        let n = i + 1;
        let overlaps = match (s.to, t.to) {
            (Some(back), Some(ret)) => t.from < back && s.from < ret,
            (Some(back), None) => s.from <= t.from && t.from < back,
            (None, Some(ret)) => s.from < ret,
            (None, None) => s.from <= t.from,
        };
        if !overlaps {
            continue;
        }
        let a = text::date(s.from, loc);
        let message = match s.to {
            Some(back) => {
                let b = text::date(back, loc);
                tr!(loc,
                    en: "The planned trip (leaving {from_s}) overlaps stay {n} ({a} – {b}). A planned trip must start after you came back from the stays you recorded: check the dates.",
                    nb: "Den planlagte reisen (avreise {from_s}) overlapper opphold {n} ({a} – {b}). En planlagt reise må starte etter at du kom tilbake fra oppholdene du har lagt inn: sjekk datoene.",
                    uk: "Запланована поїздка (виїзд {from_s}) перетинається з перебуванням {n} ({a} – {b}). Запланована поїздка має починатися після повернення з внесених перебувань: перевірте дати.")
            }
            None => tr!(loc,
                en: "Stay {n} (from {a}) has no return date, so you are still abroad, and the planned trip (leaving {from_s}) overlaps it. Enter the return date of stay {n}, or remove the planned trip: the latest return date is then given for the stay you are on.",
                nb: "Opphold {n} (fra {a}) har ingen dato for hjemkomst, så du er fortsatt i utlandet, og den planlagte reisen (avreise {from_s}) overlapper det. Skriv inn datoen du kom tilbake fra opphold {n}, eller fjern den planlagte reisen: da får du siste dato for hjemkomst fra oppholdet du er på nå.",
                uk: "Перебування {n} (з {a}) не має дати повернення, тобто ви ще за кордоном, і запланована поїздка (виїзд {from_s}) з ним перетинається. Введіть дату повернення для перебування {n} або видаліть заплановану поїздку: тоді останню дату повернення буде розраховано для поточного перебування."),
        };
        return Some(FieldError::new("plannedTrip.from", message));
    }
    None
}

// ---------------------------------------------------------------------------------------------
// Counting
// ---------------------------------------------------------------------------------------------

/// The most days found in one window, and that window (`None` when there are no days at all).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct WindowCount {
    days: i64,
    window: Option<Span>,
}

/// The largest number of days of `set` in any window `[d, d + len)` with `d >= from` (any `d`
/// when `from` is `None`), and the earliest such window. A best window can always be slid to
/// start on the first day of a span (or on `from`), so starts from the first to the last day of
/// the set are enough.
fn rolling_max(set: &DaySet, len: i64, from: Option<Date>) -> WindowCount {
    let clipped;
    let set = match from {
        Some(start) => {
            clipped = set.clip(Span::new(start, Date::MAX));
            &clipped
        }
        None => set,
    };
    let (Some(first), Some(last)) = (set.spans().first(), set.spans().last()) else {
        return WindowCount {
            days: 0,
            window: None,
        };
    };
    match set.max_window_days(len, first.start, last.start) {
        Some(m) if m.days > 0 => WindowCount {
            days: m.days,
            window: Some(m.window),
        },
        _ => WindowCount {
            days: 0,
            window: None,
        },
    }
}

/// Which form of the half-time rule applies (utf. § 10-19a, seed 004).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum HalfTimeRule {
    /// A permit of one year or less (`permitEnd <= permitStart + 1 year`): the days abroad
    /// inside the permit year `[permitStart, permitEnd)`.
    PermitYear(Span),
    /// A permit of more than one year: every window `[d, d + 365 days)` with `d >= from`.
    /// Also used, protectively, when the end is unknown (the stricter rule); `from` is `None`
    /// when the start is unknown (every window over the recorded stays). `end_known` only
    /// changes the explanation.
    Rolling { from: Option<Date>, end_known: bool },
}

impl HalfTimeRule {
    fn new(start: Option<Date>, end: Option<Date>) -> HalfTimeRule {
        match (start, end) {
            (Some(s), Some(e)) if e <= add_years(s, 1) => HalfTimeRule::PermitYear(Span::new(s, e)),
            (from, end) => HalfTimeRule::Rolling {
                from,
                end_known: end.is_some(),
            },
        }
    }

    /// The figure the rule compares with 182: days in the permit year, or the most days in one
    /// 365-day window.
    fn count(&self, abroad: &DaySet) -> WindowCount {
        match *self {
            HalfTimeRule::PermitYear(year) => WindowCount {
                days: abroad.count_in(year),
                window: (!year.is_empty()).then_some(year),
            },
            HalfTimeRule::Rolling { from, .. } => {
                rolling_max(abroad, TL_HALF_TIME_WINDOW_DAYS, from)
            }
        }
    }

    /// The first day on which the rule is broken (the 183rd day abroad in the window).
    fn exceeded_on(&self, abroad: &DaySet) -> Option<Date> {
        let threshold = TL_HALF_TIME_MAX_DAYS + 1;
        match *self {
            // Every window ending inside the permit year reaches back to its start.
            HalfTimeRule::PermitYear(year) => abroad
                .clip(year)
                .first_day_reaching_days(year.len().max(1), threshold),
            HalfTimeRule::Rolling {
                from: Some(start), ..
            } => abroad
                .clip(Span::new(start, Date::MAX))
                .first_day_reaching_days(TL_HALF_TIME_WINDOW_DAYS, threshold),
            HalfTimeRule::Rolling { from: None, .. } => {
                abroad.first_day_reaching_days(TL_HALF_TIME_WINDOW_DAYS, threshold)
            }
        }
    }

    /// Days the person can still spend abroad in the window that ends today: the permit year
    /// for a one-year permit, else the 365 days up to and including `as_of` (from the permit's
    /// start on).
    fn days_left(&self, abroad: &DaySet, as_of: Date) -> i64 {
        let used = match *self {
            HalfTimeRule::PermitYear(year) => abroad.count_in(year),
            HalfTimeRule::Rolling { from, .. } => {
                let end = add_days(as_of, 1);
                let start = add_days(end, -TL_HALF_TIME_WINDOW_DAYS);
                let start = from.map_or(start, |f| start.max(f));
                abroad.count_in(Span::new(start, end))
            }
        };
        (TL_HALF_TIME_MAX_DAYS - used).max(0)
    }

    fn keeps(&self, abroad: &DaySet) -> bool {
        self.count(abroad).days <= TL_HALF_TIME_MAX_DAYS
    }
}

/// One track of the permanent-residence rule: at most `limit` days abroad in `years` years.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Track {
    years: i64,
    limit: i64,
}

/// § 38 and § 28 (refugee) permits: 10 months (304 days) in 5 years (utf. § 11-3 as amended on
/// 1 December 2020).
const PROTECTED: Track = Track {
    years: TL_PR_PROTECTED_YEARS,
    limit: TL_PR_PROTECTED_MAX_DAYS,
};
/// Other permits: 7 months (213 days) in 3 years (utf. § 11-3).
const OTHER: Track = Track {
    years: TL_PR_OTHER_YEARS,
    limit: TL_PR_OTHER_MAX_DAYS,
};

impl Track {
    /// The tracks to check: the one for the basis, or both when the basis is unknown.
    fn for_basis(basis: Option<Basis>) -> Vec<Track> {
        match basis {
            Some(Basis::Humanitarian | Basis::Refugee) => vec![PROTECTED],
            Some(Basis::Other) => vec![OTHER],
            None => vec![PROTECTED, OTHER],
        }
    }

    /// The `years` years before `day`, `day` included: `(day - years, day]`.
    fn window_ending(&self, day: Date) -> Span {
        Span::new(add_days(add_years(day, -self.years), 1), add_days(day, 1))
    }
}

// ---------------------------------------------------------------------------------------------
// Criteria
// ---------------------------------------------------------------------------------------------

/// The sentence every criterion starts with when the person may be an asylum seeker (seed 002:
/// "May I leave Norway while I am waiting for my application for individual protection to be
/// processed? No, your case will be dismissed if you leave Norway.").
fn asylum_notice(situation: Option<Situation>, loc: Locale) -> Option<String> {
    match situation {
        Some(Situation::TemporaryPermit) => None,
        Some(Situation::AsylumSeeker) => Some(tr!(loc,
            en: "If you leave Norway while your application for protection (asylum) is being processed, your application will be dismissed. This limit applies only once you have a residence permit.",
            nb: "Hvis du reiser ut av Norge mens søknaden din om beskyttelse (asyl) behandles, blir søknaden henlagt. Denne grensen gjelder først når du har fått oppholdstillatelse.",
            uk: "Якщо ви виїдете з Норвегії, поки розглядається ваша заява про захист (притулок), вашу заяву буде залишено без розгляду. Ця межа діє лише тоді, коли ви вже маєте дозвіл на проживання.")),
        None => Some(tr!(loc,
            en: "You did not say whether you have a residence permit. If you are still waiting for an answer to an application for protection (asylum), do not leave Norway: your application will be dismissed if you do.",
            nb: "Du har ikke oppgitt om du har oppholdstillatelse. Hvis du fortsatt venter på svar på en søknad om beskyttelse (asyl), må du ikke reise ut av Norge: da blir søknaden henlagt.",
            uk: "Ви не вказали, чи маєте дозвіл на проживання. Якщо ви ще чекаєте на відповідь щодо заяви про захист (притулок), не виїжджайте з Норвегії: інакше вашу заяву буде залишено без розгляду.")),
    }
}

/// C3 in words: how the travel days were counted.
fn counting_sentence(counting: Counting, loc: Locale) -> String {
    match counting {
        Counting::TravelDaysInNorway => tr!(loc,
            en: "The day you leave and the day you come back count as days in Norway.",
            nb: "Dagen du reiser og dagen du kommer tilbake, regnes som dager i Norge.",
            uk: "День виїзду і день повернення рахуються як дні в Норвегії."),
        Counting::TravelDaysAbroad => tr!(loc,
            en: "As you chose, the day you leave and the day you come back are counted as days abroad.",
            nb: "Som du valgte, regnes dagen du reiser og dagen du kommer tilbake, som dager i utlandet.",
            uk: "Як ви обрали, день виїзду і день повернення рахуються як дні за кордоном."),
    }
}

/// A window in words: "1 March 2024 – 28 February 2025" (first and last day).
fn window_words(w: Span, loc: Locale) -> String {
    let first = text::date(w.start, loc);
    let last = text::date(w.last_day().unwrap_or(w.start), loc);
    format!("{first} – {last}")
}

fn finish(parts: Vec<String>) -> String {
    parts.join(" ")
}

/// `tl.half-time`: seed 004, "You must live in Norway at least half of the time you have a
/// residence permit for. If you have been given a residence permit for one year, you cannot stay
/// abroad for more than six months in total during that year. If you have been given a residence
/// permit for several years, you cannot stay abroad for more than a total of 182 days in any 365
/// day period. If you do so, you can lose your residence permit"; utl. § 60 (5), utf. § 10-19a.
///
/// Six months are 182 days (C5); "more than" → exceeded at 183 (C6). Not applied to refugees
/// (RULES.md §3): `met`, saying so. An unknown basis applies the rule (it spares only refugees).
fn half_time(
    rule: HalfTimeRule,
    count: WindowCount,
    basis: Option<Basis>,
    notice: Option<&str>,
    ctx: &Context,
) -> Criterion {
    let loc = ctx.locale;
    let limit = TL_HALF_TIME_MAX_DAYS;
    let limit_s = text::days(limit, loc);
    let n_s = text::days(count.days, loc);
    let mut parts: Vec<String> = notice.map(str::to_string).into_iter().collect();
    let criterion = |status: Status, parts: Vec<String>| {
        Criterion::new("tl.half-time", status, finish(parts), &SOURCES_HALF_TIME)
            .with_figure("days", count.days)
            .with_figure("limit", limit)
            .with_figure("applies", basis != Some(Basis::Refugee))
    };
    if basis == Some(Basis::Refugee) {
        parts.push(tr!(loc,
            en: "You have a residence permit as a refugee, so the rule that you must live in Norway at least half of the time does not apply to you (for other temporary permits it allows at most {limit_s} abroad in a year). Stays abroad still matter for a later permanent permit and for travel in Schengen.",
            nb: "Du har oppholdstillatelse som flyktning, så regelen om at du må bo i Norge minst halvparten av tiden, gjelder ikke for deg (for andre midlertidige tillatelser er grensen {limit_s} i utlandet i løpet av et år). Opphold i utlandet har likevel betydning for en senere permanent tillatelse og for reiser i Schengen.",
            uk: "Ви маєте дозвіл на проживання як біженець, тому правило, що ви повинні жити в Норвегії щонайменше половину часу, на вас не поширюється (для інших тимчасових дозволів межа — {limit_s} за кордоном протягом року). Перебування за кордоном усе ж мають значення для подальшого постійного дозволу і для поїздок у Шенгенській зоні."));
        return criterion(Status::Met, parts);
    }
    parts.push(tr!(loc,
        en: "You must live in Norway at least half of the time you have a residence permit for.",
        nb: "Du må bo i Norge minst halvparten av tiden du har oppholdstillatelse for.",
        uk: "Ви повинні жити в Норвегії щонайменше половину часу, на який маєте дозвіл на проживання."));
    match rule {
        HalfTimeRule::PermitYear(year) => {
            let w = window_words(year, loc);
            parts.push(tr!(loc,
                en: "Your permit runs for one year or less ({w}), so you may be abroad at most {limit_s} in that period. You have been abroad {n_s} in it.",
                nb: "Tillatelsen din gjelder for ett år eller kortere ({w}), så du kan være i utlandet høyst {limit_s} i denne perioden. Du har vært i utlandet {n_s} i den.",
                uk: "Ваш дозвіл діє один рік або менше ({w}), тож ви можете бути за кордоном не більше ніж {limit_s} за цей період. Ви були за кордоном {n_s} у ньому."));
        }
        HalfTimeRule::Rolling { from, end_known } => {
            parts.push(match (from, end_known) {
                (Some(_), true) => tr!(loc,
                    en: "Your permit runs for more than one year, so you may be abroad at most {limit_s} in any period of 365 days.",
                    nb: "Tillatelsen din gjelder for mer enn ett år, så du kan være i utlandet høyst {limit_s} i løpet av en hvilken som helst periode på 365 dager.",
                    uk: "Ваш дозвіл діє понад один рік, тож ви можете бути за кордоном не більше ніж {limit_s} за будь-який період у 365 днів."),
                (Some(_), false) => tr!(loc,
                    en: "We do not know when your permit ends, so the stricter rule for permits of more than one year is used: you may be abroad at most {limit_s} in any period of 365 days.",
                    nb: "Vi vet ikke når tillatelsen din slutter, så den strengere regelen for tillatelser på mer enn ett år brukes: du kan være i utlandet høyst {limit_s} i løpet av en hvilken som helst periode på 365 dager.",
                    uk: "Ми не знаємо, коли закінчується ваш дозвіл, тому застосовується суворіше правило для дозволів понад один рік: ви можете бути за кордоном не більше ніж {limit_s} за будь-який період у 365 днів."),
                (None, _) => tr!(loc,
                    en: "We do not know when your permit started, so every period of 365 days in your list of stays is checked: you may be abroad at most {limit_s} in any of them.",
                    nb: "Vi vet ikke når tillatelsen din startet, så alle perioder på 365 dager i listen over opphold blir sjekket: du kan være i utlandet høyst {limit_s} i hver av dem.",
                    uk: "Ми не знаємо, коли почав діяти ваш дозвіл, тому перевіряється кожен період у 365 днів у вашому списку перебувань: у жодному з них ви не можете бути за кордоном більше ніж {limit_s}."),
            });
            parts.push(match count.window {
                Some(w) => {
                    let w = window_words(w, loc);
                    tr!(loc,
                        en: "The most you have been abroad in one such period is {n_s} ({w}).",
                        nb: "Det meste du har vært i utlandet i én slik periode, er {n_s} ({w}).",
                        uk: "Найбільше, скільки ви були за кордоном за один такий період, — {n_s} ({w}).")
                }
                None => tr!(loc,
                    en: "You have no days abroad in these periods.",
                    nb: "Du har ingen dager i utlandet i disse periodene.",
                    uk: "У цих періодах у вас немає днів за кордоном."),
            });
        }
    }
    parts.push(counting_sentence(ctx.counting, loc));
    let met = count.days <= limit;
    // C8: over the limit only under the strict readings chosen for an unknown permit date or
    // basis → unknown, not not-met (those days may fall outside the rule, or the person may be a
    // refugee). The outcome still warns (limit-exceeded), see `evaluate`.
    let depends_on_unknown = basis.is_none()
        || matches!(
            rule,
            HalfTimeRule::Rolling { from: None, .. }
                | HalfTimeRule::Rolling {
                    end_known: false,
                    ..
                }
        );
    if !met && depends_on_unknown {
        parts.push(tr!(loc,
            en: "This is more than {limit_s}. Whether it breaks the rule depends on what you have not answered (when your permit started and ends, or whether you are a refugee): if it does, you can lose your residence permit. Check the dates and the basis in your decision letter from UDI.",
            nb: "Dette er mer enn {limit_s}. Om det bryter regelen, avhenger av det du ikke har svart på (når tillatelsen din startet og slutter, eller om du er flyktning): gjør det det, kan du miste oppholdstillatelsen. Sjekk datoene og grunnlaget i vedtaket fra UDI.",
            uk: "Це більше ніж {limit_s}. Чи порушує це правило, залежить від того, на що ви не відповіли (коли почав і коли закінчується ваш дозвіл або чи ви біженець): якщо порушує, ви можете втратити дозвіл на проживання. Перевірте дати й підставу в рішенні від UDI."));
        return criterion(Status::Unknown, parts).with_borderline(borderline(count.days, limit));
    }
    parts.push(if met {
        tr!(loc,
            en: "This is within the limit.",
            nb: "Dette er innenfor grensen.",
            uk: "Це в межах ліміту.")
    } else {
        tr!(loc,
            en: "This is more than {limit_s}: you can lose your residence permit and have to apply for a new one.",
            nb: "Dette er mer enn {limit_s}: du kan miste oppholdstillatelsen og må da søke om en ny.",
            uk: "Це більше ніж {limit_s}: ви можете втратити дозвіл на проживання і тоді муситимете подавати заяву на новий.")
    });
    criterion(Status::from_answer(Some(met)), parts).with_borderline(borderline(count.days, limit))
}

/// `tl.permanent-residence`: seed 004, "If you are later going to apply for a permanent residence
/// permit, you can normally not have stayed outside Norway for more than a total of seven months
/// in the past three years"; utl. § 62 (1)-(2), utf. § 11-3.
///
/// The law in force differs from the seed for § 38 and § 28 (refugee) permits: since 1 December
/// 2020 (`TL_PR_LAW_CHANGE`) they may have 10 months (304 days) abroad in 5 years; other permits
/// keep 7 months (213 days) in 3 years. "More than" → exceeded at 305 / 214 (C6). The window is
/// the N years before `asOf`, `asOf` included. Basis unknown: both tracks; met if both are met,
/// not met if neither is, else unknown.
fn permanent_residence(
    tracks: &[(Track, i64)],
    reported: (Track, i64),
    notice: Option<&str>,
    ctx: &Context,
) -> Criterion {
    let loc = ctx.locale;
    let as_of_s = text::date(ctx.as_of, loc);
    let change_s = text::date(TL_PR_LAW_CHANGE, loc);
    let (p_limit, p_years) = (
        text::days(PROTECTED.limit, loc),
        text::years(PROTECTED.years, loc),
    );
    let (o_limit, o_years) = (text::days(OTHER.limit, loc), text::years(OTHER.years, loc));
    let law_change = tr!(loc,
        en: "UDI's page still says 7 months in 3 years for permits on humanitarian grounds; the law changed on {change_s}, and this check uses the law in force.",
        nb: "UDIs side sier fortsatt 7 måneder i løpet av 3 år for tillatelser på humanitært grunnlag; loven ble endret {change_s}, og denne sjekken bruker reglene som gjelder nå.",
        uk: "На сторінці UDI досі зазначено 7 місяців за 3 роки для дозволів з гуманітарних підстав; закон змінився {change_s}, і ця перевірка застосовує чинні правила.");
    let mut parts: Vec<String> = notice.map(str::to_string).into_iter().collect();
    let met_of = |(t, days): &(Track, i64)| *days <= t.limit;
    let status = if tracks.iter().all(met_of) {
        Status::Met
    } else if tracks.iter().any(met_of) {
        Status::Unknown
    } else {
        Status::NotMet
    };
    match tracks {
        [(t, days)] => {
            let n_s = text::days(*days, loc);
            let years_s = text::years(t.years, loc);
            if *t == PROTECTED {
                parts.push(tr!(loc,
                    en: "To get a permanent residence permit later with a permit on humanitarian grounds or a particular connection to Norway (§ 38) or as a refugee (§ 28), you can normally be abroad at most {p_limit} (10 months) in the {p_years} before you apply.",
                    nb: "For å få permanent oppholdstillatelse senere med en tillatelse på humanitært grunnlag eller særlig tilknytning til Norge (§ 38) eller som flyktning (§ 28), kan du normalt være i utlandet høyst {p_limit} (10 måneder) i løpet av {p_years} før du søker.",
                    uk: "Щоб пізніше отримати постійний дозвіл на проживання з дозволом з гуманітарних підстав чи через особливий зв'язок з Норвегією (§ 38) або як біженець (§ 28), ви зазвичай можете бути за кордоном не більше ніж {p_limit} (10 місяців) за {p_years} до подання заяви."));
                parts.push(law_change);
            } else {
                parts.push(tr!(loc,
                    en: "To get a permanent residence permit later, you can normally be abroad at most {o_limit} (7 months) in the {o_years} before you apply.",
                    nb: "For å få permanent oppholdstillatelse senere kan du normalt være i utlandet høyst {o_limit} (7 måneder) i løpet av {o_years} før du søker.",
                    uk: "Щоб пізніше отримати постійний дозвіл на проживання, ви зазвичай можете бути за кордоном не більше ніж {o_limit} (7 місяців) за {o_years} до подання заяви."));
            }
            parts.push(tr!(loc,
                en: "In the {years_s} up to {as_of_s} you have been abroad {n_s}.",
                nb: "I perioden på {years_s} fram til {as_of_s} har du vært i utlandet {n_s}.",
                uk: "За {years_s} до {as_of_s} ви були за кордоном {n_s}."));
        }
        _ => {
            let find = |want: Track| {
                tracks
                    .iter()
                    .find(|(t, _)| *t == want)
                    .map_or(0, |(_, d)| *d)
            };
            let (p_n, o_n) = (
                text::days(find(PROTECTED), loc),
                text::days(find(OTHER), loc),
            );
            parts.push(tr!(loc,
                en: "We do not know what your permit is based on, so both rules for a later permanent residence permit are checked. Permits on humanitarian grounds (§ 38) and refugee permits (§ 28): at most {p_limit} abroad in {p_years}; you have {p_n} in the {p_years} up to {as_of_s}. Other permits: at most {o_limit} in {o_years}; you have {o_n} in the {o_years} up to {as_of_s}.",
                nb: "Vi vet ikke hva tillatelsen din bygger på, så begge reglene for en senere permanent oppholdstillatelse blir sjekket. Tillatelser på humanitært grunnlag (§ 38) og flyktningtillatelser (§ 28): høyst {p_limit} i utlandet i løpet av {p_years}; du har {p_n} i perioden på {p_years} fram til {as_of_s}. Andre tillatelser: høyst {o_limit} i løpet av {o_years}; du har {o_n} i perioden på {o_years} fram til {as_of_s}.",
                uk: "Ми не знаємо, на якій підставі видано ваш дозвіл, тому перевіряються обидва правила для подальшого постійного дозволу. Дозволи з гуманітарних підстав (§ 38) і дозволи біженця (§ 28): не більше ніж {p_limit} за кордоном за {p_years}; у вас {p_n} за {p_years} до {as_of_s}. Інші дозволи: не більше ніж {o_limit} за {o_years}; у вас {o_n} за {o_years} до {as_of_s}."));
            parts.push(law_change);
        }
    }
    parts.push(counting_sentence(ctx.counting, loc));
    parts.push(match status {
        Status::Met => tr!(loc,
            en: "This is within the limit.",
            nb: "Dette er innenfor grensen.",
            uk: "Це в межах ліміту."),
        Status::NotMet => tr!(loc,
            en: "This is over the limit: you keep your current permit, but you may not get a permanent residence permit when you apply, and may have to wait until fewer days abroad fall in the period.",
            nb: "Dette er over grensen: du beholder tillatelsen du har, men du får kanskje ikke permanent oppholdstillatelse når du søker, og må kanskje vente til færre dager i utlandet faller innenfor perioden.",
            uk: "Це понад ліміт: ваш нинішній дозвіл залишається, але ви можете не отримати постійний дозвіл на проживання, коли подасте заяву, і, можливо, доведеться чекати, доки в цьому періоді стане менше днів за кордоном."),
        Status::Unknown => tr!(loc,
            en: "You are within one limit but not the other, so the answer depends on what your permit is based on: check the decision letter from UDI.",
            nb: "Du er innenfor den ene grensen, men ikke den andre, så svaret avhenger av hva tillatelsen din bygger på: sjekk vedtaket fra UDI.",
            uk: "Ви в межах одного ліміту, але не іншого, тож відповідь залежить від підстави вашого дозволу: перевірте рішення від UDI."),
    });
    let is_borderline = tracks.iter().any(|(t, d)| borderline(*d, t.limit));
    let mut c = Criterion::new(
        "tl.permanent-residence",
        status,
        finish(parts),
        &SOURCES_PERMANENT,
    )
    .with_borderline(is_borderline)
    .with_figure("days", reported.1)
    .with_figure("limit", reported.0.limit)
    .with_figure("years", reported.0.years);
    for (t, d) in tracks {
        c = c.with_figure(&format!("daysAbroadIn{}Years", t.years), *d);
    }
    c
}

/// `tl.schengen`: seed 004, "You can visit other Schengen countries for up to 90 days"; CISA
/// art. 21, utf. § 3-1: at most 90 days in any 180-day period `[d - 179, d]`. Days are counted
/// by C4 (the day of entry and the day of exit are days in the other state); stays marked
/// `schengen` only. Exceeded at 91 (C6).
fn schengen(count: WindowCount, notice: Option<&str>, loc: Locale) -> Criterion {
    let limit = SCHENGEN_MAX_DAYS;
    let limit_s = text::days(limit, loc);
    let n_s = text::days(count.days, loc);
    let mut parts: Vec<String> = notice.map(str::to_string).into_iter().collect();
    parts.push(tr!(loc,
        en: "With a residence permit you can visit other Schengen countries for up to {limit_s} in any period of 180 days. The day you arrive and the day you leave count as days there.",
        nb: "Med oppholdstillatelse kan du besøke andre Schengen-land i opptil {limit_s} i løpet av en hvilken som helst periode på 180 dager. Dagen du kommer og dagen du reiser, regnes som dager der.",
        uk: "З дозволом на проживання ви можете відвідувати інші країни Шенгенської зони до {limit_s} за будь-який період у 180 днів. День прибуття і день від'їзду рахуються як дні там."));
    parts.push(match count.window {
        Some(w) => {
            let w = window_words(w, loc);
            tr!(loc,
                en: "The most you have spent in other Schengen countries in one such period is {n_s} ({w}).",
                nb: "Det meste du har vært i andre Schengen-land i én slik periode, er {n_s} ({w}).",
                uk: "Найбільше, скільки ви провели в інших країнах Шенгену за один такий період, — {n_s} ({w}).")
        }
        None => tr!(loc,
            en: "You have recorded no stays in other Schengen countries.",
            nb: "Du har ikke lagt inn noen opphold i andre Schengen-land.",
            uk: "Ви не внесли жодного перебування в інших країнах Шенгену."),
    });
    let met = count.days <= limit;
    parts.push(if met {
        tr!(loc,
            en: "This is within the limit.",
            nb: "Dette er innenfor grensen.",
            uk: "Це в межах ліміту.")
    } else {
        tr!(loc,
            en: "This is more than {limit_s}, longer than the Schengen rules allow: this can put your residence permit at risk. Get advice.",
            nb: "Dette er mer enn {limit_s}, lenger enn Schengen-reglene tillater: det kan sette oppholdstillatelsen din i fare. Få råd.",
            uk: "Це більше ніж {limit_s}, довше, ніж дозволяють правила Шенгену: це може поставити під загрозу ваш дозвіл на проживання. Зверніться по пораду.")
    });
    Criterion::new(
        "tl.schengen",
        Status::from_answer(Some(met)),
        finish(parts),
        &SOURCES_SCHENGEN,
    )
    .with_borderline(borderline(count.days, limit))
    .with_figure("days", count.days)
    .with_figure("limit", limit)
}

// ---------------------------------------------------------------------------------------------
// Planning
// ---------------------------------------------------------------------------------------------

/// A trip to plan: the recorded stays it is added to, its departure, the earliest return that
/// can be asked about, and the departure of a later recorded stay that bounds its return.
struct Planning {
    /// Days abroad (C3) and Schengen days (C4) of the other stays.
    base_abroad: DaySet,
    base_schengen: DaySet,
    from: Date,
    schengen: bool,
    earliest: Date,
    next_departure: Option<Date>,
    as_of: Date,
    counting: Counting,
    /// The half-time rule, `None` when it does not apply (refugees).
    rule: Option<HalfTimeRule>,
    /// What the earliest return keeps, checked on every window of the whole record.
    at_earliest: Keeps,
}

/// Which rules a return date keeps.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Keeps {
    half_time: bool,
    schengen: bool,
}

impl Keeps {
    fn all(&self) -> bool {
        self.half_time && self.schengen
    }

    /// The criterion a return date breaks, the half-time rule first.
    fn broken_rule(&self) -> Option<&'static str> {
        if !self.half_time {
            Some("tl.half-time")
        } else if !self.schengen {
            Some("tl.schengen")
        } else {
            None
        }
    }
}

/// The answer of planning.
struct Plan {
    latest: Option<Date>,
    rule: Option<&'static str>,
    unbounded: bool,
}

/// The spans of `set` that meet `region`, cut to it: O(log n) to find, by bisection on the
/// sorted, disjoint spans.
fn near(set: &DaySet, region: Span) -> impl Iterator<Item = Span> + '_ {
    let spans = set.spans();
    let i = spans.partition_point(|s| s.end <= region.start);
    let j = spans.partition_point(|s| s.start < region.end).max(i);
    spans
        .get(i..j)
        .unwrap_or(&[])
        .iter()
        .map(move |s| s.intersect(region))
}

impl Planning {
    /// The trip to plan: `plannedTrip`, or else a stay still going on (its return is what is
    /// planned; the earliest return counted is the one C2 assumes, so that returning then gives
    /// the figures reported).
    fn new(
        stays: &[Stay],
        trip: Option<Trip>,
        rule: Option<HalfTimeRule>,
        ctx: &Context,
    ) -> Option<Planning> {
        let (from, schengen, earliest, skip) = match trip {
            Some(t) => (t.from, t.schengen, t.from, None),
            None => {
                let (i, s) = stays.iter().enumerate().find(|(_, s)| s.to.is_none())?;
                let earliest = match ctx.counting {
                    Counting::TravelDaysInNorway => add_days(ctx.as_of, 1),
                    Counting::TravelDaysAbroad => ctx.as_of,
                };
                (s.from, s.schengen, earliest.max(s.from), Some(i))
            }
        };
        let others = stays
            .iter()
            .enumerate()
            .filter(|(i, _)| Some(*i) != skip)
            .map(|(_, s)| *s);
        let next_departure = others.clone().map(|s| s.from).filter(|d| *d > from).min();
        let mut p = Planning {
            base_abroad: DaySet::new(others.clone().map(|s| s.abroad(ctx.as_of, ctx.counting))),
            base_schengen: DaySet::new(
                others
                    .filter(|s| s.schengen)
                    .map(|s| s.schengen_days(ctx.as_of)),
            ),
            from,
            schengen,
            earliest,
            next_departure,
            as_of: ctx.as_of,
            counting: ctx.counting,
            rule,
            at_earliest: Keeps {
                half_time: true,
                schengen: true,
            },
        };
        p.at_earliest = p.keeps_everywhere(earliest);
        Some(p)
    }

    fn trip(&self, back: Date) -> Stay {
        Stay {
            from: self.from,
            to: Some(back),
            schengen: self.schengen,
        }
    }

    /// Whether the record plus a trip coming back on `back` keeps `tl.half-time` (when it
    /// applies) and, for a Schengen trip, `tl.schengen`, on every window of the whole record.
    fn keeps_everywhere(&self, back: Date) -> Keeps {
        let trip = self.trip(back);
        let half_time = self.rule.is_none_or(|rule| {
            let spans = self.base_abroad.spans().iter().copied();
            rule.keeps(&DaySet::new(
                spans.chain([trip.abroad(self.as_of, self.counting)]),
            ))
        });
        let schengen = !self.schengen || {
            let spans = self.base_schengen.spans().iter().copied();
            let set = DaySet::new(spans.chain([trip.schengen_days(self.as_of)]));
            rolling_max(&set, SCHENGEN_WINDOW_DAYS, None).days <= SCHENGEN_MAX_DAYS
        };
        Keeps {
            half_time,
            schengen,
        }
    }

    /// Whether coming back on `back` (not before the earliest return) keeps the rules.
    ///
    /// A window that holds none of the trip's days holds the same days as with the earliest
    /// return, which [`Planning::keeps_everywhere`] has checked; so only the windows that meet
    /// the trip are counted, on the spans near it. Each candidate costs O(log n + k), `k` the
    /// stays within a window's length of the trip.
    fn keeps(&self, back: Date) -> Keeps {
        let trip = self.trip(back);
        let half_time = self.at_earliest.half_time
            && self.rule.is_none_or(|rule| {
                let days = trip.abroad(self.as_of, self.counting);
                if days.is_empty() {
                    return true;
                }
                let region = match rule {
                    HalfTimeRule::PermitYear(year) => year,
                    HalfTimeRule::Rolling { .. } => Span::new(
                        add_days(days.start, 1 - TL_HALF_TIME_WINDOW_DAYS),
                        add_days(days.end, TL_HALF_TIME_WINDOW_DAYS - 1),
                    ),
                };
                let local =
                    DaySet::new(near(&self.base_abroad, region).chain([days.intersect(region)]));
                rule.keeps(&local)
            });
        let schengen = self.at_earliest.schengen
            && (!self.schengen || {
                let days = trip.schengen_days(self.as_of);
                let region = Span::new(
                    add_days(days.start, 1 - SCHENGEN_WINDOW_DAYS),
                    add_days(days.end, SCHENGEN_WINDOW_DAYS - 1),
                );
                let local = DaySet::new(near(&self.base_schengen, region).chain([days]));
                rolling_max(&local, SCHENGEN_WINDOW_DAYS, None).days <= SCHENGEN_MAX_DAYS
            });
        Keeps {
            half_time,
            schengen,
        }
    }

    /// `latestReturnDate`: the latest return that keeps the rules (see [`Planning::keeps`]).
    /// Feasibility only falls as the return moves later (a later return only adds days), so the
    /// answer is found by bisection between the earliest return and the horizon (or the next
    /// recorded departure).
    fn latest_return(&self, permit_end: Option<Date>) -> Plan {
        if !self.at_earliest.all() {
            return Plan {
                latest: None,
                rule: self.at_earliest.broken_rule(),
                unbounded: false,
            };
        }
        let horizon = add_years(
            self.earliest.max(permit_end.unwrap_or(self.earliest)),
            PLANNING_HORIZON_YEARS,
        );
        let last = self.next_departure.map_or(horizon, |d| d.min(horizon));
        let span = days_between(self.earliest, last).max(0);
        if self.keeps(last).all() {
            // Nothing bounds the trip before `last`: a later recorded departure, or no rule.
            return match self.next_departure {
                Some(d) if d <= horizon => Plan {
                    latest: Some(d),
                    rule: Some("next-stay"),
                    unbounded: false,
                },
                _ => Plan {
                    latest: None,
                    rule: None,
                    unbounded: true,
                },
            };
        }
        // Invariant: offset `lo` keeps the rules, offset `hi` does not.
        let (mut lo, mut hi) = (0i64, span);
        while hi - lo > 1 {
            let mid = lo + (hi - lo) / 2;
            if self.keeps(add_days(self.earliest, mid)).all() {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        Plan {
            latest: Some(add_days(self.earliest, lo)),
            rule: self.keeps(add_days(self.earliest, hi)).broken_rule(),
            unbounded: false,
        }
    }

    /// Days abroad in the permanent-residence window ending on `day` if the trip ends on `back`:
    /// the record's days by prefix sums plus the trip's share, in O(log n).
    fn permanent_days(&self, track: Track, day: Date, back: Date) -> i64 {
        let w = track.window_ending(day);
        let trip = self.trip(back).abroad(self.as_of, self.counting);
        // Under strict counting a trip may share its first day with the stay before it.
        let shared = near(&self.base_abroad, trip.intersect(w))
            .map(|s| s.len())
            .sum::<i64>();
        self.base_abroad.count_in(w) + trip.intersect(w).len() - shared
    }

    /// `latestReturnForPermanent`: the latest return such that on every day from the earliest
    /// return until the return day, the days abroad in the track's window stay within its limit
    /// (the window ending on the return day holds the whole trip; after it no days are added).
    /// Unknown basis: the earlier of both tracks. Days are tried one by one: the limit (at most
    /// 304) is reached within a few years, each step costing O(log n).
    fn latest_for_permanent(&self, tracks: &[Track]) -> Option<Date> {
        let mut latest: Option<Date> = None;
        for track in tracks {
            let steps = track.years.saturating_mul(366).saturating_add(2);
            let mut ok: Option<Date> = None;
            for k in 0..=steps {
                let day = add_days(self.earliest, k);
                if self.next_departure.is_some_and(|d| day > d) {
                    break;
                }
                if self.permanent_days(*track, day, day) > track.limit {
                    break;
                }
                ok = Some(day);
            }
            let ok = ok?;
            latest = Some(latest.map_or(ok, |l: Date| l.min(ok)));
        }
        latest
    }

    /// Whether a return on `back` keeps the permanent-residence limit on every day until then.
    fn keeps_permanent(&self, tracks: &[Track], back: Date) -> bool {
        self.latest_for_permanent(tracks)
            .is_some_and(|latest| back <= latest)
    }
}

// ---------------------------------------------------------------------------------------------
// The checker
// ---------------------------------------------------------------------------------------------

/// A window as a figure: `{start, end}`, `end` the last day inside it, or `null`.
fn window_figure(w: Option<Span>) -> Value {
    match w.and_then(|w| w.last_day().map(|last| (w.start, last))) {
        Some((first, last)) => json!({
            "start": first.format("%Y-%m-%d").to_string(),
            "end": last.format("%Y-%m-%d").to_string(),
        }),
        None => Value::Null,
    }
}

/// Evaluates the `travel-limits` checker (RULES.md §3).
pub fn evaluate(input: &Value, ctx: &Context) -> Result<Evaluation, Vec<FieldError>> {
    let inp = read(input, ctx)?;
    let loc = ctx.locale;
    // Only a pending application for protection stops all travel; an unknown situation is
    // evaluated as a temporary permit, with the asylum warning in every explanation (see above).
    let must_not_travel = inp.situation == Some(Situation::AsylumSeeker);
    let notice = asylum_notice(inp.situation, loc);
    let notice = notice.as_deref();

    let abroad = DaySet::new(inp.stays.iter().map(|s| s.abroad(ctx.as_of, ctx.counting)));
    let schengen_set = DaySet::new(
        inp.stays
            .iter()
            .filter(|s| s.schengen)
            .map(|s| s.schengen_days(ctx.as_of)),
    );

    // tl.half-time
    let rule = HalfTimeRule::new(inp.permit_start, inp.permit_end);
    let half_applies = inp.basis != Some(Basis::Refugee);
    let half_count = rule.count(&abroad);
    let mut c_half = half_time(rule, half_count, inp.basis, notice, ctx);

    // tl.permanent-residence
    let tracks = Track::for_basis(inp.basis);
    let counted: Vec<(Track, i64)> = tracks
        .iter()
        .map(|t| (*t, abroad.count_in(t.window_ending(ctx.as_of))))
        .collect();
    // The track reported in the figures: the only one, or (basis unknown) the one closest to
    // its limit; on a tie the 7-months-in-3-years track the seed names.
    let reported = counted
        .iter()
        .copied()
        .min_by_key(|(t, d)| (t.limit - d, *t != OTHER))
        .unwrap_or((OTHER, 0));
    let mut c_permanent = permanent_residence(&counted, reported, notice, ctx);

    // tl.schengen
    let schengen_count = rolling_max(&schengen_set, SCHENGEN_WINDOW_DAYS, None);
    let mut c_schengen = schengen(schengen_count, notice, loc);

    if notice.is_some() {
        for c in [&mut c_half, &mut c_permanent, &mut c_schengen] {
            c.sources.push(SOURCE_ASYLUM.to_string());
        }
    }

    let outcome = if must_not_travel {
        Outcome::MustNotTravel
    } else if c_half.status != Status::Met || c_schengen.status == Status::NotMet {
        // Protective (RULES.md silent on unknowns here): `tl.half-time` unknown means over 182
        // days on a reading that depends on an unknown permit date or basis; the permit may be
        // lost, so it is answered like not met (`at-risk` tells the user the permit is kept).
        Outcome::LimitExceeded
    } else if c_permanent.status != Status::Met {
        // Protective: "unknown" (the tracks disagree) may be not met.
        Outcome::AtRisk
    } else {
        Outcome::WithinLimits
    };

    let exceeded_on = [
        half_applies.then(|| rule.exceeded_on(&abroad)).flatten(),
        schengen_set.first_day_reaching_days(SCHENGEN_WINDOW_DAYS, SCHENGEN_MAX_DAYS + 1),
    ]
    .into_iter()
    .flatten()
    .min();

    let days_left = if must_not_travel {
        Some(0)
    } else if half_applies {
        Some(rule.days_left(&abroad, ctx.as_of))
    } else {
        None
    };
    let schengen_left = if must_not_travel {
        0
    } else {
        let end = add_days(ctx.as_of, 1);
        let used = schengen_set.count_in(Span::new(add_days(end, -SCHENGEN_WINDOW_DAYS), end));
        (SCHENGEN_MAX_DAYS - used).max(0)
    };

    let (in_365, in_permit_year, rule_name) = match rule {
        HalfTimeRule::PermitYear(_) => (None, Some(half_count.days), "permit-year"),
        HalfTimeRule::Rolling { .. } => (Some(half_count.days), None, "rolling-365"),
    };

    let mut e = Evaluation::new(outcome, vec![c_half, c_permanent, c_schengen])
        .with_figure("halfTimeApplies", half_applies)
        .with_figure("halfTimeRule", rule_name)
        .with_figure("halfTimeLimit", TL_HALF_TIME_MAX_DAYS)
        .with_figure("maxDaysAbroadIn365", in_365)
        .with_figure("daysAbroadInPermitYear", in_permit_year)
        .with_figure("halfTimeWindow", window_figure(half_count.window))
        .with_figure("daysLeftInWindow", days_left)
        .with_figure("daysAbroadForPermanent", reported.1)
        .with_figure("permanentResidenceLimit", reported.0.limit)
        .with_figure("permanentResidenceYears", reported.0.years)
        .with_figure("maxSchengenDaysIn180", schengen_count.days)
        .with_figure("schengenLimit", SCHENGEN_MAX_DAYS)
        .with_figure("schengenWindow", window_figure(schengen_count.window))
        .with_figure("schengenDaysLeftInWindow", schengen_left)
        .with_figure("exceededOn", exceeded_on);

    // Planning: never changes the outcome or the figures above (C2).
    let half_rule = half_applies.then_some(rule);
    let planning = Planning::new(&inp.stays, inp.trip, half_rule, ctx);
    let mut latest: Option<Date> = None;
    let mut latest_rule: Option<&str> = None;
    let mut unbounded: Option<bool> = None;
    let mut latest_permanent: Option<Date> = None;
    if let Some(p) = &planning {
        unbounded = Some(false);
        // Protective: no return date at all for someone who must not travel.
        if !must_not_travel {
            let plan = p.latest_return(inp.permit_end);
            latest = plan.latest;
            latest_rule = plan.rule;
            unbounded = Some(plan.unbounded);
            latest_permanent = p.latest_for_permanent(&tracks);
        }
        e = e.with_figure(
            "planningFor",
            if inp.trip.is_some() {
                "planned-trip"
            } else {
                "ongoing-stay"
            },
        );
    } else {
        e = e.with_figure("planningFor", None::<&str>);
    }
    e = e
        .with_figure("planningFrom", planning.as_ref().map(|p| p.from))
        .with_figure("latestReturnDate", latest)
        .with_figure("latestReturnRule", latest_rule)
        .with_figure("noReturnLimit", unbounded)
        .with_figure("latestReturnForPermanent", latest_permanent);
    if let (Some(p), Some(back)) = (&planning, inp.trip.and_then(|t| t.to)) {
        let within = !must_not_travel && p.keeps(back).all();
        let keeps_permanent = !must_not_travel && p.keeps_permanent(&tracks, back);
        e = e
            .with_figure("plannedReturnWithinLimits", within)
            .with_figure("plannedReturnKeepsPermanent", keeps_permanent);
    }
    Ok(e)
}

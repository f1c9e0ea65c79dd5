//! Checker `permanent-permit`: can a permanent residence permit be lost by staying abroad too
//! long, or on other grounds? (RULES.md §2; seed 003; utl. § 62 (8), utf. § 11-8 (1), utl. § 63.)
//!
//! People use this checker to plan their lives ("how long can I stay away?"), so every step is
//! the exact rule of RULES.md §2, in its order, each in its own small function below:
//!
//! 1. [`year_counts`] / [`counted_days`]: calendar years under 60 days abroad count nothing.
//! 2. [`starts_new_period`] / [`periods`]: 15 months in Norway start a new period.
//! 3. [`reaches_continuous_limit`]: one stay of 730 days or more (`pp.continuous`).
//! 4. [`four_year_max`] / [`reaches_four_year_limit`]: 730 counted days within four years, inside
//!    one period (`pp.four-year-total`).
//! 5. [`information_status`]: incorrect information, withheld information, incorrect identity
//!    (`pp.correct-information`).
//!
//! Borderline (C7): `pp.continuous` at 723–737 days, `pp.four-year-total` at 723–737 counted
//! days, and also when a calendar year within 7 days of the 60-day threshold would turn the
//! four-year answer around if counted the other way (`Analysis::four_year_hangs_on_a_near_60_year`).
//!
//! Figures (all computed here; the UI only renders them):
//! - `longestStayDays`: the longest single stay abroad, in days (C3).
//! - `maxFourYearDays`: the most counted days (steps 1-2) inside one window `[d, d + 4 years)`.
//! - `exceededOn`: the first day on which a limit is reached (the earlier of the two rules), or
//!   `null`. For the four-year rule it is the day the 730th *counted* day is spent abroad, with
//!   each year's count taken from the whole record: when a year reaches 60 days only in March,
//!   its days count from 1 January and the limit can be reached in January. RULES.md does not
//!   say which reading; this one gives the earlier warning (the other, "as it stood on that day",
//!   would give the day the year reached 60).
//! - `latestReturnDate`, `latestReturnRule`, `plannedReturnWithinLimits`: planning (see [`plan`]).
//! - `years`: `[{year, days, counted}]` for every calendar year with days abroad.
//! - `periods`: `[{start, end}]`: `start` is the first stay's departure day, `end` the last
//!   stay's return day; `end` is `null` for the period still open (a stay going on, or less than
//!   15 months since the last return on `asOf`, so that a stay starting now would join it).
//! - `maxFourYearWindow`: `{start, end}` of the window giving `maxFourYearDays`; `end` is the
//!   window's **last day** (inclusive, `start + 4 years - 1 day`); `null` when no day counts.
//!
//! A planned trip never changes the outcome or those figures (C2): it only produces the planning
//! figures and a sentence in the explanation of the rule that sets the latest return date.

use std::collections::BTreeMap;
use std::ops::Range;

use chrono::Datelike;

use serde_json::{json, Value};

use super::dates::{
    add_days, add_months, borderline, check_stays, days_between, split_by_year, year_span,
    Counting, Date, DaySet, Span, Stay, WindowMax,
};
use super::input::{Reader, Trip};
use super::law::{
    PP_IGNORED_YEAR_BELOW_DAYS, PP_MAX_CONTINUOUS_DAYS, PP_MAX_TOTAL_DAYS, PP_RESET_MONTHS,
    PP_WINDOW_YEARS,
};
use super::text::{self, Locale};
use super::{Context, Criterion, Evaluation, FieldError, Outcome, Status};
use crate::tr;

/// Criterion ids (RULES.md §2).
pub const ID_CONTINUOUS: &str = "pp.continuous";
pub const ID_FOUR_YEAR: &str = "pp.four-year-total";
pub const ID_CORRECT_INFORMATION: &str = "pp.correct-information";

const SOURCES_CONTINUOUS: [&str; 2] = ["seed:003", "utl. § 62 (8)"];
const SOURCES_FOUR_YEAR: [&str; 2] = ["seed:003", "utf. § 11-8 (1)"];
const SOURCES_INFORMATION: [&str; 2] = ["seed:003", "utl. § 63"];

// ---------------------------------------------------------------------------------------------
// Input (API.md, C8)
// ---------------------------------------------------------------------------------------------

/// The answers of a `permanent-permit` request, read and checked.
#[derive(Clone, Debug)]
struct Answers {
    /// The recorded stays abroad, in date order.
    stays: Vec<Stay>,
    trip: Option<Trip>,
    gave_incorrect_information: Option<bool>,
    withheld_information: Option<bool>,
    incorrect_identity: Option<bool>,
    /// familyImmigrationPermit, preventedFromReturning, victimOfAbuse, relationshipEnded.
    exemption: [Option<bool>; 4],
}

/// Reads the input (API.md) and reports every problem at once (C8).
fn read(input: &Value, ctx: &Context) -> Result<Answers, Vec<FieldError>> {
    let loc = ctx.locale;
    let mut r = Reader::new(input, loc);
    let stays = r.stays("stays");
    // Entries that could not be read are left out of `stays`, so list positions are only
    // trustworthy (for `stays[i]` error names) when the whole list was read cleanly.
    let stays_read = !r.has_errors();
    let trip = r.trip("plannedTrip");
    let trip_read = !r.has_errors();
    let gave_incorrect_information = r.bool("gaveIncorrectInformation");
    let withheld_information = r.bool("withheldInformation");
    let incorrect_identity = r.bool("incorrectIdentity");
    let mut ex = r.object("abuseExemption");
    let exemption = [
        ex.bool("familyImmigrationPermit"),
        ex.bool("preventedFromReturning"),
        ex.bool("victimOfAbuse"),
        ex.bool("relationshipEnded"),
    ];
    r.absorb(ex);

    if stays_read {
        let stay_errors = check_stays(&stays, ctx.as_of, "stays", loc);
        let stays_valid = stay_errors.is_empty();
        for e in stay_errors {
            r.error_at(e.field, e.message);
        }
        if let (true, true, Some(t)) = (stays_valid, trip_read, trip) {
            if let Some(e) = check_trip(&t, &stays, loc) {
                r.error_at(e.field, e.message);
            }
        }
    }
    if r.has_errors() {
        return Err(r.into_errors());
    }
    Ok(Answers {
        stays: in_date_order(stays),
        trip,
        gave_incorrect_information,
        withheld_information,
        incorrect_identity,
        exemption,
    })
}

/// The stays sorted by departure, then return (an ongoing stay, which can only be the last one,
/// sorts after any stay that left the same day).
fn in_date_order(mut stays: Vec<Stay>) -> Vec<Stay> {
    stays.sort_by_key(|s| (s.from, s.to.is_none(), s.to));
    stays
}

/// C8 for the planned trip: a return before the departure (error on `plannedTrip.to`); a trip
/// that overlaps a recorded stay, or any trip while a stay is still going on (error on
/// `plannedTrip.from`). Only the first problem is reported.
///
/// Choices where RULES.md is silent, made to protect the user:
/// - While a stay is still going on its return day is unknown, so a planned trip cannot be
///   placed after it (it starts before it, or overlaps it): the user is told that without a
///   planned trip the latest return date is worked out for the stay they are on.
/// - A planned trip without a return date runs on indefinitely, so a recorded stay that starts
///   after its departure overlaps it.
/// - Coming back and leaving again on the same day is allowed, as for recorded stays.
fn check_trip(trip: &Trip, stays: &[Stay], loc: Locale) -> Option<FieldError> {
    if let Some(to) = trip.to {
        if to < trip.from {
            let (from_s, to_s) = (text::date(trip.from, loc), text::date(to, loc));
            return Some(FieldError::new(
                "plannedTrip.to",
                tr!(loc,
                    en: "The planned return date ({to_s}) is before the planned departure date ({from_s}). Check both dates.",
                    nb: "Den planlagte datoen for hjemkomst ({to_s}) er før den planlagte avreisedatoen ({from_s}). Sjekk begge datoene.",
                    uk: "Запланована дата повернення ({to_s}) раніша за заплановану дату виїзду ({from_s}). Перевірте обидві дати."),
            ));
        }
    }
    let mut order: Vec<usize> = (0..stays.len()).collect();
    order.sort_by_key(|&i| stays.get(i).map(|s| (s.from, s.to.is_none(), s.to)));
    for i in order {
        let Some(s) = stays.get(i) else { continue };
        if !conflicts(trip, s) {
            continue;
        }
        let n = i + 1;
        let stay_from = text::date(s.from, loc);
        let message = match s.to {
            None => tr!(loc,
                en: "You are still abroad on stay {n} (since {stay_from}), so a planned trip cannot be checked yet. Remove the planned trip: the latest return date is then worked out for the stay you are on now. Or enter the return date of stay {n}.",
                nb: "Du er fortsatt i utlandet på opphold {n} (siden {stay_from}), så en planlagt reise kan ikke sjekkes ennå. Fjern den planlagte reisen: da regnes den seneste datoen for hjemkomst ut for oppholdet du er på nå. Eller skriv inn datoen du kom tilbake fra opphold {n}.",
                uk: "Ви досі за кордоном у перебуванні {n} (з {stay_from}), тому заплановану поїздку ще не можна перевірити. Видаліть заплановану поїздку: тоді найпізнішу дату повернення буде розраховано для перебування, у якому ви зараз. Або введіть дату повернення для перебування {n}."),
            Some(to) => {
                let (from_s, stay_to) = (text::date(trip.from, loc), text::date(to, loc));
                if trip.to.is_none() && s.from >= trip.from {
                    tr!(loc,
                        en: "The planned trip leaves on {from_s} and has no return date, but stay {n} ({stay_from} – {stay_to}) starts after that. Enter the planned return date (on or before {stay_from}), or check the dates.",
                        nb: "Den planlagte reisen starter {from_s} og har ingen dato for hjemkomst, men opphold {n} ({stay_from} – {stay_to}) starter etter det. Skriv inn den planlagte datoen for hjemkomst (senest {stay_from}), eller sjekk datoene.",
                        uk: "Запланована поїздка починається {from_s} і не має дати повернення, але перебування {n} ({stay_from} – {stay_to}) починається пізніше. Введіть заплановану дату повернення (не пізніше {stay_from}) або перевірте дати.")
                } else {
                    tr!(loc,
                        en: "The planned trip (leaving on {from_s}) overlaps stay {n} ({stay_from} – {stay_to}). Trips cannot overlap: choose other dates, or check the stay's dates.",
                        nb: "Den planlagte reisen (avreise {from_s}) overlapper opphold {n} ({stay_from} – {stay_to}). Reiser kan ikke overlappe: velg andre datoer, eller sjekk datoene for oppholdet.",
                        uk: "Запланована поїздка (виїзд {from_s}) перетинається з перебуванням {n} ({stay_from} – {stay_to}). Поїздки не можуть перетинатися: оберіть інші дати або перевірте дати перебування.")
                }
            }
        };
        return Some(FieldError::new("plannedTrip.from", message));
    }
    None
}

/// Whether the planned trip (`[from, to)`, or from `from` on without a return date) overlaps a
/// recorded stay; a stay still going on always conflicts. Touching is not overlapping.
fn conflicts(trip: &Trip, stay: &Stay) -> bool {
    match stay.to {
        None => true,
        Some(to) => trip.from < to && trip.to.is_none_or(|t| stay.from < t),
    }
}

// ---------------------------------------------------------------------------------------------
// The counting of RULES.md §2, step by step
// ---------------------------------------------------------------------------------------------

/// C3: the days abroad of each stay (default: the days strictly between leaving and coming back;
/// strict setting: both travel days too). An ongoing stay runs through `asOf` (C2).
fn days_abroad(stays: &[Stay], ctx: &Context) -> Vec<Span> {
    stays
        .iter()
        .map(|s| s.abroad(ctx.as_of, ctx.counting))
        .collect()
}

/// Step 1, the total per calendar year. Seed 003: "Stays lasting less than two months per
/// calendar year are not deemed to constitute stays abroad in this context." utf. § 11-8 (1):
/// "Opphold i utlandet på til sammen under to måneder per kalenderår regnes ikke."
///
/// Every stay's days are split at each 1 January and added up per year, over all stays.
fn year_totals(abroad: &[Span]) -> BTreeMap<i32, i64> {
    DaySet::new(abroad.iter().copied()).days_by_year()
}

/// Step 1, the test: a year whose total is under two months (60 days, C5) counts nothing; a year
/// with 60 days or more counts all of its days ("til sammen under to måneder": the total of the
/// year decides, not the length of each stay).
fn year_counts(total: i64) -> bool {
    total >= PP_IGNORED_YEAR_BELOW_DAYS
}

/// Step 1 applied to some stays' days abroad: the days that fall in a counted year, each part of
/// a stay that crosses 1 January judged by its own year's total.
fn counted_days(abroad: &[Span], years: &BTreeMap<i32, i64>) -> DaySet {
    DaySet::new(
        abroad
            .iter()
            .flat_map(|s| split_by_year(*s))
            .filter(|(year, _)| year_counts(years.get(year).copied().unwrap_or(0)))
            .map(|(_, part)| part),
    )
}

/// Step 2, the test between two stays in date order. Seed 003: "If you stay in Norway for a
/// continuous period of 15 months, you can stay abroad for a new period of up to two years."
/// (utf. § 11-8 (1).) RULES.md: a new period begins when `next.from >= prev.to + 15 months`
/// (calendar months, C5).
///
/// Every recorded stay interrupts the time in Norway, even one with no day abroad under C3 (a
/// day trip): the person left Norway, and resetting less often never understates the days that
/// count together (the choice that protects the user).
fn starts_new_period(prev: &Stay, next: &Stay, as_of: Date) -> bool {
    next.from >= add_months(prev.return_day(as_of), PP_RESET_MONTHS)
}

/// Step 2: the stays (in date order) grouped into periods, as ranges of positions. Days on
/// either side of a 15-month stay in Norway never add up.
fn periods(stays: &[Stay], as_of: Date) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, pair) in stays.windows(2).enumerate() {
        if let [prev, next] = pair {
            if starts_new_period(prev, next, as_of) {
                out.push(start..i + 1);
                start = i + 1;
            }
        }
    }
    if start < stays.len() {
        out.push(start..stays.len());
    }
    out
}

/// Step 3, `pp.continuous`. Seed 003: "You cannot stay abroad for a continuous period of two
/// years or more." utl. § 62 (8) says "more than two years"; RULES.md follows the page (the
/// stricter reading: reached at 730 days, C5 and C6) and flags exactly two years as borderline.
/// Uses one stay's own length, before step 1.
fn reaches_continuous_limit(days: i64) -> bool {
    days >= PP_MAX_CONTINUOUS_DAYS
}

/// Step 4, the window: the most counted days of one period inside a window `[d, d + 4 years)`
/// (C5; the earliest such window), or `None` when no day of the period counts.
///
/// A window starting before the first counted day holds no more than the window starting on it,
/// and one starting after the last holds nothing, so the starts between them are enough.
fn four_year_max(counted: &DaySet) -> Option<WindowMax> {
    let first = counted.spans().first()?.start;
    let last = counted.spans().last()?.last_day()?;
    counted.max_window_years(PP_WINDOW_YEARS, first, last)
}

/// Steps 1-2-4 over a record: the counted days of each period (step 1 judged by `years`' totals),
/// and the window with the most of them over all periods (the earliest of equals).
fn counted_and_max(
    abroad: &[Span],
    periods: &[Range<usize>],
    years: &BTreeMap<i32, i64>,
) -> (Vec<DaySet>, Option<WindowMax>) {
    let counted: Vec<DaySet> = periods
        .iter()
        .map(|p| counted_days(abroad.get(p.clone()).unwrap_or(&[]), years))
        .collect();
    let mut max_window: Option<WindowMax> = None;
    for w in counted.iter().filter_map(four_year_max) {
        if max_window.is_none_or(|m| w.days > m.days) {
            max_window = Some(w);
        }
    }
    (counted, max_window)
}

/// Step 4, `pp.four-year-total`. Seed 003: "You cannot have multiple stays that total two years
/// or more during a four-year period." (utf. § 11-8 (1).) Reached at 730 counted days (C6).
fn reaches_four_year_limit(days: i64) -> bool {
    days >= PP_MAX_TOTAL_DAYS
}

/// Step 5, `pp.correct-information`. Seed 003: "If you have provided incorrect information in
/// your case, UDI may decide that your residence permit should be revoked. … UDI may also decide
/// that your residence permit should be revoked if you have withheld information of importance
/// to your case. … UDI may decide to revoke your residence permit if you have given us incorrect
/// information about your identity." (utl. § 63.) Not met when any answer is yes, met when all
/// three are no, unknown otherwise.
fn information_status(answers: [Option<bool>; 3]) -> Status {
    if answers.contains(&Some(true)) {
        Status::NotMet
    } else if answers.iter().all(|a| *a == Some(false)) {
        Status::Met
    } else {
        Status::Unknown
    }
}

/// The exemption for those abused in a relationship (seed 003): "You must fill these four
/// requirements": a family-immigration permit with a spouse, partner or cohabitant; unable to
/// return against one's will; the person or their child a victim of domestic abuse; the
/// relationship has ended.
///
/// `true` only when all four answers are yes. An unknown answer gives `false`: the exemption
/// applies only "in very special circumstances" and all four requirements must be met, so the
/// app must not suggest it may apply before the person has confirmed each one (the app shows the
/// exemption's text either way).
fn exemption_may_apply(answers: [Option<bool>; 4]) -> bool {
    answers.iter().all(|a| *a == Some(true))
}

// ---------------------------------------------------------------------------------------------
// Steps 1-4 over a whole record
// ---------------------------------------------------------------------------------------------

/// Steps 1-4 applied to a list of stays in date order.
struct Analysis {
    /// C3: each stay's days abroad, in the same order as the stays.
    abroad: Vec<Span>,
    /// Step 1: days abroad per calendar year (all stays).
    years: BTreeMap<i32, i64>,
    /// Step 2: the periods, as ranges of stay positions.
    periods: Vec<Range<usize>>,
    /// Steps 1-2: the counted days of each period.
    counted: Vec<DaySet>,
    /// Step 3: the position and length of the longest stay (the earliest of equals).
    longest: Option<(usize, i64)>,
    /// Step 4: the window with the most counted days over all periods (the earliest of equals).
    max_window: Option<WindowMax>,
}

impl Analysis {
    fn new(stays: &[Stay], ctx: &Context) -> Analysis {
        let abroad = days_abroad(stays, ctx);
        let years = year_totals(&abroad);
        let periods = periods(stays, ctx.as_of);
        let (counted, max_window) = counted_and_max(&abroad, &periods, &years);
        let mut longest: Option<(usize, i64)> = None;
        for (i, s) in abroad.iter().enumerate() {
            if longest.is_none_or(|(_, days)| s.len() > days) {
                longest = Some((i, s.len()));
            }
        }
        Analysis {
            abroad,
            years,
            periods,
            counted,
            longest,
            max_window,
        }
    }

    fn longest_days(&self) -> i64 {
        self.longest.map_or(0, |(_, days)| days)
    }

    fn max_four_year_days(&self) -> i64 {
        self.max_window.map_or(0, |w| w.days)
    }

    fn continuous_met(&self) -> bool {
        !reaches_continuous_limit(self.longest_days())
    }

    fn four_year_met(&self) -> bool {
        !reaches_four_year_limit(self.max_four_year_days())
    }

    /// Step 3: the day on which a stay's 730th day abroad falls (the earliest such stay).
    fn continuous_reached_on(&self) -> Option<Date> {
        self.abroad
            .iter()
            .filter(|s| reaches_continuous_limit(s.len()))
            .map(|s| add_days(s.start, PP_MAX_CONTINUOUS_DAYS - 1))
            .min()
    }

    /// Step 4: the first day on which the counted days of one period inside the four-year window
    /// ending that day reach 730. Only when the rule is not met, so that the figure and the
    /// status always agree.
    fn four_year_reached_on(&self) -> Option<Date> {
        if self.four_year_met() {
            return None;
        }
        self.counted
            .iter()
            .filter_map(|c| c.first_day_reaching_years(PP_WINDOW_YEARS, PP_MAX_TOTAL_DAYS))
            .min()
    }

    /// C7 for step 1: whether the four-year rule's status hangs on a calendar year whose total is
    /// within 7 days of the 60-day threshold. RULES.md C7 sets borderline on "a figure within 7
    /// days of its limit"; a year's total (the `years` figure) is such a figure, and because the
    /// counting practice is not published, a year of 58 days may well be one of 60. A near year
    /// that cannot change the answer (one short trip, nothing else abroad) is not flagged: only
    /// when counting every near year the other way would turn the status around. Status never
    /// changes (C7).
    fn four_year_hangs_on_a_near_60_year(&self) -> bool {
        let met = self.four_year_met();
        let mut flipped = false;
        let other: BTreeMap<i32, i64> = self
            .years
            .iter()
            .map(|(&year, &total)| {
                let near = borderline(total, PP_IGNORED_YEAR_BELOW_DAYS);
                let total = match (near, met, year_counts(total)) {
                    // Met: would counting the near years that are ignored reach the limit?
                    (true, true, false) => {
                        flipped = true;
                        PP_IGNORED_YEAR_BELOW_DAYS
                    }
                    // Not met: would ignoring the near years that count keep below it?
                    (true, false, true) => {
                        flipped = true;
                        0
                    }
                    _ => total,
                };
                (year, total)
            })
            .collect();
        if !flipped {
            return false;
        }
        let (_, max_window) = counted_and_max(&self.abroad, &self.periods, &other);
        reaches_four_year_limit(max_window.map_or(0, |w| w.days)) == met
    }

    /// Days abroad in years under 60 days (ignored by step 1), and all days abroad.
    fn ignored_and_total(&self) -> (i64, i64) {
        let total: i64 = self.years.values().sum();
        let ignored: i64 = self.years.values().filter(|d| !year_counts(**d)).sum();
        (ignored, total)
    }
}

// ---------------------------------------------------------------------------------------------
// Planning: the latest return date
// ---------------------------------------------------------------------------------------------

/// The planning answer.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Plan {
    /// The day of leaving (the planned trip's, or the ongoing stay's).
    from: Option<Date>,
    /// Whether the plan is for a stay going on now (no planned trip).
    ongoing: bool,
    latest: Option<Date>,
    /// The criterion that a return one day later would break.
    rule: Option<&'static str>,
    /// Whether the planned trip's own return date keeps both rules met.
    planned_within: Option<bool>,
}

/// The feasibility test of one return day `R` for the planned stay `{from, R}`: are
/// `pp.continuous` and `pp.four-year-total` both still met with it?
///
/// It assumes what [`plan`] checks first: the record *without* the planned stay keeps both rules
/// (`base`). Then only the planned stay's own period, and only the windows that reach into the
/// calendar years of the planned stay, can change, so only the stays near it are looked at:
///
/// - Continuous: every other stay is under 730 days, so only the planned stay's own length
///   matters.
/// - Four years: the planned stay changes the counted days only in its own calendar years
///   (step 1), and joins at most the period just before and the period just after it (step 2);
///   every other period keeps its stays and its days. Two periods never share a calendar year
///   (15 months apart), so the year totals of the planned stay's period come from its own stays.
///   A window `[d, d + 4 years)` that misses the planned stay's years holds, within its period,
///   exactly the days it held in the base, so fewer than 730. The windows that reach into those
///   years lie inside the zone `[1 January of (year(P) − 4), 1 January of (year(hi + 1) + 5))`;
///   the stays reaching into that zone, clipped to it, give those windows exactly, and any other
///   window counts no more than it did in the base.
///
/// So each test costs O(k log k) for the k stays of about eleven years, whatever the length of the
/// history. The property tests check it against evaluating the whole record again.
struct Feasibility<'a> {
    ctx: &'a Context,
    from: Date,
    zone: Span,
    /// The base stays reaching into the zone, in date order.
    near: Vec<Stay>,
    /// Where the planned stay goes among them.
    at: usize,
}

impl<'a> Feasibility<'a> {
    fn new(ctx: &'a Context, base: &[Stay], from: Date, hi: Date) -> Feasibility<'a> {
        let first_year = from.year().saturating_sub(PP_WINDOW_YEARS as i32);
        let end_year = add_days(hi, 1)
            .year()
            .saturating_add(PP_WINDOW_YEARS as i32 + 1);
        let zone = Span::new(year_span(first_year).start, year_span(end_year).start);
        let near: Vec<Stay> = base
            .iter()
            .filter(|s| s.return_day(ctx.as_of) >= zone.start && s.from < zone.end)
            .copied()
            .collect();
        let at = insertion_point(&near, from);
        Feasibility {
            ctx,
            from,
            zone,
            near,
            at,
        }
    }

    /// `(pp.continuous met, pp.four-year-total met)` with the planned stay `{from, r}`.
    fn kept(&self, r: Date) -> (bool, bool) {
        let (as_of, counting) = (self.ctx.as_of, self.ctx.counting);
        let planned = Stay::new(self.from, Some(r));
        let continuous = !reaches_continuous_limit(planned.days_abroad(as_of, counting));
        let mut stays = self.near.clone();
        let at = self.at.min(stays.len());
        stays.insert(at, planned);
        // Step 2: the period of the planned stay, among the stays near it.
        let mut first = at;
        while let (Some(prev), Some(next)) = (
            first.checked_sub(1).and_then(|i| stays.get(i)),
            stays.get(first),
        ) {
            if starts_new_period(prev, next, as_of) {
                break;
            }
            first -= 1;
        }
        let mut last = at;
        while let (Some(prev), Some(next)) = (stays.get(last), stays.get(last + 1)) {
            if starts_new_period(prev, next, as_of) {
                break;
            }
            last += 1;
        }
        // Steps 1 and 4 for that period, inside the zone.
        let abroad: Vec<Span> = stays
            .get(first..=last)
            .unwrap_or(&[])
            .iter()
            .map(|s| s.abroad(as_of, counting).intersect(self.zone))
            .collect();
        let counted = counted_days(&abroad, &year_totals(&abroad));
        let four_year = four_year_max(&counted).is_none_or(|w| !reaches_four_year_limit(w.days));
        (continuous, four_year)
    }
}

/// Where a stay leaving on `from` goes among stays in date order (after a stay that comes back
/// that day, even one that also left that day).
fn insertion_point(stays: &[Stay], from: Date) -> usize {
    stays.partition_point(|s| s.from < from || s.to == Some(from))
}

/// RULES.md §2 "Planning": with `plannedTrip.from` (or, without a planned trip, an ongoing
/// stay) the latest return date `R` such that the record plus the stay `{from: P, to: R}` keeps
/// both `pp.continuous` and `pp.four-year-total` met; `None` when no return date does.
///
/// Feasibility is monotone in `R`: a later return adds days abroad (a longer stay, larger year
/// totals, so more counted years) and shortens the time in Norway before the next stay (periods
/// only merge). So `R` is found by bisection over `[lo, P + 730 days]` (a stay returning later
/// lasts 730 days or more): about ten tests of [`Feasibility::kept`], never a day-by-day loop.
///
/// - When the record already breaks a rule, so does every candidate (monotone again): `None`.
/// - `lo` for a planned trip is `P` (leaving and coming back the same day). For an ongoing stay
///   the days abroad up to `asOf` have happened, so `lo` is the earliest return that still
///   covers them: `asOf + 1` (default counting: the person is abroad on `asOf`), `asOf` (strict
///   counting: the return day itself counts as abroad). Either way the candidate at `lo` is the
///   record itself.
/// - A planned trip with a return date may sit before a recorded stay (a booked journey): the
///   return cannot be later than that stay's departure, so `R` is capped there; when the cap is
///   what limits `R`, no criterion sets the date and `latestReturnRule` is `null`.
fn plan(record: &[Stay], record_kept: bool, trip: Option<Trip>, ctx: &Context) -> Plan {
    let (from, base, lo, cap) = match (trip, record.split_last()) {
        (Some(t), _) => {
            let cap = record.get(insertion_point(record, t.from)).map(|s| s.from);
            (t.from, record, t.from, cap)
        }
        (None, Some((last, before))) if last.to.is_none() => {
            let lo = match ctx.counting {
                Counting::TravelDaysInNorway => add_days(ctx.as_of, 1),
                Counting::TravelDaysAbroad => ctx.as_of,
            };
            (last.from, before, lo.max(last.from), None)
        }
        _ => return Plan::default(),
    };
    let uncapped_hi = add_days(from, PP_MAX_CONTINUOUS_DAYS);
    let hi = cap.map_or(uncapped_hi, |c| c.min(uncapped_hi));
    let test = Feasibility::new(ctx, base, from, hi);
    let kept = |r: Date| test.kept(r) == (true, true);
    let latest = if !record_kept || lo > hi || !kept(lo) {
        None
    } else {
        // Invariant: `lo + good` is kept; no day after `lo + bad` (up to `hi`) is.
        let (mut good, mut bad) = (0i64, days_between(lo, hi));
        while good < bad {
            let mid = good + (bad - good + 1) / 2;
            if kept(add_days(lo, mid)) {
                good = mid;
            } else {
                bad = mid - 1;
            }
        }
        Some(add_days(lo, good))
    };
    let rule = latest.and_then(|r| {
        if cap.is_some_and(|c| r >= c) {
            return None;
        }
        match test.kept(add_days(r, 1)) {
            (false, _) => Some(ID_CONTINUOUS),
            (true, false) => Some(ID_FOUR_YEAR),
            // Not reached: `R` is the last kept day up to `hi`, and past `P + 730` the
            // continuous rule is broken.
            (true, true) => None,
        }
    });
    let planned_within = trip
        .and_then(|t| t.to)
        .map(|to| latest.is_some_and(|r| to <= r));
    Plan {
        from: Some(from),
        ongoing: trip.is_none(),
        latest,
        rule,
        planned_within,
    }
}

// ---------------------------------------------------------------------------------------------
// Explanations (en / nb / uk)
// ---------------------------------------------------------------------------------------------

/// "1 March 2020 – 2 April 2020", or for an ongoing stay "since 1 March 2020 (you are still
/// abroad; counted up to and including 15 January 2025)" (C2).
fn stay_range(stay: &Stay, as_of: Date, loc: Locale) -> String {
    let from = text::date(stay.from, loc);
    match stay.to {
        Some(to) => {
            let to = text::date(to, loc);
            format!("{from} – {to}")
        }
        None => {
            let as_of = text::date(as_of, loc);
            tr!(loc,
                en: "since {from} (you are still abroad; counted up to and including {as_of})",
                nb: "siden {from} (du er fortsatt i utlandet; regnet til og med {as_of})",
                uk: "з {from} (ви досі за кордоном; пораховано до {as_of} включно)")
        }
    }
}

/// The sentence added to the explanation of the rule that sets the latest return date.
fn plan_sentence(plan: &Plan, loc: Locale) -> String {
    let (Some(from), Some(latest)) = (plan.from, plan.latest) else {
        return String::new();
    };
    let (from_s, latest_s) = (text::date(from, loc), text::date(latest, loc));
    if plan.ongoing {
        tr!(loc,
            en: " For the stay you are on now (since {from_s}), come back on {latest_s} at the latest: coming back one day later breaks this rule.",
            nb: " For oppholdet du er på nå (siden {from_s}), må du komme tilbake senest {latest_s}: kommer du én dag senere, brytes denne regelen.",
            uk: " Із перебування, у якому ви зараз (з {from_s}), поверніться не пізніше {latest_s}: повернення на один день пізніше порушує це правило.")
    } else {
        tr!(loc,
            en: " If you leave on {from_s}, come back on {latest_s} at the latest: coming back one day later breaks this rule.",
            nb: " Reiser du {from_s}, må du komme tilbake senest {latest_s}: kommer du én dag senere, brytes denne regelen.",
            uk: " Якщо ви виїдете {from_s}, поверніться не пізніше {latest_s}: повернення на один день пізніше порушує це правило.")
    }
}

fn borderline_sentence(loc: Locale) -> String {
    tr!(loc,
        en: " This is within 7 days of the limit, and how travel days are counted is not published: keep a margin of several days and get advice.",
        nb: " Dette er innenfor 7 dager fra grensen, og hvordan reisedager telles, er ikke offentliggjort: hold en margin på flere dager og be om råd.",
        uk: " Це в межах 7 днів від межі, а як рахують дні подорожі, не оприлюднено: залиште запас у кілька днів і зверніться по пораду.")
}

/// Step 3 as a criterion.
fn continuous_criterion(
    a: &Analysis,
    stays: &[Stay],
    plan: &Plan,
    as_of: Date,
    loc: Locale,
) -> Criterion {
    let days = a.longest_days();
    let limit = PP_MAX_CONTINUOUS_DAYS;
    let met = !reaches_continuous_limit(days);
    let days_s = text::days(days, loc);
    let longest_stay = a.longest.and_then(|(i, _)| stays.get(i));
    let mut explanation = match (longest_stay, met) {
        (None, _) => tr!(loc,
            en: "You have recorded no stays abroad. The permit is lost after one continuous stay abroad of two years (730 days) or more.",
            nb: "Du har ikke lagt inn noen opphold i utlandet. Tillatelsen faller bort etter ett sammenhengende opphold i utlandet på to år (730 dager) eller mer.",
            uk: "Ви не внесли жодного перебування за кордоном. Дозвіл втрачається після одного безперервного перебування за кордоном тривалістю два роки (730 днів) або більше."),
        (Some(stay), true) => {
            let range = stay_range(stay, as_of, loc);
            let margin_s = text::days(limit - days, loc);
            tr!(loc,
                en: "Your longest stay abroad, {range}, lasted {days_s}. The permit is lost after one continuous stay abroad of two years (730 days) or more; this stay is {margin_s} short of that.",
                nb: "Ditt lengste opphold i utlandet, {range}, varte {days_s}. Tillatelsen faller bort etter ett sammenhengende opphold i utlandet på to år (730 dager) eller mer; dette oppholdet er {margin_s} under grensen.",
                uk: "Ваше найдовше перебування за кордоном, {range}, тривало {days_s}. Дозвіл втрачається після одного безперервного перебування за кордоном тривалістю два роки (730 днів) або більше; це перебування на {margin_s} коротше за цю межу.")
        }
        (Some(stay), false) => {
            let range = stay_range(stay, as_of, loc);
            let on = a
                .continuous_reached_on()
                .map(|d| text::date(d, loc))
                .unwrap_or_default();
            tr!(loc,
                en: "Your stay abroad {range} lasted {days_s}: one continuous stay of two years (730 days) or more. UDI can decide that your permanent permit is no longer valid. The limit was reached on {on}.",
                nb: "Oppholdet ditt i utlandet {range} varte {days_s}: ett sammenhengende opphold på to år (730 dager) eller mer. UDI kan avgjøre at den permanente tillatelsen din ikke lenger gjelder. Grensen ble nådd {on}.",
                uk: "Ваше перебування за кордоном {range} тривало {days_s}: одне безперервне перебування тривалістю два роки (730 днів) або більше. UDI може вирішити, що ваш постійний дозвіл більше не дійсний. Межу досягнуто {on}.")
        }
    };
    let is_borderline = borderline(days, limit);
    if is_borderline {
        explanation.push_str(&borderline_sentence(loc));
        if days == limit {
            explanation.push_str(&tr!(loc,
                en: " At exactly two years: the law (utl. § 62 (8)) speaks of more than two years, UDI's page of two years or more; this check follows the page.",
                nb: " Akkurat to år: loven (utl. § 62 (8)) sier mer enn to år, UDIs side sier to år eller mer; denne sjekken følger siden.",
                uk: " Рівно два роки: закон (utl. § 62 (8)) говорить про понад два роки, сторінка UDI — про два роки або більше; ця перевірка дотримується сторінки."));
        }
    }
    if plan.rule == Some(ID_CONTINUOUS) {
        explanation.push_str(&plan_sentence(plan, loc));
    }
    Criterion::new(
        ID_CONTINUOUS,
        if met { Status::Met } else { Status::NotMet },
        explanation,
        &SOURCES_CONTINUOUS,
    )
    .with_borderline(is_borderline)
    .with_figure("longestStayDays", days)
    .with_figure("limitDays", limit)
    .with_figure("exceededOn", a.continuous_reached_on())
}

/// Step 4 as a criterion.
fn four_year_criterion(a: &Analysis, plan: &Plan, loc: Locale) -> Criterion {
    let days = a.max_four_year_days();
    let limit = PP_MAX_TOTAL_DAYS;
    let met = !reaches_four_year_limit(days);
    let days_s = text::days(days, loc);
    let (ignored, total) = a.ignored_and_total();
    let mut explanation = if total == 0 {
        tr!(loc,
            en: "You have no days abroad.",
            nb: "Du har ingen dager i utlandet.",
            uk: "У вас немає днів за кордоном.")
    } else {
        let (ignored_s, total_s) = (text::days(ignored, loc), text::days(total, loc));
        tr!(loc,
            en: "Only calendar years with 60 days (two months) abroad or more count. You have been abroad {total_s} in all; {ignored_s} of them fall in years with fewer and are not counted.",
            nb: "Bare kalenderår med 60 dager (to måneder) eller mer i utlandet telles. Du har vært i utlandet {total_s} i alt; {ignored_s} av dem faller i år med færre og telles ikke.",
            uk: "Враховуються лише календарні роки, у яких ви були за кордоном 60 днів (два місяці) або більше. Усього ви провели за кордоном {total_s}; з них {ignored_s} припадає на роки з меншою кількістю, і їх не враховано.")
    };
    let n_periods = a.periods.len();
    if n_periods > 1 {
        let periods_s = separate_periods(n_periods, loc);
        explanation.push_str(&tr!(loc,
            en: " After 15 months in a row in Norway, counting starts afresh: your stays form {periods_s}, and days from different periods are never added up.",
            nb: " Etter 15 måneder sammenhengende i Norge begynner tellingen på nytt: oppholdene dine utgjør {periods_s}, og dager fra ulike perioder legges aldri sammen.",
            uk: " Після 15 місяців поспіль у Норвегії відлік починається заново: ваші перебування утворюють {periods_s}, і дні з різних періодів ніколи не додаються."));
    }
    match (a.max_window, met) {
        (None, _) => explanation.push_str(&tr!(loc,
            en: " So no day abroad counts under this rule. The permit is lost after stays abroad that add up to two years (730 days) or more within four years.",
            nb: " Derfor teller ingen dager i utlandet etter denne regelen. Tillatelsen faller bort etter opphold i utlandet som til sammen utgjør to år (730 dager) eller mer i løpet av fire år.",
            uk: " Тож за цим правилом не враховується жоден день за кордоном. Дозвіл втрачається після перебувань за кордоном, які разом становлять два роки (730 днів) або більше протягом чотирьох років.")),
        (Some(w), true) => {
            let (start, end) = window_dates(&w, loc);
            let margin_s = text::days(limit - days, loc);
            explanation.push_str(&tr!(loc,
                en: " The most days that count within any four years is {days_s}, from {start} to {end}. The permit is lost at two years (730 days) or more within four years; you are {margin_s} below that.",
                nb: " Det høyeste antallet dager som telles innenfor fire år, er {days_s}, fra {start} til {end}. Tillatelsen faller bort ved to år (730 dager) eller mer i løpet av fire år; du er {margin_s} under grensen.",
                uk: " Найбільше врахованих днів за будь-які чотири роки — {days_s}, з {start} по {end}. Дозвіл втрачається при двох роках (730 днів) або більше протягом чотирьох років; вам до цієї межі залишається {margin_s}."));
        }
        (Some(w), false) => {
            let (start, end) = window_dates(&w, loc);
            let on = a
                .four_year_reached_on()
                .map(|d| text::date(d, loc))
                .unwrap_or_default();
            explanation.push_str(&tr!(loc,
                en: " In the four years from {start} to {end} you have {days_s} abroad that count: two years (730 days) or more within four years. UDI can decide that your permanent permit is no longer valid. The limit was reached on {on}.",
                nb: " I de fire årene fra {start} til {end} har du {days_s} i utlandet som telles: to år (730 dager) eller mer i løpet av fire år. UDI kan avgjøre at den permanente tillatelsen din ikke lenger gjelder. Grensen ble nådd {on}.",
                uk: " За чотири роки з {start} по {end} у вас {days_s} за кордоном, що враховуються: два роки (730 днів) або більше протягом чотирьох років. UDI може вирішити, що ваш постійний дозвіл більше не дійсний. Межу досягнуто {on}."));
        }
    }
    let near_60 = a.four_year_hangs_on_a_near_60_year();
    if near_60 {
        explanation.push_str(&tr!(loc,
            en: " Careful: this answer depends on a calendar year with close to 60 days abroad. Counted a few days differently (for example with the travel days as days abroad), that year would change the answer. Keep a margin and get advice.",
            nb: " Vær oppmerksom: dette svaret avhenger av et kalenderår med nesten 60 dager i utlandet. Telles noen få dager annerledes (for eksempel reisedagene som dager i utlandet), ville det året endre svaret. Hold en margin og be om råd.",
            uk: " Увага: ця відповідь залежить від календарного року, у якому ви були за кордоном близько 60 днів. Якщо порахувати кілька днів інакше (наприклад, дні поїздки як дні за кордоном), цей рік змінив би відповідь. Залиште запас і зверніться по пораду."));
    }
    let near_limit = a.max_window.is_some() && borderline(days, limit);
    if near_limit {
        explanation.push_str(&borderline_sentence(loc));
    }
    let is_borderline = near_limit || near_60;
    if plan.rule == Some(ID_FOUR_YEAR) {
        explanation.push_str(&plan_sentence(plan, loc));
    }
    explanation.push_str(&tr!(loc,
        en: " Note: a 2026 amendment will repeal this rule (utf. § 11-8 (1)) from a date not yet set; until then it applies, and this check keeps it.",
        nb: " Merk: en lovendring fra 2026 opphever denne regelen (utf. § 11-8 (1)) fra en dato som ikke er fastsatt ennå; fram til da gjelder den, og denne sjekken bruker den.",
        uk: " Зверніть увагу: зміна 2026 року скасує це правило (utf. § 11-8 (1)) з дати, яку ще не встановлено; доти воно діє, і ця перевірка його застосовує."));
    let (window_start, window_end) = match a.max_window {
        Some(w) => (Some(w.window.start), w.window.last_day()),
        None => (None, None),
    };
    Criterion::new(
        ID_FOUR_YEAR,
        if met { Status::Met } else { Status::NotMet },
        explanation,
        &SOURCES_FOUR_YEAR,
    )
    .with_borderline(is_borderline)
    .with_figure("maxFourYearDays", days)
    .with_figure("limitDays", limit)
    .with_figure("windowStart", window_start)
    .with_figure("windowEnd", window_end)
    .with_figure("exceededOn", a.four_year_reached_on())
}

/// "3 separate periods", with the Ukrainian plural forms.
fn separate_periods(n: usize, loc: Locale) -> String {
    match loc {
        Locale::En => format!("{n} separate periods"),
        Locale::Nb => format!("{n} separate perioder"),
        Locale::Uk => {
            let (d10, d100) = (n % 10, n % 100);
            let words = if d10 == 1 && d100 != 11 {
                "окремий період"
            } else if (2..=4).contains(&d10) && !(12..=14).contains(&d100) {
                "окремі періоди"
            } else {
                "окремих періодів"
            };
            format!("{n} {words}")
        }
    }
}

/// A window's first and last day, as text.
fn window_dates(w: &WindowMax, loc: Locale) -> (String, String) {
    let last = w.window.last_day().unwrap_or(w.window.start);
    (text::date(w.window.start, loc), text::date(last, loc))
}

/// Step 5 as a criterion.
fn information_criterion(answers: &Answers, loc: Locale) -> Criterion {
    let given = [
        answers.gave_incorrect_information,
        answers.withheld_information,
        answers.incorrect_identity,
    ];
    let status = information_status(given);
    let explanation = match status {
        Status::Met => tr!(loc,
            en: "You answered that you have not given incorrect information, have not withheld important information and have not given incorrect information about your identity.",
            nb: "Du har svart at du ikke har gitt uriktige opplysninger, ikke har holdt tilbake viktige opplysninger og ikke har gitt uriktige opplysninger om identiteten din.",
            uk: "Ви відповіли, що не надавали неправдивої інформації, не приховували важливої інформації і не надавали неправдивих відомостей про свою особу."),
        Status::NotMet => {
            let mut parts: Vec<String> = Vec::new();
            if given[0] == Some(true) {
                parts.push(tr!(loc,
                    en: "given incorrect information in your case",
                    nb: "gitt uriktige opplysninger i saken din",
                    uk: "надали неправдиву інформацію у своїй справі"));
            }
            if given[1] == Some(true) {
                parts.push(tr!(loc,
                    en: "withheld information of importance to your case",
                    nb: "holdt tilbake opplysninger av betydning for saken din",
                    uk: "приховали інформацію, важливу для вашої справи"));
            }
            if given[2] == Some(true) {
                parts.push(tr!(loc,
                    en: "given incorrect information about your identity",
                    nb: "gitt uriktige opplysninger om identiteten din",
                    uk: "надали неправдиві відомості про свою особу"));
            }
            let list = join_list(parts, loc);
            tr!(loc,
                en: "You answered that you have {list}. UDI may revoke a permanent permit on these grounds when the information was significant to the case (utl. § 63). Get legal advice.",
                nb: "Du har svart at du har {list}. UDI kan tilbakekalle en permanent tillatelse av disse grunnene når opplysningene hadde betydning for saken (utl. § 63). Be om juridisk råd.",
                uk: "Ви відповіли, що {list}. UDI може відкликати постійний дозвіл з цих підстав, якщо інформація була суттєвою для справи (utl. § 63). Зверніться по юридичну пораду.")
        }
        Status::Unknown => tr!(loc,
            en: "Not all three questions (incorrect information, withheld information, incorrect identity) are answered, so this cannot be checked. UDI may revoke a permanent permit on these grounds (utl. § 63).",
            nb: "Ikke alle de tre spørsmålene (uriktige opplysninger, tilbakeholdte opplysninger, uriktig identitet) er besvart, så dette kan ikke sjekkes. UDI kan tilbakekalle en permanent tillatelse av disse grunnene (utl. § 63).",
            uk: "Не на всі три запитання (неправдива інформація, приховування інформації, неправдиві відомості про особу) є відповідь, тому це неможливо перевірити. UDI може відкликати постійний дозвіл з цих підстав (utl. § 63)."),
    };
    Criterion::new(
        ID_CORRECT_INFORMATION,
        status,
        explanation,
        &SOURCES_INFORMATION,
    )
}

/// "a, b and c" in the user's language.
fn join_list(mut parts: Vec<String>, loc: Locale) -> String {
    let and = tr!(loc, en: " and ", nb: " og ", uk: " і ");
    match parts.len() {
        0 => String::new(),
        1 => parts.remove(0),
        _ => {
            let last = parts.pop().unwrap_or_default();
            format!("{}{and}{last}", parts.join(", "))
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Figures for the timeline
// ---------------------------------------------------------------------------------------------

fn iso(d: Date) -> String {
    d.format("%Y-%m-%d").to_string()
}

/// `years`: every calendar year with days abroad, with its total and whether it counts.
fn years_figure(a: &Analysis) -> Value {
    Value::Array(
        a.years
            .iter()
            .filter(|(_, days)| **days > 0)
            .map(
                |(year, days)| json!({ "year": year, "days": days, "counted": year_counts(*days) }),
            )
            .collect(),
    )
}

/// `periods`: each period's first departure and last return; `end` is `null` for the period
/// still open (a stay is going on, or a stay starting on `asOf` would still join it).
fn periods_figure(a: &Analysis, stays: &[Stay], as_of: Date) -> Value {
    let n = a.periods.len();
    Value::Array(
        a.periods
            .iter()
            .enumerate()
            .filter_map(|(k, p)| {
                let first = stays.get(p.start)?;
                let last = stays.get(p.end.checked_sub(1)?)?;
                let open = k + 1 == n
                    && match last.to {
                        None => true,
                        Some(to) => as_of < add_months(to, PP_RESET_MONTHS),
                    };
                let end = if open {
                    Value::Null
                } else {
                    last.to.map_or(Value::Null, |to| Value::from(iso(to)))
                };
                Some(json!({ "start": iso(first.from), "end": end }))
            })
            .collect(),
    )
}

/// `maxFourYearWindow`: `{start, end}` with `end` the window's last day, or `null`.
fn window_figure(a: &Analysis) -> Value {
    match a.max_window {
        Some(w) => {
            let last = w.window.last_day().unwrap_or(w.window.start);
            json!({ "start": iso(w.window.start), "end": iso(last) })
        }
        None => Value::Null,
    }
}

// ---------------------------------------------------------------------------------------------
// The checker
// ---------------------------------------------------------------------------------------------

/// Evaluates the `permanent-permit` checker (RULES.md §2).
///
/// Outcome: `limit-exceeded` when `pp.continuous` or `pp.four-year-total` is not met; else
/// `at-risk` when `pp.correct-information` is not met; else `within-limits`.
pub fn evaluate(input: &Value, ctx: &Context) -> Result<Evaluation, Vec<FieldError>> {
    let loc = ctx.locale;
    let answers = read(input, ctx)?;
    let stays = &answers.stays;
    let a = Analysis::new(stays, ctx);
    let plan = plan(
        stays,
        a.continuous_met() && a.four_year_met(),
        answers.trip,
        ctx,
    );

    let continuous = continuous_criterion(&a, stays, &plan, ctx.as_of, loc);
    let four_year = four_year_criterion(&a, &plan, loc);
    let information = information_criterion(&answers, loc);

    let outcome = if continuous.status == Status::NotMet || four_year.status == Status::NotMet {
        Outcome::LimitExceeded
    } else if information.status == Status::NotMet {
        Outcome::AtRisk
    } else {
        Outcome::WithinLimits
    };
    let exceeded_on = match (a.continuous_reached_on(), a.four_year_reached_on()) {
        (Some(x), Some(y)) => Some(x.min(y)),
        (x, y) => x.or(y),
    };

    let mut evaluation = Evaluation::new(outcome, vec![continuous, four_year, information])
        .with_figure("longestStayDays", a.longest_days())
        .with_figure("maxFourYearDays", a.max_four_year_days())
        .with_figure("exceededOn", exceeded_on)
        .with_figure("latestReturnDate", plan.latest)
        .with_figure("latestReturnRule", plan.rule)
        .with_figure("years", years_figure(&a))
        .with_figure("periods", periods_figure(&a, stays, ctx.as_of))
        .with_figure("maxFourYearWindow", window_figure(&a))
        .with_extra("exemptionMayApply", exemption_may_apply(answers.exemption));
    if let Some(within) = plan.planned_within {
        evaluation = evaluation.with_figure("plannedReturnWithinLimits", within);
    }
    Ok(evaluation)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::dates::parse_date;

    fn d(s: &str) -> Date {
        parse_date(s).unwrap()
    }

    fn ctx(as_of: &str) -> Context {
        Context {
            as_of: d(as_of),
            locale: Locale::En,
            counting: Counting::TravelDaysInNorway,
        }
    }

    #[test]
    fn year_threshold_is_sixty_days() {
        assert!(!year_counts(59));
        assert!(year_counts(60));
    }

    #[test]
    fn information_answers() {
        assert_eq!(
            information_status([Some(false), Some(false), Some(false)]),
            Status::Met
        );
        assert_eq!(
            information_status([None, Some(true), Some(false)]),
            Status::NotMet
        );
        assert_eq!(
            information_status([None, Some(false), Some(false)]),
            Status::Unknown
        );
    }

    #[test]
    fn periods_split_at_fifteen_months() {
        let a = Stay::new(d("2015-01-01"), Some(d("2016-01-10")));
        let b = Stay::new(d("2017-04-10"), Some(d("2017-05-01")));
        let c = Stay::new(d("2017-04-09"), Some(d("2017-05-01")));
        assert!(starts_new_period(&a, &b, d("2020-01-01")));
        assert!(!starts_new_period(&a, &c, d("2020-01-01")));
        assert_eq!(periods(&[a, b], d("2020-01-01")), vec![0..1, 1..2]);
        assert_eq!(periods(&[a, c], d("2020-01-01")), vec![0..2]);
    }

    #[test]
    fn plan_without_anything_to_plan_is_empty() {
        let stays = [Stay::new(d("2020-01-01"), Some(d("2020-02-01")))];
        assert_eq!(
            plan(&stays, true, None, &ctx("2021-01-01")),
            Plan::default()
        );
    }
}

/// The fast feasibility test of planning against evaluating the whole record again.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod feasibility {
    use super::*;
    use proptest::prelude::*;

    fn full_kept(base: &[Stay], from: Date, r: Date, ctx: &Context) -> (bool, bool) {
        let mut all = base.to_vec();
        all.insert(insertion_point(base, from), Stay::new(from, Some(r)));
        let a = Analysis::new(&all, ctx);
        (a.continuous_met(), a.four_year_met())
    }

    /// Stays before a hole, the hole where the planned stay leaves, stays after it.
    fn case() -> impl Strategy<Value = (Vec<Stay>, Date, Option<Date>, Context, Vec<i64>)> {
        (
            prop::collection::vec((0i64..560, 0i64..760), 0..7),
            0usize..7,
            0i64..500,
            0i64..900,
            any::<bool>(),
            prop::collection::vec(0i64..=731, 6),
        )
            .prop_map(|(parts, hole, trip_gap, room, strict, offsets)| {
                let mut day = Date::from_ymd_opt(2008, 1, 1).unwrap_or_default();
                let mut stays = Vec::new();
                let mut from = None;
                for (k, (gap, len)) in parts.into_iter().enumerate() {
                    if k == hole {
                        let p = add_days(day, trip_gap);
                        from = Some(p);
                        day = add_days(p, room);
                    }
                    let f = add_days(day, gap);
                    let t = add_days(f, len);
                    stays.push(Stay::new(f, Some(t)));
                    day = t;
                }
                let from = from.unwrap_or_else(|| add_days(day, trip_gap));
                let cap = stays.iter().map(|s| s.from).find(|f| *f >= from);
                let ctx = Context {
                    as_of: add_days(day, 30),
                    locale: Locale::En,
                    counting: if strict {
                        Counting::TravelDaysAbroad
                    } else {
                        Counting::TravelDaysInNorway
                    },
                };
                (stays, from, cap, ctx, offsets)
            })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(400))]

        #[test]
        fn fast_test_equals_whole_record((base, from, cap, ctx, offsets) in case()) {
            let a = Analysis::new(&base, &ctx);
            prop_assume!(a.continuous_met() && a.four_year_met());
            let uncapped = add_days(from, PP_MAX_CONTINUOUS_DAYS);
            let hi = cap.map_or(uncapped, |c| c.min(uncapped));
            let test = Feasibility::new(&ctx, &base, from, hi);
            for off in offsets {
                let r = add_days(from, off).min(hi);
                prop_assert_eq!(test.kept(r), full_kept(&base, from, r, &ctx), "return {}", r);
            }
        }
    }
}

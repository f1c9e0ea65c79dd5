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

use serde::{Deserialize, Serialize};

use super::dates::{
    add_days, add_months, add_years, borderline, days_between, split_by_year, year_span, Date,
    DaySet, Span, Stay, WindowMax,
};
use super::law::{
    PP_BREXIT_CONTINUOUS_DAYS, PP_IGNORED_YEAR_BELOW_DAYS, PP_MAX_CONTINUOUS_DAYS,
    PP_MAX_TOTAL_DAYS, PP_RESET_MONTHS, PP_WINDOW_YEARS,
};
use super::stays::{check_stays, check_trip, Trip};
use super::{Context, Criterion, Evaluation, Figure, InputError, Outcome, Status, Window};
use crate::msg;
use crate::text::{Arg, Msg, Text};

/// Criterion ids (RULES.md §2).
pub const ID_CONTINUOUS: &str = "pp.continuous";
pub const ID_FOUR_YEAR: &str = "pp.four-year-total";
pub const ID_CORRECT_INFORMATION: &str = "pp.correct-information";

const SOURCES_CONTINUOUS: [&str; 2] = ["seed:003", "utl. § 62"];
const SOURCES_FOUR_YEAR: [&str; 2] = ["seed:003", "utf. § 11-8 (1)"];
const SOURCES_INFORMATION: [&str; 2] = ["seed:003", "utl. § 63"];

// ---------------------------------------------------------------------------------------------
// Input (API.md, C8)
// ---------------------------------------------------------------------------------------------

/// The four requirements of the exemption for victims of abuse (`abuseExemption`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct AbuseExemption {
    pub family_immigration_permit: Option<bool>,
    pub prevented_from_returning: Option<bool>,
    pub victim_of_abuse: Option<bool>,
    pub relationship_ended: Option<bool>,
}

/// The answers of a `permanent-permit` request (API.md `input`). `None` = unknown.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Input {
    pub stays: Vec<Stay>,
    pub planned_trip: Option<Trip>,
    pub gave_incorrect_information: Option<bool>,
    pub withheld_information: Option<bool>,
    pub incorrect_identity: Option<bool>,
    /// A British citizen with a permanent permit under the Brexit rules (rev. 2).
    pub brexit_permit: Option<bool>,
    pub abuse_exemption: AbuseExemption,
}

/// C8: the stays (`rules::stays::check_stays`), then the planned trip against them
/// (`rules::stays::check_trip`). `stays_complete` is false when some entries of the list could not
/// be read: nothing that depends on the list is checked then.
pub fn check(input: &Input, ctx: &Context, stays_complete: bool) -> Vec<InputError> {
    if !stays_complete {
        return Vec::new();
    }
    let mut errors = check_stays(&input.stays, ctx.as_of, "stays");
    if errors.is_empty() {
        if let Some(t) = &input.planned_trip {
            errors.extend(check_trip(t, &input.stays));
        }
    }
    errors
}

/// The stays sorted by departure, then return (an ongoing stay, which can only be the last one,
/// sorts after any stay that left the same day).
fn in_date_order(stays: &[Stay]) -> Vec<Stay> {
    let mut stays = stays.to_vec();
    stays.sort_by_key(|s| (s.from, s.to.is_none(), s.to));
    stays
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
    total >= PP_IGNORED_YEAR_BELOW_DAYS.now()
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
    next.from >= add_months(prev.return_day(as_of), PP_RESET_MONTHS.now())
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

/// The limits that apply: the ordinary rules, or those of a permanent permit granted under the
/// Brexit rules (RULES.md §2 step 6, rev. 2), which lapses only after five years in a row abroad
/// and has no four-year rule.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Limits {
    continuous: i64,
    four_year: bool,
}

impl Limits {
    /// `brexitPermit` true: five years (1826 days); unknown or false: the ordinary rules (the
    /// stricter reading; the explanation names the exception).
    fn new(brexit_permit: Option<bool>) -> Limits {
        if brexit_permit == Some(true) {
            Limits {
                continuous: PP_BREXIT_CONTINUOUS_DAYS.now(),
                four_year: false,
            }
        } else {
            Limits {
                continuous: PP_MAX_CONTINUOUS_DAYS.now(),
                four_year: true,
            }
        }
    }

    /// Step 3, `pp.continuous`. Seed 003: "You cannot stay abroad for a continuous period of two
    /// years or more." utl. § 62 says "more than two years"; RULES.md follows the page (the
    /// stricter reading: reached at 730 days, C5 and C6) and flags exactly two years as
    /// borderline. Uses one stay's own length, before step 1.
    fn reaches_continuous(&self, days: i64) -> bool {
        days >= self.continuous
    }
}

/// Step 4, the window: the most counted days of one period inside a window `[d, d + 4 years)`
/// (C5; the earliest such window), or `None` when no day of the period counts.
///
/// A window starting before the first counted day holds no more than the window starting on it,
/// and one starting after the last holds nothing, so the starts between them are enough.
fn four_year_max(counted: &DaySet) -> Option<WindowMax> {
    let first = counted.spans().first()?.start;
    let last = counted.spans().last()?.last_day()?;
    counted.max_window_years(PP_WINDOW_YEARS.now(), first, last)
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
/// or more during a four-year period." (utf. § 11-8 (1), which says "more than two years": exactly
/// 730 is flagged borderline.) Reached at 730 counted days (C6).
fn reaches_four_year_limit(days: i64) -> bool {
    days >= PP_MAX_TOTAL_DAYS.now()
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
    limits: Limits,
}

impl Analysis {
    fn new(stays: &[Stay], ctx: &Context, limits: Limits) -> Analysis {
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
            limits,
        }
    }

    fn longest_days(&self) -> i64 {
        self.longest.map_or(0, |(_, days)| days)
    }

    fn max_four_year_days(&self) -> i64 {
        self.max_window.map_or(0, |w| w.days)
    }

    fn four_year_met(&self) -> bool {
        !self.limits.four_year || !reaches_four_year_limit(self.max_four_year_days())
    }

    /// Step 3: the day on which a stay's 730th (Brexit: 1826th) day abroad falls (the earliest
    /// such stay).
    fn continuous_reached_on(&self) -> Option<Date> {
        self.abroad
            .iter()
            .filter(|s| self.limits.reaches_continuous(s.len()))
            .map(|s| add_days(s.start, self.limits.continuous - 1))
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
            .filter_map(|c| {
                c.first_day_reaching_years(PP_WINDOW_YEARS.now(), PP_MAX_TOTAL_DAYS.now())
            })
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
                let near = borderline(total, PP_IGNORED_YEAR_BELOW_DAYS.now());
                let total = match (near, met, year_counts(total)) {
                    // Met: would counting the near years that are ignored reach the limit?
                    (true, true, false) => {
                        flipped = true;
                        PP_IGNORED_YEAR_BELOW_DAYS.now()
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
        self.limits.four_year && reaches_four_year_limit(max_window.map_or(0, |w| w.days)) == met
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
    /// `resetOn`: see [`reset_on`].
    reset_on: Option<Date>,
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
    limits: Limits,
    from: Date,
    zone: Span,
    /// The base stays reaching into the zone, in date order.
    near: Vec<Stay>,
    /// Where the planned stay goes among them.
    at: usize,
}

impl<'a> Feasibility<'a> {
    fn new(
        ctx: &'a Context,
        limits: Limits,
        base: &[Stay],
        from: Date,
        hi: Date,
    ) -> Feasibility<'a> {
        let first_year = from.year().saturating_sub(PP_WINDOW_YEARS.now() as i32);
        let end_year = add_days(hi, 1)
            .year()
            .saturating_add(PP_WINDOW_YEARS.now() as i32 + 1);
        let zone = Span::new(year_span(first_year).start, year_span(end_year).start);
        let near: Vec<Stay> = base
            .iter()
            .filter(|s| s.return_day(ctx.as_of) >= zone.start && s.from < zone.end)
            .copied()
            .collect();
        let at = insertion_point(&near, from);
        Feasibility {
            ctx,
            limits,
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
        let trip_days = planned.abroad(as_of, counting);
        let continuous = !self.limits.reaches_continuous(trip_days.len());
        if !self.limits.four_year || trip_days.is_empty() {
            return (continuous, true);
        }
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
        // C10: only the windows that hold a day of the trip.
        let (lo, hi) = windows_holding(trip_days);
        let four_year = counted
            .max_window_years(PP_WINDOW_YEARS.now(), lo, hi)
            .is_none_or(|w| !reaches_four_year_limit(w.days));
        (continuous, four_year)
    }
}

/// The starts `d` of the four-year windows `[d, d + 4 years)` that hold a day of `days`: from the
/// first `d` whose window reaches the first day, to the last day.
fn windows_holding(days: Span) -> (Date, Date) {
    let years = PP_WINDOW_YEARS.now();
    let mut lo = add_years(days.start, -years);
    // Calendar years: step to the first start whose window ends after the first day.
    while add_years(lo, years) > days.start {
        lo = add_days(lo, -1);
    }
    while add_years(lo, years) <= days.start {
        lo = add_days(lo, 1);
    }
    (lo, days.last_day().unwrap_or(days.start))
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
/// - C10 (rev. 2): only the windows that hold a day of the trip count; a limit the record
///   already broke elsewhere does not block planning (its criterion reports it).
/// - `lo` for a planned trip is `P` (leaving and coming back the same day). For an ongoing stay
///   the days abroad up to `asOf` have happened, so `lo` is the earliest return that still
///   covers them: `asOf + 1` (default counting: the person is abroad on `asOf`), `asOf` (strict
///   counting: the return day itself counts as abroad). Either way the candidate at `lo` is the
///   record itself.
/// - A planned trip with a return date may sit before a recorded stay (a booked journey): the
///   return cannot be later than that stay's departure, so `R` is capped there; when the cap is
///   what limits `R`, no criterion sets the date and `latestReturnRule` is `null`.
fn plan(record: &[Stay], limits: Limits, trip: Option<Trip>, ctx: &Context) -> Plan {
    let (from, base, lo, cap) = match (trip, record.split_last()) {
        (Some(t), _) => {
            let cap = record.get(insertion_point(record, t.from)).map(|s| s.from);
            (t.from, record, t.from, cap)
        }
        // C2 (rev. 2): for a stay still going on, the earliest return is today.
        (None, Some((last, before))) if last.to.is_none() => {
            (last.from, before, ctx.as_of.max(last.from), None)
        }
        _ => return Plan::default(),
    };
    let uncapped_hi = add_days(from, limits.continuous);
    let hi = cap.map_or(uncapped_hi, |c| c.min(uncapped_hi));
    let test = Feasibility::new(ctx, limits, base, from, hi);
    let kept = |r: Date| test.kept(r) == (true, true);
    let latest = if lo > hi || !kept(lo) {
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
            // Not reached: `R` is the last kept day up to `hi`, and past `P + 730` (Brexit:
            // `P + 1826`) the continuous rule is broken.
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
        reset_on: None,
    }
}

// ---------------------------------------------------------------------------------------------
// Explanations
// ---------------------------------------------------------------------------------------------

/// "1 March 2020 – 2 April 2020", or for an ongoing stay "since 1 March 2020 (you are still
/// abroad; counted up to and including 15 January 2025)" (C2).
fn stay_range(stay: &Stay, as_of: Date) -> Msg {
    match stay.to {
        Some(to) => msg!("date-range", from = stay.from, to = to),
        None => msg!("pp-stay-range-ongoing", from = stay.from, as_of = as_of),
    }
}

/// The sentence added to the explanation of the rule that sets the latest return date.
fn plan_sentence(plan: &Plan) -> Option<Msg> {
    let (Some(from), Some(latest)) = (plan.from, plan.latest) else {
        return None;
    };
    Some(if plan.ongoing {
        msg!("pp-plan-ongoing", from_s = from, latest_s = latest)
    } else {
        msg!("pp-plan-trip", from_s = from, latest_s = latest)
    })
}

/// Step 3 as a criterion (with the Brexit rules, five years instead of two).
fn continuous_criterion(
    a: &Analysis,
    stays: &[Stay],
    plan: &Plan,
    brexit: Option<bool>,
    as_of: Date,
) -> Criterion {
    let days = a.longest_days();
    let limit = a.limits.continuous;
    let met = !a.limits.reaches_continuous(days);
    let days_s = Arg::days(days);
    let brexit_rules = brexit == Some(true);
    let longest_stay = a.longest.and_then(|(i, _)| stays.get(i));
    let mut explanation = Text::new();
    if brexit_rules {
        explanation.push(msg!("pp-continuous-brexit"));
    }
    explanation.push(match (longest_stay, met, brexit_rules) {
        (None, _, false) => msg!("pp-continuous-no-stays"),
        (None, _, true) => msg!("pp-continuous-no-stays-brexit"),
        (Some(stay), true, false) => msg!(
            "pp-continuous-met",
            range = stay_range(stay, as_of),
            days_s = days_s,
            margin_s = Arg::days(limit - days)
        ),
        (Some(stay), true, true) => msg!(
            "pp-continuous-met-brexit",
            range = stay_range(stay, as_of),
            days_s = days_s,
            margin_s = Arg::days(limit - days)
        ),
        (Some(stay), false, false) => msg!(
            "pp-continuous-not-met",
            range = stay_range(stay, as_of),
            days_s = days_s,
            on = a.continuous_reached_on().unwrap_or_default()
        ),
        (Some(stay), false, true) => msg!(
            "pp-continuous-not-met-brexit",
            range = stay_range(stay, as_of),
            days_s = days_s,
            on = a.continuous_reached_on().unwrap_or_default()
        ),
    });
    let is_borderline = borderline(days, limit);
    if is_borderline {
        explanation.push(msg!("pp-borderline"));
        if days == limit && !brexit_rules {
            explanation.push(msg!("pp-continuous-exactly-two-years"));
        }
    }
    if brexit.is_none() {
        explanation.push(msg!("pp-brexit-unknown"));
    }
    if plan.rule == Some(ID_CONTINUOUS) {
        explanation.0.extend(plan_sentence(plan));
    }
    let title = if brexit_rules {
        msg!("pp-continuous-title-brexit")
    } else {
        msg!("pp-continuous-title")
    };
    Criterion::new(
        ID_CONTINUOUS,
        if met { Status::Met } else { Status::NotMet },
        explanation,
        &SOURCES_CONTINUOUS,
    )
    .with_title(title)
    .with_borderline(is_borderline)
    .with_figure("longestStayDays", Figure::Days(days))
    .with_figure("limitDays", Figure::Days(limit))
    .with_figure("exceededOn", a.continuous_reached_on())
}

/// Step 4 as a criterion (met, saying it does not apply, under the Brexit rules).
fn four_year_criterion(a: &Analysis, plan: &Plan, brexit: Option<bool>) -> Criterion {
    let days = a.max_four_year_days();
    let limit = PP_MAX_TOTAL_DAYS.now();
    if brexit == Some(true) {
        return Criterion::new(
            ID_FOUR_YEAR,
            Status::Met,
            msg!("pp-four-year-brexit"),
            &SOURCES_FOUR_YEAR,
        )
        .with_figure("maxFourYearDays", Figure::Days(days))
        .with_figure("limitDays", Figure::None)
        .with_figure("windowStart", Figure::None)
        .with_figure("windowEnd", Figure::None)
        .with_figure("exceededOn", Figure::None);
    }
    let met = !reaches_four_year_limit(days);
    let days_s = Arg::days(days);
    let (ignored, total) = a.ignored_and_total();
    let mut explanation = Text::from(if total == 0 {
        msg!("pp-four-year-no-days")
    } else {
        msg!(
            "pp-four-year-counted-years",
            total_s = Arg::days(total),
            ignored_s = Arg::days(ignored)
        )
    });
    let n_periods = a.periods.len();
    if n_periods > 1 {
        let periods_s = msg!("pp-separate-periods", n = n_periods);
        explanation.push(msg!("pp-four-year-periods", periods_s = periods_s));
    }
    let window = a.max_window.map(|w| {
        (
            w.window.start,
            w.window.last_day().unwrap_or(w.window.start),
        )
    });
    explanation.push(match (window, met) {
        (None, _) => msg!("pp-four-year-nothing-counts"),
        (Some((start, end)), true) => msg!(
            "pp-four-year-met",
            days_s = days_s,
            start = start,
            end = end,
            margin_s = Arg::days(limit - days)
        ),
        (Some((start, end)), false) => msg!(
            "pp-four-year-not-met",
            start = start,
            end = end,
            days_s = days_s,
            on = a.four_year_reached_on().unwrap_or_default()
        ),
    });
    let near_60 = a.four_year_hangs_on_a_near_60_year();
    if near_60 {
        explanation.push(msg!("pp-four-year-near-60"));
    }
    let near_limit = a.max_window.is_some() && borderline(days, limit);
    if near_limit {
        explanation.push(msg!("pp-borderline"));
        if days == limit {
            explanation.push(msg!("pp-four-year-exactly-two-years"));
        }
    }
    let is_borderline = near_limit || near_60;
    if plan.rule == Some(ID_FOUR_YEAR) {
        explanation.0.extend(plan_sentence(plan));
    }
    let (window_start, window_end) = match window {
        Some((start, end)) => (Some(start), Some(end)),
        None => (None, None),
    };
    Criterion::new(
        ID_FOUR_YEAR,
        if met { Status::Met } else { Status::NotMet },
        explanation,
        &SOURCES_FOUR_YEAR,
    )
    .with_borderline(is_borderline)
    .with_figure("maxFourYearDays", Figure::Days(days))
    .with_figure("limitDays", Figure::Days(limit))
    .with_figure("windowStart", window_start)
    .with_figure("windowEnd", window_end)
    .with_figure("exceededOn", a.four_year_reached_on())
}

/// Step 5 as a criterion.
fn information_criterion(input: &Input) -> Criterion {
    let given = [
        input.gave_incorrect_information,
        input.withheld_information,
        input.incorrect_identity,
    ];
    let status = information_status(given);
    let explanation = match status {
        Status::Met => msg!("pp-information-met"),
        Status::NotMet => {
            let grounds = [
                "pp-information-incorrect",
                "pp-information-withheld",
                "pp-information-identity",
            ];
            let list: Vec<Arg> = given
                .iter()
                .zip(grounds)
                .filter(|(answer, _)| **answer == Some(true))
                .map(|(_, id)| Msg::new(id).into())
                .collect();
            msg!("pp-information-not-met", list = list)
        }
        Status::Unknown => msg!("pp-information-unknown"),
    };
    Criterion::new(
        ID_CORRECT_INFORMATION,
        status,
        explanation,
        &SOURCES_INFORMATION,
    )
}

// ---------------------------------------------------------------------------------------------
// Figures
// ---------------------------------------------------------------------------------------------

/// One calendar year with days abroad (`years`): its total and whether it counts (step 1).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct YearFigure {
    pub year: i32,
    pub days: i64,
    pub counted: bool,
}

/// One period of step 2 (`periods`): its first departure and last return; `end` is `None` for the
/// period still open (a stay is going on, or a stay starting on `asOf` would still join it).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct PeriodFigure {
    pub start: Date,
    pub end: Option<Date>,
}

/// The figures of a `permanent-permit` answer (API.md names).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Figures {
    pub longest_stay_days: i64,
    pub max_four_year_days: i64,
    pub exceeded_on: Option<Date>,
    pub latest_return_date: Option<Date>,
    /// The criterion a return one day later would break (`pp.continuous`, `pp.four-year-total`).
    pub latest_return_rule: Option<&'static str>,
    /// The latest day 15 months in Norway in a row were completed before the planned trip (or
    /// before `asOf`): the stays before it no longer count (rev. 2).
    pub reset_on: Option<Date>,
    pub years: Vec<YearFigure>,
    pub periods: Vec<PeriodFigure>,
    /// The window giving `maxFourYearDays`, first and last day.
    pub max_four_year_window: Option<Window>,
    /// With a planned return date: whether it keeps both rules.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub planned_return_within_limits: Option<bool>,
}

/// The answer's own top-level fields.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Extra {
    pub exemption_may_apply: bool,
}

fn years_figure(a: &Analysis) -> Vec<YearFigure> {
    a.years
        .iter()
        .filter(|(_, days)| **days > 0)
        .map(|(&year, &days)| YearFigure {
            year,
            days,
            counted: year_counts(days),
        })
        .collect()
}

fn periods_figure(a: &Analysis, stays: &[Stay], as_of: Date) -> Vec<PeriodFigure> {
    let n = a.periods.len();
    a.periods
        .iter()
        .enumerate()
        .filter_map(|(k, p)| {
            let first = stays.get(p.start)?;
            let last = stays.get(p.end.checked_sub(1)?)?;
            let open = k + 1 == n
                && match last.to {
                    None => true,
                    Some(to) => as_of < add_months(to, PP_RESET_MONTHS.now()),
                };
            Some(PeriodFigure {
                start: first.from,
                end: if open { None } else { last.to },
            })
        })
        .collect()
}

// ---------------------------------------------------------------------------------------------
// The checker
// ---------------------------------------------------------------------------------------------

/// Evaluates the `permanent-permit` checker (RULES.md §2).
///
/// Outcome: `limit-exceeded` when `pp.continuous` or `pp.four-year-total` is not met; else
/// `at-risk` when `pp.correct-information` is not met; else `within-limits`.
pub fn evaluate(
    input: &Input,
    ctx: &Context,
) -> Result<Evaluation<Figures, Extra>, Vec<InputError>> {
    let errors = check(input, ctx, true);
    if !errors.is_empty() {
        return Err(errors);
    }
    let stays = &in_date_order(&input.stays);
    let limits = Limits::new(input.brexit_permit);
    let a = Analysis::new(stays, ctx, limits);
    let mut plan = plan(stays, limits, input.planned_trip, ctx);
    plan.reset_on = reset_on(stays, input.planned_trip, ctx.as_of);

    let mut continuous = continuous_criterion(&a, stays, &plan, input.brexit_permit, ctx.as_of);
    let mut four_year = four_year_criterion(&a, &plan, input.brexit_permit);
    let mut information = information_criterion(input);

    let outcome = if continuous.status == Status::NotMet || four_year.status == Status::NotMet {
        Outcome::LimitExceeded
    } else if information.status == Status::NotMet {
        Outcome::AtRisk
    } else {
        Outcome::WithinLimits
    };
    // Decisive (API.md rev. 2): the not-met criteria behind a negative outcome.
    for c in [&mut continuous, &mut four_year, &mut information] {
        c.decisive = match outcome {
            Outcome::LimitExceeded => c.id != ID_CORRECT_INFORMATION && c.status == Status::NotMet,
            Outcome::AtRisk => c.id == ID_CORRECT_INFORMATION,
            _ => false,
        };
    }
    let exceeded_on = match (a.continuous_reached_on(), a.four_year_reached_on()) {
        (Some(x), Some(y)) => Some(x.min(y)),
        (x, y) => x.or(y),
    };
    let ex = &input.abuse_exemption;
    let figures = Figures {
        longest_stay_days: a.longest_days(),
        max_four_year_days: a.max_four_year_days(),
        exceeded_on,
        latest_return_date: plan.latest,
        latest_return_rule: plan.rule,
        reset_on: plan.reset_on,
        years: years_figure(&a),
        periods: periods_figure(&a, stays, ctx.as_of),
        max_four_year_window: a.max_window.map(|w| Window {
            start: w.window.start,
            end: w.window.last_day().unwrap_or(w.window.start),
        }),
        planned_return_within_limits: plan.planned_within,
    };
    let criteria = vec![continuous, four_year, information];
    let summary = summary(outcome, &criteria, &a, stays, &plan, ctx.as_of);
    Ok(Evaluation {
        outcome,
        criteria,
        figures,
        summary,
        extra: Extra {
            exemption_may_apply: exemption_may_apply([
                ex.family_immigration_permit,
                ex.prevented_from_returning,
                ex.victim_of_abuse,
                ex.relationship_ended,
            ]),
        },
    })
}

/// `resetOn` (RULES.md §2 rev. 2): the latest day on which 15 months in Norway in a row were
/// completed (`prev.to + 15 months`) before the next stay began, counting the planned trip (or,
/// without one, `asOf`) as what comes after the last recorded stay: the stays before it no longer
/// count together with the trip.
fn reset_on(stays: &[Stay], trip: Option<Trip>, as_of: Date) -> Option<Date> {
    let after_last = trip.map_or(as_of, |t| t.from);
    let starts = stays
        .iter()
        .skip(1)
        .map(|s| s.from)
        .chain([after_last])
        .filter(|d| *d <= after_last);
    stays
        .iter()
        .zip(starts)
        .filter_map(|(prev, next)| {
            let done = add_months(prev.to?, PP_RESET_MONTHS.now());
            (next >= done).then_some(done)
        })
        .max()
}

/// The summary (API.md rev. 2): the outcome and the fact that decides it, then the planning
/// answer and why it is that date.
fn summary(
    outcome: Outcome,
    criteria: &[Criterion],
    a: &Analysis,
    stays: &[Stay],
    plan: &Plan,
    as_of: Date,
) -> Text {
    let not_met = |id: &str| {
        criteria
            .iter()
            .any(|c| c.id == id && c.status == Status::NotMet)
    };
    let mut t = Text::new();
    let longest = a.longest.and_then(|(i, _)| stays.get(i));
    match outcome {
        Outcome::LimitExceeded if not_met(ID_CONTINUOUS) => {
            if let Some(stay) = longest {
                t.push(msg!(
                    "pp-summary-continuous",
                    range = stay_range(stay, as_of),
                    days = Arg::days(a.longest_days()),
                    limit = Arg::days(a.limits.continuous)
                ));
            }
        }
        Outcome::LimitExceeded => {
            if let Some(w) = a.max_window {
                t.push(msg!(
                    "pp-summary-four-year",
                    start = w.window.start,
                    end = w.window.last_day().unwrap_or(w.window.start),
                    days = Arg::days(w.days)
                ));
            }
        }
        Outcome::AtRisk => t.push(msg!("pp-summary-information")),
        _ => t.push(if a.limits.four_year {
            msg!(
                "pp-summary-within",
                longest = Arg::days(a.longest_days()),
                counted = Arg::days(a.max_four_year_days())
            )
        } else {
            msg!(
                "pp-summary-within-brexit",
                longest = Arg::days(a.longest_days())
            )
        }),
    }
    if let (Some(from), Some(latest)) = (plan.from, plan.latest) {
        let why = match plan.rule {
            Some(ID_CONTINUOUS) if a.limits.four_year => msg!("pp-summary-why-continuous"),
            Some(ID_CONTINUOUS) => msg!("pp-summary-why-continuous-brexit"),
            Some(ID_FOUR_YEAR) => msg!("pp-summary-why-four-year"),
            _ => msg!("pp-summary-why-next-stay"),
        };
        let id = if plan.ongoing {
            "pp-summary-plan-ongoing"
        } else {
            "pp-summary-plan"
        };
        t.push(
            Msg::new(id)
                .with("from", from)
                .with("latest", latest)
                .with("why", why),
        );
    } else if let Some(from) = plan.from {
        t.push(msg!("pp-summary-plan-none", from = from));
    }
    if let Some(reset) = plan.reset_on.filter(|_| plan.from.is_some()) {
        t.push(msg!("pp-summary-reset", reset = reset));
    }
    t
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::dates::parse_date;
    use crate::rules::Counting;

    fn d(s: &str) -> Date {
        parse_date(s).unwrap()
    }

    fn ctx(as_of: &str) -> Context {
        Context {
            as_of: d(as_of),
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
            plan(&stays, Limits::new(None), None, &ctx("2021-01-01")),
            Plan::default()
        );
    }

    #[test]
    fn reset_counts_the_time_before_the_trip_or_today() {
        let stays = [Stay::new(d("2020-01-01"), Some(d("2020-02-01")))];
        // 15 months after 1 February 2020 is 1 May 2021.
        assert_eq!(
            reset_on(&stays, None, d("2021-05-01")),
            Some(d("2021-05-01"))
        );
        assert_eq!(reset_on(&stays, None, d("2021-04-30")), None);
        let trip = Trip {
            from: d("2021-06-01"),
            to: None,
            schengen: false,
            ukraine: false,
        };
        assert_eq!(
            reset_on(&stays, Some(trip), d("2021-01-01")),
            Some(d("2021-05-01"))
        );
    }
}

/// The fast feasibility test of planning against evaluating the whole record again.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod feasibility {
    use super::*;
    use crate::rules::Counting;
    use proptest::prelude::*;

    /// C10 on the whole record: the trip's own length, and every four-year window of every
    /// period that holds a day of the trip.
    fn full_kept(base: &[Stay], from: Date, r: Date, ctx: &Context) -> (bool, bool) {
        let mut all = base.to_vec();
        let trip = Stay::new(from, Some(r));
        let at = insertion_point(base, from);
        all.insert(at, trip);
        let limits = Limits::new(None);
        let a = Analysis::new(&all, ctx, limits);
        let days = trip.abroad(ctx.as_of, ctx.counting);
        let continuous = !limits.reaches_continuous(days.len());
        if days.is_empty() {
            return (continuous, true);
        }
        let (lo, hi) = windows_holding(days);
        // Windows count within one period: the trip's own.
        let four_year = a
            .periods
            .iter()
            .zip(&a.counted)
            .filter(|(p, _)| p.contains(&at))
            .all(|(_, c)| {
                c.max_window_years(PP_WINDOW_YEARS.now(), lo, hi)
                    .is_none_or(|w| !reaches_four_year_limit(w.days))
            });
        (continuous, four_year)
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
            let limits = Limits::new(None);
            let uncapped = add_days(from, PP_MAX_CONTINUOUS_DAYS.now());
            let hi = cap.map_or(uncapped, |c| c.min(uncapped));
            let test = Feasibility::new(&ctx, limits, &base, from, hi);
            for off in offsets {
                let r = add_days(from, off).min(hi);
                prop_assert_eq!(test.kept(r), full_kept(&base, from, r, &ctx), "return {}", r);
            }
        }
    }
}

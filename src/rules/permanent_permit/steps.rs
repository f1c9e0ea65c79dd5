//! The counting of RULES.md §2, step by step: step 1 (calendar years under 60 days count
//! nothing), step 2 (15 months in Norway start a new period), step 3 (one stay of 730 days or
//! more), step 4 (730 counted days within four years, inside one period), step 5 (incorrect or
//! withheld information, incorrect identity), each a small function quoting its source; the
//! [`Limits`] that apply (the ordinary rules or the Brexit rules); the exemption for victims of
//! abuse; and [`Analysis`], steps 1-4 applied to a whole record.

use std::collections::BTreeMap;
use std::ops::Range;

use crate::rules::dates::{
    add_days, add_months, borderline, split_by_year, Date, DaySet, Span, Stay, WindowMax,
};
use crate::rules::law::{
    PP_BREXIT_CONTINUOUS_DAYS, PP_IGNORED_YEAR_BELOW_DAYS, PP_MAX_CONTINUOUS_DAYS,
    PP_MAX_TOTAL_DAYS, PP_RESET_MONTHS, PP_WINDOW_YEARS,
};
use crate::rules::{Context, Status};

/// Steps 1-4 applied to a list of stays in date order.
pub(super) struct Analysis {
    /// C3: each stay's days abroad, in the same order as the stays.
    abroad: Vec<Span>,
    /// Step 1: days abroad per calendar year (all stays).
    pub(super) years: BTreeMap<i32, i64>,
    /// Step 2: the periods, as ranges of stay positions.
    pub(super) periods: Vec<Range<usize>>,
    /// Steps 1-2: the counted days of each period.
    pub(super) counted: Vec<DaySet>,
    /// Step 3: the position and length of the longest stay (the earliest of equals).
    pub(super) longest: Option<(usize, i64)>,
    /// Step 4: the window with the most counted days over all periods (the earliest of equals).
    pub(super) max_window: Option<WindowMax>,
    pub(super) limits: Limits,
}

impl Analysis {
    pub(super) fn new(stays: &[Stay], ctx: &Context, limits: Limits) -> Analysis {
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

    pub(super) fn longest_days(&self) -> i64 {
        self.longest.map_or(0, |(_, days)| days)
    }

    pub(super) fn max_four_year_days(&self) -> i64 {
        self.max_window.map_or(0, |w| w.days)
    }

    fn four_year_met(&self) -> bool {
        !self.limits.four_year || !reaches_four_year_limit(self.max_four_year_days())
    }

    /// Step 3: the day on which a stay's 730th (Brexit: 1826th) day abroad falls (the earliest
    /// such stay).
    pub(super) fn continuous_reached_on(&self) -> Option<Date> {
        self.abroad
            .iter()
            .filter(|s| self.limits.reaches_continuous(s.len()))
            .map(|s| add_days(s.start, self.limits.continuous - 1))
            .min()
    }

    /// Step 4: the first day on which the counted days of one period inside the four-year window
    /// ending that day reach 730. Only when the rule is not met, so that the figure and the
    /// status always agree.
    pub(super) fn four_year_reached_on(&self) -> Option<Date> {
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
    pub(super) fn four_year_hangs_on_a_near_60_year(&self) -> bool {
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
    pub(super) fn ignored_and_total(&self) -> (i64, i64) {
        let total: i64 = self.years.values().sum();
        let ignored: i64 = self.years.values().filter(|d| !year_counts(**d)).sum();
        (ignored, total)
    }
}

/// The limits that apply: the ordinary rules, or those of a permanent permit granted under the
/// Brexit rules (RULES.md §2 step 6, rev. 2), which lapses only after five years in a row abroad
/// and has no four-year rule.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Limits {
    pub(super) continuous: i64,
    pub(super) four_year: bool,
}

impl Limits {
    /// `brexitPermit` true: five years (1826 days); unknown or false: the ordinary rules (the
    /// stricter reading; the explanation names the exception).
    pub(super) fn new(brexit_permit: Option<bool>) -> Limits {
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
    pub(super) fn reaches_continuous(&self, days: i64) -> bool {
        days >= self.continuous
    }
}

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
pub(super) fn year_totals(abroad: &[Span]) -> BTreeMap<i32, i64> {
    DaySet::new(abroad.iter().copied()).days_by_year()
}

/// Step 1, the test: a year whose total is under two months (60 days, C5) counts nothing; a year
/// with 60 days or more counts all of its days ("til sammen under to måneder": the total of the
/// year decides, not the length of each stay).
pub(super) fn year_counts(total: i64) -> bool {
    total >= PP_IGNORED_YEAR_BELOW_DAYS.now()
}

/// Step 1 applied to some stays' days abroad: the days that fall in a counted year, each part of
/// a stay that crosses 1 January judged by its own year's total.
pub(super) fn counted_days(abroad: &[Span], years: &BTreeMap<i32, i64>) -> DaySet {
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
pub(super) fn starts_new_period(prev: &Stay, next: &Stay, as_of: Date) -> bool {
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
pub(super) fn reaches_four_year_limit(days: i64) -> bool {
    days >= PP_MAX_TOTAL_DAYS.now()
}

/// Step 5, `pp.correct-information`. Seed 003: "If you have provided incorrect information in
/// your case, UDI may decide that your residence permit should be revoked. … UDI may also decide
/// that your residence permit should be revoked if you have withheld information of importance
/// to your case. … UDI may decide to revoke your residence permit if you have given us incorrect
/// information about your identity." (utl. § 63.) Not met when any answer is yes, met when all
/// three are no, unknown otherwise.
pub(super) fn information_status(answers: [Option<bool>; 3]) -> Status {
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
pub(super) fn exemption_may_apply(answers: [Option<bool>; 4]) -> bool {
    answers.iter().all(|a| *a == Some(true))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::dates::parse_date;

    fn d(s: &str) -> Date {
        parse_date(s).unwrap()
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
}

//! Spans and stays (C2, C3, C4): [`Span`], a half-open run of days `[start, end)`; [`Counting`],
//! how the days of leaving and coming back are counted (C3); [`Stay`], a stay abroad, with the
//! days abroad it covers (C2, C3) and its days in another Schengen state (C4).

use super::{add_days, days_between, Date};

/// A half-open run of days `[start, end)`: `start` is included, `end` is not.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Span {
    pub start: Date,
    pub end: Date,
}

impl Span {
    /// A span; an end before the start gives an empty span at `start`.
    pub fn new(start: Date, end: Date) -> Span {
        Span {
            start,
            end: end.max(start),
        }
    }

    /// The days `first..=last`.
    pub fn inclusive(first: Date, last: Date) -> Span {
        Span::new(first, add_days(last, 1))
    }

    /// Number of days in the span.
    pub fn len(&self) -> i64 {
        days_between(self.start, self.end).max(0)
    }

    pub fn is_empty(&self) -> bool {
        self.end <= self.start
    }

    pub fn contains(&self, d: Date) -> bool {
        self.start <= d && d < self.end
    }

    /// The last day inside the span, if any.
    pub fn last_day(&self) -> Option<Date> {
        (!self.is_empty()).then(|| add_days(self.end, -1))
    }

    /// The days both spans share (possibly empty).
    pub fn intersect(&self, other: Span) -> Span {
        Span::new(self.start.max(other.start), self.end.min(other.end))
    }
}

/// C3: how the day of leaving and the day of coming back are counted.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Counting {
    /// The default (NAV and citizenship practice): both travel days are days in Norway; a stay
    /// covers the days strictly between leaving and coming back, `max(0, to - from - 1)` days.
    #[default]
    TravelDaysInNorway,
    /// The stricter setting the app offers: both travel days count as days abroad,
    /// `to - from + 1` days. Never the default.
    TravelDaysAbroad,
}

/// A stay abroad (C2): the day of leaving Norway and the day of coming back; `to` is `None`
/// while the person is still abroad.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Stay {
    pub from: Date,
    pub to: Option<Date>,
    /// In another Schengen state (matters only for the travel-limits checker).
    #[serde(default)]
    pub schengen: bool,
    /// In Ukraine (matters only for collective protection in the travel-limits checker).
    #[serde(default)]
    pub ukraine: bool,
}

impl Stay {
    pub fn new(from: Date, to: Option<Date>) -> Stay {
        Stay {
            from,
            to,
            schengen: false,
            ukraine: false,
        }
    }

    /// C2: the day of coming back; an ongoing stay is treated as ending on `as_of + 1 day`.
    pub fn return_day(&self, as_of: Date) -> Date {
        self.to.unwrap_or_else(|| add_days(as_of, 1))
    }

    /// C3: the days abroad this stay covers.
    ///
    /// Default: the days strictly between leaving and coming back. Strict setting: both travel
    /// days too; an ongoing stay then covers `from..=as_of` (the return day has not happened yet,
    /// so it is not counted in advance).
    pub fn abroad(&self, as_of: Date, counting: Counting) -> Span {
        match counting {
            Counting::TravelDaysInNorway => {
                Span::new(add_days(self.from, 1), self.return_day(as_of))
            }
            Counting::TravelDaysAbroad => match self.to {
                Some(to) => Span::inclusive(self.from, to),
                None => Span::inclusive(self.from, as_of),
            },
        }
    }

    /// C3: the number of days abroad, `max(0, to - from - 1)` by default.
    pub fn days_abroad(&self, as_of: Date, counting: Counting) -> i64 {
        self.abroad(as_of, counting).len()
    }

    /// C4: the days spent in another Schengen state: entry and exit days included, `from..=to`;
    /// an ongoing stay covers `from..=as_of`.
    pub fn schengen_days(&self, as_of: Date) -> Span {
        Span::inclusive(self.from, self.to.unwrap_or(as_of))
    }
}

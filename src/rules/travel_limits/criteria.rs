//! The five criteria of `travel-limits` (RULES.md §3), each a small function quoting its source.

use super::counting::{HalfTimeRule, Tracks, WindowCount};
use super::{Basis, Situation};
use crate::msg;
use crate::rules::dates::{borderline, Span, Stay};
use crate::rules::law::{
    TrackLimit, SCHENGEN, TL_PR_FIVE_YEAR_TRACK, TL_PR_LAW_CHANGE, TL_UKRAINE_TRIP_FROM,
};
use crate::rules::{Context, Counting, Criterion, Date, Figure, Status};
use crate::text::{Arg, Msg, Text};

pub(super) const ID_PERMIT_VALID: &str = "tl.permit-valid";
pub(super) const ID_HALF_TIME: &str = "tl.half-time";
pub(super) const ID_PERMANENT: &str = "tl.permanent-residence";
pub(super) const ID_SCHENGEN: &str = "tl.schengen";
pub(super) const ID_UKRAINE: &str = "tl.no-ukraine-trip";

const SOURCES_PERMIT_VALID: [&str; 3] = ["seed:004", "utl. § 60", "utl. § 61"];
const SOURCES_HALF_TIME: [&str; 3] = ["seed:004", "utl. § 60 (5)", "utf. § 10-19a"];
const SOURCES_PERMANENT: [&str; 3] = ["seed:004", "utl. § 62 (1)-(2)", "utf. § 11-3"];
const SOURCES_SCHENGEN: [&str; 3] = ["seed:004", "CISA art. 21", "utf. § 3-1"];
const SOURCES_UKRAINE: [&str; 2] = ["utl. § 34", "utl. § 37"];
pub(super) const SOURCE_ASYLUM: &str = "seed:002";

/// The sentence every explanation starts with when the person may be an asylum seeker (seed 002:
/// "May I leave Norway while I am waiting for my application for individual protection to be
/// processed? No, your case will be dismissed if you leave Norway."), or has not said (rev. 2:
/// no verdict before the situation is answered; the explanations say to answer it first).
pub(super) fn notice(situation: Option<Situation>) -> Option<Msg> {
    match situation {
        Some(Situation::TemporaryPermit | Situation::CollectiveProtection) => None,
        Some(Situation::AsylumSeeker) => Some(msg!("tl-notice-asylum-seeker")),
        None => Some(msg!("tl-notice-situation-unknown")),
    }
}

fn start(notice: Option<&Msg>) -> Text {
    notice.cloned().into_iter().collect()
}

/// C3 in words: how the travel days were counted.
fn counting_sentence(counting: Counting) -> Msg {
    match counting {
        Counting::TravelDaysInNorway => msg!("tl-counting-default"),
        Counting::TravelDaysAbroad => msg!("tl-counting-strict"),
    }
}

/// A window in words: "1 March 2024 – 28 February 2025" (first and last day).
pub(super) fn window_words(w: Span) -> Msg {
    msg!(
        "date-range",
        from = w.start,
        to = w.last_day().unwrap_or(w.start)
    )
}

/// `tl.permit-valid` (rev. 2): seed 004, "you can travel into and out of Norway for as long as
/// your residence permit is valid"; C9: `permitEnd` is the permit's last valid day. Met when
/// `permitEnd >= asOf`, not met when it has passed, unknown without it.
///
/// An asylum seeker has no residence permit to travel on: not met (choice beside the rule; the
/// outcome is `must-not-travel` either way, and this criterion then says why).
pub(super) fn permit_valid(
    situation: Option<Situation>,
    permit_end: Option<Date>,
    ctx: &Context,
    notice: Option<&Msg>,
) -> Criterion {
    let mut parts = start(notice);
    let status = if situation == Some(Situation::AsylumSeeker) {
        parts.push(msg!("tl-permit-valid-asylum"));
        Status::NotMet
    } else {
        match permit_end {
            Some(end) if end >= ctx.as_of => {
                parts.push(msg!("tl-permit-valid-met", end = end));
                Status::Met
            }
            Some(end) => {
                parts.push(msg!("tl-permit-valid-not-met", end = end));
                Status::NotMet
            }
            None => {
                parts.push(msg!("tl-permit-valid-unknown"));
                Status::Unknown
            }
        }
    };
    Criterion::new(ID_PERMIT_VALID, status, parts, &SOURCES_PERMIT_VALID)
        .with_figure("permitEnd", permit_end)
}

/// `tl.half-time`: seed 004, "You must live in Norway at least half of the time you have a
/// residence permit for. If you have been given a residence permit for one year, you cannot stay
/// abroad for more than six months in total during that year. If you have been given a residence
/// permit for several years, you cannot stay abroad for more than a total of 182 days in any 365
/// day period. If you do so, you can lose your residence permit"; utl. § 60 (5), utf. § 10-19a
/// ("half of the permit period", so a permit shorter than a year allows half of it, rev. 2).
///
/// Six months are 182 days (C5); "more than" → exceeded at the limit + 1 (C6). Not applied to
/// refugees under § 28 (RULES.md §3): `met`, saying so; it does apply to § 38 permits, to
/// resettlement refugees (§ 35: RULES.md spares only § 28; applying it is the protective reading)
/// and to collective protection. An unknown basis applies the rule (it spares only refugees).
pub(super) fn half_time(
    rule: HalfTimeRule,
    count: WindowCount,
    basis: Option<Basis>,
    notice: Option<&Msg>,
    ctx: &Context,
) -> Criterion {
    let limit = rule.limit();
    let limit_s = Arg::days(limit);
    let n_s = Arg::days(count.days);
    let mut parts = start(notice);
    let criterion = |status: Status, parts: Text| {
        Criterion::new(ID_HALF_TIME, status, parts, &SOURCES_HALF_TIME)
            .with_figure("days", Figure::Days(count.days))
            .with_figure("limit", Figure::Days(limit))
            .with_figure("applies", basis != Some(Basis::Refugee))
    };
    if basis == Some(Basis::Refugee) {
        parts.push(msg!("tl-half-time-refugee", limit_s = limit_s));
        return criterion(Status::Met, parts);
    }
    parts.push(msg!("tl-half-time-rule"));
    match rule {
        HalfTimeRule::Period { period, .. } => {
            parts.push(msg!(
                "tl-half-time-permit-period",
                w = window_words(period),
                period_s = Arg::days(period.len()),
                limit_s = limit_s.clone(),
                n_s = n_s.clone()
            ));
        }
        HalfTimeRule::Rolling {
            from,
            end_known,
            collective,
        } => {
            parts.push(match (from, end_known, collective) {
                (_, _, true) => msg!("tl-half-time-collective", limit_s = limit_s.clone()),
                (Some(_), true, _) => msg!("tl-half-time-rolling", limit_s = limit_s.clone()),
                (Some(_), false, _) => msg!("tl-half-time-end-unknown", limit_s = limit_s.clone()),
                (None, _, _) => msg!("tl-half-time-start-unknown", limit_s = limit_s.clone()),
            });
            parts.push(match count.window {
                Some(w) => msg!("tl-half-time-most", n_s = n_s.clone(), w = window_words(w)),
                None => msg!("tl-half-time-none"),
            });
        }
    }
    parts.push(counting_sentence(ctx.counting));
    let met = count.days <= limit;
    // C8: over the limit only under the strict readings chosen for an unknown permit date or
    // basis → unknown, not not-met (those days may fall outside the rule, or the person may be a
    // refugee). The outcome still warns (limit-exceeded), see `evaluate`.
    // (Collective protection has no basis to ask about: the rolling rule always applies.)
    let collective = matches!(
        rule,
        HalfTimeRule::Rolling {
            collective: true,
            ..
        }
    );
    let depends_on_unknown = (basis.is_none() && !collective)
        || matches!(
            rule,
            HalfTimeRule::Rolling { from: None, .. }
                | HalfTimeRule::Rolling {
                    end_known: false,
                    collective: false,
                    ..
                }
        );
    let status = if !met && depends_on_unknown {
        parts.push(msg!("tl-half-time-depends", limit_s = limit_s));
        Status::Unknown
    } else if met {
        parts.push(msg!("tl-within-limit"));
        Status::Met
    } else {
        parts.push(msg!("tl-half-time-not-met", limit_s = limit_s));
        Status::NotMet
    };
    parts.push(msg!("tl-half-time-exceptions"));
    criterion(status, parts).with_borderline(borderline(count.days, limit))
}

/// `tl.permanent-residence`: seed 004, "If you are later going to apply for a permanent residence
/// permit, you can normally not have stayed outside Norway for more than a total of seven months
/// in the past three years"; utl. § 62 (1)-(2), utf. § 11-3.
///
/// The law in force differs from the seed (RULES.md rev. 2): since 1 December 2020 refugee,
/// humanitarian and resettlement permits, and permits granted after an application for
/// protection, may have 10 months (304 days) abroad in 5 years; other permits keep 7 months
/// (213 days) in 3 years; both are checked when it is not known which applies ([`Tracks`]).
/// "More than" → exceeded at 305 / 214 (C6). The window is the N years up to and including
/// `asOf`. Collective protection: unknown (its time counts only under its own rules).
pub(super) fn permanent_residence(
    tracks: &Tracks,
    counted: &[(TrackLimit, i64)],
    reported: (TrackLimit, i64),
    notice: Option<&Msg>,
    ctx: &Context,
) -> Criterion {
    let as_of_s = ctx.as_of;
    let mut parts = start(notice);
    if *tracks == Tracks::Collective {
        parts.push(msg!("tl-permanent-collective"));
        return Criterion::new(ID_PERMANENT, Status::Unknown, parts, &SOURCES_PERMANENT);
    }
    let met_of = |(t, days): &(TrackLimit, i64)| *days <= t.limit;
    let status = if counted.iter().all(met_of) {
        Status::Met
    } else if counted.iter().any(met_of) {
        Status::Unknown
    } else {
        Status::NotMet
    };
    let five_in_force = TL_PR_FIVE_YEAR_TRACK.on(ctx.as_of).is_some();
    let law_change = msg!("tl-permanent-law-change", change_s = TL_PR_LAW_CHANGE);
    match counted {
        [(t, days)] => {
            let (limit_s, years_s) = (Arg::days(t.limit), Arg::years(t.years));
            if !five_in_force {
                parts.push(msg!(
                    "tl-permanent-before-change",
                    change_s = TL_PR_LAW_CHANGE,
                    limit_s = limit_s,
                    years_s = years_s
                ));
            } else if t.years == 5 {
                parts.push(msg!(
                    "tl-permanent-protected",
                    p_limit = limit_s,
                    p_years = years_s
                ));
                parts.push(law_change);
            } else {
                parts.push(msg!(
                    "tl-permanent-other",
                    o_limit = limit_s,
                    o_years = years_s
                ));
            }
            parts.push(msg!(
                "tl-permanent-days",
                years_s = Arg::years(t.years),
                as_of_s = as_of_s,
                n_s = Arg::days(*days)
            ));
        }
        _ => {
            let find = |years: i64| {
                counted
                    .iter()
                    .find(|(t, _)| t.years == years)
                    .copied()
                    .unwrap_or((reported.0, 0))
            };
            let ((p, p_n), (o, o_n)) = (find(5), find(3));
            parts.push(msg!(
                "tl-permanent-both",
                p_limit = Arg::days(p.limit),
                p_years = Arg::years(p.years),
                p_n = Arg::days(p_n),
                as_of_s = as_of_s,
                o_limit = Arg::days(o.limit),
                o_years = Arg::years(o.years),
                o_n = Arg::days(o_n)
            ));
            parts.push(law_change);
        }
    }
    parts.push(counting_sentence(ctx.counting));
    parts.push(match status {
        Status::Met => msg!("tl-within-limit"),
        Status::NotMet => msg!("tl-permanent-not-met"),
        Status::Unknown => msg!("tl-permanent-unknown"),
    });
    parts.push(msg!("tl-permanent-other-conditions"));
    let is_borderline = counted.iter().any(|(t, d)| borderline(*d, t.limit));
    let mut c = Criterion::new(ID_PERMANENT, status, parts, &SOURCES_PERMANENT)
        .with_borderline(is_borderline)
        .with_figure("days", Figure::Days(reported.1))
        .with_figure("limit", Figure::Days(reported.0.limit))
        .with_figure("years", Figure::Years(reported.0.years));
    for (t, d) in counted {
        let name = if t.years == 5 {
            "daysAbroadIn5Years"
        } else {
            "daysAbroadIn3Years"
        };
        c = c.with_figure(name, Figure::Days(*d));
    }
    c
}

/// `tl.schengen`: seed 004, "You can visit other Schengen countries for up to 90 days"; CISA
/// art. 21, utf. § 3-1: at most 90 days in any 180-day period `[d - 179, d]`. Days are counted
/// by C4 (the day of entry and the day of exit are days in the other state); stays marked
/// `schengen` only. Exceeded at 91 (C6).
pub(super) fn schengen(count: WindowCount, notice: Option<&Msg>) -> Criterion {
    let limit = SCHENGEN.now().0;
    let limit_s = Arg::days(limit);
    let mut parts = start(notice);
    parts.push(msg!("tl-schengen-rule", limit_s = limit_s.clone()));
    parts.push(match count.window {
        Some(w) => msg!(
            "tl-schengen-most",
            n_s = Arg::days(count.days),
            w = window_words(w)
        ),
        None => msg!("tl-schengen-none"),
    });
    let met = count.days <= limit;
    parts.push(if met {
        msg!("tl-within-limit")
    } else {
        msg!("tl-schengen-not-met", limit_s = limit_s)
    });
    Criterion::new(
        ID_SCHENGEN,
        Status::from_answer(Some(met)),
        parts,
        &SOURCES_SCHENGEN,
    )
    .with_borderline(borderline(count.days, limit))
    .with_figure("days", Figure::Days(count.days))
    .with_figure("limit", Figure::Days(limit))
}

/// Whether a stay in Ukraine counts against collective protection: it ended on or after
/// 12 December 2023 (an ongoing stay ends, by C2, after `asOf`).
pub(super) fn counts_as_ukraine_trip(stay: &Stay, as_of: Date) -> bool {
    stay.ukraine && stay.return_day(as_of) >= TL_UKRAINE_TRIP_FROM.on(as_of)
}

/// `tl.no-ukraine-trip` (rev. 2), collective protection only (utl. § 34): since 12 December 2023
/// UDI can revoke collective protection after a trip to Ukraine (utl. § 37; it assesses each
/// case). Not met when a recorded stay marked `ukraine` ended on or after that day.
///
/// For any other situation the rule does not apply and is reported `met`, saying so (as
/// `tl.half-time` does for refugees), so that it never puts anyone else `at-risk`.
pub(super) fn no_ukraine_trip(
    situation: Option<Situation>,
    stays: &[Stay],
    notice: Option<&Msg>,
    ctx: &Context,
) -> Criterion {
    let mut parts = start(notice);
    let since = TL_UKRAINE_TRIP_FROM.on(ctx.as_of);
    let found = stays
        .iter()
        .enumerate()
        .find(|(_, s)| counts_as_ukraine_trip(s, ctx.as_of));
    let status = if situation != Some(Situation::CollectiveProtection) {
        parts.push(msg!("tl-ukraine-not-collective"));
        Status::Met
    } else if let Some((i, s)) = found {
        let range = match s.to {
            Some(to) => msg!("date-range", from = s.from, to = to),
            None => msg!("tl-ukraine-ongoing", from = s.from),
        };
        parts.push(msg!(
            "tl-ukraine-not-met",
            n = i + 1,
            range = range,
            since = since
        ));
        Status::NotMet
    } else {
        parts.push(msg!("tl-ukraine-met", since = since));
        Status::Met
    };
    Criterion::new(ID_UKRAINE, status, parts, &SOURCES_UKRAINE).with_figure("since", since)
}

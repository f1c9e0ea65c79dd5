//! `Timeline`: stays abroad drawn year by year, in SVG, with a text alternative.
//!
//! It knows no rule. The tab turns the engine's figures into the four lists below and the
//! timeline draws them; it computes nothing but where on the page a date goes.
//!
//! # Props
//!
//! | prop | type | what |
//! |---|---|---|
//! | `id` | `String` | base of the element ids (unique on the page, e.g. `pp-timeline`) |
//! | `caption` | `ViewFn` | the visible title of the figure |
//! | `years` | `Signal<Vec<TimelineYear>>` | one entry per calendar year the engine reports: `year`, `days` abroad, `counted` (does that year count under the rule). Empty list: rows are drawn for the stays' years without a count or a counted/not counted status, every stay plain |
//! | `stays` | `Signal<Vec<TimelineStay>>` | the stays: `start` (day of leaving), `end` (day of coming back; `None` = still abroad, drawn up to `today`), optional `label` (default "Stay n", n = position + 1), `schengen` (in another Schengen country: drawn with vertical stripes, and named in the key) |
//! | `planned` | `Signal<Option<TimelineStay>>` (optional) | the trip being planned, from its departure (`start`) to the engine's latest return date (`end`; `None`: not drawn). Drawn on the bar under the stays, dotted with a dashed outline, named in the key and told in words ("Planned: leave …, come back by … at the latest"). When a stay still going on left on `start`, it is that stay's latest return ("Still abroad since …: come back by …"). It never changes the other bars |
//! | `resets` | `Signal<Vec<TimelineMark>>` (optional) | days where counting starts afresh (`date`, `label`): a thick vertical line across the bar with a dot on it |
//! | `windows` | `Signal<Vec<TimelineWindow>>` (optional) | highlighted windows (`label`, `start`, `end`; `end` is the window's **last day**, included), e.g. where a maximum is reached: a strip under the year's bar, one lane per window in the order given (overlapping windows never hide each other), three styles cycled (yellow with a solid outline, white with a dashed outline, dark), each named in the key with its dates |
//! | `today` | `Option<Date>` (optional) | where a stay still going on ends; default: the device's date (`api::today()`) |
//!
//! ```ignore
//! use crate::ui::components::{Timeline, TimelineStay, TimelineWindow, TimelineYear, TimelineMark};
//! <Timeline
//!     id="pp-timeline"
//!     caption=move || t!(i18n, pp.timeline_caption)
//!     years=Signal::derive(move || TimelineYear::list_from(response.with(|r| r.figures.get("years").cloned())))
//!     stays=Signal::derive(move || …Vec<TimelineStay>…)
//!     resets=Signal::derive(move || vec![TimelineMark { date, label: "…".into() }])   // optional
//!     windows=Signal::derive(move || vec![TimelineWindow { label, start, end }])         // optional
//!     planned=Signal::derive(move || Some(TimelineStay { start, end: Some(latest), label: None, schengen: false })) // optional
//! />
//! ```
//!
//! Helpers for figures of the usual shape (all lenient: anything malformed is left out):
//! [`TimelineYear::list_from`] reads `[{year, days, counted}]`; [`TimelineWindow::from_figure`]
//! reads `{start, end}` (ISO dates; `null` gives `None`).
//!
//! # Layout and accessibility
//!
//! One row per calendar year from the first to the last year that anything touches; a run of
//! two or more years with nothing in them is one short row ("2021–2024 · 0 days"), so gaps in
//! time show without taking the screen. Each row: the year and, on the same
//! line, "75 days · counted"; under it a bar from 1 January to 31 December with the stays on it.
//! Counted years' stays are solid, not-counted years' stays hatched, stays in another Schengen
//! country striped upright, the planned stay dotted with a dashed outline; the key names each
//! look and every row says it in words, so colour is never the only signal. The SVG has no
//! `viewBox`: x positions are percentages of its width and text is in CSS pixels, so it fills
//! any width (320 px phones included) without shrinking the text or overflowing the page.
//!
//! The drawing is `aria-hidden`; a visually hidden table (year, days abroad, counted or not) and
//! list (each stay, the planned stay, each reset, each window, with dates written out) say the
//! same to screen readers.

use leptos::prelude::*;
use serde_json::Value;

use crate::rules::dates::{add_days, parse_date, year_span, Date, Span};
use crate::rules::text;
use crate::ui::i18n::{t, use_i18n};
use crate::ui::use_engine_locale;

/// One calendar year: its days abroad and whether they count.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TimelineYear {
    pub year: i32,
    pub days: i64,
    pub counted: bool,
}

impl TimelineYear {
    /// Reads a figure `[{ "year": 2021, "days": 75, "counted": true }, …]`.
    pub fn list_from(figure: Option<Value>) -> Vec<TimelineYear> {
        let Some(Value::Array(items)) = figure else {
            return Vec::new();
        };
        items
            .iter()
            .filter_map(|v| {
                Some(TimelineYear {
                    year: i32::try_from(v.get("year")?.as_i64()?).ok()?,
                    days: v.get("days")?.as_i64()?,
                    counted: v.get("counted")?.as_bool()?,
                })
            })
            .collect()
    }
}

/// One stay abroad: the day of leaving, the day of coming back (`None`: still abroad).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TimelineStay {
    pub start: Date,
    pub end: Option<Date>,
    /// How the text alternative names it; `None`: "Stay n".
    pub label: Option<String>,
    /// A stay in another Schengen country: drawn with its own pattern (the label says it in
    /// words).
    pub schengen: bool,
}

/// A day marked on the timeline (e.g. "Counting starts afresh").
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TimelineMark {
    pub date: Date,
    pub label: String,
}

/// A highlighted window `start..=end` (both days included).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TimelineWindow {
    pub label: String,
    pub start: Date,
    /// The window's last day.
    pub end: Date,
}

impl TimelineWindow {
    /// Reads a figure `{ "start": "2019-01-01", "end": "2022-12-31" }`; `None` for `null` or
    /// anything else.
    pub fn from_figure(figure: Option<&Value>, label: String) -> Option<TimelineWindow> {
        let v = figure?;
        let start = parse_date(v.get("start")?.as_str()?).ok()?;
        let end = parse_date(v.get("end")?.as_str()?).ok()?;
        Some(TimelineWindow { label, start, end })
    }
}

/// At most this many years are drawn (the latest ones): a typing slip in a year cannot build
/// thousands of rows.
const MAX_YEARS: i32 = 120;
/// Row geometry, in CSS pixels.
const TEXT_BASELINE: i32 = 16;
const BAR_TOP: i32 = 24;
const BAR_HEIGHT: i32 = 18;
/// Each window gets its own lane under the bar, so overlapping windows never hide each other.
const LANE_GAP: i32 = 4;
const LANE: i32 = 10;
const LANE_HEIGHT: i32 = 8;
const ROW_GAP: i32 = 14;
/// A run of years with nothing in them, drawn as one short row.
const GAP_ROW_HEIGHT: i32 = 30;
/// Window styles (css class suffix), cycled over the windows.
const WINDOW_STYLES: usize = 3;

/// Where `d` falls in `year`, from 0 (1 January, start of day) to 1 (the next 1 January).
fn fraction(d: Date, year: i32) -> f64 {
    let y = year_span(year);
    let len = y.len().max(1) as f64;
    let off = (d.max(y.start).min(y.end) - y.start).num_days() as f64;
    off / len
}

fn pct(f: f64) -> String {
    format!("{:.3}%", (f * 100.0).clamp(0.0, 100.0))
}

/// A piece of something drawn on one row: from `x0` to `x1` (fractions of the year).
fn piece(span: Span, year: i32) -> Option<(f64, f64)> {
    let part = span.intersect(year_span(year));
    if part.is_empty() {
        return None;
    }
    Some((fraction(part.start, year), fraction(part.end, year)))
}

/// A row of the drawing: one calendar year, or a run of two or more years with nothing in them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Row {
    Year(i32),
    Empty(i32, i32),
}

/// The rows drawn: every year from the first to the last that anything touches, with runs of
/// empty years folded into one row.
fn rows_for(
    years: &[TimelineYear],
    stays: &[Span],
    resets: &[TimelineMark],
    windows: &[TimelineWindow],
) -> Vec<Row> {
    use chrono::Datelike;
    let mut busy: Vec<i32> = years
        .iter()
        .filter(|y| y.days > 0)
        .map(|y| y.year)
        .collect();
    for s in stays {
        let last = s.last_day().unwrap_or(s.start).year();
        busy.extend(s.start.year()..=last.min(s.start.year().saturating_add(MAX_YEARS)));
    }
    busy.extend(resets.iter().map(|r| r.date.year()));
    for w in windows {
        let last = w.end.year().min(w.start.year().saturating_add(MAX_YEARS));
        busy.extend(w.start.year()..=last);
    }
    busy.sort_unstable();
    busy.dedup();
    let (Some(&first), Some(&last)) = (busy.first(), busy.last()) else {
        return Vec::new();
    };
    let first = first.max(last.saturating_sub(MAX_YEARS - 1));
    let mut rows = Vec::new();
    let mut year = first;
    while year <= last {
        if busy.binary_search(&year).is_ok() {
            rows.push(Row::Year(year));
            year += 1;
            continue;
        }
        let mut end = year;
        while end < last && busy.binary_search(&(end + 1)).is_err() {
            end += 1;
        }
        rows.push(if end > year {
            Row::Empty(year, end)
        } else {
            Row::Year(year)
        });
        year = end + 1;
    }
    rows
}

/// The stays abroad drawn by calendar year, with counted and not counted years, resets and
/// highlighted windows; see the module documentation for the props.
#[component]
pub fn Timeline(
    /// Base of the element ids.
    #[prop(into)]
    id: String,
    /// The figure's visible title.
    #[prop(into)]
    caption: ViewFn,
    /// Days abroad per calendar year, and whether each year counts.
    #[prop(into)]
    years: Signal<Vec<TimelineYear>>,
    /// The stays abroad.
    #[prop(into)]
    stays: Signal<Vec<TimelineStay>>,
    /// Days where counting starts afresh.
    #[prop(optional, into)]
    resets: Signal<Vec<TimelineMark>>,
    /// Highlighted windows.
    #[prop(optional, into)]
    windows: Signal<Vec<TimelineWindow>>,
    /// Where a stay still going on ends (default: today).
    #[prop(optional)]
    today: Option<Date>,
    /// The trip being planned: departure to the latest return date.
    #[prop(optional, into)]
    planned: Signal<Option<TimelineStay>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let locale = use_engine_locale();
    let today = today.unwrap_or_else(crate::api::today);
    let hatch_id = format!("{id}-hatch");
    let schengen_id = format!("{id}-schengen");
    let planned_id = format!("{id}-planned");
    let caption_id = format!("{id}-caption");

    // Each stay as drawn: its days `[start, end)` (an ongoing one up to and including today),
    // and whether it was in another Schengen country.
    let spans = Memo::new(move |_| {
        stays.with(|list| {
            list.iter()
                .map(|s| match s.end {
                    Some(end) => (Span::new(s.start, end), s.schengen),
                    None => (
                        Span::new(s.start, add_days(today.max(s.start), 1)),
                        s.schengen,
                    ),
                })
                .collect::<Vec<_>>()
        })
    });
    // The planned stay as drawn: departure to the latest return date (given by the engine).
    let planned_span = Memo::new(move |_| {
        planned.with(|p| p.as_ref().and_then(|p| Some(Span::new(p.start, p.end?))))
    });
    let has_schengen = Memo::new(move |_| spans.with(|s| s.iter().any(|(_, sch)| *sch)));
    let rows = Memo::new(move |_| {
        let mut stays: Vec<Span> = spans.with(|s| s.iter().map(|(span, _)| *span).collect());
        stays.extend(planned_span.get());
        years.with(|y| resets.with(|r| windows.with(|w| rows_for(y, &stays, r, w))))
    });
    let lanes = Memo::new(move |_| windows.with(|w| i32::try_from(w.len()).unwrap_or(0)));
    let year_row_height = move || {
        let n = lanes.get();
        let under = if n > 0 { LANE_GAP + n * LANE } else { 0 };
        BAR_TOP + BAR_HEIGHT + under + ROW_GAP
    };
    let has_years = Memo::new(move |_| years.with(|y| !y.is_empty()));
    let year_info = move |year: i32| years.with(|y| y.iter().find(|e| e.year == year).cloned());

    let status_text = move |counted: bool| {
        if counted {
            t!(i18n, common.timeline_counted).into_any()
        } else {
            t!(i18n, common.timeline_not_counted).into_any()
        }
    };

    // ---- the drawing ----
    let hatch_ref = format!("url(#{hatch_id})");
    let schengen_ref = format!("url(#{schengen_id})");
    let planned_ref = format!("url(#{planned_id})");
    let row_view = move |top: i32, year: i32| {
        let loc = locale.get();
        let bar_y = top + BAR_TOP;
        let info = year_info(year);
        let counted = info.as_ref().is_none_or(|i| i.counted) || !has_years.get();
        let label = if has_years.get() {
            let days = info.as_ref().map_or(0, |i| i.days);
            let status = info.as_ref().map(|i| status_text(i.counted));
            Some(view! {
                <text
                    class="timeline-days"
                    x="100%"
                    y=top + TEXT_BASELINE
                    text-anchor="end"
                >
                    {text::days(days, loc)}
                    {status.map(|s| view! { " · " {s} })}
                </text>
            })
        } else {
            None
        };
        // One lane per window under the bar, in the order given (the key lists them so).
        let lane_top = bar_y + BAR_HEIGHT + LANE_GAP;
        let bands = windows
            .get()
            .into_iter()
            .enumerate()
            .filter_map(|(k, w)| {
                let (x0, x1) = piece(Span::inclusive(w.start, w.end), year)?;
                let lane = i32::try_from(k).unwrap_or(0);
                Some(view! {
                    <rect
                        class=format!("timeline-window timeline-window-{}", k % WINDOW_STYLES)
                        x=pct(x0)
                        width=pct(x1 - x0)
                        y=lane_top + lane * LANE
                        height=LANE_HEIGHT
                    />
                })
            })
            .collect_view();
        let fill = if counted {
            "timeline-stay".to_string()
        } else {
            "timeline-stay timeline-stay-ignored".to_string()
        };
        let hatch = hatch_ref.clone();
        let schengen_fill = schengen_ref.clone();
        // The planned stay, under the stays (which stay as they are): dotted, dashed outline.
        let planned_bar = planned_span.get().and_then(|span| {
            let (x0, x1) = if span.is_empty() {
                let f = piece(Span::new(span.start, add_days(span.start, 1)), year)?;
                (f.0, f.0 + 0.003)
            } else {
                piece(span, year)?
            };
            Some(view! {
                <rect
                    class="timeline-planned"
                    x=pct(x0)
                    width=pct((x1 - x0).max(0.003))
                    y=bar_y + 1
                    height=BAR_HEIGHT - 2
                    fill=planned_ref.clone()
                />
            })
        });
        let segments = spans
            .get()
            .into_iter()
            .filter_map(|(span, schengen)| {
                // A stay that leaves and comes back the same day is still shown, as a sliver.
                let (x0, x1) = if span.is_empty() {
                    let f = piece(Span::new(span.start, add_days(span.start, 1)), year)?;
                    (f.0, f.0 + 0.003)
                } else {
                    piece(span, year)?
                };
                // Not counted: hatched; in another Schengen country: vertical stripes.
                let (class, pattern) = if !counted {
                    (fill.clone(), Some(hatch.clone()))
                } else if schengen {
                    (
                        "timeline-stay timeline-stay-schengen".to_string(),
                        Some(schengen_fill.clone()),
                    )
                } else {
                    (fill.clone(), None)
                };
                Some(view! {
                    <rect
                        class=class
                        x=pct(x0)
                        width=pct((x1 - x0).max(0.003))
                        y=bar_y
                        height=BAR_HEIGHT
                        fill=pattern
                    />
                })
            })
            .collect_view();
        let marks = resets
            .get()
            .into_iter()
            .filter(|r| year_span(year).contains(r.date))
            .map(|r| {
                let x = pct(fraction(r.date, year));
                view! {
                    <line
                        class="timeline-reset"
                        x1=x.clone()
                        x2=x.clone()
                        y1=bar_y - 4
                        y2=bar_y + BAR_HEIGHT + 4
                    />
                    <circle
                        class="timeline-reset-dot"
                        cx=x
                        cy=bar_y + BAR_HEIGHT / 2
                        r="5"
                    />
                }
            })
            .collect_view();
        let ticks = (1..4)
            .map(|q| {
                let x = format!("{}%", q * 25);
                view! {
                    <line
                        class="timeline-tick"
                        x1=x.clone()
                        x2=x
                        y1=bar_y - 4
                        y2=bar_y
                    />
                }
            })
            .collect_view();
        view! {
            <g class="timeline-row">
                <text class="timeline-year" x="0" y=top + TEXT_BASELINE>
                    {year}
                </text>
                {label}
                <rect
                    class="timeline-track"
                    x="0"
                    width="100%"
                    y=bar_y
                    height=BAR_HEIGHT
                />
                {planned_bar}
                {segments}
                {bands}
                {marks}
                {ticks}
            </g>
        }
    };

    let empty_row = move |top: i32, from: i32, to: i32| {
        let loc = locale.get();
        let days = has_years.get().then(|| {
            view! {
                <text
                    class="timeline-days"
                    x="100%"
                    y=top + TEXT_BASELINE
                    text-anchor="end"
                >
                    {text::days(0, loc)}
                </text>
            }
        });
        view! {
            <g class="timeline-row timeline-row-empty">
                <text class="timeline-year" x="0" y=top + TEXT_BASELINE>
                    {format!("{from}–{to}")}
                </text>
                {days}
                <line
                    class="timeline-gap"
                    x1="0"
                    x2="100%"
                    y1=top + TEXT_BASELINE + 7
                    y2=top + TEXT_BASELINE + 7
                />
            </g>
        }
    };

    let drawing = move || {
        let drawn = rows.get();
        if drawn.is_empty() {
            return None;
        }
        let year_height = year_row_height();
        let mut top = 0;
        let mut body = Vec::new();
        for row in drawn {
            match row {
                Row::Year(y) => {
                    body.push(row_view(top, y).into_any());
                    top += year_height;
                }
                Row::Empty(from, to) => {
                    body.push(empty_row(top, from, to).into_any());
                    top += GAP_ROW_HEIGHT;
                }
            }
        }
        let height = top;
        let hatch_id = hatch_id.clone();
        let schengen_id = schengen_id.clone();
        let planned_id = planned_id.clone();
        Some(view! {
            <svg
                class="timeline-svg"
                width="100%"
                height=height
                aria-hidden="true"
                focusable="false"
            >
                <defs>
                    <pattern
                        id=hatch_id
                        patternUnits="userSpaceOnUse"
                        width="6"
                        height="6"
                        patternTransform="rotate(45)"
                    >
                        <rect class="timeline-hatch-bg" width="6" height="6" />
                        <line class="timeline-hatch-line" x1="0" y1="0" x2="0" y2="6" />
                    </pattern>
                    <pattern id=schengen_id patternUnits="userSpaceOnUse" width="5" height="5">
                        <rect class="timeline-hatch-bg" width="5" height="5" />
                        <line class="timeline-schengen-line" x1="1.5" y1="0" x2="1.5" y2="5" />
                    </pattern>
                    <pattern id=planned_id patternUnits="userSpaceOnUse" width="5" height="5">
                        <rect class="timeline-hatch-bg" width="5" height="5" />
                        <circle class="timeline-planned-dot" cx="2.5" cy="2.5" r="1.5" />
                    </pattern>
                </defs>
                {body}
            </svg>
        })
    };

    // ---- the key (visible, and read by nobody twice: it is aria-hidden like the drawing) ----
    let id_key = id.clone();
    let swatch = move |class: &'static str, pattern: Option<&'static str>| {
        let fill = pattern.map(|p| format!("url(#{id_key}-{p})"));
        view! {
            <svg class="timeline-swatch" width="28" height="16" aria-hidden="true" focusable="false">
                <rect class=class x="1" y="1" width="26" height="14" fill=fill />
            </svg>
        }
    };
    let key = move || {
        let loc = locale.get();
        let mut items: Vec<AnyView> = Vec::new();
        if has_years.get() {
            items.push(
                view! { <li>{swatch("timeline-stay", None)} {t!(i18n, common.timeline_key_counted)}</li> }
                    .into_any(),
            );
            items.push(
                view! { <li>{swatch("timeline-stay timeline-stay-ignored", Some("hatch"))} {t!(i18n, common.timeline_key_not_counted)}</li> }
                    .into_any(),
            );
        } else {
            items.push(
                view! { <li>{swatch("timeline-stay", None)} {t!(i18n, common.timeline_time_abroad)}</li> }
                    .into_any(),
            );
        }
        if has_schengen.get() {
            items.push(
                view! { <li>{swatch("timeline-stay timeline-stay-schengen", Some("schengen"))} {t!(i18n, common.timeline_key_schengen)}</li> }
                    .into_any(),
            );
        }
        if planned_span.with(Option::is_some) {
            items.push(
                view! { <li class="timeline-key-planned">{swatch("timeline-planned", Some("planned"))} {t!(i18n, common.timeline_key_planned)}</li> }
                    .into_any(),
            );
        }
        let mut seen: Vec<String> = Vec::new();
        for r in resets.get() {
            if seen.contains(&r.label) {
                continue;
            }
            seen.push(r.label.clone());
            items.push(
                view! {
                    <li>
                        <svg class="timeline-swatch" width="28" height="16" aria-hidden="true" focusable="false">
                            <line class="timeline-reset" x1="14" x2="14" y1="0" y2="16" />
                            <circle class="timeline-reset-dot" cx="14" cy="8" r="5" />
                        </svg>
                        {r.label}
                    </li>
                }
                .into_any(),
            );
        }
        for (k, w) in windows.get().into_iter().enumerate() {
            let class = format!("timeline-window timeline-window-{}", k % WINDOW_STYLES);
            let dates = format!("{} – {}", text::date(w.start, loc), text::date(w.end, loc));
            items.push(
                view! {
                    <li>
                        <svg class="timeline-swatch" width="28" height="16" aria-hidden="true" focusable="false">
                            <rect class=class x="1" y="4" width="26" height="8" />
                        </svg>
                        {w.label}": "{dates}
                    </li>
                }
                .into_any(),
            );
        }
        view! { <ul class="timeline-key">{items}</ul> }
    };

    // ---- the text alternative ----
    let stay_items = move || {
        let loc = locale.get();
        stays
            .get()
            .into_iter()
            .enumerate()
            .map(|(i, s)| {
                let n = i + 1;
                let name = match s.label {
                    Some(l) => l.into_any(),
                    None => t!(i18n, common.stay_n, n).into_any(),
                };
                let from = text::date(s.start, loc);
                let to = match s.end {
                    Some(end) => text::date(end, loc).into_any(),
                    None => t!(i18n, common.timeline_still_abroad).into_any(),
                };
                view! { <li>{name}": "{from}" – "{to}</li> }
            })
            .collect_view()
    };
    // The planned stay in words; for a stay still going on that left on the same day, said as
    // that stay's latest return.
    let planned_item = move || {
        let loc = locale.get();
        let plan = planned.get()?;
        let latest = text::date(plan.end?, loc);
        let from = text::date(plan.start, loc);
        let ongoing = stays.with(|list| {
            list.iter()
                .any(|s| s.end.is_none() && s.start == plan.start)
        });
        Some(if ongoing {
            view! { <li>{t!(i18n, common.timeline_planned_ongoing, from, date = latest)}</li> }
                .into_any()
        } else {
            view! { <li>{t!(i18n, common.timeline_planned_text, from, date = latest)}</li> }
                .into_any()
        })
    };
    let mark_items = move || {
        let loc = locale.get();
        resets
            .get()
            .into_iter()
            .map(|r| view! { <li>{r.label}": "{text::date(r.date, loc)}</li> })
            .collect_view()
    };
    let window_items = move || {
        let loc = locale.get();
        windows
            .get()
            .into_iter()
            .map(|w| {
                let dates = format!("{} – {}", text::date(w.start, loc), text::date(w.end, loc));
                view! { <li>{w.label}": "{dates}</li> }
            })
            .collect_view()
    };
    let year_rows = move || {
        let loc = locale.get();
        years
            .get()
            .into_iter()
            .map(|y| {
                view! {
                    <tr>
                        <th scope="row">{y.year}</th>
                        <td>{text::days(y.days, loc)}</td>
                        <td>{status_text(y.counted)}</td>
                    </tr>
                }
            })
            .collect_view()
    };

    view! {
        <figure class="timeline" id=id.clone() aria-labelledby=caption_id.clone()>
            <figcaption class="timeline-caption" id=caption_id.clone()>{move || caption.run()}</figcaption>
            <div class="timeline-visual" aria-hidden="true">
                {key}
                {drawing}
            </div>
            <div class="visually-hidden">
                <Show when=move || has_years.get()>
                    <table>
                        <thead>
                            <tr>
                                <th scope="col">{t!(i18n, common.timeline_year)}</th>
                                <th scope="col">{t!(i18n, common.timeline_days)}</th>
                                <th scope="col">{t!(i18n, common.timeline_counts)}</th>
                            </tr>
                        </thead>
                        <tbody>{year_rows}</tbody>
                    </table>
                </Show>
                <ul>
                    {stay_items}
                    {planned_item}
                    {mark_items}
                    {window_items}
                </ul>
            </div>
        </figure>
    }
}

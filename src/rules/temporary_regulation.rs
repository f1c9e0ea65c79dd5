//! Checker `temporary-regulation`: the temporary regulation for long-staying asylum seekers,
//! utf. § 8-14 (RULES.md §1, seed 001).
//!
//! The cut-off is `X` = 1 October 2021 ([`TR_CUTOFF`]). `S` is the first asylum application and
//! `A` the days abroad (C3) between `S` and `X`. Residence time is `R = (X - S) - A` days.
//! Every criterion below must be met ([`Outcome::all_of`]).
//!
//! Choices where RULES.md is silent (each protects the user, and is repeated beside its code):
//! - A first application dated after `asOf` is an input error, not a "not met": it cannot have
//!   happened yet, so it is almost certainly a typing mistake, and answering "not eligible" on a
//!   typo would mislead. The user is asked to check the date.
//! - A first application after `X` gives a negative `R` (reported as is in `residenceDays`) and
//!   `tr.sixteen-years` not met. For `tr.combined-65` the residence time is taken as zero, never
//!   negative: a person cannot have less than no residence.
//! - `tr.combined-65` is met from the date of birth alone when the age on `X` is already 65 years,
//!   even if the first application is unknown (residence can only add to it); and from the first
//!   application alone when even a person born on that day would reach 65 years.
//! - A request dated before the regulation came into force (1 June 2021) meets `tr.deadline`; the
//!   explanation says to send it on or after 1 June 2021.

use serde_json::Value;

use super::dates::{
    add_days, add_years, borderline, calendar_difference, check_stays, days_between, DaySet, Span,
    Stay,
};
use super::input::Reader;
use super::law::{
    TR_CUTOFF, TR_DEADLINE, TR_IN_FORCE, TR_LIVED_IN_NORWAY_ON, TR_MIN_AGE_PLUS_RESIDENCE_YEARS,
    TR_MIN_RESIDENCE_YEARS,
};
use super::text::{self, Locale};
use super::{Context, Criterion, Date, Evaluation, FieldError, Outcome, Status};
use crate::tr;

const SEED: &str = "seed:001";

/// The answers of API.md, read and checked.
struct Facts {
    date_of_birth: Option<Date>,
    first_application: Option<Date>,
    stays: Vec<Stay>,
    applied_for_asylum: Option<bool>,
    left_after_rejection_and_reapplied: Option<bool>,
    lived_in_norway_on_20190101: Option<bool>,
    lives_in_norway: Option<bool>,
    convicted: Option<bool>,
    has_residence_permit: Option<bool>,
    identity_documented: Option<bool>,
    request_date: Option<Date>,
}

/// Residence figures, known once the first application `S` is.
struct Residence {
    /// `S`.
    first: Date,
    /// `A`: days abroad (C3) inside `[S, X)`.
    abroad: i64,
    /// `R = (X - S) - A`; negative when `S` is after `X`.
    days: i64,
    /// `S + 16 years + A days`.
    sixteen_years_reached_on: Date,
    /// Days abroad outside `[S, X)` (before the application or after the cut-off): not deducted.
    not_deducted: i64,
}

impl Residence {
    fn new(first: Date, abroad: &DaySet) -> Residence {
        // A stay crossing S or X counts only its days inside [S, X); an empty window when S > X.
        let a = abroad.count_in(Span::new(first, TR_CUTOFF));
        Residence {
            first,
            abroad: a,
            days: days_between(first, TR_CUTOFF).saturating_sub(a),
            sixteen_years_reached_on: add_days(add_years(first, TR_MIN_RESIDENCE_YEARS), a),
            not_deducted: abroad.total().saturating_sub(a),
        }
    }

    /// Residence counted for the combined test: never below zero (an application after the
    /// cut-off gives no residence time, not a negative one).
    fn for_combined(&self) -> i64 {
        self.days.max(0)
    }
}

/// Residence days in `[S, d)`: the days since the first application, minus the days abroad.
fn residence_on(first: Date, d: Date, abroad: &DaySet) -> i64 {
    if d <= first {
        return 0;
    }
    days_between(first, d).saturating_sub(abroad.count_in(Span::new(first, d)))
}

/// The first date `d` on which age + residence reaches 65 years: `(birth + 65 years) - R(d) <= d`,
/// with `R(d)` the residence in `[S, d)`. The left side never grows and `d` grows by one each day,
/// so the test flips once, and the date is found by bisection between the birth and the 65th
/// birthday (on which age alone is enough).
fn combined_65_reached_on(birth: Date, first: Date, abroad: &DaySet) -> Date {
    let target = add_years(birth, TR_MIN_AGE_PLUS_RESIDENCE_YEARS);
    let reached = |d: Date| add_days(d, residence_on(first, d, abroad)) >= target;
    let (mut lo, mut hi) = (0i64, days_between(birth, target).max(0));
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        if reached(add_days(birth, mid)) {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    add_days(birth, lo)
}

/// Evaluates the `temporary-regulation` checker (RULES.md §1).
pub fn evaluate(input: &Value, ctx: &Context) -> Result<Evaluation, Vec<FieldError>> {
    let facts = read(input, ctx)?;
    let loc = ctx.locale;
    let abroad = DaySet::new(
        facts
            .stays
            .iter()
            .map(|s| s.abroad(ctx.as_of, ctx.counting)),
    );
    let residence = facts.first_application.map(|s| Residence::new(s, &abroad));
    let reached_65 = match (facts.date_of_birth, facts.first_application) {
        (Some(b), Some(s)) => Some(combined_65_reached_on(b, s, &abroad)),
        _ => None,
    };
    let age_on_cutoff = facts
        .date_of_birth
        .filter(|b| *b <= TR_CUTOFF)
        .map(|b| calendar_difference(b, TR_CUTOFF).0);

    let criteria = vec![
        applied_for_asylum(facts.applied_for_asylum, loc),
        no_return_after_rejection(facts.left_after_rejection_and_reapplied, loc),
        sixteen_years(residence.as_ref(), loc),
        combined_65(facts.date_of_birth, residence.as_ref(), reached_65, loc),
        lived_in_norway_2019(facts.lived_in_norway_on_20190101, &facts.stays, ctx),
        lives_in_norway(facts.lives_in_norway, loc),
        no_conviction(facts.convicted, loc),
        no_residence_permit(facts.has_residence_permit, loc),
        deadline(facts.request_date, ctx),
    ];
    let outcome = Outcome::all_of(&criteria);
    // A limited permit when identity is not documented (utl. § 38 (5)); unknown → null.
    let permit_type = match (outcome, facts.identity_documented) {
        (Outcome::Eligible, Some(true)) => Some("full"),
        (Outcome::Eligible, Some(false)) => Some("limited"),
        _ => None,
    };
    Ok(Evaluation::new(outcome, criteria)
        .with_figure("residenceDays", residence.as_ref().map(|r| r.days))
        .with_figure("daysAbroad", residence.as_ref().map(|r| r.abroad))
        .with_figure(
            "sixteenYearsReachedOn",
            residence.as_ref().map(|r| r.sixteen_years_reached_on),
        )
        .with_figure("combined65ReachedOn", reached_65)
        .with_figure("ageOnCutoff", age_on_cutoff)
        // The dates the figures are counted to, so that a reader (the UI) can write them out
        // ("16 years and 2 months of residence by 1 October 2021") without its own copy of them.
        .with_figure("cutoff", TR_CUTOFF)
        .with_figure("deadline", TR_DEADLINE)
        .with_extra("permitType", permit_type))
}

/// Reads the input (API.md names) and checks it (C8). Any error → no outcome.
fn read(input: &Value, ctx: &Context) -> Result<Facts, Vec<FieldError>> {
    let loc = ctx.locale;
    let mut r = Reader::new(input, loc);
    let facts = Facts {
        date_of_birth: r.date("dateOfBirth"),
        first_application: r.date("firstAsylumApplication"),
        stays: r.stays("stays"),
        applied_for_asylum: r.bool("appliedForAsylum"),
        left_after_rejection_and_reapplied: r.bool("leftAfterRejectionAndReapplied"),
        lived_in_norway_on_20190101: r.bool("livedInNorwayOn20190101"),
        lives_in_norway: r.bool("livesInNorway"),
        convicted: r.bool("convicted"),
        has_residence_permit: r.bool("hasResidencePermit"),
        identity_documented: r.bool("identityDocumented"),
        request_date: r.date("requestDate"),
    };
    let mut errors = r.into_errors();
    // The list's order and overlaps are checked only when every entry was read: otherwise the
    // indices of the entries read would not match those of the input.
    let stays_read = !errors
        .iter()
        .any(|e| e.field == "stays" || e.field.starts_with("stays["));
    if stays_read {
        errors.extend(check_stays(&facts.stays, ctx.as_of, "stays", loc));
    }
    let as_of_s = text::date(ctx.as_of, loc);
    if let Some(birth) = facts.date_of_birth {
        let birth_s = text::date(birth, loc);
        let message = if birth > ctx.as_of {
            Some(tr!(loc,
                en: "Your date of birth ({birth_s}) is after today ({as_of_s}). Check the year.",
                nb: "Fødselsdatoen din ({birth_s}) er etter dagens dato ({as_of_s}). Sjekk årstallet.",
                uk: "Ваша дата народження ({birth_s}) пізніша за сьогоднішню дату ({as_of_s}). Перевірте рік."))
        } else if let Some(first) = facts.first_application.filter(|s| birth > *s) {
            let first_s = text::date(first, loc);
            Some(tr!(loc,
                en: "Your date of birth ({birth_s}) is after your first asylum application ({first_s}). Check both dates.",
                nb: "Fødselsdatoen din ({birth_s}) er etter den første søknaden din om beskyttelse ({first_s}). Sjekk begge datoene.",
                uk: "Ваша дата народження ({birth_s}) пізніша за першу заяву про притулок ({first_s}). Перевірте обидві дати."))
        } else if let Some(request) = facts.request_date.filter(|q| birth > *q) {
            let request_s = text::date(request, loc);
            Some(tr!(loc,
                en: "Your date of birth ({birth_s}) is after the date of your request ({request_s}). Check both dates.",
                nb: "Fødselsdatoen din ({birth_s}) er etter datoen for anmodningen ({request_s}). Sjekk begge datoene.",
                uk: "Ваша дата народження ({birth_s}) пізніша за дату звернення ({request_s}). Перевірте обидві дати."))
        } else {
            None
        };
        if let Some(message) = message {
            errors.push(FieldError::new("dateOfBirth", message));
        }
    }
    // Protective choice (RULES.md is silent): an application dated after asOf cannot have been
    // made yet; it is almost surely a typo, so ask for the date instead of answering "not eligible".
    if let Some(first) = facts.first_application.filter(|s| *s > ctx.as_of) {
        let first_s = text::date(first, loc);
        errors.push(FieldError::new(
            "firstAsylumApplication",
            tr!(loc,
                en: "The date of your first asylum application ({first_s}) is after today ({as_of_s}). Enter the day you first applied; check the year.",
                nb: "Datoen for den første søknaden din om beskyttelse ({first_s}) er etter dagens dato ({as_of_s}). Skriv inn dagen du søkte første gang, og sjekk årstallet.",
                uk: "Дата вашої першої заяви про притулок ({first_s}) пізніша за сьогоднішню дату ({as_of_s}). Введіть день, коли ви вперше подали заяву, і перевірте рік."),
        ));
    }
    if errors.is_empty() {
        Ok(facts)
    } else {
        Err(errors)
    }
}

/// A yes/no criterion: the three explanations are given for met, not met and unknown.
fn answered(
    id: &str,
    status: Status,
    explanation: String,
    field: &str,
    answer: Option<bool>,
    sources: &[&str],
) -> Criterion {
    Criterion::new(id, status, explanation, sources).with_figure(field, answer)
}

/// `tr.applied-for-asylum`.
///
/// Seed 001: "You have applied for asylum in Norway". utf. § 8-14 (1): the permit is for a
/// foreigner who has applied for protection (asylum) in Norway.
fn applied_for_asylum(answer: Option<bool>, loc: Locale) -> Criterion {
    let explanation = match answer {
        Some(true) => tr!(loc,
            en: "You have applied for asylum (protection) in Norway.",
            nb: "Du har søkt om beskyttelse (asyl) i Norge.",
            uk: "Ви подали заяву про захист (притулок) у Норвегії."),
        Some(false) => tr!(loc,
            en: "The regulation is only for people who have applied for asylum (protection) in Norway.",
            nb: "Ordningen gjelder bare for personer som har søkt om beskyttelse (asyl) i Norge.",
            uk: "Це положення стосується лише тих, хто подавав заяву про захист (притулок) у Норвегії."),
        None => tr!(loc,
            en: "Answer whether you have applied for asylum (protection) in Norway.",
            nb: "Svar på om du har søkt om beskyttelse (asyl) i Norge.",
            uk: "Дайте відповідь, чи подавали ви заяву про захист (притулок) у Норвегії."),
    };
    answered(
        "tr.applied-for-asylum",
        Status::from_answer(answer),
        explanation,
        "appliedForAsylum",
        answer,
        &[SEED, "utf. § 8-14 (1)"],
    )
}

/// `tr.no-return-after-rejection`: met when `leftAfterRejectionAndReapplied` is false.
///
/// Seed 001: "If you have left the country after a denial of your applicaton for protection
/// (asylum), and have later returned to Norway and applied for protection a second time, you are
/// not eligible for a permit under this temporary regulation." This is UNE's practice under
/// utf. § 8-14 (1) ("have not returned after a negative decision").
fn no_return_after_rejection(answer: Option<bool>, loc: Locale) -> Criterion {
    let explanation = match answer {
        Some(false) => tr!(loc,
            en: "You have not left Norway after a rejection and then come back and applied for asylum again.",
            nb: "Du har ikke reist fra Norge etter et avslag og så kommet tilbake og søkt om beskyttelse på nytt.",
            uk: "Ви не виїжджали з Норвегії після відмови, щоб потім повернутися й знову подати заяву про притулок."),
        Some(true) => tr!(loc,
            en: "You left Norway after your asylum application was rejected, came back and applied again. People who did this cannot get a permit under the temporary regulation.",
            nb: "Du reiste fra Norge etter at søknaden om beskyttelse ble avslått, kom tilbake og søkte på nytt. Da kan du ikke få tillatelse etter den midlertidige forskriften.",
            uk: "Ви виїхали з Норвегії після відмови у притулку, повернулися й подали заяву знову. У такому разі дозвіл за тимчасовим положенням не надається."),
        None => tr!(loc,
            en: "Answer whether you left Norway after a rejection of your asylum application, and later came back and applied again. If you did, the regulation does not apply to you.",
            nb: "Svar på om du reiste fra Norge etter avslag på søknaden om beskyttelse, og senere kom tilbake og søkte på nytt. Hvis du gjorde det, gjelder ikke ordningen for deg.",
            uk: "Дайте відповідь, чи виїжджали ви з Норвегії після відмови у притулку, а потім повернулися й подали заяву знову. Якщо так, це положення на вас не поширюється."),
    };
    answered(
        "tr.no-return-after-rejection",
        Status::from_answer(answer.map(|left| !left)),
        explanation,
        "leftAfterRejectionAndReapplied",
        answer,
        &[SEED, "UNE practice", "utf. § 8-14 (1)"],
    )
}

/// `tr.sixteen-years`: met iff `S + 16 years + A days <= X`.
///
/// Seed 001: "You have lived in Norway for at least 16 years by October 1st 2021 … The minimum
/// of 16 years residency in Norway is calculated from the time you first applied for protection
/// (asylum) in the country. Both legal and illegal residency in Norway counts. If you have spent
/// short periods abroad (outside of Norway), that time will be deducted from your overall period
/// of residency." utf. § 8-14 (1)-(2).
///
/// Borderline (C7): `S + 16 years + A days` within 7 days of `X`, either side.
fn sixteen_years(residence: Option<&Residence>, loc: Locale) -> Criterion {
    const ID: &str = "tr.sixteen-years";
    const SOURCES: [&str; 3] = [SEED, "utf. § 8-14 (1)", "utf. § 8-14 (2)"];
    let sixteen = text::years(TR_MIN_RESIDENCE_YEARS, loc);
    let cutoff_s = text::date(TR_CUTOFF, loc);
    let Some(r) = residence else {
        let explanation = tr!(loc,
            en: "Enter the date of your first asylum application: the {sixteen} are counted from it, and days abroad are deducted.",
            nb: "Skriv inn datoen da du søkte om beskyttelse første gang: de {sixteen} regnes fra den, og dager i utlandet trekkes fra.",
            uk: "Введіть дату першої заяви про притулок: {sixteen} рахуються від неї, а дні за кордоном віднімаються.");
        return Criterion::new(ID, Status::Unknown, explanation, &SOURCES)
            .with_figure("firstAsylumApplication", None::<Date>)
            .with_figure("daysAbroad", None::<i64>)
            .with_figure("residenceDays", None::<i64>)
            .with_figure("sixteenYearsReachedOn", None::<Date>);
    };
    let met = r.sixteen_years_reached_on <= TR_CUTOFF;
    let first_s = text::date(r.first, loc);
    let mut explanation = if r.first > TR_CUTOFF {
        tr!(loc,
            en: "You first applied for asylum on {first_s}, after {cutoff_s}, so you had no residence time in Norway by that date. The rule asks for {sixteen} by {cutoff_s}.",
            nb: "Du søkte om beskyttelse første gang {first_s}, etter {cutoff_s}, og hadde derfor ingen botid i Norge på den datoen. Regelen krever {sixteen} per {cutoff_s}.",
            uk: "Ви вперше подали заяву про притулок {first_s}, тобто після {cutoff_s}, тому на цю дату не мали часу проживання в Норвегії. Правило вимагає {sixteen} станом на {cutoff_s}.")
    } else {
        let res_s = text::span(add_days(r.first, r.abroad), TR_CUTOFF, loc);
        let total_s = text::days(days_between(r.first, TR_CUTOFF), loc);
        let abroad_s = text::days(r.abroad, loc);
        let reached_s = text::date(r.sixteen_years_reached_on, loc);
        let mut s = tr!(loc,
            en: "By {cutoff_s} you had {res_s} of residence in Norway: {total_s} from your first asylum application on {first_s}, minus {abroad_s} abroad. The rule asks for {sixteen}.",
            nb: "Per {cutoff_s} hadde du {res_s} botid i Norge: {total_s} fra du søkte om beskyttelse første gang {first_s}, minus {abroad_s} i utlandet. Regelen krever {sixteen}.",
            uk: "Станом на {cutoff_s} ви мали {res_s} проживання в Норвегії: {total_s} від першої заяви про притулок {first_s}, мінус {abroad_s} за кордоном. Правило вимагає {sixteen}.");
        s.push(' ');
        s.push_str(&if met {
            tr!(loc,
                en: "You reached {sixteen} on {reached_s}.",
                nb: "Du nådde {sixteen} den {reached_s}.",
                uk: "Ви досягли {sixteen} {reached_s}.")
        } else {
            tr!(loc,
                en: "You would reach {sixteen} only on {reached_s}, after the cut-off date.",
                nb: "Du ville først ha nådd {sixteen} den {reached_s}, etter skjæringsdatoen.",
                uk: "Ви досягли б {sixteen} лише {reached_s}, після граничної дати.")
        });
        s
    };
    if r.not_deducted > 0 {
        let excluded_s = text::days(r.not_deducted, loc);
        explanation.push(' ');
        explanation.push_str(&tr!(loc,
            en: "{excluded_s} abroad before your application or after {cutoff_s} are not deducted.",
            nb: "{excluded_s} i utlandet før søknaden eller etter {cutoff_s} trekkes ikke fra.",
            uk: "{excluded_s} за кордоном до заяви або після {cutoff_s} не віднімаються."));
    }
    explanation.push(' ');
    explanation.push_str(&tr!(loc,
        en: "Both legal and illegal stay in Norway count.",
        nb: "Både lovlig og ulovlig opphold i Norge teller med.",
        uk: "Враховується як легальне, так і нелегальне перебування в Норвегії."));
    let status = if met { Status::Met } else { Status::NotMet };
    Criterion::new(ID, status, explanation, &SOURCES)
        .with_borderline(borderline(
            days_between(TR_CUTOFF, r.sixteen_years_reached_on),
            0,
        ))
        .with_figure("firstAsylumApplication", r.first)
        .with_figure("daysAbroad", r.abroad)
        .with_figure("residenceDays", r.days)
        .with_figure("sixteenYearsReachedOn", r.sixteen_years_reached_on)
}

/// `tr.combined-65`: met iff `(dateOfBirth + 65 years) - R days <= X`.
///
/// Seed 001: "You must have a combined age and time spent in Norway of at least 65 years. If, for
/// example, you are 49 years old and have lived in Norway for 16 years, your total age and
/// residence time is 65 years … If, for example, you are 40 years old and have lived in Norway
/// for 25 years, your total age and residence time is 65 years … You must meet the criteria of a
/// total of 65 years (age + time) by October 1st 2021." utf. § 8-14 (1).
///
/// Borderline (C7): the date `(dateOfBirth + 65 years) - R days` within 7 days of `X`, i.e. age
/// and residence together within 7 days of 65 years.
fn combined_65(
    birth: Option<Date>,
    residence: Option<&Residence>,
    reached_on: Option<Date>,
    loc: Locale,
) -> Criterion {
    const ID: &str = "tr.combined-65";
    const SOURCES: [&str; 2] = [SEED, "utf. § 8-14 (1)"];
    let sixty_five = text::years(TR_MIN_AGE_PLUS_RESIDENCE_YEARS, loc);
    let cutoff_s = text::date(TR_CUTOFF, loc);
    let age_on_cutoff = birth
        .filter(|b| *b <= TR_CUTOFF)
        .map(|b| calendar_difference(b, TR_CUTOFF).0);
    // The date on which the test's left side falls, and whether that is the real figure (both
    // dates known) or a bound that already settles the question.
    let (status, explanation, limit_date) = match (birth, residence) {
        (Some(b), _) if b > TR_CUTOFF => {
            // Born after the cut-off: the first application cannot be earlier, so no residence.
            let birth_s = text::date(b, loc);
            let explanation = tr!(loc,
                en: "You were born on {birth_s}, after {cutoff_s}, so age and residence together cannot reach {sixty_five} by that date.",
                nb: "Du er født {birth_s}, etter {cutoff_s}, så alder og botid kan ikke til sammen nå {sixty_five} innen den datoen.",
                uk: "Ви народилися {birth_s}, після {cutoff_s}, тож вік і час проживання разом не можуть досягти {sixty_five} до цієї дати.");
            (Status::NotMet, explanation, None)
        }
        (Some(b), Some(r)) => {
            let res = r.for_combined();
            let limit = add_days(add_years(b, TR_MIN_AGE_PLUS_RESIDENCE_YEARS), -res);
            let met = limit <= TR_CUTOFF;
            let age_s = text::span(b, TR_CUTOFF, loc);
            let res_s = text::span(add_days(TR_CUTOFF, -res), TR_CUTOFF, loc);
            let total_s = text::span(add_days(b, -res), TR_CUTOFF, loc);
            let mut s = tr!(loc,
                en: "On {cutoff_s} you were {age_s} old and had {res_s} of residence in Norway: together {total_s}. The rule asks for {sixty_five} together.",
                nb: "Per {cutoff_s} var du {age_s} gammel og hadde {res_s} botid i Norge: til sammen {total_s}. Regelen krever {sixty_five} til sammen.",
                uk: "Станом на {cutoff_s} вам було {age_s}, і ви мали {res_s} проживання в Норвегії: разом {total_s}. Правило вимагає разом {sixty_five}.");
            if let Some(reached) = reached_on {
                let reached_s = text::date(reached, loc);
                s.push(' ');
                s.push_str(&if met {
                    tr!(loc,
                        en: "Age and residence together reached {sixty_five} on {reached_s}.",
                        nb: "Alder og botid nådde til sammen {sixty_five} den {reached_s}.",
                        uk: "Вік і час проживання разом досягли {sixty_five} {reached_s}.")
                } else {
                    tr!(loc,
                        en: "Together they would reach {sixty_five} only on {reached_s}, after the cut-off date.",
                        nb: "Til sammen ville de først ha nådd {sixty_five} den {reached_s}, etter skjæringsdatoen.",
                        uk: "Разом вони досягли б {sixty_five} лише {reached_s}, після граничної дати.")
                });
            }
            let status = if met { Status::Met } else { Status::NotMet };
            (status, s, Some(limit))
        }
        (Some(b), None) => {
            // Residence unknown: age alone may already settle it (residence only adds).
            let target = add_years(b, TR_MIN_AGE_PLUS_RESIDENCE_YEARS);
            let age_s = text::span(b, TR_CUTOFF, loc);
            if target <= TR_CUTOFF {
                let explanation = tr!(loc,
                    en: "On {cutoff_s} you were already {age_s} old, so your age alone reaches {sixty_five}.",
                    nb: "Per {cutoff_s} var du allerede {age_s} gammel, så alderen alene når {sixty_five}.",
                    uk: "Станом на {cutoff_s} вам уже було {age_s}, тож лише ваш вік сягає {sixty_five}.");
                (Status::Met, explanation, Some(target))
            } else {
                let explanation = tr!(loc,
                    en: "On {cutoff_s} you were {age_s} old. Enter the date of your first asylum application so that your residence time can be added.",
                    nb: "Per {cutoff_s} var du {age_s} gammel. Skriv inn datoen da du søkte om beskyttelse første gang, så botiden kan legges til.",
                    uk: "Станом на {cutoff_s} вам було {age_s}. Введіть дату першої заяви про притулок, щоб додати час проживання.");
                (Status::Unknown, explanation, None)
            }
        }
        (None, Some(r)) => {
            // Birth unknown, but not after the first application: the youngest possible person
            // was born on S. If even they reach 65 years, the criterion is met.
            let res = r.for_combined();
            let limit = add_days(add_years(r.first, TR_MIN_AGE_PLUS_RESIDENCE_YEARS), -res);
            let res_s = text::span(add_days(TR_CUTOFF, -res), TR_CUTOFF, loc);
            if r.first <= TR_CUTOFF && limit <= TR_CUTOFF {
                let first_s = text::date(r.first, loc);
                let min_age_s = text::span(r.first, TR_CUTOFF, loc);
                let total_s = text::span(add_days(r.first, -res), TR_CUTOFF, loc);
                let explanation = tr!(loc,
                    en: "Your date of birth is missing, but on {cutoff_s} you were at least {min_age_s} old (you first applied on {first_s}) and had {res_s} of residence: together at least {total_s}, which reaches {sixty_five}.",
                    nb: "Fødselsdatoen din mangler, men per {cutoff_s} var du minst {min_age_s} gammel (du søkte første gang {first_s}) og hadde {res_s} botid: til sammen minst {total_s}, som når {sixty_five}.",
                    uk: "Дата народження не вказана, але станом на {cutoff_s} вам було щонайменше {min_age_s} (ви вперше подали заяву {first_s}), і ви мали {res_s} проживання: разом щонайменше {total_s}, тобто {sixty_five} досягнуто.");
                (Status::Met, explanation, Some(limit))
            } else {
                let explanation = tr!(loc,
                    en: "Enter your date of birth: your age on {cutoff_s} is added to your residence time ({res_s}).",
                    nb: "Skriv inn fødselsdatoen din: alderen din per {cutoff_s} legges til botiden ({res_s}).",
                    uk: "Введіть дату народження: ваш вік станом на {cutoff_s} додається до часу проживання ({res_s}).");
                (Status::Unknown, explanation, None)
            }
        }
        (None, None) => {
            let explanation = tr!(loc,
                en: "Enter your date of birth and the date of your first asylum application: age and residence time in Norway must together reach {sixty_five} by {cutoff_s}.",
                nb: "Skriv inn fødselsdatoen din og datoen da du søkte om beskyttelse første gang: alder og botid i Norge må til sammen nå {sixty_five} innen {cutoff_s}.",
                uk: "Введіть дату народження і дату першої заяви про притулок: вік і час проживання в Норвегії разом мають досягти {sixty_five} станом на {cutoff_s}.");
            (Status::Unknown, explanation, None)
        }
    };
    let near = limit_date.is_some_and(|d| borderline(days_between(TR_CUTOFF, d), 0));
    Criterion::new(ID, status, explanation, &SOURCES)
        .with_borderline(near)
        .with_figure("dateOfBirth", birth)
        .with_figure("ageOnCutoff", age_on_cutoff)
        .with_figure("residenceDays", residence.map(|r| r.days))
        .with_figure("combined65ReachedOn", reached_on)
}

/// `tr.lived-in-norway-2019`: met when `livedInNorwayOn20190101` is true and no stay's days abroad
/// (C3) cover 1 January 2019; a stay covering it → not met whatever the answer.
///
/// Seed 001: "You lived in Norway on January 1st 2019". utf. § 8-14 (2).
///
/// Borderline (C7): a day abroad within 7 days of 1 January 2019 when the day is not covered (a
/// day's shift of a travel date would cover it), or a day in Norway within 7 days when it is.
fn lived_in_norway_2019(answer: Option<bool>, stays: &[Stay], ctx: &Context) -> Criterion {
    let loc = ctx.locale;
    let day = TR_LIVED_IN_NORWAY_ON;
    let day_s = text::date(day, loc);
    let spans: Vec<(usize, &Stay, Span)> = stays
        .iter()
        .enumerate()
        .map(|(i, s)| (i, s, s.abroad(ctx.as_of, ctx.counting)))
        .filter(|(_, _, span)| !span.is_empty())
        .collect();
    let covering = spans.iter().find(|(_, _, span)| span.contains(day));
    // Days from 1 January 2019 to the nearest day that would change the answer.
    let margin = spans
        .iter()
        .map(|(_, _, span)| {
            if span.contains(day) {
                (days_between(span.start, day) + 1).min(days_between(day, span.end))
            } else if span.end <= day {
                days_between(span.end, day) + 1
            } else {
                days_between(day, span.start)
            }
        })
        .min();
    let (status, explanation) = match (covering, answer) {
        (Some((_, stay, _)), _) => {
            let from_s = text::date(stay.from, loc);
            let explanation = match stay.to {
                Some(to) => {
                    let to_s = text::date(to, loc);
                    tr!(loc,
                        en: "Your stay abroad from {from_s} to {to_s} covers {day_s}, so you did not live in Norway on that day.",
                        nb: "Utenlandsoppholdet ditt fra {from_s} til {to_s} omfatter {day_s}, så du bodde ikke i Norge den dagen.",
                        uk: "Ваше перебування за кордоном з {from_s} по {to_s} охоплює {day_s}, тож того дня ви не проживали в Норвегії.")
                }
                None => tr!(loc,
                    en: "Your stay abroad from {from_s}, still going on, covers {day_s}, so you did not live in Norway on that day.",
                    nb: "Utenlandsoppholdet ditt fra {from_s}, som fortsatt pågår, omfatter {day_s}, så du bodde ikke i Norge den dagen.",
                    uk: "Ваше перебування за кордоном з {from_s}, яке ще триває, охоплює {day_s}, тож того дня ви не проживали в Норвегії."),
            };
            (Status::NotMet, explanation)
        }
        (None, Some(true)) => (
            Status::Met,
            tr!(loc,
                en: "You lived in Norway on {day_s}, and none of your stays abroad covers that day.",
                nb: "Du bodde i Norge {day_s}, og ingen av utenlandsoppholdene dine omfatter den dagen.",
                uk: "Ви проживали в Норвегії {day_s}, і жодне з ваших перебувань за кордоном не припадає на цей день."),
        ),
        (None, Some(false)) => (
            Status::NotMet,
            tr!(loc,
                en: "You must have lived in Norway on {day_s}; you answered that you did not.",
                nb: "Du må ha bodd i Norge {day_s}; du svarte at du ikke gjorde det.",
                uk: "Потрібно, щоб ви проживали в Норвегії {day_s}; ви відповіли, що ні."),
        ),
        (None, None) => (
            Status::Unknown,
            tr!(loc,
                en: "Answer whether you lived in Norway on {day_s}.",
                nb: "Svar på om du bodde i Norge {day_s}.",
                uk: "Дайте відповідь, чи проживали ви в Норвегії {day_s}."),
        ),
    };
    // A "no" answer decides alone; otherwise the stays decide, and a close one is borderline.
    let near = answer != Some(false) && margin.is_some_and(|m| borderline(m, 0));
    let covering_index = covering.and_then(|(i, _, _)| i64::try_from(*i).ok());
    Criterion::new(
        "tr.lived-in-norway-2019",
        status,
        explanation,
        &[SEED, "utf. § 8-14 (2)"],
    )
    .with_borderline(near)
    .with_figure("livedInNorwayOn20190101", answer)
    .with_figure("stayCovering20190101", covering_index)
}

/// `tr.lives-in-norway`: met when `livesInNorway` is true.
///
/// Seed 001: "You live in Norway when you ask for an assessment of your case". RULES.md gives the
/// seed as the source; the condition belongs to utf. § 8-14 as a whole.
fn lives_in_norway(answer: Option<bool>, loc: Locale) -> Criterion {
    let explanation = match answer {
        Some(true) => tr!(loc,
            en: "You live in Norway, as you must when you ask for the assessment.",
            nb: "Du bor i Norge, slik du må når du ber om vurderingen.",
            uk: "Ви проживаєте в Норвегії, як і потрібно на момент звернення щодо розгляду."),
        Some(false) => tr!(loc,
            en: "You must live in Norway when you ask for the assessment of your case.",
            nb: "Du må bo i Norge når du ber om å få saken din vurdert.",
            uk: "Ви маєте проживати в Норвегії, коли звертаєтеся щодо розгляду вашої справи."),
        None => tr!(loc,
            en: "Answer whether you live in Norway now. You must live here when you ask for the assessment.",
            nb: "Svar på om du bor i Norge nå. Du må bo her når du ber om vurderingen.",
            uk: "Дайте відповідь, чи проживаєте ви зараз у Норвегії. Ви маєте проживати тут, коли звертаєтеся щодо розгляду."),
    };
    answered(
        "tr.lives-in-norway",
        Status::from_answer(answer),
        explanation,
        "livesInNorway",
        answer,
        &[SEED, "utf. § 8-14"],
    )
}

/// `tr.no-conviction`: met when `convicted` is false.
///
/// Seed 001: "You are also not eligible for a permit under this regulation if you have been
/// convicted of a crime. This means that you cannot be granted a permit if you have been sentenced
/// to prison in Norway, or if you have been fined for certain offenses such as minor theft or
/// embezzlement. … Criminal violations of the Immigration Act, for which you have not already been
/// convicted … do not preclude a residence permit under this regulation." utf. § 8-14 (3), which
/// points to the offences of utl. § 66 (1) c (prison, or a fine for an offence that can carry
/// prison: minor theft, embezzlement, receiving, money laundering, forgery, fraud).
fn no_conviction(answer: Option<bool>, loc: Locale) -> Criterion {
    let explanation = match answer {
        Some(false) => tr!(loc,
            en: "You have not been convicted of a crime. Breaches of the Immigration Act you have not been convicted for do not count.",
            nb: "Du er ikke straffedømt. Brudd på utlendingsloven som du ikke er dømt for, teller ikke.",
            uk: "Вас не засуджували за злочин. Порушення закону про іноземців, за які вас не засудили, не враховуються."),
        Some(true) => tr!(loc,
            en: "You have been convicted: sentenced to prison in Norway, or fined for an offence that can carry prison (for example minor theft or embezzlement). A conviction rules out a permit under this regulation, whether or not you were expelled.",
            nb: "Du er straffedømt: dømt til fengsel i Norge, eller ilagt bot for et lovbrudd som kan gi fengsel (for eksempel naskeri eller underslag). En dom utelukker tillatelse etter denne forskriften, uansett om du ble utvist eller ikke.",
            uk: "Вас засуджено: до позбавлення волі в Норвегії або до штрафу за правопорушення, за яке може загрожувати ув'язнення (наприклад, дрібна крадіжка чи привласнення). Судимість виключає дозвіл за цим положенням, незалежно від того, чи вас видворяли."),
        None => tr!(loc,
            en: "Answer whether you have been sentenced to prison in Norway, or fined for an offence such as minor theft, embezzlement, receiving stolen goods, money laundering, forgery or fraud. Breaches of the Immigration Act you have not been convicted for do not count.",
            nb: "Svar på om du er dømt til fengsel i Norge, eller har fått bot for et lovbrudd som naskeri, underslag, heleri, hvitvasking, dokumentfalsk eller bedrageri. Brudd på utlendingsloven som du ikke er dømt for, teller ikke.",
            uk: "Дайте відповідь, чи засуджували вас до позбавлення волі в Норвегії або штрафували за правопорушення на кшталт дрібної крадіжки, привласнення, збуту краденого, відмивання грошей, підробки документів чи шахрайства. Порушення закону про іноземців, за які вас не засудили, не враховуються."),
    };
    answered(
        "tr.no-conviction",
        Status::from_answer(answer.map(|c| !c)),
        explanation,
        "convicted",
        answer,
        &[SEED, "utf. § 8-14 (3)", "utl. § 66 (1) c"],
    )
}

/// `tr.no-residence-permit`: met when `hasResidencePermit` is false.
///
/// Seed 001: "It is a temporary regulation for asylum seekers who do not currently hold a
/// residence permit in Norway. … If you have previously had a protection permit, which was later
/// revoked, you may still be entitled to a residence permit. The same applies if you have had
/// another type of residence permit; for example, a work permit." RULES.md gives the seed as the
/// source; the condition belongs to utf. § 8-14 as a whole.
fn no_residence_permit(answer: Option<bool>, loc: Locale) -> Criterion {
    let explanation = match answer {
        Some(false) => tr!(loc,
            en: "You do not hold a residence permit in Norway. An earlier permit that was revoked, or an earlier permit of another kind (such as a work permit), does not matter.",
            nb: "Du har ikke oppholdstillatelse i Norge. En tidligere tillatelse som er tilbakekalt, eller en tidligere tillatelse av en annen type (for eksempel arbeidstillatelse), har ikke betydning.",
            uk: "У вас немає дозволу на проживання в Норвегії. Попередній дозвіл, який відкликали, або попередній дозвіл іншого типу (наприклад, на роботу) не має значення."),
        Some(true) => tr!(loc,
            en: "The regulation is for people who do not hold a residence permit in Norway now.",
            nb: "Forskriften gjelder for personer som ikke har oppholdstillatelse i Norge nå.",
            uk: "Це положення стосується людей, які зараз не мають дозволу на проживання в Норвегії."),
        None => tr!(loc,
            en: "Answer whether you hold a residence permit in Norway now. An earlier permit that was revoked does not count.",
            nb: "Svar på om du har oppholdstillatelse i Norge nå. En tidligere tillatelse som er tilbakekalt, teller ikke.",
            uk: "Дайте відповідь, чи маєте ви зараз дозвіл на проживання в Норвегії. Попередній відкликаний дозвіл не враховується."),
    };
    answered(
        "tr.no-residence-permit",
        Status::from_answer(answer.map(|p| !p)),
        explanation,
        "hasResidencePermit",
        answer,
        &[SEED, "utf. § 8-14"],
    )
}

/// `tr.deadline`: `requestDate` (default `asOf`) on or before 1 December 2021.
///
/// Seed 001: "The regulation enters into force from June 1st 2021, with an application deadline
/// by December 1st 2021. … You must ask for an assessment of your case at the latest by December
/// 1st 2021." utf. § 8-14 (4). The deadline was never extended.
///
/// A request dated before 1 June 2021 is still met (protective choice; RULES.md only sets the
/// deadline): the explanation says to send it from 1 June 2021.
///
/// Borderline (C7): the request date within 7 days of the deadline, either side.
fn deadline(request_date: Option<Date>, ctx: &Context) -> Criterion {
    let loc = ctx.locale;
    let request = request_date.unwrap_or(ctx.as_of);
    let request_s = text::date(request, loc);
    let deadline_s = text::date(TR_DEADLINE, loc);
    let mut explanation = String::new();
    if request_date.is_none() {
        let as_of_s = text::date(ctx.as_of, loc);
        explanation.push_str(&tr!(loc,
            en: "No request date was given, so today ({as_of_s}) is used. ",
            nb: "Ingen dato for anmodningen er oppgitt, så dagens dato ({as_of_s}) brukes. ",
            uk: "Дату звернення не вказано, тому використано сьогоднішню дату ({as_of_s}). "));
    }
    let met = request <= TR_DEADLINE;
    if met {
        explanation.push_str(&tr!(loc,
            en: "The request is made on {request_s}, on or before the deadline of {deadline_s}.",
            nb: "Anmodningen sendes {request_s}, innen fristen {deadline_s}.",
            uk: "Звернення подається {request_s}, не пізніше кінцевого терміну {deadline_s}."));
        if request < TR_IN_FORCE {
            let in_force_s = text::date(TR_IN_FORCE, loc);
            explanation.push(' ');
            explanation.push_str(&tr!(loc,
                en: "The regulation applies from {in_force_s}: send the request on or after that day.",
                nb: "Forskriften gjelder fra {in_force_s}: send anmodningen den dagen eller senere.",
                uk: "Положення діє з {in_force_s}: надішліть звернення цього дня або пізніше."));
        }
    } else {
        let late_s = text::span(TR_DEADLINE, request, loc);
        explanation.push_str(&tr!(loc,
            en: "The deadline to ask for an assessment was {deadline_s}. The request date {request_s} is {late_s} after it, and the deadline was never extended.",
            nb: "Fristen for å be om en vurdering var {deadline_s}. Datoen {request_s} er {late_s} etter fristen, og fristen ble aldri forlenget.",
            uk: "Кінцевий термін для звернення щодо розгляду — {deadline_s}. Дата {request_s} пізніша за нього на {late_s}, а термін ніколи не продовжували."));
    }
    let status = if met { Status::Met } else { Status::NotMet };
    Criterion::new(
        "tr.deadline",
        status,
        explanation,
        &[SEED, "utf. § 8-14 (4)"],
    )
    .with_borderline(borderline(days_between(TR_DEADLINE, request), 0))
    .with_figure("requestDate", request)
    .with_figure("deadline", TR_DEADLINE)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::dates::ymd;

    #[test]
    fn combined_reach_date_matches_the_test_on_the_cutoff() {
        // 49 + 16: born 1972-10-01, applied 2005-10-01, no stays: reached exactly on X.
        let none = DaySet::default();
        let reached = combined_65_reached_on(ymd(1972, 10, 1), ymd(2005, 10, 1), &none);
        assert_eq!(reached, TR_CUTOFF);
        // One day younger: reached the day after X.
        let reached = combined_65_reached_on(ymd(1972, 10, 2), ymd(2005, 10, 1), &none);
        assert!(reached > TR_CUTOFF);
    }

    #[test]
    fn residence_before_the_application_is_zero() {
        let none = DaySet::default();
        assert_eq!(
            residence_on(ymd(2010, 1, 1), ymd(2009, 1, 1), &none),
            0,
            "no residence before applying"
        );
        assert_eq!(residence_on(ymd(2010, 1, 1), ymd(2010, 1, 11), &none), 10);
    }
}

//! Checker `work-permit` (RULES.md §4): a temporary work permit while an application for
//! protection is assessed individually (seed 002; utl. § 94, utf. §§ 17-24 to 17-27).
//!
//! Seed 002: "You can be granted a temporary work permit while you are an asylum seeker if
//! [you have had your asylum interview; you have a valid passport; you have not received an
//! answer to your application for protection]. You cannot be granted a temporary work permit
//! while you are an asylum seeker if [you have not had your asylum interview; you do not have a
//! valid passport; you are to be sent to another European country (your application is processed
//! as a Dublin case); you have received a rejection of your application for asylum]."
//!
//! The four criteria are all required ([`Outcome::all_of`]). Collective protection already gives
//! the right to work, so `protection: "collective"` makes the outcome `not-applicable`; the
//! criteria are still reported, with explanations that say so.
//!
//! **`protection` unknown (null or missing).** RULES.md is silent. The engine protects the user
//! by not guessing: it evaluates the criteria as for individual protection (so someone who does
//! not know which kind they have still learns what the permit needs) and every explanation adds
//! that with collective protection the permit is not needed because the right to work already
//! exists. It never answers `not-applicable` on a guess, which could keep someone from applying.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::input::Reader;
use super::text::Locale;
use super::{Context, Criterion, Evaluation, FieldError, Outcome, Status};
use crate::tr;

/// The words `protection` accepts (API.md).
pub const PROTECTION_CHOICES: [&str; 2] = ["individual", "collective"];
/// The words `decision` accepts (API.md).
pub const DECISION_CHOICES: [&str; 2] = ["none", "rejected"];

/// Which kind of protection the application is assessed for (seed 002: "we first assess whether
/// they are eligible for collective protection … If you are not eligible … your application will
/// be assessed individually").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Protection {
    Individual,
    Collective,
}

/// The answer to the application for protection so far.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Decision {
    /// No answer yet.
    None,
    /// The application has been rejected (whether or not it has been appealed).
    Rejected,
}

/// The answers of a `work-permit` request, read from its `input` (API.md). `None` = unknown.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Answers {
    pub protection: Option<Protection>,
    pub had_asylum_interview: Option<bool>,
    pub valid_passport: Option<bool>,
    pub dublin_case: Option<bool>,
    pub decision: Option<Decision>,
}

/// Reads the input object (API.md `work-permit`), naming every bad field at once (C8).
pub fn read(input: &Value, loc: Locale) -> Result<Answers, Vec<FieldError>> {
    let mut r = Reader::new(input, loc);
    let protection = r
        .choice("protection", &PROTECTION_CHOICES)
        .map(|p| match p {
            "collective" => Protection::Collective,
            _ => Protection::Individual,
        });
    let had_asylum_interview = r.bool("hadAsylumInterview");
    let valid_passport = r.bool("validPassport");
    let dublin_case = r.bool("dublinCase");
    let decision = r.choice("decision", &DECISION_CHOICES).map(|d| match d {
        "rejected" => Decision::Rejected,
        _ => Decision::None,
    });
    if r.has_errors() {
        return Err(r.into_errors());
    }
    Ok(Answers {
        protection,
        had_asylum_interview,
        valid_passport,
        dublin_case,
        decision,
    })
}

/// `wp.interview`: the asylum interview has been held.
///
/// Seed 002: "You can be granted a temporary work permit while you are an asylum seeker if
/// [you have had your asylum interview]"; "We at UDI select who to invite for an interview. You
/// cannot contact UDI and ask to be interviewed." Utl. § 94 (1) a ("det er gjennomført
/// asylintervju av søkeren").
pub fn interview(had_asylum_interview: Option<bool>, loc: Locale) -> Criterion {
    let status = Status::from_answer(had_asylum_interview);
    let explanation = match status {
        Status::Met => tr!(loc,
            en: "You have had your asylum interview with UDI, so this condition is met.",
            nb: "Du har hatt asylintervjuet ditt hos UDI, så dette vilkåret er oppfylt.",
            uk: "Ви вже пройшли співбесіду щодо притулку в UDI, тож цю умову виконано."),
        Status::NotMet => tr!(loc,
            en: "You have not had your asylum interview yet. A temporary work permit can only be granted after the asylum interview. UDI chooses whom to invite; you cannot ask to be interviewed.",
            nb: "Du har ikke hatt asylintervjuet ennå. Midlertidig arbeidstillatelse kan bare gis etter asylintervjuet. UDI velger hvem som blir innkalt; du kan ikke be om å bli intervjuet.",
            uk: "Ви ще не пройшли співбесіду щодо притулку. Тимчасовий дозвіл на роботу можна отримати лише після неї. UDI саме вирішує, кого запросити; попросити про співбесіду неможливо."),
        Status::Unknown => tr!(loc,
            en: "You did not say whether you have had your asylum interview. The permit can only be granted after it. The asylum interview is the long interview at UDI about why you need protection; registering with the police is not the interview.",
            nb: "Du har ikke oppgitt om du har hatt asylintervjuet. Tillatelsen kan bare gis etter intervjuet. Asylintervjuet er det lange intervjuet hos UDI om hvorfor du trenger beskyttelse; registreringen hos politiet er ikke intervjuet.",
            uk: "Ви не вказали, чи пройшли співбесіду щодо притулку. Дозвіл можна отримати лише після неї. Співбесіда щодо притулку — це тривала розмова в UDI про те, чому вам потрібен захист; реєстрація в поліції співбесідою не є."),
    };
    Criterion::new(
        "wp.interview",
        status,
        explanation,
        &["seed:002", "utl. § 94 (1) a"],
    )
}

/// `wp.passport`: a valid ordinary passport.
///
/// Seed 002: "you must have a valid passport in order to obtain a temporary work permit";
/// "it is not possible to obtain a temporary work permit with only an internal passport/passport
/// card. You need a valid passport"; "If the police already have your passport, you simply
/// inform them of this fact". Utf. § 17-24 (a valid travel document is required), utl. § 94 (1) b.
pub fn passport(valid_passport: Option<bool>, loc: Locale) -> Criterion {
    let status = Status::from_answer(valid_passport);
    let not_enough = tr!(loc,
        en: "An internal passport or a passport card, such as the Passport of the Citizen of Ukraine, is not enough.",
        nb: "Et innenlandspass eller et passkort, for eksempel «Passport of the Citizen of Ukraine», er ikke nok.",
        uk: "Внутрішнього паспорта чи паспорта у формі картки, як-от паспорта громадянина України, недостатньо.");
    let explanation = match status {
        Status::Met => tr!(loc,
            en: "You have a valid passport, so this condition is met. It must be an ordinary passport for travel abroad. {not_enough}",
            nb: "Du har et gyldig pass, så dette vilkåret er oppfylt. Det må være et vanlig pass for reiser til utlandet. {not_enough}",
            uk: "У вас є дійсний паспорт, тож цю умову виконано. Це має бути звичайний закордонний паспорт. {not_enough}"),
        Status::NotMet => tr!(loc,
            en: "Without a valid passport, a temporary work permit cannot be granted. {not_enough}",
            nb: "Uten gyldig pass kan du ikke få midlertidig arbeidstillatelse. {not_enough}",
            uk: "Без дійсного паспорта тимчасовий дозвіл на роботу не видають. {not_enough}"),
        Status::Unknown => tr!(loc,
            en: "You did not say whether you have a valid passport. You need a valid ordinary passport for travel abroad. {not_enough} A passport the police already hold for your case counts: tell them when you apply.",
            nb: "Du har ikke oppgitt om du har et gyldig pass. Du trenger et gyldig vanlig pass for reiser til utlandet. {not_enough} Et pass som politiet allerede har i saken din, teller: si fra om det når du søker.",
            uk: "Ви не вказали, чи маєте дійсний паспорт. Потрібен дійсний звичайний закордонний паспорт. {not_enough} Паспорт, який уже є в поліції у вашій справі, зараховується: повідомте про це, коли подаєте заяву."),
    };
    Criterion::new(
        "wp.passport",
        status,
        explanation,
        &["seed:002", "utl. § 94 (1) b", "utf. § 17-24"],
    )
}

/// `wp.no-decision`: no answer to the application for protection yet.
///
/// Seed 002: "you have not received an answer to your application for protection" (may be
/// granted); "you have received a rejection of your application for asylum" (cannot be granted);
/// "If you appeal the decision, you can request to stay in Norway while we consider your appeal."
/// Utl. § 94, utf. §§ 17-24 to 17-27. After a rejection the permit may still be given or kept
/// while an appeal is awaited in Norway (utl. § 94 (3)); whether that applies is for the lawyer
/// to say, so the criterion stays not met and the explanation says to ask.
pub fn no_decision(decision: Option<Decision>, loc: Locale) -> Criterion {
    let (status, explanation, sources): (Status, String, &[&str]) = match decision {
        Some(Decision::None) => (
            Status::Met,
            tr!(loc,
                en: "You have not received an answer to your application for protection yet, so this condition is met.",
                nb: "Du har ikke fått svar på søknaden om beskyttelse ennå, så dette vilkåret er oppfylt.",
                uk: "Ви ще не отримали відповіді на заяву про захист, тож цю умову виконано."),
            &["seed:002", "utl. § 94", "utf. §§ 17-24 to 17-27"],
        ),
        Some(Decision::Rejected) => (
            Status::NotMet,
            tr!(loc,
                en: "Your application for protection has been rejected, and a temporary work permit is not granted after a rejection. If you have appealed and are allowed to wait in Norway while the appeal is considered, this can change: ask your lawyer.",
                nb: "Søknaden din om beskyttelse er avslått, og midlertidig arbeidstillatelse gis ikke etter et avslag. Har du klaget og fått lov til å vente i Norge mens klagen behandles, kan dette endre seg: spør advokaten din.",
                uk: "Вашу заяву про захист відхилено, а після відмови тимчасовий дозвіл на роботу не видають. Якщо ви подали апеляцію і вам дозволили чекати її розгляду в Норвегії, це може змінитися: запитайте свого адвоката."),
            &["seed:002", "utl. § 94 (3)", "utf. §§ 17-24 to 17-27"],
        ),
        None => (
            Status::Unknown,
            tr!(loc,
                en: "You did not say whether you have received an answer to your application for protection. The permit can only be granted while you are still waiting for the answer.",
                nb: "Du har ikke oppgitt om du har fått svar på søknaden om beskyttelse. Tillatelsen kan bare gis mens du fortsatt venter på svar.",
                uk: "Ви не вказали, чи отримали відповідь на заяву про захист. Дозвіл можна отримати лише поки ви ще чекаєте на відповідь."),
            &["seed:002", "utl. § 94", "utf. §§ 17-24 to 17-27"],
        ),
    };
    Criterion::new("wp.no-decision", status, explanation, sources)
}

/// `wp.not-dublin`: the application is not processed as a Dublin case.
///
/// Seed 002: "You cannot be granted a temporary work permit while you are an asylum seeker if
/// … you are to be sent to another European country (your application is processed as a Dublin
/// case)"; "you will be notified if we register your case as a Dublin case. Most applicants will
/// be notified when they are registered by the police." Utl. § 94 (1) c.
pub fn not_dublin(dublin_case: Option<bool>, loc: Locale) -> Criterion {
    let status = Status::from_answer(dublin_case.map(|d| !d));
    let explanation = match status {
        Status::Met => tr!(loc,
            en: "Your case is not a Dublin case, so this condition is met.",
            nb: "Saken din er ikke en Dublin-sak, så dette vilkåret er oppfylt.",
            uk: "Ваша справа не є дублінською, тож цю умову виконано."),
        Status::NotMet => tr!(loc,
            en: "Your case is a Dublin case: you are to be sent to another European country. A temporary work permit cannot be granted then.",
            nb: "Saken din er en Dublin-sak: du skal sendes til et annet europeisk land. Da kan du ikke få midlertidig arbeidstillatelse.",
            uk: "Ваша справа дублінська: вас мають передати до іншої європейської країни. У такому разі тимчасовий дозвіл на роботу не видають."),
        Status::Unknown => tr!(loc,
            en: "You did not say whether your case is a Dublin case. You are told if it is; most people are told when the police register them.",
            nb: "Du har ikke oppgitt om saken din er en Dublin-sak. Du får beskjed hvis den er det; de fleste får beskjed når politiet registrerer dem.",
            uk: "Ви не вказали, чи ваша справа дублінська. Якщо так, вам про це повідомлять; більшість дізнається під час реєстрації в поліції."),
    };
    Criterion::new(
        "wp.not-dublin",
        status,
        explanation,
        &["seed:002", "utl. § 94 (1) c"],
    )
}

/// The sentence added to every explanation when collective protection makes the check
/// not applicable (`Some(Collective)`), or might (`None`); nothing for individual protection.
fn protection_note(protection: Option<Protection>, loc: Locale) -> Option<String> {
    match protection {
        Some(Protection::Individual) => None,
        Some(Protection::Collective) => Some(tr!(loc,
            en: "You have collective protection, which already gives you the right to work, so you do not need this permit. This is shown for information only.",
            nb: "Du har kollektiv beskyttelse, som allerede gir deg rett til å arbeide, så du trenger ikke denne tillatelsen. Dette vises bare til orientering.",
            uk: "Ви маєте колективний захист, який уже дає право працювати, тож цей дозвіл вам не потрібен. Це показано лише для інформації.")),
        None => Some(tr!(loc,
            en: "This permit is for people whose application is assessed individually. If you have collective protection, you already have the right to work and do not need it.",
            nb: "Denne tillatelsen er for dem som får søknaden vurdert individuelt. Har du kollektiv beskyttelse, har du allerede rett til å arbeide og trenger den ikke.",
            uk: "Цей дозвіл для тих, чию заяву розглядають індивідуально. Якщо ви маєте колективний захист, ви вже маєте право працювати, і він вам не потрібен.")),
    }
}

/// The four criteria for these answers, in the order of RULES.md §4, with the protection note
/// added to each explanation where it applies.
pub fn criteria(answers: &Answers, loc: Locale) -> Vec<Criterion> {
    let mut list = vec![
        interview(answers.had_asylum_interview, loc),
        passport(answers.valid_passport, loc),
        no_decision(answers.decision, loc),
        not_dublin(answers.dublin_case, loc),
    ];
    if let Some(note) = protection_note(answers.protection, loc) {
        for c in &mut list {
            c.explanation = format!("{} {note}", c.explanation);
        }
    }
    list
}

/// The outcome: `not-applicable` with collective protection; otherwise all criteria must be met.
pub fn outcome(protection: Option<Protection>, criteria: &[Criterion]) -> Outcome {
    match protection {
        Some(Protection::Collective) => Outcome::NotApplicable,
        _ => Outcome::all_of(criteria),
    }
}

/// Evaluates the `work-permit` checker.
pub fn evaluate(input: &Value, ctx: &Context) -> Result<Evaluation, Vec<FieldError>> {
    let answers = read(input, ctx.locale)?;
    let list = criteria(&answers, ctx.locale);
    Ok(Evaluation::new(outcome(answers.protection, &list), list))
}

/// One item of the "what to do next" list of the work-permit page (seed 002, "How to apply").
/// The UI renders the items [`next_steps`] lists, in that order; [`NextStep::text`] gives the
/// wording in each language.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum NextStep {
    /// "You send this form by mail to the police in the place where you live. You must not send
    /// the application to UDI."
    ApplyByPostToPolice,
    /// "If you have not already handed in your passport to the police, you must attach a copy of
    /// your passport to the application."
    PassportCopyUnlessPoliceHoldIt,
    /// "You do not have to pay a fee for applying."
    NoFee,
    /// "The police will contact you to make an appointment … If you have not already handed in
    /// your passport to the police, you must bring the original passport to this appointment."
    PoliceAppointmentWithPassport,
    /// "You do not need a work permit to participate in voluntary work. There are strict rules
    /// for what is considered voluntary work."
    VoluntaryWorkNeedsNoPermit,
    /// "May I leave Norway while I am waiting …? No, your case will be dismissed if you leave
    /// Norway."
    LeavingNorwayDismissesCase,
    /// After a rejection: "You will be assigned a lawyer by UDI, and you can appeal"; "you can
    /// request to stay in Norway while we consider your appeal" (seed 002).
    AskLawyerAboutAppeal,
}

impl NextStep {
    /// The item as a sentence in the user's language.
    pub fn text(self, loc: Locale) -> String {
        match self {
            NextStep::ApplyByPostToPolice => tr!(loc,
                en: "Fill in the form for asylum seekers who would like a work permit and send it by post to the police where you live. Do not send it to UDI.",
                nb: "Fyll ut skjemaet for asylsøkere som ønsker arbeidstillatelse, og send det i posten til politiet der du bor. Ikke send det til UDI.",
                uk: "Заповніть форму для шукачів притулку, які хочуть отримати дозвіл на роботу, і надішліть її поштою до поліції за місцем проживання. Не надсилайте її до UDI."),
            NextStep::PassportCopyUnlessPoliceHoldIt => tr!(loc,
                en: "Attach a copy of your passport, unless you have already handed your passport in to the police; then just tell them so in the application.",
                nb: "Legg ved en kopi av passet ditt, med mindre du allerede har levert passet til politiet; da skriver du bare det i søknaden.",
                uk: "Додайте копію паспорта, якщо ви ще не здали паспорт у поліцію; якщо здали — просто вкажіть це в заяві."),
            NextStep::NoFee => tr!(loc,
                en: "There is no fee for this application.",
                nb: "Det koster ingenting å søke.",
                uk: "За цю заяву не потрібно платити збір."),
            NextStep::PoliceAppointmentWithPassport => tr!(loc,
                en: "The police will contact you to give you an appointment. If they do not already hold your passport, bring the original passport to it.",
                nb: "Politiet kontakter deg og gir deg en time. Har de ikke passet ditt allerede, tar du med originalpasset.",
                uk: "Поліція зв'яжеться з вами і призначить зустріч. Якщо паспорта в поліції ще немає, візьміть на зустріч оригінал."),
            NextStep::VoluntaryWorkNeedsNoPermit => tr!(loc,
                en: "Voluntary work needs no work permit, but there are strict rules on what counts as voluntary work.",
                nb: "Frivillig arbeid krever ikke arbeidstillatelse, men det er strenge regler for hva som regnes som frivillig arbeid.",
                uk: "Для волонтерської роботи дозвіл не потрібен, але є суворі правила щодо того, що вважається волонтерською роботою."),
            NextStep::LeavingNorwayDismissesCase => tr!(loc,
                en: "Do not leave Norway while you wait: if you leave, your application for protection is dismissed.",
                nb: "Ikke reis ut av Norge mens du venter: reiser du, blir søknaden om beskyttelse henlagt.",
                uk: "Не виїжджайте з Норвегії, поки чекаєте: якщо ви виїдете, вашу заяву про захист закриють."),
            NextStep::AskLawyerAboutAppeal => tr!(loc,
                en: "After a rejection you get a lawyer from UDI. Ask your lawyer about the appeal, and whether you may stay in Norway and work while it is considered.",
                nb: "Etter et avslag får du advokat fra UDI. Spør advokaten om klagen, og om du kan bli i Norge og arbeide mens den behandles.",
                uk: "Після відмови UDI призначає вам адвоката. Запитайте адвоката про апеляцію і про те, чи можете ви залишатися в Норвегії й працювати, поки її розглядають."),
        }
    }
}

/// Which next steps apply, from a `work-permit` answer (its outcome and criteria), in the order
/// to show them. Pure: the UI passes `response.outcome` and `response.criteria` and renders the
/// list.
///
/// - `not-applicable` (collective protection): nothing; the right to work already exists.
/// - `eligible` or `unknown`: how to apply (police by post, passport copy, no fee, appointment),
///   then voluntary work and "do not leave Norway". With an unknown outcome the person may well
///   qualify, so the steps are shown rather than withheld (protective choice).
/// - `not-eligible`: no application steps (they cannot succeed now); voluntary work; then, after
///   a rejection (`wp.no-decision` not met), the lawyer and the appeal. "Leaving Norway dismisses
///   the case" is left out after a rejection: seed 002 then speaks of a duty to leave within a
///   deadline, which the lawyer must explain, and the two messages would contradict each other.
/// - An outcome this checker never gives, or no outcome (input errors): nothing.
pub fn next_steps(outcome: Option<Outcome>, criteria: &[Criterion]) -> Vec<NextStep> {
    let rejected = criteria
        .iter()
        .any(|c| c.id == "wp.no-decision" && c.status == Status::NotMet);
    match outcome {
        Some(Outcome::Eligible | Outcome::Unknown) => vec![
            NextStep::ApplyByPostToPolice,
            NextStep::PassportCopyUnlessPoliceHoldIt,
            NextStep::NoFee,
            NextStep::PoliceAppointmentWithPassport,
            NextStep::VoluntaryWorkNeedsNoPermit,
            NextStep::LeavingNorwayDismissesCase,
        ],
        Some(Outcome::NotEligible) if rejected => vec![
            NextStep::AskLawyerAboutAppeal,
            NextStep::VoluntaryWorkNeedsNoPermit,
        ],
        Some(Outcome::NotEligible) => vec![
            NextStep::VoluntaryWorkNeedsNoPermit,
            NextStep::LeavingNorwayDismissesCase,
        ],
        _ => Vec::new(),
    }
}

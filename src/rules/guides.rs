//! Guides without a computation (RULES.md §5): the decisions behind the guide pages, as pure
//! functions, so that the UI only asks the questions and renders the answer.
//!
//! Each guide takes a small struct of answers (`Option` = "I don't know") and returns a typed
//! result: a main answer (an enum) and the list of notes that apply, in the order to show them.
//! Every enum has a `text(locale)` giving its wording in English, Norwegian Bokmål and Ukrainian,
//! written beside the seed sentence it comes from.
//!
//! - [`asylum_while_holding_permit`]: applying for protection while holding a residence permit
//!   (seed 000).
//! - [`residence_card`] and [`earliest_card_date`]: how the residence card is obtained, and the
//!   earliest day it can come (seed 004), counted in working days by [`add_working_days`]:
//!   Monday to Friday, leaving out the Norwegian public holidays ([`is_public_holiday`], with
//!   Easter from [`easter_sunday`]; the list and its legal source are in `law.rs`).
//! - [`withdrawal`] and [`withdrawal_letter`]: withdrawing an application for protection, and
//!   the letter to UDI (seeds 000, 002).
//! - [`HELP_LINES`]: the help lines for violence or coercion (seed 000).

use chrono::{Datelike, Weekday};
use serde::{Deserialize, Serialize};

use super::dates::{add_days, Date, FieldError};
use super::law::{
    DUF_DIGITS, EASTER_PUBLIC_HOLIDAY_OFFSETS, FIXED_PUBLIC_HOLIDAYS, RC_LOST_EXTRA_WORKING_DAYS,
    RC_MIN_WORKING_DAYS, RC_NEW_ROUTINE_FROM, SCHENGEN_MAX_DAYS, UDI_POSTAL_ADDRESS,
    WITHDRAWAL_POLICE_EMAIL,
};
use super::text::{self, Locale};
use crate::tr;

// =============================================================================================
// Asylum while holding a residence permit (seed 000)
// =============================================================================================

/// The residence permit the person already holds in Norway.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum HeldPermit {
    /// A permanent residence permit.
    Permanent,
    /// A temporary permit that can lead to a permanent one ("a temporary residence permit that
    /// forms the basis for a permanent residence permit").
    TemporaryLeadingToPermanent,
    /// A temporary permit that cannot lead to a permanent one.
    TemporaryNotLeadingToPermanent,
    /// No residence permit.
    NoPermit,
}

/// The answers of the guide "asylum while holding a permit". `None` = don't know.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PermitHolderAnswers {
    pub permit: Option<HeldPermit>,
    /// The permit has expired or is about to expire.
    pub expiring: Option<bool>,
}

/// What happens to the application for protection.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum PermitHolderResult {
    /// Seed 000: "If you have a permanent residence permit, or a temporary residence permit that
    /// forms the basis for a permanent residence permit, you cannot be granted protection (asylum)
    /// in Norway. Since you have a residence permit, you can continue to live in Norway even if
    /// your application for protection is rejected."
    NoProtectionButYouKeepLivingHere,
    /// The bar above does not apply (a temporary permit that cannot lead to a permanent one, or
    /// no permit): UDI assesses the application for protection in the ordinary way.
    AssessedNormally,
    /// The kind of permit is not known.
    Unknown,
}

impl PermitHolderResult {
    pub fn text(self, loc: Locale) -> String {
        match self {
            PermitHolderResult::NoProtectionButYouKeepLivingHere => tr!(loc,
                en: "With a permanent residence permit, or a temporary permit that can lead to a permanent one, you cannot be granted protection (asylum) in Norway. But because you have a residence permit, you can go on living in Norway even if your application for protection is rejected.",
                nb: "Med permanent oppholdstillatelse, eller en midlertidig tillatelse som kan gi permanent oppholdstillatelse, kan du ikke få beskyttelse (asyl) i Norge. Men fordi du har oppholdstillatelse, kan du fortsette å bo i Norge selv om søknaden om beskyttelse blir avslått.",
                uk: "Якщо у вас є дозвіл на постійне проживання або тимчасовий дозвіл, який може дати право на постійне проживання, вам не можуть надати захист (притулок) у Норвегії. Але оскільки у вас є дозвіл на проживання, ви можете й далі жити в Норвегії, навіть якщо заяву про захист відхилять."),
            PermitHolderResult::AssessedNormally => tr!(loc,
                en: "Your permit does not stop you from being granted protection: UDI assesses your application for protection in the ordinary way.",
                nb: "Tillatelsen din hindrer ikke at du kan få beskyttelse: UDI vurderer søknaden din om beskyttelse på vanlig måte.",
                uk: "Ваш дозвіл не заважає наданню захисту: UDI розглядає вашу заяву про захист у звичайному порядку."),
            PermitHolderResult::Unknown => tr!(loc,
                en: "It depends on your permit. With a permanent permit, or a temporary permit that can lead to a permanent one, you cannot be granted protection, but you can go on living in Norway. With another temporary permit, the application is assessed in the ordinary way.",
                nb: "Det avhenger av tillatelsen din. Med permanent tillatelse, eller en midlertidig tillatelse som kan gi permanent tillatelse, kan du ikke få beskyttelse, men du kan fortsette å bo i Norge. Med en annen midlertidig tillatelse blir søknaden vurdert på vanlig måte.",
                uk: "Це залежить від вашого дозволу. З дозволом на постійне проживання або тимчасовим дозволом, що може дати право на постійне проживання, захист не надають, але ви можете й далі жити в Норвегії. З іншим тимчасовим дозволом заяву розглядають у звичайному порядку."),
        }
    }
}

/// A note of the guide "asylum while holding a permit" (seed 000).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum PermitHolderNote {
    /// Seed 004: "The decision letter from UDI will tell you whether the time you have this
    /// residence permit may be included if you later apply for a permanent residence permit."
    DecisionLetterTellsPermitKind,
    /// "While your permit is valid you can stay": seed 000, "Since you have a residence permit,
    /// you can continue to live in Norway even if your application for protection is rejected."
    PermitLetsYouStayWhileValid,
    /// "If we have the information we need to process your application, you will not be
    /// interviewed by UDI."
    NoInterviewIfUdiHasWhatItNeeds,
    /// "You will receive the decision letter in your mailbox, so it is important that you mark
    /// your mailbox with your name."
    DecisionLetterNameOnMailbox,
    /// "If your application for protection is rejected because you have another basis for
    /// residence in Norway, you will not be assigned a lawyer."
    NoLawyerIfRejectedOnThisGround,
    /// "If your residence permit has expired or is about to expire, it is important that you
    /// apply for renewal of the permit as soon as possible."
    RenewPermitNow,
    /// "If your permit becomes invalid, UDI will assess your need for protection based on the
    /// situation in your home country … if UDI revokes your permit, or you are deported … a
    /// change in your personal circumstances … you must document the change."
    IfPermitBecomesInvalid,
    /// "If you wish to withdraw your application, you must write a letter to UDI …" (see
    /// [`withdrawal`] and [`withdrawal_letter`]).
    HowToWithdraw,
    /// "Are you experiencing violence or coercion in Norway from someone close to you?"
    /// (see [`HELP_LINES`]).
    HelpForViolenceOrCoercion,
}

impl PermitHolderNote {
    pub fn text(self, loc: Locale) -> String {
        match self {
            PermitHolderNote::DecisionLetterTellsPermitKind => tr!(loc,
                en: "UDI's decision letter for your permit says whether the permit can lead to a permanent residence permit.",
                nb: "Vedtaksbrevet fra UDI om tillatelsen din sier om tillatelsen kan gi grunnlag for permanent oppholdstillatelse.",
                uk: "У листі з рішенням UDI щодо вашого дозволу сказано, чи може цей дозвіл дати право на постійне проживання."),
            PermitHolderNote::PermitLetsYouStayWhileValid => tr!(loc,
                en: "While your residence permit is valid, you can go on living in Norway even if your application for protection is rejected.",
                nb: "Så lenge oppholdstillatelsen din er gyldig, kan du fortsette å bo i Norge selv om søknaden om beskyttelse blir avslått.",
                uk: "Поки ваш дозвіл на проживання дійсний, ви можете й далі жити в Норвегії, навіть якщо заяву про захист відхилять."),
            PermitHolderNote::NoInterviewIfUdiHasWhatItNeeds => tr!(loc,
                en: "If UDI already has the information it needs, you will not be called to an interview.",
                nb: "Har UDI allerede opplysningene de trenger, blir du ikke kalt inn til intervju.",
                uk: "Якщо в UDI вже є вся потрібна інформація, вас не запросять на співбесіду."),
            PermitHolderNote::DecisionLetterNameOnMailbox => tr!(loc,
                en: "The decision comes by letter to your mailbox, so put your name on your mailbox.",
                nb: "Vedtaket kommer som brev i postkassen, så sørg for at navnet ditt står på postkassen.",
                uk: "Рішення надійде листом у вашу поштову скриньку, тож напишіть на ній своє ім'я."),
            PermitHolderNote::NoLawyerIfRejectedOnThisGround => tr!(loc,
                en: "If the application for protection is rejected because you have another basis for living in Norway, you will not be given a lawyer.",
                nb: "Blir søknaden om beskyttelse avslått fordi du har et annet grunnlag for opphold i Norge, får du ikke oppnevnt advokat.",
                uk: "Якщо заяву про захист відхилять через те, що у вас є інша підстава для проживання в Норвегії, адвоката вам не призначать."),
            PermitHolderNote::RenewPermitNow => tr!(loc,
                en: "If your residence permit has expired or is about to expire, apply to renew it as soon as possible.",
                nb: "Har oppholdstillatelsen din gått ut, eller går den snart ut, må du søke om fornyelse så snart som mulig.",
                uk: "Якщо строк вашого дозволу на проживання минув або скоро мине, якнайшвидше подайте заяву на його продовження."),
            PermitHolderNote::IfPermitBecomesInvalid => tr!(loc,
                en: "If your permit becomes invalid, for example because UDI revokes it, you are deported, or your situation changes so that a condition of the permit is no longer met, UDI will assess your need for protection from the situation in your home country. A change in your situation must be documented.",
                nb: "Blir tillatelsen din ugyldig, for eksempel fordi UDI tilbakekaller den, du blir utvist, eller situasjonen din endrer seg slik at et vilkår for tillatelsen ikke lenger er oppfylt, vurderer UDI behovet ditt for beskyttelse ut fra situasjonen i hjemlandet. En endring i situasjonen din må dokumenteres.",
                uk: "Якщо ваш дозвіл стане недійсним, наприклад якщо UDI його скасує, вас видворять або ваша ситуація зміниться так, що умову дозволу більше не виконано, UDI оцінить вашу потребу в захисті з огляду на ситуацію у вашій країні. Зміну ситуації потрібно підтвердити документами."),
            PermitHolderNote::HowToWithdraw => tr!(loc,
                en: "To withdraw the application, send UDI a signed letter by post that says clearly that you withdraw your application for protection, with your DUF number. You can apply for protection again later if your other permit stops being valid.",
                nb: "For å trekke søknaden sender du et signert brev i posten til UDI der det står tydelig at du trekker søknaden om beskyttelse, med DUF-nummeret ditt. Du kan søke om beskyttelse på nytt senere hvis den andre tillatelsen din slutter å gjelde.",
                uk: "Щоб відкликати заяву, надішліть до UDI поштою підписаний лист, у якому чітко сказано, що ви відкликаєте заяву про захист, і вкажіть свій номер DUF. Ви зможете знову подати заяву про захист пізніше, якщо ваш інший дозвіл перестане діяти."),
            PermitHolderNote::HelpForViolenceOrCoercion => tr!(loc,
                en: "Are you experiencing violence or coercion in Norway from someone close to you? There are people who can help you.",
                nb: "Blir du utsatt for vold eller tvang i Norge fra noen som står deg nær? Det finnes flere som kan hjelpe deg.",
                uk: "Ви зазнаєте насильства чи примусу в Норвегії від близької людини? Є ті, хто може вам допомогти."),
        }
    }
}

/// The answer of the guide "asylum while holding a permit".
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PermitHolderGuide {
    pub result: PermitHolderResult,
    pub notes: Vec<PermitHolderNote>,
}

/// The guide "asylum while holding a permit" (seed 000).
///
/// - Permanent permit, or temporary permit that can lead to one → protection cannot be granted,
///   but the person keeps living in Norway; no interview if UDI has what it needs; decision by
///   letter; no lawyer if rejected on this ground; what happens if the permit becomes invalid.
/// - Temporary permit that cannot lead to a permanent one, or no permit → assessed normally (the
///   bar of seed 000 names only the first two kinds).
/// - Don't know → unknown, with the notes of both cases that may apply and where to find out.
///
/// "Renew your permit" is shown when the person has (or may have) a permit and has not said that
/// it is far from expiring: an unknown answer shows the reminder (protective choice). What
/// happens if the permit becomes invalid and how to withdraw (whose wording speaks of "your other
/// permit") are shown whenever the person has or may have a permit; the help lines always, as on
/// the page. Without a permit, seed 000 does not apply: see [`withdrawal`] for withdrawing.
pub fn asylum_while_holding_permit(answers: &PermitHolderAnswers) -> PermitHolderGuide {
    use PermitHolderNote as N;
    let renew = answers.expiring != Some(false);
    let (result, mut notes) = match answers.permit {
        Some(HeldPermit::Permanent | HeldPermit::TemporaryLeadingToPermanent) => (
            PermitHolderResult::NoProtectionButYouKeepLivingHere,
            vec![
                N::NoInterviewIfUdiHasWhatItNeeds,
                N::DecisionLetterNameOnMailbox,
                N::NoLawyerIfRejectedOnThisGround,
            ],
        ),
        Some(HeldPermit::TemporaryNotLeadingToPermanent) => (
            PermitHolderResult::AssessedNormally,
            vec![
                N::PermitLetsYouStayWhileValid,
                N::DecisionLetterNameOnMailbox,
            ],
        ),
        Some(HeldPermit::NoPermit) => (PermitHolderResult::AssessedNormally, Vec::new()),
        None => (
            PermitHolderResult::Unknown,
            vec![
                N::DecisionLetterTellsPermitKind,
                N::NoInterviewIfUdiHasWhatItNeeds,
                N::DecisionLetterNameOnMailbox,
                N::NoLawyerIfRejectedOnThisGround,
            ],
        ),
    };
    let holds_permit = answers.permit != Some(HeldPermit::NoPermit);
    if holds_permit && renew {
        notes.push(N::RenewPermitNow);
    }
    if holds_permit {
        notes.push(N::IfPermitBecomesInvalid);
        notes.push(N::HowToWithdraw);
    }
    notes.push(N::HelpForViolenceOrCoercion);
    PermitHolderGuide { result, notes }
}

// =============================================================================================
// Residence card (seed 004)
// =============================================================================================

/// When the application for the permit was made, relative to the new card routine
/// ([`RC_NEW_ROUTINE_FROM`], 16 April 2021).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum AppliedWhen {
    /// "How to get a residence card if you applied before 16 April 2021".
    BeforeNewRoutine,
    /// "How to get a residence card if you applied on 16 April 2021 or later".
    OnOrAfterNewRoutine,
}

impl AppliedWhen {
    /// Which routine an application date falls under (16 April 2021 itself is the new one).
    pub fn from_application_date(applied_on: Date) -> AppliedWhen {
        if applied_on < RC_NEW_ROUTINE_FROM {
            AppliedWhen::BeforeNewRoutine
        } else {
            AppliedWhen::OnOrAfterNewRoutine
        }
    }
}

/// What the permit was applied for (the three cases of seed 004's new routine, and others).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum CardApplicationKind {
    /// "I have applied for protection (asylum) for the first time and have been granted a
    /// residence permit."
    FirstAsylumInNorway,
    /// "I have applied for a residence permit from abroad."
    FromAbroad,
    /// "I have applied for a renewal of my residence permit."
    Renewal,
    /// Anything else (seed 004 does not say).
    Other,
}

/// The answers of the residence-card guide. `None` = don't know.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ResidenceCardAnswers {
    pub applied: Option<AppliedWhen>,
    pub kind: Option<CardApplicationKind>,
    /// For a renewal: "you have a Norwegian alien's passport or travel document for refugees that
    /// has expired and that you have not already given to the police".
    pub expired_travel_document_not_handed_in: Option<bool>,
    pub under_18: Option<bool>,
}

/// How the card is obtained.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ResidenceCardResult {
    /// "the police contact you and give an appointment. You must meet with the police, but you do
    /// not have to book an appointment yourself."
    PoliceWillContactYou,
    /// "You have to book an appointment in advance" / "You must book an appointment".
    BookAppointment,
    /// "You should not book an appointment … The police will send the residence card to you in
    /// the mail."
    CardComesByPost,
    /// The answers do not decide it.
    Unknown,
}

impl ResidenceCardResult {
    pub fn text(self, loc: Locale) -> String {
        match self {
            ResidenceCardResult::PoliceWillContactYou => tr!(loc,
                en: "The police will contact you and give you an appointment. You must meet them, but you do not book the appointment yourself.",
                nb: "Politiet kontakter deg og gir deg en time. Du må møte hos politiet, men du trenger ikke bestille time selv.",
                uk: "Поліція зв'яжеться з вами і призначить зустріч. Прийти до поліції треба, але записуватися самостійно не потрібно."),
            ResidenceCardResult::BookAppointment => tr!(loc,
                en: "You must book an appointment with the police where you live to get your residence card. The police take your photo and fingerprints and then order the card.",
                nb: "Du må bestille time hos politiet der du bor for å få oppholdskortet. Politiet tar bilde og fingeravtrykk og bestiller deretter kortet.",
                uk: "Щоб отримати картку на проживання, потрібно записатися на прийом до поліції за місцем проживання. Поліція зробить фото й відбитки пальців, а потім замовить картку."),
            ResidenceCardResult::CardComesByPost => tr!(loc,
                en: "Do not book an appointment: the police will send your residence card by post.",
                nb: "Ikke bestill time: politiet sender oppholdskortet til deg i posten.",
                uk: "Не записуйтеся на прийом: поліція надішле вам картку на проживання поштою."),
            ResidenceCardResult::Unknown => tr!(loc,
                en: "From your answers we cannot tell whether you must meet the police. Ask your local police district.",
                nb: "Ut fra svarene dine kan vi ikke si om du må møte hos politiet. Spør politiet der du bor.",
                uk: "З ваших відповідей неможливо визначити, чи потрібно йти до поліції. Запитайте в поліції за місцем проживання."),
        }
    }
}

/// A note of the residence-card guide (seed 004).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ResidenceCardNote {
    /// Before the new routine: "You can call your local police district to book an appointment.
    /// You cannot call UDI to book an appointment."
    BookByPhoneWithPolice,
    /// New routine: "If you used the Application Portal … log in here to book the appointment";
    /// otherwise "call your local police district … You cannot call UDI".
    BookInPortalOrByPhone,
    /// "If you are under the age of 18, your parents/guardian must accompany you to the police."
    WithParentOrGuardian,
    /// "It will take at least 20 working days from your appointment with the police until you
    /// receive the card in the post." ([`RC_MIN_WORKING_DAYS`], [`earliest_card_date`])
    AtLeastTwentyWorkingDays,
    /// "If the card is lost in the mail, it will take another ten working days until you can get
    /// a new one." ([`RC_LOST_EXTRA_WORKING_DAYS`])
    TenMoreDaysIfLost,
    /// "Please check that you are registered with the correct postal address and that your name
    /// is on your letter box. If not, the card will not reach you."
    NameOnMailbox,
    /// "If you are a new mail recipient in Norway, fill in this form … and hand it in at a post
    /// office or in-store post office. Remember to bring identification."
    NewMailRecipientForm,
    /// "You should not book trips abroad until you have received the new residence card" /
    /// "make sure there is plenty of time between your appointment … and your planned departure".
    DoNotTravelBeforeCard,
}

impl ResidenceCardNote {
    pub fn text(self, loc: Locale) -> String {
        match self {
            ResidenceCardNote::BookByPhoneWithPolice => tr!(loc,
                en: "Call your local police district to book the appointment. UDI cannot book it for you.",
                nb: "Ring politidistriktet der du bor for å bestille time. UDI kan ikke bestille time for deg.",
                uk: "Зателефонуйте до поліцейського округу за місцем проживання, щоб записатися. UDI записати вас не може."),
            ResidenceCardNote::BookInPortalOrByPhone => tr!(loc,
                en: "If you applied in the Application Portal, book the appointment there. Otherwise call your local police district. UDI cannot book it for you.",
                nb: "Søkte du i søknadsportalen, bestiller du time der. Ellers ringer du politidistriktet der du bor. UDI kan ikke bestille time for deg.",
                uk: "Якщо ви подавали заяву через портал заяв (Application Portal), запишіться там. Інакше зателефонуйте до поліцейського округу за місцем проживання. UDI записати вас не може."),
            ResidenceCardNote::WithParentOrGuardian => tr!(loc,
                en: "If you are under 18, a parent or guardian must come with you to the police.",
                nb: "Er du under 18 år, må en forelder eller verge bli med deg til politiet.",
                uk: "Якщо вам менше 18 років, до поліції з вами має прийти один із батьків або опікун."),
            ResidenceCardNote::AtLeastTwentyWorkingDays => {
                let n = RC_MIN_WORKING_DAYS;
                tr!(loc,
                    en: "The card comes by post at the earliest {n} working days after your appointment with the police.",
                    nb: "Kortet kommer i posten tidligst {n} virkedager etter timen hos politiet.",
                    uk: "Картка надійде поштою щонайменше через {n} робочих днів після зустрічі в поліції.")
            }
            ResidenceCardNote::TenMoreDaysIfLost => {
                let n = RC_LOST_EXTRA_WORKING_DAYS;
                tr!(loc,
                    en: "If the card is lost in the post, it takes another {n} working days to get a new one.",
                    nb: "Blir kortet borte i posten, tar det {n} virkedager til før du kan få et nytt.",
                    uk: "Якщо картка загубиться на пошті, щоб отримати нову, знадобиться ще {n} робочих днів.")
            }
            ResidenceCardNote::NameOnMailbox => tr!(loc,
                en: "Check that you are registered with the right postal address and that your name is on your mailbox; otherwise the card will not reach you.",
                nb: "Sjekk at du er registrert med riktig postadresse, og at navnet ditt står på postkassen; ellers kommer ikke kortet fram.",
                uk: "Перевірте, що вас зареєстровано за правильною поштовою адресою і що ваше ім'я є на поштовій скриньці; інакше картка до вас не дійде."),
            ResidenceCardNote::NewMailRecipientForm => tr!(loc,
                en: "If you are a new mail recipient in Norway, fill in Posten's form for new recipients and hand it in at a post office or in-store post office. Bring identification.",
                nb: "Er du ny postmottaker i Norge, fyller du ut Postens skjema for nye mottakere og leverer det på et postkontor eller en post i butikk. Ta med legitimasjon.",
                uk: "Якщо ви новий одержувач пошти в Норвегії, заповніть форму Posten для нових одержувачів і здайте її у відділенні пошти або поштовому пункті в магазині. Візьміть із собою посвідчення особи."),
            ResidenceCardNote::DoNotTravelBeforeCard => tr!(loc,
                en: "Do not book trips abroad until you have received your residence card.",
                nb: "Ikke bestill reiser til utlandet før du har fått oppholdskortet.",
                uk: "Не плануйте поїздок за кордон, доки не отримаєте картку на проживання."),
        }
    }
}

/// The answer of the residence-card guide.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ResidenceCardGuide {
    pub result: ResidenceCardResult,
    pub notes: Vec<ResidenceCardNote>,
}

/// How the card is obtained under one routine (seed 004).
fn card_route(
    applied: AppliedWhen,
    kind: Option<CardApplicationKind>,
    not_handed_in: Option<bool>,
) -> ResidenceCardResult {
    use ResidenceCardResult as R;
    match applied {
        // "To be issued a residence card, you must go to the police … You have to book an
        // appointment in advance." — whatever was applied for.
        AppliedWhen::BeforeNewRoutine => R::BookAppointment,
        AppliedWhen::OnOrAfterNewRoutine => match kind {
            Some(CardApplicationKind::FirstAsylumInNorway) => R::PoliceWillContactYou,
            Some(CardApplicationKind::FromAbroad) => R::BookAppointment,
            Some(CardApplicationKind::Renewal) => match not_handed_in {
                Some(true) => R::BookAppointment,
                Some(false) => R::CardComesByPost,
                None => R::Unknown,
            },
            // Seed 004 names only the three cases above; for anything else the engine does not
            // guess (a wrong "it comes by post" could leave someone waiting for nothing).
            Some(CardApplicationKind::Other) | None => R::Unknown,
        },
    }
}

/// The residence-card guide (seed 004).
///
/// Applied before 16 April 2021 → book an appointment. On or after → first-time asylum: the
/// police contact you; from abroad: book; renewal: book only if an expired Norwegian alien's
/// passport or refugee travel document was not handed in, otherwise the card comes by post.
/// When the application date is unknown, the answer is given only if both routines agree (e.g.
/// an application from abroad: book either way); otherwise unknown.
///
/// Notes: how to book (when booking); with a parent or guardian when under 18 or age unknown
/// (whenever the police are to be met or it is unknown); at least 20 working days from the
/// appointment (when the police are met or it is unknown); the mailbox, 10 more working days if
/// the card is lost, and no travel before the card arrives (always); Posten's form for new mail
/// recipients (new routine or routine unknown).
pub fn residence_card(answers: &ResidenceCardAnswers) -> ResidenceCardGuide {
    use ResidenceCardNote as N;
    use ResidenceCardResult as R;
    let route = |when| {
        card_route(
            when,
            answers.kind,
            answers.expired_travel_document_not_handed_in,
        )
    };
    let result = match answers.applied {
        Some(when) => route(when),
        None => {
            let (before, after) = (
                route(AppliedWhen::BeforeNewRoutine),
                route(AppliedWhen::OnOrAfterNewRoutine),
            );
            if before == after {
                before
            } else {
                R::Unknown
            }
        }
    };
    let mut notes = Vec::new();
    if result == R::BookAppointment {
        notes.push(match answers.applied {
            Some(AppliedWhen::BeforeNewRoutine) => N::BookByPhoneWithPolice,
            _ => N::BookInPortalOrByPhone,
        });
    }
    let meets_police = result != R::CardComesByPost;
    if meets_police && answers.under_18 != Some(false) {
        notes.push(N::WithParentOrGuardian);
    }
    if meets_police {
        notes.push(N::AtLeastTwentyWorkingDays);
    }
    notes.push(N::NameOnMailbox);
    if answers.applied != Some(AppliedWhen::BeforeNewRoutine) {
        notes.push(N::NewMailRecipientForm);
    }
    notes.push(N::TenMoreDaysIfLost);
    notes.push(N::DoNotTravelBeforeCard);
    ResidenceCardGuide { result, notes }
}

/// Easter Sunday of `year` in the Gregorian calendar, by the anonymous Gregorian algorithm
/// (Meeus/Jones/Butcher), used proleptically for every year. Always between 22 March and 25
/// April. `None` only when the year is outside the calendar the engine can hold (chrono's
/// range); never panics.
///
/// Floor (Euclidean) division keeps every remainder in range for years before 1 too, so the
/// result is the same as extending the Gregorian cycle backwards.
pub fn easter_sunday(year: i32) -> Option<Date> {
    let y = i64::from(year);
    let a = y.rem_euclid(19);
    let b = y.div_euclid(100);
    let c = y.rem_euclid(100);
    let (d, e) = (b.div_euclid(4), b.rem_euclid(4));
    let f = (b + 8).div_euclid(25);
    let g = (b - f + 1).div_euclid(3);
    let h = (19 * a + b - d - g + 15).rem_euclid(30);
    let (i, k) = (c / 4, c % 4);
    let l = (32 + 2 * e + 2 * i - h - k).rem_euclid(7);
    let m = (a + 11 * h + 22 * l) / 451;
    let n = h + l - 7 * m + 114;
    // h in 0..=29, l in 0..=6, m in 0..=1: n / 31 is 3 or 4 and n % 31 + 1 a day of that month.
    let month = u32::try_from(n / 31).ok()?;
    let day = u32::try_from(n % 31 + 1).ok()?;
    Date::from_ymd_opt(year, month, day)
}

/// The Norwegian public holidays of `year` (see [`FIXED_PUBLIC_HOLIDAYS`] and
/// [`EASTER_PUBLIC_HOLIDAY_OFFSETS`]), in date order, each once (17 May can also be Ascension
/// Day or Whit Monday). Empty for a year outside the calendar.
fn public_holidays(year: i32) -> Vec<Date> {
    let easter = easter_sunday(year);
    let mut days: Vec<Date> = FIXED_PUBLIC_HOLIDAYS
        .into_iter()
        .filter_map(|(month, day)| Date::from_ymd_opt(year, month, day))
        .chain(
            EASTER_PUBLIC_HOLIDAY_OFFSETS
                .into_iter()
                .filter_map(|offset| easter.map(|e| add_days(e, offset))),
        )
        .collect();
    days.sort_unstable();
    days.dedup();
    days
}

/// Whether `d` is a Norwegian public holiday: 1 January, Maundy Thursday, Good Friday, Easter
/// Sunday, Easter Monday, 1 May, 17 May, Ascension Day, Whit Sunday, Whit Monday, 25 and 26
/// December (lov om helligdager og helligdagsfred § 2, and lov om 1. og 17. mai som
/// høgtidsdager). Christmas Eve and New Year's Eve are not.
pub fn is_public_holiday(d: Date) -> bool {
    public_holidays(d.year()).contains(&d)
}

/// Whether `d` is a working day: Monday to Friday, and not a public holiday
/// ([`is_public_holiday`]).
pub fn is_working_day(d: Date) -> bool {
    !is_weekend(d) && !is_public_holiday(d)
}

/// Saturday or Sunday.
fn is_weekend(d: Date) -> bool {
    matches!(d.weekday(), Weekday::Sat | Weekday::Sun)
}

/// `d` plus `n` weekdays (Monday to Friday), holidays not considered: the `n`-th weekday after
/// `d`. `n <= 0` gives `d`. Saturates at the end of the calendar.
fn add_weekdays(d: Date, n: i64) -> Date {
    if n <= 0 {
        return d;
    }
    // From a Saturday or Sunday, the weekdays after it are those after the Friday before.
    let start = match d.weekday() {
        Weekday::Sat => add_days(d, -1),
        Weekday::Sun => add_days(d, -2),
        _ => d,
    };
    // From a weekday, every 5 weekdays are exactly 7 calendar days and end on a weekday.
    let mut day = add_days(start, (n / 5).saturating_mul(7));
    for _ in 0..n % 5 {
        day = add_days(day, 1);
        while is_weekend(day) && day < Date::MAX {
            day = add_days(day, 1);
        }
    }
    day
}

/// How many public holidays fall on a Monday to Friday after `from`, up to and including `to`.
/// Looks at each calendar year of the range once (about a dozen dates a year).
fn weekday_holidays_after(from: Date, to: Date) -> i64 {
    let mut count = 0;
    for year in from.year()..=to.year() {
        count += public_holidays(year)
            .into_iter()
            .filter(|h| *h > from && *h <= to)
            .filter(|h| !is_weekend(*h))
            .count() as i64;
    }
    count
}

/// `d` plus `n` working days: the `n`-th working day after `d`. Seed 004 counts the wait for the
/// residence card in working days: "It will take at least 20 working days from your appointment
/// with the police until you receive the card in the post", and "If the card is lost in the
/// mail, it will take another ten working days".
///
/// A working day is a Monday to Friday that is not a Norwegian public holiday
/// ([`is_working_day`], [`is_public_holiday`]). A start on a weekend or a holiday counts from the
/// next working day. `n <= 0` gives `d`. Saturates at the end of the calendar; never panics, and
/// stays fast for any `n`.
///
/// Christmas Eve and New Year's Eve are counted as working days: they are not public holidays
/// in law, although many offices close early or for the day; the pages that use this count say
/// that the date is the earliest one, so a later real date is expected.
pub fn add_working_days(d: Date, n: i64) -> Date {
    // Each round adds `left` weekdays, then as many more weekdays as the holidays that those
    // weekdays passed over (which may hit holidays in turn). Working days in (d, day] only grow
    // to `n`, never past it, and the last round, passing no holiday, ends on a working day.
    // A round after the first covers only as many weekdays as the holidays the one before passed
    // over (about nine a year), so the rounds shrink fast and end (at most three weekdays in a
    // row are holidays). A round looks at each year of its range once: a huge `n` costs about
    // one pass over the calendar's years, and an `n` that reaches past the end saturates at once.
    let mut day = d;
    let mut left = n;
    while left > 0 && day < Date::MAX {
        let end = add_weekdays(day, left);
        if end == Date::MAX {
            return end;
        }
        left = weekday_holidays_after(day, end);
        day = end;
    }
    day
}

/// The **earliest** day the residence card can arrive: 20 working days
/// ([`RC_MIN_WORKING_DAYS`]) after the appointment with the police (seed 004: "It will take at
/// least 20 working days from your appointment with the police until you receive the card in the
/// post").
///
/// Working days are Monday to Friday, leaving out Norwegian public holidays (see
/// [`add_working_days`]). The card can still come later than this date (the seed says "at
/// least"; Christmas Eve and New Year's Eve are counted as working days), and it comes later
/// still if it is lost in the post (another [`RC_LOST_EXTRA_WORKING_DAYS`]).
pub fn earliest_card_date(appointment: Date) -> Date {
    add_working_days(appointment, RC_MIN_WORKING_DAYS)
}

// =============================================================================================
// Withdrawing an application for protection (seeds 000, 002)
// =============================================================================================

/// The answers of the withdrawal guide. `None` = don't know.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct WithdrawalAnswers {
    /// "you have a different type of residence permit to stay in Norway"
    pub has_other_permit: Option<bool>,
    /// "you are waiting for the decision on a different application for residency in Norway"
    pub has_other_pending_application: Option<bool>,
    /// "you have stayed in the Schengen area for less than 90 days" (see
    /// [`under_schengen_limit`]).
    pub under_90_days_in_schengen: Option<bool>,
    /// The application is one for individual protection after fleeing Ukraine (seed 002), which
    /// is withdrawn with the police's form instead of a letter to UDI.
    pub fled_ukraine_assessed_individually: Option<bool>,
}

/// Seed 002's "less than 90 days" in the Schengen area ([`SCHENGEN_MAX_DAYS`]): 89 days is
/// under, 90 is not.
pub fn under_schengen_limit(days_in_schengen: i64) -> bool {
    days_in_schengen < SCHENGEN_MAX_DAYS
}

/// What happens after the withdrawal.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum AfterWithdrawal {
    /// At least one of the exceptions holds (see [`WithdrawalGuide::grounds`]).
    NeedNotLeave,
    /// "If you withdraw your application, you will have to leave Norway" — none of the
    /// exceptions holds.
    MustLeaveNorway,
    /// No exception is known to hold, and some are unknown.
    Unknown,
}

impl AfterWithdrawal {
    pub fn text(self, loc: Locale) -> String {
        match self {
            AfterWithdrawal::NeedNotLeave => tr!(loc,
                en: "You do not have to leave Norway after withdrawing: an exception applies to you (see the list). Make sure it really does before you withdraw.",
                nb: "Du trenger ikke reise ut av Norge etter at du har trukket søknaden: et unntak gjelder for deg (se listen). Forsikre deg om at det virkelig gjør det før du trekker søknaden.",
                uk: "Після відкликання заяви вам не доведеться виїжджати з Норвегії: на вас поширюється виняток (див. перелік). Перш ніж відкликати заяву, переконайтеся, що це справді так."),
            AfterWithdrawal::MustLeaveNorway => tr!(loc,
                en: "If you withdraw your application, you will have to leave Norway.",
                nb: "Trekker du søknaden, må du reise ut av Norge.",
                uk: "Якщо ви відкличете заяву, вам доведеться виїхати з Норвегії."),
            AfterWithdrawal::Unknown => tr!(loc,
                en: "If you withdraw your application, you will have to leave Norway, unless you have another residence permit, are waiting for a decision on another application to live in Norway, or have been in the Schengen area for less than 90 days. Find out which applies to you before you withdraw.",
                nb: "Trekker du søknaden, må du reise ut av Norge, med mindre du har en annen oppholdstillatelse, venter på svar på en annen søknad om opphold i Norge, eller har vært i Schengen-området i mindre enn 90 dager. Finn ut hva som gjelder deg før du trekker søknaden.",
                uk: "Якщо ви відкличете заяву, вам доведеться виїхати з Норвегії, хіба що у вас є інший дозвіл на проживання, ви чекаєте рішення за іншою заявою на проживання в Норвегії або перебуваєте в Шенгенській зоні менше 90 днів. З'ясуйте, що стосується вас, перш ніж відкликати заяву."),
        }
    }
}

/// An exception to the duty to leave after withdrawing (seed 002).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum StayGround {
    /// "you have a different type of residence permit to stay in Norway"
    OtherPermit,
    /// "you are waiting for the decision on a different application for residency in Norway"
    OtherPendingApplication,
    /// "you have stayed in the Schengen area for less than 90 days"
    UnderNinetyDaysInSchengen,
}

impl StayGround {
    pub fn text(self, loc: Locale) -> String {
        match self {
            StayGround::OtherPermit => tr!(loc,
                en: "You have another residence permit for Norway.",
                nb: "Du har en annen oppholdstillatelse i Norge.",
                uk: "У вас є інший дозвіл на проживання в Норвегії."),
            StayGround::OtherPendingApplication => tr!(loc,
                en: "You are waiting for a decision on another application to live in Norway.",
                nb: "Du venter på svar på en annen søknad om opphold i Norge.",
                uk: "Ви чекаєте рішення за іншою заявою на проживання в Норвегії."),
            StayGround::UnderNinetyDaysInSchengen => tr!(loc,
                en: "You have been in the Schengen area for less than 90 days.",
                nb: "Du har vært i Schengen-området i mindre enn 90 dager.",
                uk: "Ви перебуваєте в Шенгенській зоні менше 90 днів."),
        }
    }
}

/// How to withdraw.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum WithdrawalRoute {
    /// Seed 000: "you must write a letter to UDI in which you clearly state that you are
    /// withdrawing your asylum application. The letter must include your DUF number and your
    /// signature … Send the letter to UDI by post" ([`withdrawal_letter`]).
    LetterToUdi,
    /// Seed 002: "Fill out this form - Sign the form - Scan or take a photo of the form … - Attach
    /// the form to an email and send it to pu@politiet.no. The police will later contact you."
    PoliceFormByEmail,
}

impl WithdrawalRoute {
    pub fn text(self, loc: Locale) -> String {
        match self {
            WithdrawalRoute::LetterToUdi => {
                let address = UDI_POSTAL_ADDRESS.join(", ");
                tr!(loc,
                    en: "Write a letter to UDI that says clearly that you withdraw your application for protection (asylum), with your DUF number and your signature, and send it by post to {address}. Your DUF number is on your residence card and on papers from UDI.",
                    nb: "Skriv et brev til UDI der det står tydelig at du trekker søknaden om beskyttelse (asyl), med DUF-nummeret og underskriften din, og send det i posten til {address}. DUF-nummeret står på oppholdskortet og på brev fra UDI.",
                    uk: "Напишіть до UDI лист, у якому чітко сказано, що ви відкликаєте заяву про захист (притулок), з вашим номером DUF і підписом, і надішліть його поштою на адресу: {address}. Номер DUF є на вашій картці на проживання та в документах від UDI.")
            }
            WithdrawalRoute::PoliceFormByEmail => {
                let email = WITHDRAWAL_POLICE_EMAIL;
                tr!(loc,
                    en: "If you fled Ukraine and your application is assessed individually: fill in the police's withdrawal form, sign it, scan it or take a photo of it, and send it by email to {email}. The police will contact you afterwards.",
                    nb: "Har du flyktet fra Ukraina og får søknaden vurdert individuelt: fyll ut politiets skjema for tilbaketrekking, signer det, skann det eller ta bilde av det, og send det på e-post til {email}. Politiet kontakter deg etterpå.",
                    uk: "Якщо ви втекли з України і вашу заяву розглядають індивідуально: заповніть форму поліції про відкликання, підпишіть її, відскануйте або сфотографуйте і надішліть електронною поштою на {email}. Після цього поліція з вами зв'яжеться.")
            }
        }
    }
}

/// A note of the withdrawal guide.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum WithdrawalNote {
    /// Seed 002: "you may withdraw your application at any time in the process up until UDI has
    /// reached a decision regarding your case."
    AnyTimeBeforeDecision,
    /// Seed 000: "When we receive your letter, we will remove your application from
    /// consideration. You can apply for protection again later if your other residence permit
    /// loses its validity."
    ApplyAgainIfOtherPermitEnds,
}

impl WithdrawalNote {
    pub fn text(self, loc: Locale) -> String {
        match self {
            WithdrawalNote::AnyTimeBeforeDecision => tr!(loc,
                en: "You can withdraw the application at any time until UDI has made a decision in your case.",
                nb: "Du kan trekke søknaden når som helst fram til UDI har fattet vedtak i saken din.",
                uk: "Ви можете відкликати заяву будь-коли, доки UDI не ухвалило рішення у вашій справі."),
            WithdrawalNote::ApplyAgainIfOtherPermitEnds => tr!(loc,
                en: "Once UDI has your withdrawal, it stops processing the application. You can apply for protection again later if your other residence permit stops being valid.",
                nb: "Når UDI har fått tilbaketrekkingen, slutter de å behandle søknaden. Du kan søke om beskyttelse på nytt senere hvis den andre oppholdstillatelsen din slutter å gjelde.",
                uk: "Щойно UDI отримає відкликання, розгляд заяви припиняється. Ви зможете знову подати заяву про захист пізніше, якщо ваш інший дозвіл на проживання перестане діяти."),
        }
    }
}

/// The answer of the withdrawal guide.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct WithdrawalGuide {
    pub after: AfterWithdrawal,
    /// The exceptions to the duty to leave that hold (empty unless `after` is `NeedNotLeave`).
    pub grounds: Vec<StayGround>,
    /// How to withdraw: one route, or both when it is not known which applies.
    pub routes: Vec<WithdrawalRoute>,
    pub notes: Vec<WithdrawalNote>,
}

/// The withdrawal guide (seeds 000, 002).
///
/// After: "If you withdraw your application, you will have to leave Norway unless: you have a
/// different type of residence permit …; you are waiting for the decision on a different
/// application for residency in Norway; you have stayed in the Schengen area for less than 90
/// days" (seed 002). Any exception that holds → need not leave; all three answered no → must
/// leave; otherwise unknown.
///
/// How: the police's form by email for people from Ukraine assessed individually (seed 002);
/// otherwise a signed letter to UDI's postal address with the DUF number (seed 000). RULES.md
/// names only the letter; seed 002 gives the other route for its group, so the engine follows
/// the page for that group and shows both routes when the group is unknown.
pub fn withdrawal(answers: &WithdrawalAnswers) -> WithdrawalGuide {
    let exceptions = [
        (answers.has_other_permit, StayGround::OtherPermit),
        (
            answers.has_other_pending_application,
            StayGround::OtherPendingApplication,
        ),
        (
            answers.under_90_days_in_schengen,
            StayGround::UnderNinetyDaysInSchengen,
        ),
    ];
    let grounds: Vec<StayGround> = exceptions
        .iter()
        .filter(|(answer, _)| *answer == Some(true))
        .map(|(_, ground)| *ground)
        .collect();
    let after = if !grounds.is_empty() {
        AfterWithdrawal::NeedNotLeave
    } else if exceptions.iter().all(|(answer, _)| *answer == Some(false)) {
        AfterWithdrawal::MustLeaveNorway
    } else {
        AfterWithdrawal::Unknown
    };
    let routes = match answers.fled_ukraine_assessed_individually {
        Some(true) => vec![WithdrawalRoute::PoliceFormByEmail],
        Some(false) => vec![WithdrawalRoute::LetterToUdi],
        None => vec![
            WithdrawalRoute::LetterToUdi,
            WithdrawalRoute::PoliceFormByEmail,
        ],
    };
    let mut notes = vec![WithdrawalNote::AnyTimeBeforeDecision];
    if answers.has_other_permit != Some(false) {
        notes.push(WithdrawalNote::ApplyAgainIfOtherPermitEnds);
    }
    WithdrawalGuide {
        after,
        grounds,
        routes,
        notes,
    }
}

/// A withdrawal letter to UDI (seed 000), ready to print, sign and post.
///
/// The letter itself is in Norwegian: it goes to a Norwegian authority and must "clearly state"
/// the withdrawal, which a Norwegian text does beyond doubt. So that nobody signs what they cannot
/// read, the same letter in the user's language comes alongside (`translation`), marked as not to
/// be sent; for a Norwegian user there is none.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Letter {
    /// The letter to send, in Norwegian, one entry per line (`""` is an empty line).
    pub lines: Vec<String>,
    /// The same letter in the user's language, to read and keep, not to send. `None` for `nb`.
    pub translation: Option<Vec<String>>,
    /// The heading shown above the translation, in the user's language.
    pub translation_heading: Option<String>,
    /// The DUF number, normalised to its 12 digits.
    pub duf_number: String,
}

impl Letter {
    /// The plain-text file: the Norwegian letter, then (if any) a separator line and the
    /// translation under its heading. Lines end with `\n`.
    pub fn to_text(&self) -> String {
        let mut out = self.lines.join("\n");
        out.push('\n');
        if let Some(translation) = &self.translation {
            out.push_str("\n\n");
            out.push_str(&"-".repeat(60));
            out.push('\n');
            if let Some(heading) = &self.translation_heading {
                out.push_str(heading);
                out.push_str("\n\n");
            }
            out.push_str(&translation.join("\n"));
            out.push('\n');
        }
        out
    }
}

/// A DUF number as the 12 digits, or `None` when it is not one. Spaces (of any kind) between the
/// digits are allowed wherever they are, so `201234567890`, `2012 3456 7890` and the number
/// copied with stray spaces are all read; anything else (letters, dashes, 11 or 13 digits) is not.
pub fn normalise_duf_number(raw: &str) -> Option<String> {
    let digits: String = raw.chars().filter(|c| !c.is_whitespace()).collect();
    if digits.len() == DUF_DIGITS && digits.chars().all(|c| c.is_ascii_digit()) {
        Some(digits)
    } else {
        None
    }
}

/// The 12 digits in three groups of four, as the number is written in the letter.
fn duf_grouped(digits: &str) -> String {
    let chars: Vec<char> = digits.chars().collect();
    chars
        .chunks(4)
        .map(|group| group.iter().collect::<String>())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The letter's lines in one language.
fn letter_lines(loc: Locale, name: &str, duf: &str, date: Date) -> Vec<String> {
    let date_text = text::date(date, loc);
    let duf_line = tr!(loc,
        en: "DUF number: {duf}",
        nb: "DUF-nummer: {duf}",
        uk: "Номер DUF: {duf}");
    let date_line = tr!(loc,
        en: "Date: {date_text}",
        nb: "Dato: {date_text}",
        uk: "Дата: {date_text}");
    let subject = tr!(loc,
        en: "Withdrawal of my application for protection (asylum), DUF number {duf}",
        nb: "Tilbaketrekking av søknad om beskyttelse (asyl), DUF-nummer {duf}",
        uk: "Відкликання заяви про захист (притулок), номер DUF {duf}");
    let body = tr!(loc,
        en: "I hereby withdraw my application for protection (asylum) in Norway.",
        nb: "Jeg trekker med dette tilbake min søknad om beskyttelse (asyl) i Norge.",
        uk: "Цим я відкликаю свою заяву про захист (притулок) у Норвегії.");
    let closing = tr!(loc,
        en: "Yours faithfully,",
        nb: "Med vennlig hilsen",
        uk: "З повагою,");
    let signature = tr!(loc,
        en: "Signature: ______________________________",
        nb: "Underskrift: ______________________________",
        uk: "Підпис: ______________________________");
    let mut lines = vec![name.to_string(), duf_line, String::new()];
    lines.extend(UDI_POSTAL_ADDRESS.iter().map(|l| l.to_string()));
    lines.extend([
        String::new(),
        date_line,
        String::new(),
        subject,
        String::new(),
        body,
        String::new(),
        closing,
        String::new(),
        String::new(),
        signature,
        name.to_string(),
    ]);
    lines
}

/// The longest name the letter accepts, in characters.
const MAX_NAME_CHARS: usize = 200;

/// Writes the withdrawal letter for `name` and `duf_number`, dated `date` (seed 000: "a letter to
/// UDI in which you clearly state that you are withdrawing your asylum application. The letter
/// must include your DUF number and your signature … Send the letter to UDI by post to:
/// Utlendingsdirektoratet, Postboks 2098 Vika, 0125 Oslo").
///
/// The name is trimmed and its inner spaces and line breaks become single spaces. Errors, in
/// `locale`, name the field: `name` (empty or longer than 200 characters), `dufNumber` (empty, or
/// not 12 digits; see [`normalise_duf_number`]). Both are reported at once.
pub fn withdrawal_letter(
    name: &str,
    duf_number: &str,
    date: Date,
    locale: Locale,
) -> Result<Letter, Vec<FieldError>> {
    let loc = locale;
    let mut errors = Vec::new();
    let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
    if name.is_empty() {
        errors.push(FieldError::new(
            "name",
            tr!(loc,
                en: "Write your full name as it is on your papers from UDI.",
                nb: "Skriv hele navnet ditt slik det står på papirene fra UDI.",
                uk: "Напишіть своє повне ім'я так, як воно вказане в документах від UDI."),
        ));
    } else if name.chars().count() > MAX_NAME_CHARS {
        let max = MAX_NAME_CHARS;
        errors.push(FieldError::new(
            "name",
            tr!(loc,
                en: "The name is too long: write at most {max} characters.",
                nb: "Navnet er for langt: skriv høyst {max} tegn.",
                uk: "Ім'я задовге: напишіть не більше {max} символів."),
        ));
    }
    let duf = normalise_duf_number(duf_number);
    if duf.is_none() {
        let message = if duf_number.trim().is_empty() {
            tr!(loc,
                en: "Write your DUF number. It has 12 digits and is on your residence card and on papers from UDI.",
                nb: "Skriv DUF-nummeret ditt. Det har 12 sifre og står på oppholdskortet og på papirer fra UDI.",
                uk: "Напишіть свій номер DUF. Він складається з 12 цифр і є на картці на проживання та в документах від UDI.")
        } else {
            tr!(loc,
                en: "A DUF number has 12 digits, often written in groups of four, like 2012 3456 7890. Check the number on your residence card or on papers from UDI.",
                nb: "Et DUF-nummer har 12 sifre, ofte skrevet i grupper på fire, som 2012 3456 7890. Sjekk nummeret på oppholdskortet eller på papirer fra UDI.",
                uk: "Номер DUF складається з 12 цифр, часто записаних групами по чотири, наприклад 2012 3456 7890. Перевірте номер на картці на проживання або в документах від UDI.")
        };
        errors.push(FieldError::new("dufNumber", message));
    }
    let Some(duf) = duf.filter(|_| errors.is_empty()) else {
        return Err(errors);
    };
    let grouped = duf_grouped(&duf);
    let lines = letter_lines(Locale::Nb, &name, &grouped, date);
    let (translation, translation_heading) = match loc {
        Locale::Nb => (None, None),
        other => (
            Some(letter_lines(other, &name, &grouped, date)),
            Some(tr!(other,
                en: "For you: the letter above in English. Do not send this part; send only the Norwegian letter, signed.",
                nb: "For deg: brevet over på norsk. Send bare brevet, med underskriften din.",
                uk: "Для вас: лист вище українською мовою. Цю частину не надсилайте; надішліть лише лист норвезькою мовою з вашим підписом.")),
        ),
    };
    Ok(Letter {
        lines,
        translation,
        translation_heading,
        duf_number: duf,
    })
}

// =============================================================================================
// Help lines (seed 000)
// =============================================================================================

/// What a help line is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum HelpPurpose {
    /// "In urgent and life-threatening situations, call 112 (police)"
    PoliceEmergency,
    /// "or 113 (ambulance)"
    Ambulance,
    /// "If you are not in an emergency, but need contact with the police, call 02800."
    PoliceNonEmergency,
    /// "the VO line at 116 006 … a helpline for those who experience violence or abuse in close
    /// relationships"
    ViolenceInCloseRelationships,
    /// "If you are under 18 years old, you can call the emergency line for children and youths
    /// (Alarmtelefonen for barn og unge) at 116 111. This is a free service"
    ChildrenAndYouth,
}

impl HelpPurpose {
    pub fn text(self, loc: Locale) -> String {
        match self {
            HelpPurpose::PoliceEmergency => tr!(loc,
                en: "Police, in urgent and life-threatening situations.",
                nb: "Politiet, i akutte og livstruende situasjoner.",
                uk: "Поліція, у невідкладних і небезпечних для життя ситуаціях."),
            HelpPurpose::Ambulance => tr!(loc,
                en: "Ambulance, in urgent and life-threatening situations.",
                nb: "Ambulanse, i akutte og livstruende situasjoner.",
                uk: "Швидка допомога, у невідкладних і небезпечних для життя ситуаціях."),
            HelpPurpose::PoliceNonEmergency => tr!(loc,
                en: "Police, when it is not an emergency but you need to reach them.",
                nb: "Politiet, når det ikke haster, men du trenger å kontakte dem.",
                uk: "Поліція, коли ситуація не невідкладна, але вам потрібно з нею зв'язатися."),
            HelpPurpose::ViolenceInCloseRelationships => tr!(loc,
                en: "The VO line: someone to talk to if you experience violence or abuse in a close relationship. Information in several languages at volinjen.no.",
                nb: "VO-linjen: noen å snakke med hvis du opplever vold eller overgrep i nære relasjoner. Informasjon på flere språk på volinjen.no.",
                uk: "Лінія VO: з ким поговорити, якщо ви зазнаєте насильства чи кривди в близьких стосунках. Інформація кількома мовами на volinjen.no."),
            HelpPurpose::ChildrenAndYouth => tr!(loc,
                en: "The free emergency line for children and young people under 18 who are exposed to violence, abuse or neglect (Alarmtelefonen for barn og unge). Information in several languages at 116111.no.",
                nb: "Alarmtelefonen for barn og unge: gratis for barn og unge under 18 år som utsettes for vold, overgrep eller omsorgssvikt. Informasjon på flere språk på 116111.no.",
                uk: "Безкоштовна екстрена лінія для дітей і молоді до 18 років, які зазнають насильства, кривди чи занедбання (Alarmtelefonen for barn og unge). Інформація кількома мовами на 116111.no."),
        }
    }
}

/// A telephone help line (seed 000, "Are you experiencing violence or coercion in Norway from
/// someone close to you?").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct HelpLine {
    /// The number as the page writes it ("116 006").
    pub number: &'static str,
    pub purpose: HelpPurpose,
    /// The line's website, if the page names one.
    pub website: Option<&'static str>,
}

impl HelpLine {
    /// A `tel:` link for the number (its digits only).
    pub fn tel_uri(&self) -> String {
        let digits: String = self.number.chars().filter(char::is_ascii_digit).collect();
        format!("tel:{digits}")
    }
}

/// The help lines of seed 000, most urgent first.
pub const HELP_LINES: [HelpLine; 5] = [
    HelpLine {
        number: "112",
        purpose: HelpPurpose::PoliceEmergency,
        website: None,
    },
    HelpLine {
        number: "113",
        purpose: HelpPurpose::Ambulance,
        website: None,
    },
    HelpLine {
        number: "02800",
        purpose: HelpPurpose::PoliceNonEmergency,
        website: None,
    },
    HelpLine {
        number: "116 006",
        purpose: HelpPurpose::ViolenceInCloseRelationships,
        website: Some("volinjen.no"),
    },
    HelpLine {
        number: "116 111",
        purpose: HelpPurpose::ChildrenAndYouth,
        website: Some("116111.no"),
    },
];

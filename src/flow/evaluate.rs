//! A check's answer from the person's answers: the same checker functions the JSON API calls,
//! with typed inputs, so that the app shows exactly what `evaluate` returns.

use super::answers::Answers;
use super::steps::Check;
use crate::rules::guides::{
    asylum_while_holding_permit, residence_card, withdrawal, PermitHolderGuide, ResidenceCardGuide,
    WithdrawalGuide,
};
use crate::rules::{
    permanent_permit, temporary_regulation, travel_limits, work_permit, Context, Evaluation,
    InputError, NoFigures, Outcome,
};

/// The answer of one check or guide.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Answer {
    TravelLimits(Evaluation<travel_limits::Figures>),
    PermanentPermit(Evaluation<permanent_permit::Figures, permanent_permit::Extra>),
    WorkPermit(Evaluation<NoFigures>),
    TemporaryRegulation(Evaluation<temporary_regulation::Figures, temporary_regulation::Extra>),
    PermitHolder(PermitHolderGuide),
    ResidenceCard(ResidenceCardGuide),
    Withdrawal(WithdrawalGuide),
}

/// The context of the person's answers: `asOf` is today, and their counting setting.
pub fn context(a: &Answers, today: crate::rules::Date) -> Context {
    Context {
        as_of: today,
        counting: a.counting(),
    }
}

/// Runs a check on the answers (or lists what must be fixed first).
pub fn evaluate(check: Check, a: &Answers, ctx: &Context) -> Result<Answer, Vec<InputError>> {
    Ok(match check {
        Check::TravelLimits => {
            Answer::TravelLimits(travel_limits::evaluate(&a.travel_limits()?, ctx)?)
        }
        Check::PermanentPermit => {
            Answer::PermanentPermit(permanent_permit::evaluate(&a.permanent_permit()?, ctx)?)
        }
        Check::WorkPermit => Answer::WorkPermit(work_permit::evaluate(&a.work_permit(), ctx)?),
        Check::TemporaryRegulation => Answer::TemporaryRegulation(temporary_regulation::evaluate(
            &a.temporary_regulation()?,
            ctx,
        )?),
        Check::PermitHolder => {
            Answer::PermitHolder(asylum_while_holding_permit(&a.permit_holder()))
        }
        Check::ResidenceCard => Answer::ResidenceCard(residence_card(&a.residence_card())),
        Check::Withdrawal => Answer::Withdrawal(withdrawal(&a.withdrawal())),
    })
}

/// Whether the permanent-permit answers so far break a limit (the exemption questions are
/// asked only then). Today's date: the device's.
pub fn permanent_permit_exceeded(a: &Answers) -> bool {
    let ctx = context(a, crate::rules::dates::today());
    a.permanent_permit()
        .ok()
        .and_then(|i| permanent_permit::evaluate(&i, &ctx).ok())
        .is_some_and(|e| e.outcome == Outcome::LimitExceeded)
}

//! Each checker's `input` (API.md names) read into its typed `Input`.
//!
//! Reading is lenient ([`Reader`]): every bad field is named at once. When some field could not
//! be read, the checker's own consistency checks (C8) still run on what could be read, so that
//! the person learns about every problem in one go; a list with an unreadable entry is not
//! checked further (its positions would not match the input's).

use serde_json::Value;

use super::reader::Reader;
use crate::rules::{
    permanent_permit, temporary_regulation, travel_limits, work_permit, Context, InputError,
};

fn finish<T>(
    r: Reader<'_>,
    input: T,
    check: impl FnOnce(&T, bool) -> Vec<InputError>,
    stays_complete: bool,
) -> Result<T, Vec<InputError>> {
    if !r.has_errors() {
        return Ok(input);
    }
    let mut errors = r.into_errors();
    errors.extend(check(&input, stays_complete));
    Err(errors)
}

pub fn temporary_regulation(
    input: &Value,
    ctx: &Context,
) -> Result<temporary_regulation::Input, Vec<InputError>> {
    let mut r = Reader::new(input);
    let i = temporary_regulation::Input {
        date_of_birth: r.date("dateOfBirth"),
        first_asylum_application: r.date("firstAsylumApplication"),
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
    let complete = !r.has_errors_in("stays");
    finish(
        r,
        i,
        |i, c| temporary_regulation::check(i, ctx, c),
        complete,
    )
}

pub fn permanent_permit(
    input: &Value,
    ctx: &Context,
) -> Result<permanent_permit::Input, Vec<InputError>> {
    let mut r = Reader::new(input);
    let stays = r.stays("stays");
    let planned_trip = r.trip("plannedTrip");
    let gave_incorrect_information = r.bool("gaveIncorrectInformation");
    let withheld_information = r.bool("withheldInformation");
    let incorrect_identity = r.bool("incorrectIdentity");
    let brexit_permit = r.bool("brexitPermit");
    let mut ex = r.object("abuseExemption");
    let abuse_exemption = permanent_permit::AbuseExemption {
        family_immigration_permit: ex.bool("familyImmigrationPermit"),
        prevented_from_returning: ex.bool("preventedFromReturning"),
        victim_of_abuse: ex.bool("victimOfAbuse"),
        relationship_ended: ex.bool("relationshipEnded"),
    };
    r.absorb(ex);
    let i = permanent_permit::Input {
        stays,
        planned_trip,
        gave_incorrect_information,
        withheld_information,
        incorrect_identity,
        brexit_permit,
        abuse_exemption,
    };
    let complete = !r.has_errors_in("stays");
    finish(r, i, |i, c| permanent_permit::check(i, ctx, c), complete)
}

pub fn travel_limits(
    input: &Value,
    ctx: &Context,
) -> Result<travel_limits::Input, Vec<InputError>> {
    let mut r = Reader::new(input);
    let i = travel_limits::Input {
        situation: r.choice("situation"),
        permit_basis: r.choice("permitBasis"),
        after_asylum_application: r.bool("afterAsylumApplication"),
        permit_start: r.date("permitStart"),
        permit_end: r.date("permitEnd"),
        residence_since: r.date("residenceSince"),
        stays: r.stays("stays"),
        planned_trip: r.trip("plannedTrip"),
    };
    let complete = !r.has_errors_in("stays");
    finish(r, i, |i, c| travel_limits::check(i, ctx, c), complete)
}

pub fn work_permit(input: &Value) -> Result<work_permit::Input, Vec<InputError>> {
    let mut r = Reader::new(input);
    let i = work_permit::Input {
        protection: r.choice("protection"),
        had_asylum_interview: r.bool("hadAsylumInterview"),
        valid_passport: r.bool("validPassport"),
        dublin_case: r.bool("dublinCase"),
        decision: r.choice("decision"),
    };
    finish(r, i, |_, _| Vec::new(), true)
}

//! The help lines for violence or coercion (seed 000): [`HELP_LINES`], most urgent first, each
//! a [`HelpLine`] with its number, its [`HelpPurpose`] and its website.

use serde::{Deserialize, Serialize};

use crate::msg;
use crate::text::Msg;

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
    pub fn msg(self) -> Msg {
        match self {
            HelpPurpose::PoliceEmergency => msg!("guide-text-police-urgent-life"),
            HelpPurpose::Ambulance => msg!("guide-text-ambulance-urgent-life"),
            HelpPurpose::PoliceNonEmergency => msg!("guide-text-police-when-emergency"),
            HelpPurpose::ViolenceInCloseRelationships => msg!("guide-text-vo-line-someone"),
            HelpPurpose::ChildrenAndYouth => msg!("guide-text-free-emergency-line"),
        }
    }
}

//! The withdrawal letter to UDI (seed 000): [`withdrawal_letter`] checks the name and the DUF
//! number ([`normalise_duf_number`]) and writes the [`Letter`]; [`Letter::render`] puts it into
//! words, in Norwegian and, to read and keep, in the user's language ([`RenderedLetter`]).

use crate::msg;
use crate::rules::dates::Date;
use crate::rules::law::{DUF_DIGITS, UDI_POSTAL_ADDRESS};
use crate::rules::InputError;
use crate::text::{Arg, Catalog};

/// Writes the withdrawal letter for `name` and `duf_number`, dated `date` (seed 000: "a letter to
/// UDI in which you clearly state that you are withdrawing your asylum application. The letter
/// must include your DUF number and your signature … Send the letter to UDI by post to:
/// Utlendingsdirektoratet, Postboks 2098 Vika, 0125 Oslo"). `translation`: whether the user reads
/// another language than Norwegian (the copy to read and keep comes in it).
///
/// The name is trimmed and its inner spaces and line breaks become single spaces. Errors name the
/// field: `name` (empty or longer than 200 characters), `dufNumber` (empty, or not 12 digits; see
/// [`normalise_duf_number`]). Both are reported at once.
pub fn withdrawal_letter(
    name: &str,
    duf_number: &str,
    date: Date,
) -> Result<Letter, Vec<InputError>> {
    let mut errors = Vec::new();
    let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
    if name.is_empty() {
        errors.push(InputError::new("name", msg!("guide-letter-name-missing")));
    } else if name.chars().count() > MAX_NAME_CHARS {
        let max = MAX_NAME_CHARS;
        errors.push(InputError::new(
            "name",
            msg!("guide-letter-name-too-long", max = max),
        ));
    }
    let duf = normalise_duf_number(duf_number);
    if duf.is_none() {
        let message = if duf_number.trim().is_empty() {
            msg!("guide-letter-duf-missing")
        } else {
            msg!("guide-letter-duf-not-12-digits")
        };
        errors.push(InputError::new("dufNumber", message));
    }
    let Some(duf) = duf.filter(|_| errors.is_empty()) else {
        return Err(errors);
    };
    let grouped = duf_grouped(&duf);
    Ok(Letter {
        lines: letter_lines(&name, &grouped, date),
        duf_number: duf,
    })
}

/// A DUF number as the 12 digits, or `None` when it is not one. Spaces (of any kind) between the
/// digits are allowed wherever they are, so `201234567890`, `2012 3456 7890` and the number
/// copied with stray spaces are all read, in Western, Arabic-Indic or Persian digits
/// ([`crate::rules::dates::latin_digits`]); anything else (letters, dashes, 11 or 13 digits) is
/// not.
pub fn normalise_duf_number(raw: &str) -> Option<String> {
    let digits: String = crate::rules::dates::latin_digits(raw)
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    if digits.len() == DUF_DIGITS && digits.chars().all(|c| c.is_ascii_digit()) {
        Some(digits)
    } else {
        None
    }
}

/// A withdrawal letter to UDI (seed 000), ready to print, sign and post.
///
/// The letter itself is in Norwegian: it goes to a Norwegian authority and must "clearly state"
/// the withdrawal, which a Norwegian text does beyond doubt. So that nobody signs what they cannot
/// read, the same letter in the user's language comes alongside, marked as not to be sent; for a
/// Norwegian user there is none ([`Letter::render`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Letter {
    /// The letter, one entry per line: the person's own words ([`Arg::Str`], `""` an empty line)
    /// and the letter's sentences (messages).
    pub lines: Vec<Arg>,
    /// The DUF number, normalised to its 12 digits.
    pub duf_number: String,
}

/// A letter put into words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RenderedLetter {
    /// The letter to send, in Norwegian, one entry per line (`""` is an empty line).
    pub lines: Vec<String>,
    /// The same letter in the user's language, to read and keep, not to send. `None` for `nb`.
    pub translation: Option<Vec<String>>,
    /// The heading shown above the translation, in the user's language.
    pub translation_heading: Option<String>,
}

impl Letter {
    /// The letter in Norwegian, and in the language of `own` when that is another one. `None`
    /// when the Norwegian catalog is not loaded: the letter is never written in another language.
    pub fn render(&self, own: &Catalog) -> Option<RenderedLetter> {
        let norwegian = crate::text::catalog("nb");
        if norwegian.language.tag != "nb" {
            return None;
        }
        let lines_in =
            |c: &Catalog| -> Vec<String> { self.lines.iter().map(|l| c.render_arg(l)).collect() };
        let translated = own.language.tag != "nb";
        Some(RenderedLetter {
            lines: lines_in(&norwegian),
            translation: translated.then(|| lines_in(own)),
            translation_heading: translated
                .then(|| own.render(&msg!("guide-letter-translation-heading"))),
        })
    }
}

impl RenderedLetter {
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

/// The longest name the letter accepts, in characters.
const MAX_NAME_CHARS: usize = 200;

/// The 12 digits in three groups of four, as the number is written in the letter.
fn duf_grouped(digits: &str) -> String {
    let chars: Vec<char> = digits.chars().collect();
    chars
        .chunks(4)
        .map(|group| group.iter().collect::<String>())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The letter's lines.
fn letter_lines(name: &str, duf: &str, date: Date) -> Vec<Arg> {
    let blank = || Arg::Str(String::new());
    let mut lines = vec![
        Arg::Str(name.to_string()),
        msg!("guide-letter-duf-line", duf = duf).into(),
        blank(),
    ];
    lines.extend(UDI_POSTAL_ADDRESS.iter().map(|l| Arg::Str(l.to_string())));
    lines.extend([
        blank(),
        msg!("guide-letter-date-line", date_text = date).into(),
        blank(),
        msg!("guide-letter-subject", duf = duf).into(),
        blank(),
        msg!("guide-letter-body").into(),
        blank(),
        msg!("guide-letter-closing").into(),
        blank(),
        blank(),
        msg!("guide-letter-signature").into(),
        Arg::Str(name.to_string()),
    ]);
    lines
}

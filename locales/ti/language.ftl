### ትግርኛ (Tigrinya). Translated from the English catalog (locales/en); NOT yet reviewed by a
### qualified translator (language-review = unreviewed).
### Choices (unreviewed):
### - Months: the Gregorian months in Tigrinya (ጥሪ, ለካቲት, መጋቢት, ሚያዝያ, ግንቦት, ሰነ, ሓምለ,
###   ነሓሰ, መስከረም, ጥቅምቲ, ሕዳር, ታሕሳስ), because Norwegian documents use the Gregorian
###   calendar. A date is day month year: "1 ጥቅምቲ 2021".
### - Digits: Western (latn), as on Norwegian documents and residence cards.
### - Plurals: CLDR `ti`: 0 and 1 are `one`, every other whole number is `other`.
### - The reader is addressed with the polite plural (ንስኻትኩም, -ኩም).
### - Terms: ናይ መንበሪ ፍቓድ (oppholdstillatelse), ቀዋሚ ናይ መንበሪ ፍቓድ (permanent
###   oppholdstillatelse), ዑቕባ (beskyttelse/asyl), ሓባራዊ ሓለዋ (kollektiv beskyttelse),
###   ናይ መንበሪ ካርድ (oppholdskort), ቅድመ-ሓበሬታ (forhåndsvarsel), ይግባይ (klage),
###   ውሳነ (vedtak), ምንጻግ (avslag), ምስራዝ (tilbakekall), ግዝያዊ ናይ ስራሕ ፍቓድ
###   (midlertidig arbeidstillatelse), ናይ ዑቕባ ቃለ-መሕተት (asylintervju).
### - UDI, UNE, NAV, law citations (utl. § 62), Schengen, Dublin, phone numbers, addresses and
###   web addresses are kept as written.

## About this language (read by the build: keep each on one line)
language-name = ትግርኛ
language-direction = ltr
language-review = unreviewed
language-matches = ti ti-er
language-digits = latn
# CLDR plural rules for whole numbers (https://www.unicode.org/cldr/charts/latest/supplemental/language_plural_rules.html);
# every other number is `other`. The catalog check compares them with CLDR's data.
language-plural-one = n = 0..1

## Numbers, dates and lists inside sentences
number = { $n }
# A date in a sentence: "1 ጥቅምቲ 2021".
date = { $day } { $month } { $year }
month-1 = ጥሪ
month-2 = ለካቲት
month-3 = መጋቢት
month-4 = ሚያዝያ
month-5 = ግንቦት
month-6 = ሰነ
month-7 = ሓምለ
month-8 = ነሓሰ
month-9 = መስከረም
month-10 = ጥቅምቲ
month-11 = ሕዳር
month-12 = ታሕሳስ
days =
    { $n ->
        [one] { $n } መዓልቲ
       *[other] { $n } መዓልታት
    }
months =
    { $n ->
        [one] { $n } ወርሒ
       *[other] { $n } ኣዋርሕ
    }
years =
    { $n ->
        [one] { $n } ዓመት
       *[other] { $n } ዓመታት
    }
# Two items of a list: "A ከምኡ’ውን B".
list-two = { $first } ከምኡ’ውን { $second }
# The first item and the rest of a longer list: "A፣ B ከምኡ’ውን C".
list-more = { $first }፣ { $rest }
# A span of time counted backwards: "−3 መዓልታት".
span-negative = −{ $span }
# Two dates as a period: "1 መጋቢት 2024 – 28 ለካቲት 2025".
date-range = { $from } – { $to }

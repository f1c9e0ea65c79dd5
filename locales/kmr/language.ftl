### Kurmancî (kmr), bi alfabeya Latînî ya Hawarê (ç, ê, î, ş, û): werger ji Îngilîzî (locales/en).
### NEHATIYE KONTROLKIRIN (unreviewed): wergêrekî pispor hîn ev werger kontrol nekiriye.
###
### Choices made by the (machine-assisted) translator, for the reviewer:
### - Reader addressed with polite plural "hûn / we" and plural imperatives (bikin, binivîsin);
###   buttons that speak for the reader ("Erase my answers") use the singular imperative.
### - Legal terms: plain Kurmanji descriptions, Norwegian term in brackets where it helps match
###   letters: destûra rûniştinê (oppholdstillatelse), destûra rûniştinê ya daîmî (permanent
###   oppholdstillatelse), destûra demkî (midlertidig), parastin / penaberî (beskyttelse / asyl),
###   parastina komî (kollektiv beskyttelse), karta rûniştinê (oppholdskort), nameya biryarê
###   (vedtaksbrev), biryar (vedtak), îtiraz (klage), red / redkirin (avslag), serlêdan tê girtin
###   (henlagt), betal kirin (tilbakekall), agahdariya pêşwext (forhåndsvarsel), destûra karkirinê ya
###   demkî (midlertidig arbeidstillatelse), hevpeyvîna penaberiyê (asylintervju), rêziknameya demkî
###   (midlertidig forskrift), sedemên mirovî yên xurt (sterke menneskelige hensyn), girêdaneke taybet
###   bi Norwêcê re (særlig tilknytning), koçberiya malbatê (familieinnvandring), penaxwaz (asylsøker),
###   penaber (flyktning), kampa penaxwazan (asylmottak), dersînorkirin (utvist), doza Dublinê.
### - UDI, UNE, NAV, law citations (utl. § 62, utf. § 11-8), phone numbers, addresses and web
###   addresses are kept as written. "Permit Check" is kept as the app's name.
### - Norway = Norwêc (li Norwêcê); abroad = li derveyî welat.
### - Dates: "1 Cotmeh 2021" (day, Gregorian month name, year; no ezafe endings, so a date can
###   stand anywhere in a sentence). Sentences put dates after prepositions: di … de, ji … ve,
###   heta …, berî …, piştî … .
### - Plurals: CLDR `ku` has one/other; the noun after a number stays unmarked (3 roj, 5 sal),
###   so both variants read alike.

## About this language (read by the build: keep each on one line)
language-name = Kurmancî
language-direction = ltr
language-review = unreviewed
language-matches = kmr ku ku-latn ku-tr
language-digits = latn
language-plural-rules = ku
# CLDR plural rules for whole numbers (https://www.unicode.org/cldr/charts/latest/supplemental/language_plural_rules.html);
# every other number is `other`. The catalog check compares them with CLDR's data.
language-plural-one = n = 1

## Numbers, dates and lists inside sentences
number = { $n }
# A date in a sentence: "1 Cotmeh 2021".
date = { $day } { $month } { $year }
month-1 = Çile
month-2 = Sibat
month-3 = Adar
month-4 = Nîsan
month-5 = Gulan
month-6 = Hezîran
month-7 = Tîrmeh
month-8 = Tebax
month-9 = Îlon
month-10 = Cotmeh
month-11 = Mijdar
month-12 = Berfanbar
days =
    { $n ->
        [one] { $n } roj
       *[other] { $n } roj
    }
months =
    { $n ->
        [one] { $n } meh
       *[other] { $n } meh
    }
years =
    { $n ->
        [one] { $n } sal
       *[other] { $n } sal
    }
# Two items of a list: "A û B".
list-two = { $first } û { $second }
# The first item and the rest of a longer list: "A, B û C".
list-more = { $first }, { $rest }
# A span of time counted backwards: "−3 roj".
span-negative = −{ $span }
# Two dates as a period: "1 Adar 2024 – 28 Sibat 2025".
date-range = { $from } – { $to }

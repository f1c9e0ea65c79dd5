### دری (Dari, as written in Afghanistan). Translated from the English catalog (locales/en);
### not yet reviewed by a qualified translator.
### Script and digits: Persian script, right to left; numbers in Persian (Extended Arabic-Indic)
### digits ۰۱۲۳۴۵۶۷۸۹ (language-digits = arabext). Examples of what people type into the date and
### DUF fields (27 3 2019, 2021-10-01, 2012 3456 7890) stay in Latin digits, because the fields
### accept only those; so do law citations (utl. § 62), phone numbers and web addresses.
### Calendar: the Gregorian calendar, as on Norwegian documents (not the solar hijri calendar),
### with the month names Afghans use: جنوری، فبروری، مارچ، اپریل، می، جون، جولای، اگست، سپتمبر،
### اکتوبر، نومبر، دسمبر.
### Plurals: CLDR `fa` has the categories one (0 and 1) and other. The noun after a number stays
### singular («۳ روز»), so both variants read the same, and each keeps { $n } (0 is "one" too).
### Vocabulary: Afghan usage (ناروی، پولیس، معلومات، فیصله، قضیه، پاسپورت، تیلفون، پسته، نمبر).
### Legal terms: a plain description, with the Norwegian term in brackets where it helps the
### reader match a letter, e.g. «اجازهٔ اقامت (oppholdstillatelse)».

## About this language (read by the build: keep each on one line)
language-name = دری
language-direction = rtl
language-review = unreviewed
language-matches = fa-af prs
language-digits = arabext
language-plural-rules = fa
# CLDR plural rules for whole numbers (https://www.unicode.org/cldr/charts/latest/supplemental/language_plural_rules.html);
# every other number is `other`. The catalog check compares them with CLDR's data.
language-plural-one = i = 0 or n = 1

## Numbers, dates and lists inside sentences
number = { $n }
# A date in a sentence: "۱ اکتوبر ۲۰۲۱".
date = { $day } { $month } { $year }
month-1 = جنوری
month-2 = فبروری
month-3 = مارچ
month-4 = اپریل
month-5 = می
month-6 = جون
month-7 = جولای
month-8 = اگست
month-9 = سپتمبر
month-10 = اکتوبر
month-11 = نومبر
month-12 = دسمبر
# CLDR `fa`: one (0, 1) and other. The noun stays singular after a number.
days =
    { $n ->
        [one] { $n } روز
       *[other] { $n } روز
    }
months =
    { $n ->
        [one] { $n } ماه
       *[other] { $n } ماه
    }
years =
    { $n ->
        [one] { $n } سال
       *[other] { $n } سال
    }
# Two items of a list: "الف و ب".
list-two = { $first } و { $second }
# The first item and the rest of a longer list: "الف، ب و ج".
list-more = { $first }، { $rest }
# A span of time counted backwards: "−۳ روز".
span-negative = −{ $span }
# Two dates as a period: "۱ مارچ ۲۰۲۴ تا ۲۸ فبروری ۲۰۲۵".
date-range = { $from } تا { $to }

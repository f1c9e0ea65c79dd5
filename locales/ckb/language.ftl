### کوردیی ناوەندی (Central Kurdish, Sorani, Arabic script). Translated from the English catalog
### (locales/en); NOT yet reviewed by a qualified translator (language-review = unreviewed).
### Readers: Kurdish refugees and asylum seekers from Iraq and Iran living in Norway.
### Choices:
### - Month names: the Gregorian months as Sorani writers in Iraqi Kurdistan name them
###   (کانوونی دووەم، شوبات، ئازار … کانوونی یەکەم); Norwegian documents use the Gregorian calendar.
### - Digits: Arabic-Indic (arab, ٠١٢٣٤٥٦٧٨٩), as usual in Iraqi Kurdistan. Numbers that only
###   appear as literals in the English text (16 years, 730 days, 1 December 2021) are written with
###   the same digits. Kept in Latin digits: law citations (utl. § 62), phone numbers, addresses,
###   web addresses, JSON examples, and the examples of what to type (DUF number, date boxes),
###   because the input fields accept only 0–9.
### - The reader is addressed politely in the plural (ئێوە, -تان, verbs in -ن).
### - Legal terms: a plain Sorani description, with the Norwegian term in brackets where it helps
###   to match letters from UDI, e.g. مۆڵەتی نیشتەجێبوون (oppholdstillatelse).
### - Plurals: CLDR ckb has one and other; a noun after a number stays singular in Sorani
###   (١ ڕۆژ، ٣ ڕۆژ), so both variants read the same.

## About this language (read by the build: keep each on one line)
language-name = کوردیی ناوەندی
language-direction = rtl
language-review = unreviewed
language-matches = ckb ckb-iq ckb-ir ku-arab
language-digits = arab
# CLDR plural rules for whole numbers (https://www.unicode.org/cldr/charts/latest/supplemental/language_plural_rules.html);
# every other number is `other`. The catalog check compares them with CLDR's data.
language-plural-one = n = 1

## Numbers, dates and lists inside sentences
number = { $n }
# A date in a sentence: "١ی تشرینی یەکەمی ٢٠٢١".
date = { $day }ی { $month }ی { $year }
month-1 = کانوونی دووەم
month-2 = شوبات
month-3 = ئازار
month-4 = نیسان
month-5 = ئایار
month-6 = حوزەیران
month-7 = تەممووز
month-8 = ئاب
month-9 = ئەیلوول
month-10 = تشرینی یەکەم
month-11 = تشرینی دووەم
month-12 = کانوونی یەکەم
# CLDR ckb: one (1) and other. After a number the noun stays singular.
days =
    { $n ->
        [one] { $n } ڕۆژ
       *[other] { $n } ڕۆژ
    }
months =
    { $n ->
        [one] { $n } مانگ
       *[other] { $n } مانگ
    }
years =
    { $n ->
        [one] { $n } ساڵ
       *[other] { $n } ساڵ
    }
# Two items of a list: "ئا و بێ".
list-two = { $first } و { $second }
# The first item and the rest of a longer list: "ئا، بێ و جێ".
list-more = { $first }، { $rest }
# A span of time counted backwards: "−٣ ڕۆژ".
span-negative = −{ $span }
# Two dates as a period: "لە ١ی ئازاری ٢٠٢٤ تا ٢٨ی شوباتی ٢٠٢٥".
date-range = لە { $from } تا { $to }

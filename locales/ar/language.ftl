### العربية (Arabic). Translated from the English catalog (locales/en); not yet reviewed by a
### qualified translator.
### Month names: the names used in Syria, Iraq and the Levant (كانون الثاني … كانون الأول).
### Digits: Western (latn), as on Norwegian documents and residence cards.

## About this language (read by the build: keep each on one line)
language-name = العربية
language-direction = rtl
language-review = unreviewed
language-matches = ar
language-digits = latn
# CLDR plural rules for whole numbers (https://www.unicode.org/cldr/charts/latest/supplemental/language_plural_rules.html);
# every other number is `other`. The catalog check compares them with CLDR's data.
language-plural-zero = n = 0
language-plural-one = n = 1
language-plural-two = n = 2
language-plural-few = n % 100 = 3..10
language-plural-many = n % 100 = 11..99
# language-plural-rules is left out: the catalog check reports it as a message English lacks,
# and without it the build and the check use the rules of the tag itself, `ar`.

## Numbers, dates and lists inside sentences
number = { $n }
# A date in a sentence: "1 تشرين الأول 2021".
date = { $day } { $month } { $year }
month-1 = كانون الثاني
month-2 = شباط
month-3 = آذار
month-4 = نيسان
month-5 = أيار
month-6 = حزيران
month-7 = تموز
month-8 = آب
month-9 = أيلول
month-10 = تشرين الأول
month-11 = تشرين الثاني
month-12 = كانون الأول
# Arabic plural categories: zero (0), one (1), two (2), few (3–10), many (11–99), other (100, 101, 102 …).
# The number is always shown; the noun takes the form Arabic grammar gives it after a number.
days =
    { $n ->
        [zero] { $n } يوم
        [one] { $n } يوم
        [two] { $n } يوم
        [few] { $n } أيام
        [many] { $n } يومًا
       *[other] { $n } يوم
    }
months =
    { $n ->
        [zero] { $n } شهر
        [one] { $n } شهر
        [two] { $n } شهر
        [few] { $n } أشهر
        [many] { $n } شهرًا
       *[other] { $n } شهر
    }
years =
    { $n ->
        [zero] { $n } سنة
        [one] { $n } سنة
        [two] { $n } سنة
        [few] { $n } سنوات
        [many] { $n } سنة
       *[other] { $n } سنة
    }
# Two items of a list: "أ وب".
list-two = { $first } و{ $second }
# The first item and the rest of a longer list: "أ، ب وج".
list-more = { $first }، { $rest }
# A span of time counted backwards: "−3 أيام".
span-negative = −{ $span }
# Two dates as a period: "من 1 آذار 2024 إلى 28 شباط 2025".
date-range = من { $from } إلى { $to }

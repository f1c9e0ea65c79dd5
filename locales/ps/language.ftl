### پښتو (Pashto). Translated from the English catalog (locales/en) for Afghan readers in Norway;
### NOT yet reviewed by a qualified translator (language-review = unreviewed).
### Digits: Extended Arabic-Indic (Persian) digits ۰۱۲۳۴۵۶۷۸۹ (arabext), as written in
### Afghanistan. Numbers written in the text itself use them too, except law citations
### (utl. § 62), phone numbers, web and e-mail addresses and the DUF example, kept in Latin
### digits as on Norwegian papers.
### Month names: the Gregorian months as written in Afghanistan (جنوري … ډسمبر); Norwegian
### documents use the Gregorian calendar, not the solar hijri one.
### Address: the polite plural «تاسو».
### The DUF example (2012 3456 7890) in ui.ftl and guides.ftl is wrapped in invisible
### LEFT-TO-RIGHT ISOLATE … POP DIRECTIONAL ISOLATE (U+2066 … U+2069), so that its three groups
### show left to right, as on the residence card. Keep them if you edit those lines.

## About this language (read by the build: keep each on one line)
language-name = پښتو
language-direction = rtl
language-review = unreviewed
language-matches = ps ps-af
language-digits = arabext
# CLDR plural rules for whole numbers (https://www.unicode.org/cldr/charts/latest/supplemental/language_plural_rules.html);
# every other number is `other`. The catalog check compares them with CLDR's data.
language-plural-one = n = 1

## Numbers, dates and lists inside sentences
number = { $n }
# A date in a sentence: "۱ اکتوبر ۲۰۲۱".
date = { $day } { $month } { $year }
month-1 = جنوري
month-2 = فبروري
month-3 = مارچ
month-4 = اپرېل
month-5 = مۍ
month-6 = جون
month-7 = جولای
month-8 = اګست
month-9 = سپتمبر
month-10 = اکتوبر
month-11 = نومبر
month-12 = ډسمبر
# CLDR ps plural categories: one (1) and other (0, 2, 3 …).
days =
    { $n ->
        [one] { $n } ورځ
       *[other] { $n } ورځې
    }
months =
    { $n ->
        [one] { $n } میاشت
       *[other] { $n } میاشتې
    }
years =
    { $n ->
        [one] { $n } کال
       *[other] { $n } کاله
    }
# Two items of a list: "الف او ب".
list-two = { $first } او { $second }
# The first item and the rest of a longer list: "الف، ب او ج".
list-more = { $first }، { $rest }
# A span of time counted backwards: "−۳ ورځې".
span-negative = −{ $span }
# Two dates as a period: "له ۱ مارچ ۲۰۲۴ څخه تر ۲۸ فبروري ۲۰۲۵ پورې".
date-range = له { $from } څخه تر { $to } پورې

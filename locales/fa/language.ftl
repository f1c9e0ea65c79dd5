### فارسی (Persian, as written in Iran). Translated from the English catalog (locales/en) by way
### of the Dari catalog (locales/fa-AF); not yet reviewed by a qualified translator.
### What differs from fa-AF: only wording, not meaning or structure.
###   - Vocabulary of Iran instead of Afghanistan: نروژ/نروژی (not ناروی/نارویژی)، پلیس (پولیس)،
###     اطلاعات (معلومات)، تصمیم (فیصله)، پرونده (قضیه)، گذرنامه (پاسپورت)، گوشی (تیلفون)،
###     پست (پسته)، شماره (نمبر)، مشاوره (مشوره)، پاسخ (جواب)، بله/نه (بلی/نخیر)، دانشجو (محصل)،
###     مدرسه (مکتب)، پزشک (داکتر)، مرورگر (براوزر)، فرم (فورم)، داوطلب (رضاکار)، کودکان (اطفال)،
###     اضطراری (عاجل)، نوبت پلیس (وقت ملاقات)، شهروند (تبعه)، شنگن (شینگن)، برگزیت (برکسیت).
###   - Legal terms: اقامت دائم (دایمی)، حمایت جمعی (دسته‌جمعی)، بررسی به‌صورت فردی (انفرادی)،
###     آیین‌نامهٔ موقت (مقررهٔ موقت)، مرکز اقامت پناهجویان (کمپ)، برآورده شده (پوره).
###   - Month names: the Gregorian months as Iranians write them (ژانویه … دسامبر). Norwegian
###     documents use the Gregorian calendar, so the solar hijri calendar is not used.
### The same as fa-AF: Persian digits ۰۱۲۳۴۵۶۷۸۹ (arabext), with Latin digits kept in the examples
### of what to type into the date and DUF fields (the fields accept only those), in law citations
### (utl. § 62), phone numbers and web addresses; CLDR `fa` plurals (one = 0 and 1, other), the noun
### singular after a number, so both variants read the same and each keeps { $n }.

## About this language (read by the build: keep each on one line)
language-name = فارسی
language-direction = rtl
language-review = unreviewed
language-matches = fa fa-ir
language-digits = arabext
language-plural-rules = fa
# CLDR plural rules for whole numbers (https://www.unicode.org/cldr/charts/latest/supplemental/language_plural_rules.html);
# every other number is `other`. The catalog check compares them with CLDR's data.
language-plural-one = i = 0 or n = 1

## Numbers, dates and lists inside sentences
number = { $n }
# A date in a sentence: "۱ اکتبر ۲۰۲۱".
date = { $day } { $month } { $year }
month-1 = ژانویه
month-2 = فوریه
month-3 = مارس
month-4 = آوریل
month-5 = مه
month-6 = ژوئن
month-7 = ژوئیه
month-8 = اوت
month-9 = سپتامبر
month-10 = اکتبر
month-11 = نوامبر
month-12 = دسامبر
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
# Two dates as a period: "۱ مارس ۲۰۲۴ تا ۲۸ فوریه ۲۰۲۵".
date-range = { $from } تا { $to }

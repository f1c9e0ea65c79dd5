### English: the language the texts are written in. Every other catalog translates these
### messages; TRANSLATING.md says how.

## About this language (read by the build: keep each on one line)
language-name = English
language-direction = ltr
language-review = source
language-matches = en
language-digits = latn
# CLDR plural rules for whole numbers (https://www.unicode.org/cldr/charts/latest/supplemental/language_plural_rules.html);
# every other number is `other`. The catalog check compares them with CLDR's data.
language-plural-one = i = 1 and v = 0

## Numbers, dates and lists inside sentences
number = { $n }
# A date in a sentence: "1 October 2021".
date = { $day } { $month } { $year }
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
days =
    { $n ->
        [one] { $n } day
       *[other] { $n } days
    }
months =
    { $n ->
        [one] { $n } month
       *[other] { $n } months
    }
years =
    { $n ->
        [one] { $n } year
       *[other] { $n } years
    }
# Two items of a list: "A and B".
list-two = { $first } and { $second }
# The first item and the rest of a longer list: "A, B and C".
list-more = { $first }, { $rest }
# A span of time counted backwards: "−3 days".
span-negative = −{ $span }
# Two dates as a period: "1 March 2024 – 28 February 2025".
date-range = { $from } – { $to }

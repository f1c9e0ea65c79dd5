### Norsk bokmål.

## Om språket (leses av byggesteget: hver på én linje)
language-name = Norsk bokmål
language-direction = ltr
language-review = unreviewed
language-matches = nb no nn
language-digits = latn
# CLDR plural rules for whole numbers (https://www.unicode.org/cldr/charts/latest/supplemental/language_plural_rules.html);
# every other number is `other`. The catalog check compares them with CLDR's data.
language-plural-one = n = 1

## Tall, datoer og lister i setninger
number = { $n }
date = { $day }. { $month } { $year }
month-1 = januar
month-2 = februar
month-3 = mars
month-4 = april
month-5 = mai
month-6 = juni
month-7 = juli
month-8 = august
month-9 = september
month-10 = oktober
month-11 = november
month-12 = desember
days =
    { $n ->
        [one] { $n } dag
       *[other] { $n } dager
    }
months =
    { $n ->
        [one] { $n } måned
       *[other] { $n } måneder
    }
years = { $n } år
list-two = { $first } og { $second }
list-more = { $first }, { $rest }
span-negative = −{ $span }
# Two dates as a period: "1 March 2024 – 28 February 2025".
date-range = { $from } – { $to }
